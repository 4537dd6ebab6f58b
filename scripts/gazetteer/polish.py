"""Case forms of Polish country names, adjectives and demonyms.

The loader has no Polish inflection (docs/architecture.md), so the generator writes the
oblique cases as aliases of their own, like slavic.py does for Russian and Ukrainian.

Rules (docs/gazetteer-countries.md, "Polish"):
  * names: feminine in -a / -ia / -ja (Rosja, Ukraina, Polska, Korea), feminine soft
    consonant (Białoruś), masculine inanimate consonant (Iran, Irak, Egipt), a few
    declinable neuters in -o (Kosowo), plural names in -y/-i/-e (Chiny, Indie, Niemcy);
    names ending in another vowel, or in -o outside the declinable neuters, or in a vowel
    + a (Samoa), are indeclinable (Chile, Peru, Togo, Mali, Burundi, Fidżi) and get no forms;
  * multi-word names: an adjective before or after the head noun agrees with it
    (Wielka Brytania, Korea Północna, Stany Zjednoczone); a word in another case is a fixed
    complement (Republika Południowej Afryki, Demokratyczna Republika Konga);
  * relational adjectives given as their lower-case masculine nominative in -ski/-cki/-dzki
    (rosyjski): every gender, number and case form;
  * demonyms (masculine personal nouns: Rosjanin, Ukrainiec, Chińczyk, Francuz): singular
    and plural case forms, with the consonant alternations of the virile plural.
Lexical exceptions (irregular plural names, masculine names with genitive -a) are the small
tables below.
"""

from __future__ import annotations

import re

from slavic import join_cases

CASES = ("gen", "dat", "acc", "ins", "loc")
LETTERS = re.compile(r"^[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż’'-]+$")
VOWELS = set("aąeęioóuy")

# Masculine names whose genitive is -a, not -u.
MASC_GEN_A = {"Izrael", "Luksemburg", "Mińsk", "Kijów"}
# Stem changes of the oblique cases (fleeting e, ó -> o).
STEMS = {"Kijów": "Kijow", "Damaszek": "Damaszk", "Turek": "Turk", "Związek": "Związk"}
# Demonyms in -anin whose genitive plural is -ów (Amerykanów, not Amerykan).
ANIN_GEN_OW = {"Amerykanin"}
# Neuters in -o that decline (the others, Togo, Monako, Lesotho, are indeclinable).
NEUTER_DECLINED = {"Kosowo", "Maroko", "Kongo", "Królestwo", "Państwo"}
# Head nouns of long forms: every word before one is an adjective (Islamska Republika ...).
HEAD_NOUNS = {"Republika", "Królestwo", "Federacja", "Związek", "Państwo", "Emirat"}
# Plural names: genitive and locative that the regular endings would get wrong.
PLURAL_GEN = {"Chiny": "Chin", "Filipiny": "Filipin", "Czechy": "Czech", "Włochy": "Włoch",
              "Węgry": "Węgier", "Niemcy": "Niemiec", "Indie": "Indii", "Seszele": "Seszeli"}
PLURAL_LOC = {"Włochy": "Włoszech", "Węgry": "Węgrzech", "Niemcy": "Niemczech"}
# Plural names that do not end in -y (Terytoria Palestyńskie).
PLURAL_OTHER = {"Terytoria"}
# Foreign heads that Polish does not decline in these names (Saint Lucia, San Marino).
FOREIGN_HEADS = {"Saint", "San", "Sint"}
# Adjectives that stand before the head noun in country names.
CONJ = {"i"}
PRE_ADJ = re.compile(r"^(Wielk|Now|Zjednoczon|Demokratyczn|Brytyjsk|Francusk|Dalekie)")
# Postposed adjectives: nominative endings on an adjective-like stem.
POST_ADJ = re.compile(r"^[A-ZĄĆĘŁŃÓŚŹŻ].*((n|w|sk|ck|dzk|ni)(a|y|i|e)|(sk|ck|dzk)ie)$")

# Hard consonant (cluster) -> soft form before the -e of dative/locative -e and -ie.
SOFT_E = [("st", "ście"), ("sł", "śle"), ("zd", "ździe"), ("k", "ce"), ("g", "dze"),
          ("ch", "sze"), ("t", "cie"), ("d", "dzie"), ("r", "rze"), ("ł", "le"),
          ("n", "nie"), ("w", "wie"), ("b", "bie"), ("p", "pie"), ("m", "mie"),
          ("s", "sie"), ("z", "zie"), ("f", "fie")]
# Masculine locative: after these endings -u, not -e.
LOC_U = ("k", "g", "ch", "l", "j", "sz", "cz", "rz", "ż", "c", "dz", "ś", "ć", "ń")
SOFT_END = ("l", "j", "sz", "cz", "rz", "ż", "c", "dz")
# Virile plural of demonyms: final consonant -> nominative plural.
VIRILE = [("ch", "si"), ("k", "cy"), ("g", "dzy"), ("t", "ci"), ("d", "dzi"), ("r", "rzy"),
          ("z", "zi"), ("s", "si"), ("an", "anie"), ("n", "ni"), ("ł", "li")]


def _soft_e(stem: str) -> str:
    for end, repl in SOFT_E:
        if stem.endswith(end):
            return stem[: -len(end)] + repl
    return stem + "e"


def _fem(w: str) -> dict[str, str] | None:
    s = w[:-1]
    if s[-1] in VOWELS and s[-1] != "i":
        if s[-1] in "eu":  # Korea -> Korei, Nikaragua -> Nikaragui
            return dict(gen=s + "i", dat=s + "i", acc=s + "ę", ins=s + "ą", loc=s + "i")
        return None  # Samoa: indeclinable
    if s.endswith("i") or s.endswith("j"):  # Belgia -> Belgii, Rosja -> Rosji
        obl = s + "i" if s.endswith("i") else s[:-1] + "ji"
        return dict(gen=obl, dat=obl, acc=s + "ę", ins=s + "ą", loc=obl)
    if s.endswith(("k", "g")):
        gen = s + "i"
    elif s.endswith(("l",)):
        gen = s + "i"
    else:
        gen = s + "y"
    if s.endswith("l"):
        dl = s + "i"  # Angola -> Angoli
    elif s.endswith(("sz", "cz", "rz", "ż", "c", "dz")):
        gen = dl = s + "y"  # Kambodża -> Kambodży
    else:
        dl = _soft_e(s)
    return dict(gen=gen, dat=dl, acc=s + "ę", ins=s + "ą", loc=dl)


def _masc(w: str) -> dict[str, str]:
    s = STEMS.get(w, w)
    gen = s + ("a" if w in MASC_GEN_A else "u")
    ins = s + ("iem" if s.endswith(("k", "g")) else "em")
    loc = s + "u" if s.endswith(LOC_U) else _soft_e(s)
    return dict(gen=gen, dat=s + "owi", acc=w, ins=ins, loc=loc)


def _plural(w: str) -> dict[str, str]:
    stem = w[:-1]
    if w.endswith("ie"):  # Indie
        stem = w[:-1]
    gen = PLURAL_GEN.get(w, stem + "ów")
    loc = PLURAL_LOC.get(w, stem + "ach")
    return dict(gen=gen, dat=stem + "om", acc=w, ins=stem + "ami", loc=loc)


def noun_forms(w: str, plural: bool) -> dict[str, str] | None:
    """Case forms of one name word, or None when it is indeclinable."""
    if plural:
        return _plural(w)
    if w.endswith("ś"):  # Białoruś
        s = w[:-1] + "si"
        return dict(gen=s, dat=s, acc=w, ins=s + "ą", loc=s)
    if w.endswith("a"):
        return _fem(w)
    if w.endswith("o"):
        if w not in NEUTER_DECLINED:
            return None
        s = w[:-1]
        ins = s + ("iem" if s.endswith(("k", "g")) else "em")
        loc = s + "u" if s.endswith(LOC_U) else _soft_e(s)
        return dict(gen=s + "a", dat=s + "u", acc=w, ins=ins, loc=loc)
    if w[-1] in VOWELS:
        return None  # Chile, Peru, Mali, Fidżi
    return _masc(w)


def _adj_word(w: str, gender: str) -> dict[str, str] | None:
    """An adjective agreeing with a noun of the given gender ('f', 'm', 'pl')."""
    if gender == "f" and w.endswith("a"):
        s = w[:-1]
        obl = s + ("iej" if s.endswith(("k", "g")) else "ej")
        return dict(gen=obl, dat=obl, acc=s + "ą", ins=s + "ą", loc=obl)
    if gender == "m" and w.endswith(("y", "i")):
        s = w[:-1]
        soft = w.endswith("i")
        i = "i" if soft else ""
        y = "im" if soft else "ym"
        return dict(gen=s + i + "ego", dat=s + i + "emu", acc=w, ins=s + y, loc=s + y)
    if gender == "pl" and w.endswith("e"):
        s = w[:-1]
        soft = s.endswith(("k", "g")) or s.endswith("i")
        if s.endswith("i"):
            s = s[:-1]
        i = "i" if soft else "y"
        return dict(gen=s + i + "ch", dat=s + i + "m", acc=w, ins=s + i + "mi", loc=s + i + "ch")
    return None


def _gender(noun: str, plural: bool) -> str:
    if plural:
        return "pl"
    if noun.endswith("o"):
        return "n"
    return "f" if noun.endswith(("a", "ś")) else "m"


def case_forms(text: str) -> list[str]:
    """Oblique case forms of a Polish country or capital name, without the nominative."""
    words = text.split(" ")
    if not all(LETTERS.match(w) for w in words) or text.isupper() or text[0].islower():
        return []
    head = 0
    heads = [i for i, w in enumerate(words) if w in HEAD_NOUNS]
    if heads:
        head = heads[0]
    else:
        while head < len(words) - 1 and PRE_ADJ.match(words[head]):
            head += 1
    noun = words[head]
    if noun.isupper():
        return []  # an abbreviation heads the name (SRA Hongkong)
    if "-" in noun or noun.startswith("Wysp"):
        return []  # Papua-Nowa Gwinea; island groups (Wyspy Salomona): rare in news
    if noun in FOREIGN_HEADS:
        return []
    if any(w in CONJ for w in words) and words.index(next(w for w in words if w in CONJ)) < len(words) - 2:
        return []  # a conjunction followed by more than one word (Georgia Południowa i Sandwich Południowy)
    plural = noun in PLURAL_OTHER or (
        noun.endswith(("y", "i", "e"))
        and (noun in PLURAL_GEN or noun in PLURAL_LOC or _plural_by_shape(noun)))
    n = noun_forms(noun, plural)
    if n is None:
        return []
    gender = _gender(noun, plural)
    parts: list[dict[str, str] | str] = []
    for w in words[:head]:
        a = _adj_word(w, gender)
        if a is None:
            return []
        parts.append(a)
    parts.append(n)
    rest = words[head + 1:]
    for k, w in enumerate(rest):
        if k > 0 and rest[k - 1] in CONJ:  # Bośnia i Hercegowina, Trynidad i Tobago
            w_plural = w in PLURAL_GEN or w in PLURAL_LOC
            a = noun_forms(w, w_plural)
        else:
            a = _adj_word(w, gender) if POST_ADJ.match(w) else None
        parts.append(a if a is not None else w)
    return join_cases(parts, CASES, text)


def _plural_by_shape(noun: str) -> bool:
    """Plural names: -y after a hard consonant (Chiny, Stany, Bahamy, Filipiny, Emiraty,
    Komory, Malediwy) or -ie (Seszele). Singular names do not end so in Polish."""
    return bool(re.search(r"[bdfgkłmnprstwz]y$", noun))


def adjective_forms(text: str) -> list[str]:
    """All forms of a relational adjective given as its masculine nominative in
    -ski/-cki/-dzki (rosyjski, niemiecki): gender, number and case, and the virile plural
    (rosyjscy, niemieccy)."""
    if " " in text or not text.islower():
        return []
    m = re.match(r"^(.*)(sk|ck|dzk)i$", text)
    if not m:
        return []
    base, suf = m.group(1), m.group(2)
    stem = base + suf
    forms = [stem + e for e in ("a", "ie", "iego", "iej", "iemu", "ą", "im", "ich", "imi")]
    forms.append(base + {"sk": "scy", "ck": "ccy", "dzk": "dzcy"}[suf])
    forms.append(stem + "o")  # the combining form of compounds: rosyjsko-ukraiński
    return [f for f in forms if f != text]


def demonym_forms(text: str) -> list[str]:
    """Singular and plural case forms of a masculine personal demonym (Rosjanin, Ukrainiec,
    Chińczyk, Turek, Francuz, Niemiec)."""
    if " " in text or not LETTERS.match(text) or not text[0].isupper():
        return []
    w = text
    if w.endswith("anin"):  # Rosjanin -> Rosjanie, Rosjan
        s = w[:-2]
        sg = dict(gen=w + "a", dat=w + "owi", ins=w + "em")
        pl = [s + "ie", s + "ów" if w in ANIN_GEN_OW else s, s + "om", s + "ami", s + "ach"]
        return _uniq(list(sg.values()) + pl, text)
    if w.endswith("iec"):  # Ukrainiec -> Ukraińca, Niemiec -> Niemca
        s = w[:-3]
        if s.endswith("n"):
            s = s[:-1] + "ń"
        s += "c"
        sg = [s + "a", s + "owi", s + "em"]
        pl = [s + "y", s + "ów", s + "om", s + "ami", s + "ach"]
        return _uniq(sg + pl, text)
    stem = STEMS.get(w, w)  # Turek -> Turka (fleeting e)
    velar = stem.endswith(("k", "g"))
    ins = stem + ("iem" if velar else "em")
    # no locative singular: rare for persons, and `Turku` is a Finnish city
    sg = [stem + "a", stem + "owi", ins]
    nom_pl = None
    for end, repl in VIRILE:
        if stem.endswith(end):
            nom_pl = stem[: -len(end)] + repl
            break
    if nom_pl is None:
        nom_pl = stem + "owie"
    pl = [nom_pl, stem + "ów", stem + "om", stem + "ami", stem + "ach"]
    return _uniq(sg + pl, text)


def _uniq(forms: list[str], text: str) -> list[str]:
    out = []
    for f in forms:
        if f != text and f not in out:
            out.append(f)
    return out
