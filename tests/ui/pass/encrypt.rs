//! `#[encrypt]` fields: ciphertexts in the body, in field order; `None` stays out.
use wxpay::{Encryptor, Endpoint, Error, endpoint};

struct Reverse;

impl Encryptor for Reverse {
    fn encrypt(&self, plaintext: &str) -> Result<String, Error> {
        Ok(format!(
            "ENC({})",
            plaintext.chars().rev().collect::<String>()
        ))
    }
}

#[endpoint(POST, "/v3/applyment4sub/applyment/")]
pub struct Apply {
    pub business_code: String,
    #[encrypt]
    pub contact_name: String,
    #[body]
    #[encrypt]
    pub mobile_phone: Option<String>,
    #[encrypt]
    pub contact_email: Option<String>,
}

fn main() {
    let req = Apply {
        business_code: "b1".into(),
        contact_name: "张三".into(),
        mobile_phone: Some("13800000000".into()),
        contact_email: None,
    };
    let body = String::from_utf8(req.body(&Reverse).unwrap().unwrap()).unwrap();
    assert_eq!(
        body,
        r#"{"business_code":"b1","contact_name":"ENC(三张)","mobile_phone":"ENC(00000000831)"}"#
    );
    assert!(req.body(&wxpay::NoEncryption).is_err());
}
