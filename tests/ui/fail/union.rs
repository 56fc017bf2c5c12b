use wxpay::endpoint;

#[endpoint(GET, "/v3/certificates")]
pub union Certificates {
    all: u32,
}

fn main() {}
