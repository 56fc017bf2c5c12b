// Path, query and body on a POST, with a typed response.

#[derive(Debug, serde::Deserialize)]
pub struct UserCard {
    pub user_card_code: String,
}

/// `POST /v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate`
#[wxpay::endpoint(
    POST,
    "/v3/brand/partner/card-member/user-cards/<user_card_code>/invalidate",
    response = UserCard
)]
pub struct InvalidateUserCard {
    pub user_card_code: String,
    #[query]
    pub brand_id: String,
    #[query]
    pub card_id: String,
    pub openid: String,
    pub invalid_reason: Option<String>,
}
