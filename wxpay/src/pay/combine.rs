//! Combined payments (合单支付): one payment for several sub-orders, possibly of several
//! merchants: `/v3/combine-transactions/…`. Used by direct merchants and service providers
//! alike (a sub-order names its `sub_mchid` in the service-provider mode).

use serde::{Deserialize, Serialize};

use super::{
    AppPrepayResponse, Detail, H5Info, H5PrepayResponse, JsapiPrepayResponse, NativePrepayResponse,
    PromotionDetail, TradeState, TradeType,
};
use crate::endpoint;

/// The payer of a combined order (支付者).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CombinePayerInfo {
    /// The user's openid under `combine_appid` (用户标识).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub openid: Option<String>,
}

/// The scene of a combined order (场景信息).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CombineSceneInfo {
    /// The merchant's device number (商户端设备号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// The user's client IP (用户终端IP).
    pub payer_client_ip: String,
    /// H5 scene, required for H5 (H5场景信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub h5_info: Option<H5Info>,
}

/// The amount of a sub-order (订单金额).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CombineAmount {
    /// Sub-order total in fen (标价金额).
    pub total_amount: i64,
    /// Currency, `CNY` (标价币种).
    pub currency: String,
}

/// Settlement of a sub-order (结算信息).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CombineSettleInfo {
    /// Whether the sub-order will be profit-shared (是否指定分账).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profit_sharing: Option<bool>,
    /// Subsidy in fen (补差金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subsidy_amount: Option<i64>,
}

/// A sub-order of a combined prepay request (子单信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CombineSubOrder {
    /// The sub-order's merchant id (子单商户号).
    pub mchid: String,
    /// The merchant's data, returned as is (附加数据).
    pub attach: String,
    /// Amount (订单金额).
    pub amount: CombineAmount,
    /// The sub-order number (子单商户订单号).
    pub out_trade_no: String,
    /// The sub-merchant id, service-provider mode (二级商户号/子商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_mchid: Option<String>,
    /// The sub-merchant's appid (子商户应用ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_appid: Option<String>,
    /// Goods details (订单详情).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<Detail>,
    /// Discount tag (订单优惠标记).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goods_tag: Option<String>,
    /// What is sold (商品描述).
    pub description: String,
    /// Settlement (结算信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settle_info: Option<CombineSettleInfo>,
}

/// `POST /v3/combine-transactions/jsapi`
///
/// Places a combined JSAPI or mini-program order (合单JSAPI/小程序下单); sign the answer with
/// [`JsapiPrepayResponse::jsapi_params`] and `combine_appid`.
///
/// Official docs: [合单支付](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(POST, "/v3/combine-transactions/jsapi", response = JsapiPrepayResponse)]
#[derive(Debug, Clone, PartialEq)]
pub struct JsapiPrepay {
    /// The combined order's appid (合单发起方的appid).
    pub combine_appid: String,
    /// The combined order's merchant id (合单发起方商户号).
    pub combine_mchid: String,
    /// The combined order number (合单商户订单号).
    pub combine_out_trade_no: String,
    /// Scene (场景信息).
    pub scene_info: Option<CombineSceneInfo>,
    /// Sub-orders, 2 to 50 (子单信息).
    pub sub_orders: Vec<CombineSubOrder>,
    /// The payer (支付者).
    pub combine_payer_info: CombinePayerInfo,
    /// When the order was placed, RFC 3339 (交易起始时间).
    pub time_start: Option<String>,
    /// Payment deadline, RFC 3339 (交易结束时间).
    pub time_expire: Option<String>,
    /// Where the payment notification goes (通知地址).
    pub notify_url: String,
}

/// `POST /v3/combine-transactions/app`
///
/// Places a combined App order (合单APP下单); sign the answer with
/// [`AppPrepayResponse::app_params`].
///
/// Official docs: [合单支付](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(POST, "/v3/combine-transactions/app", response = AppPrepayResponse)]
#[derive(Debug, Clone, PartialEq)]
pub struct AppPrepay {
    /// The combined order's appid (合单发起方的appid).
    pub combine_appid: String,
    /// The combined order's merchant id (合单发起方商户号).
    pub combine_mchid: String,
    /// The combined order number (合单商户订单号).
    pub combine_out_trade_no: String,
    /// Scene (场景信息).
    pub scene_info: Option<CombineSceneInfo>,
    /// Sub-orders, 2 to 50 (子单信息).
    pub sub_orders: Vec<CombineSubOrder>,
    /// The payer (支付者).
    pub combine_payer_info: Option<CombinePayerInfo>,
    /// When the order was placed, RFC 3339 (交易起始时间).
    pub time_start: Option<String>,
    /// Payment deadline, RFC 3339 (交易结束时间).
    pub time_expire: Option<String>,
    /// Where the payment notification goes (通知地址).
    pub notify_url: String,
}

/// `POST /v3/combine-transactions/h5`
///
/// Places a combined H5 order (合单H5下单); `scene_info.h5_info` is required.
///
/// Official docs: [合单支付](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(POST, "/v3/combine-transactions/h5", response = H5PrepayResponse)]
#[derive(Debug, Clone, PartialEq)]
pub struct H5Prepay {
    /// The combined order's appid (合单发起方的appid).
    pub combine_appid: String,
    /// The combined order's merchant id (合单发起方商户号).
    pub combine_mchid: String,
    /// The combined order number (合单商户订单号).
    pub combine_out_trade_no: String,
    /// Scene, with `h5_info` (场景信息).
    pub scene_info: CombineSceneInfo,
    /// Sub-orders, 2 to 50 (子单信息).
    pub sub_orders: Vec<CombineSubOrder>,
    /// The payer (支付者).
    pub combine_payer_info: Option<CombinePayerInfo>,
    /// When the order was placed, RFC 3339 (交易起始时间).
    pub time_start: Option<String>,
    /// Payment deadline, RFC 3339 (交易结束时间).
    pub time_expire: Option<String>,
    /// Where the payment notification goes (通知地址).
    pub notify_url: String,
}

/// `POST /v3/combine-transactions/native`
///
/// Places a combined Native (QR code) order (合单Native下单).
///
/// Official docs: [合单支付](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(POST, "/v3/combine-transactions/native", response = NativePrepayResponse)]
#[derive(Debug, Clone, PartialEq)]
pub struct NativePrepay {
    /// The combined order's appid (合单发起方的appid).
    pub combine_appid: String,
    /// The combined order's merchant id (合单发起方商户号).
    pub combine_mchid: String,
    /// The combined order number (合单商户订单号).
    pub combine_out_trade_no: String,
    /// Scene (场景信息).
    pub scene_info: Option<CombineSceneInfo>,
    /// Sub-orders, 2 to 50 (子单信息).
    pub sub_orders: Vec<CombineSubOrder>,
    /// The payer (支付者).
    pub combine_payer_info: Option<CombinePayerInfo>,
    /// When the order was placed, RFC 3339 (交易起始时间).
    pub time_start: Option<String>,
    /// Payment deadline, RFC 3339 (交易结束时间).
    pub time_expire: Option<String>,
    /// Where the payment notification goes (通知地址).
    pub notify_url: String,
}

/// `GET /v3/combine-transactions/out-trade-no/{combine_out_trade_no}`
///
/// Queries a combined order and its sub-orders (合单查询订单).
///
/// Official docs: [合单支付](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(
    GET,
    "/v3/combine-transactions/out-trade-no/<combine_out_trade_no>",
    response = CombineTransaction
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryCombineOrder {
    /// The combined order number (合单商户订单号).
    pub combine_out_trade_no: String,
}

/// A sub-order to close (子单信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CloseSubOrder {
    /// The sub-order's merchant id (子单商户号).
    pub mchid: String,
    /// The sub-order number (子单商户订单号).
    pub out_trade_no: String,
    /// The sub-merchant id, service-provider mode (子商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_mchid: Option<String>,
    /// The sub-merchant's appid (子商户应用ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_appid: Option<String>,
}

/// `POST /v3/combine-transactions/out-trade-no/{combine_out_trade_no}/close`
///
/// Closes an unpaid combined order (合单关闭订单). Answers 204.
///
/// Official docs: [合单支付](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(
    POST,
    "/v3/combine-transactions/out-trade-no/<combine_out_trade_no>/close"
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CloseCombineOrder {
    /// The combined order number (合单商户订单号).
    pub combine_out_trade_no: String,
    /// The combined order's appid (合单发起方的appid).
    pub combine_appid: String,
    /// The sub-orders to close (子单信息).
    pub sub_orders: Vec<CloseSubOrder>,
}

/// The amounts of a paid sub-order (订单金额).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CombineTransactionAmount {
    /// Sub-order total in fen (标价金额).
    pub total_amount: i64,
    /// What the user paid, in fen (现金支付金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payer_amount: Option<i64>,
    /// Currency (标价币种).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The user's currency (现金支付币种).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payer_currency: Option<String>,
    /// Exchange rate ×10⁸, for foreign currencies (结算汇率).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settlement_rate: Option<i64>,
}

/// A sub-order of a [`CombineTransaction`] (子单信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CombineSubTransaction {
    /// The sub-order's merchant id (子单商户号).
    pub mchid: String,
    /// How it was paid (交易类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trade_type: Option<TradeType>,
    /// State (交易状态).
    pub trade_state: TradeState,
    /// The paying bank (付款银行).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_type: Option<String>,
    /// The merchant's data (附加数据).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attach: Option<String>,
    /// When it was paid, RFC 3339 (支付完成时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_time: Option<String>,
    /// WeChat Pay's order number (微信订单号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// The sub-order number (子单商户订单号).
    pub out_trade_no: String,
    /// The sub-merchant id (子商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_mchid: Option<String>,
    /// The sub-merchant's appid (子商户应用ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_appid: Option<String>,
    /// The user's openid under `sub_appid` (子商户用户标识).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_openid: Option<String>,
    /// Amounts (订单金额).
    pub amount: CombineTransactionAmount,
    /// Discounts (优惠功能).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promotion_detail: Option<Vec<PromotionDetail>>,
}

/// The scene of a combined transaction (场景信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CombineTransactionSceneInfo {
    /// The merchant's device number (商户端设备号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
}

/// A combined order (合单订单): the answer of [`QueryCombineOrder`] and the resource of the
/// combined payment notification (合单支付成功通知).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CombineTransaction {
    /// The combined order's appid (合单发起方的appid).
    pub combine_appid: String,
    /// The combined order's merchant id (合单发起方商户号).
    pub combine_mchid: String,
    /// The combined order number (合单商户订单号).
    pub combine_out_trade_no: String,
    /// Scene (场景信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scene_info: Option<CombineTransactionSceneInfo>,
    /// Sub-orders (子单信息).
    pub sub_orders: Vec<CombineSubTransaction>,
    /// The payer (支付者).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub combine_payer_info: Option<CombinePayerInfo>,
}
