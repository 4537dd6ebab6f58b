#!/usr/bin/env python3
"""Sanity checks for crates/tagger/gazetteer/weapons.toml (stdlib only).

Checks: the 14 contract categories exactly, unique term ids, known categories,
allowed flags and languages, no alias listed twice in one entry, and reports
aliases that normalize to the same pattern in different entries (the matcher
folds case, umlauts and every run of non-word characters the same way).
Prints counts per category and language. Exit 1 on errors.

usage: python3 scripts/gazetteer/check_weapons.py [path/to/weapons.toml]
       python3 scripts/gazetteer/check_weapons.py --match "TEXT" [--lang de]
       python3 scripts/gazetteer/check_weapons.py --test

--match and --test run a small model of the tagger's matching (folding, whole-word
and compound-head patterns, inflection, leftmost-longest, exact/cap/no-person
checks, weak support) over weapons.toml alone. It is a model for checking the
data while writing it; the Rust tagger is the reference.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from words import words  # noqa: E402
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
LANGS = {"en", "de", "fr", "es", "it", "pt", "ru", "uk", "pl", "tr", "ar", "fa", "zh", "any"}
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
    return words(s)


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


# ---------------------------------------------------------------------------
# A model of the matcher (see docs/architecture.md, "Matching")
# ---------------------------------------------------------------------------

INFLECTION_FLAGS = {"fixed", "de-noun", "en-noun", "de-name", "de-adj"}
VOWELS = "aeiouy"


def fold_chars(text, lower=True):
    """Folded text with two-space gaps, and for each folded char its source index."""
    out, src = [" "], [0]
    gap = True
    for i, ch in enumerate(text):
        if ch.isalnum():
            c = ch.lower() if lower else ch
            if c in "äöüÄÖÜ":
                c = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}[c]
            elif c == "ß":
                c = "ss"
            else:
                c = "".join(x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x))
            for x in c:
                out.append(x)
                src.append(i)
            gap = False
        elif unicodedata.combining(ch):
            continue
        elif not gap:
            out.extend("  ")
            src.extend([i, i])
            gap = True
    if not gap:
        out.extend("  ")
        src.extend([len(text), len(text)])
    return "".join(out)[:-1] if not gap or len(out) > 1 else " ", src


def fold_alias(text, lower=True):
    return fold_chars(text, lower)[0].strip(" ")


def inflections(folded, lang, flags):
    if "fixed" in flags:
        return []
    if not flags & INFLECTION_FLAGS:
        flags = flags | ({"de": {"de-noun"}, "en": {"en-noun"}}.get(lang, set()))
    out = []
    f = folded
    if "de-noun" in flags:
        if f.endswith("e"):
            e = ["n"]
        elif f.endswith(("el", "er")):
            e = ["n", "s"]
        elif f.endswith("en"):
            e = ["s"]
        elif f.endswith(("ung", "heit", "keit", "schaft", "ion", "taet")):
            e = ["en"]
        elif f[-1].isdigit() or f[-1] in VOWELS:
            e = ["s"]
        elif f[-1] in "sxz":
            e = ["e", "en", "es"]
        else:
            e = ["e", "en", "es", "s"]
        out += [f + x for x in e]
    if "en-noun" in flags:
        l1, l2 = f[-1], (f[-2] if len(f) > 1 else " ")
        if l1 == "y" and l2 not in VOWELS:
            out.append(f[:-1] + "ies")
        elif l1 in "sxz" or f.endswith(("ch", "sh")):
            out.append(f + "es")
        elif l1 == "o" and l2 not in VOWELS:
            out += [f + "es", f + "s"]
        else:
            out.append(f + "s")
    return [x for x in out if x != f]


def build(data):
    patterns = defaultdict(list)
    for w in data.get("weapon", []):
        for lang, items in w.get("aliases", {}).items():
            for item in items:
                text, *fl = item.split("|")
                flags = set(fl)
                folded = fold_alias(text)
                kept = fold_alias(text, lower=False)
                cand = (w["id"], w["category"], lang, frozenset(flags))
                patterns[" " + folded + " "].append(cand + (kept, False))
                if "compound" in flags:
                    patterns[" " + folded].append(cand + (kept, False))
                for v in inflections(folded, lang, flags):
                    patterns[" " + v + " "].append(cand + (kept + v[len(folded):], True))
    for lst in patterns.values():
        lst.sort(key=lambda c: c[5])
    return patterns


def match(patterns, text, lang=None, keep_weak=False):
    folded, src = fold_chars(text)
    hits = []
    maxlen = max(len(p) for p in patterns)
    i = 0
    while i < len(folded) - 1:
        if folded[i] != " " or folded[i + 1] == " ":
            i += 1
            continue
        accepted = None
        for end in range(min(len(folded), i + maxlen), i + 1, -1):
            pat = folded[i:end]
            if pat not in patterns:
                continue
            head = not pat.endswith(" ")
            word_end = end if not head else folded.find(" ", end)
            for (wid, cat, alang, flags, kept, _gen) in patterns[pat]:
                if lang is not None and alang not in ("en", "any", lang):
                    continue
                o_start = src[i + 1]
                last = (end - 2) if not head else end - 1
                o_end = src[last] + 1
                original = text[o_start:o_end]
                if "exact" in flags and fold_alias(original, lower=False) != kept:
                    continue
                if ("cap" in flags or "capital" in flags) and not original[:1].isupper():
                    continue
                if "no-person" in flags:
                    before = text[:o_start].rstrip()
                    words = before.split()
                    if words and words[-1][:1].isupper() and words[-1].isalpha():
                        prev = before[: len(before) - len(words[-1])].rstrip()
                        if prev and prev[-1] not in ".!?:\"„“":
                            continue
                if head:
                    o_end = src[word_end - 1] + 1
                accepted = (wid, cat, "weak" in flags, text[o_start:o_end], o_start, word_end)
                break
            if accepted:
                break
        if accepted:
            hits.append(accepted[:5])
            i = accepted[5]
        else:
            i += 1
    if not keep_weak:
        strong = any(not h[2] for h in hits)
        hits = [h for h in hits if strong or not h[2]]
    return hits


# (language, text, the set of categories expected)
TESTS = [
    ("de", "Nordkorea weist Vorwürfe von Waffenlieferungen an Russland zurück", {"arms-general"}),
    ("de", "eine Reihe von Waffentests, darunter eine Interkontinentalrakete (ICBM)", {"arms-general", "missiles"}),
    ("de", "Pjöngjang soll sich auf einen Atomtest vorbereiten", {"nuclear"}),
    ("de", "Russland mit einer Anzahl von Artilleriegeschossen beliefert", {"artillery"}),
    ("de", "die erhebliche Anzahl von Granaten", set()),  # `Granate` is weak (football slang)
    ("de", "Granaten und Raketen aus Nordkorea", {"ammunition", "missiles"}),
    ("de", "Der Skandal liefert der Opposition Munition", set()),
    ("de", "Er setzte der Partei die Pistole auf die Brust", set()),
    ("de", "Das Munitionslager explodierte", {"ammunition"}),
    ("de", "Er hat sich gegen die Vorwürfe gewehrt", set()),  # `Gewehr` is no compound head
    ("de", "Gewehrfeuer und Gewehre", {"small-arms"}),
    ("en", "A bomb cyclone hits the East Coast", set()),
    ("en", "Xiaomi Mi 8 review", set()),
    ("en", "The new MG4 electric hatchback", set()),
    ("en", "repairing a submarine cable", set()),
    ("de", "Die Waffenruhe hält, ein Waffenstillstand ist in Sicht", set()),
    ("de", "Die Luftwaffenübung der USA und Südkoreas", set()),
    ("de", "Deutschland liefert Leopard-2-Panzer und Marder-Schützenpanzer", {"armoured-vehicles"}),
    ("de", "Der Leopard jagt im Dschungel", set()),
    ("de", "Das Patriot-System schützt Kiew vor Raketenangriffen", {"air-defence", "missiles"}),
    ("de", "Die Debatte um Taurus-Marschflugkörper geht weiter", {"missiles"}),
    ("de", "Es waren 30 Grad im Schatten", set()),
    ("de", "Die Ukraine setzt Grad-Raketenwerfer und Haubitzen ein", {"artillery"}),
    ("de", "Die Mine wurde 1990 geschlossen", set()),
    ("de", "Der Zug hielt am Tank der Raffinerie", set()),
    ("de", "Ein Tornado verwüstete das Dorf", set()),
    ("de", "Tornado-Jets der Luftwaffe", set()),  # two weak parts, nothing strong
    ("de", "Tornado-Jets und Eurofighter-Kampfjets der Luftwaffe", {"aircraft"}),
    ("de", "Kamikazedrohnen vom Typ Shahed-136 griffen an", {"drones"}),
    ("de", "Die Mine explodierte, als der Panzer darüber fuhr", {"mines-explosives", "armoured-vehicles"}),
    ("de", "Im Kampfmittelräumdienst wurde die Fliegerbombe entschärft", {"ammunition"}),
    ("de", "Sie verzog keine Miene und wechselte das Geschoss nicht", set()),
    ("de", "Die Atomkraftwerke bleiben abgeschaltet", set()),
    ("de", "Nervengift Nowitschok im Fall Nawalny", {"chemical"}),
    ("de", "Die Polizei setzte Tränengas und Wasserwerfer ein", set()),
    ("de", "U-Boote und Fregatten der Marine", {"naval"}),
    ("de", "Die Bombe ist geplatzt: der Minister tritt zurück", set()),
    ("de", "Das Bombentor in der 90. Minute", set()),
    ("en", "North Korea test-fired a Hwasong-18 ICBM", {"missiles"}),
    ("en", "The Patriots won the Super Bowl", set()),
    ("en", "Patriot missiles intercepted the Kinzhal", {"air-defence", "missiles"}),
    ("en", "She is a true patriot", set()),
    ("en", "A think tank in Washington", set()),  # `tank` is weak
    ("en", "A think tank on missiles", {"armoured-vehicles", "missiles"}),  # needs a regions.toml exclusion
    ("en", "A leaking fuel tank caused the blast", set()),
    ("en", "Germany will send Leopard 2 tanks and Bradleys", {"armoured-vehicles"}),
    ("en", "Tanks rolled into the city", set()),
    ("en", "Russian tanks and artillery rolled into the city", {"armoured-vehicles", "artillery"}),
    ("en", "The javelin thrower set a record", set()),
    ("en", "Ukraine used Javelins and NLAWs against T-72s", {"missiles", "armoured-vehicles"}),
    ("en", "The Lancet published a study", set()),
    ("en", "Russian Lancet drones hit a howitzer", {"drones", "artillery"}),
    ("en", "The Taurus is a Ford model", set()),
    ("en", "A tornado hit Kansas", set()),
    ("en", "Stacey Abrams spoke in Atlanta", set()),
    ("en", "The M1 Abrams tanks arrived", {"armoured-vehicles"}),
    ("en", "Is that book mine? The mine closed in 1990", set()),
    ("en", "Landmines and IEDs killed civilians", {"mines-explosives"}),
    ("en", "Shell reported record profits", set()),
    ("en", "Russia fired shells and rockets at Kharkiv, using S-400 and S400 systems", {"ammunition", "missiles", "air-defence"}),
    ("en", "F-16s and F35 jets", {"aircraft"}),
    ("en", "the smoking gun in the case", set()),
    ("en", "a gun control bill", set()),  # `gun` is weak
    ("en", "a gun control bill after the rifle attack", {"small-arms"}),
    ("en", "an arms race and arms sales", set()),  # `arms` is weak
    ("en", "arms sales and missiles", {"arms-general", "missiles"}),
    ("en", "she broke her arms", set()),
    ("en", "The bricks-and-mortar store", set()),
    ("en", "A Grad student", set()),
    ("en", "Sam Altman and SAM sites", set()),
    ("en", "nuclear power plant", set()),
    ("en", "a nuclear test and nukes", {"nuclear"}),
    ("en", "chemical weapons and sarin", {"chemical"}),
    ("en", "SpaceX launched a Falcon 9 rocket", set()),
    ("en", "Hamas fired a rocket barrage", set()),  # `rocket` is weak (SpaceX)
    ("en", "Hamas fired rockets; Iron Dome intercepted them", {"missiles", "air-defence"}),
    ("de", "Schützenpanzer vom Typ Marder", {"armoured-vehicles"}),
    ("en", "The Chinook salmon run", set()),
    ("en", "K2 is the second-highest mountain", set()),
    ("de", "K2-Panzer und K9-Haubitzen aus Südkorea", {"armoured-vehicles", "artillery"}),
    ("en", "He was shot down by a Buk missile", {"air-defence", "missiles"}),
    ("en", "civil aircraft and jets at the airport", set()),
    ("en", "the suicide bomber struck", set()),  # weak: a person, not a weapon
    ("en", "the suicide bomber detonated explosives", {"mines-explosives"}),
]


# (language, text, the expected mentions as (span text, category)), following the span
# rules of the gold annotation guidelines: a name and a following generic noun are two
# mentions, loose modifiers stay outside, German closed compounds span the whole word.
SPAN_TESTS = [
    ("de", "Leopard-2-Panzer", [("Leopard-2", "armoured-vehicles"), ("Panzer", "armoured-vehicles")]),
    ("en", "Patriot missile batteries", [("Patriot", "air-defence"), ("missile", "missiles")]),
    ("en", "HIMARS rocket launchers", [("HIMARS", "artillery"), ("rocket launchers", "artillery")]),
    ("en", "long-range ballistic missiles", [("ballistic missiles", "missiles")]),
    ("en", "short-range ballistic missiles", [("short-range ballistic missiles", "missiles")]),
    ("en", "attack drones and fighter jets", [("drones", "drones"), ("fighter jets", "aircraft")]),
    ("de", "taktische Atomwaffen", [("Atomwaffen", "nuclear")]),
    ("de", "Raketenangriffe und Drohnenabwehrsysteme", [("Raketenangriffe", "missiles"), ("Drohnenabwehrsysteme", "air-defence")]),
    ("de", "Waffenexporteuren und Rüstungsexportkontrollgesetz", [("Waffenexporteuren", "arms-general"), ("Rüstungsexportkontrollgesetz", "arms-general")]),
    ("en", "US arms sales of F-16s", [("arms", "arms-general"), ("F-16s", "aircraft")]),
    ("en", "a guided-missile destroyer fired interceptors", [("guided-missile destroyer", "naval"), ("interceptors", "air-defence")]),
]


def run_tests(patterns):
    failed = 0
    for lang, text, want in SPAN_TESTS:
        got = [(h[3], h[1]) for h in match(patterns, text, lang)]
        if got != want:
            failed += 1
            print(f"FAIL [{lang}] {text!r}: want {want}, got {got}")
    for lang, text, want in TESTS:
        got = {h[1] for h in match(patterns, text, lang)}
        if got != want:
            failed += 1
            print(f"FAIL [{lang}] {text!r}: want {sorted(want)}, got {sorted(got)} "
                  f"{match(patterns, text, lang)}")
    total = len(TESTS) + len(SPAN_TESTS)
    print(f"{total - failed}/{total} matching examples pass")
    return 1 if failed else 0


def cli() -> int:
    args = sys.argv[1:]
    path = "crates/tagger/gazetteer/weapons.toml"
    if args and args[0] in ("--match", "--test"):
        with open(path, "rb") as f:
            patterns = build(tomllib.load(f))
        if args[0] == "--test":
            return run_tests(patterns)
        lang = args[3] if len(args) > 3 and args[2] == "--lang" else None
        for h in match(patterns, args[1], lang):
            print(h)
        return 0
    return main()


if __name__ == "__main__":
    sys.exit(cli())
