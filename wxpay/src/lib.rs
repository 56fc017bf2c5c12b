//! WeChat Pay APIv3 (微信支付 APIv3) for Rust, built around one attribute.
//!
//! Declare an endpoint on a plain struct and send it; the [`Client`] signs the request
//! (`WECHATPAY2-SHA256-RSA2048`), verifies the answer's signature and decodes it:
//!
//! ```no_run
//! use serde::Deserialize;
//! use wxpay::endpoint;
//!
//! #[endpoint(POST, "/v3/marketing/busifavor/coupons/deactivate", response = Deactivated)]
//! pub struct Deactivate {
//!     pub coupon_code: String,
//!     pub stock_id: String,
//!     pub deactivate_request_no: String,
//!     pub deactivate_reason: Option<String>,
//! }
//!
//! #[derive(Deserialize)]
//! pub struct Deactivated {
//!     pub wechatpay_deactivate_time: String,
//! }
//!
//! # async fn run() -> Result<(), wxpay::Error> {
//! let client = wxpay::Client::from_env()?;
//! let answer = client
//!     .send(&Deactivate {
//!         coupon_code: "sxxe34343434".into(),
//!         stock_id: "1234567891".into(),
//!         deactivate_request_no: "1002600620019090123143254436".into(),
//!         deactivate_reason: None,
//!     })
//!     .await?;
//! println!("{}", answer.wechatpay_deactivate_time);
//! # Ok(()) }
//! ```
//!
//! The crate also ships typed endpoints generated from the API description, one module per
//! product family, each behind the cargo feature of the same name: `pay`, `refund`, `bill` and
//! `certificates` by default; `payscore`, `transfer`, `profitsharing`, `complaints`,
//! `marketing`, `brand`, `ecommerce`, `applyment`, `capital`, or `full` for all (`ENDPOINTS.md`
//! lists them). A catalog request is built with `Type::new(required…)` and chained setters for
//! the optional fields. Also: typed notifications ([`notify`]), and with feature `sandbox` an
//! in-process WeChat Pay emulator for tests. See the README for the whole tour.
#![cfg_attr(
    not(test),
    warn(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

// The runtime's public API, named one by one: what this facade promises is written here.
#[cfg(feature = "blocking")]
#[cfg_attr(docsrs, doc(cfg(feature = "blocking")))]
pub use wxpay_core::blocking;
pub use wxpay_core::{
    AEAD_AES_256_GCM, ApiError, ApiV3Key, AppPayParams, AuthScheme, Authorization, BACKUP_BASE_URL,
    BillFile, ByteStream, CertificateEntry, Chain, Ciphertext, Client, ClientBuilder, Clock,
    CredentialSource, CryptoError, DEFAULT_BASE_URL, Download, EncryptedResource, Encryptor,
    Endpoint, Error, ErrorKind, FixedClock, HttpRequest, HttpResponse, JsapiPayParams, KeyError,
    KeyStore, MediaKind, MediaUploaded, MerchantCredentials, MerchantKey, Merchants,
    MerchantsBuilder, Method, NoEncryption, Notification, NotificationEnvelope, NotificationParser,
    NotifyAnswer, PageBy, Paged, PlatformCertificate, PublicKey, ReqwestTransport, RetryPolicy,
    SendOptions, Sensitive, SignInformation, SignatureHeaders, Signer, StreamingResponse,
    SystemClock, Transport, TransportError, TransportErrorKind, UploadFile, Verifier, VerifyError,
    WechatPayPublicKey, decode_json,
};
pub use wxpay_core::{
    client, clock, endpoint, keys, paged, paysign, registry, signer, transport, verifier,
};
pub use wxpay_macros::endpoint;

// `#[endpoint]` emits `::wxpay::__private::…` paths; this makes them resolve inside this crate too.
#[allow(unused_extern_crates)] // unused when no product family is enabled
extern crate self as wxpay;

mod model;

mod catalog;
#[allow(unused_imports)] // empty when no product family is enabled
pub use catalog::*;
mod helpers;
pub mod notify;
mod resources;
#[cfg(feature = "sandbox")]
#[cfg_attr(docsrs, doc(cfg(feature = "sandbox")))]
pub mod sandbox;

/// The README's examples, compiled as doctests.
#[cfg(all(doctest, feature = "sandbox", feature = "blocking"))]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;

/// Support code for the output of `#[endpoint]`. Not public API.
#[doc(hidden)]
pub mod __private {
    pub use ::core::option::Option;
    pub use ::core::result::Result;
    pub use serde;
    pub use serde_json;
    pub use std::string::{String, ToString};
    pub use std::vec::Vec;
    pub use wxpay_core::endpoint::__private::*;
    pub use wxpay_core::{AuthScheme, Encryptor, Endpoint, Error, Method, UploadFile};
    pub use wxpay_macros::{__Decode, __SerdeAttrs};
}
