use wxpay::endpoint;

#[endpoint(GET, "/v3/marketing/cards/<1x>")]
pub struct GetCard {
    pub card_id: String,
}

fn main() {}
