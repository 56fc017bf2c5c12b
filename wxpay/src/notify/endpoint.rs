//! A ready notification endpoint (feature `tower`): reads the raw body, verifies the signature
//! and the 5-minute replay window, decrypts, recognises duplicate deliveries, hands a typed
//! [`Event`] to your async handler and answers WeChat Pay in time.
//!
//! ```no_run
//! # async fn run(client: wxpay::Client) -> Result<(), Box<dyn std::error::Error>> {
//! use wxpay::notify::{BoxError, Event, NotifyEndpoint};
//!
//! let endpoint = NotifyEndpoint::new(client.notifications()?, |event: Event| async move {
//!     if let Event::Transaction(n) = &event {
//!         println!("paid: {}", n.resource.out_trade_no); // mark the order paid, idempotently
//!     }
//!     Ok::<(), BoxError>(())
//! });
//! // axum: Router::new().route("/wxpay/notify", axum::routing::post_service(endpoint))
//! # let _ = endpoint; Ok(()) }
//! ```
//!
//! **Answering in time.** WeChat Pay waits 5 seconds for `200`/`204` and otherwise delivers
//! the notification again later. The handler runs on its own task; if it finishes within
//! [`NotifyEndpoint::answer_within`] (default 3 s) its result decides the answer (an error
//! answers `500`, so WeChat Pay delivers again), else the endpoint answers `204` and the work
//! continues in the background (an error then is only logged).
//!
//! **Duplicates.** WeChat Pay may deliver the same notification (same `id`) more than once.
//! The endpoint records each id in a [`SeenStore`] for [`NotifyEndpoint::dedup_window`]
//! (default 25 hours, longer than WeChat Pay's whole retry schedule of about 24 h 10 min) and
//! answers a repeated id `204` without calling the handler. [`MemoryStore`] (the default)
//! forgets on restart and is per process; implement [`SeenStore`] over your database to share
//! it. The handler should still be idempotent on the business number: two different
//! notifications can report the same payment.

use std::collections::HashMap;
use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use http::HeaderMap;
use http_body_util::{BodyExt as _, Limited};

use super::{Event, ParseEvent as _};
use crate::{Error, Merchants, NotificationParser, NotifyAnswer};

/// The error type of handlers and stores.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Your code that acts on a notification. Any `Fn(Event) -> impl Future<Output =
/// Result<(), BoxError>>` closure is one.
pub trait NotifyHandler: Send + Sync + 'static {
    /// Acts on a verified, decrypted, first-seen notification.
    fn handle(&self, event: Event) -> impl Future<Output = Result<(), BoxError>> + Send;
}

impl<F, Fut> NotifyHandler for F
where
    F: Fn(Event) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<(), BoxError>> + Send,
{
    fn handle(&self, event: Event) -> impl Future<Output = Result<(), BoxError>> + Send {
        self(event)
    }
}

/// Where the endpoint remembers the notification ids it has handled.
///
/// Two methods, so a table with a unique key on the id implements it in a few lines (see the
/// `notify_server` example).
pub trait SeenStore: Send + Sync + 'static {
    /// Records `id`; `Ok(true)` if it was not recorded within the last `window` (handle it),
    /// `Ok(false)` if it was (a duplicate). Must be atomic: of two concurrent calls with the
    /// same id, one gets `true`.
    fn first_seen(
        &self,
        id: &str,
        window: Duration,
    ) -> impl Future<Output = Result<bool, BoxError>> + Send;

    /// Forgets `id`: its handling failed and WeChat Pay's next delivery must be handled.
    fn forget(&self, id: &str) -> impl Future<Output = Result<(), BoxError>> + Send;
}

/// The default [`SeenStore`]: in memory, per process, expired ids pruned as new ones come.
#[derive(Debug, Default)]
pub struct MemoryStore {
    seen: Mutex<HashMap<String, Instant>>,
}

impl SeenStore for MemoryStore {
    async fn first_seen(&self, id: &str, window: Duration) -> Result<bool, BoxError> {
        let mut seen = self.seen.lock().map_err(|_| "seen-id store poisoned")?;
        let now = Instant::now();
        seen.retain(|_, at| now.duration_since(*at) < window);
        if seen.contains_key(id) {
            return Ok(false);
        }
        seen.insert(id.to_owned(), now);
        Ok(true)
    }

    async fn forget(&self, id: &str) -> Result<(), BoxError> {
        self.seen
            .lock()
            .map_err(|_| "seen-id store poisoned")?
            .remove(id);
        Ok(())
    }
}

/// Whose keys verify and decrypt: one merchant's, or a registry's.
#[derive(Clone)]
enum Keys {
    One(NotificationParser),
    Merchants(Merchants),
}

impl Keys {
    async fn parse(
        &self,
        headers: &HeaderMap,
        body: &[u8],
        path_mchid: Option<&str>,
    ) -> Result<Event, Error> {
        match self {
            Keys::One(p) => p.parse_event(headers, body),
            Keys::Merchants(m) => m
                .notification_client(headers, path_mchid)
                .await?
                .notifications()?
                .parse_event(headers, body),
        }
    }
}

/// The merchant id a notification URL names: its last path segment, when it is all digits
/// (`/wxpay/notify/1900000109`); `None` for any other path (`/wxpay/notify`).
pub fn mchid_from_path(path: &str) -> Option<&str> {
    let last = path.trim_end_matches('/').rsplit('/').next()?;
    (!last.is_empty() && last.len() <= 32 && last.bytes().all(|b| b.is_ascii_digit()))
        .then_some(last)
}

/// The notification endpoint: a `tower::Service` over `http::Request<B>` (axum:
/// `post_service(endpoint)`), or [`NotifyEndpoint::handle`] for any other server.
///
/// For many merchants, [`NotifyEndpoint::for_merchants`] routes each notification to its
/// merchant in a [`Merchants`] registry: by the key its `Wechatpay-Serial` names, else by the
/// merchant id ending the URL path ([`mchid_from_path`]; mount it at `/wxpay/notify/{mchid}`
/// and give each merchant its own `notify_url` when merchants share keys).
pub struct NotifyEndpoint<H, S = MemoryStore> {
    keys: Keys,
    handler: Arc<H>,
    store: Arc<S>,
    dedup_window: Duration,
    answer_within: Duration,
    max_body: usize,
}

impl<H, S> Clone for NotifyEndpoint<H, S> {
    fn clone(&self) -> Self {
        Self {
            keys: self.keys.clone(),
            handler: self.handler.clone(),
            store: self.store.clone(),
            dedup_window: self.dedup_window,
            answer_within: self.answer_within,
            max_body: self.max_body,
        }
    }
}

impl<H, S> std::fmt::Debug for NotifyEndpoint<H, S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NotifyEndpoint")
            .field("dedup_window", &self.dedup_window)
            .field("answer_within", &self.answer_within)
            .finish_non_exhaustive()
    }
}

/// Default [`NotifyEndpoint::dedup_window`]: longer than WeChat Pay's retry schedule.
pub const DEFAULT_DEDUP_WINDOW: Duration = Duration::from_secs(25 * 3600);
/// Default [`NotifyEndpoint::answer_within`]: leaves 2 s of WeChat Pay's 5 s for the network.
pub const DEFAULT_ANSWER_WITHIN: Duration = Duration::from_secs(3);
/// Largest notification body read (a real one is about 1 KiB).
const MAX_BODY: usize = 64 * 1024;

impl<H: NotifyHandler> NotifyEndpoint<H, MemoryStore> {
    /// An endpoint that verifies with `parser` (`client.notifications()?`) and calls `handler`,
    /// remembering ids in memory.
    pub fn new(parser: NotificationParser, handler: H) -> Self {
        Self::with_keys(Keys::One(parser), handler)
    }

    /// An endpoint for every merchant of `merchants`: each notification is verified and
    /// decrypted with the keys of the merchant it is routed to
    /// ([`Merchants::notification_client`]), which [`Event::merchant`] names. A notification no
    /// merchant holds the key of is answered `404` (on another merchant's path, `401`), so
    /// WeChat Pay delivers it again.
    pub fn for_merchants(merchants: Merchants, handler: H) -> Self {
        Self::with_keys(Keys::Merchants(merchants), handler)
    }

    fn with_keys(keys: Keys, handler: H) -> Self {
        Self {
            keys,
            handler: Arc::new(handler),
            store: Arc::new(MemoryStore::default()),
            dedup_window: DEFAULT_DEDUP_WINDOW,
            answer_within: DEFAULT_ANSWER_WITHIN,
            max_body: MAX_BODY,
        }
    }
}

impl<H: NotifyHandler, S: SeenStore> NotifyEndpoint<H, S> {
    /// Remembers handled ids in `store` instead (your database).
    pub fn with_store<S2: SeenStore>(self, store: S2) -> NotifyEndpoint<H, S2> {
        NotifyEndpoint {
            keys: self.keys,
            handler: self.handler,
            store: Arc::new(store),
            dedup_window: self.dedup_window,
            answer_within: self.answer_within,
            max_body: self.max_body,
        }
    }

    /// How long a handled id is remembered (default [`DEFAULT_DEDUP_WINDOW`], 25 hours).
    pub fn dedup_window(mut self, window: Duration) -> Self {
        self.dedup_window = window;
        self
    }

    /// How long the endpoint waits for the handler before answering `204` anyway (default
    /// [`DEFAULT_ANSWER_WITHIN`], 3 s; keep it well under WeChat Pay's 5 s).
    pub fn answer_within(mut self, limit: Duration) -> Self {
        self.answer_within = limit;
        self
    }

    /// Handles one delivery from its headers and raw body, and says what to answer.
    pub async fn handle(&self, headers: &HeaderMap, body: &[u8]) -> NotifyAnswer {
        self.handle_for(headers, body, None).await
    }

    /// [`NotifyEndpoint::handle`] for a delivery whose URL path names merchant `path_mchid`
    /// (used by an endpoint [`for_merchants`](NotifyEndpoint::for_merchants); a one-merchant
    /// endpoint ignores it).
    pub async fn handle_for(
        &self,
        headers: &HeaderMap,
        body: &[u8],
        path_mchid: Option<&str>,
    ) -> NotifyAnswer {
        let event = match self.keys.parse(headers, body, path_mchid).await {
            Ok(e) => e,
            Err(e) => {
                tracing::warn!(error = %e, "notification refused");
                return NotifyAnswer::for_error(&e);
            }
        };
        let id = event.id().to_owned();
        match self.store.first_seen(&id, self.dedup_window).await {
            Ok(true) => {}
            Ok(false) => {
                tracing::debug!(%id, "duplicate notification acknowledged");
                return NotifyAnswer::success();
            }
            Err(e) => {
                tracing::error!(%id, error = %e, "seen-id store failed");
                return NotifyAnswer::failure(500, "处理失败");
            }
        }
        let handler = self.handler.clone();
        let task_id = id.clone();
        let mut task = tokio::spawn(async move {
            let result = handler.handle(event).await;
            if let Err(e) = &result {
                tracing::error!(id = %task_id, error = %e, "notification handler failed");
            }
            result
        });
        match tokio::time::timeout(self.answer_within, &mut task).await {
            Ok(Ok(Ok(()))) => NotifyAnswer::success(),
            Ok(Ok(Err(_)) | Err(_)) => {
                // Failed (or panicked): let WeChat Pay's next delivery be handled afresh.
                if let Err(e) = self.store.forget(&id).await {
                    tracing::error!(%id, error = %e, "seen-id store failed to forget");
                }
                NotifyAnswer::failure(500, "处理失败")
            }
            // Still working: acknowledge now; the task goes on (dropping its handle does not
            // cancel it).
            Err(_) => NotifyAnswer::success(),
        }
    }
}

impl<H, S, B> tower_service::Service<http::Request<B>> for NotifyEndpoint<H, S>
where
    H: NotifyHandler,
    S: SeenStore,
    B: http_body::Body + Send + 'static,
    B::Data: Send,
    B::Error: Into<BoxError>,
{
    type Response = http::Response<String>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, req: http::Request<B>) -> Self::Future {
        let this = self.clone();
        Box::pin(async move {
            let (parts, body) = req.into_parts();
            // The raw bytes: the signature covers them exactly as sent.
            let path_mchid = mchid_from_path(parts.uri.path());
            let answer = match Limited::new(body, this.max_body).collect().await {
                Ok(b) => {
                    this.handle_for(&parts.headers, &b.to_bytes(), path_mchid)
                        .await
                }
                Err(_) => NotifyAnswer::failure(413, "报文过大或读取失败"),
            };
            Ok(answer.into())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_numeric_segment_names_the_merchant() {
        assert_eq!(
            mchid_from_path("/wxpay/notify/1900000109"),
            Some("1900000109")
        );
        assert_eq!(
            mchid_from_path("/wxpay/notify/1900000109/"),
            Some("1900000109")
        );
        assert_eq!(mchid_from_path("/wxpay/notify"), None);
        assert_eq!(mchid_from_path("/"), None);
        assert_eq!(mchid_from_path("/n/12a"), None);
    }

    #[tokio::test]
    async fn memory_store_remembers_within_the_window_and_forgets_on_request() {
        let store = MemoryStore::default();
        let hour = Duration::from_secs(3600);
        assert!(store.first_seen("EV-1", hour).await.unwrap());
        assert!(!store.first_seen("EV-1", hour).await.unwrap());
        assert!(store.first_seen("EV-2", hour).await.unwrap());
        store.forget("EV-1").await.unwrap();
        assert!(store.first_seen("EV-1", hour).await.unwrap());
        // Past the window an id is new again.
        std::thread::sleep(Duration::from_millis(5));
        assert!(
            store
                .first_seen("EV-2", Duration::from_millis(1))
                .await
                .unwrap()
        );
    }
}
