//! Look-alikes made by folding accents: the matcher drops diacritics, so Portuguese `Irá`
//! (*will go*) matches Iran's `Irã`, Spanish and Portuguese `Político` the newspaper
//! `Politico`. A one-word hit whose text carries a Latin diacritic that no spelling of its
//! entity has there (no alias of the entity, in lower case, is the word or begins it), and
//! whose text with its accents is a common word of the article's language
//! ([`is_common_word`]: that language or English), is the word and is dropped. Spanish
//! `Irán` keeps Iran (the alias `Irán` is written so), `Politico` without the accent keeps
//! the newspaper.
//!
//! Articles in English, German, French, Spanish, Italian and Portuguese only: in Polish
//! (as in the other Slavic languages and Turkish) the folding is what matches case
//! endings with marks (`nad Polską`, instrumental of `Polska`), and the article's language
//! must be known to know its words.
//!
//! Off the matcher's hot path: asked once per hit, and only a hit whose text has a
//! non-ASCII letter goes further than a byte scan.

use unicode_normalization::char::decompose_canonical;

use crate::common_words::is_common_word;
use crate::matcher::{ArticleLang, Hit};
use crate::model::{Flags, Lang, Source};

/// The aliases written with a Latin diacritic, as written and in lower case, by entity:
/// the spellings a hit with accents may have. Sorted by entity.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct AccentedSpellings(Vec<(u32, Box<str>)>);

impl AccentedSpellings {
    pub(crate) fn of(source: &Source) -> AccentedSpellings {
        let mut spellings: Vec<(u32, Box<str>)> = source
            .aliases
            .iter()
            // The aliases an article of the rule's languages can match.
            .filter(|a| RULE_LANGS.contains(&a.lang) || a.lang == Lang::Any)
            .filter(|a| has_latin_diacritic(&a.text))
            .flat_map(|a| {
                let entity = a.entity as u32;
                [
                    (entity, a.text.as_str().into()),
                    (entity, a.text.to_lowercase().into_boxed_str()),
                ]
            })
            .collect();
        spellings.sort();
        spellings.dedup();
        AccentedSpellings(spellings)
    }

    /// Whether a spelling of `entity`, as written or in lower case, is `word` or begins it
    /// (an inflected form).
    fn spells(&self, entity: u32, word: &str) -> bool {
        let from = self.0.partition_point(|(e, _)| *e < entity);
        self.0[from..]
            .iter()
            .take_while(|(e, _)| *e == entity)
            .any(|(_, s)| word.starts_with(&**s))
    }
}

/// The article languages the rule runs for.
const RULE_LANGS: [Lang; 6] = [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::It, Lang::Pt];

/// Whether `text` has a Latin letter with a diacritic (`á`, `ã`, `ç`, `ü`): a character of
/// the Latin-1 Supplement, Latin Extended-A/B or Latin Extended Additional blocks that
/// decomposes into a letter and marks.
#[inline]
fn has_latin_diacritic(text: &str) -> bool {
    !text.is_ascii() && text.chars().any(is_latin_with_mark)
}

/// Whether `c` is a Latin letter with a diacritic: a character of the Latin-1
/// Supplement, Latin Extended-A/B or Latin Extended Additional blocks that decomposes
/// into a letter and marks (`Ø`, `ß`, `Ł`, `Æ` do not).
fn is_latin_with_mark(c: char) -> bool {
    if !matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}') {
        return false;
    }
    let mut parts = 0;
    decompose_canonical(c, |_| parts += 1);
    parts > 1
}

/// Drops the hits of one field that are a common word written with accents no spelling of
/// their entity has (the module docs).
pub(super) fn drop_accent_lookalikes(
    spellings: &AccentedSpellings,
    lang: ArticleLang,
    text: &str,
    hits: &mut Vec<Hit>,
) {
    // Languages whose accents tell words apart and do not inflect them: in Polish (and
    // the other Slavic languages, Turkish) the folding is what matches the case forms
    // (`nad Polską`, of `polska`).
    if !matches!(lang, ArticleLang::Known(Some(l)) if RULE_LANGS.contains(&l)) {
        return;
    }
    // The hit's word in lower case, in one buffer for the field.
    let mut lower = String::new();
    hits.retain(|h| {
        let word = &text[h.start..h.end];
        // A German compound (`Waffenverkäufe`) has its marks in the rest of the word,
        // which the compound rule has read.
        if h.flags.contains(Flags::COMPOUND)
            || !has_latin_diacritic(word)
            || word.contains(char::is_whitespace)
            // Spelled so as written: most such hits (`Österreich`), no lower-casing.
            || spellings.spells(h.entity, word)
        {
            return true;
        }
        lower.clear();
        lower.extend(word.chars().flat_map(char::to_lowercase));
        // Kept when spelled so in lower case (`ÖSTERREICH`), or not a common word (the
        // costlier test last).
        spellings.spells(h.entity, &lower) || !is_common_word(word, lang)
    });
}

#[cfg(test)]
mod tests {
    use super::has_latin_diacritic;

    #[test]
    fn latin_diacritics() {
        for (text, expected) in [
            ("Irá", true),
            ("Político", true),
            ("Müller", true),
            ("ação", true),
            ("Iran", false),
            ("Straße", false),
            ("Москва", false),
            ("Её", false),
            ("Øresund", false),
        ] {
            assert_eq!(has_latin_diacritic(text), expected, "{text}");
        }
    }
}
