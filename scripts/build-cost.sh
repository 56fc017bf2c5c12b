#!/usr/bin/env bash
# Compile cost of wxpay for a merchant's crate: a clean debug build of a small crate that uses
# wxpay (default features, then `full`) against the same crate on reqwest + tokio + serde alone,
# each in its own target directory, CPU time (user + sys) from /usr/bin/time.
# Usage: scripts/build-cost.sh [WORKDIR]   (default /tmp/wxpay-build-cost; ~15 min on 2 cores)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-/tmp/wxpay-build-cost}"
rm -rf "$work" && mkdir -p "$work"

mk() { # name, deps, main
  mkdir -p "$work/$1/src"
  printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n[dependencies]\n%s\n\n[workspace]\n' "$1" "$2" > "$work/$1/Cargo.toml"
  printf '%s\n' "$3" > "$work/$1/src/main.rs"
}
floor_deps='reqwest = { version = "0.13", default-features = false, features = ["rustls", "http2", "stream"] }
tokio = { version = "1", features = ["rt", "macros", "time", "net", "sync"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1"'
mk floor "$floor_deps" '#[derive(serde::Serialize, serde::Deserialize)]
struct Refund { out_refund_no: String, amount: i64 }
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let body = serde_json::to_vec(&Refund { out_refund_no: "R1".into(), amount: 1 }).unwrap();
    let c = reqwest::Client::new();
    let _ = c.post("https://127.0.0.1:9/v3/refund/domestic/refunds").body(body).build();
}'
main_wx='#[tokio::main(flavor = "current_thread")]
async fn main() {
    use wxpay::refund::{CreateRefund, CreateRefundAmount};
    let req = CreateRefund::new("R1", CreateRefundAmount::new(1, 1, "CNY")).out_trade_no("T1");
    if let Ok(client) = wxpay::Client::from_env() {
        let _ = client.send(&req).await;
    }
}'
mk merchant "wxpay = { path = \"$root/wxpay\" }
tokio = { version = \"1\", features = [\"rt\", \"macros\"] }" "$main_wx"
mk merchant-full "wxpay = { path = \"$root/wxpay\", features = [\"full\"] }
tokio = { version = \"1\", features = [\"rt\", \"macros\"] }" "$main_wx"
# Same dependency versions everywhere: the workspace's lock file.
cp "$root/Cargo.lock" "$work/merchant/Cargo.lock"
cp "$root/Cargo.lock" "$work/merchant-full/Cargo.lock"

for c in floor merchant merchant-full; do
  (cd "$work/$c" && cargo fetch -q >/dev/null 2>&1 || true)
done
for c in floor merchant merchant-full; do
  ( cd "$work/$c" && export CARGO_INCREMENTAL=0 &&
    /usr/bin/time -f "%U %S %e" -o "$work/$c.time" cargo build -q --timings >/dev/null 2>&1 )
  read -r u s e < "$work/$c.time"
  printf '%-14s cpu %7.1f s  wall %6.1f s\n' "$c" "$(echo "$u + $s" | bc)" "$e"
done | tee "$work/summary.txt"
# Per-crate times of the wxpay crates (cargo's --timings report, "Total" column).
for c in merchant merchant-full; do
  html=$(ls "$work/$c/target/cargo-timings/"cargo-timing-*.html | head -1)
  python3 - "$html" "$c" <<'PY' | tee -a "$work/summary.txt"
import re, sys, json
t = open(sys.argv[1]).read()
m = re.search(r"const UNIT_DATA = (\[.*?\]);", t, re.S)
units = json.loads(m.group(1)) if m else []
for u in units:
    if u["name"] in ("wxpay", "wxpay-core", "wxpay-macros") and u.get("target", "").strip() in ("", "(lib)", " (lib)"):
        print(f'{sys.argv[2]:14} {u["name"]:13} {u["duration"]:6.1f} s')
PY
done
