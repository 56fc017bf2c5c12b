//! `auth = brand` on a `/brand/` template; `#[path]` explicit; a raw identifier placeholder.
use wxpay::{AuthScheme, Endpoint, endpoint};

#[endpoint(GET, "/brand/profile/<type>/<brand_id>", auth = brand, response = serde_json::Value)]
pub struct GetProfile {
    #[path]
    pub brand_id: String,
    pub r#type: String,
}

#[endpoint(GET, "/v3/merchant/<type>", auth = merchant)]
pub struct Merchant {
    pub r#type: String,
}

fn main() {
    assert_eq!(GetProfile::AUTH, AuthScheme::Brand);
    assert_eq!(Merchant::AUTH, AuthScheme::Merchant);
    assert_eq!(GetProfile::TEMPLATE, "/brand/profile/<type>/<brand_id>");
    let req = GetProfile {
        brand_id: "品牌 1".into(),
        r#type: "x".into(),
    };
    assert_eq!(
        req.path().unwrap(),
        "/brand/profile/x/%E5%93%81%E7%89%8C%201"
    );
}
