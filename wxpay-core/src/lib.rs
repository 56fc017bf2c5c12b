//! Runtime of the wxpay WeChat Pay APIv3 SDK.
//!
//! Users normally depend on the `wxpay` facade, which re-exports this crate. Everything that
//! touches bytes lives here: credentials, the request signer, the response and notification
//! verifier, the sensitive-field and resource ciphers, the [`Endpoint`] contract of the
//! `#[endpoint]` macro, and the async [`Client`].
#![cfg_attr(
    not(test),
    warn(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

mod aead;
mod backend;
#[cfg(feature = "blocking")]
#[cfg_attr(docsrs, doc(cfg(feature = "blocking")))]
pub mod blocking;
pub mod client;
pub mod clock;
mod decode;
mod der;
pub mod endpoint;
mod error;
pub mod keys;
pub mod notify;
pub mod paged;
pub mod paysign;
mod query;
pub mod registry;
mod sensitive;
mod sign_error;
pub mod signer;
pub mod transport;
mod upload;
pub mod verifier;

pub use aead::AEAD_AES_256_GCM;
pub use client::{
    BACKUP_BASE_URL, BillFile, CertificateEntry, Chain, Client, ClientBuilder, DEFAULT_BASE_URL,
    Download, MediaKind, MediaUploaded, RetryPolicy, SendOptions,
};
pub use clock::{Clock, FixedClock, SystemClock};
pub use decode::decode_json;
pub use endpoint::{Encryptor, Endpoint, Method, NoEncryption};
pub use error::{ApiError, CryptoError, Error, ErrorKind, KeyError, VerifyError};
pub use keys::{ApiV3Key, MerchantKey, PlatformCertificate, PublicKey, WechatPayPublicKey};
pub use notify::{
    EncryptedResource, Notification, NotificationEnvelope, NotificationParser, NotifyAnswer,
};
pub use paged::{PageBy, Paged};
pub use paysign::{AppPayParams, JsapiPayParams};
pub use registry::{CredentialSource, MerchantCredentials, Merchants, MerchantsBuilder};
pub use sensitive::{Ciphertext, Sensitive};
pub use sign_error::SignInformation;
pub use signer::{Authorization, Signer};
pub use transport::{
    ByteStream, HttpRequest, HttpResponse, ReqwestTransport, StreamingResponse, Transport,
    TransportError, TransportErrorKind,
};
pub use upload::UploadFile;
pub use verifier::{KeyStore, SignatureHeaders, Verifier};

/// How a request's `Authorization` header is built.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum AuthScheme {
    /// `WECHATPAY2-SHA256-RSA2048 mchid="…",…`: every merchant and service-provider API.
    #[default]
    Merchant,
    /// `WECHATPAY-BRAND-SHA256-RSA2048 brand_id="…",…`: the Brand API under `/brand/`.
    Brand,
}

impl AuthScheme {
    /// The scheme token that starts the `Authorization` value.
    pub const fn token(self) -> &'static str {
        match self {
            AuthScheme::Merchant => "WECHATPAY2-SHA256-RSA2048",
            AuthScheme::Brand => "WECHATPAY-BRAND-SHA256-RSA2048",
        }
    }

    /// The name of the identity attribute (`mchid` or `brand_id`).
    pub const fn id_attr(self) -> &'static str {
        match self {
            AuthScheme::Merchant => "mchid",
            AuthScheme::Brand => "brand_id",
        }
    }
}
