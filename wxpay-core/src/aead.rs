//! AEAD_AES_256_GCM with the APIv3 key: notification resources and downloaded certificates.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use zeroize::Zeroizing;

use crate::CryptoError;
use crate::keys::ApiV3Key;

/// The algorithm name WeChat Pay puts in `resource.algorithm`.
pub const AEAD_AES_256_GCM: &str = "AEAD_AES_256_GCM";

impl ApiV3Key {
    /// Decrypts `ciphertext_b64` (ciphertext followed by the 16-byte tag, base64) with `nonce`
    /// (12 ASCII bytes) and `associated_data`. The plaintext is zeroized when dropped.
    pub fn decrypt(
        &self,
        associated_data: &[u8],
        nonce: &[u8],
        ciphertext_b64: &str,
    ) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
        let nonce: &[u8; 12] = nonce
            .try_into()
            .map_err(|_| CryptoError::NonceLength(nonce.len()))?;
        let ct = B64
            .decode(ciphertext_b64.trim())
            .map_err(|_| CryptoError::Base64)?;
        crate::backend::aes256gcm_open(self.bytes(), nonce, associated_data, &ct)
    }

    /// Decrypts to UTF-8 text.
    pub fn decrypt_to_string(
        &self,
        associated_data: &[u8],
        nonce: &[u8],
        ciphertext_b64: &str,
    ) -> Result<Zeroizing<String>, CryptoError> {
        let pt = self.decrypt(associated_data, nonce, ciphertext_b64)?;
        std::str::from_utf8(&pt)
            .map(|s| Zeroizing::new(s.to_owned()))
            .map_err(|_| CryptoError::Utf8)
    }

    /// Encrypts `plaintext` (what WeChat Pay does; used by the sandbox and tests). Returns base64.
    pub fn encrypt(
        &self,
        associated_data: &[u8],
        nonce: &[u8],
        plaintext: &[u8],
    ) -> Result<String, CryptoError> {
        let nonce: &[u8; 12] = nonce
            .try_into()
            .map_err(|_| CryptoError::NonceLength(nonce.len()))?;
        crate::backend::aes256gcm_seal(self.bytes(), nonce, associated_data, plaintext)
            .map(|ct| B64.encode(ct))
    }
}
