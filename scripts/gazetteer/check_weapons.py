#!/usr/bin/env python3
"""Sanity checks for crates/tagger/gazetteer/weapons.toml (stdlib only).

Checks: the 14 contract categories exactly, unique term ids, known categories,
allowed flags and languages, no alias listed twice in one entry, and reports
aliases that normalize to the same pattern in different entries (the matcher
folds case, umlauts and every run of non-word characters the same way).
Prints counts per category and language. Exit 1 on errors.

usage: python3 scripts/gazetteer/check_weapons.py [path/to/weapons.toml]
"""
import sys
import tomllib
import unicodedata
from collections import Counter, defaultdict

CATEGORIES = [
    "small-arms", "ammunition", "artillery", "missiles", "nuclear", "chemical",
    "biological", "armoured-vehicles", "aircraft", "drones", "air-defence",
    "naval", "mines-explosives", "arms-general",
]
FLAGS = {"exact", "cap", "capital", "no-person", "weak", "compound", "fixed",
         "de-name", "de-adj", "de-noun", "en-noun"}
LANGS = {"en", "de", "fr", "es", "it", "ru", "uk", "any"}
ID_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789-")


def normalize(text: str) -> str:
    """Approximation of the tagger's folding: lower, umlauts, ß, marks, non-word runs."""
    out = []
    for ch in text:
        low = ch.lower()
        low = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}.get(low, low)
        low = "".join(c for c in unicodedata.normalize("NFD", low)
                      if not unicodedata.combining(c))
        out.append(low)
    s = "".join(out)
    words, cur = [], ""
    for ch in s:
        if ch.isalnum():
            cur += ch
        elif cur:
            words.append(cur)
            cur = ""
    if cur:
        words.append(cur)
    return " ".join(words)


def main() -> int:
    path = sys.argv[1] if len(sys.argv) > 1 else "crates/tagger/gazetteer/weapons.toml"
    with open(path, "rb") as f:
        data = tomllib.load(f)
    errors, warnings = [], []
    cats = data.get("category", [])
    ids = [c.get("id") for c in cats]
    if sorted(ids) != sorted(CATEGORIES):
        errors.append(f"categories {ids} != contract {CATEGORIES}")
    for c in cats:
        for key in ("id", "name", "sipri", "un_register"):
            if not c.get(key):
                errors.append(f"category {c.get('id')}: missing {key}")
    seen_ids = set()
    per_cat = Counter()
    per_lang = Counter()
    per_cat_lang = Counter()
    pattern_owner = defaultdict(set)
    total = 0
    for w in data.get("weapon", []):
        wid = w.get("id", "")
        if not wid or not set(wid) <= ID_CHARS:
            errors.append(f"weapon id {wid!r}: must be [a-z0-9-]")
        if wid in seen_ids:
            errors.append(f"weapon id {wid!r}: duplicate")
        seen_ids.add(wid)
        if w.get("category") not in CATEGORIES:
            errors.append(f"{wid}: unknown category {w.get('category')!r}")
        if not w.get("name"):
            errors.append(f"{wid}: missing name")
        aliases = w.get("aliases", {})
        if not aliases:
            errors.append(f"{wid}: no aliases")
        local = set()
        for lang, items in aliases.items():
            if lang not in LANGS:
                errors.append(f"{wid}: unknown language {lang!r}")
            for item in items:
                text, *flags = item.split("|")
                if not text.strip() or text != text.strip():
                    errors.append(f"{wid}: bad alias text {item!r}")
                for fl in flags:
                    if fl not in FLAGS:
                        errors.append(f"{wid}: unknown flag {fl!r} in {item!r}")
                if len(set(flags)) != len(flags):
                    errors.append(f"{wid}: repeated flag in {item!r}")
                key = (lang, normalize(text), "exact" in flags and text)
                if key in local:
                    warnings.append(f"{wid}: alias {item!r} ({lang}) duplicates another alias after normalization")
                local.add(key)
                pattern_owner[normalize(text)].add(wid)
                total += 1
                per_cat[w.get("category")] += 1
                per_lang[lang] += 1
                per_cat_lang[(w.get("category"), lang)] += 1
    for pat, owners in sorted(pattern_owner.items()):
        if len(owners) > 1:
            warnings.append(f"pattern {pat!r} in several entries: {sorted(owners)}")
    for e in errors:
        print("error:", e)
    for w in warnings:
        print("warning:", w)
    print(f"{len(seen_ids)} weapon terms, {total} aliases")
    langs = sorted(per_lang)
    print("category".ljust(18) + "".join(l.rjust(6) for l in langs) + "total".rjust(7))
    for c in CATEGORIES:
        row = "".join(str(per_cat_lang[(c, l)]).rjust(6) for l in langs)
        print(c.ljust(18) + row + str(per_cat[c]).rjust(7))
    print("all".ljust(18) + "".join(str(per_lang[l]).rjust(6) for l in langs) + str(total).rjust(7))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
