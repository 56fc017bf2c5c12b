//! `#[serde]` field attributes in query and body, including a generic predicate, a container
//! `rename_all`, and a user's own `skip_serializing_if` on an `Option`.
use serde::{Deserialize, Serialize};
use wxpay::{Endpoint, NoEncryption, endpoint};

fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

#[endpoint(POST, "/v3/marketing/things/<thing_id>")]
#[derive(Debug, Serialize, Deserialize)]
pub struct Create {
    #[serde(skip)]
    pub thing_id: String,
    #[query]
    #[serde(rename = "limit", skip_serializing_if = "is_default")]
    pub page_size: u32,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(skip_serializing_if = "is_default")]
    pub count: u64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(skip_serializing_if = "is_default")]
    pub note: Option<String>,
}

#[endpoint(GET, "/v3/marketing/things")]
#[serde(rename_all = "camelCase")]
pub struct List {
    pub page_size: u32,
    pub r#type: Option<String>,
}

fn main() {
    let req = Create {
        thing_id: "t/1".into(),
        page_size: 0,
        kind: "A".into(),
        count: 0,
        tags: vec![],
        note: None,
    };
    assert_eq!(req.path().unwrap(), "/v3/marketing/things/t%2F1");
    assert_eq!(req.query().unwrap(), None);
    assert_eq!(
        req.body(&NoEncryption).unwrap().unwrap(),
        br#"{"type":"A"}"#
    );
    let req = Create {
        page_size: 5,
        count: 2,
        tags: vec!["x".into()],
        note: Some("n".into()),
        ..req
    };
    assert_eq!(req.query().unwrap().as_deref(), Some("limit=5"));
    assert_eq!(
        req.body(&NoEncryption).unwrap().unwrap(),
        br#"{"type":"A","count":2,"tags":["x"],"note":"n"}"#
    );

    let list = List {
        page_size: 20,
        r#type: Some("B".into()),
    };
    assert_eq!(list.query().unwrap().as_deref(), Some("pageSize=20&type=B"));
}
