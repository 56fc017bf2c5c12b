//! The Brand API scheme (`WECHATPAY-BRAND-SHA256-RSA2048`, `brand_id` instead of `mchid`).

use wxpay::endpoint;
use wxpay::sandbox::{Sandbox, credentials};

/// A Brand API call that the sandbox does not implement: its signed `404 SANDBOX_NOT_EMULATED`
/// proves the request's brand signature was accepted (a bad one is a 401 `SIGN_ERROR`).
#[endpoint(GET, "/brand/partner/brands/<brand_id>", auth = brand, response = serde_json::Value)]
pub struct GetBrand {
    /// The brand.
    pub brand_id: String,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn brand_endpoints_sign_with_the_brand_scheme() {
    let sandbox = Sandbox::start().await.unwrap();
    let req = GetBrand {
        brand_id: credentials::BRAND_ID.into(),
    };
    let err = sandbox.client().send(&req).await.unwrap_err();
    let api = err.api().unwrap();
    assert_eq!(
        (api.status, api.code.as_str(), api.verified),
        (404, "SANDBOX_NOT_EMULATED", true)
    );
    assert!(
        err.to_string().contains("GET /brand/partner/brands/1004"),
        "{err}"
    );
    assert_eq!(sandbox.rejected_signatures(), 0);

    let wrong = sandbox.client_builder().brand_id("9999").build().unwrap();
    let err = wrong.send(&req).await.unwrap_err();
    assert_eq!(err.api_code(), Some("SIGN_ERROR"));
    assert_eq!(sandbox.rejected_signatures(), 1);

    let none = wxpay::Client::builder()
        .mchid(credentials::MCHID)
        .merchant_serial(credentials::MCH_SERIAL)
        .private_key_pem(credentials::MERCHANT_KEY_PEM)
        .wechatpay_public_key(
            credentials::PUBLIC_KEY_ID,
            credentials::WECHATPAY_PUBLIC_KEY_PEM,
        )
        .base_url(sandbox.base_url())
        .build()
        .unwrap();
    let err = none.send(&req).await.unwrap_err();
    assert!(err.kind() == wxpay::ErrorKind::Config, "{err:?}");
    assert_eq!(sandbox.requests(), 2);
}
