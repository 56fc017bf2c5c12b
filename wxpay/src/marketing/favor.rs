//! Cash coupons (代金券): `/v3/marketing/favor/…`.

use serde::{Deserialize, Serialize};

use super::busifavor::BackgroundColor;
use crate::endpoint;
use crate::model::wire_enum;

// ---------------------------------------------------------------------------------------------
// Stocks (批次)
// ---------------------------------------------------------------------------------------------

/// `POST /v3/marketing/favor/coupon-stocks`
///
/// Creates a cash coupon stock, prepaid or not (创建代金券批次). It must be started with
/// [`StartStock`] before coupons can be issued.
///
/// Official docs: [partner](https://pay.weixin.qq.com/doc/v3/partner/4012534537).
#[endpoint(POST, "/v3/marketing/favor/coupon-stocks", response = CreateStockResponse)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateStock {
    /// Stock name, at most 9 Chinese characters or 20 letters (批次名称).
    pub stock_name: String,
    /// A note only the merchant sees (批次备注).
    pub comment: Option<String>,
    /// The merchant the stock belongs to: the caller for now (归属商户号).
    pub belong_merchant: String,
    /// Start of availability, RFC 3339 (可用时间-开始时间).
    pub available_begin_time: String,
    /// End of availability, RFC 3339 (可用时间-结束时间).
    pub available_end_time: String,
    /// Issuing rules (发放规则).
    pub stock_use_rule: StockUseRule,
    /// Display style (样式设置).
    pub pattern_info: Option<PatternInfo>,
    /// Redemption rules (核销规则).
    pub coupon_use_rule: CouponUseRule,
    /// `true` for a no-prepayment stock (营销经费: 是否免充值).
    pub no_cash: bool,
    /// Kind of stock: `NORMAL` (批次类型).
    pub stock_type: StockType,
    /// The merchant's request number, unique (商户单据号).
    pub out_request_no: String,
    /// Extension, a JSON string (扩展属性).
    pub ext_info: Option<String>,
}

/// The answer of [`CreateStock`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateStockResponse {
    /// The new stock id (批次号).
    pub stock_id: String,
    /// When it was created, RFC 3339 (创建时间).
    pub create_time: String,
}

/// `POST /v3/marketing/favor/stocks/{stock_id}/start`
///
/// Starts (activates) a stock (激活代金券批次); a prepaid stock locks its budget.
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_3.shtml).
#[endpoint(POST, "/v3/marketing/favor/stocks/<stock_id>/start", response = StartStockResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartStock {
    /// The stock id (批次号).
    pub stock_id: String,
    /// The merchant that created the stock (创建批次的商户号).
    pub stock_creator_mchid: String,
}

/// The answer of [`StartStock`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartStockResponse {
    /// When the stock started, RFC 3339 (生效时间).
    pub start_time: String,
    /// The stock id (批次号).
    pub stock_id: String,
}

/// `POST /v3/marketing/favor/stocks/{stock_id}/pause`
///
/// Pauses issuing a stock (暂停代金券批次).
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_13.shtml).
#[endpoint(POST, "/v3/marketing/favor/stocks/<stock_id>/pause", response = PauseStockResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PauseStock {
    /// The stock id (批次号).
    pub stock_id: String,
    /// The merchant that created the stock (创建批次的商户号).
    pub stock_creator_mchid: String,
}

/// The answer of [`PauseStock`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PauseStockResponse {
    /// When the stock was paused, RFC 3339 (暂停时间).
    pub pause_time: String,
    /// The stock id (批次号).
    pub stock_id: String,
}

/// `POST /v3/marketing/favor/stocks/{stock_id}/restart`
///
/// Resumes issuing a paused stock (重启代金券批次).
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_14.shtml).
#[endpoint(
    POST,
    "/v3/marketing/favor/stocks/<stock_id>/restart",
    response = RestartStockResponse
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestartStock {
    /// The stock id (批次号).
    pub stock_id: String,
    /// The merchant that created the stock (创建批次的商户号).
    pub stock_creator_mchid: String,
}

/// The answer of [`RestartStock`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RestartStockResponse {
    /// When the stock resumed, RFC 3339 (生效时间).
    pub restart_time: String,
    /// The stock id (批次号).
    pub stock_id: String,
}

/// `GET /v3/marketing/favor/stocks`
///
/// Lists stocks by filters (条件查询批次列表).
///
/// Official docs: [merchant](https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/stock/list-stocks.html).
#[endpoint(GET, "/v3/marketing/favor/stocks", response = StockList)]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListStocks {
    /// Page offset, from 0 (分页页码).
    pub offset: u32,
    /// Page size, 1 to 10 (分页大小).
    pub limit: u32,
    /// The merchant that created the stocks (创建批次的商户号).
    pub stock_creator_mchid: String,
    /// Created at or after, RFC 3339 (起始时间).
    pub create_start_time: Option<String>,
    /// Created before, RFC 3339 (终止时间).
    pub create_end_time: Option<String>,
    /// Only stocks in this state (批次状态).
    pub status: Option<StockStatus>,
}

/// The answer of [`ListStocks`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StockList {
    /// Total number of stocks (批次总数).
    pub total_count: i64,
    /// The stocks (批次详情).
    #[serde(default)]
    pub data: Vec<Stock>,
    /// Page size (分页大小).
    pub limit: i64,
    /// Page offset (分页页码).
    pub offset: i64,
}

/// `GET /v3/marketing/favor/stocks/{stock_id}`
///
/// Queries a stock (查询批次详情).
///
/// Official docs: [merchant](https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/stock/query-stock.html).
#[endpoint(GET, "/v3/marketing/favor/stocks/<stock_id>", response = Stock)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryStock {
    /// The stock id (批次号).
    pub stock_id: String,
    /// The merchant that created the stock (创建批次的商户号).
    pub stock_creator_mchid: String,
}

/// A cash coupon stock (代金券批次).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stock {
    /// The stock id (批次号).
    pub stock_id: String,
    /// The merchant that created it (创建批次的商户号).
    pub stock_creator_mchid: String,
    /// Stock name (批次名称).
    pub stock_name: String,
    /// State (批次状态).
    pub status: StockStatus,
    /// When it was created, RFC 3339 (创建时间).
    pub create_time: String,
    /// Terms of use (使用说明).
    pub description: String,
    /// Rules (满减券批次使用规则).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_use_rule: Option<StockUseRule>,
    /// Start of availability, RFC 3339 (可用开始时间).
    pub available_begin_time: String,
    /// End of availability, RFC 3339 (可用结束时间).
    pub available_end_time: String,
    /// Coupons issued so far (已发券数量).
    pub distributed_coupons: i64,
    /// Whether it is a no-prepayment stock (是否无资金流).
    pub no_cash: bool,
    /// When it was started, RFC 3339 (激活批次的时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// When it was stopped, RFC 3339 (终止批次的时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_time: Option<String>,
    /// Rule of a "cut to" stock (减至批次特定信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cut_to_message: Option<CutToMessage>,
    /// Whether it applies to single items (是否单品优惠).
    pub singleitem: bool,
    /// Kind of stock (批次类型).
    pub stock_type: StockType,
    /// Business type, e.g. `MULTIUSE` (业务类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_type: Option<String>,
}

/// `GET /v3/marketing/favor/stocks/{stock_id}/merchants`
///
/// Lists the merchants where a stock's coupons can be used (查询代金券可用商户).
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_7.shtml).
#[endpoint(
    GET,
    "/v3/marketing/favor/stocks/<stock_id>/merchants",
    response = StockMerchantList
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListStockMerchants {
    /// The stock id (批次号).
    pub stock_id: String,
    /// Page offset, from 0 (分页页码).
    pub offset: u32,
    /// Page size, at most 50 (分页大小).
    pub limit: u32,
    /// The merchant that created the stock (创建批次的商户号).
    pub stock_creator_mchid: String,
}

/// The answer of [`ListStockMerchants`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StockMerchantList {
    /// Total number of merchants (可用商户总数量).
    pub total_count: i64,
    /// The merchant ids (可用商户列表).
    #[serde(default)]
    pub data: Vec<String>,
    /// Page offset (分页页码).
    pub offset: i64,
    /// Page size (分页大小).
    pub limit: i64,
    /// The stock id (批次号).
    pub stock_id: String,
}

/// `GET /v3/marketing/favor/stocks/{stock_id}/items`
///
/// Lists the goods codes a single-item stock applies to (查询代金券可用单品).
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_8.shtml).
#[endpoint(GET, "/v3/marketing/favor/stocks/<stock_id>/items", response = StockItemList)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListStockItems {
    /// The stock id (批次号).
    pub stock_id: String,
    /// The merchant that created the stock (创建批次的商户号).
    pub stock_creator_mchid: String,
    /// Page offset, from 0 (分页页码).
    pub offset: u32,
    /// Page size, at most 100 (分页大小).
    pub limit: u32,
}

/// The answer of [`ListStockItems`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StockItemList {
    /// Total number of goods codes (可用单品编码总数).
    pub total_count: i64,
    /// The goods codes (可用单品编码).
    #[serde(default)]
    pub data: Vec<String>,
    /// Page offset (分页页码).
    pub offset: i64,
    /// Page size (分页大小).
    pub limit: i64,
    /// The stock id (批次号).
    pub stock_id: String,
}

/// `GET /v3/marketing/favor/stocks/{stock_id}/use-flow`
///
/// Gets the download link of a stock's redemption details (下载批次核销明细).
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_10.shtml).
#[endpoint(GET, "/v3/marketing/favor/stocks/<stock_id>/use-flow", response = FlowFile)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DownloadStockUseFlow {
    /// The stock id (批次号).
    pub stock_id: String,
}

/// `GET /v3/marketing/favor/stocks/{stock_id}/refund-flow`
///
/// Gets the download link of a stock's refund details (下载批次退款明细).
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_11.shtml).
#[endpoint(GET, "/v3/marketing/favor/stocks/<stock_id>/refund-flow", response = FlowFile)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DownloadStockRefundFlow {
    /// The stock id (批次号).
    pub stock_id: String,
}

/// A detail file to download (明细文件).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlowFile {
    /// Download URL, valid for a short time (下载链接).
    pub url: String,
    /// Digest of the file (安全校验码).
    pub hash_value: String,
    /// Digest algorithm, `SHA1` (哈希算法类型).
    pub hash_type: String,
}

// ---------------------------------------------------------------------------------------------
// Coupons (券)
// ---------------------------------------------------------------------------------------------

/// `POST /v3/marketing/favor/users/{openid}/coupons`
///
/// Issues a coupon of a stock to a user (发放代金券). Idempotent on `out_request_no`.
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_2.shtml).
#[endpoint(POST, "/v3/marketing/favor/users/<openid>/coupons", response = SendCouponResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendCoupon {
    /// The user's openid under `appid` (用户openid).
    pub openid: String,
    /// The stock id (批次号).
    pub stock_id: String,
    /// The merchant's request number, the idempotency key (商户单据号).
    pub out_request_no: String,
    /// The AppID the openid belongs to (公众账号ID).
    pub appid: String,
    /// The merchant that created the stock (创建批次的商户号).
    pub stock_creator_mchid: String,
    /// Face value in fen, for stocks issued at a chosen value (指定面额发券: 面额).
    pub coupon_value: Option<i64>,
    /// Minimum spend in fen, with `coupon_value` (指定面额发券: 券门槛).
    pub coupon_minimum: Option<i64>,
}

/// The answer of [`SendCoupon`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SendCouponResponse {
    /// The coupon id (代金券id).
    pub coupon_id: String,
}

/// `GET /v3/marketing/favor/users/{openid}/coupons/{coupon_id}`
///
/// Queries a user's coupon, with its redemption when used (查询代金券详情).
///
/// Official docs: [merchant](https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/coupon/query-coupon.html).
#[endpoint(GET, "/v3/marketing/favor/users/<openid>/coupons/<coupon_id>", response = Coupon)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryCoupon {
    /// The user's openid under `appid` (用户openid).
    pub openid: String,
    /// The coupon id (代金券id).
    pub coupon_id: String,
    /// The AppID the openid belongs to (公众账号ID).
    pub appid: String,
}

/// `GET /v3/marketing/favor/users/{openid}/coupons`
///
/// Lists a user's coupons by filters (根据过滤条件查询用户的券).
///
/// Official docs: [merchant](https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/coupon/list-coupons-by-filter.html).
#[endpoint(GET, "/v3/marketing/favor/users/<openid>/coupons", response = CouponList)]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListUserCoupons {
    /// The user's openid under `appid` (用户openid).
    pub openid: String,
    /// The AppID the openid belongs to (公众账号ID).
    pub appid: String,
    /// Only this stock (批次号).
    pub stock_id: Option<String>,
    /// Only coupons in this state (券状态).
    pub status: Option<CouponStatus>,
    /// Only stocks created by this merchant (创建批次的商户号).
    pub creator_mchid: Option<String>,
    /// Only stocks issued by this merchant (批次发放商户号).
    pub sender_mchid: Option<String>,
    /// Only coupons usable at this merchant (可用商户号).
    pub available_mchid: Option<String>,
    /// Page offset, from 0 (分页页码).
    pub offset: Option<u32>,
    /// Page size, at most 10 (分页大小).
    pub limit: Option<u32>,
}

/// The answer of [`ListUserCoupons`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CouponList {
    /// The coupons (结果集).
    #[serde(default)]
    pub data: Vec<Coupon>,
    /// Total number of matches (总数量).
    pub total_count: i64,
    /// Page size (分页大小).
    pub limit: i64,
    /// Page offset (分页页码).
    pub offset: i64,
}

/// A user's cash coupon (代金券).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Coupon {
    /// The merchant that created the stock (创建批次的商户号).
    pub stock_creator_mchid: String,
    /// The stock id (批次号).
    pub stock_id: String,
    /// Rule of a "cut to" coupon (减至批次特定信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cut_to_message: Option<CutToMessage>,
    /// Coupon name (代金券名称).
    pub coupon_name: String,
    /// State (代金券状态).
    pub status: CouponStatus,
    /// Terms of use (使用说明).
    pub description: String,
    /// When the user received it, RFC 3339 (领券时间).
    pub create_time: String,
    /// Kind of coupon (券类型).
    pub coupon_type: CouponType,
    /// Whether it is a no-prepayment coupon (是否无资金流).
    pub no_cash: bool,
    /// Start of availability, RFC 3339 (可用开始时间).
    pub available_begin_time: String,
    /// End of availability, RFC 3339 (可用结束时间).
    pub available_end_time: String,
    /// Whether it applies to single items (是否单品优惠).
    pub singleitem: bool,
    /// Face value and threshold of a `NORMAL` coupon (满减券信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normal_coupon_information: Option<FixedNormalCoupon>,
    /// Its redemption, once used (已实扣代金券核销信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consume_information: Option<ConsumeInformation>,
    /// The coupon id (代金券id).
    pub coupon_id: String,
    /// Remaining balance in fen, for multi-use coupons (剩余金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_balance: Option<i64>,
    /// Business type, e.g. `MULTIUSE` (业务类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_type: Option<String>,
}

/// The redemption of a used coupon (已实扣代金券核销信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsumeInformation {
    /// When it was used, RFC 3339 (核销时间).
    pub consume_time: String,
    /// The merchant where it was used (核销商户号).
    pub consume_mchid: String,
    /// The WeChat Pay order number (核销订单号).
    pub transaction_id: String,
    /// Single-item details (单品信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_detail: Option<Vec<GoodsDetail>>,
}

/// A single item of a redemption (单品信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoodsDetail {
    /// Goods code (单品编码).
    pub goods_id: String,
    /// Quantity (单品数量).
    pub quantity: i64,
    /// Unit price in fen (单品单价).
    pub price: i64,
    /// Discount in fen (优惠金额).
    pub discount_amount: i64,
}

// ---------------------------------------------------------------------------------------------
// Event notification URL (消息通知地址)
// ---------------------------------------------------------------------------------------------

/// `POST /v3/marketing/favor/callbacks`
///
/// Sets the URL that receives cash coupon events (设置消息通知地址).
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_12.shtml).
#[endpoint(POST, "/v3/marketing/favor/callbacks", response = SetCallbackResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetCallback {
    /// The merchant id (商户号).
    pub mchid: String,
    /// The notification URL (通知URL地址).
    pub notify_url: String,
    /// Turns notifications on or off (回调开关).
    pub switch: Option<bool>,
}

/// The answer of [`SetCallback`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetCallbackResponse {
    /// When it was changed, RFC 3339 (修改时间).
    pub update_time: String,
    /// The notification URL (通知地址).
    pub notify_url: String,
}

/// `GET /v3/marketing/favor/callbacks`
///
/// Queries the cash coupon event URL (查询消息通知地址).
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_12.shtml).
#[endpoint(GET, "/v3/marketing/favor/callbacks", response = Callback)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryCallback {
    /// The merchant id (商户号).
    pub mchid: String,
}

/// The event notification URL (消息通知地址).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Callback {
    /// The merchant id (商户号).
    pub mchid: String,
    /// The notification URL (通知地址).
    pub notify_url: String,
}

// ---------------------------------------------------------------------------------------------
// Shared models
// ---------------------------------------------------------------------------------------------

wire_enum! {
    /// Kind of cash coupon stock (批次类型).
    pub enum StockType {
        /// `NORMAL`: fixed amount off (固定面额满减券批次).
        Normal = "NORMAL",
        /// `DISCOUNT`: a percentage off (折扣券批次).
        Discount = "DISCOUNT",
        /// `EXCHANGE`: buy at a fixed price (换购券批次).
        Exchange = "EXCHANGE",
        /// `RANDOM`: a random amount (千人千面券批次).
        Random = "RANDOM",
        /// `DISCOUNT_CUT`: amount and percentage off (立减与折扣).
        DiscountCut = "DISCOUNT_CUT",
    }
}

wire_enum! {
    /// State of a stock; lowercase on the wire (批次状态).
    pub enum StockStatus {
        /// `unactivated`: created, not started (未激活).
        Unactivated = "unactivated",
        /// `audit`: under review (审核中).
        Audit = "audit",
        /// `running`: issuing (运行中).
        Running = "running",
        /// `stoped`: stopped (已停止).
        Stoped = "stoped",
        /// `paused`: issuing paused (暂停发放).
        Paused = "paused",
    }
}

wire_enum! {
    /// State of a user's coupon (代金券状态).
    pub enum CouponStatus {
        /// `SENDED`: usable (可用).
        Sended = "SENDED",
        /// `USED`: used (已实扣).
        Used = "USED",
        /// `EXPIRED`: expired (已过期).
        Expired = "EXPIRED",
    }
}

wire_enum! {
    /// Kind of coupon (券类型).
    pub enum CouponType {
        /// `NORMAL`: amount off above a threshold (满减券).
        Normal = "NORMAL",
        /// `CUT_TO`: price cut to an amount (减至券).
        CutTo = "CUT_TO",
    }
}

wire_enum! {
    /// A payment method a coupon is limited to (支付方式).
    pub enum TradeType {
        /// `MICROAPP`: mini program payment (小程序支付).
        Microapp = "MICROAPP",
        /// `APPPAY`: app payment (APP支付).
        Apppay = "APPPAY",
        /// `PPAY`: password-free payment (免密支付).
        Ppay = "PPAY",
        /// `CARD`: payment code (刷卡支付).
        Card = "CARD",
        /// `FACE`: face payment (人脸支付).
        Face = "FACE",
        /// `OTHER`: anything else (其他支付).
        OtherPay = "OTHER",
    }
}

/// Issuing rules and budget of a stock, amounts in fen (发放规则).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct StockUseRule {
    /// Maximum number of coupons (发放总上限).
    pub max_coupons: i64,
    /// Total budget (总预算).
    pub max_amount: i64,
    /// Daily budget (单天预算发放上限).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_amount_by_day: Option<i64>,
    /// Face value and threshold, in answers (固定面额批次特定信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_normal_coupon: Option<FixedNormalCoupon>,
    /// Maximum per user (单个用户可领个数).
    pub max_coupons_per_user: i64,
    /// Kind of coupon, in answers (券类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon_type: Option<CouponType>,
    /// Order tags, in answers (订单优惠标记).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_tag: Option<Vec<String>>,
    /// Payment methods, in answers (支付方式).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trade_type: Option<Vec<TradeType>>,
    /// Whether it combines with other coupons, in answers (是否可叠加其他优惠).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub combine_use: Option<bool>,
    /// Limit per natural person (是否开启自然人限制).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub natural_person_limit: Option<bool>,
    /// Block abuse of the issuing API (api发券防刷).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prevent_api_abuse: Option<bool>,
}

/// Face value and threshold of a coupon, in fen (固定面额满减券使用规则).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FixedNormalCoupon {
    /// Face value (面额).
    pub coupon_amount: i64,
    /// Minimum spend (门槛).
    pub transaction_minimum: i64,
}

/// Display style of a stock (样式设置).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PatternInfo {
    /// Terms of use (使用说明).
    pub description: String,
    /// Merchant logo URL (商户logo).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_logo: Option<String>,
    /// Merchant name (品牌名称).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_name: Option<String>,
    /// Background colour (背景颜色).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub background_color: Option<BackgroundColor>,
    /// Picture on the coupon page (券详情图片).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon_image: Option<String>,
}

/// Redemption rules of a stock (核销规则).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CouponUseRule {
    /// When coupons can be used (券生效时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon_available_time: Option<CouponAvailableTime>,
    /// Face value and threshold (固定面额满减券使用规则).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_normal_coupon: Option<FixedNormalCoupon>,
    /// Order tags the coupon applies to (订单优惠标记).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_tag: Option<Vec<String>>,
    /// Payment channels, e.g. `ICBC_CREDIT` (指定付款方式).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit_pay: Option<Vec<String>>,
    /// Bank card BINs (指定银行卡BIN).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit_card: Option<LimitCard>,
    /// Payment methods (支付方式).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trade_type: Option<Vec<TradeType>>,
    /// Whether it combines with other coupons (是否可叠加其他优惠).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub combine_use: Option<bool>,
    /// Goods codes it applies to (可核销商品编码).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_items: Option<Vec<String>>,
    /// Goods codes it does not apply to (不参与优惠商品编码).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unavailable_items: Option<Vec<String>>,
    /// Merchants where it can be used (可核销商户号).
    pub available_merchants: Vec<String>,
}

/// When coupons can be used (券生效时间).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CouponAvailableTime {
    /// Usable in a fixed window of some weekdays (固定时间段可用).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix_available_time: Option<FixAvailableTime>,
    /// Usable from the day after receipt (领取后N天有效: 领取第二天生效).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_day_available: Option<bool>,
    /// Valid this many minutes after receipt (领取后有效时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_time_after_receive: Option<i64>,
}

/// A fixed window on some weekdays (固定时间段可用).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FixAvailableTime {
    /// Weekdays, 0 = Sunday (可用星期数).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_week_day: Option<Vec<i64>>,
    /// Start, seconds since midnight (当天开始时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub begin_time: Option<i64>,
    /// End, seconds since midnight (当天结束时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<i64>,
}

/// Bank cards a coupon is limited to (指定银行卡BIN).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct LimitCard {
    /// Card name (银行卡名称).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Card BINs (指定卡BIN).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bin: Option<Vec<String>>,
}

/// Rule of a "cut to" coupon, in fen (减至批次特定信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CutToMessage {
    /// Highest unit price it applies to (可用优惠的商品最高单价).
    pub single_price_max: i64,
    /// The price it cuts to (减至后的优惠单价).
    pub cut_to_price: i64,
}
