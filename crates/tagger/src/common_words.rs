//! The common-word check of `gazetteer check`: a name (or a form generated from it) that
//! is also a common word of its language matches that word in running text (`Réunion` /
//! `réunion`, `Самое` / `самое`) unless it carries `cap`, `weak` or `exact`.
//!
//! The word lists (`crates/tagger/data/common-words/`, from wordfreq, CC BY-SA 4.0) are
//! built in; they are read only by the check. Only names are checked: aliases written
//! with a capital letter (lower-case aliases are adjectives and common nouns on purpose),
//! of countries, organizations and regions, and of weapons outside German (where every
//! noun is capitalized). An alias of a language is checked against that language's list;
//! an `en` or `any` alias, which matches in articles of every language, against every
//! list (`Leidos` / es *leídos*, `Hürriyet` / tr *hürriyet*, `Minimi` / it *minimi*).
//! Arabic, Persian and Chinese have no case and no list.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::compile::inflections;
use crate::matcher::ArticleLang;
use crate::model::{EntryType, Flags, Lang, Source};
use crate::normalize::fold_alias;
use crate::parse::{CheckFinding, Severity};

/// (language, list) of the built-in lists.
const LISTS: [(Lang, &str); 10] = [
    (Lang::En, include_str!("../data/common-words/en.txt")),
    (Lang::De, include_str!("../data/common-words/de.txt")),
    (Lang::Fr, include_str!("../data/common-words/fr.txt")),
    (Lang::Es, include_str!("../data/common-words/es.txt")),
    (Lang::It, include_str!("../data/common-words/it.txt")),
    (Lang::Pt, include_str!("../data/common-words/pt.txt")),
    (Lang::Ru, include_str!("../data/common-words/ru.txt")),
    (Lang::Uk, include_str!("../data/common-words/uk.txt")),
    (Lang::Pl, include_str!("../data/common-words/pl.txt")),
    (Lang::Tr, include_str!("../data/common-words/tr.txt")),
];

/// Flags that keep a name that is a common word from matching the word.
const GUARDS: Flags = Flags::GUARDS;

/// Appends a warning for every name alias or generated form that is a common word.
pub(crate) fn check(source: &Source, findings: &mut Vec<CheckFinding>) {
    let mut sets: HashMap<Lang, HashSet<String>> = HashMap::new();
    for alias in &source.aliases {
        let kind = source.entities[alias.entity].kind;
        if alias.flags.intersects(GUARDS)
            || !alias.text.chars().next().is_some_and(char::is_uppercase)
        {
            continue;
        }
        // `en` and `any` aliases match in every language's articles.
        let everywhere = matches!(alias.lang, Lang::En | Lang::Any);
        let folded = &alias.folded;
        let forms: Vec<String> = std::iter::once(folded.clone())
            .chain(inflections(folded, alias.flags))
            .collect();
        for (list_lang, list) in LISTS.iter().filter(|(l, _)| *l == alias.lang || everywhere) {
            if kind == EntryType::Weapon && *list_lang == Lang::De {
                continue;
            }
            let words = sets.entry(*list_lang).or_insert_with(|| {
                list.lines()
                    .filter(|l| !l.starts_with('#'))
                    .map(fold_alias)
                    .collect()
            });
            // One finding per alias: its first form that is a word of the first list.
            let Some(form) = forms.iter().find(|f| words.contains(*f)) else {
                continue;
            };
            let what = if form == folded {
                String::new()
            } else {
                format!(" (its generated form \"{form}\")")
            };
            findings.push(CheckFinding {
                severity: Severity::Warning,
                file: alias.file.clone(),
                line: alias.line,
                message: format!(
                    "alias \"{}\"{what} of {} \"{}\" is a common word of {} (wordfreq): add cap, weak or exact, or remove it",
                    alias.text,
                    kind.as_str(),
                    source.entities[alias.entity].id,
                    list_lang.as_str()
                ),
            });
            break;
        }
    }
}

/// Two-letter words that news writes in capitals in headlines and that an acronym may
/// look like (the lists above start at three letters).
const TWO_LETTER_WORDS: &[&str] = &[
    "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no",
    "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we", "da", "de", "di", "el", "en", "er",
    "es", "il", "la", "le", "lo", "ne", "se", "si", "su", "tu", "un", "ya", "yo", "zu", "im", "ja",
    "wo", "et", "ou", "na", "ao", "em", "по", "на", "не", "он", "мы", "вы", "да", "то", "из", "от",
    "за", "до",
];

/// Whether `acronym` (an acronym key, in capitals) is, in lower case, a common word of
/// the article's language or of English (of any listed language when the language is not
/// known): `ONCE`, `CAR`, `IT`. Asked only for the acronyms an article defines; the sets
/// are made on the first question (slices of the built-in lists: about 80,000 entries,
/// 2 MB, no copy of the words).
pub(crate) fn is_common_word(acronym: &str, lang: ArticleLang) -> bool {
    static SETS: OnceLock<Vec<(Lang, HashSet<&'static str>)>> = OnceLock::new();
    let word = acronym.to_lowercase();
    if TWO_LETTER_WORDS.contains(&word.as_str()) {
        return true;
    }
    let sets = SETS.get_or_init(|| {
        LISTS
            .iter()
            .map(|(l, list)| (*l, list.lines().filter(|w| !w.starts_with('#')).collect()))
            .collect()
    });
    sets.iter().any(|(list_lang, set)| {
        let asked = match lang {
            ArticleLang::Unknown => true,
            ArticleLang::Known(l) => *list_lang == Lang::En || l == Some(*list_lang),
        };
        asked && set.contains(word.as_str())
    })
}
