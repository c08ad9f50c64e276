"""Scores one code a line against gold labels (`id`, and `my` or `ms` for Malay).

Usage: score.py LABELS.txt PREDICTED.txt
Prints `accuracy A id A_ID my A_MY` (the share of sentences whose code is the gold one, overall and per class).
"""
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    gold = ["ms" if label.strip() in ("my", "ms") else label.strip() for label in f]
with open(sys.argv[2], encoding="utf-8") as f:
    predicted = [code.strip() for code in f]
if len(gold) != len(predicted):
    sys.exit(f"{sys.argv[2]}: {len(predicted)} codes for {len(gold)} sentences")


def accuracy(label=None):
    pairs = [(g, p) for g, p in zip(gold, predicted) if label is None or g == label]
    return sum(g == p for g, p in pairs) / max(len(pairs), 1)


print(f"accuracy {accuracy():.4f} id {accuracy('id'):.4f} my {accuracy('ms'):.4f}")
