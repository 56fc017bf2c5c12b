//! Merchant coupons (商家券): `/v3/marketing/busifavor/…`.

use serde::{Deserialize, Serialize};

use crate::endpoint;

/// `POST /v3/marketing/busifavor/coupons/deactivate`
///
/// Deactivates an available coupon (使券失效): it can no longer be redeemed. Idempotent on
/// `deactivate_request_no`.
///
/// Official docs: [merchant](https://pay.weixin.qq.com/doc/v3/merchant/4012465890),
/// [partner](https://pay.weixin.qq.com/doc/v3/partner/4012465924).
///
/// ```
/// use wxpay::marketing::busifavor::DeactivateCoupon;
/// use wxpay::{Endpoint as _, NoEncryption};
///
/// let request = DeactivateCoupon {
///     coupon_code: "sxxe34343434".into(),
///     stock_id: "1234567891".into(),
///     deactivate_request_no: "1002600620019090123143254436".into(),
///     deactivate_reason: None,
/// };
/// let body = request.body(&NoEncryption).unwrap().unwrap();
/// assert_eq!(
///     String::from_utf8(body).unwrap(),
///     r#"{"coupon_code":"sxxe34343434","stock_id":"1234567891","deactivate_request_no":"1002600620019090123143254436"}"#
/// );
/// ```
#[endpoint(POST, "/v3/marketing/busifavor/coupons/deactivate", response = DeactivateCouponResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeactivateCoupon {
    /// The coupon code (券code).
    pub coupon_code: String,
    /// The stock (batch) id (批次号).
    pub stock_id: String,
    /// The merchant's request number, the idempotency key (失效请求单据号).
    pub deactivate_request_no: String,
    /// Why the coupon is deactivated (失效原因).
    pub deactivate_reason: Option<String>,
}

/// The answer of [`DeactivateCoupon`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeactivateCouponResponse {
    /// When the coupon was deactivated, RFC 3339 (券成功失效的时间).
    pub wechatpay_deactivate_time: String,
}
