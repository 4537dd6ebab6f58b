#!/usr/bin/env python3
"""Writes crates/tagger/data/german-words.txt: the German words a closed compound's rest
is checked against (issue 9, class 6). A `compound` head (`Irak|compound`) matches at the
start of a longer word only when the rest of that word, after an optional linking element,
is made of German words (`Irak|krieg`, `Russland|s|reise`); `Indien|stnahme` is not
India. The rule is `crates/tagger/src/context/compound.rs`.

Source: the `wordfreq` PyPI package, its German "large" list (version pinned in
requirements-lang.txt; code Apache-2.0, word-frequency data CC BY-SA 4.0, Robyn Speer et
al.). A word is kept when its Zipf frequency is at least ZIPF (about 3 times per 10
million words of running text), it has only letters and, folded, at least 3 of them.
Words are written folded as the tagger folds text (lower case, `ä` → `ae`, `ö` → `oe`,
`ü` → `ue`, `ß` → `ss`, other marks dropped; only words that fold to a-z are kept), one
a line, sorted by bytes, so the tagger searches the file as it is without building a set.

    pip install -r scripts/gazetteer/requirements-lang.txt
    python3 scripts/gazetteer/gen_german_words.py
"""

import importlib.metadata
import pathlib
import re
import unicodedata

import wordfreq

ZIPF = 2.5
OUT = pathlib.Path(__file__).resolve().parents[2] / "crates/tagger/data/german-words.txt"
ASCII_WORD = re.compile("^[a-z]{3,}$")


def fold(word):
    """The tagger's folding (crates/tagger/src/normalize.rs) for one German word."""
    w = word.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        w = w.replace(a, b)
    w = unicodedata.normalize("NFD", w)
    return "".join(c for c in w if not unicodedata.combining(c))


def main():
    version = importlib.metadata.version("wordfreq")
    words = set()
    for w in wordfreq.top_n_list("de", 10**7, wordlist="large"):
        if wordfreq.zipf_frequency(w, "de", wordlist="large") < ZIPF:
            break
        if not w.isalpha():
            continue
        f = fold(w)
        if ASCII_WORD.match(f):
            words.add(f)
    header = [
        f"# German words (folded): wordfreq {version} 'large' list, Zipf >= {ZIPF}, letters only, 3 or more.",
        "# Data CC BY-SA 4.0 (wordfreq, Robyn Speer et al.); scripts/gazetteer/gen_german_words.py",
    ]
    body = sorted(words, key=lambda w: w.encode("utf-8"))
    OUT.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(len(body), "words")


if __name__ == "__main__":
    main()
