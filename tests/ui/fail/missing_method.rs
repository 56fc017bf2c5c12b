use wxpay::endpoint;

#[endpoint("/v3/marketing/busifavor/coupons/deactivate")]
pub struct DeactivateCoupon {
    pub coupon_code: String,
}

fn main() {}
