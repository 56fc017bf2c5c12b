//! Many merchants in one service: [`Merchants`], a registry of clients that share one
//! connection pool and one certificate refresher, changed while calls are in flight.
//!
//! ```no_run
//! # async fn run(pem_a: &str, pub_a: &str, pem_b: &str, pub_b: &str) -> Result<(), wxpay_core::Error> {
//! use wxpay_core::registry::{MerchantCredentials, Merchants};
//!
//! let merchants = Merchants::builder().build()?;
//! merchants.insert(
//!     MerchantCredentials::new("1900000001", "SERIAL-A", pem_a)
//!         .wechatpay_public_key("PUB_KEY_ID_A", pub_a)
//!         .apiv3_key("an APIv3 key of 32 bytes........"),
//! )?;
//! merchants.insert(
//!     MerchantCredentials::new("1900000002", "SERIAL-B", pem_b)
//!         .wechatpay_public_key("PUB_KEY_ID_B", pub_b)
//!         .apiv3_key("another APIv3 key of 32 bytes..."),
//! )?;
//! let client = merchants.client("1900000002")?;   // a cheap snapshot: send with it
//! # let _ = client; Ok(()) }
//! ```
//!
//! **Reads take no lock.** The merchant table is an immutable map behind an atomic pointer
//! (`arc-swap`), replaced as a whole when a merchant is added or removed; each merchant's
//! current [`Client`] sits in its own atomic pointer. [`Merchants::client`] returns a clone
//! of it: a call in flight keeps the key it was signed with while [`Merchants::insert`]
//! rotates the merchant's keys for the calls that follow. Writers take a mutex among
//! themselves only.

mod refresh;
mod source;

pub use source::{BoxFuture, CredentialSource, DirSource, EnvSource, MerchantCredentials};

use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicBool, AtomicI64};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use arc_swap::ArcSwap;
use http::HeaderMap;

use crate::client::{Client, RetryPolicy};
use crate::clock::{Clock, SystemClock};
use crate::transport::{ReqwestTransport, Transport};
use crate::verifier::headers;
use crate::{DEFAULT_BASE_URL, Error, VerifyError};

/// Default interval of the certificate refresher (each merchant in certificate mode).
pub const DEFAULT_CERTIFICATE_REFRESH: Duration = Duration::from_secs(12 * 3600);

/// A registry of merchants: add, rotate and remove them while calls are in flight, pick one
/// per call, route notifications to the right one. Cheap to clone (shared), `Send + Sync`.
///
/// Every client it builds shares one [`Transport`] (one connection pool) and, in certificate
/// mode, one background refresher that spreads the merchants' refreshes over the interval.
#[derive(Clone)]
pub struct Merchants {
    shared: Arc<Shared>,
}

struct Shared {
    table: ArcSwap<Table>,
    /// Serializes writers; readers never take it.
    write: Mutex<()>,
    template: Template,
    source: Option<Arc<dyn CredentialSource>>,
    /// One lock per merchant id being loaded from the source (single flight).
    loading: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    refresh: refresh::Settings,
    refresher_started: AtomicBool,
}

/// What every client of the registry shares.
struct Template {
    base_url: String,
    backup_url: Option<Option<String>>,
    transport: Arc<dyn Transport>,
    retry: RetryPolicy,
    user_agent: Option<String>,
    clock: Arc<dyn Clock>,
    allow_http: bool,
    max_response_bytes: Option<usize>,
}

/// One immutable version of the registry's indexes.
#[derive(Default, Clone)]
struct Table {
    merchants: HashMap<Arc<str>, Arc<Entry>>,
    /// WeChat Pay key serial (public-key id or certificate serial) → the merchants holding it.
    serials: HashMap<String, Vec<Arc<str>>>,
    /// `sub_mchid` → its service provider's merchant id.
    subs: HashMap<String, Arc<str>>,
}

struct Entry {
    mchid: Arc<str>,
    current: ArcSwap<Version>,
    /// Unix time of the next certificate refresh (certificate mode).
    next_refresh: AtomicI64,
    refreshing: AtomicBool,
}

/// What one `insert` made: the client and what it was indexed under.
struct Version {
    client: Client,
    serials: Vec<String>,
    sub_merchants: Vec<String>,
}

impl fmt::Debug for Merchants {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Merchants")
            .field("merchants", &self.len())
            .field("base_url", &self.shared.template.base_url)
            .finish_non_exhaustive()
    }
}

/// Configures a [`Merchants`] registry: what its merchants share.
#[must_use]
pub struct MerchantsBuilder {
    base_url: String,
    backup_url: Option<Option<String>>,
    http: Option<reqwest::Client>,
    transport: Option<Arc<dyn Transport>>,
    connect_timeout: Duration,
    timeout: Duration,
    retry: RetryPolicy,
    user_agent: Option<String>,
    clock: Arc<dyn Clock>,
    allow_http: bool,
    max_response_bytes: Option<usize>,
    source: Option<Arc<dyn CredentialSource>>,
    refresh: refresh::Settings,
}

impl fmt::Debug for MerchantsBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MerchantsBuilder")
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}

impl MerchantsBuilder {
    /// The API base URL of every merchant (default `https://api.mch.weixin.qq.com`).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into().trim_end_matches('/').to_owned();
        self
    }

    /// The backup base URL (see [`crate::ClientBuilder::backup_base_url`]).
    pub fn backup_base_url(mut self, url: Option<String>) -> Self {
        self.backup_url = Some(url);
        self
    }

    /// The reqwest client whose connection pool every merchant shares.
    pub fn http_client(mut self, c: reqwest::Client) -> Self {
        self.http = Some(c);
        self
    }

    /// A transport every merchant shares, instead of reqwest (tests).
    pub fn transport(mut self, t: Arc<dyn Transport>) -> Self {
        self.transport = Some(t);
        self
    }

    /// Connect timeout of the shared default transport (default 5 s).
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.connect_timeout = d;
        self
    }

    /// Total timeout of one attempt, for the shared default transport (default 30 s).
    pub fn timeout(mut self, d: Duration) -> Self {
        self.timeout = d;
        self
    }

    /// The retry policy of every merchant.
    pub fn retry_policy(mut self, p: RetryPolicy) -> Self {
        self.retry = p;
        self
    }

    /// The `User-Agent`.
    pub fn user_agent(mut self, ua: impl Into<String>) -> Self {
        self.user_agent = Some(ua.into());
        self
    }

    /// Replaces the clock (tests).
    pub fn clock(mut self, c: Arc<dyn Clock>) -> Self {
        self.clock = c;
        self
    }

    /// Allows `http://` base URLs off the loopback interface (never in production).
    pub fn allow_insecure_http(mut self, yes: bool) -> Self {
        self.allow_http = yes;
        self
    }

    /// Largest accepted response body.
    pub fn max_response_bytes(mut self, n: usize) -> Self {
        self.max_response_bytes = Some(n);
        self
    }

    /// Where merchants not added yet are looked up on first use ([`Merchants::load`],
    /// notification routing by path).
    pub fn source(mut self, source: impl CredentialSource) -> Self {
        self.source = Some(Arc::new(source));
        self
    }

    /// How often each merchant in certificate mode refreshes its platform certificates
    /// (default 12 h). Merchants are spread over the interval, not refreshed all at once.
    pub fn certificate_refresh(mut self, interval: Duration) -> Self {
        self.refresh.interval = interval.max(Duration::from_secs(1));
        self
    }

    /// The longest one merchant's refresh may take before it is abandoned (default 30 s):
    /// a hanging refresh holds up no other merchant's either way.
    pub fn certificate_refresh_timeout(mut self, d: Duration) -> Self {
        self.refresh.timeout = d;
        self
    }

    /// How long a failed refresh waits before it is tried again (default 5 min, at most the
    /// interval).
    pub fn certificate_retry_after(mut self, d: Duration) -> Self {
        self.refresh.retry_after = d;
        self
    }

    /// Builds the registry (empty; add merchants with [`Merchants::insert`] or give a source).
    pub fn build(self) -> Result<Merchants, Error> {
        let transport: Arc<dyn Transport> = match (self.transport, self.http) {
            (Some(t), _) => t,
            (None, Some(c)) => Arc::new(ReqwestTransport::new(c)),
            (None, None) => Arc::new(ReqwestTransport::with_timeouts(
                self.connect_timeout,
                self.timeout,
            )?),
        };
        Ok(Merchants {
            shared: Arc::new(Shared {
                table: ArcSwap::from_pointee(Table::default()),
                write: Mutex::new(()),
                template: Template {
                    base_url: self.base_url,
                    backup_url: self.backup_url,
                    transport,
                    retry: self.retry,
                    user_agent: self.user_agent,
                    clock: self.clock,
                    allow_http: self.allow_http,
                    max_response_bytes: self.max_response_bytes,
                },
                source: self.source,
                loading: Mutex::new(HashMap::new()),
                refresh: self.refresh,
                refresher_started: AtomicBool::new(false),
            }),
        })
    }
}

impl Merchants {
    /// Starts configuring a registry.
    pub fn builder() -> MerchantsBuilder {
        MerchantsBuilder {
            base_url: DEFAULT_BASE_URL.to_owned(),
            backup_url: None,
            http: None,
            transport: None,
            connect_timeout: Duration::from_secs(5),
            timeout: Duration::from_secs(30),
            retry: RetryPolicy::default(),
            user_agent: None,
            clock: Arc::new(SystemClock),
            allow_http: false,
            max_response_bytes: None,
            source: None,
            refresh: refresh::Settings::default(),
        }
    }

    /// Adds a merchant, or replaces the credentials of one already held (key rotation: new
    /// private key and serial, WeChat Pay public key or APIv3 key). Returns its new client.
    ///
    /// Keys are parsed here, so a bad key is refused and the previous credentials stay. Calls
    /// already in flight finish with the client they started with.
    pub fn insert(&self, creds: MerchantCredentials) -> Result<Client, Error> {
        let (client, sub_merchants) = self.build_client(creds)?;
        self.install(client.clone(), sub_merchants);
        Ok(client)
    }

    fn build_client(&self, creds: MerchantCredentials) -> Result<(Client, Vec<String>), Error> {
        let t = &self.shared.template;
        let mut b = creds
            .builder
            .base_url(t.base_url.clone())
            .transport(t.transport.clone())
            .retry_policy(t.retry.clone())
            .clock(t.clock.clone())
            .allow_insecure_http(t.allow_http);
        if let Some(u) = &t.backup_url {
            b = b.backup_base_url(u.clone());
        }
        if let Some(ua) = &t.user_agent {
            b = b.user_agent(ua.clone());
        }
        if let Some(n) = t.max_response_bytes {
            b = b.max_response_bytes(n);
        }
        if creds.certificates_auto {
            b = b.managed_certificate_refresh(self.shared.refresh.interval);
        }
        Ok((b.build()?, creds.sub_merchants))
    }

    /// Adds or replaces many merchants with one change of the table: the table is copied on
    /// each change, so adding thousands at start-up one by one costs O(n²), this O(n).
    /// Either all are added or, when one's credentials are refused, none is.
    pub fn insert_all<I>(&self, creds: I) -> Result<usize, Error>
    where
        I: IntoIterator<Item = MerchantCredentials>,
    {
        let built = creds
            .into_iter()
            .map(|c| self.build_client(c))
            .collect::<Result<Vec<_>, Error>>()?;
        let n = built.len();
        self.install_all(built);
        Ok(n)
    }

    fn install(&self, client: Client, sub_merchants: Vec<String>) {
        self.install_all(vec![(client, sub_merchants)]);
    }

    fn install_all(&self, built: Vec<(Client, Vec<String>)>) {
        let mut certificate_mode = false;
        let _w = self.lock_writers();
        let mut table = Table::clone(&self.shared.table.load());
        let now = self.shared.template.clock.now();
        for (client, sub_merchants) in built {
            certificate_mode |= client.downloads_certificates();
            let mchid: Arc<str> = Arc::from(client.signer().id());
            let version = Arc::new(Version {
                serials: client.key_serials(),
                client,
                sub_merchants,
            });
            match table.merchants.get(&mchid).cloned() {
                Some(entry) => {
                    unindex(&mut table, &entry.current.load(), &mchid);
                    entry.current.store(version.clone());
                }
                None => {
                    let entry = Arc::new(Entry {
                        mchid: mchid.clone(),
                        current: ArcSwap::new(version.clone()),
                        next_refresh: AtomicI64::new(refresh::first_due(
                            &mchid,
                            now,
                            self.shared.refresh.interval,
                        )),
                        refreshing: AtomicBool::new(false),
                    });
                    table.merchants.insert(mchid.clone(), entry);
                }
            }
            index(&mut table, &version, &mchid);
        }
        self.shared.table.store(Arc::new(table));
        if certificate_mode {
            refresh::start(&self.shared);
        }
    }

    /// Indexes the serials a merchant's client holds now (after a certificate refresh).
    fn reindex(&self, mchid: &str) {
        let _w = self.lock_writers();
        let old = self.shared.table.load_full();
        let Some(entry) = old.merchants.get(mchid) else {
            return;
        };
        let current = entry.current.load_full();
        let serials = current.client.key_serials();
        if serials == current.serials {
            return;
        }
        let version = Arc::new(Version {
            client: current.client.clone(),
            serials,
            sub_merchants: current.sub_merchants.clone(),
        });
        let mut table = Table::clone(&old);
        unindex(&mut table, &current, &entry.mchid);
        index(&mut table, &version, &entry.mchid);
        entry.current.store(version);
        self.shared.table.store(Arc::new(table));
    }

    /// Indexes the certificates that certificate-mode clients hold but the index lacks.
    fn index_downloaded_certificates(&self) {
        let table = self.shared.table.load_full();
        for e in table.merchants.values() {
            let v = e.current.load();
            if v.client.downloads_certificates() && v.client.key_serials() != v.serials {
                self.reindex(&e.mchid);
            }
        }
    }

    /// Removes a merchant; calls in flight finish. Returns whether it was held.
    pub fn remove(&self, mchid: &str) -> bool {
        let _w = self.lock_writers();
        let old = self.shared.table.load_full();
        let Some(entry) = old.merchants.get(mchid) else {
            return false;
        };
        let mut table = Table::clone(&old);
        unindex(&mut table, &entry.current.load(), &entry.mchid);
        table.merchants.remove(mchid);
        self.shared.table.store(Arc::new(table));
        true
    }

    fn lock_writers(&self) -> std::sync::MutexGuard<'_, ()> {
        // The guarded data is `()`: a panic elsewhere cannot leave it inconsistent.
        self.shared
            .write
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The client of `mchid`, if held: a snapshot (cheap clone) to send with. Takes no lock.
    pub fn client(&self, mchid: &str) -> Result<Client, Error> {
        self.get(mchid).ok_or_else(|| {
            Error::unknown_merchant(format!("merchant `{}` is not registered", short(mchid)))
        })
    }

    /// [`Merchants::client`] as an `Option`.
    pub fn get(&self, mchid: &str) -> Option<Client> {
        let table = self.shared.table.load();
        table
            .merchants
            .get(mchid)
            .map(|e| e.current.load().client.clone())
    }

    /// The client of `mchid`, loaded from the registry's [`CredentialSource`] on first use.
    /// Concurrent first uses of one id wait for one load; a merchant already held is
    /// returned at once, without the source.
    pub async fn load(&self, mchid: &str) -> Result<Client, Error> {
        if let Some(c) = self.get(mchid) {
            return Ok(c);
        }
        let Some(source) = self.shared.source.clone() else {
            return self.client(mchid);
        };
        let gate = {
            let mut loading = self
                .shared
                .loading
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            loading.entry(mchid.to_owned()).or_default().clone()
        };
        // Removes the gate when the last waiter leaves, also when a waiter's future is dropped
        // mid-load (a timeout, a closed connection): otherwise the map would keep it for ever.
        struct Leave<'a> {
            shared: &'a Shared,
            mchid: &'a str,
            gate: Option<Arc<tokio::sync::Mutex<()>>>,
        }
        impl Drop for Leave<'_> {
            fn drop(&mut self) {
                let mut loading = self
                    .shared
                    .loading
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                // The map holds one reference, each waiter another; each waiter lets go of its
                // own under the map's lock, so the last one out always sees itself alone.
                if let Some(gate) = self.gate.take() {
                    let last = Arc::strong_count(&gate) <= 2;
                    drop(gate);
                    if last {
                        loading.remove(self.mchid);
                    }
                }
            }
        }
        let leave = Leave {
            shared: &self.shared,
            mchid,
            gate: Some(gate),
        };
        let result = async {
            let Some(gate) = leave.gate.as_ref() else {
                return Err(Error::config("credential loading gate missing"));
            };
            let _one = gate.lock().await;
            if let Some(c) = self.get(mchid) {
                return Ok(c);
            }
            match source.load(mchid).await? {
                Some(creds) if creds.mchid() == mchid => self.insert(creds),
                Some(creds) => Err(Error::config(format!(
                    "the credential source answered merchant `{}` for `{}`",
                    short(creds.mchid()),
                    short(mchid)
                ))),
                None => Err(Error::unknown_merchant(format!(
                    "merchant `{}` is not registered and the credential source does not know it",
                    short(mchid)
                ))),
            }
        }
        .await;
        drop(leave);
        result
    }

    /// The client of the service provider (服务商) that serves `sub_mchid` (declared with
    /// [`MerchantCredentials::sub_merchants`]). Requests still name `sub_mchid` themselves.
    pub fn sub_merchant(&self, sub_mchid: &str) -> Result<Client, Error> {
        let table = self.shared.table.load();
        let partner = table.subs.get(sub_mchid).ok_or_else(|| {
            Error::unknown_merchant(format!(
                "no registered service provider serves sub-merchant `{}`",
                short(sub_mchid)
            ))
        })?;
        self.client(partner)
    }

    /// Whether `mchid` is held.
    pub fn contains(&self, mchid: &str) -> bool {
        self.shared.table.load().merchants.contains_key(mchid)
    }

    /// How many merchants are held.
    pub fn len(&self) -> usize {
        self.shared.table.load().merchants.len()
    }

    /// Whether no merchant is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The merchant ids held, in no particular order.
    pub fn mchids(&self) -> Vec<String> {
        self.shared
            .table
            .load()
            .merchants
            .keys()
            .map(|k| k.to_string())
            .collect()
    }

    /// The merchants holding the WeChat Pay key `serial` (public-key id or certificate serial).
    pub fn merchants_for_serial(&self, serial: &str) -> Vec<String> {
        self.shared
            .table
            .load()
            .serials
            .get(serial)
            .map(|v| v.iter().map(|m| m.to_string()).collect())
            .unwrap_or_default()
    }

    /// The client whose keys verify a notification with these headers: the merchant that holds
    /// the key named by `Wechatpay-Serial`; when several hold it (shared serials) or none
    /// does, the merchant named in the URL path (`path_mchid`, loaded from the source if
    /// needed).
    ///
    /// Refused: a serial of merchant A on merchant B's path ([`VerifyError::MerchantMismatch`],
    /// answered 401), a serial no merchant holds without a path merchant
    /// ([`crate::ErrorKind::UnknownMerchant`], answered 404), a shared serial without a path
    /// merchant among its holders. WeChat Pay delivers a refused notification again.
    pub async fn notification_client(
        &self,
        headers: &HeaderMap,
        path_mchid: Option<&str>,
    ) -> Result<Client, Error> {
        let serial = headers
            .get(headers::SERIAL)
            .and_then(|v| v.to_str().ok())
            .filter(|s| !s.is_empty())
            .ok_or(VerifyError::MissingHeader("Wechatpay-Serial"))?;
        let mut holders = self.merchants_for_serial(serial);
        if holders.is_empty() {
            // Perhaps a certificate a client downloaded on its own (first use, or an answer
            // naming a new serial) since the refresher last indexed it.
            self.index_downloaded_certificates();
            holders = self.merchants_for_serial(serial);
        }
        match (holders.as_slice(), path_mchid) {
            ([one], None) => self.client(one),
            ([one], Some(path)) if one == path => self.client(one),
            ([one], Some(path)) => Err(VerifyError::MerchantMismatch {
                signer: one.clone(),
                path: short(path),
            }
            .into()),
            ([], None) => Err(Error::unknown_merchant(format!(
                "no registered merchant holds the WeChat Pay key `{}`; add the merchant, or route its notifications to a path naming it",
                short(serial)
            ))),
            // Unknown serial with a path: the path merchant's keys decide (perhaps a
            // certificate it downloaded after it was indexed).
            ([], Some(path)) => self.load(path).await,
            (_, Some(path)) if holders.iter().any(|h| h == path) => self.client(path),
            (_, Some(path)) => Err(VerifyError::MerchantMismatch {
                signer: holders.join(","),
                path: short(path),
            }
            .into()),
            (_, None) => Err(Error::unknown_merchant(format!(
                "the WeChat Pay key `{}` is shared by {} merchants; route their notifications to a path naming the merchant",
                short(serial),
                holders.len()
            ))),
        }
    }

    /// Verifies, decrypts and decodes a notification with the keys of the merchant it is
    /// routed to ([`Merchants::notification_client`]); [`crate::Notification::merchant`]
    /// names that merchant.
    pub async fn parse_notification<T: serde::de::DeserializeOwned>(
        &self,
        headers: &HeaderMap,
        body: &[u8],
        path_mchid: Option<&str>,
    ) -> Result<crate::Notification<T>, Error> {
        let client = self.notification_client(headers, path_mchid).await?;
        client.notifications()?.parse(headers, body)
    }
}

fn index(table: &mut Table, v: &Version, mchid: &Arc<str>) {
    for s in &v.serials {
        let holders = table.serials.entry(s.clone()).or_default();
        if !holders.contains(mchid) {
            holders.push(mchid.clone());
        }
    }
    for sub in &v.sub_merchants {
        table.subs.insert(sub.clone(), mchid.clone());
    }
}

fn unindex(table: &mut Table, v: &Version, mchid: &str) {
    for s in &v.serials {
        if let Some(holders) = table.serials.get_mut(s) {
            holders.retain(|h| &**h != mchid);
            if holders.is_empty() {
                table.serials.remove(s);
            }
        }
    }
    for sub in &v.sub_merchants {
        if table.subs.get(sub).is_some_and(|p| &**p == mchid) {
            table.subs.remove(sub);
        }
    }
}

/// Keeps a peer-supplied id short in messages.
fn short(s: &str) -> String {
    s.chars().take(64).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gates(m: &Merchants) -> usize {
        m.shared
            .loading
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .len()
    }

    #[tokio::test]
    async fn a_load_given_up_half_way_leaves_no_gate_behind() {
        let never = Merchants::builder()
            .source(|_mchid: String| {
                std::future::pending::<Result<Option<MerchantCredentials>, Error>>()
            })
            .build()
            .unwrap();
        let waiters = (0..3)
            .map(|_| tokio::time::timeout(Duration::from_millis(20), never.load("1900000001")));
        for timed_out in futures_util::future::join_all(waiters).await {
            assert!(timed_out.is_err());
        }
        assert_eq!(gates(&never), 0);

        let unknown = Merchants::builder()
            .source(|_mchid: String| async { Ok::<_, Error>(None) })
            .build()
            .unwrap();
        let loads = (0..8).map(|_| unknown.load("1900000002"));
        for result in futures_util::future::join_all(loads).await {
            assert!(result.unwrap_err().is_unknown_merchant());
        }
        assert_eq!(gates(&unknown), 0);
    }
}
