//! GET with only query fields (the default on GET): declaration order, `None` omitted.
use wxpay::{Endpoint, Method, NoEncryption, endpoint};

#[endpoint(GET, "/v3/marketing/favor/stocks", response = serde_json::Value)]
pub struct ListStocks {
    pub offset: u32,
    pub limit: u32,
    pub stock_creator_mchid: String,
    pub status: Option<String>,
}

fn main() {
    let req = ListStocks {
        offset: 0,
        limit: 10,
        stock_creator_mchid: "1900000001".into(),
        status: None,
    };
    assert_eq!(ListStocks::METHOD, Method::Get);
    assert_eq!(req.path().unwrap(), "/v3/marketing/favor/stocks");
    assert_eq!(
        req.query().unwrap().as_deref(),
        Some("offset=0&limit=10&stock_creator_mchid=1900000001")
    );
    assert_eq!(req.body(&NoEncryption).unwrap(), None);
}
