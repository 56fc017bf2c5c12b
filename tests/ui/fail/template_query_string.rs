use wxpay::endpoint;

#[endpoint(GET, "/v3/marketing/cards?limit=10")]
pub struct ListCards {
    pub brand_id: String,
}

fn main() {}
