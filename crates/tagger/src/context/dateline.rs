//! Datelines: the place that opens a wire story is where it was filed.
//!
//! A dateline is, at the start of the body, place words then, after commas, more places
//! or a date, optionally an agency in parentheses, then a dash: `SEOUL, March 3 (Yonhap)
//! – `, `KIEW (dpa) – `, `BRUSSELS — `, `GENF/BERLIN, 4. Mai (Reuters) - `,
//! `MADRID, 3 nov (EFE).- `, `WARSZAWA, 3 listopada (PAP) - `, `СЕУЛ, 3 ноября - `;
//! a place in capitals closed by a period: `MOSKAU. Der Kreml ...`; a place and date
//! before an agency between slashes: `МОСКВА, 3 ноября. /ТАСС/. `; or a Chinese dateline
//! closed by 电/讯: `北京，11月3日电`, `新华社首尔11月3日电（记者 ...）`, `【中央社台北電】`,
//! `东京电 `.
//!
//! - Place words are in capitals or title case, or in a script without case (Arabic,
//!   Persian: `القاهرة (رويترز) - `, `تهران - ایرنا - `), where the place is at most
//!   three words. The date after a comma may be in lower case (`3 ноября`, `3 nov`).
//! - A Cyrillic place in title case needs a date or an agency (`Москва, 3 ноября - `):
//!   `Россия — крупнейший ...` is a sentence with the copula dash, not a dateline.
//! - The city part (before the first comma or parenthesis; in Chinese everything before
//!   电) and any capital in the dateline are the filing place: their country hits are
//!   dropped.
//! - A country named after the city (`KALININGRAD, Russia — `, `ODESSA, Ukraine (AP) — `)
//!   is a country mention and is kept, and so is an agency credit (`(dpa)`).
//! - A heading line whose text after the dash is in capitals too (`IRAN - USA`,
//!   `LIBIA / ITALIA`) is a topic line, not a dateline: nothing is dropped.
//!
//! Only the first [`DATELINE_BYTES`] of a body are read (at most [`ZH_BYTES`] for the
//! Chinese form), so the rule costs nothing measurable per article.

use crate::matcher::Hit;
use crate::model::{Flags, Source};

/// How far into the body a dateline may end.
const DATELINE_BYTES: usize = 80;
/// How far into the body a Chinese dateline, with its reporter credit, may end.
const ZH_BYTES: usize = 120;
/// The most Chinese characters of agency, place and date before 电 (`中央社华盛顿`).
const ZH_PLACE_CHARS: usize = 16;
/// The most words a place in a script without case may have (`الدار البيضاء`).
const CASELESS_PLACE_WORDS: usize = 3;
/// The most words of a date after a comma (`1er avril`, `March 3`, `3 листопада`).
const DATE_WORDS: usize = 4;

/// The dashes that close a dateline (`.- ` after a Spanish agency: `(EFE).- `).
const DASHES: [&str; 7] = [" - ", " – ", " — ", " -- ", ".- ", ".– ", ".— "];

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
    let head = prefix(body, DATELINE_BYTES);
    dashed(body, head)
        .or_else(|| slashed_agency(head))
        .or_else(|| capitals_with_period(head))
        .or_else(|| chinese(prefix(body, ZH_BYTES)))
}

/// The first `max` bytes of `body`, cut at a character boundary.
fn prefix(body: &str, max: usize) -> &str {
    let mut cut = body.len().min(max);
    while !body.is_char_boundary(cut) {
        cut -= 1;
    }
    &body[..cut]
}

/// `PLACE[, date] [(agency)] - `.
fn dashed(body: &str, head: &str) -> Option<Dateline> {
    let dash = first_dash(head)?;
    let city_end = place_and_date(&head[..dash])?;
    // The text after the dash is prose, not another heading word (`IRAN - USA`).
    let rest = body[dash..].trim_start_matches([' ', '.', '-', '–', '—']);
    let line = rest.split('\n').next().unwrap_or("");
    if !line.is_empty() && line.split_whitespace().all(is_caps_word) {
        return None;
    }
    Some(Dateline {
        city_end: city_end.min(dash),
        end: dash,
    })
}

/// Where the first of [`DASHES`] starts in `head`. Every one of them is a space or a period
/// followed by `-` or by `–`/`—` (whose UTF-8 starts with 0xE2), so one `memchr2` pass
/// over the head finds the candidates, where a search per dash read the head seven times.
fn first_dash(head: &str) -> Option<usize> {
    let bytes = head.as_bytes();
    memchr::memchr2_iter(b'-', 0xE2, bytes)
        .filter(|&i| i > 0 && matches!(bytes[i - 1], b' ' | b'.'))
        .map(|i| i - 1)
        .find(|&start| DASHES.iter().any(|d| head[start..].starts_with(d)))
}

/// `МОСКВА, 3 ноября. /ТАСС/. `: a place and date, then an agency between slashes.
fn slashed_agency(head: &str) -> Option<Dateline> {
    let open = head.find(" /")?;
    let close = open + 2 + head[open + 2..].find('/')?;
    let agency = &head[open + 2..close];
    let agency_ok = agency.chars().next().is_some_and(char::is_uppercase)
        && agency.chars().count() <= 24
        && !agency.contains('\n');
    if !agency_ok {
        return None;
    }
    let city_end = place_and_date(head[..open].trim_end_matches('.'))?;
    Some(Dateline {
        city_end,
        end: close + 1,
    })
}

/// Checks the text before a dateline's dash or agency: the place words, then after
/// commas more places or a date, and agencies in parentheses. Returns the end of the
/// city part (the first comma or parenthesis, else the whole text).
fn place_and_date(prefix: &str) -> Option<usize> {
    if prefix.is_empty() || prefix.contains(['\n', '!', '?', ':', ';', '"', '„', '“', '«', '»'])
    {
        return None;
    }
    let (mut depth, mut parens) = (0usize, false);
    let mut cyrillic_title = false;
    let mut segments = 0;
    for (i, segment) in prefix.split([',', '،']).enumerate() {
        segments += 1;
        let (mut words, mut lower, mut digits, mut caseless) = (0usize, false, false, false);
        for word in segment.split([' ', '/']).filter(|w| !w.is_empty()) {
            if word.starts_with('(') {
                depth += 1;
                parens = true;
            }
            let in_parens = depth > 0;
            if word.ends_with(')') {
                depth = depth.saturating_sub(1);
            }
            if in_parens {
                continue;
            }
            words += 1;
            let first = word.chars().next()?;
            // A day of the month (`3`, `1er`, `4.`), not a year (`Russia, in 2022 - `).
            digits |= (1..=2).contains(&word.chars().filter(|c| c.is_numeric()).count());
            if first.is_lowercase() {
                lower = true;
            } else if first.is_uppercase() {
                cyrillic_title |=
                    i == 0 && is_cyrillic(first) && word.chars().any(char::is_lowercase);
            } else if first.is_alphabetic() {
                caseless = true;
            } else if !first.is_numeric() {
                return None;
            }
            // A sentence end inside: `Moskau. Der Kreml sagte ... - ` is prose.
            if word.ends_with('.') && word.chars().filter(|c| c.is_alphabetic()).count() > 4 {
                return None;
            }
        }
        // The city is place words; after it, more places or a date in any case.
        let date = i > 0 && digits && words <= DATE_WORDS;
        if lower && !date {
            return None;
        }
        if caseless && i == 0 && words > CASELESS_PLACE_WORDS {
            return None;
        }
    }
    // `Россия — крупнейший ...`: a title-case Cyrillic word before a dash is a sentence
    // (the copula dash) unless a date or an agency follows it.
    if cyrillic_title && segments == 1 && !parens {
        return None;
    }
    Some(prefix.find([',', '،', '(']).unwrap_or(prefix.len()))
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

/// A Chinese dateline: agency, place and date closed by 电/讯 (`北京，11月3日电`,
/// `新华社首尔11月3日电（记者 王明）`, `【中央社台北電】`, `东京电 `). Without a date before
/// it, 电 must be followed by a space, a bracket or the reporter credit, so that words
/// such as 电视 or 电力 at the start of a sentence are not read as one.
fn chinese(head: &str) -> Option<Dateline> {
    let start = if head.starts_with('【') {
        '【'.len_utf8()
    } else {
        usize::from(head.starts_with('['))
    };
    let mut han = 0;
    for (i, c) in head[start..].char_indices() {
        let at = start + i;
        if matches!(c, '电' | '電' | '讯' | '訊') {
            let dated = head[..at].ends_with('日');
            let mut end = at + c.len_utf8();
            let closed = head[end..].chars().next().is_none_or(|a| {
                matches!(
                    a,
                    ' ' | '\u{3000}' | '\n' | '】' | ']' | '（' | '(' | '：' | ':'
                )
            });
            if han < 2 || !(dated || closed) {
                return None;
            }
            if let Some(b) = ['】', ']']
                .into_iter()
                .find(|&b| head[end..].starts_with(b))
            {
                end += b.len_utf8();
            }
            // The reporter credit `（记者 王明）` belongs to the dateline.
            if head[end..].starts_with(['（', '(']) {
                if let Some(close) = head[end..].find(['）', ')']) {
                    end += close + head[end + close..].chars().next().map_or(0, char::len_utf8);
                }
            }
            return Some(Dateline { city_end: at, end });
        }
        if is_han(c) {
            han += 1;
            if han > ZH_PLACE_CHARS {
                return None;
            }
        } else if !(c.is_ascii_digit() || matches!(c, '０'..='９' | '，' | ',' | ' ')) {
            return None;
        }
    }
    None
}

/// A word written in capitals (`USA`, `ITALIA`), or without letters (`/`); a word of a
/// script without case is none.
fn is_caps_word(word: &str) -> bool {
    !word.chars().any(char::is_lowercase)
        && (word.chars().any(char::is_uppercase) || !word.chars().any(char::is_alphabetic))
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FFFF}')
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
            (
                "MADRID, 3 nov (EFE).- El Gobierno",
                Some("MADRID, 3 nov (EFE)"),
            ),
            ("SEÚL, 3 nov - Corea del Norte", Some("SEÚL, 3 nov")),
            ("PÉKIN, 1er avril - L'Armée", Some("PÉKIN, 1er avril")),
            (
                "WARSZAWA, 3 listopada (PAP) - Polska",
                Some("WARSZAWA, 3 listopada (PAP)"),
            ),
            ("ANKARA (AA) - Türkiye", Some("ANKARA (AA)")),
            ("СЕУЛ, 3 ноября - Северная Корея", Some("СЕУЛ, 3 ноября")),
            ("КИЇВ, 3 листопада - Росія", Some("КИЇВ, 3 листопада")),
            ("Москва, 3 ноября - Россия", Some("Москва, 3 ноября")),
            (
                "МОСКВА, 3 ноября. /ТАСС/. Россия",
                Some("МОСКВА, 3 ноября. /ТАСС/"),
            ),
            ("القاهرة (رويترز) - قالت مصر", Some("القاهرة (رويترز)")),
            ("سيول - قال جهاز", Some("سيول")),
            ("تهران - ایرنا - ایران", Some("تهران")),
            ("اسلام‌آباد - پاکستان و هند", Some("اسلام‌آباد")),
            ("北京，11月3日电 中国外交部", Some("北京，11月3日电")),
            (
                "新华社首尔11月3日电（记者 王明）韩国",
                Some("新华社首尔11月3日电（记者 王明）"),
            ),
            ("【中央社台北電】美國國務院", Some("【中央社台北電】")),
            ("东京电 日本众议院", Some("东京电")),
            ("IRAN - USA\nDie Gespräche", None),
            ("LIBIA / ITALIA\nIl governo", None),
            ("Seoul said on Monday - and then", None),
            ("Moskau. Der Kreml sagte am Montag - nichts", None),
            ("U.S. troops left.", None),
            ("The talks - in Geneva", None),
            ("Россия — крупнейший поставщик", None),
            ("Россия заявила - и всё", None),
            ("Russia, in 2022 - the year", None),
            ("قال المتحدث باسم وزارة الخارجية - في بيان", None),
            ("北京电视台报道，中国", None),
            ("电力供应", None),
            ("中国外交部发言人12日宣布", None),
        ];
        for (body, expected) in rows {
            let got = find(body).map(|d| &body[..d.end]);
            assert_eq!(got, *expected, "row {body:?}");
        }
    }
}
