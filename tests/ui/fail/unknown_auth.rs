use wxpay::endpoint;

#[endpoint(GET, "/brand/cards", auth = shop)]
pub struct ListCards {
    pub brand_id: String,
}

fn main() {}
