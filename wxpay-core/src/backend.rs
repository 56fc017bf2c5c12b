//! The crypto backend: every RSA operation, digest and AES-GCM of the SDK goes through this
//! module, so the signer, the verifier and the ciphers do not know which library does the work.
//!
//! Two backends: AWS-LC (`aws-lc-rs`, the default; reqwest's rustls already compiles it) and
//! pure Rust (`rust-crypto`: the `rsa`, `sha1`, `sha2` and `aes-gcm` crates). With both
//! features on, AWS-LC is used and the pure-Rust crates are not.

#[cfg(not(any(feature = "aws-lc-rs", feature = "rust-crypto")))]
compile_error!(
    "wxpay-core needs a crypto backend: enable the `aws-lc-rs` (default) or the `rust-crypto` feature"
);

use std::sync::Arc;

use zeroize::Zeroizing;

use crate::CryptoError;

#[cfg(feature = "aws-lc-rs")]
pub(crate) use aws::{
    Sha1, aes256gcm_open, aes256gcm_seal, private_from_der, public_from_der, sha256,
};
#[cfg(all(feature = "rust-crypto", not(feature = "aws-lc-rs")))]
pub(crate) use rust::{
    Sha1, aes256gcm_open, aes256gcm_seal, private_from_der, public_from_der, sha256,
};

/// Operations that need the merchant's private key.
pub(crate) trait PrivateOps: Send + Sync {
    /// RSASSA-PKCS1-v1_5 with SHA-256 over `msg`.
    fn sign_sha256(&self, msg: &[u8]) -> Result<Vec<u8>, CryptoError>;
    /// RSAES-OAEP (SHA-1, MGF1-SHA-1) decryption.
    fn decrypt_oaep_sha1(&self, ciphertext: &[u8]) -> Result<Zeroizing<Vec<u8>>, CryptoError>;
    /// The public half, for tests and the sandbox.
    fn public(&self) -> Arc<dyn PublicOps>;
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

/// The pure-Rust backend on RustCrypto's crates.
#[cfg(all(feature = "rust-crypto", not(feature = "aws-lc-rs")))]
mod rust {
    use std::sync::Arc;

    use rsa::pkcs1::{DecodeRsaPrivateKey, DecodeRsaPublicKey};
    use rsa::pkcs1v15::{Signature, SigningKey, VerifyingKey};
    use rsa::pkcs8::{DecodePrivateKey, DecodePublicKey};
    use rsa::rand_core::OsRng;
    use rsa::signature::{RandomizedSigner, SignatureEncoding, Verifier as _};
    use rsa::traits::PublicKeyParts;
    use rsa::{Oaep, RsaPrivateKey, RsaPublicKey};
    use sha2::{Digest as _, Sha256};
    use zeroize::Zeroizing;

    use super::{PrivateOps, PublicOps};
    use crate::CryptoError;

    /// A private key from PKCS#8 (`pkcs8`) or PKCS#1 DER.
    pub(crate) fn private_from_der(der: &[u8], pkcs8: bool) -> Result<Arc<dyn PrivateOps>, String> {
        let key = if pkcs8 {
            RsaPrivateKey::from_pkcs8_der(der).map_err(|e| e.to_string())?
        } else {
            RsaPrivateKey::from_pkcs1_der(der).map_err(|e| e.to_string())?
        };
        Ok(Arc::new(RustCryptoPrivate::new(key)))
    }

    /// A public key from SPKI (`spki`) or PKCS#1 DER.
    pub(crate) fn public_from_der(der: &[u8], spki: bool) -> Result<Arc<dyn PublicOps>, String> {
        let key = if spki {
            RsaPublicKey::from_public_key_der(der).map_err(|e| e.to_string())?
        } else {
            RsaPublicKey::from_pkcs1_der(der).map_err(|e| e.to_string())?
        };
        Ok(Arc::new(RustCryptoPublic::new(key)))
    }

    pub(crate) fn sha256(data: &[u8]) -> [u8; 32] {
        Sha256::digest(data).into()
    }

    /// Incremental SHA-1 (bill digests).
    pub(crate) struct Sha1(sha1::Sha1);

    impl Sha1 {
        pub(crate) fn new() -> Self {
            Self(sha1::Sha1::new())
        }
        pub(crate) fn update(&mut self, data: &[u8]) {
            self.0.update(data);
        }
        pub(crate) fn finish(self) -> [u8; 20] {
            self.0.finalize().into()
        }
    }

    pub(crate) fn aes256gcm_open(
        key: &[u8; 32],
        nonce: &[u8; 12],
        aad: &[u8],
        sealed: &[u8],
    ) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
        use aes_gcm::aead::{Aead, Payload};
        use aes_gcm::{Aes256Gcm, KeyInit, Nonce};
        Aes256Gcm::new(key.into())
            .decrypt(Nonce::from_slice(nonce), Payload { msg: sealed, aad })
            .map(Zeroizing::new)
            .map_err(|_| CryptoError::AesGcm)
    }

    pub(crate) fn aes256gcm_seal(
        key: &[u8; 32],
        nonce: &[u8; 12],
        aad: &[u8],
        plaintext: &[u8],
    ) -> Result<Vec<u8>, CryptoError> {
        use aes_gcm::aead::{Aead, Payload};
        use aes_gcm::{Aes256Gcm, KeyInit, Nonce};
        Aes256Gcm::new(key.into())
            .encrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: plaintext,
                    aad,
                },
            )
            .map_err(|_| CryptoError::AesGcm)
    }

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
                .decrypt_blinded(&mut OsRng, Oaep::new::<sha1::Sha1>(), ciphertext)
                .map(Zeroizing::new)
                .map_err(|_| CryptoError::Oaep("decryption"))
        }

        fn public(&self) -> Arc<dyn PublicOps> {
            Arc::new(RustCryptoPublic::new(self.key.to_public_key()))
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
                .encrypt(&mut OsRng, Oaep::new::<sha1::Sha1>(), plaintext)
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
}

/// The default backend on AWS-LC: OpenSSL-class speed for sign, verify and OAEP.
#[cfg(feature = "aws-lc-rs")]
mod aws {
    use std::sync::Arc;

    use aws_lc_rs::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};
    use aws_lc_rs::digest;
    use aws_lc_rs::encoding::AsDer;
    use aws_lc_rs::rand::SystemRandom;
    use aws_lc_rs::rsa::{
        OAEP_SHA1_MGF1SHA1, OaepPrivateDecryptingKey, OaepPublicEncryptingKey,
        PrivateDecryptingKey, PublicEncryptingKey,
    };
    use aws_lc_rs::signature::{
        KeyPair as _, ParsedPublicKey, RSA_PKCS1_2048_8192_SHA256, RSA_PKCS1_SHA256, RsaKeyPair,
    };
    use zeroize::Zeroizing;

    use super::{PrivateOps, PublicOps};
    use crate::CryptoError;

    /// A private key from PKCS#8 (`pkcs8`) or PKCS#1 DER.
    pub(crate) fn private_from_der(der: &[u8], pkcs8: bool) -> Result<Arc<dyn PrivateOps>, String> {
        let key = if pkcs8 {
            AwsLcPrivate::from_pkcs8(der)?
        } else {
            // AWS-LC decrypts OAEP only with a PKCS#8 key: re-encode the PKCS#1 one once.
            let pair = RsaKeyPair::from_der(der).map_err(|e| e.to_string())?;
            let pkcs8 = pair.as_der().map_err(|e| e.to_string())?;
            AwsLcPrivate::from_pkcs8(pkcs8.as_ref())?
        };
        Ok(Arc::new(key))
    }

    /// A public key from SPKI (`spki`) or PKCS#1 DER.
    pub(crate) fn public_from_der(der: &[u8], spki: bool) -> Result<Arc<dyn PublicOps>, String> {
        let key = if spki {
            AwsLcPublic::from_spki(der)?
        } else {
            let key = aws_lc_rs::rsa::PublicKey::from_der(der).map_err(|e| e.to_string())?;
            let spki = AsDer::<aws_lc_rs::encoding::PublicKeyX509Der<'_>>::as_der(&key)
                .map_err(|e| e.to_string())?;
            AwsLcPublic::from_spki(spki.as_ref())?
        };
        Ok(Arc::new(key))
    }

    pub(crate) fn sha256(data: &[u8]) -> [u8; 32] {
        let mut out = [0u8; 32];
        out.copy_from_slice(digest::digest(&digest::SHA256, data).as_ref());
        out
    }

    /// Incremental SHA-1 (bill digests).
    pub(crate) struct Sha1(digest::Context);

    impl Sha1 {
        pub(crate) fn new() -> Self {
            Self(digest::Context::new(&digest::SHA1_FOR_LEGACY_USE_ONLY))
        }
        pub(crate) fn update(&mut self, data: &[u8]) {
            self.0.update(data);
        }
        pub(crate) fn finish(self) -> [u8; 20] {
            let mut out = [0u8; 20];
            out.copy_from_slice(self.0.finish().as_ref());
            out
        }
    }

    fn gcm_key(key: &[u8; 32]) -> Result<LessSafeKey, CryptoError> {
        UnboundKey::new(&AES_256_GCM, key)
            .map(LessSafeKey::new)
            .map_err(|_| CryptoError::AesGcm)
    }

    pub(crate) fn aes256gcm_open(
        key: &[u8; 32],
        nonce: &[u8; 12],
        aad: &[u8],
        sealed: &[u8],
    ) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
        let mut buf = Zeroizing::new(sealed.to_vec());
        let len = gcm_key(key)?
            .open_in_place(
                Nonce::assume_unique_for_key(*nonce),
                Aad::from(aad),
                &mut buf,
            )
            .map_err(|_| CryptoError::AesGcm)?
            .len();
        buf.truncate(len);
        Ok(buf)
    }

    pub(crate) fn aes256gcm_seal(
        key: &[u8; 32],
        nonce: &[u8; 12],
        aad: &[u8],
        plaintext: &[u8],
    ) -> Result<Vec<u8>, CryptoError> {
        let mut buf = plaintext.to_vec();
        gcm_key(key)?
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(*nonce),
                Aad::from(aad),
                &mut buf,
            )
            .map_err(|_| CryptoError::AesGcm)?;
        Ok(buf)
    }

    struct AwsLcPrivate {
        pair: RsaKeyPair,
        decrypting: OaepPrivateDecryptingKey,
        public: Arc<dyn PublicOps>,
        rng: SystemRandom,
    }

    impl AwsLcPrivate {
        /// From PKCS#8 DER (zeroized by the caller).
        fn from_pkcs8(pkcs8: &[u8]) -> Result<Self, String> {
            let pair = RsaKeyPair::from_pkcs8(pkcs8).map_err(|e| e.to_string())?;
            let spki =
                AsDer::<aws_lc_rs::encoding::PublicKeyX509Der<'_>>::as_der(pair.public_key())
                    .map_err(|e| e.to_string())?;
            let decrypting = PrivateDecryptingKey::from_pkcs8(pkcs8)
                .map_err(|e| e.to_string())
                .and_then(|k| OaepPrivateDecryptingKey::new(k).map_err(|e| e.to_string()))?;
            let public = Arc::new(AwsLcPublic::from_spki(spki.as_ref())?);
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

    struct AwsLcPublic {
        verifying: ParsedPublicKey,
        encrypting: OaepPublicEncryptingKey,
        spki: Vec<u8>,
    }

    impl AwsLcPublic {
        fn from_spki(spki: &[u8]) -> Result<Self, String> {
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
