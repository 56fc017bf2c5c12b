//! Many merchants in one registry: `cargo bench -p wxpay-examples --bench merchants -- [N] [CALLS]`
//! (defaults 1000 and 2000).
//!
//! Hosts N merchants in the sandbox, adds them to one `Merchants` registry and prints one
//! JSON line: memory per merchant (resident-set growth over the N merchants' parsed keys,
//! clients and index entries, divided by N), time to add one (key parsing and the insert
//! itself, each as mean / p50 / p99 / the last 10 % when the table is largest; and the insert
//! of all N in one `insert_all`, keys already parsed), a lock-free
//! lookup, CALLS signed calls spread over every merchant at 32 in flight, and N notifications
//! routed and decrypted with their own merchant's keys. Run with `WXPAY_*` unset.

use std::time::{Duration, Instant};

use futures_util::StreamExt as _;
use wxpay::Merchants;
use wxpay::pay::transactions::{JsapiPrepay, JsapiPrepayAmount, JsapiPrepayPayer};
use wxpay::sandbox::Sandbox;

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}

/// mean, p50, p99 in µs.
fn stats(v: &mut [Duration]) -> (f64, f64, f64) {
    v.sort();
    let at = |q: f64| {
        v.get(((v.len() as f64 - 1.0) * q) as usize)
            .copied()
            .unwrap_or_default()
    };
    let mean = v.iter().sum::<Duration>() / u32::try_from(v.len().max(1)).unwrap_or(1);
    (micros(mean), micros(at(0.5)), micros(at(0.99)))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // `cargo bench` passes `--bench`: take the numeric arguments only.
    let nums: Vec<usize> = std::env::args().filter_map(|a| a.parse().ok()).collect();
    let n = nums.first().copied().unwrap_or(1000);
    let calls = nums.get(1).copied().unwrap_or(2000);

    let sandbox = Sandbox::start().await?;
    let ids: Vec<String> = (0..n).map(|i| format!("{}", 1_900_000_000 + i)).collect();
    for id in &ids {
        let _ = sandbox.add_merchant(id);
    }
    let merchants = Merchants::builder().base_url(sandbox.base_url()).build()?;
    // Warm up allocator arenas and the TLS/crypto statics outside the measured region.
    merchants.insert(sandbox.add_merchant("1899999999"))?;
    merchants.remove("1899999999");

    let rss_before = rss_kib();
    let mut parse = Vec::with_capacity(n);
    let mut insert = Vec::with_capacity(n);
    for id in &ids {
        let t = Instant::now();
        // Parses the merchant key and the WeChat Pay public key (what a loader does).
        let creds = sandbox.merchant_credentials(id).ok_or("not hosted")?;
        parse.push(t.elapsed());
        let t = Instant::now();
        merchants.insert(creds)?;
        insert.push(t.elapsed());
    }
    let rss_after = rss_kib();
    let per_merchant_kib = (rss_after.saturating_sub(rss_before)) as f64 / n as f64;
    let mut last_tenth: Vec<Duration> = insert[n - n / 10..].to_vec();
    let (parse_mean, parse_p50, parse_p99) = stats(&mut parse);
    let (ins_mean, ins_p50, ins_p99) = stats(&mut insert);
    let (ins_last_mean, _, _) = stats(&mut last_tenth);

    // The same merchants added in one batch (start-up): one table change instead of N.
    let batch: Vec<_> = ids
        .iter()
        .map(|id| sandbox.merchant_credentials(id).ok_or("not hosted"))
        .collect::<Result<_, _>>()?;
    let bulk = Merchants::builder().base_url(sandbox.base_url()).build()?;
    let t = Instant::now();
    bulk.insert_all(batch)?;
    let bulk_ms = t.elapsed().as_secs_f64() * 1e3;
    drop(bulk);

    // Lock-free lookup.
    let lookups = 1_000_000;
    let t = Instant::now();
    for i in 0..lookups {
        let c = merchants.client(&ids[(i * 7919) % n])?;
        std::hint::black_box(c);
    }
    let lookup_ns = t.elapsed().as_nanos() as f64 / lookups as f64;

    // Calls spread over every merchant.
    let t = Instant::now();
    let failures: usize = futures_util::stream::iter(0..calls)
        .map(|i| {
            let id = ids[i % n].clone();
            let merchants = merchants.clone();
            async move {
                let client = merchants.client(&id).ok()?;
                let order = JsapiPrepay::new(
                    "wxd678efh567hg6787",
                    "bench",
                    format!("B{id}{i:08}"),
                    JsapiPrepayAmount::new(1),
                    "https://example.com/notify",
                    JsapiPrepayPayer::new("o1"),
                );
                client
                    .send(&order)
                    .await
                    .err()
                    .map(|e| eprintln!("{id}: {e}"))
            }
        })
        .buffer_unordered(32)
        .filter_map(|r| async move { r })
        .count()
        .await;
    let calls_per_s = calls as f64 / t.elapsed().as_secs_f64();

    // Notifications: routed by serial and decrypted with each merchant's own APIv3 key.
    let notes: Vec<_> = ids
        .iter()
        .map(|id| {
            sandbox.merchant_notification(
                id,
                "TRANSACTION.SUCCESS",
                &serde_json::json!({"out_trade_no": id}),
            )
        })
        .collect::<Option<_>>()
        .ok_or("not hosted")?;
    let t = Instant::now();
    let mut routed = 0;
    for ((h, b), id) in notes.iter().zip(&ids) {
        let note = merchants
            .parse_notification::<serde_json::Value>(h, b, None)
            .await?;
        if note.merchant.as_deref() == Some(id.as_str())
            && note.resource["out_trade_no"] == id.as_str()
        {
            routed += 1;
        }
    }
    let route_us = micros(t.elapsed()) / n as f64;

    println!(
        "{}",
        serde_json::json!({
            "merchants": n,
            "rss_growth_kib": rss_after.saturating_sub(rss_before),
            "kib_per_merchant": (per_merchant_kib * 10.0).round() / 10.0,
            "parse_keys_us": { "mean": parse_mean.round(), "p50": parse_p50.round(), "p99": parse_p99.round() },
            "insert_all_ms": (bulk_ms * 10.0).round() / 10.0,
            "insert_us": { "mean": ins_mean.round(), "p50": ins_p50.round(), "p99": ins_p99.round(), "mean_last_10pct": ins_last_mean.round() },
            "lookup_ns": lookup_ns.round(),
            "calls": calls,
            "call_failures": failures,
            "calls_per_s": calls_per_s.round(),
            "notifications_routed": routed,
            "route_verify_decrypt_us": route_us.round(),
        })
    );
    if failures > 0 || routed != n {
        return Err("failures".into());
    }
    Ok(())
}
