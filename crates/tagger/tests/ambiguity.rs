//! Words that are also common words or names, with the built-in gazetteer: each row gives
//! one reading of an ambiguous word and whether it must be tagged. The rules behind the
//! rows (case, `no-person`, `weak` support, regions that hide a name) are documented in
//! docs/gazetteer-countries.md and docs/gazetteer-weapons.md.

#![allow(clippy::unwrap_used)] // tests unwrap on purpose: a panic is a failure

use enricher_proto::EntityType;
use enricher_tagger::{enrich, Article, Gazetteer};

/// One row: the word as it stands in `text`, and the (type, id) it must be tagged with, or
/// `None` when no mention may cover it.
struct Case {
    name: &'static str,
    lang: &'static str,
    text: &'static str,
    word: &'static str,
    expected: Option<(EntityType, &'static str)>,
}

macro_rules! case {
    ($name:expr, $lang:expr, $text:expr, $word:expr, $expected:expr) => {
        Case {
            name: $name,
            lang: $lang,
            text: $text,
            word: $word,
            expected: $expected,
        }
    };
}

use EntityType::{Country, Weapon};

const CASES: &[Case] = &[
    case!(
        "Turkey the country",
        "en",
        "Turkey closed its airspace to military flights.",
        "Turkey",
        Some((Country, "TR"))
    ),
    case!(
        "turkey the bird",
        "en",
        "Families ate turkey and pumpkin pie on Thursday.",
        "turkey",
        None
    ),
    case!(
        "Chad the country",
        "en",
        "Troops from Chad joined the mission in the Sahel.",
        "Chad",
        Some((Country, "TD"))
    ),
    case!(
        "Chad a first name",
        "en",
        "Chad Lawson, a spokesman for the company, declined to comment.",
        "Chad",
        None
    ),
    case!(
        "Jordan the country",
        "en",
        "Jordan closed its border with Syria on Monday.",
        "Jordan",
        Some((Country, "JO"))
    ),
    case!(
        "Jordan a surname",
        "en",
        "Basketball legend Michael Jordan visited the base.",
        "Jordan",
        None
    ),
    case!(
        "Georgia supported by its capital",
        "en",
        "Tbilisi protested as Georgia voted; the streets of Tbilisi filled.",
        "Georgia",
        Some((Country, "GE"))
    ),
    case!(
        "Georgia the US state",
        "en",
        "Voters in Atlanta, Georgia, went to the polls on Tuesday.",
        "Georgia",
        None
    ),
    case!(
        "Guinea the country",
        "en",
        "Guinea held a referendum on a new constitution.",
        "Guinea",
        Some((Country, "GN"))
    ),
    case!(
        "guinea pig",
        "en",
        "The children bought a guinea pig at the market.",
        "guinea",
        None
    ),
    case!(
        "China the country",
        "en",
        "China protested against the arms sale to Taiwan.",
        "China",
        Some((Country, "CN"))
    ),
    case!(
        "china the porcelain",
        "en",
        "She collected fine china and old porcelain.",
        "china",
        None
    ),
    case!(
        "Niger the country",
        "en",
        "Niger's junta expelled the foreign troops.",
        "Niger",
        Some((Country, "NE"))
    ),
    case!(
        "Niger is not inside Nigeria",
        "en",
        "Nigeria held elections in February.",
        "Nigeria",
        Some((Country, "NG"))
    ),
    case!(
        "Mali is not inside Somalia",
        "en",
        "Somalia asked for more aid.",
        "Somalia",
        Some((Country, "SO"))
    ),
    case!(
        "Patriot the air-defence system",
        "en",
        "Germany sent two more Patriot air defence systems to Ukraine.",
        "Patriot",
        Some((Weapon, "air-defence"))
    ),
    case!(
        "patriot a person",
        "en",
        "He described himself as a true patriot and a veteran.",
        "patriot",
        None
    ),
    case!(
        "Patriot Act is a law",
        "en",
        "Congress renewed the Patriot Act after a long debate about weapons.",
        "Patriot",
        None
    ),
    case!(
        "Taurus the cruise missile",
        "de",
        "Berlin lehnt die Lieferung von Taurus-Marschflugkörpern an die Ukraine weiterhin ab.",
        "Taurus",
        Some((Weapon, "missiles"))
    ),
    case!(
        "Taurus the star sign",
        "en",
        "She is a Taurus, born in early May, and loves astrology.",
        "Taurus",
        None
    ),
    case!(
        "Javelin the missile",
        "en",
        "Ukraine received more Javelin anti-tank missiles.",
        "Javelin",
        Some((Weapon, "missiles"))
    ),
    case!(
        "javelin the sport",
        "en",
        "She won the gold medal in the javelin at the championships.",
        "javelin",
        None
    ),
    case!(
        "Leopard 2 the tank",
        "en",
        "Poland delivered Leopard 2 tanks to Kyiv.",
        "Leopard",
        Some((Weapon, "armoured-vehicles"))
    ),
    case!(
        "leopard the animal",
        "en",
        "A leopard was seen near the village, rangers said.",
        "leopard",
        None
    ),
    case!(
        "think tank is no weapon",
        "en",
        "A think tank said the tanks and howitzers were old.",
        "think",
        None
    ),
];

#[test]
fn ambiguous_words_follow_their_documented_rules() {
    let g = Gazetteer::builtin().expect("builtin gazetteer loads");
    let mut failures = Vec::new();
    for case in CASES {
        let json = serde_json::json!({"id": case.name, "lang": case.lang, "body": case.text});
        let article = Article::decode(json.to_string().as_bytes(), None).unwrap();
        let at = case
            .text
            .find(case.word)
            .unwrap_or_else(|| panic!("row {:?}: {:?} not in its text", case.name, case.word));
        let covering: Vec<(EntityType, String)> = enrich(&article, &g)
            .mentions
            .into_iter()
            .filter(|m| m.start <= at && at < m.end)
            .map(|m| (m.entity_type, m.id))
            .collect();
        let ok = match case.expected {
            Some((ty, id)) => covering == [(ty, id.to_owned())],
            None => covering.is_empty(),
        };
        if !ok {
            failures.push(format!(
                "{}: expected {:?} at {:?}, got {:?}",
                case.name, case.expected, case.word, covering
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} rows failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
