//! `enricher eval`: precision, recall and F1 of the tagger against a gold file
//! (contract section 6; the scoring itself is `enricher_tagger::eval`).

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::str::FromStr;

use anyhow::Context as _;
use enricher_proto::{EntityType, Field};
use enricher_tagger::eval::{self, ErrorClass, ErrorKind, Evaluation, GoldSet, LevelScores, Score};
use enricher_tagger::Gazetteer;

/// Arguments of `enricher eval`.
#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// The annotated NDJSON gold file (contract section 6).
    #[arg(long, value_name = "FILE")]
    pub gold: PathBuf,
    /// A gazetteer directory to evaluate instead of the built-in one.
    #[arg(long, value_name = "DIR", env = "ENRICHER_GAZETTEER")]
    pub gazetteer: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Also list every false positive and false negative.
    #[arg(long)]
    pub errors: bool,
    /// Fail (exit code 1) when an F1 is below VALUE. TYPE is `country`, `organization`,
    /// `weapon` or `micro`, at span level unless prefixed with `document.` (`span.` is
    /// accepted too). Repeatable: `--min-f1 country=0.95 --min-f1 document.weapon=0.9`.
    #[arg(long = "min-f1", value_name = "TYPE=VALUE")]
    pub min_f1: Vec<Threshold>,
}

/// How `enricher eval` prints its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for people.
    Text,
    /// One JSON object (the `Evaluation`; errors only with `--errors`).
    Json,
}

/// Which scores a threshold applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Span,
    Document,
}

/// `--min-f1 [LEVEL.]TYPE=VALUE`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Threshold {
    pub level: Level,
    /// `None` is the micro total.
    pub entity_type: Option<EntityType>,
    pub min: f64,
}

impl FromStr for Threshold {
    type Err = String;

    fn from_str(s: &str) -> Result<Threshold, String> {
        let (key, value) = s
            .split_once('=')
            .ok_or_else(|| format!("expected TYPE=VALUE, got {s:?}"))?;
        let (level, name) = match key.split_once('.') {
            Some(("span", name)) => (Level::Span, name),
            Some(("document" | "doc", name)) => (Level::Document, name),
            Some((level, _)) => return Err(format!("unknown level {level:?} (span, document)")),
            None => (Level::Span, key),
        };
        let entity_type = match name {
            "country" => Some(EntityType::Country),
            "organization" => Some(EntityType::Organization),
            "weapon" => Some(EntityType::Weapon),
            "micro" => None,
            _ => {
                return Err(format!(
                    "unknown type {name:?} (country, organization, weapon, micro)"
                ))
            }
        };
        let min: f64 = value
            .parse()
            .map_err(|_| format!("{value:?} is not a number"))?;
        if !(0.0..=1.0).contains(&min) {
            return Err(format!("{value} is not between 0 and 1"));
        }
        Ok(Threshold {
            level,
            entity_type,
            min,
        })
    }
}

impl Threshold {
    fn name(&self) -> String {
        let level = match self.level {
            Level::Span => "span",
            Level::Document => "document",
        };
        let name = self.entity_type.map_or("micro", EntityType::as_str);
        format!("{level}.{name}")
    }

    fn score<'a>(&self, evaluation: &'a Evaluation) -> &'a Score {
        let level = match self.level {
            Level::Span => &evaluation.span,
            Level::Document => &evaluation.document,
        };
        match self.entity_type {
            Some(t) => level.get(t),
            None => &level.micro,
        }
    }
}

/// Runs `enricher eval`: exit 0, or 1 when a `--min-f1` threshold is not met.
///
/// # Errors
///
/// An unreadable or invalid gold file (every bad line with its number and cause), or a
/// gazetteer that does not load.
pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("cannot read gold file {}", args.gold.display()))?;
    let gold = GoldSet::parse(&text).with_context(|| format!("{}", args.gold.display()))?;
    let gazetteer = match &args.gazetteer {
        Some(dir) => Gazetteer::load_dir(dir)
            .with_context(|| format!("cannot load gazetteer {}", dir.display()))?,
        None => Gazetteer::builtin().context("cannot load the built-in gazetteer")?,
    };
    let mut evaluation = eval::evaluate(&gold, &gazetteer);

    let failed: Vec<String> = args
        .min_f1
        .iter()
        .filter_map(|t| {
            let f1 = t.score(&evaluation).f1;
            (f1 < t.min).then(|| format!("{} F1 {f1:.4} < {}", t.name(), t.min))
        })
        .collect();

    let source = match &args.gazetteer {
        Some(dir) => dir.display().to_string(),
        None => "built-in".to_owned(),
    };
    let report = match args.format {
        Format::Text => render_text(
            &evaluation,
            &args.gold.display().to_string(),
            &source,
            gazetteer.content_hash(),
            args.errors,
        ),
        Format::Json => {
            if !args.errors {
                evaluation.span_errors.clear();
                evaluation.document_errors.clear();
            }
            let mut json =
                serde_json::to_string_pretty(&evaluation).context("cannot encode result")?;
            json.push('\n');
            json
        }
    };
    write_stdout(&report)?;

    if failed.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        for f in &failed {
            eprintln!("enricher eval: threshold not met: {f}");
        }
        Ok(ExitCode::FAILURE)
    }
}

/// Writes the report; a closed pipe (`enricher eval ... | head`) is not an error.
fn write_stdout(report: &str) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(report.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(e).context("cannot write to stdout")
        }
        _ => Ok(()),
    }
}

/// The text report: a header, one table per level, and with `errors` the error lists.
pub fn render_text(
    evaluation: &Evaluation,
    gold_path: &str,
    gazetteer: &str,
    gazetteer_hash: &str,
    errors: bool,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "gold: {gold_path} ({} articles, {} gold mentions, {} predicted)",
        evaluation.articles, evaluation.gold_mentions, evaluation.predicted_mentions
    );
    let _ = writeln!(out, "gazetteer: {gazetteer} ({gazetteer_hash})");
    for (title, level) in [
        (
            "span level (exact type, id, field, start, end)",
            &evaluation.span,
        ),
        (
            "document level (set of ids per type per article)",
            &evaluation.document,
        ),
    ] {
        let _ = writeln!(out, "\n{title}");
        render_table(&mut out, level);
    }
    render_classes(&mut out, evaluation);
    if errors {
        let _ = writeln!(
            out,
            "\nspan errors ({}): kind article field start..end type:id class \"text\"",
            evaluation.span_errors.len()
        );
        for e in &evaluation.span_errors {
            let _ = writeln!(
                out,
                "{} {} {} {}..{} {}:{} {} {:?}",
                kind(e.kind),
                e.article,
                field(e.field),
                e.start,
                e.end,
                e.entity_type.as_str(),
                e.id,
                e.class.as_str(),
                e.text
            );
        }
        let _ = writeln!(
            out,
            "\ndocument errors ({}): kind article type:id",
            evaluation.document_errors.len()
        );
        for e in &evaluation.document_errors {
            let _ = writeln!(
                out,
                "{} {} {}:{}",
                kind(e.kind),
                e.article,
                e.entity_type.as_str(),
                e.id
            );
        }
    }
    out
}

/// Span-level errors counted by type, kind and class: where to look first.
fn render_classes(out: &mut String, evaluation: &Evaluation) {
    const CLASSES: [ErrorClass; 4] = [
        ErrorClass::Boundary,
        ErrorClass::WrongId,
        ErrorClass::WrongType,
        ErrorClass::Alone,
    ];
    let _ = write!(out, "\nspan errors by class\n{:<17}", "type kind");
    for class in CLASSES {
        let _ = write!(out, "{:>11}", class.as_str());
    }
    let _ = writeln!(out);
    for t in [
        EntityType::Country,
        EntityType::Organization,
        EntityType::Weapon,
    ] {
        for k in [ErrorKind::FalsePositive, ErrorKind::FalseNegative] {
            let _ = write!(out, "{:<17}", format!("{} {}", t.as_str(), kind(k)));
            for class in CLASSES {
                let n = evaluation
                    .span_errors
                    .iter()
                    .filter(|e| e.entity_type == t && e.kind == k && e.class == class)
                    .count();
                let _ = write!(out, "{n:>11}");
            }
            let _ = writeln!(out);
        }
    }
}

fn render_table(out: &mut String, level: &LevelScores) {
    let _ = writeln!(
        out,
        "{:<14}{:>7}{:>7}{:>7}{:>11}{:>9}{:>9}",
        "type", "tp", "fp", "fn", "precision", "recall", "f1"
    );
    for (name, s) in [
        ("country", &level.country),
        ("organization", &level.organization),
        ("weapon", &level.weapon),
        ("micro", &level.micro),
    ] {
        let _ = writeln!(
            out,
            "{name:<14}{:>7}{:>7}{:>7}{:>11.4}{:>9.4}{:>9.4}",
            s.tp, s.fp, s.fn_, s.precision, s.recall, s.f1
        );
    }
}

fn kind(k: ErrorKind) -> &'static str {
    match k {
        ErrorKind::FalsePositive => "FP",
        ErrorKind::FalseNegative => "FN",
    }
}

fn field(f: Field) -> &'static str {
    match f {
        Field::Title => "title",
        Field::Body => "body",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_parse() {
        // (input, expected: Ok((level, type, min)) or Err(substring))
        let ok: &[(&str, Level, Option<EntityType>, f64)] = &[
            ("country=0.95", Level::Span, Some(EntityType::Country), 0.95),
            (
                "span.weapon=0.9",
                Level::Span,
                Some(EntityType::Weapon),
                0.9,
            ),
            (
                "document.organization=1",
                Level::Document,
                Some(EntityType::Organization),
                1.0,
            ),
            ("doc.micro=0", Level::Document, None, 0.0),
            ("micro=0.5", Level::Span, None, 0.5),
        ];
        for &(input, level, entity_type, min) in ok {
            let t: Threshold = input.parse().unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(
                t,
                Threshold {
                    level,
                    entity_type,
                    min
                },
                "{input}"
            );
        }
        let bad: &[(&str, &str)] = &[
            ("country", "expected TYPE=VALUE"),
            ("city=0.5", "unknown type \"city\""),
            ("page.country=0.5", "unknown level \"page\""),
            ("country=high", "is not a number"),
            ("country=1.5", "not between 0 and 1"),
        ];
        for (input, expected) in bad {
            let err = input.parse::<Threshold>().expect_err(input);
            assert!(
                err.contains(expected),
                "{input}: {err:?} lacks {expected:?}"
            );
        }
    }
}
