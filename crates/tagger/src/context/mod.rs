//! Context rules: what the words around a match say about it. The matcher finds every
//! alias; these rules decide, from the neighbouring text, which of its matches are the
//! entity and which are a look-alike, and add the country inside a state body's name.
//!
//! One file per rule family (docs/gazetteer-countries.md, "Context rules"):
//!
//! - [`nested`]: a state body's name (`Russia's defence ministry`, `die israelische
//!   Armee`) also counts as a mention of its country, nested inside the organization.
//! - [`dateline`]: the city that opens a wire story is where it was filed.
//! - [`compound`]: a German closed compound's rest must be German words (`Irakkrieg`,
//!   not `Indienstnahme`; run inside the matcher, per candidate).
//! - [`capital`]: a capital standing for its government versus the capital as a place
//!   (run inside the matcher, per candidate).
//! - [`person`]: people named like places (`Michael Jordan`, `Chad Smith`).
//! - [`names`]: countries inside other names (`Air India`, `Japan Times`, `Korean War`);
//!   organizations before a hyphen and a number name a model or an index (`Boeing-767`),
//!   companies before a model designation a model (`Airbus A310`, `Boeing 777`); names
//!   inside web and e-mail addresses are none (`www.osce.org`); a sponsor inside an
//!   event's name is the event (`Toshiba Classic`, `Kremlin Cup`); a company after an
//!   indefinite article is one of its products (`un Iveco`, `ein Airbus`).
//! - [`generic`]: a name of only generic words inside the longer name of another party,
//!   league or state (`Lega Awami`, `Repubblica di Macedonia`, `Liberal Democratic party`).
//! - [`caps`]: word-like acronyms in runs of capitals (`CAR PARTS`), ticker markup.
//! - [`weapons`]: look-alikes of weapon words (`think tank`, `Leopard` the animal).
//! - [`accents`]: common words that folding accents made into names (pt `Irá` *will go*
//!   is not Iran's `Irã`).
//! - [`full_names`]: a company's legal form after its name and a club's prefix before it
//!   are part of the mention (`Deutsche Bahn AG`, `News Corp Ltd`, `F.C. Brasov`).
//! - [`org_spans`]: the words around an organization's name that are part of it or not:
//!   a lower-case descriptor before it (`the Washington Post`), a country's abbreviation
//!   before its own state body (`U.S. Food and Drug Administration`), a unit, channel or
//!   national subsidiary after a company or broadcaster (`Reuters Television`, `RAI 2`,
//!   `AOL Germany`), a Spanish group joined by a hyphen (`PSOE-Progresistas`).
//! - [`own_country`]: a state body's own country named after it in the genitive is part
//!   of its name (`ФСБ России`); another country's name after or before it makes it that
//!   country's body (`МВД Израиля` is not Russia's `МВД`, `Çin Ticaret Bakanlığı` not
//!   Turkey's `Ticaret Bakanlığı`).
//! - [`sentence`]: an organization's name that is a word of the article's language, at a
//!   sentence start, needs support (`Nato a Roma`: Italian *born*).
//! - [`teams`]: a city or state standing for its team in sports tables (`CHICAGO 69 59`,
//!   `BALTIMORE 10 Seattle 5`; run inside the matcher, per candidate).
//!
//! - Chinese side forms: a one-character abbreviation before `方` spans `X方` (`中方`;
//!   [`crate::script::zh_side_end`]).
//!
//! [`refine`] runs the rules over the hits of one article.

pub(crate) mod accents;
pub(crate) mod capital;
mod caps;
pub(crate) mod compound;
mod dateline;
mod full_names;
mod generic;
mod names;
mod nested;
mod org_spans;
mod own_country;
pub(crate) mod person;
mod sentence;
pub(crate) mod teams;
mod weapons;

pub(crate) use nested::state_body_countries;

use crate::matcher::{ArticleLang, Hit};
use crate::model::Source;
use crate::Gazetteer;

/// One field's text and its accepted hits, in order of start.
pub(crate) struct FieldHits<'a> {
    pub(crate) text: &'a str,
    pub(crate) hits: &'a mut Vec<Hit>,
    pub(crate) is_body: bool,
}

/// Applies the context rules to the hits of an article's fields (title, then body):
/// drops the look-alikes and adds the countries nested in state bodies. Hits stay
/// sorted by start (a containing hit before the hits inside it).
pub(crate) fn refine(gazetteer: &Gazetteer, lang: ArticleLang, mut fields: [FieldHits<'_>; 2]) {
    let source = &gazetteer.source;
    let german = lang == ArticleLang::Known(Some(crate::model::Lang::De));
    for field in &mut fields {
        for hit in field.hits.iter_mut() {
            if hit.flags.contains(crate::model::Flags::ZH_ABBR) {
                hit.end = crate::script::zh_side_end(field.text, hit.end);
            }
        }
        if field.is_body {
            dateline::drop_filing_place(source, field.text, field.hits);
        }
        accents::drop_accent_lookalikes(&gazetteer.accented, lang, field.text, field.hits);
        person::drop_person_names(source, lang, field.text, field.hits);
        names::drop_inside_names(source, field.text, field.hits);
        names::drop_other_readings(source, field.text, field.hits);
        names::drop_in_addresses(field.text, field.hits);
        generic::drop_generic_inside_names(source, lang, field.text, field.hits);
        weapons::drop_weapon_lookalikes(source, german, field.text, field.hits);
        sentence::sentence_start_words(source, lang, field.text, field.hits);
        org_spans::adjust_org_spans(source, lang, field.text, field.hits);
        full_names::extend_full_names(source, lang, field.text, field.hits);
        own_country::join_own_country(gazetteer, lang, field.text, field.hits);
    }
    // Entities named outside runs of capitals somewhere in the article: asked about only
    // for word-like acronyms, so not looked for when the article has none.
    let mut plain: Vec<u32> = Vec::new();
    let asks = fields
        .iter()
        .any(|f| f.hits.iter().any(|h| caps::is_word_acronym(f.text, h)));
    if asks {
        for field in &fields {
            for h in field.hits.iter() {
                // The cheap test first: most hits repeat an entity already known plain.
                if !plain.contains(&h.entity) && !caps::in_caps_run(field.text, h.start, h.end) {
                    plain.push(h.entity);
                }
            }
        }
    }
    for field in fields {
        caps::drop_caps_lookalikes(field.text, field.hits, &|e| plain.contains(&e));
        nested::add_state_body_countries(gazetteer, lang, field.text, field.hits);
    }
}

/// A fixed word list whose membership test rejects most words by their first byte and
/// length together before comparing any: the rules ask their lists about the words around
/// every hit. `contains` answers exactly as `<[&str]>::contains` on the list.
pub(super) struct Words {
    words: &'static [&'static str],
    /// Per first byte, bit `n` (`n` < 63): a word with that first byte has `n` bytes;
    /// bit 63: one has 63 or more. (Per byte rather than one mask for the list: `the`
    /// passed a test of first byte and length apart for a list with `tea` and `Times`,
    /// and then the whole list was compared.) Index 0 also stands for the empty word.
    lengths: [u64; 256],
}

impl Words {
    pub(super) const fn new(words: &'static [&'static str]) -> Words {
        let mut lengths = [0u64; 256];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            let first = if w.is_empty() { 0 } else { w[0] as usize };
            lengths[first] |= 1 << length_bit(w.len());
            i += 1;
        }
        Words { words, lengths }
    }

    pub(super) fn contains(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let first = bytes.first().map_or(0, |&b| usize::from(b));
        self.lengths[first] & (1 << length_bit(bytes.len())) != 0
            && self.words.iter().any(|w| {
                w.len() == bytes.len() && w.as_bytes().first() == bytes.first() && *w == word
            })
    }
}

impl Words {
    /// Whether the list has `word` ignoring ASCII case (a word of a run of capitals
    /// against a list written in title case: `RANGERS`, `CUP`).
    pub(super) fn contains_ignoring_ascii_case(&self, word: &str) -> bool {
        self.words.iter().any(|w| w.eq_ignore_ascii_case(word))
    }
}

const fn length_bit(len: usize) -> u32 {
    if len < 63 {
        len as u32
    } else {
        63
    }
}

/// The start of the run of characters `is_word` accepts that ends `text` (`text.len()`
/// when the last character is not one). `ascii` must answer as `is_word` for ASCII bytes:
/// the rules read the words around every hit, and most are ASCII, which this classifies
/// byte by byte without decoding characters backwards.
fn run_start(text: &str, ascii: impl Fn(&u8) -> bool, is_word: impl Fn(char) -> bool) -> usize {
    let bytes = text.as_bytes();
    let mut i = bytes.len();
    while i > 0 && ascii(&bytes[i - 1]) {
        i -= 1;
    }
    if i == 0 || bytes[i - 1].is_ascii() {
        return i;
    }
    // A non-ASCII character: the general rule from there on.
    text[..i]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word(c))
        .last()
        .map_or(i, |(j, _)| j)
}

/// The end of the run of characters `is_word` accepts that starts `text` (0 when the
/// first is not one); `ascii` as for [`run_start`].
fn run_end(text: &str, ascii: impl Fn(&u8) -> bool, is_word: impl Fn(char) -> bool) -> usize {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() && ascii(&bytes[i]) {
        i += 1;
    }
    if i == bytes.len() || bytes[i].is_ascii() {
        return i;
    }
    text[i..]
        .char_indices()
        .find(|&(_, c)| !is_word(c))
        .map_or(text.len(), |(j, _)| i + j)
}

/// True when the hit is of a country entity.
fn is_country(source: &Source, hit: &Hit) -> bool {
    source.entities[hit.entity as usize].kind == crate::model::EntryType::Country
}
