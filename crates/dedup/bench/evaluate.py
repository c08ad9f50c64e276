"""Precision and recall of reported near-duplicate pairs at Jaccard >= 0.8.

Usage: evaluate.py CORPUS.jsonl TRUTH.tsv PAIRS.tsv

A reported pair is correct when the exact shingle Jaccard of its two texts is >= 0.8 (from TRUTH.tsv, or computed
here for pairs across families). Recall is over the same-family pairs with Jaccard >= 0.8 plus any correct pair
across families. Prints one line: "precision P recall R reported N true T".
"""
import json
import sys

from shingles import jaccard, shingles

THRESHOLD = 0.8


def main():
    corpus_path, truth_path, pairs_path = sys.argv[1:4]
    truth = {}
    with open(truth_path, encoding="utf-8") as f:
        for line in f:
            a, b, j = line.rstrip("\n").split("\t")
            truth[frozenset((a, b))] = float(j)
    texts = None
    reported = set()
    with open(pairs_path, encoding="utf-8") as f:
        for line in f:
            a, b = line.rstrip("\n").split("\t")
            reported.add(frozenset((a, b)))
    correct = 0
    for pair in reported:
        if pair not in truth:
            if texts is None:
                with open(corpus_path, encoding="utf-8") as f:
                    texts = {d["id"]: d["text"] for d in map(json.loads, f)}
            a, b = tuple(pair)
            truth[pair] = jaccard(set(shingles(texts[a])), set(shingles(texts[b])))
        correct += truth[pair] >= THRESHOLD
    positives = sum(1 for j in truth.values() if j >= THRESHOLD)
    precision = correct / len(reported) if reported else 1.0
    recall = correct / positives if positives else 1.0
    print(f"precision {precision:.4f} recall {recall:.4f} reported {len(reported)} true {positives}")


if __name__ == "__main__":
    main()
