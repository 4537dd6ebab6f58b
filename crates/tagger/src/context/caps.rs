//! Text in capitals and markup.
//!
//! In a run of words written in capitals (a headline, a wire slug, a table) case tells
//! nothing, so a case-exact acronym that is also an ordinary word (`CAR`, `IS`, `WHO`,
//! `US`, `AU`, `IT`, `ICE`) is kept there only with other evidence: the same entity
//! mentioned outside capital runs in the article. An acronym-shaped part of a
//! hyphenated word in capitals (`WINSTON-SALEM`, `US-SANKTIONEN`) needs the same
//! evidence; `US-Behörden` in normal text stays.
//!
//! Markup is not prose: a mention inside angle brackets without spaces (ticker symbols
//! such as `<CAR.N>`, `<IT.MI>`) is dropped.

use super::Words;
use crate::matcher::Hit;
use crate::model::Flags;

/// Acronyms of the gazetteer that are also words or common codes.
#[rustfmt::skip]
const WORD_ACRONYMS: Words = Words::new(&[
    "CAR", "IS", "WHO", "US", "AU", "IT", "ICE", "AND", "OR", "IN", "ON",
    "AT", "TO", "NO", "SO", "BE", "DO", "GO", "ME", "MY", "AM", "AN", "AS", "BY", "HE", "IF",
    "OF", "UP", "WE", "ARE", "CAN", "ALL", "ONE", "ART", "ERA", "PAN", "MAN", "SUN",
    "DIE", "DER", "DAS", "UND", "ES", "SIE", "WIR", "ICH", "EIN", "AUS", "BEI",
    "VOR", "NUR", "NOT", "BUT", "HAS", "WAS", "FOR", "OUT", "NEW", "NOW", "WAR", "ARMY",
    // Words of the Romance languages in headlines: `SE HA ESCRITO UN CRIMEN` is no United
    // Nations, `EL DIA DESPUES` no Defense Intelligence Agency.
    "UN", "UNA", "DIA", "ONCE", "SER", "MAS", "DEL", "EL", "LA", "LOS", "LAS", "CON", "POR",
    "SIN", "IL", "DI", "PER", "CHE", "NON", "LE", "DU", "ET", "EST", "PAS",
]);

/// One field: drops unsupported word-acronyms in capital runs and hits in markup.
/// `supported(entity)`: the entity has a mention outside capital runs in the article.
pub(super) fn drop_caps_lookalikes(
    text: &str,
    hits: &mut Vec<Hit>,
    supported: &dyn Fn(u32) -> bool,
) {
    hits.retain(|h| {
        if in_markup(text, h.start, h.end) {
            return false;
        }
        if !is_word_acronym(text, h) {
            return true;
        }
        let caps =
            hyphen_part_of_caps_word(text, h.start, h.end) || in_caps_run(text, h.start, h.end);
        !caps || supported(h.entity)
    });
}

/// True when the hit is of a case-exact alias that is also a word (`CAR`, `IS`): the
/// hits whose reading depends on the capitals around them.
pub(super) fn is_word_acronym(text: &str, h: &Hit) -> bool {
    h.flags.contains(Flags::EXACT) && WORD_ACRONYMS.contains(&text[h.start..h.end])
}

/// True when the hit lies in a run of capitals: the words next to it (on the same line)
/// have letters and no lower-case letter.
///
/// Only the two words before and after are read, never the whole line: a hostile field
/// of one line with a hundred thousand hits stays linear.
pub(super) fn in_caps_run(text: &str, start: usize, end: usize) -> bool {
    // The two words before and the two after, on the hit's line. Scanned outwards from
    // the hit only: a body without line breaks is not searched for one at every hit.
    // The first word with letters and a lower-case letter answers: in prose that is
    // the word right before the hit, and the other three are never read.
    let mut any = false;
    for word in words_before(&text[..start]).chain(words_after(&text[end..])) {
        let (letters, lower) = letters_and_lower(word);
        if letters >= 2 {
            if lower {
                return false;
            }
            any = true;
        }
    }
    any
}

/// How many letters `word` has, and whether it has a lower-case character (the count
/// stops at two once one is found: all the caller asks).
fn letters_and_lower(word: &str) -> (usize, bool) {
    let (mut letters, mut lower) = (0usize, false);
    for c in word.chars() {
        letters += usize::from(c.is_alphabetic());
        lower |= c.is_lowercase();
        if lower && letters >= 2 {
            break;
        }
    }
    (letters, lower)
}

/// Up to two whitespace-separated words at the end of `before`, nearest first, not
/// crossing a line break.
fn words_before(before: &str) -> impl Iterator<Item = &str> {
    let mut rest = before;
    std::iter::from_fn(move || {
        let trimmed = rest.trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
        if trimmed.is_empty() || trimmed.ends_with('\n') {
            return None;
        }
        let word_start = trimmed
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        rest = &trimmed[..word_start];
        Some(&trimmed[word_start..])
    })
    .take(2)
}

/// Up to two whitespace-separated words at the start of `after`, not crossing a line
/// break.
fn words_after(after: &str) -> impl Iterator<Item = &str> {
    let mut rest = after;
    std::iter::from_fn(move || {
        let trimmed = rest.trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
        if trimmed.is_empty() || trimmed.starts_with('\n') {
            return None;
        }
        let word_end = trimmed.find(char::is_whitespace).unwrap_or(trimmed.len());
        rest = &trimmed[word_end..];
        Some(&trimmed[..word_end])
    })
    .take(2)
}

/// `WINSTON-SALEM`: the hit is one part of a hyphenated word whose other parts are in
/// capitals too.
fn hyphen_part_of_caps_word(text: &str, start: usize, end: usize) -> bool {
    let joined_before = text[..start].ends_with('-');
    let joined_after = text[end..].starts_with('-');
    if !joined_before && !joined_after {
        return false;
    }
    let word_start = text[..start]
        .rfind(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word_end = text[end..]
        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map_or(text.len(), |i| end + i);
    let word = &text[word_start..word_end];
    word.chars().filter(|c| c.is_alphabetic()).count() > end - start
        && !word.chars().any(char::is_lowercase)
}

/// Inside `<...>` with no space (`<CAR.N>`).
fn in_markup(text: &str, start: usize, end: usize) -> bool {
    // Most hits follow a space (or start the text): then the search back stops there at
    // once, with no `<`. Answered without it.
    if text.as_bytes()[..start]
        .last()
        .is_none_or(|&b| b.is_ascii() && char::from(b).is_whitespace())
    {
        return false;
    }
    let open = text[..start]
        .rfind(|c: char| c == '<' || c == '>' || c.is_whitespace())
        .is_some_and(|i| text[i..].starts_with('<'));
    let close = text[end..]
        .find(|c: char| c == '>' || c == '<' || c.is_whitespace())
        .is_some_and(|i| text[end + i..].starts_with('>'));
    open && close
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    #[test]
    fn caps_tables() {
        let run = "CAR PARTS MAKER CUTS JOBS";
        assert!(in_caps_run(run, 0, 3));
        assert!(!in_caps_run("The CAR said on Monday", 4, 7));
        assert!(in_caps_run("the news\nCAR PARTS MAKER\nis small", 9, 12));
        assert!(!in_caps_run("The\nCAR PARTS maker", 4, 7));
        // Only the line of the hit counts, two words each side.
        assert!(in_caps_run("lower case line\nCAR PARTS\nlower", 16, 19));
        assert!(!in_caps_run("lower case line\nCAR parts\nLOWER", 16, 19));
        assert!(in_caps_run(
            "the SAID MAKER CAR\u{a0}PARTS CUTS lower",
            15,
            18
        ));
        assert!(!in_caps_run("THE said MAKER CAR PARTS cuts", 15, 18));
        assert!(!in_caps_run("\nCAR\n", 1, 4));
        assert!(!in_caps_run("a B CAR C", 4, 7));
        assert!(in_markup("shares of <CAR.N> rose", 11, 14));
        assert!(!in_markup("the <b>CAR</b> x", 7, 10));
        let t = "WINSTON-SALEM OFFICIALS";
        assert!(hyphen_part_of_caps_word(t, 0, 7));
        assert!(!hyphen_part_of_caps_word("die US-Behörden", 4, 6));
    }
}
