//! The one error type of the SDK.
//!
//! [`Error`] is opaque, as in reqwest: ask it what happened ([`Error::kind`], the predicates),
//! what WeChat Pay answered ([`Error::api`], [`Error::status`], [`Error::request_id`],
//! [`Error::body`]) and why ([`std::error::Error::source`] leads to the transport's or the
//! checker's own error). Its `Display` is one line and never names key material, the APIv3
//! key, a full signature or a decrypted sensitive field: it is safe to log.

use std::fmt;

use bytes::Bytes;

use crate::sign_error::SignInformation;

type Source = Box<dyn std::error::Error + Send + Sync>;

/// Everything that can go wrong in a WeChat Pay call.
///
/// Use the predicates ([`Error::is_api`], [`Error::api_code`],
/// [`Error::may_have_reached_server`], [`Error::is_timeout`], [`Error::is_verify`] …) or
/// match on [`Error::kind`].
pub struct Error {
    inner: Box<Inner>,
}

struct Inner {
    kind: ErrorKind,
    /// One line, no secret; does not repeat `source`'s message unless `source` is a typed
    /// detail error ([`KeyError`], [`VerifyError`], [`CryptoError`]) shown in its place.
    message: String,
    source: Option<Source>,
    /// Whether the request may have reached WeChat Pay.
    maybe_sent: bool,
    status: Option<u16>,
    request_id: Option<String>,
    /// The verified answer's body (decode errors), bounded by the client's size limit.
    body: Option<Bytes>,
    api: Option<ApiError>,
    decode_path: Option<String>,
    location: Option<String>,
}

/// What kind of failure an [`Error`] is. More kinds may be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The client configuration is incomplete or inconsistent.
    Config,
    /// A key, certificate or secret could not be loaded ([`Error::key_error`]).
    Key,
    /// The request was refused before anything was sent (bad path parameter, unserializable
    /// body, 4-byte character …).
    Request,
    /// The connection could not be established: nothing reached WeChat Pay.
    Connect,
    /// The HTTP exchange failed after the connection was made (reset, protocol error, I/O while
    /// writing a downloaded file): the request may have reached WeChat Pay.
    Transport,
    /// The exchange timed out: the request may have reached WeChat Pay.
    Timeout,
    /// The server answered with a redirect (3xx), which WeChat Pay never sends for an API call;
    /// [`Error::location`] names where it pointed. Redirects are not followed.
    Redirect,
    /// The answer's body was larger than the configured limit; reading stopped there.
    BodyTooLarge,
    /// WeChat Pay answered with a non-2xx status ([`Error::api`]).
    Api,
    /// A walk over a paged list ([`crate::Client::pages`]) stopped because the server did not
    /// advance: it repeated the previous page or page token, or reported an offset not past the
    /// previous one.
    /// The pages before were delivered; the list may be incomplete.
    Paging,
    /// An answer or notification failed signature verification ([`Error::verify_error`]);
    /// its content must not be trusted.
    Verify,
    /// The answer was WeChat Pay's signature probe (`WECHATPAY/SIGNTEST/…`): never data.
    SignTestProbe,
    /// A verified answer could not be decoded into the endpoint's response type; the body is
    /// kept ([`Error::body`], [`Error::body_json`]).
    Decode,
    /// Encryption or decryption of a sensitive field or resource failed ([`Error::crypto_error`]).
    Crypto,
    /// A [`crate::registry::Merchants`] registry holds no merchant for this merchant id or
    /// WeChat Pay key serial, and its credential source has none either.
    UnknownMerchant,
}

impl Error {
    fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self {
            inner: Box::new(Inner {
                kind,
                message: message.into(),
                source: None,
                maybe_sent: matches!(
                    kind,
                    ErrorKind::Transport
                        | ErrorKind::Timeout
                        | ErrorKind::Redirect
                        | ErrorKind::BodyTooLarge
                        | ErrorKind::Api
                        | ErrorKind::Verify
                        | ErrorKind::SignTestProbe
                        | ErrorKind::Decode
                        | ErrorKind::Paging
                ),
                status: None,
                request_id: None,
                body: None,
                api: None,
                decode_path: None,
                location: None,
            }),
        }
    }

    fn with_source(mut self, source: impl Into<Source>) -> Self {
        self.inner.source = Some(source.into());
        self
    }

    /// A configuration error.
    pub(crate) fn config(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Config, message)
    }

    /// A request refused before sending.
    pub(crate) fn unknown_merchant(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::UnknownMerchant, message)
    }

    /// A credential source's own failure (database, secret store …), kept as the source.
    pub fn credential_source(
        message: impl Into<String>,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        Self::new(ErrorKind::Config, message).with_source(source)
    }

    pub(crate) fn invalid(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Request, message)
    }

    /// A transport failure of `kind` (`Connect`, `Transport` or `Timeout`) with its cause.
    pub(crate) fn transport(
        kind: ErrorKind,
        message: impl Into<String>,
        source: Option<Source>,
    ) -> Self {
        let mut e = Self::new(kind, message);
        e.inner.source = source;
        e
    }

    /// An I/O failure after the request was sent (writing a downloaded bill).
    pub(crate) fn io(context: &str, e: std::io::Error) -> Self {
        Self::new(ErrorKind::Transport, context.to_owned()).with_source(e)
    }

    /// The body exceeded `limit`.
    pub(crate) fn too_large(limit: usize) -> Self {
        Self::new(
            ErrorKind::BodyTooLarge,
            format!("response body exceeds the limit of {limit} bytes"),
        )
    }

    /// A 3xx answer.
    pub(crate) fn redirect(
        status: u16,
        location: Option<String>,
        request_id: Option<String>,
    ) -> Self {
        let message = match &location {
            Some(l) => format!(
                "unexpected redirect {status} to `{l}`: WeChat Pay never redirects an API call; check the base URL and any proxy"
            ),
            None => format!(
                "unexpected redirect {status} without `Location`: WeChat Pay never redirects an API call; check the base URL and any proxy"
            ),
        };
        let mut e = Self::new(ErrorKind::Redirect, message);
        e.inner.status = Some(status);
        e.inner.location = location;
        e.inner.request_id = request_id;
        e
    }

    /// A paged list whose server does not advance ([`ErrorKind::Paging`]).
    pub(crate) fn paging(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Paging, message)
    }

    /// A decode failure of a verified body (attached later with [`Error::with_answer`]).
    pub(crate) fn decode(path: String, message: String) -> Self {
        let mut e = Self::new(
            ErrorKind::Decode,
            format!("cannot decode response at `{path}`: {message}"),
        );
        e.inner.decode_path = Some(path);
        e
    }

    /// Attaches the verified answer a decode error was about: status, `Request-ID` and body.
    pub(crate) fn with_answer(
        mut self,
        status: u16,
        request_id: Option<&str>,
        body: Bytes,
    ) -> Self {
        self.inner.status = Some(status);
        self.inner.request_id = request_id.map(str::to_owned);
        self.inner.body = Some(body);
        self
    }

    /// Attaches the status and `Request-ID` of the answer an error is about.
    pub(crate) fn with_status(mut self, status: u16, request_id: Option<String>) -> Self {
        self.inner.status = Some(status);
        self.inner.request_id = request_id;
        self
    }

    /// Appends a hint to the one-line message.
    pub(crate) fn hint(mut self, hint: &str) -> Self {
        self.inner.message.push_str("; ");
        self.inner.message.push_str(hint);
        self
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// True for a non-2xx answer of WeChat Pay.
    pub fn is_api(&self) -> bool {
        self.inner.kind == ErrorKind::Api
    }

    /// The answer of WeChat Pay when it answered with a non-2xx status: code, message, detail.
    pub fn api(&self) -> Option<&ApiError> {
        self.inner.api.as_ref()
    }

    /// Former name of [`Error::api`].
    #[doc(hidden)]
    pub fn as_api(&self) -> Option<&ApiError> {
        self.api()
    }

    /// WeChat Pay's error `code` (e.g. `PARAM_ERROR`), when it answered with one.
    pub fn api_code(&self) -> Option<&str> {
        self.api().map(|e| e.code.as_str())
    }

    /// The HTTP status of the answer, when there was one (API errors, redirects, decode errors).
    pub fn status(&self) -> Option<u16> {
        self.inner.status
    }

    /// The answer's `Request-ID` header, to quote to WeChat Pay support.
    pub fn request_id(&self) -> Option<&str> {
        self.inner.request_id.as_deref()
    }

    /// The verified body of an answer that could not be decoded (at most the client's body
    /// limit): nothing WeChat Pay verifiably said is lost, e.g. the id of a refund that was made.
    pub fn body(&self) -> Option<&[u8]> {
        self.inner.body.as_deref()
    }

    /// [`Error::body`] as JSON, when it is JSON.
    pub fn body_json(&self) -> Option<serde_json::Value> {
        self.body().and_then(|b| serde_json::from_slice(b).ok())
    }

    /// The JSON path of the value that failed to decode (e.g. `amount.total`, `.` for the whole).
    pub fn decode_path(&self) -> Option<&str> {
        self.inner.decode_path.as_deref()
    }

    /// Where a refused redirect pointed (its `Location` header).
    pub fn location(&self) -> Option<&str> {
        self.inner.location.as_deref()
    }

    /// For `401 SIGN_ERROR` answers carrying `detail.sign_information`: what differs between
    /// what WeChat Pay checked and what this client signed, in plain words.
    pub fn sign_error_explanation(&self) -> Option<&str> {
        self.api().and_then(|a| a.sign_error_explanation.as_deref())
    }

    /// True when the failure was a timeout.
    pub fn is_timeout(&self) -> bool {
        self.inner.kind == ErrorKind::Timeout
    }

    /// True when the connection could not be established (nothing was sent).
    pub fn is_connect(&self) -> bool {
        self.inner.kind == ErrorKind::Connect
    }

    /// True when verification of a signature failed (the signature probe included).
    pub fn is_verify(&self) -> bool {
        matches!(
            self.inner.kind,
            ErrorKind::Verify | ErrorKind::SignTestProbe
        )
    }

    /// True when a merchant registry knows no merchant for the id or serial asked for.
    pub fn is_unknown_merchant(&self) -> bool {
        self.inner.kind == ErrorKind::UnknownMerchant
    }

    /// True when a verified answer could not be decoded.
    pub fn is_decode(&self) -> bool {
        self.inner.kind == ErrorKind::Decode
    }

    /// True for a refused redirect.
    pub fn is_redirect(&self) -> bool {
        self.inner.kind == ErrorKind::Redirect
    }

    /// Why verification failed, for [`ErrorKind::Verify`] and [`ErrorKind::SignTestProbe`].
    pub fn verify_error(&self) -> Option<&VerifyError> {
        self.typed_source()
    }

    /// Why a key could not be loaded, for [`ErrorKind::Key`].
    pub fn key_error(&self) -> Option<&KeyError> {
        self.typed_source()
    }

    /// What failed in a cipher, for [`ErrorKind::Crypto`].
    pub fn crypto_error(&self) -> Option<&CryptoError> {
        self.typed_source()
    }

    fn typed_source<T: std::error::Error + 'static>(&self) -> Option<&T> {
        self.inner.source.as_deref()?.downcast_ref::<T>()
    }

    /// Whether the request may have reached WeChat Pay and taken effect.
    ///
    /// `false` only when it is certain that nothing happened on the server: the request was
    /// refused before sending, or the connection could not be established. After an API
    /// error, a verification failure or a timeout the answer is `true`: query the business
    /// object (or retry with the same business key) before assuming it was not done.
    pub fn may_have_reached_server(&self) -> bool {
        self.inner.maybe_sent
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = &*self.inner;
        match (&i.api, i.kind) {
            (Some(api), _) => fmt::Display::fmt(api, f),
            (
                None,
                ErrorKind::Key | ErrorKind::Verify | ErrorKind::SignTestProbe | ErrorKind::Crypto,
            ) => {
                // The typed detail error is the message (and, so, not repeated as a source).
                match &i.source {
                    Some(s) => fmt::Display::fmt(s, f),
                    None => f.write_str(&i.message),
                }
            }
            (None, kind) => {
                if kind == ErrorKind::Config {
                    f.write_str("configuration: ")?;
                } else if kind == ErrorKind::Request {
                    f.write_str("invalid request: ")?;
                }
                f.write_str(&i.message)?;
                if let (ErrorKind::Decode, Some(id)) = (kind, &i.request_id) {
                    write!(f, " (Request-ID {id})")?;
                }
                Ok(())
            }
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = &*self.inner;
        let mut d = f.debug_struct("Error");
        d.field("kind", &i.kind).field("message", &i.message);
        if let Some(api) = &i.api {
            d.field("api", api);
        }
        if let Some(s) = i.status {
            d.field("status", &s);
        }
        if let Some(r) = &i.request_id {
            d.field("request_id", r);
        }
        if let Some(b) = &i.body {
            d.field("body_len", &b.len());
        }
        if let Some(l) = &i.location {
            d.field("location", l);
        }
        if let Some(s) = &i.source {
            d.field("source", s);
        }
        d.finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        let i = &*self.inner;
        match i.kind {
            // Shown as the message itself: the chain goes on from its own source.
            ErrorKind::Key | ErrorKind::Verify | ErrorKind::SignTestProbe | ErrorKind::Crypto => {
                i.source.as_deref()?.source()
            }
            _ => match &i.api {
                Some(api) => Some(api),
                None => i
                    .source
                    .as_deref()
                    .map(|s| s as &(dyn std::error::Error + 'static)),
            },
        }
    }
}

impl From<KeyError> for Error {
    fn from(e: KeyError) -> Self {
        Self::new(ErrorKind::Key, String::new()).with_source(e)
    }
}

impl From<VerifyError> for Error {
    fn from(e: VerifyError) -> Self {
        let kind = match e {
            VerifyError::SignTestProbe => ErrorKind::SignTestProbe,
            _ => ErrorKind::Verify,
        };
        Self::new(kind, String::new()).with_source(e)
    }
}

impl From<CryptoError> for Error {
    fn from(e: CryptoError) -> Self {
        Self::new(ErrorKind::Crypto, String::new()).with_source(e)
    }
}

impl From<ApiError> for Error {
    fn from(api: ApiError) -> Self {
        let mut e = Self::new(ErrorKind::Api, String::new());
        e.inner.status = Some(api.status);
        e.inner.request_id = api.request_id.clone();
        e.inner.api = Some(api);
        e
    }
}

/// A non-2xx answer of WeChat Pay: `{"code": "…", "message": "…", "detail": …}`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
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
    /// For `SIGN_ERROR` with `detail.sign_information`: what differs from what was signed.
    pub sign_error_explanation: Option<String>,
}

impl ApiError {
    /// `detail.field`: the request field WeChat Pay refused (`PARAM_ERROR`).
    pub fn field(&self) -> Option<&str> {
        self.detail.as_ref()?.get("field")?.as_str()
    }

    /// `detail.location`: where that field is (`body`, `query`, `path`, `authorization`).
    pub fn location(&self) -> Option<&str> {
        self.detail.as_ref()?.get("location")?.as_str()
    }

    /// `detail.sign_information`: WeChat Pay's echo of what it checked for a `SIGN_ERROR`.
    pub fn sign_information(&self) -> Option<SignInformation> {
        let info = self.detail.as_ref()?.get("sign_information")?;
        serde_json::from_value(info.clone()).ok()
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "WeChat Pay answered {} {}: {}",
            self.status, self.code, self.message
        )?;
        match (self.field(), self.location()) {
            (Some(field), Some(location)) => write!(f, " (field `{field}` in {location})")?,
            (Some(field), None) => write!(f, " (field `{field}`)")?,
            _ => {}
        }
        if let Some(id) = &self.request_id {
            write!(f, " (Request-ID {id})")?;
        }
        if let Some(x) = &self.sign_error_explanation {
            write!(f, "; {x}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

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
    /// A notification signed with one merchant's WeChat Pay key arrived on another merchant's
    /// path ([`crate::registry::Merchants::notification_client`]).
    #[error(
        "notification signed with the WeChat Pay key of merchant `{signer}` arrived on the path of merchant `{path}`"
    )]
    MerchantMismatch {
        /// The merchant whose key the `Wechatpay-Serial` names.
        signer: String,
        /// The merchant id in the URL path.
        path: String,
    },
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
