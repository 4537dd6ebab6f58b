//! German closed compounds whose rest is not a word (issue 9, class 6).
//!
//! A `compound` head (`Irak|compound`) also matches at the start of a longer word. That
//! word is a compound of the name only when what follows the name is German: an
//! inflection ending (`Russlands`, `Kampfjets`), or, after an optional linking element
//! (`-s-`, `-es-`, `-n-`, `-en-`), one or more German words, the last of which may carry
//! an inflection ending (`Irak|krieg`, `Russland|reise`, `Irak|kriegs|veteranen`). When the
//! rest is not made of words, the name is a look-alike at the start of another word:
//! `Indien|stnahme` (*Indienstnahme*) is not India, `Kuba|tur` not Cuba.
//!
//! The words are the German "large" list of wordfreq (CC BY-SA 4.0), folded as the tagger
//! folds text and sorted by bytes (`data/german-words.txt`, written by
//! `scripts/gazetteer/gen_german_words.py`); the file is searched as it is, so nothing is
//! built at start-up.

/// The folded German words, one a line, sorted by bytes (lines starting with `#` first).
const WORDS: &str = include_str!("../../data/german-words.txt");

/// Linking elements between the parts of a compound, and inflection endings of its
/// last part (with the agent noun `-eur`: `Waffenexport|eur`, `Rüstungsexport|euren`). `n`-forms follow an `e` (`Drohne|n|abwehr`, `Raketen`), the vowel-initial
/// ones a consonant (`Waffensystem|e`, `Iraker|n`), `s` follows anything (`Russlands`,
/// `Kampfjets`): so `Kuba|n` (the river *Kuban*) is not a form of Cuba.
const LINKS: [&str; 4] = ["s", "es", "n", "en"];
const ENDINGS: [&str; 13] = [
    "s", "es", "n", "ns", "e", "en", "er", "ern", "ens", "eur", "eure", "euren", "eurs",
];

/// True when `affix` (a linking element or ending) may follow a word ending in `last`.
fn follows(last: Option<char>, affix: &str) -> bool {
    let after_e = last == Some('e');
    let after_consonant = last.is_some_and(|c| !"aeiouy".contains(c));
    match affix.as_bytes().first() {
        None | Some(b's') => true,
        Some(b'n') => after_e,
        Some(_) => after_consonant,
    }
}

/// Fewest bytes of one word of the rest. The list's three-letter words are too often
/// fragments, names or foreign words (`tur`, `sts`, `tel`) to accept a rest with:
/// `Kuba|tur` (*Kubatur*) is not Cuba.
const MIN_WORD: usize = 4;

/// Three-letter German nouns that are frequent compound parts (`Irakamt`, `Iranöl`),
/// folded: the known short tails accepted despite [`MIN_WORD`].
const SHORT_PARTS: [&str; 12] = [
    "amt", "bau", "eis", "gas", "hof", "oel", "rat", "see", "tag", "tal", "weg", "zug",
];

/// How many words the rest may have (`Irak|kriegs|veteranen|verband`: 3).
const MAX_PARTS: usize = 4;

/// True when `rest`, the folded text after the folded compound `head` up to the end of
/// its word, makes the word a compound of the head: empty, an inflection ending, or
/// German words after an optional linking element.
pub(crate) fn rest_is_german(head: &str, rest: &str) -> bool {
    let last = head.chars().next_back();
    rest.is_empty()
        || (ENDINGS.contains(&rest) && follows(last, rest))
        || words_only(rest, MAX_PARTS)
        || LINKS.iter().any(|link| {
            follows(last, link)
                && rest
                    .strip_prefix(link)
                    .is_some_and(|words| words_only(words, MAX_PARTS))
        })
}

/// True when `text` is one German word, possibly inflected, or a word, a linking
/// element and (at most `parts - 1`) more such words.
fn words_only(text: &str, parts: usize) -> bool {
    if parts == 0 {
        return false;
    }
    if is_part(text)
        || ENDINGS.iter().any(|e| {
            text.strip_suffix(e)
                .is_some_and(|stem| follows(stem.chars().next_back(), e) && is_part(stem))
        })
    {
        return true;
    }
    (3..=text.len().saturating_sub(3))
        .filter(|&i| text.is_char_boundary(i) && is_part(&text[..i]))
        .any(|i| {
            let last = text[..i].chars().next_back();
            std::iter::once("").chain(LINKS).any(|link| {
                follows(last, link)
                    && text[i..]
                        .strip_prefix(link)
                        .is_some_and(|more| words_only(more, parts - 1))
            })
        })
}

/// True when `word` (folded) may be one part of a compound's rest: a word of the list
/// of [`MIN_WORD`] bytes or more, or one of [`SHORT_PARTS`].
fn is_part(word: &str) -> bool {
    (word.len() >= MIN_WORD && is_word(word)) || SHORT_PARTS.contains(&word)
}

/// True when `word` (folded) is a line of [`WORDS`]: a binary search over the lines.
fn is_word(word: &str) -> bool {
    let bytes = WORDS.as_bytes();
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |p| lo + p + 1);
        let end = bytes[start..hi]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(hi, |p| start + p);
        match bytes[start..end].cmp(word.as_bytes()) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold_alias;

    #[test]
    fn word_list_is_folded_and_sorted() {
        let lines: Vec<&str> = WORDS.lines().filter(|l| !l.starts_with('#')).collect();
        assert!(lines.len() > 50_000, "{} words", lines.len());
        for pair in lines.windows(2) {
            assert!(
                pair[0].as_bytes() < pair[1].as_bytes(),
                "{pair:?} not sorted"
            );
        }
        for line in &lines {
            assert_eq!(fold_alias(line), *line, "not folded");
        }
        assert!(lines.iter().all(|l| is_word(l)), "every line is found");
    }

    #[test]
    fn words_and_non_words() {
        for word in ["krieg", "abkommen", "reise", "restaurant", "aaa"] {
            assert!(is_word(word), "{word}");
        }
        for word in ["", "stnahme", "tnahme", "zzzzzzzzz", "#", "kriegx"] {
            assert!(!is_word(word), "{word}");
        }
    }

    #[test]
    fn rests() {
        // (head, rest after it, its word, is it a compound of the head)
        let rows = [
            ("", "Irak", true),
            ("n", "Kuban", false),
            ("tur", "Kubatur", false),
            ("oel", "Iranöl", true),
            ("s", "Russlands", true),
            ("krieg", "Irakkrieg", true),
            ("kriegs", "Irakkriegs", true),
            ("kriegsveteranen", "Irakkriegsveteranen", true),
            ("reise", "Russlandreise", true),
            ("restaurant", "Chinarestaurant", true),
            ("abkommen", "Iranabkommen", true),
            ("ssanktionen", "Russlandssanktionen", true),
            ("nabwehrsysteme", "Drohnenabwehrsysteme", true),
            ("tests", "Atomtests", true),
            ("euren", "Waffenexporteuren", true),
            ("stnahme", "Indienstnahme", false),
            ("ststellung", "Indienststellung", false),
            ("xq", "Iranxq", false),
            ("stnahmeabkommen", "Indienstnahmeabkommen", false),
        ];
        for (rest, word, expected) in rows {
            let head = &fold_alias(word)[..fold_alias(word).len() - rest.len()];
            assert_eq!(
                rest_is_german(head, rest),
                expected,
                "{word}: rest {rest:?}"
            );
        }
    }
}
