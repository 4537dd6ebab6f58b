//! Names written in full: a company followed by its legal form (`Deutsche Bahn AG`,
//! `News Corp Ltd`, `Goldman Sachs & Co`, `Telefónica S.A.`), a club preceded by its club
//! prefix (`F.C. Brasov`, `SK Slavia Praha`): one mention, the form or prefix included.
//!
//! **Legal forms.** A hit of a company, a media company or a sports club (clubs are
//! companies: `AS Roma SpA`, `Juventus Football Club SpA`) extends over the legal forms that
//! follow it right after one space (`Morgan Stanley & Co Inc`, `Henkel AG & Co. KGaA`: up to
//! three), with the form's own dot where the text has it (`Inc.`, `Corp.`, `S.A.`; not after
//! `AG`, where a dot ends the sentence, nor where it ends the text or a line or comes before
//! a capital other than a legal form: `... The Walt Disney Co. The deal`, the sentence's
//! period; `& Co. Inc.` keeps it). A form is written as listed or, when the company's name
//! is written in capitals, in capitals (`NEWS CORP LTD`). `Inc`, `Ltd`, `LLC` and `LP` may
//! also follow a comma (`A.G. Edwards & Sons, Inc`); `and Co` counts only before another
//! form (`Morgan Stanley and Co Inc`: alone it is a list of names).
//!
//! Look-alikes: the short forms that are also words or other abbreviations (`SE`
//! south-east, `SA` South Africa, `AG` attorney general, `Co` county, `AB`, `AS`, ...)
//! are not taken before a capitalized word that is not itself a legal form (`Shell SE
//! Asia`, `the AG Smith`, `Co Durham`). A form is a whole word: `AG-Aktie` is a compound,
//! `SEC`, `Coal` are other words. A `weak` name stays weak (`Banking Partners LP` is
//! another company than `Partners`).
//!
//! **Club prefixes.** A hit of a sports club right after a club prefix and one space
//! (`F.C. Farul Constanta`, `FC`, `AC`, `AS`, `SC`, `CF`, `CD`, `SV`, `FK`, `NK`, `SK`, `KS`,
//! dotted or not, and a few longer ones: `SSC`, `AFC`, `VfB`, `VfL`, `TSV`, `OGC`, ...)
//! starts at the prefix. The prefix is a whole word after a space, a line break, an opening
//! bracket or quote, or the field's start; before a name in capitals, not a prefix that is
//! a word of the article's language or English (`... AS SEATTLE ROUTS ORIOLES`). Only hits the matcher accepted are extended: a
//! city that names a club only in tables (`team`) is read there as before (a designator
//! without dots before it says another, longer club's name: `context::teams`).
//!
//! Hits inside an extension (a country's `SA`, `US`) are dropped.

use crate::common_words::is_common_word;
use crate::matcher::{ArticleLang, Hit};
use crate::model::{EntryType, Source};

/// Legal forms written after a company's name, as written (and in capitals when the name
/// is), without a final dot. With `true`: the form is an abbreviation that keeps its dot
/// (`Inc.`); forms with inner dots (`S.A`) always take the final one where it is written.
#[rustfmt::skip]
const FORMS: &[(&str, bool)] = &[
    // English-speaking countries and Asia
    ("Inc", true), ("Corp", true), ("Co", true), ("Ltd", true), ("Plc", false), ("PLC", false),
    ("plc", false), ("LLC", false), ("L.L.C", true), ("LLP", false), ("LP", false),
    ("L.P", true), ("Limited", false), ("Incorporated", false), ("Corporation", false),
    ("Pty", true), ("Pte", true), ("Pvt", true), ("Bhd", true), ("Berhad", false),
    ("Tbk", true), ("PJSC", false), ("JSC", false), ("K.K", true),
    // German-speaking countries, Europe
    ("AG", false), ("GmbH", false), ("KGaA", false), ("KG", false), ("SE", false),
    ("mbH", false),
    // French, Spanish, Italian, Portuguese, Belgian, Polish, Greek
    ("SA", false), ("S.A", true), ("SAS", false), ("S.A.S", true), ("SARL", false),
    ("S.A.R.L", true), ("SL", false), ("S.L", true), ("SAU", false), ("S.A.U", true),
    ("Ltda", true), ("SpA", false), ("S.p.A", true), ("Srl", false), ("S.r.l", true),
    ("SRL", false),
    // Dutch, Nordic, Baltic, Turkish
    ("NV", false), ("N.V", true), ("BV", false), ("B.V", true), ("AB", false), ("publ", false),
    ("ASA", false), ("AS", false), ("A/S", false), ("ApS", false), ("Oyj", false),
    ("Oy", false), ("A.Ş", true), ("AŞ", false),
];

/// Forms that are also words or other abbreviations: not taken before a capitalized word
/// that is not a legal form.
const AMBIGUOUS: &[&str] = &[
    "Co",
    "SE",
    "SA",
    "AG",
    "AB",
    "AS",
    "NV",
    "BV",
    "LP",
    "KG",
    "SL",
    "Oy",
    "Limited",
    "Corporation",
    "Pty",
    "Pte",
    "K.K",
];

/// Forms that may follow a comma (`Apple Computer, Inc.`).
const AFTER_COMMA: &[&str] = &["Inc", "Ltd", "LLC", "LP", "L.P", "Limited", "Incorporated"];

/// Extends company hits over the legal forms after them and starts club hits at the club
/// prefix before them (see the module docs). One pass over the hits: the rule asks about
/// every hit, most of which a byte next to them rules out.
pub(super) fn extend_full_names(
    source: &Source,
    lang: ArticleLang,
    text: &str,
    hits: &mut Vec<Hit>,
) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < hits.len() {
        let (start, end) = (hits[i].start, hits[i].end);
        i += 1;
        // The cheap tests first. A legal form: a space (or `, `) and a capital, `&`,
        // `and`, `publ`, `mbH` (most names are followed by a lower-case word or
        // punctuation; a non-breaking space goes to the full test). A club prefix: a
        // space before the name and a capital or a dot before that (every prefix's last
        // byte; most names follow a lower-case word or punctuation).
        let first = match bytes.get(end) {
            Some(b' ') => bytes.get(end + 1),
            Some(b',') => bytes.get(end + 2),
            Some(0xC2) => Some(&b'&'),
            _ => None,
        };
        let form_after =
            first.is_some_and(|b| b.is_ascii_uppercase() || matches!(b, b'&' | b'a' | b'p' | b'm'));
        let prefix_before = start >= 3
            && bytes[start - 1] == b' '
            && (bytes[start - 2].is_ascii_uppercase() || bytes[start - 2] == b'.');
        if !(form_after || prefix_before) {
            continue;
        }
        let entity = &source.entities[hits[i - 1].entity as usize];
        if entity.kind != EntryType::Organization {
            continue;
        }
        let kind = entity.org_kind.as_deref();
        if form_after && matches!(kind, Some("company" | "media" | "sports")) {
            let caps = !text[start..end].chars().any(char::is_lowercase);
            let new_end = forms_end(text, end, caps);
            hits[i - 1].end = new_end;
            // Hits inside the legal form (`SA`, South Africa's code) are part of it.
            while i < hits.len() && hits[i].start < new_end {
                hits.remove(i);
            }
        }
        if prefix_before && kind == Some("sports") {
            if let Some(new_start) = club_prefix_start(text, start, end, lang) {
                hits[i - 1].start = new_start;
                // Hits inside the prefix (`AS`, a country's code) are part of it.
                while i > 1 && hits[i - 2].end > new_start {
                    hits.remove(i - 2);
                    i -= 1;
                }
            }
        }
    }
}

/// Club prefixes written before a club's name, as written (dotted forms listed apart).
#[rustfmt::skip]
const CLUB_PREFIXES: &[&str] = &[
    "FC", "F.C.", "AC", "A.C.", "AS", "A.S.", "SC", "S.C.", "CF", "C.F.", "CD", "C.D.", "SV",
    "S.V.", "FK", "F.K.", "NK", "N.K.", "SK", "S.K.", "KS", "K.S.", "SS", "S.S.", "SSC", "AFC",
    "A.F.C.", "UD", "U.D.", "SD", "S.D.", "RC", "R.C.", "RCD", "OGC", "VfB", "VfL", "TSV",
    "KV", "KRC", "RSC", "HNK", "GNK", "OFK", "MFK", "PFC", "FCM",
];

/// The start of the club prefix before the club named at `start..end`, if one is there.
fn club_prefix_start(text: &str, start: usize, end: usize, lang: ArticleLang) -> Option<usize> {
    let before = &text[..start - 1];
    let prefix = CLUB_PREFIXES.iter().find(|p| {
        before.ends_with(*p) && {
            let at = &before[..before.len() - p.len()];
            at.is_empty()
                || at.ends_with([
                    ' ', '\n', '\r', '\t', '(', '"', '\'', '«', '„', '“', '\u{A0}',
                ])
        }
    })?;
    // Before a name in capitals (a headline), a prefix that is a word in capitals is the
    // word: `... AS SEATTLE ROUTS ORIOLES`.
    if !prefix.contains('.')
        && !text[start..end].chars().any(char::is_lowercase)
        && is_common_word(prefix, lang)
    {
        return None;
    }
    Some(before.len() - prefix.len())
}

/// The end of the legal forms that follow `end` (`end` when none does).
pub(super) fn forms_end(text: &str, end: usize, caps: bool) -> usize {
    let mut at = end;
    for _ in 0..3 {
        match next_form(text, at, caps) {
            Some(next) => at = next,
            None => break,
        }
    }
    at
}

/// The end of one legal form right after `at` (with its separator: a space, `, `, `& `,
/// `and `), or `None`.
fn next_form(text: &str, at: usize, caps: bool) -> Option<usize> {
    let rest = &text[at..];
    let (comma, rest) = match rest.strip_prefix(", ") {
        Some(r) => (true, r),
        None => (false, rest.strip_prefix([' ', '\u{A0}'])?),
    };
    // `& Co`, `and Co` (the latter only before another form).
    for (joiner, needs_next) in [("& ", false), ("and ", true)] {
        if comma {
            break;
        }
        if let Some(r) = rest.strip_prefix(joiner) {
            let start = text.len() - r.len();
            let form_end = form_at(text, start, caps, &["Co"])?;
            if needs_next && next_form(text, form_end, caps).is_none() {
                return None;
            }
            return Some(form_end);
        }
    }
    let start = text.len() - rest.len();
    let end = form_at(text, start, caps, &[])?;
    let form = text[start..end].trim_end_matches('.');
    if comma && !AFTER_COMMA.iter().any(|f| f.eq_ignore_ascii_case(form)) {
        return None;
    }
    Some(end)
}

/// The end of the legal form written at `start` (of `only`, when not empty), its dot
/// included where it keeps one; `None` when none is there, or an ambiguous one before a
/// capitalized word that is no legal form.
fn form_at(text: &str, start: usize, caps: bool, only: &[&str]) -> Option<usize> {
    let rest = &text[start..];
    let (form, dot) = FORMS.iter().copied().find(|&(form, _)| {
        (only.is_empty() || only.contains(&form))
            && (rest.starts_with(form) || (caps && starts_with_upper(rest, form)))
            && whole_word(&rest[form.len()..])
    })?;
    let after = &rest[form.len()..];
    let mut end = start + form.len();
    // The form's own dot: `Inc.`; and the last one of a dotted form (`S.A.`).
    if after.starts_with('.')
        && (dot || form.contains('.'))
        && (!sentence_end(&after[1..]) || next_form(text, end + 1, caps).is_some())
    {
        end += 1;
    }
    if AMBIGUOUS.contains(&form) && before_capitalized_word(text, end, caps) {
        return None;
    }
    Some(end)
}

/// Whether `rest` starts with `form` in capitals (`LTD` of `Ltd`). Byte by byte, without
/// an upper-case copy of every form: the forms' letters are ASCII or, where not
/// (`A.Ş`), already capitals, which `to_ascii_uppercase` leaves as they are.
fn starts_with_upper(rest: &str, form: &str) -> bool {
    rest.len() >= form.len()
        && rest
            .bytes()
            .zip(form.bytes())
            .all(|(r, f)| r == f.to_ascii_uppercase())
}

/// Whether the text after a dot says the dot ends a sentence: the end of the text or of
/// a line, or a space and a capital letter (or a letter or digit right after the dot:
/// then it was no form's dot at all).
fn sentence_end(after_dot: &str) -> bool {
    let rest = after_dot.trim_start_matches([' ', '\u{A0}']);
    rest.is_empty()
        || rest.starts_with(['\n', '\r'])
        || (rest.len() < after_dot.len() && rest.starts_with(char::is_uppercase))
        || after_dot.starts_with(char::is_alphanumeric)
}

/// Whether the text after a form ends its word: no letter, digit or hyphen follows, nor a
/// dot and a letter (`S.A` of `S.A.S.`).
fn whole_word(after: &str) -> bool {
    let mut chars = after.chars();
    match chars.next() {
        Some(c) if c.is_alphanumeric() || c == '-' => false,
        Some('.') => !chars.next().is_some_and(char::is_alphanumeric),
        _ => true,
    }
}

/// A space and a capitalized word that is no legal form follow `end`.
fn before_capitalized_word(text: &str, end: usize, caps: bool) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    rest.starts_with(|c: char| c.is_uppercase())
        && form_at(text, text.len() - rest.len(), caps, &[]).is_none()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn forms_table() {
        // (text after the name, name in capitals, the extension)
        let rows: &[(&str, bool, &str)] = &[
            (" AG said", false, " AG"),
            (" AG.", false, " AG"),
            (" Inc. said", false, " Inc."),
            (" Inc.", false, " Inc"),
            (" Inc. The", false, " Inc"),
            (" Inc.\n", false, " Inc"),
            (" Inc., the", false, " Inc."),
            (" Corp Ltd", false, " Corp Ltd"),
            (" & Co said", false, " & Co"),
            (" & Co. KGaA", false, " & Co. KGaA"),
            (" AG & Co. KGaA", false, " AG & Co. KGaA"),
            (" and Co Inc", false, " and Co Inc"),
            (" and Co said", false, ""),
            (" S.A. dijo", false, " S.A."),
            (" S.p.A. e", false, " S.p.A."),
            (" N.V. said", false, " N.V."),
            (" N.V.", false, " N.V"),
            (", Inc said", false, ", Inc"),
            (", Ltd. in", false, ", Ltd."),
            (", AG", false, ""),
            (" SE Asia", false, ""),
            (" SE Chairman", false, ""),
            (" AG Smith", false, ""),
            (" Co Durham", false, ""),
            (" Co Ltd", false, " Co Ltd"),
            (" AG-Aktie", false, ""),
            (" SEC filing", false, ""),
            (" Coal", false, ""),
            (" LTD", true, " LTD"),
            (" LTD", false, ""),
            (" CORP LTD", true, " CORP LTD"),
            (" Gmbh", false, ""),
            (" GmbH Wertpapier", false, " GmbH"),
            (" ag", false, ""),
            (" S.A.S. a", false, " S.A.S."),
            (" S.A. Le", false, " S.A"),
            (" ASA,", false, " ASA"),
        ];
        for (after, caps, ext) in rows {
            let text = format!("Name{after}");
            let end = forms_end(&text, 4, *caps);
            assert_eq!(&text[4..end], *ext, "row {after:?}");
        }
    }
}
