use wxpay::endpoint;

#[endpoint(GET, "/v3/marketing/cards", respons = serde_json::Value)]
pub struct ListCards {
    pub brand_id: String,
}

fn main() {}
