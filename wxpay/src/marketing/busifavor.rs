//! Merchant coupons (商家券): `/v3/marketing/busifavor/…`.

use serde::{Deserialize, Serialize};

use crate::endpoint;
use crate::model::wire_enum;

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

// ---------------------------------------------------------------------------------------------
// Stocks (批次)
// ---------------------------------------------------------------------------------------------

/// `POST /v3/marketing/busifavor/stocks`
///
/// Creates a merchant coupon stock (创建商家券). Answers the new stock id.
///
/// Official docs: [product index](https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/apilist.html).
#[endpoint(POST, "/v3/marketing/busifavor/stocks", response = CreateStockResponse)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateStock {
    /// Stock name, at most 21 characters (商家券批次名称).
    pub stock_name: String,
    /// The merchant the stock belongs to (批次归属商户号).
    pub belong_merchant: String,
    /// A note only the merchant sees (批次备注).
    pub comment: Option<String>,
    /// Which goods it applies to, shown in the card bag (适用商品范围).
    pub goods_name: String,
    /// Kind of coupon (批次类型).
    pub stock_type: StockType,
    /// Redemption rules (核销规则).
    pub coupon_use_rule: CouponUseRule,
    /// Issuing rules (发放规则).
    pub stock_send_rule: StockSendRule,
    /// The merchant's request number, unique (商户请求单号).
    pub out_request_no: String,
    /// Custom entrances on the coupon page (自定义入口).
    pub custom_entrance: Option<CustomEntrance>,
    /// Display style (样式信息).
    pub display_pattern_info: Option<DisplayPatternInfo>,
    /// How coupon codes are allocated (券code模式).
    pub coupon_code_mode: CouponCodeMode,
    /// Event notification settings (事件通知配置).
    pub notify_config: Option<NotifyConfig>,
    /// Whether marketing subsidies are allowed (是否允许营销补差).
    pub subsidy: Option<bool>,
}

/// The answer of [`CreateStock`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateStockResponse {
    /// The new stock id (批次号).
    pub stock_id: String,
    /// When it was created, RFC 3339 (创建时间).
    pub create_time: String,
}

/// `GET /v3/marketing/busifavor/stocks/{stock_id}`
///
/// Queries a merchant coupon stock (查询商家券批次详情).
///
/// Official docs: [merchant](https://pay.weixin.qq.com/doc/v3/merchant/4015716977).
#[endpoint(GET, "/v3/marketing/busifavor/stocks/<stock_id>", response = Stock)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryStock {
    /// The stock id (批次号).
    pub stock_id: String,
}

/// A merchant coupon stock (商家券批次).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stock {
    /// Stock name (商家券批次名称).
    pub stock_name: String,
    /// The merchant the stock belongs to (批次归属商户号).
    pub belong_merchant: String,
    /// A note only the merchant sees (批次备注).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Which goods it applies to (适用商品范围).
    pub goods_name: String,
    /// Kind of coupon (批次类型).
    pub stock_type: StockType,
    /// Redemption rules (核销规则).
    pub coupon_use_rule: CouponUseRule,
    /// Issuing rules (发放规则).
    pub stock_send_rule: StockSendRule,
    /// Custom entrances (自定义入口).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_entrance: Option<CustomEntrance>,
    /// Display style (样式信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_pattern_info: Option<DisplayPatternInfo>,
    /// State of the stock (批次状态).
    pub stock_state: StockState,
    /// How coupon codes are allocated (券code模式).
    pub coupon_code_mode: CouponCodeMode,
    /// The stock id (批次号).
    pub stock_id: String,
    /// Uploaded codes, for `MERCHANT_UPLOAD` stocks (券code数量).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon_code_count: Option<CouponCodeCount>,
    /// Event notification settings (事件通知配置).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify_config: Option<NotifyConfig>,
    /// How much has been issued (批次发放情况).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub send_count_information: Option<SendCountInformation>,
    /// Whether marketing subsidies are allowed (是否允许营销补差).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subsidy: Option<bool>,
}

/// Codes uploaded to a stock (券code数量).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CouponCodeCount {
    /// Codes uploaded in total (该批次总共已上传的code总数).
    pub total_count: i64,
    /// Codes still available (该批次当前可用的code数).
    pub available_count: i64,
}

/// How much of a stock has been issued (批次发放情况).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SendCountInformation {
    /// Coupons issued (已发放券张数).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_send_num: Option<i64>,
    /// Amount issued, in fen (已发放券金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_send_amount: Option<i64>,
    /// Coupons issued today (单天已发放券张数).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub today_send_num: Option<i64>,
    /// Amount issued today, in fen (单天已发放券金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub today_send_amount: Option<i64>,
}

/// `PATCH /v3/marketing/busifavor/stocks/{stock_id}`
///
/// Modifies a stock's basic information (修改商家券基本信息). Success is `204 No Content`.
///
/// Official docs: [merchant](https://pay.weixin.qq.com/doc/v3/merchant/4015716868).
#[endpoint(PATCH, "/v3/marketing/busifavor/stocks/<stock_id>")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ModifyStock {
    /// The stock id (批次号).
    pub stock_id: String,
    /// Custom entrances (自定义入口).
    pub custom_entrance: Option<CustomEntrance>,
    /// Stock name; not modifiable for now (批次名称).
    pub stock_name: Option<String>,
    /// A note only the merchant sees (批次备注).
    pub comment: Option<String>,
    /// Which goods it applies to (适用商品范围).
    pub goods_name: Option<String>,
    /// The merchant's request number, unique (商户请求单号).
    pub out_request_no: String,
    /// Display style (样式信息).
    pub display_pattern_info: Option<DisplayPatternInfo>,
    /// Redemption method changes (核销规则).
    pub coupon_use_rule: Option<ModifyCouponUseRule>,
    /// Issuing rule changes (发放规则).
    pub stock_send_rule: Option<ModifyStockSendRule>,
    /// Event notification settings (事件通知配置).
    pub notify_config: Option<NotifyConfig>,
    /// Whether marketing subsidies are allowed (是否允许营销补差).
    pub subsidy: Option<bool>,
}

/// The redemption rules [`ModifyStock`] can change (核销规则).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ModifyCouponUseRule {
    /// Redemption method (核销方式).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_method: Option<UseMethod>,
    /// Mini program AppID, for `MINI_PROGRAMS` (小程序AppID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mini_programs_appid: Option<String>,
    /// Mini program path, for `MINI_PROGRAMS` (小程序path).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mini_programs_path: Option<String>,
}

/// The issuing rules [`ModifyStock`] can change (发放规则).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ModifyStockSendRule {
    /// Limit per natural person (是否开启自然人限领).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub natural_person_limit: Option<bool>,
    /// Block suspicious accounts (可疑账号拦截).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prevent_api_abuse: Option<bool>,
}

/// `PATCH /v3/marketing/busifavor/stocks/{stock_id}/budget`
///
/// Changes a stock's maximum or daily number of coupons (修改批次预算).
///
/// Official docs: [product index](https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/apilist.html).
#[endpoint(
    PATCH,
    "/v3/marketing/busifavor/stocks/<stock_id>/budget",
    response = ModifyStockBudgetResponse
)]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ModifyStockBudget {
    /// The stock id (批次号).
    pub stock_id: String,
    /// Target maximum number of coupons (目标批次最大发放个数).
    pub target_max_coupons: Option<i64>,
    /// Target daily maximum (目标单天发放上限个数).
    pub target_max_coupons_by_day: Option<i64>,
    /// Current maximum, as a guard against concurrent changes (当前批次最大发放个数).
    pub current_max_coupons: Option<i64>,
    /// Current daily maximum (当前单天发放上限个数).
    pub current_max_coupons_by_day: Option<i64>,
    /// The merchant's request number, the idempotency key (修改预算请求单据号).
    pub modify_budget_request_no: String,
}

/// The answer of [`ModifyStockBudget`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModifyStockBudgetResponse {
    /// Maximum number of coupons now (批次当前最大发放个数).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_coupons: Option<i64>,
    /// Daily maximum now (当前单天发放上限个数).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_coupons_by_day: Option<i64>,
}

/// `POST /v3/marketing/busifavor/stocks/{stock_id}/couponcodes`
///
/// Uploads merchant coupon codes to a `MERCHANT_UPLOAD` stock (上传预存code).
///
/// Official docs: [product index](https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/apilist.html).
#[endpoint(
    POST,
    "/v3/marketing/busifavor/stocks/<stock_id>/couponcodes",
    response = UploadCouponCodesResponse
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadCouponCodes {
    /// The stock id (批次号).
    pub stock_id: String,
    /// The codes, at most 200 per call (券code列表).
    pub coupon_code_list: Vec<String>,
    /// The merchant's request number, the idempotency key (请求业务单据号).
    pub upload_request_no: String,
}

/// The answer of [`UploadCouponCodes`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadCouponCodesResponse {
    /// The stock id (批次号).
    pub stock_id: String,
    /// Distinct codes received (去重后上传code总数).
    pub total_count: i64,
    /// Codes accepted (上传成功code个数).
    pub success_count: i64,
    /// The accepted codes (上传成功的code列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_codes: Option<Vec<String>>,
    /// When the upload succeeded, RFC 3339 (上传成功时间).
    pub success_time: String,
    /// Codes refused (上传失败code个数).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_count: Option<i64>,
    /// The refused codes and why (上传失败的code及原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_codes: Option<Vec<FailedCode>>,
    /// Codes that already existed (已存在的code列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exist_codes: Option<Vec<String>>,
    /// Codes repeated in this request (本次请求中重复的code列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_codes: Option<Vec<String>>,
}

/// A refused code (上传失败的code).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FailedCode {
    /// The code (上传失败的券code).
    pub coupon_code: String,
    /// Error code, e.g. `LENGTH_LIMIT` (上传失败错误码).
    pub code: String,
    /// Error message (上传失败错误信息).
    pub message: String,
}

// ---------------------------------------------------------------------------------------------
// Coupons (券)
// ---------------------------------------------------------------------------------------------

/// `POST /v3/marketing/busifavor/coupons/use`
///
/// Redeems a user's coupon (核销用户券). Idempotent on `use_request_no`.
///
/// Official docs: [product index](https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/apilist.html).
#[endpoint(POST, "/v3/marketing/busifavor/coupons/use", response = UseCouponResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UseCoupon {
    /// The coupon code (券code).
    pub coupon_code: String,
    /// The stock id; required for `MERCHANT_API`/`MERCHANT_UPLOAD` stocks (批次号).
    pub stock_id: Option<String>,
    /// The AppID bound to the merchant (公众账号ID).
    pub appid: String,
    /// When redemption is requested, RFC 3339 (请求核销时间).
    pub use_time: String,
    /// The merchant's request number, the idempotency key (核销请求单据号).
    pub use_request_no: String,
    /// The user's openid, required when codes are not unique (用户标识).
    pub openid: Option<String>,
    /// The merchant order number (商户订单号).
    pub out_trade_no: Option<String>,
    /// The merchant that placed the order (下单商户号).
    pub mch_id: Option<String>,
    /// The WeChat Pay order number (微信支付订单号).
    pub transaction_id: Option<String>,
}

/// The answer of [`UseCoupon`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UseCouponResponse {
    /// The stock id (批次号).
    pub stock_id: String,
    /// The user's openid (用户标识).
    pub openid: String,
    /// When the coupon was redeemed, RFC 3339 (系统核销券成功的时间).
    pub wechatpay_use_time: String,
}

/// `GET /v3/marketing/busifavor/users/{openid}/coupons`
///
/// Lists a user's merchant coupons matching filters (根据过滤条件查询用户券).
///
/// Official docs: [product index](https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/apilist.html).
#[endpoint(GET, "/v3/marketing/busifavor/users/<openid>/coupons", response = UserCouponList)]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListUserCoupons {
    /// The user's openid under `appid` (用户标识).
    pub openid: String,
    /// The AppID bound to the merchant (公众账号ID).
    pub appid: String,
    /// Only this stock (批次号).
    pub stock_id: Option<String>,
    /// Only coupons in this state (券状态).
    pub coupon_state: Option<CouponState>,
    /// Only stocks created by this merchant (创建批次的商户号).
    pub creator_merchant: Option<String>,
    /// Only stocks belonging to this merchant (批次归属商户号).
    pub belong_merchant: Option<String>,
    /// Only stocks issued by this merchant (批次发放商户号).
    pub sender_merchant: Option<String>,
    /// Page offset, from 0 (分页页码).
    pub offset: Option<u32>,
    /// Page size, at most 50 (分页大小).
    pub limit: Option<u32>,
}

/// The answer of [`ListUserCoupons`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UserCouponList {
    /// The coupons (结果集).
    #[serde(default)]
    pub data: Vec<UserCoupon>,
    /// Total number of matches (总数量).
    pub total_count: i64,
    /// Page size (分页大小).
    pub limit: i64,
    /// Page offset (分页页码).
    pub offset: i64,
}

/// `GET /v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}`
///
/// Queries one coupon in a user's card bag (查询用户单张券详情).
///
/// Official docs: [merchant](https://pay.weixin.qq.com/docs/merchant/apis/merchant-exclusive-coupon/coupon/query-coupon.html).
#[endpoint(
    GET,
    "/v3/marketing/busifavor/users/<openid>/coupons/<coupon_code>/appids/<appid>",
    response = UserCoupon
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryUserCoupon {
    /// The user's openid under `appid` (用户标识).
    pub openid: String,
    /// The coupon code (券code).
    pub coupon_code: String,
    /// The AppID bound to the merchant (公众账号ID).
    pub appid: String,
}

/// A merchant coupon in a user's card bag (用户商家券).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UserCoupon {
    /// The merchant the stock belongs to (批次归属商户号).
    pub belong_merchant: String,
    /// Stock name (商家券批次名称).
    pub stock_name: String,
    /// A note only the merchant sees (批次备注).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Which goods it applies to (适用商品范围).
    pub goods_name: String,
    /// Kind of coupon (批次类型).
    pub stock_type: StockType,
    /// Whether it can be given away (是否允许转赠).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transferable: Option<bool>,
    /// Whether its link can be shared (是否允许分享领券链接).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shareable: Option<bool>,
    /// State of the coupon (券状态).
    pub coupon_state: CouponState,
    /// Display style (样式信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_pattern_info: Option<DisplayPatternInfo>,
    /// Redemption rules (核销规则).
    pub coupon_use_rule: CouponUseRule,
    /// Custom entrances (自定义入口).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_entrance: Option<CustomEntrance>,
    /// The coupon code (券code).
    pub coupon_code: String,
    /// The stock id (批次号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_id: Option<String>,
    /// When the coupon becomes usable, RFC 3339 (券可使用开始时间).
    pub available_start_time: String,
    /// When it expires, RFC 3339 (券过期时间).
    pub expire_time: String,
    /// When the user received it, RFC 3339 (券领券时间).
    pub receive_time: String,
    /// The issuing request number (发券请求单号).
    pub send_request_no: String,
    /// The redemption request number (核销请求单号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_request_no: Option<String>,
    /// When it was redeemed, RFC 3339 (券核销时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_time: Option<String>,
    /// The merchant order it is associated with (关联的商户订单号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub associate_out_trade_no: Option<String>,
    /// The return request number (回退请求单号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_request_no: Option<String>,
    /// When it was returned, RFC 3339 (券回退时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_time: Option<String>,
    /// The deactivation request number (失效请求单号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deactivate_request_no: Option<String>,
    /// When it was deactivated, RFC 3339 (券失效时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deactivate_time: Option<String>,
    /// Why it was deactivated (失效原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deactivate_reason: Option<String>,
}

/// `POST /v3/marketing/busifavor/coupons/associate`
///
/// Associates an unused coupon with a merchant order (关联订单信息).
///
/// Official docs: [product index](https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/apilist.html).
#[endpoint(
    POST,
    "/v3/marketing/busifavor/coupons/associate",
    response = AssociateCouponResponse
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssociateCoupon {
    /// The stock id (批次号).
    pub stock_id: String,
    /// The coupon code (券code).
    pub coupon_code: String,
    /// The merchant order number to associate (关联的商户订单号).
    pub out_trade_no: String,
    /// The merchant's request number, the idempotency key (商户请求单号).
    pub out_request_no: String,
}

/// The answer of [`AssociateCoupon`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssociateCouponResponse {
    /// When the association was made, RFC 3339 (关联成功时间).
    pub wechatpay_associate_time: String,
}

/// `POST /v3/marketing/busifavor/coupons/disassociate`
///
/// Removes a coupon's association with a merchant order (取消关联订单信息).
///
/// Official docs: [product index](https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/apilist.html).
#[endpoint(
    POST,
    "/v3/marketing/busifavor/coupons/disassociate",
    response = DisassociateCouponResponse
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisassociateCoupon {
    /// The stock id (批次号).
    pub stock_id: String,
    /// The coupon code (券code).
    pub coupon_code: String,
    /// The associated merchant order number (关联的商户订单号).
    pub out_trade_no: String,
    /// The merchant's request number, the idempotency key (商户请求单号).
    pub out_request_no: String,
}

/// The answer of [`DisassociateCoupon`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisassociateCouponResponse {
    /// When the association was removed, RFC 3339 (取消关联成功时间).
    pub wechatpay_disassociate_time: String,
}

/// `POST /v3/marketing/busifavor/coupons/return`
///
/// Returns a redeemed coupon to the user (申请退券). Idempotent on `return_request_no`.
///
/// Official docs: [product index](https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/apilist.html).
#[endpoint(POST, "/v3/marketing/busifavor/coupons/return", response = ReturnCouponResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReturnCoupon {
    /// The coupon code (券code).
    pub coupon_code: String,
    /// The stock id (批次号).
    pub stock_id: String,
    /// The merchant's request number, the idempotency key (退券请求单据号).
    pub return_request_no: String,
}

/// The answer of [`ReturnCoupon`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturnCouponResponse {
    /// When the coupon was returned, RFC 3339 (微信退券成功的时间).
    pub wechatpay_return_time: String,
}

/// `POST /v3/marketing/busifavor/coupons/{card_id}/send`
///
/// Issues a consume card to a user, with its batch of coupons (发放消费卡).
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/coupons/chapter3_1.shtml).
#[endpoint(
    POST,
    "/v3/marketing/busifavor/coupons/<card_id>/send",
    response = SendConsumeCardResponse
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendConsumeCard {
    /// The consume card id (消费卡ID).
    pub card_id: String,
    /// The AppID the card belongs to (消费卡归属appid).
    pub appid: String,
    /// The user's openid (用户openid).
    pub openid: String,
    /// The merchant's request number, the idempotency key (商户单据号).
    pub out_request_no: String,
    /// When the card is issued, RFC 3339 (请求发卡时间).
    pub send_time: String,
}

/// The answer of [`SendConsumeCard`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SendConsumeCardResponse {
    /// The issued card's code (消费卡code).
    pub card_code: String,
}

// ---------------------------------------------------------------------------------------------
// Event notification URL (事件通知地址)
// ---------------------------------------------------------------------------------------------

/// `POST /v3/marketing/busifavor/callbacks`
///
/// Sets the URL that receives merchant coupon events (设置商家券事件通知地址).
///
/// Official docs: [product index](https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/apilist.html).
#[endpoint(POST, "/v3/marketing/busifavor/callbacks", response = SetCallbackResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetCallback {
    /// The merchant id; the caller's by default (商户号).
    pub mchid: Option<String>,
    /// The notification URL, `https` (通知URL地址).
    pub notify_url: String,
}

/// The answer of [`SetCallback`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetCallbackResponse {
    /// When it was changed, RFC 3339 (修改时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<String>,
    /// The notification URL (通知URL地址).
    pub notify_url: String,
    /// The merchant id (商户号).
    pub mchid: String,
}

/// `GET /v3/marketing/busifavor/callbacks`
///
/// Queries the merchant coupon event URL (查询商家券事件通知地址).
///
/// Official docs: [product index](https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/apilist.html).
#[endpoint(GET, "/v3/marketing/busifavor/callbacks", response = Callback)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryCallback {
    /// The merchant id (商户号).
    pub mchid: String,
}

/// The event notification URL (事件通知地址).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Callback {
    /// The notification URL (通知URL地址).
    pub notify_url: String,
    /// The merchant id (商户号).
    pub mchid: String,
}

// ---------------------------------------------------------------------------------------------
// Marketing subsidies (营销补差)
// ---------------------------------------------------------------------------------------------

/// `POST /v3/marketing/busifavor/subsidy/pay-receipts`
///
/// Pays a marketing subsidy to the merchant that redeemed a coupon (营销补差付款).
///
/// Official docs: [product index](https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/apilist.html).
#[endpoint(POST, "/v3/marketing/busifavor/subsidy/pay-receipts", response = SubsidyPayReceipt)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateSubsidyPayReceipt {
    /// The coupon's stock id (商家券批次号).
    pub stock_id: String,
    /// The coupon code (商家券Code).
    pub coupon_code: String,
    /// The WeChat Pay order the coupon was redeemed in (微信支付订单号).
    pub transaction_id: String,
    /// The merchant that pays (营销补差扣款商户号).
    pub payer_merchant: String,
    /// The merchant that receives (营销补差入账商户号).
    pub payee_merchant: String,
    /// Amount in fen (补差付款金额).
    pub amount: i64,
    /// Description (补差付款描述).
    pub description: String,
    /// The merchant's request number, the idempotency key (业务请求唯一单号).
    pub out_subsidy_no: String,
}

/// A marketing subsidy payment (营销补差付款单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubsidyPayReceipt {
    /// The receipt id (补差付款单号).
    pub subsidy_receipt_id: String,
    /// The coupon's stock id (商家券批次号).
    pub stock_id: String,
    /// The coupon code (商家券Code).
    pub coupon_code: String,
    /// The WeChat Pay order number (微信支付订单号).
    pub transaction_id: String,
    /// The merchant that pays (营销补差扣款商户号).
    pub payer_merchant: String,
    /// The merchant that receives (营销补差入账商户号).
    pub payee_merchant: String,
    /// Amount in fen (补差付款金额).
    pub amount: i64,
    /// Description (补差付款描述).
    pub description: String,
    /// State of the payment (补差付款单据状态).
    pub status: SubsidyStatus,
    /// Why it failed (补差付款失败原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_reason: Option<String>,
    /// When it completed, RFC 3339 (补差付款完成时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_time: Option<String>,
    /// The merchant's request number (业务请求唯一单号).
    pub out_subsidy_no: String,
    /// When it was requested, RFC 3339 (补差付款发起时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
}

/// `GET /v3/marketing/busifavor/subsidy/pay-receipts`
///
/// Lists the subsidy payments of a coupon (查询营销补差付款单列表).
///
/// Official docs: [product index](https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/apilist.html).
#[endpoint(
    GET,
    "/v3/marketing/busifavor/subsidy/pay-receipts",
    response = SubsidyPayReceiptList
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListSubsidyPayReceipts {
    /// The coupon's stock id (商家券批次号).
    pub stock_id: String,
    /// The coupon code (商家券Code).
    pub coupon_code: String,
    /// Only this request number (业务请求唯一单号).
    pub out_subsidy_no: Option<String>,
}

/// The answer of [`ListSubsidyPayReceipts`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubsidyPayReceiptList {
    /// The payments (补差付款单据列表).
    #[serde(default)]
    pub pay_receipt_list: Vec<SubsidyPayReceipt>,
}

/// `GET /v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id}`
///
/// Queries a subsidy payment (查询营销补差付款单详情).
///
/// Official docs: [product index](https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/apilist.html).
#[endpoint(
    GET,
    "/v3/marketing/busifavor/subsidy/pay-receipts/<subsidy_receipt_id>",
    response = SubsidyPayReceipt
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuerySubsidyPayReceipt {
    /// The receipt id (补差付款单号).
    pub subsidy_receipt_id: String,
}

/// `POST /v3/marketing/busifavor/subsidy/return-receipts`
///
/// Takes back a subsidy payment after a refund (营销补差回退).
///
/// Official docs: [product index](https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/apilist.html).
#[endpoint(
    POST,
    "/v3/marketing/busifavor/subsidy/return-receipts",
    response = SubsidyReturnReceipt
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateSubsidyReturnReceipt {
    /// The coupon's stock id (商家券批次号).
    pub stock_id: String,
    /// The coupon code (商家券Code).
    pub coupon_code: String,
    /// The WeChat Pay order number (微信支付订单号).
    pub transaction_id: String,
    /// The WeChat Pay refund number (微信支付退款单号).
    pub refund_id: String,
    /// The merchant that paid the subsidy (原营销补差扣款商户号).
    pub payer_merchant: String,
    /// The merchant that received it (原营销补差入账商户号).
    pub payee_merchant: String,
    /// Amount in fen (补差回退金额).
    pub amount: i64,
    /// Description (补差回退描述).
    pub description: String,
    /// The merchant's request number, the idempotency key (业务请求唯一单号).
    pub out_subsidy_return_no: String,
}

/// A subsidy return (营销补差回退单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubsidyReturnReceipt {
    /// The return id (补差回退单号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subsidy_return_receipt_id: Option<String>,
    /// The coupon's stock id (商家券批次号).
    pub stock_id: String,
    /// The coupon code (商家券Code).
    pub coupon_code: String,
    /// The WeChat Pay order number (微信支付订单号).
    pub transaction_id: String,
    /// The WeChat Pay refund number (微信支付退款单号).
    pub refund_id: String,
    /// The merchant that paid the subsidy (原营销补差扣款商户号).
    pub payer_merchant: String,
    /// The merchant that received it (原营销补差入账商户号).
    pub payee_merchant: String,
    /// Amount in fen (补差回退金额).
    pub amount: i64,
    /// Description (补差回退描述).
    pub description: String,
    /// State of the return (补差回退单据状态).
    pub status: SubsidyStatus,
    /// Why it failed (补差回退失败原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_reason: Option<String>,
    /// When it completed, RFC 3339 (补差回退完成时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_done_time: Option<String>,
    /// The payment it takes back (补差付款单号).
    pub subsidy_receipt_id: String,
    /// The merchant's request number (业务请求唯一单号).
    pub out_subsidy_return_no: String,
    /// When it was requested, RFC 3339 (补差回退发起时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_create_time: Option<String>,
}

/// `GET /v3/marketing/busifavor/subsidy/return-receipts/{subsidy_return_receipt_id}`
///
/// Queries a subsidy return (查询营销补差回退单详情).
///
/// Official docs: [product index](https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/apilist.html).
#[endpoint(
    GET,
    "/v3/marketing/busifavor/subsidy/return-receipts/<subsidy_return_receipt_id>",
    response = SubsidyReturnReceipt
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuerySubsidyReturnReceipt {
    /// The return id (补差回退单号).
    pub subsidy_return_receipt_id: String,
}

// ---------------------------------------------------------------------------------------------
// Shared models
// ---------------------------------------------------------------------------------------------

wire_enum! {
    /// Kind of merchant coupon (批次类型).
    pub enum StockType {
        /// `NORMAL`: a fixed amount off above a threshold (固定面额满减券).
        Normal = "NORMAL",
        /// `DISCOUNT`: a percentage off (折扣券).
        Discount = "DISCOUNT",
        /// `EXCHANGE`: buy an item at a fixed price (换购券).
        Exchange = "EXCHANGE",
    }
}

wire_enum! {
    /// How a coupon is redeemed (核销方式).
    pub enum UseMethod {
        /// `OFF_LINE`: the cashier scans it (线下滴码核销).
        OffLine = "OFF_LINE",
        /// `MINI_PROGRAMS`: in a mini program (线上小程序核销).
        MiniPrograms = "MINI_PROGRAMS",
        /// `SELF_CONSUME`: by the user (用户自助核销).
        SelfConsume = "SELF_CONSUME",
        /// `PAYMENT_CODE`: with the WeChat Pay payment code (微信支付付款码核销).
        PaymentCode = "PAYMENT_CODE",
    }
}

wire_enum! {
    /// How coupon codes are allocated (券code模式).
    pub enum CouponCodeMode {
        /// `WECHATPAY_MODE`: WeChat Pay allocates them (系统分配).
        WechatpayMode = "WECHATPAY_MODE",
        /// `MERCHANT_API`: the merchant names one when issuing (商户发放时接口指定).
        MerchantApi = "MERCHANT_API",
        /// `MERCHANT_UPLOAD`: uploaded beforehand (商户上传自定义).
        MerchantUpload = "MERCHANT_UPLOAD",
    }
}

wire_enum! {
    /// How the code is shown (code展示模式).
    pub enum CodeDisplayMode {
        /// `NOT_SHOW`: not shown.
        NotShow = "NOT_SHOW",
        /// `BARCODE`: as a barcode.
        Barcode = "BARCODE",
        /// `QRCODE`: as a QR code.
        Qrcode = "QRCODE",
    }
}

wire_enum! {
    /// Coupon background colour (背景颜色).
    pub enum BackgroundColor {
        /// `Color010`.
        Color010 = "Color010",
        /// `Color020`.
        Color020 = "Color020",
        /// `Color030`.
        Color030 = "Color030",
        /// `Color040`.
        Color040 = "Color040",
        /// `Color050`.
        Color050 = "Color050",
        /// `Color060`.
        Color060 = "Color060",
        /// `Color070`.
        Color070 = "Color070",
        /// `Color080`.
        Color080 = "Color080",
        /// `Color090`.
        Color090 = "Color090",
        /// `Color100`.
        Color100 = "Color100",
    }
}

wire_enum! {
    /// State of a stock (批次状态).
    pub enum StockState {
        /// `UNAUDIT`: under review (审核中).
        Unaudit = "UNAUDIT",
        /// `RUNNING`: issuing (运行中).
        Running = "RUNNING",
        /// `STOPED`: stopped (已停止).
        Stoped = "STOPED",
        /// `PAUSED`: issuing paused (暂停发放).
        Paused = "PAUSED",
    }
}

wire_enum! {
    /// State of a user's coupon (券状态).
    pub enum CouponState {
        /// `SENDED`: usable (可用).
        Sended = "SENDED",
        /// `USED`: redeemed (已核销).
        Used = "USED",
        /// `EXPIRED`: expired (已过期).
        Expired = "EXPIRED",
        /// `DELETED`: deleted by the user (已删除).
        Deleted = "DELETED",
        /// `DEACTIVATED`: deactivated by the merchant (已失效).
        Deactivated = "DEACTIVATED",
    }
}

wire_enum! {
    /// State of a subsidy payment or return (补差单据状态).
    pub enum SubsidyStatus {
        /// `ACCEPTED`: accepted, in progress (受理成功).
        Accepted = "ACCEPTED",
        /// `SUCCESS`: done (成功).
        Success = "SUCCESS",
        /// `FAIL`: failed, see `fail_reason` (失败).
        Fail = "FAIL",
        /// `RETURNED`: fully taken back (已全额回退).
        Returned = "RETURNED",
    }
}

/// Redemption rules of a merchant coupon (核销规则).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CouponUseRule {
    /// When the coupon can be redeemed (券可核销时间).
    pub coupon_available_time: CouponAvailableTime,
    /// Rule of a `NORMAL` coupon (固定面额满减券使用规则).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_normal_coupon: Option<FixedNormalCoupon>,
    /// Rule of a `DISCOUNT` coupon (折扣券使用规则).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_coupon: Option<DiscountCoupon>,
    /// Rule of an `EXCHANGE` coupon (换购券使用规则).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange_coupon: Option<ExchangeCoupon>,
    /// Redemption method (核销方式).
    pub use_method: UseMethod,
    /// Mini program AppID, for `MINI_PROGRAMS` (小程序AppID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mini_programs_appid: Option<String>,
    /// Mini program path, for `MINI_PROGRAMS` (小程序path).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mini_programs_path: Option<String>,
}

/// When a coupon can be redeemed (券可核销时间).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CouponAvailableTime {
    /// Start, RFC 3339 (开始时间).
    pub available_begin_time: String,
    /// End, RFC 3339 (结束时间).
    pub available_end_time: String,
    /// Valid for this many days after it takes effect (生效后N天内有效).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_day_after_receive: Option<i64>,
    /// Weekly recurring windows (固定周期有效时间段).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_week: Option<AvailableWeek>,
    /// Irregular windows (无规律的有效时间段); the spelling is WeChat Pay's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub irregulary_avaliable_time: Option<Vec<TimeRange>>,
    /// Takes effect this many days after receipt (领取后N天开始生效).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_days_after_receive: Option<i64>,
}

/// Weekly recurring windows (固定周期有效时间段).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AvailableWeek {
    /// Days of the week, 0 = Sunday (可用星期数).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub week_day: Option<Vec<i64>>,
    /// Windows within those days (当天可用时间段).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_day_time: Option<Vec<DayTime>>,
}

/// A window within a day, in seconds since midnight (当天可用时间段).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayTime {
    /// Start, seconds (当天可用开始时间).
    pub begin_time: i64,
    /// End, seconds (当天可用结束时间).
    pub end_time: i64,
}

/// A window between two instants (时间段).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeRange {
    /// Start, RFC 3339 (开始时间).
    pub begin_time: String,
    /// End, RFC 3339 (结束时间).
    pub end_time: String,
}

/// Rule of a fixed-amount coupon, amounts in fen (固定面额满减券使用规则).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FixedNormalCoupon {
    /// Amount off (优惠金额).
    pub discount_amount: i64,
    /// Minimum spend (消费门槛).
    pub transaction_minimum: i64,
}

/// Rule of a discount coupon (折扣券使用规则).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiscountCoupon {
    /// Percentage paid, e.g. 88 for 12% off (折扣比例).
    pub discount_percent: i64,
    /// Minimum spend in fen (消费门槛).
    pub transaction_minimum: i64,
}

/// Rule of an exchange coupon, amounts in fen (换购券使用规则).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExchangeCoupon {
    /// Price of the item (单品换购价).
    pub exchange_price: i64,
    /// Minimum spend (消费门槛).
    pub transaction_minimum: i64,
}

/// Issuing rules of a stock (发放规则).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct StockSendRule {
    /// Total budget in fen (批次总预算).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_amount: Option<i64>,
    /// Maximum number of coupons (批次最大发放个数).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_coupons: Option<i64>,
    /// Maximum per user (用户最大可领个数).
    pub max_coupons_per_user: i64,
    /// Daily budget in fen (单天发放上限金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_amount_by_day: Option<i64>,
    /// Daily maximum (单天发放上限个数).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_coupons_by_day: Option<i64>,
    /// Limit per natural person (是否开启自然人限制).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub natural_person_limit: Option<bool>,
    /// Block suspicious accounts (可疑账号拦截).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prevent_api_abuse: Option<bool>,
    /// Whether coupons can be given away (是否允许转赠).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transferable: Option<bool>,
    /// Whether coupon links can be shared (是否允许分享链接).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shareable: Option<bool>,
}

/// Custom entrances on the coupon page (自定义入口).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CustomEntrance {
    /// A mini program entrance (小程序入口).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mini_programs_info: Option<MiniProgramsInfo>,
    /// An official account AppID (商户公众号AppID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appid: Option<String>,
    /// A marketing hall id (营销馆id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hall_id: Option<String>,
    /// A store id (可用门店id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_id: Option<String>,
    /// How the code is shown (code展示模式).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_display_mode: Option<CodeDisplayMode>,
}

/// A mini program entrance (小程序入口).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MiniProgramsInfo {
    /// Mini program AppID (商家小程序AppID).
    pub mini_programs_appid: String,
    /// Mini program path (商家小程序path).
    pub mini_programs_path: String,
    /// Entrance text (入口文案).
    pub entrance_words: String,
    /// Guiding text (引导文案).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guiding_words: Option<String>,
}

/// Display style of a coupon (样式信息).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct DisplayPatternInfo {
    /// Terms of use (使用须知).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Merchant logo URL (商户logo).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_logo_url: Option<String>,
    /// Merchant name (商户名称).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_name: Option<String>,
    /// Background colour (背景颜色).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub background_color: Option<BackgroundColor>,
    /// Picture on the coupon page (券详情图片).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon_image_url: Option<String>,
    /// A video channel (视频号相关信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finder_info: Option<FinderInfo>,
}

/// A video channel shown on the coupon (视频号相关信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FinderInfo {
    /// Channel id (视频号ID).
    pub finder_id: String,
    /// Video id (视频号视频ID).
    pub finder_video_id: String,
    /// Cover image URL (视频号封面图).
    pub finder_video_cover_image_url: String,
}

/// Event notification settings of a stock (事件通知配置).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct NotifyConfig {
    /// The AppID notified (事件通知AppID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify_appid: Option<String>,
}
