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

pub mod brand;
pub mod marketing;

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
