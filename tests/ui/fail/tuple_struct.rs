use wxpay::endpoint;

#[endpoint(GET, "/v3/certificates")]
pub struct Certificates(String);

fn main() {}
