use wxpay::endpoint;

#[endpoint(POST, "/v3/marketing/cards")]
pub struct CreateCard {
    #[query(rename = "brand")]
    pub brand_id: String,
}

fn main() {}
