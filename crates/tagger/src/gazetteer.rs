//! The [`Gazetteer`] value: loading the files (built in, a directory, or given as text),
//! compiling them once into an immutable matcher, checking them, and the content hash.
//!
//! Every problem is reported with the file, the 1-based line of the offending entry or
//! alias, and the cause (`crate::parse`). Loading stops at the first error
//! ([`GazetteerError`]); [`Gazetteer::check_dir`] collects all findings, warnings included.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use crate::acronyms::AcronymIndex;
use crate::compile::{self, Compiled};
use crate::embed::content_hash;
use crate::model::{EntryType, Lang, Source};
use crate::parse::{check_source, parse_all, parse_files, sort_findings};
use crate::trie::TrieParts;

pub use crate::model::{FILE_NAMES, ORGANIZATION_KINDS, WEAPON_CATEGORIES};
pub use crate::parse::{CheckFinding, Severity};

/// Files of [`FILE_NAMES`] that a gazetteer directory may leave out.
const OPTIONAL_FILES: [&str; 2] = ["organizations.generated.toml", "organizations.parties.toml"];

/// The default gazetteer, embedded at build time.
const BUILTIN: [(&str, &str); 6] = [
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
    (
        "organizations.parties.toml",
        include_str!("../gazetteer/organizations.parties.toml"),
    ),
    ("weapons.toml", include_str!("../gazetteer/weapons.toml")),
    ("regions.toml", include_str!("../gazetteer/regions.toml")),
];

/// [`BUILTIN`] as parsed and validated by `build.rs` (`crate::embed`).
const BUILTIN_SOURCE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin-gazetteer.bin"));

/// The candidate tables of [`BUILTIN`]'s compiled matcher, written by `build.rs`
/// (`Compiled::encode_tables`).
const BUILTIN_TABLES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin-gazetteer.tables"));

/// Bytes aligned for reading them as `u32`s in place.
#[repr(C, align(4))]
struct Aligned<B: ?Sized>(B);

/// An array of [`BUILTIN`]'s pattern trie as `build.rs` wrote it (in the target's byte
/// order), used in place: `bytemuck` checks the alignment and the length.
macro_rules! embedded_trie_part {
    ($file:literal) => {{
        static BYTES: &Aligned<[u8]> =
            &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/", $file)));
        Cow::Borrowed(bytemuck::cast_slice(&BYTES.0))
    }};
}

/// The arrays of [`BUILTIN`]'s pattern trie, built by `build.rs`.
fn builtin_trie() -> TrieParts<'static> {
    TrieParts {
        cells: embedded_trie_part!("trie-cells.bin"),
        accepts: embedded_trie_part!("trie-accepts.bin"),
        shorter: embedded_trie_part!("trie-shorter.bin"),
        lengths: embedded_trie_part!("trie-lengths.bin"),
    }
}

/// The [`Gazetteer::content_hash`] of [`BUILTIN`], computed by `build.rs`.
const BUILTIN_HASH: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin-gazetteer.hash"));

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
    /// Heap memory of the matcher: the pattern trie and the patterns' candidates.
    pub automaton_bytes: usize,
    /// Time to compile the patterns and build the automaton.
    pub build_seconds: f64,
}

/// A loaded, compiled, immutable gazetteer: entities, aliases and one pattern trie.
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
    /// Per entity: its country's entity index when it is a state body
    /// (`context::nested`).
    pub(crate) state_body_countries: Vec<Option<u32>>,
    /// The aliases written with Latin diacritics, by entity (`context::accents`).
    pub(crate) accented: crate::context::accents::AccentedSpellings,
    /// The ids and names the output carries (`enrich`).
    pub(crate) names: crate::enrich::OutputNames,
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
        // Parsed, validated and compiled by `build.rs` (a build with an invalid file
        // fails), with the parser and compiler `from_files` uses: a test checks that both
        // give the same source and matcher. The trie is used in place; the source and
        // the candidate tables decode on two threads.
        let started = Instant::now();
        let (source, compiled) = std::thread::scope(|scope| {
            let compiled = scope.spawn(|| Compiled::from_embedded(builtin_trie(), BUILTIN_TABLES));
            let source = crate::embed::decode(BUILTIN_SOURCE);
            (source, join(compiled))
        });
        let derived = Derived::of(&source);
        Ok(Gazetteer::assemble(
            source,
            compiled,
            derived,
            BUILTIN_HASH.to_owned(),
            started,
        ))
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
        // As `parse_all`, with the checks across entries (`check_source`) on a second
        // thread while the patterns compile: they rarely find an error, and then the
        // compiled gazetteer is dropped. The first error is the one `parse_all` would
        // report: the same findings in the same order, sorted alike.
        let mut findings = Vec::new();
        // Loading lets the first entry win an unresolved collision; `check` refuses it.
        let check = |source: &Source| {
            let mut found = Vec::new();
            check_source(source, &mut found, Severity::Warning);
            found
        };
        let source = parse_files(files, &mut findings);
        let gazetteer = if has_error(&findings) {
            findings.extend(check(&source));
            None
        } else {
            let (gazetteer, found) = Gazetteer::build(source, || content_hash(files), check);
            findings.extend(found);
            Some(gazetteer)
        };
        sort_findings(files, &mut findings);
        match findings.into_iter().find(|f| f.severity == Severity::Error) {
            Some(err) => Err(GazetteerError {
                file: err.file,
                line: err.line,
                cause: err.message,
            }),
            None => Ok(gazetteer.expect("built when the files have no error")),
        }
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

    /// The gazetteer of `source`, and what `extra` makes of the source, which runs
    /// beside the compilation.
    fn build<T: Send>(
        source: Source,
        hash: impl FnOnce() -> String + Send,
        extra: impl FnOnce(&Source) -> T + Send,
    ) -> (Gazetteer, T) {
        let started = Instant::now();
        // The tables read from the source, the hash and `extra` on a second thread while
        // the patterns compile (the trie is built on a third once they are made).
        let (compiled, (derived, content_hash, extra)) = std::thread::scope(|scope| {
            let side = scope.spawn(|| (Derived::of(&source), hash(), extra(&source)));
            let compiled = compile::compile(&source);
            (compiled, join(side))
        });
        let gazetteer = Gazetteer::assemble(source, compiled, derived, content_hash, started);
        (gazetteer, extra)
    }

    /// The gazetteer of a source, its compiled matcher and acronym index; `started`: when
    /// building began, for [`GazetteerStats::build_seconds`].
    fn assemble(
        source: Source,
        compiled: Compiled,
        derived: Derived,
        content_hash: String,
        started: Instant,
    ) -> Gazetteer {
        let Derived {
            acronyms,
            state_body_countries,
            names,
            accented,
        } = derived;
        let stats = stats_of(&source, &compiled, started.elapsed().as_secs_f64());
        Gazetteer {
            state_body_countries,
            accented,
            names,
            source,
            compiled,
            acronyms,
            content_hash,
            stats,
        }
    }
}

/// The tables a [`Gazetteer`] reads from its source besides the matcher.
struct Derived {
    acronyms: AcronymIndex,
    state_body_countries: Vec<Option<u32>>,
    names: crate::enrich::OutputNames,
    accented: crate::context::accents::AccentedSpellings,
}

impl Derived {
    fn of(source: &Source) -> Derived {
        Derived {
            acronyms: AcronymIndex::build(source),
            state_body_countries: crate::context::state_body_countries(source),
            names: crate::enrich::OutputNames::of(source),
            accented: crate::context::accents::AccentedSpellings::of(source),
        }
    }
}

fn has_error(findings: &[CheckFinding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Error)
}

/// The value of a scoped thread, its panic passed on.
fn join<T>(handle: std::thread::ScopedJoinHandle<'_, T>) -> T {
    handle
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// Validates files without building: all findings, plus stats when there are no errors.
pub(crate) fn check_files(files: &[(&str, &str)]) -> CheckReport {
    let mut findings = Vec::new();
    let source = parse_all(files, &mut findings, Severity::Error);
    crate::common_words::check(&source, &mut findings);
    findings.sort_by_key(|f| (files.iter().position(|(n, _)| *n == f.file), f.line));
    let has_errors = findings.iter().any(|f| f.severity == Severity::Error);
    let stats = (!has_errors).then(|| {
        Gazetteer::build(source, || content_hash(files), |_| ())
            .0
            .stats
    });
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

fn stats_of(source: &Source, compiled: &Compiled, build_seconds: f64) -> GazetteerStats {
    // Counted by index, then named (a map entry per alias showed in the start-up time).
    let mut per_kind = [0usize; EntryType::ALL.len()];
    for e in &source.entities {
        per_kind[e.kind as usize] += 1;
    }
    let mut per_kind_lang = [[0usize; Lang::ALL.len()]; EntryType::ALL.len()];
    for a in &source.aliases {
        per_kind_lang[source.entities[a.entity].kind as usize][a.lang as usize] += 1;
    }
    let mut entries = BTreeMap::new();
    let mut aliases = BTreeMap::new();
    for kind in EntryType::ALL {
        let counted = per_kind[kind as usize];
        // The four kinds always appear, with 0 when the files have none.
        entries.insert(kind.as_str().to_owned(), counted);
        for lang in Lang::ALL {
            let n = per_kind_lang[kind as usize][lang as usize];
            if n > 0 {
                aliases.insert((kind.as_str().to_owned(), lang.as_str().to_owned()), n);
            }
        }
    }
    GazetteerStats {
        entries,
        aliases,
        patterns: compiled.pattern_count(),
        automaton_bytes: compiled.memory_usage(),
        build_seconds,
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
            (
                "Alliance|cap|weak",
                "Alliance",
                true,
                "the first entry's alias needs support",
            ),
            (
                "Alliance|weak",
                "Alliance|cap",
                true,
                "the first entry's alias needs support",
            ),
            ("Alliance", "Alliance|cap|weak", false, "resolved by a flag"),
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
    fn embedded_builtin_is_the_parsed_builtin() {
        let embedded = Gazetteer::builtin().unwrap();
        let parsed = Gazetteer::from_files(&BUILTIN).unwrap();
        assert!(
            embedded.source == parsed.source,
            "build.rs and the runtime parser differ"
        );
        assert_eq!(embedded.content_hash(), parsed.content_hash());
        assert_eq!(embedded.stats().patterns, parsed.stats().patterns);
        assert_eq!(
            embedded.compiled.candidates, parsed.compiled.candidates,
            "same candidates in the same order"
        );
        // The trie built by `build.rs` and used in place is the one built at run time,
        // array for array (and the tables round-trip through their embedded form).
        assert!(
            embedded.compiled == parsed.compiled,
            "embedded and runtime-compiled matchers differ"
        );
        assert!(matches!(
            embedded.compiled.trie.parts().cells,
            Cow::Borrowed(_)
        ));
        assert!(matches!(parsed.compiled.trie.parts().cells, Cow::Owned(_)));
        assert_eq!(embedded.stats().entries, parsed.stats().entries);
        assert_eq!(embedded.stats().aliases, parsed.stats().aliases);
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
