"""Case forms of Russian and Ukrainian country and capital names.

The loader inflects only German and English (docs/architecture.md), so the generator
writes the oblique cases of ru/uk aliases as aliases of their own. The rules cover the
shapes that country names have: [adjective...] noun [conjunction noun] [fixed complement],
with the noun a feminine in -а/-я/-ия/-ь or a masculine in a consonant/-й/-ь.
Indeclinable names (ending in -о, -е, -и, -у, -ю, -і, or in a vowel + -а: Самоа, Гоа) and
plural names get no forms.
"""

from __future__ import annotations

import re

RU_CASES = ("gen", "dat", "acc", "ins", "loc")
CYRILLIC = re.compile(r"^[А-ЯЁЄІЇҐа-яёєіїґʼ’'-]+$")
HUSH = set("жшщчц")
VELAR = set("гкх")
VOWELS = set("аеёиоуыэюяєіїї")

# Masculine nouns in -ь; every other -ь name is feminine (Беларусь, Білорусь).
MASC_SOFT = {"Израиль", "Ізраїль"}
# Fleeting vowels and other stem changes of the oblique cases.
STEMS = {"Египет": "Египт", "Єгипет": "Єгипт", "Київ": "Києв"}
# Nouns that head a name with a fixed complement (Республика Корея, Остров Мэн).
HEADS = {"Республика", "Республіка", "Федерация", "Федерація"}
CONJ = {"и", "і", "та"}


def _noun_ru(w: str) -> dict[str, str] | None:
    stem = STEMS.get(w)
    if w.endswith("ия"):
        s = w[:-1]
        return dict(gen=s + "и", dat=s + "и", acc=s + "ю", ins=s + "ей", loc=s + "и")
    if w.endswith("я") and len(w) > 2 and w[-2] in VOWELS:
        s = w[:-1]
        return dict(gen=s + "и", dat=s + "е", acc=s + "ю", ins=s + "ей", loc=s + "е")
    if w.endswith("а") and w[-2] in VOWELS:
        return None  # Самоа: indeclinable
    if w.endswith("а"):
        s = w[:-1]
        gen = "и" if s[-1] in VELAR | HUSH - {"ц"} else "ы"
        ins = "ей" if s[-1] in HUSH else "ой"
        return dict(gen=s + gen, dat=s + "е", acc=s + "у", ins=s + ins, loc=s + "е")
    if w.endswith("ь"):
        s = w[:-1]
        if w in MASC_SOFT:
            return dict(gen=s + "я", dat=s + "ю", acc=w, ins=s + "ем", loc=s + "е")
        return dict(gen=s + "и", dat=s + "и", acc=w, ins=s + "ью", loc=s + "и")
    if w.endswith("й"):
        s = w[:-1]
        return dict(gen=s + "я", dat=s + "ю", acc=w, ins=s + "ем", loc=s + "е")
    if w[-1] not in VOWELS:
        s = stem or w
        ins = "ем" if s[-1] in HUSH else "ом"
        return dict(gen=s + "а", dat=s + "у", acc=w, ins=s + ins, loc=s + "е")
    return None


def _noun_uk(w: str, city: bool) -> dict[str, str] | None:
    stem = STEMS.get(w)
    if w.endswith("ія"):
        s = w[:-1]
        return dict(gen=s + "ї", dat=s + "ї", acc=s + "ю", ins=s + "єю", loc=s + "ї")
    if w.endswith("я") and len(w) > 2 and w[-2] in VOWELS:
        s = w[:-1]
        return dict(gen=s + "ї", dat=s + "ї", acc=s + "ю", ins=s + "єю", loc=s + "ї")
    if w.endswith("а") and w[-2] in VOWELS:
        return None  # Самоа: indeclinable
    if w.endswith("а"):
        s = w[:-1]
        mut = {"к": "ц", "г": "з", "х": "с"}.get(s[-1])
        dat = (s[:-1] + mut if mut else s) + "і"
        gen = "і" if s[-1] in HUSH - {"ц"} else "и"
        ins = "ею" if s[-1] in HUSH else "ою"
        return dict(gen=s + gen, dat=dat, acc=s + "у", ins=s + ins, loc=dat)
    if w.endswith("ь"):
        s = w[:-1]
        if w in MASC_SOFT:
            return dict(gen=s + "ю", dat=s + "ю", acc=w, ins=s + "ем", loc=s + "і")
        return dict(gen=s + "і", dat=s + "і", acc=w, ins=s + s[-1] + "ю", loc=s + "і")
    if w.endswith("й"):
        s = w[:-1]
        return dict(gen=s + "ю", dat=s + "ю", acc=w, ins=s + "єм", loc=s + "ї")
    if w[-1] not in VOWELS:
        s = stem or w
        # Countries take the genitive in -у (Ірану, Китаю), cities in -а (Вашингтона, Києва).
        gen = "а" if city else "у"
        loc = s + ("у" if s[-1] in VELAR else "і")
        ins = "ем" if s[-1] in HUSH else "ом"
        return dict(gen=s + gen, dat=s + "у", acc=w, ins=s + ins, loc=loc)
    return None


def _adj(lang: str, w: str) -> dict[str, str] | None:
    if lang == "ru":
        if w.endswith("ая"):
            s = w[:-2]
            return dict(gen=s + "ой", dat=s + "ой", acc=s + "ую", ins=s + "ой", loc=s + "ой")
        if w.endswith("ый") or w.endswith("ий") or w.endswith("ой"):
            s = w[:-2]
            ins = "им" if w.endswith("ий") else "ым"
            return dict(gen=s + "ого", dat=s + "ому", acc=w, ins=s + ins, loc=s + "ом")
        return None
    if w.endswith("ий"):
        s = w[:-2]
        return dict(gen=s + "ого", dat=s + "ому", acc=w, ins=s + "им", loc=s + "ому")
    if w.endswith("а") and w not in HEADS:
        s = w[:-1]
        return dict(gen=s + "ої", dat=s + "ій", acc=s + "у", ins=s + "ою", loc=s + "ій")
    return None


def _decline_word(lang: str, word: str, fn) -> dict[str, str] | None:
    """Declines the last segment of a hyphenated word (Шри-Ланка, Южно-Африканская)."""
    head, sep, last = word.rpartition("-")
    forms = fn(last)
    if forms is None:
        return None
    return {c: head + sep + f for c, f in forms.items()}


def case_forms(lang: str, text: str, city: bool = False) -> list[str]:
    """The oblique case forms of a ru/uk name, without the nominative."""
    words = text.split(" ")
    if not all(CYRILLIC.match(w) for w in words) or text.isupper():
        return []
    if text[0].islower():
        return []  # adjectives: see adjective_forms
    if any(w.lower().startswith(("остров", "острів")) for w in words):
        return []  # island names: plural or with a fixed complement, rare in news
    noun = (lambda w: _noun_ru(w)) if lang == "ru" else (lambda w: _noun_uk(w, city))
    parts: list[dict[str, str] | str] = []
    i = 0
    # adjectives, then the head noun
    while i < len(words) - 1 and words[i] not in HEADS:
        a = _decline_word(lang, words[i], lambda w: _adj(lang, w))
        if a is None:
            break
        parts.append(a)
        i += 1
    if words[i].isupper():
        return []  # an abbreviation heads the name (ДР Конго)
    n = _decline_word(lang, words[i], noun)
    if n is None:
        return []
    parts.append(n)
    i += 1
    if i + 1 < len(words) and words[i] in CONJ:  # Босния и Герцеговина
        n2 = _decline_word(lang, words[i + 1], noun)
        parts.append(words[i])
        parts.append(n2 if n2 is not None else words[i + 1])
        i += 2
    parts.extend(words[i:])  # fixed complement: Республика Корея, ... Конго
    return join_cases(parts, RU_CASES, text)


def join_cases(parts: list, cases: tuple[str, ...], text: str) -> list[str]:
    """One form per case from the words of a name (a dict of case forms, or a fixed word),
    without the nominative `text` and without repeats (shared with polish.py)."""
    out = []
    for case in cases:
        form = " ".join(p[case] if isinstance(p, dict) else p for p in parts)
        if form != text and form not in out:
            out.append(form)
    return out


RU_ADJ_ENDINGS = ("ий", "ая", "ое", "ие", "ого", "ой", "ому", "им", "ом", "ую", "их", "ими")
UK_ADJ_ENDINGS = ("ий", "а", "е", "і", "ого", "ої", "ому", "ій", "им", "ою", "у", "их", "ими", "ім")


def adjective_forms(lang: str, text: str) -> list[str]:
    """All forms of a relational adjective given as its lower-case masculine nominative
    (российский, український): gender, number and case endings of the -кий paradigm."""
    if " " in text or not text.islower():
        return []
    if lang == "ru" and text.endswith("кий"):
        stem, endings = text[:-2], RU_ADJ_ENDINGS
    elif lang == "uk" and text.endswith("кий"):
        stem, endings = text[:-2], UK_ADJ_ENDINGS
    else:
        return []
    # + the combining form of compounds: российско-китайский, російсько-українська
    return [stem + e for e in endings if stem + e != text] + [stem + "о"]


def demonym_forms(lang: str, w: str) -> list[str]:
    """Singular and plural case forms of a ru/uk demonym (a masculine person noun, marked
    `person` in the supplement): -анин/-янин (россиянин → россияне, россиян), -ец/-ець with
    its fleeting vowel (украинец → украинца, украинцы; китаец → китайца; українець →
    українця, українці), and hard stems (француз → французы, поляк → поляки, поляков)."""
    if " " in w or not w.islower() or not CYRILLIC.match(w):
        return []
    if w.endswith(("анин", "янин")):
        s = w[:-2]
        if lang == "ru":
            forms = [w + "а", w + "у", w + "ом", w + "е", s + "е", s, s + "ам", s + "ами", s + "ах"]
        else:
            forms = [w + "а", w + "у", w + "ові", w + "ом", s + "и", s, s + "ам", s + "ами", s + "ах"]
    elif lang == "ru" and w.endswith("ец"):
        s = w[:-2] + ("й" if w[-3] in VOWELS else "") + "ц"
        forms = [s + "а", s + "у", s + "ем", s + "е", s + "ы", s + "ев", s + "ам", s + "ами", s + "ах"]
    elif lang == "uk" and w.endswith(("ець", "єць")):
        s = w[:-3] + ("й" if w.endswith("єць") else "") + "ц"
        forms = [s + "я", s + "ю", s + "еві", s + "ем", s + "і", s + "ів", s + "ям", s + "ями", s + "ях"]
    elif w[-1] not in VOWELS and w[-1] not in "ьй":
        soft_i = w[-1] in VELAR | HUSH
        if lang == "ru":
            pl = w + ("и" if soft_i else "ы")
            gen = w + ("ей" if w[-1] in HUSH - {"ц"} else "ов")
            forms = [w + "а", w + "у", w + "ом", w + "е", pl, gen, w + "ам", w + "ами", w + "ах"]
        else:
            forms = [w + "а", w + "у", w + "ові", w + "ом", w + "и", w + "ів", w + "ам", w + "ами", w + "ах"]
    else:
        return []
    return [f for f in dict.fromkeys(forms) if f != w]
