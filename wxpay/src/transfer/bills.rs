//! Merchant transfer bills (商家转账, user-confirmation mode): `/v3/fund-app/mch-transfer/…`.
//!
//! A transfer is created with [`CreateTransferBill`]; the user then confirms it in WeChat
//! (`package_info`), and the result arrives as a [`TransferBillNotification`]
//! (`MCHTRANSFER.BILL.FINISHED`) or by querying.

use serde::{Deserialize, Serialize};

use crate::Ciphertext;
use crate::endpoint;
use crate::model::wire_enum;

/// `POST /v3/fund-app/mch-transfer/transfer-bills`
///
/// Creates a transfer to a user's balance (发起转账). The user confirms it with
/// `package_info`. Never retry with a new `out_bill_no` before the first one is known to have
/// failed: `out_bill_no` is the idempotency key.
///
/// Official docs: [发起转账](https://pay.weixin.qq.com/doc/v3/merchant/4012716434).
#[endpoint(POST, "/v3/fund-app/mch-transfer/transfer-bills", response = CreateTransferBillResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateTransferBill {
    /// The merchant's AppID (商户AppID).
    pub appid: String,
    /// The merchant's bill number, unique per merchant (商户单号).
    pub out_bill_no: String,
    /// The transfer scene, e.g. `1000` cash marketing (转账场景ID).
    pub transfer_scene_id: String,
    /// The payee's openid under `appid` (收款用户OpenID).
    pub openid: String,
    /// The payee's real name, encrypted by the client; required from 2,000 yuan (收款用户姓名).
    #[encrypt]
    pub user_name: Option<String>,
    /// Amount in fen (转账金额).
    pub transfer_amount: i64,
    /// Remark shown to the user, at most 32 characters (转账备注).
    pub transfer_remark: String,
    /// HTTPS URL of the result notification (通知地址).
    pub notify_url: Option<String>,
    /// Why the user receives the money, as shown to them (用户收款感知).
    pub user_recv_perception: Option<String>,
    /// The scene report the transfer scene requires (转账场景报备信息).
    pub transfer_scene_report_infos: Vec<TransferSceneReportInfo>,
}

/// One item of the report a transfer scene requires (转账场景报备信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferSceneReportInfo {
    /// The kind, exactly as the scene's table names it, e.g. `活动名称` (信息类型).
    pub info_type: String,
    /// The content (信息内容).
    pub info_content: String,
}

/// The answer of [`CreateTransferBill`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateTransferBillResponse {
    /// The merchant's bill number (商户单号).
    pub out_bill_no: String,
    /// WeChat Pay's transfer bill number (微信转账单号).
    pub transfer_bill_no: String,
    /// When the bill was created, RFC 3339 (单据创建时间).
    pub create_time: String,
    /// The bill's state (单据状态).
    pub state: TransferBillState,
    /// Why it failed, when `state` is `FAIL` (失败原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_reason: Option<String>,
    /// The `package` to open the confirmation page with, when `WAIT_USER_CONFIRM`
    /// (跳转领取页面的package信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package_info: Option<String>,
}

wire_enum! {
    /// State of a transfer bill (单据状态).
    pub enum TransferBillState {
        /// `ACCEPTED`: accepted (转账已受理).
        Accepted = "ACCEPTED",
        /// `PROCESSING`: being processed (转账处理中).
        Processing = "PROCESSING",
        /// `WAIT_USER_CONFIRM`: waiting for the user to confirm (待收款用户确认).
        WaitUserConfirm = "WAIT_USER_CONFIRM",
        /// `TRANSFERING`: result not known yet; the user may confirm again (转账中).
        Transfering = "TRANSFERING",
        /// `SUCCESS`: transferred (转账成功).
        Success = "SUCCESS",
        /// `FAIL`: failed (转账失败).
        Fail = "FAIL",
        /// `CANCELING`: being cancelled (撤销中).
        Canceling = "CANCELING",
        /// `CANCELLED`: cancelled (已撤销).
        Cancelled = "CANCELLED",
    }
}

/// `GET /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}`
///
/// Queries a transfer bill by the merchant's bill number (商户单号查询转账单).
///
/// Official docs: [商户单号查询转账单](https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/transfer-bill/get-transfer-bill-by-out-no.html).
#[endpoint(
    GET,
    "/v3/fund-app/mch-transfer/transfer-bills/out-bill-no/<out_bill_no>",
    response = TransferBill
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetTransferBillByOutBillNo {
    /// The merchant's bill number (商户单号).
    pub out_bill_no: String,
}

/// `GET /v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}`
///
/// Queries a transfer bill by WeChat Pay's bill number (微信转账单号查询转账单).
///
/// Official docs: [微信单号查询转账单](https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/transfer-bill/get-transfer-bill-by-no.html).
#[endpoint(
    GET,
    "/v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/<transfer_bill_no>",
    response = TransferBill
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetTransferBillByTransferBillNo {
    /// WeChat Pay's transfer bill number (微信转账单号).
    pub transfer_bill_no: String,
}

/// A transfer bill (转账单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferBill {
    /// The merchant id (商户号).
    pub mch_id: String,
    /// The merchant's bill number (商户单号).
    pub out_bill_no: String,
    /// WeChat Pay's transfer bill number (微信转账单号).
    pub transfer_bill_no: String,
    /// The merchant's AppID (商户AppID).
    pub appid: String,
    /// The bill's state (单据状态).
    pub state: TransferBillState,
    /// Amount in fen (转账金额).
    pub transfer_amount: i64,
    /// Remark shown to the user (转账备注).
    pub transfer_remark: String,
    /// Why it failed, e.g. `PAYEE_ACCOUNT_ABNORMAL` (失败原因).
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

/// `POST /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel`
///
/// Cancels a transfer the user has not confirmed yet (撤销转账). Success only means the
/// cancellation is accepted (`CANCELING`); query the bill for the outcome.
///
/// Official docs: [撤销转账](https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/transfer-bill/cancel-transfer.html).
#[endpoint(
    POST,
    "/v3/fund-app/mch-transfer/transfer-bills/out-bill-no/<out_bill_no>/cancel",
    response = CancelTransferBillResponse
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CancelTransferBill {
    /// The merchant's bill number (商户单号).
    pub out_bill_no: String,
}

/// The answer of [`CancelTransferBill`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CancelTransferBillResponse {
    /// The merchant's bill number (商户单号).
    pub out_bill_no: String,
    /// WeChat Pay's transfer bill number (微信转账单号).
    pub transfer_bill_no: String,
    /// The bill's state, `CANCELING` or `CANCELLED` (单据状态).
    pub state: TransferBillState,
    /// When the state last changed, RFC 3339 (最后一次状态变更时间).
    pub update_time: String,
}

/// `POST /v3/fund-app/mch-transfer/elecsign/out-bill-no`
///
/// Applies for the electronic receipt of a transfer bill by the merchant's bill number
/// (商户单号申请电子回单).
///
/// Official docs: [商户单号申请电子回单](https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/elecsign/accept-elecsign-by-out-no.html).
#[endpoint(POST, "/v3/fund-app/mch-transfer/elecsign/out-bill-no", response = ElecsignApplication)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplyElecsignByOutBillNo {
    /// The merchant's bill number (商户转账单号).
    pub out_bill_no: String,
}

/// `GET /v3/fund-app/mch-transfer/elecsign/out-bill-no/{out_bill_no}`
///
/// Queries an electronic receipt by the merchant's bill number (商户单号查询电子回单). The
/// download URL is valid for 10 minutes; check the file against `hash_value`.
///
/// Official docs: [商户单号查询电子回单](https://pay.weixin.qq.com/doc/v3/merchant/4012716436).
#[endpoint(
    GET,
    "/v3/fund-app/mch-transfer/elecsign/out-bill-no/<out_bill_no>",
    response = Elecsign
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetElecsignByOutBillNo {
    /// The merchant's bill number (商户转账单号).
    pub out_bill_no: String,
}

/// `POST /v3/fund-app/mch-transfer/elecsign/transfer-bill-no`
///
/// Applies for the electronic receipt of a transfer bill by WeChat Pay's bill number
/// (微信单号申请电子回单).
///
/// Official docs: [微信单号申请电子回单](https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/elecsign/accept-elecsign-by-no.html).
#[endpoint(
    POST,
    "/v3/fund-app/mch-transfer/elecsign/transfer-bill-no",
    response = ElecsignApplication
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplyElecsignByTransferBillNo {
    /// WeChat Pay's transfer bill number (微信转账单号).
    pub transfer_bill_no: String,
}

/// `GET /v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}`
///
/// Queries an electronic receipt by WeChat Pay's bill number (微信单号查询电子回单).
///
/// Official docs: [微信单号查询电子回单](https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/elecsign/query-elecsign-by-no.html).
#[endpoint(
    GET,
    "/v3/fund-app/mch-transfer/elecsign/transfer-bill-no/<transfer_bill_no>",
    response = Elecsign
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetElecsignByTransferBillNo {
    /// WeChat Pay's transfer bill number (微信转账单号).
    pub transfer_bill_no: String,
}

/// The answer of an electronic receipt application (电子回单申请单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ElecsignApplication {
    /// The application's state (申请单状态).
    pub state: ElecsignState,
    /// When the application was created, RFC 3339 (申请单创建时间).
    pub create_time: String,
}

/// An electronic receipt (电子回单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Elecsign {
    /// The application's state (申请单状态).
    pub state: ElecsignState,
    /// When the application was created, RFC 3339 (申请单创建时间).
    pub create_time: String,
    /// When the application was last updated, RFC 3339 (申请单更新时间).
    pub update_time: String,
    /// Digest algorithm of the file, `SHA256` or `SM3` (回单文件摘要类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash_type: Option<String>,
    /// Digest of the file (回单文件摘要值).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash_value: Option<String>,
    /// Download URL, valid 10 minutes (回单文件下载地址).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub download_url: Option<String>,
    /// Why it failed (失败原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_reason: Option<String>,
}

wire_enum! {
    /// State of an electronic receipt application (申请单状态).
    pub enum ElecsignState {
        /// `GENERATING`: being generated (生成中).
        Generating = "GENERATING",
        /// `FINISHED`: ready to download (已生成).
        Finished = "FINISHED",
        /// `FAILED`: failed (生成失败).
        Failed = "FAILED",
    }
}

/// `POST /v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization`
///
/// Creates a transfer and, while the user confirms it, asks them to authorize automatic
/// receipt of later transfers (发起转账并完成自动收款授权).
///
/// Official docs: [商家转账 API](https://pay.weixin.qq.com/doc/v3/merchant/4012711988).
#[endpoint(
    POST,
    "/v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization",
    response = PreTransferWithAuthorizationResponse
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreTransferWithAuthorization {
    /// The merchant's AppID (商户AppID).
    pub appid: String,
    /// The merchant's bill number (商户单号).
    pub out_bill_no: String,
    /// The transfer scene (转账场景ID).
    pub transfer_scene_id: String,
    /// The payee's openid (收款用户OpenID).
    pub openid: String,
    /// The payee's real name, encrypted by the client (收款用户姓名).
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
    /// The automatic-receipt authorization to ask for (自动收款授权信息).
    pub authorization_info: Option<AuthorizationInfo>,
    /// The funding merchant, when not the caller (出资商户号).
    pub sponsor_mchid: Option<String>,
}

/// The automatic-receipt authorization asked for with a transfer (自动收款授权信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthorizationInfo {
    /// The user's name as shown by the merchant (用户展示名称).
    pub user_display_name: String,
    /// The merchant's authorization number (商户侧授权单号).
    pub out_authorization_no: String,
    /// HTTPS URL of the authorization result notification (自动收款授权结果通知地址).
    pub authorization_notify_url: String,
}

/// The answer of [`PreTransferWithAuthorization`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreTransferWithAuthorizationResponse {
    /// The merchant's bill number (商户单号).
    pub out_bill_no: String,
    /// WeChat Pay's transfer bill number (微信转账单号).
    pub transfer_bill_no: String,
    /// When the bill was created, RFC 3339 (单据创建时间).
    pub create_time: String,
    /// The bill's state (单据状态).
    pub state: TransferBillState,
    /// The `package` of the confirmation page (跳转领取页面的package信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package_info: Option<String>,
    /// The user's name as shown by the merchant (用户展示名称).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_display_name: Option<String>,
    /// The merchant's authorization number (商户侧授权单号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub out_authorization_no: Option<String>,
}

/// `POST /v3/fund-app/mch-transfer/transfer-bills/transfer`
///
/// Transfers to a user who authorized automatic receipt (转账（用户自动收款）): no
/// confirmation page.
///
/// Official docs: [商家转账 API](https://pay.weixin.qq.com/doc/v3/merchant/4012711988).
#[endpoint(
    POST,
    "/v3/fund-app/mch-transfer/transfer-bills/transfer",
    response = AuthorizedTransferResponse
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransferToAuthorizedUser {
    /// The merchant's AppID (商户AppID).
    pub appid: String,
    /// The merchant's bill number (商户单号).
    pub out_bill_no: String,
    /// The transfer scene (转账场景ID).
    pub transfer_scene_id: String,
    /// The payee's real name, encrypted by the client (收款用户姓名).
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
    /// WeChat Pay's automatic-receipt authorization id (微信自动收款授权单号).
    pub authorization_id: String,
    /// The funding merchant, when not the caller (出资商户号).
    pub sponsor_mchid: Option<String>,
}

/// The answer of [`TransferToAuthorizedUser`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthorizedTransferResponse {
    /// The merchant id (商户号).
    pub mch_id: String,
    /// The merchant's bill number (商户单号).
    pub out_bill_no: String,
    /// WeChat Pay's transfer bill number (微信转账单号).
    pub transfer_bill_no: String,
    /// The merchant's AppID (商户AppID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appid: Option<String>,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<String>,
}

/// `POST /v3/fund-app/mch-transfer/user-confirm-authorization`
///
/// Asks a user to authorize receiving transfers without confirmation (申请免确认收款授权);
/// the user has 24 hours to accept with `package_info`.
///
/// Official docs: [商家转账 API](https://pay.weixin.qq.com/doc/v3/merchant/4012711988).
#[endpoint(
    POST,
    "/v3/fund-app/mch-transfer/user-confirm-authorization",
    response = ApplyUserConfirmAuthorizationResponse
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplyUserConfirmAuthorization {
    /// The merchant's authorization number (商户侧授权单号).
    pub out_authorization_no: String,
    /// The merchant's AppID (商户AppID).
    pub appid: String,
    /// The user's openid (收款用户OpenID).
    pub openid: String,
    /// The transfer scene (转账场景ID).
    pub transfer_scene_id: String,
    /// The user's name as shown by the merchant (用户展示名称).
    pub user_display_name: String,
    /// Why the user receives money (用户收款感知).
    pub user_recv_perception: Option<String>,
    /// HTTPS URL of the authorization result notification (授权结果通知地址).
    pub authorization_notify_url: String,
}

/// The answer of [`ApplyUserConfirmAuthorization`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplyUserConfirmAuthorizationResponse {
    /// The merchant's authorization number (商户侧授权单号).
    pub out_authorization_no: String,
    /// The authorization's state, `WAIT_USER_CONFIRM` (单据状态).
    pub state: AuthorizationState,
    /// When it was created, RFC 3339 (单据创建时间).
    pub create_time: String,
    /// The `package` of the authorization page (跳转领取页面的package信息).
    pub package_info: String,
}

/// `GET /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}`
///
/// Queries an automatic-receipt authorization (商户单号查询自动收款授权).
///
/// Official docs: [商家转账 API](https://pay.weixin.qq.com/doc/v3/merchant/4012711988).
#[endpoint(
    GET,
    "/v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/<out_authorization_no>",
    response = UserConfirmAuthorization
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetUserConfirmAuthorization {
    /// The merchant's authorization number (商户侧授权单号).
    pub out_authorization_no: String,
}

/// `POST /v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}/close`
///
/// Closes an automatic-receipt authorization (解除免确认收款授权).
///
/// Official docs: [商家转账 API](https://pay.weixin.qq.com/doc/v3/merchant/4012711988).
#[endpoint(
    POST,
    "/v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/<out_authorization_no>/close",
    response = UserConfirmAuthorization
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CloseUserConfirmAuthorization {
    /// The merchant's authorization number (商户侧授权单号).
    pub out_authorization_no: String,
}

/// An automatic-receipt authorization (自动收款授权).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserConfirmAuthorization {
    /// The merchant's authorization number (商户侧授权单号).
    pub out_authorization_no: String,
    /// The merchant's AppID (商户AppID).
    pub appid: String,
    /// The user's openid (收款用户OpenID).
    pub openid: String,
    /// The user's name as shown by the merchant (用户展示名称).
    pub user_display_name: String,
    /// WeChat Pay's authorization id, once the user accepted (微信自动收款授权单号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_id: Option<String>,
    /// The authorization's state (单据状态).
    pub state: AuthorizationState,
    /// When the user accepted, RFC 3339 (用户确认授权的时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorize_time: Option<String>,
    /// How it was closed, when `CLOSED` (自动收款授权的关闭信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub close_info: Option<AuthorizationCloseInfo>,
    /// The transfer scene (转账场景ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_scene_id: Option<String>,
    /// Why the user receives money (用户收款感知).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_recv_perception: Option<String>,
    /// When it was created, RFC 3339 (单据创建时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
}

/// How an authorization was closed (自动收款授权的关闭信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthorizationCloseInfo {
    /// When, RFC 3339 (关闭时间).
    pub close_time: String,
    /// Why (关闭原因).
    pub close_reason: AuthorizationCloseReason,
}

wire_enum! {
    /// State of an automatic-receipt authorization (授权单据状态).
    pub enum AuthorizationState {
        /// `WAIT_USER_CONFIRM`: waiting for the user (待用户确认).
        WaitUserConfirm = "WAIT_USER_CONFIRM",
        /// `TAKING_EFFECT`: in force (授权生效中).
        TakingEffect = "TAKING_EFFECT",
        /// `CLOSED`: closed (已关闭).
        Closed = "CLOSED",
    }
}

wire_enum! {
    /// Why an authorization was closed (关闭原因).
    pub enum AuthorizationCloseReason {
        /// `CLOSE_VIA_MCH_API`: closed by the merchant through the API.
        CloseViaMchApi = "CLOSE_VIA_MCH_API",
        /// `USER_CLOSE`: closed by the user.
        UserClose = "USER_CLOSE",
        /// `USER_OVERDUE_UNCONFIRMED`: the user did not confirm in time.
        UserOverdueUnconfirmed = "USER_OVERDUE_UNCONFIRMED",
        /// `TRANSFER_RISK`: closed for risk.
        TransferRisk = "TRANSFER_RISK",
        /// `USER_ACCOUNT_ABNORMAL`: the user's account is abnormal.
        UserAccountAbnormal = "USER_ACCOUNT_ABNORMAL",
    }
}

/// The decrypted `resource` of a transfer bill notification (`MCHTRANSFER.BILL.FINISHED`,
/// 商家转账回调通知): parse it with `NotificationParser::parse::<TransferBillNotification>`.
///
/// Official docs: [商家转账回调通知](https://pay.weixin.qq.com/doc/v3/merchant/4012711988).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferBillNotification {
    /// The merchant id (商户号).
    pub mch_id: String,
    /// The merchant's bill number (商户单号).
    pub out_bill_no: String,
    /// WeChat Pay's transfer bill number (微信转账单号).
    pub transfer_bill_no: String,
    /// Amount in fen (转账金额).
    pub transfer_amount: i64,
    /// The bill's final state (单据状态).
    pub state: TransferBillState,
    /// The payee's openid (收款用户OpenID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub openid: Option<String>,
    /// Why it failed (失败原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_reason: Option<String>,
    /// When the bill was created, RFC 3339 (单据创建时间).
    pub create_time: String,
    /// When the state last changed, RFC 3339 (最后一次状态变更时间).
    pub update_time: String,
}
