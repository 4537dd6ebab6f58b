//! Countries inside other names: `Air India`, `China Steel Corp`, `Japan Times`,
//! `Dynamo Kyiv`, `Iran Sanctions Act`, `Korean War`, `Vertrag von Moskau`.
//!
//! A country or capital mention is part of the name of a company, club, newspaper, law,
//! treaty, war, operation or event, and dropped, when
//!
//! - a designator word follows within the same run of capitalized words (at most three
//!   words on): `China Steel Corp`, `Japan Times`, `Iran Sanctions Act`, `Korean War`,
//!   `Russia Today`... (English words: German capitalizes every noun, `Russlands Krieg`
//!   is Russia's war, and German names of this kind are compounds); or
//! - a designator prefix comes right before it: `Air India`, `Dynamo Kyiv`, `Bank of
//!   China`, `Radio Free Europe`, `Operation Iraqi Freedom`, `Vertrag von Moskau`.
//!
//! - a lower-case noun of a common compound follows: `Turkey sandwiches`, `Brazil nuts`.
//!
//! Names in the gazetteer are found whole by the matcher (the longest alias wins); this
//! rule covers the rest. State bodies (`Bank of Korea` is not one; `Russian Army` is an
//! organization of the gazetteer) are not affected: their country nests (see `nested`).

use super::Words;
use crate::matcher::Hit;
use crate::model::Source;

/// Words that end a name of a company, club, paper, law, treaty, war or event.
#[rustfmt::skip]
const DESIGNATORS: Words = Words::new(&[
    "Corp", "Corporation", "Inc", "Ltd", "Limited", "Co", "Company", "Group", "Holdings",
    "Airlines", "Airways", "Air", "Bank", "Telecom", "Motors", "Steel", "Petroleum", "Oil",
    "Gas", "Railways", "Railway", "Rail", "Shipping", "Electric", "Electronics", "Industries",
    "Insurance", "Post", "Mobile", "Energy", "Power", "Mining", "Foods", "Pharma",
    "Pharmaceuticals", "Cement", "Chemicals", "Exchange", "Fund", "GmbH", "AG", "SE", "SA",
    "FC", "United", "City", "Open", "Cup", "Grand", "Prix", "Marathon", "Rally", "Championship",
    "Championships", "Olympics", "Games", "Expo", "Fashion", "Week", "Festival", "Biennale",
    "Idol", "Got", "Talent", "Times", "Today", "Herald", "Post", "Daily", "News", "Tribune",
    "Gazette", "Journal", "Review", "Observer", "Telegraph", "Express", "Insider", "Monitor",
    "Magazine", "Radio", "TV", "Television", "Broadcasting", "Act", "Accord", "Accords",
    "Agreement", "Treaty", "Convention", "Protocol", "Pact", "Declaration", "Charter",
    "Doctrine", "War", "Crisis", "Campaign", "Initiative", "Commission", "Compact",
    "Memorandum", "Format", "Dam", "Sea", "Ocean", "Strait", "Canal", "Bridge", "Airport",
    "Island", "Islands", "Basin",
]);

/// Words that open such a name right before the country word.
#[rustfmt::skip]
const PREFIXES: Words = Words::new(&[
    "Air", "Dynamo", "Dinamo", "Lokomotiv", "Spartak", "Torpedo", "Zenit", "Shakhtar",
    "Sporting", "Real", "Atlético", "Atletico", "Olympique", "Radio", "Operation", "Operación",
    "Bank", "Banco", "Banca", "Fly", "Visit", "Miss", "Team", "Tour", "Vertrag", "Treaty",
    "Peace", "Friedens", "Tour", "Universität", "University",
]);

/// Lower-case nouns that make a country word part of a common compound (`Turkey
/// sandwiches`, `Brazil nuts`, `Brussels sprouts`, `guinea pig`).
#[rustfmt::skip]
const COMMON_COMPOUNDS: Words = Words::new(&[
    "nut", "nuts", "sandwich", "sandwiches", "burger", "burgers", "breast", "breasts", "roast",
    "dinner", "dinners", "stuffing", "sprouts", "fries", "toast", "pastry", "pastries",
    "vulture", "vultures", "pepper", "peppers", "pig", "pigs", "fowl", "rug", "rugs",
    "blinds", "leg", "legs", "feathers", "gravy", "bacon", "wings", "cheese", "tea", "plates",
]);

/// Words between a prefix and the country (`Bank of China`, `Vertrag von Moskau`).
const LINKS: Words = Words::new(&["of", "von", "de", "di", "del", "du", "for", "für"]);

/// Drops the country hits that are part of the name of something else.
pub(super) fn drop_inside_names(source: &Source, text: &str, hits: &mut Vec<Hit>) {
    hits.retain(|h| {
        !super::is_country(source, h)
            || !(designator_after(text, h.end)
                || prefix_before(text, h.start)
                || common_compound(text, h.end))
    });
}

/// Drops an organization named right before a hyphen and a whole number of two or more
/// digits: the name of a model or an index named after it (`Boeing-767`, `CNB-120`,
/// `KSE-100`), not the organization (as the acronym rule reads `CNB-120` in
/// `acronyms::occurrences`). A decimal (`-1,5`) is no model number.
pub(super) fn drop_model_names(source: &Source, text: &str, hits: &mut Vec<Hit>) {
    hits.retain(|h| {
        !(model_number_after(text.as_bytes(), h.end)
            && source.entities[h.entity as usize].kind == crate::model::EntryType::Organization)
    });
}

/// Whether `text[end..]` starts with a hyphen and a whole number of two or more digits.
fn model_number_after(text: &[u8], end: usize) -> bool {
    let rest = &text[end..];
    if rest.first() != Some(&b'-') {
        return false;
    }
    let digits = rest[1..].iter().take_while(|b| b.is_ascii_digit()).count();
    let after = &rest[1 + digits..];
    digits >= 2
        && !(matches!(after.first(), Some(b',' | b'.'))
            && after.get(1).is_some_and(u8::is_ascii_digit))
}

/// A designator within the capitalized words after `end` (`China Steel Corp`).
fn designator_after(text: &str, end: usize) -> bool {
    let mut rest = &text[end..];
    for _ in 0..3 {
        let Some(r) = rest.strip_prefix(' ') else {
            return false;
        };
        // The word starts with the run's first character (an upper-case one is part of
        // it); checked before the run is measured.
        if !r.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        let len = super::run_end(
            r,
            |&b| b.is_ascii_alphanumeric() || b == b'.' || b == b'&',
            |c| c.is_alphanumeric() || c == '.' || c == '&',
        );
        let word = r[..len].trim_end_matches('.');
        if DESIGNATORS.contains(word) {
            return true;
        }
        rest = &r[len..];
    }
    false
}

/// A lower-case noun of a common compound right after `end` (`Turkey sandwiches`).
fn common_compound(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let len = super::run_end(rest, u8::is_ascii_alphabetic, char::is_alphabetic);
    COMMON_COMPOUNDS.contains(&rest[..len])
}

/// A name prefix right before `start` (`Air India`, `Bank of China`).
fn prefix_before(text: &str, start: usize) -> bool {
    let Some((word, before)) = super::capital::prev_word(&text[..start]) else {
        return false;
    };
    if PREFIXES.contains(word) {
        return true;
    }
    if LINKS.contains(word) {
        if let Some((w, _)) = super::capital::prev_word(before) {
            return PREFIXES.contains(w);
        }
    }
    false
}
