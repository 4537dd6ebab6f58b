#!/usr/bin/env python3
"""Repair the mis-decoded German CoNLL-2003 training split of the Babelscape/wikineural
snapshot (commit d2e28c7, `data/conll/de/train.conllu`) before acronym_recall.py reads it.

The snapshot's copy was Latin-1 text read as Windows-1251 (`ä` appears as Cyrillic `д`).
Each non-ASCII character is encoded back as Windows-1251 and decoded as Latin-1; the
characters Windows-1251 lacks were written as look-alikes by the copy and are mapped
back by hand (`ÿ` → `ß`, `¹` → `Ü`, `ƒ` → `Ä`, `÷` → `Ö`), as gold/EVAL.md records.

    python3 scripts/eval/repair_de_conll.py /tmp/de-train.conll > /tmp/de-train.fixed.conll
"""

import sys

# Applied after the round trip: the copy's stand-ins for the letters Windows-1251 lacks.
AFTER = {"ÿ": "ß", "¹": "Ü", "ƒ": "Ä", "÷": "Ö"}


def repair_char(ch):
    """One character back to what the corpus meant; ASCII and unmappable ones unchanged."""
    if ord(ch) < 128:
        return ch
    try:
        ch = ch.encode("cp1251").decode("latin-1")
    except UnicodeError:
        pass
    return AFTER.get(ch, ch)


def repair(text):
    return "".join(repair_char(c) for c in text)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            sys.stdout.write(repair(line))


if __name__ == "__main__":
    main()
