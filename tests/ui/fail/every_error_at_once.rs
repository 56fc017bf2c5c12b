use wxpay::endpoint;

#[endpoint(POTS, "/v3/cards/<card>/<code", respons = u8)]
pub struct Invalidate {
    #[path]
    pub reason: Option<String>,
    #[query]
    #[query]
    pub brand_id: String,
}

fn main() {}
