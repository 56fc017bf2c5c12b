//! Batch transfers to balance for service providers (服务商商家转账到零钱):
//! `/v3/partner-transfer/…`.
//!
//! The electronic receipts (`/v3/transfer/bill-receipt`, `/v3/transfer-detail/…`) are shared
//! with direct merchants: see [`super::batches`].

use serde::{Deserialize, Serialize};

use super::batches::{
    BatchStatus, CreateTransferBatchResponse, DetailStatus, DetailStatusFilter,
    TransferDetailCompact, TransferDetailInput,
};
use crate::Ciphertext;
use crate::endpoint;
use crate::model::wire_enum;

/// `POST /v3/partner-transfer/batches`
///
/// Transfers to the balance of many users on behalf of a sub-merchant (服务商发起批量转账).
/// `out_batch_no` is the idempotency key.
///
/// Official docs: [发起批量转账](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter3_1.shtml).
#[endpoint(POST, "/v3/partner-transfer/batches", response = CreateTransferBatchResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreatePartnerTransferBatch {
    /// The sub-merchant (特约商户号).
    pub sub_mchid: String,
    /// The sub-merchant's AppID, for information authorizations (特约商户appid).
    pub sub_appid: Option<String>,
    /// Whose users and whose funds (特约商户授权类型).
    pub authorization_type: AuthorizationType,
    /// The merchant's batch number (商家批次单号).
    pub out_batch_no: String,
    /// The batch's name (批次名称).
    pub batch_name: String,
    /// The batch's remark (批次备注).
    pub batch_remark: String,
    /// Sum of the details' amounts, in fen (转账总金额).
    pub total_amount: i64,
    /// Number of details (转账总笔数).
    pub total_num: i64,
    /// The transfers (转账明细列表).
    pub transfer_detail_list: Vec<TransferDetailInput>,
    /// The service provider's AppID, for fund authorizations (服务商的appid).
    pub sp_appid: Option<String>,
    /// What the transfers are for (批量转账用途).
    pub transfer_purpose: Option<TransferPurpose>,
}

wire_enum! {
    /// Whose users and whose funds a service provider's batch uses (特约商户授权类型).
    pub enum AuthorizationType {
        /// `INFORMATION_AUTHORIZATION_TYPE`: the sub-merchant's users, the provider's funds.
        Information = "INFORMATION_AUTHORIZATION_TYPE",
        /// `FUND_AUTHORIZATION_TYPE`: the provider's users, the sub-merchant's funds.
        Fund = "FUND_AUTHORIZATION_TYPE",
        /// `INFORMATION_AND_FUND_AUTHORIZATION_TYPE`: the sub-merchant's users and funds.
        InformationAndFund = "INFORMATION_AND_FUND_AUTHORIZATION_TYPE",
    }
}

wire_enum! {
    /// What a batch transfer is for (批量转账用途).
    pub enum TransferPurpose {
        /// `GOODSPAYMENT`: payment for goods (货款).
        GoodsPayment = "GOODSPAYMENT",
        /// `COMMISSION`: commission (佣金).
        Commission = "COMMISSION",
        /// `REFUND`: refund (退款).
        Refund = "REFUND",
        /// `REIMBURSEMENT`: expenses (报销).
        Reimbursement = "REIMBURSEMENT",
        /// `FREIGHT`: freight (运费).
        Freight = "FREIGHT",
        /// `OTHERS`: other (其他).
        Others = "OTHERS",
    }
}

/// `GET /v3/partner-transfer/batches/batch-id/{batch_id}`
///
/// Queries a sub-merchant's batch by WeChat Pay's batch id (微信支付批次单号查询批次单).
///
/// Official docs: [微信支付批次单号查询批次单](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter3_2.shtml).
#[endpoint(
    GET,
    "/v3/partner-transfer/batches/batch-id/<batch_id>",
    response = PartnerTransferBatch
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetPartnerTransferBatchByBatchId {
    /// WeChat Pay's batch id (微信支付批次单号).
    pub batch_id: String,
    /// Whether to return details (是否查询转账明细单).
    pub need_query_detail: bool,
    /// Offset of the first detail (请求资源起始位置).
    pub offset: Option<u32>,
    /// Details per page, 20 to 100 (最大资源条数).
    pub limit: Option<u32>,
    /// Which details to return (明细状态).
    pub detail_status: Option<DetailStatusFilter>,
}

/// `GET /v3/partner-transfer/batches/out-batch-no/{out_batch_no}`
///
/// Queries a sub-merchant's batch by the merchant's batch number (商家批次单号查询批次单).
///
/// Official docs: [商家批次单号查询批次单](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter3_4.shtml).
#[endpoint(
    GET,
    "/v3/partner-transfer/batches/out-batch-no/<out_batch_no>",
    response = PartnerTransferBatch
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetPartnerTransferBatchByOutBatchNo {
    /// The merchant's batch number (商家批次单号).
    pub out_batch_no: String,
    /// Whether to return details (是否查询转账明细单).
    pub need_query_detail: bool,
    /// Offset of the first detail (请求资源起始位置).
    pub offset: Option<u32>,
    /// Details per page, 20 to 100 (最大资源条数).
    pub limit: Option<u32>,
    /// Which details to return (明细状态).
    pub detail_status: Option<DetailStatusFilter>,
}

/// A service provider's transfer batch and a page of its details (批次单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerTransferBatch {
    /// The service provider's merchant id (服务商商户号).
    pub sp_mchid: String,
    /// The sub-merchant (特约商户号).
    pub sub_mchid: String,
    /// The merchant's batch number (商家批次单号).
    pub out_batch_no: String,
    /// WeChat Pay's batch id (微信支付批次单号).
    pub batch_id: String,
    /// The sub-merchant's AppID (特约商户appid).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_appid: Option<String>,
    /// The batch's state (批次状态).
    pub batch_status: BatchStatus,
    /// How it was created, `API` or `WEB` (批次类型).
    pub batch_type: String,
    /// Whose users and whose funds (特约商户授权类型).
    pub authorization_type: AuthorizationType,
    /// The batch's name (批次名称).
    pub batch_name: String,
    /// The batch's remark (批次备注).
    pub batch_remark: String,
    /// Why it was closed (批次关闭原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub close_reason: Option<String>,
    /// Total amount in fen (转账总金额).
    pub total_amount: i64,
    /// Number of details (转账总笔数).
    pub total_num: i64,
    /// When created, RFC 3339 (批次创建时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
    /// When last updated, RFC 3339 (批次更新时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<String>,
    /// Amount transferred, in fen (转账成功金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_amount: Option<i64>,
    /// Details transferred (转账成功笔数).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_num: Option<i64>,
    /// Amount failed, in fen (转账失败金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_amount: Option<i64>,
    /// Details failed (转账失败笔数).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_num: Option<i64>,
    /// The details asked for (转账明细单列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_detail_list: Option<Vec<TransferDetailCompact>>,
    /// The service provider's AppID (服务商的appid).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sp_appid: Option<String>,
    /// What the transfers are for (批量转账用途).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_purpose: Option<TransferPurpose>,
}

/// `GET /v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}`
///
/// Queries one transfer of a sub-merchant's batch by WeChat Pay's ids
/// (微信支付明细单号查询明细单).
///
/// Official docs: [微信支付明细单号查询明细单](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter3_3.shtml).
#[endpoint(
    GET,
    "/v3/partner-transfer/batches/batch-id/<batch_id>/details/detail-id/<detail_id>",
    response = PartnerTransferDetail
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetPartnerTransferDetailByDetailId {
    /// WeChat Pay's batch id (微信支付批次单号).
    pub batch_id: String,
    /// WeChat Pay's detail id (微信明细单号).
    pub detail_id: String,
}

/// `GET /v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}`
///
/// Queries one transfer of a sub-merchant's batch by the merchant's numbers
/// (商家明细单号查询明细单).
///
/// Official docs: [商家明细单号查询明细单](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter3_5.shtml).
#[endpoint(
    GET,
    "/v3/partner-transfer/batches/out-batch-no/<out_batch_no>/details/out-detail-no/<out_detail_no>",
    response = PartnerTransferDetail
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetPartnerTransferDetailByOutDetailNo {
    /// The merchant's batch number (商家批次单号).
    pub out_batch_no: String,
    /// The merchant's detail number (商家明细单号).
    pub out_detail_no: String,
}

/// One transfer of a service provider's batch (转账明细单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerTransferDetail {
    /// The service provider's merchant id (服务商商户号).
    pub sp_mchid: String,
    /// The merchant's batch number (商家批次单号).
    pub out_batch_no: String,
    /// WeChat Pay's batch id (微信支付批次单号).
    pub batch_id: String,
    /// The AppID of the payee's openid (商户的appid).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appid: Option<String>,
    /// The merchant's detail number (商家明细单号).
    pub out_detail_no: String,
    /// WeChat Pay's detail id (微信支付明细单号).
    pub detail_id: String,
    /// The detail's state (明细状态).
    pub detail_status: DetailStatus,
    /// Amount in fen (转账金额).
    pub transfer_amount: i64,
    /// Remark shown to the user (转账备注).
    pub transfer_remark: String,
    /// Why it failed (明细失败原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_reason: Option<String>,
    /// The payee's openid (收款用户openid).
    pub openid: String,
    /// The payee's name, encrypted with the merchant's public key; named `username` on this
    /// endpoint (收款用户姓名).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<Ciphertext>,
    /// When the transfer started, RFC 3339 (转账发起时间).
    pub initiate_time: String,
    /// When the detail last changed, RFC 3339 (明细更新时间).
    pub update_time: String,
}
