"""Word splitting shared by the gazetteer scripts: the runs of letters and digits of a
folded text, joined by single spaces (the tagger's word boundaries, approximately)."""


def words(text: str) -> str:
    """`text`'s runs of alphanumeric characters, joined by one space each."""
    out, cur = [], ""
    for ch in text:
        if ch.isalnum():
            cur += ch
        elif cur:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return " ".join(out)
