//! The registry's one certificate refresher: one task for every merchant in certificate mode,
//! each merchant due at its own time within the interval, each refresh on its own task with a
//! timeout, so one merchant's failing or hanging refresh never holds up another's.

use std::hash::{DefaultHasher, Hash as _, Hasher as _};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Weak};
use std::time::Duration;

use super::{Merchants, Shared};

#[derive(Debug, Clone, Copy)]
pub(super) struct Settings {
    pub(super) interval: Duration,
    pub(super) timeout: Duration,
    pub(super) retry_after: Duration,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            interval: super::DEFAULT_CERTIFICATE_REFRESH,
            timeout: Duration::from_secs(30),
            retry_after: Duration::from_secs(300),
        }
    }
}

fn secs(d: Duration) -> i64 {
    i64::try_from(d.as_secs()).unwrap_or(i64::MAX).max(1)
}

/// A merchant's first periodic refresh: at a point of the interval fixed by its id, so that a
/// thousand merchants added at once are not refreshed at once. (Its first download happens
/// on first use.)
pub(super) fn first_due(mchid: &str, now: i64, interval: Duration) -> i64 {
    let mut h = DefaultHasher::new();
    mchid.hash(&mut h);
    let span = u64::try_from(secs(interval)).unwrap_or(1);
    now.saturating_add(i64::try_from(h.finish() % span).unwrap_or(0) + 1)
}

/// Starts the refresher once, on the current tokio runtime (none: no periodic refresh, and a
/// warning; first downloads and unknown-serial refreshes still happen on use).
pub(super) fn start(shared: &Arc<Shared>) {
    if shared.refresher_started.swap(true, Ordering::AcqRel) {
        return;
    }
    match tokio::runtime::Handle::try_current() {
        Ok(rt) => {
            rt.spawn(run(Arc::downgrade(shared)));
        }
        Err(_) => {
            shared.refresher_started.store(false, Ordering::Release);
            tracing::warn!(
                "certificate-mode merchant added outside a tokio runtime: no periodic refresh until one is added inside"
            );
        }
    }
}

/// How often the refresher looks for due merchants.
fn tick(s: &Settings) -> Duration {
    (s.interval / 64).clamp(Duration::from_millis(50), Duration::from_secs(60))
}

async fn run(registry: Weak<Shared>) {
    loop {
        // Holds the registry only while looking: it stops when the registry is dropped.
        let Some(shared) = registry.upgrade() else {
            return;
        };
        let settings = shared.refresh;
        let now = shared.template.clock.now();
        let table = shared.table.load_full();
        for entry in table.merchants.values() {
            if entry.next_refresh.load(Ordering::Relaxed) > now
                || !entry.current.load().client.downloads_certificates()
                || entry.refreshing.swap(true, Ordering::AcqRel)
            {
                continue;
            }
            let entry = entry.clone();
            let merchants = Merchants {
                shared: shared.clone(),
            };
            tokio::spawn(async move {
                let client = entry.current.load().client.clone();
                let outcome =
                    tokio::time::timeout(settings.timeout, client.refresh_certificates()).await;
                let now = merchants.shared.template.clock.now();
                let next = match outcome {
                    Ok(Ok(n)) => {
                        tracing::debug!(mchid = %entry.mchid, loaded = n, "platform certificates refreshed");
                        merchants.reindex(&entry.mchid);
                        now.saturating_add(secs(settings.interval))
                    }
                    Ok(Err(e)) => {
                        tracing::warn!(mchid = %entry.mchid, error = %e, "platform certificate refresh failed");
                        now.saturating_add(secs(settings.retry_after.min(settings.interval)))
                    }
                    Err(_) => {
                        tracing::warn!(mchid = %entry.mchid, "platform certificate refresh timed out");
                        now.saturating_add(secs(settings.retry_after.min(settings.interval)))
                    }
                };
                entry.next_refresh.store(next, Ordering::Relaxed);
                entry.refreshing.store(false, Ordering::Release);
            });
        }
        drop(table);
        drop(shared);
        tokio::time::sleep(tick(&settings)).await;
    }
}
