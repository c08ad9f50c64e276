"""Scores the contestants' dumps (JSON Lines of {"id", "text", "date"}) on the same pages.

    score.py GROUND_TRUTH DATES_GOLD NAME=DUMP...

Body: the article-extraction benchmark's metric as warta_extract::eval computes it (4-token shingles of
\\w+ tokens as multisets; precision and recall averaged over pages, F1 their harmonic mean). Dates: the share
of the pages in DATES_GOLD (id, YYYY-MM-DD, evidence; tab-separated) whose extracted date is that day (the
date as the extractor gives it, in the time zone it gives); a missing date counts as wrong. Within a day is
also shown: a time-zone slip.
"""
import collections
import datetime
import json
import re
import sys

TOKEN = re.compile(r"\w+")


def shingles(text):
    tokens = TOKEN.findall(text)
    size = min(4, len(tokens))
    return collections.Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)) if tokens else {}


def score(predicted, gold):
    p, g = shingles(predicted), shingles(gold)
    tp = sum(min(c, g.get(s, 0)) for s, c in p.items())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    if tp + fp + fn == 0:
        return 1.0, 1.0
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)


truth = json.load(open(sys.argv[1], encoding="utf-8"))
dates = {}
for line in open(sys.argv[2], encoding="utf-8"):
    fields = line.rstrip("\n").split("\t")
    if len(fields) >= 2 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", fields[1]):
        dates[fields[0]] = fields[1]
for contestant in sys.argv[3:]:
    name, path = contestant.split("=", 1)
    found = {r["id"]: r for r in map(json.loads, open(path, encoding="utf-8"))}
    precision = recall = 0.0
    for id_, gold in truth.items():
        p, r = score(found.get(id_, {}).get("text") or "", gold.get("articleBody") or "")
        precision += p
        recall += r
    precision, recall = precision / len(truth), recall / len(truth)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    right = near = dated = 0
    for id_, day in dates.items():
        found_day = (found.get(id_, {}).get("date") or "")[:10]
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", found_day):
            continue
        dated += 1
        right += found_day == day
        # A day off is what a time zone does: reported separately.
        near += abs((datetime.date.fromisoformat(found_day) - datetime.date.fromisoformat(day)).days) <= 1
    total = max(len(dates), 1)
    print(f"{name:<15} body P {precision:.4f} R {recall:.4f} F1 {f1:.4f}   date accuracy {right}/{len(dates)} "
          f"= {right / total:.3f} (within a day {near / total:.3f}, {dated} dated)")
