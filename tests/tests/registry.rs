//! Many merchants in one service, end to end against the sandbox with real signatures: a
//! thousand merchants in one registry, key rotation under load, notifications routed to their
//! merchant, credentials loaded on first use, the one certificate refresher.
//!
//! `WXPAY_ROTATION_SECS` sets how long the rotation test runs (default 30).

use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::routing::post_service;
use futures_util::StreamExt as _;
use wxpay::notify::{BoxError, Event, NotifyEndpoint};
use wxpay::pay::transactions::{
    JsapiPrepay, JsapiPrepayAmount, JsapiPrepayPayer, QueryByOutTradeNo,
};
use wxpay::registry::MerchantCredentials;
use wxpay::sandbox::{Sandbox, credentials};
use wxpay::{
    ErrorKind, HttpRequest, HttpResponse, Merchants, ReqwestTransport, Transport, TransportError,
    VerifyError,
};

/// The transport every merchant shares, counting the requests it carries.
#[derive(Debug)]
struct Counting {
    inner: ReqwestTransport,
    sent: AtomicU64,
}

impl Transport for Counting {
    fn send(
        &self,
        req: HttpRequest,
    ) -> std::pin::Pin<
        Box<dyn std::future::Future<Output = Result<HttpResponse, TransportError>> + Send + '_>,
    > {
        self.sent.fetch_add(1, Ordering::Relaxed);
        self.inner.send(req)
    }
}

fn mchid(i: usize) -> String {
    format!("19{:08}", 10_000 + i)
}

fn prepay(out_trade_no: &str) -> JsapiPrepay {
    JsapiPrepay::new(
        "wxd678efh567hg6787",
        "多商户测试",
        out_trade_no,
        JsapiPrepayAmount::new(100).currency("CNY"),
        "https://example.com/wxpay/notify",
        JsapiPrepayPayer::new("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"),
    )
}

fn registry(sandbox: &Sandbox) -> Merchants {
    Merchants::builder()
        .base_url(sandbox.base_url())
        .build()
        .unwrap()
}

/// Hosts `n` merchants in the sandbox and adds each to `merchants`.
fn add_merchants(sandbox: &Sandbox, merchants: &Merchants, n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            let id = mchid(i);
            merchants.insert(sandbox.add_merchant(&id)).unwrap();
            id
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_merchants_share_one_pool_and_every_call_succeeds() {
    let sandbox = Sandbox::start().await.unwrap();
    let transport = Arc::new(Counting {
        inner: ReqwestTransport::with_timeouts(Duration::from_secs(5), Duration::from_secs(30))
            .unwrap(),
        sent: AtomicU64::new(0),
    });
    let merchants = Merchants::builder()
        .base_url(sandbox.base_url())
        .transport(transport.clone())
        .build()
        .unwrap();
    let ids = add_merchants(&sandbox, &merchants, 1000);
    assert_eq!(merchants.len(), 1000);

    // Each merchant places an order and queries it: 2 000 signed calls, 32 at a time.
    let failures = AtomicU64::new(0);
    futures_util::stream::iter(ids.iter())
        .for_each_concurrent(32, |id| {
            let merchants = &merchants;
            let failures = &failures;
            async move {
                let client = merchants.client(id).unwrap();
                let order = format!("ORDER{id}");
                let ok = async {
                    client.send(&prepay(&order)).await?;
                    let tx = client.send(&QueryByOutTradeNo::new(&order)).await?;
                    assert_eq!(tx.mchid, *id);
                    Ok::<_, wxpay::Error>(())
                }
                .await;
                if let Err(e) = ok {
                    eprintln!("{id}: {e}");
                    failures.fetch_add(1, Ordering::Relaxed);
                }
            }
        })
        .await;
    assert_eq!(failures.load(Ordering::Relaxed), 0);
    assert_eq!(sandbox.rejected_signatures(), 0);
    // Every call went through the one shared transport.
    assert_eq!(transport.sent.load(Ordering::Relaxed), 2000);
    // Each merchant signed with its own key: the sandbox counted each merchant's requests.
    for id in ids.iter().step_by(97) {
        assert_eq!(sandbox.merchant_requests(id)[0].1, 2, "{id}");
    }

    // A merchant sees only its own orders.
    let b = merchants.client(&ids[1]).unwrap();
    let e = b
        .send(&QueryByOutTradeNo::new(format!("ORDER{}", ids[0])))
        .await
        .unwrap_err();
    assert_eq!(e.api_code(), Some("ORDER_NOT_EXIST"));

    // Removed: gone for new calls; an unknown merchant is a typed error.
    assert!(merchants.remove(&ids[0]));
    let e = merchants.client(&ids[0]).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnknownMerchant);
    assert!(e.is_unknown_merchant());
    assert_eq!(merchants.len(), 999);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_rotate_under_load_without_a_failed_call() {
    let secs: u64 = std::env::var("WXPAY_ROTATION_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    let sandbox = Arc::new(Sandbox::start().await.unwrap());
    let merchants = registry(&sandbox);
    let ids = add_merchants(&sandbox, &merchants, 16);
    for id in &ids {
        let client = merchants.client(id).unwrap();
        client.send(&prepay(&format!("ORDER{id}"))).await.unwrap();
    }

    let stop = Arc::new(AtomicBool::new(false));
    let ok = Arc::new(AtomicU64::new(0));
    let failed = Arc::new(AtomicU64::new(0));
    // 32 callers, each picking the merchant's current client per call.
    let callers: Vec<_> = (0..32)
        .map(|n| {
            let (merchants, ids) = (merchants.clone(), ids.clone());
            let (stop, ok, failed) = (stop.clone(), ok.clone(), failed.clone());
            tokio::spawn(async move {
                let mut i = n;
                while !stop.load(Ordering::Relaxed) {
                    let id = &ids[i % ids.len()];
                    i += 1;
                    let client = merchants.client(id).unwrap();
                    match client
                        .send(&QueryByOutTradeNo::new(format!("ORDER{id}")))
                        .await
                    {
                        Ok(tx) if tx.mchid == *id => ok.fetch_add(1, Ordering::Relaxed),
                        Ok(tx) => panic!("{id} got {}'s order", tx.mchid),
                        Err(e) => {
                            eprintln!("{id}: {e}");
                            failed.fetch_add(1, Ordering::Relaxed)
                        }
                    };
                }
            })
        })
        .collect();

    // Meanwhile every key of one merchant after another is replaced: WeChat Pay (the
    // sandbox) first, then the registry, as an operator rotating keys would.
    let started = Instant::now();
    let mut rotations = 0u64;
    while started.elapsed() < Duration::from_secs(secs) {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let id = &ids[rotations as usize % ids.len()];
        let creds = sandbox.rotate_merchant(id).unwrap();
        merchants.insert(creds).unwrap();
        rotations += 1;
    }
    stop.store(true, Ordering::Relaxed);
    for c in callers {
        c.await.unwrap();
    }

    let (ok, failed) = (ok.load(Ordering::Relaxed), failed.load(Ordering::Relaxed));
    eprintln!("rotation: {rotations} rotations, {ok} calls in {secs} s, {failed} failed");
    assert_eq!(failed, 0);
    assert!(ok > 100, "{ok} calls");
    // No call was signed with a key rotated out before it was signed, none refused.
    assert_eq!(sandbox.revoked_key_requests(), 0);
    assert_eq!(sandbox.rejected_signatures(), 0);
    // The rotations took effect: every merchant signed with several of its keys.
    for id in &ids {
        let used = sandbox
            .merchant_requests(id)
            .iter()
            .filter(|(_, n)| *n > 0)
            .count();
        assert!(used >= 2 || secs < 5, "{id} signed with {used} keys");
    }
    // The rotated WeChat Pay keys and APIv3 keys were indexed too: each merchant's
    // notification, signed and encrypted with its newest keys, reaches it.
    for id in &ids {
        let (h, body) = sandbox
            .merchant_notification(id, "TRANSACTION.SUCCESS", &transaction(id, "TR"))
            .unwrap();
        let n = merchants
            .parse_notification::<serde_json::Value>(&h, &body, None)
            .await
            .unwrap();
        assert_eq!(n.merchant.as_deref(), Some(id.as_str()));
    }
}

/// Serves the registry's notification endpoint on `/wxpay/notify` and
/// `/wxpay/notify/{mchid}`; returns the base URL and what the handler saw.
async fn serve_notifications(merchants: Merchants) -> (String, Arc<Mutex<Vec<(String, String)>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let endpoint = NotifyEndpoint::for_merchants(merchants, move |event: Event| {
        let log = log.clone();
        async move {
            let number = match &event {
                Event::Transaction(n) => n.resource.out_trade_no.clone(),
                Event::Refund(n) => n.resource.out_refund_no.clone(),
                _ => return Err::<(), BoxError>("unexpected event".into()),
            };
            let merchant = event.merchant().unwrap_or_default().to_owned();
            log.lock().unwrap().push((merchant, number));
            Ok(())
        }
    });
    let app = Router::new()
        .route("/wxpay/notify", post_service(endpoint.clone()))
        .route("/wxpay/notify/{mchid}", post_service(endpoint));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/wxpay/notify", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, seen)
}

fn transaction(mchid: &str, out_trade_no: &str) -> serde_json::Value {
    serde_json::json!({
        "appid": "wxd678efh567hg6787",
        "mchid": mchid,
        "out_trade_no": out_trade_no,
        "transaction_id": "4200000000000000000000000001",
        "trade_type": "JSAPI",
        "trade_state": "SUCCESS",
        "trade_state_desc": "支付成功",
        "bank_type": "OTHERS",
        "success_time": "2026-12-01T12:00:00+08:00",
        "payer": { "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" },
        "amount": { "total": 100, "payer_total": 100, "currency": "CNY", "payer_currency": "CNY" },
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn notifications_of_a_thousand_merchants_reach_their_merchant() {
    let sandbox = Sandbox::start().await.unwrap();
    let merchants = registry(&sandbox);
    let ids = add_merchants(&sandbox, &merchants, 1000);
    let (url, seen) = serve_notifications(merchants.clone()).await;

    // One endpoint for all: each notification routed by its serial, decrypted with its
    // merchant's own APIv3 key.
    let statuses: Vec<u16> = futures_util::stream::iter(ids.iter())
        .map(|id| {
            let (h, b) = sandbox
                .merchant_notification(
                    id,
                    "TRANSACTION.SUCCESS",
                    &transaction(id, &format!("T{id}")),
                )
                .unwrap();
            let url = url.clone();
            async move { Sandbox::deliver(&url, h, b).await.unwrap() }
        })
        .buffer_unordered(32)
        .collect()
        .await;
    assert!(statuses.iter().all(|s| *s == 204), "{statuses:?}");
    let seen: HashSet<(String, String)> = seen.lock().unwrap().iter().cloned().collect();
    let expected: HashSet<(String, String)> = ids
        .iter()
        .map(|id| (id.clone(), format!("T{id}")))
        .collect();
    assert_eq!(seen, expected);

    // Each merchant's APIv3 key is its own: another merchant's keys do not open it.
    let (h, b) = sandbox
        .merchant_notification(&ids[0], "TRANSACTION.SUCCESS", &transaction(&ids[0], "X"))
        .unwrap();
    let other = merchants.client(&ids[1]).unwrap().notifications().unwrap();
    assert!(other.parse::<serde_json::Value>(&h, &b).is_err());
    let n = merchants
        .parse_notification::<serde_json::Value>(&h, &b, None)
        .await
        .unwrap();
    assert_eq!(n.merchant.as_deref(), Some(ids[0].as_str()));
    assert_eq!(n.resource["out_trade_no"], "X");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_notification_signed_for_one_merchant_is_refused_on_anothers_path() {
    let sandbox = Sandbox::start().await.unwrap();
    let merchants = registry(&sandbox);
    let ids = add_merchants(&sandbox, &merchants, 2);
    let (a, b) = (&ids[0], &ids[1]);
    let (url, seen) = serve_notifications(merchants.clone()).await;

    let notification = || {
        sandbox
            .merchant_notification(a, "TRANSACTION.SUCCESS", &transaction(a, "TA"))
            .unwrap()
    };
    // A's notification on B's path: refused (401 with WeChat Pay's FAIL body), not handled.
    let (h, body) = notification();
    let status = Sandbox::deliver(&format!("{url}/{b}"), h.clone(), body.clone())
        .await
        .unwrap();
    assert_eq!(status, 401);
    let e = merchants
        .parse_notification::<serde_json::Value>(&h, &body, Some(b))
        .await
        .unwrap_err();
    assert!(
        matches!(e.verify_error(), Some(VerifyError::MerchantMismatch { signer, path }) if signer == a && path == b),
        "{e:?}"
    );
    assert!(seen.lock().unwrap().is_empty());

    // On its own path, or on the shared one: handled, by A.
    let (h, body) = notification();
    assert_eq!(
        Sandbox::deliver(&format!("{url}/{a}"), h, body)
            .await
            .unwrap(),
        204
    );
    let (h, body) = notification();
    assert_eq!(Sandbox::deliver(&url, h, body).await.unwrap(), 204);
    assert_eq!(
        *seen.lock().unwrap(),
        vec![(a.clone(), "TA".to_owned()), (a.clone(), "TA".to_owned())]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_serial_is_a_typed_error_and_a_retryable_answer() {
    let sandbox = Sandbox::start().await.unwrap();
    let merchants = registry(&sandbox);
    add_merchants(&sandbox, &merchants, 1);
    // Hosted by WeChat Pay (the sandbox) but not added to the registry.
    let stranger = "1999999999";
    let _ = sandbox.add_merchant(stranger);
    let (url, seen) = serve_notifications(merchants.clone()).await;
    let (h, body) = sandbox
        .merchant_notification(
            stranger,
            "TRANSACTION.SUCCESS",
            &transaction(stranger, "TS"),
        )
        .unwrap();

    let e = merchants
        .parse_notification::<serde_json::Value>(&h, &body, None)
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnknownMerchant);
    assert!(
        e.to_string().contains("no registered merchant holds"),
        "{e}"
    );
    assert_eq!(wxpay::NotifyAnswer::for_error(&e).status, 404);

    // Over HTTP: a non-2xx with WeChat Pay's failure body, so it is delivered again later.
    let (h2, body2) = (h.clone(), body.clone());
    let status = Sandbox::deliver(&url, h2, body2).await.unwrap();
    assert_eq!(status, 404);
    // On a path naming a merchant that is not registered either: still unknown.
    let status = Sandbox::deliver(&format!("{url}/{stranger}"), h, body)
        .await
        .unwrap();
    assert_eq!(status, 404);
    assert!(seen.lock().unwrap().is_empty());

    // Once the merchant is added, WeChat Pay's next delivery goes through.
    merchants
        .insert(sandbox.merchant_credentials(stranger).unwrap())
        .unwrap();
    let (h, body) = sandbox
        .merchant_notification(
            stranger,
            "TRANSACTION.SUCCESS",
            &transaction(stranger, "TS"),
        )
        .unwrap();
    assert_eq!(Sandbox::deliver(&url, h, body).await.unwrap(), 204);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn credentials_load_once_on_first_use() {
    let sandbox = Arc::new(Sandbox::start().await.unwrap());
    let ids: Vec<String> = (0..3).map(mchid).collect();
    for id in &ids {
        let _ = sandbox.add_merchant(id);
    }
    let loads = Arc::new(AtomicUsize::new(0));
    let (source_sandbox, source_loads) = (sandbox.clone(), loads.clone());
    // The application's database, say: slow enough that concurrent first calls overlap.
    let source = move |mchid: String| {
        let (sandbox, loads) = (source_sandbox.clone(), source_loads.clone());
        async move {
            loads.fetch_add(1, Ordering::SeqCst);
            tokio::time::sleep(Duration::from_millis(100)).await;
            Ok(sandbox.merchant_credentials(&mchid))
        }
    };
    let merchants = Merchants::builder()
        .base_url(sandbox.base_url())
        .source(source)
        .build()
        .unwrap();
    assert!(merchants.is_empty());

    // 50 concurrent first calls for one merchant: one load.
    let clients = futures_util::future::join_all((0..50).map(|_| merchants.load(&ids[0]))).await;
    assert!(clients.iter().all(Result::is_ok));
    assert_eq!(loads.load(Ordering::SeqCst), 1);
    let client = merchants.load(&ids[0]).await.unwrap();
    client.send(&prepay("ORDER-LOADED")).await.unwrap();
    assert_eq!(loads.load(Ordering::SeqCst), 1);

    // Unknown to the source: a typed error, nothing added.
    let e = merchants.load("1988888888").await.unwrap_err();
    assert!(e.is_unknown_merchant(), "{e}");
    assert_eq!(merchants.len(), 1);
    assert_eq!(loads.load(Ordering::SeqCst), 2);

    // A notification on the path of a merchant not loaded yet loads it.
    let (url, seen) = serve_notifications(merchants.clone()).await;
    let (h, body) = sandbox
        .merchant_notification(&ids[1], "TRANSACTION.SUCCESS", &transaction(&ids[1], "TL"))
        .unwrap();
    let status = Sandbox::deliver(&format!("{url}/{}", ids[1]), h, body)
        .await
        .unwrap();
    assert_eq!(status, 204);
    assert_eq!(
        *seen.lock().unwrap(),
        vec![(ids[1].clone(), "TL".to_owned())]
    );
    assert_eq!(loads.load(Ordering::SeqCst), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_partner_serves_its_sub_merchants() {
    let sandbox = Sandbox::start().await.unwrap();
    let merchants = registry(&sandbox);
    let partner = mchid(0);
    merchants
        .insert(
            sandbox
                .add_merchant(&partner)
                .sub_merchants(["1900000109", "1900000110"]),
        )
        .unwrap();
    // A batch is added whole or not at all.
    let batch = vec![
        sandbox.add_merchant(&mchid(1)),
        MerchantCredentials::new(mchid(2), "SERIAL", "not a key"),
    ];
    assert_eq!(
        merchants.insert_all(batch).unwrap_err().kind(),
        ErrorKind::Key
    );
    assert_eq!(merchants.len(), 1);
    let batch = vec![
        sandbox.add_merchant(&mchid(1)),
        sandbox.add_merchant(&mchid(2)),
    ];
    assert_eq!(merchants.insert_all(batch).unwrap(), 2);
    assert_eq!(merchants.len(), 3);
    let client = merchants.sub_merchant("1900000110").unwrap();
    assert_eq!(client.signer().id(), partner);
    assert!(
        merchants
            .sub_merchant("1900000111")
            .unwrap_err()
            .is_unknown_merchant()
    );
    // Rotating the partner's keys keeps its sub-merchants; removing it drops them.
    merchants
        .insert(
            sandbox
                .rotate_merchant(&partner)
                .unwrap()
                .sub_merchants(["1900000109", "1900000110"]),
        )
        .unwrap();
    assert!(merchants.sub_merchant("1900000109").is_ok());
    merchants.remove(&partner);
    assert!(merchants.sub_merchant("1900000109").is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_refresher_serves_every_merchant_and_a_failing_one_blocks_none() {
    let sandbox = Sandbox::start().await.unwrap();
    let merchants = Merchants::builder()
        .base_url(sandbox.base_url())
        .certificate_refresh(Duration::from_secs(1))
        .certificate_retry_after(Duration::from_secs(1))
        .certificate_refresh_timeout(Duration::from_secs(2))
        .build()
        .unwrap();
    // The sandbox's fixed merchant in certificate mode: its downloads succeed.
    merchants
        .insert(
            MerchantCredentials::new(
                credentials::MCHID,
                credentials::MCH_SERIAL,
                credentials::MERCHANT_KEY_PEM,
            )
            .apiv3_key(credentials::APIV3_KEY)
            .platform_certificates_auto(),
        )
        .unwrap();
    // A merchant whose downloads always fail (the certificates are not encrypted with its
    // APIv3 key).
    let failing = mchid(1);
    merchants
        .insert(sandbox.add_merchant(&failing).platform_certificates_auto())
        .unwrap();
    assert!(
        merchants
            .merchants_for_serial(credentials::PLATFORM_CERT_SERIAL)
            .is_empty()
    );

    // Without any call, the registry's refresher downloads the certificates and indexes them
    // for notification routing, while the other merchant's refresh keeps failing.
    let deadline = Instant::now() + Duration::from_secs(10);
    while merchants
        .merchants_for_serial(credentials::PLATFORM_CERT_SERIAL)
        .is_empty()
    {
        assert!(Instant::now() < deadline, "no refresh within 10 s");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        merchants.merchants_for_serial(credentials::PLATFORM_CERT_SERIAL),
        vec![credentials::MCHID.to_owned()]
    );
    // The failing merchant's refreshes went on failing meanwhile (a call needs its first
    // download, and says why it failed).
    let client = merchants.client(&failing).unwrap();
    let e = client
        .send(&prepay("ORDER-FAILING-REFRESH"))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Crypto, "{e}");
    // A notification signed with the platform certificate now reaches the fixed merchant.
    let (h, body) = Sandbox::start_with(wxpay::sandbox::SandboxOptions {
        public_key: false,
        ..Default::default()
    })
    .await
    .unwrap()
    .notification(
        "TRANSACTION.SUCCESS",
        &transaction(credentials::MCHID, "TC"),
    );
    let n = merchants
        .parse_notification::<serde_json::Value>(&h, &body, None)
        .await
        .unwrap();
    assert_eq!(n.merchant.as_deref(), Some(credentials::MCHID));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shared_serials_need_the_path_to_name_the_merchant() {
    let sandbox = Sandbox::start().await.unwrap();
    let merchants = registry(&sandbox);
    // Two merchants verifying with the same WeChat Pay key, as sub-merchants of one service
    // provider would.
    for id in [credentials::MCHID, "1900000002"] {
        merchants
            .insert(
                MerchantCredentials::new(
                    id,
                    credentials::MCH_SERIAL,
                    credentials::MERCHANT_KEY_PEM,
                )
                .wechatpay_public_key(
                    credentials::PUBLIC_KEY_ID,
                    credentials::WECHATPAY_PUBLIC_KEY_PEM,
                )
                .apiv3_key(credentials::APIV3_KEY),
            )
            .unwrap();
    }
    assert_eq!(
        merchants
            .merchants_for_serial(credentials::PUBLIC_KEY_ID)
            .len(),
        2
    );
    let (h, body) = sandbox.notification("TRANSACTION.SUCCESS", &transaction("x", "TSH"));
    let parse = |path: Option<&'static str>| {
        let (h, body, merchants) = (h.clone(), body.clone(), merchants.clone());
        async move {
            merchants
                .parse_notification::<serde_json::Value>(&h, &body, path)
                .await
        }
    };
    let e = parse(None).await.unwrap_err();
    assert!(
        e.is_unknown_merchant() && e.to_string().contains("shared by 2 merchants"),
        "{e}"
    );
    let n = parse(Some("1900000002")).await.unwrap();
    assert_eq!(n.merchant.as_deref(), Some("1900000002"));
    let e = parse(Some("1900000003")).await.unwrap_err();
    assert!(
        matches!(e.verify_error(), Some(VerifyError::MerchantMismatch { .. })),
        "{e:?}"
    );
    assert_eq!(wxpay::NotifyAnswer::for_error(&e).status, 401);
}

#[test]
fn credentials_and_registry_errors_carry_no_secret() {
    let apiv3 = "SecretApiV3Key0123456789abcdefXY";
    let creds = MerchantCredentials::new("1900000001", "SERIAL", credentials::MERCHANT_KEY_PEM)
        .apiv3_key(apiv3);
    let shown = format!("{creds:?}");
    assert!(
        !shown.contains(apiv3) && !shown.contains("PRIVATE KEY"),
        "{shown}"
    );
    assert!(shown.contains("1900000001"));
    // Refused without a WeChat Pay key; the error names what is missing, not the key.
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let merchants = Merchants::builder().build().unwrap();
        let e = merchants.insert(creds).unwrap_err();
        let text = format!("{e} {e:?}");
        assert!(
            !text.contains(apiv3) && !text.contains("PRIVATE KEY"),
            "{text}"
        );
        assert!(merchants.is_empty());
    });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_payment_by_a_hosted_merchant_is_notified_with_its_own_keys() {
    let sandbox = Sandbox::start().await.unwrap();
    sandbox.set_time_scale(0.001);
    let merchants = registry(&sandbox);
    let ids = add_merchants(&sandbox, &merchants, 3);
    let (url, seen) = serve_notifications(merchants.clone()).await;
    let id = &ids[2];
    let order = JsapiPrepay::new(
        "wxd678efh567hg6787",
        "多商户测试",
        "ORDER-HOSTED-PAY",
        JsapiPrepayAmount::new(100),
        format!("{url}/{id}"),
        JsapiPrepayPayer::new("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"),
    );
    merchants.client(id).unwrap().send(&order).await.unwrap();
    // The user pays; WeChat Pay (the sandbox) notifies, signed and encrypted with this
    // merchant's keys.
    let paid = sandbox
        .trigger(&wxpay::sandbox::Trigger::Pay("ORDER-HOSTED-PAY".into()))
        .unwrap();
    let delivery = sandbox
        .wait_for_delivery(&paid.notification_id.unwrap(), Duration::from_secs(10))
        .await
        .unwrap();
    assert_eq!(delivery.state, wxpay::sandbox::DeliveryState::Acknowledged);
    assert_eq!(
        *seen.lock().unwrap(),
        vec![(id.clone(), "ORDER-HOSTED-PAY".to_owned())]
    );

    // Its refund's notification too.
    let refund = wxpay::refund::CreateRefund::new(
        "REFUND-HOSTED",
        wxpay::refund::CreateRefundAmount::new(100, 100, "CNY"),
    )
    .out_trade_no("ORDER-HOSTED-PAY")
    .notify_url(format!("{url}/{id}"));
    merchants.client(id).unwrap().send(&refund).await.unwrap();
    let done = sandbox
        .trigger(&wxpay::sandbox::Trigger::RefundSucceeded(
            "REFUND-HOSTED".into(),
        ))
        .unwrap();
    let delivery = sandbox
        .wait_for_delivery(&done.notification_id.unwrap(), Duration::from_secs(10))
        .await
        .unwrap();
    assert_eq!(delivery.state, wxpay::sandbox::DeliveryState::Acknowledged);
    assert_eq!(
        seen.lock().unwrap().last(),
        Some(&(id.clone(), "REFUND-HOSTED".to_owned()))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn certificates_downloaded_on_first_use_route_notifications() {
    let sandbox = Sandbox::start().await.unwrap();
    let merchants = registry(&sandbox);
    merchants
        .insert(
            MerchantCredentials::new(
                credentials::MCHID,
                credentials::MCH_SERIAL,
                credentials::MERCHANT_KEY_PEM,
            )
            .apiv3_key(credentials::APIV3_KEY)
            .platform_certificates_auto(),
        )
        .unwrap();
    // The first call downloads the certificates (the refresher's first turn is hours away).
    let client = merchants.client(credentials::MCHID).unwrap();
    client.send(&prepay("ORDER-CERT-MODE")).await.unwrap();
    let (h, body) = Sandbox::start_with(wxpay::sandbox::SandboxOptions {
        public_key: false,
        ..Default::default()
    })
    .await
    .unwrap()
    .notification(
        "TRANSACTION.SUCCESS",
        &transaction(credentials::MCHID, "TC1"),
    );
    let n = merchants
        .parse_notification::<serde_json::Value>(&h, &body, None)
        .await
        .unwrap();
    assert_eq!(n.merchant.as_deref(), Some(credentials::MCHID));
    assert_eq!(
        merchants.merchants_for_serial(credentials::PLATFORM_CERT_SERIAL),
        vec![credentials::MCHID.to_owned()]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_directory_source_loads_merchants_from_their_files() {
    let sandbox = Sandbox::start().await.unwrap();
    let root = std::env::temp_dir().join(format!("wxpay-dir-source-{}", std::process::id()));
    let dir = root.join(credentials::MCHID);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("apiclient_key.pem"), credentials::MERCHANT_KEY_PEM).unwrap();
    std::fs::write(
        dir.join("wechatpay_pub.pem"),
        credentials::WECHATPAY_PUBLIC_KEY_PEM,
    )
    .unwrap();
    std::fs::write(
        dir.join("wxpay.env"),
        format!(
            "# merchant {mchid}\nWXPAY_MCHID={mchid}\nWXPAY_MCH_SERIAL={serial}\nWXPAY_PRIVATE_KEY=apiclient_key.pem\nWXPAY_PUBLIC_KEY=wechatpay_pub.pem\nWXPAY_PUBLIC_KEY_ID={id}\nWXPAY_APIV3_KEY={apiv3}\n",
            mchid = credentials::MCHID,
            serial = credentials::MCH_SERIAL,
            id = credentials::PUBLIC_KEY_ID,
            apiv3 = credentials::APIV3_KEY,
        ),
    )
    .unwrap();
    let merchants = Merchants::builder()
        .base_url(sandbox.base_url())
        .source(wxpay::registry::DirSource::new(&root))
        .build()
        .unwrap();
    let client = merchants.load(credentials::MCHID).await.unwrap();
    client.send(&prepay("ORDER-FROM-DIR")).await.unwrap();
    // No directory, or a name that is not one path segment: not known.
    assert!(
        merchants
            .load("1900000002")
            .await
            .unwrap_err()
            .is_unknown_merchant()
    );
    assert!(
        merchants
            .load("..")
            .await
            .unwrap_err()
            .is_unknown_merchant()
    );
    std::fs::remove_dir_all(&root).unwrap();
}
