#!/usr/bin/env python3
"""Writes the fr, es, it, pt, ru, uk, pl, tr, ar, fa, zh alias lines of weapons.toml and
organizations.toml from the hand-written sources in scripts/gazetteer/i18n/ (stdlib only).

The sources list each term once, in its dictionary form, with the options of
`morph.py` (`scripts/gazetteer/morph.py` documents them); this script expands the
inflected forms and replaces, inside each existing entry, the alias line of every
language it manages. The en, de and any lines, and entries the sources do not name, are
left as they are. Run it after editing a source; it is idempotent.

usage: python3 scripts/gazetteer/gen_i18n.py          # rewrite the two gazetteer files
       python3 scripts/gazetteer/gen_i18n.py --check  # exit 1 if they are not up to date
       python3 scripts/gazetteer/gen_i18n.py --forms ru "баллистическая ракета"
       python3 scripts/gazetteer/gen_i18n.py --counts # aliases per language and category
       python3 scripts/gazetteer/gen_i18n.py --test   # the inflection rules' table
       python3 scripts/gazetteer/gen_i18n.py --import-bodies  # state words from countries.toml

Templates (`_templates`, `_templates_auto`) fill a state's words (`_bodies`, hand-written or
imported) into the names of its bodies; `_body_ids` adds bodies (navy, air force)
to a state's `ids`. A name written by hand for one organization is not generated for another.
"""

from __future__ import annotations

import json
import sys
import tomllib
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from morph import adj_nom, forms  # noqa: E402
from words import words  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
GAZ = ROOT / "crates/tagger/gazetteer"
SRC = Path(__file__).parent / "i18n"
LANGS = ["fr", "es", "it", "pt", "ru", "uk", "pl", "tr", "ar", "fa", "zh"]
TABLES = {"weapons": "weapon", "organizations": "organization"}


# Letter folds of the matcher's script rules (crates/tagger/src/script): Arabic and Persian
# letter variants, Turkish dotless i; the zero-width non-joiner joins.
LETTER_FOLD = str.maketrans({"ى": "ي", "ی": "ي", "ے": "ي", "ک": "ك", "ة": "ه", "ۀ": "ه", "ı": "i",
                             "ٱ": "ا", "\u200c": None, "ـ": None})


def fold(text: str) -> str:
    """Approximation of the tagger's folding, to drop forms that fold alike."""
    low = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))
    low = low.translate(LETTER_FOLD)
    # every Han ideograph is a word of its own; Arabic-Indic and Persian digits are digits
    low = "".join(f" {c} " if "\u4e00" <= c <= "\u9fff" else str(unicodedata.digit(c)) if c.isdigit() else c for c in low)
    return words(low)


def expand(lang: str, specs: list[str], table: str) -> list[str]:
    out, seen = [], set()
    for raw in specs:
        opts = raw.split("|")[1:]
        if table == "organization":
            # organization names are not pluralized: only the Slavic case forms and, when
            # asked for (`poss`), the Turkish suffixes of a common-noun head are generated
            if lang in ("ru", "uk", "pl", "tr") and "sg" not in opts:
                raw += "|sg"
            elif lang not in ("ru", "uk", "pl") and "poss" not in opts and "as-is" not in opts:
                raw += "|as-is"
        fs, flags = forms(lang, raw)
        for f in fs:
            # `exact` aliases match case-exactly: `Onu` is not a duplicate of `ONU`
            key = (f if "exact" in flags else fold(f), tuple(flags))
            if key in seen or not fold(f):
                continue
            seen.add(key)
            out.append("|".join([f, *flags]))
    return out


def load_sources(name: str) -> dict[str, dict[str, list[str]]]:
    path = SRC / f"{name}.toml"
    if not path.exists():
        return {}
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    templates = data.pop("_templates", {})
    # the states imported from countries.toml get the shorter template set (the most
    # frequent forms), to keep the pattern count down
    templates_auto = data.pop("_templates_auto", {})
    # more bodies of a state (parliament, navy, air force) whose words come from its
    # `_bodies` table, hand-written or imported
    body_ids = data.pop("_body_ids", {})
    bodies = {code: (body, templates) for code, body in data.pop("_bodies", {}).items()}
    extra = SRC / f"{name}.bodies.toml"
    if extra.exists():
        with extra.open("rb") as fh:
            for code, body in tomllib.load(fh).get("_bodies", {}).items():
                if code not in bodies:  # hand-written bodies win
                    # a kind without a shorter set uses the full one
                    bodies[code] = (body, {k: {**v, **templates_auto.get(k, {})} for k, v in templates.items()})
    for code, ids in body_ids.items():
        if code not in bodies:
            raise ValueError(f"_body_ids.{code}: no _bodies table gives the words of {code}")
        bodies[code][0]["ids"] = {**bodies[code][0]["ids"], **ids}
    # a name written by hand for one organization is not generated for another: the
    # template's `esercito italiano` (armed forces) yields to the hand `italian-army`
    hand = {(lang, fold(spec.split("|")[0].replace("~", ""))): oid
            for oid, langs in data.items() for lang, specs in langs.items() for spec in specs}
    for code, (body, tset) in bodies.items():
        for kind, oid in body["ids"].items():
            for lang, tpls in tset.get(kind, {}).items():
                if lang not in body:
                    continue
                entry = data.setdefault(oid, {}).setdefault(lang, [])
                for spec in expand_templates(lang, tpls, body[lang]):
                    owner = hand.get((lang, fold(spec.split("|")[0].replace("~", ""))), oid)
                    if spec not in entry and owner == oid:
                        entry.append(spec)
    return data


def expand_templates(lang: str, tpls: list[str], words: dict) -> list[str]:
    """Fills `{name}` slots with a country's words; a list value gives one alias per item;
    a template whose slot the country lacks is skipped. Derived slots: Slavic `adj_m`,
    `adj_f`, `adj_n`, `adj_pl` from `adj`; Romance `mpl`, `fpl` from `m`, `f`."""
    slots: dict[str, list[str]] = {k: v if isinstance(v, list) else [v] for k, v in words.items()}
    if "adj" in slots and lang in ("ru", "uk", "pl"):
        for g in ("m", "f", "n", "pl"):
            slots[f"adj_{g}"] = [adj_nom(lang, a, g) for a in slots["adj"]]
    for g in ("m", "f"):
        if g in slots and lang in ("fr", "es", "it", "pt"):
            slots[f"{g}pl"] = [adj_nom(lang, a, "pl") for a in slots[g]]
    out = []
    for t in tpls:
        names = [n.split("}")[0] for n in t.split("{")[1:]]
        if any(n not in slots for n in names):
            continue
        combos = [{}]
        for n in dict.fromkeys(names):
            combos = [{**c, n: v} for c in combos for v in slots[n]]
        out.extend(t.format(**c) for c in combos)
    return out


def render(name: str, text: str) -> tuple[str, list[str]]:
    table = TABLES[name]
    sources = load_sources(name)
    unknown = set(sources)
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    done: set[str | None] = set()
    problems: list[str] = []
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if line.strip() != f"[[{table}]]":
            continue
        # the entry runs to the next blank line or table header
        block = []
        while i < len(lines) and lines[i].strip() and not lines[i].startswith("[["):
            block.append(lines[i])
            i += 1
        eid = next((b.split("=", 1)[1].strip().strip('"') for b in block if b.startswith("id = ")), None)
        src = sources.get(eid) if eid not in done else None  # a duplicate id: left as it is
        done.add(eid)
        if src is None:
            out.extend(block)
            continue
        unknown.discard(eid)
        kept = [b for b in block if b.split(" = ", 1)[0] not in LANGS]
        for lang in src:
            if lang not in LANGS:
                problems.append(f"{name}: {eid}: language {lang!r} is not managed here")
        new = []
        for lang in LANGS:
            if lang in src:
                try:
                    aliases = expand(lang, src[lang], table)
                except ValueError as e:
                    problems.append(f"{name}: {eid}: {lang}: {e}")
                    continue
                if aliases:
                    new.append(f"{lang} = {json.dumps(aliases, ensure_ascii=False)}")
        out.extend(kept + new)
    for eid in sorted(unknown):
        problems.append(f"{name}: no [[{table}]] with id {eid!r} in the gazetteer")
    return "\n".join(out), problems


def counts() -> None:
    """Per category (weapons) or kind (organizations) and language: the terms written in
    the sources (after the templates) / the aliases in the gazetteer (with every form)."""
    for name, table in TABLES.items():
        with (GAZ / f"{name}.toml").open("rb") as fh:
            data = tomllib.load(fh)
        group = {e["id"]: e.get("category", e.get("kind", "-")) for e in data[table]}
        written: Counter[tuple[str, str]] = Counter()
        for eid, langs in load_sources(name).items():
            for lang, specs in langs.items():
                written[(group.get(eid, "?"), lang)] += len(specs)
        aliases: Counter[tuple[str, str]] = Counter()
        for e in data[table]:
            for lang, al in e.get("aliases", {}).items():
                aliases[(group[e["id"]], lang)] += len(al)
        keys = sorted({k for k, _ in aliases})
        langs = ["en", "de"] + LANGS
        what = "category" if table == "weapon" else "kind"
        print(f"\n{name}: terms written / aliases generated (en, de: aliases as written)\n")
        print("| " + " | ".join([what] + langs) + " |")
        print("|" + "---|" * (len(langs) + 1))
        total_w: Counter[str] = Counter()
        total_a: Counter[str] = Counter()
        for k in keys:
            cells = []
            for lang in langs:
                w, a = written[(k, lang)], aliases[(k, lang)]
                total_w[lang] += w
                total_a[lang] += a
                cells.append(str(a) if lang in ("en", "de") else (f"{w}/{a}" if a else "-"))
            print("| " + " | ".join([k] + cells) + " |")
        print("| **all** | " + " | ".join(str(total_a[l]) if l in ("en", "de") else f"{total_w[l]}/{total_a[l]}" for l in langs) + " |")


# The inflection rules, one row each: (language, source spec, forms that must be generated,
# forms that must not be).
FORM_CASES = [
    ("fr", "missile balistique", ["missiles balistiques"], []),
    ("fr", "obus d'artillerie", ["obus d'artillerie"], ["obus d'artilleries"]),
    ("fr", "arsenal nucléaire", ["arsenaux nucléaires"], []),
    ("es", "misil balístico", ["misiles balísticos"], []),
    ("es", "proyectil de artillería", ["proyectiles de artillería"], []),
    ("es", "obús", ["obuses"], []),
    ("it", "carro armato", ["carri armati"], []),
    ("it", "missile balistico", ["missili balistici"], []),
    ("pt", "míssil balístico", ["mísseis balísticos"], []),
    ("pt", "canhão", ["canhões"], []),
    ("ru", "баллистическая ракета", ["баллистических ракет", "баллистическими ракетами", "баллистическую ракету"], []),
    ("ru", "беспилотник", ["беспилотников", "беспилотниками"], []),
    ("ru", "эсминец|gen=эсминца", ["эсминцев", "эсминцем"], ["эсминеца"]),
    ("ru", "оружие|sg", ["оружием", "оружия"], ["оружиям"]),
    ("ru", "система ~ПВО", ["системы ПВО", "систем ПВО"], []),
    ("ru", "ПВО", ["ПВО"], ["ПВОа"]),
    ("ru", "российское Минобороны|indecl|n", ["российского Минобороны"], []),
    ("ru", "Вооружённые силы ~России|pl|gpl=сил", ["Вооружённых сил России", "Вооружёнными силами России"], []),
    ("uk", "балістична ракета", ["балістичних ракет", "балістичною ракетою"], []),
    ("uk", "озброєння|n", ["озброєнь", "озброєнням"], ["озброєннь"]),
    ("uk", "танк", ["танків", "танку"], ["танці"]),
    ("pl", "pocisk balistyczny", ["pocisków balistycznych", "pociskami balistycznymi"], []),
    ("pl", "broń jądrowa|f", ["broni jądrowej", "bronią jądrową"], []),
    ("pl", "samolot|gen=samolotu", ["samolocie", "samolotów"], []),
    ("pl", "myśliwiec|gen=myśliwca", ["myśliwców", "myśliwcu"], ["myśliwcy"]),
    ("pl", "uzbrojenie", ["uzbrojeń"], ["uzbrojeeń"]),
    ("tr", "füze", ["füzeler", "füzelerin", "füzeyi"], []),
    ("tr", "tüfek", ["tüfeği", "tüfekte"], ["tüfeki"]),
    ("tr", "hava savunma sistemi|poss", ["hava savunma sistemini", "hava savunma sistemleri"], []),
    ("tr", "İHA", ["İHA"], ["İHAlar"]),
    ("tr", "uçak", ["uçaklarıyla", "uçağıyla"], []),
    ("ar", "صاروخ باليستي", ["الصاروخ الباليستي"], []),
    ("ar", "حاملة طائرات|idafa", ["حاملة الطائرات"], ["الحاملة الطائرات"]),
    ("ar", "صواريخ باليستية", ["صواريخها الباليستية"], []),
    ("ar", "أسلحة", ["أسلحتها", "أسلحتهم"], []),
    ("ar", "صاروخ مضاد للسفن", ["الصاروخ المضاد للسفن"], ["الصاروخ المضاد اللسفن"]),
    ("fa", "موشک بالستیک", ["موشک\u200cهای بالستیک"], []),
    ("zh", "无人机", ["无人机"], []),
]


def self_test() -> list[str]:
    failures = []
    for lang, spec, want, never in FORM_CASES:
        got = forms(lang, spec)[0]
        for w in want:
            if w not in got:
                failures.append(f"{lang} {spec!r}: {w!r} not generated (got {got})")
        for n in never:
            if n in got:
                failures.append(f"{lang} {spec!r}: {n!r} generated")
    return failures


def import_bodies() -> None:
    """Writes i18n/organizations.bodies.toml: for every state whose defence ministry,
    foreign ministry or armed forces are in organizations.toml, the words the templates
    need, taken from the country's aliases in countries.toml (name, adjectives, genitive).
    A snapshot: run it again when countries.toml changes; states written by hand in
    i18n/organizations.toml are skipped."""
    with (GAZ / "organizations.toml").open("rb") as fh:
        orgs = tomllib.load(fh)["organization"]
    with (GAZ / "countries.toml").open("rb") as fh:
        countries = {c["id"]: c.get("aliases", {}) for c in tomllib.load(fh)["country"]}
    with (SRC / "organizations.toml").open("rb") as fh:
        hand = tomllib.load(fh).get("_bodies", {})
    ids: dict[str, dict[str, str]] = {}
    for e in orgs:
        for kind, suffix in (("defence", "-defence-ministry"), ("foreign", "-foreign-ministry"), ("army", "-armed-forces")):
            if e["id"].endswith(suffix) and e.get("country"):
                ids.setdefault(e["country"], {})[kind] = e["id"]
    out = ["# Generated by `python3 scripts/gazetteer/gen_i18n.py --import-bodies` from countries.toml",
           "# (the country aliases of each language); a snapshot, see gen_i18n.py. Do not edit.", ""]
    for code in sorted(ids):
        if code in hand or code not in countries:
            continue
        words = body_words(countries[code])
        if not words:
            continue
        out.append(f"[_bodies.{code}]")
        out.append("ids = " + toml_inline(ids[code]))
        for lang in LANGS:
            if lang in words:
                out.append(f"{lang} = " + toml_inline(words[lang]))
        out.append("")
    (SRC / "organizations.bodies.toml").write_text("\n".join(out), encoding="utf-8")


def toml_inline(d: dict[str, str]) -> str:
    return "{ " + ", ".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in d.items()) + " }"


def body_words(aliases: dict[str, list[str]]) -> dict[str, dict[str, str]]:
    """The template words of one country from its aliases (first forms of each kind)."""
    def texts(lang):
        return [a.split("|")[0] for a in aliases.get(lang, [])]

    def lower(lang):
        return [t for t in texts(lang) if t[:1].islower() and " " not in t]

    words: dict[str, dict[str, str]] = {}
    for lang in ("fr", "es", "it", "pt"):
        adj = lower(lang)
        if adj:
            m = adj[0]
            f = next((a for a in adj[1:] if a.endswith(("a", "e")) and not a.endswith("es")), m)
            if lang == "fr":
                f = next((a for a in adj[1:] if a.endswith("e")), m)
            words[lang] = {"m": m, "f": f}
            # Spanish `de` + the name (`Ejército de Venezuela`, `Ministerio de Defensa de
            # Colombia`): only a one-word name, which takes no article (`del Reino Unido`)
            name = next((a.split("|")[0] for a in aliases.get(lang, [])
                         if a[:1].isupper() and "capital" not in a), "")
            if lang == "es" and name.isalpha() and name[1:].islower():
                words[lang]["de"] = f"de {name}"
    for lang in ("ru", "uk", "pl"):
        t = texts(lang)
        adj = next((a for a in lower(lang) if a.endswith(("ий", "ый", "ой", "ki", "ny", "cki"))), None)
        if not t or adj is None:
            continue
        name = t[0]
        gen = None
        last = name.split(" ")[-1]
        stem = last[:3]
        # the genitive ending by the name's class: feminine -а/-я/-a -> -ы/-и/-і/-ї/-y/-i,
        # masculine (consonant) -> -а/-я/-у/-ю/-u/-a; plural and indeclinable names: none
        if last.endswith(("а", "я", "a")):
            endings = ("ы", "и", "і", "ї", "y", "i")
        elif last[-1].lower() not in "аеёиоуыэюяєіїaeiouyąęó":
            endings = ("а", "я", "у", "ю", "u", "a")
        else:
            endings = ()
        for cand in t[1:]:
            cl = cand.split(" ")[-1]
            if cand[:1].isupper() and cl.startswith(stem) and cand != name and endings \
                    and cl.endswith(endings) and len(cand.split(" ")) == len(name.split(" ")) \
                    and not cl.endswith(("czyk", "czyka", "anin", "ami", "ами", "ями", "mi", "ми")):
                gen = cand
                break
        words[lang] = {"adj": adj, **({"gen": gen} if gen else {})}
    t = texts("tr")
    if t:
        words["tr"] = {"name": t[0], "adj": t[0]}
    ar = texts("ar")
    am = next((a for a in ar if a.startswith("ال") and a.endswith("ي")), None)
    af = next((a for a in ar if a.startswith("ال") and a.endswith("ية")), None)
    if am and af:
        words["ar"] = {"adj_m": am, "adj_f": af, "name": ar[0]}
    fa = texts("fa")
    if fa:
        words["fa"] = {"gen": fa[0]}
    zh = texts("zh")
    if zh:
        words["zh"] = {"name": zh[0]}
    return words


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["--import-bodies"]:
        import_bodies()
        return 0
    if args[:1] == ["--test"]:
        failures = self_test()
        for f in failures:
            print(f, file=sys.stderr)
        print(f"{len(FORM_CASES) - len(failures)} of {len(FORM_CASES)} form rows pass" if not failures else f"{len(failures)} failures")
        return 1 if failures else 0
    if args[:1] == ["--forms"]:
        lang, raw = args[1], args[2]
        for f in forms(lang, raw)[0]:
            print(f)
        return 0
    if args[:1] == ["--counts"]:
        counts()
        return 0
    check = args[:1] == ["--check"]
    bad = False
    for name in TABLES:
        path = GAZ / f"{name}.toml"
        old = path.read_text(encoding="utf-8")
        new, problems = render(name, old)
        for p in problems:
            print(p, file=sys.stderr)
            bad = True
        if check:
            if new != old:
                print(f"{path} is not up to date: run scripts/gazetteer/gen_i18n.py", file=sys.stderr)
                bad = True
        elif new != old:
            path.write_text(new, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
