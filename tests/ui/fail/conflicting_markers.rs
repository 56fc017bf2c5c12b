use wxpay::endpoint;

#[endpoint(POST, "/v3/marketing/cards")]
pub struct CreateCard {
    #[query]
    #[body]
    pub brand_id: String,
}

fn main() {}
