//! Text folding: the one normalization applied to article fields and to aliases alike.
//!
//! The text is cut into clusters: a starter character with the combining marks (and
//! invisible format characters such as the soft hyphen) that follow it, or a whole HTML
//! entity (`&amp;`, `&#39;`, `&ouml;`). Each word cluster (its starter is alphanumeric) is
//! NFD-decomposed and lower-cased with full Unicode case mapping; `a`/`o`/`u` followed by a
//! diaeresis become `ae`/`oe`/`ue`, `ß` becomes `ss`, every other combining mark is dropped.
//! Every run of non-word clusters becomes exactly two spaces, and the folded text starts
//! and ends with a space. So `" " + alias + " "` matches exactly the whole words of an
//! alias, and two adjacent whole-word matches never need the same space.
//!
//! [`Folded`] also keeps, for every folded byte, the byte offset in the original text of
//! the cluster it came from (gap spaces: of the first cluster of the gap; the closing space:
//! the length of the text), which is how match offsets are mapped back.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use crate::script;

/// A folded text and its map back to the original.
#[derive(Debug, Default, Clone)]
pub struct Folded {
    text: Vec<u8>,
    map: Vec<u32>,
}

impl Folded {
    /// An empty buffer; reuse it with [`Folded::fold`] to avoid allocations.
    pub fn new() -> Folded {
        Folded::default()
    }

    /// Replaces the contents with the lower-case folding of `text`.
    ///
    /// # Panics
    ///
    /// When `text` is 4 GiB or longer (offsets are kept as `u32`).
    pub fn fold(&mut self, text: &str) {
        assert!(u32::try_from(text.len()).is_ok(), "text too long to fold");
        self.text.clear();
        self.map.clear();
        fold_into(text, true, &mut self.text, &mut self.map);
        debug_assert_eq!(self.text.len(), self.map.len());
    }

    /// The folded text (starts and ends with a space).
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.text).expect("folding writes UTF-8")
    }

    /// The folded text as bytes (what the automaton searches).
    pub fn as_bytes(&self) -> &[u8] {
        &self.text
    }

    /// The original byte offset that folded byte `at` maps to.
    ///
    /// For the first byte of a word this is where the word starts; for the space after
    /// a word it is where the word ends.
    pub fn original_offset(&self, at: usize) -> usize {
        self.map[at] as usize
    }
}

/// Lower-case folding of `text` with the surrounding spaces removed: how an alias is
/// turned into the inside of its pattern (`"UN-Sicherheitsrat"` → `"un  sicherheitsrat"`).
pub fn fold_alias(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len() + 8);
    let mut map = Vec::new();
    fold_into(text, true, &mut out, &mut map);
    let out = String::from_utf8(out).expect("folding writes UTF-8");
    out.trim_matches(' ').to_owned()
}

/// Folding without lower-casing (umlauts, `ß`, marks and gaps as in [`fold_alias`]):
/// used to compare the case of a match with a case-exact alias.
pub fn fold_keep_case(text: &str) -> String {
    let mut buf = KeepCaseBuf::default();
    String::from_utf8(buf.fold(text).to_vec()).expect("folding writes UTF-8")
}

/// Buffers for [`fold_keep_case`] reused between calls: no allocation per match checked.
#[derive(Debug, Default)]
pub(crate) struct KeepCaseBuf {
    text: Vec<u8>,
    map: Vec<u32>,
}

impl KeepCaseBuf {
    /// The [`fold_keep_case`] of `text`, as bytes.
    pub(crate) fn fold<'a>(&'a mut self, text: &'a str) -> &'a [u8] {
        // ASCII letters and digits fold to themselves (most case-exact matches: `US`,
        // `NATO`): no folding needed.
        if text.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return text.as_bytes();
        }
        self.text.clear();
        self.map.clear();
        fold_into(text, false, &mut self.text, &mut self.map);
        let out = &self.text;
        let end = out.iter().rposition(|&b| b != b' ').map_or(0, |p| p + 1);
        let lead = out[..end].iter().position(|&b| b != b' ').unwrap_or(end);
        &out[lead..end]
    }
}

/// Appends the punctuation of `text` that may not silently sit between two words of a
/// multi-word alias: everything that is not a letter, digit, combining mark, white space,
/// hyphen or invisible format character; apostrophes are all written `'`. HTML entities
/// are decoded first. Used to check that `"Weißes. Haus"` is not the alias `"Weißes Haus"`
/// while `"Weißes\nHaus"` is, and `"Cote d'Ivoire"` is `"Côte d’Ivoire"`.
pub(crate) fn push_gap_punctuation(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let (c, len) = match c {
            '&' => decode_entity(rest).unwrap_or(('&', 1)),
            c => (c, c.len_utf8()),
        };
        rest = &rest[len..];
        let allowed = is_plain_letter(c)
            || c.is_alphanumeric()
            || c.is_whitespace()
            || matches!(c, '-' | '\u{2010}' | '\u{2011}')
            || is_combining_mark(c)
            || is_ignorable(c);
        if !allowed {
            let c = match c {
                '’' | '‘' | 'ʼ' | '′' | '`' | '´' => '\'',
                c => c,
            };
            if !out.contains(c) {
                out.push(c);
            }
        }
    }
}

/// True for characters of the blocks most aliases are written in that are surely letters,
/// digits or the space: a shortcut before `char::is_alphanumeric`, whose table lookup for
/// non-ASCII characters was most of the cost of [`push_gap_punctuation`] when a gazetteer
/// compiles (65,000 multi-word aliases). False says nothing.
fn is_plain_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' | ' ' => true,
        // Latin-1 letters (`À`-`ÿ` without `×` and `÷`).
        '\u{C0}'..='\u{FF}' => c != '\u{D7}' && c != '\u{F7}',
        // Cyrillic letters (`Ѐ`-`ҁ`).
        '\u{400}'..='\u{481}' => true,
        // Arabic letters (`ء`-`غ`, `ف`-`ي`).
        '\u{621}'..='\u{63A}' | '\u{641}'..='\u{64A}' => true,
        // CJK unified ideographs (assigned since Unicode 11).
        '\u{4E00}'..='\u{9FEF}' => true,
        _ => false,
    }
}

/// Characters that are invisible inside a word and fold to nothing (soft hyphen,
/// zero-width (non-)joiner and space, word joiner, byte order mark).
fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{640}'
    )
}

fn push_mapped(out: &mut Vec<u8>, map: &mut Vec<u32>, c: char, orig: u32) {
    let mut buf = [0; 4];
    let encoded = c.encode_utf8(&mut buf).as_bytes();
    out.extend_from_slice(encoded);
    for _ in 0..encoded.len() {
        map.push(orig);
    }
}

/// Folds one decomposed character of a word cluster into `out`.
fn push_folded(out: &mut Vec<u8>, map: &mut Vec<u32>, c: char, lower: bool, orig: u32) {
    if is_combining_mark(c) || is_ignorable(c) {
        if c == '\u{308}' {
            if let Some(b'a' | b'o' | b'u' | b'A' | b'O' | b'U') = out.last() {
                push_mapped(out, map, 'e', orig);
            }
        }
        return;
    }
    let mut emit = |c: char| match c {
        'ß' => {
            push_mapped(out, map, 's', orig);
            push_mapped(out, map, 's', orig);
        }
        'ς' => push_mapped(out, map, 'σ', orig),
        c if is_combining_mark(c) => {
            // Lower-casing can produce marks (İ → i + U+0307): drop them.
        }
        c if c.is_ascii() => push_mapped(out, map, c, orig),
        c => push_mapped(out, map, script::fold_letter(c).unwrap_or(c), orig),
    };
    if lower {
        for l in c.to_lowercase() {
            emit(l);
        }
    } else if c == 'ẞ' {
        emit('S');
        emit('S');
    } else {
        emit(c);
    }
}

/// General punctuation (dashes, quotes, ellipsis, ...: U+2010..=U+205E): never a word
/// character, never a mark, never ignorable.
fn is_plain_punctuation(c: char) -> bool {
    ('\u{2010}'..='\u{205E}').contains(&c)
}

/// The lower-case folding of a Latin-1 character U+00C0..=U+00FF (`None`: not a word
/// character, i.e. `×` and `÷`), computed once by the general rules.
fn latin1_lower(c: char) -> Option<&'static [u8]> {
    static TABLE: std::sync::OnceLock<Vec<Option<Vec<u8>>>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        ('\u{C0}'..='\u{FF}')
            .map(|c| {
                c.is_alphanumeric().then(|| {
                    let (mut out, mut map) = (Vec::new(), Vec::new());
                    decompose_canonical(c, |d| push_folded(&mut out, &mut map, d, true, 0));
                    out
                })
            })
            .collect()
    });
    table[c as usize - 0xC0].as_deref()
}

/// The lower-case folding of a Cyrillic or Arabic-script letter U+0400..=U+06FF, computed
/// once by the general rules; `None` for everything else in the range (marks, tatweel,
/// punctuation, signs), which takes the general path.
fn cyrillic_arabic_lower(c: char) -> Option<&'static [u8]> {
    static TABLE: std::sync::OnceLock<Vec<Option<Vec<u8>>>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        ('\u{400}'..='\u{6FF}')
            .map(|c| {
                (c.is_alphanumeric() && !is_combining_mark(c) && !is_ignorable(c)).then(|| {
                    let (mut out, mut map) = (Vec::new(), Vec::new());
                    decompose_canonical(c, |d| push_folded(&mut out, &mut map, d, true, 0));
                    out
                })
            })
            .collect()
    });
    table[c as usize - 0x400].as_deref()
}

/// `ASCII_LOWER[b]`: the folded byte of an ASCII letter or digit `b`, else 0.
static ASCII_LOWER: [u8; 256] = ascii_table(true);
/// `ASCII_KEEP[b]`: `b` itself when it is an ASCII letter or digit, else 0.
static ASCII_KEEP: [u8; 256] = ascii_table(false);

const fn ascii_table(lower: bool) -> [u8; 256] {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() {
            table[b] = if lower {
                byte.to_ascii_lowercase()
            } else {
                byte
            };
        }
        b += 1;
    }
    table
}

/// Eight text bytes (`x`, little-endian) read as the start of a run of ASCII letters and
/// digits: how many of them the run has (8: all), and the eight bytes folded as
/// [`ASCII_LOWER`] (`lower`) or [`ASCII_KEEP`] fold them (bytes past the run: anything).
///
/// Per byte, without carries between bytes: with `b` the byte's low seven bits,
/// `b + (0x80 - lo)` has the high bit set when `b >= lo`, and `b + (0x7f - hi)` when
/// `b > hi`; a byte with the high bit set (not ASCII) is in no range.
fn ascii_word_prefix(x: u64, lower: bool) -> (usize, u64) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = x & !HIGH;
    let within = |lo: u8, hi: u8| {
        let at_least = low + ONES * u64::from(0x80 - lo);
        let above = low + ONES * u64::from(0x7f - hi);
        at_least & !above & HIGH
    };
    let upper = within(b'A', b'Z');
    let word = (within(b'0', b'9') | upper | within(b'a', b'z')) & !x;
    // The first byte that is not a word byte; none: 64 / 8 = 8.
    let len = ((!word & HIGH).trailing_zeros() / 8) as usize;
    // Upper-case ASCII letters differ from their lower case by bit 5 (0x20 = 0x80 >> 2).
    let folded = if lower { x | (upper >> 2) } else { x };
    (len, folded)
}

/// The core folding loop; see the module docs for the rules.
fn fold_into(text: &str, lower: bool, out: &mut Vec<u8>, map: &mut Vec<u32>) {
    let bytes = text.as_bytes();
    out.reserve(text.len() + 2);
    map.reserve(text.len() + 2);
    out.push(b' ');
    map.push(0);
    let table = if lower { &ASCII_LOWER } else { &ASCII_KEEP };
    // True while the output ends with a gap (or the opening space).
    let mut in_gap = true;
    // True while the output ends with a kana or Hangul character (not a gap).
    let mut syllabic = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII fast path: everything but `&` (a possible entity) and bytes followed by a
        // combining mark, which the slow path below handles as part of the cluster.
        if b < 0x80 && b != b'&' {
            if table[b as usize] != 0 {
                // A whole run of ASCII word bytes.
                if syllabic && !in_gap {
                    // Latin right after kana or Hangul (`를NATO`): a word boundary.
                    out.extend_from_slice(b"  ");
                    map.push(i as u32);
                    map.push(i as u32);
                }
                syllabic = false;
                // Eight bytes at a time while eight are left (most words fit in one):
                // the run's end and the folded bytes come from word arithmetic, and the
                // output gets a fixed-size store of eight bytes and eight map entries,
                // of which the bytes past the run are cut off again. Per word, that is
                // about half the instructions of a byte loop with two `extend`s.
                let (mut ended, mut gap_written) = (false, false);
                while let Some(chunk) = bytes.get(i..i + 8) {
                    let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
                        break;
                    };
                    let (len, folded) = ascii_word_prefix(u64::from_le_bytes(chunk), lower);
                    let (out_len, map_len) = (out.len(), map.len());
                    let at = i as u32;
                    if len <= 6 && chunk[len] < 0x80 && chunk[len] != b'&' {
                        // The run ends in these eight bytes at ASCII punctuation or a
                        // space: the run and the gap that byte opens in one store each
                        // (both gap spaces map to that byte, as the loop's next turn
                        // would write them). Most words end so.
                        let gap = u64::MAX << (8 * len);
                        let with_gap = (folded & !gap) | (0x2020_2020_2020_2020 & gap);
                        out.extend_from_slice(&with_gap.to_le_bytes());
                        out.truncate(out_len + len + 2);
                        let run = len as u32;
                        map.extend_from_slice(&std::array::from_fn::<u32, 8, _>(|k| {
                            at + (k as u32).min(run)
                        }));
                        map.truncate(map_len + len + 2);
                        i += len + 1;
                        gap_written = true;
                        break;
                    }
                    out.extend_from_slice(&folded.to_le_bytes());
                    out.truncate(out_len + len);
                    map.extend_from_slice(&std::array::from_fn::<u32, 8, _>(|k| at + k as u32));
                    map.truncate(map_len + len);
                    i += len;
                    if len < 8 {
                        ended = true;
                        break;
                    }
                }
                if gap_written {
                    in_gap = true;
                    continue;
                }
                if ended && bytes[i] < 0x80 && bytes[i] != b'&' {
                    // The byte that ended the run is ASCII punctuation or space: the gap
                    // it opens, as the loop's next turn would write it.
                    out.extend_from_slice(b"  ");
                    map.extend_from_slice(&[i as u32; 2]);
                    i += 1;
                    in_gap = true;
                    continue;
                }
                if !ended {
                    // The rest of a run that reaches into the last eight bytes of the text.
                    let run_start = i;
                    i += bytes[i..]
                        .iter()
                        .position(|&b| table[b as usize] == 0)
                        .unwrap_or(bytes.len() - i);
                    out.extend(bytes[run_start..i].iter().map(|&b| table[b as usize]));
                    map.extend(run_start as u32..i as u32);
                }
                in_gap = false;
            } else {
                if !in_gap {
                    out.extend_from_slice(b"  ");
                    map.push(i as u32);
                    map.push(i as u32);
                    in_gap = true;
                }
                i += 1;
            }
            continue;
        }
        let (starter, len) = if b == b'&' {
            match decode_entity(&text[i..]) {
                Some((c, len)) => (c, len),
                None => ('&', 1),
            }
        } else {
            let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
            (c, c.len_utf8())
        };
        let orig = i as u32;
        i += len;
        let starter = script::narrow(starter);
        if script::is_han(starter) {
            // Every ideograph is a word of its own: Chinese has no spaces between words.
            if !in_gap {
                out.extend_from_slice(b"  ");
                map.push(orig);
                map.push(orig);
            }
            push_mapped(out, map, script::fold_han(starter), orig);
            out.extend_from_slice(b"  ");
            map.push(i as u32);
            map.push(i as u32);
            in_gap = true;
            continue;
        }
        // Fast paths for the most frequent non-ASCII characters of European news text.
        if lower && ('\u{C0}'..='\u{FF}').contains(&starter) {
            match latin1_lower(starter) {
                Some(folded) => {
                    out.extend_from_slice(folded);
                    map.extend(std::iter::repeat_n(orig, folded.len()));
                    in_gap = false;
                    syllabic = false;
                }
                None if !in_gap => {
                    out.extend_from_slice(b"  ");
                    map.push(orig);
                    map.push(orig);
                    in_gap = true;
                }
                None => {}
            }
            continue;
        }
        if lower && ('\u{400}'..='\u{6FF}').contains(&starter) {
            if let Some(folded) = cyrillic_arabic_lower(starter) {
                out.extend_from_slice(folded);
                map.extend(std::iter::repeat_n(orig, folded.len()));
                in_gap = false;
                syllabic = false;
                continue;
            }
        }
        if is_plain_punctuation(starter) {
            if !in_gap {
                out.extend_from_slice(b"  ");
                map.push(orig);
                map.push(orig);
                in_gap = true;
            }
            continue;
        }
        if is_combining_mark(starter) || is_ignorable(starter) {
            // Continues the previous cluster (ASCII letters included).
            if !in_gap {
                decompose_canonical(starter, |d| push_folded(out, map, d, lower, orig));
            }
            continue;
        }
        if starter.is_alphanumeric() {
            let kana_or_hangul = script::is_kana_or_hangul(starter);
            if kana_or_hangul && !in_gap && !syllabic {
                // Kana or Hangul right after another script (`NATO를`, `NATOの`): the
                // particle is a word of its own, so the acronym stays a whole word.
                out.extend_from_slice(b"  ");
                map.push(orig);
                map.push(orig);
            }
            syllabic = kana_or_hangul;
            decompose_canonical(starter, |d| push_folded(out, map, d, lower, orig));
            in_gap = false;
        } else if !in_gap {
            out.extend_from_slice(b"  ");
            map.push(orig);
            map.push(orig);
            in_gap = true;
        }
    }
    if !in_gap {
        out.push(b' ');
        map.push(text.len() as u32);
    }
}

/// Decodes an HTML character reference at the start of `s` (which starts with `&`):
/// the character and the length of the reference including `&` and `;`.
pub(crate) fn decode_entity(s: &str) -> Option<(char, usize)> {
    let bytes = s.as_bytes();
    let end = bytes.iter().take(34).position(|&b| b == b';')?;
    let body = &s[1..end];
    let c = if let Some(num) = body.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        if num.is_empty() || code == 0 {
            return None;
        }
        char::from_u32(code)?
    } else {
        named_entity(body)?
    };
    Some((c, end + 1))
}

/// HTML named character references: the ISO 8859-1 set plus common punctuation.
fn named_entity(name: &str) -> Option<char> {
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        "iexcl" => '¡',
        "cent" => '¢',
        "pound" => '£',
        "curren" => '¤',
        "yen" => '¥',
        "brvbar" => '¦',
        "sect" => '§',
        "uml" => '¨',
        "copy" => '©',
        "ordf" => 'ª',
        "laquo" => '«',
        "not" => '¬',
        "shy" => '\u{AD}',
        "reg" => '®',
        "macr" => '¯',
        "deg" => '°',
        "plusmn" => '±',
        "sup2" => '²',
        "sup3" => '³',
        "acute" => '´',
        "micro" => 'µ',
        "para" => '¶',
        "middot" => '·',
        "cedil" => '¸',
        "sup1" => '¹',
        "ordm" => 'º',
        "raquo" => '»',
        "frac14" => '¼',
        "frac12" => '½',
        "frac34" => '¾',
        "iquest" => '¿',
        "Agrave" => 'À',
        "Aacute" => 'Á',
        "Acirc" => 'Â',
        "Atilde" => 'Ã',
        "Auml" => 'Ä',
        "Aring" => 'Å',
        "AElig" => 'Æ',
        "Ccedil" => 'Ç',
        "Egrave" => 'È',
        "Eacute" => 'É',
        "Ecirc" => 'Ê',
        "Euml" => 'Ë',
        "Igrave" => 'Ì',
        "Iacute" => 'Í',
        "Icirc" => 'Î',
        "Iuml" => 'Ï',
        "ETH" => 'Ð',
        "Ntilde" => 'Ñ',
        "Ograve" => 'Ò',
        "Oacute" => 'Ó',
        "Ocirc" => 'Ô',
        "Otilde" => 'Õ',
        "Ouml" => 'Ö',
        "times" => '×',
        "Oslash" => 'Ø',
        "Ugrave" => 'Ù',
        "Uacute" => 'Ú',
        "Ucirc" => 'Û',
        "Uuml" => 'Ü',
        "Yacute" => 'Ý',
        "THORN" => 'Þ',
        "szlig" => 'ß',
        "agrave" => 'à',
        "aacute" => 'á',
        "acirc" => 'â',
        "atilde" => 'ã',
        "auml" => 'ä',
        "aring" => 'å',
        "aelig" => 'æ',
        "ccedil" => 'ç',
        "egrave" => 'è',
        "eacute" => 'é',
        "ecirc" => 'ê',
        "euml" => 'ë',
        "igrave" => 'ì',
        "iacute" => 'í',
        "icirc" => 'î',
        "iuml" => 'ï',
        "eth" => 'ð',
        "ntilde" => 'ñ',
        "ograve" => 'ò',
        "oacute" => 'ó',
        "ocirc" => 'ô',
        "otilde" => 'õ',
        "ouml" => 'ö',
        "divide" => '÷',
        "oslash" => 'ø',
        "ugrave" => 'ù',
        "uacute" => 'ú',
        "ucirc" => 'û',
        "uuml" => 'ü',
        "yacute" => 'ý',
        "thorn" => 'þ',
        "yuml" => 'ÿ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "hellip" => '…',
        "euro" => '€',
        "bull" => '•',
        "lsaquo" => '‹',
        "rsaquo" => '›',
        "thinsp" => '\u{2009}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "zwnj" => '\u{200C}',
        "zwj" => '\u{200D}',
        _ => return None,
    };
    Some(c)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn plain_letters_are_letters_digits_or_the_space() {
        // The shortcut of `push_gap_punctuation` never lets through what the full test
        // would not; and it covers the blocks it names.
        let mut plain = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if is_plain_letter(c) {
                assert!(c.is_alphanumeric() || c == ' ', "{c:?} U+{:04X}", c as u32);
                plain += 1;
            }
        }
        assert_eq!(plain, 62 + 1 + 62 + 130 + 26 + 10 + 20_976);
        let mut out = String::new();
        push_gap_punctuation("Côte d’Ivoire × Россия, 北京 & ÷", &mut out);
        assert_eq!(out, "'×,&÷");
    }

    #[test]
    fn folding_table() {
        let rows: &[(&str, &str, &str)] = &[
            ("ascii lower", "Nordkorea", " nordkorea "),
            ("caps", "NORDKOREA", " nordkorea "),
            ("umlaut precomposed", "Südkorea", " suedkorea "),
            ("umlaut decomposed", "Su\u{308}dkorea", " suedkorea "),
            ("capital umlaut", "ÖSTERREICH", " oesterreich "),
            ("sharp s", "Weißes Haus", " weisses  haus "),
            ("capital sharp s", "WEIẞES", " weisses "),
            ("accents dropped", "Côte d’Ivoire", " cote  d  ivoire "),
            (
                "hyphen is a gap",
                "UN-Sicherheitsrat",
                " un  sicherheitsrat ",
            ),
            ("punctuation run", "a, (b) c", " a  b  c "),
            ("leading gap", "„Nordkorea“", " nordkorea  "),
            ("entity letter", "Pj&ouml;ngjang", " pjoengjang "),
            ("entity numeric", "Russia&#39;s", " russia  s "),
            ("entity hex", "&#x55;SA", " usa "),
            ("not an entity", "A&B", " a  b "),
            ("unknown entity", "&bogus;x", " bogus  x "),
            ("soft hyphen", "Nord\u{AD}korea", " nordkorea "),
            ("dotted I", "İstanbul", " istanbul "),
            ("emoji", "😀Kiew😀", " kiew  "),
            ("cyrillic", "Россия", " россия "),
            ("empty", "", " "),
            ("han one word per character", "中美", " 中  美  "),
            ("han after latin", "F-16战机", " f  16  战  机  "),
            ("traditional to simplified", "韓國", " 韩  国  "),
            ("han punctuation", "美国，俄罗斯", " 美  国  俄  罗  斯  "),
            ("full-width latin", "ＮＡＴＯ，", " nato  "),
            ("arabic alef and hamza", "أإآٱ", " اااا "),
            (
                "arabic maqsura, teh marbuta",
                "مصطفى المتحدة",
                " مصطفي  المتحده ",
            ),
            ("arabic harakat and tatweel", "مِصْـــر", " مصر "),
            ("persian yeh and keheh", "کره جنوبی", " كره  جنوبي "),
            ("persian zwnj joins", "پهپاد\u{200C}ها", " پهپادها "),
            ("arabic-indic digits", "٢٣ ۲۳", " 23  23 "),
            ("dotless i", "KIRIM Kırım", " kirim  kirim "),
            (
                "kana particle after latin",
                "NATOのテスト",
                " nato  のテスト ",
            ),
            ("latin after kana", "のNATO", " の  nato "),
        ];
        for (name, input, expected) in rows {
            let mut f = Folded::new();
            f.fold(input);
            assert_eq!(f.as_str(), *expected, "row {name:?}");
            assert_eq!(f.map.len(), f.text.len(), "row {name:?}");
        }
    }

    #[test]
    fn han_map_points_at_each_character() {
        let text = "韓國與NATO";
        let mut f = Folded::new();
        f.fold(text);
        let folded = f.as_str();
        for (word, original) in [("韩", "韓"), ("国", "國"), ("nato", "NATO")] {
            let at = folded.find(&format!(" {word} ")).unwrap() + 1;
            let start = f.original_offset(at);
            let end = f.original_offset(at + word.len());
            assert_eq!(&text[start..end], original);
        }
    }

    #[test]
    fn map_points_at_word_starts_and_ends() {
        let text = "„Pjöngjang“ und Su\u{308}dkorea";
        let mut f = Folded::new();
        f.fold(text);
        let folded = f.as_str();
        for word in ["pjoengjang", "und", "suedkorea"] {
            let at = folded.find(&format!(" {word} ")).unwrap() + 1;
            let start = f.original_offset(at);
            let end = f.original_offset(at + word.len());
            assert_eq!(fold_alias(&text[start..end]), word);
        }
    }

    #[test]
    fn cyrillic_arabic_table_agrees_with_the_general_rules() {
        for c in '\u{400}'..='\u{6FF}' {
            let Some(fast) = cyrillic_arabic_lower(c) else {
                continue;
            };
            let (mut out, mut map) = (Vec::new(), Vec::new());
            decompose_canonical(c, |d| push_folded(&mut out, &mut map, d, true, 0));
            assert_eq!(fast, out.as_slice(), "{c:?}");
            assert!(!fast.is_empty() && c.is_alphanumeric(), "{c:?}");
        }
        assert_eq!(cyrillic_arabic_lower('Й'), Some("и".as_bytes()));
        assert_eq!(cyrillic_arabic_lower('أ'), Some("ا".as_bytes()));
        assert_eq!(cyrillic_arabic_lower('\u{64E}'), None); // fatha: a mark
        assert_eq!(cyrillic_arabic_lower('\u{640}'), None); // tatweel
        let mut f = Folded::new();
        f.fold("Ёлка، ЇЖАК مِصْـر");
        assert_eq!(f.as_str(), " елка  іжак  مصر ");
    }

    #[test]
    fn fast_paths_agree_with_the_general_rules() {
        for c in ('\u{2010}'..='\u{205E}').chain('\u{C0}'..='\u{FF}') {
            if is_plain_punctuation(c) {
                assert!(
                    !c.is_alphanumeric() && !is_combining_mark(c) && !is_ignorable(c),
                    "{c:?}"
                );
            }
        }
        assert_eq!(latin1_lower('Ä'), Some(&b"ae"[..]));
        assert_eq!(latin1_lower('ß'), Some(&b"ss"[..]));
        assert_eq!(latin1_lower('É'), Some(&b"e"[..]));
        assert_eq!(latin1_lower('Ø'), Some("ø".as_bytes()));
        assert_eq!(latin1_lower('×'), None);
    }

    /// The eight-byte reading of ASCII word runs agrees with the byte tables, for every
    /// byte value at every position.
    #[test]
    fn ascii_word_prefix_agrees_with_the_tables() {
        let mut rng = 0x9e37_79b9_7f4a_7c15u64;
        for round in 0..20_000u32 {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            let mut bytes = rng.to_le_bytes();
            // Every byte value in every position, and random mixes of word bytes.
            bytes[(round % 8) as usize] = (round / 8 % 256) as u8;
            if round % 3 == 0 {
                for b in &mut bytes {
                    *b = b"aZ09Mz"[usize::from(*b) % 6];
                }
                bytes[(round % 8) as usize] = (round / 8 % 256) as u8;
            }
            for lower in [true, false] {
                let table = if lower { &ASCII_LOWER } else { &ASCII_KEEP };
                let (len, folded) = ascii_word_prefix(u64::from_le_bytes(bytes), lower);
                let want = bytes
                    .iter()
                    .position(|&b| table[usize::from(b)] == 0)
                    .unwrap_or(8);
                assert_eq!(len, want, "{bytes:?}");
                let folded = folded.to_le_bytes();
                for (k, (&f, &b)) in folded.iter().zip(&bytes).take(len).enumerate() {
                    assert_eq!(f, table[usize::from(b)], "{bytes:?} {k}");
                }
            }
        }
        // Whole texts: words longer than eight bytes, and runs that end with the text.
        let mut f = Folded::new();
        f.fold("ABCDEFGHIJKLMNOPQ, rs TUVWXYZ0123456789 Ab");
        assert_eq!(f.as_str(), " abcdefghijklmnopq  rs  tuvwxyz0123456789  ab ");
        assert_eq!(f.original_offset(17), 16);
        assert_eq!(f.original_offset(25), 23);
        assert_eq!(
            fold_keep_case("NATOsUNOeinsZWEI-Abc"),
            "NATOsUNOeinsZWEI  Abc"
        );
    }

    /// ASCII texts of words and punctuation runs of every length: the folded text and
    /// the map agree with the rules applied byte by byte (a word byte folds in place, a
    /// run of other bytes becomes two spaces mapped to its first byte), whichever of the
    /// eight-byte paths (a run, a run and its gap, a run to the text's end) wrote them.
    #[test]
    fn ascii_runs_and_gaps_fold_as_byte_by_byte() {
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            (rng % n) as usize
        };
        for _ in 0..3_000 {
            let mut text = String::new();
            for _ in 0..next(6) {
                for _ in 0..next(14) {
                    text.push(char::from(b"aZq09M"[next(6)]));
                }
                for _ in 0..=next(3) {
                    text.push(char::from(b" ,.-(\n"[next(6)]));
                }
            }
            for lower in [true, false] {
                let (mut out, mut map) = (Vec::new(), Vec::new());
                fold_into(&text, lower, &mut out, &mut map);
                let (mut want, mut want_map) = (vec![b' '], vec![0u32]);
                let mut in_gap = true;
                for (i, b) in text.bytes().enumerate() {
                    if b.is_ascii_alphanumeric() {
                        want.push(if lower { b.to_ascii_lowercase() } else { b });
                        want_map.push(i as u32);
                        in_gap = false;
                    } else if !in_gap {
                        want.extend_from_slice(b"  ");
                        want_map.extend_from_slice(&[i as u32; 2]);
                        in_gap = true;
                    }
                }
                if !in_gap {
                    want.push(b' ');
                    want_map.push(text.len() as u32);
                }
                assert_eq!(out, want, "{text:?}");
                assert_eq!(map, want_map, "{text:?}");
            }
        }
    }

    #[test]
    fn keep_case_folding() {
        assert_eq!(fold_keep_case("US-Behörden"), "US  Behoerden");
        assert_eq!(fold_keep_case(" „us“ "), "us");
    }
}
