//! Service-provider payments for sub-merchants (服务商模式): `/v3/pay/partner/transactions/…`.
//!
//! The same set as [`super::transactions`], with the service provider's `sp_appid`/`sp_mchid`
//! and the sub-merchant's `sub_appid`/`sub_mchid`.

use serde::{Deserialize, Serialize};

use super::{
    Amount, AppPrepayResponse, CodepayPayer, CodepaySceneInfo, Detail, H5PrepayResponse,
    JsapiPrepayResponse, NativePrepayResponse, PartnerTransaction, SceneInfo, SettleInfo,
};
use crate::endpoint;

/// The payer of a service provider's JSAPI order: one of the two openids (支付者).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PartnerPayer {
    /// The user's openid under `sp_appid` (用户服务标识).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sp_openid: Option<String>,
    /// The user's openid under `sub_appid` (用户子标识).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_openid: Option<String>,
}

/// `POST /v3/pay/partner/transactions/jsapi`
///
/// Places a JSAPI or mini-program order for a sub-merchant (JSAPI/小程序下单); sign the
/// answer with [`JsapiPrepayResponse::jsapi_params`] (with `sub_appid` when the payer is
/// identified by `sub_openid`).
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
#[endpoint(POST, "/v3/pay/partner/transactions/jsapi", response = JsapiPrepayResponse)]
#[derive(Debug, Clone, PartialEq)]
pub struct JsapiPrepay {
    /// The service provider's appid (服务商应用ID).
    pub sp_appid: String,
    /// The service provider's merchant id (服务商户号).
    pub sp_mchid: String,
    /// The sub-merchant's appid (子商户应用ID).
    pub sub_appid: Option<String>,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: String,
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
    pub payer: PartnerPayer,
    /// Goods details (优惠功能).
    pub detail: Option<Detail>,
    /// Scene (场景信息).
    pub scene_info: Option<SceneInfo>,
    /// Settlement (结算信息).
    pub settle_info: Option<SettleInfo>,
}

/// `POST /v3/pay/partner/transactions/app`
///
/// Places an App order for a sub-merchant (APP下单); sign the answer with
/// [`AppPrepayResponse::app_params`], `sub_mchid` as the partner id.
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
#[endpoint(POST, "/v3/pay/partner/transactions/app", response = AppPrepayResponse)]
#[derive(Debug, Clone, PartialEq)]
pub struct AppPrepay {
    /// The service provider's appid (服务商应用ID).
    pub sp_appid: String,
    /// The service provider's merchant id (服务商户号).
    pub sp_mchid: String,
    /// The sub-merchant's appid (子商户应用ID).
    pub sub_appid: Option<String>,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: String,
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

/// `POST /v3/pay/partner/transactions/h5`
///
/// Places an H5 order for a sub-merchant (H5下单); `scene_info.h5_info` is required.
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
#[endpoint(POST, "/v3/pay/partner/transactions/h5", response = H5PrepayResponse)]
#[derive(Debug, Clone, PartialEq)]
pub struct H5Prepay {
    /// The service provider's appid (服务商应用ID).
    pub sp_appid: String,
    /// The service provider's merchant id (服务商户号).
    pub sp_mchid: String,
    /// The sub-merchant's appid (子商户应用ID).
    pub sub_appid: Option<String>,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: String,
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

/// `POST /v3/pay/partner/transactions/native`
///
/// Places a Native (QR code) order for a sub-merchant (Native下单).
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
#[endpoint(POST, "/v3/pay/partner/transactions/native", response = NativePrepayResponse)]
#[derive(Debug, Clone, PartialEq)]
pub struct NativePrepay {
    /// The service provider's appid (服务商应用ID).
    pub sp_appid: String,
    /// The service provider's merchant id (服务商户号).
    pub sp_mchid: String,
    /// The sub-merchant's appid (子商户应用ID).
    pub sub_appid: Option<String>,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: String,
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

/// `GET /v3/pay/partner/transactions/id/{transaction_id}`
///
/// Queries a sub-merchant's paid order by WeChat Pay's order number (微信支付订单号查询订单).
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
#[endpoint(GET, "/v3/pay/partner/transactions/id/<transaction_id>", response = PartnerTransaction)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryByTransactionId {
    /// WeChat Pay's order number (微信支付订单号).
    pub transaction_id: String,
    /// The service provider's merchant id (服务商户号).
    pub sp_mchid: String,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: String,
}

/// `GET /v3/pay/partner/transactions/out-trade-no/{out_trade_no}`
///
/// Queries a sub-merchant's order by the merchant's order number (商户订单号查询订单).
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
#[endpoint(
    GET,
    "/v3/pay/partner/transactions/out-trade-no/<out_trade_no>",
    response = PartnerTransaction
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryByOutTradeNo {
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
    /// The service provider's merchant id (服务商户号).
    pub sp_mchid: String,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: String,
}

/// `POST /v3/pay/partner/transactions/out-trade-no/{out_trade_no}/close`
///
/// Closes a sub-merchant's unpaid order (关闭订单). Answers 204.
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
#[endpoint(POST, "/v3/pay/partner/transactions/out-trade-no/<out_trade_no>/close")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CloseOrder {
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
    /// The service provider's merchant id (服务商户号).
    pub sp_mchid: String,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: String,
}

/// `POST /v3/pay/partner/transactions/codepay`
///
/// Charges the user's payment code for a sub-merchant (付款码支付).
///
/// Official docs: [付款码支付](https://pay.weixin.qq.com/docs/partner/apis/partner-code-payment-v3/partner/partner-code-pay.html).
#[endpoint(POST, "/v3/pay/partner/transactions/codepay", response = PartnerTransaction)]
#[derive(Debug, Clone, PartialEq)]
pub struct CodePay {
    /// The service provider's appid (服务商应用ID).
    pub sp_appid: String,
    /// The service provider's merchant id (服务商户号).
    pub sp_mchid: String,
    /// The sub-merchant's appid (子商户应用ID).
    pub sub_appid: Option<String>,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: String,
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

/// `POST /v3/pay/partner/transactions/out-trade-no/{out_trade_no}/reverse`
///
/// Revokes a sub-merchant's 付款码 order (撤销订单).
///
/// Official docs: [撤销](https://pay.weixin.qq.com/docs/partner/apis/partner-code-payment-v3/partner/partner-reverse.html).
#[endpoint(
    POST,
    "/v3/pay/partner/transactions/out-trade-no/<out_trade_no>/reverse",
    response = PartnerReverseResponse
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReverseOrder {
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
    /// The service provider's appid (服务商应用ID).
    pub sp_appid: Option<String>,
    /// The service provider's merchant id (服务商户号).
    pub sp_mchid: String,
    /// The sub-merchant's appid (子商户应用ID).
    pub sub_appid: Option<String>,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: String,
}

/// The answer of [`ReverseOrder`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerReverseResponse {
    /// The service provider's appid (服务商应用ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sp_appid: Option<String>,
    /// The service provider's merchant id (服务商户号).
    pub sp_mchid: String,
    /// The sub-merchant's appid (子商户应用ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_appid: Option<String>,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: String,
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
}
