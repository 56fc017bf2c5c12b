use wxpay::endpoint;

#[endpoint(GET, "/v3/marketing/cards")]
pub struct ListCards {
    #[encrypt]
    pub phone: String,
}

fn main() {}
