//! Certificate mode: download, decrypt, verify and refresh WeChat Pay platform certificates.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::Client;
use super::response::Check;
use super::send::{Prepared, SendOptions};
use crate::keys::PlatformCertificate;
use crate::notify::{EncryptedResource, decrypt_resource};
use crate::verifier::{KeyStore, SignatureHeaders, Verifier};
use crate::{Error, Method, VerifyError};

/// Shortest time between two refreshes triggered by unknown serials.
const UNKNOWN_SERIAL_GAP_SECS: i64 = 60;

/// One entry of `GET /v3/certificates`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateEntry {
    /// The certificate's serial, upper-case hex.
    pub serial_no: String,
    /// Start of validity (RFC 3339).
    pub effective_time: String,
    /// End of validity (RFC 3339).
    pub expire_time: String,
    /// The PEM certificate, AEAD_AES_256_GCM-encrypted with the APIv3 key.
    pub encrypt_certificate: EncryptedResource,
}

#[derive(Debug, Deserialize)]
struct CertificatesAnswer {
    data: Vec<CertificateEntry>,
}

/// When to refresh, and a guard against concurrent refreshes.
#[derive(Debug)]
pub(super) struct Refresher {
    interval_secs: i64,
    /// Whether this client starts its own background refreshes (not when a registry does).
    background: bool,
    last_success: AtomicI64,
    last_attempt: AtomicI64,
    running: AtomicBool,
    lock: tokio::sync::Mutex<()>,
}

impl Refresher {
    pub(super) fn new(interval: Duration, background: bool) -> Self {
        Self {
            interval_secs: i64::try_from(interval.as_secs()).unwrap_or(i64::MAX).max(1),
            background,
            last_success: AtomicI64::new(0),
            last_attempt: AtomicI64::new(0),
            running: AtomicBool::new(false),
            lock: tokio::sync::Mutex::new(()),
        }
    }
}

impl Client {
    /// Downloads the platform certificates, decrypts them with the APIv3 key, checks each
    /// certificate's serial against `serial_no` and verifies the answer's signature: with an
    /// already trusted key when there is one, otherwise (first download) with the downloaded
    /// certificate it names. Does not add them to the client; see [`Client::refresh_certificates`].
    ///
    /// A `404 RESOURCE_NOT_EXISTS` (merchants that only have a WeChat Pay public key) is a
    /// configuration error that says so.
    pub async fn download_certificates(&self) -> Result<Vec<PlatformCertificate>, Error> {
        let key = self.inner.apiv3_key.as_ref().ok_or_else(|| {
            Error::config("the APIv3 key is needed to decrypt platform certificates")
        })?;
        let mut p = Prepared::new(Method::Get, "/v3/certificates", "/v3/certificates".into());
        p.wechatpay_serial = self.encryption_key().map(|(s, _)| s);
        // A 2xx is verified below, perhaps with the certificates it carries.
        // Sent and checked without `execute`: its refresh after an unknown serial comes back
        // here, a cycle of futures the compiler cannot size.
        let (resp, signed) = self
            .send_with_retries(p, &SendOptions::default(), &tracing::Span::current())
            .await?;
        self.check_answer(&resp, &signed, Check::SuccessUnverified)
            .map_err(|e| {
                // Whether or not we can verify it (a public-key merchant's 404 is signed with a
                // key certificate mode does not hold), a 404 is a failure: say what to do.
                if e.status() == Some(404) {
                    no_certificates_hint(e)
                } else {
                    e
                }
            })?;
        let answer: CertificatesAnswer = crate::decode_json(&resp.body)?;
        let mut certs = Vec::with_capacity(answer.data.len());
        for entry in &answer.data {
            let pem = decrypt_resource(key, &entry.encrypt_certificate)?;
            let pem = std::str::from_utf8(&pem).map_err(|_| crate::CryptoError::Utf8)?;
            let cert = PlatformCertificate::from_pem(pem)?;
            if cert.serial() != entry.serial_no {
                return Err(Error::from(VerifyError::UnknownSerial(format!(
                    "certificate serial {} differs from serial_no {}",
                    cert.serial(),
                    entry.serial_no
                ))));
            }
            certs.push(cert);
        }
        let headers = SignatureHeaders::from_headers(&resp.headers)?;
        match self.inner.verifier.verify(&headers, &resp.body) {
            Ok(()) => {}
            Err(VerifyError::UnknownSerial(_)) => {
                // First download: the answer must be signed by one of the certificates it carries.
                let store = KeyStore::new();
                for c in &certs {
                    store.add_certificate(c.clone());
                }
                Verifier::new(Arc::new(store))
                    .with_clock(self.inner.verifier.clock().clone())
                    .verify(&headers, &resp.body)?;
            }
            Err(e) => return Err(e.into()),
        }
        Ok(certs)
    }

    /// Downloads the platform certificates and adds those valid now to the client's keys;
    /// returns how many were added.
    pub async fn refresh_certificates(&self) -> Result<usize, Error> {
        let now = self.inner.verifier.clock().now();
        let certs = self.download_certificates().await?;
        let mut added = 0;
        for cert in certs.into_iter().filter(|c| c.is_valid_at(now)) {
            tracing::info!(serial = cert.serial(), "platform certificate loaded");
            self.inner.verifier.keys().add_certificate(cert);
            added += 1;
        }
        if let Some(r) = &self.inner.certificates {
            r.last_success.store(now, Ordering::Relaxed);
        }
        Ok(added)
    }

    /// Before a request: in certificate mode, download certificates if none is held yet, and
    /// start a background refresh when the interval has passed.
    pub(super) async fn ensure_verification_keys(&self) -> Result<(), Error> {
        let Some(r) = &self.inner.certificates else {
            return Ok(());
        };
        let now = self.inner.verifier.clock().now();
        if r.last_success.load(Ordering::Relaxed) == 0 {
            let _guard = r.lock.lock().await;
            if r.last_success.load(Ordering::Relaxed) == 0 {
                r.last_attempt.store(now, Ordering::Relaxed);
                self.refresh_certificates().await?;
            }
            return Ok(());
        }
        let due = r.background
            && now.saturating_sub(r.last_success.load(Ordering::Relaxed)) >= r.interval_secs;
        if due && !r.running.swap(true, Ordering::AcqRel) {
            let client = self.clone();
            tokio::spawn(async move {
                if let Some(r) = &client.inner.certificates {
                    let _guard = r.lock.lock().await;
                    if let Err(e) = client.refresh_certificates().await {
                        tracing::warn!(error = %e, "background certificate refresh failed");
                    }
                    r.running.store(false, Ordering::Release);
                }
            });
        }
        Ok(())
    }

    /// After an answer named an unknown serial: refresh once, at most every minute. Returns
    /// whether new certificates were loaded.
    pub(super) async fn refresh_after_unknown_serial(&self) -> bool {
        let Some(r) = &self.inner.certificates else {
            return false;
        };
        let now = self.inner.verifier.clock().now();
        let last = r.last_attempt.load(Ordering::Relaxed);
        if now.saturating_sub(last) < UNKNOWN_SERIAL_GAP_SECS
            || r.last_attempt
                .compare_exchange(last, now, Ordering::AcqRel, Ordering::Relaxed)
                .is_err()
        {
            return false;
        }
        let _guard = r.lock.lock().await;
        match self.refresh_certificates().await {
            Ok(n) => n > 0,
            Err(e) => {
                tracing::warn!(error = %e, "certificate refresh after an unknown serial failed");
                false
            }
        }
    }
}

/// The error for `404` (`RESOURCE_NOT_EXISTS`) on `/v3/certificates`.
fn no_certificates_hint(e: Error) -> Error {
    let detail = match e.api() {
        Some(api) => format!("{}: {}", api.code, api.message),
        None => format!("404, answer not verifiable: {e}"),
    };
    Error::config(format!(
        "WeChat Pay has no platform certificate for this merchant ({detail}); configure the WeChat Pay public key (PUB_KEY_ID_…) instead"
    ))
}
