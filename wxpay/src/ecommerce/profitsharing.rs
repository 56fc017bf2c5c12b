//! Profit sharing of e-commerce platforms (电商收付通分账): `/v3/ecommerce/profitsharing/…`.

use serde::{Deserialize, Serialize};

use crate::Sensitive;
use crate::endpoint;
use crate::model::wire_enum;

/// `POST /v3/ecommerce/profitsharing/orders`
///
/// Shares a settled order's funds with receivers (请求分账).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_1.shtml).
#[endpoint(POST, "/v3/ecommerce/profitsharing/orders", response = ProfitSharingOrder)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateProfitSharingOrder {
    /// The platform's AppID (公众账号ID).
    pub appid: String,
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// The WeChat Pay order (微信订单号).
    pub transaction_id: String,
    /// The platform's sharing number (商户分账单号).
    pub out_order_no: String,
    /// Who receives what (分账接收方列表).
    pub receivers: Vec<ProfitSharingReceiver>,
    /// Whether this finishes the order's sharing: the rest is unfrozen (是否分账完成).
    pub finish: bool,
}

/// A receiver of a sharing request (分账接收方).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfitSharingReceiver {
    /// Kind of receiver (分账接收方类型).
    #[serde(rename = "type")]
    pub kind: ReceiverType,
    /// Merchant id or openid (分账接收方账号).
    pub receiver_account: String,
    /// A person's name, encrypted; checked against the openid's real name (分账个人接收方姓名).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receiver_name: Option<Sensitive>,
    /// Amount in fen (分账金额).
    pub amount: i64,
    /// Description (分账描述).
    pub description: String,
}

/// `GET /v3/ecommerce/profitsharing/orders`
///
/// Queries a sharing request, or a finish request (查询分账结果).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_2.shtml).
#[endpoint(GET, "/v3/ecommerce/profitsharing/orders", response = ProfitSharingOrder)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryProfitSharingOrder {
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// The WeChat Pay order (微信订单号).
    pub transaction_id: String,
    /// The platform's sharing number (商户分账单号).
    pub out_order_no: String,
}

/// A sharing order (分账单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfitSharingOrder {
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// The WeChat Pay order (微信订单号).
    pub transaction_id: String,
    /// The platform's sharing number (商户分账单号).
    pub out_order_no: String,
    /// WeChat Pay's sharing number (微信分账单号).
    pub order_id: String,
    /// State of the sharing order (分账单状态).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ProfitSharingOrderStatus>,
    /// Receivers and their results (分账接收方列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receivers: Option<Vec<ProfitSharingReceiverResult>>,
    /// Why the order was closed, when `status` is `CLOSED` (关单原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub close_reason: Option<String>,
    /// Amount unfrozen by a finish request, in fen (分账完结金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finish_amount: Option<i64>,
    /// Description of a finish request (分账完结描述).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finish_description: Option<String>,
}

/// A receiver's result (分账接收方结果).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfitSharingReceiverResult {
    /// Receiving merchant, for older orders (分账接收商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receiver_mchid: Option<String>,
    /// Amount in fen (分账金额).
    pub amount: i64,
    /// Description (分账描述).
    pub description: String,
    /// Result (分账结果).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<ProfitSharingResult>,
    /// When it finished, RFC 3339 (完成时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finish_time: Option<String>,
    /// Why it failed (分账失败原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_reason: Option<String>,
    /// Kind of receiver (分账接收方类型).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ReceiverType>,
    /// Merchant id or openid (分账接收方账号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receiver_account: Option<String>,
}

/// `POST /v3/ecommerce/profitsharing/returnorders`
///
/// Takes shared funds back from a receiver, e.g. before a refund (请求分账回退).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_3.shtml).
#[endpoint(POST, "/v3/ecommerce/profitsharing/returnorders", response = ProfitSharingReturnOrder)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateProfitSharingReturnOrder {
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// WeChat Pay's sharing number; this or `out_order_no` (微信分账单号).
    pub order_id: Option<String>,
    /// The platform's sharing number; this or `order_id` (商户分账单号).
    pub out_order_no: Option<String>,
    /// The platform's return number (商户回退单号).
    pub out_return_no: String,
    /// The merchant that gives the funds back (回退商户号).
    pub return_mchid: String,
    /// Amount in fen (回退金额).
    pub amount: i64,
    /// Description (回退描述).
    pub description: String,
}

/// `GET /v3/ecommerce/profitsharing/returnorders`
///
/// Queries a return (查询分账回退结果).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_4.shtml).
#[endpoint(GET, "/v3/ecommerce/profitsharing/returnorders", response = ProfitSharingReturnOrder)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryProfitSharingReturnOrder {
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// WeChat Pay's sharing number; this or `out_order_no` (微信分账单号).
    pub order_id: Option<String>,
    /// The platform's sharing number; this or `order_id` (商户分账单号).
    pub out_order_no: Option<String>,
    /// The platform's return number (商户回退单号).
    pub out_return_no: String,
}

/// A return of shared funds (分账回退单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfitSharingReturnOrder {
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// WeChat Pay's sharing number (微信分账单号).
    pub order_id: String,
    /// The platform's sharing number (商户分账单号).
    pub out_order_no: String,
    /// The platform's return number (商户回退单号).
    pub out_return_no: String,
    /// The merchant that gives the funds back (回退商户号).
    pub return_mchid: String,
    /// Amount in fen (回退金额).
    pub amount: i64,
    /// WeChat Pay's return number (微信回退单号).
    pub return_no: String,
    /// Result (回退结果).
    pub result: ReturnResult,
    /// Why it failed (失败原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_reason: Option<String>,
    /// When it finished, RFC 3339 (完成时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finish_time: Option<String>,
}

/// `POST /v3/ecommerce/profitsharing/finish-order`
///
/// Finishes an order's sharing: what is left is unfrozen for the merchant (完结分账).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_5.shtml).
#[endpoint(
    POST,
    "/v3/ecommerce/profitsharing/finish-order",
    response = FinishProfitSharingOrderResponse
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinishProfitSharingOrder {
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// The WeChat Pay order (微信订单号).
    pub transaction_id: String,
    /// The platform's sharing number (商户分账单号).
    pub out_order_no: String,
    /// Description (分账描述).
    pub description: String,
}

/// The answer of [`FinishProfitSharingOrder`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FinishProfitSharingOrderResponse {
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// The WeChat Pay order (微信订单号).
    pub transaction_id: String,
    /// The platform's sharing number (商户分账单号).
    pub out_order_no: String,
    /// WeChat Pay's sharing number (微信分账单号).
    pub order_id: String,
}

/// `GET /v3/ecommerce/profitsharing/orders/{transaction_id}/amounts`
///
/// Queries what is left to share of an order (查询订单剩余待分金额).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_4_9.shtml).
#[endpoint(
    GET,
    "/v3/ecommerce/profitsharing/orders/<transaction_id>/amounts",
    response = UnsplitAmount
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryUnsplitAmount {
    /// The WeChat Pay order (微信订单号).
    pub transaction_id: String,
}

/// The answer of [`QueryUnsplitAmount`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnsplitAmount {
    /// The WeChat Pay order (微信订单号).
    pub transaction_id: String,
    /// Amount left to share, in fen (订单剩余待分金额).
    pub unsplit_amount: i64,
}

/// `POST /v3/ecommerce/profitsharing/receivers/add`
///
/// Adds a receiver to the platform's list (添加分账接收方).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_7.shtml).
#[endpoint(POST, "/v3/ecommerce/profitsharing/receivers/add", response = ReceiverResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddProfitSharingReceiver {
    /// The platform's AppID (公众账号ID).
    pub appid: String,
    /// Kind of receiver (接收方类型).
    #[serde(rename = "type")]
    pub kind: ReceiverType,
    /// Merchant id or openid (接收方账号).
    pub account: String,
    /// A merchant receiver's full name (接收方名称).
    pub name: Option<String>,
    /// A person's name; the client encrypts it (接收方名称的密文).
    #[encrypt]
    pub encrypted_name: Option<String>,
    /// Relation to the platform (与分账方的关系类型).
    pub relation_type: RelationType,
}

/// `POST /v3/ecommerce/profitsharing/receivers/delete`
///
/// Removes a receiver from the platform's list (删除分账接收方).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_8.shtml).
#[endpoint(POST, "/v3/ecommerce/profitsharing/receivers/delete", response = ReceiverResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeleteProfitSharingReceiver {
    /// The platform's AppID (公众账号ID).
    pub appid: String,
    /// Kind of receiver (接收方类型).
    #[serde(rename = "type")]
    pub kind: ReceiverType,
    /// Merchant id or openid (接收方账号).
    pub account: String,
}

/// The answer of [`AddProfitSharingReceiver`] and [`DeleteProfitSharingReceiver`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiverResponse {
    /// Kind of receiver (接收方类型).
    #[serde(rename = "type")]
    pub kind: ReceiverType,
    /// Merchant id or openid (接收方账号).
    pub account: String,
}

wire_enum! {
    /// Kind of sharing receiver (分账接收方类型).
    pub enum ReceiverType {
        /// `MERCHANT_ID`: a merchant.
        MerchantId = "MERCHANT_ID",
        /// `PERSONAL_OPENID`: a person, by openid under the platform's AppID.
        PersonalOpenid = "PERSONAL_OPENID",
    }
}

wire_enum! {
    /// A receiver's relation to the platform (与分账方的关系类型).
    pub enum RelationType {
        /// `SUPPLIER`: supplier (供应商).
        Supplier = "SUPPLIER",
        /// `DISTRIBUTOR`: distributor (分销商).
        Distributor = "DISTRIBUTOR",
        /// `SERVICE_PROVIDER`: service provider (服务商).
        ServiceProvider = "SERVICE_PROVIDER",
        /// `PLATFORM`: platform (平台).
        Platform = "PLATFORM",
        /// `OTHERS`: other (其他).
        Others = "OTHERS",
    }
}

wire_enum! {
    /// State of a sharing order (分账单状态).
    pub enum ProfitSharingOrderStatus {
        /// `PROCESSING`: being processed.
        Processing = "PROCESSING",
        /// `FINISHED`: done.
        Finished = "FINISHED",
        /// `CLOSED`: failed and closed.
        Closed = "CLOSED",
    }
}

wire_enum! {
    /// Result of one receiver's share (分账结果).
    pub enum ProfitSharingResult {
        /// `PENDING`: waiting.
        Pending = "PENDING",
        /// `SUCCESS`: shared.
        Success = "SUCCESS",
        /// `CLOSED`: failed and closed.
        Closed = "CLOSED",
    }
}

wire_enum! {
    /// Result of a return (回退结果).
    pub enum ReturnResult {
        /// `PROCESSING`: being processed.
        Processing = "PROCESSING",
        /// `SUCCESS`: returned.
        Success = "SUCCESS",
        /// `FAILED`: failed.
        Failed = "FAILED",
    }
}
