"""Generated forms of country adjectives and demonyms in fr, es, it, pt, tr, ar, fa.

The supplement gives one base form per country and language, marked `adj` (a generator
marker, not written to countries.toml); these functions return the other forms. The rules
are in docs/gazetteer-countries.md ("Adjectives and demonyms in the newer languages").
"""

from __future__ import annotations

import unicodedata

# ---------------------------------------------------------------- Romance: gender, number


def _strip_last_accent(word: str) -> str:
    """alemán -> aleman, francés -> frances (the accent of the last syllable goes when an
    ending is added)."""
    i = max(word.rfind(v) for v in "áéíóú")
    if i < 0:
        return word
    base = unicodedata.normalize("NFD", word[i])[0]
    return word[:i] + base + word[i + 1:]


# Portuguese -ão adjectives whose masculine plural is not -ãos.
PT_AO_PLURAL = {"alemão": "ães"}


def romance_forms(lang: str, w: str) -> list[str]:
    """Feminine and plural forms of a masculine singular adjective or demonym."""
    if lang == "fr":
        irregular = {"turc": ["turque", "turcs", "turques"], "grec": ["grecque", "grecs", "grecques"]}
        if w in irregular:
            out = irregular[w]
        elif w.endswith("e"):
            out = [w + "s"]
        elif w.endswith("ien") or w.endswith("éen"):
            out = [w + "ne", w + "s", w + "nes"]
        elif w.endswith(("s", "x")):
            out = [w + "e", w + "es"]
        else:
            out = [w + "e", w + "s", w + "es"]
    elif lang == "es":
        if w.endswith("o"):
            out = [w[:-1] + e for e in ("a", "os", "as")]
        elif w.endswith(("í", "ú")):
            out = [w + "es", w + "s"]
        elif w.endswith("a"):  # belga, croata, vietnamita
            out = [w + "s"]
        elif w.endswith("e"):
            out = [w + "s"]
        elif w[-2:] in ("án", "én", "ín", "ón", "és"):
            s = _strip_last_accent(w)
            out = [s + "a", s + "es", s + "as"]
        else:  # español, andaluz-like consonant endings
            out = [w + "a", w + "es", w + "as"]
    elif lang == "it":
        if w.endswith("ico"):  # sovietico -> sovietici, sovietiche
            out = [w[:-1] + "a", w[:-1] + "i", w[:-1] + "he"]
        elif w.endswith(("co", "go")):  # cecoslovacco -> cecoslovacchi
            out = [w[:-1] + "a", w[:-1] + "hi", w[:-1] + "he"]
        elif w.endswith("o"):
            out = [w[:-1] + e for e in ("a", "i", "e")]
        elif w.endswith("e"):
            out = [w[:-1] + "i"]
        elif w.endswith("a"):  # vietnamita, israelita
            out = [w[:-1] + "i", w[:-1] + "e"]
        else:
            out = []
    elif lang == "pt":
        if w.endswith("o") and not w.endswith("ão"):
            out = [w[:-1] + e for e in ("a", "os", "as")]
        elif w.endswith("ês"):
            s = w[:-2] + "es"
            out = [s + "a", s + "es", s + "as"]
        elif w.endswith("ão"):  # afegão -> afegã, afegãos; alemão -> alemães
            s = w[:-2]
            out = [s + "ã", s + PT_AO_PLURAL.get(w, "ãos"), s + "ãs"]
        elif w.endswith(("e", "a")):  # estadunidense, belga, saudita
            out = [w + "s"]
        elif w.endswith("ol"):
            out = [w + "a", w[:-2] + "óis", w + "as"]
        elif w.endswith(("í", "i")):
            out = [w + "s"]
        else:
            out = [w + "a", w + "es", w + "as"]
    else:
        raise ValueError(lang)
    return [f for f in dict.fromkeys(out) if f != w]


# ---------------------------------------------------------------- Turkish: noun suffixes

TR_BACK = set("aıou")
TR_FRONT = set("eiöü")
TR_VOICELESS = set("çfhkpsşt")


def _tr_last_vowel(w: str) -> str:
    for ch in reversed(w.lower()):
        if ch in TR_BACK | TR_FRONT:
            return ch
    return "e"


def _tr_harmony(w: str) -> tuple[str, str]:
    """The two-way (a/e) and four-way (ı/i/u/ü) vowel of a suffix after `w`."""
    v = _tr_last_vowel(w)
    two = "a" if v in TR_BACK else "e"
    four = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[v]
    return two, four


def _tr_cases(w: str) -> list[str]:
    two, four = _tr_harmony(w)
    vowel_end = w[-1].lower() in TR_BACK | TR_FRONT
    d = "t" if w[-1].lower() in TR_VOICELESS else "d"
    if vowel_end:
        return [w + "n" + four + "n", w + "y" + two, w + "y" + four, w + d + two, w + d + two + "n"]
    return [w + four + "n", w + two, w + four, w + d + two, w + d + two + "n"]


def turkish_forms(w: str) -> list[str]:
    """Plural and case forms of a demonym written without an apostrophe (Rus -> Ruslar,
    Rusların, Ruslara; İranlı -> İranlılar, İranlıya). Names take an apostrophe before a
    suffix (Rusya'nın): that is a matching rule, not data."""
    last = w.split(" ")[-1]
    head = w[: len(w) - len(last)]
    two, _ = _tr_harmony(last)
    plural = last + "l" + two + "r"
    forms = _tr_cases(last) + [plural] + _tr_cases(plural)
    return [head + f for f in dict.fromkeys(forms) if f != last]


# ---------------------------------------------------------------- Arabic: nisba adjectives


def arabic_forms(w: str) -> list[str]:
    """The nisba adjective روسي: feminine and sound plurals (روسية، روسيون، روسيين، روسيات).
    The article and the other clitics (الروسية، والإيرانيون) are a matching rule, outside the
    mention (gold/GUIDELINES.md), so no form carries them. Broken plurals (روس، أتراك) are
    hand entries."""
    if not w.endswith("ي") or " " in w:
        return []
    return [w + "ة", w + "ون", w + "ين", w + "ات"]


# ---------------------------------------------------------------- Persian


def persian_forms(w: str) -> list[str]:
    """The adjective ایرانی used as a plural noun: ایرانیان (آمریکایی -> آمریکاییان).
    The plural ها is written after a zero-width non-joiner (ایرانی‌ها), which the matcher
    treats as a word boundary, so it needs no form."""
    if not w.endswith("ی") or " " in w:
        return []
    return [w + "ان"]
