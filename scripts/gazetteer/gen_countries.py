#!/usr/bin/env python3
"""Generate crates/tagger/gazetteer/countries.toml.

Inputs
  * CLDR territory display names (Unicode CLDR, via the Babel package) for
    en, de, fr, es, it, ru, uk, pt, pl, tr, ar, fa, zh (zh: the simplified `zh` and the
    traditional `zh_Hant` locale, both under `zh`);
  * CLDR time-zone exemplar cities (same source) for the names of capitals in every
    language, where the capital is a time-zone city (CAPITAL_TZ);
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
import common_words
import inflect
import polish
from slavic import adjective_forms, case_forms, demonym_forms
from babel import Locale
from babel.core import get_cldr_version

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SUPPLEMENTS = [HERE / "countries_supplement.toml", HERE / "countries_supplement_langs.toml"]
OUTPUT = ROOT / "crates" / "tagger" / "gazetteer" / "countries.toml"

CLDR_LANGS = ["en", "de", "fr", "es", "it", "ru", "uk", "pt", "pl", "tr", "ar", "fa", "zh"]
# CLDR locales read for each alias language (zh: simplified, then traditional script).
CLDR_LOCALES = {lang: [lang] for lang in CLDR_LANGS} | {"zh": ["zh", "zh_Hant"]}
ALL_LANGS = CLDR_LANGS + ["any"]
FLAGS = {
    "exact", "cap", "capital", "no-person", "weak", "compound", "fixed", "place-first",
    "de-name", "de-adj", "de-noun", "en-noun", "zh-abbr", "ar-nisba", "hyphen", "name",
}
# Generator markers: read from the supplement, never written to countries.toml.
#   adj     the base form of an adjective or demonym whose other forms are generated
#           (fr es it pt: gender and number; pl: the -ski paradigm; tr: plural and case
#           suffixes; ar: nisba forms; fa: plural in -ان)
#   person  pl, ru, uk: a masculine personal demonym (Rosjanin, Ukrainiec, россиянин,
#           українець), declined in both numbers
#   common-ok  reviewed: the alias is no common-word look-alike in news (common_words.py)
MARKERS = {"adj", "person", "common-ok"}
# Capitals that are CLDR time-zone exemplar cities: their names in every language come from
# CLDR. Only capitals listed as `capital` aliases in the supplement's `en` are used; the
# others (Washington, Beijing, Ankara, New Delhi...) are hand entries in the supplement.
CAPITAL_TZ = {
    "AF": "Asia/Kabul", "AM": "Asia/Yerevan", "AZ": "Asia/Baku", "BY": "Europe/Minsk",
    "CD": "Africa/Kinshasa", "CU": "America/Havana", "EG": "Africa/Cairo",
    "GE": "Asia/Tbilisi", "HU": "Europe/Budapest", "IQ": "Asia/Baghdad", "IR": "Asia/Tehran",
    "JO": "Asia/Amman", "JP": "Asia/Tokyo", "KP": "Asia/Pyongyang", "KR": "Asia/Seoul",
    "ML": "Africa/Bamako", "PH": "Asia/Manila", "PL": "Europe/Warsaw", "RS": "Europe/Belgrade",
    "RU": "Europe/Moscow", "SA": "Asia/Riyadh", "SO": "Africa/Mogadishu", "SY": "Asia/Damascus",
    "TD": "Africa/Ndjamena", "TW": "Asia/Taipei", "UA": "Europe/Kyiv", "VE": "America/Caracas",
}
# Exemplar-city names that are no alias of the capital: Amman written without its
# shadda is Oman (عمان) in Arabic and Persian.
CAPITAL_TZ_SKIP = {("JO", "ar"), ("JO", "fa")}
CASE_FLAGS = {"exact", "cap", "capital"}
# Languages whose adjectives and demonyms are lower case and whose surnames are often such
# words (it `Russo`, `Greco`; es `Alemán`): the tagger reads a lower-case alias that is
# capitalized inside a sentence as a name unless the alias is flagged `name`.
LOWER_CASE_ADJECTIVES = {"fr", "es", "it", "pt"}
EXTRA_CODES = {"XK": "Kosovo"}  # user-assigned code, used by the EU and CLDR
# States that no longer exist but that news still names, under their former ISO 3166-1
# alpha-2 codes (ISO 3166-3 lists them as withdrawn; contract section 3). West Germany is
# DE: the Federal Republic continued as today's Germany. All aliases are in the supplement.
HISTORICAL = {"SU": "Soviet Union", "YU": "Yugoslavia", "DD": "East Germany",
              "CS": "Czechoslovakia"}
SUPPLEMENT_KEYS = {"name", "drop"} | set(ALL_LANGS)
ZH_ABBR_BLOCK = "zh-abbr"
SUPPLEMENT_KEYS |= {ZH_ABBR_BLOCK}


class InputError(Exception):
    pass


def normalize(text: str) -> str:
    """The matcher's folding (docs/architecture.md, Matching step 1), used here only to
    find aliases that the matcher would see as the same pattern."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if ch == "\u200c":
            continue  # the zero-width non-joiner joins (crates/tagger/src/script)
        if unicodedata.combining(ch):
            if ch == "\u0308" and out and out[-1] in "aou":
                out.append("e")
            continue
        out.append(ch.lower().replace("ß", "ss"))
    folded = "".join(out)
    return re.sub(r"[^\w]+|_+", "  ", folded).strip()


def parse_alias(raw: str, where: str, markers: bool = False) -> tuple[str, list[str]]:
    parts = raw.split("|")
    text, flags = parts[0], parts[1:]
    if not text or text != text.strip() or "  " in text:
        raise InputError(f"{where}: bad alias text {raw!r}")
    for flag in flags:
        if flag not in FLAGS and not (markers and flag in MARKERS):
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
    text = re.sub(r"（[^）]*）", "", text)  # zh: 缅甸（Burma-like qualifiers）
    text = re.split(r"، |, RAE", text)[0]  # fa "…، منطقهٔ ویژهٔ اداری چین", pt ", RAE da China"
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
    clash = iso & set(HISTORICAL)
    if clash:
        raise InputError(f"historical codes {sorted(clash)} are assigned in ISO 3166-1 again")
    return sorted(iso | set(EXTRA_CODES) | set(HISTORICAL))


def load_supplements(paths: list[Path], known: set[str]) -> dict:
    """Reads every supplement and merges them: the lists of one country and key are
    concatenated in file order."""
    merged: dict[str, dict] = {}
    for path in paths:
        for code, entry in load_supplement(path, known).items():
            into = merged.setdefault(code, {})
            for key, value in entry.items():
                if key == "name":
                    if "name" in into:
                        raise InputError(f"{path.name}: [{code}] name given twice")
                    into["name"] = value
                else:
                    into[key] = into.get(key, []) + value
    return merged


def load_supplement(path: Path, known: set[str]) -> dict:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise InputError(f"{path.name}: {e}") from e
    # The [zh-abbr] block: one-character Chinese abbreviations, merged as `zh` aliases
    # with the `zh-abbr` flag (the matching rule is in crates/tagger/src/script/).
    for code, chars in data.pop(ZH_ABBR_BLOCK, {}).items():
        if code not in known:
            raise InputError(f"{path.name}: [{ZH_ABBR_BLOCK}] {code} is not a known country code")
        entry = data.setdefault(code, {})
        entry.setdefault(ZH_ABBR_BLOCK, []).extend(f"{c}|zh-abbr" for c in chars)
    for code, entry in data.items():
        if code not in known:
            raise InputError(f"{path.name}: [{code}] is not a known country code")
        unknown = set(entry) - SUPPLEMENT_KEYS
        if unknown:
            raise InputError(f"{path.name}: [{code}] unknown keys {sorted(unknown)}")
        for lang in ALL_LANGS:
            for raw in entry.get(lang, []):
                parse_alias(raw, f"{path.name}: [{code}].{lang}", markers=True)
        for item in entry.get("drop", []):
            lang, _, text = item.partition(":")
            if lang not in CLDR_LANGS or not text:
                raise InputError(f"{path.name}: [{code}] bad drop {item!r}")
    return data


def expand(lang: str, text: str, flags: list[str]) -> list[str]:
    """The generated forms of one alias (without the alias itself)."""
    if {"exact", "fixed"} & set(flags):
        return []
    if lang in ("ru", "uk"):
        # oblique cases as aliases of their own (the loader has no Slavic inflection)
        if "person" in flags:
            return demonym_forms(lang, text)
        return case_forms(lang, text, city="capital" in flags) + adjective_forms(lang, text)
    if lang == "pl":
        if "person" in flags:
            return polish.demonym_forms(text)
        return polish.case_forms(text) + polish.adjective_forms(text)
    if "adj" not in flags:
        return []
    if lang in ("fr", "es", "it", "pt"):
        return inflect.romance_forms(lang, text)
    if lang == "tr":
        return inflect.turkish_forms(text)
    if lang == "ar":
        return inflect.arabic_forms(text)
    if lang == "fa":
        return inflect.persian_forms(text)
    raise InputError(f"`adj` has no rule in language {lang!r}: {text!r}")


COMMON_LOG: list[str] = []


def common_word_flags(lang: str, text: str, flags: list[str], code: str,
                      ref: float) -> list[str]:
    """The common-word rule (common_words.py): adds `weak` to a frequent-word look-alike."""
    if "common-ok" in flags:
        flags = [f for f in flags if f != "common-ok"]
        COMMON_LOG.append(f"kept (common-ok)  {code}.{lang} {text}")
        return flags
    if {"exact", "weak"} & set(flags):
        return flags
    common, z = common_words.is_common(lang, text, code, ref)
    if not common:
        return flags
    COMMON_LOG.append(f"weak  {code}.{lang} {text!r}: zipf {z:.2f}, country median {ref:.2f}")
    return flags + ["weak"]


def cldr_names(locales: dict, lang: str, code: str) -> list[str]:
    names = []
    for loc in locales[lang]:
        name = loc.territories.get(code)
        if name is None:
            raise InputError(f"CLDR has no {loc} name for {code}")
        names += clean_cldr(lang, name)
    return names


def capital_names(locales: dict, lang: str, code: str) -> list[str]:
    tz = CAPITAL_TZ.get(code)
    if tz is None or (code, lang) in CAPITAL_TZ_SKIP:
        return []
    out = []
    for loc in locales[lang]:
        city = (loc.time_zones.get(tz) or {}).get("city")
        if city:
            out.append(city.replace("’", "'"))
    return out


def build(supplement: dict) -> tuple[list[dict], list[str]]:
    locales = {lang: [Locale.parse(x) for x in CLDR_LOCALES[lang]] for lang in CLDR_LANGS}
    notes = []
    countries = []
    for code in codes():
        sup = supplement.get(code, {})
        drops = set(sup.get("drop", []))
        used_drops = set()
        aliases: dict[str, list[str]] = {}
        en_capitals = [a for a in sup.get("en", []) if "capital" in a.split("|")[1:]]
        if code in HISTORICAL:
            ref = common_words.reference({"en": HISTORICAL[code]})
        else:
            ref = common_words.reference(
                {lang: cldr_names(locales, lang, code)[0] for lang in CLDR_LANGS})
        if code in CAPITAL_TZ and not en_capitals:
            raise InputError(f"[{code}] is in CAPITAL_TZ but has no `capital` alias in en")
        for lang in ALL_LANGS:
            # normalized text -> (text, flags, from supplement), insertion ordered
            ordered: dict[str, tuple[str, list[str], bool]] = {}
            if lang in CLDR_LANGS and code not in HISTORICAL:
                for text in cldr_names(locales, lang, code):
                    if f"{lang}:{text}" in drops:
                        used_drops.add(f"{lang}:{text}")
                        continue
                    ordered.setdefault(normalize(text), (text, [], False))
            for raw in sup.get(lang, []):
                text, flags = parse_alias(raw, f"[{code}].{lang}", markers=True)
                # `exact` aliases match case-exactly: Italian `Urss` is not a repeat of `URSS`
                key = text if "exact" in flags else normalize(text)
                if key in ordered:
                    if ordered[key][2]:
                        raise InputError(f"[{code}].{lang}: {text!r} repeats {ordered[key][0]!r}")
                    if flags:  # supplement flags win over those of a CLDR name
                        ordered[key] = (ordered[key][0], flags, True)
                    else:
                        notes.append(f"{code}.{lang}: {text!r} is already a CLDR name")
                    continue
                ordered[key] = (text, flags, True)
            if lang in CLDR_LANGS and lang != "en":
                for text in capital_names(locales, lang, code):
                    if f"{lang}:{text}" in drops:
                        used_drops.add(f"{lang}:{text}")
                        continue
                    ordered.setdefault(normalize(text), (text, ["capital"], True))
            if lang == "de":
                # English spellings of capitals also occur in German text, with the
                # genitive s of German aliases (Washingtons, Kabuls). Without `no-person`:
                # German nouns are capitalized (`ein Versuch Washingtons`).
                for raw in en_capitals:
                    text, flags = parse_alias(raw, f"[{code}].en")
                    flags = [f for f in flags if f != "no-person"]
                    ordered.setdefault(normalize(text), (text, flags, True))
            if lang == "uk":
                # the Ukrainian apostrophe is often typed as ' or ’ (a word boundary for the
                # matcher, unlike the letter ʼ): the name in both spellings
                for text, flags, _ in list(ordered.values()):
                    if "ʼ" in text:
                        alt = text.replace("ʼ", "'")
                        ordered.setdefault(normalize(alt), (alt, flags, True))
            for text, flags, _ in list(ordered.values()):
                for form in expand(lang, text, flags):
                    out_flags = [f for f in flags if f != "person"]
                    if lang in ("fr", "es", "it", "pt", "tr", "ar", "fa"):
                        out_flags = [f for f in out_flags if f != "adj"]
                    key = normalize(form)
                    old = ordered.get(key)
                    if old is None:
                        ordered[key] = (form, out_flags, True)
                    elif form[0].islower() and old[0][0].isupper() and not CASE_FLAGS & set(out_flags):
                        # a lower-case form (the adjective `polską`) also covers the
                        # capitalized one (the name `Polską`); the name's `cap` would reject it.
                        # `name`: capitalized inside a sentence it is still the country (es
                        # `en Suiza`), where another lower-case adjective would be a surname
                        # (`il ministro Russo`).
                        merged = [f for f in old[1] if f not in CASE_FLAGS]
                        if lang in LOWER_CASE_ADJECTIVES and "name" not in merged:
                            merged.append("name")
                        ordered[key] = (form, merged, True)
            if ordered:
                out = []
                for t, fl, _ in ordered.values():
                    fl = auto_flags(t, [f for f in fl if f not in MARKERS or f == "common-ok"])
                    fl = common_word_flags(lang, t, fl, code, ref)
                    out.append("|".join([t] + fl))
                aliases[lang] = out
        if sup.get(ZH_ABBR_BLOCK):
            aliases.setdefault("zh", []).extend(sup[ZH_ABBR_BLOCK])
        unused = drops - used_drops
        if unused:
            raise InputError(f"[{code}] drop entries match no CLDR name: {sorted(unused)}")
        if "name" in sup:
            name = sup["name"]
        elif code in HISTORICAL:
            name = HISTORICAL[code]
        else:
            name = clean_cldr("en", locales["en"][0].territories[code])[-1]
            name = name.replace("&", "and")
        countries.append({"id": code, "name": name, "aliases": aliases})
    return countries, notes


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def render(countries: list[dict]) -> str:
    langs = list(ALL_LANGS)
    for c in countries:
        langs += [lang for lang in c["aliases"] if lang not in langs]
    counts = {lang: 0 for lang in langs}
    for c in countries:
        for lang, items in c["aliases"].items():
            counts[lang] += len(items)
    lines = [
        "# countries.toml: GENERATED FILE, do not edit by hand.",
        "# Regenerate:  pip install -r scripts/gazetteer/requirements.txt",
        "#              python3 scripts/gazetteer/gen_countries.py",
        "# Inputs: scripts/gazetteer/countries_supplement.toml and countries_supplement_langs.toml",
        "#         (hand-maintained, this project)",
        f"#         Unicode CLDR {get_cldr_version()} territory names and time-zone exemplar cities",
        f"#         via Babel {babel.__version__}",
        "#         (CLDR data: Unicode License v3, https://www.unicode.org/license.txt;",
        "#          Babel: BSD-3-Clause)",
        f"#         ISO 3166-1 alpha-2 code list via pycountry {pycountry_version()} (LGPL-2.1),",
        "#         plus XK (Kosovo) and the historical states SU, YU, DD, CS (docs/contract.md).",
        "# Format and flags: docs/architecture.md; rules: docs/gazetteer-countries.md",
        f"# {len(countries)} countries; aliases per language: "
        + ", ".join(f"{lang} {counts[lang]}" for lang in langs),
        "",
    ]
    for c in countries:
        lines.append("[[country]]")
        lines.append(f"id = {toml_str(c['id'])}")
        lines.append(f"name = {toml_str(c['name'])}")
        lines.append("[country.aliases]")
        for lang in langs:
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
    ap.add_argument("--common-words", action="store_true",
                    help="list the decisions of the common-word rule")
    args = ap.parse_args()
    try:
        known = set(codes())
        supplement = load_supplements(SUPPLEMENTS, known)
        countries, notes = build(supplement)
        for note in notes:
            print(f"note: {note}", file=sys.stderr)
        if args.common_words:
            print("\n".join(COMMON_LOG))
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
