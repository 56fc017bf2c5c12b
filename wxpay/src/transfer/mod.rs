//! Merchant transfers (商家转账): the 2025 transfer bills (`/v3/fund-app/mch-transfer/…`) and
//! the older batch transfers to balance (商家转账到零钱, `/v3/transfer/…`,
//! `/v3/partner-transfer/…`).

pub mod batches;
pub mod bills;
pub mod partner_batches;
pub mod partner_bills;
