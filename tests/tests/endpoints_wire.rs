//! What the generated catalog test (`catalog_generated.rs`, every endpoint's exact path, query
//! and body) does not cover: percent-encoding of path and query values; `None` left out; dot
//! segments refused; a 204 decoding; `#[encrypt]` through a fake encryptor; the official user
//! card fixture decoding; unknown enum values.

use wxpay::brand::card_member::{
    CardType, InvalidateUserCard, Name, UserCard, UserCardState, UserCardValidDateInformationType,
};
use wxpay::marketing::membercard_open::MakeCardCodeUnavailable;
use wxpay::{Encryptor, Endpoint, Error, NoEncryption, endpoint};

fn body<E: Endpoint>(e: &E) -> String {
    let bytes = e.body(&NoEncryption).unwrap().expect("a POST has a body");
    String::from_utf8(bytes).unwrap()
}

fn invalidate(code: &str) -> InvalidateUserCard {
    InvalidateUserCard::new(
        code,
        "1004",
        "pbLatjvWOibDc5-TBnbUk1pD12o0",
        "obLatjnx9gnqzS4myYGmLZ7LgLBA",
    )
    .invalid_reason("传入的自定义作废原因")
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

    let req = MakeCardCodeUnavailable::new("../x", "?#");
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
        let req = MakeCardCodeUnavailable::new("c", bad);
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
    assert_eq!(
        body(&MakeCardCodeUnavailable::new("c", "1")),
        "{}",
        "a body with only optional fields, all unset"
    );
}

#[test]
fn a_204_answer_decodes_from_null() {
    // 204 No Content: the client decodes the empty body as `null`.
    let () =
        serde_json::from_str::<<MakeCardCodeUnavailable as Endpoint>::Response>("null").unwrap();
}

#[test]
fn the_official_user_card_example_decodes() {
    let json = include_str!("../fixtures/user_card.json");
    let card: UserCard = serde_json::from_str(json).unwrap();
    assert_eq!(card.user_card_code, "478515832665");
    assert_eq!(card.card_type, CardType::Normal);
    assert_eq!(card.user_card_state, UserCardState::Effective);
    assert_eq!(
        card.valid_date_information.r#type,
        UserCardValidDateInformationType::Permanent
    );
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
    assert_eq!(common[0].name, Some(Name::UserFormFlagBirthday));
    let custom = info.custom_field_list.as_ref().unwrap();
    assert_eq!(custom[0].name.as_deref(), Some("喜欢的运动"));
    assert_eq!(custom[0].user_chosen_values.as_ref().unwrap().len(), 1);
    assert_eq!(card.level.as_deref(), Some("钻石会员"));
    assert_eq!(
        card.invalid_time.as_deref(),
        Some("2020-05-20T13:29:35.120+08:00")
    );
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
    assert_eq!(
        UserCardState::from("SUSPENDED"),
        UserCardState::Other("SUSPENDED".into())
    );

    // Optional members may be missing altogether.
    let minimal = r#"{"user_card_code":"1","card_id":"c","openid":"o","brand_id":"b","card_type":"PURCHASE",
        "valid_date_information":{"type":"FIX_TERM"},"pickup_time":"t","user_card_state":"INVALID"}"#;
    let card: UserCard = serde_json::from_str(minimal).unwrap();
    assert_eq!(card.user_card_state, UserCardState::Invalid);
    assert!(card.user_information.is_none());
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
