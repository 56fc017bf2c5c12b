use wxpay::endpoint;

#[endpoint(POST, "/v3/marketing/cards")]
pub struct CreateCard {
    #[encrypt]
    pub phone: u64,
}

fn main() {}
