//! Notifications as WeChat Pay posts them: built, encrypted, signed, delivered to the merchant's
//! `notify_url` and delivered again on WeChat Pay's schedule until acknowledged, with a log.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant, SystemTime};

use serde_json::{Value, json};
use wxpay_core::{Clock as _, SystemClock};

use super::{State, answer, credentials};

/// WeChat Pay's published wait before each new delivery of an unacknowledged notification:
/// 15s/15s/30s/3m/10m/20m/30m/30m/30m/60m/3h/3h/3h/6h/6h (16 deliveries over about 24 hours).
pub const RETRY_SCHEDULE: [Duration; 15] = [
    Duration::from_secs(15),
    Duration::from_secs(15),
    Duration::from_secs(30),
    Duration::from_secs(3 * 60),
    Duration::from_secs(10 * 60),
    Duration::from_secs(20 * 60),
    Duration::from_secs(30 * 60),
    Duration::from_secs(30 * 60),
    Duration::from_secs(30 * 60),
    Duration::from_secs(60 * 60),
    Duration::from_secs(3 * 3600),
    Duration::from_secs(3 * 3600),
    Duration::from_secs(3 * 3600),
    Duration::from_secs(6 * 3600),
    Duration::from_secs(6 * 3600),
];

/// How long WeChat Pay waits for the merchant's answer before counting a delivery as failed.
pub const ANSWER_TIMEOUT: Duration = Duration::from_secs(5);

/// One notification the sandbox posts, and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Delivery {
    /// The notification id (the same for every delivery of it).
    pub id: String,
    /// `TRANSACTION.SUCCESS`, `REFUND.SUCCESS` …
    pub event_type: String,
    /// Where it is posted.
    pub notify_url: String,
    /// Each delivery so far, oldest first.
    pub attempts: Vec<Attempt>,
    /// Whether it is still being delivered.
    pub state: DeliveryState,
}

/// One delivery of a notification.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Attempt {
    /// When it was sent.
    pub at: SystemTime,
    /// The HTTP status the merchant answered; `None` when there was no answer in time.
    pub status: Option<u16>,
    /// Why there was no acceptable answer (connection refused, timeout …), if so.
    pub error: Option<String>,
    /// From sending to the answer (or to the failure).
    pub latency: Duration,
    /// Whether it was forced by [`Sandbox::redeliver`](super::Sandbox::redeliver) rather than due.
    pub forced: bool,
}

/// Where a notification's delivery stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum DeliveryState {
    /// Not acknowledged yet; another delivery is due.
    Pending,
    /// Answered 200 or 204 within the time limit.
    Acknowledged,
    /// Not acknowledged after the whole schedule.
    GaveUp,
}

impl Delivery {
    /// The log entry as JSON (the admin route `GET /sandbox/v1/deliveries`).
    pub fn to_json(&self) -> Value {
        let attempts: Vec<Value> = self
            .attempts
            .iter()
            .map(|a| {
                let at =
                    a.at.duration_since(SystemTime::UNIX_EPOCH)
                        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0));
                json!({
                    "at": answer::rfc3339(at),
                    "status": a.status,
                    "error": a.error,
                    "latency_ms": u64::try_from(a.latency.as_millis()).unwrap_or(u64::MAX),
                    "forced": a.forced,
                })
            })
            .collect();
        json!({
            "id": self.id,
            "event_type": self.event_type,
            "notify_url": self.notify_url,
            "state": match self.state {
                DeliveryState::Pending => "PENDING",
                DeliveryState::Acknowledged => "ACKNOWLEDGED",
                DeliveryState::GaveUp => "GAVE_UP",
            },
            "attempts": attempts,
        })
    }
}

/// A notification body as WeChat Pay posts it: `resource` encrypted with the APIv3 key.
pub(crate) fn body(id: &str, event_type: &str, resource: &Value, timestamp: i64) -> Vec<u8> {
    body_with_key(id, event_type, resource, timestamp, credentials::APIV3_KEY)
}

/// [`body`] encrypted with a given APIv3 key (a hosted merchant's).
pub(crate) fn body_with_key(
    id: &str,
    event_type: &str,
    resource: &Value,
    timestamp: i64,
    apiv3_key: &str,
) -> Vec<u8> {
    let original_type = if event_type.starts_with("REFUND.") {
        "refund"
    } else if event_type.starts_with("MCHTRANSFER.") {
        "mch_payment"
    } else {
        "transaction"
    };
    let nonce: String = wxpay_core::signer::nonce().chars().take(12).collect();
    let plaintext = resource.to_string();
    let ciphertext = wxpay_core::ApiV3Key::new(apiv3_key)
        .ok()
        .and_then(|k| {
            k.encrypt(
                original_type.as_bytes(),
                nonce.as_bytes(),
                plaintext.as_bytes(),
            )
            .ok()
        })
        .unwrap_or_default();
    let summary = match event_type {
        "REFUND.SUCCESS" => "退款成功",
        "REFUND.ABNORMAL" => "退款异常",
        "REFUND.CLOSED" => "退款关闭",
        t if t.starts_with("MCHTRANSFER.") => "商家转账单据终态通知",
        _ => "支付成功",
    };
    json!({
        "id": id,
        "create_time": answer::rfc3339(timestamp),
        "resource_type": "encrypt-resource",
        "event_type": event_type,
        "summary": summary,
        "resource": {
            "original_type": original_type,
            "algorithm": "AEAD_AES_256_GCM",
            "ciphertext": ciphertext,
            "associated_data": original_type,
            "nonce": nonce,
        }
    })
    .to_string()
    .into_bytes()
}

/// Signature headers for a notification body (with the public key, or the platform
/// certificate when the sandbox has no public key).
pub(crate) fn headers(state: &State, body: &[u8], timestamp: i64) -> http::HeaderMap {
    let (key, serial) = if state.options.public_key {
        (&state.wechatpay_key, credentials::PUBLIC_KEY_ID)
    } else {
        (&state.platform_key, credentials::PLATFORM_CERT_SERIAL)
    };
    signed_headers(key, serial, body, timestamp)
}

/// Signature headers for a notification body, signed with `key` named `serial`.
pub(crate) fn signed_headers(
    key: &wxpay_core::MerchantKey,
    serial: &str,
    body: &[u8],
    timestamp: i64,
) -> http::HeaderMap {
    let ts = timestamp.to_string();
    let sig_nonce = wxpay_core::signer::nonce();
    let signature = key
        .sign_base64(&wxpay_core::signer::response_message(&ts, &sig_nonce, body))
        .unwrap_or_default();
    let mut headers = http::HeaderMap::new();
    for (name, value) in [
        ("wechatpay-timestamp", ts.as_str()),
        ("wechatpay-nonce", sig_nonce.as_str()),
        ("wechatpay-signature", signature.as_str()),
        ("wechatpay-serial", serial),
        ("wechatpay-signature-type", "WECHATPAY2-SHA256-RSA2048"),
        ("content-type", "application/json"),
    ] {
        if let Ok(v) = http::HeaderValue::from_str(value) {
            headers.insert(name, v);
        }
    }
    headers
}

/// A new notification id, in WeChat Pay's shape.
pub(crate) fn new_id() -> String {
    format!("EV-{}", wxpay_core::signer::nonce())
}

/// A notification queued for delivery.
#[derive(Debug, Clone)]
pub(crate) struct Outgoing {
    pub(crate) id: String,
    pub(crate) url: String,
    pub(crate) body: Vec<u8>,
    /// The keys of the hosted merchant it is for (`None`: the fixed merchant's), fixed when
    /// it is first sent so that every delivery is signed and encrypted alike.
    pub(crate) hosted: Option<Arc<super::merchants::Generation>>,
}

/// Logs `event_type` for `url` and starts delivering it on the sandbox's runtime.
pub(crate) fn start(state: &Arc<State>, url: &str, event_type: &str, resource: &Value) -> String {
    let id = new_id();
    // A hosted merchant's order: its own keys (the service provider's, for a sub-merchant).
    let hosted = ["sp_mchid", "mchid"]
        .iter()
        .filter_map(|k| resource.get(*k).and_then(Value::as_str))
        .find_map(|m| state.hosted.get(m))
        .and_then(|h| h.current());
    let now = SystemClock.now();
    let body = match &hosted {
        Some(g) => body_with_key(&id, event_type, resource, now, &g.apiv3_key),
        None => body(&id, event_type, resource, now),
    };
    let out = Outgoing {
        id: id.clone(),
        url: url.to_owned(),
        body,
        hosted,
    };
    if let Ok(mut log) = state.deliveries.lock() {
        log.push(Delivery {
            id: id.clone(),
            event_type: event_type.to_owned(),
            notify_url: url.to_owned(),
            attempts: Vec::new(),
            state: DeliveryState::Pending,
        });
    }
    if let Ok(mut bodies) = state.outgoing.lock() {
        bodies.insert(id.clone(), out.clone());
    }
    state.runtime.spawn(run(state.clone(), out));
    id
}

/// Delivers until acknowledged or the schedule is over; stops with the sandbox.
async fn run(state: Arc<State>, out: Outgoing) {
    let mut closed = state.closed.subscribe();
    let waits = std::iter::once(Duration::ZERO).chain(RETRY_SCHEDULE);
    for wait in waits {
        let wait = wait.mul_f64(state.time_scale());
        tokio::select! {
            _ = closed.changed() => return,
            _ = tokio::time::sleep(wait) => {}
        }
        if attempt(&state, &out, false).await {
            set_state(&state, &out.id, DeliveryState::Acknowledged);
            return;
        }
        if is_settled(&state, &out.id) {
            return;
        }
    }
    set_state(&state, &out.id, DeliveryState::GaveUp);
}

/// One delivery; true when answered 200/204 within [`ANSWER_TIMEOUT`].
pub(crate) async fn attempt(state: &State, out: &Outgoing, forced: bool) -> bool {
    let headers = match &out.hosted {
        Some(g) => signed_headers(
            &g.wechatpay_key,
            &g.public_key_id,
            &out.body,
            SystemClock.now(),
        ),
        None => headers(state, &out.body, SystemClock.now()),
    };
    let at = SystemTime::now();
    let started = Instant::now();
    let result = tokio::time::timeout(
        ANSWER_TIMEOUT,
        super::post(&out.url, headers, out.body.clone()),
    )
    .await;
    let latency = started.elapsed();
    let (status, error) = match result {
        Ok(Ok(status)) if status == 200 || status == 204 => (Some(status), None),
        Ok(Ok(status)) => (Some(status), Some(format!("answered {status}"))),
        Ok(Err(e)) => (None, Some(e)),
        Err(_) => (None, Some("no answer within 5 s".to_owned())),
    };
    let ok = error.is_none();
    state.notifications_sent.fetch_add(1, Ordering::Relaxed);
    if let Ok(mut log) = state.deliveries.lock()
        && let Some(d) = log.iter_mut().find(|d| d.id == out.id)
    {
        d.attempts.push(Attempt {
            at,
            status,
            error,
            latency,
            forced,
        });
        if ok {
            d.state = DeliveryState::Acknowledged;
        }
    }
    ok
}

fn set_state(state: &State, id: &str, to: DeliveryState) {
    if let Ok(mut log) = state.deliveries.lock()
        && let Some(d) = log.iter_mut().find(|d| d.id == id)
    {
        d.state = to;
    }
}

fn is_settled(state: &State, id: &str) -> bool {
    state.deliveries.lock().is_ok_and(|log| {
        log.iter()
            .any(|d| d.id == id && d.state != DeliveryState::Pending)
    })
}
