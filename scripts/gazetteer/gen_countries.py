#!/usr/bin/env python3
"""Generate crates/tagger/gazetteer/countries.toml.

Inputs
  * CLDR territory display names (Unicode CLDR, via the Babel package) for
    en, de, fr, es, it, ru, uk;
  * the ISO 3166-1 alpha-2 code list (via the pycountry package) plus XK (Kosovo);
  * scripts/gazetteer/countries_supplement.toml: hand-maintained aliases that
    CLDR lacks (short and long forms, acronyms, adjectives, demonyms, capitals
    used as metonyms, inflected forms) and the corrections of CLDR names that
    are bad aliases.

Output is deterministic: countries sorted by id, languages in a fixed order,
aliases in input order (CLDR first, then the supplement), duplicates removed.

    pip install -r scripts/gazetteer/requirements.txt
    python3 scripts/gazetteer/gen_countries.py            # writes the file
    python3 scripts/gazetteer/gen_countries.py --check    # exit 1 if it would change

See docs/gazetteer-countries.md for the rules.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
import unicodedata
from pathlib import Path

import babel
import pycountry
from slavic import adjective_forms, case_forms
from babel import Locale
from babel.core import get_cldr_version

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SUPPLEMENT = HERE / "countries_supplement.toml"
OUTPUT = ROOT / "crates" / "tagger" / "gazetteer" / "countries.toml"

CLDR_LANGS = ["en", "de", "fr", "es", "it", "ru", "uk"]
ALL_LANGS = CLDR_LANGS + ["any"]
FLAGS = {
    "exact", "cap", "capital", "no-person", "weak", "compound", "fixed", "place-first",
    "de-name", "de-adj", "de-noun", "en-noun",
}
CASE_FLAGS = {"exact", "cap", "capital"}
EXTRA_CODES = {"XK": "Kosovo"}  # user-assigned code, used by the EU and CLDR
SUPPLEMENT_KEYS = {"name", "drop"} | set(ALL_LANGS)


class InputError(Exception):
    pass


def normalize(text: str) -> str:
    """The matcher's folding (docs/architecture.md, Matching step 1), used here only to
    find aliases that the matcher would see as the same pattern."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            if ch == "\u0308" and out and out[-1] in "aou":
                out.append("e")
            continue
        out.append(ch.lower().replace("ß", "ss"))
    folded = "".join(out)
    return re.sub(r"[^\w]+|_+", "  ", folded).strip()


def parse_alias(raw: str, where: str) -> tuple[str, list[str]]:
    parts = raw.split("|")
    text, flags = parts[0], parts[1:]
    if not text or text != text.strip() or "  " in text:
        raise InputError(f"{where}: bad alias text {raw!r}")
    for flag in flags:
        if flag not in FLAGS:
            raise InputError(f"{where}: unknown flag {flag!r} in {raw!r}")
    if len(set(flags)) != len(flags):
        raise InputError(f"{where}: repeated flag in {raw!r}")
    return text, flags


def is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(letters) <= 5


def auto_flags(text: str, flags: list[str]) -> list[str]:
    """Case rule applied to every alias (see docs/gazetteer-countries.md):
    acronyms are case-exact, names starting with a capital need a capital."""
    if CASE_FLAGS & set(flags):
        return flags
    if is_acronym(text):
        return ["exact"] + flags
    if text[0].isupper():
        return ["cap"] + flags
    return flags


def clean_cldr(lang: str, name: str) -> list[str]:
    """Turn one CLDR display name into the aliases it stands for."""
    text = re.sub(r"\s*\([^)]*\)", "", name)  # "(Burma)", "(САР)", "(partie néerlandaise)"
    if lang == "ru":
        text = re.sub(r"(?<!\w)о-ва(?!\w)", "острова", text)
        text = re.sub(r"(?<!\w)о-в(?!\w)", "остров", text)
        text = text.replace("Св. ", "Святой ")
    text = re.sub(r"\s+", " ", text).strip()
    out = [text]
    if lang == "en" and "&" in text:
        out.append(text.replace("&", "and"))
    if lang == "en" and re.search(r"\bSt\. ", text):
        out += [t.replace("St. ", "Saint ") for t in list(out)]
    if lang == "de":
        out += german_adjective_variants(text)
    return out


GERMAN_ADJ = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]*(?:isch|ig|t))(e|es|er)$")


def german_adjective_variants(text: str) -> list[str]:
    """'Vereinigte Arabische Emirate' -> 'Vereinigten Arabischen Emirate(n)',
    'Vereinigtes Königreich' -> 'Vereinigten Königreich', 'Vereinigte Königreich':
    the weak/dative forms of leading adjectives, which the last-word
    inflection of the loader cannot produce."""
    words = text.split(" ")
    if len(words) < 2:
        return []
    weak = list(words)  # after a definite article: das Vereinigte Königreich
    changed = False
    for i, word in enumerate(words[:-1]):
        m = GERMAN_ADJ.match(word)
        if not m:
            break
        words[i] = m.group(1) + "en"
        weak[i] = m.group(1) + "e"
        changed = True
    if not changed:
        return []
    out = [" ".join(words)]
    if weak != text.split(" "):
        out.append(" ".join(weak))
    if words[-1].endswith("e"):  # plural head noun: dative plural in -n
        out.append(" ".join(words[:-1] + [words[-1] + "n"]))
    return out


def codes() -> list[str]:
    iso = {c.alpha_2 for c in pycountry.countries}
    if len(iso) != 249:
        raise InputError(f"pycountry lists {len(iso)} alpha-2 codes, expected 249")
    return sorted(iso | set(EXTRA_CODES))


def load_supplement(path: Path, known: set[str]) -> dict:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    for code, entry in data.items():
        if code not in known:
            raise InputError(f"{path.name}: [{code}] is not a known country code")
        unknown = set(entry) - SUPPLEMENT_KEYS
        if unknown:
            raise InputError(f"{path.name}: [{code}] unknown keys {sorted(unknown)}")
        for lang in ALL_LANGS:
            for raw in entry.get(lang, []):
                parse_alias(raw, f"{path.name}: [{code}].{lang}")
        for item in entry.get("drop", []):
            lang, _, text = item.partition(":")
            if lang not in CLDR_LANGS or not text:
                raise InputError(f"{path.name}: [{code}] bad drop {item!r}")
    return data


def build(supplement: dict) -> tuple[list[dict], list[str]]:
    locales = {lang: Locale.parse(lang) for lang in CLDR_LANGS}
    notes = []
    countries = []
    for code in codes():
        sup = supplement.get(code, {})
        drops = set(sup.get("drop", []))
        used_drops = set()
        aliases: dict[str, list[str]] = {}
        en_capitals = [a for a in sup.get("en", []) if "capital" in a.split("|")[1:]]
        for lang in ALL_LANGS:
            # normalized text -> (text, flags, from supplement), insertion ordered
            ordered: dict[str, tuple[str, list[str], bool]] = {}
            if lang in CLDR_LANGS:
                cldr = locales[lang].territories.get(code)
                if cldr is None:
                    raise InputError(f"CLDR has no {lang} name for {code}")
                for text in clean_cldr(lang, cldr):
                    if f"{lang}:{text}" in drops:
                        used_drops.add(f"{lang}:{text}")
                        continue
                    ordered.setdefault(normalize(text), (text, [], False))
            for raw in sup.get(lang, []):
                text, flags = parse_alias(raw, f"[{code}].{lang}")
                key = normalize(text)
                if key in ordered:
                    if ordered[key][2]:
                        raise InputError(f"[{code}].{lang}: {text!r} repeats {ordered[key][0]!r}")
                    if flags:  # supplement flags win over those of a CLDR name
                        ordered[key] = (ordered[key][0], flags, True)
                    else:
                        notes.append(f"{code}.{lang}: {text!r} is already a CLDR name")
                    continue
                ordered[key] = (text, flags, True)
            if lang == "de":
                # English spellings of capitals also occur in German text, with the
                # genitive s of German aliases (Washingtons, Kabuls). Without `no-person`:
                # German nouns are capitalized (`ein Versuch Washingtons`).
                for raw in en_capitals:
                    text, flags = parse_alias(raw, f"[{code}].en")
                    flags = [f for f in flags if f != "no-person"]
                    ordered.setdefault(normalize(text), (text, flags, True))
            if lang in ("ru", "uk"):
                # oblique cases as aliases of their own (the loader has no Slavic inflection)
                for text, flags, _ in list(ordered.values()):
                    if {"exact", "fixed"} & set(flags):
                        continue
                    forms = case_forms(lang, text, city="capital" in flags)
                    forms += adjective_forms(lang, text)
                    for form in forms:
                        ordered.setdefault(normalize(form), (form, flags, True))
            if ordered:
                aliases[lang] = [
                    "|".join([t] + auto_flags(t, f)) for t, f, _ in ordered.values()
                ]
        unused = drops - used_drops
        if unused:
            raise InputError(f"[{code}] drop entries match no CLDR name: {sorted(unused)}")
        if "name" in sup:
            name = sup["name"]
        else:
            name = clean_cldr("en", locales["en"].territories[code])[-1]
            name = name.replace("&", "and")
        countries.append({"id": code, "name": name, "aliases": aliases})
    return countries, notes


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def render(countries: list[dict]) -> str:
    counts = {lang: 0 for lang in ALL_LANGS}
    for c in countries:
        for lang, items in c["aliases"].items():
            counts[lang] += len(items)
    lines = [
        "# countries.toml: GENERATED FILE, do not edit by hand.",
        "# Regenerate:  pip install -r scripts/gazetteer/requirements.txt",
        "#              python3 scripts/gazetteer/gen_countries.py",
        "# Inputs: scripts/gazetteer/countries_supplement.toml (hand-maintained, this project)",
        f"#         Unicode CLDR {get_cldr_version()} territory names via Babel {babel.__version__}",
        "#         (CLDR data: Unicode License v3, https://www.unicode.org/license.txt;",
        "#          Babel: BSD-3-Clause)",
        f"#         ISO 3166-1 alpha-2 code list via pycountry {pycountry_version()} (LGPL-2.1),",
        "#         plus XK (Kosovo).",
        "# Format and flags: docs/architecture.md; rules: docs/gazetteer-countries.md",
        f"# {len(countries)} countries; aliases per language: "
        + ", ".join(f"{lang} {counts[lang]}" for lang in ALL_LANGS),
        "",
    ]
    for c in countries:
        lines.append("[[country]]")
        lines.append(f"id = {toml_str(c['id'])}")
        lines.append(f"name = {toml_str(c['name'])}")
        lines.append("[country.aliases]")
        for lang in ALL_LANGS:
            items = c["aliases"].get(lang)
            if items:
                lines.append(f"{lang} = [{', '.join(toml_str(a) for a in items)}]")
        lines.append("")
    return "\n".join(lines)


def pycountry_version() -> str:
    from importlib.metadata import version

    return version("pycountry")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the output would change")
    ap.add_argument("--output", type=Path, default=OUTPUT)
    args = ap.parse_args()
    try:
        known = set(codes())
        supplement = load_supplement(SUPPLEMENT, known)
        countries, notes = build(supplement)
        for note in notes:
            print(f"note: {note}", file=sys.stderr)
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    text = render(countries)
    tomllib.loads(text)  # the output must parse
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date; run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output} ({len(countries)} countries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
