//! Fault tests: thousands of concurrent calls against the sandbox while it injects faults into
//! a large share of them (5xx, 429, delays past the timeout, dropped connections before and
//! after processing, wrong, missing, stale and probe signatures, tampered bodies, unreachable
//! server). For every call, the outcome must be exactly one of:
//!
//! - a success, and then the last answer on the wire for that call was a 2xx whose signature
//!   an independent verifier accepts (never a success from an unverified answer);
//! - a typed error (`Api`, `Verify`, `Transport`) whose `may_have_reached_server()` is `false`
//!   only if no attempt of that call got past connecting, and the call's side effect did not
//!   happen.
//!
//! And the retry policy holds: under the default policy a POST is sent again only after a
//! connection failure; with `retry_non_idempotent` (used here only with busifavor's
//! idempotent `deactivate_request_no`) after timeouts, 5xx and 429 too. The sandbox's side
//! effect count equals the number of distinct business objects changed: no retry ever caused a
//! second side effect.
//!
//! The counts per mode are printed (`cargo test -p wxpay-tests --test faults -- --nocapture`).

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::StreamExt as _;
use wxpay::brand::card_member::InvalidateUserCard;
use wxpay::marketing::busifavor::DeactivateCoupon;
use wxpay::sandbox::{Fault, Sandbox, credentials};
use wxpay::transport::TransportFuture;
use wxpay::{
    Client, Error, ErrorKind, HttpRequest, KeyStore, PlatformCertificate, ReqwestTransport,
    RetryPolicy, Transport, TransportErrorKind, Verifier, VerifyError, WechatPayPublicKey,
};

/// Calls per mode group (each group is one sandbox, three kinds of call mixed).
const CALLS: usize = 2_100;
const CONCURRENCY: usize = 32;

/// What one attempt of a call saw on the wire.
#[derive(Debug, Clone)]
enum Attempt {
    Answer { status: u16, verified: bool },
    Failed(TransportErrorKind),
}

/// Wraps the real transport, records every attempt per call (by the `ZQ…QZ` marker each call
/// carries in its URL or body) and verifies each raw answer independently of the client.
#[derive(Debug)]
struct Recorder {
    inner: ReqwestTransport,
    verifier: Verifier,
    log: Mutex<HashMap<String, Vec<Attempt>>>,
}

fn marker(s: &str) -> Option<String> {
    let start = s.find("ZQ")?;
    let len = s.get(start..)?.find("QZ")?;
    s.get(start..start + len + 2).map(str::to_owned)
}

impl Recorder {
    fn new(timeout: Duration) -> Arc<Self> {
        let store = KeyStore::with_public_key(
            WechatPayPublicKey::new(
                credentials::PUBLIC_KEY_ID,
                credentials::WECHATPAY_PUBLIC_KEY_PEM,
            )
            .unwrap(),
        );
        store.add_certificate(
            PlatformCertificate::from_pem(credentials::PLATFORM_CERT_PEM).unwrap(),
        );
        Arc::new(Self {
            inner: ReqwestTransport::with_timeouts(Duration::from_secs(2), timeout).unwrap(),
            verifier: Verifier::new(Arc::new(store)),
            log: Mutex::new(HashMap::new()),
        })
    }

    fn attempts(&self, id: &str) -> Vec<Attempt> {
        self.log
            .lock()
            .unwrap()
            .get(id)
            .cloned()
            .unwrap_or_default()
    }
}

impl Transport for Recorder {
    fn send(&self, req: HttpRequest) -> TransportFuture<'_> {
        let id = marker(req.url.as_str())
            .or_else(|| marker(&String::from_utf8_lossy(&req.body)))
            .expect("every call carries a marker");
        Box::pin(async move {
            let result = self.inner.send(req).await;
            let attempt = match &result {
                Ok(r) => Attempt::Answer {
                    status: r.status,
                    verified: self.verifier.verify_headers(&r.headers, &r.body).is_ok(),
                },
                Err(e) => Attempt::Failed(e.kind.clone()),
            };
            self.log
                .lock()
                .unwrap()
                .entry(id)
                .or_default()
                .push(attempt);
            result
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Brand card invalidation: POST, default policy (no retry unless the connection failed).
    Card,
    /// Busifavor deactivation: POST with an idempotency key, `retry_non_idempotent`.
    Coupon,
    /// `GET /v3/certificates`: idempotent, retried under the default policy.
    Get,
}

struct Group {
    sandbox: Sandbox,
    recorder: Arc<Recorder>,
    clients: [Client; 3],
    timeout: Duration,
}

async fn group(timeout: Duration, base_url: Option<String>) -> Group {
    let sandbox = Sandbox::start().await.unwrap();
    let recorder = Recorder::new(timeout);
    let builder = |policy: RetryPolicy| {
        let mut b = sandbox
            .client_builder()
            .platform_certificate_pem(credentials::PLATFORM_CERT_PEM)
            .transport(recorder.clone())
            .retry_policy(policy);
        if let Some(u) = &base_url {
            b = b.base_url(u.clone());
        }
        b.build().unwrap()
    };
    let default = RetryPolicy {
        backoff: Duration::from_millis(1),
        ..RetryPolicy::default()
    };
    let keyed = RetryPolicy {
        max_attempts: 3,
        retry_non_idempotent: true,
        backoff: Duration::from_millis(1),
    };
    let clients = [builder(default.clone()), builder(keyed), builder(default)];
    Group {
        sandbox,
        recorder,
        clients,
        timeout,
    }
}

fn label(r: &Result<(), Error>) -> String {
    let e = match r {
        Ok(()) => return "ok".into(),
        Err(e) => e,
    };
    if let Some(a) = e.api() {
        return format!(
            "api {} {}{}",
            a.status,
            a.code,
            if a.verified { "" } else { " (unsigned)" }
        );
    }
    if let Some(v) = e.verify_error() {
        return format!(
            "verify: {}",
            match v {
                VerifyError::MissingHeader(_) => "missing header",
                VerifyError::SignTestProbe => "SIGNTEST probe",
                VerifyError::StaleTimestamp { .. } => "stale timestamp",
                VerifyError::BadSignature => "bad signature",
                _ => "other",
            }
        );
    }
    match e.kind() {
        ErrorKind::Connect | ErrorKind::Transport | ErrorKind::Timeout => format!(
            "transport {}{}",
            if e.is_timeout() { "timeout" } else { "failure" },
            if e.may_have_reached_server() {
                " (may have reached)"
            } else {
                " (not sent)"
            }
        ),
        _ => format!("unexpected: {e}"),
    }
}

/// Runs `n` calls, `CONCURRENCY` at a time, and checks each outcome; returns the counts.
async fn run(name: &str, g: &Group, n: usize) -> BTreeMap<String, usize> {
    let started = Instant::now();
    let effects_before = g.sandbox.side_effects();
    let calls = futures_util::stream::iter(0..n)
        .map(|i| {
            let kind = [Kind::Card, Kind::Coupon, Kind::Get][i % 3];
            let id = format!("ZQ{name}{i}QZ");
            let client = g.clients[i % 3].clone();
            async move {
                let r = match kind {
                    Kind::Card => client
                        .send(&InvalidateUserCard::new(
                            id.clone(),
                            credentials::BRAND_ID,
                            "pbLatjvWOibDc5-TBnbUk1pD12o0",
                            "obLatjnx9gnqzS4myYGmLZ7LgLBA",
                        ))
                        .await
                        .map(|c| assert_eq!(c.user_card_code, id)),
                    Kind::Coupon => client
                        .send(&DeactivateCoupon::new(id.clone(), "1234567891", id.clone()))
                        .await
                        .map(|a| assert!(!a.wechatpay_deactivate_time.is_empty())),
                    Kind::Get => client
                        .chain("v3/certificates")
                        .get(serde_json::json!({ "query": { "marker": id } }))
                        .await
                        .map(|v| assert!(v["data"].is_array())),
                };
                (kind, id, r)
            }
        })
        .buffer_unordered(CONCURRENCY)
        .collect::<Vec<_>>()
        .await;

    let mut counts = BTreeMap::new();
    let mut changed = 0u64;
    for (kind, id, r) in &calls {
        let attempts = g.recorder.attempts(id);
        let max = if *kind == Kind::Coupon { 3 } else { 2 };
        assert!(
            !attempts.is_empty() && attempts.len() <= max,
            "{id}: {attempts:?}"
        );
        let done = match kind {
            Kind::Card => g.sandbox.user_card_state(id).as_deref() == Some("INVALID"),
            Kind::Coupon => g.sandbox.coupon_deactivation_done(id),
            Kind::Get => false,
        };
        changed += u64::from(done);
        // The retry policy: what may come before the last attempt.
        for a in &attempts[..attempts.len() - 1] {
            let allowed = match (kind, a) {
                (_, Attempt::Failed(TransportErrorKind::Connect)) => true,
                (Kind::Card, _) => false,
                (_, Attempt::Failed(TransportErrorKind::Timeout)) => true,
                (_, Attempt::Answer { status, .. }) => *status == 429 || *status >= 500,
                _ => false,
            };
            assert!(allowed, "{id} ({kind:?}) retried after {a:?}: {attempts:?}");
        }
        let last = attempts.last().unwrap();
        match r {
            Ok(()) => {
                assert!(
                    matches!(
                        last,
                        Attempt::Answer {
                            status: 200..=299,
                            verified: true
                        }
                    ),
                    "{id}: success from {last:?}"
                );
                if *kind != Kind::Get {
                    assert!(done, "{id}: success but no side effect");
                }
            }
            Err(e) => {
                let transport = matches!(
                    e.kind(),
                    ErrorKind::Connect | ErrorKind::Transport | ErrorKind::Timeout
                );
                assert!(
                    e.is_api() || e.is_verify() || transport,
                    "{id}: unexpected error {e:?}"
                );
                if !e.may_have_reached_server() {
                    assert!(
                        attempts
                            .iter()
                            .all(|a| matches!(a, Attempt::Failed(TransportErrorKind::Connect))),
                        "{id}: said not sent after {attempts:?}"
                    );
                    assert!(!done, "{id}: said not sent, but it took effect");
                }
                match (e.api(), last) {
                    (Some(api), Attempt::Answer { status, verified }) => {
                        assert_eq!(api.status, *status, "{id}");
                        assert!(!api.verified || *verified, "{id}: verified flag");
                    }
                    (None, Attempt::Answer { verified, .. }) if e.is_verify() => {
                        assert!(!verified, "{id}: a valid answer was refused");
                    }
                    (None, Attempt::Failed(k)) if transport => {
                        assert_eq!(e.is_timeout(), *k == TransportErrorKind::Timeout, "{id}");
                    }
                    _ => panic!("{id}: {e:?} after {last:?}"),
                }
            }
        }
        *counts.entry(label(r)).or_insert(0) += 1;
    }
    let effects = g.sandbox.side_effects() - effects_before;
    assert_eq!(
        effects, changed,
        "{name}: side effects vs. business objects changed"
    );
    let attempts: usize = calls
        .iter()
        .map(|(_, id, _)| g.recorder.attempts(id).len())
        .sum();
    eprintln!(
        "faults[{name}]: {} calls ({} attempts, {} side effects, timeout {:?}) in {:.1?}",
        calls.len(),
        attempts,
        effects,
        g.timeout,
        started.elapsed()
    );
    for (k, n) in &counts {
        eprintln!("faults[{name}]    {n:>5}  {k}");
    }
    counts
}

fn count(c: &BTreeMap<String, usize>, prefix: &str) -> usize {
    c.iter()
        .filter(|(k, _)| k.starts_with(prefix))
        .map(|(_, n)| n)
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_errors_and_rate_limits() {
    let g = group(Duration::from_secs(10), None).await;
    g.sandbox.inject_every("/v3/", Fault::SystemError, 3);
    g.sandbox.inject_every("/v3/", Fault::TooManyRequests, 4);
    let c = run("status", &g, CALLS).await;
    assert!(count(&c, "ok") > 0);
    assert!(count(&c, "api 500 SYSTEM_ERROR") > 100, "{c:?}");
    assert!(count(&c, "api 429 FREQUENCY_LIMITED") > 50, "{c:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delays_past_the_timeout() {
    let g = group(Duration::from_millis(300), None).await;
    g.sandbox
        .inject_every("/v3/", Fault::Delay(Duration::from_millis(700)), 4);
    let c = run("delay", &g, CALLS).await;
    assert!(count(&c, "ok") > 0);
    assert!(
        count(&c, "transport timeout (may have reached)") > 100,
        "{c:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropped_connections_before_and_after_processing() {
    let g = group(Duration::from_secs(10), None).await;
    g.sandbox
        .inject_every("/v3/", Fault::DropBeforeProcessing, 4);
    g.sandbox
        .inject_every("/v3/", Fault::DropAfterProcessing, 4);
    let c = run("drop", &g, CALLS).await;
    assert!(count(&c, "ok") > 0);
    assert!(
        count(&c, "transport failure (may have reached)") > 200,
        "{c:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_signatures_and_tampered_bodies() {
    let g = group(Duration::from_secs(10), None).await;
    for (fault, every) in [
        (Fault::WrongSignature, 6),
        (Fault::MissingSignature, 6),
        (Fault::StaleTimestamp, 6),
        (Fault::SignTest, 6),
        (Fault::TamperedBody, 6),
    ] {
        g.sandbox.inject_every("/v3/", fault, every);
    }
    let c = run("signature", &g, CALLS).await;
    assert!(count(&c, "ok") > 0);
    for kind in [
        "verify: bad signature",
        "verify: missing header",
        "verify: stale timestamp",
        "verify: SIGNTEST probe",
    ] {
        assert!(count(&c, kind) > 50, "{kind}: {c:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreachable_server_is_never_sent() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let g = group(
        Duration::from_secs(10),
        Some(format!("http://127.0.0.1:{port}")),
    )
    .await;
    // Cheap to prove, slow to repeat (every attempt is signed): fewer calls.
    let c = run("unreachable", &g, CALLS / 3).await;
    assert_eq!(
        count(&c, "transport failure (not sent)"),
        CALLS / 3,
        "{c:?}"
    );
    assert_eq!(g.sandbox.requests(), 0);
}
