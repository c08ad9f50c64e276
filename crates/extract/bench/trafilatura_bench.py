"""Times trafilatura's extract() on a directory of *.html.gz pages, read into memory first (one process).

    trafilatura_bench.py DIR [ROUNDS] [--dump FILE]

With --dump, nothing is timed: each page's body text and date (extract() with metadata) are written to FILE
as JSON Lines ({"id", "text", "date"}) for score.py.
"""
import gzip
import json
import pathlib
import sys
import time

import trafilatura

args = sys.argv[1:]
dump = None
if "--dump" in args:
    at = args.index("--dump")
    dump = args[at + 1]
    del args[at : at + 2]
directory = pathlib.Path(args[0])
rounds = int(args[1]) if len(args) > 1 else 1
paths = sorted(directory.glob("*.html.gz"))
pages = [gzip.decompress(p.read_bytes()) for p in paths]
if dump:
    with open(dump, "w", encoding="utf-8") as out:
        for path, page in zip(paths, pages):
            result = trafilatura.extract(page, output_format="json", with_metadata=True)
            record = json.loads(result) if result else {}
            line = {"id": path.name.removesuffix(".html.gz"), "text": record.get("text") or "",
                    "date": record.get("date")}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    sys.exit(0)
started = time.perf_counter()
for _ in range(rounds):
    for page in pages:
        trafilatura.extract(page)
seconds = time.perf_counter() - started
print(f"trafilatura {trafilatura.__version__}: {len(pages)} pages x {rounds} rounds in {seconds:.2f} s: "
      f"{len(pages) * rounds / seconds:.1f} docs/s")
