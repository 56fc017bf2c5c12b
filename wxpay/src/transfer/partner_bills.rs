//! Transfer bills for service providers (服务商商家转账):
//! `/v3/fund-app/mch-transfer/partner/…`.

use serde::{Deserialize, Serialize};

use super::bills::{TransferBillState, TransferSceneReportInfo};
use crate::Ciphertext;
use crate::endpoint;
use crate::model::wire_enum;

/// `POST /v3/fund-app/mch-transfer/partner/transfer-bills`
///
/// Creates a transfer from a sub-merchant to a user's balance (服务商发起转账). `out_bill_no`
/// is the idempotency key.
///
/// Official docs: [发起转账](https://pay.weixin.qq.com/doc/v3/partner/4015469096).
#[endpoint(
    POST,
    "/v3/fund-app/mch-transfer/partner/transfer-bills",
    response = CreatePartnerTransferBillResponse
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreatePartnerTransferBill {
    /// The sub-merchant that pays (子商户号).
    pub sub_mchid: String,
    /// The AppID of the payee's openid (商户AppID).
    pub appid: String,
    /// The merchant's bill number (商户单号).
    pub out_bill_no: String,
    /// The transfer scene (转账场景ID).
    pub transfer_scene_id: String,
    /// The payee's openid (收款用户OpenID).
    pub openid: String,
    /// The payee's real name, encrypted by the client; required from 2,000 yuan (收款用户姓名).
    #[encrypt]
    pub user_name: Option<String>,
    /// Amount in fen (转账金额).
    pub transfer_amount: i64,
    /// Remark shown to the user (转账备注).
    pub transfer_remark: String,
    /// HTTPS URL of the result notification (通知地址).
    pub notify_url: Option<String>,
    /// Why the user receives the money (用户收款感知).
    pub user_recv_perception: Option<String>,
    /// The scene report (转账场景报备信息).
    pub transfer_scene_report_infos: Vec<TransferSceneReportInfo>,
}

/// The answer of [`CreatePartnerTransferBill`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreatePartnerTransferBillResponse {
    /// The sub-merchant (子商户号).
    pub sub_mchid: String,
    /// The merchant's bill number (商户单号).
    pub out_bill_no: String,
    /// WeChat Pay's transfer bill number (微信转账单号).
    pub transfer_bill_no: String,
    /// When the bill was created, RFC 3339 (单据创建时间).
    pub create_time: String,
    /// The bill's state (单据状态).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<TransferBillState>,
    /// The `package` of the confirmation page (跳转领取页面的package信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package_info: Option<String>,
}

/// `GET /v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}`
///
/// Queries a sub-merchant's transfer bill by the merchant's bill number (商户单号查询转账单).
///
/// Official docs: [服务商商家转账](https://pay.weixin.qq.com/doc/v3/partner/4015469096).
#[endpoint(
    GET,
    "/v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/<out_bill_no>",
    response = PartnerTransferBill
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetPartnerTransferBill {
    /// The merchant's bill number (商户单号).
    pub out_bill_no: String,
    /// The sub-merchant (子商户号).
    pub sub_mchid: String,
}

/// A sub-merchant's transfer bill (转账单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerTransferBill {
    /// The sub-merchant (子商户号).
    pub sub_mchid: String,
    /// The service provider's merchant id (商户号).
    pub mchid: String,
    /// The merchant's bill number (商户单号).
    pub out_bill_no: String,
    /// WeChat Pay's transfer bill number (微信转账单号).
    pub transfer_bill_no: String,
    /// The AppID (商户AppID).
    pub appid: String,
    /// The bill's state (单据状态).
    pub state: TransferBillState,
    /// Amount in fen (转账金额).
    pub transfer_amount: i64,
    /// Remark shown to the user (转账备注).
    pub transfer_remark: String,
    /// Why it failed (失败原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_reason: Option<String>,
    /// The payee's openid (收款用户OpenID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub openid: Option<String>,
    /// The payee's name, encrypted with the merchant's public key (收款用户姓名).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<Ciphertext>,
    /// When the bill was created, RFC 3339 (单据创建时间).
    pub create_time: String,
    /// When the state last changed, RFC 3339 (最后一次状态变更时间).
    pub update_time: String,
}

/// `POST /v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}/cancel`
///
/// Cancels a sub-merchant's transfer the user has not confirmed yet (撤销转账).
///
/// Official docs: [服务商商家转账](https://pay.weixin.qq.com/doc/v3/partner/4015469096).
#[endpoint(
    POST,
    "/v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/<out_bill_no>/cancel",
    response = CancelPartnerTransferBillResponse
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CancelPartnerTransferBill {
    /// The merchant's bill number (商户单号).
    pub out_bill_no: String,
    /// The sub-merchant (子商户号).
    pub sub_mchid: String,
}

/// The answer of [`CancelPartnerTransferBill`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CancelPartnerTransferBillResponse {
    /// The sub-merchant (子商户号).
    pub sub_mchid: String,
    /// The merchant's bill number (商户单号).
    pub out_bill_no: String,
    /// WeChat Pay's transfer bill number (微信转账单号).
    pub transfer_bill_no: String,
    /// The bill's state (单据状态).
    pub state: TransferBillState,
    /// When the state last changed, RFC 3339 (最后一次单据状态变更时间).
    pub update_time: String,
}

/// `POST /v3/fund-app/mch-transfer/partner/electronic-receipts`
///
/// Applies for the electronic receipt of a sub-merchant's transfer bill
/// (申请单笔转账电子回单).
///
/// Official docs: [服务商商家转账](https://pay.weixin.qq.com/doc/v3/partner/4015469096).
#[endpoint(
    POST,
    "/v3/fund-app/mch-transfer/partner/electronic-receipts",
    response = PartnerElectronicReceipt
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplyPartnerElectronicReceipt {
    /// The sub-merchant (子商户号).
    pub sub_mchid: String,
    /// The merchant's bill number (商户转账单号).
    pub out_bill_no: String,
}

/// `GET /v3/fund-app/mch-transfer/partner/electronic-receipts/{out_bill_no}`
///
/// Queries the electronic receipt of a sub-merchant's transfer bill (查询单笔转账电子回单).
///
/// Official docs: [服务商商家转账](https://pay.weixin.qq.com/doc/v3/partner/4015469096).
#[endpoint(
    GET,
    "/v3/fund-app/mch-transfer/partner/electronic-receipts/<out_bill_no>",
    response = PartnerElectronicReceipt
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetPartnerElectronicReceipt {
    /// The merchant's bill number (商户转账单号).
    pub out_bill_no: String,
    /// The sub-merchant (子商户号).
    pub sub_mchid: String,
}

/// A sub-merchant's transfer electronic receipt (转账电子回单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerElectronicReceipt {
    /// The sub-merchant (子商户号).
    pub sub_mchid: String,
    /// The merchant's bill number (商户转账单号).
    pub out_bill_no: String,
    /// The application's state (申请单状态).
    pub state: ReceiptState,
    /// When the application was created, RFC 3339 (申请单创建时间).
    pub create_time: String,
    /// When the application was last updated, RFC 3339 (申请单更新时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<String>,
    /// Digest algorithm of the file, `SM3` (回单文件摘要类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash_type: Option<String>,
    /// Digest of the file (回单文件摘要值).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash_value: Option<String>,
    /// Download URL, valid 10 minutes (回单文件下载地址).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub download_url: Option<String>,
}

wire_enum! {
    /// State of an electronic receipt application (申请单状态).
    pub enum ReceiptState {
        /// `GENERATING`: being generated (生成中).
        Generating = "GENERATING",
        /// `FINISHED`: ready to download (已生成).
        Finished = "FINISHED",
    }
}
