use wxpay::endpoint;

pub struct Certificate {
    pub serial_no: String,
}

#[endpoint(GET, "/v3/certificates", response = Certificate)]
pub struct Certificates {}

fn main() {}
