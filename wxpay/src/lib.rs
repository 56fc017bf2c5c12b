//! wxpay: WeChat Pay APIv3 for Rust.
#![cfg_attr(
    not(test),
    warn(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

pub use wxpay_core::*;
pub use wxpay_macros::endpoint;

// `#[endpoint]` emits `::wxpay::__private::…` paths; this makes them resolve inside this crate too.
extern crate self as wxpay;

mod model;

pub mod applyment;
pub mod bill;
pub mod brand;
pub mod capital;
pub mod certificates;
pub mod complaints;
pub mod ecommerce;
pub mod marketing;
pub mod pay;
pub mod payscore;
pub mod profitsharing;
pub mod refund;
#[cfg(feature = "sandbox")]
#[cfg_attr(docsrs, doc(cfg(feature = "sandbox")))]
pub mod sandbox;
pub mod transfer;

/// Support code for the output of `#[endpoint]`. Not public API.
#[doc(hidden)]
pub mod __private {
    pub use ::core::option::Option;
    pub use ::core::result::Result;
    pub use serde;
    pub use serde_json;
    pub use std::string::String;
    pub use std::vec::Vec;
    pub use wxpay_core::endpoint::__private::*;
    pub use wxpay_core::{AuthScheme, Encryptor, Endpoint, Error, Method};
    pub use wxpay_macros::__SerdeAttrs;
}
