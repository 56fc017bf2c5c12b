//! Domestic refunds (退款): `/v3/refund/domestic/refunds…`, for direct merchants and service
//! providers (who add `sub_mchid`), and the refund notification's resource.

use serde::{Deserialize, Serialize};

use crate::endpoint;
use crate::model::wire_enum;

wire_enum! {
    /// Where a refund's money comes from (退款资金来源).
    pub enum FundsAccount {
        /// `AVAILABLE`: the available balance (可用余额).
        Available = "AVAILABLE",
        /// `UNSETTLED`: unsettled funds (未结算资金).
        Unsettled = "UNSETTLED",
        /// `UNAVAILABLE`: unavailable balance (不可用余额).
        Unavailable = "UNAVAILABLE",
        /// `OPERATION`: the operation account (运营户).
        Operation = "OPERATION",
        /// `BASIC`: the basic account (基本账户).
        Basic = "BASIC",
        /// `ECNY_BASIC`: the e-CNY basic account (数字人民币基本账户).
        EcnyBasic = "ECNY_BASIC",
    }
}

/// A part of the refund taken from one account (退款出资账户及金额).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FundsFrom {
    /// The account (出资账户类型).
    pub account: FundsAccount,
    /// Amount in fen (出资金额).
    pub amount: i64,
}

/// The amounts of a refund request (金额信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefundRequestAmount {
    /// Refund in fen (退款金额).
    pub refund: i64,
    /// Accounts to take the refund from (退款出资账户及金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Vec<FundsFrom>>,
    /// The original order's total in fen (原订单金额).
    pub total: i64,
    /// Currency, `CNY` (退款币种).
    pub currency: String,
}

/// A refunded item (退款商品).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefundGoodsDetail {
    /// The merchant's goods code (商户侧商品编码).
    pub merchant_goods_id: String,
    /// WeChat Pay's goods code (微信支付商品编码).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wechatpay_goods_id: Option<String>,
    /// Goods name (商品名称).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_name: Option<String>,
    /// Unit price in fen (商品单价).
    pub unit_price: i64,
    /// Refunded amount in fen (商品退款金额).
    pub refund_amount: i64,
    /// Refunded quantity (商品退货数量).
    pub refund_quantity: i64,
}

/// `POST /v3/refund/domestic/refunds`
///
/// Refunds a paid order, wholly or partly (退款申请). Idempotent on `out_refund_no`. Give
/// `transaction_id` or `out_trade_no`.
///
/// Official docs: [merchant API index](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(POST, "/v3/refund/domestic/refunds", response = Refund)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRefund {
    /// The sub-merchant id, service-provider mode (子商户号).
    pub sub_mchid: Option<String>,
    /// WeChat Pay's order number (微信支付订单号).
    pub transaction_id: Option<String>,
    /// The merchant's order number (商户订单号).
    pub out_trade_no: Option<String>,
    /// The merchant's refund number (商户退款单号).
    pub out_refund_no: String,
    /// Why, shown to the user (退款原因).
    pub reason: Option<String>,
    /// Where the refund notification goes (退款结果回调url).
    pub notify_url: Option<String>,
    /// Take the refund from this account; `AVAILABLE` only (退款资金来源).
    pub funds_account: Option<FundsAccount>,
    /// Amounts (金额信息).
    pub amount: RefundRequestAmount,
    /// Refunded goods (退款商品).
    pub goods_detail: Option<Vec<RefundGoodsDetail>>,
}

/// `GET /v3/refund/domestic/refunds/{out_refund_no}`
///
/// Queries a refund by the merchant's refund number (查询单笔退款).
///
/// Official docs: [merchant API index](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(GET, "/v3/refund/domestic/refunds/<out_refund_no>", response = Refund)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryRefund {
    /// The merchant's refund number (商户退款单号).
    pub out_refund_no: String,
    /// The sub-merchant id, service-provider mode (子商户号).
    pub sub_mchid: Option<String>,
}

wire_enum! {
    /// How an abnormal refund is paid out (异常退款处理方式).
    pub enum AbnormalRefundType {
        /// `USER_BANK_CARD`: to the user's bank card.
        UserBankCard = "USER_BANK_CARD",
        /// `MERCHANT_BANK_CARD`: to the merchant's bank account.
        MerchantBankCard = "MERCHANT_BANK_CARD",
    }
}

/// `POST /v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund`
///
/// Pays out a refund whose state is `ABNORMAL` another way (发起异常退款). To a user's card,
/// `bank_type`, `bank_account` and `real_name` are required; the last two are encrypted by the
/// client.
///
/// Official docs: [merchant](https://pay.weixin.qq.com/docs/merchant/apis/refund/refunds/create-abnormal-refund.html),
/// [partner](https://pay.weixin.qq.com/doc/v3/partner/4017150905).
#[endpoint(
    POST,
    "/v3/refund/domestic/refunds/<refund_id>/apply-abnormal-refund",
    response = Refund
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplyAbnormalRefund {
    /// WeChat Pay's refund number (微信支付退款单号).
    pub refund_id: String,
    /// The sub-merchant id, service-provider mode (子商户号).
    pub sub_mchid: Option<String>,
    /// The merchant's refund number (商户退款单号).
    pub out_refund_no: String,
    /// How to pay it out (异常退款处理方式).
    #[serde(rename = "type")]
    pub kind: AbnormalRefundType,
    /// The user's bank, e.g. `ICBC_DEBIT` (开户银行).
    pub bank_type: Option<String>,
    /// The user's card number, encrypted at send time (收款银行卡号).
    #[encrypt]
    pub bank_account: Option<String>,
    /// The user's name, encrypted at send time (收款用户姓名).
    #[encrypt]
    pub real_name: Option<String>,
}

wire_enum! {
    /// Where a refund went (退款渠道).
    pub enum RefundChannel {
        /// `ORIGINAL`: back the way it was paid.
        Original = "ORIGINAL",
        /// `BALANCE`: to the user's WeChat balance.
        Balance = "BALANCE",
        /// `OTHER_BALANCE`: to another balance, the original account being unusable.
        OtherBalance = "OTHER_BALANCE",
        /// `OTHER_BANKCARD`: to another bank card, the original card being unusable.
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
        /// `PROCESSING`: in progress.
        Processing = "PROCESSING",
        /// `ABNORMAL`: failed; see [`ApplyAbnormalRefund`].
        Abnormal = "ABNORMAL",
    }
}

/// The amounts of a refund (金额信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefundAmount {
    /// The original order's total in fen (订单金额).
    pub total: i64,
    /// Refund in fen (退款金额).
    pub refund: i64,
    /// Accounts the refund was taken from (退款出资账户及金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Vec<FundsFrom>>,
    /// What the user paid, in fen (用户实际支付金额).
    pub payer_total: i64,
    /// What the user gets back, in fen (用户退款金额).
    pub payer_refund: i64,
    /// Refund net of non-settled coupons, in fen (应结退款金额).
    pub settlement_refund: i64,
    /// Order total net of non-settled coupons, in fen (应结订单金额).
    pub settlement_total: i64,
    /// Coupon part of the refund, in fen (优惠退款金额).
    pub discount_refund: i64,
    /// Currency (退款币种).
    pub currency: String,
    /// Refunded fee, in fen (手续费退款金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_fee: Option<i64>,
}

/// A discount refunded with a refund (优惠退款信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefundPromotionDetail {
    /// Coupon id (券ID).
    pub promotion_id: String,
    /// Scope, `GLOBAL` or `SINGLE` (优惠范围).
    pub scope: String,
    /// Kind, `COUPON` or `DISCOUNT` (优惠类型).
    #[serde(rename = "type")]
    pub kind: String,
    /// Coupon amount in fen (优惠券面额).
    pub amount: i64,
    /// Refunded coupon amount in fen (优惠退款金额).
    pub refund_amount: i64,
    /// Refunded goods (商品列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_detail: Option<Vec<RefundGoodsDetail>>,
}

/// A refund (退款单): the answer of [`CreateRefund`], [`QueryRefund`] and
/// [`ApplyAbnormalRefund`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refund {
    /// WeChat Pay's refund number (微信支付退款单号).
    pub refund_id: String,
    /// The merchant's refund number (商户退款单号).
    pub out_refund_no: String,
    /// WeChat Pay's order number (微信支付订单号).
    pub transaction_id: String,
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
    /// Where the money goes (退款渠道).
    pub channel: RefundChannel,
    /// The receiving account, in words (退款入账账户).
    pub user_received_account: String,
    /// When it succeeded, RFC 3339 (退款成功时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_time: Option<String>,
    /// When it was created, RFC 3339 (退款创建时间).
    pub create_time: String,
    /// State (退款状态).
    pub status: RefundStatus,
    /// The account the refund was taken from (资金账户).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funds_account: Option<FundsAccount>,
    /// Amounts (金额信息).
    pub amount: RefundAmount,
    /// Refunded discounts (优惠退款信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promotion_detail: Option<Vec<RefundPromotionDetail>>,
}

/// The amounts of a refund notification (金额信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefundNotificationAmount {
    /// The original order's total in fen (订单金额).
    pub total: i64,
    /// Refund in fen (退款金额).
    pub refund: i64,
    /// What the user paid, in fen (用户实际支付金额).
    pub payer_total: i64,
    /// What the user gets back, in fen (用户退款金额).
    pub payer_refund: i64,
}

/// The resource of a refund notification (退款结果通知: `REFUND.SUCCESS`, `REFUND.ABNORMAL`,
/// `REFUND.CLOSED`), decrypted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefundNotification {
    /// The merchant id, direct mode (直连商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mchid: Option<String>,
    /// The service provider's merchant id (服务商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sp_mchid: Option<String>,
    /// The sub-merchant id (子商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_mchid: Option<String>,
    /// WeChat Pay's order number (微信支付订单号).
    pub transaction_id: String,
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
    /// WeChat Pay's refund number (微信支付退款单号).
    pub refund_id: String,
    /// The merchant's refund number (商户退款单号).
    pub out_refund_no: String,
    /// State (退款状态).
    pub refund_status: RefundStatus,
    /// When it succeeded, RFC 3339 (退款成功时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_time: Option<String>,
    /// The receiving account, in words (退款入账账户).
    pub user_received_account: String,
    /// Amounts (金额信息).
    pub amount: RefundNotificationAmount,
}
