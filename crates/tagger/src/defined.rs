//! Organizations the gazetteer does not know, defined in the article by an acronym
//! definition (`the Kurdistan Democratic Party (KDP)`, `KDP (Kurdistan Democratic
//! Party)`): when the long name spells the acronym by its words' initials and has an
//! organization head word (`Party`, `Partei`, `Partido`, `партия`...), the name and every
//! occurrence of the acronym in the article are mentions of one organization with the id
//! `defined-<acronym>` (contract section 3; docs/gazetteer-organizations.md, "Acronyms
//! defined in the article").
//!
//! This module holds what the rule knows about names (head words and the kind each gives,
//! how a name spells an acronym, the id) and the organizations an article defines, which
//! live beside the gazetteer's hits (they have no entity index) and join the output at
//! the end of `enrich`.

use std::collections::HashMap;
use std::sync::OnceLock;

use enricher_proto::{EntityType, Field, Mention, OrganizationTag, SharedStr, MAX_MENTIONS};

use crate::enrich::CharCounter;
use crate::normalize::fold_alias;

// The prefix of the ids of organizations defined in an article. No gazetteer id starts
// with it (parsing the gazetteer refuses one), so the two never collide.
use crate::model::DEFINED_ID_PREFIX as ID_PREFIX;

/// One organization an article defines.
#[derive(Debug)]
pub(crate) struct DefinedOrg {
    pub(crate) id: String,
    /// The long name as the article writes it.
    pub(crate) name: String,
    pub(crate) acronym: String,
    pub(crate) kind: &'static str,
}

/// The organizations one article defines and their mentions.
#[derive(Debug, Default)]
pub(crate) struct DefinedOrgs {
    pub(crate) orgs: Vec<DefinedOrg>,
    /// Per field (title, body): (index into `orgs`, start, end), in no particular order.
    pub(crate) mentions: [Vec<(u32, usize, usize)>; 2],
}

impl DefinedOrgs {
    pub(crate) fn is_empty(&self) -> bool {
        self.orgs.is_empty()
    }

    /// Adds the defined organizations' mentions to `mentions` (kept in contract order and
    /// cut at [`MAX_MENTIONS`], as the gazetteer's mentions are) and their tags to
    /// `organizations` (kept sorted by mentions, then id); counts them in `found`.
    pub(crate) fn add_to(
        &self,
        title: &str,
        body: &str,
        mentions: &mut Vec<Mention>,
        organizations: &mut Vec<OrganizationTag>,
        found: &mut usize,
    ) {
        if self.orgs.is_empty() {
            return;
        }
        let ids: Vec<SharedStr> = self.orgs.iter().map(|o| SharedStr::from(&o.id)).collect();
        let mut counts = vec![(0u32, false); self.orgs.len()];
        for (field, text, list) in [
            (Field::Title, title, &self.mentions[0]),
            (Field::Body, body, &self.mentions[1]),
        ] {
            // In text order, so that one pass counts the code point offsets.
            let mut list = list.clone();
            list.sort_unstable_by_key(|&(_, start, _)| start);
            let mut chars = CharCounter::new(text);
            for (org, start, end) in list {
                let c = &mut counts[org as usize];
                c.0 += 1;
                c.1 |= field == Field::Title;
                *found += 1;
                mentions.push(Mention {
                    entity_type: EntityType::Organization,
                    id: ids[org as usize].clone(),
                    field,
                    start,
                    end,
                    char_start: chars.at(start),
                    char_end: chars.at(end),
                    text: SharedStr::from(&text[start..end]),
                    term: None,
                });
            }
        }
        // Contract order: field, start, the longer first. The gazetteer's mentions are in
        // that order already and were cut at the cap; a defined mention after the last of
        // them falls off again here, as it would have if listed in the same pass.
        mentions.sort_by_key(|m| (m.field, m.start, std::cmp::Reverse(m.end)));
        mentions.truncate(MAX_MENTIONS);
        for (i, org) in self.orgs.iter().enumerate() {
            let (count, in_title) = counts[i];
            if count == 0 {
                continue;
            }
            organizations.push(OrganizationTag {
                id: ids[i].clone(),
                name: SharedStr::from(&org.name),
                acronym: Some(SharedStr::from(&org.acronym)),
                kind: SharedStr::from(org.kind),
                country: None,
                mentions: count,
                in_title,
            });
        }
        organizations.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.id.cmp(&b.id)));
    }
}

/// The id of an organization defined by `acronym`: `defined-` and the acronym in lower
/// case ASCII (folded as aliases are: marks dropped, `ÖVP` → `oevp`; Cyrillic transliterated), within the contract's id pattern
/// `^[a-z0-9]+(-[a-z0-9]+)*$`; `None` for an acronym in another script.
pub(crate) fn id_of(acronym: &str) -> Option<String> {
    let mut id = String::from(ID_PREFIX);
    for c in fold_alias(acronym).chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else {
            id.push_str(cyrillic_latin(c)?);
        }
    }
    (id.len() > ID_PREFIX.len()).then_some(id)
}

/// A lower-case Cyrillic letter in Latin letters (the BGN/PCGN-like scheme news uses:
/// `ЛДПР` → `ldpr`, `КПРФ` → `kprf`); `None` for any other character.
fn cyrillic_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ґ' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'є' => "ye",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' => "i",
        'ї' => "yi",
        'й' | 'ы' => "y",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ю' => "yu",
        'я' => "ya",
        _ => return None,
    })
}

/// The word `party` in en, de, es/pt, fr, it, nl, pl, tr: a head word that wins over any
/// other head in the name (`kind_of`).
const PARTY_WORDS: &[&str] = &[
    "party", "partei", "partido", "parti", "partito", "partij", "partia", "partisi",
];

/// Organization head words and the kind each gives a defined organization, per language
/// (the table of docs/gazetteer-organizations.md). Words are compared folded (lower case,
/// no marks). A word that is a head in one language and a common word in another
/// (`Rat`, English `rat`) is harmless: the rule only looks at names that spell an acronym.
const HEADS: &[(&str, &[&str])] = &[
    ("party", PARTY_WORDS),
    (
        // Political movements, fronts, alliances, blocs and congresses: in news mostly
        // parties (`National Front`, `Indian National Congress`); a liberation front or
        // movement is an armed group (`LIBERATION` below).
        "party",
        &[
            "movement",
            "bewegung",
            "movimiento",
            "mouvement",
            "movimento",
            "front",
            "frente",
            "fronte",
            "alliance",
            "allianz",
            "alianza",
            "alleanza",
            "alianca",
            "coalition",
            "koalition",
            "coalicion",
            "coalizione",
            "coligacao",
            "congress",
            "kongress",
            "congreso",
            "congres",
            "congresso",
            "bloc",
            "bloque",
            "blocco",
            "bloco",
            "agrupacion",
            "league",
            "liga",
            "ligue",
            "lega",
        ],
    ),
    (
        // Trade unions and employers' confederations (contract: `union`).
        "union",
        &[
            "union",
            "unión",
            "unione",
            "uniao",
            "gewerkschaft",
            "sindicato",
            "syndicat",
            "sindacato",
            "confederation",
            "konföderation",
            "confederacion",
            "confederazione",
            "confederacao",
            "konfederation",
        ],
    ),
    (
        "court",
        &[
            "court",
            "gericht",
            "gerichtshof",
            "tribunal",
            "tribunale",
            "corte",
            "tribunais",
        ],
    ),
    (
        "education",
        &[
            "university",
            "universität",
            "universidad",
            "universite",
            "universita",
            "universidade",
            "college",
            "hochschule",
            "academy",
            "akademie",
            "academia",
            "academie",
            "accademia",
        ],
    ),
    (
        "think-tank",
        &[
            "institute",
            "institut",
            "instituto",
            "istituto",
            "centre",
            "center",
            "zentrum",
            "centro",
        ],
    ),
    (
        "armed-group",
        &[
            "army", "armee", "ejercito", "exercito", "esercito", "forces", "fuerzas", "forze",
            "forcas", "brigade", "brigades", "brigaden", "brigadas", "brigate", "militia", "miliz",
            "milicia", "milice", "milizia",
        ],
    ),
    (
        "military",
        &[
            "guard", "garde", "guardia", "guarda", "navy", "marine", "armada",
        ],
    ),
    ("sports", &["club", "klub"]),
    (
        "company",
        &[
            "corporation",
            "company",
            "group",
            "konzern",
            "corporacion",
            "compania",
            "empresa",
            "grupo",
            "compagnie",
            "groupe",
            "gruppo",
            "companhia",
            "bank",
            "banco",
            "banque",
            "banca",
            "airlines",
            "airways",
            "industries",
            "holding",
            "holdings",
            "corp",
            "companies",
            "exchange",
            "börse",
            "bolsa",
            "bourse",
            "borsa",
        ],
    ),
    (
        "media",
        &[
            "broadcasting",
            "radio",
            "rundfunk",
            "radiotelevision",
            "television",
            "fernsehen",
            "televisione",
            "televisao",
        ],
    ),
    (
        "ngo",
        &[
            "association",
            "verband",
            "verein",
            "vereinigung",
            "asociacion",
            "associazione",
            "associacao",
            "society",
            "gesellschaft",
            "sociedad",
            "societe",
            "societa",
            "sociedade",
            "foundation",
            "stiftung",
            "fundacion",
            "fondation",
            "fondazione",
            "fundacao",
            "organisation",
            "organization",
            "organizacion",
            "organizzazione",
            "organizacao",
            "federation",
            "föderation",
            "federacion",
            "federazione",
            "federacao",
            "fund",
            "fonds",
            "fondo",
            "fundo",
            "network",
            "netzwerk",
            "rete",
            "conference",
            "konferenz",
            "conferencia",
            "conferenza",
            "gemeinschaft",
        ],
    ),
    (
        "government",
        &[
            "ministry",
            "ministerium",
            "ministerio",
            "ministere",
            "ministero",
            "department",
            "authority",
            "behörde",
            "autoridad",
            "autorite",
            "autorita",
            "autoridade",
            "agency",
            "agentur",
            "agencia",
            "agence",
            "agenzia",
            "service",
            "dienst",
            "servicio",
            "servizio",
            "servico",
            "office",
            "amt",
            "oficina",
            "ufficio",
            "bureau",
            "büro",
            "board",
            "commission",
            "kommission",
            "comision",
            "commissione",
            "comissao",
            "council",
            "rat",
            "consejo",
            "conseil",
            "consiglio",
            "conselho",
            "committee",
            "komitee",
            "ausschuss",
            "comite",
            "comitato",
            "administration",
            "verwaltung",
            "administracion",
            "amministrazione",
            "administracao",
            "directorate",
            "direktion",
            "direccion",
            "direzione",
            "assembly",
            "versammlung",
            "asamblea",
            "assemblee",
            "assemblea",
            "assembleia",
            "police",
            "polizei",
            "policia",
            "polizia",
            "kammer",
            "chamber",
            "camara",
            "patronato",
            "anstalt",
            "präsidium",
        ],
    ),
];

/// Head words of Russian and Ukrainian names by stem: the name is inflected (`партия`,
/// `партии`, `партию`), so a word is a head when it starts with the stem and has at most
/// four letters more.
const CYRILLIC_HEADS: &[(&str, &[&str])] = &[
    (
        "party",
        &["парти", "движени", "фронт", "блок", "конгресс", "рух"],
    ),
    ("union", &["профсоюз", "профспілк", "конфедераци"]),
    ("court", &["суд"]),
    (
        "education",
        &["университет", "університет", "академи", "академі"],
    ),
    ("think-tank", &["институт", "інститут", "центр"]),
    ("armed-group", &["арми", "армі", "ополчени"]),
    ("military", &["гварди", "гварді"]),
    (
        "company",
        &[
            "корпораци",
            "корпораці",
            "компани",
            "компані",
            "банк",
            "концерн",
        ],
    ),
    (
        "ngo",
        &[
            "ассоциаци",
            "асоціаці",
            "федераци",
            "федераці",
            "фонд",
            "организаци",
            "організаці",
            "общество",
            "обществ",
            "товариств",
        ],
    ),
    (
        "government",
        &[
            "министерств",
            "міністерств",
            "агентств",
            "агентств",
            "служб",
            "комитет",
            "комітет",
            "комисси",
            "комісі",
            "совет",
            "рад",
            "управлени",
            "управлінн",
            "бюро",
            "администраци",
            "адміністраці",
            "инспекци",
            "інспекці",
            "ассамбле",
        ],
    ),
];

/// German heads that end compounds (`Volkspartei`, `Gewerkschaftsbund`, `Bundesamt`,
/// `Sicherheitsrat`), matched, folded as the words are, as word endings after at least
/// three letters. Words ending
/// in `krat` (`Demokrat`) or `samt` (`gesamt`) are no `rat` or `amt`.
const COMPOUND_HEADS: &[(&str, &str)] = &[
    ("partei", "party"),
    ("bewegung", "party"),
    ("gewerkschaft", "union"),
    ("bund", "union"),
    ("gericht", "court"),
    ("gerichtshof", "court"),
    ("hochschule", "education"),
    ("universität", "education"),
    ("akademie", "education"),
    ("institut", "think-tank"),
    ("zentrum", "think-tank"),
    ("armee", "armed-group"),
    ("konzern", "company"),
    ("bank", "company"),
    ("verband", "ngo"),
    ("verein", "ngo"),
    ("vereinigung", "ngo"),
    ("gesellschaft", "ngo"),
    ("gemeinschaft", "ngo"),
    ("bürgerinitiative", "ngo"),
    ("wählerinitiative", "ngo"),
    ("club", "sports"),
    ("klub", "sports"),
    ("kasse", "company"),
    ("börse", "company"),
    ("rundfunk", "media"),
    ("anstalt", "government"),
    ("präsidium", "government"),
    ("stiftung", "ngo"),
    ("ministerium", "government"),
    ("amt", "government"),
    ("behörde", "government"),
    ("agentur", "government"),
    ("dienst", "government"),
    ("kommission", "government"),
    ("rat", "government"),
    ("ausschuss", "government"),
    ("kammer", "government"),
    ("polizei", "government"),
    ("verwaltung", "government"),
];

/// Words that make a bank a central bank.
const CENTRAL: &[&str] = &[
    "central",
    "zentral",
    "centrale",
    "centrala",
    "reserve",
    "noten",
    "центральн",
];

/// Words that make a front, movement, army or organization a liberation movement.
const LIBERATION: &[&str] = &[
    "liberation",
    "liberacion",
    "liberazione",
    "libertacao",
    "befreiung",
    "освобожд",
    "визвол",
];

/// Words that make a committee, federation, association or league a sports body.
const SPORTS: &[&str] = &[
    "olympic",
    "olimpico",
    "olympique",
    "olympisch",
    "football",
    "futbol",
    "fussball",
    "calcio",
    "futebol",
    "sport",
    "sports",
    "deportes",
    "deportiva",
    "sportiva",
    "олимпийск",
];

/// Words that make an agency a news agency.
const NEWS: &[&str] = &[
    "news",
    "press",
    "presse",
    "prensa",
    "noticias",
    "stampa",
    "notizie",
    "nachrichten",
    "информационн",
];

fn heads() -> &'static HashMap<String, &'static str> {
    static HEADS_FOLDED: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    HEADS_FOLDED.get_or_init(|| {
        let mut map = HashMap::new();
        for (kind, words) in HEADS {
            for w in *words {
                map.entry(fold_alias(w)).or_insert(*kind);
            }
        }
        map
    })
}

/// The head kind of one folded word, if it is a head word; also in a German genitive
/// (`des Hessischen Rundfunks`, `des Landeswohlfahrtsverbandes`).
fn head_kind(word: &str, inflected: bool) -> Option<&'static str> {
    head_kind_exact(word).or_else(|| {
        if !inflected {
            return None;
        }
        [word.strip_suffix("es"), word.strip_suffix('s')]
            .into_iter()
            .flatten()
            .filter(|stem| stem.len() >= 4)
            .find_map(head_kind_exact)
    })
}

fn head_kind_exact(word: &str) -> Option<&'static str> {
    if let Some(kind) = heads().get(word) {
        return Some(kind);
    }
    for (kind, stems) in CYRILLIC_HEADS {
        for stem in *stems {
            if word.starts_with(stem) && word.chars().count() <= stem.chars().count() + 4 {
                return Some(kind);
            }
        }
    }
    // `Demokrat`, `gesamt`, `Datenbank` (a database) end like `Rat`, `Amt`, `Bank`.
    if ["krat", "samt", "datenbank"]
        .iter()
        .any(|end| word.ends_with(end))
    {
        return None;
    }
    static FOLDED: OnceLock<Vec<(String, &'static str)>> = OnceLock::new();
    FOLDED
        .get_or_init(|| {
            COMPOUND_HEADS
                .iter()
                .map(|(head, kind)| (fold_alias(head), *kind))
                .collect()
        })
        .iter()
        .find(|(head, _)| {
            *word == **head || (word.len() >= head.len() + 3 && word.ends_with(head.as_str()))
        })
        .map(|(_, kind)| *kind)
}

/// The kind of an organization named by `words` (folded, without hyphens, connectors and
/// legal forms) whose head is among `heads` (the words where a name has its head, each
/// with whether it may be a genitive or plural form of a head word), or
/// `None` when no head is a head word. A party word wins; otherwise the first head word
/// decides, refined by the other words (`Central Bank` → `central-bank`, `Liberation
/// Front` → `armed-group`, `Olympic Committee` → `sports`, `News Agency` → `media`).
pub(crate) fn kind_of(words: &[String], heads: &[(String, bool)]) -> Option<&'static str> {
    let kinds: Vec<(&str, &'static str)> = heads
        .iter()
        .filter_map(|(w, inflected)| head_kind(w, *inflected).map(|k| (w.as_str(), k)))
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.iter().any(|l| w.starts_with(l)));
    let party_word = kinds.iter().find(|(w, _)| {
        PARTY_WORDS
            .iter()
            .chain(&["парти"])
            .any(|p| w.starts_with(p) || (w.len() > 6 && w.ends_with("partei")))
    });
    let &(word, kind) = party_word.or(kinds.first())?;
    let is_bank = ["bank", "banco", "banque", "banca", "банк"]
        .iter()
        .any(|b| word.ends_with(b) || word.starts_with(b));
    Some(match kind {
        "company" if is_bank && has(CENTRAL) => "central-bank",
        "party" | "ngo" | "armed-group" if has(LIBERATION) => "armed-group",
        "ngo" | "government" | "party" if has(SPORTS) => "sports",
        "government" if has(NEWS) => "media",
        k => k,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(name: &str) -> Vec<String> {
        name.split([' ', '-']).map(fold_alias).collect()
    }

    #[test]
    fn kinds_of_names() {
        for (name, kind) in [
            ("Kurdistan Democratic Party", Some("party")),
            ("Schweizerische Volkspartei", Some("party")),
            ("Partido Nacionalista Vasco", Some("party")),
            ("Deutscher Gewerkschaftsbund", Some("union")),
            ("Banco Central de Venezuela", Some("central-bank")),
            ("Guinness Peat Group", Some("company")),
            ("Kosovo Liberation Army", Some("armed-group")),
            (
                "Frente Farabundo Martí para la Liberación Nacional",
                Some("armed-group"),
            ),
            ("Comité Olímpico Español", Some("sports")),
            ("Kuwait News Agency", Some("media")),
            ("Либерально-демократическая партия России", Some("party")),
            ("Freie Demokrat", None),
            ("Deutsche Datenbank", None),
            ("Frankfurter Bürgerinitiative", Some("ngo")),
            ("Radio Televisión Andaluza", Some("media")),
            ("Universität Kassel", Some("education")),
            ("Gesamthochschule Kassel", Some("education")),
            ("Kurdistan Democratic", None),
        ] {
            let words = folded(name);
            let heads: Vec<(String, bool)> = words.iter().map(|w| (w.clone(), true)).collect();
            assert_eq!(kind_of(&words, &heads), kind, "{name}");
        }
    }

    #[test]
    fn kinds_are_contract_kinds() {
        for (kind, _) in HEADS.iter().chain(CYRILLIC_HEADS) {
            assert!(crate::model::ORGANIZATION_KINDS.contains(kind), "{kind}");
        }
        for (_, kind) in COMPOUND_HEADS {
            assert!(crate::model::ORGANIZATION_KINDS.contains(kind), "{kind}");
        }
        for kind in ["central-bank", "armed-group", "sports", "media"] {
            assert!(crate::model::ORGANIZATION_KINDS.contains(&kind), "{kind}");
        }
    }

    #[test]
    fn ids() {
        assert_eq!(id_of("KDP").as_deref(), Some("defined-kdp"));
        assert_eq!(id_of("ЛДПР").as_deref(), Some("defined-ldpr"));
        assert_eq!(id_of("SVP").as_deref(), Some("defined-svp"));
        assert_eq!(id_of("ÖVP").as_deref(), Some("defined-oevp"));
        assert_eq!(id_of("ΚΚΕ"), None);
    }
}
