#!/bin/sh
# Speed, memory and quality of warta's extractor beside trafilatura (Python) and rs-trafilatura (Rust), on
# the same pages, each pinned to the same core.
#
#   crates/extract/bench/run.sh [DIR]     (DIR holds *.html.gz; default ../shared/eval/extraction/html)
#
# BENCH_CORE picks the core (default 0), BENCH_RUNS how many alternating runs of each (default 3).
# Makes a Python virtualenv with trafilatura in /tmp/warta-bench-venv on first use (WARTA_BENCH_VENV), builds
# warta's bench example and the rs-trafilatura bench crate (bench/rs-trafilatura, its own workspace, so the
# main build never compiles rs-trafilatura) in release mode, then prints docs/s for each, the ratios, and
# each one's peak memory (max resident set; every contestant holds all pages in memory first).
# When DIR's parent has the benchmark's ground-truth.json, each contestant's output is then scored (one
# untimed run): body F1, and publication-date accuracy against bench/dates-gold.tsv.
set -eu
cd "$(dirname "$0")/../../.."
DIR=${1:-../shared/eval/extraction/html}
VENV=${WARTA_BENCH_VENV:-/tmp/warta-bench-venv}
BENCH=crates/extract/bench
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/python" -c "import trafilatura" 2>/dev/null ||
    "$VENV/bin/pip" install -q "trafilatura==2.3.1" lxml_html_clean
cargo build -q --release -p warta-extract --example bench_extraction
CARGO_TARGET_DIR=target/bench-rs-trafilatura \
    cargo build -q --release --manifest-path "$BENCH/rs-trafilatura/Cargo.toml"
WARTA=target/release/examples/bench_extraction
RS=target/bench-rs-trafilatura/release/bench-rs-trafilatura
PIN="taskset -c ${BENCH_CORE:-0}"
command -v taskset >/dev/null || PIN=""
RUNS=${BENCH_RUNS:-3}
OUT=$(mktemp -d)
# Runs alternate and the best of each is kept: on a shared machine, the fastest run is the one least
# disturbed by other work.
i=0
while [ "$i" -lt "$RUNS" ]; do
    $PIN /usr/bin/time -v "$WARTA" "$DIR" 3 >>"$OUT/warta" 2>>"$OUT/warta.time"
    $PIN /usr/bin/time -v "$VENV/bin/python" "$BENCH/trafilatura_bench.py" "$DIR" 1 >>"$OUT/traf" 2>>"$OUT/traf.time"
    $PIN /usr/bin/time -v "$RS" "$DIR" 1 >>"$OUT/rs" 2>>"$OUT/rs.time"
    i=$((i + 1))
done
best() { sed -n 's/.*: \([0-9.]*\) docs\/s.*/\1/p' "$1" | sort -g | tail -1; }
peak() { awk -F': ' '/Maximum resident set size/ { if ($2 > max) max = $2 } END { printf "%.0f MB", max / 1024 }' "$1"; }
for name in warta traf rs; do
    printf '%-55s best of %s runs %8s docs/s, peak memory %s\n' \
        "$(grep docs/s "$OUT/$name" | head -1 | sed 's/: [0-9].*//')" "$RUNS" "$(best "$OUT/$name")" "$(peak "$OUT/$name.time")"
done
awk -v w="$(best "$OUT/warta")" -v t="$(best "$OUT/traf")" -v r="$(best "$OUT/rs")" \
    'BEGIN { printf "speed ratio warta / trafilatura: %.1fx, warta / rs-trafilatura: %.1fx\n", w / t, w / r }'
TRUTH=$(dirname "$DIR")/ground-truth.json
if [ -f "$TRUTH" ]; then
    "$WARTA" "$DIR" --dump "$OUT/warta.jsonl"
    "$VENV/bin/python" "$BENCH/trafilatura_bench.py" "$DIR" --dump "$OUT/traf.jsonl"
    "$RS" "$DIR" --dump "$OUT/rs.jsonl"
    python3 "$BENCH/score.py" "$TRUTH" "$BENCH/dates-gold.tsv" \
        warta="$OUT/warta.jsonl" trafilatura="$OUT/traf.jsonl" rs-trafilatura="$OUT/rs.jsonl"
fi
rm -r "$OUT"
