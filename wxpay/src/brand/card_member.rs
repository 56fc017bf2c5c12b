//! Brand membership cards for service providers (品牌会员卡): `/v3/brand/partner/card-member/…`.

use serde::{Deserialize, Serialize};

use crate::Ciphertext;
use crate::endpoint;
use crate::model::wire_enum;

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
