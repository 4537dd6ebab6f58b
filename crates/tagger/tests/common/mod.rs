//! Helpers shared by the tagger's integration tests: tiny gazetteers from one-line alias
//! specs, and the offset invariants every mention must satisfy.

#![allow(dead_code)] // each test binary uses a different subset

use std::fmt::Write as _;

use enricher_tagger::{enrich_at, Article, EnrichedArticle, Gazetteer, GazetteerError};

/// Builds a gazetteer from alias specs `"<t>:<id> <lang> <alias>"`, where `<t>` is `c`
/// (country), `o` (organization; `o:<id>@<country>` gives it a country, and
/// `o:<id>/<COUNTRY>` or `o:<id>/<kind>/<COUNTRY>` a kind and country), `r` (region) or
/// `w` (weapon, id `category/term`), e.g. `"c:KP de Nordkorea|compound"`,
/// `"o:icc-cricket@AE any ICC|exact"`, `"o:idf/military/IL de israelische Armee"`,
/// `"w:missiles/missile en missile"`.
pub fn gazetteer(specs: &[&str]) -> Result<Gazetteer, GazetteerError> {
    Gazetteer::from_files(&[("test.toml", &toml_of(specs))])
}

/// The TOML text for [`gazetteer`]'s specs.
pub fn toml_of(specs: &[&str]) -> String {
    // (table, id, category) → [(lang, alias)], in first-seen order.
    type Key<'a> = (&'a str, &'a str, Option<&'a str>);
    let mut entries: Vec<(Key<'_>, Vec<(&str, &str)>)> = Vec::new();
    for spec in specs {
        let mut parts = spec.splitn(3, ' ');
        let (Some(target), Some(lang), Some(alias)) = (parts.next(), parts.next(), parts.next())
        else {
            panic!("bad alias spec {spec:?}");
        };
        let (t, id) = target
            .split_once(':')
            .unwrap_or_else(|| panic!("bad target in {spec:?}"));
        let key = match t {
            "c" => ("country", id, None),
            "o" => ("organization", id.split('/').next().unwrap_or(id), Some(id)),
            "r" => ("region", id, None),
            "w" => {
                let (category, term) = id.split_once('/').expect("weapon spec is category/term");
                ("weapon", term, Some(category))
            }
            _ => panic!("bad type in {spec:?}"),
        };
        match entries.iter_mut().find(|(k, _)| *k == key) {
            Some((_, aliases)) => aliases.push((lang, alias)),
            None => entries.push((key, vec![(lang, alias)])),
        }
    }
    let mut toml = String::new();
    for ((table, id, category), aliases) in &entries {
        let (id, country) = match id.split_once('@') {
            Some((id, country)) if *table == "organization" => (id, Some(country)),
            _ => (*id, None),
        };
        writeln!(toml, "[[{table}]]\nid = {id:?}\nname = \"{id} name\"").unwrap();
        if *table == "organization" {
            // `id`, `id/COUNTRY` or `id/kind/COUNTRY`.
            let parts: Vec<&str> = category.unwrap_or(id).split('/').collect();
            let (kind, with_country) = match parts.as_slice() {
                [_, c] => ("government", Some(*c)),
                [_, kind, c] => (*kind, Some(*c)),
                _ => ("government", None),
            };
            writeln!(toml, "kind = {kind:?}").unwrap();
            if let Some(c) = with_country.or(country) {
                writeln!(toml, "country = {c:?}").unwrap();
            }
        } else if let Some(category) = category {
            writeln!(toml, "category = {category:?}").unwrap();
        }
        writeln!(toml, "[{table}.aliases]").unwrap();
        let mut langs: Vec<&str> = aliases.iter().map(|(l, _)| *l).collect();
        langs.dedup();
        langs.sort_unstable();
        langs.dedup();
        for lang in langs {
            let list: Vec<String> = aliases
                .iter()
                .filter(|(l, _)| *l == lang)
                .map(|(_, a)| format!("{a:?}"))
                .collect();
            writeln!(toml, "{lang} = [{}]", list.join(", ")).unwrap();
        }
    }
    toml
}

/// An article from its parts (`lang` `None`: absent).
pub fn article(title: Option<&str>, body: &str, lang: Option<&str>) -> Article {
    let json = serde_json::json!({ "id": "t-1", "title": title, "body": body, "lang": lang });
    Article::decode(json.to_string().as_bytes(), None).expect("test article decodes")
}

/// Enriches at a fixed time.
pub fn enrich(article: &Article, g: &Gazetteer) -> EnrichedArticle {
    enrich_at(article, g, std::time::SystemTime::UNIX_EPOCH)
}

/// Checks that every mention's byte and code point offsets slice its field to its text,
/// and that mentions are sorted by field then start. Returns the problems found.
pub fn offset_problems(article: &Article, enriched: &EnrichedArticle) -> Vec<String> {
    let mut problems = Vec::new();
    let mut last = None;
    for m in &enriched.mentions {
        let field = match m.field {
            enricher_proto::Field::Title => article.title.as_deref().unwrap_or(""),
            enricher_proto::Field::Body => &article.body,
        };
        match field.get(m.start..m.end) {
            Some(s) if s == m.text => {}
            other => problems.push(format!(
                "bytes {}..{} give {other:?}, not {:?}",
                m.start, m.end, m.text
            )),
        }
        let by_chars: String = field
            .chars()
            .skip(m.char_start)
            .take(m.char_end - m.char_start)
            .collect();
        if by_chars != m.text {
            problems.push(format!(
                "chars {}..{} give {by_chars:?}, not {:?}",
                m.char_start, m.char_end, m.text
            ));
        }
        let key = (m.field, m.start);
        if last.is_some_and(|l| l > key) {
            problems.push(format!("mention {:?} out of order", m.text));
        }
        last = Some(key);
    }
    problems.extend(enricher_proto::nesting_problems(&enriched.mentions));
    problems
}
