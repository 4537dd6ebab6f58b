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

/// How many distinct state-body spans one field remembers the inner hits of.
const REMEMBERED_SPANS: usize = 64;

thread_local! {
    static INNER: RefCell<Inner> = RefCell::new(Inner::default());
}

/// Buffers of the search inside state bodies, reused between fields.
#[derive(Default)]
struct Inner {
    scratch: Scratch,
    /// The country hits found inside the spans searched, relative to their span.
    found: Vec<Hit>,
    /// The spans searched in this field: entity, span start and end in the field, and
    /// the range of their hits in `found` (at most [`REMEMBERED_SPANS`]).
    searched: Vec<(u32, usize, usize, std::ops::Range<usize>)>,
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
        let Inner {
            scratch,
            found,
            searched,
        } = &mut *cell.borrow_mut();
        found.clear();
        searched.clear();
        let mut out = Vec::with_capacity(hits.len() + 2);
        for hit in hits.iter() {
            out.push(*hit);
            let Some(index) = country_of(hit) else {
                continue;
            };
            let span = &text[hit.start..hit.end];
            // The same body named again (`the Russian army ... the Russian army`) has the
            // same country hits inside: the search depends on the span's text and the
            // entity alone.
            let known = searched
                .iter()
                .find(|(entity, start, end, _)| {
                    *entity == hit.entity && &text[*start..*end] == span
                })
                .map(|(.., range)| range.clone());
            let range = match known {
                Some(range) => range,
                None => {
                    let from = found.len();
                    scratch.folded.fold(span);
                    scratch.only = Some(index);
                    scan(&gazetteer.compiled, span, lang, scratch, found);
                    scratch.only = None;
                    if searched.len() < REMEMBERED_SPANS {
                        searched.push((hit.entity, hit.start, hit.end, from..found.len()));
                    }
                    from..found.len()
                }
            };
            out.extend(found[range].iter().map(|h| Hit {
                start: hit.start + h.start,
                end: hit.start + h.end,
                ..*h
            }));
        }
        *hits = out;
    });
}
