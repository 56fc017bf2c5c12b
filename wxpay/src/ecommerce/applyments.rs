//! Second-level merchant onboarding (二级商户进件): `/v3/ecommerce/applyments/…`.
//!
//! Names, id numbers, phone numbers and bank accounts nested in the form are
//! [`Sensitive`]: the client RSA-encrypts them while serializing the request.

use serde::{Deserialize, Serialize};

use crate::applyment::{FinanceInstitutionInfo, IdDocType, IdHolderType, UboInfo};
use crate::endpoint;
use crate::model::wire_enum;
use crate::{Ciphertext, Sensitive};

/// `POST /v3/ecommerce/applyments/`
///
/// Submits a second-level merchant's onboarding form (二级商户进件). Answers the applyment id.
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/applyments/chapter3_1.shtml).
#[endpoint(POST, "/v3/ecommerce/applyments/", response = CreateEcommerceApplymentResponse)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateEcommerceApplyment {
    /// The platform's unique number of this application (业务申请编号).
    pub out_request_no: String,
    /// Kind of subject (主体类型).
    pub organization_type: OrganizationType,
    /// Whether it is a financial institution (是否金融机构).
    pub finance_institution: Option<bool>,
    /// Business licence or registration certificate (营业执照/登记证书信息).
    pub business_license_info: Option<EcommerceLicenseInfo>,
    /// Financial institution licence (金融机构许可证信息).
    pub finance_institution_info: Option<FinanceInstitutionInfo>,
    /// Who holds the identity document (证件持有人类型).
    pub id_holder_type: Option<IdHolderType>,
    /// Kind of identity document (经营者/法人证件类型).
    pub id_doc_type: Option<IdDocType>,
    /// Media id of the legal representative's letter (法定代表人说明函).
    pub authorize_letter_copy: Option<String>,
    /// Identity card of the operator/legal person (经营者/法人身份证信息).
    pub id_card_info: Option<EcommerceIdCardInfo>,
    /// Another identity document (经营者/法人其他类型证件信息).
    pub id_doc_info: Option<EcommerceIdDocInfo>,
    /// Whether the operator/legal person is the beneficial owner (是否为受益人).
    pub owner: Option<bool>,
    /// Ultimate beneficial owners (最终受益人信息列表).
    pub ubo_info_list: Option<Vec<UboInfo>>,
    /// The settlement bank account (结算银行账户).
    pub account_info: EcommerceAccountInfo,
    /// The super administrator (超级管理员信息).
    pub contact_info: EcommerceContactInfo,
    /// The shop (店铺信息).
    pub sales_scene_info: SalesSceneInfo,
    /// Settlement rule (结算规则).
    pub settlement_info: Option<EcommerceSettlementInfo>,
    /// Short name shown to payers (商户简称).
    pub merchant_shortname: String,
    /// Media ids of special qualifications (特殊资质).
    pub qualifications: Option<Vec<String>>,
    /// Media ids of additional pictures (补充材料).
    pub business_addition_pics: Option<Vec<String>>,
    /// Free text (补充说明).
    pub business_addition_desc: Option<String>,
}

/// The answer of [`CreateEcommerceApplyment`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateEcommerceApplymentResponse {
    /// WeChat Pay's applyment id (微信支付申请单号).
    pub applyment_id: i64,
    /// The platform's application number (业务申请编号).
    pub out_request_no: String,
}

/// Business licence or registration certificate (营业执照/登记证书信息).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct EcommerceLicenseInfo {
    /// Kind of registration certificate, `CERTIFICATE_TYPE_2388` … (登记证书类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert_type: Option<String>,
    /// Media id of the licence (证件扫描件).
    pub business_license_copy: String,
    /// Registration number (证件注册号).
    pub business_license_number: String,
    /// Merchant name (商户名称).
    pub merchant_name: String,
    /// Operator or legal representative (经营者/法定代表人姓名).
    pub legal_person: String,
    /// Registered address (注册地址).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_address: Option<String>,
    /// Validity as a JSON array string, `["2014-01-01","长期"]` (营业期限).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_time: Option<String>,
}

/// An identity card on an e-commerce form (经营者/法人身份证信息).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EcommerceIdCardInfo {
    /// Media id of the portrait side (身份证人像面照片).
    pub id_card_copy: String,
    /// Media id of the emblem side (身份证国徽面照片).
    pub id_card_national: String,
    /// Name, encrypted (身份证姓名).
    pub id_card_name: Sensitive,
    /// Number, encrypted (身份证号码).
    pub id_card_number: Sensitive,
    /// Address, encrypted (身份证居住地址).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_card_address: Option<Sensitive>,
    /// Start of validity, `YYYY-MM-DD` (身份证有效期开始时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_card_valid_time_begin: Option<String>,
    /// End of validity, `YYYY-MM-DD` or `长期` (身份证有效期结束时间).
    pub id_card_valid_time: String,
}

/// Another identity document on an e-commerce form (其他类型证件信息).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EcommerceIdDocInfo {
    /// Name, encrypted (证件姓名).
    pub id_doc_name: Sensitive,
    /// Number, encrypted (证件号码).
    pub id_doc_number: Sensitive,
    /// Media id of the front (证件正面照片).
    pub id_doc_copy: String,
    /// Media id of the back (证件反面照片).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_doc_copy_back: Option<String>,
    /// Start of validity (证件有效期开始时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_period_begin: Option<String>,
    /// End of validity, or `长期` (证件有效期结束时间).
    pub doc_period_end: String,
}

/// The settlement bank account of an e-commerce form (结算银行账户).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EcommerceAccountInfo {
    /// Corporate (`74`) or personal (`75`) (账户类型).
    pub bank_account_type: EcommerceBankAccountType,
    /// Bank, e.g. `工商银行` (开户银行).
    pub account_bank: String,
    /// Account holder, encrypted (开户名称).
    pub account_name: Sensitive,
    /// Province/city code of the branch (开户银行省市编码).
    pub bank_address_code: String,
    /// Branch's CNAPS code (开户银行联行号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_branch_id: Option<String>,
    /// Full branch name (开户银行全称（含支行）).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_name: Option<String>,
    /// Account number, encrypted (银行帐号).
    pub account_number: Sensitive,
}

/// The super administrator of an e-commerce form (超级管理员信息).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EcommerceContactInfo {
    /// Legal person (`65`) or person in charge (`66`) (超级管理员类型).
    pub contact_type: EcommerceContactType,
    /// Name, encrypted (超级管理员姓名).
    pub contact_name: Sensitive,
    /// Kind of identity document (超级管理员证件类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id_doc_type: Option<IdDocType>,
    /// Identity document number, encrypted (超级管理员身份证件号码).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id_card_number: Option<Sensitive>,
    /// Media id of the document's front (超级管理员证件正面照片).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id_doc_copy: Option<String>,
    /// Media id of the document's back (超级管理员证件反面照片).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id_doc_copy_back: Option<String>,
    /// Start of the document's validity (证件有效期开始时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_period_begin: Option<String>,
    /// End of the document's validity (证件有效期结束时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_period_end: Option<String>,
    /// Media id of the authorization letter (业务办理授权函).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_authorization_letter: Option<String>,
    /// Mobile phone, encrypted (超级管理员手机).
    pub mobile_phone: Sensitive,
    /// Email, encrypted (超级管理员邮箱).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_email: Option<Sensitive>,
}

/// The shop (店铺信息).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SalesSceneInfo {
    /// Shop name (店铺名称).
    pub store_name: String,
    /// Shop URL (店铺链接).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_url: Option<String>,
    /// Media id of the shop's QR code (店铺二维码).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_qr_code: Option<String>,
    /// The shop's mini program AppID (小程序AppID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mini_program_sub_appid: Option<String>,
}

/// Settlement rule of an e-commerce form (结算规则).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct EcommerceSettlementInfo {
    /// Settlement rule id (结算规则ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settlement_id: Option<String>,
    /// Industry (所属行业).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualification_type: Option<String>,
}

/// `GET /v3/ecommerce/applyments/{applyment_id}`
///
/// Queries an onboarding form by WeChat Pay's applyment id (通过申请单ID查询申请状态).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/applyments/chapter3_2.shtml).
#[endpoint(GET, "/v3/ecommerce/applyments/<applyment_id>", response = EcommerceApplymentStatus)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryEcommerceApplyment {
    /// WeChat Pay's applyment id (微信支付申请单号).
    pub applyment_id: i64,
}

/// `GET /v3/ecommerce/applyments/out-request-no/{out_request_no}`
///
/// Queries an onboarding form by the platform's number (通过业务申请编号查询申请状态).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/applyments/chapter3_3.shtml).
#[endpoint(
    GET,
    "/v3/ecommerce/applyments/out-request-no/<out_request_no>",
    response = EcommerceApplymentStatus
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryEcommerceApplymentByOutRequestNo {
    /// The platform's application number (业务申请编号).
    pub out_request_no: String,
}

/// The state of an e-commerce onboarding form (申请状态).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EcommerceApplymentStatus {
    /// The state (申请状态).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applyment_state: Option<EcommerceApplymentState>,
    /// Description of the state (申请状态描述).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applyment_state_desc: Option<String>,
    /// Signing state (签约状态).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_state: Option<SignState>,
    /// Signing link (签约链接).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_url: Option<String>,
    /// The new second-level merchant id (电商平台二级商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_mchid: Option<String>,
    /// The remittance that verifies the account (汇款账户验证信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_validation: Option<AccountValidation>,
    /// Why the form was rejected (驳回原因详情).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit_detail: Option<Vec<EcommerceAuditDetail>>,
    /// Legal person verification link (法人验证链接).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_validation_url: Option<String>,
    /// The platform's application number (业务申请编号).
    pub out_request_no: String,
    /// WeChat Pay's applyment id (微信支付申请单号).
    pub applyment_id: i64,
}

/// The remittance that verifies a settlement account (汇款账户验证信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountValidation {
    /// Payer name, encrypted with the merchant's key (付款户名).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_name: Option<Ciphertext>,
    /// Payer card number, encrypted with the merchant's key (付款卡号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_no: Option<Ciphertext>,
    /// Amount to remit, in fen (汇款金额); a number or a numeric string on the wire.
    #[serde(
        default,
        deserialize_with = "super::int_or_string::deserialize",
        skip_serializing_if = "Option::is_none"
    )]
    pub pay_amount: Option<i64>,
    /// Payee card number (收款卡号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_account_number: Option<String>,
    /// Payee name (收款户名).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_account_name: Option<String>,
    /// Payee bank (开户银行).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_account_bank: Option<String>,
    /// City (省市信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Remark to write on the remittance (备注信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// Deadline of the remittance (汇款截止时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
}

/// A rejected parameter of an e-commerce form (驳回原因详情).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EcommerceAuditDetail {
    /// The parameter (参数名称).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub param_name: Option<String>,
    /// Why it was rejected (驳回原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reject_reason: Option<String>,
}

wire_enum! {
    /// Kind of subject of an e-commerce merchant (主体类型).
    pub enum OrganizationType {
        /// `2401`: micro merchant (小微商户).
        Micro = "2401",
        /// `2500`: individual seller (个人卖家).
        PersonalSeller = "2500",
        /// `4`: individual business (个体工商户).
        Individual = "4",
        /// `2`: enterprise (企业).
        Enterprise = "2",
        /// `3`: public institution (事业单位).
        Institution = "3",
        /// `2502`: government body (政府机关).
        Government = "2502",
        /// `1708`: social organisation (社会组织).
        SocialOrganization = "1708",
    }
}

wire_enum! {
    /// Kind of settlement bank account of an e-commerce merchant (账户类型).
    pub enum EcommerceBankAccountType {
        /// `74`: corporate account (对公账户).
        Corporate = "74",
        /// `75`: personal account (对私账户).
        Personal = "75",
    }
}

wire_enum! {
    /// Who the super administrator is (超级管理员类型).
    pub enum EcommerceContactType {
        /// `65`: the operator or legal person (经营者/法人).
        Legal = "65",
        /// `66`: a person in charge (负责人).
        Super = "66",
    }
}

wire_enum! {
    /// State of an e-commerce onboarding form (申请状态).
    pub enum EcommerceApplymentState {
        /// `CHECKING`: being checked (资料校验中).
        Checking = "CHECKING",
        /// `ACCOUNT_NEED_VERIFY`: waiting for the account's verification (待账户验证).
        AccountNeedVerify = "ACCOUNT_NEED_VERIFY",
        /// `AUDITING`: under review (审核中).
        Auditing = "AUDITING",
        /// `REJECTED`: rejected (已驳回).
        Rejected = "REJECTED",
        /// `NEED_SIGN`: waiting for signing (待签约).
        NeedSign = "NEED_SIGN",
        /// `FINISH`: done (完成).
        Finish = "FINISH",
        /// `FROZEN`: frozen (已冻结).
        Frozen = "FROZEN",
        /// `CANCELED`: cancelled (已作废).
        Canceled = "CANCELED",
    }
}

wire_enum! {
    /// Signing state of an e-commerce merchant (签约状态).
    pub enum SignState {
        /// `UNSIGNED`: not signed.
        Unsigned = "UNSIGNED",
        /// `SIGNED`: signed.
        Signed = "SIGNED",
        /// `NOT_SIGNABLE`: cannot be signed yet.
        NotSignable = "NOT_SIGNABLE",
    }
}
