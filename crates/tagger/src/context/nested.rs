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

use crate::matcher::{scan, ArticleLang, Hit, Scratch};
use crate::model::{EntryType, Source};
use crate::Gazetteer;

/// Organization kinds that are part of a state.
const STATE_BODY_KINDS: [&str; 3] = ["government", "military", "intelligence"];

thread_local! {
    static INNER: RefCell<(Scratch, Vec<Hit>)> = RefCell::new((Scratch::default(), Vec::new()));
}

/// The country id of a state body, or `None` for any other entity.
fn state_body_country<'s>(source: &'s Source, hit: &Hit) -> Option<&'s str> {
    let e = &source.entities[hit.entity as usize];
    (e.kind == EntryType::Organization
        && e.org_kind
            .as_deref()
            .is_some_and(|k| STATE_BODY_KINDS.contains(&k)))
    .then_some(e.country.as_deref())
    .flatten()
}

/// Adds, right after each state body's hit, the hits of its own country inside it.
pub(super) fn add_state_body_countries(
    gazetteer: &Gazetteer,
    lang: ArticleLang,
    text: &str,
    hits: &mut Vec<Hit>,
) {
    let source = &gazetteer.source;
    if !hits.iter().any(|h| state_body_country(source, h).is_some()) {
        return;
    }
    INNER.with(|cell| {
        let (scratch, inner) = &mut *cell.borrow_mut();
        let mut out = Vec::with_capacity(hits.len() + 2);
        for hit in hits.iter() {
            out.push(*hit);
            let Some(country) = state_body_country(source, hit) else {
                continue;
            };
            let Some(index) = source
                .entities
                .iter()
                .position(|e| e.kind == EntryType::Country && e.id == country)
            else {
                continue;
            };
            let span = &text[hit.start..hit.end];
            inner.clear();
            scratch.folded.fold(span);
            scratch.only = Some(index as u32);
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
