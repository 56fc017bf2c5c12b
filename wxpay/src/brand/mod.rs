//! Brand merchant (品牌商家) APIs: `/v3/brand/…`.

pub mod card_member;
