//! A whole payment against the sandbox playing WeChat Pay's side: a JSAPI order, the user pays
//! (a sandbox trigger), the signed and encrypted notification reaches an axum endpoint built
//! on `NotifyEndpoint` once despite a forced re-delivery, the query shows SUCCESS, a refund,
//! its notification. Plus the retry schedule, the delivery log and the admin routes.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::routing::{post, post_service};
use wxpay::notify::{BoxError, Event, NotifyEndpoint};
use wxpay::notify::{RefundStatus, TradeState};
use wxpay::pay::transactions::{
    JsapiPrepay, JsapiPrepayAmount, JsapiPrepayPayer, QueryByOutTradeNo,
};
use wxpay::refund::{CreateRefund, CreateRefundAmount};
use wxpay::sandbox::{DeliveryState, Sandbox, Trigger, TriggerError, credentials};

const OPENID: &str = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o";

fn order(out_trade_no: &str, notify_url: &str) -> JsapiPrepay {
    // `mchid` is left to the client.
    JsapiPrepay::new(
        "wxd678efh567hg6787",
        "Image形象店-深圳腾大-QQ公仔",
        out_trade_no,
        JsapiPrepayAmount::new(100).currency("CNY"),
        notify_url,
        JsapiPrepayPayer::new(OPENID),
    )
}

/// Serves `router` on a free port; returns its base URL.
async fn serve(router: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(axum::serve(listener, router).into_future());
    url
}

/// Waits until `events` holds `n` events (the handler runs on its own task).
async fn wait_events(events: &Mutex<Vec<Event>>, n: usize) {
    for _ in 0..500 {
        if events.lock().unwrap().len() >= n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("expected {n} handled events");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn jsapi_payment_notification_query_refund_end_to_end() {
    let sandbox = Sandbox::start().await.unwrap();
    sandbox.set_time_scale(0.001);
    let client = sandbox.client();

    let events: Arc<Mutex<Vec<Event>>> = Arc::default();
    let seen = events.clone();
    let endpoint = NotifyEndpoint::new(client.notifications().unwrap(), move |e: Event| {
        let seen = seen.clone();
        async move {
            seen.lock().unwrap().push(e);
            Ok::<(), BoxError>(())
        }
    });
    let base = serve(Router::new().route("/wxpay/notify", post_service(endpoint))).await;
    let notify_url = format!("{base}/wxpay/notify");

    let no = "e2e-order-0001";
    let prepay = client.send(&order(no, &notify_url)).await.unwrap();
    assert!(prepay.prepay_id.starts_with("wx"));
    let query = QueryByOutTradeNo::new(no);
    let state = |t: &wxpay::pay::transactions::QueryByOutTradeNoResponse| {
        t.trade_state.as_ref().map(|s| s.as_str().to_owned())
    };
    assert_eq!(
        state(&client.send(&query).await.unwrap()).as_deref(),
        Some("NOTPAY")
    );
    // A refund is refused before the payment.
    let refund = CreateRefund::new("e2e-refund-0001", CreateRefundAmount::new(60, 100, "CNY"))
        .out_trade_no(no);
    let err = client.send(&refund).await.unwrap_err();
    assert_eq!(err.api_code(), Some("INVALID_REQUEST"), "{err}");

    // The user pays in the WeChat app.
    let paid = sandbox.trigger(&Trigger::Pay(no.into())).unwrap();
    let id = paid.notification_id.expect("a payment notification");
    let log = sandbox
        .wait_for_delivery(&id, Duration::from_secs(10))
        .await
        .unwrap();
    assert_eq!(log.state, DeliveryState::Acknowledged, "{log:?}");
    assert_eq!(log.event_type, "TRANSACTION.SUCCESS");
    assert_eq!(log.notify_url, notify_url);
    assert_eq!(log.attempts.len(), 1);
    assert_eq!(log.attempts[0].status, Some(204));
    wait_events(&events, 1).await;

    // WeChat Pay delivers it again (it did not see the answer): acknowledged, not handled twice.
    assert_eq!(sandbox.redeliver(&id).await, Some(true));
    let log = sandbox.delivery(&id).unwrap();
    assert_eq!(log.attempts.len(), 2);
    assert!(log.attempts[1].forced);
    tokio::time::sleep(Duration::from_millis(100)).await;
    {
        let events = events.lock().unwrap();
        assert_eq!(events.len(), 1, "the duplicate reached the handler");
        let Event::Transaction(n) = &events[0] else {
            panic!("{:?}", events[0]);
        };
        assert_eq!(n.id, id);
        assert_eq!(n.resource.out_trade_no, no);
        assert_eq!(n.resource.trade_state, TradeState::Success);
        assert_eq!(
            n.resource.payer.as_ref().unwrap().openid.as_deref(),
            Some(OPENID)
        );
    }

    // The query shows what the notification said.
    let t = client.send(&query).await.unwrap();
    assert_eq!(state(&t).as_deref(), Some("SUCCESS"));
    assert_eq!(t.trade_type.as_ref().map(|t| t.as_str()), Some("JSAPI"));
    assert_eq!(t.payer.as_ref().unwrap().openid.as_deref(), Some(OPENID));
    let transaction_id = t.transaction_id.clone().unwrap();
    assert!(transaction_id.starts_with("4200"), "{transaction_id}");
    assert!(t.success_time.is_some());
    // Paying twice is refused.
    assert!(matches!(
        sandbox.trigger(&Trigger::Pay(no.into())),
        Err(TriggerError::InvalidState(_))
    ));

    // Refund, then the refund reaches the user: REFUND.SUCCESS at the order's notify_url.
    let created = client.send(&refund).await.unwrap();
    assert_eq!(created.status, "PROCESSING");
    assert_eq!(created.transaction_id, transaction_id);
    let done = sandbox
        .trigger(&Trigger::RefundSucceeded("e2e-refund-0001".into()))
        .unwrap();
    assert_eq!(done.state["status"], "SUCCESS");
    let id = done.notification_id.unwrap();
    let log = sandbox
        .wait_for_delivery(&id, Duration::from_secs(10))
        .await
        .unwrap();
    assert_eq!(log.state, DeliveryState::Acknowledged, "{log:?}");
    wait_events(&events, 2).await;
    {
        let events = events.lock().unwrap();
        let Event::Refund(n) = &events[1] else {
            panic!("{:?}", events[1]);
        };
        assert_eq!(n.event_type, "REFUND.SUCCESS");
        assert_eq!(n.resource.out_refund_no, "e2e-refund-0001");
        assert_eq!(n.resource.refund_status, RefundStatus::Success);
        assert_eq!(n.resource.transaction_id, transaction_id);
        assert_eq!(n.resource.amount.refund, 60);
    }
    assert_eq!(
        state(&client.send(&query).await.unwrap()).as_deref(),
        Some("REFUND")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unacknowledged_notifications_follow_the_retry_schedule() {
    let sandbox = Sandbox::start().await.unwrap();
    // 15 s → 15 ms.
    sandbox.set_time_scale(0.001);
    let client = sandbox.client();

    // A merchant that fails twice, then acknowledges.
    let calls = Arc::new(Mutex::new(0u32));
    let c = calls.clone();
    let base = serve(Router::new().route(
        "/notify",
        post(move || {
            let c = c.clone();
            async move {
                let mut n = c.lock().unwrap();
                *n += 1;
                if *n <= 2 {
                    axum::http::StatusCode::INTERNAL_SERVER_ERROR
                } else {
                    axum::http::StatusCode::NO_CONTENT
                }
            }
        }),
    ))
    .await;
    let no = "retry-order-0001";
    client
        .send(&order(no, &format!("{base}/notify")))
        .await
        .unwrap();
    let id = sandbox
        .trigger(&Trigger::Pay(no.into()))
        .unwrap()
        .notification_id
        .unwrap();
    let log = sandbox
        .wait_for_delivery(&id, Duration::from_secs(10))
        .await
        .unwrap();
    assert_eq!(log.state, DeliveryState::Acknowledged, "{log:?}");
    let statuses: Vec<_> = log.attempts.iter().map(|a| a.status).collect();
    assert_eq!(statuses, [Some(500), Some(500), Some(204)]);
    assert_eq!(
        log.attempts[0].error.as_deref(),
        Some("answered 500"),
        "{log:?}"
    );
    // The waits follow the schedule (15 s, 15 s), scaled.
    for pair in log.attempts.windows(2) {
        let gap = pair[1].at.duration_since(pair[0].at).unwrap();
        assert!(gap >= Duration::from_millis(15), "{gap:?}");
    }
    assert_eq!(sandbox.notifications_sent(), 3);

    // A notify_url nobody listens on: every attempt fails and is logged, then it gives up.
    let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let dead_url = format!("http://{}/notify", closed.local_addr().unwrap());
    drop(closed);
    sandbox.set_time_scale(0.0);
    client
        .send(&order("retry-order-0002", &dead_url))
        .await
        .unwrap();
    let id = sandbox
        .trigger(&Trigger::Pay("retry-order-0002".into()))
        .unwrap()
        .notification_id
        .unwrap();
    let log = sandbox
        .wait_for_delivery(&id, Duration::from_secs(10))
        .await
        .unwrap();
    assert_eq!(log.state, DeliveryState::GaveUp, "{log:?}");
    assert_eq!(log.attempts.len(), 1 + wxpay::sandbox::RETRY_SCHEDULE.len());
    assert!(
        log.attempts
            .iter()
            .all(|a| a.status.is_none() && a.error.is_some())
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_endpoint_refuses_forgeries_and_replays() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let handled = Arc::new(Mutex::new(0u32));
    let h = handled.clone();
    let endpoint = NotifyEndpoint::new(client.notifications().unwrap(), move |_e: Event| {
        let h = h.clone();
        async move {
            *h.lock().unwrap() += 1;
            Err::<(), BoxError>("database down".into())
        }
    });
    let url = format!(
        "{}/n",
        serve(Router::new().route("/n", post_service(endpoint))).await
    );
    let resource = serde_json::json!({
        "mchid": credentials::MCHID, "appid": "wxd678efh567hg6787", "out_trade_no": "x-1",
        "transaction_id": "4200000000000000000000000001", "trade_type": "JSAPI",
        "trade_state": "SUCCESS", "trade_state_desc": "支付成功",
        "amount": { "total": 1, "currency": "CNY" }
    });
    // A replay 10 minutes old: 401, the handler never runs.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let (headers, body) = sandbox.notification_at("TRANSACTION.SUCCESS", &resource, now - 600);
    assert_eq!(Sandbox::deliver(&url, headers, body).await.unwrap(), 401);
    // Another body under a valid signature: 401.
    let (headers, _) = sandbox.notification("TRANSACTION.SUCCESS", &resource);
    let (_, other) = sandbox.notification("TRANSACTION.SUCCESS", &resource);
    assert_eq!(Sandbox::deliver(&url, headers, other).await.unwrap(), 401);
    assert_eq!(*handled.lock().unwrap(), 0);
    // A handler error answers 500 and forgets the id, so the next delivery is handled again.
    let (headers, body) = sandbox.notification("TRANSACTION.SUCCESS", &resource);
    assert_eq!(
        Sandbox::deliver(&url, headers.clone(), body.clone())
            .await
            .unwrap(),
        500
    );
    assert_eq!(Sandbox::deliver(&url, headers, body).await.unwrap(), 500);
    assert_eq!(*handled.lock().unwrap(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_routes_trigger_without_a_signature() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    client
        .send(&order("admin-order-0001", "http://127.0.0.1:9/unused"))
        .await
        .unwrap();
    // As `wxpay sandbox trigger pay` does it, or curl from another language's test suite.
    let v = Trigger::Pay("admin-order-0001".into())
        .send_to(&sandbox.base_url())
        .await
        .unwrap();
    assert_eq!(v["state"]["trade_state"], "SUCCESS");
    assert!(v["notification_id"].as_str().unwrap().starts_with("EV-"));
    let err = Trigger::Pay("admin-order-0001".into())
        .send_to(&sandbox.base_url())
        .await
        .unwrap_err();
    assert!(matches!(err, TriggerError::InvalidState(_)), "{err}");
    let err = Trigger::Close("never-placed".into())
        .send_to(&sandbox.base_url())
        .await
        .unwrap_err();
    assert!(matches!(err, TriggerError::NotFound(_)), "{err}");
    // The API still requires a signature: the admin prefix is not a way around it.
    assert_eq!(sandbox.rejected_signatures(), 0);
    let t = client
        .send(&QueryByOutTradeNo::new("admin-order-0001"))
        .await
        .unwrap();
    assert_eq!(t.trade_state.as_ref().map(|s| s.as_str()), Some("SUCCESS"));
}

/// A raw HTTP/1.1 exchange, as a client in any language (or curl) makes it; returns the status
/// and the body.
async fn raw_http(base: &str, method: &str, path: &str) -> (u16, serde_json::Value) {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let host = base.trim_start_matches("http://");
    let mut s = tokio::net::TcpStream::connect(host).await.unwrap();
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    );
    s.write_all(req.as_bytes()).await.unwrap();
    let mut text = String::new();
    s.read_to_string(&mut text).await.unwrap();
    let status = text[9..12].parse().unwrap();
    let (_, body) = text.split_once("\r\n\r\n").unwrap();
    (status, serde_json::from_str(body).unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_routes_over_plain_http_and_the_delivery_log() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let base = sandbox.base_url();
    let ack =
        serve(Router::new().route("/n", post(|| async { axum::http::StatusCode::NO_CONTENT })))
            .await;
    client
        .send(&order("plain-order-0001", &format!("{ack}/n")))
        .await
        .unwrap();

    let (status, v) = raw_http(&base, "POST", "/sandbox/v1/time-scale?factor=0.01").await;
    assert_eq!((status, v["factor"].as_f64()), (200, Some(0.01)));
    let (status, v) = raw_http(&base, "POST", "/sandbox/v1/trigger/pay/plain-order-0001").await;
    assert_eq!(status, 200, "{v}");
    let id = v["notification_id"].as_str().unwrap().to_owned();
    sandbox
        .wait_for_delivery(&id, Duration::from_secs(10))
        .await
        .unwrap();
    let (status, v) = raw_http(&base, "GET", "/sandbox/v1/deliveries").await;
    assert_eq!(status, 200);
    let entry = &v["data"][0];
    assert_eq!(entry["id"], id.as_str());
    assert_eq!(entry["event_type"], "TRANSACTION.SUCCESS");
    assert_eq!(entry["state"], "ACKNOWLEDGED");
    assert_eq!(entry["attempts"][0]["status"], 204);
    assert!(entry["attempts"][0]["latency_ms"].is_u64());

    let (status, v) = raw_http(&base, "POST", "/sandbox/v1/trigger/pay/plain-order-0001").await;
    assert_eq!((status, v["code"].as_str()), (409, Some("INVALID_STATE")));
    let (status, v) = raw_http(&base, "POST", "/sandbox/v1/trigger/teleport/x").await;
    assert_eq!((status, v["code"].as_str()), (404, Some("NOT_FOUND")));
    // An API path without a signature is still refused.
    let (status, v) = raw_http(&base, "GET", "/v3/pay/transactions/out-trade-no/x?mchid=1").await;
    assert_eq!((status, v["code"].as_str()), (401, Some("SIGN_ERROR")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_handler_is_acknowledged_in_time_and_finishes_in_the_background() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let done = Arc::new(Mutex::new(false));
    let d = done.clone();
    let endpoint = NotifyEndpoint::new(client.notifications().unwrap(), move |_e: Event| {
        let d = d.clone();
        async move {
            tokio::time::sleep(Duration::from_millis(400)).await;
            *d.lock().unwrap() = true;
            Ok::<(), BoxError>(())
        }
    })
    .answer_within(Duration::from_millis(50));
    let url = format!(
        "{}/n",
        serve(Router::new().route("/n", post_service(endpoint))).await
    );
    let resource = serde_json::json!({
        "mchid": credentials::MCHID, "appid": "wxd678efh567hg6787", "out_trade_no": "slow-1",
        "transaction_id": "4200000000000000000000000002", "trade_type": "JSAPI",
        "trade_state": "SUCCESS", "trade_state_desc": "支付成功",
        "amount": { "total": 1, "currency": "CNY" }
    });
    let (headers, body) = sandbox.notification("TRANSACTION.SUCCESS", &resource);
    let started = std::time::Instant::now();
    assert_eq!(Sandbox::deliver(&url, headers, body).await.unwrap(), 204);
    assert!(started.elapsed() < Duration::from_millis(400));
    assert!(!*done.lock().unwrap());
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert!(
        *done.lock().unwrap(),
        "the handler's work went on after the answer"
    );
}
