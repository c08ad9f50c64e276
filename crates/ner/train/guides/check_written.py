"""Checks written NER paragraphs and turns entity strings into code-point offsets.

Input lines: {"text": "...", "entities": [["surface", "PERSON"|"LOCATION"|"ORGANIZATION"], ...]}
(entities in order of appearance, every mention listed). Output (with --out FILE):
{"text": ..., "chars": N, "entities": [[start, end, TYPE], ...]}.
"""
import json, sys, re
TYPES = {"PERSON", "LOCATION", "ORGANIZATION"}
args = [a for a in sys.argv[1:] if not a.startswith("--out=")]
out_path = next((a[6:] for a in sys.argv[1:] if a.startswith("--out=")), None)
records, problems, n = [], 0, 0
for path in args:
    for no, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.strip()
        if not line:
            continue
        try:
            r = json.loads(line)
            text = r["text"]
            ents = r["entities"]
        except Exception as e:
            problems += 1; print(f"{path}:{no}: bad JSON record: {e}"); continue
        cursor, spans, bad = 0, [], False
        for ent in ents:
            if not (isinstance(ent, list) and len(ent) == 2 and ent[1] in TYPES and ent[0]):
                print(f"{path}:{no}: bad entity {ent!r}"); bad = True; continue
            s = text.find(ent[0], cursor)
            if s < 0:
                print(f"{path}:{no}: not found after position {cursor} (order?): {ent[0]!r}"); bad = True; continue
            e = s + len(ent[0])
            # a mention must start and end at word edges
            if (s > 0 and text[s-1].isalnum()) or (e < len(text) and text[e].isalnum()):
                print(f"{path}:{no}: {ent[0]!r} cuts a word"); bad = True; continue
            spans.append([s, e, ent[1]]); cursor = e
        if bad:
            problems += 1; continue
        n += 1
        records.append({"text": text, "chars": len(text), "entities": spans})
print(f"{n} records ok, {problems} with problems", file=sys.stderr)
if out_path:
    with open(out_path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
