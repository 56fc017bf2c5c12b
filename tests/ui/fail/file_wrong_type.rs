use wxpay::endpoint;

#[endpoint(POST, "/v3/merchant/media/upload")]
pub struct Upload {
    #[file]
    pub file: Vec<u8>,
    pub filename: String,
}

fn main() {}
