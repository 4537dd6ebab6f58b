//! Look-alikes of weapon words, and named warships.
//!
//! A weapon mention is dropped when the words around it give the other reading:
//!
//! - German `Tank` (a container; the weapon is `Panzer`); `tank` after `think`, `fuel`, `water`, `gas`, `septic`, `oil`, `fish`... or before
//!   `top` (a container or a think tank, not armour);
//! - `arms` of the body: after `in`/`into` and a possessive, or `open`, `folded`, before
//!   `and legs`, `around`, `crossed`; `up in arms`, `coat of arms`;
//! - `bomb` as a flop or a thing: after `box-office`, `bath`, `stink`, `F`, `calorie`,
//!   `photo`, before `at the box office`;
//! - `missile` (singular) in sport: the same sentence has `goal`, `keeper`, `yards`,
//!   `striker`, `free kick`, `Torwart`...;
//! - an animal or a person named like a weapon (`Leopard`, `Jaguar`, `Cobra`, `Puma`,
//!   `Tiger`, `Patriot`): the sentence speaks of a zoo, cubs, prey, wildlife, a
//!   `true`/`ein` patriot, the `Patriot Act`, the `New England Patriots`.
//!
//! - a mine that is dug, not laid: fr/es/pt `mine`/`mina` before `de`/`d'` and a mineral
//!   or before `à ciel ouvert`/`a cielo abierto` (`mine de sel`, `mina de oro`);
//! - Arabic `مسيرة` (a drone, and a march, a course): before `سلمية` (peaceful),
//!   `احتجاجية` (protest), `حاشدة` (mass), `العودة` (the return march), `السلام` (the peace
//!   process), `المهنية` (a career)..., or after a verb of organizing (`نظموا`). Compared
//!   folded, so unnormalized spellings count alike.
//!
//! A warship prefix (`USS`, `HMS`, term `named-ship`) becomes one `naval` mention
//! spanning the ship's name (`USS Gerald R. Ford`, `HMS Prince of Wales`); mentions
//! inside the name (`George Washington`, `Wales`) are dropped; a prefix with no name
//! after it is dropped.

use std::sync::OnceLock;

use crate::matcher::Hit;
use crate::model::{EntryType, Source};
use crate::normalize::fold_alias;

#[rustfmt::skip]
const TANK_BEFORE: &[&str] = &[
    "think", "fuel", "water", "gas", "septic", "oil", "fish", "storage", "petrol", "propane",
    "oxygen", "holding", "shark", "sensory", "toilet", "tropical", "hot", "diving", "scuba",
];
#[rustfmt::skip]
const ARMS_BEFORE: &[&str] = &[
    "open", "outstretched", "folded", "crossed", "broken", "bare", "strong", "loving",
    "mother's", "tattooed", "muscular",
];
/// Possessives that make `arms` the body's only after `in`/`into` (`in her arms`):
/// `laid down their arms` are weapons.
#[rustfmt::skip]
const POSSESSIVES: &[&str] = &["his", "her", "their", "my", "your", "our", "its"];
#[rustfmt::skip]
const BOMB_BEFORE: &[&str] = &[
    "bath", "stink", "F", "f", "calorie", "photo", "office", "sex", "truth", "smoke", "glitter",
];
#[rustfmt::skip]
const SPORT_WORDS: &[&str] = &[
    "goal", "goals", "keeper", "goalkeeper", "goalie", "yards", "striker", "midfielder",
    "free-kick", "kick", "penalty", "corner", "crossbar", "net", "scored", "scores", "match",
    "Torwart", "Tor", "Treffer", "Freistoß", "Strafraum", "Stürmer",
];
#[rustfmt::skip]
const ANIMAL_WORDS: &[&str] = &[
    "zoo", "cub", "cubs", "prey", "wildlife", "safari", "species", "spotted", "spots", "paw",
    "paws", "fur", "predator", "predators", "conservation", "poachers", "big", "cat", "cats",
    "jungle", "savanna", "habitat", "snake", "venom", "Zoo", "Tierpark", "Raubkatze",
    "Jungtiere", "Beute", "Fell", "Wildtier", "Schlange",
];
#[rustfmt::skip]
const ANIMAL_NAMES: &[&str] = &[
    "Leopard", "Leopards", "Jaguar", "Jaguars", "Cobra", "Cobras", "Puma", "Pumas", "Tiger",
    "Tigers", "Lynx", "Wolf", "Boxer", "Mamba", "Viper", "Python", "Gepard",
];
/// What a mine is dug for (fr, es, pt), after `mine de`/`mina de`/`mine d'`.
#[rustfmt::skip]
const MINED: &[&str] = &[
    "sel", "charbon", "fer", "cuivre", "or", "argent", "uranium", "lithium", "potasse",
    "phosphate", "phosphates", "diamant", "diamants", "nickel", "cobalt", "zinc", "plomb",
    "bauxite", "étain", "sal", "carbón", "cobre", "oro", "plata", "hierro", "litio", "potasa",
    "fosfato", "diamantes", "estaño", "plomo", "esmeraldas", "carvão", "ferro", "ouro",
    "prata", "lítio",
];
/// Words after Arabic `مسيرة` that make it a march or a course (compared folded).
#[rustfmt::skip]
const MARCH_AFTER: &[&str] = &[
    "سلمية", "احتجاجية", "حاشدة", "شعبية", "جماهيرية", "تضامنية", "مليونية", "العودة",
    "السلام", "الإصلاح", "التنمية", "النضال", "الحياة", "المهنية", "السياسية", "الرياضية",
    "الفنية", "الكروية", "الدبلوماسية", "التفاوض", "المفاوضات",
];
/// Verbs of organizing or joining a march right before Arabic `مسيرة` (compared folded).
#[rustfmt::skip]
const MARCH_BEFORE: &[&str] = &["نظموا", "نظمت", "نظم", "ينظمون", "سيروا", "سيّروا", "شاركوا", "خرجت"];
#[rustfmt::skip]
const PATRIOT_PERSON_BEFORE: &[&str] = &[
    "a", "true", "great", "proud", "real", "ein", "wahrer", "großer", "echter", "als",
    "England", "American", "German", "Russian",
];
#[rustfmt::skip]
const PATRIOT_AFTER: &[&str] = &[
    "Act", "Front", "Party", "Day", "League", "Movement", "Games", "Games.", "Partei", "Bewegung",
];

/// Drops weapon look-alikes and shapes named-ship mentions, in one field.
pub(super) fn drop_weapon_lookalikes(
    source: &Source,
    german: bool,
    text: &str,
    hits: &mut Vec<Hit>,
) {
    if !hits
        .iter()
        .any(|h| source.entities[h.entity as usize].kind == EntryType::Weapon)
    {
        return;
    }
    let mut ships: Vec<(usize, usize)> = Vec::new();
    let mut sentences = Sentences::new(text);
    // One pass that keeps or drops each hit in place: linear in the hits, also when a
    // hostile text is thousands of look-alikes.
    hits.retain_mut(|h| {
        let e = &source.entities[h.entity as usize];
        if e.kind != EntryType::Weapon {
            return true;
        }
        if e.id == "named-ship" {
            return match ship_name_end(text, h.end) {
                Some(end) => {
                    h.end = end;
                    ships.push((h.start, end));
                    true
                }
                None => false,
            };
        }
        // German `Tank` is a fuel tank (the weapon is `Panzer`).
        !(lookalike(text, h.start, h.end, &mut sentences)
            || (german && matches!(&text[h.start..h.end], "Tank" | "Tanks")))
    });
    if !ships.is_empty() {
        // Hits and ships are sorted by start: walk both, keeping the ships that reach
        // past the current hit's start (the only ones that can hold it).
        let mut next_ship = 0;
        let mut open: Vec<(usize, usize)> = Vec::new();
        hits.retain(|h| {
            while next_ship < ships.len() && ships[next_ship].0 <= h.start {
                open.push(ships[next_ship]);
                next_ship += 1;
            }
            open.retain(|&(_, e)| e > h.start);
            !open
                .iter()
                .any(|&(s, e)| (s, e) != (h.start, h.end) && s <= h.start && h.end <= e)
        });
    }
}

/// At most this many words make a ship's name (`USS George H. W. Bush` has five): a
/// text of capitalized words after `USS` is not one name.
const MAX_SHIP_NAME_WORDS: usize = 8;

/// The end of a ship's name after its prefix: capitalized words, initials, numbers,
/// and `of`/`the` between them, at most [`MAX_SHIP_NAME_WORDS`]. `None` when no name
/// follows.
fn ship_name_end(text: &str, mut end: usize) -> Option<usize> {
    let mut named = None;
    let mut words = 0;
    while let Some(rest) = text[end..].strip_prefix(' ') {
        if words == MAX_SHIP_NAME_WORDS {
            break;
        }
        words += 1;
        let len = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-' || c == '\''))
            .unwrap_or(rest.len());
        let word = rest[..len].trim_end_matches('.');
        let word_len = if rest[..len].len() > word.len() && word.chars().count() == 1 {
            len // an initial keeps its period (`R.`)
        } else {
            word.len()
        };
        if word.is_empty() {
            break;
        }
        let capital = word
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        if capital {
            end = end + 1 + word_len;
            named = Some(end);
        } else if matches!(word, "of" | "the") && named.is_some() {
            end = end + 1 + word_len;
        } else {
            break;
        }
    }
    named
}

/// The sentences of one field, found on first use: the sentence around a hit is the
/// text between the sentence end (or line break) before it and the one after it.
///
/// The ends are indexed once per field and the word tests remembered for the last
/// sentence asked about, so a field that is one sentence of thousands of weapon words
/// costs one pass, not one pass per word.
struct Sentences<'a> {
    text: &'a str,
    /// Byte offsets of `.`, `!`, `?` and line breaks, ascending; `None` until needed.
    ends: Option<Vec<usize>>,
    /// The last sentence asked about (`from..to`) and its [`SentenceWords`].
    last: Option<(usize, usize, SentenceWords)>,
}

/// Which word lists a sentence has words of.
#[derive(Debug, Clone, Copy)]
struct SentenceWords {
    sport: bool,
    animal: bool,
}

impl<'a> Sentences<'a> {
    fn new(text: &'a str) -> Sentences<'a> {
        Sentences {
            text,
            ends: None,
            last: None,
        }
    }

    /// `from..to` of the sentence around `start..end`.
    fn around(&mut self, start: usize, end: usize) -> (usize, usize) {
        let text = self.text;
        let ends = self.ends.get_or_insert_with(|| {
            text.bytes()
                .enumerate()
                .filter(|(_, b)| matches!(b, b'.' | b'!' | b'?' | b'\n'))
                .map(|(i, _)| i)
                .collect()
        });
        // The last end before `start`, and the first at or after `end`.
        let before = ends.partition_point(|&i| i < start);
        let from = before.checked_sub(1).map_or(0, |k| ends[k] + 1);
        let after = ends.partition_point(|&i| i < end);
        let to = ends.get(after).copied().unwrap_or(text.len());
        (from, to)
    }

    /// The word lists the sentence around `start..end` has words of.
    fn words_around(&mut self, start: usize, end: usize) -> SentenceWords {
        let (from, to) = self.around(start, end);
        if let Some((f, t, found)) = self.last {
            if (f, t) == (from, to) {
                return found;
            }
        }
        let sentence = &self.text[from..to];
        let found = SentenceWords {
            sport: words(sentence).any(|w| SPORT_WORDS.contains(&w)),
            animal: words(sentence).any(|w| ANIMAL_WORDS.contains(&w)),
        };
        self.last = Some((from, to, found));
        found
    }
}

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
}

fn prev_word(text: &str, start: usize) -> &str {
    let t = text[..start].trim_end();
    let from = t
        .rfind(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-' || c == '’'))
        .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
    let w = &t[from..];
    // `box-office bomb`: the last part of a hyphenated word
    w.rsplit('-').next().unwrap_or(w)
}

/// Up to three words after `end` ([`words`]), without allocating.
fn next_words(text: &str, end: usize) -> NextWords<'_> {
    let mut next = NextWords {
        words: [""; 3],
        len: 0,
    };
    for w in words(&text[end..]).take(3) {
        next.words[next.len] = w;
        next.len += 1;
    }
    next
}

/// The words [`next_words`] found, as a slice.
struct NextWords<'a> {
    words: [&'a str; 3],
    len: usize,
}

impl<'a> std::ops::Deref for NextWords<'a> {
    type Target = [&'a str];

    fn deref(&self) -> &[&'a str] {
        &self.words[..self.len]
    }
}

/// The longest of the words `lookalike` decides by (`missile`, `patriots`).
const LONGEST_ASKING_WORD: usize = 8;

fn lookalike(text: &str, start: usize, end: usize, sentences: &mut Sentences<'_>) -> bool {
    let word = &text[start..end];
    // Lower-cased without allocating when ASCII: an ASCII word of more than
    // `LONGEST_ASKING_WORD` bytes is none of the words matched below and has no Arabic
    // letter, so it is left as it is. Other words are lower-cased in full (`K`, the Kelvin
    // sign, lower-cases to an ASCII `k`).
    let mut ascii_lower = [0u8; LONGEST_ASKING_WORD];
    let owned_lower;
    let lower: &str = if !word.is_ascii() {
        owned_lower = word.to_lowercase();
        &owned_lower
    } else if word.len() <= LONGEST_ASKING_WORD {
        let buf = &mut ascii_lower[..word.len()];
        buf.copy_from_slice(word.as_bytes());
        buf.make_ascii_lowercase();
        std::str::from_utf8(buf).unwrap_or(word)
    } else {
        word
    };
    // The words around are read only for the words whose rule asks for them: most weapon
    // mentions (`Rakete`, `missiles`) are decided by the word alone.
    let prev = || prev_word(text, start);
    let next = || next_words(text, end);
    match lower {
        "tank" | "tanks" => {
            TANK_BEFORE.contains(&prev().to_lowercase().as_str()) || next().first() == Some(&"top")
        }
        "arms" => {
            let prev = prev();
            let prev_lower = prev.to_lowercase();
            let next = next();
            ARMS_BEFORE.contains(&prev_lower.as_str())
                || (POSSESSIVES.contains(&prev_lower.as_str())
                    && matches!(
                        prev_word(text, text[..start].trim_end().len() - prev.len())
                            .to_lowercase()
                            .as_str(),
                        "in" | "into"
                    ))
                || matches!(
                    next.first(),
                    Some(&"around" | &"crossed" | &"folded" | &"outstretched")
                )
                || next.starts_with(&["and", "legs"])
                || text[..start].trim_end().ends_with("up in")
                || text[..start].trim_end().ends_with("coat of")
        }
        "bomb" | "bombs" => {
            BOMB_BEFORE.contains(&prev()) || next().starts_with(&["at", "the", "box"])
        }
        "missile" => sentences.words_around(start, end).sport,
        "patriot" | "patriots" => {
            PATRIOT_PERSON_BEFORE.contains(&prev())
                || next().first().is_some_and(|w| PATRIOT_AFTER.contains(w))
                || lower == "patriots"
        }
        "mine" | "mines" | "mina" | "minas" => dug_mine(&next()),
        _ if lower.contains('\u{0645}') => march(lower, prev(), &next()),
        _ => ANIMAL_NAMES.contains(&word) && sentences.words_around(start, end).animal,
    }
}

/// `mine de sel`, `mina de oro`, `mine d'or`, `mine à ciel ouvert`: a mine that is dug.
fn dug_mine(next: &[&str]) -> bool {
    let mineral = |w: &str| MINED.contains(&w.to_lowercase().as_str());
    match next {
        [de, what, ..] if matches!(*de, "de" | "du" | "des") => mineral(what),
        [first, ..] if first.starts_with("d'") || first.starts_with("d’") => {
            mineral(first.trim_start_matches("d'").trim_start_matches("d’"))
        }
        [a, sky, ..] => matches!((*a, *sky), ("à", "ciel") | ("a", "cielo") | ("a", "céu")),
        _ => false,
    }
}

/// Arabic `مسيرة` (any clitic form of it) meaning a march or a course, not a drone.
fn march(word: &str, prev: &str, next: &[&str]) -> bool {
    /// The stem and the two word lists, folded once: (stem, after, before).
    static FOLDED: OnceLock<(String, Vec<String>, Vec<String>)> = OnceLock::new();
    let (stem, after, before) = FOLDED.get_or_init(|| {
        let fold_all = |list: &[&str]| list.iter().map(|w| fold_alias(w)).collect();
        (
            fold_alias("مسير"),
            fold_all(MARCH_AFTER),
            fold_all(MARCH_BEFORE),
        )
    });
    if !fold_alias(word).contains(stem.as_str()) {
        return false;
    }
    let folded_in = |w: &str, list: &[String]| list.contains(&fold_alias(w));
    next.first().is_some_and(|w| folded_in(w, after)) || folded_in(prev, before)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    #[test]
    fn lookalike_table() {
        // (text with the weapon word between `<` and `>`, is a look-alike)
        let rows: &[(&str, bool)] = &[
            ("a think <tank> in Washington", true),
            ("the fuel <tank> leaked", true),
            ("Russian <tank> columns", false),
            ("she held the baby in her <arms>", true),
            ("frappe sur la <mine> de sel de Soledar", true),
            ("une <mine> d'or au Mali", true),
            ("la <mine> a explosé sous le char", false),
            ("una <mina> de oro a cielo abierto", true),
            ("خرجت <مسيرة> سلمية في المدينة", true),
            ("دعم <مسيرة> السلام", true),
            ("أسقطت <مسيرة> إسرائيلية", false),
            ("welcomed with open <arms>", true),
            ("<arms> sales to Riyadh", false),
            ("would not hand over its <arms> while", false),
            ("the film was a box-office <bomb>", true),
            ("a <bomb> exploded", false),
            ("he fired a <missile> past the keeper", true),
            ("a <missile> struck Kyiv", false),
            ("the <Leopard> cubs at the zoo", true),
            ("<Leopard> tanks for Kyiv", false),
            ("the <Patriot> Act", true),
            ("a true <Patriot> at heart", true),
            ("<Patriot> batteries", false),
            // Lower-casing: an ASCII word in capitals, a long ASCII word, and a non-ASCII
            // word that lower-cases to an asked-about one (the Kelvin sign is `k`).
            ("a think <TANK> in Washington", true),
            ("a think <TAN\u{212A}> in Washington", true),
            ("the <PATRIOTS> won", true),
            ("the <missilesystems> deal", false),
        ];
        for (row, expected) in rows {
            let start = row.find('<').unwrap();
            let end = row.find('>').unwrap() - 1;
            let text = row.replace(['<', '>'], "");
            let mut sentences = Sentences::new(&text);
            assert_eq!(
                lookalike(&text, start, end, &mut sentences),
                *expected,
                "row {row:?}"
            );
        }
        let t = "USS Gerald R. Ford and HMS Prince of Wales sailed";
        assert_eq!(&t[..ship_name_end(t, 3).unwrap()], "USS Gerald R. Ford");
        let hms = t.find("HMS").unwrap();
        assert_eq!(
            &t[hms..ship_name_end(t, hms + 3).unwrap()],
            "HMS Prince of Wales"
        );
        assert_eq!(ship_name_end("the USS said", 7), None);
        let long = "USS A B C D E F G H I J K";
        assert_eq!(
            &long[..ship_name_end(long, 3).unwrap()],
            "USS A B C D E F G H"
        );
    }
}
