//! The one error type of the SDK.

use std::fmt;

/// Everything that can go wrong in a WeChat Pay call.
///
/// The error never carries key material, the APIv3 key, a full signature or a decrypted
/// sensitive field: it is safe to log. Match on the variant, or use the predicates
/// ([`Error::is_api`], [`Error::api_code`], [`Error::may_have_reached_server`], …).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A key, certificate or secret could not be loaded.
    #[error(transparent)]
    Key(#[from] KeyError),
    /// A response or notification failed signature verification; its content must not be trusted.
    #[error(transparent)]
    Verify(#[from] VerifyError),
    /// Encryption or decryption of a sensitive field or resource failed.
    #[error(transparent)]
    Crypto(#[from] CryptoError),
    /// The request was refused before anything was sent (bad path parameter, unserializable body …).
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// The client configuration is incomplete or inconsistent.
    #[error("configuration: {0}")]
    Config(String),
    /// WeChat Pay answered with a non-2xx status (the answer's signature was verified when present).
    #[error(transparent)]
    Api(Box<ApiError>),
    /// The HTTP exchange failed.
    #[error("transport: {message}")]
    Transport {
        /// What failed.
        message: String,
        /// Whether the request may have reached WeChat Pay (and so may have taken effect).
        maybe_sent: bool,
        /// Whether the failure was a timeout.
        timeout: bool,
    },
    /// The response body was larger than the configured limit; reading stopped at the limit.
    #[error("response body exceeds the limit of {limit} bytes")]
    BodyTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// A verified 2xx body could not be decoded into the endpoint's response type.
    #[error("cannot decode response at `{path}`: {message}")]
    Decode {
        /// JSON path of the value that failed (e.g. `valid_date_information.type`).
        path: String,
        /// What serde said.
        message: String,
    },
}

impl Error {
    /// True for a non-2xx answer of WeChat Pay.
    pub fn is_api(&self) -> bool {
        matches!(self, Error::Api(_))
    }

    /// The API error, when WeChat Pay answered with a non-2xx status.
    pub fn as_api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// WeChat Pay's error `code` (e.g. `PARAM_ERROR`), when it answered with one.
    pub fn api_code(&self) -> Option<&str> {
        self.as_api().map(|e| e.code.as_str())
    }

    /// True when the failure was a timeout.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport { timeout: true, .. })
    }

    /// True when verification of a signature failed.
    pub fn is_verify(&self) -> bool {
        matches!(self, Error::Verify(_))
    }

    /// Whether the request may have reached WeChat Pay and taken effect.
    ///
    /// `false` only when it is certain that nothing happened on the server: the request was
    /// refused before sending, or the connection could not be established. After an API
    /// error, a verification failure or a timeout the answer is `true`: query the business
    /// object (or retry with the same business key) before assuming it was not done.
    pub fn may_have_reached_server(&self) -> bool {
        match self {
            Error::Key(_) | Error::InvalidRequest(_) | Error::Config(_) => false,
            Error::Crypto(_) => false,
            Error::Transport { maybe_sent, .. } => *maybe_sent,
            Error::Verify(_)
            | Error::Api(_)
            | Error::BodyTooLarge { .. }
            | Error::Decode { .. } => true,
        }
    }

    pub(crate) fn invalid(msg: impl Into<String>) -> Self {
        Error::InvalidRequest(msg.into())
    }
}

/// A non-2xx answer of WeChat Pay: `{"code": "…", "message": "…", "detail": …}`.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    /// HTTP status.
    pub status: u16,
    /// WeChat Pay's error code, e.g. `PARAM_ERROR`, `SIGN_ERROR`, `SYSTEM_ERROR`.
    pub code: String,
    /// Human-readable message.
    pub message: String,
    /// The optional `detail` object (e.g. `{"field": "…", "location": "body"}`).
    pub detail: Option<serde_json::Value>,
    /// The `Request-ID` header, to quote to WeChat Pay support.
    pub request_id: Option<String>,
    /// Whether the answer carried a valid WeChat Pay signature.
    pub verified: bool,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "WeChat Pay answered {} {}: {}",
            self.status, self.code, self.message
        )?;
        if let Some(id) = &self.request_id {
            write!(f, " (Request-ID {id})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

impl From<ApiError> for Error {
    fn from(e: ApiError) -> Self {
        Error::Api(Box::new(e))
    }
}

/// A key, certificate or secret that could not be loaded. Names what was expected, never the content.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum KeyError {
    /// The input is not PEM, or the PEM label is not the expected one.
    #[error("expected {expected}, found {found}")]
    WrongType {
        /// What was expected, e.g. "a PKCS#8 or PKCS#1 RSA private key".
        expected: &'static str,
        /// What was found, e.g. "a PEM block labelled `CERTIFICATE`".
        found: String,
    },
    /// The PEM was recognised but its content does not parse.
    #[error("malformed {what}: {reason}")]
    Malformed {
        /// What was being parsed.
        what: &'static str,
        /// Why it failed (no key material).
        reason: String,
    },
    /// The RSA modulus has an unsupported size.
    #[error("unsupported RSA key size of {bits} bits; expected 2048, 3072 or 4096")]
    UnsupportedSize {
        /// The size found.
        bits: usize,
    },
    /// The key is not an RSA key.
    #[error("expected an RSA key, found algorithm {0}")]
    NotRsa(String),
    /// The APIv3 key does not have 32 bytes.
    #[error("the APIv3 key must be 32 bytes, found {0}")]
    ApiV3KeyLength(usize),
    /// A file could not be read.
    #[error("cannot read {path}: {reason}")]
    Io {
        /// The path.
        path: String,
        /// The I/O error.
        reason: String,
    },
    /// An identifier (public key id, serial number) is malformed.
    #[error("invalid {what}: {reason}")]
    InvalidId {
        /// What identifier.
        what: &'static str,
        /// Why.
        reason: String,
    },
}

/// Why a signed answer (response or notification) was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyError {
    /// A required header is missing or not valid UTF-8.
    #[error("missing or invalid header `{0}`")]
    MissingHeader(&'static str),
    /// WeChat Pay's signature probe (`WECHATPAY/SIGNTEST/…`): the answer is a test, never data.
    #[error("WeChat Pay signature probe (WECHATPAY/SIGNTEST): not a real answer")]
    SignTestProbe,
    /// `Wechatpay-Serial` names a key that is not configured.
    #[error(
        "unknown WeChat Pay key serial `{0}`; configure the matching public key or platform certificate"
    )]
    UnknownSerial(String),
    /// The certificate named by the serial has expired or is not yet valid.
    #[error("platform certificate `{0}` is outside its validity period")]
    CertificateExpired(String),
    /// The timestamp is 5 minutes or more away from now.
    #[error("timestamp {timestamp} is {skew} s away from now; the limit is 300 s")]
    StaleTimestamp {
        /// The timestamp received.
        timestamp: i64,
        /// Its distance from now, in seconds.
        skew: i64,
    },
    /// The timestamp header is not a number.
    #[error("invalid `Wechatpay-Timestamp`")]
    InvalidTimestamp,
    /// The signature is not valid base64 or has the wrong length.
    #[error("malformed signature")]
    MalformedSignature,
    /// The signature does not match the message.
    #[error("signature mismatch")]
    BadSignature,
    /// A downloaded file's digest differs from the one WeChat Pay announced.
    #[error("downloaded file digest mismatch: expected {expected}, got {actual}")]
    DigestMismatch {
        /// The announced digest.
        expected: String,
        /// The digest of what was received.
        actual: String,
    },
    /// `Wechatpay-Signature-Type` names an unsupported algorithm.
    #[error("unsupported signature type `{0}`")]
    UnsupportedSignatureType(String),
}

/// Encryption or decryption failure. Never carries plaintext.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CryptoError {
    /// The ciphertext is not valid base64.
    #[error("ciphertext is not valid base64")]
    Base64,
    /// RSA-OAEP encryption or decryption failed.
    #[error("RSA-OAEP {0} failed")]
    Oaep(&'static str),
    /// The plaintext is too long for one RSA-OAEP block.
    #[error("plaintext of {len} bytes is too long for RSA-OAEP (max {max})")]
    PlaintextTooLong {
        /// Length given.
        len: usize,
        /// Maximum for the key.
        max: usize,
    },
    /// AEAD_AES_256_GCM authentication failed: wrong APIv3 key, or tampered data.
    #[error("AES-256-GCM decryption failed: wrong APIv3 key or tampered ciphertext")]
    AesGcm,
    /// The AES-GCM nonce is not 12 bytes.
    #[error("AES-256-GCM nonce must be 12 bytes, found {0}")]
    NonceLength(usize),
    /// The algorithm named in a resource is not supported.
    #[error("unsupported algorithm `{0}`")]
    UnsupportedAlgorithm(String),
    /// Decrypted data is not valid UTF-8.
    #[error("decrypted data is not valid UTF-8")]
    Utf8,
    /// Signing failed.
    #[error("RSA signing failed")]
    Sign,
}
