"""Regenerates id-ms-weights.tsv, the Indonesian-vs-Malay word weights, from wordfreq's data.

    python3 -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1
    /tmp/wf/bin/python make_id_ms_weights.py > id-ms-weights.tsv

Each line is `word<TAB>weight`, weight = ln(P_ms(word) / P_id(word)) with both frequencies floored at FLOOR, so
a sentence's summed weight is a naive-Bayes log-likelihood ratio (positive: Malay). Words whose weight is
near zero carry no evidence and are left out to keep the file small. Only wordfreq's frequency lists are used;
no evaluation data.
"""

import math

import wordfreq

TOP_N = 30000  # words taken from each language's list
FLOOR = 1e-7  # frequency given to a word missing from one list
MIN_WEIGHT = 0.3

vocab = set(wordfreq.top_n_list("id", TOP_N)) | set(wordfreq.top_n_list("ms", TOP_N))
rows = []
for word in vocab:
    if "\t" in word or not any(c.isalpha() for c in word):
        continue
    id_f = max(wordfreq.word_frequency(word, "id"), FLOOR)
    ms_f = max(wordfreq.word_frequency(word, "ms"), FLOOR)
    weight = math.log(ms_f / id_f)
    if abs(weight) >= MIN_WEIGHT:
        rows.append((word, weight))
for word, weight in sorted(rows):
    print(f"{word}\t{weight:.2f}")
