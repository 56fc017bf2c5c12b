//! Platform subsidies of e-commerce orders (电商收付通补差): `/v3/ecommerce/subsidies/…`.

use serde::{Deserialize, Serialize};

use crate::endpoint;
use crate::model::wire_enum;

/// `POST /v3/ecommerce/subsidies/create`
///
/// Pays the subsidy of an order flagged for it, before sharing (请求补差).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/subsidies/chapter3_1.shtml).
#[endpoint(POST, "/v3/ecommerce/subsidies/create", response = Subsidy)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateSubsidy {
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// The WeChat Pay order (微信订单号).
    pub transaction_id: String,
    /// The platform's subsidy number, on newer versions of the API (商户补差单号).
    pub out_subsidy_no: Option<String>,
    /// Amount in fen (补差金额).
    pub amount: i64,
    /// Description (补差描述).
    pub description: String,
    /// A refund this subsidy belongs to (微信退款单号).
    pub refund_id: Option<String>,
}

/// A subsidy (补差单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subsidy {
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// The WeChat Pay order (微信订单号).
    pub transaction_id: String,
    /// WeChat Pay's subsidy number (微信补差单号).
    pub subsidy_id: String,
    /// Description (补差描述).
    pub description: String,
    /// Amount in fen (补差金额).
    pub amount: i64,
    /// Result (补差单结果).
    pub result: SubsidyResult,
    /// When it was paid, RFC 3339 (补差完成时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_time: Option<String>,
}

/// `POST /v3/ecommerce/subsidies/return`
///
/// Takes a subsidy back when its order is refunded (请求补差回退).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/subsidies/chapter3_2.shtml).
#[endpoint(POST, "/v3/ecommerce/subsidies/return", response = SubsidyReturn)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReturnSubsidy {
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// The platform's return number (商户补差回退单号).
    pub out_order_no: String,
    /// The WeChat Pay order (微信订单号).
    pub transaction_id: String,
    /// The refund (微信退款单号).
    pub refund_id: String,
    /// Amount in fen (补差回退金额).
    pub amount: i64,
    /// Description (补差回退描述).
    pub description: String,
}

/// A subsidy return (补差回退单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubsidyReturn {
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// The WeChat Pay order (微信订单号).
    pub transaction_id: String,
    /// WeChat Pay's return number (微信补差回退单号).
    pub subsidy_refund_id: String,
    /// The refund (微信退款单号).
    pub refund_id: String,
    /// The platform's return number (商户补差回退单号).
    pub out_order_no: String,
    /// Amount in fen (补差回退金额).
    pub amount: i64,
    /// Description (补差回退描述).
    pub description: String,
    /// Result (补差回退结果).
    pub result: SubsidyResult,
    /// When it was returned, RFC 3339 (补差回退完成时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_time: Option<String>,
}

/// `POST /v3/ecommerce/subsidies/cancel`
///
/// Cancels the subsidy of an order flagged for it, before sharing (取消补差).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/subsidies/chapter3_3.shtml).
#[endpoint(POST, "/v3/ecommerce/subsidies/cancel", response = SubsidyCancel)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CancelSubsidy {
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// The WeChat Pay order (微信订单号).
    pub transaction_id: String,
    /// Description (取消补差描述).
    pub description: String,
}

/// The answer of [`CancelSubsidy`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubsidyCancel {
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// The WeChat Pay order (微信订单号).
    pub transaction_id: String,
    /// Result (取消补差结果).
    pub result: SubsidyResult,
    /// Description (取消补差描述).
    pub description: String,
}

wire_enum! {
    /// Result of a subsidy operation (补差结果).
    pub enum SubsidyResult {
        /// `SUCCESS`: done.
        Success = "SUCCESS",
        /// `FAIL`: failed.
        Fail = "FAIL",
        /// `REFUND`: the subsidy was returned (已回退).
        Refund = "REFUND",
    }
}
