//! Marketing (营销) APIs: `/v3/marketing/…`.

pub mod busifavor;
pub mod favor;
pub mod membercard_open;
