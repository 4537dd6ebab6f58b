//! `enrich` as a whole: tag lists, counts, order, language, metadata.

#![allow(clippy::unwrap_used)] // tests unwrap on purpose: a panic is a failure

mod common;

use enricher_proto::{EntityType, Field};
use enricher_tagger::{enrich_at, Gazetteer};

fn gazetteer() -> Gazetteer {
    let countries = r#"
[[country]]
id = "KP"
name = "North Korea"
[country.aliases]
en = ["North Korea", "Pyongyang|capital"]
de = ["Nordkorea|compound", "Pjöngjang|capital"]

[[country]]
id = "RU"
name = "Russia"
[country.aliases]
en = ["Russia"]
de = ["Russland", "Moskau|capital"]

[[country]]
id = "US"
name = "United States"
[country.aliases]
any = ["US|exact", "USA|exact"]
"#;
    let organizations = r#"
[[organization]]
id = "kcna"
name = "Korean Central News Agency"
acronym = "KCNA"
kind = "state-media"
country = "KP"
[organization.aliases]
any = ["KCNA|exact"]
en = ["Korean Central News Agency"]

[[organization]]
id = "nato"
name = "North Atlantic Treaty Organization"
acronym = "NATO"
kind = "intergovernmental"
[organization.aliases]
any = ["NATO|exact"]
"#;
    let weapons = r#"
[[category]]
id = "artillery"
name = "Artillery"

[[weapon]]
id = "artillery-shell"
category = "artillery"
name = "artillery shell"
[weapon.aliases]
en = ["artillery shell"]
de = ["Artilleriegeschoss"]

[[weapon]]
id = "howitzer"
category = "artillery"
name = "howitzer"
[weapon.aliases]
de = ["Haubitze"]

[[weapon]]
id = "icbm"
category = "missiles"
name = "ICBM"
[weapon.aliases]
any = ["ICBM|exact"]
"#;
    Gazetteer::from_files(&[
        ("countries.toml", countries),
        ("organizations.toml", organizations),
        ("weapons.toml", weapons),
    ])
    .expect("test gazetteer")
}

#[test]
fn tags_are_counted_sorted_and_flagged_in_title() {
    let g = gazetteer();
    let a = common::article(
        Some("Nordkorea liefert Haubitzen an Russland"),
        "Pjöngjang bestreitet laut KCNA, Artilleriegeschosse an Moskau geliefert zu haben. \
         Die USA und die NATO sehen das anders. Russland schweigt; Nordkorea testet eine ICBM.",
        Some("de"),
    );
    let e = common::enrich(&a, &g);
    let countries: Vec<_> = e
        .countries
        .iter()
        .map(|c| (c.id.as_str(), c.mentions, c.in_title))
        .collect();
    // KP: title 1 + body 2; RU: title 1 + body 2; US: body 1. Ties by id.
    assert_eq!(
        countries,
        [("KP", 3, true), ("RU", 3, true), ("US", 1, false)]
    );
    assert_eq!(e.countries[0].name, "North Korea");
    let orgs: Vec<_> = e
        .organizations
        .iter()
        .map(|o| (o.id.as_str(), o.mentions, o.in_title))
        .collect();
    assert_eq!(orgs, [("kcna", 1, false), ("nato", 1, false)]);
    let kcna = &e.organizations[0];
    assert_eq!(kcna.acronym.as_deref(), Some("KCNA"));
    assert_eq!(kcna.kind, "state-media");
    assert_eq!(kcna.country.as_deref(), Some("KP"));
    assert_eq!(e.organizations[1].country, None);
    let weapons: Vec<_> = e
        .weapons
        .iter()
        .map(|w| (w.id.as_str(), w.name.as_str(), w.mentions, w.in_title))
        .collect();
    // Category names: declared (Artillery) or the contract default (Missiles).
    assert_eq!(
        weapons,
        [
            ("artillery", "Artillery", 2, true),
            ("missiles", "Missiles", 1, false)
        ]
    );

    // Mentions: title first, then by start; weapons carry the term.
    let fields: Vec<_> = e
        .mentions
        .iter()
        .map(|m| (m.field, m.text.as_str()))
        .collect();
    assert_eq!(
        &fields[..3],
        &[
            (Field::Title, "Nordkorea"),
            (Field::Title, "Haubitzen"),
            (Field::Title, "Russland")
        ]
    );
    assert_eq!(fields.len(), 3 + 9);
    let shell = e
        .mentions
        .iter()
        .find(|m| m.text == "Artilleriegeschosse")
        .expect("shell mention");
    assert_eq!(
        (shell.entity_type, shell.id.as_str(), shell.term.as_deref()),
        (EntityType::Weapon, "artillery", Some("artillery-shell"))
    );
    assert!(e
        .mentions
        .iter()
        .filter(|m| m.entity_type != EntityType::Weapon)
        .all(|m| m.term.is_none()));
    assert!(
        common::offset_problems(&a, &e).is_empty(),
        "{:?}",
        common::offset_problems(&a, &e)
    );
}

#[test]
fn metadata() {
    let g = gazetteer();
    let a = common::article(None, "Nordkorea", Some("DE-at"));
    let at = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_795_860_000);
    let e = enrich_at(&a, &g, at);
    assert_eq!(e.schema, "news.enriched.v1");
    assert_eq!(e.id, "t-1");
    assert_eq!(e.language, "de");
    assert_eq!(e.enricher.version, env!("CARGO_PKG_VERSION"));
    assert_eq!(e.enricher.gazetteer, g.content_hash());
    assert_eq!(e.enricher.processed_at, "2026-11-28T10:00:00Z");
    assert_eq!(
        e.article.get(),
        serde_json::to_string(
            &serde_json::json!({"id": "t-1", "title": null, "body": "Nordkorea", "lang": "DE-at"})
        )
        .unwrap()
    );
}

#[test]
fn language_is_detected_when_absent() {
    let g = gazetteer();
    let rows: &[(&str, &str)] = &[
        ("Moskau hat am Dienstag erklärt, dass die Regierung keine Waffen aus Nordkorea gekauft habe und auch nicht vorhabe, dies zu tun.", "de"),
        ("The government in Moscow said on Tuesday that it had not bought any weapons from North Korea and did not plan to do so.", "en"),
        ("Le gouvernement de Moscou a déclaré mardi qu'il n'avait pas acheté d'armes à la Corée du Nord et qu'il ne comptait pas le faire.", "fr"),
        ("Nordkorea", "und"),
        ("", "und"),
    ];
    for (body, expected) in rows {
        let e = common::enrich(&common::article(None, body, None), &g);
        assert_eq!(e.language, *expected, "body {body:?}");
    }
    // Detected German: German aliases apply; detected English: they do not.
    let de = common::enrich(&common::article(None, rows[0].0, None), &g);
    assert!(
        de.countries.iter().any(|c| c.id == "RU"),
        "Moskau in a detected-German article"
    );
    let en_body = "The government said on Tuesday that it had not bought any weapons from Nordkorea and did not plan to do so.";
    let en = common::enrich(&common::article(None, en_body, None), &g);
    assert_eq!(en.language, "en");
    assert!(
        en.countries.is_empty(),
        "German alias in an English article: {:?}",
        en.countries
    );
}

#[test]
fn empty_article_has_no_tags() {
    let g = gazetteer();
    let e = common::enrich(&common::article(Some(""), "", Some("en")), &g);
    assert!(
        e.countries.is_empty()
            && e.organizations.is_empty()
            && e.weapons.is_empty()
            && e.mentions.is_empty()
    );
}

#[test]
fn gazetteer_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Gazetteer>();
}
