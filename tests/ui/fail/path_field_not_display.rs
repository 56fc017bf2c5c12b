use wxpay::endpoint;

pub struct CardId(pub String);

#[endpoint(GET, "/v3/marketing/cards/<card_id>")]
pub struct GetCard {
    pub card_id: CardId,
}

fn main() {}
