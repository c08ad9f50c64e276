#!/usr/bin/env bash
# Near-duplicate benchmark: warta (MinHash LSH, release build) against datasketch, on one corpus of real
# article texts with generated near duplicates, one thread each.
#
# Usage: [REPEAT=3] crates/dedup/bench/run.sh SHARED_DIR [DOCS] [OUT_DIR]
#   SHARED_DIR holds eval/extraction/ground-truth.json and/or eval/clustering/mds_ac_dev_final.json.
#   DOCS: corpus size (default 10000). OUT_DIR: work files (default /tmp/warta-dedup-bench).
# Python tools run in a virtualenv at /tmp/warta-bench-venv (created, and datasketch installed, if missing).
set -euo pipefail

shared=${1:?usage: run.sh SHARED_DIR [DOCS] [OUT_DIR]}
docs=${2:-10000}
out=${3:-/tmp/warta-dedup-bench}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
venv=/tmp/warta-bench-venv

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -c 'import datasketch' 2>/dev/null || "$venv/bin/pip" install --quiet datasketch
py="$venv/bin/python"
export PYTHONDONTWRITEBYTECODE=1 # no __pycache__ in the source tree

mkdir -p "$out"
"$py" "$here/make_corpus.py" "$shared" "$out" "$docs"

(cd "$repo" && cargo build --quiet --release -p warta-dedup --example bench_near_dup)
warta_bin="$repo/target/release/examples/bench_near_dup"

# One core each; the machine may be shared, so every tool runs REPEAT times (default 3) and its best rate counts.
export RAYON_NUM_THREADS=1 OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
repeat=${REPEAT:-3}
pin() { if command -v taskset >/dev/null; then taskset -c 0 "$@"; else "$@"; fi; }
best() {
    for _ in $(seq "$repeat"); do pin "$@"; done | sort -t ' ' -k6,6 -g | tail -n 1
}
warta=$(best "$warta_bin" "$out/corpus.jsonl" "$out/warta.tsv")
ds=$(best "$py" "$here/datasketch_bench.py" "$out/corpus.jsonl" "$out/datasketch.tsv")
dsv=$(best "$py" "$here/datasketch_bench.py" "$out/corpus.jsonl" "$out/datasketch-verified.tsv" --verify)

rate() { awk '{for (i = 1; i < NF; i++) if ($i == "docs_per_s") print $(i + 1)}' <<<"$1"; }
row() {
    local name=$1 timing=$2 pairs=$3
    local quality
    quality=$("$py" "$here/evaluate.py" "$out/corpus.jsonl" "$out/truth.tsv" "$pairs")
    printf '%-24s %s  docs/s %s\n' "$name" "$quality" "$(rate "$timing")"
}
echo
row "warta" "$warta" "$out/warta.tsv"
row "datasketch" "$ds" "$out/datasketch.tsv"
row "datasketch + verify" "$dsv" "$out/datasketch-verified.tsv"
awk -v w="$(rate "$warta")" -v d="$(rate "$ds")" -v v="$(rate "$dsv")" \
    'BEGIN { printf "throughput ratio: warta / datasketch = %.1fx, warta / datasketch+verify = %.1fx\n", w / d, w / v }'
