//! Batch transfers to balance (商家转账到零钱, the pre-2025 API): `/v3/transfer/…` and the
//! electronic receipts under `/v3/transfer-detail/…`.

use serde::{Deserialize, Serialize};

use crate::endpoint;
use crate::model::wire_enum;
use crate::{Ciphertext, Sensitive};

/// `POST /v3/transfer/batches`
///
/// Transfers to the balance of up to 3,000 users at once (发起商家转账). `out_batch_no` is the
/// idempotency key; `total_amount` and `total_num` must match the details.
///
/// Official docs: [发起商家转账](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer/chapter3_1.shtml).
#[endpoint(POST, "/v3/transfer/batches", response = CreateTransferBatchResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateTransferBatch {
    /// The merchant's AppID (商户AppID).
    pub appid: String,
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
    /// The transfer scene (转账场景ID).
    pub transfer_scene_id: Option<String>,
    /// HTTPS URL of the batch result notification (通知地址).
    pub notify_url: Option<String>,
}

/// One transfer of a batch (转账明细).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferDetailInput {
    /// The merchant's detail number (商家明细单号).
    pub out_detail_no: String,
    /// Amount in fen (转账金额).
    pub transfer_amount: i64,
    /// Remark shown to the user (转账备注).
    pub transfer_remark: String,
    /// The payee's openid (收款用户openid).
    pub openid: String,
    /// The payee's real name, encrypted by the client while sending; required from 2,000 yuan
    /// (收款用户姓名).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<Sensitive>,
}

/// The answer of [`CreateTransferBatch`] and of the service provider's variant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateTransferBatchResponse {
    /// The merchant's batch number (商家批次单号).
    pub out_batch_no: String,
    /// WeChat Pay's batch id (微信批次单号).
    pub batch_id: String,
    /// When the batch was created, RFC 3339 (批次创建时间).
    pub create_time: String,
    /// The batch's state (批次状态).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch_status: Option<BatchStatus>,
}

wire_enum! {
    /// State of a transfer batch (批次状态).
    pub enum BatchStatus {
        /// `WAIT_PAY`: waiting for approval or funds (待付款).
        WaitPay = "WAIT_PAY",
        /// `ACCEPTED`: accepted (已受理).
        Accepted = "ACCEPTED",
        /// `PROCESSING`: being transferred (转账中).
        Processing = "PROCESSING",
        /// `FINISHED`: done; see each detail (已完成).
        Finished = "FINISHED",
        /// `CLOSED`: closed (已关闭).
        Closed = "CLOSED",
    }
}

wire_enum! {
    /// State of one transfer of a batch (明细状态).
    pub enum DetailStatus {
        /// `INIT`: created (初始态).
        Init = "INIT",
        /// `WAIT_PAY`: waiting for approval or funds (待确认).
        WaitPay = "WAIT_PAY",
        /// `PROCESSING`: being transferred (转账中).
        Processing = "PROCESSING",
        /// `SUCCESS`: transferred (转账成功).
        Success = "SUCCESS",
        /// `FAIL`: failed (转账失败).
        Fail = "FAIL",
    }
}

wire_enum! {
    /// Which details a batch query returns (明细状态过滤).
    pub enum DetailStatusFilter {
        /// `ALL`: successful and failed.
        All = "ALL",
        /// `SUCCESS`: successful only.
        Success = "SUCCESS",
        /// `FAIL`: failed only.
        Fail = "FAIL",
    }
}

/// `GET /v3/transfer/batches/batch-id/{batch_id}`
///
/// Queries a batch, and optionally its details, by WeChat Pay's batch id
/// (通过微信批次单号查询批次单).
///
/// Official docs: [微信批次单号查询批次单](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer/chapter3_2.shtml).
#[endpoint(GET, "/v3/transfer/batches/batch-id/<batch_id>", response = TransferBatchQuery)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetTransferBatchByBatchId {
    /// WeChat Pay's batch id (微信批次单号).
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

/// `GET /v3/transfer/batches/out-batch-no/{out_batch_no}`
///
/// Queries a batch, and optionally its details, by the merchant's batch number
/// (通过商家批次单号查询批次单).
///
/// Official docs: [商家批次单号查询批次单](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer/chapter3_5.shtml).
#[endpoint(
    GET,
    "/v3/transfer/batches/out-batch-no/<out_batch_no>",
    response = TransferBatchQuery
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetTransferBatchByOutBatchNo {
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

/// A batch and a page of its details (批次单查询结果).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferBatchQuery {
    /// The batch (转账批次单).
    pub transfer_batch: TransferBatch,
    /// The details asked for (转账明细单列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_detail_list: Option<Vec<TransferDetailCompact>>,
}

/// A transfer batch (转账批次单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferBatch {
    /// The merchant id (商户号).
    pub mchid: String,
    /// The merchant's batch number (商家批次单号).
    pub out_batch_no: String,
    /// WeChat Pay's batch id (微信批次单号).
    pub batch_id: String,
    /// The merchant's AppID (商户AppID).
    pub appid: String,
    /// The batch's state (批次状态).
    pub batch_status: BatchStatus,
    /// How it was created, `API` or `WEB` (批次类型).
    pub batch_type: String,
    /// The batch's name (批次名称).
    pub batch_name: String,
    /// The batch's remark (批次备注).
    pub batch_remark: String,
    /// Why it was closed, e.g. `OVERDUE_CLOSE` (批次关闭原因).
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
    /// The transfer scene (转账场景ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_scene_id: Option<String>,
}

/// A detail as listed in a batch (转账明细单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferDetailCompact {
    /// WeChat Pay's detail id (微信明细单号).
    pub detail_id: String,
    /// The merchant's detail number (商家明细单号).
    pub out_detail_no: String,
    /// The detail's state (明细状态).
    pub detail_status: DetailStatus,
}

/// `GET /v3/transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}`
///
/// Queries one transfer of a batch by WeChat Pay's ids (通过微信明细单号查询明细单).
///
/// Official docs: [微信明细单号查询明细单](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer/chapter3_3.shtml).
#[endpoint(
    GET,
    "/v3/transfer/batches/batch-id/<batch_id>/details/detail-id/<detail_id>",
    response = TransferDetail
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetTransferDetailByDetailId {
    /// WeChat Pay's batch id (微信批次单号).
    pub batch_id: String,
    /// WeChat Pay's detail id (微信明细单号).
    pub detail_id: String,
}

/// `GET /v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}`
///
/// Queries one transfer of a batch by the merchant's numbers (通过商家明细单号查询明细单).
///
/// Official docs: [商家明细单号查询明细单](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer/chapter3_6.shtml).
#[endpoint(
    GET,
    "/v3/transfer/batches/out-batch-no/<out_batch_no>/details/out-detail-no/<out_detail_no>",
    response = TransferDetail
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetTransferDetailByOutDetailNo {
    /// The merchant's batch number (商家批次单号).
    pub out_batch_no: String,
    /// The merchant's detail number (商家明细单号).
    pub out_detail_no: String,
}

/// One transfer of a batch (转账明细单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferDetail {
    /// The merchant id (商户号).
    pub mchid: String,
    /// The merchant's batch number (商家批次单号).
    pub out_batch_no: String,
    /// WeChat Pay's batch id (微信批次单号).
    pub batch_id: String,
    /// The merchant's AppID (商户AppID).
    pub appid: String,
    /// The merchant's detail number (商家明细单号).
    pub out_detail_no: String,
    /// WeChat Pay's detail id (微信明细单号).
    pub detail_id: String,
    /// The detail's state (明细状态).
    pub detail_status: DetailStatus,
    /// Amount in fen (转账金额).
    pub transfer_amount: i64,
    /// Remark shown to the user (转账备注).
    pub transfer_remark: String,
    /// Why it failed, e.g. `ACCOUNT_FROZEN` (明细失败原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_reason: Option<String>,
    /// The payee's openid (收款用户openid).
    pub openid: String,
    /// The payee's name, encrypted with the merchant's public key (收款用户姓名).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<Ciphertext>,
    /// When the transfer started, RFC 3339 (转账发起时间).
    pub initiate_time: String,
    /// When the detail last changed, RFC 3339 (明细更新时间).
    pub update_time: String,
}

/// `POST /v3/transfer/bill-receipt`
///
/// Applies for the electronic receipt of a whole batch (转账账单电子回单申请受理).
///
/// Official docs: [转账电子回单申请受理](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter4_1.shtml).
#[endpoint(POST, "/v3/transfer/bill-receipt", response = BillReceipt)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplyBillReceipt {
    /// The merchant's batch number (商家批次单号).
    pub out_batch_no: String,
}

/// `GET /v3/transfer/bill-receipt/{out_batch_no}`
///
/// Queries the electronic receipt of a batch (查询转账账单电子回单).
///
/// Official docs: [查询转账电子回单](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter4_2.shtml).
#[endpoint(GET, "/v3/transfer/bill-receipt/<out_batch_no>", response = BillReceipt)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetBillReceipt {
    /// The merchant's batch number (商家批次单号).
    pub out_batch_no: String,
}

/// The electronic receipt of a batch (转账账单电子回单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BillReceipt {
    /// The merchant's batch number (商家批次单号).
    pub out_batch_no: String,
    /// The receipt application number (电子回单申请单号).
    pub signature_no: String,
    /// The receipt's state (电子回单状态).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_status: Option<SignatureStatus>,
    /// Digest algorithm of the file, `SHA256` (电子回单文件的hash方法).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash_type: Option<String>,
    /// Digest of the file (电子回单文件的hash值).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash_value: Option<String>,
    /// Download URL (电子回单文件的下载地址).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub download_url: Option<String>,
    /// When created, RFC 3339 (创建时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
    /// When last updated, RFC 3339 (更新时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<String>,
}

wire_enum! {
    /// State of an electronic receipt (电子回单状态).
    pub enum SignatureStatus {
        /// `ACCEPTED`: accepted, being generated (已受理).
        Accepted = "ACCEPTED",
        /// `FINISHED`: ready to download (已完成).
        Finished = "FINISHED",
    }
}

wire_enum! {
    /// What kind of transfer a detail receipt is for (电子回单受理类型).
    pub enum AcceptType {
        /// `BATCH_TRANSFER`: batch transfer to balance (批量转账).
        BatchTransfer = "BATCH_TRANSFER",
        /// `TRANSFER_TO_POCKET`: enterprise payment to balance (企业付款至零钱).
        TransferToPocket = "TRANSFER_TO_POCKET",
        /// `TRANSFER_TO_BANK`: enterprise payment to a bank card (企业付款至银行卡).
        TransferToBank = "TRANSFER_TO_BANK",
    }
}

/// `POST /v3/transfer-detail/electronic-receipts`
///
/// Applies for the electronic receipt of one transfer (转账明细电子回单受理).
///
/// Official docs: [转账明细电子回单受理](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter4_4.shtml).
#[endpoint(POST, "/v3/transfer-detail/electronic-receipts", response = DetailReceipt)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplyDetailReceipt {
    /// The kind of transfer (受理类型).
    pub accept_type: AcceptType,
    /// The merchant's batch number, for `BATCH_TRANSFER` (商家转账批次单号).
    pub out_batch_no: Option<String>,
    /// The merchant's detail number (商家转账明细单号).
    pub out_detail_no: String,
}

/// `GET /v3/transfer-detail/electronic-receipts`
///
/// Queries the electronic receipt of one transfer (查询转账明细电子回单受理结果).
///
/// Official docs: [查询转账明细电子回单受理结果](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter4_5.shtml).
#[endpoint(GET, "/v3/transfer-detail/electronic-receipts", response = DetailReceipt)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetDetailReceipt {
    /// The kind of transfer (受理类型).
    pub accept_type: AcceptType,
    /// The merchant's batch number, for `BATCH_TRANSFER` (商家转账批次单号).
    pub out_batch_no: Option<String>,
    /// The merchant's detail number (商家转账明细单号).
    pub out_detail_no: String,
}

/// The electronic receipt of one transfer (转账明细电子回单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DetailReceipt {
    /// The kind of transfer (受理类型).
    pub accept_type: AcceptType,
    /// The merchant's batch number (商家转账批次单号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub out_batch_no: Option<String>,
    /// The merchant's detail number (商家转账明细单号).
    pub out_detail_no: String,
    /// The receipt application number (电子回单受理单号).
    pub signature_no: String,
    /// The receipt's state (电子回单状态).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_status: Option<SignatureStatus>,
    /// Digest algorithm of the file (电子回单文件的hash方法).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash_type: Option<String>,
    /// Digest of the file (电子回单文件的hash值).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash_value: Option<String>,
    /// Download URL (电子回单文件的下载地址).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub download_url: Option<String>,
}
