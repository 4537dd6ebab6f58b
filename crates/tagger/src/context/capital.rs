//! Capitals: standing for their government, or named as a place.
//!
//! A capital alias (`capital`) is a country mention where the capital stands for its
//! government (`Moscow said`, `London verhängte Sanktionen`, `Pékin a averti`,
//! `Москва заявила`, `pressure on Berlin`, `Berlin's decision`) and not where it is a
//! place. The matcher already rejects a capital after a locative (`in`, `near`, `bei`,
//! `the capital`); this rule adds, for every capital:
//!
//! - **place readings** that reject it: a place suffix (`Washington-based`,
//!   `Kyiv-born`), a possessive or genitive before a place noun (`Kyiv's mayor`,
//!   `London's streets`, `Berlins Bürgermeister`), a place noun with `of`/`von` before it
//!   (`the mayor of Paris`, `the streets of Kabul`);
//!
//! and, for capitals flagged `place-first` (those news mostly names as a place: Paris,
//! London, Berlin, Rome, Vienna...), it **requires** a government reading:
//!
//! - a verb of saying or deciding right after it, possibly after an auxiliary, or after
//!   `and <Capital>` (`Paris and Berlin agreed`, `Berlin hat ... verhängt`,
//!   `Pékin a averti`, `Москва заявила`);
//! - a possessive or genitive before a noun of policy (`London's decision`,
//!   `Berlins Haltung`);
//! - a word of relations before it (`pressure on`, `ties with`, `Druck auf`,
//!   `Beziehungen zu`, `between ... and`).

/// Words right after the capital that make it the government: verbs of saying,
/// deciding and acting, in the languages of the gazetteer's capitals (past, present).
#[rustfmt::skip]
const GOVERNMENT_VERBS: &[&str] = &[
    "said", "says", "say", "told", "warned", "warns", "agreed", "agree", "agrees", "announced",
    "announces", "imposed", "imposes", "accused", "accuses", "denied", "denies", "rejected",
    "rejects", "responded", "condemned", "condemns", "urged", "urges", "wants", "insisted",
    "insists", "called", "calls", "demanded", "demands", "expelled", "recalled", "summoned",
    "signed", "approved", "threatened", "threatens", "vowed", "pledged", "refused", "refuses",
    "hopes", "fears", "plans", "decided", "promised", "criticised", "criticized", "welcomed",
    "welcomes", "sent", "sends", "supplied", "supplies", "supports", "supported", "backed",
    "backs", "opposed", "opposes", "objected", "protested", "blamed", "blames", "retaliated",
    "dismissed", "confirmed", "stated", "declared", "proposed", "offered", "sought", "seeks",
    "argued", "argues", "maintains", "ordered", "sanctioned", "recognised", "recognized",
    "pledges", "pushed", "pushes", "pressed", "presses", "ruled", "responds", "reacted",
    "reacts", "claimed", "claims", "joined", "joins", "cut", "froze", "freezes", "suspended",
    "suspends", "halted", "lifted", "eased", "signalled", "signaled", "intends", "intended",
    "considers", "considered", "believes", "believed", "regards", "sagte", "sagt", "erklärte",
    "erklärt", "warnte", "warnt", "verhängte", "verhängt", "kündigte", "kündigt", "lehnte",
    "lehnt", "forderte", "fordert", "wies", "weist", "drohte", "droht", "reagierte", "reagiert",
    "liefert", "lieferte", "will", "wollte", "setzt", "setzte", "besteht", "bestand",
    "bestellte", "bestellt", "verurteilte", "verurteilt", "begrüßte", "begrüßt", "kritisierte",
    "kritisiert", "protestierte", "protestiert", "beschloss", "beschließt", "unterstützt",
    "unterstützte", "bestritt", "bestreitet", "hofft", "hoffte", "fürchtet", "befürchtet",
    "plant", "plante", "sieht", "sah", "versprach", "verspricht", "zögert", "zögerte",
    "blockiert", "blockierte", "verlangt", "verlangte", "bestätigte", "bestätigt",
    "dementierte", "signalisierte", "signalisiert", "schickt", "schickte", "betonte", "betont",
    "beharrt", "pocht", "pochte", "drängt", "drängte", "stoppte", "stoppt", "genehmigte",
    "genehmigt", "billigte", "billigt", "antwortete", "wirft", "warf", "verweigert",
    "verweigerte", "einigten", "einigte", "vereinbarten", "averti", "annoncé", "déclaré",
    "dénonce", "dénoncé", "menace", "menacé", "réclame", "exige", "exigé", "condamne",
    "condamné", "estime", "affirme", "affirmé", "refuse", "refusé", "accuse", "accusé",
    "répondu", "réagi", "demandé", "rejeté", "rejette", "promis", "souhaite", "veut", "appelle",
    "appelé", "assure", "assuré", "juge", "jugé", "prévient", "dijo", "afirmó", "anunció",
    "advirtió", "rechazó", "exigió", "condenó", "ha", "dice", "detto", "annunciato",
    "avvertito", "respinto", "chiede", "condannato", "заявила", "заявил", "заявило", "заявляет",
    "заявляют", "предупредила", "предупредил", "ответила", "ответил", "потребовала",
    "потребовал", "обвинила", "обвинил", "отвергла", "осудила", "пригрозила", "призвала",
    "настаивает", "считает", "выразила", "направила", "объявила", "требует", "готова",
    "намерена", "согласилась", "отказалась", "заявив", "відповів", "попередила", "вимагає",
    "buying", "seeking", "pushing", "pressing", "considering", "planning", "preparing",
    "negotiating", "demanding", "weighing", "sending", "supplying", "refusing", "insisting",
    "trying", "hoping", "urging", "threatening", "warning", "blocking", "backing", "closed",
    "asked", "requested", "bought", "deployed", "voted", "expects", "expected", "sanctions",
    "retaliates", "moved", "halts", "vetoed", "vetoes", "recalls", "summons", "expels", "back",
    "hesitates", "hesitate", "balks", "balk", "eyes", "weighs", "mulls", "slams", "vows",
    "signs", "pledge", "weigh",
    // fr, es, it, pt, ru, uk, pl, tr (issue 8): verbs of saying, deciding and acting in the
    // third person, as news write them right after a capital standing for its government.
    "menace", "menacent", "affirment", "estiment", "exigent", "dénoncent", "proteste",
    "protesté", "signé", "annonce", "réclamé", "craint", "craignent", "discutent", "acusa",
    "acusó", "advierte", "denunció", "denuncia", "respondió", "responde", "amenazó",
    "amenaza", "exige", "pidió", "pide", "teme", "temen", "insiste", "insistió", "firmó",
    "compró", "ordenó", "mantiene", "sostiene", "negó", "niega", "aprobó", "decidió",
    "quiere", "busca", "prometió", "cerca", "protesta", "considera", "temono", "accusa",
    "respinge", "minaccia", "ribadisce", "vuole", "punta", "acusou", "afirmou", "anunciou",
    "disse", "pediu", "mantém", "mantêm", "rejeitou", "quer", "assinou", "comprou",
    "закупил", "закупила", "получил", "получила", "поставляет", "назвал", "назвали",
    "отверг", "отказался", "пригрозил", "продолжит", "намерен", "заявив", "заявила",
    "заявили", "продовжить", "закликав", "закликала", "звинуватив", "звинуватила",
    "вважає", "вважають", "zapowiedział", "zapowiedziała", "oświadczył", "oświadczyła",
    "ogłosił", "ogłosiła", "zażądał", "ostrzegł", "odrzucił", "twierdzi", "chce",
    "açıkladı", "duyurdu", "uyardı", "kınadı", "reddetti", "istedi",
];

/// German participles and infinitives that end a clause after `hat`/`wird`/`will`.
#[rustfmt::skip]
const PARTICIPLES: &[&str] = &[
    "verhängt", "angekündigt", "gewarnt", "gefordert", "abgelehnt", "reagiert", "zugesagt",
    "beschlossen", "kritisiert", "verurteilt", "bestätigt", "geliefert", "zurückgewiesen",
    "betont", "begrüßt", "angeboten", "ausgewiesen", "einbestellt", "erklärt", "verlangt",
    "gedroht", "protestiert", "aufgefordert", "dementiert", "unterzeichnet", "zugestimmt",
    "liefern", "schicken", "verhängen", "reagieren", "stoppen", "genehmigt", "blockiert",
    "bestellt", "gekauft", "angeordnet", "signalisiert", "zurückgerufen", "eingefroren",
];

/// Auxiliaries and adverbs that may stand between the capital and its verb.
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should",
    "did", "does", "also", "now", "then", "already", "quickly", "on", "not", "never", "again",
    "hat", "hatte", "habe", "wird", "würde", "muss", "soll", "sollte", "kann", "könnte",
    "hätte", "am", "gestern", "heute", "bereits", "nun", "jetzt", "auch", "a", "avait", "va",
    "aurait", "ne", "n", "ha", "aveva", "не", "уже", "также", "вновь", "is", "was", "are",
    "were", "également", "aussi", "déjà", "también", "ya", "anche", "già", "também", "já",
    "тоже", "також", "теж", "również", "też",
];

/// Nouns after a possessive (`London's decision`) or German genitive (`Berlins Haltung`)
/// that make the capital its government.
#[rustfmt::skip]
const POLICY_NOUNS: &[&str] = &[
    "decision", "decisions", "position", "stance", "response", "policy", "policies", "support",
    "relations", "ties", "demands", "demand", "envoy", "ambassador", "government", "sanctions",
    "offer", "proposal", "plans", "plan", "refusal", "approach", "backing", "role", "allies",
    "partners", "objections", "concerns", "move", "reaction", "priorities", "strategy",
    "commitment", "pledge", "warning", "threat", "veto", "red", "diplomats", "diplomacy",
    "negotiators", "military", "forces", "arsenal", "arms", "Haltung", "Entscheidung",
    "Position", "Politik", "Reaktion", "Unterstützung", "Forderung", "Forderungen",
    "Botschafter", "Regierung", "Sanktionen", "Angebot", "Vorschlag", "Pläne", "Weigerung",
    "Kurs", "Zusage", "Zusagen", "Linie", "Verbündete", "Diplomaten", "Drohung", "Veto",
    "Waffenlieferungen", "Militär", "Streitkräfte", "announcement", "statement", "request",
    "call", "objection", "invitation", "consent", "approval", "blockade", "initiative",
    "insistence", "retaliation",
];

/// Nouns after a possessive (`Kyiv's mayor`) that make the capital a place.
#[rustfmt::skip]
const PLACE_NOUNS: &[&str] = &[
    "mayor", "streets", "street", "airport", "airports", "suburbs", "suburb", "outskirts",
    "residents", "citizens", "inhabitants", "city", "centre", "center", "metro", "subway",
    "underground", "zoo", "hospitals", "hospital", "hotels", "skyline", "river", "marathon",
    "population", "neighbourhoods", "neighborhoods", "neighbourhood", "neighborhood",
    "districts", "district", "old", "police", "university", "museums", "museum", "stock",
    "port", "harbour", "harbor", "squares", "square", "restaurants", "schools", "traffic",
    "weather", "nightlife", "fashion", "philharmonic", "opera", "cathedral", "council",
    "Bürgermeister", "Bürgermeisterin", "Straßen", "Flughafen", "Vororte", "Einwohner",
    "Innenstadt", "Zentrum", "Zoo", "Bezirke", "Bezirk", "Polizei", "Universität", "Museen",
    "Hafen", "Altstadt", "Krankenhäuser", "Schulen", "Verkehr", "Stadtrat", "Senat",
    "Oberbürgermeister", "Stadtteil", "Stadtteile", "Wetter",
];

/// Place nouns before `of`/`von`/`de` (`the mayor of Paris`, `Bürgermeister von Kiew`).
#[rustfmt::skip]
const PLACE_OF_NOUNS: &[&str] = &[
    "mayor", "streets", "outskirts", "suburbs", "residents", "centre", "center", "city",
    "people", "citizens", "heart", "outside", "south", "north", "east", "west", "parts",
    "districts", "district", "university", "port", "airport", "skies", "sky", "population",
    "Bürgermeister", "Bürgermeisterin", "Straßen", "Einwohner", "Zentrum", "Stadtrand",
    "Vororten", "Süden", "Norden", "Osten", "Westen", "Universität", "Flughafen", "maire",
    "rues", "centre-ville", "habitants", "banlieue", "мэр", "улицах", "жители", "Nähe",
    "vicinity", "Umgebung", "Rand",
];

/// Words before the capital that make it the government (`pressure on Berlin`).
const RELATION_BEFORE: &[(&str, &str)] = &[
    ("pressure", "on"),
    ("sanctions", "on"),
    ("ties", "with"),
    ("relations", "with"),
    ("talks", "with"),
    ("deal", "with"),
    ("agreement", "with"),
    ("rift", "with"),
    ("dispute", "with"),
    ("row", "with"),
    ("tensions", "with"),
    ("feud", "with"),
    ("Druck", "auf"),
    ("Beziehungen", "zu"),
    ("Verhältnis", "zu"),
    ("Streit", "mit"),
    ("Gespräche", "mit"),
    ("Abkommen", "mit"),
    ("Spannungen", "mit"),
    ("Kritik", "an"),
    ("Appell", "an"),
    ("Forderung", "an"),
    ("Forderungen", "an"),
    ("accord", "avec"),
    ("relations", "avec"),
    ("pression", "sur"),
    ("acuerdo", "con"),
    ("relaciones", "con"),
    ("presión", "sobre"),
    ("accordo", "con"),
    ("rapporti", "con"),
    ("relazioni", "con"),
    ("cooperazione", "con"),
    ("protocollo", "con"),
    ("acordo", "com"),
    ("relações", "com"),
    ("соглашение", "с"),
    ("отношения", "с"),
    ("переговоры", "с"),
    ("угоду", "з"),
    ("відносини", "з"),
    ("переговори", "з"),
    ("backed", "by"),
    ("soutenu", "par"),
    ("soutenue", "par"),
    ("respaldado", "por"),
    ("apoyado", "por"),
    ("sostenuto", "da"),
    ("apoiado", "por"),
];

/// Words just before the capital that make it the government on their own.
#[rustfmt::skip]
const GOVERNMENT_BEFORE: &[&str] = &[
    "between", "zwischen", "entre", "между", "urged", "told", "accused", "warned", "asked",
    "forderte", "warnte", "drängte", "pushed", "pressed", "pressured", "threatened", "drohte",
    "warf", "wirft", "beschuldigte", "bat", "acusó", "acusa", "advierte", "advirtió",
    "accusé", "accuse", "accusato", "accusa", "acusou", "призвал", "призвала", "обвинил",
    "обвинила", "закликав", "закликала", "звинуватив", "звинуватила",
];

/// Words for a government before `in` (`the government in Rome`, `die Regierung in Wien`).
#[rustfmt::skip]
const GOVERNMENT_IN: &[&str] = &[
    "government", "governments", "leadership", "parliament", "administration", "regime",
    "authorities", "cabinet", "junta", "Regierung", "Regierungen", "Führung", "Staatsführung",
    "Parlament", "Kabinett", "Regime", "Behörden", "Machthaber", "Militärregierung",
    "Militärjunta", "gouvernement", "правительство", "власти", "руководство", "уряд",
    "влада", "керівництво", "rząd", "władze", "gobierno", "governo", "حكومة", "دولت",
];

/// A capital's match at `start..end` of `text`: is its reading the government's?
/// `place_first`: the capital needs positive evidence.
pub(crate) fn government_reading(text: &str, start: usize, end: usize, place_first: bool) -> bool {
    let before = &text[..start];
    let after = &text[end..];
    if place_reading(before, &text[start..end], after) {
        return false;
    }
    !place_first || positive_reading(before, after)
}

/// The next word of `text` after leading spaces and `skip` characters: `(word, rest)`.
fn next_word(text: &str) -> Option<(&str, &str)> {
    let t = text.trim_start_matches([' ', '\u{A0}', '\t']);
    let end = t
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(t.len(), |(i, _)| i);
    (end > 0).then(|| (&t[..end], &t[end..]))
}

/// The word right before `before`'s end (over spaces only): `(word, text before it)`.
pub(super) fn prev_word(before: &str) -> Option<(&str, &str)> {
    let t = before.trim_end_matches([' ', '\u{A0}', '\t']);
    let start = super::run_start(t, u8::is_ascii_alphanumeric, char::is_alphanumeric);
    (start < t.len()).then(|| (&t[start..], &t[..start]))
}

/// A possessive or German genitive ending right after the match: the rest after it.
fn possessive(after: &str) -> Option<&str> {
    for p in ["'s ", "’s ", "' ", "’ "] {
        if let Some(rest) = after.strip_prefix(p) {
            return Some(rest);
        }
    }
    None
}

fn in_list(list: &[&str], word: &str) -> bool {
    // Equal words are equal ignoring ASCII case too: one comparison per entry (it checks
    // the length first), where `==` before it doubled the cost of every miss.
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Locative prepositions of the other languages, written as words before the capital.
/// (Not French `à`, which is also `to`: `livrer des armes à Kiev` is the state.)
const OTHER_LOCATIVES: &[&str] = &[
    "в", "во", "w", "we", "en", "em", "في", "وفي", "فى", "وفى", "در",
];

/// Chinese words right before a capital that make it a place (`在` in, `抵达` arrive at).
const ZH_PLACE_BEFORE: &[&str] = &["在", "抵达", "抵達", "位于", "位於"];

/// Chinese words right after a capital that make it a place (`首尔大学`, `东京一家餐馆`).
const ZH_PLACE_AFTER: &[&str] = &[
    "大学", "大學", "市", "机场", "機場", "街头", "街頭", "一家", "市民", "居民", "郊区", "郊區",
];

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// `before` ends a sentence (or the text): the word after it opens one.
pub(super) fn starts_sentence(before: &str) -> bool {
    let t = before.trim_end_matches([' ', '\u{A0}', '\t']);
    t.is_empty() || t.ends_with(['.', '!', '?', '\n', ':', '»', '"'])
}

/// The words around say the capital is a place.
fn place_reading(before: &str, matched: &str, after: &str) -> bool {
    // `Washington-based`, `Kyiv-born`
    if let Some(rest) = after.strip_prefix('-') {
        if let Some((w, _)) = next_word(rest) {
            if in_list(
                &["based", "born", "area", "bound", "basierte", "basierten"],
                w,
            ) {
                return true;
            }
        }
    }
    // `Kyiv's mayor`, `Berlins Bürgermeister` (the genitive s is inside the match)
    if let Some((noun, _)) = possessive(after).or(Some(after)).and_then(next_word) {
        if in_list(PLACE_NOUNS, noun) {
            return true;
        }
    }
    // `в Пекине`, `w Warszawie`, `en Madrid`, `em Lisboa`, `في القاهرة`, `در تهران`, and
    // Ukrainian `у Києві` (a locative ending; Russian `у Москвы` is `Moscow has`): the
    // matcher's locatives of en/de, for the other languages. Not at the start of a
    // sentence (`В Берлине назвали решение ...`) or after a word for the government.
    if let Some((prep, rest)) = prev_word(before) {
        let ukrainian_in = prep == "у" && matched.ends_with('і');
        // `وفي القاهرة، تسلمت ...`: a comma after the capital sets the scene (a place),
        // also at a sentence start.
        let scene = after.trim_start().starts_with([',', '،']);
        if (in_list(OTHER_LOCATIVES, prep) || ukrainian_in)
            && (scene || !starts_sentence(rest))
            && !prev_word(rest)
                .is_some_and(|(noun, _)| in_list(GOVERNMENT_IN, &noun.to_lowercase()))
        {
            return true;
        }
    }
    // Chinese has no spaces: `在北京表示`, `抵达开罗` (a place); `首尔大学`, `东京一家...`.
    if matched.starts_with(is_han)
        && (ZH_PLACE_BEFORE.iter().any(|w| before.ends_with(w))
            || ZH_PLACE_AFTER.iter().any(|w| after.starts_with(w)))
    {
        return true;
    }
    // `the mayor of Paris`, `Bürgermeister von Kiew`
    if let Some((of, rest)) = prev_word(before) {
        if in_list(&["of", "von", "de", "du"], of) {
            if let Some((noun, _)) = prev_word(rest) {
                if in_list(PLACE_OF_NOUNS, noun) {
                    return true;
                }
            }
        }
    }
    false
}

/// The words around say the capital acts as its government.
fn positive_reading(before: &str, after: &str) -> bool {
    // A possessive before a noun of policy: `London's decision`, `Berlins Haltung`.
    if let Some((noun, _)) = possessive(after).or(Some(after)).and_then(next_word) {
        if in_list(POLICY_NOUNS, noun) {
            return true;
        }
    }
    if verb_follows(after) {
        return true;
    }
    // `Paris and Berlin agreed`: look past `and <Name>`.
    if let Some((and, rest)) = next_word(after) {
        if in_list(
            &["and", "und", "et", "и", "y", "e", "і", "та", "i", "ve"],
            and,
        ) {
            if let Some((name, rest)) = next_word(rest) {
                if name.chars().next().is_some_and(char::is_uppercase) && verb_follows(rest) {
                    return true;
                }
            }
        }
    }
    // `pressure on Berlin`, `Druck auf Berlin`, `between Paris and`
    if let Some((w1, rest)) = prev_word(before) {
        if in_list(GOVERNMENT_BEFORE, w1) {
            return true;
        }
        // Spanish marks a person-like object with `a`: `acusó a Madrid`, `advierte a Madrid`.
        if w1 == "a" && prev_word(rest).is_some_and(|(w, _)| in_list(GOVERNMENT_BEFORE, w)) {
            return true;
        }
        // `the government in Rome`, `die Regierung in Vilnius`
        if in_list(&["in", "im", "à", "в"], w1) {
            if let Some((noun, _)) = prev_word(rest) {
                if in_list(GOVERNMENT_IN, noun) {
                    return true;
                }
            }
        }
        if let Some((w0, _)) = prev_word(rest) {
            if RELATION_BEFORE
                .iter()
                .any(|(a, b)| a.eq_ignore_ascii_case(w0) && b.eq_ignore_ascii_case(w1))
            {
                return true;
            }
        }
        // `between Paris and Berlin`: the second of a pair after `between`.
        if in_list(&["and", "und", "et", "и"], w1) {
            if let Some((_, rest)) = prev_word(rest) {
                if let Some((w, _)) = prev_word(rest) {
                    if in_list(GOVERNMENT_BEFORE, w) {
                        return true;
                    }
                }
            }
        }
    }
    false
}

/// A government verb follows `after`, possibly behind a comma-free run of auxiliaries.
fn verb_follows(after: &str) -> bool {
    let mut rest = possessive(after).map_or(after, |_| "");
    for _ in 0..4 {
        let Some((word, tail)) = next_word(rest) else {
            return false;
        };
        if in_list(GOVERNMENT_VERBS, word) {
            return true;
        }
        // German verb-final clause: `Berlin hat Sanktionen verhängt`.
        if in_list(
            &[
                "hat", "hatte", "habe", "wird", "würde", "will", "soll", "muss",
            ],
            word,
        ) {
            let clause = tail
                .split(['.', ',', ';', ':', '!', '?', '\n'])
                .next()
                .unwrap_or("");
            return clause
                .split_whitespace()
                .take(8)
                .any(|w| in_list(PARTICIPLES, w));
        }
        if !in_list(AUXILIARIES, word) {
            return false;
        }
        rest = tail.strip_prefix('\'').unwrap_or(tail);
    }
    false
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    #[test]
    fn capital_reading_table() {
        // (text with the capital between `<` and `>`, place-first, government reading)
        let rows: &[(&str, bool, bool)] = &[
            ("<Paris> and Berlin agreed", true, true),
            ("Paris and <Berlin> agreed", true, true),
            ("<London> verhängte Sanktionen", true, true),
            ("<Pékin> a averti", true, true),
            ("<Москва> заявила", true, true),
            ("pressure on <Berlin>", true, true),
            ("<London>'s decision", true, true),
            ("<Berlin> has warned", true, true),
            ("talks between <Paris> and Rome", true, true),
            ("<Paris> is lovely in spring", true, false),
            ("<London> Marathon", true, false),
            ("<Kyiv>'s mayor said", false, false),
            ("<Washington>-based think tank", false, false),
            ("the mayor of <Paris> said", true, false),
            ("Bürgermeister von <Kiew>", false, false),
            ("<Kyiv> said", false, true),
            ("<Moskau> liefert", false, true),
            ("a trip to <Berlin>", true, false),
            ("die Regierung in <Vilnius>", true, true),
            ("Trump drohte <Madrid> daraufhin", true, true),
            ("<Athens> is buying F-35s", true, true),
            ("El ministro acusó a <Madrid> de", true, true),
            ("un viaje a <Madrid> en", true, false),
            ("Глава МИД призвал <Париж> не", true, true),
            ("соглашение с <Парижем>, а", true, true),
            ("прогулка с <Парижем> в", true, false),
            ("<Roma> cerca un accordo", true, true),
            ("<Berlin> zapowiedział, że", true, true),
            ("провел в <Пекине> переговоры", false, false),
            ("В <Берлине> назвали решение", true, true),
            ("правительство в <Москве> заявило", false, true),
            ("Посол Франції у <Києві> відповів", false, false),
            ("У <Києві> заявили", false, true),
            ("у <Москвы> нет денег", false, true),
            ("Ambasador w <Warszawie> powiedział", false, false),
            ("<Бухарест> і ЄС вважають", true, true),
            ("وفي <القاهرة>، تسلمت القوات", false, false),
            ("وفي <القاهرة> قالت الحكومة", false, true),
            ("وأكدت <القاهرة> أنها", false, true),
            ("发言人在<北京>表示", false, false),
            ("特使抵达<开罗>。", false, false),
            ("一位<首尔>大学教授说", false, false),
            ("<北京>表示反对", false, true),
            ("<Rabat> a également signé", true, true),
            ("in der Nähe von <Pjöngjang>", false, false),
            (
                "Firmen. <Berlin> hat bislang keine eigenen Maßnahmen angekündigt, heißt es",
                true,
                true,
            ),
        ];
        for (row, place_first, expected) in rows {
            let start = row.find('<').unwrap();
            let end = row.find('>').unwrap() - 1;
            let text = row.replace(['<', '>'], "");
            assert_eq!(
                government_reading(&text, start, end, *place_first),
                *expected,
                "row {row:?}"
            );
        }
    }
}
