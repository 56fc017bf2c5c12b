//! Sub-merchant onboarding (特约商户进件, `/v3/applyment4sub/…`) and account-opening consent
//! (商户开户意愿确认, `/v3/apply4subject/…`) for service providers.
//!
//! Sensitive request fields nested in the forms (names, id numbers, phone numbers, bank
//! accounts) are [`Sensitive`]: the client RSA-encrypts them while serializing the request.
//! The shared identity types ([`IdDocType`], [`UboInfo`] …) are reused by
//! [`crate::ecommerce::applyments`].

use serde::{Deserialize, Serialize};

use crate::Sensitive;
use crate::endpoint;
use crate::model::wire_enum;

// ---------------------------------------------------------------------------------------------
// 特约商户进件: /v3/applyment4sub/applyment/
// ---------------------------------------------------------------------------------------------

/// `POST /v3/applyment4sub/applyment/`
///
/// Submits a merchant's onboarding form (提交申请单): the service provider applies for a new
/// sub-merchant (特约商户). Answers the WeChat Pay applyment id.
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/applyment4sub/chapter3_1.shtml).
#[endpoint(POST, "/v3/applyment4sub/applyment/", response = SubmitApplymentResponse)]
#[derive(Debug, Clone, PartialEq)]
pub struct SubmitApplyment {
    /// The service provider's unique number of this application (业务申请编号).
    pub business_code: String,
    /// The super administrator (超级管理员信息).
    pub contact_info: ContactInfo,
    /// The legal subject (主体资料).
    pub subject_info: SubjectInfo,
    /// Business information (经营资料).
    pub business_info: BusinessInfo,
    /// Settlement rule (结算规则).
    pub settlement_info: SettlementInfo,
    /// The settlement bank account (结算银行账户).
    pub bank_account_info: BankAccountInfo,
    /// Additional material (补充材料).
    pub addition_info: Option<AdditionInfo>,
}

/// The answer of [`SubmitApplyment`] and [`SubmitSubjectApplyment`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmitApplymentResponse {
    /// WeChat Pay's applyment id (微信支付申请单号).
    pub applyment_id: i64,
}

/// The super administrator of an onboarding form (超级管理员信息).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContactInfo {
    /// Who the administrator is (超级管理员类型).
    pub contact_type: IdHolderType,
    /// Name, encrypted (超级管理员姓名).
    pub contact_name: Sensitive,
    /// Kind of identity document (超级管理员证件类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id_doc_type: Option<IdDocType>,
    /// Identity document number, encrypted (超级管理员身份证件号码).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id_number: Option<Sensitive>,
    /// Media id of the document's front (超级管理员证件正面照片).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id_doc_copy: Option<String>,
    /// Media id of the document's back (超级管理员证件反面照片).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id_doc_copy_back: Option<String>,
    /// Start of the document's validity, `YYYY-MM-DD` (证件有效期开始时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_period_begin: Option<String>,
    /// End of the document's validity, `YYYY-MM-DD` or `长期` (证件有效期结束时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_period_end: Option<String>,
    /// Media id of the authorization letter (业务办理授权函).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_authorization_letter: Option<String>,
    /// The administrator's openid (超级管理员微信openid).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub openid: Option<String>,
    /// Mobile phone, encrypted (联系手机).
    pub mobile_phone: Sensitive,
    /// Email, encrypted (联系邮箱).
    pub contact_email: Sensitive,
}

/// The legal subject of an onboarding form (主体资料).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubjectInfo {
    /// Kind of subject (主体类型).
    pub subject_type: SubjectType,
    /// Business licence, for individual businesses and enterprises (营业执照).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_license_info: Option<BusinessLicenseInfo>,
    /// Registration certificate, for other subjects (登记证书).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_info: Option<CertificateInfo>,
    /// Organization code certificate (组织机构代码证信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_info: Option<OrganizationInfo>,
    /// Media id of the employer's certification letter (单位证明函照片).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_letter_copy: Option<String>,
    /// Financial institution licence (金融机构许可证信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finance_institution_info: Option<FinanceInstitutionInfo>,
    /// The operator's or legal person's identity (经营者/法人身份证件).
    pub identity_info: IdentityInfo,
    /// Ultimate beneficial owners (最终受益人信息列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ubo_info_list: Option<Vec<UboInfo>>,
}

/// A business licence (营业执照).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct BusinessLicenseInfo {
    /// Media id of the licence (营业执照照片).
    pub license_copy: String,
    /// Registration number or unified social credit code (注册号/统一社会信用代码).
    pub license_number: String,
    /// Merchant name (商户名称).
    pub merchant_name: String,
    /// The operator or legal person (个体户经营者/法人姓名).
    pub legal_person: String,
    /// Registered address (注册地址).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license_address: Option<String>,
    /// Start of validity, `YYYY-MM-DD` (有效期限开始日期).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_begin: Option<String>,
    /// End of validity, `YYYY-MM-DD` or `长期` (有效期限结束日期).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_end: Option<String>,
}

/// A registration certificate (登记证书).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CertificateInfo {
    /// Media id of the certificate (登记证书照片).
    pub cert_copy: String,
    /// Kind of certificate, `CERTIFICATE_TYPE_2388` … (登记证书类型).
    pub cert_type: String,
    /// Certificate number (证书号).
    pub cert_number: String,
    /// Merchant name (商户名称).
    pub merchant_name: String,
    /// Registered address (注册地址).
    pub company_address: String,
    /// Legal person (法人姓名).
    pub legal_person: String,
    /// Start of validity (有效期限开始日期).
    pub period_begin: String,
    /// End of validity (有效期限结束日期).
    pub period_end: String,
}

/// An organization code certificate (组织机构代码证).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct OrganizationInfo {
    /// Media id of the certificate (组织机构代码证照片).
    pub organization_copy: String,
    /// Organization code (组织机构代码).
    pub organization_code: String,
    /// Start of validity (有效期开始日期).
    pub org_period_begin: String,
    /// End of validity (有效期结束日期).
    pub org_period_end: String,
}

/// A financial institution licence (金融机构许可证信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FinanceInstitutionInfo {
    /// Kind of institution (金融机构类型).
    pub finance_type: FinanceType,
    /// Media ids of the licence pictures (金融机构许可证图片).
    pub finance_license_pics: Vec<String>,
}

/// The operator's or legal person's identity (经营者/法人身份证件).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdentityInfo {
    /// Who holds the document (证件持有人类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_holder_type: Option<IdHolderType>,
    /// Kind of document (证件类型).
    pub id_doc_type: IdDocType,
    /// Media id of the legal representative's letter (法定代表人说明函).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorize_letter_copy: Option<String>,
    /// Identity card, when `id_doc_type` is an identity card (身份证信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_card_info: Option<IdCardInfo>,
    /// Another document (其他类型证件信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_doc_info: Option<IdDocInfo>,
    /// Whether the operator/legal person is the beneficial owner (是否为受益人).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<bool>,
}

/// A Chinese identity card (身份证信息).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IdCardInfo {
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
    /// Start of validity (身份证有效期开始时间).
    pub card_period_begin: String,
    /// End of validity, or `长期` (身份证有效期结束时间).
    pub card_period_end: String,
}

/// Another kind of identity document (其他类型证件信息).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IdDocInfo {
    /// Media id of the front (证件正面照片).
    pub id_doc_copy: String,
    /// Media id of the back (证件反面照片).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_doc_copy_back: Option<String>,
    /// Name, encrypted (证件姓名).
    pub id_doc_name: Sensitive,
    /// Number, encrypted (证件号码).
    pub id_doc_number: Sensitive,
    /// Address, encrypted (证件居住地址).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_doc_address: Option<Sensitive>,
    /// Start of validity (证件有效期开始时间).
    pub doc_period_begin: String,
    /// End of validity, or `长期` (证件有效期结束时间).
    pub doc_period_end: String,
}

/// An ultimate beneficial owner (最终受益人信息).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UboInfo {
    /// Kind of document (证件类型).
    pub ubo_id_doc_type: IdDocType,
    /// Media id of the front (证件正面照片).
    pub ubo_id_doc_copy: String,
    /// Media id of the back (证件反面照片).
    pub ubo_id_doc_copy_back: String,
    /// Name, encrypted (受益人姓名).
    pub ubo_id_doc_name: Sensitive,
    /// Document number, encrypted (证件号码).
    pub ubo_id_doc_number: Sensitive,
    /// Address, encrypted (证件居住地址).
    pub ubo_id_doc_address: Sensitive,
    /// Start of validity (证件有效期开始时间).
    pub ubo_period_begin: String,
    /// End of validity, or `长期` (证件有效期结束时间).
    pub ubo_period_end: String,
}

/// Business information (经营资料).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BusinessInfo {
    /// Short name shown to payers (商户简称).
    pub merchant_shortname: String,
    /// Customer service phone (客服电话).
    pub service_phone: String,
    /// Where the merchant sells (经营场景).
    pub sales_info: SalesInfo,
}

/// Where the merchant sells (经营场景).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SalesInfo {
    /// The scenes (经营场景类型).
    pub sales_scenes_type: Vec<SalesScene>,
    /// A physical store (线下场所场景).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub biz_store_info: Option<BizStoreInfo>,
    /// An official account (公众号场景).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mp_info: Option<MpInfo>,
    /// A mini program (小程序场景).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mini_program_info: Option<MiniProgramInfo>,
    /// An app (App场景).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_info: Option<AppInfo>,
    /// A web site (互联网网站场景).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_info: Option<WebInfo>,
    /// WeCom (企业微信场景).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wework_info: Option<WeworkInfo>,
}

/// A physical store (线下场所场景).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct BizStoreInfo {
    /// Store name (线下场所名称).
    pub biz_store_name: String,
    /// Province/city code (线下场所省市编码).
    pub biz_address_code: String,
    /// Address (线下场所地址).
    pub biz_store_address: String,
    /// Media ids of the entrance pictures (线下场所门头照片).
    pub store_entrance_pic: Vec<String>,
    /// Media ids of the inside pictures (线下场所内部照片).
    pub indoor_pic: Vec<String>,
    /// The merchant's AppID of the store (线下场所对应的商家AppID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub biz_sub_appid: Option<String>,
}

/// An official account scene (公众号场景).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct MpInfo {
    /// The service provider's official account AppID (服务商公众号AppID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mp_appid: Option<String>,
    /// The merchant's official account AppID (商家公众号AppID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mp_sub_appid: Option<String>,
    /// Media ids of screenshots (公众号页面截图).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mp_pics: Option<Vec<String>>,
}

/// A mini program scene (小程序场景).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct MiniProgramInfo {
    /// The service provider's mini program AppID (服务商小程序APPID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mini_program_appid: Option<String>,
    /// The merchant's mini program AppID (商家小程序APPID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mini_program_sub_appid: Option<String>,
    /// Media ids of screenshots (小程序截图).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mini_program_pics: Option<Vec<String>>,
}

/// An app scene (App场景).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AppInfo {
    /// The service provider's app AppID (服务商应用APPID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_appid: Option<String>,
    /// The merchant's app AppID (商家应用APPID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_sub_appid: Option<String>,
    /// Media ids of screenshots (App截图).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_pics: Option<Vec<String>>,
}

/// A web site scene (互联网网站场景).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct WebInfo {
    /// The site's domain (互联网网站域名).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// Media id of the site's authorisation letter (网站授权函).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_authorisation: Option<String>,
    /// The merchant's AppID of the site (互联网网站对应的商家APPID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_appid: Option<String>,
}

/// A WeCom scene (企业微信场景).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct WeworkInfo {
    /// The merchant's WeCom CorpID (商家企业微信CorpID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_corp_id: Option<String>,
    /// Media ids of screenshots (企业微信页面截图).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wework_pics: Option<Vec<String>>,
}

/// Settlement rule and fee activity (结算规则).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SettlementInfo {
    /// Settlement rule id (入驻结算规则ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settlement_id: Option<String>,
    /// Industry (所属行业).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualification_type: Option<String>,
    /// Media ids of special qualifications (特殊资质图片).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifications: Option<Vec<String>>,
    /// Preferential rate activity id (优惠费率活动ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activities_id: Option<String>,
    /// Preferential rate (优惠费率活动值).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activities_rate: Option<String>,
    /// Debit card rate (非信用卡活动费率值).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debit_activities_rate: Option<String>,
    /// Credit card rate (信用卡活动费率值).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_activities_rate: Option<String>,
    /// Media ids of activity material (优惠费率活动补充材料).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activities_additions: Option<Vec<String>>,
}

/// The settlement bank account (结算银行账户).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BankAccountInfo {
    /// Corporate or personal (账户类型).
    pub bank_account_type: BankAccountType,
    /// Account holder, encrypted (开户名称).
    pub account_name: Sensitive,
    /// Bank, e.g. `工商银行` (开户银行).
    pub account_bank: String,
    /// Province/city code of the branch (开户银行省市编码).
    pub bank_address_code: String,
    /// Full branch name (开户银行全称（含支行）).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_name: Option<String>,
    /// Branch's CNAPS code (开户银行联行号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_branch_id: Option<String>,
    /// Account number, encrypted (银行账号).
    pub account_number: Sensitive,
}

/// Additional material (补充材料).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AdditionInfo {
    /// Media id of the legal person's commitment letter (法人开户承诺函).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_person_commitment: Option<String>,
    /// Media id of the legal person's video (法人开户意愿视频).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_person_video: Option<String>,
    /// Media ids of additional pictures (补充材料).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_addition_pics: Option<Vec<String>>,
    /// Free text (补充说明).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_addition_msg: Option<String>,
}

/// `GET /v3/applyment4sub/applyment/business_code/{business_code}`
///
/// Queries an onboarding form by the service provider's number (通过业务申请编号查询申请状态).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/applyment4sub/chapter3_2.shtml).
#[endpoint(
    GET,
    "/v3/applyment4sub/applyment/business_code/<business_code>",
    response = ApplymentStatus
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryApplymentByBusinessCode {
    /// The service provider's application number (业务申请编号).
    pub business_code: String,
}

/// `GET /v3/applyment4sub/applyment/applyment_id/{applyment_id}`
///
/// Queries an onboarding form by WeChat Pay's applyment id (通过申请单号查询申请状态).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/applyment4sub/chapter3_2.shtml).
#[endpoint(
    GET,
    "/v3/applyment4sub/applyment/applyment_id/<applyment_id>",
    response = ApplymentStatus
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryApplymentById {
    /// WeChat Pay's applyment id (微信支付申请单号).
    pub applyment_id: i64,
}

/// The state of an onboarding form (申请单状态).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplymentStatus {
    /// The service provider's application number (业务申请编号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_code: Option<String>,
    /// WeChat Pay's applyment id (微信支付申请单号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applyment_id: Option<i64>,
    /// The new sub-merchant id, once created (特约商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_mchid: Option<String>,
    /// The administrator's signing link (超级管理员签约链接).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_url: Option<String>,
    /// The state (申请单状态).
    pub applyment_state: ApplymentState,
    /// Description of the state (申请状态描述).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applyment_state_msg: Option<String>,
    /// Why the form was rejected, field by field (驳回原因详情).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit_detail: Option<Vec<AuditDetail>>,
}

/// A rejected field (驳回原因详情).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditDetail {
    /// Field path (字段名).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Field's display name (字段名称).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name: Option<String>,
    /// Why it was rejected (驳回原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reject_reason: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 商户开户意愿确认: /v3/apply4subject/applyment
// ---------------------------------------------------------------------------------------------

/// `POST /v3/apply4subject/applyment`
///
/// Submits an account-opening consent form (提交商户开户意愿申请单): the merchant's contact,
/// subject and legal person, for the merchant to confirm in WeChat.
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_1_1.shtml).
#[endpoint(POST, "/v3/apply4subject/applyment", response = SubmitApplymentResponse)]
#[derive(Debug, Clone, PartialEq)]
pub struct SubmitSubjectApplyment {
    /// Channel merchant id, for channel partners (渠道商户号).
    #[query]
    pub channel_id: Option<String>,
    /// The service provider's application number (业务申请编号).
    pub business_code: String,
    /// The contact (联系人信息).
    pub contact_info: SubjectContactInfo,
    /// The subject (主体信息).
    pub subject_info: SubjectApplymentSubject,
    /// The legal person (法人身份信息).
    pub identification_info: IdentificationInfo,
    /// Ultimate beneficial owners (最终受益人信息列表).
    pub ubo_info_list: Option<Vec<UboInfo>>,
    /// Additional material (补充材料).
    pub addition_info: Option<SubjectAdditionInfo>,
}

/// The contact of a consent form (联系人信息).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SubjectContactInfo {
    /// Who the contact is (联系人类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_type: Option<IdHolderType>,
    /// Name, encrypted (联系人姓名).
    pub name: Sensitive,
    /// Kind of identity document (联系人证件类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id_doc_type: Option<IdDocType>,
    /// Identity document number, encrypted (联系人身份证号码).
    pub id_card_number: Sensitive,
    /// Media id of the document's front (联系人证件正面照片).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id_doc_copy: Option<String>,
    /// Media id of the document's back (联系人证件反面照片).
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
    /// Mobile phone, encrypted (联系人手机号).
    pub mobile: Sensitive,
}

/// The subject of a consent form (主体信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubjectApplymentSubject {
    /// Kind of subject (主体类型).
    pub subject_type: SubjectType,
    /// Whether it is a financial institution (是否金融机构).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_finance_institution: Option<bool>,
    /// Business licence (营业执照).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_license_info: Option<SubjectLicenceInfo>,
    /// Registration certificate (登记证书).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_info: Option<SubjectCertificateInfo>,
    /// Media id of the employer's certification letter (单位证明函照片).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_prove_copy: Option<String>,
    /// Supporting material of a micro merchant (辅助证明材料信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assist_prove_info: Option<AssistProveInfo>,
    /// Operating licences (经营许可证信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub special_operation_info: Option<Vec<SpecialOperationInfo>>,
    /// Financial institution licence (金融机构许可证信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finance_institution_info: Option<FinanceInstitutionInfo>,
}

/// A business licence on a consent form (营业执照).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SubjectLicenceInfo {
    /// Registration number (营业执照注册号).
    pub licence_number: String,
    /// Media id of the licence (营业执照照片).
    pub licence_copy: String,
    /// Merchant name (商户名称).
    pub merchant_name: String,
    /// Legal person (法人姓名).
    pub legal_person: String,
    /// Registered address (注册地址).
    pub company_address: String,
    /// Validity as a JSON array string, `["1970-01-01","forever"]` (营业执照有效日期).
    pub licence_valid_date: String,
}

/// A registration certificate on a consent form (登记证书).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SubjectCertificateInfo {
    /// Kind of certificate, `CERTIFICATE_TYPE_2388` … (登记证书类型).
    pub cert_type: String,
    /// Certificate number (证书编号).
    pub cert_number: String,
    /// Media id of the certificate (登记证书照片).
    pub cert_copy: String,
    /// Merchant name (商户名称).
    pub merchant_name: String,
    /// Legal person (法人姓名).
    pub legal_person: String,
    /// Registered address (注册地址).
    pub company_address: String,
    /// Validity as a JSON array string (证书有效日期).
    pub cert_valid_date: String,
}

/// Supporting material of a micro merchant (辅助证明材料信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssistProveInfo {
    /// Kind of micro business (小微经营类型).
    pub micro_biz_type: MicroBizType,
    /// Store name (门店名称).
    pub store_name: String,
    /// Province/city code (门店省市编码).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_address_code: Option<String>,
    /// Address (门店地址).
    pub store_address: String,
    /// Media id of the entrance picture (门店门头照片).
    pub store_header_copy: String,
    /// Media id of the inside picture (店内环境照片).
    pub store_indoor_copy: String,
}

/// An operating licence (经营许可证信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpecialOperationInfo {
    /// Industry id (行业ID).
    pub category_id: i64,
    /// Media ids of the pictures (店内环境照片).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_indoor_copy: Option<Vec<String>>,
}

/// The legal person on a consent form (法人身份信息).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdentificationInfo {
    /// Who holds the document (证件持有人类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_holder_type: Option<IdHolderType>,
    /// Kind of document (证件类型).
    pub identification_type: IdDocType,
    /// Media id of the legal representative's letter (法定代表人说明函).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorize_letter_copy: Option<String>,
    /// Name, encrypted (证件姓名).
    pub identification_name: Sensitive,
    /// Number, encrypted (证件号码).
    pub identification_number: Sensitive,
    /// Validity as a JSON array string (证件有效日期).
    pub identification_valid_date: String,
    /// Address, encrypted (证件居住地址).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identification_address: Option<Sensitive>,
    /// Media id of the front (证件正面照片).
    pub identification_front_copy: String,
    /// Media id of the back (证件反面照片).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identification_back_copy: Option<String>,
    /// Whether the legal person is the beneficial owner (是否为受益人).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<bool>,
}

/// Additional material of a consent form (补充材料).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SubjectAdditionInfo {
    /// Merchant ids to confirm (待确认商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirm_mchid_list: Option<Vec<String>>,
}

/// `GET /v3/apply4subject/applyment`
///
/// Queries a consent form's review result (查询商户开户意愿申请单审核结果), by applyment id or
/// business code.
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_1_3.shtml).
#[endpoint(GET, "/v3/apply4subject/applyment", response = SubjectApplymentState)]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuerySubjectApplyment {
    /// WeChat Pay's applyment id (申请单编号).
    pub applyment_id: Option<i64>,
    /// The service provider's application number (业务申请编号).
    pub business_code: Option<String>,
}

/// The answer of [`QuerySubjectApplyment`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubjectApplymentState {
    /// The state (申请单状态).
    pub applyment_state: ApplymentState,
    /// Mini program code picture for the merchant to confirm, base64 (小程序码图片).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qrcode_data: Option<String>,
    /// The rejected parameter (驳回参数).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reject_param: Option<String>,
    /// Why it was rejected (驳回原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reject_reason: Option<String>,
}

/// `POST /v3/apply4subject/applyment/{applyment_id}/cancel`
///
/// Cancels a consent form (撤销申请单). Answers 204 No Content.
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_1_2.shtml).
#[endpoint(POST, "/v3/apply4subject/applyment/<applyment_id>/cancel")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CancelSubjectApplyment {
    /// WeChat Pay's applyment id (申请单编号).
    pub applyment_id: i64,
}

/// `GET /v3/apply4subject/applyment/merchants/{sub_mchid}/state`
///
/// Queries whether a sub-merchant has confirmed account opening (获取商户开户意愿确认状态).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_1_4.shtml).
#[endpoint(
    GET,
    "/v3/apply4subject/applyment/merchants/<sub_mchid>/state",
    response = SubjectAuthorizeState
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuerySubjectAuthorizeState {
    /// The sub-merchant id (特约商户号).
    pub sub_mchid: String,
}

/// The answer of [`QuerySubjectAuthorizeState`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubjectAuthorizeState {
    /// Whether the merchant has confirmed (授权状态).
    pub authorize_state: AuthorizeState,
}

// ---------------------------------------------------------------------------------------------
// Enums
// ---------------------------------------------------------------------------------------------

wire_enum! {
    /// Who an administrator or document holder is (超级管理员类型/证件持有人类型).
    pub enum IdHolderType {
        /// `LEGAL`: the legal person or operator.
        Legal = "LEGAL",
        /// `SUPER`: a person in charge of the business.
        Super = "SUPER",
    }
}

wire_enum! {
    /// Kind of identity document (证件类型).
    pub enum IdDocType {
        /// `IDENTIFICATION_TYPE_IDCARD`: mainland identity card.
        IdCard = "IDENTIFICATION_TYPE_IDCARD",
        /// `IDENTIFICATION_TYPE_OVERSEA_PASSPORT`: foreign passport.
        OverseaPassport = "IDENTIFICATION_TYPE_OVERSEA_PASSPORT",
        /// `IDENTIFICATION_TYPE_HONGKONG_PASSPORT`: Hong Kong travel permit.
        HongkongPassport = "IDENTIFICATION_TYPE_HONGKONG_PASSPORT",
        /// `IDENTIFICATION_TYPE_MACAO_PASSPORT`: Macao travel permit.
        MacaoPassport = "IDENTIFICATION_TYPE_MACAO_PASSPORT",
        /// `IDENTIFICATION_TYPE_TAIWAN_PASSPORT`: Taiwan travel permit.
        TaiwanPassport = "IDENTIFICATION_TYPE_TAIWAN_PASSPORT",
        /// `IDENTIFICATION_TYPE_FOREIGN_RESIDENT`: foreigner's permanent residence card.
        ForeignResident = "IDENTIFICATION_TYPE_FOREIGN_RESIDENT",
        /// `IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT`: Hong Kong/Macao residence permit.
        HongkongMacaoResident = "IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT",
        /// `IDENTIFICATION_TYPE_TAIWAN_RESIDENT`: Taiwan residence permit.
        TaiwanResident = "IDENTIFICATION_TYPE_TAIWAN_RESIDENT",
    }
}

wire_enum! {
    /// Kind of legal subject (主体类型).
    pub enum SubjectType {
        /// `SUBJECT_TYPE_INDIVIDUAL`: individual business (个体户).
        Individual = "SUBJECT_TYPE_INDIVIDUAL",
        /// `SUBJECT_TYPE_ENTERPRISE`: enterprise (企业).
        Enterprise = "SUBJECT_TYPE_ENTERPRISE",
        /// `SUBJECT_TYPE_INSTITUTIONS`: public institution (事业单位).
        Institutions = "SUBJECT_TYPE_INSTITUTIONS",
        /// `SUBJECT_TYPE_OTHERS`: social organisation (社会组织).
        Others = "SUBJECT_TYPE_OTHERS",
        /// `SUBJECT_TYPE_MICRO`: micro merchant (小微商户).
        Micro = "SUBJECT_TYPE_MICRO",
        /// `SUBJECT_TYPE_GOVERNMENT`: government body (政府机关).
        Government = "SUBJECT_TYPE_GOVERNMENT",
        /// `SUBJECT_TYPE_INSTITUTIONS_CLONED`: public institution (事业单位).
        InstitutionsCloned = "SUBJECT_TYPE_INSTITUTIONS_CLONED",
    }
}

wire_enum! {
    /// Kind of financial institution (金融机构类型).
    pub enum FinanceType {
        /// `BANK_AGENT`: bank.
        BankAgent = "BANK_AGENT",
        /// `PAYMENT_AGENT`: payment institution.
        PaymentAgent = "PAYMENT_AGENT",
        /// `INSURANCE`: insurance.
        Insurance = "INSURANCE",
        /// `TRADE_AND_SETTLE`: trading and settlement.
        TradeAndSettle = "TRADE_AND_SETTLE",
        /// `OTHER`: another kind of institution.
        OtherInstitution = "OTHER",
    }
}

wire_enum! {
    /// Sales scene (经营场景类型).
    pub enum SalesScene {
        /// `SALES_SCENES_STORE`: physical store.
        Store = "SALES_SCENES_STORE",
        /// `SALES_SCENES_MP`: official account.
        Mp = "SALES_SCENES_MP",
        /// `SALES_SCENES_MINI_PROGRAM`: mini program.
        MiniProgram = "SALES_SCENES_MINI_PROGRAM",
        /// `SALES_SCENES_WEB`: web site.
        Web = "SALES_SCENES_WEB",
        /// `SALES_SCENES_APP`: app.
        App = "SALES_SCENES_APP",
        /// `SALES_SCENES_WEWORK`: WeCom.
        Wework = "SALES_SCENES_WEWORK",
    }
}

wire_enum! {
    /// Kind of settlement bank account (账户类型).
    pub enum BankAccountType {
        /// `BANK_ACCOUNT_TYPE_CORPORATE`: corporate account (对公).
        Corporate = "BANK_ACCOUNT_TYPE_CORPORATE",
        /// `BANK_ACCOUNT_TYPE_PERSONAL`: personal account (对私).
        Personal = "BANK_ACCOUNT_TYPE_PERSONAL",
    }
}

wire_enum! {
    /// State of an onboarding or consent form (申请单状态).
    pub enum ApplymentState {
        /// `APPLYMENT_STATE_WAITTING_FOR_AUDIT`: waiting for review.
        WaitingForAudit = "APPLYMENT_STATE_WAITTING_FOR_AUDIT",
        /// `APPLYMENT_STATE_WAITTING_FOR_CONFIRM_CONTACT`: waiting for the contact to confirm.
        WaitingForConfirmContact = "APPLYMENT_STATE_WAITTING_FOR_CONFIRM_CONTACT",
        /// `APPLYMENT_STATE_WAITTING_FOR_CONFIRM_LEGALPERSON`: waiting for the legal person.
        WaitingForConfirmLegalPerson = "APPLYMENT_STATE_WAITTING_FOR_CONFIRM_LEGALPERSON",
        /// `APPLYMENT_STATE_PASSED`: passed.
        Passed = "APPLYMENT_STATE_PASSED",
        /// `APPLYMENT_STATE_FREEZED`: frozen.
        Freezed = "APPLYMENT_STATE_FREEZED",
        /// `APPLYMENT_STATE_EDITTING`: being edited (编辑中).
        Editing = "APPLYMENT_STATE_EDITTING",
        /// `APPLYMENT_STATE_AUDITING`: under review (审核中).
        Auditing = "APPLYMENT_STATE_AUDITING",
        /// `APPLYMENT_STATE_REJECTED`: rejected (已驳回).
        Rejected = "APPLYMENT_STATE_REJECTED",
        /// `APPLYMENT_STATE_TO_BE_CONFIRMED`: waiting for the account to be verified (待账户验证).
        ToBeConfirmed = "APPLYMENT_STATE_TO_BE_CONFIRMED",
        /// `APPLYMENT_STATE_TO_BE_SIGNED`: waiting for signing (待签约).
        ToBeSigned = "APPLYMENT_STATE_TO_BE_SIGNED",
        /// `APPLYMENT_STATE_SIGNING`: opening permissions (开通权限中).
        Signing = "APPLYMENT_STATE_SIGNING",
        /// `APPLYMENT_STATE_FINISHED`: done (已完成).
        Finished = "APPLYMENT_STATE_FINISHED",
        /// `APPLYMENT_STATE_CANCELED`: cancelled (已作废).
        Canceled = "APPLYMENT_STATE_CANCELED",
    }
}

wire_enum! {
    /// Kind of micro business (小微经营类型).
    pub enum MicroBizType {
        /// `MICRO_TYPE_STORE`: a store.
        Store = "MICRO_TYPE_STORE",
        /// `MICRO_TYPE_MOBILE`: a stall or mobile business.
        Mobile = "MICRO_TYPE_MOBILE",
        /// `MICRO_TYPE_ONLINE`: online.
        Online = "MICRO_TYPE_ONLINE",
    }
}

wire_enum! {
    /// Whether a merchant has confirmed account opening (授权状态).
    pub enum AuthorizeState {
        /// `AUTHORIZE_STATE_UNAUTHORIZED`: not confirmed.
        Unauthorized = "AUTHORIZE_STATE_UNAUTHORIZED",
        /// `AUTHORIZE_STATE_AUTHORIZED`: confirmed.
        Authorized = "AUTHORIZE_STATE_AUTHORIZED",
    }
}
