//! Request signing: `WECHATPAY2-SHA256-RSA2048` (and the Brand API's scheme).

use std::fmt;
use std::sync::Arc;

use std::fmt::Write as _;

use crate::clock::{Clock, SystemClock};
use crate::keys::MerchantKey;
use crate::{AuthScheme, CryptoError, Error};

/// The message a request signature covers: `METHOD\nURL\ntimestamp\nnonce\nbody\n`.
///
/// `canonical_url` is the path plus `?query` exactly as sent; `body` is empty for GET.
pub fn request_message(
    method: &str,
    canonical_url: &str,
    timestamp: i64,
    nonce: &str,
    body: &[u8],
) -> Vec<u8> {
    let ts = timestamp.to_string();
    let mut m = Vec::with_capacity(
        method.len() + canonical_url.len() + ts.len() + nonce.len() + body.len() + 5,
    );
    for part in [
        method.as_bytes(),
        canonical_url.as_bytes(),
        ts.as_bytes(),
        nonce.as_bytes(),
        body,
    ] {
        m.extend_from_slice(part);
        m.push(b'\n');
    }
    m
}

/// The message an answer or notification signature covers: `timestamp\nnonce\nbody\n`.
pub fn response_message(timestamp: &str, nonce: &str, body: &[u8]) -> Vec<u8> {
    let mut m = Vec::with_capacity(timestamp.len() + nonce.len() + body.len() + 3);
    for part in [timestamp.as_bytes(), nonce.as_bytes(), body] {
        m.extend_from_slice(part);
        m.push(b'\n');
    }
    m
}

/// A fresh nonce: 32 upper-case hex characters (128 bits from the OS CSPRNG).
pub fn nonce() -> String {
    let mut bytes = [0u8; 16];
    if getrandom::getrandom(&mut bytes).is_err() {
        // The OS generator practically never fails; a nonce needs uniqueness, not secrecy.
        bytes = fallback_nonce_bytes();
    }
    let mut s = String::with_capacity(32);
    for b in bytes {
        let _ = write!(s, "{b:02X}");
    }
    s
}

/// Signs requests for one merchant (or brand).
#[derive(Clone)]
pub struct Signer {
    id: String,
    brand_id: Option<String>,
    serial: String,
    key: MerchantKey,
    clock: Arc<dyn Clock>,
}

/// A signed request's `Authorization` value and the parts that went into it.
#[derive(Clone, PartialEq, Eq)]
pub struct Authorization {
    /// The full header value.
    pub header: String,
    /// The timestamp signed.
    pub timestamp: i64,
    /// The nonce signed.
    pub nonce: String,
}

impl fmt::Debug for Authorization {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Authorization")
            .field("timestamp", &self.timestamp)
            .field("nonce", &self.nonce)
            .finish_non_exhaustive()
    }
}

impl Signer {
    /// A signer for merchant `id` (or brand id), whose API certificate has serial `serial`.
    pub fn new(id: impl Into<String>, serial: impl Into<String>, key: MerchantKey) -> Self {
        Self {
            id: id.into(),
            brand_id: None,
            serial: serial.into(),
            key,
            clock: Arc::new(SystemClock),
        }
    }

    /// The brand id that signs Brand API requests (`WECHATPAY-BRAND-SHA256-RSA2048`), with the
    /// same key and serial.
    pub fn with_brand_id(mut self, brand_id: impl Into<String>) -> Self {
        self.brand_id = Some(brand_id.into());
        self
    }

    /// Replaces the clock (tests).
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The merchant (or brand) id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The merchant API certificate serial.
    pub fn serial(&self) -> &str {
        &self.serial
    }

    /// The merchant key.
    pub fn key(&self) -> &MerchantKey {
        &self.key
    }

    /// The clock in use.
    pub fn clock(&self) -> &Arc<dyn Clock> {
        &self.clock
    }

    /// Signs a request with a fresh timestamp and nonce.
    pub fn authorize(
        &self,
        scheme: AuthScheme,
        method: &str,
        canonical_url: &str,
        body: &[u8],
    ) -> Result<Authorization, Error> {
        self.authorize_with(
            scheme,
            method,
            canonical_url,
            body,
            self.clock.now(),
            &nonce(),
        )
    }

    /// Signs a request with the given timestamp and nonce (deterministic, for tests and `wxpay sign`).
    pub fn authorize_with(
        &self,
        scheme: AuthScheme,
        method: &str,
        canonical_url: &str,
        body: &[u8],
        timestamp: i64,
        nonce: &str,
    ) -> Result<Authorization, Error> {
        let id = match scheme {
            AuthScheme::Merchant => &self.id,
            AuthScheme::Brand => self.brand_id.as_ref().ok_or_else(|| {
                Error::config(
                    "a Brand API endpoint needs the brand id: set `brand_id` on the client",
                )
            })?,
        };
        let msg = request_message(method, canonical_url, timestamp, nonce, body);
        let signature = self.key.sign_base64(&msg).map_err(Error::from)?;
        Ok(Authorization {
            header: authorization_header(scheme, id, nonce, &signature, timestamp, &self.serial),
            timestamp,
            nonce: nonce.to_owned(),
        })
    }

    /// Signs arbitrary bytes (payment parameters), base64.
    pub fn sign_base64(&self, msg: &[u8]) -> Result<String, CryptoError> {
        self.key.sign_base64(msg)
    }
}

impl fmt::Debug for Signer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Signer")
            .field("id", &self.id)
            .field("serial", &self.serial)
            .field("key", &self.key)
            .finish()
    }
}

/// Formats the `Authorization` value.
pub fn authorization_header(
    scheme: AuthScheme,
    id: &str,
    nonce: &str,
    signature: &str,
    timestamp: i64,
    serial: &str,
) -> String {
    format!(
        "{} {}=\"{id}\",nonce_str=\"{nonce}\",signature=\"{signature}\",timestamp=\"{timestamp}\",serial_no=\"{serial}\"",
        scheme.token(),
        scheme.id_attr(),
    )
}

/// The parts of an `Authorization` header, as a server parses it (the sandbox, `wxpay verify`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedAuthorization {
    /// The scheme.
    pub scheme: AuthScheme,
    /// `mchid` or `brand_id`.
    pub id: String,
    /// `nonce_str`.
    pub nonce: String,
    /// `signature` (base64).
    pub signature: String,
    /// `timestamp`.
    pub timestamp: String,
    /// `serial_no`.
    pub serial: String,
}

/// Parses an `Authorization` value. Strict: known scheme, each attribute once, quoted values
/// without quotes or control characters inside, nothing else.
pub fn parse_authorization(value: &str) -> Result<ParsedAuthorization, String> {
    let (token, rest) = value.split_once(' ').ok_or("missing scheme")?;
    let scheme = match token {
        "WECHATPAY2-SHA256-RSA2048" => AuthScheme::Merchant,
        "WECHATPAY-BRAND-SHA256-RSA2048" => AuthScheme::Brand,
        _ => return Err("unknown authorization scheme".into()),
    };
    let mut fields: [Option<String>; 5] = Default::default();
    let names = [
        scheme.id_attr(),
        "nonce_str",
        "signature",
        "timestamp",
        "serial_no",
    ];
    for pair in rest.split(',') {
        let (k, v) = pair.trim().split_once('=').ok_or("attribute without `=`")?;
        let v = v
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .ok_or("attribute value is not quoted")?;
        if v.contains('"') || v.chars().any(char::is_control) {
            return Err("invalid character in attribute value".into());
        }
        let i = names
            .iter()
            .position(|n| *n == k)
            .ok_or_else(|| format!("unknown attribute `{k}`"))?;
        let slot = fields.get_mut(i).ok_or("attribute index")?;
        if slot.replace(v.to_owned()).is_some() {
            return Err(format!("duplicate attribute `{k}`"));
        }
    }
    let [id, nonce, signature, timestamp, serial] = fields;
    let missing = |n: &str| format!("missing attribute `{n}`");
    Ok(ParsedAuthorization {
        scheme,
        id: id.ok_or_else(|| missing(scheme.id_attr()))?,
        nonce: nonce.ok_or_else(|| missing("nonce_str"))?,
        signature: signature.ok_or_else(|| missing("signature"))?,
        timestamp: timestamp.ok_or_else(|| missing("timestamp"))?,
        serial: serial.ok_or_else(|| missing("serial_no"))?,
    })
}

/// Unique bytes from the clock, a process-wide counter and the process id.
fn fallback_nonce_bytes() -> [u8; 16] {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let mut input = Vec::with_capacity(28);
    input.extend_from_slice(&now.to_le_bytes());
    input.extend_from_slice(&COUNTER.fetch_add(1, Ordering::Relaxed).to_le_bytes());
    input.extend_from_slice(&std::process::id().to_le_bytes());
    let digest = crate::backend::sha256(&input);
    let mut out = [0u8; 16];
    for (o, d) in out.iter_mut().zip(digest.iter()) {
        *o = *d;
    }
    out
}
