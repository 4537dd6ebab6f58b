#!/usr/bin/env python3
"""Build gold/gold.ndjson and gold/multilingual.ndjson from the hand-annotated sources in
gold/src/*.txt: en and de articles go to gold.ndjson (the figures quoted since the start),
the articles of every other language (fr, es, it, pt, ru, uk, pl, tr, ar, fa, zh) to
multilingual.ndjson, so the en/de scores stay comparable over time.

Source format (see GUIDELINES.md):

    id: en-001
    lang: en
    title: North [[Korea|country:KP]] fires ...
    ---
    Body text, paragraphs separated by one blank line, with
    [[surface text|type:id]] markup for every mention.

`type` is `country`, `organization` or `weapon` (or the short forms `c`, `o`, `w`).
The script strips the markup, computes exact UTF-8 byte offsets into the final
`title` and `body` strings, verifies every span (ids, no overlaps but a country nested
in an organization as `[[{{Russia|country:RU}}'s defence ministry|organization:...]]`, no stray markup,
the slice equals the marked surface) and writes one JSON object per article, sorted
by id, with a stable key order. It is deterministic: the same sources always give
the same bytes.

Usage:
    python3 gold/build.py            # write gold/gold.ndjson and gold/multilingual.ndjson
    python3 gold/build.py --check    # fail if either file is not up to date
    python3 gold/build.py --lint     # also report unannotated repeats of annotated surfaces
    python3 gold/build.py --lint-all # ... of surfaces annotated anywhere in the set
    python3 gold/build.py --stats    # print counts per type, language and id
    python3 gold/build.py --src DIR --out FILE   # another set of sources (e.g. held out),
                                                 # all languages into FILE
    python3 gold/build.py --lang fa --out FILE   # only the sources of some languages
                                                 # (comma-separated), e.g. to score one
    python3 gold/build.py --lang ar --arabic-name-spans --out FILE
                                                 # Arabic spans as marked in the sources
                                                 # (the name without its clitics)
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE / "gold.ndjson"
MULTI_OUT = HERE / "multilingual.ndjson"
# gold.ndjson holds these languages; multilingual.ndjson all others.
CORE_LANGS = ("en", "de")
LANGS = ("en", "de", "fr", "es", "it", "pt", "ru", "uk", "pl", "tr", "ar", "fa", "zh")
# Languages written without spaces between words: their length is counted in characters.
UNSPACED_LANGS = ("zh",)


def option(argv, name, default):
    """`--name VALUE` from argv, else `default`."""
    if name in argv:
        i = argv.index(name)
        if i + 1 < len(argv):
            return Path(argv[i + 1])
    return default

TYPES = {"country": "country", "c": "country", "organization": "organization",
         "o": "organization", "weapon": "weapon", "w": "weapon"}
# Contract section 4: the 14 fixed weapon category ids.
WEAPON_CATEGORIES = {
    "small-arms", "ammunition", "artillery", "missiles", "nuclear", "chemical",
    "biological", "armoured-vehicles", "aircraft", "drones", "air-defence", "naval",
    "mines-explosives", "arms-general",
}
COUNTRY_ID = re.compile(r"^[A-Z]{2}$")
ORG_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ARTICLE_ID = re.compile(r"^(" + "|".join(LANGS) + r")-[0-9]{3}$")
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A surface may hold nested marks `{{surface|type:id}}` (a country inside a state body).
INNER = re.compile(r"\{\{([^{}\[\]|\n]+)\|([a-z]+):([A-Za-z0-9-]+)\}\}")
MARK = re.compile(r"\[\[((?:[^\[\]|\n{}]|\{\{[^{}\[\]|\n]+\|[a-z]+:[A-Za-z0-9-]+\}\})+)"
                  r"\|([a-z]+):([A-Za-z0-9-]+)\]\]")


class SourceError(Exception):
    pass


def check_mark(where, typ, ident):
    """The full type name of a mark, after checking its type and id."""
    if typ not in TYPES:
        raise SourceError(f"{where}: unknown type {typ!r}")
    typ = TYPES[typ]
    if typ == "country" and not COUNTRY_ID.match(ident):
        raise SourceError(f"{where}: country id must be ISO 3166-1 alpha-2 upper case")
    if typ == "organization" and not ORG_ID.match(ident):
        raise SourceError(f"{where}: organization id must match [a-z0-9-]")
    if typ == "weapon" and ident not in WEAPON_CATEGORIES:
        raise SourceError(f"{where}: {ident!r} is not a contract weapon category")
    return typ


def parse_field(path, field, marked, line_no):
    """Strips markup from one field; returns (text, spans)."""
    out = bytearray()
    spans = []
    pos = 0
    for m in MARK.finditer(marked):
        out += marked[pos:m.start()].encode("utf-8")
        marked_surface, typ, ident = m.group(1), m.group(2), m.group(3)
        where = f"{path.name}:{line_no + marked.count(chr(10), 0, m.start())}: {m.group(0)}"
        typ = check_mark(where, typ, ident)
        start = len(out)
        # Nested marks: only a country inside an organization (a state body and its country).
        inner = []
        surface = ""
        ipos = 0
        for n in INNER.finditer(marked_surface):
            ityp = check_mark(where, n.group(2), n.group(3))
            if typ != "organization" or ityp != "country":
                raise SourceError(f"{where}: only a country may nest, inside an organization")
            surface += marked_surface[ipos:n.start()]
            istart = start + len(surface.encode("utf-8"))
            surface += n.group(1)
            inner.append({"type": ityp, "id": n.group(3), "field": field, "start": istart,
                          "end": start + len(surface.encode("utf-8")),
                          "_surface": n.group(1), "_line": line_no})
            ipos = n.end()
        surface += marked_surface[ipos:]
        if surface != surface.strip():
            raise SourceError(f"{where}: span has leading or trailing white space")
        out += surface.encode("utf-8")
        spans.append({"type": typ, "id": ident, "field": field,
                      "start": start, "end": len(out), "_surface": surface,
                      "_line": line_no})
        spans.extend(inner)
        pos = m.end()
    out += marked[pos:].encode("utf-8")
    text = out.decode("utf-8")
    for bad in ("[[", "]]", "{{", "}}"):
        if bad in text:
            raise SourceError(f"{path.name}: {field}: malformed markup near "
                              f"{text[max(0, text.index(bad) - 30):text.index(bad) + 30]!r}")
    return text, spans


def parse_source(path):
    raw = path.read_text(encoding="utf-8")
    if "\r" in raw:
        raise SourceError(f"{path.name}: carriage return in source")
    lines = raw.split("\n")
    header = {}
    i = 0
    while i < len(lines) and lines[i] != "---":
        key, sep, value = lines[i].partition(": ")
        if not sep or key not in ("id", "lang", "title"):
            raise SourceError(f"{path.name}:{i + 1}: expected `id|lang|title: value` or `---`")
        if key in header:
            raise SourceError(f"{path.name}:{i + 1}: duplicate header {key}")
        header[key] = (value, i + 1)
        i += 1
    if i == len(lines):
        raise SourceError(f"{path.name}: no `---` line after the header")
    for key in ("id", "lang", "title"):
        if key not in header:
            raise SourceError(f"{path.name}: missing header {key}")
    art_id = header["id"][0]
    if not ARTICLE_ID.match(art_id) or path.stem != art_id:
        raise SourceError(f"{path.name}: id {art_id!r} must be like en-001 and match the file name")
    lang = header["lang"][0]
    if lang != art_id[:2]:
        raise SourceError(f"{path.name}: lang {lang!r} does not match the id prefix")
    title, title_spans = parse_field(path, "title", header["title"][0], header["title"][1])
    body_lines = lines[i + 1:]
    while body_lines and body_lines[-1] == "":
        body_lines.pop()
    body_marked = "\n".join(body_lines)
    # Offsets are per field, so the body is parsed as one string.
    body, body_spans = parse_field(path, "body", body_marked, i + 2)
    spans = title_spans + body_spans
    verify(path, {"title": title, "body": body}, spans)
    check_length(path, lang, body)
    check_language_rules(path, lang, {"title": title, "body": body}, spans)
    gold = [{k: s[k] for k in ("type", "id", "field", "start", "end")} for s in spans]
    article = {"id": art_id, "lang": lang, "source": "gold", "title": title,
               "body": body, "gold": gold}
    return article, spans


def check_length(path, lang, body):
    """en/de: 150-400 words (as since the start); other languages 120-400 words; Chinese,
    written without spaces, 180-700 characters (Han characters plus other words)."""
    if lang in UNSPACED_LANGS:
        han = len(HAN.findall(body))
        units = han + len(HAN.sub(" ", body).split())
        if not 180 <= units <= 700:
            raise SourceError(f"{path.name}: body has {units} characters, expected 180-700")
        return
    words = len(body.split())
    low = 150 if lang in CORE_LANGS else 120
    if not low <= words <= 400:
        raise SourceError(f"{path.name}: body has {words} words, expected {low}-400")


# Arabic proclitics and the article are outside the span (GUIDELINES.md, Arabic), so a span
# never starts with the article, and a span is never preceded directly by a letter other
# than a proclitic (و ف ب ل ك س and the article ال).
ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u0671-\u06d3]")
ARABIC_PROCLITIC_RUN = re.compile(r"(?:^|[^\u0620-\u064a\u0671-\u06d3])[وفبلكس]*(?:ال|ل)?$")
APOSTROPHES = ("'", "\u2019")


def check_language_rules(path, lang, fields, spans):
    """The per-language span conventions of GUIDELINES.md that a script can verify."""
    for s in spans:
        text = fields[s["field"]]
        data = text.encode("utf-8")
        before = data[:s["start"]].decode("utf-8")
        surface = s["_surface"]
        where = f"{path.name}:{s['_line']}: {surface!r}"
        if lang == "ar":
            if surface.startswith("ال") and not surface.startswith("الله"):
                raise SourceError(f"{where}: Arabic span starts with the article ال "
                                  f"(the article is outside the span)")
            if before and ARABIC_LETTER.match(before[-1]):
                if not ARABIC_PROCLITIC_RUN.search(before):
                    raise SourceError(f"{where}: Arabic span starts inside a word")
        if lang == "tr":
            if any(a in surface for a in APOSTROPHES) and surface[-1].isalpha():
                tail = re.split("['\u2019]", surface)[-1]
                if tail and tail.islower() and len(tail) <= 5:
                    raise SourceError(f"{where}: Turkish span includes the apostrophe "
                                      f"suffix (the span ends before the apostrophe)")
        if "\u200c" in surface[:1] + surface[-1:]:
            raise SourceError(f"{where}: span starts or ends with a zero-width non-joiner")


def verify(path, fields, spans):
    for s in spans:
        data = fields[s["field"]].encode("utf-8")
        got = data[s["start"]:s["end"]].decode("utf-8")
        if got != s["_surface"]:
            raise SourceError(f"{path.name}: span {s['start']}..{s['end']} slices to {got!r}, "
                              f"not {s['_surface']!r}")
    for field in ("title", "body"):
        fs = sorted((s for s in spans if s["field"] == field), key=lambda s: s["start"])
        for i, a in enumerate(fs):
            for b in fs[i + 1:]:
                if b["start"] >= a["end"]:
                    break
                nested = b["end"] <= a["end"] or a["start"] == b["start"]
                if a["type"] == b["type"] or not nested:
                    raise SourceError(f"{path.name}: overlapping spans {a['_surface']!r} and "
                                      f"{b['_surface']!r}")


def lint(article, spans, surfaces):
    """Unannotated whole-word occurrences of `surfaces` (annotated somewhere in the set).

    Not an error (a word can be an entity in one place and not in another: `Jordan`
    the country vs a person), but every hit should be a deliberate choice."""
    hits = []
    for field in ("title", "body"):
        text = article[field]
        covered = [(s["start"], s["end"]) for s in spans if s["field"] == field]
        data = text.encode("utf-8")
        for surface in sorted(surfaces):
            if article["lang"] in UNSPACED_LANGS:
                pat = re.compile(re.escape(surface))
            else:
                pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
            for m in pat.finditer(text):
                b0 = len(text[:m.start()].encode("utf-8"))
                b1 = b0 + len(surface.encode("utf-8"))
                if not any(c0 <= b0 and b1 <= c1 for c0, c1 in covered):
                    ctx = data[max(0, b0 - 30):b1 + 30].decode("utf-8", "replace")
                    hits.append(f"{article['id']} {field} {b0}..{b1} {surface!r}: ...{ctx}...")
    return hits


def arabic_word_spans(article):
    """The article with each Arabic span widened to its whole word: the proclitics and the
    article before the name (outside the marked span in the sources) are taken in. This is
    the span rule of the committed files (GUIDELINES.md, Arabic)."""
    if article["lang"] != "ar":
        return article
    gold = []
    for g in article["gold"]:
        data = article[g["field"]].encode("utf-8")
        start = g["start"]
        while start > 0:
            ch = data[:start].decode("utf-8")[-1]
            if not ARABIC_LETTER.match(ch):
                break
            start -= len(ch.encode("utf-8"))
        gold.append(dict(g, start=start))
    return dict(article, gold=gold)


def build(src=SRC, langs=None, arabic_word=True):
    """Articles of `src` (only those whose language is in `langs`, if given) as NDJSON;
    with `arabic_word`, Arabic spans cover the whole word (see arabic_word_spans)."""
    paths = sorted(p for p in src.glob("*.txt")
                   if langs is None or p.name.split("-", 1)[0] in langs)
    if not paths:
        raise SourceError(f"no sources in {src}" + (f" for {','.join(langs)}" if langs else ""))
    articles = []
    all_spans = []
    for p in paths:
        art, spans = parse_source(p)
        articles.append(arabic_word_spans(art) if arabic_word else art)
        all_spans.append(spans)
    text = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)
    return text, articles, all_spans


def targets(argv):
    """(src, [(out, langs)]) for the command line: by default the two files of gold/src
    (en/de into gold.ndjson, every other language into multilingual.ndjson); with --src,
    --out or --lang one file with the selected languages (all when --lang is absent)."""
    src = option(argv, "--src", SRC)
    langs = None
    if "--lang" in argv:
        i = argv.index("--lang")
        if i + 1 >= len(argv):
            raise SourceError("--lang needs a comma-separated list of languages")
        langs = tuple(argv[i + 1].split(","))
        for lang in langs:
            if lang not in LANGS:
                raise SourceError(f"--lang: unknown language {lang!r} (known: {' '.join(LANGS)})")
    if "--src" in argv or "--out" in argv or langs is not None:
        if "--out" not in argv:
            raise SourceError("--src and --lang need --out FILE")
        return src, [(option(argv, "--out", OUT), langs)]
    others = tuple(lang for lang in LANGS if lang not in CORE_LANGS)
    return src, [(OUT, CORE_LANGS), (MULTI_OUT, others)]


def print_stats(articles):
    by_type = Counter()
    by_lang_type = Counter()
    ids = Counter()
    langs = Counter(a["lang"] for a in articles)
    for art in articles:
        for g in art["gold"]:
            by_type[g["type"]] += 1
            by_lang_type[(art["lang"], g["type"])] += 1
            ids[(g["type"], g["id"])] += 1
    order = [lang for lang in LANGS if langs[lang]]
    print(f"articles: {len(articles)} ("
          + ", ".join(f"{lang} {langs[lang]}" for lang in order) + ")")
    for t in ("country", "organization", "weapon"):
        print(f"{t}: {by_type[t]} mentions ("
              + ", ".join(f"{lang} {by_lang_type[(lang, t)]}" for lang in order)
              + f"), {sum(1 for k in ids if k[0] == t)} distinct ids")
    for (t, i), n in sorted(ids.items()):
        print(f"  {t:12} {i:24} {n}")


def main(argv):
    try:
        src, outs = targets(argv)
        # The committed files use the project's span rule: an Arabic mention is the whole
        # written word, clitics included (GUIDELINES.md, Arabic). The sources mark the name.
        arabic_word = "--arabic-name-spans" not in argv
        if not arabic_word and "--out" not in argv:
            raise SourceError("--arabic-name-spans needs --out FILE (the committed files use "
                              "whole-word Arabic spans)")
        built = [(out, build(src, langs, arabic_word)) for out, langs in outs]
    except SourceError as e:
        print(f"build.py: error: {e}", file=sys.stderr)
        return 1
    stale = False
    for out, (text, articles, all_spans) in built:
        if "--check" in argv:
            if not out.exists() or out.read_text(encoding="utf-8") != text:
                print(f"build.py: {out} is not up to date; run python3 gold/build.py",
                      file=sys.stderr)
                stale = True
        else:
            out.write_text(text, encoding="utf-8")
        if "--lint" in argv or "--lint-all" in argv:
            # --lint: surfaces annotated in the same article; --lint-all: in any article
            # of the same language.
            everywhere = Counter()
            for art, spans in zip(articles, all_spans):
                for s in spans:
                    everywhere[(art["lang"], s["_surface"])] += 1
            for art, spans in zip(articles, all_spans):
                if "--lint-all" in argv:
                    surfaces = {sf for (lang, sf) in everywhere if lang == art["lang"]}
                else:
                    surfaces = {s["_surface"] for s in spans}
                for hit in lint(art, spans, surfaces):
                    print("lint:", hit)
        if "--stats" in argv:
            print(f"== {out.name}")
            print_stats(articles)
        print(f"build.py: {out.name}: {len(articles)} articles, "
              f"{sum(len(a['gold']) for a in articles)} gold mentions", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
