//! The RSA backend: every RSA operation of the SDK goes through these two traits, so a faster
//! implementation can replace the pure-Rust `rsa` crate without touching the signer, the
//! verifier or the ciphers.

use rsa::pkcs1v15::{Signature, SigningKey, VerifyingKey};
use rsa::rand_core::OsRng;
use rsa::signature::{RandomizedSigner, SignatureEncoding, Verifier as _};
use rsa::traits::PublicKeyParts;
use rsa::{Oaep, RsaPrivateKey, RsaPublicKey};
use sha1::Sha1;
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::CryptoError;

/// Operations that need the merchant's private key.
pub(crate) trait PrivateOps: Send + Sync {
    /// RSASSA-PKCS1-v1_5 with SHA-256 over `msg`.
    fn sign_sha256(&self, msg: &[u8]) -> Result<Vec<u8>, CryptoError>;
    /// RSAES-OAEP (SHA-1, MGF1-SHA-1) decryption.
    fn decrypt_oaep_sha1(&self, ciphertext: &[u8]) -> Result<Zeroizing<Vec<u8>>, CryptoError>;
    /// The public half, for tests and the sandbox.
    fn public(&self) -> std::sync::Arc<dyn PublicOps>;
    /// Modulus size in bits.
    fn bits(&self) -> usize;
}

/// Operations with a WeChat Pay (or merchant) public key.
pub(crate) trait PublicOps: Send + Sync {
    /// Whether `sig` is a valid RSASSA-PKCS1-v1_5 SHA-256 signature of `msg`.
    fn verify_sha256(&self, msg: &[u8], sig: &[u8]) -> bool;
    /// RSAES-OAEP (SHA-1, MGF1-SHA-1) encryption.
    fn encrypt_oaep_sha1(&self, plaintext: &[u8]) -> Result<Vec<u8>, CryptoError>;
    /// Modulus size in bits.
    fn bits(&self) -> usize;
    /// SPKI DER of the key, for comparing and exporting.
    fn spki_der(&self) -> Vec<u8>;
}

/// The pure-Rust backend on RustCrypto's `rsa` crate.
///
/// Signing uses blinding (`sign_with_rng`) and decryption `decrypt_blinded`: RUSTSEC-2023-0071
/// (Marvin) has no fixed release of `rsa`, and blinding is what mitigates the timing channel.
pub(crate) struct RustCryptoPrivate {
    key: RsaPrivateKey,
    signer: SigningKey<Sha256>,
}

impl RustCryptoPrivate {
    pub(crate) fn new(key: RsaPrivateKey) -> Self {
        let signer = SigningKey::<Sha256>::new(key.clone());
        Self { key, signer }
    }
}

impl PrivateOps for RustCryptoPrivate {
    fn sign_sha256(&self, msg: &[u8]) -> Result<Vec<u8>, CryptoError> {
        self.signer
            .try_sign_with_rng(&mut OsRng, msg)
            .map(|s| s.to_vec())
            .map_err(|_| CryptoError::Sign)
    }

    fn decrypt_oaep_sha1(&self, ciphertext: &[u8]) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
        self.key
            .decrypt_blinded(&mut OsRng, Oaep::new::<Sha1>(), ciphertext)
            .map(Zeroizing::new)
            .map_err(|_| CryptoError::Oaep("decryption"))
    }

    fn public(&self) -> std::sync::Arc<dyn PublicOps> {
        std::sync::Arc::new(RustCryptoPublic::new(self.key.to_public_key()))
    }

    fn bits(&self) -> usize {
        self.key.size() * 8
    }
}

pub(crate) struct RustCryptoPublic {
    key: RsaPublicKey,
    verifier: VerifyingKey<Sha256>,
}

impl RustCryptoPublic {
    pub(crate) fn new(key: RsaPublicKey) -> Self {
        let verifier = VerifyingKey::<Sha256>::new(key.clone());
        Self { key, verifier }
    }
}

impl PublicOps for RustCryptoPublic {
    fn verify_sha256(&self, msg: &[u8], sig: &[u8]) -> bool {
        if sig.len() != self.key.size() {
            return false;
        }
        match Signature::try_from(sig) {
            Ok(sig) => self.verifier.verify(msg, &sig).is_ok(),
            Err(_) => false,
        }
    }

    fn encrypt_oaep_sha1(&self, plaintext: &[u8]) -> Result<Vec<u8>, CryptoError> {
        // OAEP-SHA1 overhead: 2 * 20 + 2 bytes.
        let max = self.key.size().saturating_sub(42);
        if plaintext.len() > max {
            return Err(CryptoError::PlaintextTooLong {
                len: plaintext.len(),
                max,
            });
        }
        self.key
            .encrypt(&mut OsRng, Oaep::new::<Sha1>(), plaintext)
            .map_err(|_| CryptoError::Oaep("encryption"))
    }

    fn bits(&self) -> usize {
        self.key.size() * 8
    }

    fn spki_der(&self) -> Vec<u8> {
        use rsa::pkcs8::EncodePublicKey;
        self.key
            .to_public_key_der()
            .map(|d| d.into_vec())
            .unwrap_or_default()
    }
}
