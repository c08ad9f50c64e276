"""Times lingua's detect_language_of on one sentence a line (one thread, models preloaded, not timed).

Usage: lingua_bench.py SENTENCES.txt OUT.txt all|en-id-ms [ROUNDS]
Writes one ISO 639-1 code a line ("und" when lingua names none) and prints
`sentences N seconds S sentences_per_s R`, like the Rust side.
"""
import sys
import time

from lingua import Language, LanguageDetectorBuilder

sentences_path, out_path, languages = sys.argv[1:4]
rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 1
if languages == "all":
    builder = LanguageDetectorBuilder.from_all_languages()
else:
    builder = LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.INDONESIAN, Language.MALAY)
detector = builder.with_preloaded_language_models().build()
with open(sentences_path, encoding="utf-8") as f:
    sentences = f.read().splitlines()
detector.detect_language_of("Pemerintah mengatakan jumlah korban bertambah.")

started = time.perf_counter()
for _ in range(rounds):
    codes = []
    for sentence in sentences:
        language = detector.detect_language_of(sentence)
        codes.append(language.iso_code_639_1.name.lower() if language else "und")
seconds = time.perf_counter() - started
with open(out_path, "w", encoding="utf-8") as f:
    f.write("".join(code + "\n" for code in codes))
total = len(sentences) * rounds
print(f"sentences {total} seconds {seconds:.3f} sentences_per_s {total / seconds:.0f}")
