// A GET whose fields are all query parameters, with serde attributes, a generic predicate and
// a generic parameter.

fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

#[wxpay::endpoint(GET, "/v3/marketing/favor/users/<openid>/coupons", response = serde_json::Value)]
pub struct ListCoupons<S: serde::Serialize> {
    pub openid: String,
    #[serde(rename = "stock_id")]
    pub stock: Option<S>,
    #[serde(skip_serializing_if = "is_default")]
    pub offset: u32,
}
