"""Builds the near-duplicate benchmark corpus from real article texts.

Usage: make_corpus.py SHARED_DIR OUT_DIR [DOCS] [SEED]

Base texts: the gold article bodies of SHARED_DIR/eval/extraction/ground-truth.json and the articles of
SHARED_DIR/eval/clustering/mds_ac_dev_final.json (each when present), exact duplicates removed. Every base text
gets a family of generated variants with known edits (word substitutions and deletions, boilerplate prepended or
appended, truncation by 10-20%, paragraph reorder, and combinations, light to heavy) until the corpus holds DOCS
documents. Writes OUT_DIR/corpus.jsonl ({"id", "text"} per line, shuffled) and OUT_DIR/truth.tsv: every pair of
documents in one family with its exact shingle Jaccard (pairs across families share nothing by construction;
the evaluator computes the true Jaccard of any other reported pair).
"""
import json
import os
import random
import sys

from shingles import jaccard, shingles

BOILERPLATE = [
    "Baca juga: Harga emas hari ini naik tipis di tengah penguatan dolar AS",
    "Ikuti berita terkini dan terpercaya dari kami di Google News. Klik di sini untuk bergabung dengan kanal WhatsApp.",
    "Advertisement. Scroll to continue with content.",
    "Copyright 2024 The News Company. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    "Sign up for our morning newsletter to get the day's top stories delivered to your inbox every weekday.",
    "Artikel ini telah tayang di Kabar Nusantara dengan judul yang sama. Editor: Redaksi. Penulis: Tim Liputan.",
    "READ MORE: Officials say the investigation is continuing and more details will be released later this week",
    "Simak berita dan artikel lainnya di saluran Telegram kami serta ikuti akun Instagram resmi redaksi.",
]

FILLER_WORDS = ["the", "a", "said", "yang", "dan", "di", "itu", "new", "report", "kata", "pada", "also",
                "when", "untuk", "dengan", "government", "police", "officials", "warga", "tahun"]


def load_bases(shared):
    texts = []
    gold = os.path.join(shared, "eval", "extraction", "ground-truth.json")
    if os.path.exists(gold):
        with open(gold, encoding="utf-8") as f:
            for record in json.load(f).values():
                body = record.get("articleBody") or ""
                texts.append(body)
    mds = os.path.join(shared, "eval", "clustering", "mds_ac_dev_final.json")
    if os.path.exists(mds):
        with open(mds, encoding="utf-8") as f:
            for article in json.load(f).get("articles", []):
                sentences = [s.get("content", "") for s in article.get("sentences", [])]
                # Paragraphs of three sentences, so that reordering paragraphs means something.
                paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
                texts.append("\n\n".join(paragraphs))
    seen = set()
    bases = []
    for text in texts:
        key = tuple(shingles(text))
        if len(key) >= 30 and key not in seen:
            seen.add(key)
            bases.append(text)
    return bases


def edit_words(rng, text, rate):
    """Substitutes or deletes about `rate` of the words, keeping the paragraph breaks."""
    paragraphs = []
    for paragraph in text.split("\n\n"):
        out = []
        for word in paragraph.split():
            r = rng.random()
            if r < rate / 2:
                continue
            if r < rate:
                out.append(rng.choice(FILLER_WORDS))
            else:
                out.append(word)
        paragraphs.append(" ".join(out))
    return "\n\n".join(paragraphs)


def truncate(rng, text):
    cut = 1.0 - rng.uniform(0.10, 0.20)
    words = text.split(" ")
    return " ".join(words[: max(1, int(len(words) * cut))])


def reorder(rng, text):
    paragraphs = text.split("\n\n")
    if len(paragraphs) > 1:
        i, j = rng.sample(range(len(paragraphs)), 2)
        paragraphs[i], paragraphs[j] = paragraphs[j], paragraphs[i]
    return "\n\n".join(paragraphs)


def boilerplate(rng, text):
    before = rng.random() < 0.5
    lines = rng.sample(BOILERPLATE, rng.randint(1, 3))
    return "\n\n".join(lines + [text]) if before else "\n\n".join([text] + lines)


def variant(rng, text):
    """One generated re-publication: a random mix of edits, from a trivial copy to a heavy rewrite."""
    kind = rng.randrange(7)
    if kind == 0:
        return boilerplate(rng, text)
    if kind == 1:
        return truncate(rng, text)
    if kind == 2:
        return reorder(rng, text)
    if kind == 3:
        return edit_words(rng, text, rng.uniform(0.01, 0.06))
    if kind == 4:
        return boilerplate(rng, truncate(rng, edit_words(rng, text, rng.uniform(0.01, 0.04))))
    if kind == 5:
        # Around the 0.8 boundary: the pairs that separate good recall from good precision.
        return edit_words(rng, reorder(rng, text), rng.uniform(0.04, 0.10))
    return edit_words(rng, text, rng.uniform(0.10, 0.30))


def main():
    shared, out_dir = sys.argv[1], sys.argv[2]
    docs = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7)
    bases = load_bases(shared)
    if not bases:
        sys.exit(f"no article texts found under {shared}/eval")
    families = [[base] for base in bases]
    while sum(len(f) for f in families) < docs:
        for family in families:
            family.append(variant(rng, family[0]))
            if sum(len(f) for f in families) >= docs:
                break
    documents = []
    truth = []
    for f_index, family in enumerate(families):
        ids = [f"f{f_index}-v{v}" for v in range(len(family))]
        sets = [set(shingles(text)) for text in family]
        documents.extend(zip(ids, family))
        for a in range(len(family)):
            for b in range(a + 1, len(family)):
                truth.append((ids[a], ids[b], jaccard(sets[a], sets[b])))
    rng.shuffle(documents)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for doc_id, text in documents:
            f.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "truth.tsv"), "w", encoding="utf-8") as f:
        for a, b, j in truth:
            f.write(f"{a}\t{b}\t{j:.4f}\n")
    positives = sum(1 for _, _, j in truth if j >= 0.8)
    words = sum(len(t.split()) for _, t in documents)
    print(f"corpus: {len(documents)} docs from {len(bases)} real articles, {words / len(documents):.0f} words/doc, "
          f"{len(truth)} same-family pairs, {positives} with Jaccard >= 0.8")


if __name__ == "__main__":
    main()
