//! `enricher gazetteer ...`: inspect gazetteer files.
//!
//! `check` runs [`Gazetteer::check_dir`], which collects every finding rather than
//! stopping at the first, and prints them compiler style (`file:line: error: message`)
//! so that editors and CI annotate the right line, then the sizes of what would be
//! built.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use enricher_tagger::{CheckFinding, CheckReport, Gazetteer, GazetteerStats, Severity};

const CHECK_AFTER_LONG_HELP: &str = "\
Output: one line per finding, `FILE:LINE: error|warning: MESSAGE` (LINE 0: the whole
file), then the entries and aliases per type and language, the number of search
patterns, the automaton's memory and its build time (when the files build).

Errors make the gazetteer unloadable (`serve` and `enrich` would refuse it): syntax,
invalid ids, codes, languages, flags, categories or kinds, duplicate ids. Warnings
load but are probably not what was meant: entries without aliases, repeated aliases,
an alias claimed by two entities, a capitalized name (or a form generated from it) that
is a common word of its language (built-in wordfreq lists of en de fr es it pt ru uk pl
tr; an en or any alias, which matches in every language, against every list) without
cap, capital, weak or exact.

Exit status: 1 when there is any error (with --strict: any finding), else 0.";

/// Gazetteer subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum GazetteerCommand {
    /// Validate gazetteer files; print every finding and the counts per type and language.
    #[command(after_long_help = CHECK_AFTER_LONG_HELP)]
    Check {
        /// Directory with countries.toml, organizations.toml, weapons.toml and
        /// regions.toml [default: the gazetteer built into the binary].
        #[arg(value_name = "DIR", env = "ENRICHER_GAZETTEER")]
        dir: Option<PathBuf>,

        /// Fail on warnings too.
        #[arg(long)]
        strict: bool,
    },
    /// Write the built-in gazetteer out as an editable directory (for `--gazetteer DIR`
    /// and live reload with SIGHUP).
    Export {
        /// Directory to write countries.toml, organizations.toml, weapons.toml and
        /// regions.toml into (created if missing).
        #[arg(value_name = "DIR")]
        dir: PathBuf,

        /// Overwrite files that exist.
        #[arg(long)]
        force: bool,
    },
}

/// Writes the built-in gazetteer's files into `dir`.
///
/// # Errors
///
/// An existing file without `force` (nothing is written then), or an I/O error.
pub fn export(dir: &Path, force: bool) -> anyhow::Result<Vec<PathBuf>> {
    use anyhow::Context as _;
    let files = Gazetteer::builtin_files();
    if !force {
        if let Some((name, _)) = files.iter().find(|(name, _)| dir.join(name).exists()) {
            anyhow::bail!(
                "{} exists; pass --force to overwrite",
                dir.join(name).display()
            );
        }
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut written = Vec::new();
    for (name, contents) in files {
        let path = dir.join(name);
        std::fs::write(&path, contents)
            .with_context(|| format!("cannot write {}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}

/// Runs a gazetteer subcommand.
pub fn run(cmd: GazetteerCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        GazetteerCommand::Export { dir, force } => {
            for path in export(&dir, force)? {
                println!("{}", path.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        GazetteerCommand::Check { dir, strict } => {
            let report = match Gazetteer::check_dir(dir.as_deref()) {
                Ok(report) => report,
                // A file that cannot be read at all: report it like any other error.
                Err(e) => CheckReport {
                    findings: vec![CheckFinding {
                        severity: Severity::Error,
                        file: e.file,
                        line: e.line,
                        message: e.cause,
                    }],
                    stats: None,
                },
            };
            // Findings name files relative to the directory; print paths an editor
            // or CI can open from here.
            let mut report = report;
            if let Some(dir) = &dir {
                for finding in &mut report.findings {
                    let file = Path::new(&finding.file);
                    if file.parent().is_some_and(|p| p.as_os_str().is_empty()) {
                        finding.file = dir.join(file).display().to_string();
                    }
                }
            }
            let source = match &dir {
                Some(dir) => dir.display().to_string(),
                None => "the built-in gazetteer".to_owned(),
            };
            print!("{}", render_check(&source, &report));
            let errors = count(&report, Severity::Error);
            let warnings = count(&report, Severity::Warning);
            let failed = errors > 0 || (strict && warnings > 0);
            Ok(if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}

fn count(report: &CheckReport, severity: Severity) -> usize {
    report
        .findings
        .iter()
        .filter(|f| f.severity == severity)
        .count()
}

/// The alias languages in the order of the architecture notes; others follow sorted.
const LANGUAGE_ORDER: [&str; 14] = [
    "en", "de", "fr", "es", "it", "ru", "uk", "pt", "pl", "tr", "ar", "fa", "zh", "any",
];
const TYPE_ORDER: [&str; 4] = ["country", "organization", "weapon", "region"];

/// The whole report of `gazetteer check` as printed.
fn render_check(source: &str, report: &CheckReport) -> String {
    let mut out = String::new();
    for f in &report.findings {
        let _ = writeln!(out, "{}:{}: {}: {}", f.file, f.line, f.severity, f.message);
    }
    if !report.findings.is_empty() {
        out.push('\n');
    }
    match &report.stats {
        Some(stats) => out.push_str(&render_stats(stats)),
        None => out.push_str("no statistics: the gazetteer does not build\n"),
    }
    let errors = count(report, Severity::Error);
    let warnings = count(report, Severity::Warning);
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let _ = writeln!(
        out,
        "{source}: {}, {}",
        plural(errors, "error"),
        plural(warnings, "warning")
    );
    out
}

/// Entries and aliases per type and language as a table, then patterns, memory and time.
fn render_stats(stats: &GazetteerStats) -> String {
    let mut types: Vec<&str> = TYPE_ORDER.to_vec();
    let extra_types: BTreeSet<&str> = stats
        .entries
        .keys()
        .map(String::as_str)
        .chain(stats.aliases.keys().map(|(t, _)| t.as_str()))
        .filter(|t| !TYPE_ORDER.contains(t))
        .collect();
    types.extend(extra_types);

    let mut languages: Vec<&str> = LANGUAGE_ORDER
        .iter()
        .copied()
        .filter(|l| stats.aliases.keys().any(|(_, lang)| lang == l))
        .collect();
    let extra_languages: BTreeSet<&str> = stats
        .aliases
        .keys()
        .map(|(_, l)| l.as_str())
        .filter(|l| !LANGUAGE_ORDER.contains(l))
        .collect();
    languages.extend(extra_languages);

    let aliases = |ty: &str, lang: &str| {
        stats
            .aliases
            .get(&(ty.to_owned(), lang.to_owned()))
            .copied()
            .unwrap_or(0)
    };
    let mut header = vec!["type".to_owned(), "entries".to_owned()];
    header.extend(languages.iter().map(|l| format!("aliases:{l}")));
    header.push("aliases".to_owned());
    let mut rows = vec![header];
    let mut totals = vec![0usize; languages.len() + 2];
    for ty in &types {
        let entries = stats.entries.get(*ty).copied().unwrap_or(0);
        let per_lang: Vec<usize> = languages.iter().map(|l| aliases(ty, l)).collect();
        let all: usize = per_lang.iter().sum();
        let numbers: Vec<usize> = std::iter::once(entries)
            .chain(per_lang)
            .chain(std::iter::once(all))
            .collect();
        for (t, n) in totals.iter_mut().zip(&numbers) {
            *t += n;
        }
        let mut row = vec![(*ty).to_owned()];
        row.extend(numbers.iter().map(usize::to_string));
        rows.push(row);
    }
    let mut total_row = vec!["total".to_owned()];
    total_row.extend(totals.iter().map(usize::to_string));
    rows.push(total_row);

    let widths: Vec<usize> = (0..rows[0].len())
        .map(|c| rows.iter().map(|r| r[c].len()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in &rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            if c == 0 {
                let _ = write!(line, "{cell:<w$}", w = widths[0]);
            } else {
                let _ = write!(line, "  {cell:>w$}", w = widths[c]);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    // One line in the words a news desk counts in: countries and organizations are
    // entries; a weapon "term" is one alias as written (`Haubitze`, `M777`, `PzH 2000`),
    // grouped into entries (term ids) under the 14 categories.
    let of_type = |ty: &str| stats.entries.get(ty).copied().unwrap_or(0);
    let aliases_of = |ty: &str| {
        stats
            .aliases
            .iter()
            .filter(|((t, _), _)| t == ty)
            .map(|(_, n)| *n)
            .sum::<usize>()
    };
    let _ = writeln!(
        out,
        "\ncoverage: {} countries, {} organizations, {} weapon terms (in {} weapon entries), {} region names",
        of_type("country"),
        of_type("organization"),
        aliases_of("weapon"),
        of_type("weapon"),
        aliases_of("region"),
    );
    let _ = writeln!(
        out,
        "patterns: {}   automaton: {:.2} MB   build: {:.3} s",
        stats.patterns,
        stats.automaton_bytes as f64 / 1e6,
        stats.build_seconds
    );
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[test]
    fn findings_print_compiler_style_and_stats_as_a_table() {
        let mut aliases = BTreeMap::new();
        for (ty, lang, n) in [
            ("country", "en", 3),
            ("country", "de", 2),
            ("weapon", "any", 1),
            ("weapon", "xx", 4),
        ] {
            aliases.insert((ty.to_owned(), lang.to_owned()), n);
        }
        let entries: BTreeMap<String, usize> = [("country", 2), ("weapon", 1)]
            .map(|(t, n)| (t.to_owned(), n))
            .into();
        let report = CheckReport {
            findings: vec![CheckFinding {
                severity: Severity::Warning,
                file: "countries.toml".into(),
                line: 7,
                message: "entry \"XK\" has no aliases".into(),
            }],
            stats: Some(GazetteerStats {
                entries,
                aliases,
                patterns: 42,
                automaton_bytes: 1_500_000,
                build_seconds: 0.0125,
            }),
        };
        let want = "\
countries.toml:7: warning: entry \"XK\" has no aliases

type          entries  aliases:en  aliases:de  aliases:any  aliases:xx  aliases
country             2           3           2            0           0        5
organization        0           0           0            0           0        0
weapon              1           0           0            1           4        5
region              0           0           0            0           0        0
total               3           3           2            1           4       10

coverage: 2 countries, 0 organizations, 5 weapon terms (in 1 weapon entries), 0 region names
patterns: 42   automaton: 1.50 MB   build: 0.013 s
dir: 0 errors, 1 warning
";
        assert_eq!(render_check("dir", &report), want);
    }

    #[test]
    fn a_gazetteer_that_does_not_build_says_so() {
        let report = CheckReport {
            findings: vec![CheckFinding {
                severity: Severity::Error,
                file: "weapons.toml".into(),
                line: 3,
                message: "unknown category \"rockets\"".into(),
            }],
            stats: None,
        };
        let text = render_check("gaz", &report);
        assert!(
            text.starts_with("weapons.toml:3: error: unknown category \"rockets\"\n"),
            "{text}"
        );
        assert!(
            text.ends_with(
                "no statistics: the gazetteer does not build\ngaz: 1 error, 0 warnings\n"
            ),
            "{text}"
        );
    }
}
