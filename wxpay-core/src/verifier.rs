//! Verification of answers and notifications signed by WeChat Pay.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use http::HeaderMap;

use crate::VerifyError;
use crate::clock::{Clock, SystemClock};
use crate::keys::{PlatformCertificate, PublicKey, WechatPayPublicKey};
use crate::signer::response_message;

/// The largest accepted distance between a signed timestamp and now, exclusive (5 minutes).
pub const MAX_SKEW_SECS: i64 = 300;

/// The prefix of WeChat Pay's signature probes.
pub const SIGNTEST_PREFIX: &str = "WECHATPAY/SIGNTEST/";

/// Header names of a signed answer.
pub mod headers {
    /// `Wechatpay-Timestamp`
    pub const TIMESTAMP: &str = "wechatpay-timestamp";
    /// `Wechatpay-Nonce`
    pub const NONCE: &str = "wechatpay-nonce";
    /// `Wechatpay-Signature`
    pub const SIGNATURE: &str = "wechatpay-signature";
    /// `Wechatpay-Serial`
    pub const SERIAL: &str = "wechatpay-serial";
    /// `Wechatpay-Signature-Type`
    pub const SIGNATURE_TYPE: &str = "wechatpay-signature-type";
    /// `Request-ID`
    pub const REQUEST_ID: &str = "request-id";
}

/// The signature headers of an answer or notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureHeaders<'a> {
    /// `Wechatpay-Timestamp`
    pub timestamp: &'a str,
    /// `Wechatpay-Nonce`
    pub nonce: &'a str,
    /// `Wechatpay-Signature` (base64)
    pub signature: &'a str,
    /// `Wechatpay-Serial`
    pub serial: &'a str,
    /// `Wechatpay-Signature-Type`, when sent
    pub signature_type: Option<&'a str>,
}

impl<'a> SignatureHeaders<'a> {
    /// Takes the headers from a header map; a missing or non-UTF-8 header is an error.
    pub fn from_headers(h: &'a HeaderMap) -> Result<Self, VerifyError> {
        let get = |name: &'static str| -> Result<&'a str, VerifyError> {
            h.get(name)
                .and_then(|v| v.to_str().ok())
                .filter(|v| !v.is_empty())
                .ok_or(VerifyError::MissingHeader(display_name(name)))
        };
        Ok(Self {
            timestamp: get(headers::TIMESTAMP)?,
            nonce: get(headers::NONCE)?,
            signature: get(headers::SIGNATURE)?,
            serial: get(headers::SERIAL)?,
            signature_type: h.get(headers::SIGNATURE_TYPE).and_then(|v| v.to_str().ok()),
        })
    }
}

fn display_name(name: &'static str) -> &'static str {
    match name {
        headers::TIMESTAMP => "Wechatpay-Timestamp",
        headers::NONCE => "Wechatpay-Nonce",
        headers::SIGNATURE => "Wechatpay-Signature",
        headers::SERIAL => "Wechatpay-Serial",
        other => other,
    }
}

/// The keys that WeChat Pay may sign with: the public key and/or platform certificates (both
/// during a migration). Certificates can be added and removed while clients use the store.
#[derive(Debug, Default)]
pub struct KeyStore {
    public_key: Option<WechatPayPublicKey>,
    certificates: RwLock<HashMap<String, PlatformCertificate>>,
}

impl KeyStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// A store with the WeChat Pay public key.
    pub fn with_public_key(key: WechatPayPublicKey) -> Self {
        Self {
            public_key: Some(key),
            ..Self::default()
        }
    }

    /// Sets the WeChat Pay public key.
    pub fn set_public_key(&mut self, key: WechatPayPublicKey) {
        self.public_key = Some(key);
    }

    /// Adds (or replaces) a platform certificate.
    pub fn add_certificate(&self, cert: PlatformCertificate) {
        if let Ok(mut map) = self.certificates.write() {
            map.insert(cert.serial().to_owned(), cert);
        }
    }

    /// The WeChat Pay public key, if configured.
    pub fn public_key(&self) -> Option<&WechatPayPublicKey> {
        self.public_key.as_ref()
    }

    /// The platform certificates, newest expiry first.
    pub fn certificates(&self) -> Vec<PlatformCertificate> {
        let mut v: Vec<_> = self
            .certificates
            .read()
            .map(|m| m.values().cloned().collect())
            .unwrap_or_default();
        v.sort_by_key(|c| std::cmp::Reverse(c.not_after()));
        v
    }

    /// Whether any key is configured.
    pub fn is_empty(&self) -> bool {
        self.public_key.is_none()
            && self
                .certificates
                .read()
                .map(|m| m.is_empty())
                .unwrap_or(true)
    }

    /// The key for `serial`, checked for validity at `now`.
    pub fn key_for(&self, serial: &str, now: i64) -> Result<PublicKey, VerifyError> {
        if let Some(pk) = self.public_key.as_ref().filter(|pk| pk.id() == serial) {
            return Ok(pk.key().clone());
        }
        let map = self
            .certificates
            .read()
            .map_err(|_| VerifyError::UnknownSerial(serial.to_owned()))?;
        match map.get(serial) {
            Some(cert) if cert.is_valid_at(now) => Ok(cert.key().clone()),
            Some(_) => Err(VerifyError::CertificateExpired(serial.to_owned())),
            None => Err(VerifyError::UnknownSerial(truncate(serial))),
        }
    }

    /// The key that encrypts sensitive request fields, with the serial to send in
    /// `Wechatpay-Serial`: the public key if configured, else the certificate valid at `now`
    /// that expires last.
    pub fn encryption_key(&self, now: i64) -> Option<(String, PublicKey)> {
        if let Some(pk) = &self.public_key {
            return Some((pk.id().to_owned(), pk.key().clone()));
        }
        // On every request in certificate mode: pick under the read lock, clone only the winner.
        let map = self.certificates.read().ok()?;
        map.values()
            .filter(|c| c.is_valid_at(now))
            .max_by_key(|c| c.not_after())
            .map(|c| (c.serial().to_owned(), c.key().clone()))
    }
}

/// Keeps error messages short when a peer sends a huge header.
fn truncate(s: &str) -> String {
    s.chars().take(64).collect()
}

/// Verifies signatures of answers and notifications against a [`KeyStore`].
#[derive(Debug, Clone)]
pub struct Verifier {
    keys: Arc<KeyStore>,
    clock: Arc<dyn Clock>,
}

impl Verifier {
    /// A verifier over `keys` with the system clock.
    pub fn new(keys: Arc<KeyStore>) -> Self {
        Self {
            keys,
            clock: Arc::new(SystemClock),
        }
    }

    /// Replaces the clock (tests).
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The key store.
    pub fn keys(&self) -> &Arc<KeyStore> {
        &self.keys
    }

    /// The clock.
    pub fn clock(&self) -> &Arc<dyn Clock> {
        &self.clock
    }

    /// Verifies `body` against the signature headers in `headers`.
    pub fn verify_headers(&self, headers: &HeaderMap, body: &[u8]) -> Result<(), VerifyError> {
        self.verify(&SignatureHeaders::from_headers(headers)?, body)
    }

    /// Verifies `body` against the given signature headers.
    ///
    /// Checks, in order: probe, signature type, timestamp window, key by serial (and the
    /// certificate's validity), then the RSA signature.
    pub fn verify(&self, h: &SignatureHeaders<'_>, body: &[u8]) -> Result<(), VerifyError> {
        if h.signature.starts_with(SIGNTEST_PREFIX) {
            return Err(VerifyError::SignTestProbe);
        }
        if let Some(t) = h
            .signature_type
            .filter(|t| *t != "WECHATPAY2-SHA256-RSA2048")
        {
            return Err(VerifyError::UnsupportedSignatureType(truncate(t)));
        }
        let now = self.clock.now();
        check_timestamp(h.timestamp, now)?;
        let key = self.keys.key_for(h.serial, now)?;
        let sig = B64
            .decode(h.signature)
            .map_err(|_| VerifyError::MalformedSignature)?;
        let msg = response_message(h.timestamp, h.nonce, body);
        if key.verify(&msg, &sig) {
            Ok(())
        } else {
            Err(VerifyError::BadSignature)
        }
    }
}

/// Checks that `timestamp` is a number less than 5 minutes away from `now`.
pub fn check_timestamp(timestamp: &str, now: i64) -> Result<i64, VerifyError> {
    if timestamp.is_empty()
        || timestamp.len() > 12
        || !timestamp.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(VerifyError::InvalidTimestamp);
    }
    let ts: i64 = timestamp
        .parse()
        .map_err(|_| VerifyError::InvalidTimestamp)?;
    let skew = now.saturating_sub(ts).saturating_abs();
    if skew >= MAX_SKEW_SECS {
        return Err(VerifyError::StaleTimestamp {
            timestamp: ts,
            skew,
        });
    }
    Ok(ts)
}
