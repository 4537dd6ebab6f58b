#!/usr/bin/env python3
"""Lint countries.toml and regions.toml without building the Rust loader.

    python3 scripts/gazetteer/check_aliases.py [DIR]      # default crates/tagger/gazetteer

Errors (exit 1): unparsable TOML, bad ids, unknown languages or flags, empty or
padded alias text, the same alias twice in one entry, the same folded alias in
two countries for languages that can meet in one article (a language, `en`
and `any` always meet).
Info (printed with --verbose): for each region alias, the country aliases it hides.
The authoritative check is `enricher gazetteer check`; this one exists so the data
can be validated while the loader is being written.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_countries import FLAGS, normalize  # noqa: E402

LANGS = {"en", "de", "fr", "es", "it", "ru", "uk", "pt", "pl", "tr", "ar", "fa", "zh", "any"}
INFLECTIONS = {"fixed", "de-name", "de-adj", "de-noun", "en-noun", "ar-nisba"}
ROOT = Path(__file__).resolve().parent.parent.parent


def aliases_of(entry: dict, where: str, errors: list[str]):
    aliases = entry.get("aliases")
    if not isinstance(aliases, dict) or not aliases:
        errors.append(f"{where}: no aliases")
        return
    for lang, items in aliases.items():
        if lang not in LANGS:
            errors.append(f"{where}: unknown language {lang!r}")
            continue
        seen = set()
        for raw in items:
            text, *flags = raw.split("|")
            if not text or text != text.strip() or "  " in text:
                errors.append(f"{where}.{lang}: bad text {raw!r}")
            if not normalize(text):
                errors.append(f"{where}.{lang}: {raw!r} folds to nothing")
            for f in flags:
                if f not in FLAGS:
                    errors.append(f"{where}.{lang}: unknown flag {f!r} in {raw!r}")
            if len(INFLECTIONS & set(flags)) > 1:
                errors.append(f"{where}.{lang}: two inflection flags in {raw!r}")
            if {"de-adj", "de-noun", "de-name"} & set(flags) and lang not in ("de", "any"):
                errors.append(f"{where}.{lang}: German inflection on a {lang} alias {raw!r}")
            if "en-noun" in flags and lang not in ("en", "any"):
                errors.append(f"{where}.{lang}: en-noun on a {lang} alias {raw!r}")
            key = normalize(text)
            if key in seen:
                errors.append(f"{where}.{lang}: {raw!r} repeats an alias of the same entry")
            seen.add(key)
            yield lang, text, flags, key


def meet(a: str, b: str) -> bool:
    return a == b or "any" in (a, b) or "en" in (a, b)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="?", type=Path, default=ROOT / "crates/tagger/gazetteer")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    errors: list[str] = []

    data = {}
    for name in ("countries.toml", "regions.toml"):
        path = args.dir / name
        try:
            data[name] = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as e:
            errors.append(f"{name}: {e}")
    countries = data.get("countries.toml", {}).get("country", [])
    regions = data.get("regions.toml", {}).get("region", [])

    by_key = defaultdict(list)  # folded alias -> [(country id, lang, raw)]
    ids = set()
    for c in countries:
        cid = c.get("id", "")
        where = f"countries.toml[{cid}]"
        if not re.fullmatch(r"[A-Z]{2}", cid):
            errors.append(f"{where}: bad id")
        if cid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(cid)
        if not c.get("name"):
            errors.append(f"{where}: no name")
        for lang, text, flags, key in aliases_of(c, where, errors):
            by_key[key].append((cid, lang, "|".join([text] + flags)))
    for key, uses in sorted(by_key.items()):
        for i, (c1, l1, r1) in enumerate(uses):
            for c2, l2, r2 in uses[i + 1:]:
                if c1 != c2 and meet(l1, l2):
                    errors.append(f"countries.toml: {r1!r} ({c1}.{l1}) and {r2!r} ({c2}.{l2}) collide")

    region_ids = set()
    for r in regions:
        rid = r.get("id", "")
        where = f"regions.toml[{rid}]"
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rid):
            errors.append(f"{where}: bad id")
        if rid in region_ids:
            errors.append(f"{where}: duplicate id")
        region_ids.add(rid)
        for lang, text, flags, key in aliases_of(r, where, errors):
            if key in by_key:
                errors.append(f"{where}.{lang}: {text!r} is also a country alias {by_key[key]}")
            if args.verbose:
                padded = f" {key} "
                hidden = sorted({cid for k, uses in by_key.items() if f" {k} " in padded
                                 for cid, _, _ in uses})
                print(f"info: {rid}.{lang} {text!r} hides {hidden or 'nothing'}")

    for e in errors:
        print(f"error: {e}")
    print(f"{len(countries)} countries, {len(regions)} regions, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
