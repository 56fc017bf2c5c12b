use wxpay::endpoint;

#[endpoint(GET, "/v3/marketing/cards#top")]
pub struct ListCards {
    pub brand_id: String,
}

fn main() {}
