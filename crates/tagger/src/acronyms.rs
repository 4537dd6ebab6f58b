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
//! - **Spelled out after it.** `ACR (words)` whose words spell the acronym (lower case
//!   allowed) but are neither an organization's match nor a name with a head word defines
//!   `ACR` as something else (`fondi del PIA (piano integrato d'area)`, `MMA (mixed martial
//!   arts)`): its matches are dropped, unless the words are a variant of a claimant's name.
//! - **Shared acronym.** Without a definition, an acronym that several organizations claim
//!   (in languages the article admits) is read as the one with the most evidence: 3 for a
//!   mention of it by another alias in the article, 1 when its country is mentioned, 1
//!   when its acronym alias is written for the article's own language. Between claimants
//!   tied at the top, the one named last before the acronym wins (`the International
//!   Cricket Council said the ICC`). No evidence, or a tie left, leaves it untagged.
//! - Acronyms claimed by one organization are left as the matcher found them.

use std::collections::{HashMap, HashSet};

use crate::common_words;
use crate::defined::{self, DefinedOrg, DefinedOrgs};
use crate::matcher::{ArticleLang, Hit};
use crate::model::{EntryType, Flags, Lang, Source};
use crate::normalize::fold_alias;

/// Which organizations claim each acronym, and in which language.
#[derive(Debug, Default)]
pub(crate) struct AcronymIndex {
    /// Acronym key ([`key`]) → (organization entity index, alias language, the alias's
    /// support flags: `weak`, `home` or none), by entity.
    claims: HashMap<Box<str>, Vec<(u32, Lang, Flags)>>,
    /// For each organization that claims an acronym: its aliases of more than one word
    /// (indexes into `Source::aliases`), what a spelled-out name in an article may be a
    /// variant of.
    names: HashMap<u32, Vec<u32>>,
    /// Acronym keys of countries, regions and weapons (`USSR`, `EU`, `ICBM`): never the
    /// acronym of an organization the article defines.
    blocked: HashSet<Box<str>>,
}

impl AcronymIndex {
    pub(crate) fn build(source: &Source) -> AcronymIndex {
        let mut claims: HashMap<Box<str>, Vec<(u32, Lang, Flags)>> = HashMap::new();
        let mut blocked = HashSet::new();
        for alias in &source.aliases {
            let Some(k) = key(&alias.text) else {
                continue;
            };
            if source.entities[alias.entity].kind != EntryType::Organization {
                blocked.insert(k.into());
                continue;
            }
            let list = claims.entry(k.into()).or_default();
            let claim = (
                alias.entity as u32,
                alias.lang,
                Flags::from_bits(
                    alias.flags.bits() & Flags::NEEDS_SUPPORT.union(Flags::TEAM).bits(),
                ),
            );
            if !list.contains(&claim) {
                list.push(claim);
            }
        }
        let mut names: HashMap<u32, Vec<u32>> = claims
            .values()
            .flatten()
            .map(|&(entity, _, _)| (entity, Vec::new()))
            .collect();
        for (i, alias) in source.aliases.iter().enumerate() {
            if let Some(list) = names.get_mut(&(alias.entity as u32)) {
                if alias.text.contains(' ') {
                    list.push(i as u32);
                }
            }
        }
        AcronymIndex {
            claims,
            names,
            blocked,
        }
    }

    /// Whether more than one organization claims `key` (in any language).
    fn is_shared(&self, key: &str) -> bool {
        self.claims
            .get(key)
            .is_some_and(|c| c.iter().any(|(e, _, _)| *e != c[0].0))
    }

    /// Whether organization `entity` (one that claims an acronym) has an alias of more than
    /// one word, in a language `lang` admits, with the same content words as `name`, or,
    /// when `loose`, the same but for spacing (`World Wild Life Fund` for `World Wildlife
    /// Fund`) or word endings: each word with the same first four letters (`Alta Comisaría
    /// de las Naciones Unidas para los Refugiados` for `Alto Comisionado de las Naciones
    /// Unidas para los Refugiados`; not `Safety` for `Security`).
    fn has_name_variant(
        &self,
        source: &Source,
        entity: u32,
        lang: ArticleLang,
        name: &str,
        loose: bool,
    ) -> bool {
        let Some(names) = self.names.get(&entity) else {
            return false;
        };
        let words = content_words(name);
        names.iter().any(|&i| {
            let a = &source.aliases[i as usize];
            if !lang.admits(a.lang) {
                return false;
            }
            let other = content_words(&a.text);
            if other == words {
                return true;
            }
            loose && (words.concat() == other.concat() || same_stems(&words, &other))
        })
    }

    /// Whether every claim of `entity` to `key` in a language `lang` admits is a `team`
    /// alias, which only the matcher's table test may accept.
    fn team_only(&self, key: &str, entity: u32, lang: ArticleLang) -> bool {
        self.claims
            .get(key)
            .into_iter()
            .flatten()
            .filter(|&&(e, alias_lang, _)| e == entity && lang.admits(alias_lang))
            .all(|&(_, _, flags)| flags.contains(Flags::TEAM))
    }

    /// The support flags of `entity`'s claim to `key` in a language `lang` admits: none
    /// when one of its claims needs no support, else `home` when one is `home` only, else
    /// `weak`.
    fn support(&self, key: &str, entity: u32, lang: ArticleLang) -> Flags {
        let mut best: Option<Flags> = None;
        for &(e, alias_lang, flags) in self.claims.get(key).into_iter().flatten() {
            if e != entity || !lang.admits(alias_lang) || flags.contains(Flags::TEAM) {
                continue;
            }
            let rank = |f: Flags| {
                if f == Flags::default() {
                    0
                } else if !f.contains(Flags::WEAK) {
                    1
                } else {
                    2
                }
            };
            if best.is_none_or(|b| rank(flags) < rank(b)) {
                best = Some(flags);
            }
        }
        best.unwrap_or_default()
    }

    /// The organizations that claim `key` in a language `lang` admits.
    fn claimants(&self, key: &str, lang: ArticleLang) -> Vec<(u32, Lang)> {
        let mut out: Vec<(u32, Lang)> = Vec::new();
        for &(entity, alias_lang, _) in self.claims.get(key).into_iter().flatten() {
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

/// Whether two names have as many words, each pair the same or with the same first four
/// letters (and both at least that long).
fn same_stems(a: &[String], b: &[String]) -> bool {
    let stem = |w: &str| w.chars().take(4).collect::<String>();
    a.len() == b.len()
        && a.len() >= 2
        && a.iter().zip(b).all(|(x, y)| {
            x == y || (x.chars().count() >= 4 && y.chars().count() >= 4 && stem(x) == stem(y))
        })
}

/// The acronym key of a token: its letters and digits without dots and without a German
/// genitive `s`, when the token is an acronym (see the module docs).
pub(crate) fn key(token: &str) -> Option<String> {
    let genitive = key_shape(token)?;
    // Sized once (a key is never longer than its token).
    let mut k = String::with_capacity(token.len());
    k.extend(token.chars().filter(|c| *c != '.'));
    if genitive {
        k.pop();
    }
    Some(k)
}

/// Whether `token` is an acronym ([`key`] is `Some`), without making its key.
fn is_key(token: &str) -> bool {
    key_shape(token).is_some()
}

/// When `token` is an acronym, whether its key drops a genitive `s`; `None` when it is
/// not one. No allocation: the rules of [`key`] read over the token without its dots,
/// the length and the capitals first (most tokens asked about fail there, among them
/// every alias of a script without case when the gazetteer is built), the characters'
/// classes only then.
fn key_shape(token: &str) -> Option<bool> {
    if !may_be_key(token) {
        return None;
    }
    let chars = || token.chars().filter(|c| *c != '.');
    let (mut count, mut upper) = (0usize, 0usize);
    let (mut last, mut previous): (Option<char>, Option<char>) = (None, None);
    for c in chars() {
        (previous, last) = (last, Some(c));
        count += 1;
        upper += usize::from(c.is_uppercase());
    }
    let genitive = last? == 's' && previous.is_some_and(char::is_uppercase);
    let len = count - usize::from(genitive);
    let ok = (2..=12).contains(&len)
        && upper >= 2
        && chars()
            .take(len)
            .all(|c| c.is_alphanumeric() && !c.is_lowercase());
    ok.then_some(genitive)
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

/// Whether `token` is an acronym with small letters (`LfU`, `AgV`, `GhK`, `KfW`): three
/// to six letters, capitals first and last, more capitals than small letters. Such a token
/// is no [`key`]; the article's definition alone makes it an organization.
fn is_mixed_key(token: &str) -> bool {
    let (mut count, mut upper, mut lower) = (0usize, 0usize, 0usize);
    for c in token.chars() {
        if !c.is_alphabetic() {
            return false;
        }
        count += 1;
        upper += usize::from(c.is_uppercase());
        lower += usize::from(c.is_lowercase());
    }
    (3..=6).contains(&count)
        && lower >= 1
        && upper > lower
        && token.starts_with(char::is_uppercase)
        && token.chars().next_back().is_some_and(char::is_uppercase)
}

/// What a definition found in the article says its acronym is.
#[derive(Debug, Clone, Copy)]
enum Meaning {
    /// The gazetteer's organization.
    Known(u32),
    /// An organization the gazetteer does not have, not named clearly enough to tag: the
    /// acronym's matches are dropped.
    Unknown,
    /// An organization the gazetteer does not have, named clearly (module `defined`):
    /// index into [`DefinedOrgs::orgs`].
    Defined(u32),
}

/// A definition found in the article: `Long Name (ACR)` or `ACR (Long Name)`.
#[derive(Debug)]
struct Definition {
    key: String,
    meaning: Meaning,
}

/// The long name of a defined organization: (field, index into [`DefinedOrgs::orgs`],
/// start, end).
type NameSpan = (usize, u32, usize, usize);

/// Re-reads the organization hits of one article's title and body by its acronym
/// definitions and evidence (module docs), adding the occurrences of defined acronyms the
/// gazetteer does not know. Organizations the gazetteer does not have but the article
/// defines clearly go to `defined` with their mentions. Both hit lists stay sorted by
/// start and non-overlapping.
pub(crate) fn resolve(
    source: &Source,
    index: &AcronymIndex,
    lang: ArticleLang,
    fields: [(&str, &mut Vec<Hit>); 2],
    defined: &mut DefinedOrgs,
) {
    let [(title, title_hits), (body, body_hits)] = fields;
    let mut definitions = Vec::new();
    let mut names: Vec<NameSpan> = Vec::new();
    for (field, (text, hits)) in [(title, &*title_hits), (body, &*body_hits)]
        .into_iter()
        .enumerate()
    {
        let found = Found {
            definitions: &mut definitions,
            defined: &mut *defined,
            names: &mut names,
        };
        find_definitions(source, index, lang, field, text, hits, found);
    }
    let shared = |text: &str, h: &Hit| {
        let t = &text[h.start..h.end];
        // Cheap tests first: an organization, short, with at most one lower-case letter.
        is_org(source, h)
            && t.len() <= 40
            // (`nth(1)`: stops at the second lower-case letter, where `count` read every
            // character of a long name such as `Vereinte Nationen`.)
            && t.chars().filter(|c| c.is_lowercase()).nth(1).is_none()
            && key(t).is_some_and(|k| index.is_shared(&k))
    };
    let needs_work = !definitions.is_empty()
        || title_hits.iter().any(|h| shared(title, h))
        || body_hits.iter().any(|h| shared(body, h));
    if !needs_work {
        return;
    }
    let evidence = Evidence::of(source, [(title, &*title_hits), (body, &*body_hits)]);
    for (field, (text, hits)) in [(title, &mut *title_hits), (body, &mut *body_hits)]
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
                return match d.meaning {
                    Meaning::Known(e) => {
                        // Defined in the article: as strong as the name it abbreviates.
                        h.entity = e;
                        h.weak = false;
                        true
                    }
                    // Another organization's acronym: its occurrences are added below
                    // (`Defined`) or left out (`Unknown`).
                    Meaning::Unknown | Meaning::Defined(_) => false,
                };
            }
            let mut claimants = index.claimants(&k, lang);
            if claimants.len() < 2 {
                return true;
            }
            // A team's name is read by the matcher's table test alone: outside a table
            // (where the hit is another claimant's) a team is no claimant.
            claimants.retain(|&(e, _)| e == h.entity || !index.team_only(&k, e, lang));
            if claimants.len() < 2 {
                return true;
            }
            // A claimant whose claims here are all `weak` and that the article does not
            // name otherwise cannot be kept: it is no contender, and its country alone
            // must not tie with one that can be (Guatemala's weak `PP` beside Spain's).
            let contenders: Vec<(u32, Lang)> = claimants
                .iter()
                .copied()
                .filter(|&(e, _)| {
                    !index.support(&k, e, lang).contains(Flags::WEAK) || evidence.names(e)
                })
                .collect();
            if !contenders.is_empty() && contenders.len() < claimants.len() {
                claimants = contenders;
            }
            let winner = if claimants.len() == 1 {
                Some(claimants[0].0)
            } else {
                evidence.best(source, &claimants, lang, position(field, h.start))
            };
            match winner {
                Some(e) => {
                    if e != h.entity {
                        // The winner's own claim says whether it needs support, not the
                        // alias the matcher tried first (another claimant's `weak` one).
                        let support = index.support(&k, e, lang);
                        h.weak = support != Flags::default();
                        h.flags = h.flags.without(Flags::NEEDS_SUPPORT).union(support);
                        h.entity = e;
                    }
                    true
                }
                None => false,
            }
        });
        for d in &definitions {
            match d.meaning {
                Meaning::Known(entity) => add_occurrences(text, &d.key, entity, hits),
                Meaning::Defined(org) => {
                    let taken = |start: usize, end: usize| {
                        names
                            .iter()
                            .any(|n| n.0 == field && n.2 < end && start < n.3)
                    };
                    let mentions = &mut defined.mentions[field];
                    for (start, end) in occurrences(text, &d.key) {
                        if !hits.iter().any(|h| h.start < end && start < h.end)
                            && !taken(start, end)
                        {
                            mentions.push((org, start, end));
                        }
                    }
                }
                Meaning::Unknown => {}
            }
        }
    }
    for (field, org, start, end) in names {
        let hits = if field == 0 {
            &mut *title_hits
        } else {
            &mut *body_hits
        };
        if place_name(source, hits, start, end) {
            defined.mentions[field].push((org, start, end));
        }
    }
}

/// Makes room for a defined organization's long name `start..end` among `hits`: the
/// name, an organization, beats the country, weapon or shorter organization words inside
/// it (`Banco Central de Venezuela`: no mention of Venezuela; contract section 3); a
/// match that crosses its edges keeps its place and the name is not a mention (mentions
/// never overlap partly). Whether the name is placed.
fn place_name(source: &Source, hits: &mut Vec<Hit>, start: usize, end: usize) -> bool {
    let crosses = hits.iter().any(|h| {
        h.start < end
            && start < h.end
            && (h.start < start || h.end > end)
            && source.entities[h.entity as usize].kind != EntryType::Region
    });
    if crosses {
        return false;
    }
    hits.retain(|h| h.end <= start || h.start >= end || h.start < start || h.end > end);
    true
}

fn is_org(source: &Source, h: &Hit) -> bool {
    source.entities[h.entity as usize].kind == EntryType::Organization
}

/// Where [`find_definitions`] puts what it finds.
struct Found<'a> {
    definitions: &'a mut Vec<Definition>,
    defined: &'a mut DefinedOrgs,
    names: &'a mut Vec<NameSpan>,
}

/// Finds `Long Name (ACR)` and `ACR (Long Name)` in `text`, field `field`.
fn find_definitions(
    source: &Source,
    index: &AcronymIndex,
    lang: ArticleLang,
    field: usize,
    text: &str,
    hits: &[Hit],
    found: Found<'_>,
) {
    let Found {
        definitions: out,
        defined,
        names,
    } = found;
    // English and German names capitalize every content word (`Kurdistan Democratic
    // Party`, `Freie Demokratische Partei`); the other languages do not (`Parti
    // socialiste`, `Либерально-демократическая партия России`).
    let lower_words = !matches!(lang, ArticleLang::Known(Some(Lang::En | Lang::De)));
    let bytes = text.as_bytes();
    let mut from = 0;
    // Byte searches (memchr's, vectorized): `(` and `)` are ASCII, so a byte found is the
    // character.
    while let Some(open) = memchr::memchr(b'(', &bytes[from..]).map(|i| from + i) {
        from = open + 1;
        let Some(close) = memchr::memchr(b')', &bytes[open + 1..]).map(|i| open + 1 + i) else {
            break;
        };
        let inner_raw = &text[open + 1..close];
        let inner = inner_raw.trim();
        // The text before the parenthesis, without the spaces.
        let mut before = open;
        while before > 0 && bytes[before - 1] == b' ' {
            before -= 1;
        }
        if key(inner).is_none() && is_mixed_key(inner) {
            // `Landesanstalt für Umweltschutz (LfU)`: an acronym with small letters, as
            // German writes those of connectors and compound parts (`AgV`, `GhK`), is no
            // gazetteer key (`Nato` is a name); it is an organization only where the
            // article spells it out, and only its case-exact occurrences are it.
            if !out.iter().any(|d| d.key == inner) {
                let new =
                    forward_name(&text[..before], inner, lower_words).and_then(|(start, kind)| {
                        let name = &text[start..before];
                        define_new(index, lang, inner, name, kind, defined).map(|org| (org, start))
                    });
                if let Some((org, start)) = new {
                    names.push((field, org, start, before));
                    out.push(Definition {
                        key: inner.to_owned(),
                        meaning: Meaning::Defined(org),
                    });
                }
            }
            continue;
        }
        let Some(k) = key(inner) else {
            // `ACR (Long Name)`: the word before the parenthesis is the acronym.
            let word_start = text[..before].rfind(char::is_whitespace).map_or(0, |i| {
                i + text[i..].chars().next().map_or(1, char::len_utf8)
            });
            let Some(k) = key(&text[word_start..before]) else {
                continue;
            };
            if out.iter().any(|d| d.key == k) {
                continue;
            }
            let inner_start = open + 1 + (inner_raw.len() - inner_raw.trim_start().len());
            let inner_end = inner_start + inner.len();
            let org = hits.iter().find(|h| {
                h.start == inner_start
                    && h.end == inner_end
                    && is_org(source, h)
                    && abbreviates(inner, &k)
            });
            let meaning = match org {
                Some(h) => Meaning::Known(h.entity),
                None => match reversed_name(inner, &k, lower_words) {
                    Some(kind) => {
                        let Some(org) = define_new(index, lang, &k, inner, kind, defined) else {
                            continue;
                        };
                        names.push((field, org, inner_start, inner_end));
                        Meaning::Defined(org)
                    }
                    // `fondi del PIA (piano integrato d'area)`, `MMA (mixed martial
                    // arts)`: spelled out as no organization. The claimant whose name it
                    // is (in other spacing or endings), else something else.
                    // (An organization matched inside the parenthesis, after an article
                    // (`AIEA (l' Agenzia Internazionale per l' Energia Atomica)`), leaves the
                    // acronym as it was.)
                    None if spelled_out(inner, &k)
                        && !hits.iter().any(|h| {
                            is_org(source, h) && inner_start <= h.start && h.end <= inner_end
                        }) =>
                    {
                        let claimants = index.claimants(&k, lang);
                        let named = [false, true].into_iter().find_map(|loose| {
                            claimants
                                .iter()
                                .map(|&(e, _)| e)
                                .find(|&e| index.has_name_variant(source, e, lang, inner, loose))
                        });
                        named.map_or(Meaning::Unknown, Meaning::Known)
                    }
                    None => continue,
                },
            };
            out.push(Definition { key: k, meaning });
            continue;
        };
        if out.iter().any(|d| d.key == k) {
            continue;
        }
        let org = hits.iter().find(|h| {
            let name = &text[h.start..h.end];
            h.end == before
                && is_org(source, h)
                && !is_key(name)
                && (abbreviates(name, &k) || abbreviates_permuted(name, &k))
        });
        if let Some(h) = org {
            out.push(Definition {
                key: k,
                meaning: Meaning::Known(h.entity),
            });
            continue;
        }
        let spelled = spelled_name(&text[..before], &k);
        // The claimant whose name it is, else the one whose name it resembles.
        let variant = spelled.as_ref().and_then(|name| {
            let claimants = index.claimants(&k, lang);
            [false, true].into_iter().find_map(|loose| {
                claimants
                    .iter()
                    .map(|&(e, _)| e)
                    .find(|&e| index.has_name_variant(source, e, lang, name, loose))
            })
        });
        let meaning = match variant {
            Some(e) => Meaning::Known(e),
            None => {
                let new =
                    forward_name(&text[..before], &k, lower_words).and_then(|(start, kind)| {
                        let name = &text[start..before];
                        define_new(index, lang, &k, name, kind, defined).map(|org| (org, start))
                    });
                match (new, &spelled) {
                    (Some((org, start)), _) => {
                        names.push((field, org, start, before));
                        Meaning::Defined(org)
                    }
                    (None, Some(_)) => Meaning::Unknown,
                    (None, None) => continue,
                }
            }
        };
        out.push(Definition { key: k, meaning });
    }
}

/// Adds the organization `name` (`acronym`, head word kind `kind`) that the article
/// defines to `defined`, unless the acronym is something else: a country's, region's or
/// weapon's (`USSR`), a common word (`ONCE`, `CAR`, `IT`), or not writable as an id.
/// Its index in `defined.orgs`.
fn define_new(
    index: &AcronymIndex,
    lang: ArticleLang,
    acronym: &str,
    name: &str,
    kind: &'static str,
    defined: &mut DefinedOrgs,
) -> Option<u32> {
    if index.blocked.contains(acronym) || common_words::is_common_word(acronym, lang) {
        return None;
    }
    let id = defined::id_of(acronym)?;
    if let Some(i) = defined.orgs.iter().position(|o| o.id == id) {
        // Two acronyms with one id (`ÖVP` and `OVP`): one organization.
        return Some(i as u32);
    }
    defined.orgs.push(DefinedOrg {
        id,
        name: name.split_whitespace().collect::<Vec<_>>().join(" "),
        acronym: acronym.to_owned(),
        kind,
    });
    Some((defined.orgs.len() - 1) as u32)
}

/// At most this many words in a defined organization's long name.
const MAX_NAME_WORDS: usize = 10;

/// The long name before a parenthesis (`before` ends right before it) that defines
/// `acronym` as an organization: (its byte start in `before`, its kind). The name is the
/// shortest run of words ending `before` that [`spells`] the acronym and has a head word
/// (`defined::kind_of`); its words are capitalized, connectors (`of`, `de la`, `für`) or,
/// where `lower_words`, lower-case words; a word in capitals (a headline) or ending in
/// punctuation (`said.`, `Paris,`) ends it.
fn forward_name(before: &str, acronym: &str, lower_words: bool) -> Option<(usize, &'static str)> {
    let letters = letters_of(acronym)?;
    let mut words: Vec<(usize, &str)> = Vec::new();
    for piece in before.rsplit(char::is_whitespace) {
        if piece.is_empty() {
            continue;
        }
        if words.len() == MAX_NAME_WORDS || !name_word(piece, lower_words) {
            break;
        }
        // `piece` is a slice of `before`: its offset is the distance between the two.
        let start = piece.as_ptr() as usize - before.as_ptr() as usize;
        words.push((start, piece));
    }
    for first in 0..words.len() {
        let (start, word) = words[first];
        // A name in another order than its acronym's (`Islamic Salvation Front (FIS)`,
        // the French order) may start with any of the acronym's letters.
        let in_order = starts_name(word, letters[0]);
        if !in_order && !letters.iter().any(|&l| starts_name(word, l)) {
            continue;
        }
        let name: Vec<&str> = words[..=first].iter().rev().map(|w| w.1).collect();
        if let Some(kind) = defines(&name, &letters, in_order) {
            return Some((start, kind));
        }
    }
    None
}

/// The kind of the organization `inner`, the text of the parenthesis in `ACR (Long
/// Name)`, when it is a long name of `acronym` (as in [`forward_name`], all of it).
fn reversed_name(inner: &str, acronym: &str, lower_words: bool) -> Option<&'static str> {
    let letters = letters_of(acronym)?;
    let name: Vec<&str> = inner.split_whitespace().collect();
    if name.len() > MAX_NAME_WORDS || !name.iter().all(|w| name_word(w, lower_words)) {
        return None;
    }
    if !starts_name(name.first()?, letters[0]) {
        return None;
    }
    defines(&name, &letters, true)
}

/// Whether `inner`, the text of the parenthesis in `ACR (words)`, spells `acronym` by its
/// words' initials in order ([`spells`]), its words in lower case or capitalized (`piano
/// integrato d'area` for `PIA`): the acronym spelled out, whatever it names.
fn spelled_out(inner: &str, acronym: &str) -> bool {
    // The cheap test first (most parentheses after an acronym are no spelling of it): the
    // first word's initial is the acronym's first letter.
    let initial = |s: &str| {
        s.chars()
            .next()
            .map(|c| c.to_lowercase().next().unwrap_or(c))
    };
    let first_word = inner.split_whitespace().find(|w| !w.ends_with(['\'', '’']));
    if first_word
        .and_then(initial)
        .zip(initial(acronym))
        .is_none_or(|(a, b)| !same_letter(a, b))
    {
        return false;
    }
    let Some(letters) = letters_of(acronym) else {
        return false;
    };
    // An elided word standing apart (`d' area`, as tokenized text writes it) gives no
    // letter.
    let name: Vec<&str> = inner
        .split_whitespace()
        .filter(|w| !w.ends_with(['\'', '’']))
        .collect();
    if name.is_empty() || name.len() > MAX_NAME_WORDS || !name.iter().all(|w| name_word(w, true)) {
        return false;
    }
    let units: Vec<Unit> = name.iter().map(|w| Unit::of(w)).collect();
    !units.iter().any(|u| u.parts.is_empty()) && spells(&units, 0, &letters, 0)
}

/// The letters of an acronym in lower case, if it has only letters (`KDP` → `kdp`; not
/// `G7`).
fn letters_of(acronym: &str) -> Option<Vec<char>> {
    let letters: Vec<char> = acronym.chars().flat_map(char::to_lowercase).collect();
    (letters.len() >= 2 && letters.iter().all(|c| c.is_alphabetic())).then_some(letters)
}

/// Whether `word` may be a word of a long name: it starts with a letter, ends with a
/// letter or digit, is not in capitals, and is capitalized, a connector or (where
/// `lower_words`) a lower-case word.
fn name_word(word: &str, lower_words: bool) -> bool {
    let Some(first) = word.chars().next() else {
        return false;
    };
    if is_company_suffix(word) {
        return true;
    }
    // A name's word ends with a letter or digit, or with the apostrophe of a plural
    // genitive (`National Farmers' Union`) or the hyphen of a German compound cut short
    // (`Turn- und Sportgemeinschaft`).
    let last = word.chars().next_back();
    first.is_alphabetic()
        && last.is_some_and(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-'))
        && !in_capitals(word)
        && (first.is_uppercase()
            || lower_words
            || CONNECTORS.contains(&word)
            || ELIDED.iter().any(|e| word.starts_with(e)))
}

/// Legal forms of companies written after the name (`Guinness Peat Group Plc (GPG)`,
/// `Altos Hornos de México SA`): part of the name, not of the acronym.
const COMPANY_SUFFIXES: &[&str] = &[
    "plc", "inc", "inc.", "ltd", "ltd.", "llc", "corp.", "co.", "sa", "s.a.", "ag", "gmbh", "nv",
    "n.v.", "bv", "spa", "s.p.a.", "asa", "oyj",
];

/// A legal form, written with a capital (`Plc`, `SA`; not the word `spa`).
fn is_company_suffix(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && lower_case_in(word, COMPANY_SUFFIXES)
}

/// Whether `word` in lower case is one of `words` (all written in lower case).
///
/// An ASCII word (most words asked about) is compared without making its lower-case
/// copy: its lower case is its ASCII lower case, so it equals a lower-case word exactly
/// when the two are equal but for ASCII case.
fn lower_case_in(word: &str, words: &[&str]) -> bool {
    if word.is_ascii() {
        words.iter().any(|w| w.eq_ignore_ascii_case(word))
    } else {
        words.contains(&word.to_lowercase().as_str())
    }
}

/// Whether a long name may start with `word`: capitalized, not a connector, with the
/// acronym's first letter.
fn starts_name(word: &str, first_letter: char) -> bool {
    let mut chars = word.chars();
    !is_company_suffix(word)
        && chars.next().is_some_and(|c| {
            c.is_uppercase()
                && same_letter(c.to_lowercase().next().unwrap_or(c), first_letter)
                && !lower_case_in(word, CONNECTORS)
        })
}

/// The kind of the organization the words of `name` name, when they spell `letters` and
/// have a head word where a name has its head: the first word (`Banco Central de
/// Venezuela`, `Partido Nacionalista Vasco`) or the last before the first small word that
/// is not `and` (`Kurdistan Democratic Party`, `Bank of England`, `Bundesanstalt für
/// Arbeit`); in a Cyrillic name, any word (`Либерально-демократическая партия России`).
/// `Indice de la Bolsa de Bogotá (IBB)` is an index, not an exchange.
fn defines(name: &[&str], letters: &[char], in_order: bool) -> Option<&'static str> {
    let units: Vec<Unit> = name.iter().map(|w| Unit::of(w)).collect();
    if units.iter().any(|u| u.parts.is_empty())
        || !((in_order && spells(&units, 0, letters, 0)) || permutes(&units, letters))
    {
        return None;
    }
    let fold = |u: &Unit| -> Vec<String> {
        u.parts
            .iter()
            .map(|p| fold_alias(&p.iter().collect::<String>()))
            .collect()
    };
    let content: Vec<&Unit> = units.iter().filter(|u| !u.connector && !u.suffix).collect();
    let words: Vec<String> = content.iter().flat_map(|u| fold(u)).collect();
    let cyrillic = letters
        .iter()
        .any(|c| ('\u{0400}'..='\u{04FF}').contains(c));
    // A head word may be inflected (`des Hessischen Rundfunks`) at the end of a name's
    // head, but a plural first word names a class (`Organizaciones No Gubernamentales
    // (ONG)`: non-governmental organizations, no organization).
    let heads: Vec<(String, bool)> = if cyrillic {
        words.iter().map(|w| (w.clone(), true)).collect()
    } else {
        let cut = units
            .iter()
            .position(|u| u.connector && !COORDINATORS.contains(&u.word.as_str()))
            .unwrap_or(units.len());
        let before_cut = units[..cut]
            .iter()
            .rev()
            .find(|u| !u.connector && !u.suffix);
        let first = content.first()?;
        let last_is_first = before_cut.is_some_and(|u| std::ptr::eq(u, *first));
        let mut heads: Vec<(String, bool)> = fold(first)
            .into_iter()
            .map(|w| (w, last_is_first))
            .collect();
        if let Some(u) = before_cut.filter(|_| !last_is_first) {
            heads.extend(fold(u).into_iter().map(|w| (w, true)));
        }
        heads
    };
    defined::kind_of(&words, &heads)
}

/// Whether the content words of a name give the acronym's letters by their initials in
/// another order, one letter each (`Islamic Salvation Front (FIS)`, `National Election
/// Commission (CNE)`: names translated from a language that orders them otherwise): at
/// least three letters, as many words as letters, the same letters.
fn permutes(units: &[Unit], letters: &[char]) -> bool {
    let initials: Vec<char> = units
        .iter()
        .filter(|u| !u.connector && !u.suffix)
        .map(|u| u.parts[0][0])
        .collect();
    same_letters(&initials, letters)
}

/// Whether two runs of lower-case letters hold the same letters (marks folded), at least
/// three, in any order.
fn same_letters(initials: &[char], letters: &[char]) -> bool {
    if letters.len() < 3 || initials.len() != letters.len() {
        return false;
    }
    let mut used = vec![false; initials.len()];
    letters.iter().all(|&l| {
        let found = initials
            .iter()
            .enumerate()
            .find(|&(i, &c)| !used[i] && same_letter(c, l))
            .map(|(i, _)| i);
        found.map(|i| used[i] = true).is_some()
    })
}

/// Whether the gazetteer's name `name` abbreviates `acronym` in another order
/// ([`permutes`]): `Islamic Salvation Front` of `FIS`.
fn abbreviates_permuted(name: &str, acronym: &str) -> bool {
    let Some(letters) = letters_of(acronym) else {
        return false;
    };
    let initials: Vec<char> = name
        .split_whitespace()
        .filter(|w| !lower_case_in(w, CONNECTORS) && !is_company_suffix(w))
        .filter_map(|w| w.chars().find(|c| c.is_alphabetic()))
        .flat_map(char::to_lowercase)
        .collect();
    same_letters(&initials, &letters)
}

/// Connectors that join two words of a name's head (`Turn- und Sportgemeinschaft`).
const COORDINATORS: &[&str] = &["and", "und", "y", "e", "et", "i", "и", "і"];

/// Elided articles and prepositions written before a word (`l'Union`, `dell'Industria`):
/// the word after the apostrophe is the name's word.
const ELIDED: &[&str] = &["l'", "d'", "dell'", "all'", "nell'", "l’", "d’", "dell’"];

/// One word of a long name: its parts (split at hyphens, without an elided article and
/// other punctuation), in lower case.
struct Unit {
    /// The word in lower case.
    word: String,
    parts: Vec<Vec<char>>,
    connector: bool,
    /// A company's legal form: gives no letter.
    suffix: bool,
}

impl Unit {
    fn of(word: &str) -> Unit {
        let lower = word.to_lowercase();
        let connector = CONNECTORS.contains(&lower.as_str());
        let suffix = is_company_suffix(word);
        let mut rest = lower.as_str();
        if let Some(e) = ELIDED.iter().find(|e| rest.starts_with(**e)) {
            rest = &rest[e.len()..];
        }
        let parts: Vec<Vec<char>> = rest
            .split(['-', '‐', '–'])
            .map(|p| {
                p.chars()
                    .filter(|c| c.is_alphanumeric())
                    .collect::<Vec<char>>()
            })
            .filter(|p| !p.is_empty())
            .collect();
        Unit {
            parts,
            connector,
            suffix,
            word: lower,
        }
    }
}

/// Whether `units[ui..]` spell `letters[li..]` by initials: every word but a connector
/// gives its first letter, and may give more: the first letters of its later hyphen parts
/// (`Christlich-Demokratische`) and letters that start a compound part of at least three
/// letters in a long word (`Volks|partei`, `Gewerkschafts|bund`); a connector gives its
/// first letter or nothing. All letters are used, in order.
fn spells(units: &[Unit], ui: usize, letters: &[char], li: usize) -> bool {
    let Some(unit) = units.get(ui) else {
        return li == letters.len();
    };
    if unit.suffix {
        return spells(units, ui + 1, letters, li);
    }
    if unit.connector && spells(units, ui + 1, letters, li) {
        return true;
    }
    letters
        .get(li)
        .is_some_and(|&l| same_letter(unit.parts[0][0], l))
        && spells_more(units, ui, (0, 0), letters, li + 1)
}

/// [`spells`] after unit `ui` gave the letter at `at` (part, position): on with the next
/// unit, or another letter of this one.
fn spells_more(units: &[Unit], ui: usize, at: (usize, usize), letters: &[char], li: usize) -> bool {
    if spells(units, ui + 1, letters, li) {
        return true;
    }
    let unit = &units[ui];
    let Some(&l) = letters.get(li) else {
        return false;
    };
    if unit.connector {
        return false;
    }
    let (p, i) = at;
    let part = &unit.parts[p];
    // A compound part: at least three letters after the last one given and to the end.
    if part.len() >= 6 {
        let ends = part.len().saturating_sub(2);
        let found = part
            .iter()
            .enumerate()
            .take(ends)
            .skip(i + 3)
            .any(|(j, &c)| same_letter(c, l) && spells_more(units, ui, (p, j), letters, li + 1));
        if found {
            return true;
        }
    }
    for q in (p + 1)..unit.parts.len() {
        if same_letter(unit.parts[q][0], l) && spells_more(units, ui, (q, 0), letters, li + 1) {
            return true;
        }
    }
    false
}

/// Two lower-case letters are the same but for marks (`é` and `e`: `Unión` in `UGT`'s
/// name would be spelled `U`).
fn same_letter(a: char, b: char) -> bool {
    // Two ASCII letters have no marks to fold: most comparisons stop here, unallocated.
    if a == b || (a.is_ascii() && b.is_ascii()) {
        return a == b;
    }
    let mut buf = [0u8; 4];
    let fa = fold_alias(a.encode_utf8(&mut buf));
    let fb = fold_alias(b.encode_utf8(&mut buf));
    !fa.is_empty() && fa.chars().next() == fb.chars().next()
}

/// Small words a name may have between its capitalized words.
const CONNECTORS: &[&str] = &[
    "of",
    "the",
    "for",
    "and",
    "in",
    "on",
    "der",
    "die",
    "des",
    "das",
    "für",
    "und",
    "zur",
    "von",
    "de",
    "la",
    "le",
    "du",
    "del",
    "di",
    "et",
    "y",
    "e",
    "pour",
    "per",
    "para",
    "van",
    "voor",
    "zum",
    "im",
    "al",
    "las",
    "los",
    "les",
    "della",
    "delle",
    "dei",
    "degli",
    "do",
    "da",
    "dos",
    "em",
    "en",
    "a",
    "to",
    "i",
    "el",
    "и",
    "по",
    "за",
    "в",
    "на",
    "с",
    "і",
    "з",
    "у",
    // Prepositions inside names (`Independent Commission Against Corruption`).
    "against",
    "with",
    "gegen",
    "über",
    "contra",
    "contre",
    "sobre",
    "entre",
    "sin",
    "sans",
    "senza",
    "ohne",
    "против",
    // German articles and prepositions (`Bürgerinitiative gegen den Klärbeitrag`,
    // `Verein zur Hilfe bei Krebs`).
    "den",
    "dem",
    "am",
    "an",
    "auf",
    "aus",
    "bei",
    "beim",
    "mit",
    "nach",
    "vom",
    "zu",
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
        .filter(|w| !lower_case_in(w, CONNECTORS))
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
/// COOPERACION ... Santander (EFE)`) spells nothing. A word ending in punctuation ends the
/// name, as in [`forward_name`] (a legal form such as `S.A.` excepted): the capitalized
/// words of two sentences (`... Geografía. Estadísticas (IBGE)`) are no one name.
fn spelled_name(before: &str, acronym: &str) -> Option<String> {
    let words: Vec<&str> = before
        .rsplit(|c: char| c.is_whitespace())
        .take(8)
        .take_while(|w| {
            ((w.chars().next().is_some_and(char::is_uppercase) && !in_capitals(w))
                || CONNECTORS.contains(w))
                && (is_company_suffix(w) || !w.ends_with(['.', ',', ';', ':']))
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
        // Hyphen parts count as words: `Michael-Grzimek-Schule (MGS)` spells its acronym as
        // `Michael Grzimek Schule (MGS)` does.
        let parts: usize = words[..=start]
            .iter()
            .map(|w| w.split('-').filter(|p| !p.is_empty()).count())
            .sum();
        if abbreviates(&name, acronym) && parts >= 2.min(letters.len()) {
            return Some(name);
        }
    }
    None
}

/// Whether `acronym` abbreviates `name`: its first letter is the name's first letter and
/// its other letters follow in order (case-insensitive): `KDP` of `Kurdistan Democratic
/// Party`, `SVP` of `Schweizerische Volkspartei`, not `ÅÄÖ` of `WEISSES HAUS`.
fn abbreviates(name: &str, acronym: &str) -> bool {
    // ASCII text (most names, every Latin acronym) is read byte by byte: an ASCII
    // character's lower case is its ASCII lower case, and it is alphabetic exactly when
    // its byte is; the same answer without the case-mapping iterators.
    if name.is_ascii() && acronym.is_ascii() {
        return letters_in_order(
            name.bytes().map(|b| b.to_ascii_lowercase()),
            acronym
                .bytes()
                .filter(u8::is_ascii_alphabetic)
                .map(|b| b.to_ascii_lowercase()),
        );
    }
    abbreviates_by_chars(name, acronym)
}

/// [`abbreviates`] read character by character, for any text.
fn abbreviates_by_chars(name: &str, acronym: &str) -> bool {
    letters_in_order(
        name.chars().flat_map(char::to_lowercase),
        acronym
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase),
    )
}

/// [`abbreviates`] on lower-case characters (or bytes): the first letter is the name's
/// first character and the other letters follow in order.
fn letters_in_order<T: PartialEq>(
    mut name: impl Iterator<Item = T>,
    mut letters: impl Iterator<Item = T>,
) -> bool {
    let (Some(first), Some(initial)) = (letters.next(), name.next()) else {
        return false;
    };
    first == initial && letters.all(|l| name.any(|c| c == l))
}

/// Adds `entity` hits for every whole-token, case-exact occurrence of `acronym` (with an
/// optional genitive `s`) that no hit covers yet.
fn add_occurrences(text: &str, acronym: &str, entity: u32, hits: &mut Vec<Hit>) {
    let mut added = false;
    for (start, end) in occurrences(text, acronym) {
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

/// The whole-token, case-exact occurrences of `acronym` in `text` (with an optional
/// genitive `s`): (start, end).
fn occurrences<'t>(text: &'t str, acronym: &'t str) -> impl Iterator<Item = (usize, usize)> + 't {
    // memchr's substring search (vectorized) finds the same non-overlapping occurrences
    // as `str::match_indices`, at a fraction of its instructions: this runs over the whole
    // field for every defined acronym. A match of a whole UTF-8 needle starts at a
    // character boundary.
    memchr::memmem::find_iter(text.as_bytes(), acronym.as_bytes()).filter_map(move |start| {
        let mut end = start + acronym.len();
        let prev = text[..start].chars().next_back();
        if prev.is_some_and(char::is_alphanumeric) {
            return None;
        }
        let mut next = text[end..].chars().next();
        if next == Some('s') && !text[end + 1..].starts_with(char::is_alphanumeric) {
            end += 1;
            next = text[end..].chars().next();
        }
        if next.is_some_and(char::is_alphanumeric) {
            return None;
        }
        // `CNB-120`, `MiG-29`: a model or an index named after the organization.
        if next == Some('-') && text[end + 1..].starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        Some((start, end))
    })
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
    /// Whether the article names `entity` by a mention other than an acronym's.
    fn names(&self, entity: u32) -> bool {
        self.named.iter().any(|&(n, _)| n == entity)
    }

    fn of(source: &'s Source, fields: [(&str, &Vec<Hit>); 2]) -> Evidence<'s> {
        // At most one entry per hit: made at that size, they do not grow by doubling.
        let hits = fields[0].1.len() + fields[1].1.len();
        let mut named = Vec::with_capacity(hits);
        let mut countries = Vec::with_capacity(hits);
        for (field, (text, hits)) in fields.into_iter().enumerate() {
            for h in hits.iter() {
                let e = &source.entities[h.entity as usize];
                match e.kind {
                    EntryType::Organization if !is_key(&text[h.start..h.end]) => {
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
            ("s", None),
            ("Ss", None),
            ("ÖVP", Some("ÖVP")),
            ("ÖVPs", Some("ÖVP")),
            ("", None),
            ("..", None),
        ] {
            assert_eq!(key(token).as_deref(), expected, "{token}");
            assert_eq!(is_key(token), expected.is_some(), "{token}");
        }
    }

    /// The lists `lower_case_in` reads are in lower case, and it answers as the
    /// lower-case copy does, for ASCII words, mixed case, non-ASCII words and a sign
    /// whose lower case is ASCII (the Kelvin sign `K` is `k`).
    #[test]
    fn lower_case_in_is_the_lower_case_copy() {
        for list in [CONNECTORS, COMPANY_SUFFIXES] {
            for w in list {
                assert_eq!(*w, w.to_lowercase(), "{w}");
            }
        }
        for word in [
            "of", "Of", "OF", "oF", "für", "Für", "FÜR", "И", "и", "По", "Plc", "PLC", "S.A.",
            "s.a", "GmbH", "Inc.", "Party", "", "o", "\u{212A}", "Und", "ünd", "de", "Del",
        ] {
            for list in [CONNECTORS, COMPANY_SUFFIXES] {
                assert_eq!(
                    lower_case_in(word, list),
                    list.contains(&word.to_lowercase().as_str()),
                    "{word}"
                );
            }
        }
    }

    /// `abbreviates` answers as its character reading for ASCII text, mixed case,
    /// non-letters in the acronym and names with marks.
    #[test]
    fn abbreviates_as_the_character_reading() {
        for (name, acronym, expected) in [
            ("Kurdistan Democratic Party", "KDP", true),
            ("kurdistan democratic party", "KDP", true),
            ("Schweizerische Volkspartei", "SVP", true),
            ("Democratic Party", "KDP", false),
            ("Group of Seven", "G7", true),
            ("Group", "G7", true),
            ("", "KDP", false),
            ("Kurdistan", "", false),
            ("Kurdistan", "7K", true),
            ("Pjöngjang Ölrat", "PÖ", true),
            ("Pjongjang Olrat", "PÖ", false),
            ("WEISSES HAUS", "ÅÄÖ", false),
            ("Unión General", "UG", true),
            ("İstanbul", "I", true),
        ] {
            assert_eq!(abbreviates(name, acronym), expected, "{name} ({acronym})");
            assert_eq!(
                abbreviates(name, acronym),
                abbreviates_by_chars(name, acronym),
                "{name} ({acronym})"
            );
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
            ("auf dem Gelände der Michael-Grzimek-Schule", "MGS", true),
            ("in Santander", "SR", false),
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
