//! Organization names that are words of the article's language, at a sentence start (fr,
//! es, it, pt, which write common words in lower case): Italian `Nato` is NATO and the
//! participle *born* (`Nato a Roma nel 1950, ...`), Spanish `Podemos` the party and *we
//! can*. Inside a sentence the capital tells the name from the word; at a sentence start it
//! says nothing, so there the name needs support like a `weak` alias: another mention of
//! the organization in the article (`la Nato`, `Podemos` inside a sentence, the full name).
//! "Common word" is what [`is_common_word`] answers: of the article's language or of
//! English.

use crate::common_words::is_common_word;
use crate::matcher::{is_name_like, ArticleLang, Hit};
use crate::model::{EntryType, Lang, Source};

/// Marks as needing support the organization hits of one field that are a single
/// title-case word ([`is_name_like`]) at a sentence start and a common word.
pub(super) fn sentence_start_words(
    source: &Source,
    lang: ArticleLang,
    text: &str,
    hits: &mut [Hit],
) {
    if !matches!(
        lang,
        ArticleLang::Known(Some(Lang::Fr | Lang::Es | Lang::It | Lang::Pt))
    ) {
        return;
    }
    for hit in hits.iter_mut().filter(|h| !h.weak) {
        if source.entities[hit.entity as usize].kind != EntryType::Organization {
            continue;
        }
        let word = &text[hit.start..hit.end];
        if is_name_like(word)
            && super::capital::starts_sentence(&text[..hit.start])
            && is_common_word(word, lang)
        {
            hit.weak = true;
        }
    }
}
