//! Brand membership cards for service providers (品牌会员卡): `/v3/brand/partner/card-member/…`.

use serde::{Deserialize, Serialize};

use crate::endpoint;
use crate::model::wire_enum;
use crate::{Ciphertext, Sensitive};

/// `POST /v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate`
///
/// Invalidates a user's brand membership card (作废用户会员卡). Irreversible: an invalidated card
/// cannot be made valid again, and the user must have agreed beforehand. Answers the card.
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
///
/// ```
/// use wxpay::brand::card_member::InvalidateUserCard;
/// use wxpay::Endpoint as _;
///
/// let request = InvalidateUserCard {
///     user_card_code: "478515832665".into(),
///     brand_id: "1004".into(),
///     card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
///     openid: "obLatjnx9gnqzS4myYGmLZ7LgLBA".into(),
///     invalid_reason: Some("传入的自定义作废原因".into()),
/// };
/// assert_eq!(request.path().unwrap(), "/v3/brand/partner/card-member/user-cards/478515832665/invalidate");
/// assert_eq!(request.query().unwrap().unwrap(), "brand_id=1004&card_id=pbLatjvWOibDc5-TBnbUk1pD12o0");
/// ```
#[endpoint(
    POST,
    "/v3/brand/partner/card-member/user-cards/<user_card_code>/invalidate",
    response = UserCard
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidateUserCard {
    /// The user's card code, unique under a card template (会员卡code).
    pub user_card_code: String,
    /// The brand id (品牌ID).
    #[query]
    pub brand_id: String,
    /// The card template id (会员卡模板ID).
    #[query]
    pub card_id: String,
    /// The user's openid under the card template's AppID (用户标识).
    pub openid: String,
    /// Why the card is invalidated (作废原因).
    pub invalid_reason: Option<String>,
}

/// A user's membership card (用户会员卡).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UserCard {
    /// The user's card code (会员卡code).
    pub user_card_code: String,
    /// The card template id (会员卡模板ID).
    pub card_id: String,
    /// The user's openid (用户标识).
    pub openid: String,
    /// Background colour, `#RRGGBB` (卡背景颜色).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_color: Option<String>,
    /// Background picture URL (卡图片).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_picture_url: Option<String>,
    /// The brand id (品牌ID).
    pub brand_id: String,
    /// Card type (会员卡类型).
    pub card_type: CardType,
    /// The user's phone number, encrypted with the merchant's public key (加密的手机号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<Ciphertext>,
    /// Membership level, free text (等级).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// Validity of the card (会员卡有效期).
    pub valid_date_information: DateInfo,
    /// When the user took the card, RFC 3339 (领取时间).
    pub pickup_time: String,
    /// What the user filled in when opening the card (用户开卡时填写的个人信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_information: Option<UserInfo>,
    /// The merchant's data attached to the card (商家数据包).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attach: Option<String>,
    /// The card's state (用户会员卡状态).
    pub user_card_state: UserCardState,
    /// Why the card was invalidated (作废原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalid_reason: Option<String>,
    /// When the card was invalidated, RFC 3339 (作废时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalid_time: Option<String>,
    /// When the card was created, RFC 3339 (创建时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
    /// When the card was last updated, RFC 3339 (更新时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modify_time: Option<String>,
}

wire_enum! {
    /// Membership card type (会员卡类型).
    pub enum CardType {
        /// `PURCHASE`: paid (付费).
        Purchase = "PURCHASE",
        /// `NORMAL`: regular (普通).
        Normal = "NORMAL",
        /// `BALANCE`: stored value (储值).
        Balance = "BALANCE",
    }
}

/// Validity of a card (会员卡有效期).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateInfo {
    /// Kind of validity (有效期类型).
    #[serde(rename = "type")]
    pub kind: DateType,
    /// Start of a fixed range, RFC 3339 (有效期开始时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_begin_time: Option<String>,
    /// End of a fixed range, RFC 3339 (有效期结束时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_end_time: Option<String>,
    /// Valid for this many days after it takes effect (生效后N天内有效).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_day_after_receive: Option<i64>,
}

wire_enum! {
    /// Kind of validity of a card (有效期类型).
    pub enum DateType {
        /// `FIX_TIME_RANGE`: between two dates.
        FixTimeRange = "FIX_TIME_RANGE",
        /// `FIX_TERM`: a number of days after taking the card.
        FixTerm = "FIX_TERM",
        /// `PERMANENT`: never expires.
        Permanent = "PERMANENT",
    }
}

/// What the user filled in when opening the card (用户开卡时填写的个人信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserInfo {
    /// Platform-defined fields (平台提供的通用开卡信息字段).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_field_list: Option<Vec<UserInfoCommonField>>,
    /// Merchant-defined fields (商户自定义的开卡信息字段).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_field_list: Option<Vec<UserInfoCustomField>>,
}

/// A platform-defined field the user filled in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserInfoCommonField {
    /// Which field (通用开卡信息字段).
    pub name: CommonFieldFlag,
    /// The value, encrypted with the merchant's public key (加密的个人信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Ciphertext>,
}

/// A merchant-defined field the user filled in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserInfoCustomField {
    /// The field's name (字段名称).
    pub name: String,
    /// The values the user chose, each encrypted (加密的用户选择的字段值列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_chosen_values: Option<Vec<Ciphertext>>,
}

wire_enum! {
    /// A platform-defined card opening field (通用开卡信息字段).
    pub enum CommonFieldFlag {
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
    /// State of a user's card (用户会员卡状态).
    pub enum UserCardState {
        /// `UNACTIVATED`: taken but not activated yet.
        Unactivated = "UNACTIVATED",
        /// `EFFECTIVE`: usable.
        Effective = "EFFECTIVE",
        /// `EXPIRED`: past its validity.
        Expired = "EXPIRED",
        /// `INVALID`: invalidated.
        Invalid = "INVALID",
    }
}

// ---------------------------------------------------------------------------------------------
// User cards (用户会员卡)
// ---------------------------------------------------------------------------------------------

/// `GET /v3/brand/partner/card-member/user-cards/{user_card_code}`
///
/// Queries a user's brand membership card (查询用户会员卡信息).
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
#[endpoint(
    GET,
    "/v3/brand/partner/card-member/user-cards/<user_card_code>",
    response = UserCard
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryUserCard {
    /// The user's card code (会员卡code).
    pub user_card_code: String,
    /// The brand id (品牌ID).
    pub brand_id: String,
    /// The card template id (会员卡模板ID).
    pub card_id: String,
    /// The user's openid (用户标识).
    pub openid: String,
}

/// `PATCH /v3/brand/partner/card-member/user-cards/{user_card_code}`
///
/// Updates a user's card: colour, picture, level, validity, phone (修改用户会员卡信息).
/// Answers the card.
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
#[endpoint(
    PATCH,
    "/v3/brand/partner/card-member/user-cards/<user_card_code>",
    response = UserCard
)]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateUserCard {
    /// The user's card code (会员卡code).
    pub user_card_code: String,
    /// The brand id (品牌ID).
    pub brand_id: Option<String>,
    /// The user's openid (用户标识).
    pub openid: Option<String>,
    /// Background colour, `#RRGGBB` (卡背景颜色).
    pub card_color: Option<String>,
    /// Background picture URL (卡背景图URL).
    pub card_picture_url: Option<String>,
    /// The user's phone number; the client encrypts it (手机号).
    #[encrypt]
    pub phone_number: Option<String>,
    /// Membership level (等级).
    pub level: Option<String>,
    /// Validity (会员卡有效期).
    pub valid_date_information: Option<DateInfo>,
    /// What the user filled in; values are encrypted by the client (用户开卡信息).
    pub user_information: Option<UserInfoInput>,
    /// The merchant's data attached to the card (商家数据包).
    pub attach: Option<String>,
    /// The card template id (会员卡模板ID).
    pub card_id: String,
}

/// `GET /v3/brand/partner/card-member/user-cards`
///
/// Lists the cards a user holds under a brand (查询用户在品牌下所有会员卡).
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
#[endpoint(GET, "/v3/brand/partner/card-member/user-cards", response = UserCardList)]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListUserCards {
    /// The brand id (品牌ID).
    pub brand_id: String,
    /// The user's openid (用户标识).
    pub openid: String,
    /// Only cards in this state (用户会员卡状态).
    pub user_card_state: Option<UserCardState>,
    /// Page offset, from 0 (分页页码).
    pub offset: u32,
    /// Page size (分页大小).
    pub limit: u32,
}

/// The answer of [`ListUserCards`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UserCardList {
    /// Total number of cards (总数量).
    pub total_count: i64,
    /// Page offset (分页页码).
    pub offset: i64,
    /// Page size (分页大小).
    pub limit: i64,
    /// The cards (会员卡列表).
    #[serde(default)]
    pub data: Vec<UserCard>,
}

/// `POST /v3/brand/partner/card-member/user-cards/{user_card_code}/confirm`
///
/// Reports the result of opening a card the platform notified (同步会员开通结果).
/// Answers the card.
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
#[endpoint(
    POST,
    "/v3/brand/partner/card-member/user-cards/<user_card_code>/confirm",
    response = UserCard
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfirmUserCard {
    /// The user's card code (会员卡code).
    pub user_card_code: String,
    /// The brand id (品牌ID).
    pub brand_id: String,
    /// The user's openid (用户标识).
    pub openid: String,
    /// Background colour, `#RRGGBB` (卡背景颜色).
    pub card_color: Option<String>,
    /// Background picture URL (卡背景图URL).
    pub card_picture_url: Option<String>,
    /// The user's phone number; the client encrypts it (手机号).
    #[encrypt]
    pub phone_number: Option<String>,
    /// Membership level (等级).
    pub level: Option<String>,
    /// Validity (会员卡有效期).
    pub valid_date_information: Option<DateInfo>,
    /// What the user filled in; values are encrypted by the client (用户开卡信息).
    pub user_information: Option<UserInfoInput>,
    /// The merchant's data attached to the card (商家数据包).
    pub attach: Option<String>,
    /// Result of opening the card (会员开卡状态).
    pub user_card_confirm_state: ConfirmState,
    /// The card template id (会员卡模板ID).
    pub card_id: String,
}

wire_enum! {
    /// Result of opening a card (会员开卡状态).
    pub enum ConfirmState {
        /// `CREATE_CARD_SUCCESS`: opened (开卡成功).
        Success = "CREATE_CARD_SUCCESS",
        /// `CREATE_CARD_FAIL`: failed (开卡失败).
        Fail = "CREATE_CARD_FAIL",
        /// `CREATE_CARD_ALREADY_EXISTS`: already a member through another channel (已在其他渠道入会).
        AlreadyExists = "CREATE_CARD_ALREADY_EXISTS",
    }
}

/// `POST /v3/brand/partner/card-member/user-cards/import-by-openid`
///
/// Imports an existing member by openid (根据openid导入用户会员卡). Answers the card.
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
#[endpoint(
    POST,
    "/v3/brand/partner/card-member/user-cards/import-by-openid",
    response = UserCard
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportUserCardByOpenid {
    /// The brand id (品牌ID).
    pub brand_id: String,
    /// The card template id (会员卡模板ID).
    pub card_id: String,
    /// The user's openid (用户标识).
    pub openid: String,
    /// The user's card code (会员卡code).
    pub user_card_code: String,
    /// The user's phone number; the client encrypts it (手机号).
    #[encrypt]
    pub phone_number: Option<String>,
    /// What the user filled in; values are encrypted by the client (用户开卡信息).
    pub user_information: Option<UserInfoInput>,
    /// When the user took the card, RFC 3339 (领取时间).
    pub pickup_time: String,
    /// Background colour, `#RRGGBB` (卡背景颜色).
    pub card_color: Option<String>,
    /// Background picture URL (卡图片).
    pub card_picture_url: Option<String>,
    /// Membership level (等级).
    pub level: Option<String>,
    /// Validity (会员卡有效期).
    pub valid_date_information: Option<DateInfo>,
}

/// Opening information sent by the merchant; the client encrypts each value
/// (用户开卡时填写的个人信息).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct UserInfoInput {
    /// Platform-defined fields (平台提供的通用开卡信息字段).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_field_list: Option<Vec<UserInfoCommonFieldInput>>,
    /// Merchant-defined fields (商户自定义的开卡信息字段).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_field_list: Option<Vec<UserInfoCustomFieldInput>>,
}

/// A platform-defined field's value, sent encrypted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserInfoCommonFieldInput {
    /// Which field (通用开卡信息字段).
    pub name: CommonFieldFlag,
    /// The value (个人信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Sensitive>,
}

/// A merchant-defined field's values, sent encrypted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserInfoCustomFieldInput {
    /// The field's name (字段名称).
    pub name: String,
    /// The values the user chose (用户选择的字段值列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_chosen_values: Option<Vec<Sensitive>>,
}

// ---------------------------------------------------------------------------------------------
// Card templates (会员卡模板)
// ---------------------------------------------------------------------------------------------

/// `GET /v3/brand/partner/card-member/cards/{card_id}`
///
/// Queries a brand card template (查询会员卡模板信息).
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
#[endpoint(GET, "/v3/brand/partner/card-member/cards/<card_id>", response = CardTemplate)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryCardTemplate {
    /// The card template id (会员卡模板ID).
    pub card_id: String,
    /// The brand id (品牌ID).
    pub brand_id: String,
}

/// `PATCH /v3/brand/partner/card-member/cards/{card_id}`
///
/// Updates a brand card template (修改会员卡模板信息). Answers the template.
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
#[endpoint(PATCH, "/v3/brand/partner/card-member/cards/<card_id>", response = CardTemplate)]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UpdateCardTemplate {
    /// The card template id (会员卡模板ID).
    pub card_id: String,
    /// The brand id (品牌ID).
    pub brand_id: String,
    /// Card name (卡名称).
    pub card_title: Option<String>,
    /// Background colour, `#RRGGBB` (卡背景颜色).
    pub card_color: Option<String>,
    /// Background picture URL (卡背景图URL).
    pub card_picture_url: Option<String>,
    /// Where the member code jumps (会员码跳转信息).
    pub code_jump_information: Option<JumpInformation>,
    /// Member benefits (会员权益).
    pub benefits: Option<String>,
    /// Notification URL (回调地址).
    pub notify_url: Option<String>,
    /// Whether the card is pinned (是否置顶).
    pub need_pinned: Option<bool>,
    /// Whether the level is shown (是否展示会员等级).
    pub need_display_level: Option<bool>,
    /// Service phone (服务电话).
    pub service_phone: Option<String>,
    /// Validity (会员卡有效期).
    pub valid_date_information: Option<DateInfo>,
    /// Points page (积分信息).
    pub points_information: Option<JumpInformation>,
    /// Stored value page (储值信息).
    pub balance_information: Option<JumpInformation>,
    /// Paid membership (付费会员信息).
    pub purchase_information: Option<PurchaseInformation>,
    /// What users fill in when opening the card (用户开卡信息).
    pub user_information: Option<TemplateUserInformation>,
    /// Member centre page (会员中心信息).
    pub member_information: Option<JumpInformation>,
}

/// `POST /v3/brand/partner/card-member/cards/{card_id}/invalidate`
///
/// Invalidates a brand card template: it can no longer be handed out (作废会员卡模板).
/// Answers the template.
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
#[endpoint(
    POST,
    "/v3/brand/partner/card-member/cards/<card_id>/invalidate",
    response = CardTemplate
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidateCardTemplate {
    /// The card template id (会员卡模板ID).
    pub card_id: String,
    /// The brand id (品牌ID).
    pub brand_id: String,
}

/// A brand membership card template (会员卡模板).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CardTemplate {
    /// The merchant's request number (商家请求单号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub out_request_no: Option<String>,
    /// The card template id (会员卡模板ID).
    pub card_id: String,
    /// The brand id (品牌ID).
    pub brand_id: String,
    /// The merchant's AppID (商户AppId).
    pub appid: String,
    /// Card type (会员卡类型).
    pub card_type: CardType,
    /// Card name (卡名称).
    pub card_title: String,
    /// Background colour, `#RRGGBB` (卡背景颜色).
    pub card_color: String,
    /// Background picture URL (卡背景图URL).
    pub card_picture_url: String,
    /// How codes are allocated (会员卡code分配类型).
    pub code_mode: TemplateCodeMode,
    /// How the member code is shown (会员码型).
    pub code_type: TemplateCodeType,
    /// Where the member code jumps (会员码跳转信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_jump_information: Option<JumpInformation>,
    /// Member benefits (会员权益).
    pub benefits: String,
    /// Notification URL (回调地址).
    pub notify_url: String,
    /// Whether the card is pinned (是否置顶).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_pinned: Option<bool>,
    /// Whether the level is shown (是否展示会员等级).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_display_level: Option<bool>,
    /// Initial level (会员初始等级).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub init_level: Option<String>,
    /// Service phone (服务电话).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_phone: Option<String>,
    /// The merchant's legal agreement (商家法务协议).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_agreement: Option<String>,
    /// Validity (会员卡有效期).
    pub valid_date_information: DateInfo,
    /// Member centre page (会员中心信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_information: Option<JumpInformation>,
    /// Points page (积分信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points_information: Option<JumpInformation>,
    /// Stored value page (储值信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_information: Option<JumpInformation>,
    /// Paid membership (付费会员信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_information: Option<PurchaseInformation>,
    /// What users fill in when opening the card (用户开卡信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_information: Option<TemplateUserInformation>,
    /// State of the template (状态).
    pub state: CardTemplateState,
    /// When it was created, RFC 3339 (创建时间).
    pub create_time: String,
    /// When it was last updated, RFC 3339 (更新时间).
    pub modify_time: String,
}

/// A mini program page a card links to (跳转信息).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct JumpInformation {
    /// Mini program AppID (跳转AppID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jump_appid: Option<String>,
    /// Mini program path (跳转路径).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jump_path: Option<String>,
}

/// Paid membership (付费会员信息).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PurchaseInformation {
    /// Price in fen (付费会员价格).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<i64>,
    /// Mini program AppID (付费会员跳转AppID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jump_appid: Option<String>,
    /// Mini program path (付费会员跳转路径).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jump_path: Option<String>,
}

/// What users fill in when opening a card of a template (用户开卡信息).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TemplateUserInformation {
    /// Platform-defined fields (平台提供的通用开卡信息字段).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_field_list: Option<Vec<CommonFieldFlag>>,
    /// Merchant-defined fields (商户自定义的开卡信息字段).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_field_list: Option<Vec<TemplateCustomField>>,
}

/// A merchant-defined opening field of a template (商户自定义的开卡信息字段).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateCustomField {
    /// Kind of field (字段类型).
    #[serde(rename = "type")]
    pub kind: CustomFieldType,
    /// Field name (字段名称).
    pub name: String,
    /// Choices (字段值).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
}

wire_enum! {
    /// Kind of merchant-defined opening field (商户自定义的开卡信息字段类型).
    pub enum CustomFieldType {
        /// `CHECK_BOX`: multiple choice (自定义多选).
        CheckBox = "CHECK_BOX",
        /// `RADIO`: single choice (自定义单选).
        Radio = "RADIO",
    }
}

wire_enum! {
    /// How a template's codes are allocated (会员卡code分配类型).
    pub enum TemplateCodeMode {
        /// `SYSTEM_ALLOCATE`: by WeChat Pay (系统分配).
        SystemAllocate = "SYSTEM_ALLOCATE",
        /// `MERCHANT_ALLOCATE`: by the merchant (商户预存).
        MerchantAllocate = "MERCHANT_ALLOCATE",
    }
}

wire_enum! {
    /// How a template's member code is shown (会员码型).
    pub enum TemplateCodeType {
        /// `NONE_CODE`: none (不显示任何码型).
        NoneCode = "NONE_CODE",
        /// `BAR_CODE`: barcode (条形码).
        BarCode = "BAR_CODE",
        /// `QR_CODE`: QR code (二维码).
        QrCode = "QR_CODE",
        /// `BAR_CODE_AND_QR_CODE`: both (条形码和二维码).
        BarCodeAndQrCode = "BAR_CODE_AND_QR_CODE",
        /// `JUMP_MINI_PROGRAM`: jumps to the merchant's mini program (跳转商家小程序).
        JumpMiniProgram = "JUMP_MINI_PROGRAM",
    }
}

wire_enum! {
    /// State of a template (模板状态).
    pub enum CardTemplateState {
        /// `CARD_EFFECTIVE`: in use (生效中).
        Effective = "CARD_EFFECTIVE",
        /// `CARD_INVALID`: invalidated (已作废).
        Invalid = "CARD_INVALID",
    }
}
