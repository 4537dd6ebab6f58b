//! Nested mentions for state bodies (contract section 3).
//!
//! A ministry, armed force or intelligence service named with its country's word
//! (`Russia's defence ministry`, `the Pakistani army`, `die israelische Armee`,
//! `МИД России`, `US-Außenministerium`) names an organization and its country at once.
//! The matcher reports the longest alias, the organization; this rule searches the
//! organization's span again and adds the mentions of the organization's own country
//! found inside it. Only organizations of kind `government`, `military` or
//! `intelligence` that have a `country` count as state bodies: a company, newspaper or
//! club named after a country (`Air India`, `Japan Times`) is not its country.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::matcher::{scan, ArticleLang, Hit, Scratch};
use crate::model::{EntryType, Source};
use crate::Gazetteer;

/// Organization kinds that are part of a state.
const STATE_BODY_KINDS: [&str; 3] = ["government", "military", "intelligence"];

thread_local! {
    static INNER: RefCell<(Scratch, Vec<Hit>)> = RefCell::new((Scratch::default(), Vec::new()));
}

/// For each entity, the index of its country's entity when it is a state body whose
/// country the gazetteer has (the first country entity with that id); built once with the
/// gazetteer, so the rule needs no search per hit.
pub(crate) fn state_body_countries(source: &Source) -> Vec<Option<u32>> {
    let mut countries: HashMap<&str, u32> = HashMap::new();
    for (i, e) in source.entities.iter().enumerate() {
        if e.kind == EntryType::Country {
            countries.entry(e.id.as_str()).or_insert(i as u32);
        }
    }
    source
        .entities
        .iter()
        .map(|e| {
            let is_state_body = e.kind == EntryType::Organization
                && e.org_kind
                    .as_deref()
                    .is_some_and(|k| STATE_BODY_KINDS.contains(&k));
            let country = e.country.as_deref().filter(|_| is_state_body)?;
            countries.get(country).copied()
        })
        .collect()
}

/// Adds, right after each state body's hit, the hits of its own country inside it.
pub(super) fn add_state_body_countries(
    gazetteer: &Gazetteer,
    lang: ArticleLang,
    text: &str,
    hits: &mut Vec<Hit>,
) {
    let country_of = |hit: &Hit| gazetteer.state_body_countries[hit.entity as usize];
    if !hits.iter().any(|h| country_of(h).is_some()) {
        return;
    }
    INNER.with(|cell| {
        let (scratch, inner) = &mut *cell.borrow_mut();
        let mut out = Vec::with_capacity(hits.len() + 2);
        for hit in hits.iter() {
            out.push(*hit);
            let Some(index) = country_of(hit) else {
                continue;
            };
            let span = &text[hit.start..hit.end];
            inner.clear();
            scratch.folded.fold(span);
            scratch.only = Some(index);
            scan(&gazetteer.compiled, span, lang, scratch, inner);
            scratch.only = None;
            out.extend(inner.iter().map(|h| Hit {
                start: hit.start + h.start,
                end: hit.start + h.end,
                ..*h
            }));
        }
        *hits = out;
    });
}
