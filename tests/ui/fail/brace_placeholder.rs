use wxpay::endpoint;

#[endpoint(GET, "/v3/marketing/cards/{card_id}")]
pub struct GetCard {
    pub card_id: String,
}

fn main() {}
