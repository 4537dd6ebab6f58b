#!/usr/bin/env python3
"""Country span recall and precision of the tagger on the TRAINING split of a public
annotated NER corpus (issue 8). Never run it on a dev or test split: those are kept for
outside evaluation.

Input: a CoNLL-style column file (one token a line, the BIO tag in the last column,
sentences separated by blank lines), read and grouped into articles as in
acronym_recall.py (at `-DOCSTART-` lines and agency datelines, else every --sentences
sentences); `--unspaced` joins the tokens without spaces (Chinese: one character a line).
All articles go through one run of `enricher enrich` with the given `lang`.

Definitions:

- location span: a gold span typed LOC, GPE (or the corpus's spelling of them, --loc;
  types are compared in upper case: Arman writes `B-loc`);
- CLDR country span: a location span whose text, case-folded, is the CLDR name (via
  Babel, the installed version is printed) of one of the tagger's countries (the ISO
  codes in crates/tagger/gazetteer/countries.toml) in the corpus language, or, for the
  inflecting languages (STEMMED), has the same number of words as such a name and every
  word is the name's word with at most its last letter replaced by an ending of up to 3
  letters, on a shared stem of at least 4 letters (`України` ~ `Україна`, `Сполучених
  Штатів` ~ `Сполучені Штати`; `Кент` is not `Кения`). This is decided from the corpus and
  CLDR alone, never from the tagger's output (it still takes a few look-alike places for
  countries: `Анголь` ~ `Ангола`);
- tagger-only country span: a location span that is not a CLDR country span but that
  the tagger tagged, exactly, as a country (short forms and abbreviations CLDR lacks:
  `EEUU`, `США`). These can only be hits, so they are reported apart and never counted in
  the headline recall;
- recall (headline): the share of CLDR country spans overlapped by a country mention of
  the tagger; `exact` is the share with a mention of exactly that span;
- recall (all): the same over CLDR and tagger-only country spans together (optimistic:
  the tagger-only spans are hits by construction);
- precision: the share of the tagger's country mentions that overlap a gold LOC, GPE or
  ORG span (--org), or that start with a lower-case letter (adjectives: `ukrainian`, `español`,
  which these corpora do not annotate); a capital tagged as its country (`Kyiv`) is
  correct when the corpus marks it as a location.

The corpora used and their figures: gold/EVAL.md, "Country spans on public training
splits (branch countries3)". Example:

    git -C <snapshot of github:lang-uk/ner-uk> show HEAD:v2.0/iob/train.iob > /tmp/uk-train.iob
    python3 scripts/eval/country_spans.py --corpus /tmp/uk-train.iob --lang uk --misses 30 --false 30
"""

import collections
import os
import re
import sys
import tomllib

import babel
from babel import Locale

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from acronym_recall import articles, corpus_args, enrich, read_sentences, render  # noqa: E402

STEMMED = {"uk", "ru", "pl", "tr"}
COUNTRIES_TOML = os.path.join(os.path.dirname(__file__), "../../crates/tagger/gazetteer/countries.toml")


def country_codes():
    """The ISO codes of the tagger's countries (an independent list: the ids, not the
    aliases)."""
    with open(COUNTRIES_TOML, "rb") as f:
        return {c["id"] for c in tomllib.load(f)["country"]}


def cldr_names(lang, codes):
    """Case-folded CLDR territory name -> ISO code, for the codes CLDR names."""
    territories = Locale.parse(lang).territories
    return {territories[c].casefold(): c for c in codes if c in territories}


def stem_equal(word, name):
    """Whether `word` is `name` with its last letter at most replaced by an ending of up to
    3 letters, on a shared stem of at least 4 letters (`Україні` ~ `Україна`, `Ірані` ~
    `Іран`; not `Кент` ~ `Кения`, `Перми` ~ `Перу`, `Руан` ~ `Руанда`)."""
    common = 0
    for x, y in zip(word, name):
        if x != y:
            break
        common += 1
    return common >= 4 and len(name) - common <= 1 and len(word) - common <= 3


def cldr_country(text, names, stemmed):
    """The ISO code of the CLDR name the span text is (or inflects, when `stemmed`)."""
    key = text.casefold()
    if key in names:
        return names[key]
    if not stemmed:
        return None
    words = key.split()
    for name, code in names.items():
        parts = name.split()
        if len(parts) == len(words) and all(stem_equal(w, p) for w, p in zip(words, parts)):
            return code
    return None


def is_adjective(text):
    return text[:1].islower()


def score(arts, mentions_by_id, names, stemmed, loc_types, org_types):
    """Counts and the miss and false-tag counters (see the module doc)."""
    c = collections.Counter()
    missed, wrong = collections.Counter(), collections.Counter()
    for i, (_, raw_gold) in enumerate(arts):
        gold = [(typ.upper(), s, e, text) for typ, s, e, text in raw_gold]
        mentions = [(m["char_start"], m["char_end"], m["text"], m["id"]) for m in mentions_by_id.get(f"a{i}", [])]
        exact_spans = {(s, e) for s, e, _, _ in mentions}
        for typ, s, e, text in gold:
            if typ not in loc_types:
                continue
            hit = any(ms < e and s < me for ms, me, _, _ in mentions)
            if cldr_country(text, names, stemmed):
                c["cldr"] += 1
                c["cldr_hit"] += hit
                c["cldr_exact"] += (s, e) in exact_spans
                if not hit:
                    missed[text] += 1
            elif (s, e) in exact_spans:
                c["tagger_only"] += 1
        gold_spans = [(s, e) for t, s, e, _ in gold if t in loc_types or t in org_types]
        for ms, me, text, cid in mentions:
            c["pred"] += 1
            if any(ms < e and s < me for s, e in gold_spans):
                c["pred_ok"] += 1
            elif is_adjective(text):
                c["pred_adj"] += 1
            else:
                wrong[f"{text} ({cid})"] += 1
    return c, missed, wrong


def ratio(a, b):
    return a / b if b else 0.0


def report(c, missed, wrong, args, n_arts, n_names):
    print(f"corpus: {args.corpus} ({n_arts} articles, lang {args.lang}); Babel {babel.__version__}, "
          f"{n_names} CLDR country names")
    print(f"CLDR country spans: {c['cldr']}; tagger-only country spans: {c['tagger_only']}")
    print(f"recall (CLDR country spans): {ratio(c['cldr_hit'], c['cldr']):.3f} ({c['cldr_hit']}/{c['cldr']}), "
          f"exact {ratio(c['cldr_exact'], c['cldr']):.3f}")
    all_hit, all_n = c["cldr_hit"] + c["tagger_only"], c["cldr"] + c["tagger_only"]
    print(f"recall (all, optimistic): {ratio(all_hit, all_n):.3f} ({all_hit}/{all_n})")
    ok = c["pred_ok"] + c["pred_adj"]
    print(f"precision: {ratio(ok, c['pred']):.3f} ({c['pred_ok']} overlap a gold LOC/GPE/ORG span, "
          f"{c['pred_adj']} lower-case adjectives, of {c['pred']} country mentions)")
    if args.misses:
        print("most frequent misses:", ", ".join(f"{t} {n}" for t, n in missed.most_common(args.misses)))
    if args.false:
        print("most frequent false tags:", ", ".join(f"{t} {n}" for t, n in wrong.most_common(args.false)))


def main():
    ap = corpus_args(__doc__.split("\n")[0])
    ap.add_argument("--unspaced", action="store_true", help="join tokens without spaces (Chinese)")
    ap.add_argument("--loc", default="LOC,GPE", help="the corpus's location types, comma-separated")
    ap.add_argument("--org", default="ORG", help="the corpus's organization types, comma-separated")
    ap.add_argument("--misses", type=int, default=0, help="print the N most frequent missed CLDR country spans")
    ap.add_argument("--false", type=int, default=0,
                    help="print the N most frequent country mentions that overlap no gold span")
    args = ap.parse_args()

    names = cldr_names(args.lang, country_codes())
    arts = [render(a, spaced=not args.unspaced) for a in articles(read_sentences(args.corpus), args.sentences)]
    mentions = enrich(args.enricher, args.lang, [body for body, _ in arts], "country")
    loc_types, org_types = set(args.loc.upper().split(",")), set(args.org.upper().split(","))
    c, missed, wrong = score(arts, mentions, names, args.lang in STEMMED, loc_types, org_types)
    report(c, missed, wrong, args, len(arts), len(names))


if __name__ == "__main__":
    sys.exit(main())
