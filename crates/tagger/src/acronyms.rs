//! Organization acronyms resolved by the article they are in.
//!
//! Semantics, exactly (one rule family; rows in `tests/rules.rs`, section "Acronyms"):
//!
//! - An *acronym* is a single token of two to twelve letters or digits with at least two
//!   upper-case letters and no lower-case letter except a German genitive `s` at the end
//!   (`NATO`, `SVP`, `NATOs`; not `E3`). Dots are ignored (`U.N.` is `UN`).
//! - **Definition.** `Long Name (ACR)` defines `ACR` for the whole article (title too):
//!   - when an organization match ends right before the parenthesis, every `ACR` in the
//!     article is that organization: gazetteer matches of `ACR` are re-read as it, and
//!     occurrences the gazetteer does not know are added as its mentions
//!     (`the Kurdistan Democratic Party (KDP)`, `die Schweizerische Volkspartei (SVP)`);
//!   - when the words before the parenthesis are a capitalized name (words in capitals
//!     do not count: a headline) whose letters spell the acronym in order but the
//!     gazetteer knows no organization there, the name may
//!     still be a variant of the name of an organization that claims `ACR`: the same
//!     words but for the small ones, hyphens and British spelling (`Organización Mundial
//!     de Comercio (OMC)` for the alias `Organización Mundial del Comercio`,
//!     `Organisation for Security and Cooperation in Europe (OSCE)` for `Organization for
//!     Security and Co-operation in Europe`); then `ACR` is that organization;
//!   - otherwise `ACR` names an organization the gazetteer does not have: its matches are
//!     dropped.
//! - **Shared acronym.** Without a definition, an acronym that several organizations claim
//!   (in languages the article admits) is read as the one with the most evidence: 3 for a
//!   mention of it by another alias in the article, 1 when its country is mentioned, 1
//!   when its acronym alias is written for the article's own language. Between claimants
//!   tied at the top, the one named last before the acronym wins (`the International
//!   Cricket Council said the ICC`). No evidence, or a tie left, leaves it untagged.
//! - Acronyms claimed by one organization are left as the matcher found them.

use std::collections::HashMap;

use crate::matcher::{ArticleLang, Hit};
use crate::model::{EntryType, Flags, Lang, Source};
use crate::normalize::fold_alias;

/// Which organizations claim each acronym, and in which language.
#[derive(Debug, Default)]
pub(crate) struct AcronymIndex {
    /// Acronym key ([`key`]) → (organization entity index, alias language), by entity.
    claims: HashMap<Box<str>, Vec<(u32, Lang)>>,
    /// For each organization that claims an acronym: its aliases of more than one word
    /// (indexes into `Source::aliases`), what a spelled-out name in an article may be a
    /// variant of.
    names: HashMap<u32, Vec<u32>>,
}

impl AcronymIndex {
    pub(crate) fn build(source: &Source) -> AcronymIndex {
        let mut claims: HashMap<Box<str>, Vec<(u32, Lang)>> = HashMap::new();
        for alias in &source.aliases {
            if source.entities[alias.entity].kind != EntryType::Organization {
                continue;
            }
            let Some(k) = key(&alias.text) else {
                continue;
            };
            let list = claims.entry(k.into()).or_default();
            let claim = (alias.entity as u32, alias.lang);
            if !list.contains(&claim) {
                list.push(claim);
            }
        }
        let mut names: HashMap<u32, Vec<u32>> = claims
            .values()
            .flatten()
            .map(|&(entity, _)| (entity, Vec::new()))
            .collect();
        for (i, alias) in source.aliases.iter().enumerate() {
            if let Some(list) = names.get_mut(&(alias.entity as u32)) {
                if alias.text.contains(' ') {
                    list.push(i as u32);
                }
            }
        }
        AcronymIndex { claims, names }
    }

    /// Whether more than one organization claims `key` (in any language).
    fn is_shared(&self, key: &str) -> bool {
        self.claims
            .get(key)
            .is_some_and(|c| c.iter().any(|(e, _)| *e != c[0].0))
    }

    /// Whether organization `entity` (one that claims an acronym) has an alias of more than
    /// one word, in a language `lang` admits, with the same content words as `name`.
    fn has_name_variant(
        &self,
        source: &Source,
        entity: u32,
        lang: ArticleLang,
        name: &str,
    ) -> bool {
        let Some(names) = self.names.get(&entity) else {
            return false;
        };
        let words = content_words(name);
        names.iter().any(|&i| {
            let a = &source.aliases[i as usize];
            lang.admits(a.lang) && content_words(&a.text) == words
        })
    }

    /// The organizations that claim `key` in a language `lang` admits.
    fn claimants(&self, key: &str, lang: ArticleLang) -> Vec<(u32, Lang)> {
        let mut out: Vec<(u32, Lang)> = Vec::new();
        for &(entity, alias_lang) in self.claims.get(key).into_iter().flatten() {
            if !lang.admits(alias_lang) {
                continue;
            }
            match out.iter_mut().find(|(e, _)| *e == entity) {
                // Keep the most specific language of the entity's claims.
                Some(c) if matches!(c.1, Lang::En | Lang::Any) => c.1 = alias_lang,
                Some(_) => {}
                None => out.push((entity, alias_lang)),
            }
        }
        out
    }
}

/// The acronym key of a token: its letters and digits without dots and without a German
/// genitive `s`, when the token is an acronym (see the module docs).
pub(crate) fn key(token: &str) -> Option<String> {
    if !may_be_key(token) {
        return None;
    }
    let mut k: String = token.chars().filter(|c| *c != '.').collect();
    if k.ends_with('s') && k.chars().rev().nth(1).is_some_and(char::is_uppercase) {
        k.pop();
    }
    let upper = k.chars().filter(|c| c.is_uppercase()).count();
    let ok = (2..=12).contains(&k.chars().count())
        && upper >= 2
        && k.chars().all(|c| c.is_alphanumeric() && !c.is_lowercase());
    ok.then_some(k)
}

/// A necessary condition for [`key`], checked without allocating (most tokens asked
/// about are names with lower-case letters): no lower-case letter but one `s` that is the
/// last letter before any trailing dots (the genitive `key` strips).
fn may_be_key(token: &str) -> bool {
    let mut lower = token.chars().filter(|c| c.is_lowercase());
    match (lower.next(), lower.next()) {
        (None, _) => true,
        (Some('s'), None) => token.trim_end_matches('.').ends_with('s'),
        _ => false,
    }
}

/// A definition found in the article: `Long Name (ACR)`.
#[derive(Debug)]
struct Definition {
    key: String,
    /// The organization the long name matched; `None`: one the gazetteer does not know.
    entity: Option<u32>,
}

/// Re-reads the organization hits of one article's title and body by its acronym
/// definitions and evidence (module docs), adding the occurrences of defined acronyms the
/// gazetteer does not know. Both hit lists stay sorted by start and non-overlapping.
pub(crate) fn resolve(
    source: &Source,
    index: &AcronymIndex,
    lang: ArticleLang,
    fields: [(&str, &mut Vec<Hit>); 2],
) {
    let [(title, title_hits), (body, body_hits)] = fields;
    let mut definitions = Vec::new();
    for (text, hits) in [(title, &*title_hits), (body, &*body_hits)] {
        find_definitions(source, index, lang, text, hits, &mut definitions);
    }
    let shared = |text: &str, h: &Hit| {
        let t = &text[h.start..h.end];
        // Cheap tests first: an organization, short, with at most one lower-case letter.
        is_org(source, h)
            && t.len() <= 40
            && t.chars().filter(|c| c.is_lowercase()).count() <= 1
            && key(t).is_some_and(|k| index.is_shared(&k))
    };
    let needs_work = !definitions.is_empty()
        || title_hits.iter().any(|h| shared(title, h))
        || body_hits.iter().any(|h| shared(body, h));
    if !needs_work {
        return;
    }
    let evidence = Evidence::of(source, [(title, &*title_hits), (body, &*body_hits)]);
    for (field, (text, hits)) in [(title, title_hits), (body, body_hits)]
        .into_iter()
        .enumerate()
    {
        hits.retain_mut(|h| {
            if !is_org(source, h) {
                return true;
            }
            let Some(k) = key(&text[h.start..h.end]) else {
                return true;
            };
            if let Some(d) = definitions.iter().find(|d| d.key == k) {
                return match d.entity {
                    Some(e) => {
                        // Defined in the article: as strong as the name it abbreviates.
                        h.entity = e;
                        h.weak = false;
                        true
                    }
                    None => false,
                };
            }
            let claimants = index.claimants(&k, lang);
            if claimants.len() < 2 {
                return true;
            }
            match evidence.best(source, &claimants, lang, position(field, h.start)) {
                Some(e) => {
                    h.entity = e;
                    true
                }
                None => false,
            }
        });
        for d in &definitions {
            if let Some(entity) = d.entity {
                add_occurrences(text, &d.key, entity, hits);
            }
        }
    }
}

fn is_org(source: &Source, h: &Hit) -> bool {
    source.entities[h.entity as usize].kind == EntryType::Organization
}

/// Finds `Long Name (ACR)` in `text`.
fn find_definitions(
    source: &Source,
    index: &AcronymIndex,
    lang: ArticleLang,
    text: &str,
    hits: &[Hit],
    out: &mut Vec<Definition>,
) {
    let bytes = text.as_bytes();
    let mut from = 0;
    // Byte searches (memchr's, vectorized): `(` and `)` are ASCII, so a byte found is the
    // character.
    while let Some(open) = memchr::memchr(b'(', &bytes[from..]).map(|i| from + i) {
        from = open + 1;
        let Some(close) = memchr::memchr(b')', &bytes[open + 1..]).map(|i| open + 1 + i) else {
            break;
        };
        let inner = text[open + 1..close].trim();
        let Some(k) = key(inner) else {
            continue;
        };
        if out.iter().any(|d| d.key == k) {
            continue;
        }
        // The text before the parenthesis, without the spaces.
        let mut before = open;
        while before > 0 && bytes[before - 1] == b' ' {
            before -= 1;
        }
        let org = hits.iter().find(|h| {
            let name = &text[h.start..h.end];
            h.end == before && is_org(source, h) && key(name).is_none() && abbreviates(name, &k)
        });
        match org {
            Some(h) => out.push(Definition {
                key: k,
                entity: Some(h.entity),
            }),
            None => {
                if let Some(name) = spelled_name(&text[..before], &k) {
                    let entity = index
                        .claimants(&k, lang)
                        .into_iter()
                        .map(|(e, _)| e)
                        .find(|&e| index.has_name_variant(source, e, lang, &name));
                    out.push(Definition { key: k, entity });
                }
            }
        }
    }
}

/// Small words a name may have between its capitalized words.
const CONNECTORS: &[&str] = &[
    "of", "the", "for", "and", "in", "on", "der", "die", "des", "das", "für", "und", "zur", "von",
    "de", "la", "le", "du", "del", "di", "et", "y", "e", "pour", "per", "para", "van", "voor",
];

/// British spellings and their American forms, compared as word endings (`Organisation`,
/// `Defence`, `Centre`, `Labour`).
const SPELLINGS: &[(&str, &str)] = &[
    ("isation", "ization"),
    ("defence", "defense"),
    ("centre", "center"),
    ("labour", "labor"),
];

/// The words of a name without the small ones, folded, without hyphens, in American
/// spelling (`Organización Mundial de Comercio` → `organizacion mundial comercio`;
/// `Organisation for Security and Co-operation` → `organization security cooperation`).
fn content_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .filter(|w| !CONNECTORS.contains(&w.to_lowercase().as_str()))
        .map(|w| {
            let mut word: String = fold_alias(w)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect();
            for (british, american) in SPELLINGS {
                if let Some(stem) = word.strip_suffix(british) {
                    word = format!("{stem}{american}");
                    break;
                }
            }
            word
        })
        .collect()
}

/// A word of two or more letters all in capitals (`AMBICIOSA`, `NATO`): a headline or an
/// acronym, where case tells nothing, so no part of a spelled-out name.
fn in_capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// The capitalized name ending `before` that spells `acronym`: its first letter is the
/// first letter of a capitalized word (not a word in capitals), and the rest follow in
/// order in the name. A headline in capitals before a dateline (`ESPAÑA-FRANCIA
/// COOPERACION ... Santander (EFE)`) spells nothing.
fn spelled_name(before: &str, acronym: &str) -> Option<String> {
    let words: Vec<&str> = before
        .rsplit(|c: char| c.is_whitespace())
        .take(8)
        .take_while(|w| {
            (w.chars().next().is_some_and(char::is_uppercase) && !in_capitals(w))
                || CONNECTORS.contains(w)
        })
        .collect();
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let &first = letters.first()?;
    // Shortest name first: the words nearest the parenthesis.
    for start in 0..words.len() {
        let head = words[start];
        if !head.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        if head.chars().next().and_then(|c| c.to_lowercase().next()) != Some(first) {
            continue;
        }
        let name: Vec<&str> = words[..=start].iter().rev().copied().collect();
        let name = name.join(" ");
        if abbreviates(&name, acronym) && words[..=start].len() >= 2.min(letters.len()) {
            return Some(name);
        }
    }
    None
}

/// Whether `acronym` abbreviates `name`: its first letter is the name's first letter and
/// its other letters follow in order (case-insensitive): `KDP` of `Kurdistan Democratic
/// Party`, `SVP` of `Schweizerische Volkspartei`, not `ÅÄÖ` of `WEISSES HAUS`.
fn abbreviates(name: &str, acronym: &str) -> bool {
    let mut name = name.chars().flat_map(char::to_lowercase);
    let mut letters = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase);
    let (Some(first), Some(initial)) = (letters.next(), name.next()) else {
        return false;
    };
    first == initial && letters.all(|l| name.any(|c| c == l))
}

/// Adds `entity` hits for every whole-token, case-exact occurrence of `acronym` (with an
/// optional genitive `s`) that no hit covers yet.
fn add_occurrences(text: &str, acronym: &str, entity: u32, hits: &mut Vec<Hit>) {
    let mut added = false;
    // memchr's substring search (vectorized) finds the same non-overlapping occurrences
    // as `str::match_indices`, at a fraction of its instructions: this runs over the
    // whole field for every defined acronym. A match of a whole UTF-8 needle starts at a
    // character boundary.
    for start in memchr::memmem::find_iter(text.as_bytes(), acronym.as_bytes()) {
        let mut end = start + acronym.len();
        let prev = text[..start].chars().next_back();
        if prev.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let mut next = text[end..].chars().next();
        if next == Some('s') && !text[end + 1..].starts_with(char::is_alphanumeric) {
            end += 1;
            next = text[end..].chars().next();
        }
        if next.is_some_and(char::is_alphanumeric) {
            continue;
        }
        if hits.iter().any(|h| h.start < end && start < h.end) {
            continue;
        }
        hits.push(Hit {
            entity,
            start,
            end,
            weak: false,
            flags: Flags::EXACT,
        });
        added = true;
    }
    if added {
        hits.sort_by_key(|h| h.start);
    }
}

/// What the article says besides its acronyms: organizations named by other aliases (with
/// where: [`position`]) and the countries mentioned.
struct Evidence<'s> {
    named: Vec<(u32, u64)>,
    countries: Vec<&'s str>,
}

/// A position in the article: the title before the body.
fn position(field: usize, start: usize) -> u64 {
    ((field as u64) << 40) | start as u64
}

impl<'s> Evidence<'s> {
    fn of(source: &'s Source, fields: [(&str, &Vec<Hit>); 2]) -> Evidence<'s> {
        let mut named = Vec::new();
        let mut countries = Vec::new();
        for (field, (text, hits)) in fields.into_iter().enumerate() {
            for h in hits.iter() {
                let e = &source.entities[h.entity as usize];
                match e.kind {
                    EntryType::Organization if key(&text[h.start..h.end]).is_none() => {
                        named.push((h.entity, position(field, h.start)))
                    }
                    EntryType::Country => countries.push(e.id.as_str()),
                    _ => {}
                }
            }
        }
        Evidence { named, countries }
    }

    /// The claimant with the strictly highest positive score; between claimants tied at
    /// the top that are both named in the article, the one named last before `at`.
    fn best(
        &self,
        source: &Source,
        claimants: &[(u32, Lang)],
        lang: ArticleLang,
        at: u64,
    ) -> Option<u32> {
        let score = |&(entity, alias_lang): &(u32, Lang)| {
            let e = &source.entities[entity as usize];
            let mut s = 0;
            if self.named.iter().any(|(n, _)| *n == entity) {
                s += 3;
            }
            if e.country
                .as_ref()
                .is_some_and(|c| self.countries.contains(&c.as_str()))
            {
                s += 1;
            }
            if matches!(lang, ArticleLang::Known(Some(l)) if l == alias_lang) {
                s += 1;
            }
            s
        };
        let mut scored: Vec<(u32, u32)> = claimants.iter().map(|c| (score(c), c.0)).collect();
        scored.sort_by_key(|s| std::cmp::Reverse(s.0));
        let top = scored.first().map_or(0, |s| s.0);
        if top == 0 {
            return None;
        }
        let tied: Vec<u32> = scored.iter().filter(|s| s.0 == top).map(|s| s.1).collect();
        if let [only] = tied.as_slice() {
            return Some(*only);
        }
        // Named last before the acronym: `the International Cricket Council said the ICC`.
        let last_named = |e: u32| {
            self.named
                .iter()
                .filter(|(n, p)| *n == e && *p < at)
                .map(|(_, p)| *p)
                .max()
        };
        let mut by_recency: Vec<(Option<u64>, u32)> =
            tied.iter().map(|&e| (last_named(e), e)).collect();
        by_recency.sort_by_key(|r| std::cmp::Reverse(r.0));
        match by_recency.as_slice() {
            [(Some(p), e), (q, _), ..] if Some(*p) > *q => Some(*e),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronym_keys() {
        for (token, expected) in [
            ("NATO", Some("NATO")),
            ("NATOs", Some("NATO")),
            ("U.N.", Some("UN")),
            ("E3", None),
            ("ECOWAS", Some("ECOWAS")),
            ("IStGH", None),
            ("Nato", None),
            ("A", None),
            ("KDP", Some("KDP")),
            ("ABCDEFGHIJKLM", None),
            ("ABs.", Some("AB")),
            ("NAsTO", None),
            ("NATOss", None),
        ] {
            assert_eq!(key(token).as_deref(), expected, "{token}");
        }
    }

    #[test]
    fn names_spell_acronyms() {
        for (before, acronym, expected) in [
            ("the Kurdistan Democratic Party", "KDP", true),
            ("die Schweizerische Volkspartei", "SVP", true),
            ("said the Party for Freedom", "PVV", false),
            ("Partij voor de Vrijheid", "PVV", true),
            ("the leader of the opposition", "KDP", false),
            ("Mr Smith", "SM", false),
            (
                "ESPAÑA-FRANCIA COOPERACION SERA MAS AMBICIOSA Santander",
                "EFE",
                false,
            ),
        ] {
            assert_eq!(
                spelled_name(before, acronym).is_some(),
                expected,
                "{before} ({acronym})"
            );
        }
    }
}
