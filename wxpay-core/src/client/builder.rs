//! Configuring a client: [`ClientBuilder`], the environment variables, [`RetryPolicy`].

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use http::HeaderValue;

use super::{
    BACKUP_BASE_URL, Client, DEFAULT_BASE_URL, DEFAULT_MAX_RESPONSE_BYTES, Inner, certificates,
};
use crate::clock::{Clock, SystemClock};
use crate::keys::{ApiV3Key, MerchantKey, PlatformCertificate, WechatPayPublicKey};
use crate::signer::Signer;
use crate::transport::{ReqwestTransport, Transport};
use crate::verifier::{KeyStore, Verifier};
use crate::{Error, KeyError};

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
    /// A registry refreshes the certificates on its own schedule (no per-client background task).
    managed_refresh: bool,
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
            managed_refresh: false,
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

    /// Use this reqwest client (its own timeouts and redirect policy apply: build it with
    /// `redirect(reqwest::redirect::Policy::none())`, as the default client is, so that a 3xx is
    /// reported instead of followed).
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

    /// Certificate mode whose periodic refresh is left to a [`crate::registry::Merchants`]
    /// (first download and unknown-serial refreshes still happen on use).
    pub(crate) fn managed_certificate_refresh(mut self, interval: Duration) -> Self {
        self.certificate_refresh = Some(interval);
        self.managed_refresh = true;
        self
    }

    /// The merchant id set so far.
    pub(crate) fn mchid_ref(&self) -> Option<&str> {
        self.mchid.as_deref()
    }

    /// Builds the client. Keys are parsed by now; errors name what is missing or malformed.
    pub fn build(self) -> Result<Client, Error> {
        let mchid = self.mchid.ok_or_else(|| Error::config("missing `mchid`"))?;
        let serial = self
            .serial
            .ok_or_else(|| Error::config("missing the merchant certificate serial"))?;
        let key = self
            .key
            .ok_or_else(|| Error::config("missing the merchant private key"))??;
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
            return Err(Error::config(
                "certificate mode needs the APIv3 key to decrypt the downloaded certificates",
            ));
        }
        if store.is_empty() && self.certificate_refresh.is_none() {
            return Err(Error::config(
                "no WeChat Pay public key or platform certificate: answers cannot be verified; configure the WeChat Pay public key (PUB_KEY_ID_…) or a platform certificate",
            ));
        }
        let base = reqwest::Url::parse(&self.base_url)
            .map_err(|e| Error::config(format!("invalid base URL: {e}")))?;
        check_scheme(&base, self.allow_http)?;
        let backup = match self.backup_url {
            Some(b) => b,
            None if self.base_url == DEFAULT_BASE_URL => Some(BACKUP_BASE_URL.to_owned()),
            None => None,
        };
        if let Some(b) = &backup {
            let u = reqwest::Url::parse(b)
                .map_err(|e| Error::config(format!("invalid backup URL: {e}")))?;
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
        let user_agent =
            HeaderValue::from_str(&user_agent).map_err(|_| Error::config("invalid user agent"))?;
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
                certificates: self
                    .certificate_refresh
                    .map(|i| certificates::Refresher::new(i, !self.managed_refresh)),
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
        _ if value.is_empty() => Err(Error::config(format!("`{what}` is empty"))),
        Some(b) => Err(Error::config(format!(
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
        s => Err(Error::config(format!(
            "base URL scheme `{s}` refused: use https (http is allowed only for loopback or with `allow_insecure_http`)"
        ))),
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
                .ok_or_else(|| Error::config(format!("environment variable `{name}` is not set")))
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
                return Err(Error::config(
                    "`WXPAY_PUBLIC_KEY` is set but `WXPAY_PUBLIC_KEY_ID` is not",
                ));
            }
            (None, Some(_)) => {
                return Err(Error::config(
                    "`WXPAY_PUBLIC_KEY_ID` is set but `WXPAY_PUBLIC_KEY` is not",
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
}
