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
use crate::model::{Entity, EntryType, Flags, Source};

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

/// An organization named right before a hyphen and a whole number of two or more
/// digits: the name of a model or an index named after it (`Boeing-767`, `CNB-120`,
/// `KSE-100`), not the organization (as the acronym rule reads `CNB-120` in
/// `acronyms::occurrences`). A decimal (`-1,5`) is no model number.
///
/// A company named right before a space and a model designation is the model too (`the
/// Airbus A310`, `un Airbus 330`, `a Boeing 777`, `Lockheed F-104`, `una KTM 600`): a
/// designation is one to three capitals, a hyphen or space, and two to four digits (`A310`,
/// `A 310-300`, `F-104`, `MD-11`; not a year: `FY2019`), or a number of three digits
/// (`737`, `737-800`) that no unit word and no other number follows (`Toyota 750 yen`,
/// `Siemens 300 jobs`, `Yamaha 317 3.` in a table keep the company). Companies only: a
/// team before its score (`Chicago 102`) and a body before a number are not models. An
/// airline before a flight number is named (`Ethiopian Airlines 702`, `flight TWA 800`).
fn model_name(entity: &Entity, text: &str, h: &Hit) -> bool {
    model_number_after(text.as_bytes(), h.end)
        || (entity.org_kind.as_deref() == Some("company")
            && model_designation_after(&text[h.end..])
            && !flight_number(text, h.start, h.end))
}

/// Drops the organization hits that name something else: a model or an index
/// ([`model_name`]), an event named after its sponsor or organizer ([`sponsor_event`]),
/// one of a company's products ([`product`]), another club whose name holds the club's
/// ([`longer_club`]). One pass over the hits for the four.
pub(super) fn drop_other_readings(source: &Source, text: &str, hits: &mut Vec<Hit>) {
    hits.retain(|h| {
        let entity = &source.entities[h.entity as usize];
        entity.kind != EntryType::Organization
            || !(model_name(entity, text, h)
                || sponsor_event(entity, text, h)
                || product(entity, text, h)
                || longer_club(entity, text, h))
    });
}

/// Words that end a football club's name (`Queens Park Rangers`, `Bolton Wanderers`,
/// `Brighton and Hove Albion`). Not `Wednesday` (`Sheffield Wednesday`), the day after a
/// club's name in sports reports (`the Cleveland Indians Wednesday`).
#[rustfmt::skip]
const CLUB_WORDS: Words = Words::new(&[
    "Rangers", "Rovers", "Wanderers", "United", "City", "Athletic", "Albion", "Town", "County",
    "Hotspur", "Argyle", "Academical", "Thistle", "Harriers",
]);

/// A club named right before a word that ends a club's name is part of another club's
/// name (`Queen's Park Rangers`, `QUEEN 'S PARK RANGERS`: not the Scottish `Queen's Park`).
/// A club's own name with such a word is an alias and matched whole (`Leeds United`); a
/// city that names its team in tables (`team` aliases) is the city's other reading, read
/// in `context::teams`. In a run of capitals the word is compared ignoring ASCII case.
fn longer_club(entity: &Entity, text: &str, h: &Hit) -> bool {
    if entity.org_kind.as_deref() != Some("sports") || h.flags.contains(Flags::TEAM) {
        return false;
    }
    let caps = !text[h.start..h.end].chars().any(char::is_lowercase);
    capitalized_words_after(
        text,
        h.end,
        u8::is_ascii_alphabetic,
        char::is_alphabetic,
        |word, _| {
            Some(if caps {
                CLUB_WORDS.contains_ignoring_ascii_case(word)
            } else {
                CLUB_WORDS.contains(word)
            })
        },
    )
    .unwrap_or(false)
}

/// Words that end the name of a tournament, race or prize (`Toshiba Classic`, `NEC World
/// Series of Golf`, `Kremlin Cup`, `UEFA Cup`, `Volvo Ocean Race`). Not `League`: the
/// corpora disagree on `UEFA Champions League` (the body in KIND, the event in CoNLL-style
/// ones), and a league is often an organization itself.
#[rustfmt::skip]
const EVENT_WORDS: Words = Words::new(&[
    "Classic", "Masters", "Invitational", "Championship", "Championships", "Trophy", "Cup",
    "Bowl", "Tournament", "Open", "Prix", "Race", "Series", "Marathon", "Rally", "Pokal",
]);

/// Words that open the name of a tournament or prize before its sponsor or organizer
/// (`Copa de la UEFA`, `Coppa UEFA`, `Coupe de l'UEFA`, `Copa Toyota`).
#[rustfmt::skip]
const EVENT_WORDS_BEFORE: Words = Words::new(&[
    "Copa", "Coppa", "Coupe", "Taça", "Trofeo", "Trophée", "Troféu", "Torneo", "Tournoi",
]);

/// Articles and prepositions between such a word and the name (`Copa de la UEFA`).
const EVENT_LINKS: Words = Words::new(&["de", "del", "la", "da", "do", "della", "di", "des", "du"]);

/// A sponsor or organizer inside an event's name: an organization followed, in the
/// same run of capitalized words (at most three words on), by a word that ends the name
/// of a tournament, race or prize (`Toshiba Classic`, `TOSHIBA CLASSIC`, `NEC World Series
/// of Golf`, `Kremlin Cup`, `UEFA Cup`), or named right after a word that opens one
/// (`Copa de la UEFA`, `Coppa UEFA`, `Copa Toyota`). The article names the event, not the
/// organization. `Open`, `Race` and `Rally`, also verbs, end such a name only when no
/// capitalized word follows them (a title-case headline, `Toshiba Open To Talks`, `Toyota
/// Shares Rally On Sales`, is the company), or in a run of capitals. Parties and
/// international bodies are never read so (`Arab League`, `Party Congress`); a sports body
/// only where it is named by a case-exact acronym (`UEFA`, `FIFA`, `FA`), because a club
/// before `Cup` is the club in a British headline (`Celtic Cup hero`).
fn sponsor_event(entity: &Entity, text: &str, h: &Hit) -> bool {
    let qualifies = match entity.org_kind.as_deref() {
        Some("party" | "intergovernmental") => false,
        Some("sports") => {
            h.flags.contains(Flags::EXACT) && !text[h.start..h.end].chars().any(char::is_lowercase)
        }
        _ => true,
    };
    qualifies && (event_after(text, h.start, h.end) || event_before(text, h.start))
}

/// Whether a word of [`EVENT_WORDS_BEFORE`] comes right before `start`, or before one or
/// two of [`EVENT_LINKS`] (an elided article joined to the name, `l'UEFA`, counts as one).
fn event_before(text: &str, start: usize) -> bool {
    let mut before = &text[..start];
    for elided in ["l'", "l’"] {
        if let Some(b) = before.strip_suffix(elided) {
            before = b;
            break;
        }
    }
    for _ in 0..3 {
        let Some((word, rest)) = super::capital::prev_word(before) else {
            return false;
        };
        if EVENT_WORDS_BEFORE.contains(word) {
            return true;
        }
        if !EVENT_LINKS.contains(word) {
            return false;
        }
        before = rest;
    }
    false
}

/// Whether a word of [`EVENT_WORDS`] follows `end` within the same run of capitalized
/// words (at most three words on). In a run of capitals (the name at `start..end` has no
/// lower-case letter) the words are compared ignoring ASCII case (the list is ASCII).
fn event_after(text: &str, start: usize, end: usize) -> bool {
    let caps = || !text[start..end].chars().any(char::is_lowercase);
    capitalized_words_after(
        text,
        end,
        u8::is_ascii_alphabetic,
        char::is_alphabetic,
        |word, after| {
            let is_event = if word.len() > 1 && !word.chars().any(char::is_lowercase) && caps() {
                EVENT_WORDS.contains_ignoring_ascii_case(word)
            } else {
                EVENT_WORDS.contains(word)
            };
            is_event.then(|| {
                !matches!(word, "Open" | "Race" | "Rally") || !next_word_capitalized(after)
            })
        },
    )
    .unwrap_or(false)
}

/// Runs `f` over the words after `end` while each follows a single space and starts with
/// an upper-case letter (at most three words; a word is the run `ascii` and `is_word`
/// accept, as for [`super::run_end`]), with the text after the word; the first `Some` it
/// gives is the answer.
fn capitalized_words_after<T>(
    text: &str,
    end: usize,
    ascii: impl Fn(&u8) -> bool + Copy,
    is_word: impl Fn(char) -> bool + Copy,
    mut f: impl FnMut(&str, &str) -> Option<T>,
) -> Option<T> {
    let mut rest = &text[end..];
    for _ in 0..3 {
        let r = rest.strip_prefix(' ')?;
        // The word starts with the run's first character (an upper-case one is part of
        // it); checked before the run is measured.
        if !r.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let len = super::run_end(r, ascii, is_word);
        if let Some(answer) = f(&r[..len], &r[len..]) {
            return Some(answer);
        }
        rest = &r[len..];
    }
    None
}

/// Whether the text after a word goes on with a space and a capitalized word.
fn next_word_capitalized(rest: &str) -> bool {
    rest.strip_prefix(' ')
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_uppercase)
}

/// Indefinite articles of the languages that put them before a maker's name for one of
/// its products (`un Iveco`, `una Fiat`, `un Boeing`, `une Renault`, `um Embraer`, `ein
/// Airbus`), and the words that may stand between (`un altro Iveco`).
#[rustfmt::skip]
const INDEFINITE: Words = Words::new(&[
    "un", "Un", "uno", "Uno", "una", "Una", "une", "Une", "um", "Um", "uma", "Uma", "ein", "Ein",
    "eine", "Eine", "einen", "Einen", "einem", "Einem", "eines", "Eines", "einer", "Einer",
]);
#[rustfmt::skip]
const INDEFINITE_BETWEEN: Words = Words::new(&[
    "altro", "altra", "otro", "otra", "outro", "outra", "autre", "anderer", "anderen", "weiterer",
    "weiteren", "nuovo", "nuova", "nuevo", "nueva", "novo", "nova", "nouvel", "nouvelle", "neuer",
    "neuen", "secondo", "seconda", "segundo", "segunda", "second", "seconde", "zweiter",
    "zweiten",
]);

/// A company named right after an indefinite article of French, Spanish, Italian,
/// Portuguese or German (`un Iveco CityClass`, `un Boeing della Malaysia Airlines`, `ein
/// Airbus`, `un altro Iveco`): one of its products, a bus, a plane, a car, not the company.
/// A company's name takes no indefinite article where the company is meant. Not before a
/// hyphen (`ein Boeing-Sprecher`: the article is the compound's), and not in English,
/// whose `a` and `an` are not listed: there a name before a noun is the company's (`a
/// Boeing spokesman`).
fn product(entity: &Entity, text: &str, h: &Hit) -> bool {
    entity.org_kind.as_deref() == Some("company")
        && !crate::matcher::before_hyphen(&text[h.end..])
        && indefinite_before(&text[..h.start])
}

/// Whether an indefinite article ends `before`, possibly with one of
/// [`INDEFINITE_BETWEEN`] after it, and a space right before the name.
fn indefinite_before(before: &str) -> bool {
    if !before.ends_with(' ') {
        return false;
    }
    let Some((word, rest)) = super::capital::prev_word(before) else {
        return false;
    };
    INDEFINITE.contains(word)
        || (INDEFINITE_BETWEEN.contains(word)
            && super::capital::prev_word(rest).is_some_and(|(w, _)| INDEFINITE.contains(w)))
}

/// Words for a flight before an airline's name and its number (`flight TWA 800`, `il volo
/// Ethiopian Airlines 702`): the number is the flight's, and the airline is named.
#[rustfmt::skip]
const FLIGHT_WORDS: Words = Words::new(&[
    "flight", "Flight", "flights", "volo", "Volo", "vuelo", "Vuelo", "voo", "Voo", "vol", "Vol",
    "Flug", "рейс", "рейса", "рейсом",
]);

/// Airline words that end an airline's name (`Ethiopian Airlines 702`).
const AIRLINE_WORDS: [&str; 6] = [
    "Airlines",
    "Airways",
    "Air",
    "Aviation",
    "Aerolíneas",
    "Líneas",
];

/// Whether the company at `start..end` is an airline before its flight number.
fn flight_number(text: &str, start: usize, end: usize) -> bool {
    let name = &text[start..end];
    AIRLINE_WORDS.iter().any(|w| name.ends_with(w))
        || super::capital::prev_word(&text[..start]).is_some_and(|(w, _)| FLIGHT_WORDS.contains(w))
}

/// Drops the hits inside a web or e-mail address (`www.tass-ural.ru/news`,
/// `http://www.osce.org/ru/`, `press@nato.int`): a domain or path names a site, and the
/// text a reader sees there is no mention. The address is the run of characters without
/// white space around the hit; it is one when it has `://`, `www.` or an `@` after its
/// first character.
pub(super) fn drop_in_addresses(text: &str, hits: &mut Vec<Hit>) {
    let bytes = text.as_bytes();
    // The cheap test first: a name in an address is joined to the address's next or
    // previous letter by a dot, slash, colon or `@` (`www.tass-ural.ru`, `osce.org`); a
    // hyphen alone is a compound (`US-Armee`), a dot before a space a sentence's end.
    let joins = |mark: Option<&u8>, letter: Option<&u8>| {
        matches!(mark, Some(b'.' | b'/' | b'@' | b':'))
            && letter.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'/')
    };
    hits.retain(|h| {
        let joined_before = h.start >= 2 && joins(bytes.get(h.start - 1), bytes.get(h.start - 2));
        let joined_after = joins(bytes.get(h.end), bytes.get(h.end + 1));
        !((joined_before || joined_after) && in_address(text, h.start, h.end))
    });
}

fn in_address(text: &str, start: usize, end: usize) -> bool {
    let from = text[..start]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let to = text[end..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| end + i);
    let token = &text[from..to];
    // `@` inside (an e-mail address), not at the start (`@NATO`, the account, names it).
    token.contains("://") || token.contains("www.") || token.find('@').is_some_and(|i| i > 0)
}

/// Words after a number that make it an amount, not a model (`Toyota 750 yen`).
#[rustfmt::skip]
const UNIT_WORDS: Words = Words::new(&[
    "yen", "dollars", "euros", "euro", "pounds", "marks", "francs", "yuan", "won", "rupees",
    "cents", "pence", "shares", "points", "pts", "percent", "pct", "per", "million", "mln",
    "billion", "bln", "jobs", "employees", "workers", "staff", "people", "stores", "units",
    "Mark", "Euro", "Dollar", "Prozent", "Punkte", "Aktien", "Millionen", "Milliarden",
    "Mitarbeiter", "Beschäftigte", "Stellen", "Arbeitsplätze", "Yen", "dólares", "pesos",
    "puntos", "millones", "empleos", "empleados", "trabajadores", "acciones", "dollari",
    "punti", "milioni", "dipendenti", "lavoratori", "azioni", "posti", "reais", "mil",
    "долларов", "рублей", "евро", "млн", "млрд", "тысяч", "акций", "сотрудников",
]);

/// Whether `rest` (the text after a company's name) starts with a space and a model
/// designation (see [`model_name`]).
fn model_designation_after(rest: &str) -> bool {
    let Some(r) = rest.strip_prefix(' ') else {
        return false;
    };
    let b = r.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    if (1..=3).contains(&letters) {
        // `A310`, `F-104`, `A 310` (one letter before a space only).
        let mut i = letters;
        if matches!(b.get(i), Some(b'-')) || (letters == 1 && b.get(i) == Some(&b' ')) {
            i += 1;
        }
        let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let number = &b[i..i + digits];
        let year = digits == 4 && (number.starts_with(b"19") || number.starts_with(b"20"));
        return (2..=4).contains(&digits) && !year && !decimal_at(&b[i + digits..]);
    }
    if letters > 0 {
        return false;
    }
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits != 3 || decimal_at(&b[3..]) || b.get(3) == Some(&b'%') {
        return false;
    }
    // `737-800`: the series after a hyphen.
    let mut after = &r[3..];
    if let Some(series) = after.strip_prefix('-') {
        let n = series.bytes().take_while(u8::is_ascii_digit).count();
        after = &series[n..];
    }
    if after.starts_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    // A number after the number: a column of a table (`Yamaha 317 3. Vialle`), a
    // catalogue number (`Philips 432 147-2`).
    let next = after.trim_start_matches(' ');
    if next.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let len = super::run_end(next, u8::is_ascii_alphabetic, char::is_alphabetic);
    !UNIT_WORDS.contains(&next[..len])
}

/// Whether `rest` starts with a decimal separator and a digit (`,5`, `.25`).
fn decimal_at(rest: &[u8]) -> bool {
    matches!(rest.first(), Some(b',' | b'.')) && rest.get(1).is_some_and(u8::is_ascii_digit)
}

/// Whether `text[end..]` starts with a hyphen and a whole number of two or more digits.
fn model_number_after(text: &[u8], end: usize) -> bool {
    let rest = &text[end..];
    if rest.first() != Some(&b'-') {
        return false;
    }
    let digits = rest[1..].iter().take_while(|b| b.is_ascii_digit()).count();
    digits >= 2 && !decimal_at(&rest[1 + digits..])
}

/// A designator within the capitalized words after `end` (`China Steel Corp`).
fn designator_after(text: &str, end: usize) -> bool {
    capitalized_words_after(
        text,
        end,
        |&b| b.is_ascii_alphanumeric() || b == b'.' || b == b'&',
        |c| c.is_alphanumeric() || c == '.' || c == '&',
        |word, _| {
            DESIGNATORS
                .contains(word.trim_end_matches('.'))
                .then_some(())
        },
    )
    .is_some()
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
