//! Parsing and validating the TOML gazetteer files into a [`Source`].
//!
//! Every problem is a [`CheckFinding`] with the file, the 1-based line of the offending
//! entry or alias, and the cause; `crate::gazetteer` turns the first error into a
//! `GazetteerError` when loading, and lists them all for `gazetteer check`.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use crate::model::{
    Alias, BuildMap, Category, Entity, EntryType, Flags, Lang, Source, ORGANIZATION_KINDS,
    WEAPON_CATEGORIES,
};
use crate::normalize::fold_alias;

/// How serious a [`CheckFinding`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The gazetteer cannot be loaded.
    Error,
    /// Loads, but probably not what was meant (an ambiguous alias, an entry without aliases).
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// One problem found in the files (`Gazetteer::check_dir` lists them all).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckFinding {
    pub severity: Severity,
    pub file: String,
    /// 1-based; 0 means the whole file.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for CheckFinding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}:{}: {}",
            self.severity, self.file, self.line, self.message
        )
    }
}

// ---------------------------------------------------------------------------------------
// TOML shapes

pub(crate) type RawAliases = BTreeMap<Spanned<String>, Spanned<Vec<Spanned<String>>>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFile {
    #[serde(default)]
    pub(crate) country: Vec<RawCountry>,
    #[serde(default)]
    pub(crate) organization: Vec<RawOrganization>,
    #[serde(default)]
    pub(crate) category: Vec<RawCategory>,
    #[serde(default)]
    pub(crate) weapon: Vec<RawWeapon>,
    #[serde(default)]
    pub(crate) region: Vec<RawRegion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCountry {
    pub(crate) id: Spanned<String>,
    pub(crate) name: Spanned<String>,
    #[serde(default)]
    pub(crate) aliases: RawAliases,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOrganization {
    pub(crate) id: Spanned<String>,
    pub(crate) name: Spanned<String>,
    #[serde(default)]
    pub(crate) acronym: Option<Spanned<String>>,
    pub(crate) kind: Spanned<String>,
    #[serde(default)]
    pub(crate) country: Option<Spanned<String>>,
    #[serde(default)]
    pub(crate) aliases: RawAliases,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCategory {
    pub(crate) id: Spanned<String>,
    pub(crate) name: Spanned<String>,
    #[serde(default)]
    #[allow(dead_code)] // documentation of the category's grounding; not used in matching
    pub(crate) sipri: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    pub(crate) un_register: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawWeapon {
    pub(crate) id: Spanned<String>,
    pub(crate) category: Spanned<String>,
    pub(crate) name: Spanned<String>,
    #[serde(default)]
    pub(crate) aliases: RawAliases,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRegion {
    pub(crate) id: Spanned<String>,
    pub(crate) name: Spanned<String>,
    #[serde(default)]
    pub(crate) aliases: RawAliases,
}

// ---------------------------------------------------------------------------------------
// Parsing and validation

/// Maps byte offsets of one file to 1-based line numbers.
struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    fn new(text: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { starts }
    }

    fn line(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}

/// Collects findings for one file.
struct FileCx<'a> {
    file: &'a str,
    lines: &'a Lines,
    findings: &'a mut Vec<CheckFinding>,
}

impl FileCx<'_> {
    fn line(&self, span: Range<usize>) -> usize {
        self.lines.line(span.start)
    }

    fn error(&mut self, span: Range<usize>, message: String) {
        let line = self.line(span);
        self.findings.push(CheckFinding {
            severity: Severity::Error,
            file: self.file.to_owned(),
            line,
            message,
        });
    }

    fn warning(&mut self, line: usize, message: String) {
        self.findings.push(CheckFinding {
            severity: Severity::Warning,
            file: self.file.to_owned(),
            line,
            message,
        });
    }
}

fn is_iso_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Parses and validates all files; `unresolved` is the severity of an alias two
/// organizations share in one language without a rule or flag that resolves it.
pub(crate) fn parse_all(
    files: &[(&str, &str)],
    findings: &mut Vec<CheckFinding>,
    unresolved: Severity,
) -> Source {
    let source = parse_files(files, findings);
    check_source(&source, findings, unresolved);
    sort_findings(files, findings);
    source
}

/// The checks of [`parse_all`] across entries and files (duplicate ids, `home` aliases,
/// shared aliases), after [`parse_files`]; findings in the order `parse_all` makes them
/// before sorting.
pub(crate) fn check_source(
    source: &Source,
    findings: &mut Vec<CheckFinding>,
    unresolved: Severity,
) {
    check_duplicates(source, findings);
    check_home_aliases(source, findings);
    check_shared_aliases(source, findings, unresolved);
}

/// File order, then line (stable: errors of one line keep their order).
pub(crate) fn sort_findings(files: &[(&str, &str)], findings: &mut [CheckFinding]) {
    findings.sort_by_key(|f| (files.iter().position(|(n, _)| *n == f.file), f.line));
}

/// The first part of [`parse_all`]: every file parsed and its entries and aliases
/// validated one by one, without the checks of [`check_source`] and unsorted.
pub(crate) fn parse_files(files: &[(&str, &str)], findings: &mut Vec<CheckFinding>) -> Source {
    let mut source = Source {
        entities: Vec::new(),
        aliases: Vec::new(),
        categories: WEAPON_CATEGORIES
            .iter()
            .map(|(id, name)| Category {
                id: (*id).to_owned(),
                name: (*name).to_owned(),
            })
            .collect(),
    };
    // Categories may be declared in any file, weapons may come before them: collect first.
    let mut parsed = Vec::new();
    let raws = on_two_threads(
        files.to_vec(),
        |(_, contents)| contents.len(),
        // The plain shape the files are written in is read directly; anything else
        // (and every error) by the `toml` crate (`crate::quick_toml`).
        |(_, contents)| {
            let raw = crate::quick_toml::parse(contents)
                .map_or_else(|| toml::from_str::<RawFile>(contents), Ok);
            (raw, Lines::new(contents))
        },
    );
    for ((file, _), (raw, lines)) in files.iter().zip(raws) {
        match raw {
            Ok(raw) => parsed.push((*file, lines, raw)),
            Err(e) => {
                let mut cx = FileCx {
                    file,
                    lines: &lines,
                    findings,
                };
                let span = e.span().unwrap_or(0..0);
                let cause = e.message().trim().to_owned();
                cx.error(span, cause);
            }
        }
    }
    let mut seen_categories: HashMap<String, (String, usize)> = HashMap::new();
    for (file, lines, raw) in &parsed {
        let mut cx = FileCx {
            file,
            lines,
            findings,
        };
        for c in &raw.category {
            let line = cx.line(c.id.span());
            let id = c.id.get_ref();
            match source.categories.iter_mut().find(|k| &k.id == id) {
                None => cx.error(
                    c.id.span(),
                    format!(
                        "unknown weapon category \"{id}\" (the 14 contract categories are: {})",
                        WEAPON_CATEGORIES.map(|(id, _)| id).join(", ")
                    ),
                ),
                Some(k) => {
                    if let Some((f, l)) = seen_categories.get(id) {
                        cx.error(
                            c.id.span(),
                            format!("duplicate category id \"{id}\" (first at {f}:{l})"),
                        );
                    } else if c.name.get_ref().trim().is_empty() {
                        cx.error(
                            c.name.span(),
                            format!("category \"{id}\" has an empty name"),
                        );
                    } else {
                        k.name = c.name.get_ref().clone();
                        seen_categories.insert(id.clone(), ((*file).to_owned(), line));
                    }
                }
            }
        }
    }
    let categories = &source.categories;
    let converted = on_two_threads(
        parsed,
        // Shared out by aliases, which the conversion's work goes with.
        |(_, _, raw)| alias_count(raw),
        |(file, lines, raw)| convert_file(file, &lines, raw, categories),
    );
    // Sized once for all files' entities and aliases.
    source
        .entities
        .reserve(converted.iter().map(|(part, _)| part.entities.len()).sum());
    source
        .aliases
        .reserve(converted.iter().map(|(part, _)| part.aliases.len()).sum());
    for (mut part, part_findings) in converted {
        let offset = source.entities.len();
        for alias in &mut part.aliases {
            alias.entity += offset;
        }
        source.entities.append(&mut part.entities);
        source.aliases.append(&mut part.aliases);
        findings.extend(part_findings);
    }
    source
}

/// How many aliases a parsed file has: the weight of its conversion.
fn alias_count(raw: &RawFile) -> usize {
    let count = |a: &RawAliases| a.values().map(|list| list.get_ref().len()).sum::<usize>();
    raw.country.iter().map(|e| count(&e.aliases)).sum::<usize>()
        + raw
            .organization
            .iter()
            .map(|e| count(&e.aliases))
            .sum::<usize>()
        + raw.weapon.iter().map(|e| count(&e.aliases)).sum::<usize>()
        + raw.region.iter().map(|e| count(&e.aliases)).sum::<usize>()
}

/// The entities and aliases of one parsed file (entity indices from 0), and its findings.
fn convert_file(
    file: &str,
    lines: &Lines,
    raw: RawFile,
    categories: &[Category],
) -> (Source, Vec<CheckFinding>) {
    let mut findings = Vec::new();
    let entries = raw.country.len() + raw.organization.len() + raw.weapon.len() + raw.region.len();
    let mut source = Source {
        entities: Vec::with_capacity(entries),
        aliases: Vec::with_capacity(alias_count(&raw)),
        categories: Vec::new(),
    };
    let mut cx = FileCx {
        file,
        lines,
        findings: &mut findings,
    };
    for c in raw.country {
        if !is_iso_code(c.id.get_ref()) {
            cx.error(
                    c.id.span(),
                    format!(
                        "invalid country id \"{}\": expected an ISO 3166-1 alpha-2 code (two upper-case letters)",
                        c.id.get_ref()
                    ),
                );
        }
        let entity = new_entity(&mut cx, EntryType::Country, &c.id, &c.name);
        push_entity(&mut cx, &mut source, entity, c.aliases);
    }
    for o in raw.organization {
        if !is_slug(o.id.get_ref()) {
            cx.error(
                o.id.span(),
                format!(
                    "invalid organization id \"{}\": use lowercase [a-z0-9-]",
                    o.id.get_ref()
                ),
            );
        }
        if o.id.get_ref().starts_with(crate::model::DEFINED_ID_PREFIX) {
            cx.error(
                o.id.span(),
                format!(
                    "organization id \"{}\": the prefix `{}` is reserved for organizations defined in an article",
                    o.id.get_ref(),
                    crate::model::DEFINED_ID_PREFIX
                ),
            );
        }
        if !ORGANIZATION_KINDS.contains(&o.kind.get_ref().as_str()) {
            cx.error(
                o.kind.span(),
                format!(
                    "unknown organization kind \"{}\" (one of: {})",
                    o.kind.get_ref(),
                    ORGANIZATION_KINDS.join(", ")
                ),
            );
        }
        if let Some(country) = &o.country {
            if !is_iso_code(country.get_ref()) {
                cx.error(
                        country.span(),
                        format!(
                            "invalid country \"{}\": expected an ISO 3166-1 alpha-2 code (two upper-case letters)",
                            country.get_ref()
                        ),
                    );
            }
        }
        if let Some(acronym) = &o.acronym {
            if acronym.get_ref().trim().is_empty() {
                cx.error(
                    acronym.span(),
                    "empty acronym (leave it out instead)".to_owned(),
                );
            }
        }
        let mut entity = new_entity(&mut cx, EntryType::Organization, &o.id, &o.name);
        entity.acronym = o.acronym.map(|a| a.into_inner());
        entity.org_kind = Some(o.kind.into_inner());
        entity.country = o.country.map(|c| c.into_inner());
        push_entity(&mut cx, &mut source, entity, o.aliases);
    }
    for w in raw.weapon {
        if !is_slug(w.id.get_ref()) {
            cx.error(
                w.id.span(),
                format!(
                    "invalid weapon term id \"{}\": use lowercase [a-z0-9-]",
                    w.id.get_ref()
                ),
            );
        }
        let mut entity = new_entity(&mut cx, EntryType::Weapon, &w.id, &w.name);
        match categories
            .iter()
            .position(|k| &k.id == w.category.get_ref())
        {
            Some(i) => entity.category = i,
            None => cx.error(
                w.category.span(),
                format!("unknown weapon category \"{}\"", w.category.get_ref()),
            ),
        }
        push_entity(&mut cx, &mut source, entity, w.aliases);
    }
    for r in raw.region {
        if !is_slug(r.id.get_ref()) {
            cx.error(
                r.id.span(),
                format!(
                    "invalid region id \"{}\": use lowercase [a-z0-9-]",
                    r.id.get_ref()
                ),
            );
        }
        let entity = new_entity(&mut cx, EntryType::Region, &r.id, &r.name);
        push_entity(&mut cx, &mut source, entity, r.aliases);
    }
    (source, findings)
}

/// `f` over `items` on two threads (this one and one more), the items shared out by
/// `weight` so that both get about as much work; results in the order of `items`.
fn on_two_threads<T: Send, R: Send>(
    items: Vec<T>,
    weight: impl Fn(&T) -> usize,
    f: impl Fn(T) -> R + Sync,
) -> Vec<R> {
    let weights: Vec<usize> = items.iter().map(weight).collect();
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(weights[i]));
    let mut bins = [0, 0];
    let mut bin_of = vec![0; items.len()];
    for i in order {
        let b = usize::from(bins[1] < bins[0]);
        bins[b] += weights[i];
        bin_of[i] = b;
    }
    let (mut here, mut there) = (Vec::new(), Vec::new());
    for (i, item) in items.into_iter().enumerate() {
        if bin_of[i] == 0 {
            here.push((i, item));
        } else {
            there.push((i, item));
        }
    }
    let f = &f;
    let mut results: Vec<(usize, R)> = std::thread::scope(|scope| {
        let other = scope.spawn(move || {
            there
                .into_iter()
                .map(|(i, item)| (i, f(item)))
                .collect::<Vec<_>>()
        });
        let mut mine: Vec<(usize, R)> = here.into_iter().map(|(i, item)| (i, f(item))).collect();
        mine.extend(
            other
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
        );
        mine
    });
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

fn new_entity(
    cx: &mut FileCx<'_>,
    kind: EntryType,
    id: &Spanned<String>,
    name: &Spanned<String>,
) -> Entity {
    if name.get_ref().trim().is_empty() {
        cx.error(
            name.span(),
            format!("{} \"{}\" has an empty name", kind.as_str(), id.get_ref()),
        );
    }
    Entity {
        kind,
        id: id.get_ref().clone(),
        name: name.get_ref().clone(),
        acronym: None,
        org_kind: None,
        country: None,
        category: 0,
        file: cx.file.to_owned(),
        line: cx.line(id.span()),
    }
}

fn push_entity(cx: &mut FileCx<'_>, source: &mut Source, entity: Entity, aliases: RawAliases) {
    let index = source.entities.len();
    let kind = entity.kind;
    let mut count = 0;
    for (lang, list) in aliases {
        let Some(lang_code) = Lang::parse(lang.get_ref()) else {
            cx.error(
                lang.span(),
                format!(
                    "unknown alias language \"{}\" (one of: {})",
                    lang.get_ref(),
                    Lang::ALL.map(Lang::as_str).join(", ")
                ),
            );
            continue;
        };
        for alias in list.into_inner() {
            let line = cx.line(alias.span());
            count += 1;
            if let Some(parsed) = parse_alias(cx, kind, lang_code, &alias) {
                source.aliases.push(Alias {
                    entity: index,
                    lang: lang_code,
                    text: parsed.0,
                    folded: parsed.2,
                    flags: parsed.1,
                    file: cx.file.to_owned(),
                    line,
                });
            }
        }
    }
    if count == 0 {
        let line = entity.line;
        cx.warning(
            line,
            format!(
                "{} \"{}\" has no aliases and can never match",
                kind.as_str(),
                entity.id
            ),
        );
    }
    source.entities.push(entity);
}

/// Splits `"text|flag|flag"`, validates it and adds the default flags.
fn parse_alias(
    cx: &mut FileCx<'_>,
    kind: EntryType,
    lang: Lang,
    alias: &Spanned<String>,
) -> Option<(String, Flags, String)> {
    let raw = alias.get_ref();
    let mut parts = raw.split('|');
    let text = parts.next().unwrap_or("").trim();
    if text.is_empty() {
        cx.error(alias.span(), format!("empty alias \"{raw}\""));
        return None;
    }
    let folded = fold_alias(text);
    if folded.is_empty() {
        cx.error(
            alias.span(),
            format!("alias \"{raw}\" has no letters or digits"),
        );
        return None;
    }
    let mut flags = Flags::default();
    let mut ok = true;
    for name in parts {
        match Flags::parse(name.trim()) {
            Some(f) => flags.insert(f),
            None => {
                cx.error(
                    alias.span(),
                    format!(
                        "unknown flag \"{}\" in alias \"{raw}\" (known: {})",
                        name.trim(),
                        Flags::NAMES.map(|(n, _)| n).join(", ")
                    ),
                );
                ok = false;
            }
        }
    }
    if flags.contains(Flags::FIXED) && flags.intersects(Flags::INFLECTIONS.without(Flags::FIXED)) {
        cx.error(
            alias.span(),
            format!("alias \"{raw}\": `fixed` excludes inflection flags"),
        );
        ok = false;
    }
    if flags.contains(Flags::ZH_ABBR) {
        let mut chars = text.chars();
        let one_han = chars.next().is_some_and(crate::script::is_han) && chars.next().is_none();
        if !one_han {
            cx.error(
                alias.span(),
                format!("alias \"{raw}\": `zh-abbr` is for one Chinese character (`美`, `俄`)"),
            );
            ok = false;
        }
    }
    if !ok {
        return None;
    }
    if flags.contains(Flags::PLACE_FIRST) {
        flags.insert(Flags::CAPITAL);
    }
    if flags.contains(Flags::CAPITAL) {
        flags.insert(Flags::CAP);
    }
    if flags.contains(Flags::CAP) && opens_with_article(text) {
        flags.insert(Flags::CAP_NEXT);
    }
    if matches!(lang, Lang::Fr | Lang::Es | Lang::It | Lang::Pt)
        && !flags.contains(Flags::NAME)
        && text.chars().next().is_some_and(char::is_lowercase)
    {
        flags.insert(Flags::LOWER_WORD);
    }
    if !flags.intersects(Flags::INFLECTIONS) {
        match (lang, kind) {
            (Lang::De, EntryType::Weapon) => flags.insert(Flags::DE_NOUN),
            // An all-caps acronym gets the genitive only when it is case-exact: `UN` + s
            // would be the word `uns`, while `UNs` checked by case is harmless.
            (Lang::De, _) if !is_acronym(text) || flags.contains(Flags::EXACT) => {
                flags.insert(Flags::DE_NAME)
            }
            (Lang::En, EntryType::Weapon) => flags.insert(Flags::EN_NOUN),
            // A one-word Arabic country name brings its nisba adjectives (`روسيا` → `روسي`,
            // `الروسية`); capitals do not (`موسكو`).
            (Lang::Ar, EntryType::Country)
                if !flags.contains(Flags::CAPITAL) && !text.trim().contains(' ') =>
            {
                flags.insert(Flags::AR_NISBA)
            }
            _ => {}
        }
    }
    Some((text.to_owned(), flags, folded))
}

/// Articles that open names in the gazetteer's languages (`The Gambia`, `La Réunion`,
/// `El Salvador`, `Il Cairo`, `O Globo`, `Der Spiegel`).
const ARTICLES: [&str; 17] = [
    "the", "la", "le", "les", "el", "los", "las", "il", "lo", "gli", "i", "o", "a", "os", "as",
    "der", "die",
];

/// True for a name whose first word is an article and whose second word starts with a
/// capital letter: `cap` then checks the second word too (`Flags::CAP_NEXT`). The elided
/// article of Italian and French (`L'Unione`, `L'Ulivo`, `L'Équipe`) counts: the word after
/// the apostrophe is the second word (`L'unione` at a sentence start is *the union*).
fn opens_with_article(text: &str) -> bool {
    if let Some(rest) = after_elided_article(text) {
        return rest.chars().next().is_some_and(char::is_uppercase);
    }
    let mut words = text.split(' ').filter(|w| !w.is_empty());
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    ARTICLES.iter().any(|a| first.eq_ignore_ascii_case(a))
        && second.chars().next().is_some_and(char::is_uppercase)
}

/// The text after an opening elided article `L'` / `l'` (straight or typographic
/// apostrophe, spaces after it skipped), or `None`.
pub(crate) fn after_elided_article(text: &str) -> Option<&str> {
    let rest = text.strip_prefix(['L', 'l'])?;
    let rest = rest.strip_prefix(['\'', '\u{2019}'])?;
    Some(rest.trim_start_matches([' ', '\u{A0}']))
}

/// At least two letters, all upper case (`UN`, `NATO`, `F-16` is not).
fn is_acronym(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && text.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// A `home` alias is read by its organization's country: it needs one.
fn check_home_aliases(source: &Source, findings: &mut Vec<CheckFinding>) {
    for alias in &source.aliases {
        if !alias.flags.contains(Flags::HOME) {
            continue;
        }
        let e = &source.entities[alias.entity];
        if e.kind != EntryType::Organization || e.country.is_none() {
            findings.push(CheckFinding {
                severity: Severity::Error,
                file: alias.file.clone(),
                line: alias.line,
                message: format!(
                    "alias \"{}\" of {} \"{}\": `home` is for an organization with a `country`",
                    alias.text,
                    e.kind.as_str(),
                    e.id
                ),
            });
        }
    }
}

fn check_duplicates(source: &Source, findings: &mut Vec<CheckFinding>) {
    let mut seen: BuildMap<(EntryType, &str), &Entity> =
        BuildMap::with_capacity_and_hasher(source.entities.len(), Default::default());
    for e in &source.entities {
        if let Some(first) = seen.get(&(e.kind, e.id.as_str())) {
            findings.push(CheckFinding {
                severity: Severity::Error,
                file: e.file.clone(),
                line: e.line,
                message: format!(
                    "duplicate {} id \"{}\" (first at {}:{})",
                    e.kind.as_str(),
                    e.id,
                    first.file,
                    first.line
                ),
            });
        } else {
            seen.insert((e.kind, e.id.as_str()), e);
        }
    }
}

/// What a match of an alias reports: regions, countries and organizations by id,
/// weapons by category (two terms of one category sharing an alias is harmless).
fn mention_identity(source: &Source, e: &Entity) -> (EntryType, String) {
    match e.kind {
        EntryType::Weapon => (e.kind, source.categories[e.category].id.clone()),
        _ => (e.kind, e.id.clone()),
    }
}

fn langs_overlap(a: Lang, b: Lang) -> bool {
    a == b || matches!(a, Lang::En | Lang::Any) || matches!(b, Lang::En | Lang::Any)
}

fn check_shared_aliases(source: &Source, findings: &mut Vec<CheckFinding>, unresolved: Severity) {
    let mut by_text: BuildMap<&str, Vec<&Alias>> =
        BuildMap::with_capacity_and_hasher(source.aliases.len(), Default::default());
    for alias in &source.aliases {
        let earlier = by_text.entry(alias.folded.as_str()).or_default();
        for other in earlier.iter() {
            if !langs_overlap(alias.lang, other.lang) {
                continue;
            }
            let (a, b) = (
                &source.entities[alias.entity],
                &source.entities[other.entity],
            );
            // Made only for a finding (most pairs give none).
            let here = || format!("{}:{}", other.file, other.line);
            if alias.entity == other.entity {
                // Same folding with other flags (`UNO|exact` and `Uno`), or two cases of
                // one case-exact acronym (`DoD|exact`, `DOD|exact`), is deliberate.
                let same_case = !alias.flags.contains(Flags::EXACT) || alias.text == other.text;
                if alias.lang == other.lang && alias.flags == other.flags && same_case {
                    findings.push(CheckFinding {
                        severity: Severity::Warning,
                        file: alias.file.clone(),
                        line: alias.line,
                        message: format!(
                            "alias \"{}\" repeats \"{}\" of {} \"{}\" ({})",
                            alias.text,
                            other.text,
                            a.kind.as_str(),
                            a.id,
                            here()
                        ),
                    });
                }
            } else if a.kind == EntryType::Organization
                && b.kind == EntryType::Organization
                && alias.lang == other.lang
            {
                // Two organizations, one alias, one language: resolved by the acronym rule
                // (both case-exact acronyms, read by the article) or by a flag; else an
                // error, since the first entry would silently win.
                let acronym_rule =
                    |x: &Alias| x.flags.contains(Flags::EXACT) && is_acronym(&x.text);
                let (severity, how) = if acronym_rule(alias) && acronym_rule(other) {
                    (Severity::Warning, "resolved by the article (acronym rule: definition, other mentions, countries, language)")
                } else if other.flags.intersects(Flags::NEEDS_SUPPORT)
                    && !alias
                        .flags
                        .intersects(Flags::NEEDS_SUPPORT.union(Flags::TEAM))
                {
                    // The matcher takes the first entry whose written checks pass (a `team`
                    // alias is tried before the others); `weak` and `home` are checked
                    // after matching, so where the first has no support neither entry is
                    // tagged.
                    (unresolved, "not resolved: the first entry's alias needs support (weak, home), checked after matching, so where it has none the second is never tagged either: list the second entry first")
                } else if alias.flags.intersects(Flags::DISAMBIGUATING)
                    || other.flags.intersects(Flags::DISAMBIGUATING)
                {
                    (
                        Severity::Warning,
                        "resolved by a flag; the first entry wins where both pass",
                    )
                } else {
                    (unresolved, "not resolved: give it a flag (exact, cap, capital, no-person, weak), make both case-exact acronyms, or drop one")
                };
                findings.push(CheckFinding {
                    severity,
                    file: alias.file.clone(),
                    line: alias.line,
                    message: format!(
                        "alias collision \"{}\" ({}): organization \"{}\" and organization \"{}\" ({}): {how}",
                        alias.text,
                        alias.lang.as_str(),
                        a.id,
                        b.id,
                        here()
                    ),
                });
            } else if mention_identity(source, a) != mention_identity(source, b)
                && !alias.flags.intersects(Flags::DISAMBIGUATING)
                && !other.flags.intersects(Flags::DISAMBIGUATING)
            {
                findings.push(CheckFinding {
                    severity: Severity::Warning,
                    file: alias.file.clone(),
                    line: alias.line,
                    message: format!(
                        "alias \"{}\" of {} \"{}\" is also claimed by {} \"{}\" ({}) without a disambiguating flag (exact, cap, capital, no-person, weak); the first entry wins",
                        alias.text,
                        a.kind.as_str(),
                        a.id,
                        b.kind.as_str(),
                        b.id,
                        here()
                    ),
                });
            }
        }
        earlier.push(alias);
    }
}
