#!/usr/bin/env python3
"""Organization acronym recall and organization precision of the tagger on the TRAINING
split of a public annotated NER corpus (issue 10). Never run it on a dev or test split:
those are kept for outside evaluation.

Input: a CoNLL-style column file (one token a line, the BIO tag in the last column,
sentences separated by blank lines; `-DOCSTART-` lines and `#` comments are skipped), or
a directory of brat standoff files (`NAME.txt` with `NAME.ann` beside it, one article a
pair, text kept as written; entity types starting with `ORG` count as ORG, nested spans
included: NEREL's `train/`).
The sentences are joined into articles (a new article starts at a sentence holding the
agency's dateline, `( EFE )`, or at a `-DOCSTART-` line (CoNLL-2003), or every
--sentences sentences when a corpus has neither), written as NDJSON, enriched by `enricher enrich`, and scored:

- acronym: a gold ORG span of one token with at least two upper-case letters and at
  least as many upper-case as lower-case letters, 2 to 10 characters (`EFE`, `PSOE`,
  `CiU`, `OTAN`);
- all-occurrence acronym recall: the share of acronym occurrences covered by an
  organization mention of the tagger;
- distinct acronym recall: the share of distinct acronym strings covered at least once;
- organization precision: the share of the tagger's organization mentions whose span is
  a gold ORG span (exact), and the share that overlaps one (lenient: `the Lebanese army`
  where the corpus marks only a part).

The corpus used (docs in gold/EVAL.md, "Organization acronyms"):

    git -C <snapshot of github:Babelscape/wikineural> show HEAD:data/conll/es/train.conllu > /tmp/es-train.conll
    python3 scripts/eval/acronym_recall.py --corpus /tmp/es-train.conll --lang es --misses 40
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys

NO_SPACE_BEFORE = set(",.;:!?)]}%»”'")
NO_SPACE_AFTER = set("([{«“¿¡")
DATELINE = re.compile(r"\( (EFE|AFP|AP|Reuters|dpa|ANSA|TASS|РИА Новости|ИТАР-ТАСС) \)")


def read_sentences(path):
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if sent:
                    yield sent
                sent = []
                continue
            if "-DOCSTART-" in line:
                if sent:
                    yield sent
                sent = []
                yield None  # a document boundary (CoNLL-2003)
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t") if "\t" in line else line.split(" ")
            if len(cols) < 2:
                continue
            token, tag = cols[-2] if len(cols) >= 3 else cols[0], cols[-1]
            sent.append((token, tag))
    if sent:
        yield sent


def spans(sent):
    """(type, first, last) of the BIO spans of a sentence."""
    out, cur = [], None
    for i, (_, tag) in enumerate(sent):
        if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[0] != tag[2:])):
            if cur:
                out.append(cur)
            cur = [tag[2:], i, i]
        elif tag.startswith("I-") and cur:
            cur[2] = i
        else:
            if cur:
                out.append(cur)
            cur = None
    if cur:
        out.append(cur)
    return [tuple(s) for s in out]


def articles(sentences, per_article):
    """Groups sentences into articles: at `-DOCSTART-` lines and datelines, or every
    `per_article` sentences."""
    current = []
    for sent in sentences:
        if sent is None:
            if current:
                yield current
            current = []
            continue
        text = " ".join(t for t, _ in sent[:15])
        starts = DATELINE.search(text) is not None
        if current and (starts or len(current) >= per_article):
            yield current
            current = []
        current.append(sent)
    if current:
        yield current


def render(article, spaced=True):
    """The article's body text and, per gold span, (type, char start, char end, text).
    `spaced=False` joins the tokens without spaces (Chinese corpora: one character a
    line)."""
    body, gold = "", []
    for sent in article:
        if body and spaced:
            body += " "
        offsets = []
        prev = None
        for token, _ in sent:
            if spaced and offsets and token not in NO_SPACE_BEFORE and prev not in NO_SPACE_AFTER:
                body += " "
            offsets.append((len(body), len(body) + len(token)))
            body += token
            prev = token
        for typ, a, b in spans(sent):
            gold.append((typ, offsets[a][0], offsets[b][1], body[offsets[a][0]:offsets[b][1]]))
    return body, gold


def read_brat(directory):
    """(body, gold) of each `NAME.txt` / `NAME.ann` pair of a brat standoff directory, as
    `render` returns them; entity types starting with `ORG` (`ORGANIZATION`) are `ORG`.
    A discontinuous span (`12 15;20 28`) is taken from its smallest to its largest offset."""
    out = []
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(directory, name), encoding="utf-8") as f:
            body = f.read()
        ann = os.path.join(directory, name[:-4] + ".ann")
        gold = []
        if os.path.exists(ann):
            with open(ann, encoding="utf-8") as f:
                for line in f:
                    cols = line.rstrip("\n").split("\t")
                    if not cols[0].startswith("T") or len(cols) < 2:
                        continue
                    typ, *offsets = re.split(r"[ ;]", cols[1])
                    start, end = min(map(int, offsets)), max(map(int, offsets))
                    typ = "ORG" if typ.upper().startswith("ORG") else typ
                    gold.append((typ, start, end, body[start:end]))
        out.append((body, gold))
    return out


def read_articles(args, spaced=True):
    """(body, gold) of every article of --corpus: a brat directory or a CoNLL file."""
    if os.path.isdir(args.corpus):
        return read_brat(args.corpus)
    return [render(a, spaced) for a in articles(read_sentences(args.corpus), args.sentences)]


def enrich(enricher, lang, bodies, mention_type):
    """Runs `enricher enrich` once over all bodies (ids `a0`, `a1`, ...) and returns, per
    id, the body mentions of the given type."""
    lines = [json.dumps({"id": f"a{i}", "lang": lang, "title": "", "body": body}, ensure_ascii=False)
             for i, body in enumerate(bodies)]
    out = subprocess.run([enricher, "enrich"], input="\n".join(lines) + "\n", capture_output=True,
                         text=True, check=True).stdout
    enriched = {}
    for line in out.splitlines():
        if line.strip():
            d = json.loads(line)
            enriched[d["id"]] = [m for m in d["mentions"] if m["type"] == mention_type and m["field"] == "body"]
    return enriched


def is_acronym(text):
    if " " in text or not 2 <= len(text) <= 10:
        return False
    upper = sum(c.isupper() for c in text)
    lower = sum(c.islower() for c in text)
    return upper >= 2 and upper >= lower


def corpus_args(description):
    """The arguments every corpus script takes: the corpus, its language, the binary and
    the article size."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--corpus", required=True, help="CoNLL column file or brat directory (a TRAINING split)")
    ap.add_argument("--lang", required=True)
    ap.add_argument("--enricher", default="target/release/enricher")
    ap.add_argument("--sentences", type=int, default=20, help="sentences per article without datelines")
    return ap


def main():
    ap = corpus_args(__doc__.split("\n")[0])
    ap.add_argument("--misses", type=int, default=0, help="print the N most frequent missed acronyms")
    ap.add_argument("--false", type=int, default=0,
                    help="print the N most frequent organization mentions that overlap no gold ORG span")
    args = ap.parse_args()

    arts = read_articles(args)
    enriched = enrich(args.enricher, args.lang, [body for body, _ in arts], "organization")

    occ = found_occ = 0
    distinct, distinct_found = collections.Counter(), set()
    missed = collections.Counter()
    pred = exact = overlap = 0
    wrong = collections.Counter()
    for i, (body, gold) in enumerate(arts):
        mentions = enriched.get(f"a{i}", [])
        orgs = [(m["char_start"], m["char_end"]) for m in mentions]
        gold_orgs = [(s, e) for t, s, e, _ in gold if t == "ORG"]
        for t, s, e, text in gold:
            if t != "ORG" or not is_acronym(text):
                continue
            occ += 1
            distinct[text] += 1
            if any(ms <= s and e <= me for ms, me in orgs):
                found_occ += 1
                distinct_found.add(text)
            else:
                missed[text] += 1
        for ms, me in orgs:
            pred += 1
            exact += (ms, me) in gold_orgs
            overlap += any(ms < e and s < me for s, e in gold_orgs)
        for m in mentions:
            if not any(m["char_start"] < e and s < m["char_end"] for s, e in gold_orgs):
                wrong[f'{m["text"]} ({m["id"]})'] += 1

    def ratio(a, b):
        return a / b if b else 0.0

    print(f"corpus: {args.corpus} ({len(arts)} articles, lang {args.lang})")
    print(f"acronym occurrences: {occ}, distinct: {len(distinct)}")
    print(f"all-occurrence acronym recall: {ratio(found_occ, occ):.3f} ({found_occ}/{occ})")
    print(f"distinct acronym recall: {ratio(len(distinct_found), len(distinct)):.3f} "
          f"({len(distinct_found)}/{len(distinct)})")
    print(f"organization precision: exact {ratio(exact, pred):.3f}, overlapping {ratio(overlap, pred):.3f} "
          f"({exact}, {overlap} of {pred} mentions)")
    if args.misses:
        print("most frequent missed acronyms:", ", ".join(f"{a} {n}" for a, n in missed.most_common(args.misses)))
    if args.false:
        print("most frequent organization mentions overlapping no gold ORG span:",
              ", ".join(f"{a} {n}" for a, n in wrong.most_common(args.false)))


if __name__ == "__main__":
    sys.exit(main())
