#!/usr/bin/env python3
"""Score one entity type per language: splits an annotated gold NDJSON file by `lang` and
runs `enricher eval` on each part, printing the span-level row of the type.

    cargo build -q -p enricher
    python3 scripts/gazetteer/eval_by_lang.py                       # gold/multilingual.ndjson, country
    python3 scripts/gazetteer/eval_by_lang.py --type weapon --gold gold/gold.ndjson
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "gold" / "multilingual.ndjson")
    ap.add_argument("--type", default="country", choices=["country", "organization", "weapon", "micro"])
    ap.add_argument("--enricher", type=Path, default=ROOT / "target" / "debug" / "enricher")
    args = ap.parse_args()
    if not args.enricher.exists():
        print(f"error: {args.enricher} not found; run `cargo build -p enricher`", file=sys.stderr)
        return 2
    by_lang: dict[str, list[str]] = defaultdict(list)
    for n, line in enumerate(args.gold.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                by_lang[json.loads(line).get("lang") or "und"].append(line)
            except json.JSONDecodeError as e:
                print(f"error: {args.gold}:{n}: {e}", file=sys.stderr)
                return 2
    print(f"{'lang':5} {'tp':>5} {'fp':>5} {'fn':>5} {'precision':>9} {'recall':>7} {'f1':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for lang in sorted(by_lang):
            part = Path(tmp) / f"{lang}.ndjson"
            part.write_text("\n".join(by_lang[lang]) + "\n", encoding="utf-8")
            out = subprocess.run([str(args.enricher), "eval", "--gold", str(part), "--format", "json"],
                                 capture_output=True, text=True, check=True).stdout
            row = find_row(json.loads(out), args.type)
            print(f"{lang:5} {row['tp']:>5} {row['fp']:>5} {row['fn']:>5} "
                  f"{row['precision']:>9.3f} {row['recall']:>7.3f} {row['f1']:>7.3f}")
    return 0


def find_row(evaluation: dict, kind: str) -> dict:
    """The span-level scores of one type in `enricher eval --format json` output."""
    return evaluation["span"][kind]


if __name__ == "__main__":
    sys.exit(main())
