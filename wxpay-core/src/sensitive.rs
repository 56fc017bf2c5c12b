//! Sensitive fields: RSA-OAEP ciphertexts in responses.

use std::cell::RefCell;

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::Encryptor;

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

/// A sensitive request field nested inside a body (e.g. `transfer_detail_list[].user_name`):
/// the client encrypts it with RSA-OAEP for WeChat Pay while serializing the request.
///
/// Top-level sensitive fields are marked `#[encrypt]` instead. The plaintext is zeroized on
/// drop and never shown by `Debug`. Serializing it outside a request (no client in scope) is an
/// error, so a plaintext can never leave by accident.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Sensitive(Zeroizing<String>);

impl Sensitive {
    /// Wraps a plaintext.
    pub fn new(plaintext: impl Into<String>) -> Self {
        Sensitive(Zeroizing::new(plaintext.into()))
    }

    /// The plaintext.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl From<String> for Sensitive {
    fn from(s: String) -> Self {
        Sensitive::new(s)
    }
}

impl From<&str> for Sensitive {
    fn from(s: &str) -> Self {
        Sensitive::new(s)
    }
}

impl std::fmt::Debug for Sensitive {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sensitive(redacted)")
    }
}

thread_local! {
    static ENCRYPTOR: RefCell<Option<Box<dyn Encryptor>>> = const { RefCell::new(None) };
}

/// Runs `f` with `enc` available to [`Sensitive`] fields serialized on this thread.
pub fn with_encryptor<R>(enc: &dyn Encryptor, f: impl FnOnce() -> R) -> R {
    let _scope = EncryptorScope::new(enc);
    f()
}

/// While alive, `enc` is available to [`Sensitive`] fields serialized on this thread; the
/// previous encryptor is back when it drops.
pub(crate) struct EncryptorScope(Option<Box<dyn Encryptor>>);

impl EncryptorScope {
    pub(crate) fn new(enc: &dyn Encryptor) -> Self {
        let prev =
            ENCRYPTOR.with(|e| std::mem::replace(&mut *e.borrow_mut(), enc.to_owned_encryptor()));
        EncryptorScope(prev)
    }
}

impl Drop for EncryptorScope {
    fn drop(&mut self) {
        let prev = self.0.take();
        ENCRYPTOR.with(|e| *e.borrow_mut() = prev);
    }
}

impl Serialize for Sensitive {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let ct = ENCRYPTOR.with(|e| match &*e.borrow() {
            Some(enc) => enc.encrypt(&self.0).map_err(|e| e.to_string()),
            None => Err(
                "a sensitive field can only be serialized by the client, which encrypts it"
                    .to_owned(),
            ),
        });
        match ct {
            Ok(ct) => s.serialize_str(&ct),
            Err(msg) => Err(serde::ser::Error::custom(msg)),
        }
    }
}

impl<'de> Deserialize<'de> for Sensitive {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(Sensitive::new)
    }
}
