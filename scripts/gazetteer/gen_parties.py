#!/usr/bin/env python3
"""Generate crates/tagger/gazetteer/organizations.parties.toml: political parties of about
200 countries, with their acronyms, from Party Facts.

Input
  * Party Facts core parties (`partyfacts-core-parties.csv`), as kept in the Party Facts
    data repository on GitHub (hdigital/partyfactsdata, `import/elecglob/`; repository
    license MIT: LICENSE.md and CITATION.cff). One row per party: country (ISO 3166
    alpha-3, with Party Facts codes for historical states), short name (mostly the
    acronym), native name, English name, first and last year, largest vote (or seat)
    share. Pass the file and the commit it was taken from:

        git -C <snapshot of github:hdigital/partyfactsdata> show \\
            764de89:import/elecglob/partyfacts-core-parties.csv > /tmp/pf-core.csv
        python3 scripts/gazetteer/gen_parties.py --csv /tmp/pf-core.csv --commit 764de89
        python3 scripts/gazetteer/gen_parties.py --csv /tmp/pf-core.csv --commit 764de89 --check

  * pycountry (pinned in requirements.txt): ISO alpha-3 → alpha-2.
  * the built-in common-word lists, crates/tagger/data/common-words/ (wordfreq, Zipf >= 4,
    CC BY-SA 4.0), for one-word names; for acronyms the Debian word lists wamerican,
    wngerman, wfrench, wspanish, witalian (/usr/share/dict), and wordfreq's English
    frequencies (PyPI `wordfreq`, pinned in requirements.txt; the frequent-word lists
    cannot serve: they hold the acronyms themselves, `psoe`, `cdu`).
  * the other gazetteer files: hand entries and generated organizations take precedence.

Which parties (docs/gazetteer-organizations.md, "Generated parties"):
  * not a technical row (independents, others); a country that maps to ISO 3166 or to
    one of the contract's historical codes (SU, YU, DD, CS);
  * in the news era: still active, or last contested 1990 or later;
  * relevant: largest share at least MIN_SHARE percent.

Aliases and flags, by rule:
  * the native and the English name (alternatives after ` / ` each; brackets dropped),
    `cap`; a one-word name that is a common word of any language (frequent-word lists or
    Debian word lists) is `weak`, another one-word name `no-person`; a name made only of
    generic party words (`Labour Party`, `Partido Socialista`), very frequent English
    words and short words (`We can`, `I believe`), or claimed by parties of two
    countries is left out: it needs its country to mean one party; a name of several
    parties of one country (a refounding) goes to the active one with the largest share;
  * the short name when it is an acronym (two to eight letters or digits, at least two
    capitals, no lower-case letter but `i`/`o`/`e` between capitals as in `CiU`): `exact`,
    and also `weak` when it has two letters, its lower-case form is a dictionary word
    (a German party's acronym in capitals in the German list is its name: `NPD`)
    (`SAD`, `ONCE`, `ARENA`), a number or unit abbreviation of the financial wires
    (`MLN`, `BLN`, `PCT`), or, for a party of a country where English is not a main
    language, the token is frequent in English text (Zipf >= 3.3: `VPN`): such a token
    names the party only next to its full name;
    an acronym claimed by several parties stays shared and is resolved by the acronym
    rule (evidence: the country, the full name; otherwise left untagged);
  * a name that a hand entry, a country, a weapon or a generated organization already
    has is left out (the other entry owns it); an acronym only where the other alias
    reads the same text in the same language (`takes_acronym`: an `any`/`en` or weapon
    line, the same letters when case-exact), else it stays, `weak` where the other entry
    has the same letters on its line, and the acronym rule decides; an acronym that is
    another party's name is left out (`PODEMOS` of Venezuela: `Podemos` of Spain); a party
    whose name another entry has is left out entirely (it is that entry); ids are made as
    before the language rule (`ID_WITHOUT_ACRONYM`);
  * names in other scripts (Cyrillic: `КПРФ`, `Слуга народу`) come from the hand-written
    `scripts/gazetteer/i18n/parties.toml`, keyed by Party Facts id, expanded with their case
    forms as gen_i18n.py does, as per-language lines (`ru = [...]`).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import csv
import re
import sys
import tomllib
import unicodedata
from pathlib import Path

# Shared with the organizations generator: the matcher's folding, ids, TOML strings, the
# Debian word lists.
from gen_organizations import DICTS, InputError, fold, organization_table, slug, write_or_check

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GAZ = ROOT / "crates" / "tagger" / "gazetteer"
OUTPUT = GAZ / "organizations.parties.toml"
COMMON = ROOT / "crates" / "tagger" / "data" / "common-words"
OTHER_FILES = ["countries.toml", "organizations.toml", "organizations.generated.toml", "weapons.toml"]
SUPPLEMENT = Path(__file__).parent / "i18n" / "parties.toml"
SOURCE = "Party Facts core parties (GitHub hdigital/partyfactsdata, import/elecglob/partyfacts-core-parties.csv; MIT)"

# Where English is a main language of the news, an acronym's English frequency is the party's.
ENGLISH_SPEAKING = set("US GB IE AU NZ CA ZA IN PK NG GH KE UG ZM ZW JM TT BB BS PH SG MT BW NA "
                       "LS SZ MW SL LR GM".split())
EN_ZIPF = 3.3
# Number and unit abbreviations that the financial wires write in capitals in headlines and
# tables (`C$ 100 MLN`, `RESERVES ($ MLN)`), and the consumer and producer price indices
# (`CPI (pct) July +0.4`: the Communist Party of India's acronym, strong by the
# English-speaking rule; `PPI`: Italy's Partito Popolare Italiano of 1994-2002): as
# party acronyms they name the party only next to its full name. Their frequency says
# nothing (`mln` has Zipf 2.6, as `kdp`). Also the bond tables' words and the credit
# ratings (`TYPE FRN`, floating-rate note, not Timor-Leste's FRN; `1ST CPN`, the coupon, not
# the Dutch communists; `BBB-minus by Duff & Phelps`, not the Bulgarian Business Bloc).
WIRE_ABBREVIATIONS = {"MLN", "BLN", "BN", "TRLN", "PCT", "BPS", "PTS", "QTR", "YR", "PVS", "CPI", "PPI",
                      "FRN", "CPN", "AAA", "BBB", "CCC"}
# Initialisms that the news of one of the tagger's languages writes in capitals for
# something else, more often than for the party: `ASL` (Italian local health authorities,
# `l'ASL di Bergamo`; American Sign Language), not Myanmar's Anti-Separation League; `KPSS`
# (the Turkish civil-service exam), not the Soviet party (tagged by `CPSU` and `КПСС`);
# `MMA` (mixed martial arts, `istruttore di MMA`), not Pakistan's Muttahida Majlis-e-Amal.
# Weak like the wire abbreviations: the party only next to its full name.
OTHER_READINGS = {"ASL", "KPSS", "MMA"}
# Party Facts ids of the parties whose id was made from their name because, until
# 2026-12, any alias of another entry with the same folding took their acronym, in any
# language and case (`PCC` on the French line of the Chinese Communist Party took
# Cuba's). They have the acronym again (`takes_acronym`) but keep the id: ids are what
# consumers subscribe to.
ID_WITHOUT_ACRONYM = {
    263, 408, 538, 633, 850, 861, 1107, 1577, 1659, 2058, 2146, 3649, 3773, 3853, 4224,
    4251, 4545, 4737, 4832, 4854, 4892, 5184, 5596, 5713, 5808, 7145, 7915,
}
MIN_SHARE = 2.0
MIN_LAST_YEAR = 1990

# Party Facts codes that are not ISO 3166-1 alpha-3, to the contract's codes.
SPECIAL_COUNTRIES = {"SUN": "SU", "YUG": "YU", "DDR": "DD", "CSK": "CS", "XKX": "XK", "KSV": "XK"}

# Words that do not make a party name specific (folded, see `fold`).
GENERIC = set("""
party parties partei parti partido partito partia partidul stranka strana strany partiet
partij parteia partija partiya puolue part
the of and for de del la le les el los las di della dei degli des du der die das und y e et i
a an to in al il lo pour por per da do dos das na no ne van voor
democratic democrats democrat democracy democratique democrate democrates democratico
democratica democratici democratiche democraticos demokratische demokratischen demokraten
demokratie demokratyczna demokratikus demokratska demokratski demokratiki democratic
social socialist socialists socialiste socialista socialisti sozialdemokratische
sozialistische sozialdemokratische sozialdemokraten social-democratic socialdemocratic
labour labor workers workers' worker's work trabajadores travailleurs lavoratori arbeiter
liberal liberals liberale liberales liberali liberaldemokraten
national nationalist nationale nacional nacionalista nazionale nationaldemokratische
people people's peoples popular populaire popolare populares volkspartei volks
communist communists communiste comunista comunisti kommunistische
green greens verts verdes verdi grune gruenen grunen ecologist ecologists ecologiste
conservative conservatives conservateur conservador conservadora conservatrice
christian christians chretien chretienne cristiano cristiana cristiani christlich christliche
union unión unione unity unidad unite unita einheit united unidos unis uniti
front frente fronte movement movimiento movimento mouvement bewegung
alliance alianza alleanza allianz coalition coalicion coalizione
progressive progressista progresista progressiste progress progreso progres fortschritt
republican republicans republicain republicaine republicano republicana repubblicano
radical radicals radicale radicales radicali independent independents independiente
independant indipendente unabhangige new nuevo nueva nouveau nouvelle nuovo nuova neue
centre center centro zentrum centrist left right gauche droite izquierda derecha sinistra
destra linke rechte reform reforma reformist freedom libertad liberte liberta freiheit
justice justicia justizia gerechtigkeit development desarrollo developpement sviluppo
citizens ciudadanos citoyens cittadini burger revolutionary revolucionario revolutionnaire
rivoluzionario renewal renovacion renouveau rinnovamento patriotic patriotique patriotico
civic civil civica civico rally rassemblement agrarian farmers peasants campesino
league liga ligue lega congress congreso congres congresso convention convencion
organization organisation organizacion organizzazione group grupo groupe gruppo bloc
bloque bloc block list lista liste federation federacion federal federale action accion
accio azione aktion solidarity solidaridad solidarite solidarieta solidaritat
initiative iniciativa initiative iniziativa forum foro forza force fuerza forca
homeland patria fatherland vaterland nation nacion nazione pueblo peuple popolo volk
democracy democracia democratie democrazia unity democratas democratici islamist islamists islamic muslim
religious tribal candidates candidate groups independents others shia shiite shi'ite sunni
""".split())


def plain(word: str) -> str:
    """A word without marks, lower case (for the generic-word test)."""
    word = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in word if unicodedata.category(c) != "Mn")


def common_words() -> set[str]:
    words: set[str] = set()
    for path in sorted(COMMON.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                words.add(fold(line))
    if not words:
        raise InputError(f"{COMMON}: no common-word lists")
    return words


def other_aliases() -> tuple[dict[str, tuple[str, str, str | None]],
                             dict[str, list[tuple[str, str, str, str]]], set[str]]:
    """The aliases of the other gazetteer files: folded alias → (table, owner id, owner
    country) of the first to have it, in any language; folded alias → (table, language,
    text, flags) of every one of them; and their organization ids."""
    readings: dict[str, list[tuple[str, str, str, str]]] = {}
    owners: dict[str, tuple[str, str, str | None]] = {}
    ids: set[str] = set()
    for name in OTHER_FILES:
        path = GAZ / name
        if not path.exists():
            continue
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for table in ("country", "organization", "weapon"):
            for entry in data.get(table, []):
                if table == "organization":
                    ids.add(entry["id"])
                country = entry["id"] if table == "country" else entry.get("country")
                for lang, lst in entry.get("aliases", {}).items():
                    for a in lst:
                        text, *flags = a.split("|")
                        # A `team` alias is read only in sports tables (tried first there):
                        # it takes no name from a party.
                        if "team" not in flags:
                            owners.setdefault(fold(text), (table, entry["id"], country))
                            readings.setdefault(fold(text), []).append((table, lang, text, "|".join(flags)))
    return owners, readings, ids


def takes_acronym(readings: list[tuple[str, str, str, str]], acronym: str) -> bool:
    """Whether another entry's alias of the same folding takes the party's acronym (always
    `exact`): only one that reads the same text in the same language. A line of one
    language (`it`, `es`, `fr`, `de`...) leaves the party its `any` acronym: in that
    language the acronym rule decides between two organizations, and a country, loaded
    first, is tried first. A case-exact alias takes it only with the same letters
    (`Mps|exact` of Monte dei Paschi, Italian line, leaves Chad's `MPS`). A weapon's line
    of any language takes it: weapons load after the parties, so the party's `any`
    reading would be tried first (Polish `BSP`, a drone, would be Bulgaria's party)."""
    return any(
        (table == "weapon" or lang in ("any", "en"))
        and ("exact" not in flags.split("|") or text == acronym)
        for table, lang, text, flags in readings
    )


def iso2(code: str) -> str | None:
    import pycountry

    if code in SPECIAL_COUNTRIES:
        return SPECIAL_COUNTRIES[code]
    c = pycountry.countries.get(alpha_3=code)
    return c.alpha_2 if c else None


ACRONYM = re.compile(r"^(?=(?:.*[A-ZÄÖÜÀ-Þ]){2})[A-ZÄÖÜÀ-Þ0-9](?:[A-ZÄÖÜÀ-Þ0-9&-]|(?<=[A-Z])[ioe](?=[A-Z]))+$")


def is_acronym(short: str) -> bool:
    return 2 <= len(short) <= 8 and ACRONYM.match(short) is not None and not short.endswith("-")


def names(raw: str) -> list[str]:
    """The alternatives of a name field: ` / `-separated, brackets and a trailing
    ` - ACRONYM` dropped."""
    out = []
    for part in re.split(r"\s+/+\s+", raw):
        part = re.sub(r"\s*[\(\[].*?[\)\]]", "", part).strip()
        part = re.sub(r"\s+[-–]\s+\S+$", "", part).strip()
        if len(fold(part)) >= 4 and part[0].isupper():
            out.append(part)
    return out


def is_generic(name: str) -> bool:
    """No word of the name sets it apart: every word is a generic party word, a very
    frequent English word (Zipf >= 5: `We can`, `I believe`, `All of us`) or has at most
    two letters."""
    from wordfreq import zipf_frequency

    words = re.findall(r"[\w'’]+", name)
    specific = [
        w for w in words
        if plain(w) not in GENERIC and plain(w).rstrip("'s’") not in GENERIC
        and len(w) > 2 and zipf_frequency(w.lower(), "en") < 5.0
    ]
    return not specific


def name_flags(name: str, common: set[str], dictionary: dict[str, set[str]]) -> str:
    parts = re.findall(r"\w+", name)
    if len(parts) == 1:
        word = fold(name) in common or any(name.lower() in w for w in dictionary.values())
        return f"{name}|cap|" + ("weak" if word else "no-person")
    return f"{name}|cap"


def dictionary_words() -> dict[str, set[str]]:
    """Lower-case entries of the Debian word lists by language (German: every entry,
    nouns are capitalized)."""
    words: dict[str, set[str]] = {}
    for lang, path in DICTS.items():
        try:
            lines = Path(path).read_text(encoding="utf-8", errors="replace").split()
        except OSError as e:
            raise InputError(f"{path}: {e} (apt-get install the word lists)") from e
        words[lang] = {w.lower() for w in lines if w and (lang == "de" or w == w.lower())}
    return words


def is_dictionary_acronym(short: str, country: str, dictionary: dict[str, set[str]]) -> bool:
    """The acronym is an entry of a word list. The German list also holds German parties'
    own acronyms in capitals (`NPD`, `DKP`, beside `SPD`, `CDU`): for a German party
    those are its name, not a word (`DNA`, `SMS` stay words for every other party)."""
    low = short.lower()
    return any(
        low in words and not (lang == "de" and country == "DE" and short.isupper())
        for lang, words in dictionary.items()
    )


def acronym_flags(short: str, country: str, dictionary: dict[str, set[str]]) -> str:
    """`exact`; `weak` for two letters, a dictionary word, a wire abbreviation or other reading, or a token frequent in English
    text that names a party of a country where English is not a main language (`VPN`)."""
    from wordfreq import zipf_frequency

    low = short.lower()
    weak = (
        len(short) <= 2
        or short in WIRE_ABBREVIATIONS
        or short in OTHER_READINGS
        or is_dictionary_acronym(short, country, dictionary)
        or (country not in ENGLISH_SPEAKING and low.isalnum() and zipf_frequency(low, "en") >= EN_ZIPF)
    )
    return f"{short}|exact" + ("|weak" if weak else "")


def parties(csv_path: Path) -> list[dict]:
    try:
        rows = list(csv.DictReader(csv_path.open(encoding="utf-8")))
    except OSError as e:
        raise InputError(f"{csv_path}: {e}") from e
    need = {"country", "partyfacts_id", "technical", "name_short", "name", "name_english",
            "year_last", "share"}
    if not rows or not need <= set(rows[0]):
        raise InputError(f"{csv_path}: not a Party Facts core-parties file (columns {sorted(need)})")
    out = []
    for r in rows:
        if r["technical"]:
            continue
        try:
            share = float(r["share"])
        except ValueError:
            continue
        last = r["year_last"]
        if share < MIN_SHARE or (last and int(last) < MIN_LAST_YEAR):
            continue
        country = iso2(r["country"])
        if not country:
            continue
        out.append({
            "pf": int(r["partyfacts_id"]),
            "country": country,
            "short": r["name_short"].strip(),
            "native": names(r["name"]),
            "english": names(r["name_english"]),
            "share": share,
            "active": not last,
        })
    return sorted(out, key=lambda p: p["pf"])


def build(csv_path: Path) -> tuple[list[dict], dict]:
    common = common_words()
    dictionary = dictionary_words()
    owners, readings, used_ids = other_aliases()
    rows = parties(csv_path)
    skipped = {"is another entry": 0, "no alias left": 0}
    dropped = {"generic name": 0, "name of parties in two countries": 0,
               "name of another party of the country": 0, "owned by another entry": 0}

    # Names claimed by parties of more than one country mean no one party.
    name_countries: dict[str, set[str]] = {}
    # A name of several parties of one country (a party and its refounding: `Forza Italia`
    # 1994 and 2013) goes to the active one with the largest share.
    name_owner: dict[str, dict] = {}
    for p in rows:
        for n in p["native"] + p["english"]:
            f = fold(n)
            name_countries.setdefault(f, set()).add(p["country"])
            if f not in name_owner or (p["active"], p["share"]) > (name_owner[f]["active"], name_owner[f]["share"]):
                name_owner[f] = p

    out = []
    for p in rows:
        full = []
        same_as_other = False
        for n in dict.fromkeys(p["native"] + p["english"]):
            f = fold(n)
            if f in owners:
                table, _, owner_country = owners[f]
                # An organization of the same country (or of none) with the party's name is
                # the party.
                if table == "organization" and owner_country in (p["country"], None):
                    same_as_other = True
                dropped["owned by another entry"] += 1
                continue
            if is_generic(n):
                dropped["generic name"] += 1
                continue
            if len(name_countries[f]) > 1:
                dropped["name of parties in two countries"] += 1
                continue
            if name_owner[f] is not p:
                dropped["name of another party of the country"] += 1
                continue
            if f not in (fold(x) for x in full):
                full.append(n)
        acronym = None
        read_otherwise = False
        if is_acronym(p["short"]):
            owner = owners.get(fold(p["short"]))
            named = name_owner.get(fold(p["short"]))
            if named is not None and named is not p:
                # Another party's name (`PODEMOS` of Venezuela, `Podemos` of Spain).
                dropped["owned by another entry"] += 1
            elif owner is None:
                acronym = p["short"]
            else:
                # An organization of the same country with the party's acronym, in any
                # language or case, is the party (`PSC` on the Spanish line of the hand
                # Catalan socialists, `UDC` on the French line of the Swiss SVP).
                if owner[0] == "organization" and owner[2] == p["country"]:
                    same_as_other = True
                if takes_acronym(readings[fold(p["short"])], p["short"]):
                    dropped["owned by another entry"] += 1
                else:
                    acronym = p["short"]
                    # The same letters mean another entry in some language (`PEI`, the
                    # Paul-Ehrlich-Institut in German and Prince Edward Island in English;
                    # `EPL`, `PCC`): the party's reading needs its full name.
                    read_otherwise = any(text == acronym for _, _, text, _ in readings[fold(acronym)])
        if same_as_other:
            skipped["is another entry"] += 1
            continue
        aliases = [name_flags(n, common, dictionary) for n in full]
        if acronym:
            flags = acronym_flags(acronym, p["country"], dictionary)
            aliases.append(flags if not read_otherwise or flags.endswith("|weak") else flags + "|weak")
        if not full and not (acronym and not aliases[-1].endswith("|weak")):
            skipped["no alias left"] += 1
            continue
        id_acronym = None if p["pf"] in ID_WITHOUT_ACRONYM else acronym
        out.append({"p": p, "acronym": acronym, "id_acronym": id_acronym, "aliases": aliases})
    entries = assign_ids(out, used_ids)
    add_supplement(entries)
    return entries, {**skipped, **{f"alias {k}": v for k, v in dropped.items()}}


def add_supplement(entries: list[dict]) -> None:
    """The names in other scripts of `SUPPLEMENT` (hand-written, keyed by Party Facts id),
    expanded with their case forms as `gen_i18n.py` expands organization names, as
    per-language alias lines. A supplement for a party that is not generated is an error."""
    from gen_i18n import LANGS, expand  # noqa: PLC0415 (only needed here)

    with SUPPLEMENT.open("rb") as fh:
        extra = tomllib.load(fh)
    by_pf = {str(e["pf"]): e for e in entries}
    for pf, langs in extra.items():
        entry = by_pf.get(pf)
        if entry is None:
            raise InputError(f"{SUPPLEMENT.name}: Party Facts id {pf} is not a generated party")
        for lang, specs in langs.items():
            if lang not in LANGS:
                raise InputError(f"{SUPPLEMENT.name}: {pf}: language {lang!r} is not managed")
            try:
                entry.setdefault("langs", {})[lang] = expand(lang, specs, "organization")
            except ValueError as err:
                raise InputError(f"{SUPPLEMENT.name}: {pf}: {lang}: {err}") from err


def assign_ids(kept: list[dict], used_ids: set[str]) -> list[dict]:
    """Ids by the gazetteer's convention: the acronym where it has three or more letters
    and this party is, of the parties claiming it, the one still active with the largest
    share (`pcp`: the Portuguese, not the former Canadian party; `bnp`), else
    the native name in Latin letters (`forza-italia`, `bloco-de-esquerda`), else the
    English name; the country appended where that is taken (`bnp-ls`), then the Party
    Facts id."""
    def rank(e: dict) -> tuple[bool, float]:
        return (e["p"]["active"], e["p"]["share"])

    best: dict[str, dict] = {}
    for e in kept:
        a = e["id_acronym"]
        if a and len(a) >= 3 and (a not in best or rank(e) > rank(best[a])):
            best[a] = e
    out = []
    for e in sorted(kept, key=rank, reverse=True):
        p = e["p"]
        a = e["id_acronym"]
        if a and best.get(a) is e:
            base = slug(a)
        else:
            latin = [n for n in p["native"] if len(slug(n)) >= 3 and slug(n).replace("-", "").isascii()
                     and len(slug(n).replace("-", "")) >= len(fold(n).replace(" ", "")) * 0.8]
            base = slug((latin or p["english"] or p["native"] or [a or p["short"]])[0]) or "party"
        cc = p["country"].lower()
        for oid in (base, f"{base}-{cc}", f"{base}-{cc}-pf{p['pf']}"):
            if oid not in used_ids:
                break
        used_ids.add(oid)
        display = (p["english"] or p["native"] or [p["short"]])[0]
        out.append({"id": oid, "name": display, "country": p["country"], "pf": p["pf"],
                    "acronym": e["acronym"], "aliases": e["aliases"]})
    return sorted(out, key=lambda e: e["pf"])


def render(entries: list[dict], counts: dict, commit: str) -> str:
    acr = sum(1 for e in entries if any("|exact" in a for a in e["aliases"]))
    lines = [
        "# organizations.parties.toml: GENERATED FILE, do not edit by hand.",
        "# Regenerate: see scripts/gazetteer/gen_parties.py (its docstring has the steps).",
        f"# Input: {SOURCE},",
        f"#        commit {commit}; pycountry (LGPL-2.1): ISO codes;",
        "#        crates/tagger/data/common-words (wordfreq data, CC BY-SA 4.0), wordfreq "
        + importlib.metadata.version("wordfreq") + ",",
        "#        Debian wamerican, wngerman, wfrench, wspanish, witalian: common-word flags.",
        f"# Parties with a largest share of at least {MIN_SHARE:g} % that were active in {MIN_LAST_YEAR} or later.",
        "# Loaded after organizations.toml and organizations.generated.toml: their aliases win.",
        f"# party {len(entries)} ({acr} with an acronym); "
        + ", ".join(f"{k} {v}" for k, v in counts.items()),
        "",
    ]
    for e in entries:
        lines.extend(organization_table({**e, "kind": "party"}))
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--csv", type=Path, required=True, help="partyfacts-core-parties.csv")
    ap.add_argument("--commit", required=True, help="the partyfactsdata commit the file is from")
    ap.add_argument("--check", action="store_true", help="exit 1 if the file would change")
    args = ap.parse_args()
    try:
        entries, counts = build(args.csv)
        text = render(entries, counts, args.commit)
        return write_or_check(OUTPUT, text, args.check, f"{len(entries)} parties; {counts}")
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
