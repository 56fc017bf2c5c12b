use wxpay::endpoint;

#[endpoint(
    POST,
    "/v3/brand/partner/card-member/user-cards/<user_card_code>/invalidate"
)]
pub struct InvalidateUserCard {
    pub code: String,
}

fn main() {}
