"""Times trafilatura's extract() on a directory of *.html.gz pages, read into memory first (one process)."""
import gzip
import pathlib
import sys
import time

import trafilatura

directory = pathlib.Path(sys.argv[1])
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 1
pages = [gzip.decompress(p.read_bytes()) for p in sorted(directory.glob("*.html.gz"))]
started = time.perf_counter()
for _ in range(rounds):
    for page in pages:
        trafilatura.extract(page)
seconds = time.perf_counter() - started
print(f"trafilatura {trafilatura.__version__}: {len(pages)} pages x {rounds} rounds in {seconds:.2f} s: "
      f"{len(pages) * rounds / seconds:.1f} docs/s")
