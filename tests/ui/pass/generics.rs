//! Generic structs: the struct's own bounds are the impl's bounds.
use std::fmt::Display;

use serde::Serialize;
use wxpay::{Endpoint, NoEncryption, endpoint};

#[endpoint(POST, "/v3/items/<id>", response = Vec<R>)]
pub struct Update<'a, I: Display, B: Serialize, R: serde::de::DeserializeOwned, const N: usize> {
    pub id: I,
    #[query]
    pub tag: &'a str,
    pub payload: B,
    #[serde(skip)]
    pub marker: std::marker::PhantomData<R>,
}

#[endpoint(GET, "/v3/items")]
pub struct List<T>
where
    T: Serialize,
{
    pub filter: Option<T>,
}

fn main() {
    let req: Update<'_, u32, Vec<u8>, String, 3> = Update {
        id: 7,
        tag: "a b",
        payload: vec![1, 2],
        marker: std::marker::PhantomData,
    };
    assert_eq!(req.path().unwrap(), "/v3/items/7");
    assert_eq!(req.query().unwrap().as_deref(), Some("tag=a%20b"));
    assert_eq!(
        req.body(&NoEncryption).unwrap().unwrap(),
        br#"{"payload":[1,2]}"#
    );
    let list = List { filter: Some(true) };
    assert_eq!(list.query().unwrap().as_deref(), Some("filter=true"));
    assert_eq!(List::<u8> { filter: None }.query().unwrap(), None);
}
