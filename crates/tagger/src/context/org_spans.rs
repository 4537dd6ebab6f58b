//! Organization spans that the alias alone gets wrong: the words around an organization's
//! name that are part of it, or that the alias took and the text does not. The mention
//! keeps the organization's id; only its span changes.
//!
//! - **A descriptor before the name** (`the Washington Post`, `the Times of London`,
//!   `agencia Efe`): an alias that starts with a capitalized article or descriptor (`The
//!   Washington Post`, `Agencia EFE`) matches the text's lower-case word too, which is not
//!   part of the name; the mention starts after it. Not for aliases written in lower case
//!   on purpose (`exact`: `la Repubblica`, `die tageszeitung`), nor for state bodies,
//!   whose descriptive aliases start with the article (`the UK's defence ministry`).
//!   The article written in capitals before a newspaper's or broadcaster's name is the
//!   first word of its title (`The Daily Telegraph`, `The Straits Times`), as the aliases
//!   that list it (`The Washington Post`) have it; not before an acronym (`The BBC`), and
//!   only in a text of another language than English, where `The` can only be a title's
//!   (in English it is as often the article of a phrase: `The Interfax report said`).
//! - **A country's abbreviation before its own state body** (`the U.S. Food and Drug
//!   Administration`, `US Securities and Exchange Commission`): the country's
//!   abbreviation (capitals, with or without dots) written right before a ministry,
//!   agency or armed force of that country is the first word of the body's name, as in
//!   the aliases that list it (`U.S. Senate`); the country stays a mention nested inside
//!   (`context::nested`). An adjective (`French Interior Ministry`) is a different form,
//!   which the aliases list where they do.
//! - **A unit, channel or national subsidiary after a company or broadcaster**: a company
//!   or media organization (kinds `company`, `media`, `state-media`) followed by up to two
//!   capitalized words and a unit word (`Reuters Television`, `Reuters Toronto Bureau`,
//!   `Reuters Chicago Newsdesk`, `HSBC Markets`, `Telecom Italia Media`, `Grupo Zeta
//!   Radio`), a broadcaster followed by its channel's number (`RAI 2`, `Rai Due`, `WDR
//!   3`), or a company, broadcaster or NGO followed by a country or continent (`AOL
//!   Germany`, `AOL Europe`, `Samsung Italia`: the national subsidiary). The words must
//!   end the name: a capitalized word after them (other than a legal form) says they are
//!   the start of another name (`HSBC Markets Tuesday` stays `HSBC`), and a day or any
//!   other word outside the closed lists is no unit (`Reuters Monday`, `HSBC Chairman`).
//!   A country's hit inside the subsidiary's name goes with it, as in `Air India`.
//! - **Spanish coalitions and regional branches written with a hyphen** (`PSOE-Progresistas`,
//!   `EFE-Cantabria`, `COAG-Extremadura`): in Spanish an acronym joined by a hyphen to one
//!   capitalized word that is no other name is one name. Two acronyms (`PSOE-PAR`, `CiU-PP`)
//!   stay two mentions: each names a party. Not in German, whose compounds
//!   (`SPD-Ortsverein`) have their own rule (docs/gazetteer-organizations.md).

use crate::matcher::{ArticleLang, Hit};
use crate::model::{EntryType, Flags, Lang, Source};

use super::Words;

/// Organization kinds that are part of a state (as in `context::nested`).
const STATE_BODY_KINDS: [&str; 3] = ["government", "military", "intelligence"];

/// Lower-case articles and descriptors that aliases start with in capitals (`The
/// Washington Post`, `Agencia EFE`): followed by a space and a capital, they are outside
/// the name where the text writes them in lower case.
#[rustfmt::skip]
const DESCRIPTORS: Words = Words::new(&[
    "the", "el", "la", "los", "las", "il", "lo", "le", "les", "agencia", "agenzia", "agence",
]);

/// Unit words of companies and broadcasters that end a unit's name after the company's.
#[rustfmt::skip]
const UNITS: Words = Words::new(&[
    // English
    "Television", "Radio", "Bureau", "Newsdesk", "Desk", "Newsroom", "Markets",
    "Securities", "Capital", "Media", "News", "Agency",
    // Spanish, Italian, German, French
    "Televisión", "Televisione", "Fernsehen", "Télévision",
]);

/// Channel numbers written as words (`Rai Due`, `BBC Two`).
#[rustfmt::skip]
const CHANNEL_WORDS: Words = Words::new(&[
    "Uno", "Due", "Tre", "One", "Two", "Three", "Four",
]);

/// Continents that name a company's regional subsidiary (`AOL Europe`).
#[rustfmt::skip]
const CONTINENTS: Words = Words::new(&[
    "Europe", "Europa", "Asia", "Africa", "Afrika", "África",
]);

/// Articles that start a longer name after a hyphen (`EU-Els Verds`).
const HYPHEN_ARTICLES: Words = Words::new(&["El", "La", "Los", "Las", "Els", "Les", "Lo"]);

/// Adjusts organization spans (see the module docs). One pass over the hits; the cheap
/// tests on the bytes around a hit come first.
pub(super) fn adjust_org_spans(
    source: &Source,
    lang: ArticleLang,
    text: &str,
    hits: &mut Vec<Hit>,
) {
    let bytes = text.as_bytes();
    let spanish = lang == ArticleLang::Known(Some(Lang::Es));
    // `The` before a name is an English title's only in another language's text: in
    // English it is as often the article of a longer phrase (`The Interfax report`).
    let not_english = matches!(lang, ArticleLang::Known(Some(l)) if l != Lang::En);
    let mut i = 0;
    while i < hits.len() {
        let (start, end) = (hits[i].start, hits[i].end);
        i += 1;
        // The cheap tests first: a lower-case first letter (a descriptor); a hit right
        // before, one space away (a country's abbreviation); a space and a capital or a
        // digit after (a unit, channel or subsidiary); in Spanish, a hyphen and a capital.
        let lower_first = bytes[start].is_ascii_lowercase();
        let the_before = not_english
            && start >= 4
            && &bytes[start - 4..start] == b"The "
            && !text[..start - 4].ends_with(char::is_alphanumeric)
            && (i < 2 || hits[i - 2].end <= start - 4);
        let hit_before = i >= 2 && hits[i - 2].end + 1 == start && bytes[start - 1] == b' ';
        let after = bytes.get(end).copied();
        let next = bytes.get(end + 1).copied().unwrap_or(b' ');
        // (A name written from a lower-case word is no company's: `la Repubblica`.)
        let word_after = after == Some(b' ')
            && !lower_first
            && (next.is_ascii_uppercase() || next.is_ascii_digit() || !next.is_ascii());
        let hyphen_after =
            spanish && after == Some(b'-') && (next.is_ascii_uppercase() || !next.is_ascii());
        if !(lower_first || the_before || hit_before || word_after || hyphen_after) {
            continue;
        }
        let entity = &source.entities[hits[i - 1].entity as usize];
        if entity.kind != EntryType::Organization {
            continue;
        }
        let kind = entity.org_kind.as_deref().unwrap_or("");
        let state_body = STATE_BODY_KINDS.contains(&kind);
        if lower_first && !state_body && !hits[i - 1].flags.contains(Flags::EXACT) {
            if let Some(name_start) = after_descriptor(text, start, end) {
                hits[i - 1].start = name_start;
            }
        }
        if the_before && kind == "media" && text[start..end].chars().any(char::is_lowercase) {
            hits[i - 1].start = start - 4;
        }
        if hit_before && state_body {
            let prev = hits[i - 2];
            let country = &source.entities[prev.entity as usize];
            if country.kind == EntryType::Country
                && prev.end + 1 == start
                && entity.country.as_deref() == Some(country.id.as_str())
                && is_abbreviation(&text[prev.start..prev.end])
            {
                hits[i - 1].start = prev.start;
                hits.remove(i - 2);
                i -= 1;
            }
        }
        let new_end = if word_after {
            match kind {
                "company" | "media" | "state-media" | "ngo" => {
                    let media = kind != "company" && kind != "ngo";
                    // A country's name, not its adjective (`РБК белорусского лидера`).
                    let next_country = hits.get(i).filter(|h| {
                        h.start == end + 1
                            && source.entities[h.entity as usize].kind == EntryType::Country
                            && text[h.start..].starts_with(char::is_uppercase)
                    });
                    if kind == "ngo" {
                        None
                    } else {
                        unit_end(text, end)
                            .or_else(|| media.then(|| channel_end(text, end)).flatten())
                    }
                    .or_else(|| match next_country {
                        Some(h) => name_ends(text, h.end).then_some(h.end),
                        None => continent_end(text, end),
                    })
                }
                _ => None,
            }
        } else if hyphen_after && !state_body {
            hyphen_word_end(text, start, end).filter(|&e| {
                // The word after the hyphen is no other name.
                hits.get(i).is_none_or(|h| h.start >= e)
            })
        } else {
            None
        };
        if let Some(new_end) = new_end {
            hits[i - 1].end = new_end;
            // Hits inside the extension (`Germany` of `AOL Germany`) are part of it.
            while i < hits.len() && hits[i].start < new_end {
                hits.remove(i);
            }
        }
    }
}

/// The start of the name after a lower-case descriptor that starts the hit
/// (`the Washington Post`), if one does and a capital follows it.
fn after_descriptor(text: &str, start: usize, end: usize) -> Option<usize> {
    let span = &text[start..end];
    let space = span.find(' ')?;
    let rest = &span[space + 1..];
    (DESCRIPTORS.contains(&span[..space]) && rest.starts_with(char::is_uppercase))
        .then_some(start + space + 1)
}

/// Whether a country's text is an abbreviation: capitals with or without dots (`U.S.`,
/// `US`, `U.K.`), at least two letters.
fn is_abbreviation(word: &str) -> bool {
    word.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && word.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
}

/// The end of a unit's name after `end`: up to two capitalized words and a unit word
/// (`Television`, `Toronto Bureau`), which must end the name.
fn unit_end(text: &str, end: usize) -> Option<usize> {
    let mut at = end;
    for _ in 0..3 {
        let (word, word_end) = capitalized_word(text, at)?;
        if UNITS.contains(word) {
            return name_ends(text, word_end).then_some(word_end);
        }
        at = word_end;
    }
    None
}

/// The end of a channel's number after a broadcaster's name at `end` (`RAI 2`, `Rai
/// Due`): one digit other than 0 or a number word, then the end of the name (not a
/// capital or a digit after it, nor a decimal: `Reuters 5.5`).
fn channel_end(text: &str, end: usize) -> Option<usize> {
    let rest = text[end..].strip_prefix(' ')?;
    let b = rest.as_bytes();
    let len = if b.first().is_some_and(|c| (b'1'..=b'9').contains(c)) {
        1
    } else {
        let (word, word_end) = capitalized_word(text, end)?;
        return (CHANNEL_WORDS.contains(word) && name_ends(text, word_end)).then_some(word_end);
    };
    let after = &rest[len..];
    let ok = match after.as_bytes() {
        [] => true,
        [b' ', c, ..] => c.is_ascii_lowercase(),
        [b'.' | b',', c, ..] => !c.is_ascii_digit(),
        [c, ..] => matches!(c, b')' | b';' | b':' | b'"' | b'\'' | b'.' | b','),
    };
    ok.then_some(end + 1 + len)
}

/// The end of a continent's name that follows `end` and ends a subsidiary's name (`AOL
/// Europe`).
fn continent_end(text: &str, end: usize) -> Option<usize> {
    let (word, word_end) = capitalized_word(text, end)?;
    (CONTINENTS.contains(word) && name_ends(text, word_end)).then_some(word_end)
}

/// The capitalized word after a space at `at`, and its end.
fn capitalized_word(text: &str, at: usize) -> Option<(&str, usize)> {
    let rest = text[at..].strip_prefix(' ')?;
    if !rest.starts_with(char::is_uppercase) {
        return None;
    }
    let len = super::run_end(rest, u8::is_ascii_alphabetic, char::is_alphabetic);
    Some((&rest[..len], at + 1 + len))
}

/// Whether a name may end at `end`: no capitalized word follows (other than a legal form:
/// `HSBC Markets Ltd`), nor a hyphen, a digit or a possessive (`AOL Germany's`).
fn name_ends(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    if rest.starts_with(['-', '\'', '’']) || rest.starts_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    match rest.strip_prefix(' ') {
        Some(r) if r.starts_with(char::is_uppercase) => {
            super::full_names::forms_end(text, end, false) > end
        }
        Some(r) => !r.starts_with(['\'', '’']),
        None => true,
    }
}

/// The end of the capitalized word joined by a hyphen to the acronym at `start..end`
/// (`PSOE-Progresistas`), if the hit is an acronym (two capitals or more, no space) and
/// the word is one capital and lower-case letters that ends there (no other hyphen).
fn hyphen_word_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let acronym = &text[start..end];
    if acronym.contains(' ') || acronym.chars().filter(|c| c.is_uppercase()).count() < 2 {
        return None;
    }
    let rest = &text[end + 1..];
    let mut chars = rest.chars();
    if !chars.next().is_some_and(char::is_uppercase) {
        return None;
    }
    let len = super::run_end(rest, u8::is_ascii_alphabetic, char::is_alphabetic);
    let word = &rest[..len];
    let lower = word.chars().skip(1).all(char::is_lowercase) && word.chars().count() >= 3;
    let after = &rest[len..];
    // The word ends the name: no other hyphen, and no `de` that goes on with it
    // (`RENFE-Junta de Comunidades`); an article starts a longer name (`EU-Els Verds`).
    let goes_on = after.starts_with(['-', '\u{2010}', '\u{2011}', '\u{2013}'])
        || after.starts_with(char::is_alphanumeric)
        || [" de ", " del ", " d'"]
            .iter()
            .any(|c| after.starts_with(c));
    (lower && !goes_on && !HYPHEN_ARTICLES.contains(word)).then_some(end + 1 + len)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn unit_table() {
        // (text after the name, the extension)
        let rows: &[(&str, &str)] = &[
            (" Television in", " Television"),
            (" Toronto Bureau 416", " Toronto Bureau"),
            (" Chicago Newsdesk - 312", " Chicago Newsdesk"),
            (" Markets said", " Markets"),
            (" Markets Ltd said", " Markets"),
            (" Markets Tuesday", ""),
            (" Monday", ""),
            (" Chairman John", ""),
            (" Media,", " Media"),
            (" Media's", ""),
            (" Radio-Sender", ""),
        ];
        assert_extensions(rows, unit_end);
    }

    /// Each row: the text after a name `Name`, and what `extend` adds to the name.
    fn assert_extensions(rows: &[(&str, &str)], extend: fn(&str, usize) -> Option<usize>) {
        for (after, ext) in rows {
            let text = format!("Name{after}");
            let end = extend(&text, 4).unwrap_or(4);
            assert_eq!(&text[4..end], *ext, "row {after:?}");
        }
    }

    #[test]
    fn channel_table() {
        let rows: &[(&str, &str)] = &[
            (" 2 infatti", " 2"),
            (" 3)", " 3"),
            (" 2", " 2"),
            (" Due dalle", " Due"),
            (" 5.5 percent", ""),
            (" 3 Milan 2", ""),
            (" 0 e", ""),
            (" 12 ore", ""),
            (" Monday", ""),
        ];
        assert_extensions(rows, channel_end);
    }

    #[test]
    fn hyphen_table() {
        let rows: &[(&str, &str)] = &[
            ("PSOE-Progresistas en", "PSOE-Progresistas"),
            ("EFE-Cantabria Zaragoza", "EFE-Cantabria"),
            ("PSOE-PAR tiene", "PSOE"),
            ("PSOE-NI,", "PSOE"),
            ("PSOE-Progresistas-IU", "PSOE"),
            ("PSOE-a", "PSOE"),
            ("Renfe-Junta", "Renfe"),
            ("RENF-Junta de Comunidades", "RENF"),
            ("EUEU-Els Verds", "EUEU"),
        ];
        for (text, span) in rows {
            let acronym_end = text.find('-').unwrap();
            let end = hyphen_word_end(text, 0, acronym_end).unwrap_or(acronym_end);
            assert_eq!(&text[..end], *span, "row {text:?}");
        }
    }
}
