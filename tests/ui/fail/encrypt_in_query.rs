use wxpay::endpoint;

#[endpoint(POST, "/v3/marketing/cards")]
pub struct CreateCard {
    #[query]
    #[encrypt]
    pub phone: String,
}

fn main() {}
