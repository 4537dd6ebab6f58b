//! Datelines: the place that opens a wire story is where it was filed.
//!
//! A dateline is, at the start of the body, place words in capitals or title case
//! (`/` and `,` between them), optionally a date and an agency in parentheses, then a
//! dash: `SEOUL, March 3 (Yonhap) – `, `KIEW (dpa) – `, `BRUSSELS — `,
//! `GENF/BERLIN, 4. Mai (Reuters) - `; or a place in capitals closed by a period:
//! `MOSKAU. Der Kreml ...`.
//!
//! - The city part (before the first comma or parenthesis) and any capital in the
//!   dateline are the filing place: their country hits are dropped.
//! - A country named after the city (`KALININGRAD, Russia — `, `ODESSA, Ukraine (AP) — `)
//!   is a country mention and is kept, and so is an agency credit (`(dpa)`).
//! - A heading line whose text after the dash is in capitals too (`IRAN - USA`,
//!   `LIBIA / ITALIA`) is a topic line, not a dateline: nothing is dropped.

use crate::matcher::Hit;
use crate::model::{Flags, Source};

/// How far into the body a dateline may end.
const DATELINE_BYTES: usize = 80;

/// A dateline at the start of a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Dateline {
    /// End of the city part (the first comma or parenthesis, or the dash).
    pub(crate) city_end: usize,
    /// Where the dateline ends (the dash or the period).
    pub(crate) end: usize,
}

/// Drops the country hits that name where the story was filed.
pub(super) fn drop_filing_place(source: &Source, body: &str, hits: &mut Vec<Hit>) {
    let Some(d) = find(body) else {
        return;
    };
    // The city part is the filing place; after it, only capitals are (`TEL AVIV, Israel`).
    hits.retain(|h| {
        !super::is_country(source, h)
            || h.end > d.end
            || (h.start >= d.city_end && !h.flags.contains(Flags::CAPITAL))
    });
}

/// The dateline at the start of `body`, if there is one.
pub(crate) fn find(body: &str) -> Option<Dateline> {
    let mut cut = body.len().min(DATELINE_BYTES);
    while !body.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &body[..cut];
    dashed(body, head).or_else(|| capitals_with_period(head))
}

/// `PLACE[, date] [(agency)] - `.
fn dashed(body: &str, head: &str) -> Option<Dateline> {
    let dash = [" - ", " – ", " — ", " -- "]
        .iter()
        .filter_map(|d| head.find(d))
        .min()?;
    let prefix = &head[..dash];
    if prefix.is_empty() || prefix.contains(['\n', '!', '?', ':', ';', '"', '„', '“']) {
        return None;
    }
    let mut depth = 0usize;
    for word in prefix.split([' ', '/', ',']).filter(|w| !w.is_empty()) {
        if word.starts_with('(') {
            depth += 1;
        }
        let first = word.trim_start_matches('(').chars().next();
        let in_parens = depth > 0;
        if word.ends_with(')') {
            depth = depth.saturating_sub(1);
        }
        if !in_parens && !first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) {
            return None;
        }
        // A sentence end inside: `Moskau. Der Kreml sagte ... - ` is prose.
        if !in_parens
            && word.ends_with('.')
            && word.chars().filter(|c| c.is_alphabetic()).count() > 4
        {
            return None;
        }
    }
    // The text after the dash is prose, not another heading word (`IRAN - USA`).
    let rest = body[dash..].trim_start_matches([' ', '-', '–', '—']);
    let line = rest.split('\n').next().unwrap_or("");
    if !line.is_empty() && line.split_whitespace().all(is_caps_word) {
        return None;
    }
    let city_end = prefix.find([',', '(']).unwrap_or(dash);
    Some(Dateline {
        city_end,
        end: dash,
    })
}

/// `MOSKAU. Der Kreml ...`: a place in capitals closed by a period, then a sentence.
fn capitals_with_period(head: &str) -> Option<Dateline> {
    let dot = head.find('.')?;
    let place = &head[..dot];
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    let place_ok = letters >= 3
        && place
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '/' | '-' | '\''))
        && !place.starts_with(' ');
    let next = head[dot + 1..].strip_prefix(' ')?.chars().next();
    (place_ok && next.is_some_and(char::is_uppercase)).then_some(Dateline {
        city_end: dot,
        end: dot,
    })
}

/// A word written in capitals (`USA`, `ITALIA`, `/`).
fn is_caps_word(word: &str) -> bool {
    !word.chars().any(char::is_lowercase)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    #[test]
    fn dateline_table() {
        // (body, the dateline's end as the text before it, or None)
        let rows: &[(&str, Option<&str>)] = &[
            (
                "SEOUL, March 3 (Yonhap) – North Korea",
                Some("SEOUL, March 3 (Yonhap)"),
            ),
            ("KIEW (dpa) – Die Ukraine", Some("KIEW (dpa)")),
            ("MOSKAU. Der Kreml hat", Some("MOSKAU")),
            ("BRUSSELS — The EU", Some("BRUSSELS")),
            (
                "GENF/BERLIN, 4. Mai (Reuters) - Die",
                Some("GENF/BERLIN, 4. Mai (Reuters)"),
            ),
            ("KALININGRAD, Russia — Troops", Some("KALININGRAD, Russia")),
            ("IRAN - USA\nDie Gespräche", None),
            ("LIBIA / ITALIA\nIl governo", None),
            ("Seoul said on Monday - and then", None),
            ("Moskau. Der Kreml sagte am Montag - nichts", None),
            ("U.S. troops left.", None),
            ("The talks - in Geneva", None),
        ];
        for (body, expected) in rows {
            let got = find(body).map(|d| &body[..d.end]);
            assert_eq!(got, *expected, "row {body:?}");
        }
    }
}
