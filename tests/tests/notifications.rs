//! Notifications the sandbox signs and encrypts as WeChat Pay does, parsed into typed events.

use wxpay::notify::{Event, ParseEvent as _};
use wxpay::sandbox::{Sandbox, SandboxOptions};
use wxpay::{Error, NotifyAnswer, VerifyError};

fn fixture(name: &str) -> serde_json::Value {
    let path = format!("{}/fixtures/catalog/pay/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_are_typed_by_event_type() {
    let sandbox = Sandbox::start().await.unwrap();
    let parser = sandbox.client().notifications().unwrap();

    let tx = fixture("transaction.json");
    let (h, b) = sandbox.notification("TRANSACTION.SUCCESS", &tx);
    match parser.parse_event(&h, &b).unwrap() {
        Event::Transaction(n) => {
            assert_eq!(
                n.resource.out_trade_no,
                tx["out_trade_no"].as_str().unwrap()
            );
            assert_eq!(n.original_type.as_deref(), Some("transaction"));
        }
        other => panic!("{other:?}"),
    }

    let ptx = fixture("partner_transaction.json");
    let (h, b) = sandbox.notification("TRANSACTION.SUCCESS", &ptx);
    assert!(matches!(
        parser.parse_event(&h, &b).unwrap(),
        Event::PartnerTransaction(_)
    ));

    let refund = fixture("refund_notification.json");
    for event in ["REFUND.SUCCESS", "REFUND.ABNORMAL", "REFUND.CLOSED"] {
        let (h, b) = sandbox.notification(event, &refund);
        match parser.parse_event(&h, &b).unwrap() {
            Event::Refund(n) => assert_eq!(n.event_type, event),
            other => panic!("{other:?}"),
        }
    }

    let (h, b) = sandbox.notification(
        "MCHTRANSFER.BILL.FINISHED",
        &serde_json::json!({ "out_bill_no": "b1" }),
    );
    let e = parser.parse_event(&h, &b).unwrap();
    assert_eq!(e.event_type(), "MCHTRANSFER.BILL.FINISHED");
    assert!(matches!(e, Event::Other(ref n) if n.resource["out_bill_no"] == "b1"));

    // A transaction whose resource does not fit the model: the error names the JSON path.
    let (h, b) = sandbox.notification(
        "TRANSACTION.SUCCESS",
        &serde_json::json!({ "out_trade_no": 5 }),
    );
    let err = parser.parse_event(&h, &b).unwrap_err();
    assert!(err.is_decode(), "{err:?}");
    assert_eq!(NotifyAnswer::for_error(&err).status, 400);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replays_probes_and_forgeries_get_the_failure_answer() {
    let sandbox = Sandbox::start().await.unwrap();
    let parser = sandbox.client().notifications().unwrap();
    let tx = fixture("transaction.json");

    let (h, b) = sandbox.notification_at("TRANSACTION.SUCCESS", &tx, now() - 301);
    let err = parser.parse_event(&h, &b).unwrap_err();
    assert!(
        matches!(err.verify_error(), Some(VerifyError::StaleTimestamp { .. })),
        "{err:?}"
    );
    let answer = NotifyAnswer::for_error(&err);
    assert_eq!(answer.status, 401);
    assert!(answer.body.contains("\"code\":\"FAIL\""));

    let (mut h, b) = sandbox.notification("TRANSACTION.SUCCESS", &tx);
    h.insert(
        "wechatpay-signature",
        "WECHATPAY/SIGNTEST/Zm9v".parse().unwrap(),
    );
    assert!(matches!(
        parser
            .parse_event(&h, &b)
            .as_ref()
            .map_err(Error::verify_error),
        Err(Some(VerifyError::SignTestProbe))
    ));

    let (h, _) = sandbox.notification("TRANSACTION.SUCCESS", &tx);
    let (_, other) = sandbox.notification("TRANSACTION.SUCCESS", &tx);
    assert!(matches!(
        parser
            .parse_event(&h, &other)
            .as_ref()
            .map_err(Error::verify_error),
        Err(Some(VerifyError::BadSignature))
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn certificate_signed_notifications_verify_in_certificate_mode() {
    let sandbox = Sandbox::start_with(SandboxOptions {
        public_key: false,
        ..Default::default()
    })
    .await
    .unwrap();
    let client = sandbox
        .client_builder_without_keys()
        .platform_certificates_auto(std::time::Duration::from_secs(3600))
        .build()
        .unwrap();
    client.refresh_certificates().await.unwrap();
    let (h, b) = sandbox.notification("TRANSACTION.SUCCESS", &fixture("transaction.json"));
    assert!(matches!(
        client.notifications().unwrap().parse_event(&h, &b).unwrap(),
        Event::Transaction(_)
    ));
}
