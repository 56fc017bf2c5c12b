//! End to end: the client against the sandbox, which checks signatures as WeChat Pay does and
//! signs its answers.

use std::sync::Arc;
use std::time::Duration;

use serde_json::json;
use wxpay::brand::card_member::{InvalidateUserCard, UserCard, UserCardState};
use wxpay::marketing::busifavor::DeactivateCoupon;
use wxpay::marketing::membercard_open::MakeCardCodeUnavailable;
use wxpay::sandbox::{Fault, Sandbox, credentials};
use wxpay::{Error, RetryPolicy, VerifyError};

fn invalidate(code: &str) -> InvalidateUserCard {
    InvalidateUserCard::new(
        code,
        "1004",
        "pbLatjvWOibDc5-TBnbUk1pD12o0",
        "obLatjnx9gnqzS4myYGmLZ7LgLBA",
    )
    .invalid_reason("传入的自定义作废原因")
}

fn deactivate(coupon: &str, request_no: &str) -> DeactivateCoupon {
    DeactivateCoupon::new(coupon, "1234567891", request_no)
        .deactivate_reason("此券使用时间设置错误")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalidate_user_card_end_to_end() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let card: UserCard = client.send(&invalidate("478515832665")).await.unwrap();
    assert_eq!(card.user_card_state, UserCardState::Invalid);
    assert_eq!(card.invalid_reason.as_deref(), Some("传入的自定义作废原因"));
    // `phone_number` arrives encrypted for the merchant key (`Ciphertext`).
    let phone = client.decrypt(card.phone_number.as_ref().unwrap()).unwrap();
    assert_eq!(phone.as_str(), "13800138000");
    assert_eq!(
        sandbox.user_card_state("478515832665").as_deref(),
        Some("INVALID")
    );

    // The second time is a signed, verified 400 INVALID_REQUEST.
    let err = client.send(&invalidate("478515832665")).await.unwrap_err();
    let api = err.api().expect("an API error");
    assert_eq!((api.status, api.code.as_str()), (400, "INVALID_REQUEST"));
    assert!(api.verified);
    assert!(api.request_id.is_some());
    assert!(
        err.to_string()
            .starts_with("WeChat Pay answered 400 INVALID_REQUEST: "),
        "{err}"
    );
    assert_eq!(sandbox.side_effects(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn values_that_need_percent_encoding_reach_the_server_intact() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let code = "a/b c%d会员";
    let card = client.send(&invalidate(code)).await.unwrap();
    assert_eq!(card.user_card_code, code);
    assert_eq!(sandbox.user_card_state(code).as_deref(), Some("INVALID"));
    let err = client.send(&invalidate("..")).await.unwrap_err();
    assert!(err.kind() == wxpay::ErrorKind::Request, "{err:?}");
    assert!(!err.may_have_reached_server());
    assert_eq!(sandbox.requests(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn membercard_unavailable_is_a_verified_204() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let req = MakeCardCodeUnavailable::new("pbLatjvWOibDc5-TBnbUk1pD12o0", "478515832665")
        .reason("用户违反会员条例");
    let () = client.send(&req).await.unwrap();
    let err = client.send(&req).await.unwrap_err();
    assert_eq!(err.api_code(), Some("INVALID_REQUEST"));
    // A tampered 204 (turned into a 200 with a body) is refused.
    sandbox.inject("unavailable", Fault::TamperedBody);
    let req2 =
        MakeCardCodeUnavailable::new(req.card_id.clone(), "other").reason("用户违反会员条例");
    let err = client.send(&req2).await.unwrap_err();
    assert!(
        matches!(err.verify_error(), Some(VerifyError::BadSignature)),
        "{err:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn busifavor_deactivate_is_idempotent_by_request_number() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let a = client
        .send(&deactivate("sxxe34343434", "1002600620019090123143254436"))
        .await
        .unwrap();
    let b = client
        .send(&deactivate("sxxe34343434", "1002600620019090123143254436"))
        .await
        .unwrap();
    assert_eq!(a.wechatpay_deactivate_time, b.wechatpay_deactivate_time);
    assert_eq!(sandbox.side_effects(), 1);
    let err = client
        .send(&deactivate("sxxe34343434", "another"))
        .await
        .unwrap_err();
    assert_eq!(err.api_code(), Some("INVALID_REQUEST"));
    let err = client
        .send(&deactivate("other-coupon", "1002600620019090123143254436"))
        .await
        .unwrap_err();
    assert_eq!(err.api_code(), Some("INVALID_REQUEST"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn chain_calls_the_same_endpoints() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let card = client
        .chain("v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate")
        .post(json!({
            "user_card_code": "478515832665",
            "json": { "openid": "obLatjnx9gnqzS4myYGmLZ7LgLBA", "invalid_reason": "传入的自定义作废原因" },
            "query": { "brand_id": "1004", "card_id": "pbLatjvWOibDc5-TBnbUk1pD12o0" },
        }))
        .await
        .unwrap();
    assert_eq!(card["user_card_state"], "INVALID");
    let none = client
        .chain("v3/marketing/membercard-open/cards/{card_id}/codes/{code}/unavailable")
        .post(json!({ "card_id": "pbLatjvWOibDc5-TBnbUk1pD12o0", "code": "478515832665", "json": { "reason": "用户违反会员条例" } }))
        .await
        .unwrap();
    assert_eq!(none, serde_json::Value::Null);
    let answer = client
        .chain("v3/marketing/busifavor/coupons/deactivate")
        .post(json!({ "json": { "coupon_code": "sxxe34343434", "stock_id": "1234567891", "deactivate_request_no": "1002600620019090123143254436" } }))
        .await
        .unwrap();
    assert!(
        answer["wechatpay_deactivate_time"]
            .as_str()
            .unwrap()
            .ends_with("+08:00")
    );
    let err = client.chain("v3/x/{id}").get(json!({})).await.unwrap_err();
    assert!(err.kind() == wxpay::ErrorKind::Request);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_null_and_mistyped_fields_are_param_errors() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let chain = client.chain("v3/marketing/busifavor/coupons/deactivate");
    for (body, field) in [
        (
            json!({ "stock_id": "1", "deactivate_request_no": "r" }),
            "coupon_code",
        ),
        (
            json!({ "coupon_code": null, "stock_id": "1", "deactivate_request_no": "r" }),
            "coupon_code",
        ),
        (
            json!({ "coupon_code": "c", "stock_id": 1, "deactivate_request_no": "r" }),
            "stock_id",
        ),
        (
            json!({ "coupon_code": "c", "stock_id": "1", "deactivate_request_no": "r", "deactivate_reason": null }),
            "deactivate_reason",
        ),
    ] {
        let err = chain.post(json!({ "json": body })).await.unwrap_err();
        let api = err.api().unwrap();
        assert_eq!(
            (api.status, api.code.as_str()),
            (400, "PARAM_ERROR"),
            "{body}"
        );
        // A JSON pointer, as WeChat Pay writes it.
        assert_eq!(api.detail.as_ref().unwrap()["field"], format!("/{field}"));
    }
    assert_eq!(sandbox.side_effects(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_sandbox_refuses_bad_signatures() {
    let sandbox = Sandbox::start().await.unwrap();
    for builder in [
        sandbox
            .client_builder()
            .merchant_serial("0000000000000000000000000000000000000000"),
        sandbox.client_builder().mchid("1900000002"),
    ] {
        let err = builder
            .build()
            .unwrap()
            .send(&invalidate("1"))
            .await
            .unwrap_err();
        let api = err.api().unwrap();
        assert_eq!(
            (api.status, api.code.as_str(), api.verified),
            (401, "SIGN_ERROR", true)
        );
    }
    assert_eq!(sandbox.rejected_signatures(), 2);
    assert_eq!(sandbox.side_effects(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_signature_fault_is_an_error_never_data() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    type Check = fn(&Error) -> bool;
    let cases: Vec<(Fault, Check)> = vec![
        (Fault::WrongSignature, |e| {
            matches!(e.verify_error(), Some(VerifyError::BadSignature))
        }),
        (Fault::MissingSignature, |e| {
            matches!(e.verify_error(), Some(VerifyError::MissingHeader(_)))
        }),
        (Fault::SignTest, |e| {
            matches!(e.verify_error(), Some(VerifyError::SignTestProbe))
        }),
        (Fault::StaleTimestamp, |e| {
            matches!(e.verify_error(), Some(VerifyError::StaleTimestamp { .. }))
        }),
        (Fault::TamperedBody, |e| {
            matches!(e.verify_error(), Some(VerifyError::BadSignature))
        }),
    ];
    for (i, (fault, check)) in cases.into_iter().enumerate() {
        sandbox.inject_times("deactivate", fault.clone(), 1);
        let err = client
            .send(&deactivate(&format!("c{i}"), &format!("r{i}")))
            .await
            .unwrap_err();
        assert!(check(&err), "{fault:?}: {err:?}");
        assert!(err.is_verify() && err.may_have_reached_server());
    }
    // A wrongly signed error answer is not trusted either.
    client.send(&invalidate("x1")).await.unwrap();
    sandbox.inject_times("invalidate", Fault::WrongSignature, 1);
    let err = client.send(&invalidate("x1")).await.unwrap_err();
    assert!(
        matches!(err.verify_error(), Some(VerifyError::BadSignature)),
        "{err:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transport_faults_say_whether_the_request_may_have_arrived() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox
        .client_builder()
        .timeout(Duration::from_millis(400))
        .retry_policy(RetryPolicy::never())
        .build()
        .unwrap();

    sandbox.inject_times("deactivate", Fault::SystemError, 1);
    let err = client.send(&deactivate("c1", "r1")).await.unwrap_err();
    assert_eq!(
        err.api().map(|a| (a.status, a.code.as_str(), a.verified)),
        Some((500, "SYSTEM_ERROR", true))
    );
    assert_eq!(sandbox.side_effects(), 0);

    sandbox.inject_times("deactivate", Fault::Delay(Duration::from_millis(1500)), 1);
    let err = client.send(&deactivate("c2", "r2")).await.unwrap_err();
    assert!(err.is_timeout() && err.may_have_reached_server(), "{err:?}");

    sandbox.inject_times("deactivate", Fault::DropAfterProcessing, 1);
    let err = client.send(&deactivate("c3", "r3")).await.unwrap_err();
    assert!(
        matches!(
            err.kind(),
            wxpay::ErrorKind::Transport | wxpay::ErrorKind::Timeout
        ) && err.may_have_reached_server(),
        "{err:?}"
    );

    sandbox.inject_times("deactivate", Fault::DropBeforeProcessing, 1);
    let err = client.send(&deactivate("c4", "r4")).await.unwrap_err();
    assert!(
        matches!(
            err.kind(),
            wxpay::ErrorKind::Transport | wxpay::ErrorKind::Timeout
        ) && err.may_have_reached_server(),
        "{err:?}"
    );
    assert_eq!(
        sandbox.side_effects(),
        2,
        "the delayed and the dropped-after requests took effect"
    );

    // Nothing listens: certain that nothing was sent.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let dead = sandbox
        .client_builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .build()
        .unwrap();
    let err = dead.send(&deactivate("c5", "r5")).await.unwrap_err();
    assert!(err.is_connect(), "{err:?}");
    assert!(!err.may_have_reached_server());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retries_follow_the_policy() {
    let sandbox = Sandbox::start().await.unwrap();
    // Default policy: a POST is not retried after a 500.
    sandbox.inject_times("deactivate", Fault::SystemError, 1);
    let err = sandbox
        .client()
        .send(&deactivate("c1", "r1"))
        .await
        .unwrap_err();
    assert_eq!(err.api_code(), Some("SYSTEM_ERROR"));
    assert_eq!(sandbox.requests(), 1);
    // Opted in (the request number makes it safe): retried once, one side effect.
    let client = sandbox
        .client_builder()
        .retry_policy(RetryPolicy {
            max_attempts: 3,
            retry_non_idempotent: true,
            backoff: Duration::ZERO,
        })
        .build()
        .unwrap();
    sandbox.inject_times("deactivate", Fault::SystemError, 2);
    client.send(&deactivate("c1", "r1")).await.unwrap();
    assert_eq!(sandbox.requests(), 4);
    assert_eq!(sandbox.side_effects(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failover_to_the_backup_domain_when_the_first_is_unreachable() {
    let sandbox = Sandbox::start().await.unwrap();
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let client = sandbox
        .client_builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .backup_base_url(Some(sandbox.base_url()))
        .build()
        .unwrap();
    client.send(&deactivate("c1", "r1")).await.unwrap();
    assert_eq!(sandbox.side_effects(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_concurrent_calls_on_one_client_all_verify() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let calls = (0..200).map(|i| {
        let client = client.clone();
        tokio::spawn(async move { client.send(&invalidate(&format!("card-{i}"))).await })
    });
    let results = futures_util::future::join_all(calls).await;
    for r in results {
        assert_eq!(r.unwrap().unwrap().user_card_state, UserCardState::Invalid);
    }
    assert_eq!(sandbox.side_effects(), 200);
    assert_eq!(sandbox.requests(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unsigned_gateway_error_is_an_unverified_api_error() {
    #[derive(Debug)]
    struct Gateway;
    impl wxpay::Transport for Gateway {
        fn send(&self, _req: wxpay::HttpRequest) -> wxpay::transport::TransportFuture<'_> {
            Box::pin(async {
                Ok(wxpay::HttpResponse {
                    status: 502,
                    headers: Default::default(),
                    body: "Bad Gateway".into(),
                })
            })
        }
    }
    #[derive(Debug)]
    struct Unsigned200;
    impl wxpay::Transport for Unsigned200 {
        fn send(&self, _req: wxpay::HttpRequest) -> wxpay::transport::TransportFuture<'_> {
            Box::pin(async {
                Ok(wxpay::HttpResponse {
                    status: 200,
                    headers: Default::default(),
                    body: "{}".into(),
                })
            })
        }
    }
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox
        .client_builder()
        .transport(Arc::new(Gateway))
        .retry_policy(RetryPolicy::never())
        .build()
        .unwrap();
    let err = client.send(&deactivate("c", "r")).await.unwrap_err();
    let api = err.api().unwrap();
    assert_eq!(
        (api.status, api.code.as_str(), api.verified),
        (502, "HTTP_502", false)
    );
    let client = sandbox
        .client_builder()
        .transport(Arc::new(Unsigned200))
        .build()
        .unwrap();
    let err = client.send(&deactivate("c", "r")).await.unwrap_err();
    assert!(
        matches!(err.verify_error(), Some(VerifyError::MissingHeader(_))),
        "{err:?}"
    );
}

#[test]
fn configuration_errors_are_clear() {
    let err = wxpay::Client::builder()
        .mchid(credentials::MCHID)
        .merchant_serial(credentials::MCH_SERIAL)
        .private_key_pem(credentials::MERCHANT_KEY_PEM)
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("public key"), "{err}");
    let err = wxpay::Client::builder()
        .mchid(credentials::MCHID)
        .merchant_serial(credentials::MCH_SERIAL)
        .private_key_pem(credentials::WECHATPAY_PUBLIC_KEY_PEM)
        .build()
        .unwrap_err();
    assert!(err.kind() == wxpay::ErrorKind::Key, "{err:?}");
    let err = wxpay::Client::builder()
        .mchid(credentials::MCHID)
        .merchant_serial(credentials::MCH_SERIAL)
        .private_key_pem(credentials::MERCHANT_KEY_PEM)
        .wechatpay_public_key(
            credentials::PUBLIC_KEY_ID,
            credentials::WECHATPAY_PUBLIC_KEY_PEM,
        )
        .base_url("http://api.example.com")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("https"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_from_wxpay_variables_talks_to_the_sandbox() {
    let sandbox = Sandbox::start().await.unwrap();
    let dir = std::env::temp_dir().join(format!("wxpay-env-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let key = dir.join("apiclient_key.pem");
    let public = dir.join("wxp_pub.pem");
    std::fs::write(&key, credentials::MERCHANT_KEY_PEM).unwrap();
    std::fs::write(&public, credentials::WECHATPAY_PUBLIC_KEY_PEM).unwrap();
    let vars: std::collections::HashMap<&str, String> = [
        ("WXPAY_MCHID", credentials::MCHID.to_owned()),
        ("WXPAY_MCH_SERIAL", credentials::MCH_SERIAL.to_owned()),
        ("WXPAY_PRIVATE_KEY", key.display().to_string()),
        ("WXPAY_PUBLIC_KEY", public.display().to_string()),
        ("WXPAY_PUBLIC_KEY_ID", credentials::PUBLIC_KEY_ID.to_owned()),
        ("WXPAY_APIV3_KEY", credentials::APIV3_KEY.to_owned()),
        ("WXPAY_BASE_URL", sandbox.base_url()),
    ]
    .into();
    let client = wxpay::Client::builder_from_vars(|k| vars.get(k).cloned())
        .unwrap()
        .build()
        .unwrap();
    client.send(&deactivate("c", "r")).await.unwrap();
    let err = wxpay::Client::builder_from_vars(|k| {
        if k == "WXPAY_PUBLIC_KEY_ID" {
            None
        } else {
            vars.get(k).cloned()
        }
    })
    .unwrap_err();
    assert!(err.to_string().contains("WXPAY_PUBLIC_KEY_ID"), "{err}");
    let err = wxpay::Client::builder_from_vars(|_| None).unwrap_err();
    assert_eq!(
        err.to_string(),
        "configuration: environment variable `WXPAY_MCHID` is not set"
    );
}
