//! The async client: builds, signs, sends, verifies and decodes.

mod certificates;
mod four_byte;
mod media;

pub use certificates::CertificateEntry;
pub use media::{BillFile, MediaKind, MediaUploaded};

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue};
use serde::de::DeserializeOwned;
use tracing::Instrument as _;

use crate::clock::{Clock, SystemClock};
use crate::endpoint::{Encryptor, Endpoint, Method};
use crate::keys::{ApiV3Key, MerchantKey, PlatformCertificate, WechatPayPublicKey};
use crate::notify::NotificationParser;
use crate::signer::Signer;
use crate::transport::{
    HttpRequest, HttpResponse, ReqwestTransport, Transport, TransportError, TransportErrorKind,
};
use crate::verifier::{KeyStore, SignatureHeaders, Verifier, headers as h};
use crate::{ApiError, AuthScheme, Error, KeyError, VerifyError};

/// The production API domain.
pub const DEFAULT_BASE_URL: &str = "https://api.mch.weixin.qq.com";
/// The backup domain, in another region; tried when the first cannot be reached.
pub const BACKUP_BASE_URL: &str = "https://api2.mch.weixin.qq.com";
/// Default limit of a response body (WeChat Pay answers are small; bills use another path).
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;

/// When failed requests are sent again.
///
/// A request that never reached the server (the connection failed) is always safe to send
/// again and goes to the backup domain when one is configured. Beyond that, requests are
/// retried only if their method is idempotent (GET, PUT, DELETE) or the policy says that the
/// caller's business key (e.g. `out_trade_no`) makes a retry safe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1 = no retry).
    pub max_attempts: u32,
    /// Retry POST/PATCH requests after timeouts, 5xx and 429 too (only when every such request
    /// carries a business key that WeChat Pay deduplicates on).
    pub retry_non_idempotent: bool,
    /// Delay before the first retry; doubled for each further one.
    pub backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 2,
            retry_non_idempotent: false,
            backoff: Duration::from_millis(200),
        }
    }
}

impl RetryPolicy {
    /// Never send a request twice (not even after a connection failure).
    pub fn never() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }
}

/// Configures a [`Client`].
#[must_use]
pub struct ClientBuilder {
    mchid: Option<String>,
    serial: Option<String>,
    key: Option<Result<MerchantKey, KeyError>>,
    public_key: Option<Result<WechatPayPublicKey, KeyError>>,
    certificates: Vec<Result<PlatformCertificate, KeyError>>,
    apiv3_key: Option<Result<ApiV3Key, KeyError>>,
    base_url: String,
    backup_url: Option<Option<String>>,
    connect_timeout: Duration,
    timeout: Duration,
    retry: RetryPolicy,
    user_agent: Option<String>,
    http: Option<reqwest::Client>,
    transport: Option<Arc<dyn Transport>>,
    max_response_bytes: usize,
    clock: Arc<dyn Clock>,
    allow_http: bool,
    certificate_refresh: Option<Duration>,
    brand_id: Option<String>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("mchid", &self.mchid)
            .field("serial", &self.serial)
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            mchid: None,
            serial: None,
            key: None,
            public_key: None,
            certificates: Vec::new(),
            apiv3_key: None,
            base_url: DEFAULT_BASE_URL.to_owned(),
            backup_url: None,
            connect_timeout: Duration::from_secs(5),
            timeout: Duration::from_secs(30),
            retry: RetryPolicy::default(),
            user_agent: None,
            http: None,
            transport: None,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            clock: Arc::new(SystemClock),
            allow_http: false,
            certificate_refresh: None,
            brand_id: None,
        }
    }
}

impl ClientBuilder {
    /// Merchant id (商户号); for service providers, the service provider's id.
    pub fn mchid(mut self, mchid: impl Into<String>) -> Self {
        self.mchid = Some(mchid.into());
        self
    }

    /// The brand id (品牌ID) for Brand API endpoints (`auth = brand`), signed with the same key.
    pub fn brand_id(mut self, brand_id: impl Into<String>) -> Self {
        self.brand_id = Some(brand_id.into());
        self
    }

    /// Serial of the merchant API certificate (商户API证书序列号).
    pub fn merchant_serial(mut self, serial: impl Into<String>) -> Self {
        self.serial = Some(serial.into());
        self
    }

    /// The merchant private key, as PEM text.
    pub fn private_key_pem(mut self, pem: &str) -> Self {
        self.key = Some(MerchantKey::from_pem(pem));
        self
    }

    /// The merchant private key, already loaded.
    pub fn private_key(mut self, key: MerchantKey) -> Self {
        self.key = Some(Ok(key));
        self
    }

    /// The WeChat Pay public key (public-key mode): its id `PUB_KEY_ID_…` and PEM.
    pub fn wechatpay_public_key(mut self, id: impl Into<String>, pem: &str) -> Self {
        self.public_key = Some(WechatPayPublicKey::new(id, pem));
        self
    }

    /// A platform certificate PEM (certificate mode); may be called several times.
    pub fn platform_certificate_pem(mut self, pem: &str) -> Self {
        self.certificates.push(PlatformCertificate::from_pem(pem));
        self
    }

    /// The APIv3 key (32 bytes), for notifications and certificate downloads.
    pub fn apiv3_key(mut self, key: impl AsRef<[u8]>) -> Self {
        self.apiv3_key = Some(ApiV3Key::new(key));
        self
    }

    /// The API base URL (default `https://api.mch.weixin.qq.com`).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into().trim_end_matches('/').to_owned();
        self
    }

    /// The backup base URL tried when the first cannot be reached; `None` disables failover.
    /// Defaults to `https://api2.mch.weixin.qq.com` with the default base URL, none otherwise.
    pub fn backup_base_url(mut self, url: Option<String>) -> Self {
        self.backup_url = Some(url.map(|u| u.trim_end_matches('/').to_owned()));
        self
    }

    /// Connect timeout (default 5 s).
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.connect_timeout = d;
        self
    }

    /// Total timeout of one attempt (default 30 s).
    pub fn timeout(mut self, d: Duration) -> Self {
        self.timeout = d;
        self
    }

    /// The retry policy (default: see [`RetryPolicy`]).
    pub fn retry_policy(mut self, p: RetryPolicy) -> Self {
        self.retry = p;
        self
    }

    /// The `User-Agent` (default `wxpay-rust/<version>`).
    pub fn user_agent(mut self, ua: impl Into<String>) -> Self {
        self.user_agent = Some(ua.into());
        self
    }

    /// Use this reqwest client (its own timeouts apply).
    pub fn http_client(mut self, c: reqwest::Client) -> Self {
        self.http = Some(c);
        self
    }

    /// Use this transport instead of reqwest (tests).
    pub fn transport(mut self, t: Arc<dyn Transport>) -> Self {
        self.transport = Some(t);
        self
    }

    /// Largest accepted response body (default 4 MiB).
    pub fn max_response_bytes(mut self, n: usize) -> Self {
        self.max_response_bytes = n;
        self
    }

    /// Replaces the clock (tests).
    pub fn clock(mut self, c: Arc<dyn Clock>) -> Self {
        self.clock = c;
        self
    }

    /// Allows `http://` base URLs that are not on the loopback interface (never in production).
    pub fn allow_insecure_http(mut self, yes: bool) -> Self {
        self.allow_http = yes;
        self
    }

    /// Certificate mode: download the platform certificates (`GET /v3/certificates`) at first
    /// use, refresh them in the background every `interval` (12 h is a good default, well
    /// before WeChat Pay's certificates expire), and once more, rate-limited, when an answer
    /// names an unknown serial. Needs the APIv3 key. Combine with a public key during a
    /// migration: answers signed by either verify.
    pub fn platform_certificates_auto(mut self, interval: Duration) -> Self {
        self.certificate_refresh = Some(interval);
        self
    }

    /// Builds the client. Keys are parsed by now; errors name what is missing or malformed.
    pub fn build(self) -> Result<Client, Error> {
        let mchid = self
            .mchid
            .ok_or_else(|| Error::Config("missing `mchid`".into()))?;
        let serial = self
            .serial
            .ok_or_else(|| Error::Config("missing the merchant certificate serial".into()))?;
        let key = self
            .key
            .ok_or_else(|| Error::Config("missing the merchant private key".into()))??;
        check_id("mchid", &mchid)?;
        check_id("merchant certificate serial", &serial)?;
        if let Some(b) = &self.brand_id {
            check_id("brand_id", b)?;
        }
        let mut store = KeyStore::new();
        if let Some(pk) = self.public_key {
            store.set_public_key(pk?);
        }
        for cert in self.certificates {
            store.add_certificate(cert?);
        }
        let apiv3_key = self.apiv3_key.transpose()?;
        if self.certificate_refresh.is_some() && apiv3_key.is_none() {
            return Err(Error::Config(
                "certificate mode needs the APIv3 key to decrypt the downloaded certificates"
                    .into(),
            ));
        }
        if store.is_empty() && self.certificate_refresh.is_none() {
            return Err(Error::Config(
                "no WeChat Pay public key or platform certificate: answers cannot be verified; configure the WeChat Pay public key (PUB_KEY_ID_…) or a platform certificate".into(),
            ));
        }
        let base = reqwest::Url::parse(&self.base_url)
            .map_err(|e| Error::Config(format!("invalid base URL: {e}")))?;
        check_scheme(&base, self.allow_http)?;
        let backup = match self.backup_url {
            Some(b) => b,
            None if self.base_url == DEFAULT_BASE_URL => Some(BACKUP_BASE_URL.to_owned()),
            None => None,
        };
        if let Some(b) = &backup {
            let u = reqwest::Url::parse(b)
                .map_err(|e| Error::Config(format!("invalid backup URL: {e}")))?;
            check_scheme(&u, self.allow_http)?;
        }
        let transport: Arc<dyn Transport> = match (self.transport, self.http) {
            (Some(t), _) => t,
            (None, Some(c)) => Arc::new(ReqwestTransport::new(c)),
            (None, None) => Arc::new(ReqwestTransport::with_timeouts(
                self.connect_timeout,
                self.timeout,
            )?),
        };
        let user_agent = self
            .user_agent
            .unwrap_or_else(|| format!("wxpay-rust/{}", env!("CARGO_PKG_VERSION")));
        let user_agent = HeaderValue::from_str(&user_agent)
            .map_err(|_| Error::Config("invalid user agent".into()))?;
        let mut signer = Signer::new(mchid, serial, key).with_clock(self.clock.clone());
        if let Some(b) = self.brand_id {
            signer = signer.with_brand_id(b);
        }
        let verifier = Verifier::new(Arc::new(store)).with_clock(self.clock);
        Ok(Client {
            inner: Arc::new(Inner {
                signer,
                verifier,
                apiv3_key,
                base_url: self.base_url,
                backup_url: backup,
                transport,
                retry: self.retry,
                user_agent,
                max_response_bytes: self.max_response_bytes,
                certificates: self.certificate_refresh.map(certificates::Refresher::new),
            }),
        })
    }
}

/// An identifier that goes into the `Authorization` header between quotes: visible ASCII
/// without `"`, `,` or `\\`, so it can neither break the header (CR/LF) nor add attributes.
fn check_id(what: &str, value: &str) -> Result<(), Error> {
    let bad = value
        .bytes()
        .find(|b| !b.is_ascii_graphic() || matches!(b, b'"' | b',' | b'\\'));
    match bad {
        _ if value.is_empty() => Err(Error::Config(format!("`{what}` is empty"))),
        Some(b) => Err(Error::Config(format!(
            "`{what}` contains the byte {b:#04x}; only visible ASCII without `\"`, `,` and `\\` is allowed (it goes into the Authorization header)"
        ))),
        None => Ok(()),
    }
}

fn check_scheme(url: &reqwest::Url, allow_http: bool) -> Result<(), Error> {
    let loopback = match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d == "localhost",
        None => false,
    };
    match url.scheme() {
        "https" => Ok(()),
        "http" if loopback || allow_http => Ok(()),
        s => Err(Error::Config(format!(
            "base URL scheme `{s}` refused: use https (http is allowed only for loopback or with `allow_insecure_http`)"
        ))),
    }
}

struct Inner {
    signer: Signer,
    verifier: Verifier,
    apiv3_key: Option<ApiV3Key>,
    base_url: String,
    backup_url: Option<String>,
    transport: Arc<dyn Transport>,
    retry: RetryPolicy,
    user_agent: HeaderValue,
    max_response_bytes: usize,
    certificates: Option<certificates::Refresher>,
}

/// A WeChat Pay APIv3 client. Cheap to clone (shared state), `Send + Sync`, one connection pool.
///
/// Every answer is verified before it is decoded: an unverifiable 2xx is an error, never data.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("mchid", &self.inner.signer.id())
            .field("base_url", &self.inner.base_url)
            .finish_non_exhaustive()
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
struct Prepared<'a> {
    method: Method,
    scheme: AuthScheme,
    template: &'a str,
    path: String,
    query: Option<String>,
    body: Option<Vec<u8>>,
    wechatpay_serial: Option<String>,
    /// `Content-Type` when not JSON (media upload).
    content_type: Option<String>,
    /// What the signature covers when it is not the body (media upload: the `meta` JSON).
    signed_body: Option<Vec<u8>>,
    /// An absolute URL given by WeChat Pay (bill download), used instead of base URL + path.
    absolute_url: Option<reqwest::Url>,
}

impl Default for Prepared<'_> {
    fn default() -> Self {
        Self {
            method: Method::Get,
            scheme: AuthScheme::Merchant,
            template: "",
            path: String::new(),
            query: None,
            body: None,
            wechatpay_serial: None,
            content_type: None,
            signed_body: None,
            absolute_url: None,
        }
    }
}

impl Client {
    /// Starts configuring a client.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A builder filled from `WXPAY_*` environment variables (see the README); call `build()`.
    ///
    /// `WXPAY_MCHID`, `WXPAY_MCH_SERIAL`, `WXPAY_PRIVATE_KEY` (path), `WXPAY_PUBLIC_KEY` (path)
    /// with `WXPAY_PUBLIC_KEY_ID`, and/or `WXPAY_PLATFORM_CERT` (path), `WXPAY_APIV3_KEY`,
    /// `WXPAY_BASE_URL`.
    pub fn builder_from_env() -> Result<ClientBuilder, Error> {
        Self::builder_from_vars(|name| std::env::var(name).ok())
    }

    /// Like [`Client::builder_from_env`], reading the variables through `var` (tests, config files).
    pub fn builder_from_vars(var: impl Fn(&str) -> Option<String>) -> Result<ClientBuilder, Error> {
        let var = |name: &str| var(name).filter(|v| !v.is_empty());
        let need = |name: &str| {
            var(name)
                .ok_or_else(|| Error::Config(format!("environment variable `{name}` is not set")))
        };
        let mut b = Client::builder()
            .mchid(need("WXPAY_MCHID")?)
            .merchant_serial(need("WXPAY_MCH_SERIAL")?)
            .private_key(MerchantKey::from_pem_file(need("WXPAY_PRIVATE_KEY")?)?);
        match (var("WXPAY_PUBLIC_KEY"), var("WXPAY_PUBLIC_KEY_ID")) {
            (Some(path), Some(id)) => {
                b.public_key = Some(WechatPayPublicKey::from_pem_file(id, path));
            }
            (Some(_), None) => {
                return Err(Error::Config(
                    "`WXPAY_PUBLIC_KEY` is set but `WXPAY_PUBLIC_KEY_ID` is not".into(),
                ));
            }
            (None, Some(_)) => {
                return Err(Error::Config(
                    "`WXPAY_PUBLIC_KEY_ID` is set but `WXPAY_PUBLIC_KEY` is not".into(),
                ));
            }
            (None, None) => {}
        }
        if let Some(path) = var("WXPAY_PLATFORM_CERT") {
            b.certificates
                .push(PlatformCertificate::from_pem_file(path));
        }
        if let Some(k) = var("WXPAY_APIV3_KEY") {
            b = b.apiv3_key(k);
        }
        if let Some(id) = var("WXPAY_BRAND_ID") {
            b = b.brand_id(id);
        }
        if let Some(url) = var("WXPAY_BASE_URL") {
            b = b.base_url(url);
        }
        Ok(b)
    }

    /// A client configured from `WXPAY_*` environment variables.
    pub fn from_env() -> Result<Client, Error> {
        Self::builder_from_env()?.build()
    }

    /// Whether `WXPAY_MCHID` is set (examples use the sandbox otherwise).
    pub fn env_configured() -> bool {
        std::env::var_os("WXPAY_MCHID").is_some_and(|v| !v.is_empty())
    }

    /// The signer (merchant id, serial, key): for payment parameters and debugging.
    pub fn signer(&self) -> &Signer {
        &self.inner.signer
    }

    /// The verifier of answers and notifications.
    pub fn verifier(&self) -> &Verifier {
        &self.inner.verifier
    }

    /// The base URL.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// A notification parser with this client's keys; needs the APIv3 key.
    pub fn notifications(&self) -> Result<NotificationParser, Error> {
        let key = self.inner.apiv3_key.clone().ok_or_else(|| {
            Error::Config("the APIv3 key is needed to decrypt notifications".into())
        })?;
        Ok(NotificationParser::new(self.inner.verifier.clone(), key))
    }

    /// Decrypts a sensitive response field ([`crate::Ciphertext`]) with the merchant key.
    pub fn decrypt(
        &self,
        ciphertext: &crate::Ciphertext,
    ) -> Result<zeroize::Zeroizing<String>, Error> {
        Ok(self.inner.signer.key().decrypt_oaep(ciphertext.as_str())?)
    }

    /// Encrypts a sensitive request field for WeChat Pay (RSA-OAEP with the public key or the
    /// newest valid platform certificate); returns the ciphertext and the serial to send.
    pub fn encrypt(&self, plaintext: &str) -> Result<(String, String), Error> {
        let (serial, key) = self.encryption_key().ok_or_else(|| {
            Error::Config(
                "no WeChat Pay public key or valid platform certificate to encrypt with".into(),
            )
        })?;
        Ok((key.encrypt_oaep(plaintext)?, serial))
    }

    fn encryption_key(&self) -> Option<(String, crate::keys::PublicKey)> {
        self.inner
            .verifier
            .keys()
            .encryption_key(self.inner.verifier.clock().now())
    }

    /// Sends a declared endpoint and returns its verified, typed answer.
    pub async fn send<E: Endpoint>(&self, endpoint: &E) -> Result<E::Response, Error> {
        // Keys first: the request names the key WeChat Pay should answer with.
        self.ensure_verification_keys().await?;
        let enc = self.encryption_key();
        // Catalog requests may leave `mchid` / `sp_mchid` to the client.
        let (path, query, body) = crate::endpoint::__private::with_merchant(self.signer().id(), || {
            let encryptor = KeyEncryptor {
                key: enc.as_ref().map(|(_, k)| k.clone()),
            };
            let body = endpoint.body(&encryptor)?;
            // Sensitive query parameters encrypt themselves like nested body fields.
            let query = crate::sensitive::with_encryptor(&encryptor, || endpoint.query())?;
            Ok::<_, Error>((endpoint.path()?, query, body))
        })?;
        let prepared = Prepared {
            method: E::METHOD,
            scheme: E::AUTH,
            template: E::TEMPLATE,
            path,
            query,
            body,
            wechatpay_serial: enc.map(|(s, _)| s),
            ..Default::default()
        };
        let resp = self.execute(prepared).await?;
        decode_body(&resp.body)
    }

    /// A dynamic call for endpoints not declared yet, like the PHP SDK's `chain()`:
    /// `client.chain("v3/marketing/membercard-open/cards/{card_id}/codes/{code}/unavailable")`.
    pub fn chain(&self, template: &str) -> Chain<'_> {
        Chain {
            client: self,
            template: template.to_owned(),
        }
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
        let p = Prepared {
            method,
            scheme: if path.starts_with("/brand/") {
                AuthScheme::Brand
            } else {
                AuthScheme::Merchant
            },
            template: "<raw>",
            path: path.to_owned(),
            query: query.map(str::to_owned),
            body,
            wechatpay_serial: self.encryption_key().map(|(s, _)| s),
            ..Default::default()
        };
        let r = self.execute(p).await?;
        Ok((r.status, r.headers, r.body))
    }

    async fn execute(&self, p: Prepared<'_>) -> Result<HttpResponse, Error> {
        let span = tracing::debug_span!(
            "wxpay.request",
            method = p.method.as_str(),
            template = p.template,
            status = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        async {
            self.ensure_verification_keys().await?;
            let resp = self.execute_inner(p, &span).await?;
            self.check_response(resp).await
        }
        .instrument(span.clone())
        .await
    }

    /// Sends without verifying the answer: only for the certificate download (which verifies
    /// itself) and the bill file (unsigned by design).
    async fn execute_unverified(&self, p: Prepared<'_>) -> Result<HttpResponse, Error> {
        let span = tracing::debug_span!(
            "wxpay.request",
            method = p.method.as_str(),
            template = p.template,
            status = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        self.execute_inner(p, &span).instrument(span.clone()).await
    }

    async fn execute_inner(
        &self,
        mut p: Prepared<'_>,
        span: &tracing::Span,
    ) -> Result<HttpResponse, Error> {
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
            let req = self.build_request(&p, base, body.clone())?;
            let result = inner.transport.send(req).await;
            let retry_allowed = attempt < inner.retry.max_attempts;
            match result {
                Err(e) => {
                    let connect = e.kind == TransportErrorKind::Connect;
                    let may_retry = connect
                        || (e.kind == TransportErrorKind::Timeout
                            && (p.method.is_idempotent() || inner.retry.retry_non_idempotent));
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
                    if retryable_status
                        && retry_allowed
                        && (p.method.is_idempotent() || inner.retry.retry_non_idempotent)
                    {
                        tracing::debug!(attempt, status = resp.status, "retrying after status");
                        self.backoff(attempt).await;
                        continue;
                    }
                    return Ok(resp);
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

    fn build_request(
        &self,
        p: &Prepared<'_>,
        base: &str,
        body: Bytes,
    ) -> Result<HttpRequest, Error> {
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
        let signed = p.signed_body.as_deref().unwrap_or(&body);
        let auth = inner
            .signer
            .authorize(p.scheme, p.method.as_str(), &canonical, signed)?;
        let mut headers = HeaderMap::with_capacity(6);
        headers.insert(
            http::header::AUTHORIZATION,
            HeaderValue::from_str(&auth.header)
                .map_err(|_| Error::invalid("invalid Authorization value"))?,
        );
        headers.insert(
            http::header::ACCEPT,
            HeaderValue::from_static("application/json"),
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
        Ok(HttpRequest {
            method: p.method,
            url,
            headers,
            body,
            max_response_bytes: inner.max_response_bytes,
        })
    }

    /// Verifies and classifies an answer: a 2xx must verify; a non-2xx is verified when signed.
    async fn check_response(&self, resp: HttpResponse) -> Result<HttpResponse, Error> {
        let ok = (200..300).contains(&resp.status);
        let signed = resp.headers.contains_key(h::SIGNATURE);
        let verified = if ok || signed {
            let sh = SignatureHeaders::from_headers(&resp.headers)?;
            let mut result = self.inner.verifier.verify(&sh, &resp.body);
            if let Err(VerifyError::UnknownSerial(_)) = &result {
                // WeChat Pay may have rotated its certificate: one rate-limited refresh.
                if self.refresh_after_unknown_serial().await {
                    result = self.inner.verifier.verify(&sh, &resp.body);
                }
            }
            result.inspect_err(|e| {
                tracing::warn!(status = resp.status, error = %e, "answer failed verification");
            })?;
            true
        } else {
            false
        };
        if ok {
            return Ok(resp);
        }
        Err(api_error(&resp, verified).into())
    }

    /// [`Client::check_response`] without the certificate refresh (used by the download itself).
    fn check_response_without_refresh(&self, resp: HttpResponse) -> Result<HttpResponse, Error> {
        let ok = (200..300).contains(&resp.status);
        let verified = if ok || resp.headers.contains_key(h::SIGNATURE) {
            let sh = SignatureHeaders::from_headers(&resp.headers)?;
            self.inner.verifier.verify(&sh, &resp.body)?;
            true
        } else {
            false
        };
        if ok {
            Ok(resp)
        } else {
            Err(api_error(&resp, verified).into())
        }
    }
}

fn api_error(resp: &HttpResponse, verified: bool) -> ApiError {
    #[derive(serde::Deserialize)]
    struct Body {
        #[serde(default)]
        code: String,
        #[serde(default)]
        message: String,
        #[serde(default)]
        detail: Option<serde_json::Value>,
    }
    let parsed: Option<Body> = serde_json::from_slice(&resp.body).ok();
    let (code, message, detail) = match parsed {
        Some(b) => (b.code, b.message, b.detail),
        None => (
            format!("HTTP_{}", resp.status),
            String::from_utf8_lossy(
                resp.body
                    .get(..resp.body.len().min(200))
                    .unwrap_or_default(),
            )
            .into_owned(),
            None,
        ),
    };
    ApiError {
        status: resp.status,
        code,
        message,
        detail,
        request_id: resp
            .headers
            .get(h::REQUEST_ID)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
        verified,
    }
}

fn transport_error(e: TransportError, limit: usize) -> Error {
    match e.kind {
        TransportErrorKind::TooLarge => Error::BodyTooLarge { limit },
        TransportErrorKind::Connect => Error::Transport {
            message: e.message,
            maybe_sent: false,
            timeout: false,
        },
        TransportErrorKind::Timeout => Error::Transport {
            message: e.message,
            maybe_sent: true,
            timeout: true,
        },
        TransportErrorKind::Other => Error::Transport {
            message: e.message,
            maybe_sent: true,
            timeout: false,
        },
    }
}

/// Decodes a verified body; an empty body decodes as JSON `null` (so `()` fits a 204).
fn decode_body<T: DeserializeOwned>(body: &[u8]) -> Result<T, Error> {
    if body.is_empty() {
        crate::decode_json(b"null")
    } else {
        crate::decode_json(body)
    }
}

/// A dynamic request built by [`Client::chain`].
#[derive(Debug)]
pub struct Chain<'a> {
    client: &'a Client,
    template: String,
}

impl Chain<'_> {
    /// `GET` with PHP-style arguments: path parameters at the top level, `query` an object.
    pub async fn get(&self, args: serde_json::Value) -> Result<serde_json::Value, Error> {
        self.send(Method::Get, args).await
    }

    /// `POST` with PHP-style arguments: path parameters at the top level, `query` and `json` objects.
    pub async fn post(&self, args: serde_json::Value) -> Result<serde_json::Value, Error> {
        self.send(Method::Post, args).await
    }

    /// `PUT`, like [`Chain::post`].
    pub async fn put(&self, args: serde_json::Value) -> Result<serde_json::Value, Error> {
        self.send(Method::Put, args).await
    }

    /// `PATCH`, like [`Chain::post`].
    pub async fn patch(&self, args: serde_json::Value) -> Result<serde_json::Value, Error> {
        self.send(Method::Patch, args).await
    }

    /// `DELETE`, like [`Chain::get`].
    pub async fn delete(&self, args: serde_json::Value) -> Result<serde_json::Value, Error> {
        self.send(Method::Delete, args).await
    }

    /// Sends with any method; answers `null` for a 204.
    pub async fn send(
        &self,
        method: Method,
        args: serde_json::Value,
    ) -> Result<serde_json::Value, Error> {
        let serde_json::Value::Object(mut args) = args else {
            return Err(Error::invalid("chain arguments must be a JSON object"));
        };
        let query = match args.remove("query") {
            None | Some(serde_json::Value::Null) => None,
            Some(q @ serde_json::Value::Object(_)) => crate::endpoint::__private::query_string(&q)?,
            Some(_) => return Err(Error::invalid("`query` must be an object")),
        };
        let body = match args.remove("json") {
            None | Some(serde_json::Value::Null) => {
                if method.has_body() {
                    Some(b"{}".to_vec())
                } else {
                    None
                }
            }
            Some(b) if method.has_body() => Some(
                serde_json::to_vec(&b)
                    .map_err(|e| Error::invalid(format!("cannot serialize body: {e}")))?,
            ),
            Some(_) => {
                return Err(Error::invalid(format!(
                    "{method} requests have no JSON body"
                )));
            }
        };
        let path = interpolate(&self.template, &args)?;
        self.client.ensure_verification_keys().await?;
        let p = Prepared {
            method,
            scheme: if path.starts_with("/brand/") {
                AuthScheme::Brand
            } else {
                AuthScheme::Merchant
            },
            template: &self.template,
            path,
            query,
            body,
            wechatpay_serial: self.client.encryption_key().map(|(s, _)| s),
            ..Default::default()
        };
        let resp = self.client.execute(p).await?;
        decode_body(&resp.body)
    }
}

/// Replaces `{name}` in `template` with percent-encoded `args[name]`.
fn interpolate(
    template: &str,
    args: &serde_json::Map<String, serde_json::Value>,
) -> Result<String, Error> {
    let mut out = String::with_capacity(template.len() + 32);
    if !template.starts_with('/') {
        out.push('/');
    }
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(rest.get(..open).unwrap_or_default());
        let after = rest.get(open + 1..).unwrap_or_default();
        let close = after
            .find('}')
            .ok_or_else(|| Error::invalid(format!("unclosed `{{` in `{template}`")))?;
        let name = after.get(..close).unwrap_or_default();
        let value = match args.get(name) {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Number(n)) => n.to_string(),
            Some(_) => {
                return Err(Error::invalid(format!(
                    "path parameter `{name}` must be a string or number"
                )));
            }
            None => return Err(Error::invalid(format!("missing path parameter `{name}`"))),
        };
        crate::endpoint::__private::push_path_segment(&mut out, &value, name)?;
        rest = after.get(close + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    Ok(out)
}
