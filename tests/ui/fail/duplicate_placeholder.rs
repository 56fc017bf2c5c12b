use wxpay::endpoint;

#[endpoint(GET, "/v3/marketing/<id>/codes/<id>")]
pub struct GetCode {
    pub id: String,
}

fn main() {}
