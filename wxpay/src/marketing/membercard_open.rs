//! Membership cards (会员卡): `/v3/marketing/membercard-open/…`.

use serde::{Deserialize, Serialize};

use crate::endpoint;
use crate::model::wire_enum;

/// `POST /v3/marketing/membercard-open/cards/{card_id}/codes/{code}/unavailable`
///
/// Invalidates a user's membership card (作废用户会员卡). The card cannot be made valid again.
/// Success is `204 No Content`.
///
/// Official docs: [merchant](https://pay.weixin.qq.com/doc/v3/merchant/4012549677),
/// [partner](https://pay.weixin.qq.com/doc/v3/partner/4012726955).
///
/// ```
/// use wxpay::marketing::membercard_open::MakeCardCodeUnavailable;
/// use wxpay::{Endpoint as _, NoEncryption};
///
/// let request = MakeCardCodeUnavailable {
///     card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
///     code: "478515832665".into(),
///     reason: Some("用户违反会员条例".into()),
/// };
/// assert_eq!(
///     request.path().unwrap(),
///     "/v3/marketing/membercard-open/cards/pbLatjvWOibDc5-TBnbUk1pD12o0/codes/478515832665/unavailable"
/// );
/// let body = request.body(&NoEncryption).unwrap().unwrap();
/// assert_eq!(String::from_utf8(body).unwrap(), r#"{"reason":"用户违反会员条例"}"#);
/// ```
#[endpoint(
    POST,
    "/v3/marketing/membercard-open/cards/<card_id>/codes/<code>/unavailable"
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MakeCardCodeUnavailable {
    /// Membership card template id (会员卡id).
    pub card_id: String,
    /// The user's card code (会员卡code).
    pub code: String,
    /// Why the card is invalidated (失效理由).
    pub reason: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Card templates (会员卡模板)
// ---------------------------------------------------------------------------------------------

/// `POST /v3/marketing/membercard-open/cards`
///
/// Creates a membership card template (创建会员卡模板). Answers the template with its `card_id`.
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_1.shtml).
#[endpoint(POST, "/v3/marketing/membercard-open/cards", response = Card)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreateCard {
    /// The merchant's AppID (商户AppId).
    pub appid: String,
    /// Logo URL, uploaded with the marketing image API (会员卡logo).
    pub logo_url: String,
    /// The brand (品牌信息).
    pub brand: Brand,
    /// Card name (卡名称).
    pub title: String,
    /// Background picture URL (会员卡背景图).
    pub background_picture_url: String,
    /// Terms of use (使用须知).
    pub description: String,
    /// Service phone (服务电话).
    pub service_phone: Option<String>,
    /// How the member code is shown (会员码型).
    pub code_type: CodeType,
    /// Total stock (会员卡总库存).
    pub total_quantity: Option<i64>,
    /// Validity (有效期).
    pub date_information: DateInformation,
    /// How codes are allocated (会员卡code分配类型).
    pub code_mode: CodeMode,
    /// Whether the level is shown (是否展示会员等级).
    pub need_display_level: Option<bool>,
    /// Initial level (会员初始等级).
    pub init_level: Option<String>,
    /// The merchant's request number, unique (商户请求单号).
    pub out_request_no: String,
    /// Stored value settings (储值信息).
    pub balance_information: Option<BalanceInformation>,
    /// What users fill in when opening the card (开卡信息).
    pub user_information_form: Option<UserInformationForm>,
    /// The merchant's additional statement (商户补充声明).
    pub additional_statement: Option<AdditionalStatement>,
}

/// A membership card template (会员卡模板).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// The template id (会员卡id).
    pub card_id: String,
    /// When it was created, RFC 3339 (创建时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
    /// When it was last updated, RFC 3339 (更新时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<String>,
    /// Remaining stock (剩余库存).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remain_quantity: Option<i64>,
    /// Review state (会员卡状态).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CardStatus>,
    /// The brand (品牌信息).
    pub brand: Brand,
    /// The merchant's AppID (商户AppId).
    pub appid: String,
    /// Logo URL (会员卡logo).
    pub logo_url: String,
    /// Card name (卡名称).
    pub title: String,
    /// Background picture URL (会员卡背景图).
    pub background_picture_url: String,
    /// Terms of use (使用须知).
    pub description: String,
    /// Service phone (服务电话).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_phone: Option<String>,
    /// How the member code is shown (会员码型).
    pub code_type: CodeType,
    /// Total stock (会员卡总库存).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_quantity: Option<i64>,
    /// Validity (有效期).
    pub date_information: DateInformation,
    /// How codes are allocated (会员卡code分配类型).
    pub code_mode: CodeMode,
    /// Whether the level is shown (是否展示会员等级).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_display_level: Option<bool>,
    /// Initial level (会员初始等级).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub init_level: Option<String>,
    /// The merchant's request number (商户请求单号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub out_request_no: Option<String>,
    /// Stored value settings (储值信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_information: Option<BalanceInformation>,
    /// What users fill in when opening the card (开卡信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_information_form: Option<UserInformationForm>,
    /// The merchant's additional statement (商户补充声明).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_statement: Option<AdditionalStatement>,
}

/// `GET /v3/marketing/membercard-open/cards`
///
/// Lists a brand's card templates (查询会员卡模板列表).
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_3.shtml).
#[endpoint(GET, "/v3/marketing/membercard-open/cards", response = CardList)]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListCards {
    /// Only this brand (品牌id).
    pub brand_id: Option<String>,
    /// Only this AppID (商户AppId).
    pub appid: Option<String>,
    /// Page offset, from 0 (分页页码).
    pub offset: u32,
    /// Page size (分页大小).
    pub limit: u32,
}

/// The answer of [`ListCards`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CardList {
    /// Total number of templates (总数量).
    pub total_count: i64,
    /// Page size (分页大小).
    pub limit: i64,
    /// Page offset (分页页码).
    pub offset: i64,
    /// The templates (会员卡列表).
    #[serde(default)]
    pub data: Vec<Card>,
}

/// `GET /v3/marketing/membercard-open/cards/{card_id}`
///
/// Queries a card template (查询会员卡模板信息).
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_2.shtml).
#[endpoint(GET, "/v3/marketing/membercard-open/cards/<card_id>", response = Card)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryCard {
    /// The template id (会员卡id).
    pub card_id: String,
}

/// `PATCH /v3/marketing/membercard-open/cards/{card_id}`
///
/// Updates a card template (修改会员卡模板信息). Success is `204 No Content`.
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_9.shtml).
#[endpoint(PATCH, "/v3/marketing/membercard-open/cards/<card_id>")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateCard {
    /// The template id (会员卡id).
    pub card_id: String,
    /// The merchant's AppID (商户AppId).
    pub appid: Option<String>,
    /// Logo URL (会员卡logo).
    pub logo_url: Option<String>,
    /// Card name (卡名称).
    pub title: Option<String>,
    /// Background picture URL (会员卡背景图).
    pub background_picture_url: Option<String>,
    /// Terms of use (使用须知).
    pub description: Option<String>,
    /// Service phone (服务电话).
    pub service_phone: Option<String>,
    /// Total stock (会员卡总库存).
    pub total_quantity: Option<i64>,
    /// Validity (有效期).
    pub date_information: Option<DateInformation>,
    /// Whether the level is shown (是否展示会员等级).
    pub need_display_level: Option<bool>,
    /// Initial level (会员初始等级).
    pub init_level: Option<String>,
    /// Stored value settings (储值信息).
    pub balance_information: Option<BalanceInformation>,
    /// What users fill in when opening the card (开卡信息).
    pub user_information_form: Option<UserInformationForm>,
    /// The merchant's additional statement (商户补充声明).
    pub additional_statement: Option<AdditionalStatement>,
}

/// `DELETE /v3/marketing/membercard-open/cards/{card_id}`
///
/// Deletes a card template: it can no longer be handed out (删除会员卡模板). Success is
/// `204 No Content`.
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_11.shtml).
#[endpoint(DELETE, "/v3/marketing/membercard-open/cards/<card_id>")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeleteCard {
    /// The template id (会员卡id).
    pub card_id: String,
}

/// `POST /v3/marketing/membercard-open/cards/{card_id}/qrcode`
///
/// Creates a QR code users scan to open the card (创建会员卡二维码).
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter4_3.shtml).
#[endpoint(POST, "/v3/marketing/membercard-open/cards/<card_id>/qrcode", response = CardQrcode)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateCardQrcode {
    /// The template id (会员卡id).
    pub card_id: String,
    /// How the card is activated (会员卡激活类型).
    pub activate_type: ActivateType,
    /// Activation page URL, for `JUMP_ACTIVATE` (跳转激活的url).
    pub activate_url: Option<String>,
    /// Activation mini program AppID (跳转激活的appid).
    pub activate_appid: Option<String>,
    /// Activation mini program path (跳转激活的path).
    pub activate_path: Option<String>,
    /// A scene value of the merchant's (自定义场景值).
    pub outer_str: Option<String>,
}

/// The answer of [`CreateCardQrcode`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardQrcode {
    /// The URL the QR code encodes (二维码对应的url).
    pub url: String,
}

// ---------------------------------------------------------------------------------------------
// User cards (用户会员卡)
// ---------------------------------------------------------------------------------------------

/// `POST /v3/marketing/membercard-open/cards/{card_id}/codes/deposit`
///
/// Imports codes into a `MERCHANT_DEPOSIT` template (导入会员卡code).
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_7.shtml).
#[endpoint(
    POST,
    "/v3/marketing/membercard-open/cards/<card_id>/codes/deposit",
    response = DepositCodesResponse
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DepositCodes {
    /// The template id (会员卡id).
    pub card_id: String,
    /// The codes (会员卡code).
    pub code: Vec<String>,
}

/// The answer of [`DepositCodes`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DepositCodesResponse {
    /// One result per code (导入结果).
    #[serde(default)]
    pub data: Vec<DepositResult>,
}

/// The import result of one code (导入结果).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DepositResult {
    /// The code (会员卡code).
    pub code: String,
    /// The result (导入结果).
    pub result: DepositResultKind,
}

/// `GET /v3/marketing/membercard-open/cards/{card_id}/codes/{code}`
///
/// Queries a user's card: points, balance, opening information (查询用户会员卡信息).
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_4.shtml).
#[endpoint(GET, "/v3/marketing/membercard-open/cards/<card_id>/codes/<code>", response = CardCode)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryCardCode {
    /// The template id (会员卡id).
    pub card_id: String,
    /// The user's card code (会员卡code).
    pub code: String,
}

/// A user's membership card (用户会员卡).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardCode {
    /// The template id (会员卡id).
    pub card_id: String,
    /// The card code (会员卡code).
    pub code: String,
    /// The user's openid (用户标识).
    pub openid: String,
    /// The membership number shown (会员卡编号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub membership_number: Option<String>,
    /// Level (用户等级).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// WeChat nickname (微信昵称).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// WeChat avatar URL (微信头像url).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head_image_url: Option<String>,
    /// Background picture URL (会员卡背景图).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub background_picture_url: Option<String>,
    /// Stored value balance in fen (用户储值余额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance: Option<i64>,
    /// State (用户会员卡状态).
    pub user_card_status: UserCardStatus,
    /// What the user filled in (用户开卡时填写的个人信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_information: Option<UserInformation>,
    /// Current points (用户当前积分).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bonus_value: Option<i64>,
}

/// `PATCH /v3/marketing/membercard-open/cards/{card_id}/codes/{code}`
///
/// Updates a user's card: number, background, level, balance (修改用户会员卡信息). Success is
/// `204 No Content`.
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_8.shtml).
#[endpoint(PATCH, "/v3/marketing/membercard-open/cards/<card_id>/codes/<code>")]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateCardCode {
    /// The template id (会员卡id).
    pub card_id: String,
    /// The user's card code (会员卡code).
    pub code: String,
    /// The membership number shown (会员卡编号).
    pub membership_number: Option<String>,
    /// Background picture URL (会员卡背景图).
    pub background_picture_url: Option<String>,
    /// Level (用户等级).
    pub level: Option<String>,
    /// The merchant's request number (商户请求单号).
    pub out_request_no: Option<String>,
    /// A balance change (用户储值变更信息).
    pub balance_information: Option<BalanceChange>,
}

/// A stored value change, amounts in fen (用户储值变更信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BalanceChange {
    /// Balance before (更新前用户储值余额).
    pub before_balance: i64,
    /// Balance after (更新后用户储值余额).
    pub balance: i64,
    /// The change (本次余额变动值).
    pub add_balance: i64,
    /// What it was for (储值消耗记录).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_remark: Option<String>,
}

/// `GET /v3/marketing/membercard-open/user/cards`
///
/// Lists the cards a user holds under the brand (查询用户在品牌下所有会员卡).
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_5.shtml).
#[endpoint(GET, "/v3/marketing/membercard-open/user/cards", response = UserCardList)]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListUserCards {
    /// The user's openid (用户标识).
    pub openid: String,
    /// The merchant's AppID (商户AppId).
    pub appid: Option<String>,
    /// Page offset, from 0 (分页页码).
    pub offset: u32,
    /// Page size (分页大小).
    pub limit: u32,
}

/// The answer of [`ListUserCards`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserCardList {
    /// The cards (会员卡列表).
    #[serde(default)]
    pub data: Vec<UserCardRef>,
    /// Total number of cards (总数量).
    pub total_count: i64,
    /// Page offset (分页页码).
    pub offset: i64,
    /// Page size (分页大小).
    pub limit: i64,
}

/// A card a user holds (用户会员卡).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserCardRef {
    /// The template id (会员卡id).
    pub card_id: String,
    /// The card code (会员卡code).
    pub code: String,
}

/// `GET /v3/marketing/membercard-open/activate-informations/{activate_ticket}`
///
/// Gets what a user filled in before a jump activation (获取用户开卡信息（跳转型激活）).
///
/// Official docs: [wiki](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter4_5.shtml).
#[endpoint(
    GET,
    "/v3/marketing/membercard-open/activate-informations/<activate_ticket>",
    response = ActivateInformation
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryActivateInformation {
    /// The activation ticket appended to the activation URL (激活ticket).
    pub activate_ticket: String,
}

/// What a user filled in to activate a card (用户开卡信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivateInformation {
    /// WeChat nickname (微信昵称).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// WeChat avatar URL (微信头像url).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head_image_url: Option<String>,
    /// What the user filled in (用户开卡时填写的个人信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_information: Option<UserInformation>,
}

// ---------------------------------------------------------------------------------------------
// Shared models
// ---------------------------------------------------------------------------------------------

wire_enum! {
    /// How the member code is shown (会员码型).
    pub enum CodeType {
        /// `BAR_CODE`: barcode (条形码).
        BarCode = "BAR_CODE",
        /// `QRCODE`: QR code (二维码).
        Qrcode = "QRCODE",
        /// `BAR_CODE_AND_QRCODE`: both (条形码和二维码).
        BarCodeAndQrcode = "BAR_CODE_AND_QRCODE",
        /// `NONE_CODE`: none (不显示任何码型).
        NoneCode = "NONE_CODE",
    }
}

wire_enum! {
    /// Kind of validity (有效期类型).
    pub enum DateType {
        /// `FIX_TIME_RANGE`: between two instants (固定时间范围内有效).
        FixTimeRange = "FIX_TIME_RANGE",
        /// `FIX_TERM`: a number of days after receipt (相对时间范围内有效).
        FixTerm = "FIX_TERM",
        /// `PERMANENT`: never expires (永久有效).
        Permanent = "PERMANENT",
    }
}

wire_enum! {
    /// How card codes are allocated (会员卡code分配类型).
    pub enum CodeMode {
        /// `SYSTEM_ALLOCATE`: by WeChat Pay (系统分配).
        SystemAllocate = "SYSTEM_ALLOCATE",
        /// `MERCHANT_DEPOSIT`: from imported codes (商户预存).
        MerchantDeposit = "MERCHANT_DEPOSIT",
        /// `REAL_TIME`: given at issue time (实时传入).
        RealTime = "REAL_TIME",
    }
}

wire_enum! {
    /// A platform-defined opening field (平台提供的通用开卡信息字段).
    pub enum CommonField {
        /// `USER_FORM_FLAG_MOBILE`: phone number.
        Mobile = "USER_FORM_FLAG_MOBILE",
        /// `USER_FORM_FLAG_SEX`: sex.
        Sex = "USER_FORM_FLAG_SEX",
        /// `USER_FORM_FLAG_NAME`: name.
        Name = "USER_FORM_FLAG_NAME",
        /// `USER_FORM_FLAG_BIRTHDAY`: birthday.
        Birthday = "USER_FORM_FLAG_BIRTHDAY",
        /// `USER_FORM_FLAG_ADDRESS`: address.
        Address = "USER_FORM_FLAG_ADDRESS",
        /// `USER_FORM_FLAG_EMAIL`: email.
        Email = "USER_FORM_FLAG_EMAIL",
        /// `USER_FORM_FLAG_CITY`: city.
        City = "USER_FORM_FLAG_CITY",
    }
}

wire_enum! {
    /// Kind of merchant-defined opening field (商户自定义的开卡信息字段类型).
    pub enum CustomFieldType {
        /// `TEXT`: free text (文本型).
        Text = "TEXT",
        /// `SELECT`: a choice (自定义选择项).
        Select = "SELECT",
        /// `RADIO`: single choice (自定义单选).
        Radio = "RADIO",
        /// `CHECK_BOX`: multiple choice (自定义多选).
        CheckBox = "CHECK_BOX",
    }
}

wire_enum! {
    /// Review state of a template (会员卡状态).
    pub enum CardStatus {
        /// `NOT_APPROVE`: under review (待审核).
        NotApprove = "NOT_APPROVE",
        /// `APPROVE_FAIL`: rejected (审核失败).
        ApproveFail = "APPROVE_FAIL",
        /// `APPROVED`: approved (通过审核).
        Approved = "APPROVED",
        /// `DELETED`: deleted by the merchant (卡被商户删除).
        Deleted = "DELETED",
    }
}

wire_enum! {
    /// Result of a code import (导入结果).
    pub enum DepositResultKind {
        /// `SUCCESS`: imported (成功).
        Success = "SUCCESS",
        /// `DUPLICATE`: already there (重复).
        Duplicate = "DUPLICATE",
        /// `FAIL`: refused (失败).
        Fail = "FAIL",
    }
}

wire_enum! {
    /// State of a user's card (用户会员卡状态).
    pub enum UserCardStatus {
        /// `NOT_ACTIVATE`: not activated (未激活).
        NotActivate = "NOT_ACTIVATE",
        /// `EFFECTIVE`: usable (生效中).
        Effective = "EFFECTIVE",
        /// `EXPIRE`: expired (已过期).
        Expire = "EXPIRE",
        /// `UNAVAILABLE`: made unavailable (已失效).
        Unavailable = "UNAVAILABLE",
        /// `DELETE`: deleted (已删除).
        Delete = "DELETE",
    }
}

wire_enum! {
    /// How a card is activated (会员卡激活类型).
    pub enum ActivateType {
        /// `AUTO_ACTIVATE`: in one tap (一键自动激活).
        AutoActivate = "AUTO_ACTIVATE",
        /// `JUMP_ACTIVATE`: on the merchant's page (跳转激活).
        JumpActivate = "JUMP_ACTIVATE",
    }
}

/// The brand of a card (品牌信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Brand {
    /// Brand id (品牌id).
    pub brand_id: String,
    /// Name shown (品牌展示名称).
    pub display_name: String,
}

/// Validity of a card (有效期).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateInformation {
    /// Kind of validity (有效期类型).
    #[serde(rename = "type")]
    pub kind: DateType,
    /// Start, RFC 3339 (有效期开始时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_begin_time: Option<String>,
    /// End, RFC 3339 (有效期结束时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_end_time: Option<String>,
    /// Valid for this many days after it takes effect (生效后N天内有效).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_day_after_receive: Option<i64>,
    /// Takes effect this many days after receipt (领取后N天开始生效).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wait_days_after_receive: Option<i64>,
}

/// Stored value settings (储值信息).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct BalanceInformation {
    /// Whether the card stores value (是否支持储值).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_balance: Option<bool>,
    /// Top-up mini program AppID (储值小程序appid).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_appid: Option<String>,
    /// Top-up mini program path (储值小程序path).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_path: Option<String>,
    /// Top-up page URL (储值url).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_url: Option<String>,
}

/// What users fill in when opening a card (开卡信息).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct UserInformationForm {
    /// Whether users may change it after activation (是否允许修改).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_modify_after_activate: Option<bool>,
    /// Platform-defined fields (平台提供的通用开卡信息字段).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_field_list: Option<Vec<CommonField>>,
    /// Merchant-defined fields (商户自定义的开卡信息字段).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_field_list: Option<Vec<CustomFieldDefinition>>,
}

/// A merchant-defined opening field (商户自定义的开卡信息字段).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomFieldDefinition {
    /// Kind of field (字段类型).
    #[serde(rename = "type")]
    pub kind: CustomFieldType,
    /// Field name (字段名称).
    pub name: String,
    /// Choices (字段值).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
}

/// The merchant's additional statement (商户补充声明).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdditionalStatement {
    /// Title (标题).
    pub title: String,
    /// Page URL (跳转url).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Mini program AppID (跳转小程序appid).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appid: Option<String>,
    /// Mini program path (跳转小程序path).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

/// What a user filled in when opening a card (用户开卡时填写的个人信息).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct UserInformation {
    /// Platform-defined fields (平台提供的通用开卡信息字段).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_field_list: Option<Vec<CommonFieldValue>>,
    /// Merchant-defined fields (商户自定义的开卡信息字段).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_field_list: Option<Vec<CustomFieldValue>>,
}

/// A platform-defined field's value (通用开卡信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommonFieldValue {
    /// Which field (字段).
    pub name: CommonField,
    /// The value (用户开卡时填写的个人信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// A merchant-defined field's value (自定义开卡信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomFieldValue {
    /// Field name (字段名称).
    pub name: String,
    /// The value (字段值).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The values, for multiple choice (字段值列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_list: Option<Vec<String>>,
}
