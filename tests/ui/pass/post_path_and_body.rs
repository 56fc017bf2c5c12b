//! POST with only path and body fields; a `u64` path parameter.
use wxpay::{Endpoint, NoEncryption, endpoint};

#[endpoint(POST, "/v3/marketing/favor/stocks/<stock_id>/pause")]
pub struct PauseStock {
    pub stock_id: u64,
    pub stock_creator_mchid: String,
}

fn main() {
    let req = PauseStock {
        stock_id: 98065001,
        stock_creator_mchid: "1900000001".into(),
    };
    assert_eq!(
        req.path().unwrap(),
        "/v3/marketing/favor/stocks/98065001/pause"
    );
    assert_eq!(req.query().unwrap(), None);
    let body = req.body(&NoEncryption).unwrap().unwrap();
    assert_eq!(body, br#"{"stock_creator_mchid":"1900000001"}"#);
}
