//! The bytes the seed endpoints put on the wire: path, query and body, exactly; percent-encoding
//! of path and query values; `None` left out; dot segments refused; `#[encrypt]` through a fake
//! encryptor; and the official answer example decoding into the response model.

use wxpay::brand::card_member::{
    CardType, CommonFieldFlag, DateType, InvalidateUserCard, UserCard, UserCardState,
};
use wxpay::marketing::busifavor::{DeactivateCoupon, DeactivateCouponResponse};
use wxpay::marketing::membercard_open::MakeCardCodeUnavailable;
use wxpay::{AuthScheme, Encryptor, Endpoint, Error, Method, NoEncryption, endpoint};

fn body<E: Endpoint>(e: &E) -> String {
    let bytes = e.body(&NoEncryption).unwrap().expect("a POST has a body");
    String::from_utf8(bytes).unwrap()
}

fn invalidate(code: &str) -> InvalidateUserCard {
    InvalidateUserCard {
        user_card_code: code.into(),
        brand_id: "1004".into(),
        card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
        openid: "obLatjnx9gnqzS4myYGmLZ7LgLBA".into(),
        invalid_reason: Some("传入的自定义作废原因".into()),
    }
}

#[test]
fn invalidate_user_card_on_the_wire() {
    assert_eq!(InvalidateUserCard::METHOD, Method::Post);
    assert_eq!(InvalidateUserCard::AUTH, AuthScheme::Merchant);
    assert_eq!(
        InvalidateUserCard::TEMPLATE,
        "/v3/brand/partner/card-member/user-cards/<user_card_code>/invalidate"
    );
    let req = invalidate("478515832665");
    assert_eq!(
        req.path().unwrap(),
        "/v3/brand/partner/card-member/user-cards/478515832665/invalidate"
    );
    assert_eq!(
        req.query().unwrap().as_deref(),
        Some("brand_id=1004&card_id=pbLatjvWOibDc5-TBnbUk1pD12o0")
    );
    assert_eq!(
        body(&req),
        r#"{"openid":"obLatjnx9gnqzS4myYGmLZ7LgLBA","invalid_reason":"传入的自定义作废原因"}"#
    );
}

#[test]
fn path_and_query_values_are_percent_encoded() {
    let mut req = invalidate("a/b c%d 会员.-_~");
    req.brand_id = "10 04&x=1".into();
    req.card_id = "卡/1".into();
    assert_eq!(
        req.path().unwrap(),
        "/v3/brand/partner/card-member/user-cards/a%2Fb%20c%25d%20%E4%BC%9A%E5%91%98.-_~/invalidate"
    );
    assert_eq!(
        req.query().unwrap().as_deref(),
        Some("brand_id=10%2004%26x%3D1&card_id=%E5%8D%A1%2F1")
    );

    let req = MakeCardCodeUnavailable {
        card_id: "../x".into(),
        code: "?#".into(),
        reason: None,
    };
    assert_eq!(
        req.path().unwrap(),
        "/v3/marketing/membercard-open/cards/..%2Fx/codes/%3F%23/unavailable"
    );
}

#[test]
fn dot_segments_and_empty_values_are_refused_at_run_time() {
    for bad in ["", ".", ".."] {
        let err = invalidate(bad).path().unwrap_err();
        assert!(err.kind() == wxpay::ErrorKind::Request, "{err:?}");
        assert!(err.to_string().contains("`user_card_code`"), "{err}");
        let req = MakeCardCodeUnavailable {
            card_id: "c".into(),
            code: bad.into(),
            reason: None,
        };
        assert!(req.path().unwrap_err().to_string().contains("`code`"));
    }
    // Three dots is an ordinary segment.
    assert!(invalidate("...").path().unwrap().contains("/.../"));
}

#[test]
fn none_is_left_out_of_the_body() {
    let mut req = invalidate("1");
    req.invalid_reason = None;
    assert_eq!(body(&req), r#"{"openid":"obLatjnx9gnqzS4myYGmLZ7LgLBA"}"#);
}

#[test]
fn membercard_code_unavailable_on_the_wire() {
    assert_eq!(MakeCardCodeUnavailable::METHOD, Method::Post);
    let req = MakeCardCodeUnavailable {
        card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
        code: "478515832665".into(),
        reason: Some("用户违反会员条例".into()),
    };
    assert_eq!(
        req.path().unwrap(),
        "/v3/marketing/membercard-open/cards/pbLatjvWOibDc5-TBnbUk1pD12o0/codes/478515832665/unavailable"
    );
    assert_eq!(req.query().unwrap(), None);
    assert_eq!(body(&req), r#"{"reason":"用户违反会员条例"}"#);
    let req = MakeCardCodeUnavailable {
        reason: None,
        ..req
    };
    assert_eq!(body(&req), "{}");
    // 204 No Content: the client decodes the empty body as `null`.
    let () =
        serde_json::from_str::<<MakeCardCodeUnavailable as Endpoint>::Response>("null").unwrap();
}

#[test]
fn deactivate_coupon_on_the_wire() {
    let req = DeactivateCoupon {
        coupon_code: "sxxe34343434".into(),
        stock_id: "1234567891".into(),
        deactivate_request_no: "1002600620019090123143254436".into(),
        deactivate_reason: Some("此券使用时间设置错误".into()),
    };
    assert_eq!(
        req.path().unwrap(),
        "/v3/marketing/busifavor/coupons/deactivate"
    );
    assert_eq!(req.query().unwrap(), None);
    assert_eq!(
        body(&req),
        r#"{"coupon_code":"sxxe34343434","stock_id":"1234567891","deactivate_request_no":"1002600620019090123143254436","deactivate_reason":"此券使用时间设置错误"}"#
    );
    let answer: <DeactivateCoupon as Endpoint>::Response =
        serde_json::from_str(r#"{"wechatpay_deactivate_time":"2020-05-20T13:29:35.120+08:00"}"#)
            .unwrap();
    assert_eq!(
        answer,
        DeactivateCouponResponse {
            wechatpay_deactivate_time: "2020-05-20T13:29:35.120+08:00".into()
        }
    );
}

#[test]
fn the_official_user_card_example_decodes() {
    let json = include_str!("../fixtures/user_card.json");
    let card: UserCard = serde_json::from_str(json).unwrap();
    assert_eq!(card.user_card_code, "478515832665");
    assert_eq!(card.card_type, CardType::Normal);
    assert_eq!(card.user_card_state, UserCardState::Effective);
    assert_eq!(card.valid_date_information.kind, DateType::Permanent);
    assert_eq!(
        card.valid_date_information.available_day_after_receive,
        Some(30)
    );
    assert!(
        card.phone_number
            .as_ref()
            .unwrap()
            .as_str()
            .starts_with("vvysDQeEaH3I")
    );
    let info = card.user_information.as_ref().unwrap();
    let common = info.common_field_list.as_ref().unwrap();
    assert_eq!(common[0].name, CommonFieldFlag::Birthday);
    let custom = info.custom_field_list.as_ref().unwrap();
    assert_eq!(custom[0].name, "喜欢的运动");
    assert_eq!(custom[0].user_chosen_values.as_ref().unwrap().len(), 1);
    assert_eq!(card.level.as_deref(), Some("钻石会员"));
    assert_eq!(
        card.modify_time.as_deref(),
        Some("2020-05-20T13:29:35.120+08:00")
    );

    // Serializing and decoding again gives the same card.
    let again: UserCard = serde_json::from_str(&serde_json::to_string(&card).unwrap()).unwrap();
    assert_eq!(again, card);
}

#[test]
fn unknown_enum_values_decode_to_other() {
    let json = include_str!("../fixtures/user_card.json")
        .replace(r#""NORMAL""#, r#""SUPER_VIP""#)
        .replace(r#""EFFECTIVE""#, r#""FROZEN""#);
    let card: UserCard = serde_json::from_str(&json).unwrap();
    assert_eq!(card.card_type, CardType::Other("SUPER_VIP".into()));
    assert_eq!(card.card_type.as_str(), "SUPER_VIP");
    assert_eq!(card.user_card_state.to_string(), "FROZEN");
    assert_eq!(
        serde_json::to_string(&card.card_type).unwrap(),
        r#""SUPER_VIP""#
    );
    assert_eq!(CardType::from("BALANCE"), CardType::Balance);

    // Optional members may be missing altogether.
    let minimal = r#"{"user_card_code":"1","card_id":"c","openid":"o","brand_id":"b","card_type":"PURCHASE",
        "valid_date_information":{"type":"FIX_TERM"},"pickup_time":"t","user_card_state":"INVALID"}"#;
    let card: UserCard = serde_json::from_str(minimal).unwrap();
    assert_eq!(card.user_card_state, UserCardState::Invalid);
    assert_eq!(card.user_information, None);
}

/// A fake encryptor: the ciphertext is recognisable and never contains the plaintext.
struct FakeEncryptor;

impl Encryptor for FakeEncryptor {
    fn encrypt(&self, plaintext: &str) -> Result<String, Error> {
        Ok(format!("CIPHERTEXT-{}", plaintext.len()))
    }
}

/// An endpoint with sensitive fields (none of the seeds has one).
#[endpoint(
    POST,
    "/v3/marketing/membercard-open/cards/<card_id>/codes/<code>/phone"
)]
struct SetPhone {
    card_id: String,
    code: String,
    #[encrypt]
    phone_number: String,
    note: Option<String>,
    #[encrypt]
    backup_phone: Option<String>,
}

#[test]
fn encrypt_fields_carry_the_ciphertext() {
    let req = SetPhone {
        card_id: "c".into(),
        code: "1".into(),
        phone_number: "13800138000".into(),
        note: None,
        backup_phone: Some("手机".into()),
    };
    let bytes = req.body(&FakeEncryptor).unwrap().unwrap();
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(
        text,
        r#"{"phone_number":"CIPHERTEXT-11","backup_phone":"CIPHERTEXT-6"}"#
    );
    assert!(!text.contains("13800138000"));

    let req = SetPhone {
        backup_phone: None,
        note: Some("n".into()),
        ..req
    };
    let text = String::from_utf8(req.body(&FakeEncryptor).unwrap().unwrap()).unwrap();
    assert_eq!(text, r#"{"phone_number":"CIPHERTEXT-11","note":"n"}"#);

    // Without a key, a sensitive field is an error, never sent in clear.
    assert!(req.body(&NoEncryption).is_err());
}
