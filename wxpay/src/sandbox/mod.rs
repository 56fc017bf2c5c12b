//! An in-process WeChat Pay emulator on 127.0.0.1, for tests, examples and the quickstart.
//!
//! It checks every request's `Authorization` as WeChat Pay does (scheme, `mchid`, `serial_no`,
//! the 5-minute window and the RSA signature over `METHOD\nURL\ntimestamp\nnonce\nbody\n`,
//! answering `401 SIGN_ERROR` on any mismatch), signs every answer (errors and 204s too) with
//! its own "WeChat Pay" key, keeps state for the endpoints it implements, and injects faults
//! on request. Every statefully emulated endpoint is one entry of the routing table in
//! `routes.rs`; every other operation of the catalog is checked against the generator's data
//! (`400 PARAM_ERROR` naming the field as a JSON pointer) and answered with its example answer
//! (`generic.rs`); any other request is answered `404 SANDBOX_NOT_EMULATED`.
//!
//! Besides its fixed merchant ([`credentials`]) it hosts any number of others, each with its
//! own API key and serial, WeChat Pay public key and APIv3 key, rotated on request
//! ([`Sandbox::add_merchant`], [`Sandbox::rotate_merchant`]): requests are checked against the
//! key of the merchant they name, answers and notifications signed with that merchant's keys.
//!
//! It also plays the payer's side: [`Sandbox::trigger`] pays an order, completes a refund or a
//! transfer as the WeChat app and WeChat Pay's back office would, and posts the signed,
//! encrypted notification to the `notify_url`, again and again on WeChat Pay's
//! [`RETRY_SCHEDULE`] until it is acknowledged, with a log ([`Sandbox::deliveries`]). The
//! standalone server offers the same as admin routes (`POST /sandbox/v1/trigger/…`).
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use wxpay::marketing::busifavor::DeactivateCoupon;
//! let sandbox = wxpay::sandbox::Sandbox::start().await?;
//! let client = sandbox.client();
//! let answer = client
//!     .send(&DeactivateCoupon::new(
//!         "sxxe34343434",
//!         "1234567891",
//!         "1002600620019090123143254436",
//!     ))
//!     .await?;
//! println!("{}", answer.wechatpay_deactivate_time);
//! # Ok(()) }
//! ```

mod answer;
mod catalog;
mod delivery;
mod files;
mod generic;
mod merchants;
mod payer;
mod routes;
mod server;

pub use delivery::{ANSWER_TIMEOUT, Attempt, Delivery, DeliveryState, RETRY_SCHEDULE};
pub use payer::{Trigger, TriggerError, Triggered};

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use wxpay_core::{Client, ClientBuilder, MerchantKey, PublicKey};

/// The sandbox's fixed test credentials. Public: never use them outside tests.
pub mod credentials {
    /// Merchant id (`WXPAY_MCHID`).
    pub const MCHID: &str = "1900000001";
    /// Brand id accepted by the Brand API scheme.
    pub const BRAND_ID: &str = "1004";
    /// Merchant API certificate serial (`WXPAY_MCH_SERIAL`).
    pub const MCH_SERIAL: &str = "7E2F5B1C0A9D8E3F4A6B2C1D0E9F8A7B6C5D4E3F";
    /// WeChat Pay public key id (`WXPAY_PUBLIC_KEY_ID`).
    pub const PUBLIC_KEY_ID: &str = "PUB_KEY_ID_0119000000012025112200000000";
    /// APIv3 key (`WXPAY_APIV3_KEY`).
    pub const APIV3_KEY: &str = "wxpaySandboxApiV3Key000000000000";
    /// The merchant private key (`WXPAY_PRIVATE_KEY`).
    pub const MERCHANT_KEY_PEM: &str = include_str!("keys/merchant_key.pem");
    /// The WeChat Pay public key (`WXPAY_PUBLIC_KEY`).
    pub const WECHATPAY_PUBLIC_KEY_PEM: &str = include_str!("keys/wechatpay_pub.pem");
    /// Serial of the sandbox's platform certificate (certificate mode).
    pub const PLATFORM_CERT_SERIAL: &str = "45A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3";
    /// The sandbox's platform certificate (`WXPAY_PLATFORM_CERT`).
    pub const PLATFORM_CERT_PEM: &str = include_str!("keys/platform_cert.pem");
    /// The same key in a certificate that expired in 2020.
    pub const PLATFORM_CERT_EXPIRED_PEM: &str = include_str!("keys/platform_cert_expired.pem");
    pub(crate) const PLATFORM_KEY_PEM: &str = include_str!("keys/platform_key.pem");
    pub(crate) const WECHATPAY_KEY_PEM: &str = include_str!("keys/wechatpay_key.pem");
    pub(crate) const ATTACKER_KEY_PEM: &str = include_str!("keys/attacker_key.pem");
}

/// A fault the sandbox injects into matching requests (after checking their signature).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// `500 SYSTEM_ERROR`, signed; nothing is done.
    SystemError,
    /// `429 FREQUENCY_LIMITED`, signed; nothing is done.
    TooManyRequests,
    /// The request is processed, then the answer is delayed.
    Delay(Duration),
    /// The connection is closed after reading the request, before processing it.
    DropBeforeProcessing,
    /// The request is processed (its side effect happens), then the connection is closed.
    DropAfterProcessing,
    /// The answer is signed with a key that is not WeChat Pay's.
    WrongSignature,
    /// The answer carries no signature headers.
    MissingSignature,
    /// The answer is a `WECHATPAY/SIGNTEST/` probe.
    SignTest,
    /// The answer is signed with a timestamp 10 minutes old.
    StaleTimestamp,
    /// The body is changed after signing.
    TamperedBody,
    /// A downloaded bill file has one byte changed (its digest no longer matches).
    CorruptFile,
    /// `401 SIGN_ERROR` with WeChat Pay's echo of what it checked (`detail.sign_information`:
    /// method, URL, the start of the message and its length), rebuilt from the request as
    /// received; nothing is done. Also fires on a request whose signature did not verify.
    SignError,
}

#[derive(Debug)]
struct FaultRule {
    path_contains: String,
    fault: Fault,
    remaining: Option<u32>,
    /// Fires on every `every`-th matching request (1 = each); the others fall through.
    every: u32,
    seen: u32,
}

/// Business state of the emulated endpoints.
#[derive(Debug, Default)]
pub(crate) struct Business {
    /// user_card_code → card.
    pub(crate) cards: HashMap<String, catalog::seeds::Card>,
    /// (card_id, code) of membercard-open codes made unavailable.
    pub(crate) unavailable: HashMap<(String, String), i64>,
    /// deactivate_request_no → (stock_id, coupon_code, time).
    pub(crate) deactivations: HashMap<String, (String, String, String)>,
    /// (stock_id, coupon_code) → deactivate_request_no.
    pub(crate) deactivated: HashMap<(String, String), String>,
}

/// What kind of merchant the sandbox emulates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SandboxOptions {
    /// The merchant has a WeChat Pay public key (`PUB_KEY_ID_…`); answers are signed with it
    /// unless the request's `Wechatpay-Serial` names the platform certificate.
    pub public_key: bool,
    /// The merchant has a platform certificate: `GET /v3/certificates` serves it (else `404
    /// RESOURCE_NOT_EXISTS`), and answers to requests naming its serial are signed with it.
    pub platform_certificate: bool,
    /// `GET /v3/certificates` also lists an expired certificate.
    pub serve_expired_certificate: bool,
}

impl Default for SandboxOptions {
    fn default() -> Self {
        Self {
            public_key: true,
            platform_certificate: true,
            serve_expired_certificate: false,
        }
    }
}

pub(crate) struct State {
    pub(crate) options: SandboxOptions,
    pub(crate) merchant_public: PublicKey,
    pub(crate) wechatpay_key: MerchantKey,
    pub(crate) platform_key: MerchantKey,
    pub(crate) attacker_key: MerchantKey,
    faults: Mutex<Vec<FaultRule>>,
    /// Lengths of paged lists set by [`Sandbox::set_list_length`]: path part, length.
    list_lengths: Mutex<Vec<(String, usize)>>,
    pub(crate) business: Mutex<Business>,
    /// Free-form state of the catalog areas' routes, keyed by `"<area>/<id>"`.
    pub(crate) store: Mutex<HashMap<String, serde_json::Value>>,
    pub(crate) requests: AtomicU64,
    pub(crate) rejected: AtomicU64,
    pub(crate) side_effects: AtomicU64,
    /// Notification deliveries (each attempt counts).
    pub(crate) notifications_sent: AtomicU64,
    /// The notification log, oldest first.
    pub(crate) deliveries: Mutex<Vec<Delivery>>,
    /// What each logged notification posts, for forced re-deliveries.
    pub(crate) outgoing: Mutex<HashMap<String, delivery::Outgoing>>,
    /// The factor applied to the retry schedule, as `f64` bits.
    time_scale: AtomicU64,
    /// The runtime the sandbox was started on: deliveries run there.
    pub(crate) runtime: tokio::runtime::Handle,
    /// Set when the sandbox is dropped: pending deliveries stop.
    pub(crate) closed: tokio::sync::watch::Sender<bool>,
    /// The sandbox's own `Arc`, for work that outlives a request (deliveries).
    pub(crate) me: Weak<State>,
    /// The merchants hosted besides the fixed one ([`Sandbox::add_merchant`]).
    pub(crate) hosted: merchants::Registry,
    /// Requests refused because their key had been rotated out before they were signed.
    pub(crate) revoked_key_requests: AtomicU64,
}

impl State {
    pub(crate) fn time_scale(&self) -> f64 {
        f64::from_bits(self.time_scale.load(Ordering::Relaxed))
    }

    pub(crate) fn set_time_scale(&self, factor: f64) {
        let f = if factor.is_finite() && factor > 0.0 {
            factor
        } else {
            0.0
        };
        self.time_scale.store(f.to_bits(), Ordering::Relaxed);
    }

    /// The number of items of the paged list at `path`: the last length set for a part of it,
    /// else [`generic::LIST_LENGTH`].
    pub(crate) fn list_length(&self, path: &str) -> usize {
        self.list_lengths
            .lock()
            .ok()
            .and_then(|l| {
                l.iter()
                    .rev()
                    .find(|(part, _)| path.contains(part.as_str()))
                    .map(|(_, n)| *n)
            })
            .unwrap_or(generic::LIST_LENGTH)
    }

    fn take_fault(&self, path: &str) -> Option<Fault> {
        let mut rules = self.faults.lock().ok()?;
        // Each matching rule counts the request; the first one due fires.
        let idx = rules.iter_mut().position(|r| {
            if !path.contains(&r.path_contains) {
                return false;
            }
            r.seen = r.seen.wrapping_add(1);
            r.seen % r.every.max(1) == 0
        })?;
        let rule = rules.get_mut(idx)?;
        let fault = rule.fault.clone();
        match &mut rule.remaining {
            Some(0) => {
                rules.remove(idx);
                return None;
            }
            Some(n) => {
                *n -= 1;
                if *n == 0 {
                    rules.remove(idx);
                }
            }
            None => {}
        }
        Some(fault)
    }
}

/// A running sandbox. Stops when dropped.
pub struct Sandbox {
    addr: SocketAddr,
    state: Arc<State>,
    _shutdown: tokio::sync::oneshot::Sender<()>,
}

impl std::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sandbox")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

/// Why the sandbox could not start.
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    /// Binding the socket failed.
    #[error("cannot bind the sandbox: {0}")]
    Io(#[from] std::io::Error),
    /// A built-in key failed to load (a bug).
    #[error("sandbox key: {0}")]
    Key(#[from] wxpay_core::KeyError),
}

impl Sandbox {
    /// Starts a sandbox on `127.0.0.1` with a free port, on the current tokio runtime.
    pub async fn start() -> Result<Sandbox, SandboxError> {
        Self::bind(SocketAddr::from(([127, 0, 0, 1], 0))).await
    }

    /// Starts a sandbox on the given address.
    pub async fn bind(addr: SocketAddr) -> Result<Sandbox, SandboxError> {
        Self::bind_with(addr, SandboxOptions::default()).await
    }

    /// Starts a sandbox on `127.0.0.1` emulating the given kind of merchant.
    pub async fn start_with(options: SandboxOptions) -> Result<Sandbox, SandboxError> {
        Self::bind_with(SocketAddr::from(([127, 0, 0, 1], 0)), options).await
    }

    /// Starts a sandbox on the given address with the given options.
    pub async fn bind_with(
        addr: SocketAddr,
        options: SandboxOptions,
    ) -> Result<Sandbox, SandboxError> {
        let merchant = MerchantKey::from_pem(credentials::MERCHANT_KEY_PEM)?;
        let keys = (
            MerchantKey::from_pem(credentials::PLATFORM_KEY_PEM)?,
            MerchantKey::from_pem(credentials::WECHATPAY_KEY_PEM)?,
            MerchantKey::from_pem(credentials::ATTACKER_KEY_PEM)?,
        );
        let (platform_key, wechatpay_key, attacker_key) = keys;
        let state = Arc::new_cyclic(|me| State {
            options,
            platform_key,
            merchant_public: merchant.public_key(),
            wechatpay_key,
            attacker_key,
            faults: Mutex::new(Vec::new()),
            list_lengths: Mutex::new(Vec::new()),
            business: Mutex::new(Business::default()),
            store: Mutex::new(HashMap::new()),
            requests: AtomicU64::new(0),
            rejected: AtomicU64::new(0),
            side_effects: AtomicU64::new(0),
            notifications_sent: AtomicU64::new(0),
            deliveries: Mutex::new(Vec::new()),
            outgoing: Mutex::new(HashMap::new()),
            time_scale: AtomicU64::new(1f64.to_bits()),
            runtime: tokio::runtime::Handle::current(),
            closed: tokio::sync::watch::channel(false).0,
            me: me.clone(),
            hosted: merchants::Registry::default(),
            revoked_key_requests: AtomicU64::new(0),
        });
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let (tx, rx) = tokio::sync::oneshot::channel();
        tokio::spawn(server::serve(listener, state.clone(), rx));
        Ok(Sandbox {
            addr,
            state,
            _shutdown: tx,
        })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A client builder with the sandbox's credentials and URL (public-key mode); adjust and
    /// `build()`.
    pub fn client_builder(&self) -> ClientBuilder {
        self.client_builder_without_keys().wechatpay_public_key(
            credentials::PUBLIC_KEY_ID,
            credentials::WECHATPAY_PUBLIC_KEY_PEM,
        )
    }

    /// A client builder with the merchant credentials and URL but no WeChat Pay key: add a
    /// public key, a certificate or certificate mode.
    pub fn client_builder_without_keys(&self) -> ClientBuilder {
        Client::builder()
            .mchid(credentials::MCHID)
            .brand_id(credentials::BRAND_ID)
            .merchant_serial(credentials::MCH_SERIAL)
            .private_key_pem(credentials::MERCHANT_KEY_PEM)
            .apiv3_key(credentials::APIV3_KEY)
            .base_url(self.base_url())
    }

    /// A client for this sandbox.
    ///
    /// # Panics
    /// Never with the built-in keys; a failure would be a bug in the sandbox.
    #[allow(clippy::expect_used)]
    pub fn client(&self) -> Client {
        self.client_builder()
            .build()
            .expect("sandbox credentials are valid")
    }

    /// Injects `fault` into every request whose path contains `path_contains`.
    pub fn inject(&self, path_contains: &str, fault: Fault) {
        self.push_fault(path_contains, fault, None, 1);
    }

    /// Injects `fault` into the next `times` matching requests.
    pub fn inject_times(&self, path_contains: &str, fault: Fault, times: u32) {
        self.push_fault(path_contains, fault, Some(times), 1);
    }

    /// Injects `fault` into every `every`-th matching request, mixing faults with normal
    /// answers (load and fault tests); the requests in between fall through to later rules.
    pub fn inject_every(&self, path_contains: &str, fault: Fault, every: u32) {
        self.push_fault(path_contains, fault, None, every);
    }

    fn push_fault(&self, path_contains: &str, fault: Fault, remaining: Option<u32>, every: u32) {
        if let Ok(mut f) = self.state.faults.lock() {
            f.push(FaultRule {
                path_contains: path_contains.to_owned(),
                fault,
                remaining,
                every: every.max(1),
                seen: 0,
            });
        }
    }

    /// Sets the number of items of the paged lists whose path contains `path_contains` (23 by
    /// default). The sandbox answers a catalog list it does not otherwise emulate (one whose
    /// type implements [`crate::Paged`]) with the page its `offset`, token or page number and
    /// page size ask for (10 when unset) of a list of that many copies of the description's
    /// example item, with the total, offset, page size and count set to match where the
    /// answer has them.
    pub fn set_list_length(&self, path_contains: &str, length: usize) {
        if let Ok(mut l) = self.state.list_lengths.lock() {
            l.push((path_contains.to_owned(), length));
        }
    }

    /// Removes every injected fault.
    pub fn clear_faults(&self) {
        if let Ok(mut f) = self.state.faults.lock() {
            f.clear();
        }
    }

    /// Requests received (signed or not).
    pub fn requests(&self) -> u64 {
        self.state.requests.load(Ordering::Relaxed)
    }

    /// Requests refused with `401 SIGN_ERROR`.
    pub fn rejected_signatures(&self) -> u64 {
        self.state.rejected.load(Ordering::Relaxed)
    }

    /// Business side effects performed (a card invalidated, a coupon deactivated …).
    pub fn side_effects(&self) -> u64 {
        self.state.side_effects.load(Ordering::Relaxed)
    }

    /// The state of a brand member card (`EFFECTIVE`, `INVALID`), if the sandbox has seen it.
    pub fn user_card_state(&self, user_card_code: &str) -> Option<String> {
        let b = self.state.business.lock().ok()?;
        b.cards.get(user_card_code).map(|c| c.state.clone())
    }

    /// Whether a busifavor deactivation with this `deactivate_request_no` was performed.
    pub fn coupon_deactivation_done(&self, deactivate_request_no: &str) -> bool {
        self.state
            .business
            .lock()
            .is_ok_and(|b| b.deactivations.contains_key(deactivate_request_no))
    }
}

impl Sandbox {
    /// A notification as WeChat Pay would post it: `resource` encrypted with the APIv3 key and
    /// the whole body signed (with the public key, or the platform certificate when the sandbox
    /// has no public key). Returns the headers and the body.
    pub fn notification(
        &self,
        event_type: &str,
        resource: &serde_json::Value,
    ) -> (http::HeaderMap, Vec<u8>) {
        self.notification_at(
            event_type,
            resource,
            wxpay_core::Clock::now(&wxpay_core::SystemClock),
        )
    }

    /// [`Sandbox::notification`] with a chosen timestamp (replays, stale notifications).
    pub fn notification_at(
        &self,
        event_type: &str,
        resource: &serde_json::Value,
        timestamp: i64,
    ) -> (http::HeaderMap, Vec<u8>) {
        let body = delivery::body(&delivery::new_id(), event_type, resource, timestamp);
        let headers = delivery::headers(&self.state, &body, timestamp);
        (headers, body)
    }

    /// Posts a notification to the merchant's `notify_url` as WeChat Pay does and returns the
    /// HTTP status it answered (WeChat Pay counts 200 and 204 as received).
    pub async fn send_notification(
        &self,
        notify_url: &str,
        event_type: &str,
        resource: &serde_json::Value,
    ) -> Result<u16, String> {
        let (headers, body) = self.notification(event_type, resource);
        Self::deliver(notify_url, headers, body).await
    }

    /// Posts prepared notification bytes (from [`Sandbox::notification`], possibly altered) to
    /// `notify_url`; returns the HTTP status of the answer.
    pub async fn deliver(
        notify_url: &str,
        headers: http::HeaderMap,
        body: Vec<u8>,
    ) -> Result<u16, String> {
        post(notify_url, headers, body).await
    }
}

/// Several merchants: the sandbox hosts any number of merchants besides its fixed one, each
/// with its own API key and serial, WeChat Pay public key and id, and APIv3 key. It checks
/// each request against the key of the merchant its `Authorization` names, and signs answers
/// and notifications with that merchant's WeChat Pay key.
impl Sandbox {
    /// Hosts merchant `mchid` (an id other than [`credentials::MCHID`]) and returns its
    /// credentials for a [`wxpay_core::Merchants`] registry (public-key mode, APIv3 key set).
    /// Adding an id again starts it afresh.
    ///
    /// # Panics
    /// Never with the built-in key pool; a failure would be a bug in the sandbox.
    #[allow(clippy::expect_used)]
    pub fn add_merchant(&self, mchid: &str) -> wxpay_core::MerchantCredentials {
        self.state
            .hosted
            .add(mchid)
            .expect("the sandbox key pool is valid")
    }

    /// Rotates every key of hosted merchant `mchid` (API key and serial, WeChat Pay public key
    /// and id, APIv3 key) and returns the new credentials; `None` for a merchant not hosted.
    ///
    /// As at WeChat Pay, the previous keys stay valid for a while: requests signed with the
    /// previous API key are still accepted, and answers name the WeChat Pay key the request
    /// asked for. Keys two rotations old are refused for requests signed after this call.
    pub fn rotate_merchant(&self, mchid: &str) -> Option<wxpay_core::MerchantCredentials> {
        self.state
            .hosted
            .rotate(mchid, wxpay_core::Clock::now(&wxpay_core::SystemClock))
    }

    /// The current credentials of hosted merchant `mchid`.
    pub fn merchant_credentials(&self, mchid: &str) -> Option<wxpay_core::MerchantCredentials> {
        let hosted = self.state.hosted.get(mchid)?;
        let current = hosted.current()?;
        Some(current.credentials_for(mchid))
    }

    /// For each generation of hosted merchant `mchid`'s API key, oldest first: its serial and
    /// how many requests signed with it were accepted.
    pub fn merchant_requests(&self, mchid: &str) -> Vec<(String, u64)> {
        let Some(hosted) = self.state.hosted.get(mchid) else {
            return Vec::new();
        };
        let Ok(gens) = hosted.generations.read() else {
            return Vec::new();
        };
        gens.iter()
            .map(|g| (g.serial.clone(), g.accepted.load(Ordering::Relaxed)))
            .collect()
    }

    /// Requests refused because they were signed with a hosted merchant's key after it had
    /// been rotated out (two rotations old).
    pub fn revoked_key_requests(&self) -> u64 {
        self.state.revoked_key_requests.load(Ordering::Relaxed)
    }

    /// A notification for hosted merchant `mchid` as WeChat Pay would post it: `resource`
    /// encrypted with the merchant's current APIv3 key, the body signed with its current
    /// WeChat Pay key. `None` for a merchant not hosted.
    pub fn merchant_notification(
        &self,
        mchid: &str,
        event_type: &str,
        resource: &serde_json::Value,
    ) -> Option<(http::HeaderMap, Vec<u8>)> {
        let current = self.state.hosted.get(mchid)?.current()?;
        let now = wxpay_core::Clock::now(&wxpay_core::SystemClock);
        let body = delivery::body_with_key(
            &delivery::new_id(),
            event_type,
            resource,
            now,
            &current.apiv3_key,
        );
        let headers =
            delivery::signed_headers(&current.wechatpay_key, &current.public_key_id, &body, now);
        Some((headers, body))
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        // Pending deliveries stop with the sandbox.
        self.state.closed.send_replace(true);
    }
}

/// The payer's side: payments, refunds and transfers completed as in the WeChat app, with
/// their notifications delivered as WeChat Pay delivers them.
impl Sandbox {
    /// Applies `trigger` (the user pays, a refund succeeds …): the state changes as WeChat
    /// Pay's would, and the matching notification, signed and encrypted, is posted to the
    /// `notify_url` given when the order (refund, transfer) was created. A notification not
    /// answered 200/204 within [`ANSWER_TIMEOUT`] is posted again after each wait of
    /// [`RETRY_SCHEDULE`], multiplied by [`Sandbox::set_time_scale`]'s factor.
    ///
    /// Deliveries run on the runtime the sandbox was started on, and stop when it is dropped.
    pub fn trigger(&self, trigger: &Trigger) -> Result<Triggered, TriggerError> {
        payer::apply(&self.state, trigger)
    }

    /// Multiplies WeChat Pay's retry waits by `factor` (default 1; `0.001` turns the first
    /// 15 s wait into 15 ms). Negative or non-finite factors are taken as 0.
    pub fn set_time_scale(&self, factor: f64) {
        self.state.set_time_scale(factor);
    }

    /// The notification log: every notification posted, with each attempt.
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.state
            .deliveries
            .lock()
            .map(|d| d.clone())
            .unwrap_or_default()
    }

    /// The log entry of notification `id`.
    pub fn delivery(&self, id: &str) -> Option<Delivery> {
        self.deliveries().into_iter().find(|d| d.id == id)
    }

    /// Waits until notification `id` is acknowledged or given up (or `timeout` passes) and
    /// returns its log entry.
    pub async fn wait_for_delivery(&self, id: &str, timeout: Duration) -> Option<Delivery> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let d = self.delivery(id)?;
            if d.state != DeliveryState::Pending || tokio::time::Instant::now() >= deadline {
                return Some(d);
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// Posts notification `id` once more now, with the same body and a fresh signature, as
    /// WeChat Pay does when it has not seen the merchant's answer; returns whether it was
    /// acknowledged (`None` for an unknown id). The attempt is logged as forced.
    pub async fn redeliver(&self, id: &str) -> Option<bool> {
        let out = self.state.outgoing.lock().ok()?.get(id).cloned()?;
        Some(delivery::attempt(&self.state, &out, true).await)
    }

    /// Notification deliveries attempted (each retry counts).
    pub fn notifications_sent(&self) -> u64 {
        self.state.notifications_sent.load(Ordering::Relaxed)
    }
}

impl Trigger {
    /// Applies this trigger to the sandbox running at `base_url` (the standalone `wxpay
    /// sandbox`, through `POST /sandbox/v1/trigger/…`) and returns the admin route's JSON.
    pub async fn send_to(&self, base_url: &str) -> Result<serde_json::Value, TriggerError> {
        let url = format!("{}{}", base_url.trim_end_matches('/'), self.admin_path());
        let (status, body) = request(&url, http::HeaderMap::new(), Vec::new())
            .await
            .map_err(TriggerError::Remote)?;
        let v: serde_json::Value = serde_json::from_slice(&body)
            .map_err(|e| TriggerError::Remote(format!("answer is not JSON: {e}")))?;
        let text = |name: &str| v.get(name).and_then(serde_json::Value::as_str);
        let message = || text("message").unwrap_or_default().to_owned();
        match (status, text("code")) {
            (200, _) => Ok(v),
            (_, Some("NOT_FOUND")) => Err(TriggerError::NotFound(message())),
            (_, Some("INVALID_STATE")) => Err(TriggerError::InvalidState(message())),
            _ => Err(TriggerError::Remote(format!(
                "answered {status}: {}",
                message()
            ))),
        }
    }
}

/// A minimal HTTP/1.1 POST over a plain TCP connection (loopback notify URLs only).
async fn post(url: &str, headers: http::HeaderMap, body: Vec<u8>) -> Result<u16, String> {
    request(url, headers, body).await.map(|(status, _)| status)
}

/// [`post`], also returning the answer's body.
async fn request(
    url: &str,
    headers: http::HeaderMap,
    body: Vec<u8>,
) -> Result<(u16, bytes::Bytes), String> {
    use http_body_util::{BodyExt as _, Full};
    let uri: http::Uri = url
        .parse()
        .map_err(|e| format!("invalid notify URL: {e}"))?;
    let host = uri.host().ok_or("notify URL without host")?.to_owned();
    let port = uri.port_u16().unwrap_or(80);
    let stream = tokio::net::TcpStream::connect((host.as_str(), port))
        .await
        .map_err(|e| e.to_string())?;
    let (mut sender, conn) =
        hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream))
            .await
            .map_err(|e| e.to_string())?;
    tokio::spawn(conn);
    let mut req = http::Request::post(uri.path_and_query().map(|p| p.as_str()).unwrap_or("/"))
        .header(http::header::HOST, format!("{host}:{port}"))
        .body(Full::new(bytes::Bytes::from(body)))
        .map_err(|e| e.to_string())?;
    req.headers_mut().extend(headers);
    let resp = sender.send_request(req).await.map_err(|e| e.to_string())?;
    let status = resp.status().as_u16();
    let body = resp
        .into_body()
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    Ok((status, body))
}
