//! Direct-merchant payments (直连商户): `/v3/pay/transactions/…`.
//!
//! JSAPI serves official accounts and mini-programs alike (小程序支付 is JSAPI下单).

use serde::{Deserialize, Serialize};

use super::{
    Amount, AppPrepayResponse, CodepayPayer, CodepaySceneInfo, Detail, H5PrepayResponse,
    JsapiPrepayResponse, NativePrepayResponse, Payer, SceneInfo, SettleInfo, Transaction,
};
use crate::endpoint;

/// `POST /v3/pay/transactions/jsapi`
///
/// Places a JSAPI or mini-program order (JSAPI/小程序下单); sign the answer's `prepay_id` with
/// [`JsapiPrepayResponse::jsapi_params`] for the front end.
///
/// Official docs: [JSAPI下单](https://pay.weixin.qq.com/doc/v3/merchant/4012791897).
#[endpoint(POST, "/v3/pay/transactions/jsapi", response = JsapiPrepayResponse)]
#[derive(Debug, Clone, PartialEq)]
pub struct JsapiPrepay {
    /// The appid of the official account or mini-program (应用ID).
    pub appid: String,
    /// The merchant id (直连商户号).
    pub mchid: String,
    /// What is sold (商品描述).
    pub description: String,
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
    /// Payment deadline, RFC 3339 (支付结束时间).
    pub time_expire: Option<String>,
    /// The merchant's data, returned as is (附加数据).
    pub attach: Option<String>,
    /// Where the payment notification goes, HTTPS (商户回调地址).
    pub notify_url: String,
    /// Discount tag (订单优惠标记).
    pub goods_tag: Option<String>,
    /// Whether to show the e-invoice entry (电子发票入口开放标识).
    pub support_fapiao: Option<bool>,
    /// Amount (订单金额).
    pub amount: Amount,
    /// The payer (支付者).
    pub payer: Payer,
    /// Goods details (优惠功能).
    pub detail: Option<Detail>,
    /// Scene (场景信息).
    pub scene_info: Option<SceneInfo>,
    /// Settlement (结算信息).
    pub settle_info: Option<SettleInfo>,
}

/// `POST /v3/pay/transactions/app`
///
/// Places an App order (APP下单); sign the answer with [`AppPrepayResponse::app_params`].
///
/// Official docs: [APP支付](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(POST, "/v3/pay/transactions/app", response = AppPrepayResponse)]
#[derive(Debug, Clone, PartialEq)]
pub struct AppPrepay {
    /// The mobile app's appid (应用ID).
    pub appid: String,
    /// The merchant id (直连商户号).
    pub mchid: String,
    /// What is sold (商品描述).
    pub description: String,
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
    /// Payment deadline, RFC 3339 (支付结束时间).
    pub time_expire: Option<String>,
    /// The merchant's data, returned as is (附加数据).
    pub attach: Option<String>,
    /// Where the payment notification goes, HTTPS (商户回调地址).
    pub notify_url: String,
    /// Discount tag (订单优惠标记).
    pub goods_tag: Option<String>,
    /// Whether to show the e-invoice entry (电子发票入口开放标识).
    pub support_fapiao: Option<bool>,
    /// Amount (订单金额).
    pub amount: Amount,
    /// Goods details (优惠功能).
    pub detail: Option<Detail>,
    /// Scene (场景信息).
    pub scene_info: Option<SceneInfo>,
    /// Settlement (结算信息).
    pub settle_info: Option<SettleInfo>,
}

/// `POST /v3/pay/transactions/h5`
///
/// Places an H5 order, paid in a mobile browser outside WeChat (H5下单). `scene_info.h5_info`
/// is required.
///
/// Official docs: [H5支付](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(POST, "/v3/pay/transactions/h5", response = H5PrepayResponse)]
#[derive(Debug, Clone, PartialEq)]
pub struct H5Prepay {
    /// The appid (应用ID).
    pub appid: String,
    /// The merchant id (直连商户号).
    pub mchid: String,
    /// What is sold (商品描述).
    pub description: String,
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
    /// Payment deadline, RFC 3339 (支付结束时间).
    pub time_expire: Option<String>,
    /// The merchant's data, returned as is (附加数据).
    pub attach: Option<String>,
    /// Where the payment notification goes, HTTPS (商户回调地址).
    pub notify_url: String,
    /// Discount tag (订单优惠标记).
    pub goods_tag: Option<String>,
    /// Whether to show the e-invoice entry (电子发票入口开放标识).
    pub support_fapiao: Option<bool>,
    /// Amount (订单金额).
    pub amount: Amount,
    /// Goods details (优惠功能).
    pub detail: Option<Detail>,
    /// Scene, with `h5_info` (场景信息).
    pub scene_info: SceneInfo,
    /// Settlement (结算信息).
    pub settle_info: Option<SettleInfo>,
}

/// `POST /v3/pay/transactions/native`
///
/// Places a Native (QR code) order (Native下单); render the answer's `code_url` as a QR code.
///
/// Official docs: [Native支付](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(POST, "/v3/pay/transactions/native", response = NativePrepayResponse)]
#[derive(Debug, Clone, PartialEq)]
pub struct NativePrepay {
    /// The appid (应用ID).
    pub appid: String,
    /// The merchant id (直连商户号).
    pub mchid: String,
    /// What is sold (商品描述).
    pub description: String,
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
    /// Payment deadline, RFC 3339 (支付结束时间).
    pub time_expire: Option<String>,
    /// The merchant's data, returned as is (附加数据).
    pub attach: Option<String>,
    /// Where the payment notification goes, HTTPS (商户回调地址).
    pub notify_url: String,
    /// Discount tag (订单优惠标记).
    pub goods_tag: Option<String>,
    /// Whether to show the e-invoice entry (电子发票入口开放标识).
    pub support_fapiao: Option<bool>,
    /// Amount (订单金额).
    pub amount: Amount,
    /// Goods details (优惠功能).
    pub detail: Option<Detail>,
    /// Scene (场景信息).
    pub scene_info: Option<SceneInfo>,
    /// Settlement (结算信息).
    pub settle_info: Option<SettleInfo>,
}

/// `GET /v3/pay/transactions/id/{transaction_id}`
///
/// Queries a paid order by WeChat Pay's order number (微信支付订单号查询订单).
///
/// Official docs: [微信支付订单号查询订单](https://pay.weixin.qq.com/doc/v3/merchant/4013070354).
#[endpoint(GET, "/v3/pay/transactions/id/<transaction_id>", response = Transaction)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryByTransactionId {
    /// WeChat Pay's order number (微信支付订单号).
    pub transaction_id: String,
    /// The merchant id (直连商户号).
    pub mchid: String,
}

/// `GET /v3/pay/transactions/out-trade-no/{out_trade_no}`
///
/// Queries an order by the merchant's order number, paid or not (商户订单号查询订单).
///
/// Official docs: [商户订单号查询订单](https://pay.weixin.qq.com/doc/v3/merchant/4013070356).
#[endpoint(GET, "/v3/pay/transactions/out-trade-no/<out_trade_no>", response = Transaction)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryByOutTradeNo {
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
    /// The merchant id (直连商户号).
    pub mchid: String,
}

/// `POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close`
///
/// Closes an unpaid order (关闭订单). Answers 204.
///
/// Official docs: [关闭订单](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(POST, "/v3/pay/transactions/out-trade-no/<out_trade_no>/close")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CloseOrder {
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
    /// The merchant id (直连商户号).
    pub mchid: String,
}

/// `POST /v3/pay/transactions/codepay`
///
/// Charges the user's payment code a cashier scanned (付款码支付). Answers the order; when its
/// state is `USERPAYING`, query until it settles, and [`ReverseOrder`] if it does not.
///
/// Official docs: [付款码支付](https://pay.weixin.qq.com/docs/merchant/apis/code-payment-v3/direct/code-pay.html).
#[endpoint(POST, "/v3/pay/transactions/codepay", response = Transaction)]
#[derive(Debug, Clone, PartialEq)]
pub struct CodePay {
    /// The appid (应用ID).
    pub appid: String,
    /// The merchant id (直连商户号).
    pub mchid: String,
    /// What is sold (商品描述).
    pub description: String,
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
    /// The merchant's data, returned as is (附加数据).
    pub attach: Option<String>,
    /// Discount tag (订单优惠标记).
    pub goods_tag: Option<String>,
    /// Whether to show the e-invoice entry (电子发票入口开放标识).
    pub support_fapiao: Option<bool>,
    /// The payer's code (支付者).
    pub payer: CodepayPayer,
    /// Amount (订单金额).
    pub amount: Amount,
    /// Scene (场景信息).
    pub scene_info: CodepaySceneInfo,
    /// Goods details (优惠功能).
    pub detail: Option<Detail>,
    /// Settlement (结算信息).
    pub settle_info: Option<SettleInfo>,
}

/// `POST /v3/pay/transactions/out-trade-no/{out_trade_no}/reverse`
///
/// Revokes a 付款码 order whose result is unknown or failed (撤销订单): an unpaid order is
/// closed, a paid one refunded.
///
/// Official docs: [撤销](https://pay.weixin.qq.com/docs/merchant/apis/code-payment-v3/direct/reverse.html).
#[endpoint(
    POST,
    "/v3/pay/transactions/out-trade-no/<out_trade_no>/reverse",
    response = ReverseResponse
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReverseOrder {
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
    /// The appid (应用ID).
    pub appid: String,
    /// The merchant id (直连商户号).
    pub mchid: String,
}

/// The answer of [`ReverseOrder`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReverseResponse {
    /// The appid (应用ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appid: Option<String>,
    /// The merchant id (直连商户号).
    pub mchid: String,
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
}
