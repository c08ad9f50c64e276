#!/bin/sh
# Speed of warta's extractor beside trafilatura's, on the same pages, each pinned to one core.
#
#   crates/extract/bench/run.sh [DIR]     (DIR holds *.html.gz; default ../shared/eval/extraction/html)
#
# BENCH_CORE picks the core (default 0), BENCH_RUNS how many alternating runs of each (default 3).
# Makes a Python virtualenv with trafilatura in /tmp/warta-bench-venv on first use, builds the bench example
# in release mode, then prints docs/s for each, the ratio, and each one's peak memory (max resident set).
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
PIN="taskset -c ${BENCH_CORE:-0}"
command -v taskset >/dev/null || PIN=""
RUNS=${BENCH_RUNS:-3}
OUT=$(mktemp -d)
# Runs alternate and the best of each is kept: on a shared machine, the fastest run is the one least
# disturbed by other work.
i=0
while [ "$i" -lt "$RUNS" ]; do
    $PIN /usr/bin/time -v target/release/examples/bench_extraction "$DIR" 3 >>"$OUT/warta" 2>>"$OUT/warta.time"
    $PIN /usr/bin/time -v "$VENV/bin/python" "$BENCH/trafilatura_bench.py" "$DIR" 1 >>"$OUT/traf" 2>>"$OUT/traf.time"
    i=$((i + 1))
done
best() { sed -n 's/.*: \([0-9.]*\) docs\/s.*/\1/p' "$1" | sort -g | tail -1; }
peak() { awk -F': ' '/Maximum resident set size/ { if ($2 > max) max = $2 } END { printf "%.0f MB", max / 1024 }' "$1"; }
echo "$(head -1 "$OUT/warta" | sed 's/ in .*//'): best of $RUNS runs $(best "$OUT/warta") docs/s"
echo "$(head -1 "$OUT/traf" | sed 's/ in .*//'): best of $RUNS runs $(best "$OUT/traf") docs/s"
echo "peak memory: warta $(peak "$OUT/warta.time"), trafilatura $(peak "$OUT/traf.time")"
awk -v w="$(best "$OUT/warta")" -v t="$(best "$OUT/traf")" 'BEGIN { printf "speed ratio warta / trafilatura: %.1fx\n", w / t }'
rm -r "$OUT"
