"""Checks written attribution paragraphs and turns strings into code-point offsets.

Input lines: {"text": "...", "quotes": [{"speaker", "speaker_kind", "speaker_antecedent", "cue", "content",
"kind", "class", "via"}], "not_speech": ["..."]}. Output (with --out=FILE) the records of
crates/eval/data/attribution-id.jsonl with "text" in place of "line" (and the record's "id", if it has one).
"""
import json, sys
KINDS = {"named_person", "role_or_description", "anonymous", "organization", "outlet", "pronoun", None}
args = [a for a in sys.argv[1:] if not a.startswith("--out=")]
out_path = next((a[6:] for a in sys.argv[1:] if a.startswith("--out=")), None)
def occurrences(text, s):
    i, r = text.find(s), []
    while i >= 0:
        r.append(i); i = text.find(s, i + 1)
    return r
def whole_word(text, i, s):
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(s)] if i + len(s) < len(text) else " "
    return not (before.isalnum() and s[:1].isalnum()) and not (after.isalnum() and s[-1:].isalnum())
def nearest(text, s, start, end=None):
    """The occurrence of s nearest to the content [start, end), whole words first ("he" is not the "he" of
    "the") and outside the content first (a speaker inside it is only that of a quote split by its cue)."""
    end = start if end is None else end
    occ = occurrences(text, s) if s else []
    occ = [o for o in occ if whole_word(text, o, s)] or occ
    occ = [o for o in occ if o + len(s) <= start or o >= end] or occ
    if not occ: return None
    i = min(occ, key=lambda o: min(abs(o - start), abs(o - end)))
    return [i, i + len(s)]
out, problems, nq = [], 0, 0
for path in args:
    for no, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.strip()
        if not line: continue
        try:
            r = json.loads(line); text = r["text"]
        except Exception as e:
            problems += 1; print(f"{path}:{no}: bad JSON: {e}"); continue
        quotes, cursor, bad = [], 0, False
        for q in r.get("quotes", []):
            c = q.get("content") or ""
            occ = [o for o in occurrences(text, c) if o >= cursor] or occurrences(text, c)
            if not c or not occ:
                bad = True; print(f"{path}:{no}: content not found: {c[:60]!r}"); continue
            if q.get("speaker_kind") not in KINDS or q.get("kind") not in {"direct", "indirect", "mixed"} \
                    or q.get("class", "core") not in {"core", "extended"}:
                bad = True; print(f"{path}:{no}: bad speaker_kind/kind/class in {q}"); continue
            cs = occ[0]; cursor = cs + 1
            spans = {}
            for key in ["speaker", "speaker_antecedent", "cue", "via"]:
                s = q.get(key)
                # The cue stands by its speaker ("X said that “…”. She said …"), the rest by the content.
                anchor = spans.get("speaker") if key == "cue" and spans.get("speaker") else [cs, cs + len(c)]
                spans[key] = nearest(text, s, *anchor) if s else None
                if s and spans[key] is None:
                    bad = True; print(f"{path}:{no}: {key} not found: {s!r}")
            quotes.append({"content": [cs, cs + len(c)], "speaker": spans["speaker"],
                "antecedent": spans["speaker_antecedent"], "cue": spans["cue"], "via": spans["via"],
                "speaker_kind": q.get("speaker_kind"), "kind": q.get("kind"), "class": q.get("class", "core")})
        neg = []
        for s in r.get("not_speech", []) or []:
            sp = nearest(text, s, 0)
            if sp is None: bad = True; print(f"{path}:{no}: not_speech not found: {s!r}")
            else: neg.append(sp)
        if bad: problems += 1; continue
        nq += len(quotes)
        out.append({**({"id": r["id"]} if "id" in r else {}), "text": text, "chars": len(text), "quotes": quotes, "not_speech": neg})
print(f"{len(out)} paragraphs ok ({nq} quotes), {problems} with problems", file=sys.stderr)
if out_path:
    with open(out_path, "w", encoding="utf-8") as w:
        for r in out: w.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
