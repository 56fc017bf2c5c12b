//! The error a merchant can act on, end to end against the sandbox: a decode failure keeps the
//! verified answer, a `SIGN_ERROR` is explained, transport failures keep their cause, a redirect
//! is refused and named, and a per-request timeout applies.
#![allow(
    dead_code,
    reason = "request fields are read by the generated impl only"
)]

use std::error::Error as _;
use std::sync::Arc;
use std::time::Duration;

use wxpay::sandbox::{Fault, Sandbox};
use wxpay::transport::TransportFuture;
use wxpay::{ErrorKind, HttpRequest, ReqwestTransport, SendOptions, Transport, endpoint};

/// The answer as the merchant's code declared it, with a field WeChat Pay does not send.
#[derive(Debug, serde::Deserialize)]
struct Deactivated {
    refund_id: String,
}

#[endpoint(POST, "/v3/marketing/busifavor/coupons/deactivate", response = Deactivated)]
struct DeactivateExpectingRefund {
    coupon_code: String,
    stock_id: String,
    deactivate_request_no: String,
}

/// The same call declared without `response = …`.
#[endpoint(POST, "/v3/marketing/busifavor/coupons/deactivate")]
struct DeactivateWithoutResponse {
    coupon_code: String,
    stock_id: String,
    deactivate_request_no: String,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn decode_failure_keeps_the_verified_answer() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let err = client
        .send(&DeactivateExpectingRefund {
            coupon_code: "c1".into(),
            stock_id: "1234567891".into(),
            deactivate_request_no: "r1".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err:?}");
    assert!(err.may_have_reached_server());
    assert_eq!(sandbox.side_effects(), 1, "the call took effect");
    assert_eq!(err.status(), Some(200));
    assert!(err.request_id().is_some(), "{err:?}");
    // What WeChat Pay verifiably said is still there: the id of what was done.
    let body = err.body_json().expect("the verified body");
    assert!(body["wechatpay_deactivate_time"].is_string(), "{body}");
    let line = err.to_string();
    assert!(line.contains("refund_id"), "{line}");
    assert!(!line.contains('\n'), "{line}");

    // Declared without `response = …`: the error says what to declare, and keeps the body.
    let err = client
        .send(&DeactivateWithoutResponse {
            coupon_code: "c2".into(),
            stock_id: "1234567891".into(),
            deactivate_request_no: "r2".into(),
        })
        .await
        .unwrap_err();
    assert!(err.is_decode(), "{err:?}");
    assert!(err.to_string().contains("declare `response = …`"), "{err}");
    assert!(
        err.body_json().unwrap()["wechatpay_deactivate_time"].is_string(),
        "{err:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_error_is_explained() {
    let sandbox = Sandbox::start().await.unwrap();
    // WeChat Pay saw exactly what was signed: the key is what is wrong.
    sandbox.inject_times("deactivate", Fault::SignError, 1);
    let err = sandbox
        .client()
        .send(&DeactivateExpectingRefund {
            coupon_code: "c1".into(),
            stock_id: "1234567891".into(),
            deactivate_request_no: "r1".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(err.api_code(), Some("SIGN_ERROR"), "{err:?}");
    assert_eq!(err.status(), Some(401));
    let info = err
        .api()
        .unwrap()
        .sign_information()
        .expect("sign_information");
    assert_eq!(
        info.url.as_deref(),
        Some("/v3/marketing/busifavor/coupons/deactivate")
    );
    let x = err.sign_error_explanation().expect("an explanation");
    assert!(x.contains("does not match the key"), "{x}");
    assert!(err.to_string().contains(x), "{err}");

    // A proxy that adds a query parameter after signing: the URL is named as what differs.
    #[derive(Debug)]
    struct RewritingProxy(ReqwestTransport);
    impl Transport for RewritingProxy {
        fn send(&self, mut req: HttpRequest) -> TransportFuture<'_> {
            req.url.query_pairs_mut().append_pair("via", "proxy");
            self.0.send(req)
        }
    }
    sandbox.inject_times("invalidate", Fault::SignError, 1);
    let client = sandbox
        .client_builder()
        .transport(Arc::new(RewritingProxy(
            ReqwestTransport::with_timeouts(Duration::from_secs(5), Duration::from_secs(20))
                .unwrap(),
        )))
        .build()
        .unwrap();
    let err = client
        .send(&wxpay::brand::card_member::InvalidateUserCard::new(
            "478515832665",
            "1004",
            "pbLatjvWOibDc5-TBnbUk1pD12o0",
            "obLatjnx9gnqzS4myYGmLZ7LgLBA",
        ))
        .await
        .unwrap_err();
    let x = err.sign_error_explanation().expect("an explanation");
    assert!(x.contains("via=proxy"), "{x}");
    assert!(x.contains("line 2 of the message (URL)"), "{x}");
    let line = err.to_string();
    assert!(!line.contains('\n'), "{line}");
    assert!(!line.contains("signature=\""), "{line}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transport_errors_keep_their_cause() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox
        .client_builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .retry_policy(wxpay::RetryPolicy::never())
        .build()
        .unwrap();
    let err = client
        .send(&DeactivateWithoutResponse {
            coupon_code: "c".into(),
            stock_id: "1".into(),
            deactivate_request_no: "r".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Connect, "{err:?}");
    assert!(!err.may_have_reached_server());
    let mut chain = Vec::new();
    let mut s = err.source();
    while let Some(e) = s {
        chain.push(e.to_string());
        s = e.source();
    }
    assert!(chain.len() >= 2, "reqwest's error and its cause: {chain:?}");
    assert!(
        chain.iter().any(|c| c.to_lowercase().contains("refused")),
        "{chain:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redirects_are_refused_and_named() {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        let (mut s, _) = listener.accept().await.unwrap();
        let mut buf = vec![0u8; 8192];
        let _ = s.read(&mut buf).await.unwrap();
        s.write_all(
            b"HTTP/1.1 302 Found\r\nLocation: https://elsewhere.example/v3/x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        )
        .await
        .unwrap();
    });
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox
        .client_builder()
        .base_url(format!("http://{addr}"))
        .build()
        .unwrap();
    let err = client
        .send(&DeactivateWithoutResponse {
            coupon_code: "c".into(),
            stock_id: "1".into(),
            deactivate_request_no: "r".into(),
        })
        .await
        .unwrap_err();
    server.await.unwrap();
    assert_eq!(err.kind(), ErrorKind::Redirect, "{err:?}");
    assert_eq!(err.status(), Some(302));
    assert_eq!(err.location(), Some("https://elsewhere.example/v3/x"));
    assert!(err.to_string().contains("elsewhere.example"), "{err}");
    assert!(err.may_have_reached_server());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn per_request_timeout() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox
        .client_builder()
        .retry_policy(wxpay::RetryPolicy::never())
        .build()
        .unwrap();
    let req = DeactivateWithoutResponse {
        coupon_code: "c".into(),
        stock_id: "1234567891".into(),
        deactivate_request_no: "slow".into(),
    };
    sandbox.inject_times("deactivate", Fault::Delay(Duration::from_secs(3)), 1);
    let started = std::time::Instant::now();
    let err = client
        .send_with(
            &req,
            &SendOptions::new().timeout(Duration::from_millis(300)),
        )
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert!(err.may_have_reached_server());
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn param_error_names_field_and_location() {
    let sandbox = Sandbox::start().await.unwrap();
    let err = sandbox
        .client()
        .chain("v3/marketing/busifavor/coupons/deactivate")
        .post(serde_json::json!({
            "json": {"stock_id": "1234567891", "deactivate_request_no": "r1"}
        }))
        .await
        .unwrap_err();
    let api = err.api().expect("an API error");
    assert_eq!(api.code, "PARAM_ERROR");
    assert_eq!(api.field(), Some("/coupon_code"), "{api:?}");
    let line = err.to_string();
    assert!(line.contains("(field `/coupon_code` in "), "{line}");
    assert!(err.request_id().is_some());
    assert_eq!(err.status(), Some(400));
}
