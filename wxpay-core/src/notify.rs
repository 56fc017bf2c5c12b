//! Notifications (callbacks): verify, check the replay window, decrypt, decode.

use std::sync::Arc;

use http::HeaderMap;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::aead::AEAD_AES_256_GCM;
use crate::keys::ApiV3Key;
use crate::verifier::Verifier;
use crate::{CryptoError, Error, ErrorKind};

/// The encrypted `resource` of a notification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EncryptedResource {
    /// `AEAD_AES_256_GCM`
    pub algorithm: String,
    /// Base64 ciphertext with the tag.
    pub ciphertext: String,
    /// Associated data (may be absent or empty).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub associated_data: Option<String>,
    /// The type of the plaintext object, e.g. `transaction`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_type: Option<String>,
    /// 12-character nonce.
    pub nonce: String,
}

/// The notification envelope as WeChat Pay posts it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationEnvelope {
    /// Notification id.
    pub id: String,
    /// Creation time (RFC 3339).
    pub create_time: String,
    /// Event type, e.g. `TRANSACTION.SUCCESS`, `REFUND.SUCCESS`.
    pub event_type: String,
    /// Resource type, e.g. `encrypt-resource`.
    pub resource_type: String,
    /// Summary text.
    #[serde(default)]
    pub summary: String,
    /// The encrypted resource.
    pub resource: EncryptedResource,
}

/// A verified and decrypted notification.
#[derive(Debug, Clone, PartialEq)]
pub struct Notification<T> {
    /// Notification id.
    pub id: String,
    /// Creation time.
    pub create_time: String,
    /// Event type, e.g. `TRANSACTION.SUCCESS`.
    pub event_type: String,
    /// Resource type.
    pub resource_type: String,
    /// Summary text.
    pub summary: String,
    /// `resource.original_type`.
    pub original_type: Option<String>,
    /// The merchant whose keys verified and decrypted it (`None` from a parser built with
    /// [`NotificationParser::new`]): with a [`crate::registry::Merchants`] registry, the
    /// merchant the notification was routed to.
    pub merchant: Option<String>,
    /// The decrypted resource.
    pub resource: T,
}

/// Parses notifications for one merchant: needs the verification keys and the APIv3 key.
#[derive(Debug, Clone)]
pub struct NotificationParser {
    verifier: Verifier,
    apiv3_key: Arc<ApiV3Key>,
    merchant: Option<Arc<str>>,
}

impl NotificationParser {
    /// A parser with the given verifier and APIv3 key.
    pub fn new(verifier: Verifier, apiv3_key: ApiV3Key) -> Self {
        Self {
            verifier,
            apiv3_key: Arc::new(apiv3_key),
            merchant: None,
        }
    }

    /// Names the merchant these keys belong to ([`Notification::merchant`]).
    pub fn for_merchant(mut self, mchid: &str) -> Self {
        self.merchant = Some(Arc::from(mchid));
        self
    }

    /// The merchant named with [`NotificationParser::for_merchant`].
    pub fn merchant(&self) -> Option<&str> {
        self.merchant.as_deref()
    }

    /// Verifies the signature (and the 5-minute window), decrypts `resource` and decodes it
    /// into `T` (`serde_json::Value` for anything).
    ///
    /// Nothing is decrypted before the signature is verified.
    pub fn parse<T: DeserializeOwned>(
        &self,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Notification<T>, Error> {
        self.verifier.verify_headers(headers, body)?;
        let env: NotificationEnvelope = crate::decode::decode_json(body)?;
        let plaintext = self.decrypt_resource(&env.resource)?;
        let resource = crate::decode::decode_json(&plaintext)?;
        Ok(Notification {
            id: env.id,
            create_time: env.create_time,
            event_type: env.event_type,
            resource_type: env.resource_type,
            summary: env.summary,
            original_type: env.resource.original_type,
            merchant: self.merchant.as_deref().map(str::to_owned),
            resource,
        })
    }

    /// Decrypts a resource (notification or downloaded certificate).
    pub fn decrypt_resource(
        &self,
        r: &EncryptedResource,
    ) -> Result<zeroize::Zeroizing<Vec<u8>>, Error> {
        decrypt_resource(&self.apiv3_key, r)
    }
}

/// Decrypts an `AEAD_AES_256_GCM` resource with the APIv3 key.
pub fn decrypt_resource(
    key: &ApiV3Key,
    r: &EncryptedResource,
) -> Result<zeroize::Zeroizing<Vec<u8>>, Error> {
    if r.algorithm != AEAD_AES_256_GCM {
        return Err(
            CryptoError::UnsupportedAlgorithm(r.algorithm.chars().take(40).collect()).into(),
        );
    }
    let ad = r.associated_data.as_deref().unwrap_or("");
    Ok(key.decrypt(ad.as_bytes(), r.nonce.as_bytes(), &r.ciphertext)?)
}

/// What a notification handler answers WeChat Pay.
///
/// Success is `204 No Content`; failure a 5xx (or 4xx) with `{"code":"FAIL","message":…}`, which
/// makes WeChat Pay send the notification again later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotifyAnswer {
    /// HTTP status.
    pub status: u16,
    /// JSON body (empty on success).
    pub body: String,
}

impl NotifyAnswer {
    /// The success answer: 204, no body.
    pub fn success() -> Self {
        Self {
            status: 204,
            body: String::new(),
        }
    }

    /// A failure answer: WeChat Pay will retry.
    pub fn failure(status: u16, message: &str) -> Self {
        let body = serde_json::json!({ "code": "FAIL", "message": message }).to_string();
        Self { status, body }
    }

    /// The answer for a parse result: success, 401 for verification failures (including probes
    /// and a notification on another merchant's path), 400 for undecodable ones, 404 for an
    /// unknown merchant or serial, 500 otherwise. Every one makes WeChat Pay deliver again.
    pub fn for_error(err: &Error) -> Self {
        match err.kind() {
            ErrorKind::Verify | ErrorKind::SignTestProbe => Self::failure(401, "签名验证失败"),
            ErrorKind::Decode | ErrorKind::Crypto => Self::failure(400, "报文解析失败"),
            // No merchant holds the key: perhaps not added yet; WeChat Pay delivers again.
            ErrorKind::UnknownMerchant => Self::failure(404, "商户未知"),
            _ => Self::failure(500, "处理失败"),
        }
    }
}

impl From<NotifyAnswer> for http::Response<String> {
    fn from(a: NotifyAnswer) -> Self {
        let mut resp = http::Response::new(a.body);
        *resp.status_mut() =
            http::StatusCode::from_u16(a.status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        if !resp.body().is_empty() {
            resp.headers_mut().insert(
                http::header::CONTENT_TYPE,
                http::HeaderValue::from_static("application/json"),
            );
        }
        resp
    }
}

/// A handler can return a `NotifyAnswer` as is (feature `axum`).
#[cfg(feature = "axum")]
impl axum_core::response::IntoResponse for NotifyAnswer {
    fn into_response(self) -> axum_core::response::Response {
        http::Response::<String>::from(self).into_response()
    }
}
