//! Settlement accounts (`/v3/apply4sub/sub_merchants/…`) and account cancellation
//! (`/v3/ecommerce/account/cancel-applications`) of sub-merchants.

use serde::{Deserialize, Serialize};

use crate::endpoint;
use crate::model::wire_enum;

/// `POST /v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement`
///
/// Changes a sub-merchant's settlement bank account (修改结算账号). Answers an application
/// number to follow with [`QuerySettlementApplication`].
///
/// Official docs: [partner](https://pay.weixin.qq.com/docs/partner/apis/ecommerce-merchant-application/modify-settlement.html).
#[endpoint(
    POST,
    "/v3/apply4sub/sub_merchants/<sub_mchid>/modify-settlement",
    response = ModifySettlementResponse
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModifySettlement {
    /// The sub-merchant (特约商户号).
    pub sub_mchid: String,
    /// Mode, `MODIFY_MODE_ASYNC` (修改模式).
    pub modify_mode: Option<String>,
    /// Kind of account (账户类型).
    pub account_type: SettlementAccountType,
    /// Bank, e.g. `工商银行` (开户银行).
    pub account_bank: String,
    /// Province/city code of the branch (开户银行省市编码).
    pub bank_address_code: String,
    /// Full branch name (开户银行全称（含支行）).
    pub bank_name: Option<String>,
    /// Branch's CNAPS code (开户银行联行号).
    pub bank_branch_id: Option<String>,
    /// Account number; the client encrypts it (银行账号).
    #[encrypt]
    pub account_number: String,
    /// Account holder; the client encrypts it (开户名称).
    #[encrypt]
    pub account_name: Option<String>,
}

/// The answer of [`ModifySettlement`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModifySettlementResponse {
    /// The application number (修改结算账户申请单号).
    pub application_no: String,
}

/// `GET /v3/apply4sub/sub_merchants/{sub_mchid}/settlement`
///
/// Queries a sub-merchant's settlement account, masked (查询结算账户).
///
/// Official docs: [partner](https://pay.weixin.qq.com/docs/partner/apis/ecommerce-merchant-application/get-settlement.html).
#[endpoint(GET, "/v3/apply4sub/sub_merchants/<sub_mchid>/settlement", response = Settlement)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuerySettlement {
    /// The sub-merchant (特约商户号).
    pub sub_mchid: String,
}

/// A settlement account (结算账户).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settlement {
    /// Kind of account (账户类型).
    pub account_type: SettlementAccountType,
    /// Bank (开户银行).
    pub account_bank: String,
    /// Full branch name (开户银行全称（含支行）).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_name: Option<String>,
    /// Branch's CNAPS code (开户银行联行号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_branch_id: Option<String>,
    /// Account number, masked (银行账号).
    pub account_number: String,
    /// Result of the remittance check (验证结果).
    pub verify_result: SettlementVerifyResult,
    /// Why the check failed (验证失败原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_fail_reason: Option<String>,
}

/// `GET /v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}`
///
/// Queries a settlement account change (查询结算账户修改申请状态).
///
/// Official docs: [partner](https://pay.weixin.qq.com/docs/partner/apis/ecommerce-merchant-application/get-application.html).
#[endpoint(
    GET,
    "/v3/apply4sub/sub_merchants/<sub_mchid>/application/<application_no>",
    response = SettlementApplication
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuerySettlementApplication {
    /// The sub-merchant (特约商户号).
    pub sub_mchid: String,
    /// The application number (修改结算账户申请单号).
    pub application_no: String,
}

/// A settlement account change (结算账户修改申请单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettlementApplication {
    /// Account holder, masked (开户名称).
    pub account_name: String,
    /// Kind of account (账户类型).
    pub account_type: SettlementAccountType,
    /// Bank (开户银行).
    pub account_bank: String,
    /// Full branch name (开户银行全称（含支行）).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_name: Option<String>,
    /// Branch's CNAPS code (开户银行联行号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_branch_id: Option<String>,
    /// Account number, masked (银行账号).
    pub account_number: String,
    /// Review state (审核状态).
    pub verify_result: ApplicationVerifyResult,
    /// Why it was rejected (审核驳回原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_fail_reason: Option<String>,
    /// When the review result changed, RFC 3339 (审核结果更新时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_finish_time: Option<String>,
}

/// `POST /v3/ecommerce/account/cancel-applications`
///
/// Applies to cancel a second-level merchant's account (提交注销申请单).
///
/// Official docs: [partner](https://pay.weixin.qq.com/docs/partner/apis/ecommerce-cancel/cancel-applications/create-cancel-application.html).
#[endpoint(POST, "/v3/ecommerce/account/cancel-applications", response = CancelApplication)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateCancelApplication {
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// The platform's application number (商户注销申请单号).
    pub out_apply_no: String,
    /// Supporting pictures (注销申请材料).
    pub application_info: Vec<CancelApplicationInfo>,
}

/// A supporting picture of a cancellation (注销申请材料).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CancelApplicationInfo {
    /// Kind of material (注销申请材料类型).
    pub application_type: CancelApplicationType,
    /// Media id of the picture (图片MediaID).
    pub application_media_id: String,
}

/// `GET /v3/ecommerce/account/cancel-applications/out-apply-no/{out_apply_no}`
///
/// Queries a cancellation (查询注销单状态).
///
/// Official docs: [partner](https://pay.weixin.qq.com/docs/partner/apis/ecommerce-cancel/cancel-applications/get-cancel-application.html).
#[endpoint(
    GET,
    "/v3/ecommerce/account/cancel-applications/out-apply-no/<out_apply_no>",
    response = CancelApplication
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryCancelApplication {
    /// The platform's application number (商户注销申请单号).
    pub out_apply_no: String,
}

/// A cancellation (注销申请单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CancelApplication {
    /// The platform's application number (商户注销申请单号).
    pub out_apply_no: String,
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// Why it was not accepted (受理失败原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reject_reason: Option<String>,
    /// State (注销状态).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancel_state: Option<CancelState>,
    /// When it last changed, RFC 3339 (最后更新时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<String>,
}

wire_enum! {
    /// Kind of settlement account (账户类型).
    pub enum SettlementAccountType {
        /// `ACCOUNT_TYPE_BUSINESS`: corporate account (对公银行账户).
        Business = "ACCOUNT_TYPE_BUSINESS",
        /// `ACCOUNT_TYPE_PRIVATE`: personal bank card (经营者个人银行卡).
        Private = "ACCOUNT_TYPE_PRIVATE",
    }
}

wire_enum! {
    /// Result of a settlement account's remittance check (验证结果).
    pub enum SettlementVerifyResult {
        /// `VERIFY_SUCCESS`: verified.
        Success = "VERIFY_SUCCESS",
        /// `VERIFY_FAIL`: failed.
        Fail = "VERIFY_FAIL",
        /// `VERIFYING`: being verified.
        Verifying = "VERIFYING",
    }
}

wire_enum! {
    /// Review state of a settlement account change (审核状态).
    pub enum ApplicationVerifyResult {
        /// `AUDIT_SUCCESS`: approved.
        Success = "AUDIT_SUCCESS",
        /// `AUDITING`: under review.
        Auditing = "AUDITING",
        /// `AUDIT_FAIL`: rejected.
        Fail = "AUDIT_FAIL",
    }
}

wire_enum! {
    /// Kind of cancellation material (注销申请材料类型).
    pub enum CancelApplicationType {
        /// `SP_CANCEL_ACCOUNT_APPLICATION`: the platform's application letter.
        SpCancelAccountApplication = "SP_CANCEL_ACCOUNT_APPLICATION",
        /// `SUB_CANCEL_ACCOUNT_APPLICATION`: the merchant's application letter.
        SubCancelAccountApplication = "SUB_CANCEL_ACCOUNT_APPLICATION",
    }
}

wire_enum! {
    /// State of a cancellation (注销状态).
    pub enum CancelState {
        /// `REVIEWING`: under review.
        Reviewing = "REVIEWING",
        /// `REJECTED`: rejected.
        Rejected = "REJECTED",
        /// `CANCEL_SUCCESS`: cancelled.
        CancelSuccess = "CANCEL_SUCCESS",
    }
}
