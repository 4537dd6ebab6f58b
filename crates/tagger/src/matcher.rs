//! The search loop: finds the accepted alias matches in one folded field.
//!
//! Semantics, exactly:
//!
//! - The pattern trie (`crate::trie`) reports the leftmost-longest pattern match. Patterns
//!   carry their word boundaries (a leading space, and a trailing space unless they are a
//!   compound head; Arabic word tails start inside a word after a clitic), so no other
//!   match starts inside a word.
//! - The match's candidates are tried in order; the first whose checks pass is the
//!   match's reading. The checks: the alias's language applies to the article; the
//!   punctuation between the matched words is the alias's own (`Weißes. Haus` is not
//!   `Weißes Haus`, `Cote d'Ivoire` is `Côte d’Ivoire`); `exact`: the case is the
//!   alias's; `cap`: the first letter is upper case; `no-person`: not after a
//!   capitalized name-like word that does not start a sentence (`George Washington`),
//!   a given name and a surname particle (`Carlos del Alamo`) or a lower-case title of
//!   office (`il sindaco Bloomberg`), and, unless possessive (`Moody's Investors`), not
//!   before a capitalized name-like word (`Chad Lawson`); `capital`: not after a locative or a word for a
//!   city (`officials in Seoul`, `the capital Pyongyang`), except `in` after a word for a
//!   government (`the government in Taipei`) or starting a sentence (`In Washington, ...`).
//! - An accepted alias that ends in punctuation (`U.S.`) extends over it where the text
//!   has it; so does the dotted spelling of an acronym (`F.B.I.` of `FBI`), which is read
//!   only when a single dot follows each capital but the last, and not before a
//!   name-like word other than a title (`E.T.A. Hoffmann` is a person's initials).
//! - When none passes, the longest *shorter* pattern starting at the same place is tried
//!   the same way (`"New York"` rejected still lets `"New"` be tried), and when none is
//!   left the search resumes one byte after the start, so nothing under a rejected match
//!   is lost.
//! - A compound head is accepted only when the rest of its word is German words or an
//!   inflection ending (`Irakkrieg`, not `Indienstnahme`: `crate::context::compound`); it
//!   then spans the whole word it starts; the search resumes after the accepted match.

use crate::compile::{Candidate, Compiled, PatternKind, Prefix};
use crate::model::{Flags, Lang};
use crate::normalize::{decode_entity, push_gap_punctuation, Folded, KeepCaseBuf};
use crate::script::{self, ZhContext};

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

    pub(crate) fn admits(self, alias: Lang) -> bool {
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
    /// Kept only with support in the article: `weak` (another mention of the entity) or
    /// `home` (that, or a mention of the organization's country).
    pub(crate) weak: bool,
    /// The accepted alias's flags (for the context rules).
    pub(crate) flags: Flags,
}

/// Scratch space reused between calls.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    pub(crate) folded: Folded,
    case_buf: KeepCaseBuf,
    gap_buf: String,
    /// When set, only candidates of this entity are accepted (the search inside a
    /// state body's name for its country, `crate::context`).
    pub(crate) only: Option<u32>,
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
        only,
    } = scratch;
    let hay = folded.as_bytes();
    // Checked once per field here (`as_str` validates), sliced per match in `accept`.
    let folded_text = folded.as_str();
    let trie = &compiled.trie;
    let mut pos = 0;
    // The last accepted one-character abbreviation (`zh-abbr`): entity and end.
    let mut run: Option<(u32, usize)> = None;
    while pos < hay.len() {
        let Some(m) = trie.find(hay, pos) else {
            break;
        };
        let start = m.start;
        let (mut pattern, mut end) = (m.pattern, m.end);
        pos = loop {
            let cx = Cx {
                compiled,
                original,
                folded,
                folded_text,
                lang,
                run,
                only: *only,
            };
            if let Some((hit, resume, abbr)) = accept(&cx, case_buf, gap_buf, pattern, start, end) {
                run = abbr.then_some((hit.entity, hit.end));
                out.push(hit);
                break resume;
            }
            // Rejected: try the longest shorter pattern at the same start.
            match trie.shorter(pattern) {
                Some(p) => (pattern, end) = (p, start + trie.pattern_len(p)),
                None => break start + 1,
            }
        };
    }
}

/// What [`accept`] reads besides the match itself.
struct Cx<'a> {
    compiled: &'a Compiled,
    original: &'a str,
    folded: &'a Folded,
    /// `folded` as text.
    folded_text: &'a str,
    lang: ArticleLang,
    /// The last accepted `zh-abbr` hit: entity and original end.
    run: Option<(u32, usize)>,
    /// Only candidates of this entity (see [`Scratch::only`]).
    only: Option<u32>,
}

/// Checks the candidates of one pattern match at folded `start..end`; on success the
/// hit, the folded position to resume at, and whether it is a `zh-abbr` hit.
fn accept(
    cx: &Cx<'_>,
    case_buf: &mut KeepCaseBuf,
    gap_buf: &mut String,
    pattern: usize,
    start: usize,
    end: usize,
) -> Option<(Hit, usize, bool)> {
    let Cx {
        compiled,
        original,
        folded,
        folded_text: text,
        ..
    } = *cx;
    let hay = folded.as_bytes();
    let kind = compiled.pattern_kind[pattern];
    let head = kind == PatternKind::Head;
    // Folded index of the space after the word(s) matched.
    let word_end = if head {
        end + hay[end..]
            .iter()
            .position(|&b| b == b' ')
            .unwrap_or(hay.len() - end)
    } else {
        end - 1
    };
    // Folded index of the first letter matched, and of the word it is in (they differ
    // for word tails after clitics).
    let (name_start, word_start) = if kind == PatternKind::Tail {
        let ws = hay[..start]
            .iter()
            .rposition(|&b| b == b' ')
            .map_or(0, |p| p + 1);
        (start, ws)
    } else {
        (start + 1, start + 1)
    };
    let orig_start = folded.original_offset(word_start);
    let orig_name_start = folded.original_offset(name_start);
    let orig_end = folded.original_offset(word_end);
    // Punctuation between the words of a multi-word match.
    gap_buf.clear();
    let mut i = name_start;
    while let Some(gap) = hay[i..word_end].iter().position(|&b| b == b' ') {
        let gap = i + gap;
        let (from, to) = (folded.original_offset(gap), folded.original_offset(gap + 2));
        push_gap_punctuation(&original[from..to], gap_buf);
        i = gap + 2;
    }
    // Slices of the folded text at the match's character boundaries (`get`: no copy and
    // no validation; the empty string were one not a boundary, as before).
    let prefix = text.get(word_start..name_start).unwrap_or("");
    // The folded letters the pattern matched (a compound head's name).
    let matched = text.get(name_start..end).unwrap_or("");
    let suffix = if head {
        text.get(end..word_end).unwrap_or("")
    } else {
        ""
    };
    let facts = MatchFacts {
        gap: gap_buf,
        prefix,
        matched,
        suffix,
        head,
        end,
        orig_start,
        orig_name_start,
        orig_end,
    };
    let candidate = compiled
        .candidates_of(pattern)
        .iter()
        .find(|c| candidate_ok(cx, &facts, case_buf, c))?;
    // An alias ending in punctuation (`U.S.`) keeps it where the text has it.
    let trailing = &*candidate.trailing;
    let orig_end = if !trailing.is_empty() && original[orig_end..].starts_with(trailing) {
        orig_end + trailing.len()
    } else {
        orig_end
    };
    let hit = Hit {
        entity: candidate.entity,
        start: orig_start,
        end: orig_end,
        weak: candidate.flags.intersects(Flags::NEEDS_SUPPORT),
        flags: candidate.flags,
    };
    let resume = if head { word_end } else { end };
    Some((hit, resume, candidate.flags.contains(Flags::ZH_ABBR)))
}

/// What [`candidate_ok`] reads of one pattern match, computed once for its candidates.
struct MatchFacts<'a> {
    /// The punctuation between the matched words.
    gap: &'a str,
    /// Folded: the clitics before a word tail, the letters matched, the rest of a head's
    /// word.
    prefix: &'a str,
    matched: &'a str,
    suffix: &'a str,
    /// A compound head's pattern.
    head: bool,
    /// Folded end of the match.
    end: usize,
    /// Original offsets: the word's start, the name's start, the word's end.
    orig_start: usize,
    orig_name_start: usize,
    orig_end: usize,
}

/// Whether candidate `c` is the reading of the match `m` (the checks of the module docs).
///
/// A function of its own, not inlined into the search over the candidates: inlined, the
/// closure copied every value it reads to the stack at each match before the first check
/// (about a third of the candidate search's instructions).
#[inline(never)]
fn candidate_ok(
    cx: &Cx<'_>,
    m: &MatchFacts<'_>,
    case_buf: &mut KeepCaseBuf,
    c: &Candidate,
) -> bool {
    let original = cx.original;
    let (orig_start, orig_end) = (m.orig_start, m.orig_end);
    cx.only.is_none_or(|o| c.entity == o)
        && cx.lang.admits(c.lang)
        && m.gap.chars().all(|g| c.gap_punctuation.contains(g))
        && affixes_ok(c, m.prefix, m.head.then_some(m.matched), m.suffix)
        && exact_ok(
            c,
            original,
            m.orig_name_start,
            cx.folded,
            m.head,
            m.end,
            orig_end,
            case_buf,
        )
        && (!c.flags.contains(Flags::CAP) || starts_upper(&original[orig_start..]))
        && (!c.flags.contains(Flags::CAP_NEXT)
            || second_word_upper(&original[orig_start..orig_end]))
        && (!c.flags.contains(Flags::NO_PERSON)
            || !(after_given_name(&original[..orig_start])
                || (!is_possessive(&original[orig_start..orig_end])
                    && before_surname(&original[orig_end..]))))
        && (!c.flags.contains(Flags::CAPITAL)
            || (!after_place_word(&original[..orig_start])
                && crate::context::capital::government_reading(
                    original,
                    orig_start,
                    orig_end,
                    c.flags.contains(Flags::PLACE_FIRST),
                )))
        && (!c.flags.contains(Flags::TEAM)
            || crate::context::teams::table_reading(original, orig_start, orig_end))
        && (!c.flags.contains(Flags::HYPHEN) || before_hyphen(&original[orig_end..]))
        && (!c.flags.contains(Flags::DOTTED)
            || (dotted(&original[orig_start..orig_end]) && !initials(&original[orig_end..])))
        && (!c.flags.contains(Flags::LOWER_WORD)
            || !name_in_sentence(original, orig_start, orig_end))
        && (!c.flags.contains(Flags::ZH_ABBR) || zh_abbr_ok(cx, c, m.end, orig_start, orig_end))
        && (c.lang != Lang::Zh
            || script::zh_army_form_ok(&original[orig_start..orig_end], &original[orig_end..]))
}

/// Whether `matched` is capitals joined by single dots (`F.B.I`, the last dot being the
/// alias's trailing one): the only way [`Flags::DOTTED`] spellings are written.
fn dotted(matched: &str) -> bool {
    matched.bytes().enumerate().all(|(i, b)| {
        if i % 2 == 0 {
            b.is_ascii_uppercase()
        } else {
            b == b'.'
        }
    })
}

/// Whether a dotted spelling is a person's initials: a name-like word follows it
/// (`E.T.A. Hoffmann`, `J.R.R. Tolkien`) that is no title of office (`F.B.I. Director`).
/// `rest`: the text after the last capital.
fn initials(rest: &str) -> bool {
    let Some(next) = rest.strip_prefix(". ") else {
        return false;
    };
    let word = &next[..next
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(next.len())];
    is_name_like(word) && !TITLES_AFTER_BODY.contains(&word)
}

/// Capitalized words after a body's acronym that name its people or parts (`F.B.I.
/// Director`, `C.I.A. Headquarters`), not a surname after initials.
#[rustfmt::skip]
const TITLES_AFTER_BODY: [&str; 24] = [
    "Director", "Deputy", "Chief", "Chairman", "Chairwoman", "Chair", "President", "Secretary",
    "General", "Commissioner", "Agent", "Agents", "Officer", "Officers", "Official", "Officials",
    "Spokesman", "Spokeswoman", "Headquarters", "Academy", "Lab", "Laboratory", "Report",
    "Council",
];

/// Whether `rest` (the text after a match) starts with a hyphen: ASCII, the Unicode
/// hyphen and non-breaking hyphen, or the en dash that typeset text joins compounds with
/// (`Franco–German`).
pub(crate) fn before_hyphen(rest: &str) -> bool {
    rest.starts_with(['-', '\u{2010}', '\u{2011}', '\u{2013}'])
}

/// The clitics before a word tail and the rest of the word after a word head (`head`: the
/// letters the head matched) are what the candidate allows: Arabic clitic prefixes, a
/// German compound's rest of German words (`crate::context::compound`), Persian suffixes.
/// A Persian capital takes no suffix: with one it is the city's adjective or a surname
/// (`تهرانی`, `بغدادی`), or another word (`ریاضی` "mathematics" is not `ریاض` Riyadh).
fn affixes_ok(c: &Candidate, prefix: &str, head: Option<&str>, suffix: &str) -> bool {
    let prefix_ok = match c.prefix {
        Prefix::None => prefix.is_empty(),
        Prefix::Clitic { article } => script::arabic_prefix_ok(prefix, article, false),
        Prefix::Article => script::arabic_prefix_ok(prefix, false, true),
    };
    let suffix_ok = match head {
        None => true,
        Some(matched) => {
            (c.flags.contains(Flags::COMPOUND)
                && crate::context::compound::rest_is_german(matched, suffix))
                || (c.lang == Lang::Fa
                    && !c.flags.contains(Flags::CAPITAL)
                    && script::persian_suffix_ok(suffix))
        }
    };
    prefix_ok && suffix_ok
}

/// A one-character Chinese abbreviation stands in a pair or form
/// ([`script::zh_abbr_context`]). `end`: the folded end of its match (where the next
/// character's pattern starts).
fn zh_abbr_ok(cx: &Cx<'_>, c: &Candidate, end: usize, orig_start: usize, orig_end: usize) -> bool {
    let Some(this) = cx.original[orig_start..orig_end].chars().next() else {
        return false;
    };
    let mut next = cx.original[orig_end..].chars();
    let (after, after2) = (next.next(), next.next());
    let continues_run = cx
        .run
        .is_some_and(|(entity, run_end)| run_end == orig_start && entity != c.entity);
    // The next character read on its own is an abbreviation of another entity: its
    // longest pattern is the one character, with a `zh-abbr` candidate. An army form
    // there that is not one (`美台军事`: `台军` before `事`) reads as its one character.
    let after_is_abbr = after.is_some_and(script::is_han) && {
        let hay = cx.folded.as_bytes();
        let trie = &cx.compiled.trie;
        let from = end.min(hay.len());
        let longest = trie.longest_at(hay, from).and_then(|(pattern, end)| {
            let to = cx.folded.original_offset(end - 1).max(orig_end);
            if script::zh_army_form_ok(&cx.original[orig_end..to], &cx.original[to..]) {
                Some((pattern, end))
            } else {
                // The longest shorter pattern at the same start.
                trie.shorter(pattern)
                    .map(|p| (p, from + trie.pattern_len(p)))
            }
        });
        longest.is_some_and(|(pattern, end)| {
            cx.folded.original_offset(end - 1) == orig_end + after.map_or(0, char::len_utf8)
                && cx.compiled.candidates_of(pattern).iter().any(|o| {
                    o.flags.contains(Flags::ZH_ABBR)
                        && o.entity != c.entity
                        && cx.lang.admits(o.lang)
                })
        })
    };
    script::zh_abbr_context(
        script::fold_han(this),
        ZhContext {
            before: cx.original[..orig_start].chars().next_back(),
            after,
            after2,
            after_is_abbr,
            continues_run,
        },
    )
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
    case_buf: &mut KeepCaseBuf,
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
    let kept = case_buf.fold(&original[orig_start..matched_end]);
    if head {
        kept.starts_with(form.as_bytes())
    } else {
        kept == form.as_bytes()
    }
}

/// The word after the first space of a match starts with a capital (`La Réunion`, not
/// `La réunion`); a match without a space has no second word to check.
fn second_word_upper(matched: &str) -> bool {
    if let Some(rest) = crate::parse::after_elided_article(matched) {
        return starts_upper(rest);
    }
    match matched.find([' ', '\u{A0}']) {
        Some(space) => starts_upper(matched[space..].trim_start_matches([' ', '\u{A0}'])),
        None => true,
    }
}

/// The first letter of `text` (decoding a leading HTML entity) is upper case, or a letter of
/// a script without case (Arabic, Persian, Chinese), where `cap` and `capital` cannot ask
/// for a capital.
fn starts_upper(text: &str) -> bool {
    let first = if text.starts_with('&') {
        decode_entity(text).map(|(c, _)| c)
    } else {
        text.chars().next()
    };
    first.is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
}

/// The word right before `before`'s end (separated by spaces only) and the text before
/// that word; `None` when the text does not end with spaces after a word.
fn previous_word(before: &str) -> Option<(&str, &str)> {
    let trimmed = before.trim_end_matches([' ', '\u{A0}']);
    if trimmed.len() == before.len() {
        return None; // not separated by a space: no preceding word
    }
    let word_start = last_word_start(trimmed);
    let word = &trimmed[word_start..];
    (!word.is_empty()).then(|| (word, &trimmed[..word_start]))
}

/// True when the text before a word ends a sentence (or is empty, a line break, an
/// opening quote or bracket, a dash).
fn starts_sentence(before_word: &str) -> bool {
    let rest = before_word.trim_end_matches([' ', '\t', '\u{A0}']);
    rest.chars().last().is_none_or(|c| {
        matches!(
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
        )
    })
}

/// A lower-case alias (`Flags::LOWER_WORD`: an adjective or demonym of fr, es, it, pt)
/// matched on a capitalized word right after a lower-case word: a surname or another name
/// (`il ministro Russo`, `l'attaccante Greco`, `el presidente Alemán`), not the adjective.
/// After a capitalized word the match belongs to a longer name and is kept (`Seleção
/// Brasileira`, `Repubblica Italiana`); at a sentence start or after punctuation too.
fn name_in_sentence(original: &str, start: usize, end: usize) -> bool {
    let matched = &original[start..end];
    let first = matched.split([' ', '\u{A0}']).next().unwrap_or(matched);
    is_name_like(first)
        && previous_word(&original[..start])
            .is_some_and(|(word, _)| word.chars().next().is_some_and(char::is_lowercase))
}

/// A capitalized word of two or more letters with the rest lower case (`George`, `Nato`;
/// not `NATO`, `PdL`, `Lega Nord`).
pub(crate) fn is_name_like(word: &str) -> bool {
    let mut chars = word.chars();
    word.chars().count() >= 2
        && chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
}

/// True when `before` (the text up to a match) ends with a capitalized, name-like word
/// (`George `, `Michael `) that does not itself start a sentence; the second half of a
/// hyphenated given name counts (`Hans-Jürgen `, `Jean-Pierre `), though a hyphen
/// otherwise reads as a dash that starts a sentence.
///
/// Also after a given name and a surname particle (`Carlos del Alamo`, `Juan de la
/// Fuente`, `Ludwig van Beethoven`: the given name from the list of
/// `crate::context::person`, so `Ministerio del Interior` is none), and after a lower-case
/// title of office (`il sindaco Bloomberg`, `mayor Bloomberg`, `el alcalde ...`).
fn after_given_name(before: &str) -> bool {
    match previous_word(before) {
        Some((word, rest)) => {
            (is_name_like(word) && (!starts_sentence(rest) || after_given_name_part(rest)))
                || OFFICE_TITLES.contains(&word)
                || (SURNAME_PARTICLES.contains(&word) && after_particle_given_name(rest))
        }
        None => after_initial(before),
    }
}

/// Lower-case words that begin a surname (`del Alamo`, `van Gogh`, `von Braun`).
const SURNAME_PARTICLES: [&str; 12] = [
    "de", "del", "della", "di", "da", "dos", "das", "du", "van", "von", "la", "le",
];

/// Lower-case titles of office written right before a surname.
#[rustfmt::skip]
const OFFICE_TITLES: [&str; 22] = [
    "mayor", "senator", "governor", "congressman", "congresswoman", "sindaco", "senatore",
    "governatore", "onorevole", "alcalde", "alcaldesa", "senador", "senadora", "gobernador",
    "diputado", "diputada", "prefeito", "maire", "sénateur", "député", "мэр", "сенатор",
];

/// Whether `before` (the text up to a surname particle) ends with a given name, or with
/// one and a particle (`Juan de la `).
fn after_particle_given_name(before: &str) -> bool {
    match previous_word(before) {
        Some((word, rest)) if SURNAME_PARTICLES.contains(&word) => {
            previous_word(rest).is_some_and(|(w, _)| crate::context::person::is_given_name(w))
        }
        Some((word, _)) => crate::context::person::is_given_name(word),
        None => false,
    }
}

/// True when `before` ends with a person's initial (`H. `, `C. J. `): one capital letter
/// and a dot after a space or the start, so `U.S. ` and `Dr. ` are none.
fn after_initial(before: &str) -> bool {
    let Some(head) = before.strip_suffix(' ').and_then(|b| b.strip_suffix('.')) else {
        return false;
    };
    let mut chars = head.chars().rev();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none_or(|c| c == ' ')
}

/// True when `rest` ends with a given name and a hyphen (`Hans-`, `Karl-`, `Jean-`).
fn after_given_name_part(rest: &str) -> bool {
    rest.strip_suffix('-')
        .is_some_and(|head| crate::context::person::is_given_name(&head[last_word_start(head)..]))
}

/// Where the run of letters that ends `text` starts (`text.len()` when it ends in no
/// letter).
fn last_word_start(text: &str) -> usize {
    text.char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(text.len(), |(i, _)| i)
}

/// Whether a match ends in a possessive `'s` (`Kohl's`, `Moody's`): a possessive name is
/// never a given name before a surname (`Moody's Investors Service`).
fn is_possessive(matched: &str) -> bool {
    matched.ends_with("'s") || matched.ends_with("’s")
}

/// True when `after` (the text after a match) starts with a space and a capitalized,
/// name-like word (`Chad Lawson`, `Jordan Whitfield`): the match is a given name.
/// Weekday and month names do not count (`in Washington Monday`).
fn before_surname(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let word_end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let word = &rest[..word_end];
    let mut chars = word.chars();
    let name_like = word.chars().count() >= 2
        && chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase);
    const CALENDAR: [&str; 33] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Januar",
        "Februar",
        "März",
        "Mai",
        "Juni",
        "Juli",
        "Oktober",
    ];
    name_like && !CALENDAR.contains(&word)
}

/// True when the word before a capital makes it a place rather than its government:
/// a locative preposition (`officials in Seoul`, `bei Kiew`, `near Kyiv`) or a word for
/// a city (`the capital Pyongyang`, `der Hauptstadt Kiew`). `in` still means the
/// government after a word for one (`the government in Taipei`, `die Regierung in
/// Damaskus`) and at the start of a sentence (`In Washington, senators ...`).
fn after_place_word(before: &str) -> bool {
    const PLACE_WORDS: [&str; 15] = [
        "in",
        "im",
        "at",
        "near",
        "outside",
        "around",
        "across",
        "inside",
        "bei",
        "nahe",
        "capital",
        "city",
        "hauptstadt",
        "stadt",
        "metropole",
    ];
    const GOVERNMENT_WORDS: [&str; 19] = [
        "government",
        "governments",
        "leadership",
        "parliament",
        "administration",
        "regime",
        "authorities",
        "cabinet",
        "junta",
        "regierung",
        "regierungen",
        "führung",
        "staatsführung",
        "parlament",
        "kabinett",
        "regime",
        "behörden",
        "machthaber",
        "militärregierung",
    ];
    let Some((word, rest)) = previous_word(before) else {
        return false;
    };
    if !PLACE_WORDS.iter().any(|p| p.eq_ignore_ascii_case(word)) {
        return false;
    }
    if word.eq_ignore_ascii_case("in") || word.eq_ignore_ascii_case("im") {
        if starts_sentence(rest) {
            return false;
        }
        if let Some((noun, _)) = previous_word(rest) {
            let noun = noun.to_lowercase();
            if GOVERNMENT_WORDS.contains(&noun.as_str()) {
                return false;
            }
        }
    }
    true
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn name_like_words() {
        assert!(is_name_like("Nato"));
        assert!(is_name_like("Podemos"));
        assert!(!is_name_like("NATO"));
        assert!(!is_name_like("PdL"));
        assert!(!is_name_like("Lega Nord"));
        assert!(!is_name_like("N"));
    }

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
            ("Bürgermeister Hans-Jürgen ", true),
            ("Jean-Pierre ", true),
            ("der US-Konzern ", false),
            ("Nord-Süd ", false),
            ("fans of Michael ", true),
            ("in NATO ", false),
            ("wie es C. J. ", true),
            ("by H. ", true),
            ("the U.S. ", false),
            ("Dr. ", false),
        ];
        for (before, expected) in rows {
            assert_eq!(after_given_name(before), *expected, "row {before:?}");
        }
    }

    #[test]
    fn surname_and_place_tables() {
        let after: &[(&str, bool)] = &[
            (" Lawson, a Sahel analyst", true),
            (" Whitfield.", true),
            ("'s government", false),
            (" on Monday", false),
            (" Monday", false),
            (" NATO", false),
            ("", false),
        ];
        for (text, expected) in after {
            assert_eq!(before_surname(text), *expected, "row {text:?}");
        }
        let before: &[(&str, bool)] = &[
            ("officials in ", true),
            ("In ", false),
            ("Yes. In ", false),
            ("the government in ", false),
            ("Die Regierung in ", false),
            ("Sprecher in ", true),
            ("near the capital ", true),
            ("der Hauptstadt ", true),
            ("Druck auf ", false),
            ("und ", false),
            ("", false),
            ("in", false),
        ];
        for (text, expected) in before {
            assert_eq!(after_place_word(text), *expected, "row {text:?}");
        }
    }
}
