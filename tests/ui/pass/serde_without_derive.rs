//! `#[serde(rename)]` on fields of a struct that derives no serde trait.
use wxpay::{Endpoint, NoEncryption, endpoint};

#[endpoint(POST, "/v3/marketing/cards")]
#[derive(Debug, Clone)]
pub struct Create {
    #[serde(rename = "brand")]
    pub brand_id: String,
    #[query]
    #[serde(rename = "sub_mchid")]
    pub sub_merchant: String,
}

fn main() {
    let req = Create {
        brand_id: "b".into(),
        sub_merchant: "m".into(),
    };
    assert_eq!(req.query().unwrap().as_deref(), Some("sub_mchid=m"));
    assert_eq!(
        req.body(&NoEncryption).unwrap().unwrap(),
        br#"{"brand":"b"}"#
    );
    let _ = req.clone();
}
