//! Load: `cargo run --release --example load -- [CALLS] [CONCURRENCY]` (defaults 2000 and 64).
//!
//! Sends CALLS card-invalidate requests (distinct card codes) at CONCURRENCY in flight on one
//! client and prints one JSON line: requests/s, p50/p99 latency, client CPU per call (from
//! `/proc/self/stat`, user + system) and peak RSS. Against the in-process sandbox (no `WXPAY_*`)
//! the CPU figure includes the sandbox's own verification and signing; for the client alone,
//! run the sandbox in another process (`cargo run -p wxpay --features cli -- sandbox`, then
//! export the variables it prints) so the figures compare with other SDKs against one server.
//! Refuses to run against the production domains: invalidating cards cannot be undone.

use std::time::{Duration, Instant};

use futures_util::StreamExt as _;
use wxpay::brand::card_member::InvalidateUserCard;

/// (user + system CPU seconds, peak RSS KiB) of this process, from procfs.
fn usage() -> (f64, u64) {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name, which is in parentheses and may contain spaces.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, r)| r.split_whitespace().collect())
        .unwrap_or_default();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // utime and stime are fields 14 and 15 of the file: 11 and 12 after the name; 100 ticks/s.
    let cpu = (ticks(11) + ticks(12)) / 100.0;
    let rss = std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0);
    (cpu, rss)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let calls: usize = std::env::args()
        .nth(1)
        .map(|v| v.parse())
        .transpose()?
        .unwrap_or(2000);
    let concurrency: usize = std::env::args()
        .nth(2)
        .map(|v| v.parse())
        .transpose()?
        .unwrap_or(64);
    let target = wxpay_examples::client_or_sandbox().await?;
    if target.client.base_url().contains("mch.weixin.qq.com") {
        return Err("refusing to load-test the production API".into());
    }
    let client = target.client.clone();
    let run = std::process::id();
    let (cpu0, _) = usage();
    let start = Instant::now();
    let mut latencies: Vec<Duration> = Vec::with_capacity(calls);
    let mut errors = 0usize;
    let mut results = futures_util::stream::iter(0..calls)
        .map(|i| {
            let client = client.clone();
            async move {
                let req = InvalidateUserCard::new(
                    format!("load-{run}-{i}"),
                    "1004",
                    "pbLatjvWOibDc5-TBnbUk1pD12o0",
                    "obLatjnx9gnqzS4myYGmLZ7LgLBA",
                );
                let t = Instant::now();
                let ok = client.send(&req).await.is_ok();
                (t.elapsed(), ok)
            }
        })
        .buffer_unordered(concurrency);
    while let Some((latency, ok)) = results.next().await {
        latencies.push(latency);
        errors += usize::from(!ok);
    }
    let elapsed = start.elapsed().as_secs_f64();
    let (cpu1, rss) = usage();
    latencies.sort();
    let pct = |p: f64| {
        let i = ((latencies.len() as f64 * p).ceil() as usize).clamp(1, latencies.len().max(1)) - 1;
        latencies.get(i).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    let line = serde_json::json!({
        "target": if target.is_live() { target.client.base_url().to_owned() } else { "in-process sandbox".to_owned() },
        "backend": wxpay::keys::backend_name(),
        "calls": calls,
        "concurrency": concurrency,
        "errors": errors,
        "seconds": (elapsed * 1000.0).round() / 1000.0,
        "requests_per_s": (calls as f64 / elapsed).round(),
        "p50_ms": (pct(0.50) * 100.0).round() / 100.0,
        "p99_ms": (pct(0.99) * 100.0).round() / 100.0,
        "cpu_us_per_call": ((cpu1 - cpu0) / calls as f64 * 1e6).round(),
        "peak_rss_kib": rss,
    });
    println!("{line}");
    Ok(())
}
