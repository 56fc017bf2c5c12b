//! The async client: builds, signs, sends, verifies and decodes.
//!
//! A reader following [`Client::send`] reads down the call path, one file per concern:
//! `send.rs` (prepare, sign, send, retry), then `response.rs` (verify, classify, decode).
//! Configuration is in `builder.rs`; `chain.rs`, `media.rs` (uploads and bill downloads) and
//! `certificates.rs` are other entry points onto the same send path.

mod builder;
mod certificates;
mod chain;
mod four_byte;
mod media;
mod pages;
mod response;
mod send;

pub use builder::{ClientBuilder, RetryPolicy};
pub use certificates::CertificateEntry;
pub use chain::Chain;
pub use media::{BillFile, Download, MediaKind, MediaUploaded};
pub use send::SendOptions;

use std::fmt;
use std::sync::Arc;

use http::HeaderValue;

use crate::Error;
use crate::keys::ApiV3Key;
use crate::notify::NotificationParser;
use crate::signer::Signer;
use crate::transport::Transport;
use crate::verifier::Verifier;

/// The production API domain.
pub const DEFAULT_BASE_URL: &str = "https://api.mch.weixin.qq.com";
/// The backup domain, in another region; tried when the first cannot be reached.
pub const BACKUP_BASE_URL: &str = "https://api2.mch.weixin.qq.com";
/// Default limit of a response body (WeChat Pay answers are small; bills use another path).
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;
struct Inner {
    signer: Signer,
    verifier: Verifier,
    apiv3_key: Option<ApiV3Key>,
    base_url: String,
    backup_url: Option<String>,
    transport: Arc<dyn Transport>,
    retry: RetryPolicy,
    user_agent: HeaderValue,
    max_response_bytes: usize,
    certificates: Option<certificates::Refresher>,
}

/// A WeChat Pay APIv3 client. Cheap to clone (shared state), `Send + Sync`, one connection pool.
///
/// Every answer is verified before it is decoded: an unverifiable 2xx is an error, never data.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("mchid", &self.inner.signer.id())
            .field("base_url", &self.inner.base_url)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// The signer (merchant id, serial, key): for payment parameters and debugging.
    pub fn signer(&self) -> &Signer {
        &self.inner.signer
    }

    /// The verifier of answers and notifications.
    pub fn verifier(&self) -> &Verifier {
        &self.inner.verifier
    }

    /// The base URL.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// A notification parser with this client's keys; needs the APIv3 key.
    pub fn notifications(&self) -> Result<NotificationParser, Error> {
        let key = self
            .inner
            .apiv3_key
            .clone()
            .ok_or_else(|| Error::config("the APIv3 key is needed to decrypt notifications"))?;
        Ok(NotificationParser::new(self.inner.verifier.clone(), key)
            .for_merchant(self.inner.signer.id()))
    }

    /// Decrypts a sensitive response field ([`crate::Ciphertext`]) with the merchant key.
    pub fn decrypt(
        &self,
        ciphertext: &crate::Ciphertext,
    ) -> Result<zeroize::Zeroizing<String>, Error> {
        Ok(self.inner.signer.key().decrypt_oaep(ciphertext.as_str())?)
    }

    /// Encrypts a sensitive request field for WeChat Pay (RSA-OAEP with the public key or the
    /// newest valid platform certificate); returns the ciphertext and the serial to send.
    pub fn encrypt(&self, plaintext: &str) -> Result<(String, String), Error> {
        let (serial, key) = self.encryption_key().ok_or_else(|| {
            Error::config("no WeChat Pay public key or valid platform certificate to encrypt with")
        })?;
        Ok((key.encrypt_oaep(plaintext)?, serial))
    }

    /// Whether this client downloads platform certificates (certificate mode).
    pub(crate) fn downloads_certificates(&self) -> bool {
        self.inner.certificates.is_some()
    }

    /// The serials of every WeChat Pay key this client holds: public-key id and certificates.
    pub(crate) fn key_serials(&self) -> Vec<String> {
        let keys = self.inner.verifier.keys();
        let mut v: Vec<String> = keys
            .public_key()
            .map(|k| k.id().to_owned())
            .into_iter()
            .collect();
        v.extend(keys.certificates().iter().map(|c| c.serial().to_owned()));
        v
    }

    fn encryption_key(&self) -> Option<(String, crate::keys::PublicKey)> {
        self.inner
            .verifier
            .keys()
            .encryption_key(self.inner.verifier.clock().now())
    }
}
