//! `crate = path`: the output names `path::__private::…`, for crates that re-export wxpay.
mod sdk {
    pub mod reexport {
        pub use wxpay::*;
    }
}

// No `wxpay` in scope under that name: the macro must use the path it is given.
extern crate wxpay as renamed;

#[renamed::endpoint(POST, "/v3/marketing/cards/<card_id>", crate = crate::sdk::reexport, response = serde_json::Value)]
pub struct Update {
    pub card_id: String,
    pub title: Option<String>,
}

fn main() {
    use renamed::Endpoint as _;
    let req = Update {
        card_id: "c".into(),
        title: None,
    };
    assert_eq!(req.path().unwrap(), "/v3/marketing/cards/c");
    assert_eq!(req.body(&renamed::NoEncryption).unwrap().unwrap(), b"{}");
}
