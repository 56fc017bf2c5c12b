//! The blocking client, from plain threads, against a sandbox running on its own runtime.

use wxpay::marketing::busifavor::DeactivateCoupon;
use wxpay::sandbox::Sandbox;

#[test]
fn blocking_calls_work_without_an_async_caller() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let sandbox = rt.block_on(Sandbox::start()).unwrap();
    let client = wxpay::blocking::Client::new(sandbox.client()).unwrap();
    let answer = client
        .send(&DeactivateCoupon::new("c", "1234567891", "r"))
        .unwrap();
    assert!(answer.wechatpay_deactivate_time.ends_with("+08:00"));
    let threads: Vec<_> = (0..4)
        .map(|i| {
            let client = client.clone();
            std::thread::spawn(move || {
                client
                    .chain("v3/marketing/busifavor/coupons/deactivate")
                    .post(serde_json::json!({ "json": {
                        "coupon_code": format!("t{i}"), "stock_id": "1", "deactivate_request_no": format!("t{i}")
                    } }))
                    .unwrap()
            })
        })
        .collect();
    for t in threads {
        assert!(t.join().unwrap()["wechatpay_deactivate_time"].is_string());
    }
    assert_eq!(sandbox.side_effects(), 5);
    // Inside an async runtime it refuses instead of blocking the executor.
    let err = rt
        .block_on(async { client.chain("v3/x").get(serde_json::json!({})) })
        .unwrap_err();
    assert!(err.to_string().contains("async runtime"), "{err}");
}
