//! The one send path: prepare → sign → send (with retries) → [`super::response`].
//!
//! Every entry point (`send`, `chain`, `request_raw`, media uploads, the certificate download)
//! builds a [`Prepared`] and calls [`Client::execute`]; the verification keys are made ready
//! once, by the entry point, before the request names the key to answer with.

use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue};
use tracing::Instrument as _;

use super::response::{Check, decode_answer, transport_error};
use super::{Client, four_byte};
use crate::endpoint::{Encryptor, Endpoint, Method};
use crate::sign_error::SignedRequest;
use crate::signer::request_message;
use crate::transport::{HttpRequest, HttpResponse, TransportErrorKind};
use crate::verifier::headers as h;
use crate::{AuthScheme, Error};

/// Per-request options of [`Client::send_with`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[must_use]
pub struct SendOptions {
    timeout: Option<Duration>,
}

impl SendOptions {
    /// The client's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// Total timeout of each attempt of this request, instead of the client's
    /// ([`crate::ClientBuilder::timeout`]): e.g. longer for a slow query, shorter in a handler
    /// with a deadline. A timed-out request may have reached WeChat Pay.
    pub fn timeout(mut self, d: Duration) -> Self {
        self.timeout = Some(d);
        self
    }
}

/// Encrypts `#[encrypt]` fields with the key WeChat Pay will decrypt with.
struct KeyEncryptor {
    key: Option<crate::keys::PublicKey>,
}

impl Encryptor for KeyEncryptor {
    fn to_owned_encryptor(&self) -> Option<Box<dyn Encryptor>> {
        Some(Box::new(KeyEncryptor {
            key: self.key.clone(),
        }))
    }

    fn encrypt(&self, plaintext: &str) -> Result<String, Error> {
        match &self.key {
            Some(k) => Ok(k.encrypt_oaep(plaintext)?),
            None => crate::NoEncryption.encrypt(plaintext),
        }
    }
}

/// The parts of a request before signing.
pub(super) struct Prepared<'a> {
    pub(super) method: Method,
    pub(super) scheme: AuthScheme,
    pub(super) template: &'a str,
    pub(super) path: String,
    pub(super) query: Option<String>,
    pub(super) body: Option<Vec<u8>>,
    pub(super) wechatpay_serial: Option<String>,
    /// `Content-Type` when not JSON (media upload).
    pub(super) content_type: Option<String>,
    /// What the signature covers when it is not the body (media upload: the `meta` JSON).
    pub(super) signed_body: Option<Vec<u8>>,
    /// An absolute URL given by WeChat Pay (bill download), used instead of base URL + path.
    pub(super) absolute_url: Option<reqwest::Url>,
    /// `Accept: */*` instead of JSON: the answer is a file.
    pub(super) accept_any: bool,
}

impl<'a> Prepared<'a> {
    /// A request without query or body; the scheme follows the path (`/brand/…` is Brand).
    pub(super) fn new(method: Method, template: &'a str, path: String) -> Self {
        Self {
            method,
            scheme: if path.starts_with("/brand/") {
                AuthScheme::Brand
            } else {
                AuthScheme::Merchant
            },
            template,
            path,
            query: None,
            body: None,
            wechatpay_serial: None,
            content_type: None,
            signed_body: None,
            absolute_url: None,
            accept_any: false,
        }
    }
}

impl Client {
    /// Sends a declared endpoint and returns its verified, typed answer.
    pub async fn send<E: Endpoint>(&self, endpoint: &E) -> Result<E::Response, Error> {
        self.send_with(endpoint, &SendOptions::default()).await
    }

    /// [`Client::send`] with per-request options:
    /// `client.send_with(&req, &SendOptions::new().timeout(Duration::from_secs(60)))`.
    pub async fn send_with<E: Endpoint>(
        &self,
        endpoint: &E,
        options: &SendOptions,
    ) -> Result<E::Response, Error> {
        let resp = self.send_endpoint(endpoint, options).await?;
        decode_answer(&resp)
    }

    /// Sends a declared endpoint and returns its verified answer, not decoded yet.
    pub(super) async fn send_endpoint<E: Endpoint>(
        &self,
        endpoint: &E,
        options: &SendOptions,
    ) -> Result<HttpResponse, Error> {
        let p = self.prepare(endpoint).await?;
        self.execute(p, Check::Verify, options).await
    }

    /// Downloads a file: the answer of a catalog request whose answer is a file
    /// ([`crate::Download`]: bills, transfer receipts, complaint images, statements).
    ///
    /// The request is signed as always. WeChat Pay does not sign files: a 2xx answer is taken
    /// as it is when it carries no signature and verified when it does; an error answer is
    /// verified like any other. Where a previous, verified answer announced the file's digest
    /// (`hash_type`, `hash_value`), check it with [`crate::Download::verify_digest`]. The file
    /// is held in memory within the client's answer size limit
    /// ([`crate::ClientBuilder::max_response_bytes`]).
    pub async fn download<E: Endpoint<Response = crate::Download>>(
        &self,
        endpoint: &E,
    ) -> Result<crate::Download, Error> {
        let mut p = self.prepare(endpoint).await?;
        p.accept_any = true;
        let resp = self
            .execute(p, Check::File, &SendOptions::default())
            .await?;
        let content_type = resp
            .headers
            .get(http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        Ok(crate::Download::new(content_type, resp.body).with_headers(resp.headers))
    }

    /// Path, query and body of a declared endpoint, with its sensitive fields encrypted and the
    /// client's merchant id filled in, ready to sign.
    async fn prepare<E: Endpoint>(&self, endpoint: &E) -> Result<Prepared<'static>, Error> {
        // Keys first: the request names the key WeChat Pay should answer with.
        self.ensure_verification_keys().await?;
        let enc = self.encryption_key();
        // Catalog requests may leave `mchid` / `sp_mchid` to the client.
        let (path, query, mut body) =
            crate::endpoint::__private::with_merchant(self.signer().id(), || {
                let encryptor = KeyEncryptor {
                    key: enc.as_ref().map(|(_, k)| k.clone()),
                };
                let body = endpoint.body(&encryptor)?;
                // Sensitive query parameters encrypt themselves like nested body fields.
                let query = crate::sensitive::with_encryptor(&encryptor, || endpoint.query())?;
                Ok::<_, Error>((endpoint.path()?, query, body))
            })?;
        let mut p = Prepared::new(E::METHOD, E::TEMPLATE, path);
        let files = endpoint.files();
        if !files.is_empty() {
            // A multipart upload: the JSON body is the `meta` part, and the signature covers it.
            let meta = body.take().unwrap_or_else(|| b"{}".to_vec());
            four_byte::check_json_body(&meta)?;
            let form = endpoint.form_fields();
            let (content_type, multipart) = crate::upload::multipart(&meta, &form, &files)?;
            body = Some(multipart);
            p.content_type = Some(content_type);
            p.signed_body = Some(meta);
        }
        p.scheme = E::AUTH;
        p.query = query;
        p.body = body;
        p.wechatpay_serial = enc.map(|(s, _)| s);
        Ok(p)
    }

    /// Sends a request with an already built path, query and body (the CLI's `call`).
    pub async fn request_raw(
        &self,
        method: Method,
        path: &str,
        query: Option<&str>,
        body: Option<Vec<u8>>,
    ) -> Result<(u16, HeaderMap, Bytes), Error> {
        self.ensure_verification_keys().await?;
        let mut p = Prepared::new(method, "<raw>", path.to_owned());
        p.query = query.map(str::to_owned);
        p.body = body;
        p.wechatpay_serial = self.encryption_key().map(|(s, _)| s);
        let r = self
            .execute(p, Check::Verify, &SendOptions::default())
            .await?;
        Ok((r.status, r.headers, r.body))
    }

    /// Sends `p` (with retries), then checks the answer as `check` says.
    pub(super) async fn execute(
        &self,
        p: Prepared<'_>,
        check: Check,
        options: &SendOptions,
    ) -> Result<HttpResponse, Error> {
        let span = tracing::debug_span!(
            "wxpay.request",
            method = p.method.as_str(),
            template = p.template,
            status = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        async {
            let (resp, signed) = self.send_with_retries(p, options, &span).await?;
            self.check_response(resp, &signed, check).await
        }
        .instrument(span.clone())
        .await
    }

    /// Sends until an answer worth returning, or a failure not worth retrying. Returns the
    /// answer and what was signed for the last attempt (to explain a `SIGN_ERROR`).
    pub(super) async fn send_with_retries(
        &self,
        mut p: Prepared<'_>,
        options: &SendOptions,
        span: &tracing::Span,
    ) -> Result<(HttpResponse, SignedRequest), Error> {
        let inner = &*self.inner;
        if !p.path.starts_with('/') {
            return Err(Error::invalid("path must start with `/`"));
        }
        four_byte::check_url_part("the request path", &p.path)?;
        if let Some(q) = &p.query {
            four_byte::check_url_part("the query string", q)?;
        }
        if let (None, Some(b)) = (&p.content_type, &p.body) {
            four_byte::check_json_body(b)?;
        }
        let body = Bytes::from(p.body.take().unwrap_or_default());
        let mut attempt: u32 = 0;
        let mut use_backup = false;
        loop {
            attempt += 1;
            let base = match (&inner.backup_url, use_backup) {
                (Some(b), true) => b.as_str(),
                _ => inner.base_url.as_str(),
            };
            let (req, signed) = self.build_request(&p, base, body.clone(), options)?;
            let result = inner.transport.send(req).await;
            let retry_allowed = attempt < inner.retry.max_attempts;
            let idempotent = p.method.is_idempotent() || inner.retry.retry_non_idempotent;
            match result {
                Err(e) => {
                    let connect = e.kind == TransportErrorKind::Connect;
                    let may_retry =
                        connect || (e.kind == TransportErrorKind::Timeout && idempotent);
                    if retry_allowed && may_retry {
                        tracing::debug!(attempt, kind = ?e.kind, "retrying after transport error");
                        if connect && inner.backup_url.is_some() {
                            use_backup = !use_backup;
                        }
                        self.backoff(attempt).await;
                        continue;
                    }
                    return Err(transport_error(e, inner.max_response_bytes));
                }
                Ok(resp) => {
                    span.record("status", resp.status);
                    if let Some(id) = resp
                        .headers
                        .get(h::REQUEST_ID)
                        .and_then(|v| v.to_str().ok())
                    {
                        span.record("request_id", id);
                    }
                    let retryable_status = resp.status == 429 || resp.status >= 500;
                    if retryable_status && retry_allowed && idempotent {
                        tracing::debug!(attempt, status = resp.status, "retrying after status");
                        self.backoff(attempt).await;
                        continue;
                    }
                    return Ok((resp, signed));
                }
            }
        }
    }

    async fn backoff(&self, attempt: u32) {
        let d = self
            .inner
            .retry
            .backoff
            .saturating_mul(1 << attempt.saturating_sub(1).min(6));
        if !d.is_zero() {
            tokio::time::sleep(d).await;
        }
    }

    /// The request as it goes on the wire, signed, and what was signed.
    pub(super) fn build_request(
        &self,
        p: &Prepared<'_>,
        base: &str,
        body: Bytes,
        options: &SendOptions,
    ) -> Result<(HttpRequest, SignedRequest), Error> {
        let inner = &*self.inner;
        let url = match &p.absolute_url {
            Some(u) => u.clone(),
            None => {
                let mut raw = String::with_capacity(
                    base.len() + p.path.len() + p.query.as_ref().map_or(0, |q| q.len() + 1),
                );
                raw.push_str(base);
                raw.push_str(&p.path);
                if let Some(q) = &p.query {
                    raw.push('?');
                    raw.push_str(q);
                }
                reqwest::Url::parse(&raw)
                    .map_err(|e| Error::invalid(format!("invalid URL: {e}")))?
            }
        };
        // Sign what goes on the wire: the path and query of the parsed URL.
        let canonical = match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_owned(),
        };
        let signed_body = p.signed_body.as_deref().unwrap_or(&body);
        let auth = inner
            .signer
            .authorize(p.scheme, p.method.as_str(), &canonical, signed_body)?;
        let signed = SignedRequest {
            method: p.method.as_str(),
            message: request_message(
                p.method.as_str(),
                &canonical,
                auth.timestamp,
                &auth.nonce,
                signed_body,
            ),
            url: canonical,
        };
        let mut headers = HeaderMap::with_capacity(6);
        headers.insert(
            http::header::AUTHORIZATION,
            HeaderValue::from_str(&auth.header)
                .map_err(|_| Error::invalid("invalid Authorization value"))?,
        );
        headers.insert(
            http::header::ACCEPT,
            HeaderValue::from_static(if p.accept_any {
                "*/*"
            } else {
                "application/json"
            }),
        );
        headers.insert(http::header::USER_AGENT, inner.user_agent.clone());
        if let Some(ct) = &p.content_type {
            let v =
                HeaderValue::from_str(ct).map_err(|_| Error::invalid("invalid Content-Type"))?;
            headers.insert(http::header::CONTENT_TYPE, v);
        } else if !body.is_empty() {
            headers.insert(
                http::header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
        }
        if let Some(v) = p
            .wechatpay_serial
            .as_deref()
            .and_then(|s| HeaderValue::from_str(s).ok())
        {
            headers.insert(HeaderName::from_static(h::SERIAL), v);
        }
        let req = HttpRequest {
            method: p.method,
            url,
            headers,
            body,
            max_response_bytes: inner.max_response_bytes,
            timeout: options.timeout,
        };
        Ok((req, signed))
    }
}
