use wxpay::endpoint;

#[endpoint(GET, "/v3/marketing/cards", response = serde_json::Value, response = serde_json::Value)]
pub struct ListCards {
    pub brand_id: String,
}

fn main() {}
