// Serde attributes the macro does not write by hand (`rename_all`, `flatten`): the query and
// body are serde-derived views of the struct instead.

#[wxpay::endpoint(POST, "/v3/marketing/things", response = serde_json::Value)]
#[serde(rename_all = "camelCase")]
pub struct CreateThing {
    #[query]
    pub sub_mchid: String,
    pub thing_name: String,
    pub valid_days: Option<u32>,
    #[serde(flatten)]
    pub extra: std::collections::BTreeMap<String, String>,
}
