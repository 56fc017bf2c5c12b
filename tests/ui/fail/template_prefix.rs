use wxpay::endpoint;

#[endpoint(POST, "v3/marketing/busifavor/coupons/deactivate")]
pub struct DeactivateCoupon {
    pub coupon_code: String,
}

fn main() {}
