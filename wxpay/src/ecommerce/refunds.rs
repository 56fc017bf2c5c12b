//! Refunds of e-commerce orders (电商收付通退款): `/v3/ecommerce/refunds/…`.

use serde::{Deserialize, Serialize};

use crate::endpoint;
use crate::model::wire_enum;

/// `POST /v3/ecommerce/refunds/apply`
///
/// Refunds an order of a second-level merchant (退款申请).
///
/// Official docs: [partner](https://pay.weixin.qq.com/docs/partner/apis/ecommerce-refund/refunds/create-refund.html).
#[endpoint(POST, "/v3/ecommerce/refunds/apply", response = ApplyRefundResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplyRefund {
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// The platform's AppID (电商平台APPID).
    pub sp_appid: String,
    /// The second-level merchant's AppID (二级商户APPID).
    pub sub_appid: Option<String>,
    /// The WeChat Pay order; this or `out_trade_no` (微信订单号).
    pub transaction_id: Option<String>,
    /// The merchant's order number; this or `transaction_id` (商户订单号).
    pub out_trade_no: Option<String>,
    /// The platform's refund number (商户退款单号).
    pub out_refund_no: String,
    /// Why, shown to the payer (退款原因).
    pub reason: Option<String>,
    /// Amounts (订单金额).
    pub amount: RefundAmountRequest,
    /// Where the refund result is notified (退款结果回调url).
    pub notify_url: Option<String>,
    /// Who funds the refund (退款出资商户).
    pub refund_account: Option<RefundAccount>,
    /// Which funds account pays, e.g. `AVAILABLE` (资金账户).
    pub funds_account: Option<String>,
}

/// Amounts of a refund request (订单金额).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefundAmountRequest {
    /// Refund amount in fen (退款金额).
    pub refund: i64,
    /// Which accounts fund it, and how much (退款出资账户及金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Vec<RefundFrom>>,
    /// The order's total in fen (原订单金额).
    pub total: i64,
    /// Currency, `CNY` (退款币种).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}

/// An account funding a refund (退款出资账户及金额).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefundFrom {
    /// The account (出资账户类型).
    pub account: FromAccount,
    /// Amount in fen (出资金额).
    pub amount: i64,
}

/// The answer of [`ApplyRefund`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplyRefundResponse {
    /// WeChat Pay's refund number (微信退款单号).
    pub refund_id: String,
    /// The platform's refund number (商户退款单号).
    pub out_refund_no: String,
    /// When the refund was created, RFC 3339 (退款创建时间).
    pub create_time: String,
    /// Amounts (订单金额).
    pub amount: RefundAmount,
    /// Coupons refunded (优惠退款详情).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promotion_detail: Option<Vec<RefundPromotion>>,
    /// Who funds the refund (退款出资商户).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_account: Option<RefundAccount>,
}

/// Amounts of a refund (退款金额信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefundAmount {
    /// Refund amount in fen (退款金额).
    pub refund: i64,
    /// Which accounts funded it (退款出资账户及金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Vec<RefundFrom>>,
    /// What the payer gets back, in fen (用户退款金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payer_refund: Option<i64>,
    /// Coupon part, in fen (优惠退款金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_refund: Option<i64>,
    /// Currency, `CNY` (退款币种).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Amount advanced by the platform, in fen (垫付金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advance: Option<i64>,
    /// Fee refunded, in fen (手续费退款金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_fee: Option<i64>,
}

/// A coupon refunded (优惠退款详情).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefundPromotion {
    /// Coupon id (券ID).
    pub promotion_id: String,
    /// Scope (优惠范围).
    pub scope: PromotionScope,
    /// Kind (优惠类型).
    #[serde(rename = "type")]
    pub kind: PromotionType,
    /// Face value in fen (优惠券面额).
    pub amount: i64,
    /// Refunded coupon amount in fen (优惠退款金额).
    pub refund_amount: i64,
    /// Goods refunded (商品列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_detail: Option<Vec<RefundGoods>>,
}

/// A refunded good (商品).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefundGoods {
    /// Merchant's goods code (商户侧商品编码).
    pub merchant_goods_id: String,
    /// WeChat Pay's goods code (微信侧商品编码).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wechatpay_goods_id: Option<String>,
    /// Name (商品名称).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_name: Option<String>,
    /// Unit price in fen (商品单价).
    pub unit_price: i64,
    /// Refunded amount in fen (商品退款金额).
    pub refund_amount: i64,
    /// Quantity returned (商品退货数量).
    pub refund_quantity: i64,
}

/// `GET /v3/ecommerce/refunds/id/{refund_id}`
///
/// Queries a refund by WeChat Pay's refund number (通过微信支付退款单号查询退款).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/refunds/chapter3_2.shtml).
#[endpoint(GET, "/v3/ecommerce/refunds/id/<refund_id>", response = Refund)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryRefundById {
    /// WeChat Pay's refund number (微信退款单号).
    pub refund_id: String,
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
}

/// `GET /v3/ecommerce/refunds/out-refund-no/{out_refund_no}`
///
/// Queries a refund by the platform's refund number (通过商户退款单号查询退款).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/refunds/chapter3_2.shtml).
#[endpoint(GET, "/v3/ecommerce/refunds/out-refund-no/<out_refund_no>", response = Refund)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryRefundByOutRefundNo {
    /// The platform's refund number (商户退款单号).
    pub out_refund_no: String,
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
}

/// A refund (退款单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refund {
    /// WeChat Pay's refund number (微信退款单号).
    pub refund_id: String,
    /// The platform's refund number (商户退款单号).
    pub out_refund_no: String,
    /// The WeChat Pay order (微信订单号).
    pub transaction_id: String,
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
    /// Where the money goes back (退款渠道).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<RefundChannel>,
    /// The account credited, e.g. `招商银行信用卡0403` (退款入账账户).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_received_account: Option<String>,
    /// When it succeeded, RFC 3339 (退款成功时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_time: Option<String>,
    /// When it was created, RFC 3339 (退款创建时间).
    pub create_time: String,
    /// State (退款状态).
    pub status: RefundStatus,
    /// Which funds account paid (资金账户).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funds_account: Option<String>,
    /// Amounts (金额信息).
    pub amount: RefundAmount,
    /// Coupons refunded (营销详情).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promotion_detail: Option<Vec<RefundPromotion>>,
    /// Who funded the refund (退款出资商户).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_account: Option<RefundAccount>,
}

/// `POST /v3/ecommerce/refunds/{refund_id}/return-advance`
///
/// Takes an advanced refund back from the second-level merchant (垫付退款回补).
///
/// Official docs: [partner](https://pay.weixin.qq.com/docs/partner/apis/ecommerce-refund/refunds/create-return-advance.html).
#[endpoint(POST, "/v3/ecommerce/refunds/<refund_id>/return-advance", response = AdvanceReturn)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReturnAdvance {
    /// WeChat Pay's refund number (微信退款单号).
    pub refund_id: String,
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
}

/// `GET /v3/ecommerce/refunds/{refund_id}/return-advance`
///
/// Queries the return of an advanced refund (查询垫付回补结果).
///
/// Official docs: [partner](https://pay.weixin.qq.com/docs/partner/apis/ecommerce-refund/refunds/query-return-advance.html).
#[endpoint(GET, "/v3/ecommerce/refunds/<refund_id>/return-advance", response = AdvanceReturn)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryReturnAdvance {
    /// WeChat Pay's refund number (微信退款单号).
    pub refund_id: String,
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
}

/// The return of an advanced refund (垫付回补单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdvanceReturn {
    /// WeChat Pay's refund number (微信退款单号).
    pub refund_id: String,
    /// WeChat Pay's return number (微信回补单号).
    pub advance_return_id: String,
    /// Amount in fen (垫付回补金额).
    pub return_amount: i64,
    /// Paying merchant (出款方商户号).
    pub payer_mchid: String,
    /// Paying account, e.g. `BASIC` (出款方账户).
    pub payer_account: String,
    /// Receiving merchant (入账方商户号).
    pub payee_mchid: String,
    /// Receiving account (入账方账户).
    pub payee_account: String,
    /// Result (垫付回补结果).
    pub result: AdvanceReturnResult,
    /// When it finished, RFC 3339 (垫付回补完成时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_time: Option<String>,
}

/// `POST /v3/ecommerce/refunds/{refund_id}/apply-abnormal-refund`
///
/// Resends an abnormal refund to a bank card (发起异常退款). Answers the refund.
///
/// Official docs: [partner](https://pay.weixin.qq.com/docs/partner/apis/ecommerce-refund/refunds/create-abnormal-refund.html).
#[endpoint(
    POST,
    "/v3/ecommerce/refunds/<refund_id>/apply-abnormal-refund",
    response = Refund
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplyAbnormalRefund {
    /// WeChat Pay's refund number (微信退款单号).
    pub refund_id: String,
    /// The second-level merchant (二级商户号).
    pub sub_mchid: Option<String>,
    /// Authorization id of a personal payee (个人收款方受理授权ID).
    pub individual_auth_id: Option<String>,
    /// The platform's refund number (商户退款单号).
    pub out_refund_no: String,
    /// How to handle it (异常退款处理方式).
    #[serde(rename = "type")]
    pub kind: AbnormalRefundType,
    /// The bank, e.g. `ICBC_DEBIT` (开户银行).
    pub bank_type: Option<String>,
    /// Card number; the client encrypts it (收款银行卡号).
    #[encrypt]
    pub bank_account: Option<String>,
    /// Card holder; the client encrypts it (收款用户姓名).
    #[encrypt]
    pub real_name: Option<String>,
}

wire_enum! {
    /// Who funds a refund (退款出资商户).
    pub enum RefundAccount {
        /// `REFUND_SOURCE_SUB_MERCHANT`: the second-level merchant.
        SubMerchant = "REFUND_SOURCE_SUB_MERCHANT",
        /// `REFUND_SOURCE_PARTNER_ADVANCE`: the platform advances it.
        PartnerAdvance = "REFUND_SOURCE_PARTNER_ADVANCE",
    }
}

wire_enum! {
    /// An account funding a refund (出资账户类型).
    pub enum FromAccount {
        /// `AVAILABLE`: available balance.
        Available = "AVAILABLE",
        /// `UNAVAILABLE`: unavailable (frozen) balance.
        Unavailable = "UNAVAILABLE",
    }
}

wire_enum! {
    /// Where refunded money goes (退款渠道).
    pub enum RefundChannel {
        /// `ORIGINAL`: back the way it came.
        Original = "ORIGINAL",
        /// `BALANCE`: the payer's balance.
        Balance = "BALANCE",
        /// `OTHER_BALANCE`: another balance, the original account being unusable.
        OtherBalance = "OTHER_BALANCE",
        /// `OTHER_BANKCARD`: another bank card.
        OtherBankcard = "OTHER_BANKCARD",
    }
}

wire_enum! {
    /// State of a refund (退款状态).
    pub enum RefundStatus {
        /// `SUCCESS`: refunded.
        Success = "SUCCESS",
        /// `CLOSED`: closed.
        Closed = "CLOSED",
        /// `PROCESSING`: being processed.
        Processing = "PROCESSING",
        /// `ABNORMAL`: failed; see [`ApplyAbnormalRefund`].
        Abnormal = "ABNORMAL",
    }
}

wire_enum! {
    /// Scope of a coupon (优惠范围).
    pub enum PromotionScope {
        /// `GLOBAL`: the whole order.
        Global = "GLOBAL",
        /// `SINGLE`: one good.
        Single = "SINGLE",
    }
}

wire_enum! {
    /// Kind of coupon (优惠类型).
    pub enum PromotionType {
        /// `COUPON`: funded coupon (代金券).
        Coupon = "COUPON",
        /// `DISCOUNT`: unfunded discount (优惠券).
        Discount = "DISCOUNT",
    }
}

wire_enum! {
    /// Result of an advance return (垫付回补结果).
    pub enum AdvanceReturnResult {
        /// `SUCCESS`: returned.
        Success = "SUCCESS",
        /// `FAILED`: failed.
        Failed = "FAILED",
        /// `PROCESSING`: being processed.
        Processing = "PROCESSING",
    }
}

wire_enum! {
    /// How an abnormal refund is handled (异常退款处理方式).
    pub enum AbnormalRefundType {
        /// `USER_BANK_CARD`: to the payer's bank card.
        UserBankCard = "USER_BANK_CARD",
        /// `MERCHANT_BANK_CARD`: to the merchant's bank account.
        MerchantBankCard = "MERCHANT_BANK_CARD",
    }
}
