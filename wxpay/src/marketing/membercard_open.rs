//! Membership cards (会员卡): `/v3/marketing/membercard-open/…`.

use crate::endpoint;

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
