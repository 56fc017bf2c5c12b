//! The decrypted resources of the payment and refund notifications (hand-written: the
//! description defines no callback payloads, and the generator never writes this file).

use serde::{Deserialize, Serialize};

use crate::model::wire_enum;

wire_enum! {
    /// How the order was paid (交易类型).
    pub enum TradeType {
        /// `JSAPI`: official account or mini-program.
        Jsapi = "JSAPI",
        /// `NATIVE`: QR code.
        Native = "NATIVE",
        /// `APP`: app.
        App = "APP",
        /// `MICROPAY`: payment code (付款码).
        Micropay = "MICROPAY",
        /// `MWEB`: H5.
        Mweb = "MWEB",
        /// `FACEPAY`: face payment.
        Facepay = "FACEPAY",
    }
}

wire_enum! {
    /// State of an order (交易状态).
    pub enum TradeState {
        /// `SUCCESS`: paid.
        Success = "SUCCESS",
        /// `REFUND`: a refund was made.
        Refund = "REFUND",
        /// `NOTPAY`: not paid yet.
        NotPay = "NOTPAY",
        /// `CLOSED`: closed.
        Closed = "CLOSED",
        /// `REVOKED`: revoked (付款码).
        Revoked = "REVOKED",
        /// `USERPAYING`: the user is entering a password (付款码).
        UserPaying = "USERPAYING",
        /// `PAYERROR`: payment failed.
        PayError = "PAYERROR",
    }
}

/// The amounts of a paid order (订单金额).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransactionAmount {
    /// Order total in fen (总金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// What the user paid, in fen (用户支付金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payer_total: Option<i64>,
    /// Currency (货币类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The user's currency (用户支付币种).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payer_currency: Option<String>,
}

/// The payer of a direct-merchant transaction (支付者).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransactionPayer {
    /// The user's openid under `appid` (用户标识).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub openid: Option<String>,
}

/// The scene of a transaction (场景信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransactionSceneInfo {
    /// The merchant's device number (商户端设备号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
}

wire_enum! {
    /// Scope of a discount (优惠范围).
    pub enum PromotionScope {
        /// `GLOBAL`: the whole order.
        Global = "GLOBAL",
        /// `SINGLE`: single items.
        Single = "SINGLE",
    }
}

wire_enum! {
    /// Kind of discount (优惠类型).
    pub enum PromotionType {
        /// `CASH`: a coupon funded in advance (充值型代金券).
        Cash = "CASH",
        /// `NOCASH`: a coupon not funded in advance (免充值型代金券).
        NoCash = "NOCASH",
    }
}

/// A discount applied to a transaction (优惠功能).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PromotionDetail {
    /// Coupon id (券ID).
    pub coupon_id: String,
    /// Coupon name (优惠名称).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Scope (优惠范围).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<PromotionScope>,
    /// Kind (优惠类型).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<PromotionType>,
    /// Discount in fen (优惠券面额).
    pub amount: i64,
    /// The coupon's stock id (活动ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_id: Option<String>,
    /// Paid by WeChat Pay, in fen (微信出资).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wechatpay_contribute: Option<i64>,
    /// Paid by the merchant, in fen (商户出资).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_contribute: Option<i64>,
    /// Paid by others, in fen (其他出资).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_contribute: Option<i64>,
    /// Currency (优惠币种).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The discounted goods (单品列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_detail: Option<Vec<PromotionGoodsDetail>>,
}

/// A discounted item of a [`PromotionDetail`] (单品列表).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PromotionGoodsDetail {
    /// Goods code (商品编码).
    pub goods_id: String,
    /// Quantity (商品数量).
    pub quantity: i64,
    /// Unit price in fen (商品单价).
    pub unit_price: i64,
    /// Discount in fen (商品优惠金额).
    pub discount_amount: i64,
    /// Remark (商品备注).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_remark: Option<String>,
}

/// A direct merchant's order (订单): the answer of the queries and of 付款码 payment, and the
/// resource of the payment notification (支付成功回调通知, `TRANSACTION.SUCCESS`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transaction {
    /// The appid the order was placed with (应用ID).
    pub appid: String,
    /// The merchant id (商户号).
    pub mchid: String,
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
    /// WeChat Pay's order number, once paid (微信支付订单号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// How it was paid (交易类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trade_type: Option<TradeType>,
    /// State (交易状态).
    pub trade_state: TradeState,
    /// State, in words (交易状态描述).
    pub trade_state_desc: String,
    /// The paying bank or `OTHERS` (银行类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_type: Option<String>,
    /// The merchant's data, as sent (附加数据).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attach: Option<String>,
    /// When it was paid, RFC 3339 (支付完成时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_time: Option<String>,
    /// The payer (支付者).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payer: Option<TransactionPayer>,
    /// Amounts (订单金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<TransactionAmount>,
    /// Scene (场景信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scene_info: Option<TransactionSceneInfo>,
    /// Discounts (优惠功能).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promotion_detail: Option<Vec<PromotionDetail>>,
}

/// The payer of a service provider's transaction (支付者).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerTransactionPayer {
    /// The user's openid under `sp_appid` (用户服务标识).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sp_openid: Option<String>,
    /// The user's openid under `sub_appid` (用户子标识).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_openid: Option<String>,
}

/// A service provider's order for a sub-merchant (订单): the answer of the partner queries and
/// of partner 付款码 payment, and the resource of the partner payment notification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerTransaction {
    /// The service provider's appid (服务商应用ID).
    pub sp_appid: String,
    /// The service provider's merchant id (服务商户号).
    pub sp_mchid: String,
    /// The sub-merchant's appid (子商户应用ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_appid: Option<String>,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: String,
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
    /// WeChat Pay's order number, once paid (微信支付订单号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// How it was paid (交易类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trade_type: Option<TradeType>,
    /// State (交易状态).
    pub trade_state: TradeState,
    /// State, in words (交易状态描述).
    pub trade_state_desc: String,
    /// The paying bank or `OTHERS` (银行类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_type: Option<String>,
    /// The merchant's data, as sent (附加数据).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attach: Option<String>,
    /// When it was paid, RFC 3339 (支付完成时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_time: Option<String>,
    /// The payer (支付者).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payer: Option<PartnerTransactionPayer>,
    /// Amounts (订单金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<TransactionAmount>,
    /// Scene (场景信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scene_info: Option<TransactionSceneInfo>,
    /// Discounts (优惠功能).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promotion_detail: Option<Vec<PromotionDetail>>,
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
        /// `ABNORMAL`: failed; see `refund::ApplyAbnormalRefund`.
        Abnormal = "ABNORMAL",
    }
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
