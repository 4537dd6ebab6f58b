"""The common-word rule of gen_countries.py: aliases that are also frequent words of their
language get `weak`.

Source: word frequencies of the `wordfreq` package (data CC BY-SA 4.0, built from
Wikipedia, subtitles, news, books, web text, Reddit and Twitter; code Apache-2.0), pinned in
requirements.txt.

An alias (one word, without a hyphen; multi-word names are not common words) is a common-word
look-alike when, in its own language,

    zipf(alias) >= MIN_ZIPF  and  zipf(alias) - reference(country) >= MARGIN

where reference(country) is the median, over the checked languages, of the Zipf frequency of
the country's CLDR name in that language: how often text names the country at all. So the
alias is a frequent word and far more frequent than its country is named (ru `того` 6.0 vs
Togo's median 3.0; ru `самое` 5.3 vs Samoa's 2.6; pt `reunião` 5.0 vs Réunion's 2.3). The
median is robust to the one or two languages where a name is itself a common word or where
home news inflates it. Names in an official language of their own country are not checked:
news in that language names its own country far more often (ar `مصر` 5.8, Egypt's median
4.5). Chinese is not checked (wordfreq needs jieba for it, and
Chinese aliases are no single words). A flagged alias gets `weak` (kept only when the country
is also named another way); `exact` aliases are skipped; an alias whose supplement entry
carries the marker `common-ok` was reviewed and is kept as it is (the name is the usual
reading in news). `gen_countries.py --common-words` lists every decision.
"""

from __future__ import annotations

from babel.languages import get_official_languages
from wordfreq import zipf_frequency

MIN_ZIPF = 4.0
MARGIN = 1.2
CHECKED = {"en", "de", "fr", "es", "it", "pt", "ru", "uk", "pl", "tr", "ar", "fa"}


def official(code: str) -> set[str]:
    langs = set()
    for tag in get_official_languages(code, de_facto=True):
        langs.add(tag.split("_")[0])
    return langs


def reference(names: dict[str, str]) -> float:
    """Median Zipf frequency of the country's CLDR names ({lang: name}) in their languages."""
    zs = sorted(zipf_frequency(n.lower(), lang) for lang, n in names.items() if lang in CHECKED)
    if not zs:
        return 0.0
    mid = len(zs) // 2
    return zs[mid] if len(zs) % 2 else (zs[mid - 1] + zs[mid]) / 2


def is_common(lang: str, text: str, code: str, ref: float) -> tuple[bool, float]:
    """(flag it, zipf of the alias)."""
    if lang not in CHECKED or " " in text.strip() or "-" in text or lang in official(code):
        return False, 0.0
    z = zipf_frequency(text.lower(), lang)
    return z >= MIN_ZIPF and z - ref >= MARGIN, z
