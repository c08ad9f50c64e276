"""Turns lower-cased, tokenised NERP news sentences (IndoNLU, Apache-2.0) back into news-like text.

NERP ships Indonesian news sentences lower-cased and split into tokens. Attribution rules read capitals
(names) and punctuation (quote marks, commas), so each chosen sentence is detokenised and recased:
- a truecaser learnt from cased Indonesian news-style text (the DSLCC file, NERGRIT, warta's written
  paragraphs) gives each word its usual form, looking at whether the next word is capitalised ("Presiden
  Joko" but "kata presiden");
- words inside PPL/PLC/IND/EVT entities are capitalised (a short organisation never seen cased is an
  acronym: "kpk" -> "KPK");
- the first word of the sentence and of a quotation is capitalised.

The result is not the original article text; it is what the labelled set `attribution-id-nerp.jsonl`
was labelled on. Usage (from the repository root, with ../shared beside it):
  python3 crates/eval/data/make/nerp_sentences.py SEED WITH_CUES OTHERS > sentences.tsv
writes `ID<TAB>TEXT`, ID being `split:index` (0-based sentence index in the NERP split file): WITH_CUES
sentences that hold a quote mark or a cue-looking word (a stem of a verb of saying, opinion or request,
so "bertambah" and "sudah jelas" come too, as negatives) and OTHERS of the rest, in random order.
"""
import json, random, re, sys
from collections import Counter, defaultdict

SHARED = "../shared/eval"
WORD = re.compile(r"\w+", re.UNICODE)

def cased_texts():
    for line in open(f"{SHARED}/langid/dslcc-v1-test-id-my.tsv", encoding="utf-8"):
        yield line.split("\t")[0]
    for path in ["crates/ner/train/written-news-id.jsonl", "crates/eval/data/attribution-id-written.jsonl"]:
        for line in open(path, encoding="utf-8"):
            yield json.loads(line)["text"]
    for path in ["train_preprocess.txt", "valid_preprocess.txt"]:
        for block in open(f"{SHARED}/ner-id/nergrit_ner-grit/{path}", encoding="utf-8").read().split("\n\n"):
            yield " ".join(l.split("\t")[0] for l in block.split("\n") if l.strip())

def learn_casing():
    """form[w] counts the written forms of w; capital[w][next_is_capital] counts capitalised uses."""
    forms = defaultdict(Counter)
    capital = defaultdict(lambda: [[0, 0], [0, 0]])
    for text in cased_texts():
        words = [(m.group(), m.start()) for m in WORD.finditer(text)]
        for i, (w, start) in enumerate(words):
            before = text[:start].rstrip()
            if i == 0 or before.endswith((".", "\"", "“", ":", "?", "!", "-")):
                continue  # sentence or quote start: capitalised whatever the word
            low = w.lower()
            forms[low][w] += 1
            nxt = words[i + 1][0] if i + 1 < len(words) else ""
            capital[low][nxt[:1].isupper()][w[:1].isupper()] += 1
    return forms, capital

def sentences(path):
    for block in open(path, encoding="utf-8").read().split("\n\n"):
        rows = [l.split("\t") for l in block.split("\n") if l.strip()]
        if rows:
            yield [r[0] for r in rows], [r[1] if len(r) > 1 else "O" for r in rows]

def recase(tokens, labels, forms, capital):
    out = [None] * len(tokens)
    for i in range(len(tokens) - 1, -1, -1):
        t, low = tokens[i], tokens[i].lower()
        seen = forms.get(low)
        if labels[i] != "O":
            if seen and seen.most_common(1)[0][0].isupper() and len(low) > 1:
                out[i] = seen.most_common(1)[0][0]
            elif seen and seen.most_common(1)[0][0].islower() and low in {"dan", "di", "ke", "dari", "untuk", "atas", "bagi", "pada", "dengan", "the", "of", "and"}:
                out[i] = low
            elif not seen and labels[i] == "B-IND" and (i + 1 == len(labels) or labels[i + 1] != "I-IND") \
                    and low.isalpha() and len(low) <= 4:
                out[i] = low.upper()
            else:
                out[i] = t[:1].upper() + t[1:]
            continue
        if seen:
            nxt_cap = i + 1 < len(out) and out[i + 1][:1].isupper()
            lower, upper = capital[low][nxt_cap]
            best = seen.most_common(1)[0][0]
            if best.isupper() and len(best) > 1:
                out[i] = best
            elif upper > lower:
                out[i] = t[:1].upper() + t[1:]
            else:
                out[i] = t
        else:
            out[i] = t
    return out

NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", ")", "]", "...", "%", "nya"}
def detokenise(tokens):
    text, open_quote, capital_next = "", False, True
    for i, t in enumerate(tokens):
        if t == "\"":
            if open_quote:
                text += "\""
            else:
                text += (" " if text else "") + "\""
            open_quote = not open_quote
            capital_next = capital_next or open_quote
            continue
        if capital_next and t[:1].isalpha():
            t = t[:1].upper() + t[1:]
            capital_next = False
        if not text or text.endswith(("(", "[")) or (text.endswith("\"") and open_quote) or t in NO_SPACE_BEFORE:
            text += t
        elif t == "-" and i + 1 < len(tokens) and text[-1:].isalpha() and tokens[i + 1][:1].islower() \
                and text[-1:].islower():
            text += "-"
        elif text.endswith("-") and text[-2:-1].isalpha() and text[-2:-1].islower():
            text += t
        else:
            text += " " + t
        if t in {".", "?", "!"}:
            capital_next = True
    return text

CUE_LIKE = re.compile(r"\"|kata|ujar|ucap|tutur|ungkap|jelas|tegas|imbuh|tambah|sebut|terang|papar|sampai|nyata|"
                      r"menurut|kutip|lapor|beritahu|benar|klaim|umum|tanya|jawab|nilai|pendapat|aku|minta|"
                      r"desak|imbau|ingat|bantah|sangkal|harap|duga|yakin|kritik|lansir|said", re.IGNORECASE)

def main():
    seed, with_cues, others = (int(a) for a in sys.argv[1:4])
    forms, capital = learn_casing()
    pool = []
    for split in ["train", "valid"]:
        for n, (tokens, labels) in enumerate(sentences(f"{SHARED}/ner-id/nerp_ner-prosa/{split}_preprocess.txt")):
            pool.append((f"{split}:{n}", detokenise(recase(tokens, labels, forms, capital))))
    rng = random.Random(seed)
    rng.shuffle(pool)
    chosen = [p for p in pool if CUE_LIKE.search(p[1])][:with_cues] + \
        [p for p in pool if not CUE_LIKE.search(p[1])][:others]
    rng.shuffle(chosen)
    for ident, text in chosen:
        print(f"{ident}\t{text}")

if __name__ == "__main__":
    main()
