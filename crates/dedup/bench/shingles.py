"""The shingling of warta_dedup (src/words.rs, src/minhash.rs), in Python, for the benchmark's other tools.

Words: Unicode NFC, split on whitespace, letters and digits only, lower-cased; empty words dropped.
Shingles: every run of three consecutive words joined by one space; a text of one or two words is one shingle.
"""
import unicodedata

SHINGLE_WORDS = 3


def words(text):
    text = unicodedata.normalize("NFC", text)
    out = []
    for raw in text.split():
        word = "".join(filter(str.isalnum, raw)).lower()
        if word:
            out.append(word)
    return out


def shingles(text):
    ws = words(text)
    if not ws:
        return []
    if len(ws) < SHINGLE_WORDS:
        return [" ".join(ws)]
    return [" ".join(ws[i:i + SHINGLE_WORDS]) for i in range(len(ws) - SHINGLE_WORDS + 1)]


def jaccard(a, b):
    """Exact Jaccard similarity of two shingle sets (0.0 when either is empty), as warta's shingle_jaccard."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)
