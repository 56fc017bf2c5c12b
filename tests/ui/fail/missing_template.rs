use wxpay::endpoint;

#[endpoint(POST)]
pub struct DeactivateCoupon {
    pub coupon_code: String,
}

fn main() {}
