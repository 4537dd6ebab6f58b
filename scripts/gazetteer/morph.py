"""Inflected forms of weapon and organization terms for the languages the loader does not
inflect (docs/architecture.md: only `en` and `de` get inflection flags).

One source alias is a phrase in its dictionary form plus options; `forms(lang, spec)`
returns every form to write as an alias. The rules are the regular paradigms of each
language (written for this project from the grammar, not copied):

- fr, es, it, pt: number. Every word before the first preposition (or `~`) takes the
  plural (`missile balistique` -> `missiles balistiques`, `carro armato` -> `carri armati`).
- ru, uk, pl: case and number. The head noun declines by its class, the adjectives agree
  with it (`баллистическая ракета` -> `баллистических ракет`, `баллистическими ракетами`);
  words after `~` are a fixed complement (`система ~ПВО`).
- tr: number, possessive and case suffixes with vowel harmony and final-consonant
  voicing on the last word (`füze` -> `füzeler`, `füzelerin`; `tüfek` -> `tüfeği`).
- ar: the definite form (`صاروخ باليستي` -> `الصاروخ الباليستي`); clitics are the matcher's.
- fa: the plural `‌ها`/`‌های` with a zero-width non-joiner.
- zh: as written.

Spec syntax: `phrase[;plural][|opt|opt...]`. Options: `sg` (no plural), `pl` (the phrase
is a plural-only noun), `m`/`f`/`n` (gender of the head), `indecl` (the head does not
decline, its adjectives do: `российское Минобороны`; implied for an acronym head), `head=N` (0-based index of the
head word, Slavic), `gen=`, `loc=`, `dat=`, `ins=`, `npl=`, `gpl=` (stem forms of the head
that the rules do not guess: fleeting vowels, Polish genitive -a/-u), `poss` (tr: last
word carries the 3rd person possessive, `hava savunma sistemi`), `nodef` (ar: no article),
`idafa` (ar: a construct, only the words after the first take the article),
`as-is` (no forms but the phrase). Other options are alias flags of the gazetteer (`weak`, `home`,
`cap`, `exact`) and are passed through.
"""

from __future__ import annotations

import re

ALIAS_FLAGS = {"exact", "cap", "capital", "no-person", "weak", "home"}
MORPH_OPTS = {"sg", "pl", "m", "f", "n", "poss", "nodef", "idafa", "indecl", "as-is", "fixed"}
KEYED = {"head", "gen", "loc", "dat", "ins", "npl", "gpl", "acc"}

ROMANCE_PREP = {
    "fr": {"de", "d", "du", "des", "à", "a", "au", "aux", "en", "contre", "pour", "sur", "anti"},
    "es": {"de", "del", "a", "al", "en", "contra", "para", "por", "con"},
    "it": {"di", "del", "della", "dello", "dei", "degli", "delle", "a", "al", "alla", "da",
           "in", "per", "contro", "con", "d", "dell"},
    "pt": {"de", "do", "da", "dos", "das", "a", "ao", "em", "contra", "para", "com", "d"},
}


class Spec:
    def __init__(self, raw: str):
        parts = raw.split("|")
        text = parts[0]
        self.plural: str | None = None
        if ";" in text:
            text, self.plural = text.split(";", 1)
        self.text = text
        self.opts: set[str] = set()
        self.keyed: dict[str, str] = {}
        self.flags: list[str] = []
        for p in parts[1:]:
            if "=" in p:
                k, v = p.split("=", 1)
                if k not in KEYED:
                    raise ValueError(f"unknown option {k!r} in {raw!r}")
                self.keyed[k] = v
            elif p in ALIAS_FLAGS:
                self.flags.append(p)
            elif p in MORPH_OPTS:
                self.opts.add(p)
            else:
                raise ValueError(f"unknown option {p!r} in {raw!r}")


# --------------------------------------------------------------------------- Romance


def _plural_word(lang: str, w: str) -> str:
    if "-" in w:
        head, _, last = w.rpartition("-")
        return head + "-" + _plural_word(lang, last)
    lw = w.lower()
    if lang == "fr":
        if lw.endswith(("s", "x", "z")):
            return w
        if lw.endswith("al") and lw not in {"naval", "final", "fatal", "bal", "chacal"}:
            return w[:-2] + "aux"
        if lw.endswith(("eau", "au", "eu")):
            return w + "x"
        return w + "s"
    if lang == "es":
        if lw.endswith(("í", "ú")):
            return w + "es"
        if lw[-1] in "aeiouáéó":
            return w + "s"
        if lw.endswith("z"):
            return w[:-1] + "ces"
        if lw.endswith("s") and len(lw) > 4 and not lw.endswith(("ás", "és", "ís", "ós", "ús")):
            return w
        for acc, plain in (("ón", "on"), ("án", "an"), ("én", "en"), ("ín", "in"), ("ús", "us"), ("és", "es")):
            if lw.endswith(acc):
                return w[: -len(acc)] + plain + "es"
        return w + "es"
    if lang == "it":
        if lw[-1] not in "aeio":
            return w  # loanwords and accented endings do not change
        if lw.endswith("ico"):
            return w[:-1] + "i"
        if lw.endswith(("co", "go")):
            return w[:-1] + "hi"
        if lw.endswith(("ca", "ga")):
            return w[:-1] + "he"
        if lw.endswith("io"):
            return w[:-1]
        if lw.endswith("a"):
            return w[:-1] + "e"
        return w[:-1] + "i"
    if lang == "pt":
        if lw.endswith("ão"):
            return w[:-2] + "ões"
        if lw[-1] in "aeiouáéíóúâêôã":
            return w + "s"
        if lw.endswith("m"):
            return w[:-1] + "ns"
        if lw.endswith("il"):
            if re.search(r"[áéíóú]", lw[:-2]):
                return w[:-2] + "eis"
            return w[:-1] + "s"
        if lw.endswith(("al", "el", "ol", "ul")):
            return w[:-1] + "is"
        if lw.endswith(("r", "z")):
            return w + "es"
        return w
    raise ValueError(lang)


def romance_forms(lang: str, s: Spec) -> list[str]:
    if s.opts & {"sg", "pl", "as-is", "fixed"}:
        return [s.text.replace("~", "")]
    out = [s.text.replace("~", "")]
    if s.plural is not None:
        out.append(s.plural)
        return out
    words = s.text.split(" ")
    plural, fixed = [], False
    for w in words:
        if w.startswith("~"):
            fixed = True
            w = w[1:]
        bare = w.lower().split("'")[0].split("’")[0]
        if bare in ROMANCE_PREP[lang] or "'" in w or "’" in w:
            fixed = True
        plural.append(w if fixed else _plural_word(lang, w))
    out.append(" ".join(plural))
    return out


# --------------------------------------------------------------------------- Slavic

CASES = ("nom", "gen", "dat", "acc", "ins", "loc")
VOWELS = set("аеёиоуыэюяєіїaeiouyąęó")
RU_VELAR, RU_HUSH = set("гкх"), set("жшщч")


def _ru_noun(w: str, g: str, k: dict[str, str]) -> dict[tuple[str, str], str]:
    """Russian inanimate noun: {(number, case): form}."""
    f: dict[tuple[str, str], str] = {}
    if g == "m" and w[-1] not in "йь":
        s = k.get("gen", w + "а")[:-1]  # oblique stem (fleeting vowels: эсминец -> эсминц)
        last = s[-1]
        npl = "и" if last in RU_VELAR | RU_HUSH else "ы"
        gpl = "ей" if last in RU_HUSH else ("ев" if last == "ц" else "ов")
        sg = [w, s + "а", s + "у", w, s + ("ем" if last in RU_HUSH | {"ц"} else "ом"), s + "е"]
        pl = [s + npl, s + gpl, s + "ам", s + npl, s + "ами", s + "ах"]
        if last in RU_HUSH:
            sg.append(s + "ом")
    elif g == "m":  # -й, -ь
        s = k.get("gen", w[:-1] + "я")[:-1]
        sg = [w, s + "я", s + "ю", w, s + "ем", s + "е"]
        pl = [s + "и", s + ("ев" if w.endswith("й") else "ей"), s + "ям", s + "и", s + "ями", s + "ях"]
    elif w.endswith("ия"):
        s = w[:-1]
        sg = [w, s + "и", s + "и", s + "ю", s + "ей", s + "и"]
        pl = [s + "и", s + "й", s + "ям", s + "и", s + "ями", s + "ях"]
    elif w.endswith("а"):
        s = w[:-1]
        last = s[-1]
        gs = "и" if last in RU_VELAR | RU_HUSH else "ы"
        sg = [w, s + gs, s + "е", s + "у", s + ("ей" if last in RU_HUSH | {"ц"} else "ой"), s + "е"]
        pl = [s + gs, s, s + "ам", s + gs, s + "ами", s + "ах"]
        if last in RU_HUSH | {"ц"}:
            sg.append(s + "ой")
    elif w.endswith("я"):
        s = w[:-1]
        sg = [w, s + "и", s + "е", s + "ю", s + "ей", s + "е"]
        pl = [s + "и", s + "ь", s + "ям", s + "и", s + "ями", s + "ях"]
    elif w.endswith("ь"):  # feminine
        s = w[:-1]
        sg = [w, s + "и", s + "и", w, s + "ью", s + "и"]
        pl = [s + "и", s + "ей", s + "ям", s + "и", s + "ями", s + "ях"]
    elif w.endswith("ие"):
        s = w[:-1]
        sg = [w, s + "я", s + "ю", w, s + "ем", s + "и"]
        pl = [s + "я", s + "й", s + "ям", s + "я", s + "ями", s + "ях"]
    elif w.endswith(("о", "е")):
        s = w[:-1]
        sg = [w, s + "а", s + "у", w, s + ("ем" if w.endswith("е") else "ом"), s + "е"]
        pl = [s + "а", s, s + "ам", s + "а", s + "ами", s + "ах"]
    else:
        raise ValueError(f"ru noun class of {w!r}")
    return _table(sg, pl, k)


def _table(sg: list[str], pl: list[str], k: dict[str, str]) -> dict[tuple[str, str], str]:
    f = {("sg", c): v for c, v in zip(CASES, sg)}
    f.update({("pl", c): v for c, v in zip(CASES, pl)})
    for key in ("gen", "dat", "acc", "ins", "loc"):
        if key in k:
            f[("sg", key)] = k[key]
    if "npl" in k:
        f[("pl", "nom")] = f[("pl", "acc")] = k["npl"]
    if "gpl" in k:
        f[("pl", "gen")] = k["gpl"]
    extra = sg[6:] + pl[6:]
    for i, e in enumerate(extra):
        f[("x", str(i))] = e
    return f


UK_MUT = {"к": "ц", "г": "з", "х": "с"}
UK_HUSH = set("жшщчц")


def _uk_noun(w: str, g: str, k: dict[str, str]) -> dict[tuple[str, str], str]:
    if g == "m" and w[-1] not in "йь":
        gen = k.get("gen", w + "а")
        s = gen[:-1]
        last = s[-1]
        hush = last in UK_HUSH
        loc = s + "у" if last in UK_MUT else s + "і"
        npl = "і" if hush else "и"
        sg = [w, gen, s + "у", w, s + ("ем" if hush else "ом"), loc]
        pl = [s + npl, s + "ів", s + "ам", s + npl, s + "ами", s + "ах"]
    elif g == "m":  # -ь, -й
        s = k.get("gen", w[:-1] + "я")[:-1]
        sg = [w, s + "я", s + "ю", w, s + "ем", s + "і"]
        pl = [s + "і", s + "ів", s + "ям", s + "і", s + "ями", s + "ях"]
    elif w.endswith("ь"):  # feminine: Герань
        s = w[:-1]
        sg = [w, s + "і", s + "і", w, s + s[-1] + "ю", s + "і"]
        pl = [s + "і", s + "ей", s + "ям", s + "і", s + "ями", s + "ях"]
    elif g == "n" and w.endswith("я"):  # озброєння, випробування
        s = w[:-1]
        gpl = w[:-2] + "ь" if w.endswith("ння") else s + "ь"  # озброєнь
        sg = [w, w, s + "ю", w, s + "ям", s + "і"]
        pl = [w, gpl, s + "ям", w, s + "ями", s + "ях"]
    elif w.endswith("ія"):
        s = w[:-1]
        sg = [w, s + "ї", s + "ї", s + "ю", s + "єю", s + "ї"]
        pl = [s + "ї", s + "й", s + "ям", s + "ї", s + "ями", s + "ях"]
    elif w.endswith("я") and w[-2] in VOWELS:  # зброя
        s = w[:-1]
        sg = [w, s + "ї", s + "ї", s + "ю", s + "єю", s + "ї"]
        pl = [s + "ї", s + "й", s + "ям", s + "ї", s + "ями", s + "ях"]
    elif w.endswith("я"):  # гаубиця
        s = w[:-1]
        sg = [w, s + "і", s + "і", s + "ю", s + "ею", s + "і"]
        pl = [s + "і", s + "ь", s + "ям", s + "і", s + "ями", s + "ях"]
    elif w.endswith("а"):
        s = w[:-1]
        last = s[-1]
        hush = last in UK_HUSH
        dat = (s[:-1] + UK_MUT[last] if last in UK_MUT else s) + "і"
        gs = "і" if hush else "и"
        sg = [w, s + gs, dat, s + "у", s + ("ею" if hush else "ою"), dat]
        pl = [s + gs, s, s + "ам", s + gs, s + "ами", s + "ах"]
    elif w.endswith("о"):
        s = w[:-1]
        sg = [w, s + "а", s + "у", w, s + "ом", s + ("у" if s[-1] in UK_MUT else "і")]
        pl = [s + "а", s, s + "ам", s + "а", s + "ами", s + "ах"]
    else:
        raise ValueError(f"uk noun class of {w!r}")
    return _table(sg, pl, k)


PL_LOC = [("st", "ście"), ("sł", "śle"), ("zd", "ździe"), ("t", "cie"), ("d", "dzie"),
          ("r", "rze"), ("ł", "le"), ("n", "nie"), ("s", "sie"), ("z", "zie"), ("b", "bie"),
          ("p", "pie"), ("w", "wie"), ("m", "mie"), ("f", "fie")]
PL_SOFT = ("c", "cz", "sz", "rz", "ż", "dz", "j", "l", "ń", "ś", "ć", "ź", "dź")


def _pl_soft_loc(s: str) -> str:
    for a, b in PL_LOC:
        if s.endswith(a):
            return s[: -len(a)] + b
    return s + "u" if s.endswith(("k", "g", "ch")) or s.endswith(PL_SOFT) else s + "ie"


def _pl_noun(w: str, g: str, k: dict[str, str]) -> dict[tuple[str, str], str]:
    if g == "m":
        gen = k.get("gen", w + "u")
        s = gen[:-1]
        velar = s.endswith(("k", "g"))
        soft = s.endswith(PL_SOFT)
        loc = s + "u" if velar or soft or s.endswith("ch") else _pl_soft_loc(s)
        npl = s + ("i" if velar else "e" if soft else "y")
        gpl = s + ("y" if s.endswith(("cz", "sz", "rz", "ż")) else "i" if soft and not s.endswith("c") else "ów")
        sg = [w, gen, s + "owi", w, s + ("iem" if velar else "em"), loc]
        pl = [npl, gpl, s + "om", npl, s + "ami", s + "ach"]
    elif w.endswith(("ja", "ia")):
        s = w[:-1]
        gi = s + "i" if w.endswith("ia") else s[:-1] + "ji"  # armia -> armii, amunicja -> amunicji
        sg = [w, gi, gi, s + "ę", s + "ą", gi]
        pl = [s + "e", gi, s + "om", s + "e", s + "ami", s + "ach"]
    elif w.endswith("a"):
        s = w[:-1]
        velar = s.endswith(("k", "g"))
        soft = s.endswith(PL_SOFT)
        soft_i = s.endswith(("l", "j", "ń", "ś", "ć", "ź"))
        gs = "i" if velar or soft_i else "y"
        if s.endswith("k"):
            dat = s[:-1] + "ce"
        elif s.endswith("g"):
            dat = s[:-1] + "dze"
        elif soft:
            dat = s + ("i" if soft_i else "y")
        else:
            dat = _pl_soft_loc(s)
        npl = s + ("e" if soft else gs)
        sg = [w, s + gs, dat, s + "ę", s + "ą", dat]
        pl = [npl, s, s + "om", npl, s + "ami", s + "ach"]
    elif w.endswith(("ń", "ść", "ź", "ć")) or g == "f":
        stem = w[:-1] + {"ń": "ni", "ć": "ci", "ź": "zi", "ś": "si"}.get(w[-1], w[-1] + "i")
        sg = [w, stem, stem, w, stem + "ą", stem]
        pl = [stem + "e", stem, stem + "om", stem + "e", stem + "ami", stem + "ach"]
    elif w.endswith("nie") or w.endswith("cie"):
        s = w[:-1]
        sg = [w, s + "a", s + "u", w, s + "em", s + "u"]
        pl = [s + "a", w[:-3] + ("ń" if w.endswith("nie") else "ć"), s + "om", s + "a", s + "ami", s + "ach"]
    elif w.endswith("o"):
        s = w[:-1]
        sg = [w, s + "a", s + "u", w, s + ("iem" if s.endswith(("k", "g")) else "em"), _pl_soft_loc(s)]
        pl = [s + "a", s, s + "om", s + "a", s + "ami", s + "ach"]
    else:
        raise ValueError(f"pl noun class of {w!r}")
    return _table(sg, pl, k)


def _ru_adj(w: str, g: str) -> dict[tuple[str, str], str] | None:
    for e in ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие"):
        if w.endswith(e):
            s = w[: -len(e)]
            break
    else:
        return None
    soft_i = s[-1] in RU_VELAR | RU_HUSH
    y = "и" if soft_i else "ы"
    hushe = s[-1] in RU_HUSH and not w.endswith("ой")  # бывший, планирующая: -его, -ей
    o = "е" if hushe else "о"
    m = [s + (w[-2:] if g == "m" else y + "й"), s + o + "го", s + o + "му", None, s + y + "м", s + o + "м"]
    if g == "m":
        m[0] = w
    fem = [s + "ая", s + o + "й", s + o + "й", s + "ую", s + o + "й", s + o + "й"]
    neu = [s + o + "е", s + o + "го", s + o + "му", s + o + "е", s + y + "м", s + o + "м"]
    pl = [s + y + "е", s + y + "х", s + y + "м", s + y + "е", s + y + "ми", s + y + "х"]
    sg = {"m": m, "f": fem, "n": neu, "pl": pl}[g]
    sg[3] = sg[3] or sg[0]
    return {**{("sg", c): v for c, v in zip(CASES, sg)}, **{("pl", c): v for c, v in zip(CASES, pl)}}


def _uk_adj(w: str, g: str) -> dict[tuple[str, str], str] | None:
    for e in ("ий", "а", "е", "і"):
        if w.endswith(e):
            s = w[: -len(e)]
            break
    else:
        return None
    m = [s + "ий", s + "ого", s + "ому", s + "ий", s + "им", s + "ому"]
    fem = [s + "а", s + "ої", s + "ій", s + "у", s + "ою", s + "ій"]
    neu = [s + "е", s + "ого", s + "ому", s + "е", s + "им", s + "ому"]
    pl = [s + "і", s + "их", s + "им", s + "і", s + "ими", s + "их"]
    sg = {"m": m, "f": fem, "n": neu, "pl": pl}[g]
    out = {**{("sg", c): v for c, v in zip(CASES, sg)}, **{("pl", c): v for c, v in zip(CASES, pl)}}
    if g in ("m", "n"):
        out[("x", "loc")] = s + "ім"
    return out


def _pl_adj(w: str, g: str) -> dict[tuple[str, str], str] | None:
    for e in ("ie", "y", "i", "a", "e"):
        if w.endswith(e):
            s = w[: -len(e)]
            break
    else:
        return None
    velar = s.endswith(("k", "g"))
    i = "i" if velar else "y"
    j = "i" if velar else ""
    ie = "ie" if velar else "e"
    m = [s + i, s + j + "ego", s + j + "emu", s + i, s + i + "m", s + i + "m"]
    fem = [s + "a", s + j + "ej", s + j + "ej", s + "ą", s + "ą", s + j + "ej"]
    neu = [s + ie, s + j + "ego", s + j + "emu", s + ie, s + i + "m", s + i + "m"]
    pl = [s + ie, s + i + "ch", s + i + "m", s + ie, s + i + "mi", s + i + "ch"]
    sg = {"m": m, "f": fem, "n": neu, "pl": pl}[g]
    return {**{("sg", c): v for c, v in zip(CASES, sg)}, **{("pl", c): v for c, v in zip(CASES, pl)}}


NOUN = {"ru": _ru_noun, "uk": _uk_noun, "pl": _pl_noun}


def adj_nom(lang: str, adj: str, g: str) -> str:
    """The nominative of a Slavic adjective (given as masculine) for gender `g` or `pl`;
    the plural of a Romance adjective for `pl`."""
    if lang in ROMANCE_PREP:
        return " ".join(_plural_word(lang, w) for w in adj.split(" ")) if g == "pl" else adj
    words = adj.split(" ")
    out = []
    for w in words:
        a = ADJ[lang](w, g)
        out.append(a[("sg", "nom")] if a else w)
    return " ".join(out)
ADJ = {"ru": _ru_adj, "uk": _uk_adj, "pl": _pl_adj}


def _gender(lang: str, w: str, s: Spec) -> str:
    for g in ("m", "f", "n"):
        if g in s.opts:
            return g
    lw = w.lower()
    if lang == "pl":
        if lw.endswith("a"):
            return "f"
        if lw.endswith(("o", "e", "um")):
            return "n"
        return "m"
    if lw.endswith(("а", "я")) and not lw.endswith("ння"):
        return "f"
    if lw.endswith(("о", "е", "ння")):
        return "n"
    return "m"


def slavic_forms(lang: str, s: Spec) -> list[str]:
    text = s.text
    if s.opts & {"as-is", "fixed"} or not any(c.islower() for c in text.split("~")[0]):
        return [text.replace("~", "")]  # acronyms (ПВО, БПЛА) do not decline
    fixed_tail = ""
    if "~" in text:
        text, fixed_tail = text.split("~", 1)
        text = text.rstrip()
        fixed_tail = " " + fixed_tail
    words = text.split(" ")
    hi = int(s.keyed["head"]) if "head" in s.keyed else (0 if lang == "pl" and len(words) > 1 else len(words) - 1)
    head = words[hi]
    if "indecl" in s.opts or sum(c.isupper() for c in head) >= 2:
        # indeclinable head (Минобороны, МИД, БпЛА): only its adjectives decline
        g = "pl" if "pl" in s.opts else _gender(lang, head, s)
        noun = {(n, c): head for n in ("sg", "pl") for c in CASES}
    elif "pl" in s.opts:
        # plural-only noun written in the plural: decline with the plural endings
        g = "pl"
        noun = _plural_only(lang, head, s.keyed)
    else:
        g = _gender(lang, head, s)
        noun = NOUN[lang](head, g, s.keyed)
    parts = []
    for i, w in enumerate(words):
        if i == hi:
            parts.append(noun)
        else:
            a = ADJ[lang](w, g if g != "pl" else "pl")
            parts.append(a if a is not None else w)
    out: list[str] = []
    keys = [k for k in noun if k[0] in ("sg", "pl")]
    if "sg" in s.opts and "pl" not in s.opts:  # a plural-only noun has plural forms only
        keys = [k for k in keys if k[0] == "sg"]
    for key in keys + [k for k in noun if k[0] == "x"]:
        ws = []
        for p in parts:
            if isinstance(p, dict):
                if key[0] == "x":
                    akey = ("sg", "ins") if lang == "ru" else ("sg", "loc")
                    ws.append(p.get(key, p.get(akey)) if p is noun else p.get(akey))
                else:
                    ws.append(p[key])
            else:
                ws.append(p)
        form = " ".join(ws) + fixed_tail
        if form not in out:
            out.append(form)
    for p in parts:  # adjective variants (uk locative -ім)
        if isinstance(p, dict) and p is not noun and ("x", "loc") in p:
            form = " ".join(q[("x", "loc")] if q is p else (q[("sg", "loc")] if isinstance(q, dict) else q) for q in parts) + fixed_tail
            if form not in out:
                out.append(form)
    return out


def _plural_only(lang: str, w: str, k: dict[str, str]) -> dict[tuple[str, str], str]:
    if lang == "ru":
        s = w[:-1]
        gpl = k.get("gpl", s + ("ей" if s[-1] in RU_HUSH else "ов"))
        pl = [w, gpl, s + "ам", w, s + "ами", s + "ах"]
    elif lang == "uk":
        s = w[:-1]
        pl = [w, k.get("gpl", s + "ів"), s + "ам", w, s + "ами", s + "ах"]
    else:
        s = w[:-1]
        pl = [w, k.get("gpl", s + "ów"), s + "om", w, s + "ami", s + "ach"]
    return {("pl", c): v for c, v in zip(CASES, pl)}


# --------------------------------------------------------------------------- Turkish

TR_BACK, TR_FRONT = set("aıou"), set("eiöü")
TR_VOICELESS = set("fstkçşhp")


def _tr_vowel(w: str) -> str:
    for ch in reversed(w.lower()):
        if ch in TR_BACK | TR_FRONT:
            return ch
    return "e"


def _tr_suffix(stem: str, suffix: str) -> str:
    """Appends a suffix written with archiphonemes: A (a/e), I (ı/i/u/ü), D (d/t), and a
    leading (y)/(n)/(s) buffer consonant used only after a vowel."""
    v = _tr_vowel(stem)
    ends_vowel = stem[-1].lower() in TR_BACK | TR_FRONT
    m = re.match(r"^\(([yns])\)(.*)$", suffix)
    if m:
        suffix = (m.group(1) if ends_vowel else "") + m.group(2)
    if suffix and suffix[0] in "AI" and not ends_vowel:
        # voicing of the final consonant before a vowel (polysyllabic words)
        last = stem[-1]
        syll = sum(ch in TR_BACK | TR_FRONT for ch in stem.lower())
        if syll > 1 and last in "kpç" and not stem.endswith(("nk", "rk")):
            stem = stem[:-1] + {"k": "ğ", "p": "b", "ç": "c"}[last]
            if stem.endswith("nğ"):
                stem = stem[:-1] + "g"
    out = stem
    for ch in suffix:
        v = _tr_vowel(out)
        if ch == "A":
            out += "a" if v in TR_BACK else "e"
        elif ch == "I":
            out += {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[v]
        elif ch == "D":
            out += "t" if out[-1].lower() in TR_VOICELESS else "d"
        else:
            out += ch
    return out


TR_PLAIN = ["lAr", "(y)I", "(y)A", "(n)In", "DA", "DAn", "(y)lA", "(s)I", "lArI", "lArIn", "lArA",
            "lArDA", "lArDAn", "lArlA", "lArIylA", "lArInI", "lArInA", "lArInDA", "lArInDAn", "lArInIn",
            "(s)InI", "(s)InA", "(s)InDA", "(s)InDAn", "(s)InIn", "(s)IylA"]


def _tr_chain(stem: str, chain: str) -> str:
    # split the chain into suffixes at the points where harmony restarts
    parts = re.findall(r"\([yns]\)[^()]*?(?=\(|$)|[^()]+", chain)
    out = stem
    for p in parts:
        out = _tr_suffix(out, p)
    return out


def tr_forms(s: Spec) -> list[str]:
    if s.opts & {"as-is", "fixed"} or not any(c.islower() for c in s.text):
        return [s.text]  # acronyms take their suffixes after an apostrophe (İHA'lar)
    words = s.text.split(" ")
    last = words[-1]
    prefix = " ".join(words[:-1])
    out = [s.text]
    if "poss" in s.opts:
        stem = s.keyed.get("gen") or _tr_poss_stem(last)
        chains = ["(s)I", "(s)InI", "(s)InA", "(s)InDA", "(s)InDAn", "(s)InIn", "(s)IylA", "lArI",
                  "lArInI", "lArInA", "lArInDA", "lArInDAn", "lArInIn", "lArIylA"]
    else:
        stem = last
        chains = TR_PLAIN
    if "sg" in s.opts:
        chains = [c for c in chains if not c.startswith("lAr")]
    for c in chains:
        f = _tr_chain(stem, c)
        full = (prefix + " " + f).strip()
        if full not in out:
            out.append(full)
    return out


def _tr_poss_stem(w: str) -> str:
    """`sistemi` -> `sistem`, `gemisi` -> `gemi`, `uçağı` -> `uçak`."""
    if re.search(r"s[ıiuü]$", w) and len(w) > 3 and w[-3] in TR_BACK | TR_FRONT:
        stem = w[:-2]
    else:
        stem = w[:-1]
    devoiced = {"ğ": "k", "c": "ç", "b": "p"}
    if stem[-1] in devoiced:
        stem = stem[:-1] + devoiced[stem[-1]]
    return stem


# --------------------------------------------------------------------------- Arabic, Persian

AR_ARTICLE = "ال"


AR_NO_ARTICLE = {"بدون", "دون", "بلا", "من", "كروز", "أرض", "جو"}


def ar_forms(s: Spec) -> list[str]:
    """The phrase and its definite form: every word takes the article (noun and its
    adjectives), except prepositions, words with a preposition (للسفن) and, for an
    `idafa` (construct: صفقة أسلحة -> صفقة الأسلحة), the first word."""
    out = [s.text]
    if s.opts & {"nodef", "as-is", "fixed"}:
        return out
    words = s.text.split(" ")
    if any(w.startswith(AR_ARTICLE) for w in words):
        return out
    definite = []
    for i, w in enumerate(words):
        if (i == 0 and "idafa" in s.opts) or w in AR_NO_ARTICLE or w.startswith("لل"):
            definite.append(w)
        else:
            definite.append(AR_ARTICLE + w)
    out.append(" ".join(definite))
    if "idafa" not in s.opts:
        # a pronoun suffix on the head noun makes the phrase definite: صواريخها الباليستية,
        # دفاعاتها الجوية; teh marbuta is written teh before it (أسلحتها)
        head = words[0][:-1] + "ت" if words[0].endswith("ة") else words[0]
        rest = [w if w in AR_NO_ARTICLE or w.startswith("لل") else AR_ARTICLE + w for w in words[1:]]
        for suffix in ("ها", "هم", "ه") if len(words) == 1 else ("ها", "هم"):
            out.append(" ".join([head + suffix, *rest]))
    return out


ZWNJ = "\u200c"


def fa_forms(s: Spec) -> list[str]:
    out = [s.text]
    if s.opts & {"sg", "as-is", "fixed", "nodef"}:
        return out
    words = s.text.split(" ")
    if s.plural:
        out.append(s.plural)
    elif len(words) == 1:
        out.append(words[0] + ZWNJ + "ها")
    else:
        out.append(words[0] + ZWNJ + "های " + " ".join(words[1:]))
    return out


def forms(lang: str, raw: str) -> tuple[list[str], list[str]]:
    """(forms, alias flags) of one source alias."""
    s = Spec(raw)
    if lang in ROMANCE_PREP:
        f = romance_forms(lang, s)
    elif lang in NOUN:
        f = slavic_forms(lang, s)
    elif lang == "tr":
        f = tr_forms(s)
    elif lang == "ar":
        f = ar_forms(s)
    elif lang == "fa":
        f = fa_forms(s)
    elif lang in ("zh", "any", "en"):
        f = [s.text]
    else:
        raise ValueError(f"language {lang!r}")
    return f, s.flags
