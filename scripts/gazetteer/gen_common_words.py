#!/usr/bin/env python3
"""Writes crates/tagger/data/common-words/<lang>.txt: the common words of each cased
gazetteer language, which `enricher gazetteer check` compares names and their generated
forms against (a name that is also a common word needs `cap`, `weak` or `exact`).

Source: the `wordfreq` PyPI package (version pinned in requirements-lang.txt; code
Apache-2.0, word-frequency data CC BY-SA 4.0, Robyn Speer et al.). A word is common when
its Zipf frequency is at least ZIPF (about once per 100,000 words of running text), it is
at least 3 letters long and has only letters. Words are written lower-case, one a line,
most frequent first. Arabic, Persian and Chinese have no letter case, so a list cannot
tell their names from their words (both are frequent): they are left out.

    pip install -r scripts/gazetteer/requirements-lang.txt
    python3 scripts/gazetteer/gen_common_words.py
"""

import importlib.metadata
import pathlib

import wordfreq

LANGS = ["en", "de", "fr", "es", "it", "pt", "ru", "uk", "pl", "tr"]
ZIPF = 4.0
OUT = pathlib.Path(__file__).resolve().parents[2] / "crates/tagger/data/common-words"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    version = importlib.metadata.version("wordfreq")
    for lang in LANGS:
        words = []
        for w in wordfreq.top_n_list(lang, 60000):
            if wordfreq.zipf_frequency(w, lang) < ZIPF:
                break
            if len(w) >= 3 and w.isalpha():
                words.append(w)
        header = [
            f"# Common words of '{lang}': Zipf frequency >= {ZIPF}, letters only, 3 or more.",
            f"# Source: wordfreq {version} (data CC BY-SA 4.0); scripts/gazetteer/gen_common_words.py",
        ]
        (OUT / f"{lang}.txt").write_text("\n".join(header + words) + "\n", encoding="utf-8")
        print(lang, len(words))


if __name__ == "__main__":
    main()
