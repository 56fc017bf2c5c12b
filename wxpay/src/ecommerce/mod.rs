//! E-commerce platforms (电商收付通) for service providers: `/v3/ecommerce/…`, the platform's
//! own funds (`/v3/merchant/fund/…`) and settlement accounts (`/v3/apply4sub/sub_merchants/…`).
//!
//! One module per product: [`applyments`] (二级商户进件), [`profitsharing`] (分账),
//! [`subsidies`] (补差), [`refunds`] (退款), [`fund`] (余额与提现), [`bill`] (账单) and
//! [`account`] (结算账户与注销).

pub mod account;
pub mod applyments;
pub mod bill;
pub mod fund;
pub mod profitsharing;
pub mod refunds;
pub mod subsidies;

/// Accepts an integer written as a JSON number or as a string (`124` or `"124"`): some
/// official pages document a number as a string.
pub(crate) mod int_or_string {
    use serde::{Deserialize, Deserializer};

    #[derive(Deserialize)]
    #[serde(untagged)]
    enum IntOrString {
        Int(i64),
        Str(String),
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
        match Option::<IntOrString>::deserialize(d)? {
            None => Ok(None),
            Some(IntOrString::Int(n)) => Ok(Some(n)),
            Some(IntOrString::Str(s)) => {
                s.trim().parse().map(Some).map_err(|_| {
                    serde::de::Error::custom(format!("expected an integer, found {s:?}"))
                })
            }
        }
    }
}
