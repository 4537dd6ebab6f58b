//! The sample article of the issue, tagged with the builtin gazetteer. Depends on the
//! data files in `crates/tagger/gazetteer/`.

#![allow(clippy::unwrap_used)] // tests unwrap on purpose: a panic is a failure

mod common;

use std::path::Path;

use enricher_tagger::{enrich, Article, Gazetteer};

fn sample() -> Article {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples/nordkorea-de.json");
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Article::decode(&bytes, None).expect("sample decodes")
}

#[test]
fn nordkorea_sample_with_builtin_gazetteer() {
    let g = Gazetteer::builtin().expect("builtin gazetteer loads");
    let a = sample();
    let e = enrich(&a, &g);
    let problems = common::offset_problems(&a, &e);
    assert!(problems.is_empty(), "{problems:?}");

    let mut countries: Vec<&str> = e.countries.iter().map(|c| c.id.as_str()).collect();
    countries.sort_unstable();
    assert_eq!(
        countries,
        ["KP", "KR", "RU", "UA", "US"],
        "countries: {:#?}",
        e.countries
    );

    let orgs: Vec<&str> = e.organizations.iter().map(|o| o.id.as_str()).collect();
    for id in ["kcna", "un-security-council", "nato", "csis"] {
        assert!(
            orgs.contains(&id),
            "organization {id} missing from {orgs:?}"
        );
    }
    let weapons: Vec<&str> = e.weapons.iter().map(|w| w.id.as_str()).collect();
    for id in ["artillery", "missiles", "nuclear"] {
        assert!(
            weapons.contains(&id),
            "weapon category {id} missing from {weapons:?}"
        );
    }

    let luftwaffe = a.body.find("Luftwaffenübung").expect("sample has the word");
    let inside = luftwaffe..luftwaffe + "Luftwaffenübung".len();
    for m in e
        .mentions
        .iter()
        .filter(|m| m.field == enricher_proto::Field::Body)
    {
        assert!(
            m.end <= inside.start || m.start >= inside.end,
            "mention {:?} ({}) overlaps Luftwaffenübung",
            m.text,
            m.id
        );
    }
    // The title names Nordkorea and Russland.
    assert!(e
        .countries
        .iter()
        .find(|c| c.id == "KP")
        .is_some_and(|c| c.in_title));
    assert!(e
        .countries
        .iter()
        .find(|c| c.id == "RU")
        .is_some_and(|c| c.in_title));
}
