use wxpay::endpoint;

#[endpoint(GET, "/v3/marketing/ cards")]
pub struct ListCards {
    pub brand_id: String,
}

fn main() {}
