//! Gazetteer files: parsing the TOML, validating every entry and alias, and the
//! [`Gazetteer`] value that holds the entities and their compiled matcher.
//!
//! Every problem is reported with the file, the 1-based line of the offending entry or
//! alias, and the cause. Loading stops at the first error ([`GazetteerError`]);
//! [`Gazetteer::check_dir`] collects all findings, warnings included.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::ops::Range;
use std::path::Path;
use std::time::Instant;

use serde::Deserialize;
use sha2::{Digest, Sha256};
use toml::Spanned;

use crate::acronyms::AcronymIndex;
use crate::compile::{self, Compiled};
use crate::normalize::fold_alias;

/// The files of a gazetteer directory, in loading order. `organizations.generated.toml`
/// (written by `scripts/gazetteer/gen_organizations.py`) loads after the hand-curated
/// `organizations.toml`, so that a hand alias wins where both claim one; it may be absent
/// from a directory.
pub const FILE_NAMES: [&str; 5] = [
    "countries.toml",
    "organizations.toml",
    "organizations.generated.toml",
    "weapons.toml",
    "regions.toml",
];

/// Files of [`FILE_NAMES`] that a gazetteer directory may leave out.
const OPTIONAL_FILES: [&str; 1] = ["organizations.generated.toml"];

/// The default gazetteer, embedded at build time.
const BUILTIN: [(&str, &str); 5] = [
    (
        "countries.toml",
        include_str!("../gazetteer/countries.toml"),
    ),
    (
        "organizations.toml",
        include_str!("../gazetteer/organizations.toml"),
    ),
    (
        "organizations.generated.toml",
        include_str!("../gazetteer/organizations.generated.toml"),
    ),
    ("weapons.toml", include_str!("../gazetteer/weapons.toml")),
    ("regions.toml", include_str!("../gazetteer/regions.toml")),
];

/// The 14 weapon categories of the contract (section 4), with their default names.
pub const WEAPON_CATEGORIES: [(&str, &str); 14] = [
    ("small-arms", "Small arms"),
    ("ammunition", "Ammunition"),
    ("artillery", "Artillery"),
    ("missiles", "Missiles"),
    ("nuclear", "Nuclear weapons"),
    ("chemical", "Chemical weapons"),
    ("biological", "Biological weapons"),
    ("armoured-vehicles", "Armoured vehicles"),
    ("aircraft", "Aircraft"),
    ("drones", "Drones"),
    ("air-defence", "Air defence"),
    ("naval", "Naval"),
    ("mines-explosives", "Mines and explosives"),
    ("arms-general", "Arms (general)"),
];

/// Organization kinds allowed in `organizations.toml` (the contract's list, section 3).
pub const ORGANIZATION_KINDS: [&str; 16] = [
    "intergovernmental",
    "government",
    "military",
    "intelligence",
    "state-media",
    "media",
    "think-tank",
    "company",
    "armed-group",
    "ngo",
    "party",
    "court",
    "central-bank",
    "union",
    "sports",
    "education",
];

/// Why a gazetteer could not be loaded: names the file, the line and the cause.
///
/// `line` is 1-based; 0 means the whole file (for example, it could not be read).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {cause}")]
pub struct GazetteerError {
    pub file: String,
    pub line: usize,
    pub cause: String,
}

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

/// One problem found by [`Gazetteer::check_dir`].
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

/// Everything [`Gazetteer::check_dir`] found, and the stats when the files compile.
#[derive(Debug, Clone)]
pub struct CheckReport {
    /// All findings, errors and warnings, in file and line order.
    pub findings: Vec<CheckFinding>,
    /// `None` when there are errors.
    pub stats: Option<GazetteerStats>,
}

impl CheckReport {
    /// True when there is at least one [`Severity::Error`].
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

/// Sizes of a compiled gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct GazetteerStats {
    /// `"country"`, `"organization"`, `"weapon"`, `"region"` → number of entries.
    pub entries: BTreeMap<String, usize>,
    /// (type, language) → number of aliases as written (before inflection).
    pub aliases: BTreeMap<(String, String), usize>,
    /// Distinct search patterns after inflection expansion.
    pub patterns: usize,
    /// Heap memory of the automaton.
    pub automaton_bytes: usize,
    /// Time to compile the patterns and build the automaton.
    pub build_seconds: f64,
}

/// The kind of a gazetteer entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum EntryType {
    Country,
    Organization,
    Weapon,
    Region,
}

impl EntryType {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            EntryType::Country => "country",
            EntryType::Organization => "organization",
            EntryType::Weapon => "weapon",
            EntryType::Region => "region",
        }
    }
}

/// Languages an alias can be written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Lang {
    En,
    De,
    Fr,
    Es,
    It,
    Ru,
    Uk,
    Pt,
    Pl,
    Tr,
    Ar,
    Fa,
    /// Chinese, simplified and traditional script alike.
    Zh,
    Any,
}

impl Lang {
    pub(crate) const ALL: [Lang; 14] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::It,
        Lang::Ru,
        Lang::Uk,
        Lang::Pt,
        Lang::Pl,
        Lang::Tr,
        Lang::Ar,
        Lang::Fa,
        Lang::Zh,
        Lang::Any,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Ru => "ru",
            Lang::Uk => "uk",
            Lang::Pt => "pt",
            Lang::Pl => "pl",
            Lang::Tr => "tr",
            Lang::Ar => "ar",
            Lang::Fa => "fa",
            Lang::Zh => "zh",
            Lang::Any => "any",
        }
    }

    pub(crate) fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.as_str() == code)
    }
}

/// Alias flags (see the architecture doc): a small bit set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub(crate) struct Flags(u16);

impl Flags {
    pub(crate) const EXACT: Flags = Flags(1);
    pub(crate) const CAP: Flags = Flags(1 << 1);
    pub(crate) const CAPITAL: Flags = Flags(1 << 2);
    pub(crate) const NO_PERSON: Flags = Flags(1 << 3);
    pub(crate) const WEAK: Flags = Flags(1 << 4);
    pub(crate) const COMPOUND: Flags = Flags(1 << 5);
    pub(crate) const FIXED: Flags = Flags(1 << 6);
    pub(crate) const DE_NAME: Flags = Flags(1 << 7);
    pub(crate) const DE_ADJ: Flags = Flags(1 << 8);
    pub(crate) const DE_NOUN: Flags = Flags(1 << 9);
    pub(crate) const EN_NOUN: Flags = Flags(1 << 10);
    pub(crate) const ZH_ABBR: Flags = Flags(1 << 11);
    pub(crate) const AR_NISBA: Flags = Flags(1 << 12);
    /// A capital news mostly names as a place: its government reading needs evidence
    /// (`crate::context`'s capital rule). Implies `capital`.
    pub(crate) const PLACE_FIRST: Flags = Flags(1 << 13);

    const NAMES: [(&'static str, Flags); 14] = [
        ("exact", Flags::EXACT),
        ("cap", Flags::CAP),
        ("capital", Flags::CAPITAL),
        ("no-person", Flags::NO_PERSON),
        ("weak", Flags::WEAK),
        ("compound", Flags::COMPOUND),
        ("fixed", Flags::FIXED),
        ("de-name", Flags::DE_NAME),
        ("de-adj", Flags::DE_ADJ),
        ("de-noun", Flags::DE_NOUN),
        ("en-noun", Flags::EN_NOUN),
        ("zh-abbr", Flags::ZH_ABBR),
        ("ar-nisba", Flags::AR_NISBA),
        ("place-first", Flags::PLACE_FIRST),
    ];

    /// Inflection flags; `fixed` excludes the others.
    pub(crate) const INFLECTIONS: Flags = Flags(
        Flags::FIXED.0
            | Flags::DE_NAME.0
            | Flags::DE_ADJ.0
            | Flags::DE_NOUN.0
            | Flags::EN_NOUN.0
            | Flags::AR_NISBA.0,
    );

    /// Flags that keep a name that is also a common word from matching the word.
    pub(crate) const GUARDS: Flags =
        Flags(Flags::EXACT.0 | Flags::CAP.0 | Flags::CAPITAL.0 | Flags::WEAK.0);

    /// Flags that make a shared alias unambiguous enough not to warn about.
    const DISAMBIGUATING: Flags = Flags(
        Flags::EXACT.0
            | Flags::CAP.0
            | Flags::CAPITAL.0
            | Flags::NO_PERSON.0
            | Flags::WEAK.0
            | Flags::ZH_ABBR.0,
    );

    pub(crate) fn contains(self, other: Flags) -> bool {
        self.0 & other.0 == other.0
    }

    pub(crate) fn intersects(self, other: Flags) -> bool {
        self.0 & other.0 != 0
    }

    pub(crate) fn insert(&mut self, other: Flags) {
        self.0 |= other.0;
    }

    fn parse(name: &str) -> Option<Flags> {
        Flags::NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, f)| *f)
    }
}

/// One entity (or region) of the gazetteer.
#[derive(Debug, Clone)]
pub(crate) struct Entity {
    pub(crate) kind: EntryType,
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) acronym: Option<String>,
    /// Organizations: the organization kind.
    pub(crate) org_kind: Option<String>,
    /// Organizations: ISO code of their country.
    pub(crate) country: Option<String>,
    /// Weapons: index into [`Source::categories`].
    pub(crate) category: usize,
    pub(crate) file: String,
    pub(crate) line: usize,
}

/// One alias as written, with its parsed flags.
#[derive(Debug, Clone)]
pub(crate) struct Alias {
    pub(crate) entity: usize,
    pub(crate) lang: Lang,
    /// The alias text without flags.
    pub(crate) text: String,
    /// `text` folded ([`fold_alias`]): the inside of its whole-word pattern.
    pub(crate) folded: String,
    /// Explicit flags plus the defaults (inflection by type and language; `capital` ⇒ `cap`).
    pub(crate) flags: Flags,
    pub(crate) file: String,
    pub(crate) line: usize,
}

/// A weapon category: id and display name.
#[derive(Debug, Clone)]
pub(crate) struct Category {
    pub(crate) id: String,
    pub(crate) name: String,
}

/// The parsed, validated contents of all files.
#[derive(Debug, Clone)]
pub(crate) struct Source {
    pub(crate) entities: Vec<Entity>,
    pub(crate) aliases: Vec<Alias>,
    pub(crate) categories: Vec<Category>,
}

/// A loaded, compiled, immutable gazetteer: entities, aliases and one automaton.
///
/// Build it once at start and share it behind an `Arc`; it is `Send + Sync` and
/// matching never mutates it.
///
/// # Examples
///
/// ```
/// use enricher_tagger::Gazetteer;
///
/// let countries = r#"
/// [[country]]
/// id = "KP"
/// name = "North Korea"
/// [country.aliases]
/// de = ["Nordkorea|compound", "Pjöngjang|capital"]
/// "#;
/// let g = Gazetteer::from_files(&[("countries.toml", countries)]).unwrap();
/// assert_eq!(g.country_ids(), ["KP"]);
/// assert!(g.content_hash().starts_with("sha256:"));
/// ```
#[derive(Debug)]
pub struct Gazetteer {
    pub(crate) source: Source,
    pub(crate) compiled: Compiled,
    /// Which organizations claim each acronym (`acronyms` module).
    pub(crate) acronyms: AcronymIndex,
    content_hash: String,
    stats: GazetteerStats,
}

impl Gazetteer {
    /// The gazetteer built into the binary (`crates/tagger/gazetteer/*.toml`).
    ///
    /// # Errors
    ///
    /// A [`GazetteerError`] when the embedded files are invalid (a build that ships them
    /// is tested not to).
    pub fn builtin() -> Result<Gazetteer, GazetteerError> {
        Gazetteer::from_files(&BUILTIN)
    }

    /// The files of the built-in gazetteer as `(file name, contents)`, for writing them
    /// out as an editable directory (`enricher gazetteer export`).
    pub fn builtin_files() -> &'static [(&'static str, &'static str)] {
        &BUILTIN
    }

    /// Loads `countries.toml`, `organizations.toml`, `weapons.toml` and `regions.toml`
    /// from `dir`.
    ///
    /// # Errors
    ///
    /// A [`GazetteerError`] for a missing or unreadable file (line 0) or the first invalid
    /// entry or alias.
    pub fn load_dir(dir: &Path) -> Result<Gazetteer, GazetteerError> {
        let files = read_dir_files(dir)?;
        let refs: Vec<(&str, &str)> = files
            .iter()
            .map(|(n, c)| (n.as_str(), c.as_str()))
            .collect();
        Gazetteer::from_files(&refs)
    }

    /// Builds a gazetteer from `(file name, contents)` pairs. Any file may hold any of the
    /// tables (`[[country]]`, `[[organization]]`, `[[category]]`, `[[weapon]]`,
    /// `[[region]]`); the names only label errors and feed the content hash.
    ///
    /// # Errors
    ///
    /// A [`GazetteerError`] naming the first invalid entry or alias.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Gazetteer, GazetteerError> {
        let mut findings = Vec::new();
        // Loading lets the first entry win an unresolved collision; `check` refuses it.
        let source = parse_all(files, &mut findings, Severity::Warning);
        if let Some(err) = findings.into_iter().find(|f| f.severity == Severity::Error) {
            return Err(GazetteerError {
                file: err.file,
                line: err.line,
                cause: err.message,
            });
        }
        Ok(Gazetteer::build(source, files))
    }

    /// Validates a gazetteer directory (`None`: the builtin one) and collects every
    /// finding: syntax and shape errors (one per file, where parsing must stop), invalid
    /// ids, codes, languages, flags, categories and kinds, empty names and aliases,
    /// duplicate ids, errors for an alias two organizations share in one language that
    /// neither a flag nor the acronym rule resolves (loading lets the first entry win
    /// it), and warnings for entries without aliases, repeated aliases, every other
    /// organization alias collision (and how it is resolved) and aliases claimed by two
    /// entities of other types without a disambiguating flag.
    ///
    /// # Errors
    ///
    /// A [`GazetteerError`] only when a file cannot be read at all.
    pub fn check_dir(dir: Option<&Path>) -> Result<CheckReport, GazetteerError> {
        let owned;
        let files: Vec<(&str, &str)> = match dir {
            None => BUILTIN.to_vec(),
            Some(dir) => {
                owned = read_dir_files(dir)?;
                owned
                    .iter()
                    .map(|(n, c)| (n.as_str(), c.as_str()))
                    .collect()
            }
        };
        Ok(check_files(&files))
    }

    /// `sha256:` and the hex SHA-256 over the files' names and contents.
    pub fn content_hash(&self) -> &str {
        &self.content_hash
    }

    /// Entry, alias and pattern counts, automaton size and build time.
    pub fn stats(&self) -> GazetteerStats {
        self.stats.clone()
    }

    /// The ids of all countries (ISO 3166-1 alpha-2), sorted: a bounded label set.
    pub fn country_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self
            .source
            .entities
            .iter()
            .filter(|e| e.kind == EntryType::Country)
            .map(|e| e.id.as_str())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// Every alias as written (without its flags), in file order: for tooling and for
    /// comparing against a plain keyword scan (the `tagging` benchmark does).
    pub fn alias_texts(&self) -> Vec<&str> {
        self.source
            .aliases
            .iter()
            .map(|a| a.text.as_str())
            .collect()
    }

    /// The 14 weapon category ids of the contract, in contract order.
    pub fn weapon_category_ids(&self) -> Vec<&str> {
        self.source
            .categories
            .iter()
            .map(|c| c.id.as_str())
            .collect()
    }

    fn build(source: Source, files: &[(&str, &str)]) -> Gazetteer {
        let started = Instant::now();
        // The acronym index and the hash on a second thread while the patterns compile.
        let (compiled, (acronyms, content_hash)) = std::thread::scope(|scope| {
            let side = scope.spawn(|| (AcronymIndex::build(&source), content_hash(files)));
            let compiled = compile::compile(&source);
            let side = side
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (compiled, side)
        });
        let build_seconds = started.elapsed().as_secs_f64();
        let stats = stats_of(&source, &compiled, build_seconds);
        Gazetteer {
            source,
            compiled,
            acronyms,
            content_hash,
            stats,
        }
    }
}

/// Validates files without building: all findings, plus stats when there are no errors.
pub(crate) fn check_files(files: &[(&str, &str)]) -> CheckReport {
    let mut findings = Vec::new();
    let source = parse_all(files, &mut findings, Severity::Error);
    crate::common_words::check(&source, &mut findings);
    findings.sort_by_key(|f| (files.iter().position(|(n, _)| *n == f.file), f.line));
    let has_errors = findings.iter().any(|f| f.severity == Severity::Error);
    let stats = (!has_errors).then(|| Gazetteer::build(source, files).stats);
    CheckReport { findings, stats }
}

fn read_dir_files(dir: &Path) -> Result<Vec<(String, String)>, GazetteerError> {
    FILE_NAMES
        .iter()
        .filter(|name| !OPTIONAL_FILES.contains(name) || dir.join(name).exists())
        .map(|name| {
            let path = dir.join(name);
            std::fs::read_to_string(&path)
                .map(|c| ((*name).to_owned(), c))
                .map_err(|e| GazetteerError {
                    file: path.display().to_string(),
                    line: 0,
                    cause: format!("cannot read file: {e}"),
                })
        })
        .collect()
}

fn content_hash(files: &[(&str, &str)]) -> String {
    let mut hasher = Sha256::new();
    for (name, contents) in files {
        hasher.update((name.len() as u64).to_le_bytes());
        hasher.update(name.as_bytes());
        hasher.update((contents.len() as u64).to_le_bytes());
        hasher.update(contents.as_bytes());
    }
    format!("sha256:{}", hex::encode(hasher.finalize()))
}

fn stats_of(source: &Source, compiled: &Compiled, build_seconds: f64) -> GazetteerStats {
    let mut entries = BTreeMap::new();
    for kind in [
        EntryType::Country,
        EntryType::Organization,
        EntryType::Weapon,
        EntryType::Region,
    ] {
        entries.insert(kind.as_str().to_owned(), 0);
    }
    for e in &source.entities {
        *entries.entry(e.kind.as_str().to_owned()).or_default() += 1;
    }
    let mut aliases = BTreeMap::new();
    for a in &source.aliases {
        let kind = source.entities[a.entity].kind.as_str().to_owned();
        *aliases
            .entry((kind, a.lang.as_str().to_owned()))
            .or_default() += 1;
    }
    GazetteerStats {
        entries,
        aliases,
        patterns: compiled.pattern_count(),
        automaton_bytes: compiled.memory_usage(),
        build_seconds,
    }
}

// ---------------------------------------------------------------------------------------
// TOML shapes

type RawAliases = BTreeMap<Spanned<String>, Spanned<Vec<Spanned<String>>>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    country: Vec<RawCountry>,
    #[serde(default)]
    organization: Vec<RawOrganization>,
    #[serde(default)]
    category: Vec<RawCategory>,
    #[serde(default)]
    weapon: Vec<RawWeapon>,
    #[serde(default)]
    region: Vec<RawRegion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCountry {
    id: Spanned<String>,
    name: Spanned<String>,
    #[serde(default)]
    aliases: RawAliases,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOrganization {
    id: Spanned<String>,
    name: Spanned<String>,
    #[serde(default)]
    acronym: Option<Spanned<String>>,
    kind: Spanned<String>,
    #[serde(default)]
    country: Option<Spanned<String>>,
    #[serde(default)]
    aliases: RawAliases,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCategory {
    id: Spanned<String>,
    name: Spanned<String>,
    #[serde(default)]
    #[allow(dead_code)] // documentation of the category's grounding; not used in matching
    sipri: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    un_register: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWeapon {
    id: Spanned<String>,
    category: Spanned<String>,
    name: Spanned<String>,
    #[serde(default)]
    aliases: RawAliases,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegion {
    id: Spanned<String>,
    name: Spanned<String>,
    #[serde(default)]
    aliases: RawAliases,
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
    lines: Lines,
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
fn parse_all(
    files: &[(&str, &str)],
    findings: &mut Vec<CheckFinding>,
    unresolved: Severity,
) -> Source {
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
        |(_, contents)| toml::from_str::<RawFile>(contents),
    );
    for ((file, contents), raw) in files.iter().zip(raws) {
        match raw {
            Ok(raw) => parsed.push((*file, *contents, raw)),
            Err(e) => {
                let mut cx = FileCx {
                    file,
                    lines: Lines::new(contents),
                    findings,
                };
                let span = e.span().unwrap_or(0..0);
                let cause = e.message().trim().to_owned();
                cx.error(span, cause);
            }
        }
    }
    let mut seen_categories: HashMap<String, (String, usize)> = HashMap::new();
    for (file, contents, raw) in &parsed {
        let mut cx = FileCx {
            file,
            lines: Lines::new(contents),
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
        |(_, contents, _)| contents.len(),
        |(file, contents, raw)| convert_file(file, contents, raw, categories),
    );
    for (mut part, part_findings) in converted {
        let offset = source.entities.len();
        for alias in &mut part.aliases {
            alias.entity += offset;
        }
        source.entities.append(&mut part.entities);
        source.aliases.append(&mut part.aliases);
        findings.extend(part_findings);
    }
    check_duplicates(&source, findings);
    check_shared_aliases(&source, findings, unresolved);
    // File order, then line (stable: errors of one line keep their order).
    findings.sort_by_key(|f| (files.iter().position(|(n, _)| *n == f.file), f.line));
    source
}

/// The entities and aliases of one parsed file (entity indices from 0), and its findings.
fn convert_file(
    file: &str,
    contents: &str,
    raw: RawFile,
    categories: &[Category],
) -> (Source, Vec<CheckFinding>) {
    let mut findings = Vec::new();
    let mut source = Source {
        entities: Vec::new(),
        aliases: Vec::new(),
        categories: Vec::new(),
    };
    let mut cx = FileCx {
        file,
        lines: Lines::new(contents),
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
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(weight(&items[i])));
    let mut bins = [0, 0];
    let mut bin_of = vec![0; items.len()];
    for i in order {
        let b = usize::from(bins[1] < bins[0]);
        bins[b] += weight(&items[i]);
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
    if flags.contains(Flags::FIXED)
        && flags.intersects(Flags(Flags::INFLECTIONS.0 & !Flags::FIXED.0))
    {
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

/// At least two letters, all upper case (`UN`, `NATO`, `F-16` is not).
fn is_acronym(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && text.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

fn check_duplicates(source: &Source, findings: &mut Vec<CheckFinding>) {
    let mut seen: HashMap<(EntryType, &str), &Entity> = HashMap::new();
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
    let mut by_text: HashMap<&str, Vec<&Alias>> = HashMap::new();
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
            let here = format!("{}:{}", other.file, other.line);
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
                            "alias \"{}\" repeats \"{}\" of {} \"{}\" ({here})",
                            alias.text,
                            other.text,
                            a.kind.as_str(),
                            a.id
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
                        "alias collision \"{}\" ({}): organization \"{}\" and organization \"{}\" ({here}): {how}",
                        alias.text,
                        alias.lang.as_str(),
                        a.id,
                        b.id
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
                        "alias \"{}\" of {} \"{}\" is also claimed by {} \"{}\" ({here}) without a disambiguating flag (exact, cap, capital, no-person, weak); the first entry wins",
                        alias.text,
                        a.kind.as_str(),
                        a.id,
                        b.kind.as_str(),
                        b.id
                    ),
                });
            }
        }
        earlier.push(alias);
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn organization_alias_collisions_must_be_resolved() {
        let two = |a: &str, b: &str| {
            format!(
                "[[organization]]\nid = \"a\"\nname = \"A\"\nkind = \"party\"\n[organization.aliases]\nen = [\"{a}\"]\n\
                 [[organization]]\nid = \"b\"\nname = \"B\"\nkind = \"company\"\n[organization.aliases]\nen = [\"{b}\"]\n"
            )
        };
        for (a, b, error, how) in [
            ("Alliance", "Alliance", true, "not resolved"),
            ("Alliance|cap", "Alliance", false, "resolved by a flag"),
            ("ICC|exact", "ICC|exact", false, "acronym rule"),
            ("ICC", "ICC", true, "not resolved"),
            ("Alliance", "Other", false, ""),
        ] {
            let toml = two(a, b);
            let report = check_files(&[("organizations.toml", &toml)]);
            let collision: Vec<_> = report
                .findings
                .iter()
                .filter(|f| f.message.contains("alias collision"))
                .collect();
            assert_eq!(report.has_errors(), error, "{a} / {b}: {collision:?}");
            assert_eq!(collision.is_empty(), how.is_empty(), "{a} / {b}");
            assert!(
                collision
                    .iter()
                    .all(|f| f.message.contains(how) && f.line == 12),
                "{a} / {b}: {collision:?}"
            );
            // Loading never fails on a collision: the first entry wins.
            assert!(Gazetteer::from_files(&[("organizations.toml", &toml)]).is_ok());
        }
    }

    #[test]
    fn spans_give_lines() {
        let toml = "\n[[country]]\nid = \"KP\"\nname = \"North Korea\"\n[country.aliases]\nde = [\n  \"Nordkorea\",\n  \"Pjöngjang|capitol\",\n]\n";
        let err = Gazetteer::from_files(&[("countries.toml", toml)]).unwrap_err();
        assert_eq!(err.file, "countries.toml");
        assert_eq!(err.line, 8, "{err}");
        assert!(err.cause.contains("unknown flag \"capitol\""), "{err}");
    }
}
