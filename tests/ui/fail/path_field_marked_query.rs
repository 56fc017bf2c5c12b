use wxpay::endpoint;

#[endpoint(POST, "/v3/marketing/cards/<card_id>")]
pub struct UpdateCard {
    #[query]
    pub card_id: String,
}

fn main() {}
