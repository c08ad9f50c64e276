"""datasketch MinHash LSH over the benchmark corpus, one thread, as warta's bench_near_dup example does it.

Usage: datasketch_bench.py CORPUS.jsonl OUT_PAIRS.tsv [--verify]

For each document in order: MinHash (num_perm=128) of its shingles (same shingling as warta, see shingles.py),
query the LSH index (threshold 0.8), then insert. Without --verify the LSH candidates are reported, as datasketch
returns them; with --verify only candidates whose estimated Jaccard is >= 0.8 (what warta's index does).
Prints one line: "docs N seconds S docs_per_s R". Reading the file is not timed.
"""
import json
import sys
import time

from datasketch import MinHash, MinHashLSH

from shingles import shingles

THRESHOLD = 0.8
NUM_PERM = 128


def main():
    corpus, out_path = sys.argv[1], sys.argv[2]
    verify = "--verify" in sys.argv[3:]
    with open(corpus, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    # Permutations are drawn once, as a long-running deduplicator would.
    template = MinHash(num_perm=NUM_PERM)
    signatures = {}
    pairs = []
    start = time.perf_counter()
    for doc in docs:
        items = shingles(doc["text"])
        if not items:
            continue
        m = MinHash(num_perm=NUM_PERM, permutations=template.permutations, scheme=template.scheme)
        m.update_batch([s.encode("utf-8") for s in items])
        for other in lsh.query(m):
            if not verify or m.jaccard(signatures[other]) >= THRESHOLD:
                pairs.append((other, doc["id"]))
        lsh.insert(doc["id"], m)
        if verify:
            signatures[doc["id"]] = m
    seconds = time.perf_counter() - start
    with open(out_path, "w", encoding="utf-8") as f:
        for a, b in pairs:
            f.write(f"{a}\t{b}\n")
    print(f"docs {len(docs)} seconds {seconds:.3f} docs_per_s {len(docs) / seconds:.1f}")


if __name__ == "__main__":
    main()
