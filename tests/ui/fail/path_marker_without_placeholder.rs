use wxpay::endpoint;

#[endpoint(GET, "/v3/marketing/favor/stocks")]
pub struct GetStock {
    #[path]
    pub stock_id: String,
}

fn main() {}
