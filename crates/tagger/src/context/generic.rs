//! Generic names inside longer names: a short name of an organization made only of
//! generic words (`Lega`, `Repubblica`, `Labour`, `Democratic Party`, `Partito
//! Democratico`, `Congress`) is also the head or the tail of the longer name of another
//! party, league, state or body (`Lega Awami`, `Repubblica Popolare di Doneck`,
//! `Repubblica di Macedonia`, `Liberal Democratic party`, `Indonesian Democratic Party`,
//! `Peruvian Congress`). There it names that other body, and the hit is dropped, when
//!
//! - (French, Spanish, Italian, Portuguese: their modifiers follow the noun, and they
//!   write common words in lower case) a capitalized word follows, which is not an
//!   article or preposition (`alla Lega La Cassazione`: a headline run into the text) nor
//!   a given name (`della Lega Matteo Salvini`: the leader); or
//! - a linking word follows (`di`, `della`, `de`, `of`...) and then a country's name
//!   (`Repubblica di Macedonia`, `Democratic Party of Japan`) or two capitalized words, the
//!   first no given name (`Lega di Serie B`, `Lega della Famiglie Polacche`; not `la Lega
//!   di Salvini`, the party of its leader, nor `Lega di Matteo Salvini`); or
//! - right before it stands a generic party word (`Liberal Democratic party`, `Social
//!   Democratic Party`, `Irish Labour`) or the name or adjective of a country other than
//!   the organization's (`Indonesian Democratic Party`, `Peruvian Congress`; `U.S.
//!   Democratic Party`, `British Labour` keep theirs).
//!
//! "Generic" is decided on the words matched, not on a flag: every word (after an
//! article: `la Repubblica`) is a word of [`GENERIC`], a party's generic words in the
//! languages of the party list (`scripts/gazetteer/gen_parties.py`, which leaves names of
//! only such words out of the generated parties) and the words for a state (`Republic`,
//! `Repubblica`). The organization's own longer names are aliases and matched whole
//! (`Lega Nord`, `Democratic Party of Korea`); companies, clubs and universities (`Allianz`,
//! `Progressive`, `El Nacional`) are not read so, nor names in capitals (acronyms, runs of
//! capitals), where the case of the words around says nothing.

use super::Words;
use crate::matcher::{ArticleLang, Hit};
use crate::model::{EntryType, Lang, Source};

/// Generic words of party and state names, in lower case (party words after
/// `gen_parties.py`'s `GENERIC`, without its function words, with their accents): party,
/// democratic, social, labour, liberal, national, popular, communist, green, conservative,
/// christian, union, front, league, congress, alliance, movement, federation, left, right,
/// centre, reform, republican, freedom, justice, citizens, civic; republic, kingdom. Sorted
/// by bytes for `binary_search`: the list is asked about the first word of
/// every organization's name.
#[rustfmt::skip]
const GENERIC: &[&str] = &[
    "alianza", "alleanza", "alliance", "arbeiter", "center", "centre", "centro", "christian",
    "christlich", "christliche", "chrétien", "chrétienne", "citizens", "citoyens", "cittadini",
    "ciudadanos", "civic", "civica", "civico", "coalition", "communist", "communiste",
    "communists", "comunista", "comunisti", "congreso", "congress", "congresso", "congrès",
    "conservador", "conservadora", "conservateur", "conservative", "conservatives", "cristiana",
    "cristiani", "cristiano", "cívica", "democracia", "democracy", "democrat", "democratic",
    "democratica", "democratiche", "democratici", "democratico", "democrats", "democrazia",
    "democrática", "democrático", "democráticos", "demokraten", "demokratie", "demokratische",
    "demokratischen", "demócrata", "demócratas", "derecha", "destra", "droite", "démocrate",
    "démocrates", "démocratie", "démocratique", "federación", "federation", "federazione",
    "freedom", "frente", "front", "fronte", "fédération", "gauche", "giustizia", "green",
    "greens", "grünen", "izquierda", "justice", "justicia", "kingdom", "kommunistische",
    "labor", "labour", "lavoratori", "league", "left", "lega", "liberal", "liberale",
    "liberales", "liberali", "liberals", "libertad", "libertà", "liberté", "libéral",
    "libérale", "liga", "ligue", "linke", "mouvement", "movement", "movimento", "movimiento",
    "nacional", "nacionalista", "national", "nationale", "nationalist", "nazionale", "partei",
    "parti", "partia", "partido", "parties", "partiet", "partij", "partija", "partito", "party",
    "people", "people's", "peoples", "popolare", "populaire", "popular", "populares",
    "progresista", "progressista", "progressiste", "progressive", "puolue", "radical",
    "radicale", "radicales", "radicali", "radicals", "reform", "reforma", "regno", "reino",
    "repubblica", "repubblicano", "republic", "republican", "republicana", "republicano",
    "republicans", "republik", "república", "right", "royaume", "républicain", "républicaine",
    "république", "sinistra", "social", "socialist", "socialista", "socialiste", "socialisti",
    "socialists", "sozialdemokraten", "sozialdemokratische", "sozialistische", "strana",
    "stranka", "trabajadores", "travailleurs", "unida", "unidad", "unido", "unidos", "union",
    "unione", "unita", "unite", "united", "unity", "unità", "união", "unión", "verdes", "verdi",
    "verts", "volkspartei", "workers",
];

/// Words that may stand between generic words (`Partito della Sinistra`), and the
/// articles an alias may open with (`la Repubblica`).
#[rustfmt::skip]
const JOINERS: Words = Words::new(&[
    "la", "il", "lo", "l", "el", "le", "the", "die", "der", "das", "of", "for", "and", "de",
    "del", "della", "dei", "degli", "des", "du", "di", "per", "por", "para", "pour", "e", "y",
    "et", "und", "da", "do", "dos",
]);

/// Linking words after a name that continue it (`Repubblica di Macedonia`, `Democratic
/// Party of Japan`, `Liga de Fútbol`).
#[rustfmt::skip]
const LINKS: Words = Words::new(&[
    "of", "di", "del", "della", "dei", "degli", "delle", "dello", "de", "des", "du", "da",
    "do", "dos", "das", "von", "der",
]);

/// Capitalized words after a name that are not part of it: articles, prepositions,
/// conjunctions and verbs that start the next sentence of a headline run into the text
/// (`alla Lega La Cassazione ha confermato`, `reggente di Alleanza Nazionale È Ignazio La
/// Russa`).
#[rustfmt::skip]
const NOT_NAME_WORDS: Words = Words::new(&[
    "La", "Il", "Lo", "Le", "I", "Gli", "L", "Un", "Una", "Uno", "El", "Los", "Las", "Les",
    "Une", "Des", "Du", "De", "Di", "Da", "Del", "Della", "In", "Con", "Per", "Su", "A", "E",
    "Y", "O", "Et", "Ou", "Os", "As", "Em", "No", "Na", "Nel", "Nella", "Al", "Alla", "Dal",
    "Dalla", "En", "Ma", "Se", "Si", "Non", "Ha", "Mais", "Pero", "È", "Era", "Sono", "Hanno",
    "Es", "Fue", "Son", "Est", "Sont", "É", "Foi", "São",
]);

/// Words that, capitalized right before a generic name, do not make it another's: the
/// words for new (`New Labour` is the UK Labour Party), and the articles at a sentence's
/// start (`The Democratic Party`).
#[rustfmt::skip]
const NOT_BEFORE: Words = Words::new(&[
    "New", "Nuovo", "Nuova", "Nuevo", "Nueva", "Nouveau", "Nouvelle", "Neue", "The", "A", "An",
    "La", "Il", "Lo", "Le", "Les", "El", "Los", "Las", "Un", "Una", "Die", "Der", "Das",
]);

/// Drops the organization hits of one field whose generic name is part of a longer name
/// (see the module docs).
pub(super) fn drop_generic_inside_names(
    source: &Source,
    lang: ArticleLang,
    text: &str,
    hits: &mut Vec<Hit>,
) {
    let post_modifiers = matches!(
        lang,
        ArticleLang::Known(Some(Lang::Fr | Lang::Es | Lang::It | Lang::Pt))
    );
    let mut dropped: Vec<usize> = Vec::new();
    for (i, h) in hits.iter().enumerate() {
        let entity = &source.entities[h.entity as usize];
        if entity.kind != EntryType::Organization
            || matches!(
                entity.org_kind.as_deref(),
                Some("company" | "sports" | "education")
            )
        {
            continue;
        }
        // The name's words first: most names fail on their first word, without reading
        // the words around.
        let name = &text[h.start..h.end];
        if !name.chars().any(char::is_lowercase) || !is_generic(name) {
            continue;
        }
        let after = post_modifiers && capitalized_after(text, h.end);
        let linked = linked_words_after(text, h.end);
        let before = capitalized_word_before(text, h.start);
        if !(after || linked.is_some() || before.is_some()) {
            continue;
        }
        let country_at = |at: usize| {
            hits.iter()
                .any(|c| c.start == at && super::is_country(source, c))
        };
        let other_country_before = |end: usize| {
            hits.iter().any(|c| {
                c.end == end
                    && c.start < h.start
                    && super::is_country(source, c)
                    && Some(source.entities[c.entity as usize].id.as_str())
                        != entity.country.as_deref()
            })
        };
        let inside = after
            || linked.is_some_and(|(at, two_words)| two_words || country_at(at))
            || before.is_some_and(|(word, end)| is_generic_word(word) || other_country_before(end));
        if inside {
            dropped.push(i);
        }
    }
    if dropped.is_empty() {
        return;
    }
    let mut i = 0;
    hits.retain(|_| {
        i += 1;
        !dropped.contains(&(i - 1))
    });
}

/// Whether every word of `name` is a generic word, or a joining word between them, and
/// one at least is generic.
fn is_generic(name: &str) -> bool {
    let mut generic = false;
    for word in name
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
    {
        let word = word.trim_end_matches(['\'', '’']);
        if is_generic_word(word) {
            generic = true;
        } else if !in_lower_case(|w| JOINERS.contains(w), word) {
            return false;
        }
    }
    generic
}

/// Whether `word`, in lower case, is a word of [`GENERIC`].
fn is_generic_word(word: &str) -> bool {
    in_lower_case(|w| GENERIC.binary_search(&w).is_ok(), word)
}

/// Whether `word`, in lower case, is in a list of Latin-script words in lower case
/// (`contains` answers for the list). An ASCII word is put in lower case on the stack, and
/// a word that does not start with a Latin letter is answered without a copy: most names
/// asked about are one or the other.
fn in_lower_case(contains: impl Fn(&str) -> bool, word: &str) -> bool {
    let mut buf = [0u8; 24];
    if word.is_ascii() && word.len() <= buf.len() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return std::str::from_utf8(lower).is_ok_and(&contains);
    }
    // Latin letters end at U+024F (Latin Extended-B).
    if word.chars().next().is_none_or(|c| c > '\u{24F}') {
        return false;
    }
    contains(&word.to_lowercase().replace('’', "'"))
}

/// The word that starts `rest` after one space, when it starts with an upper-case letter,
/// and the text after it.
fn capitalized_word(rest: &str) -> Option<(&str, &str)> {
    let r = rest.strip_prefix(' ')?;
    if !r.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let len = super::run_end(r, u8::is_ascii_alphanumeric, char::is_alphanumeric);
    (len > 0).then(|| (&r[..len], &r[len..]))
}

/// A capitalized word after `end` that continues the name (`Lega Awami`, `Repubblica
/// Popolare`): not an article or preposition, not a given name.
fn capitalized_after(text: &str, end: usize) -> bool {
    capitalized_word(&text[end..]).is_some_and(|(word, _)| {
        !NOT_NAME_WORDS.contains(word) && !super::person::is_given_name(word)
    })
}

/// A linking word after `end` and a capitalized word after it (`Repubblica di Macedonia`,
/// `Lega di Serie B`): where that word starts, and whether a second capitalized word
/// follows it, the first being no given name (`Lega di Salvini`, `Lega di Matteo Salvini`
/// name the party by its leader).
fn linked_words_after(text: &str, end: usize) -> Option<(usize, bool)> {
    let r = text[end..].strip_prefix(' ')?;
    let len = super::run_end(r, u8::is_ascii_alphabetic, char::is_alphabetic);
    if len == 0 || !LINKS.contains(&r[..len]) {
        return None;
    }
    let after_link = &r[len..];
    let (first, rest) = capitalized_word(after_link)?;
    // Where the word after the link starts (after its space).
    let at = text.len() - after_link.len() + 1;
    let two_words = !super::person::is_given_name(first) && capitalized_word(rest).is_some();
    Some((at, two_words))
}

/// The capitalized word right before `start` (one space between; `U.S.` is one word) and
/// where it ends, unless it is a word for new (`New Labour`).
fn capitalized_word_before(text: &str, start: usize) -> Option<(&str, usize)> {
    let before = text[..start].strip_suffix(' ')?;
    let word_start = super::run_start(
        before,
        |b| b.is_ascii_alphanumeric() || *b == b'.',
        |c| c.is_alphanumeric() || c == '.',
    );
    let word = &before[word_start..];
    (word.chars().next().is_some_and(char::is_uppercase) && !NOT_BEFORE.contains(word))
        .then_some((word, before.len()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn generic_words_are_sorted_for_binary_search() {
        assert!(super::GENERIC.windows(2).all(|w| w[0] < w[1]));
    }
}
