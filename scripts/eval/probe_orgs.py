#!/usr/bin/env python3
"""Organization probes (gold/probes/*.ndjson): one sentence per name that the news of a
language uses every day, with the name as the article id. Prints, per file, how many names
an organization mention covers and which are left untagged.

    python3 scripts/eval/probe_orgs.py [--enricher target/release/enricher] [FILE ...]
"""

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--enricher", default=str(ROOT / "target/release/enricher"))
    ap.add_argument("files", nargs="*", type=Path)
    args = ap.parse_args()
    files = args.files or sorted((ROOT / "gold/probes").glob("*.ndjson"))
    for path in files:
        out = subprocess.run([args.enricher, "enrich", str(path)], capture_output=True,
                             text=True, check=True).stdout
        total, missed = 0, []
        for line in out.splitlines():
            d = json.loads(line)
            if "article" not in d:
                continue
            total += 1
            if not any(m["type"] == "organization" and m["field"] == "body" for m in d["mentions"]):
                missed.append(d["article"]["id"])
        print(f"{path.name}: {total} names, {total - len(missed)} tagged, {len(missed)} untagged: {' '.join(missed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
