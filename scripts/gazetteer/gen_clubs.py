"""Football clubs of about 100 countries from the openfootball club lists: the third input
of gen_organizations.py, which writes them into organizations.generated.toml (the
gazetteer's list of files stays as it is).

Input: the `*.clubs.txt` files of the GitHub repository openfootball/clubs (CC0 1.0,
public domain dedication), one per country, at a pinned commit. A club is a line at the
left margin (`Ajax Amsterdam, 1900, Amsterdam › Noord-Holland`: name, optional founding
year and `@ stadium`, place), followed by indented `| name | name [en]` lines of other
names; `ii)` lines are reserve teams, other indented lines addresses, `#` comments.
Files of history, properties, other scripts (`.lang.`) and the wiki lists are not read.

Which names, by rule (docs/gazetteer-organizations.md, "Generated organizations",
football clubs):
  * a club whose name carries its years (`FC Amsterdam (1972-1982)`) is defunct: left out;
  * a name of two to five words (`O'Higgins` is one), without abbreviations (`Gr. Fürth`,
    `Real M.`), that is not a place: not the place of any club or its last words (`Rio de
    Janeiro`; `York City` in `New York City`), not a country subdivision of pycountry
    (`Santa Cruz`), not a saint's name without a designator (`Santa Clara`, `San
    Lorenzo`, `São Paulo`; `Santa Clara FC` is kept), `cap` (`Bayern Munich`, `AEK Athens`,
    `Real Madrid`, `Paris FC`): a club name with its place or designator is rarely
    anything else; `weak` when it is made of frequent English words (`Young Boys`,
    `Racing Club`: gen_organizations.py's rule);
  * an acronym (one word, three to six capitals: `AEK`, `PAOK`, `HSV`), `exact|weak`: a
    club's acronym names it only next to its name (`UTC`, `KFC`, `ICT`, `TSV`, `AFC`
    are clubs' acronyms too, and no word frequency tells them apart from `BVB`);
  * one-word names (`Arsenal`, `Chelsea`, `Fulham`, `Getafe`, `Feyenoord`) and names that
    are places (`Leeds`, `Hamburg`, `St Pauli`, `Cologne`) are left out as names: most are
    places, words or people's names, and no list here tells which. They are kept as `team`
    aliases, `cap|team` (`Leeds|cap|team`): read only in a results table, standings or
    fixture list, where sports reporting names a club so (`Leeds 2 Newcastle 1`;
    crates/tagger/src/context/teams.rs); names of one to three words without
    abbreviations, not a name of two clubs (`Sporting`), not an acronym (kept as above),
    not a name another entry has (a country's `Monaco`, a hand team's `Toronto`), not
    `Lotte` (Korean and Japanese clubs' sponsor too);
  * a name that two clubs share, or that another entry already has (hand-curated
    countries, organizations, weapons, regions; the generated companies and universities;
    the generated parties), is left out; a club left with no name is left out.

The archive: `git -C <snapshot of openfootball/clubs> archive --format=tar <commit>`
(steps in gen_organizations.py).
"""

from __future__ import annotations

import collections
import re
import tarfile
from pathlib import Path

from gen_organizations import InputError, Words, alias_flags, fold, slug

# File prefixes that are not ISO 3166-1 alpha-2 codes.
SPECIAL_COUNTRIES = {"eng": "GB", "sco": "GB", "wal": "GB", "nir": "GB", "kos": "XK"}
ACRONYM = re.compile(r"[A-Z]{3,6}")
ABBREVIATION = re.compile(r"[^\W\d]\.")  # a letter before a full stop: `Gr. Fürth`
WORD = re.compile(r"[\w'’]+")
# Two words starting so are a place (`Santa Clara`, `San Lorenzo`, `Saint Etienne`).
SAINT = {"san", "santa", "santo", "sao", "saint", "st", "sankt", "sainte"}
YEARS = re.compile(r"\(\d{4}")


def country_of(path: str) -> str | None:
    prefix = Path(path).name.split(".")[0]
    code = SPECIAL_COUNTRIES.get(prefix, prefix.upper())
    return code if re.fullmatch(r"[A-Z]{2}", code) else None


def clean(name: str) -> str:
    """A name without its language tag (`[en]`), comment and extra spaces."""
    name = name.split("#")[0]
    name = re.sub(r"\[\w+\]", "", name)
    return " ".join(name.split())


def parse(text: str) -> list[dict]:
    """Clubs of one file: name, place words, other names (reserve teams skipped)."""
    clubs: list[dict] = []
    current = None
    for raw in text.splitlines():
        line = raw.split("#")[0].rstrip()
        if not line.strip() or line.startswith("="):
            continue
        if not raw[0].isspace():
            if re.match(r"[ivx]+\)", line):  # `ii) Bayern München II`: a reserve team
                current = None
                continue
            parts = [clean(p) for p in line.split(",")]
            place = " ".join(p for p in parts[1:] if not p.startswith("@") and not p.isdigit())
            # `FC Gambarogno-Contone | FC Gambarogno, Gambarogno`: names before the place.
            names = [clean(n) for n in parts[0].split("|") if clean(n)]
            current = {"name": names[0], "place": place, "names": names}
            clubs.append(current)
        elif current is not None and line.strip().startswith("|"):
            current["names"].extend(clean(n) for n in line.split("|") if clean(n))
    return clubs


def keep(name: str, places: set[str]) -> bool:
    """`places`: folded places and their last words (`york city` of `new york city`)."""
    words = WORD.findall(name)
    if ABBREVIATION.search(name) or YEARS.search(name) or fold(name) in places:
        return False
    if len(words) == 2 and fold(words[0]) in SAINT:
        return False
    return 2 <= len(words) <= 5 or bool(ACRONYM.fullmatch(name))


def place_names(all_clubs: list[dict]) -> set[str]:
    """Folded places of the clubs (each part of `Amsterdam › Noord-Holland`) and of
    pycountry's subdivisions, each with its last words (`york city` of `new york city`)."""
    import pycountry

    names = [p for c in all_clubs for p in [c["place"], *c["place"].split("›")]]
    names += [s.name for s in pycountry.subdivisions]
    out = set()
    for name in names:
        words = fold(name).split()
        out.update(" ".join(words[i:]) for i in range(len(words)))
    out.discard("")
    return out


# Team names left out although one club has them: the sponsor that names other clubs in
# the tables of other countries (`Lotte`: the KBO's Lotte Giants, the NPB's Chiba Lotte
# Marines; organizations.toml leaves it to neither).
TEAM_NAMES_LEFT_OUT = {"lotte"}


def team_name(name: str) -> bool:
    """A short name a table may give the club: one to three words, capitalized, no
    abbreviation, years or acronym (`Leeds`, `St Pauli`, `Graafschap`)."""
    words = WORD.findall(name)
    return (1 <= len(words) <= 3 and name[:1].isupper() and not ABBREVIATION.search(name)
            and not YEARS.search(name) and not ACRONYM.fullmatch(name)
            and not any(w.isdigit() for w in words) and not name.isupper())


def club_flags(name: str, words: Words) -> str:
    if ACRONYM.fullmatch(name):
        return f"{name}|exact|weak"
    return alias_flags(name, words)


def read_clubs(tar_path: Path) -> list[dict]:
    try:
        tar = tarfile.open(tar_path)
    except (OSError, tarfile.TarError) as e:
        raise InputError(f"{tar_path}: {e}") from e
    clubs = []
    with tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            name = member.name
            if not (member.isfile() and name.endswith(".clubs.txt") and "/" in name):
                continue
            if name.startswith("0-world/") or ".lang." in name:
                continue
            country = country_of(name)
            f = tar.extractfile(member)
            if f is None:
                continue
            for club in parse(f.read().decode("utf-8")):
                club["country"] = country
                clubs.append(club)
    if not clubs:
        raise InputError(f"{tar_path}: no *.clubs.txt files (not an openfootball/clubs archive)")
    return clubs


def clubs(tar_path: Path, taken: set[str], used_ids: set[str], words: Words,
          hand_teams: set[str] = frozenset()) -> tuple[list[dict], dict]:
    """The club entries, their aliases flagged; `taken`: folded aliases of the other
    entries, `hand_teams` the hand entries' `team` aliases; `used_ids` grows with the ids
    given here."""
    all_clubs = read_clubs(tar_path)
    places = place_names(all_clubs)
    counts = collections.Counter()
    team_counts = collections.Counter()
    for c in all_clubs:
        c["teams"] = list(dict.fromkeys(n for n in c["names"] if team_name(n)))
        c["names"] = list(dict.fromkeys(n for n in c["names"] if keep(n, places)))
        counts.update({fold(n) for n in c["names"]})
        team_counts.update({fold(n) for n in c["teams"]})
    out, skipped = [], collections.Counter()
    for c in all_clubs:
        if YEARS.search(c["name"]):
            skipped["defunct club"] += 1
            continue
        names = own_names(c["names"], counts, taken, skipped)
        if not names:
            skipped["club with no name left"] += 1
            continue
        base = slug(c["name"]) or "club"
        oid = base if base not in used_ids else f"{base}-{(c['country'] or 'x').lower()}"
        n = 2
        while oid in used_ids:
            oid, n = f"{base}-{n}", n + 1
        used_ids.add(oid)
        own = {fold(n) for n in names}
        teams = []
        for n in c["teams"]:
            f = fold(n)
            if f in own:
                continue
            own.add(f)
            if team_counts[f] > 1 or counts[f] > 0 or f in TEAM_NAMES_LEFT_OUT:
                skipped["team name of two clubs"] += 1
            elif f in taken or f in hand_teams:
                skipped["team name of another entry"] += 1
            else:
                teams.append(f"{n}|cap|team")
        out.append({"id": oid, "name": c["name"], "kind": "sports", "country": c["country"],
                    "aliases": [club_flags(a, words) for a in names] + teams})
    return out, dict(skipped)


def own_names(names: list[str], counts: collections.Counter, taken: set[str],
              skipped: collections.Counter) -> list[str]:
    """The names of one club that no other club or entry has (first spelling kept)."""
    out, seen = [], set()
    for n in names:
        f = fold(n)
        if f in seen:
            continue
        seen.add(f)
        if counts[f] > 1:
            skipped["club name of two clubs"] += 1
        elif f in taken:
            skipped["club name of another entry"] += 1
        else:
            out.append(n)
    return out
