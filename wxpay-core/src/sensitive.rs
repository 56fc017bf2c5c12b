//! Sensitive fields: RSA-OAEP ciphertexts in responses.

use serde::{Deserialize, Serialize};

/// A sensitive response field, RSA-OAEP encrypted by WeChat Pay with the merchant's public key
/// (base64). Decrypt it with `Client::decrypt` (or [`crate::MerchantKey::decrypt_oaep`]).
///
/// Its `Debug` shows only the length: the ciphertext is not secret, but it is long and useless in logs.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Ciphertext(pub String);

impl Ciphertext {
    /// The base64 ciphertext.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Ciphertext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Ciphertext({} base64 chars)", self.0.len())
    }
}

impl From<String> for Ciphertext {
    fn from(s: String) -> Self {
        Ciphertext(s)
    }
}
