#!/usr/bin/env bash
# Indonesian vs Malay: warta's language identification beside whatlang and lingua on the same labelled
# sentences, each on one core, in one process with its models loaded before the clock starts.
#
#   crates/analyze/bench/run.sh [TSV]    (default ../shared/eval/langid/dslcc-v1-test-id-my.tsv)
#
# TSV: `sentence<TAB>label` (or `sentence<TAB>group<TAB>label`), label `id`, or `my`/`ms` for Malay.
# BENCH_CORE picks the core (default 0), BENCH_RUNS how many runs of each (default 3; the best rate counts,
# as the least disturbed on a shared machine). Makes a Python virtualenv with lingua in /tmp/warta-bench-venv
# on first use and builds warta in release mode. Prints accuracy (overall, per class) and sentences/s of:
#   warta           whatlang, then the id/ms discriminator (what `warta langid` runs), in process;
#   whatlang        whatlang alone (it has no Malay);
#   lingua (all)    lingua-language-detector, every language it knows;
#   lingua (en/id/ms) lingua restricted to English, Indonesian and Malay;
#   warta langid    the command end to end (process start, reading stdin, writing codes);
# then `warta eval langid`, whose cross-validated figure is the honest one for the discriminator (its one
# tuned parameter, the Malay bias, was chosen on this same file).
set -euo pipefail
cd "$(dirname "$0")/../../.."
TSV=${1:-../shared/eval/langid/dslcc-v1-test-id-my.tsv}
VENV=${WARTA_BENCH_VENV:-/tmp/warta-bench-venv}
BENCH=crates/analyze/bench
export PYTHONDONTWRITEBYTECODE=1 # no __pycache__ in the source tree
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/python" -c "import lingua" 2>/dev/null ||
    "$VENV/bin/pip" install -q "lingua-language-detector==2.1.1"
PY="$VENV/bin/python"
cargo build -q --release -p warta -p warta-analyze --example bench_langid
PIN="taskset -c ${BENCH_CORE:-0}"
command -v taskset >/dev/null || PIN=""
RUNS=${BENCH_RUNS:-3}
OUT=$(mktemp -d)
trap 'rm -r "$OUT"' EXIT
cut -f1 "$TSV" >"$OUT/sentences"
awk -F'\t' '{ print $NF }' "$TSV" >"$OUT/labels"

# once NAME COMMAND…: one run, its "sentences N seconds S sentences_per_s R" line added to $OUT/NAME.runs.
once() {
    local name=$1
    shift
    "$@" >>"$OUT/$name.runs"
}
# The command end to end, timed from outside: the rate includes starting the process.
cli() {
    local start end
    start=$(date +%s.%N)
    $PIN target/release/warta langid <"$OUT/sentences" >"$OUT/warta-langid.codes"
    end=$(date +%s.%N)
    awk -v n="$(wc -l <"$OUT/sentences")" -v s="$start" -v e="$end" \
        'BEGIN { printf "sentences %d seconds %.3f sentences_per_s %.0f\n", n, e - s, n / (e - s) }'
}
# Runs alternate, so that a busy spell of the machine slows every tool alike; the best rate of each counts.
i=0
while [ "$i" -lt "$RUNS" ]; do
    once warta $PIN target/release/examples/bench_langid "$OUT/sentences" warta "$OUT/warta.codes" 10
    once whatlang $PIN target/release/examples/bench_langid "$OUT/sentences" whatlang "$OUT/whatlang.codes" 10
    once lingua-all $PIN "$PY" "$BENCH/lingua_bench.py" "$OUT/sentences" "$OUT/lingua-all.codes" all
    once lingua-en-id-ms $PIN "$PY" "$BENCH/lingua_bench.py" "$OUT/sentences" "$OUT/lingua-en-id-ms.codes" en-id-ms
    once warta-langid cli
    i=$((i + 1))
done
for name in warta whatlang lingua-all lingua-en-id-ms warta-langid; do
    sort -t ' ' -k6,6 -g "$OUT/$name.runs" | tail -n 1 | awk '{ print $6 }' >"$OUT/$name.rate"
done

echo "$(wc -l <"$OUT/sentences") sentences from $TSV; best of $RUNS runs, one core"
for name in warta whatlang lingua-all lingua-en-id-ms warta-langid; do
    printf '%-18s %s  sentences/s %s\n' "$name" "$("$PY" "$BENCH/score.py" "$OUT/labels" "$OUT/$name.codes")" \
        "$(cat "$OUT/$name.rate")"
done
awk -v w="$(cat "$OUT/warta.rate")" -v h="$(cat "$OUT/whatlang.rate")" \
    -v a="$(cat "$OUT/lingua-all.rate")" -v r="$(cat "$OUT/lingua-en-id-ms.rate")" \
    'BEGIN { printf "speed ratio warta / whatlang %.2fx, warta / lingua (all) %.1fx, warta / lingua (en/id/ms) %.1fx\n", w / h, w / a, w / r }'
echo
target/release/warta eval langid "$TSV"
