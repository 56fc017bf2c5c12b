//! WeChat Pay Score (微信支付分): service orders (`/v3/payscore/serviceorder…`) for direct
//! merchants and service providers (`/v3/payscore/partner/serviceorder…`), and the user
//! authorizations of the 免确认 (pre-authorized) mode (`/v3/payscore/permissions…`).
//!
//! The service-order answers share one model, [`ServiceOrder`], whose service-provider fields
//! (`sub_mchid` …) are absent for direct merchants.

use serde::{Deserialize, Serialize};

use crate::endpoint;
use crate::model::wire_enum;
use crate::pay::PromotionDetail;

/// A post-paid item of a service order (后付费项目).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostPayment {
    /// Item name (付费名称).
    pub name: String,
    /// Amount in fen; required when completing (付费金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// How it is charged (计费说明).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Quantity (付费数量).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
}

/// A merchant discount of a service order (商户优惠).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostDiscount {
    /// Discount name (优惠名称).
    pub name: String,
    /// Discount terms (优惠说明).
    pub description: String,
    /// Amount in fen; required when completing (优惠金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// Quantity (优惠数量).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
}

/// When the service runs (服务时间段).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TimeRange {
    /// Start, `yyyyMMddHHmmss`, `yyyyMMdd` or `OnAccept` (服务开始时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// Remark on the start (服务开始时间备注).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time_remark: Option<String>,
    /// Expected end, `yyyyMMddHHmmss` or `yyyyMMdd` (预计服务结束时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// Remark on the end (预计服务结束时间备注).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time_remark: Option<String>,
}

/// Where the service runs (服务位置).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Location {
    /// Start place (服务开始地点).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_location: Option<String>,
    /// End place (预计服务结束位置).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_location: Option<String>,
}

wire_enum! {
    /// Kind of risk fund (风险金名称).
    pub enum RiskFundName {
        /// `DEPOSIT`: deposit (押金).
        Deposit = "DEPOSIT",
        /// `ADVANCE`: prepayment (预付款).
        Advance = "ADVANCE",
        /// `CASH_DEPOSIT`: cash deposit (保证金).
        CashDeposit = "CASH_DEPOSIT",
        /// `ESTIMATE_ORDER_COST`: estimated cost (预估订单费用).
        EstimateOrderCost = "ESTIMATE_ORDER_COST",
    }
}

/// The risk the merchant takes on the order (服务风险金).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskFund {
    /// Kind (风险金名称).
    pub name: RiskFundName,
    /// Amount in fen (风险金额).
    pub amount: i64,
    /// Description (风险说明).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// The devices of a service (设备信息).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Device {
    /// Device where the service started (服务启动设备编号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_device_id: Option<String>,
    /// Device where the service ended (服务结束设备编号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_device_id: Option<String>,
    /// Materiel number (物料编码).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub materiel_no: Option<String>,
}

wire_enum! {
    /// State of a service order (服务订单状态).
    pub enum ServiceOrderState {
        /// `CREATED`: created, awaiting the user's confirmation.
        Created = "CREATED",
        /// `DOING`: in progress.
        Doing = "DOING",
        /// `DONE`: completed (终态).
        Done = "DONE",
        /// `REVOKED`: cancelled by the merchant (终态).
        Revoked = "REVOKED",
        /// `EXPIRED`: never confirmed (终态).
        Expired = "EXPIRED",
    }
}

wire_enum! {
    /// Detail of a `DOING`/`DONE` state (订单状态说明).
    pub enum StateDescription {
        /// `USER_CONFIRM`: confirmed by the user.
        UserConfirm = "USER_CONFIRM",
        /// `MCH_COMPLETE`: completed by the merchant.
        MchComplete = "MCH_COMPLETE",
    }
}

wire_enum! {
    /// How a collection was paid (收款成功渠道).
    pub enum PaidType {
        /// `NEWTON`: by WeChat Pay Score (微信支付分).
        Newton = "NEWTON",
        /// `MCH`: by the merchant's other channel (商户渠道).
        Mch = "MCH",
    }
}

/// A payment of the collection (收款明细).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CollectionDetail {
    /// Sequence number (收款序号).
    pub seq: i64,
    /// Amount in fen (单笔收款金额).
    pub amount: i64,
    /// Channel (收款成功渠道).
    pub paid_type: PaidType,
    /// When it was paid (收款成功时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_time: Option<String>,
    /// WeChat Pay's order number (微信支付交易单号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// Discounts (优惠详情).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promotion_detail: Option<Vec<PromotionDetail>>,
}

/// The collection of a completed order (收款信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Collection {
    /// `USER_PAYING` or `USER_PAID` (收款状态).
    pub state: String,
    /// Total to collect, in fen (总收款金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<i64>,
    /// Still to pay, in fen (待收金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paying_amount: Option<i64>,
    /// Paid, in fen (已收金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_amount: Option<i64>,
    /// Payments (收款明细列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<CollectionDetail>>,
}

/// A service order (支付分服务订单): the answer of create, query, modify, complete and sync,
/// for direct merchants and service providers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceOrder {
    /// The merchant's service order number (商户服务订单号).
    pub out_order_no: String,
    /// The service id (服务ID).
    pub service_id: String,
    /// The appid (公众账号ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appid: Option<String>,
    /// The merchant id (商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mchid: Option<String>,
    /// The sub-merchant id, service-provider mode (子商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_mchid: Option<String>,
    /// The sub-merchant's appid (子商户公众账号ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_appid: Option<String>,
    /// What the service is (服务信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_introduction: Option<String>,
    /// State (服务订单状态).
    pub state: ServiceOrderState,
    /// State detail (订单状态说明).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_description: Option<StateDescription>,
    /// Total to collect, in fen (商户收款总金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<i64>,
    /// Whether WeChat Pay collects (是否需要收款).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_collection: Option<bool>,
    /// Post-paid items (后付费项目).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_payments: Option<Vec<PostPayment>>,
    /// Discounts (商户优惠).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_discounts: Option<Vec<PostDiscount>>,
    /// Risk fund (服务风险金).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk_fund: Option<RiskFund>,
    /// When (服务时间段).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_range: Option<TimeRange>,
    /// Where (服务位置).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// The merchant's data (商户数据包).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attach: Option<String>,
    /// Where notifications go (商户回调地址).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify_url: Option<String>,
    /// WeChat Pay's service order number (微信支付服务订单号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<String>,
    /// The `package` that opens the confirmation page (跳转微信侧小程序订单数据).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package: Option<String>,
    /// The user's openid (用户标识).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub openid: Option<String>,
    /// The user's openid under `sub_appid` (子商户用户标识).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_openid: Option<String>,
    /// The collection (收款信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collection: Option<Collection>,
}

/// The short answer of cancel and pay (服务订单受理结果).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceOrderAck {
    /// The appid (公众账号ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appid: Option<String>,
    /// The merchant id (商户号).
    pub mchid: String,
    /// The sub-merchant id, service-provider mode (子商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_mchid: Option<String>,
    /// The merchant's service order number (商户服务订单号).
    pub out_order_no: String,
    /// The service id (服务ID).
    pub service_id: String,
    /// WeChat Pay's service order number (微信支付服务订单号).
    pub order_id: String,
}

/// What a sync reports (内容信息详情).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncDetail {
    /// When the user paid by another channel, `yyyyMMddHHmmss` or `yyyyMMdd` (收款成功时间).
    pub paid_time: String,
}

// ---------------------------------------------------------------------------------------------
// Direct merchants

/// `POST /v3/payscore/serviceorder`
///
/// Creates a service order (创建支付分订单). Idempotent with the same parameters.
///
/// Official docs: [创建支付分订单](https://pay.weixin.qq.com/docs/merchant/products/weixin-pay-score/apilist.html).
#[endpoint(POST, "/v3/payscore/serviceorder", response = ServiceOrder)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateServiceOrder {
    /// The merchant's service order number (商户服务订单号).
    pub out_order_no: String,
    /// The appid (公众账号ID).
    pub appid: String,
    /// The service id (服务ID).
    pub service_id: String,
    /// What the service is, ≤ 20 characters (服务信息).
    pub service_introduction: String,
    /// Post-paid items (后付费项目).
    pub post_payments: Option<Vec<PostPayment>>,
    /// Discounts (商户优惠).
    pub post_discounts: Option<Vec<PostDiscount>>,
    /// When (服务时间段).
    pub time_range: TimeRange,
    /// Where (服务位置).
    pub location: Option<Location>,
    /// Risk fund (服务风险金).
    pub risk_fund: RiskFund,
    /// The merchant's data (商户数据包).
    pub attach: Option<String>,
    /// Where notifications go (商户回调地址).
    pub notify_url: String,
    /// The user's openid; required when `need_user_confirm` is false (用户标识).
    pub openid: Option<String>,
    /// Whether the user confirms the order (是否需要用户确认).
    pub need_user_confirm: Option<bool>,
    /// Devices (设备信息).
    pub device: Option<Device>,
}

/// `GET /v3/payscore/serviceorder`
///
/// Queries a service order by `out_order_no` or `query_id`, exactly one of them (查询支付分订单).
///
/// Official docs: [查询支付分订单](https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/get-service-order.html).
#[endpoint(GET, "/v3/payscore/serviceorder", response = ServiceOrder)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryServiceOrder {
    /// The merchant's service order number (商户服务订单号).
    pub out_order_no: Option<String>,
    /// The query id the confirmation page handed back (查单ID).
    pub query_id: Option<String>,
    /// The service id (服务ID).
    pub service_id: String,
    /// The appid (公众账号ID).
    pub appid: String,
}

/// `POST /v3/payscore/serviceorder/{out_order_no}/cancel`
///
/// Cancels a service order (取消支付分订单).
///
/// Official docs: [merchant API index](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(
    POST,
    "/v3/payscore/serviceorder/<out_order_no>/cancel",
    response = ServiceOrderAck
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CancelServiceOrder {
    /// The merchant's service order number (商户服务订单号).
    pub out_order_no: String,
    /// The appid (公众账号ID).
    pub appid: String,
    /// The service id (服务ID).
    pub service_id: String,
    /// Why, ≤ 50 characters (取消原因).
    pub reason: String,
}

/// `POST /v3/payscore/serviceorder/{out_order_no}/modify`
///
/// Changes the amount of a completed order not yet paid (修改订单金额).
///
/// Official docs: [merchant API index](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(POST, "/v3/payscore/serviceorder/<out_order_no>/modify", response = ServiceOrder)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModifyServiceOrder {
    /// The merchant's service order number (商户服务订单号).
    pub out_order_no: String,
    /// The appid (公众账号ID).
    pub appid: String,
    /// The service id (服务ID).
    pub service_id: String,
    /// Post-paid items (后付费项目).
    pub post_payments: Vec<PostPayment>,
    /// Discounts (商户优惠).
    pub post_discounts: Option<Vec<PostDiscount>>,
    /// New total in fen (总金额).
    pub total_amount: i64,
    /// Why (修改原因).
    pub reason: String,
}

/// `POST /v3/payscore/serviceorder/{out_order_no}/complete`
///
/// Completes a service order and charges it (完结支付分订单).
///
/// Official docs: [merchant API index](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(POST, "/v3/payscore/serviceorder/<out_order_no>/complete", response = ServiceOrder)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompleteServiceOrder {
    /// The merchant's service order number (商户服务订单号).
    pub out_order_no: String,
    /// The appid (公众账号ID).
    pub appid: String,
    /// The service id (服务ID).
    pub service_id: String,
    /// Post-paid items, with amounts (后付费项目).
    pub post_payments: Vec<PostPayment>,
    /// Discounts, with amounts (商户优惠).
    pub post_discounts: Option<Vec<PostDiscount>>,
    /// Total in fen: payments minus discounts (总金额).
    pub total_amount: i64,
    /// When (服务时间段).
    pub time_range: Option<TimeRange>,
    /// Where (服务位置).
    pub location: Option<Location>,
    /// Whether the payment will be profit-shared (微信支付服务分账标记).
    pub profit_sharing: Option<bool>,
    /// Discount tag (订单优惠标记).
    pub goods_tag: Option<String>,
    /// Devices (设备信息).
    pub device: Option<Device>,
}

/// `POST /v3/payscore/serviceorder/{out_order_no}/pay`
///
/// Asks WeChat Pay to charge a completed order again (商户发起催收扣款).
///
/// Official docs: [merchant API index](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(POST, "/v3/payscore/serviceorder/<out_order_no>/pay", response = ServiceOrderAck)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayServiceOrder {
    /// The merchant's service order number (商户服务订单号).
    pub out_order_no: String,
    /// The appid (公众账号ID).
    pub appid: String,
    /// The service id (服务ID).
    pub service_id: String,
}

/// `POST /v3/payscore/serviceorder/{out_order_no}/sync`
///
/// Reports that the user paid by another channel (同步服务订单信息), `type` `Order_Paid`.
///
/// Official docs: [merchant API index](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(POST, "/v3/payscore/serviceorder/<out_order_no>/sync", response = ServiceOrder)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncServiceOrder {
    /// The merchant's service order number (商户服务订单号).
    pub out_order_no: String,
    /// The appid (公众账号ID).
    pub appid: String,
    /// The service id (服务ID).
    pub service_id: String,
    /// Scene, `Order_Paid` (场景类型).
    #[serde(rename = "type")]
    pub kind: String,
    /// Detail (内容信息详情).
    pub detail: SyncDetail,
}

// ---------------------------------------------------------------------------------------------
// User authorizations (免确认模式)

/// `POST /v3/payscore/permissions`
///
/// Pre-authorizes a user: the answer's token opens the authorization page (商户预授权).
///
/// Official docs: [商户预授权](https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-auth/apply-permissions.html).
#[endpoint(POST, "/v3/payscore/permissions", response = ApplyPermissionsResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplyPermissions {
    /// The service id (服务ID).
    pub service_id: String,
    /// The appid (公众账号ID).
    pub appid: String,
    /// The merchant's authorization number (授权协议号).
    pub authorization_code: String,
    /// Where authorization notifications go (通知地址).
    pub notify_url: Option<String>,
}

/// The answer of [`ApplyPermissions`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplyPermissionsResponse {
    /// Opens the authorization page, valid for an hour (预授权token).
    pub apply_permissions_token: String,
}

wire_enum! {
    /// Whether the user authorized the service (授权状态).
    pub enum AuthorizationState {
        /// `UNAVAILABLE`: not authorized.
        Unavailable = "UNAVAILABLE",
        /// `AVAILABLE`: authorized.
        Available = "AVAILABLE",
        /// `UNBINDUSER`: pre-authorized, user not bound yet.
        UnbindUser = "UNBINDUSER",
    }
}

/// A user's authorization of a service (用户授权记录).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Permissions {
    /// The service id (服务ID).
    pub service_id: String,
    /// The appid of the latest authorization (应用ID).
    pub appid: String,
    /// The merchant id of the latest authorization (商户号).
    pub mchid: String,
    /// The user's openid (用户标识).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub openid: Option<String>,
    /// The authorization number (授权协议号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_code: Option<String>,
    /// State (授权状态).
    pub authorization_state: AuthorizationState,
    /// Where notifications go (授权通知地址).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify_url: Option<String>,
    /// When last revoked, RFC 3339 (最近一次解除授权时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancel_authorization_time: Option<String>,
    /// When last authorized, RFC 3339 (最近一次授权成功时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_success_time: Option<String>,
}

/// `GET /v3/payscore/permissions/authorization-code/{authorization_code}`
///
/// Queries a user's authorization by authorization number (查询用户授权记录（授权协议号）).
///
/// Official docs: [merchant API index](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(
    GET,
    "/v3/payscore/permissions/authorization-code/<authorization_code>",
    response = Permissions
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryPermissionsByCode {
    /// The authorization number (授权协议号).
    pub authorization_code: String,
    /// The service id (服务ID).
    pub service_id: String,
}

/// `POST /v3/payscore/permissions/authorization-code/{authorization_code}/terminate`
///
/// Revokes a user's authorization by authorization number (解除用户授权（授权协议号）).
/// Answers 204.
///
/// Official docs: [解除用户授权](https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-auth/terminate-permissions-by-code.html).
#[endpoint(
    POST,
    "/v3/payscore/permissions/authorization-code/<authorization_code>/terminate"
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TerminatePermissionsByCode {
    /// The authorization number (授权协议号).
    pub authorization_code: String,
    /// The service id (服务ID).
    pub service_id: String,
    /// Why, ≤ 50 characters (撤销原因).
    pub reason: String,
}

/// `GET /v3/payscore/permissions/openid/{openid}`
///
/// Queries a user's authorization by openid (查询用户授权记录（openid）).
///
/// Official docs: [merchant API index](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(GET, "/v3/payscore/permissions/openid/<openid>", response = Permissions)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryPermissionsByOpenid {
    /// The user's openid (用户标识).
    pub openid: String,
    /// The appid (公众账号ID).
    pub appid: String,
    /// The service id (服务ID).
    pub service_id: String,
}

/// `POST /v3/payscore/permissions/openid/{openid}/terminate`
///
/// Revokes a user's authorization by openid (解除用户授权（openid）). Answers 204.
///
/// Official docs: [merchant API index](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(POST, "/v3/payscore/permissions/openid/<openid>/terminate")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TerminatePermissionsByOpenid {
    /// The user's openid (用户标识).
    pub openid: String,
    /// The service id (服务ID).
    pub service_id: String,
    /// The appid (公众账号ID).
    pub appid: String,
    /// Why, ≤ 50 characters (撤销原因).
    pub reason: String,
}

// ---------------------------------------------------------------------------------------------
// Service providers

/// `POST /v3/payscore/partner/serviceorder`
///
/// Creates a service order for a sub-merchant (服务商创建支付分订单).
///
/// Official docs: [创建支付分订单](https://pay.weixin.qq.com/doc/v3/partner/4012692136).
#[endpoint(POST, "/v3/payscore/partner/serviceorder", response = ServiceOrder)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerCreateServiceOrder {
    /// The service id (服务ID).
    pub service_id: String,
    /// The service provider's appid (公众账号ID).
    pub appid: String,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: String,
    /// The sub-merchant's appid (子商户公众账号ID).
    pub sub_appid: Option<String>,
    /// The merchant's service order number (商户服务订单号).
    pub out_order_no: String,
    /// What the service is, ≤ 20 characters (服务信息).
    pub service_introduction: String,
    /// Post-paid items (后付费项目).
    pub post_payments: Option<Vec<PostPayment>>,
    /// Discounts (商户优惠).
    pub post_discounts: Option<Vec<PostDiscount>>,
    /// Risk fund (服务风险金).
    pub risk_fund: RiskFund,
    /// When (服务时间段).
    pub time_range: TimeRange,
    /// Where (服务位置).
    pub location: Option<Location>,
    /// The merchant's data (商户数据包).
    pub attach: Option<String>,
    /// Where notifications go (商户回调地址).
    pub notify_url: String,
    /// The user's openid under `appid` (用户标识).
    pub openid: Option<String>,
    /// The user's openid under `sub_appid` (子商户用户标识).
    pub sub_openid: Option<String>,
    /// Whether the user confirms the order (是否需要用户确认).
    pub need_user_confirm: Option<bool>,
    /// Devices (设备信息).
    pub device: Option<Device>,
}

/// `GET /v3/payscore/partner/serviceorder`
///
/// Queries a sub-merchant's service order by `out_order_no` or `query_id` (服务商查询支付分订单).
///
/// Official docs: [查询支付分订单](https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-order/get-partner-service-order.html).
#[endpoint(GET, "/v3/payscore/partner/serviceorder", response = ServiceOrder)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerQueryServiceOrder {
    /// The service id (服务ID).
    pub service_id: Option<String>,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: String,
    /// The merchant's service order number (商户服务订单号).
    pub out_order_no: Option<String>,
    /// The query id the confirmation page handed back (查单ID).
    pub query_id: Option<String>,
}

/// `POST /v3/payscore/partner/serviceorder/{out_order_no}/cancel`
///
/// Cancels a sub-merchant's service order (服务商取消支付分订单).
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
#[endpoint(
    POST,
    "/v3/payscore/partner/serviceorder/<out_order_no>/cancel",
    response = ServiceOrderAck
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerCancelServiceOrder {
    /// The merchant's service order number (商户服务订单号).
    pub out_order_no: String,
    /// The service id (服务ID).
    pub service_id: String,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: String,
    /// Why, ≤ 50 characters (取消原因).
    pub reason: String,
}

/// `POST /v3/payscore/partner/serviceorder/{out_order_no}/modify`
///
/// Changes the amount of a sub-merchant's completed order (服务商修改订单金额).
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
#[endpoint(
    POST,
    "/v3/payscore/partner/serviceorder/<out_order_no>/modify",
    response = ServiceOrder
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerModifyServiceOrder {
    /// The merchant's service order number (商户服务订单号).
    pub out_order_no: String,
    /// The service id (服务ID).
    pub service_id: String,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: String,
    /// Post-paid items (后付费项目).
    pub post_payments: Vec<PostPayment>,
    /// Discounts (商户优惠).
    pub post_discounts: Option<Vec<PostDiscount>>,
    /// New total in fen (总金额).
    pub total_amount: i64,
    /// Why (修改原因).
    pub reason: String,
}

/// `POST /v3/payscore/partner/serviceorder/{out_order_no}/complete`
///
/// Completes a sub-merchant's service order (服务商完结支付分订单).
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
#[endpoint(
    POST,
    "/v3/payscore/partner/serviceorder/<out_order_no>/complete",
    response = ServiceOrder
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerCompleteServiceOrder {
    /// The merchant's service order number (商户服务订单号).
    pub out_order_no: String,
    /// The service id (服务ID).
    pub service_id: String,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: String,
    /// Post-paid items, with amounts (后付费项目).
    pub post_payments: Vec<PostPayment>,
    /// Discounts, with amounts (商户优惠).
    pub post_discounts: Option<Vec<PostDiscount>>,
    /// Total in fen: payments minus discounts (总金额).
    pub total_amount: i64,
    /// When (服务时间段).
    pub time_range: Option<TimeRange>,
    /// Where (服务位置).
    pub location: Option<Location>,
    /// Whether the payment will be profit-shared (微信支付服务分账标记).
    pub profit_sharing: Option<bool>,
    /// Discount tag (订单优惠标记).
    pub goods_tag: Option<String>,
    /// Devices (设备信息).
    pub device: Option<Device>,
}

/// `POST /v3/payscore/partner/serviceorder/{out_order_no}/pay`
///
/// Asks WeChat Pay to charge a sub-merchant's completed order again (服务商发起催收扣款).
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
#[endpoint(
    POST,
    "/v3/payscore/partner/serviceorder/<out_order_no>/pay",
    response = ServiceOrderAck
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerPayServiceOrder {
    /// The merchant's service order number (商户服务订单号).
    pub out_order_no: String,
    /// The service id (服务ID).
    pub service_id: String,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: String,
}

/// `POST /v3/payscore/partner/serviceorder/{out_order_no}/sync`
///
/// Reports that the user paid a sub-merchant's order by another channel (服务商同步订单状态).
///
/// Official docs: [同步支付分订单状态](https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-order/sync-partner-service-order.html).
#[endpoint(
    POST,
    "/v3/payscore/partner/serviceorder/<out_order_no>/sync",
    response = ServiceOrder
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerSyncServiceOrder {
    /// The merchant's service order number (商户服务订单号).
    pub out_order_no: String,
    /// The service id (服务ID).
    pub service_id: String,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: String,
    /// Scene, `Order_Paid` (场景类型).
    #[serde(rename = "type")]
    pub kind: String,
    /// Detail (内容信息详情).
    pub detail: SyncDetail,
}
