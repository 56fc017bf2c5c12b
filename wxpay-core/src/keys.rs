//! Credentials: the merchant private key, the WeChat Pay public key and platform certificates.

use std::fmt;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use zeroize::Zeroizing;

use crate::backend::{PrivateOps, PublicOps};
use crate::der;
use crate::{CryptoError, Error, KeyError};

const PRIVATE_KEY: &str =
    "a PKCS#8 (`BEGIN PRIVATE KEY`) or PKCS#1 (`BEGIN RSA PRIVATE KEY`) RSA private key";
const PUBLIC_KEY: &str = "an RSA public key (`BEGIN PUBLIC KEY`)";
const CERTIFICATE: &str = "an X.509 certificate (`BEGIN CERTIFICATE`)";

/// The label of the first PEM block in `s`, if any.
fn pem_label(s: &str) -> Option<&str> {
    let start = s.find("-----BEGIN ")? + "-----BEGIN ".len();
    let rest = s.get(start..)?;
    let end = rest.find("-----")?;
    rest.get(..end)
}

fn found(s: &str) -> String {
    match pem_label(s) {
        Some(label) => format!("a PEM block labelled `{label}`"),
        None if s.trim().is_empty() => "empty input".to_owned(),
        None => "no PEM block".to_owned(),
    }
}

fn check_bits(bits: usize) -> Result<(), KeyError> {
    match bits {
        2048 | 3072 | 4096 => Ok(()),
        bits => Err(KeyError::UnsupportedSize { bits }),
    }
}

fn read_file(path: &Path) -> Result<Zeroizing<String>, KeyError> {
    std::fs::read_to_string(path)
        .map(Zeroizing::new)
        .map_err(|e| KeyError::Io {
            path: path.display().to_string(),
            reason: e.kind().to_string(),
        })
}

fn malformed(what: &'static str, e: impl fmt::Display) -> KeyError {
    KeyError::Malformed {
        what,
        reason: e.to_string(),
    }
}

/// The merchant API private key (`apiclient_key.pem`), which signs every request and decrypts
/// sensitive response fields.
///
/// Parsed once; cheap to clone (shared). The key is zeroized when the last clone is dropped,
/// and `Debug` shows only its size.
#[derive(Clone)]
pub struct MerchantKey {
    ops: Arc<dyn PrivateOps>,
}

impl MerchantKey {
    /// Loads a PKCS#8 or PKCS#1 PEM private key (bare base64 DER is accepted too).
    pub fn from_pem(pem: &str) -> Result<Self, KeyError> {
        let (pkcs8, der) = match pem_label(pem) {
            Some("PRIVATE KEY") => (true, pem_der(pem, "PKCS#8 private key")?),
            Some("RSA PRIVATE KEY") => (false, pem_der(pem, "PKCS#1 private key")?),
            Some("ENCRYPTED PRIVATE KEY") => {
                return Err(KeyError::WrongType {
                    expected: "an unencrypted private key (decrypt it first with `openssl pkcs8`)",
                    found: found(pem),
                });
            }
            Some(_) => {
                return Err(KeyError::WrongType {
                    expected: PRIVATE_KEY,
                    found: found(pem),
                });
            }
            None => {
                let compact: Zeroizing<String> =
                    Zeroizing::new(pem.chars().filter(|c| !c.is_whitespace()).collect());
                let wrong = || KeyError::WrongType {
                    expected: PRIVATE_KEY,
                    found: found(pem),
                };
                if compact.is_empty() {
                    return Err(wrong());
                }
                let der = Zeroizing::new(B64.decode(compact.as_bytes()).map_err(|_| wrong())?);
                // Bare DER: PKCS#8 if it reads as PKCS#8, else PKCS#1.
                let pkcs8 = !matches!(
                    der::pkcs8_private_bits(&der),
                    Err(der::DerError::Malformed(_))
                );
                (pkcs8, der)
            }
        };
        let bits = if pkcs8 {
            der::pkcs8_private_bits(&der).map_err(|e| key_error("PKCS#8 private key", e))?
        } else {
            der::pkcs1_private_bits(&der).map_err(|e| key_error("PKCS#1 private key", e))?
        };
        check_bits(bits)?;
        let ops = crate::backend::private_from_der(&der, pkcs8).map_err(|reason| {
            KeyError::Malformed {
                what: "private key",
                reason,
            }
        })?;
        Ok(Self { ops })
    }

    /// Loads the private key from a PEM file.
    pub fn from_pem_file(path: impl AsRef<Path>) -> Result<Self, KeyError> {
        Self::from_pem(&read_file(path.as_ref())?)
    }

    /// RSASSA-PKCS1-v1_5 SHA-256 signature of `msg`.
    pub fn sign(&self, msg: &[u8]) -> Result<Vec<u8>, CryptoError> {
        self.ops.sign_sha256(msg)
    }

    /// Base64 RSASSA-PKCS1-v1_5 SHA-256 signature of `msg`.
    pub fn sign_base64(&self, msg: &[u8]) -> Result<String, CryptoError> {
        self.sign(msg).map(|s| B64.encode(s))
    }

    /// Decrypts a sensitive field that WeChat Pay encrypted with the merchant certificate's
    /// public key (RSA-OAEP, SHA-1). The plaintext is zeroized when dropped.
    pub fn decrypt_oaep(&self, ciphertext_b64: &str) -> Result<Zeroizing<String>, CryptoError> {
        let ct = B64
            .decode(ciphertext_b64.trim())
            .map_err(|_| CryptoError::Base64)?;
        let pt = self.ops.decrypt_oaep_sha1(&ct)?;
        String::from_utf8(pt.to_vec())
            .map(Zeroizing::new)
            .map_err(|e| {
                let mut bytes = e.into_bytes();
                zeroize::Zeroize::zeroize(&mut bytes);
                CryptoError::Utf8
            })
    }

    /// The public half (for tests, the sandbox and `wxpay sign`).
    pub fn public_key(&self) -> PublicKey {
        PublicKey {
            ops: self.ops.public(),
        }
    }

    /// Modulus size in bits.
    pub fn bits(&self) -> usize {
        self.ops.bits()
    }
}

/// The name of the RSA backend compiled in (`aws-lc-rs` or `rsa`), for benchmarks and reports.
pub fn backend_name() -> &'static str {
    if cfg!(feature = "aws-lc-rs") {
        "aws-lc-rs"
    } else {
        "rsa"
    }
}

/// The DER inside a PEM block that `pem_label` already recognised.
fn pem_der(pem: &str, what: &'static str) -> Result<Zeroizing<Vec<u8>>, KeyError> {
    match der::pem(pem) {
        Some(Ok(der)) => Ok(der),
        Some(Err(e)) => Err(malformed(what, e)),
        None => Err(malformed(what, "no PEM block")),
    }
}

fn key_error(what: &'static str, e: der::DerError) -> KeyError {
    match e {
        der::DerError::NotRsa(oid) => KeyError::NotRsa(oid),
        der::DerError::Malformed(m) => malformed(what, m),
    }
}

impl fmt::Debug for MerchantKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MerchantKey(RSA-{}, redacted)", self.bits())
    }
}

/// An RSA public key: the WeChat Pay public key, a platform certificate's key, or the
/// merchant's own public key.
#[derive(Clone)]
pub struct PublicKey {
    ops: Arc<dyn PublicOps>,
}

impl PublicKey {
    /// Loads an SPKI (`BEGIN PUBLIC KEY`) or PKCS#1 (`BEGIN RSA PUBLIC KEY`) PEM public key.
    pub fn from_pem(pem: &str) -> Result<Self, KeyError> {
        match pem_label(pem) {
            Some("PUBLIC KEY") => Self::from_spki_der(&pem_der(pem, "public key")?),
            Some("RSA PUBLIC KEY") => {
                let der = pem_der(pem, "PKCS#1 public key")?;
                let bits =
                    der::pkcs1_public_bits(&der).map_err(|e| key_error("PKCS#1 public key", e))?;
                Self::from_der(&der, false, bits)
            }
            _ => Err(KeyError::WrongType {
                expected: PUBLIC_KEY,
                found: found(pem),
            }),
        }
    }

    /// Loads a public key from SPKI DER.
    pub fn from_spki_der(der: &[u8]) -> Result<Self, KeyError> {
        let bits = der::spki_bits(der).map_err(|e| key_error("public key", e))?;
        Self::from_der(der, true, bits)
    }

    fn from_der(der: &[u8], spki: bool, bits: usize) -> Result<Self, KeyError> {
        check_bits(bits)?;
        let ops =
            crate::backend::public_from_der(der, spki).map_err(|reason| KeyError::Malformed {
                what: "public key",
                reason,
            })?;
        Ok(Self { ops })
    }

    /// Whether `sig` is a valid RSASSA-PKCS1-v1_5 SHA-256 signature of `msg`.
    pub fn verify(&self, msg: &[u8], sig: &[u8]) -> bool {
        self.ops.verify_sha256(msg, sig)
    }

    /// Encrypts a sensitive field (RSA-OAEP, SHA-1) and returns base64.
    pub fn encrypt_oaep(&self, plaintext: &str) -> Result<String, CryptoError> {
        self.ops
            .encrypt_oaep_sha1(plaintext.as_bytes())
            .map(|c| B64.encode(c))
    }

    /// Modulus size in bits.
    pub fn bits(&self) -> usize {
        self.ops.bits()
    }

    /// The key as SPKI PEM.
    pub fn to_pem(&self) -> String {
        let b64 = B64.encode(self.ops.spki_der());
        let mut out = String::from("-----BEGIN PUBLIC KEY-----\n");
        for chunk in b64.as_bytes().chunks(64) {
            out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
            out.push('\n');
        }
        out.push_str("-----END PUBLIC KEY-----\n");
        out
    }
}

impl PartialEq for PublicKey {
    fn eq(&self, other: &Self) -> bool {
        self.ops.spki_der() == other.ops.spki_der()
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey(RSA-{})", self.bits())
    }
}

/// The WeChat Pay public key (public-key mode): its id `PUB_KEY_ID_…` and the key.
#[derive(Clone, Debug, PartialEq)]
pub struct WechatPayPublicKey {
    id: String,
    key: PublicKey,
}

impl WechatPayPublicKey {
    /// Builds it from the id shown in the merchant platform and the PEM file's content.
    pub fn new(id: impl Into<String>, pem: &str) -> Result<Self, KeyError> {
        let id = id.into();
        if !id.starts_with("PUB_KEY_ID_")
            || id.len() > 64
            || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        {
            return Err(KeyError::InvalidId {
                what: "WeChat Pay public key id",
                reason: "expected `PUB_KEY_ID_` followed by letters and digits".into(),
            });
        }
        Ok(Self {
            id,
            key: PublicKey::from_pem(pem)?,
        })
    }

    /// Loads the key from a PEM file.
    pub fn from_pem_file(id: impl Into<String>, path: impl AsRef<Path>) -> Result<Self, KeyError> {
        Self::new(id, &read_file(path.as_ref())?)
    }

    /// Builds it from an already loaded key.
    pub fn from_key(id: impl Into<String>, key: PublicKey) -> Self {
        Self { id: id.into(), key }
    }

    /// `PUB_KEY_ID_…`: the value of `Wechatpay-Serial` on answers it signs.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The key.
    pub fn key(&self) -> &PublicKey {
        &self.key
    }
}

/// A WeChat Pay platform certificate (certificate mode): serial, key and validity.
#[derive(Clone, Debug, PartialEq)]
pub struct PlatformCertificate {
    serial: String,
    key: PublicKey,
    not_before: SystemTime,
    not_after: SystemTime,
    pem: String,
}

impl PlatformCertificate {
    /// Parses an X.509 PEM certificate; the serial (upper-case hex) and key come from it.
    pub fn from_pem(pem: &str) -> Result<Self, KeyError> {
        match pem_label(pem) {
            Some("CERTIFICATE") => {}
            _ => {
                return Err(KeyError::WrongType {
                    expected: CERTIFICATE,
                    found: found(pem),
                });
            }
        }
        let der = pem_der(pem, "X.509 certificate")?;
        let cert = der::certificate(&der).map_err(|e| key_error("X.509 certificate", e))?;
        let key = PublicKey::from_spki_der(cert.spki).map_err(|e| match e {
            KeyError::NotRsa(alg) => KeyError::NotRsa(format!("certificate key: {alg}")),
            e => e,
        })?;
        let at = |secs: i64| {
            if secs >= 0 {
                UNIX_EPOCH + Duration::from_secs(secs.unsigned_abs())
            } else {
                UNIX_EPOCH - Duration::from_secs(secs.unsigned_abs())
            }
        };
        Ok(Self {
            serial: serial_hex(cert.serial),
            key,
            not_before: at(cert.not_before),
            not_after: at(cert.not_after),
            pem: pem.to_owned(),
        })
    }

    /// Loads a certificate from a PEM file.
    pub fn from_pem_file(path: impl AsRef<Path>) -> Result<Self, KeyError> {
        Self::from_pem(&read_file(path.as_ref())?)
    }

    /// Serial number, upper-case hex: the value of `Wechatpay-Serial` on answers it signs.
    pub fn serial(&self) -> &str {
        &self.serial
    }

    /// The certificate's public key.
    pub fn key(&self) -> &PublicKey {
        &self.key
    }

    /// Start of validity.
    pub fn not_before(&self) -> SystemTime {
        self.not_before
    }

    /// End of validity.
    pub fn not_after(&self) -> SystemTime {
        self.not_after
    }

    /// Whether `now` (seconds since the epoch) falls within the validity period.
    pub fn is_valid_at(&self, now_unix: i64) -> bool {
        let now = if now_unix >= 0 {
            UNIX_EPOCH + Duration::from_secs(now_unix.unsigned_abs())
        } else {
            UNIX_EPOCH
        };
        self.not_before <= now && now <= self.not_after
    }

    /// The certificate as PEM, as loaded.
    pub fn pem(&self) -> &str {
        &self.pem
    }
}

fn serial_hex(bytes: &[u8]) -> String {
    let trimmed = match bytes.iter().position(|b| *b != 0) {
        Some(i) => bytes.get(i..).unwrap_or_default(),
        None => bytes,
    };
    trimmed.iter().map(|b| format!("{b:02X}")).collect()
}

/// The AEAD_AES_256_GCM key ("APIv3 key") that decrypts notification resources and downloaded
/// certificates. Exactly 32 bytes; zeroized on drop; never printed.
#[derive(Clone)]
pub struct ApiV3Key(Zeroizing<[u8; 32]>);

impl ApiV3Key {
    /// Checks the length (32 bytes, as set in the merchant platform).
    pub fn new(key: impl AsRef<[u8]>) -> Result<Self, KeyError> {
        let key = key.as_ref();
        let arr: [u8; 32] = key
            .try_into()
            .map_err(|_| KeyError::ApiV3KeyLength(key.len()))?;
        Ok(Self(Zeroizing::new(arr)))
    }

    pub(crate) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl fmt::Debug for ApiV3Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiV3Key(redacted)")
    }
}

#[allow(dead_code)]
fn _assert_send_sync() {
    fn is<T: Send + Sync>() {}
    is::<MerchantKey>();
    is::<PublicKey>();
    is::<Error>();
}
