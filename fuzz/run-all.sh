#!/usr/bin/env bash
# Runs every cargo-fuzz target one after the other (one core), each for SECS seconds (default 600),
# starting from the committed seeds. Logs to $LOG_DIR (default /tmp/wxpay-fuzz): one log per
# target and summary.txt with executions and findings.
#   nohup bash fuzz/run-all.sh > /tmp/wxpay-fuzz.out 2>&1 &
#   SECS=60 bash fuzz/run-all.sh authorization template   # some targets, shorter
set -uo pipefail
cd "$(dirname "$0")/.."
SECS=${SECS:-600}
LOG_DIR=${LOG_DIR:-/tmp/wxpay-fuzz}
mkdir -p "$LOG_DIR"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(verifier notification keys authorization template catalog)
fi
cargo +nightly fuzz build >"$LOG_DIR/build.log" 2>&1 || {
  echo "build failed: see $LOG_DIR/build.log" | tee -a "$LOG_DIR/summary.txt"; exit 1; }
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  start=$(date +%s)
  cargo +nightly fuzz run "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
    -max_total_time="$SECS" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    >"$LOG_DIR/$t.log" 2>&1
  rc=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$LOG_DIR/$t.log" | grep -o '[0-9]*$' | tail -1)
  crashes=$(grep -c '^==[0-9]*==ERROR\|panicked at\|SUMMARY: libFuzzer' "$LOG_DIR/$t.log")
  cov=$(grep -o 'cov: [0-9]*' "$LOG_DIR/$t.log" | tail -1)
  echo "$(date -u +%FT%TZ) $t: rc=$rc secs=$(( $(date +%s) - start )) executions=${runs:-?} $cov findings=$crashes corpus=$(ls "fuzz/corpus/$t" | wc -l)" | tee -a "$LOG_DIR/summary.txt"
done
