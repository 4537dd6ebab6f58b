//! The search loop: finds the accepted alias matches in one folded field.
//!
//! Semantics, exactly:
//!
//! - The automaton reports the leftmost-longest pattern match. Patterns carry their word
//!   boundaries (a leading space, and a trailing space unless they are a compound head),
//!   so no match starts inside a word.
//! - The match's candidates are tried in order; the first whose checks pass (language,
//!   `exact` case, `cap`, `no-person`) is the match's reading.
//! - When none passes, the longest *shorter* pattern starting at the same place is tried
//!   the same way (`"New York"` rejected still lets `"New"` be tried), and when none is
//!   left the search resumes one byte after the start, so nothing under a rejected match
//!   is lost.
//! - An accepted compound head spans the whole word it starts; the search resumes after
//!   the accepted match.

use aho_corasick::{Anchored, Input};

use crate::compile::{Candidate, Compiled};
use crate::gazetteer::{Flags, Lang};
use crate::normalize::{decode_entity, fold_keep_case, push_gap_punctuation, Folded};

/// The language an article's aliases are chosen by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ArticleLang {
    /// Not known: every alias applies.
    Unknown,
    /// Known; `None` when it is none of the gazetteer's alias languages (then only `en`
    /// and `any` aliases apply).
    Known(Option<Lang>),
}

impl ArticleLang {
    pub(crate) fn from_code(code: &str) -> ArticleLang {
        match code {
            "" | "und" => ArticleLang::Unknown,
            _ => ArticleLang::Known(Lang::parse(code).filter(|l| *l != Lang::Any)),
        }
    }

    fn admits(self, alias: Lang) -> bool {
        match self {
            ArticleLang::Unknown => true,
            ArticleLang::Known(lang) => {
                matches!(alias, Lang::En | Lang::Any) || lang == Some(alias)
            }
        }
    }
}

/// An accepted match: byte offsets into the original field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub(crate) entity: u32,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) weak: bool,
}

/// Scratch space reused between calls.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    pub(crate) folded: Folded,
    case_buf: String,
    gap_buf: String,
}

/// Appends the accepted matches in `original` (already folded into `scratch.folded`).
pub(crate) fn scan(
    compiled: &Compiled,
    original: &str,
    lang: ArticleLang,
    scratch: &mut Scratch,
    out: &mut Vec<Hit>,
) {
    let Scratch {
        folded,
        case_buf,
        gap_buf,
    } = scratch;
    let hay = folded.as_str().as_bytes();
    let ac = &compiled.automaton;
    let mut pos = 0;
    while pos < hay.len() {
        let Some(m) = ac.find(Input::new(hay).range(pos..)) else {
            break;
        };
        let start = m.start();
        let (mut pattern, mut end) = (m.pattern().as_usize(), m.end());
        pos = loop {
            if let Some((hit, resume)) = accept(
                compiled, original, folded, lang, case_buf, gap_buf, pattern, start, end,
            ) {
                out.push(hit);
                break resume;
            }
            // Rejected: try the longest shorter pattern at the same start.
            let shorter = Input::new(hay)
                .range(start..end - 1)
                .anchored(Anchored::Yes);
            match ac.find(shorter) {
                Some(m) => (pattern, end) = (m.pattern().as_usize(), m.end()),
                None => break start + 1,
            }
        };
    }
}

/// Checks the candidates of one pattern match at folded `start..end`; on success the
/// hit and the folded position to resume at.
#[allow(clippy::too_many_arguments)]
fn accept(
    compiled: &Compiled,
    original: &str,
    folded: &Folded,
    lang: ArticleLang,
    case_buf: &mut String,
    gap_buf: &mut String,
    pattern: usize,
    start: usize,
    end: usize,
) -> Option<(Hit, usize)> {
    let hay = folded.as_str().as_bytes();
    let head = compiled.head_pattern[pattern];
    // Folded index of the space after the word(s) matched.
    let word_end = if head {
        end + hay[end..]
            .iter()
            .position(|&b| b == b' ')
            .unwrap_or(hay.len() - end)
    } else {
        end - 1
    };
    let orig_start = folded.original_offset(start + 1);
    let orig_end = folded.original_offset(word_end);
    // Punctuation between the words of a multi-word match.
    gap_buf.clear();
    let mut i = start + 1;
    while let Some(gap) = hay[i..word_end].iter().position(|&b| b == b' ') {
        let gap = i + gap;
        let (from, to) = (folded.original_offset(gap), folded.original_offset(gap + 2));
        push_gap_punctuation(&original[from..to], gap_buf);
        i = gap + 2;
    }
    let candidate = compiled.candidates_of(pattern).iter().find(|c| {
        lang.admits(c.lang)
            && gap_buf.chars().all(|g| c.gap_punctuation.contains(g))
            && exact_ok(
                c, original, orig_start, folded, head, end, orig_end, case_buf,
            )
            && (!c.flags.contains(Flags::CAP) || starts_upper(&original[orig_start..]))
            && (!c.flags.contains(Flags::NO_PERSON) || !after_given_name(&original[..orig_start]))
    })?;
    let hit = Hit {
        entity: candidate.entity,
        start: orig_start,
        end: orig_end,
        weak: candidate.flags.contains(Flags::WEAK),
    };
    let resume = if head { word_end } else { end };
    Some((hit, resume))
}

#[allow(clippy::too_many_arguments)]
fn exact_ok(
    c: &Candidate,
    original: &str,
    orig_start: usize,
    folded: &Folded,
    head: bool,
    end: usize,
    orig_end: usize,
    case_buf: &mut String,
) -> bool {
    if !c.flags.contains(Flags::EXACT) {
        return true;
    }
    let Some(form) = c.exact_form.as_deref() else {
        return true;
    };
    let matched_end = if head {
        folded.original_offset(end)
    } else {
        orig_end
    };
    fold_keep_case(&original[orig_start..matched_end], case_buf);
    if head {
        case_buf.starts_with(form)
    } else {
        case_buf == form
    }
}

/// The first letter of `text` (decoding a leading HTML entity) is upper case.
fn starts_upper(text: &str) -> bool {
    let first = if text.starts_with('&') {
        decode_entity(text).map(|(c, _)| c)
    } else {
        text.chars().next()
    };
    first.is_some_and(char::is_uppercase)
}

/// True when `before` (the text up to a match) ends with a capitalized, name-like word
/// (`George `, `Michael `) that does not itself start a sentence.
fn after_given_name(before: &str) -> bool {
    let trimmed = before.trim_end_matches([' ', '\u{A0}']);
    if trimmed.len() == before.len() {
        return false; // not separated by a plain space: no preceding word
    }
    let word_start = trimmed
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)
        .unwrap_or(trimmed.len());
    let word = &trimmed[word_start..];
    let mut chars = word.chars();
    let name_like = word.chars().count() >= 2
        && chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase);
    if !name_like {
        return false;
    }
    // Does the word start a sentence (or the text, a line, a quote)?
    let prefix = &trimmed[..word_start];
    let rest = prefix.trim_end_matches([' ', '\t', '\u{A0}']);
    match rest.chars().last() {
        None => false,
        Some(c) => {
            !(matches!(
                c,
                '.' | '!'
                    | '?'
                    | ':'
                    | ';'
                    | '\n'
                    | '\r'
                    | '"'
                    | '\''
                    | '„'
                    | '“'
                    | '”'
                    | '‚'
                    | '‘'
                    | '’'
                    | '«'
                    | '»'
                    | '('
                    | '['
                    | '–'
                    | '—'
                    | '-'
            ))
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn given_name_table() {
        let rows: &[(&str, bool)] = &[
            ("said George ", true),
            ("George ", false),
            ("In ", false),
            ("the capital ", false),
            ("Yesterday. Michael ", false),
            ("the late Michael ", true),
            ("und ", false),
            ("(", false),
            ("US-", false),
            ("fans of Michael ", true),
            ("in NATO ", false),
        ];
        for (before, expected) in rows {
            assert_eq!(after_given_name(before), *expected, "row {before:?}");
        }
    }
}
