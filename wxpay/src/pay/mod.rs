//! Basic payments (基础支付): prepay, query, close and 付款码 for direct merchants
//! ([`transactions`]), service providers ([`partner`]) and combined orders ([`combine`]).
//!
//! The models shared by those modules live here: the order amount, payer, goods detail, scene
//! and settlement blocks of the prepay requests, the prepay answers with their
//! payment-parameter helpers ([`JsapiPrepayResponse::jsapi_params`],
//! [`AppPrepayResponse::app_params`]), and the transaction resources that queries answer and
//! payment notifications carry ([`Transaction`], [`PartnerTransaction`]).

use serde::{Deserialize, Serialize};

use crate::model::wire_enum;
use crate::{AppPayParams, Client, Error, JsapiPayParams};

pub mod combine;
pub mod partner;
pub mod transactions;

/// The order amount of a prepay request (订单金额).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Amount {
    /// Total in fen (总金额，单位分).
    pub total: i64,
    /// Currency, `CNY` (货币类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}

impl Amount {
    /// `total` fen in CNY.
    pub fn cny(total: i64) -> Self {
        Amount {
            total,
            currency: Some("CNY".to_owned()),
        }
    }
}

/// The payer of a direct-merchant JSAPI/mini-program order (支付者).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payer {
    /// The user's openid under `appid` (用户标识).
    pub openid: String,
}

/// Goods details of an order, for single-item discounts (优惠功能).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Detail {
    /// The original price in fen (订单原价).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_price: Option<i64>,
    /// The merchant's receipt id (商品小票ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_id: Option<String>,
    /// The goods (单品列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_detail: Option<Vec<GoodsDetail>>,
}

/// One item of [`Detail`] (单品).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoodsDetail {
    /// The merchant's goods code (商户侧商品编码).
    pub merchant_goods_id: String,
    /// WeChat Pay's goods code (微信支付商品编码).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wechatpay_goods_id: Option<String>,
    /// Goods name (商品名称).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_name: Option<String>,
    /// Quantity (商品数量).
    pub quantity: i64,
    /// Unit price in fen (商品单价).
    pub unit_price: i64,
}

/// Where the payment happens (场景信息).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SceneInfo {
    /// The user's client IP, IPv4 or IPv6 (用户终端IP).
    pub payer_client_ip: String,
    /// The merchant's device number (商户端设备号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// The store (商户门店信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_info: Option<StoreInfo>,
    /// H5 scene, required for H5 payments (H5场景信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub h5_info: Option<H5Info>,
}

/// A store (商户门店信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoreInfo {
    /// Store id (门店编号).
    pub id: String,
    /// Store name (门店名称).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Administrative area code (地区编码).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area_code: Option<String>,
    /// Address (详细地址).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

/// H5 scene of an H5 payment (H5场景信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct H5Info {
    /// Scene type: `iOS`, `Android` or `Wap` (场景类型).
    #[serde(rename = "type")]
    pub kind: String,
    /// App name (应用名称).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_name: Option<String>,
    /// Site URL (网站URL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_url: Option<String>,
    /// iOS bundle id (iOS平台BundleID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bundle_id: Option<String>,
    /// Android package name (Android平台PackageName).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package_name: Option<String>,
}

/// Settlement of an order (结算信息).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SettleInfo {
    /// Whether the order will be profit-shared (是否指定分账).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profit_sharing: Option<bool>,
}

/// The answer of a JSAPI, mini-program or App prepay: the `prepay_id` (预支付交易会话标识),
/// valid for two hours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsapiPrepayResponse {
    /// Prepay session id (预支付交易会话标识).
    pub prepay_id: String,
}

impl JsapiPrepayResponse {
    /// Signs the parameters of `wx.requestPayment` / `getBrandWCPayRequest` for this prepay id
    /// with the merchant key (`paySign`, RSA). `app_id` is the appid the order was placed with
    /// (`sub_appid` when the service provider's user is a sub-merchant's).
    pub fn jsapi_params(&self, client: &Client, app_id: &str) -> Result<JsapiPayParams, Error> {
        client.signer().jsapi_pay_params(app_id, &self.prepay_id)
    }
}

/// The answer of an App prepay: the `prepay_id` (预支付交易会话标识).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppPrepayResponse {
    /// Prepay session id (预支付交易会话标识).
    pub prepay_id: String,
}

impl AppPrepayResponse {
    /// Signs the App SDK's `PayReq` for this prepay id. `partner_id` is the merchant id (the
    /// sub-merchant id `sub_mchid` for service providers).
    pub fn app_params(
        &self,
        client: &Client,
        appid: &str,
        partner_id: &str,
    ) -> Result<AppPayParams, Error> {
        client
            .signer()
            .app_pay_params(appid, partner_id, &self.prepay_id)
    }
}

/// The answer of an H5 prepay (H5下单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct H5PrepayResponse {
    /// The page that starts the payment, valid for five minutes (支付跳转链接).
    pub h5_url: String,
}

/// The answer of a Native prepay (Native下单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NativePrepayResponse {
    /// The `weixin://` link to render as a QR code (二维码链接).
    pub code_url: String,
}

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

/// The payer of a 付款码 payment: the code the cashier scanned (支付者).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodepayPayer {
    /// The user's payment code, 18 digits (授权码).
    pub auth_code: String,
}

/// The scene of a 付款码 payment (场景信息).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CodepaySceneInfo {
    /// The merchant's device number (商户端设备号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// The merchant's device IP (商户端设备IP).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_ip: Option<String>,
    /// The store (商户门店信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_info: Option<CodepayStoreInfo>,
}

/// The store of a 付款码 payment (商户门店信息).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CodepayStoreInfo {
    /// Store id (门店编号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The merchant's own store code (商家自定义编码).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub out_id: Option<String>,
}
