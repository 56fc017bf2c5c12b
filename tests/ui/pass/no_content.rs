//! No `response`: `()` (204 No Content). A POST without body fields sends `{}`; a GET sends none.
use wxpay::{Endpoint, NoEncryption, endpoint};

#[endpoint(POST, "/v3/marketing/partnerships/<partnership_id>/terminate")]
pub struct Terminate {
    pub partnership_id: String,
}

#[endpoint(DELETE, "/v3/marketing/cards")]
pub struct DeleteAll {}

fn assert_unit<E: Endpoint<Response = ()>>() {}

fn main() {
    assert_unit::<Terminate>();
    assert_unit::<DeleteAll>();
    let req = Terminate {
        partnership_id: "p1".into(),
    };
    assert_eq!(req.body(&NoEncryption).unwrap().unwrap(), b"{}");
    assert_eq!(DeleteAll {}.body(&NoEncryption).unwrap(), None);
    assert_eq!(DeleteAll {}.query().unwrap(), None);
    // The client decodes an empty body as JSON `null`, which `()` accepts.
    let () = serde_json::from_str::<()>("null").unwrap();
}
