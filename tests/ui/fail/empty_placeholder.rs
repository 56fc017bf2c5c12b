use wxpay::endpoint;

#[endpoint(GET, "/v3/marketing/cards/<>")]
pub struct GetCard {
    pub card_id: String,
}

fn main() {}
