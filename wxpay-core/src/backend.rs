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
#[cfg_attr(feature = "aws-lc-rs", allow(dead_code))]
///
/// Signing uses blinding (`sign_with_rng`) and decryption `decrypt_blinded`: RUSTSEC-2023-0071
/// (Marvin) has no fixed release of `rsa`, and blinding is what mitigates the timing channel.
pub(crate) struct RustCryptoPrivate {
    key: RsaPrivateKey,
    signer: SigningKey<Sha256>,
}

#[cfg_attr(feature = "aws-lc-rs", allow(dead_code))]
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

#[cfg_attr(feature = "aws-lc-rs", allow(dead_code))]
pub(crate) struct RustCryptoPublic {
    key: RsaPublicKey,
    verifier: VerifyingKey<Sha256>,
}

#[cfg_attr(feature = "aws-lc-rs", allow(dead_code))]
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

/// The default backend on AWS-LC: OpenSSL-class speed for sign, verify and OAEP.
///
/// Keys are still parsed by the `rsa` crate (PEM, PKCS#1, PKCS#8) and handed over as DER once.
#[cfg(feature = "aws-lc-rs")]
pub(crate) mod aws {
    use std::sync::Arc;

    use aws_lc_rs::rand::SystemRandom;
    use aws_lc_rs::rsa::{
        OAEP_SHA1_MGF1SHA1, OaepPrivateDecryptingKey, OaepPublicEncryptingKey,
        PrivateDecryptingKey, PublicEncryptingKey,
    };
    use aws_lc_rs::signature::{
        ParsedPublicKey, RSA_PKCS1_2048_8192_SHA256, RSA_PKCS1_SHA256, RsaKeyPair,
    };
    use zeroize::Zeroizing;

    use super::{PrivateOps, PublicOps};
    use crate::CryptoError;

    pub(crate) struct AwsLcPrivate {
        pair: RsaKeyPair,
        decrypting: OaepPrivateDecryptingKey,
        public: Arc<dyn PublicOps>,
        rng: SystemRandom,
    }

    impl AwsLcPrivate {
        /// From PKCS#8 DER (zeroized by the caller) and the matching SPKI DER.
        pub(crate) fn from_pkcs8(pkcs8: &[u8], spki: &[u8]) -> Result<Self, String> {
            let pair = RsaKeyPair::from_pkcs8(pkcs8).map_err(|e| e.to_string())?;
            let decrypting = PrivateDecryptingKey::from_pkcs8(pkcs8)
                .map_err(|e| e.to_string())
                .and_then(|k| OaepPrivateDecryptingKey::new(k).map_err(|e| e.to_string()))?;
            let public = Arc::new(AwsLcPublic::from_spki(spki)?);
            Ok(Self {
                pair,
                decrypting,
                public,
                rng: SystemRandom::new(),
            })
        }
    }

    impl PrivateOps for AwsLcPrivate {
        fn sign_sha256(&self, msg: &[u8]) -> Result<Vec<u8>, CryptoError> {
            let mut sig = vec![0u8; self.pair.public_modulus_len()];
            self.pair
                .sign(&RSA_PKCS1_SHA256, &self.rng, msg, &mut sig)
                .map_err(|_| CryptoError::Sign)?;
            Ok(sig)
        }

        fn decrypt_oaep_sha1(&self, ciphertext: &[u8]) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
            let mut out = Zeroizing::new(vec![0u8; self.decrypting.min_output_size()]);
            let len = self
                .decrypting
                .decrypt(&OAEP_SHA1_MGF1SHA1, ciphertext, &mut out, None)
                .map_err(|_| CryptoError::Oaep("decryption"))?
                .len();
            out.truncate(len);
            Ok(out)
        }

        fn public(&self) -> Arc<dyn PublicOps> {
            self.public.clone()
        }

        fn bits(&self) -> usize {
            self.pair.public_modulus_len() * 8
        }
    }

    pub(crate) struct AwsLcPublic {
        verifying: ParsedPublicKey,
        encrypting: OaepPublicEncryptingKey,
        spki: Vec<u8>,
    }

    impl AwsLcPublic {
        pub(crate) fn from_spki(spki: &[u8]) -> Result<Self, String> {
            let verifying = ParsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA256, spki)
                .map_err(|e| e.to_string())?;
            let encrypting = PublicEncryptingKey::from_der(spki)
                .map_err(|e| e.to_string())
                .and_then(|k| OaepPublicEncryptingKey::new(k).map_err(|e| e.to_string()))?;
            Ok(Self {
                verifying,
                encrypting,
                spki: spki.to_vec(),
            })
        }
    }

    impl PublicOps for AwsLcPublic {
        fn verify_sha256(&self, msg: &[u8], sig: &[u8]) -> bool {
            self.verifying.verify_sig(msg, sig).is_ok()
        }

        fn encrypt_oaep_sha1(&self, plaintext: &[u8]) -> Result<Vec<u8>, CryptoError> {
            let max = self.encrypting.max_plaintext_size(&OAEP_SHA1_MGF1SHA1);
            if plaintext.len() > max {
                return Err(CryptoError::PlaintextTooLong {
                    len: plaintext.len(),
                    max,
                });
            }
            let mut out = vec![0u8; self.encrypting.ciphertext_size()];
            let len = self
                .encrypting
                .encrypt(&OAEP_SHA1_MGF1SHA1, plaintext, &mut out, None)
                .map_err(|_| CryptoError::Oaep("encryption"))?
                .len();
            out.truncate(len);
            Ok(out)
        }

        fn bits(&self) -> usize {
            self.encrypting.key_size_bits()
        }

        fn spki_der(&self) -> Vec<u8> {
            self.spki.clone()
        }
    }
}
