//! Scoring the tagger against a hand-annotated gold file (contract section 6).
//!
//! A gold file is NDJSON: one article per line, the input fields of a raw article plus
//! `"gold": [{"type", "id", "field", "start", "end"}]` (byte offsets into that field's
//! UTF-8 text). [`GoldSet::parse`] validates every line; [`evaluate`] runs [`crate::enrich`]
//! on each article and [`score`] compares the result with the gold at two levels:
//!
//! - **span level**: a predicted mention counts only when its type, id, field, start and
//!   end all equal a gold mention's;
//! - **document level**: per article and entity type, the *set* of ids found is compared
//!   with the set of ids in the gold (how many times or where does not matter).
//!
//! Each level reports true positives, false positives and false negatives per entity type,
//! precision, recall and F1, and micro totals over the three types (counts summed first).
//!
//! Conventions for empty denominators: precision is 1 when nothing was predicted (no
//! wrong prediction was made), recall is 1 when there was nothing to find, and F1 is 0
//! when precision and recall are both 0. So a type with no gold and no predictions scores
//! 1/1/1, and a type with gold but no predictions scores 1/0/0.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use enricher_proto::{Article, EnrichedArticle, EntityType, Field};
use serde::{Deserialize, Serialize};

use crate::Gazetteer;

/// The fixed weapon category ids of contract section 4; a gold weapon id must be one.
pub const WEAPON_CATEGORIES: [&str; 14] = [
    "small-arms",
    "ammunition",
    "artillery",
    "missiles",
    "nuclear",
    "chemical",
    "biological",
    "armoured-vehicles",
    "aircraft",
    "drones",
    "air-defence",
    "naval",
    "mines-explosives",
    "arms-general",
];

const TYPES: [EntityType; 3] = [
    EntityType::Country,
    EntityType::Organization,
    EntityType::Weapon,
];

/// One annotated mention: what the tagger should find, exactly there.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct GoldMention {
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    pub id: String,
    pub field: Field,
    /// Byte offsets into the field's UTF-8 text.
    pub start: usize,
    pub end: usize,
}

/// One line of a gold file: the article (as the service would decode it) and its gold.
#[derive(Debug, Clone)]
pub struct GoldArticle {
    /// 1-based line number in the gold file.
    pub line: usize,
    pub article: Article,
    /// Sorted by field (title first), then offsets.
    pub gold: Vec<GoldMention>,
}

/// A parsed, validated gold file.
#[derive(Debug, Clone, Default)]
pub struct GoldSet {
    pub articles: Vec<GoldArticle>,
}

/// One problem in a gold file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {cause}")]
pub struct GoldLineError {
    /// 1-based line number.
    pub line: usize,
    pub cause: String,
}

/// Why a gold file could not be used: every bad line, each with its line number and cause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldError {
    pub errors: Vec<GoldLineError>,
}

impl fmt::Display for GoldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.errors.len();
        write!(
            f,
            "{n} bad line{} in gold file",
            if n == 1 { "" } else { "s" }
        )?;
        for e in &self.errors {
            write!(f, "\n  {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for GoldError {}

/// A gold span as written in the file; `text`, when given, must equal the slice.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGoldMention {
    #[serde(rename = "type")]
    entity_type: EntityType,
    id: String,
    field: Field,
    start: usize,
    end: usize,
    #[serde(default)]
    text: Option<String>,
}

#[derive(Deserialize)]
struct RawGoldLine {
    #[serde(default)]
    gold: Option<serde_json::Value>,
}

impl GoldSet {
    /// Parses and validates a gold file. Blank lines are skipped.
    ///
    /// Every line must be a valid raw article (contract section 2, checked like the service
    /// checks its input) with a `gold` array; every span must have a valid id for its type
    /// (ISO alpha-2 upper case, `[a-z0-9-]`, or a contract weapon category), lie inside its
    /// field on character boundaries with `start < end`, and not overlap another gold span
    /// of the same field, except that spans of different types may nest (one wholly inside
    /// the other: a state body and its country). Article ids must be unique.
    ///
    /// # Errors
    ///
    /// A [`GoldError`] listing every bad line with its line number and cause.
    ///
    /// # Examples
    ///
    /// ```
    /// use enricher_tagger::eval::GoldSet;
    /// let line = r#"{"id":"a","body":"Nordkorea","gold":[{"type":"country","id":"KP","field":"body","start":0,"end":9}]}"#;
    /// let set = GoldSet::parse(line).unwrap();
    /// assert_eq!(set.articles[0].gold.len(), 1);
    /// let err = GoldSet::parse(r#"{"id":"a","body":"x","gold":[]}
    /// {"id":"b","body":"x"}"#).unwrap_err();
    /// assert_eq!(err.to_string(), "1 bad line in gold file\n  line 2: no \"gold\" array");
    /// ```
    pub fn parse(text: &str) -> Result<GoldSet, GoldError> {
        let mut articles = Vec::new();
        let mut errors = Vec::new();
        let mut seen_ids: BTreeMap<String, usize> = BTreeMap::new();
        for (index, line) in text.lines().enumerate() {
            let line_no = index + 1;
            if line.trim().is_empty() {
                continue;
            }
            match parse_line(line) {
                Ok((article, gold)) => {
                    if let Some(first) = seen_ids.insert(article.id.clone(), line_no) {
                        errors.push(GoldLineError {
                            line: line_no,
                            cause: format!(
                                "duplicate article id {:?} (first on line {first})",
                                article.id
                            ),
                        });
                        continue;
                    }
                    articles.push(GoldArticle {
                        line: line_no,
                        article,
                        gold,
                    });
                }
                Err(cause) => errors.push(GoldLineError {
                    line: line_no,
                    cause,
                }),
            }
        }
        if errors.is_empty() {
            Ok(GoldSet { articles })
        } else {
            Err(GoldError { errors })
        }
    }

    /// The number of gold mentions in the whole set.
    pub fn mention_count(&self) -> usize {
        self.articles.iter().map(|a| a.gold.len()).sum()
    }
}

fn parse_line(line: &str) -> Result<(Article, Vec<GoldMention>), String> {
    let article = Article::decode(line.as_bytes(), None).map_err(|e| e.to_string())?;
    let raw: RawGoldLine = serde_json::from_str(line).map_err(|e| e.to_string())?;
    let Some(gold) = raw.gold else {
        return Err("no \"gold\" array".into());
    };
    let serde_json::Value::Array(spans) = gold else {
        return Err("\"gold\" is not an array".into());
    };
    let mut gold = Vec::with_capacity(spans.len());
    for (i, span) in spans.into_iter().enumerate() {
        let mention = serde_json::from_value::<RawGoldMention>(span)
            .map_err(|e| e.to_string())
            .and_then(|span| check_span(&article, span))
            .map_err(|cause| format!("gold[{i}]: {cause}"))?;
        gold.push(mention);
    }
    gold.sort_by(|a, b| {
        (a.field, a.start, a.end, a.entity_type, &a.id).cmp(&(
            b.field,
            b.start,
            b.end,
            b.entity_type,
            &b.id,
        ))
    });
    // Spans of different types may nest (contract section 3); nothing else overlaps.
    for (i, a) in gold.iter().enumerate() {
        for b in gold[i + 1..]
            .iter()
            .take_while(|b| b.field == a.field && b.start < a.end)
        {
            let nested = b.end <= a.end || a.start == b.start;
            if a.entity_type != b.entity_type && nested {
                continue;
            }
            return Err(format!(
                "gold spans overlap in {}: {}..{} ({}:{}) and {}..{} ({}:{})",
                field_name(a.field),
                a.start,
                a.end,
                a.entity_type.as_str(),
                a.id,
                b.start,
                b.end,
                b.entity_type.as_str(),
                b.id
            ));
        }
    }
    Ok((article, gold))
}

fn check_span(article: &Article, span: RawGoldMention) -> Result<GoldMention, String> {
    let id_ok = match span.entity_type {
        EntityType::Country => {
            span.id.len() == 2 && span.id.bytes().all(|b| b.is_ascii_uppercase())
        }
        EntityType::Organization => {
            !span.id.is_empty()
                && span
                    .id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        }
        EntityType::Weapon => WEAPON_CATEGORIES.contains(&span.id.as_str()),
    };
    if !id_ok {
        let expected = match span.entity_type {
            EntityType::Country => "an ISO 3166-1 alpha-2 code in upper case",
            EntityType::Organization => "lowercase [a-z0-9-]",
            EntityType::Weapon => "a contract weapon category",
        };
        return Err(format!(
            "{} id {:?} is not {expected}",
            span.entity_type.as_str(),
            span.id
        ));
    }
    let text = field_text(article, span.field).ok_or_else(|| {
        format!(
            "span in \"{}\" but the article has none",
            field_name(span.field)
        )
    })?;
    if span.start >= span.end {
        return Err(format!(
            "empty or reversed span {}..{}",
            span.start, span.end
        ));
    }
    if span.end > text.len() {
        return Err(format!(
            "span {}..{} ends after the {} ({} bytes)",
            span.start,
            span.end,
            field_name(span.field),
            text.len()
        ));
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Err(format!(
            "span {}..{} cuts a UTF-8 character",
            span.start, span.end
        ));
    }
    let slice = &text[span.start..span.end];
    if let Some(expected) = &span.text {
        if expected != slice {
            return Err(format!(
                "span {}..{} is {slice:?}, but its \"text\" says {expected:?}",
                span.start, span.end
            ));
        }
    }
    Ok(GoldMention {
        entity_type: span.entity_type,
        id: span.id,
        field: span.field,
        start: span.start,
        end: span.end,
    })
}

fn field_text(article: &Article, field: Field) -> Option<&str> {
    match field {
        Field::Title => article.title.as_deref(),
        Field::Body => Some(&article.body),
    }
}

fn field_name(field: Field) -> &'static str {
    match field {
        Field::Title => "title",
        Field::Body => "body",
    }
}

/// Counts and rates for one entity type (or the micro total) at one level.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Score {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Score {
    /// Rates from counts, with the conventions of the module docs for empty denominators.
    pub fn from_counts(tp: usize, fp: usize, fn_: usize) -> Score {
        let precision = if tp + fp == 0 {
            1.0
        } else {
            tp as f64 / (tp + fp) as f64
        };
        let recall = if tp + fn_ == 0 {
            1.0
        } else {
            tp as f64 / (tp + fn_) as f64
        };
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Score {
            tp,
            fp,
            fn_,
            precision,
            recall,
            f1,
        }
    }
}

/// The scores of one level: one per entity type and the micro total.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct LevelScores {
    pub country: Score,
    pub organization: Score,
    pub weapon: Score,
    /// Counts summed over the three types, then rates.
    pub micro: Score,
}

impl LevelScores {
    /// The score of one entity type.
    pub fn get(&self, entity_type: EntityType) -> &Score {
        match entity_type {
            EntityType::Country => &self.country,
            EntityType::Organization => &self.organization,
            EntityType::Weapon => &self.weapon,
        }
    }

    fn from_counts(counts: &BTreeMap<EntityType, [usize; 3]>) -> LevelScores {
        let get = |t| counts.get(&t).copied().unwrap_or_default();
        let total = TYPES.iter().fold([0; 3], |acc, t| {
            let c = get(*t);
            [acc[0] + c[0], acc[1] + c[1], acc[2] + c[2]]
        });
        let score = |c: [usize; 3]| Score::from_counts(c[0], c[1], c[2]);
        LevelScores {
            country: score(get(EntityType::Country)),
            organization: score(get(EntityType::Organization)),
            weapon: score(get(EntityType::Weapon)),
            micro: score(total),
        }
    }
}

/// Whether an error is a prediction the gold does not have, or gold the tagger missed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    FalsePositive,
    FalseNegative,
}

/// What a span-level error looks like next to the other side, for finding error classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorClass {
    /// Same type and id as an overlapping span on the other side, different offsets
    /// (an inflection or compound cut differently).
    Boundary,
    /// Same offsets and type as a span on the other side, different id.
    WrongId,
    /// Overlaps a span of another type on the other side.
    WrongType,
    /// Nothing on the other side overlaps it.
    Alone,
}

impl ErrorClass {
    /// `boundary`, `wrong-id`, `wrong-type` or `alone` (as in JSON).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorClass::Boundary => "boundary",
            ErrorClass::WrongId => "wrong-id",
            ErrorClass::WrongType => "wrong-type",
            ErrorClass::Alone => "alone",
        }
    }
}

/// One span-level false positive or false negative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpanError {
    pub article: String,
    pub kind: ErrorKind,
    pub class: ErrorClass,
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    pub id: String,
    pub field: Field,
    pub start: usize,
    pub end: usize,
    /// The field's text at `start..end`.
    pub text: String,
}

/// One document-level false positive or false negative: an id found in an article that
/// the gold does not have there, or the other way round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentError {
    pub article: String,
    pub kind: ErrorKind,
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    pub id: String,
}

/// The result of scoring a tagger's output against a gold set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    pub articles: usize,
    pub gold_mentions: usize,
    pub predicted_mentions: usize,
    /// Exact type, id, field, start and end.
    pub span: LevelScores,
    /// Set of ids per type per article.
    pub document: LevelScores,
    /// Span-level errors, by article (in gold file order), field and offset.
    pub span_errors: Vec<SpanError>,
    /// Document-level errors, by article (in gold file order), type and id.
    pub document_errors: Vec<DocumentError>,
}

/// Runs [`crate::enrich`] with `gazetteer` on every gold article and scores the output.
pub fn evaluate(gold: &GoldSet, gazetteer: &Gazetteer) -> Evaluation {
    let predicted: Vec<EnrichedArticle> = gold
        .articles
        .iter()
        .map(|g| crate::enrich(&g.article, gazetteer))
        .collect();
    score(gold, &predicted)
}

/// Scores `predicted` (one enriched article per gold article, in the same order) against
/// `gold`. Pure: this is the whole of the scoring, apart from running the tagger.
///
/// # Panics
///
/// When `predicted` and `gold.articles` differ in length.
pub fn score(gold: &GoldSet, predicted: &[EnrichedArticle]) -> Evaluation {
    assert_eq!(
        gold.articles.len(),
        predicted.len(),
        "one prediction per gold article"
    );
    let mut span_counts: BTreeMap<EntityType, [usize; 3]> = BTreeMap::new();
    let mut doc_counts: BTreeMap<EntityType, [usize; 3]> = BTreeMap::new();
    let mut span_errors = Vec::new();
    let mut document_errors = Vec::new();
    let mut predicted_mentions = 0;

    for (g, p) in gold.articles.iter().zip(predicted) {
        let article_id = &g.article.id;
        let gold_spans: BTreeSet<GoldMention> = g.gold.iter().cloned().collect();
        let pred_spans: BTreeSet<GoldMention> = p
            .mentions
            .iter()
            .map(|m| GoldMention {
                entity_type: m.entity_type,
                id: m.id.to_string(),
                field: m.field,
                start: m.start,
                end: m.end,
            })
            .collect();
        predicted_mentions += pred_spans.len();

        let fps: Vec<&GoldMention> = pred_spans.difference(&gold_spans).collect();
        let fns: Vec<&GoldMention> = gold_spans.difference(&pred_spans).collect();
        for m in gold_spans.intersection(&pred_spans) {
            span_counts.entry(m.entity_type).or_default()[0] += 1;
        }
        let mut errors = Vec::with_capacity(fps.len() + fns.len());
        for (kind, mine, theirs) in [
            (ErrorKind::FalsePositive, &fps, &fns),
            (ErrorKind::FalseNegative, &fns, &fps),
        ] {
            for m in mine {
                let slot = if kind == ErrorKind::FalsePositive {
                    1
                } else {
                    2
                };
                span_counts.entry(m.entity_type).or_default()[slot] += 1;
                errors.push(SpanError {
                    article: article_id.clone(),
                    kind,
                    class: classify(m, theirs),
                    entity_type: m.entity_type,
                    id: m.id.clone(),
                    field: m.field,
                    start: m.start,
                    end: m.end,
                    text: slice(&g.article, m),
                });
            }
        }
        errors.sort_by(|a, b| {
            (a.field, a.start, a.end, a.kind, a.entity_type, &a.id).cmp(&(
                b.field,
                b.start,
                b.end,
                b.kind,
                b.entity_type,
                &b.id,
            ))
        });
        span_errors.extend(errors);

        for t in TYPES {
            let gold_ids: BTreeSet<&str> = g
                .gold
                .iter()
                .filter(|m| m.entity_type == t)
                .map(|m| m.id.as_str())
                .collect();
            let pred_ids: BTreeSet<&str> = p
                .mentions
                .iter()
                .filter(|m| m.entity_type == t)
                .map(|m| m.id.as_str())
                .collect();
            let counts = doc_counts.entry(t).or_default();
            counts[0] += gold_ids.intersection(&pred_ids).count();
            for id in pred_ids.difference(&gold_ids) {
                counts[1] += 1;
                document_errors.push(DocumentError {
                    article: article_id.clone(),
                    kind: ErrorKind::FalsePositive,
                    entity_type: t,
                    id: (*id).to_owned(),
                });
            }
            for id in gold_ids.difference(&pred_ids) {
                counts[2] += 1;
                document_errors.push(DocumentError {
                    article: article_id.clone(),
                    kind: ErrorKind::FalseNegative,
                    entity_type: t,
                    id: (*id).to_owned(),
                });
            }
        }
    }

    Evaluation {
        articles: gold.articles.len(),
        gold_mentions: gold.mention_count(),
        predicted_mentions,
        span: LevelScores::from_counts(&span_counts),
        document: LevelScores::from_counts(&doc_counts),
        span_errors,
        document_errors,
    }
}

/// How an error relates to the errors on the other side (see [`ErrorClass`]); the most
/// telling relation wins: wrong id, then boundary, then wrong type.
fn classify(m: &GoldMention, others: &[&GoldMention]) -> ErrorClass {
    let overlapping: Vec<&&GoldMention> = others
        .iter()
        .filter(|o| o.field == m.field && o.start < m.end && m.start < o.end)
        .collect();
    if overlapping
        .iter()
        .any(|o| o.entity_type == m.entity_type && o.start == m.start && o.end == m.end)
    {
        ErrorClass::WrongId
    } else if overlapping
        .iter()
        .any(|o| o.entity_type == m.entity_type && o.id == m.id)
    {
        ErrorClass::Boundary
    } else if !overlapping.is_empty() {
        ErrorClass::WrongType
    } else {
        ErrorClass::Alone
    }
}

/// The text of `m` in the article; predicted spans are the tagger's, so an invalid one is
/// shown as such instead of panicking.
fn slice(article: &Article, m: &GoldMention) -> String {
    field_text(article, m.field)
        .and_then(|t| t.get(m.start..m.end))
        .map_or_else(
            || format!("<invalid span {}..{}>", m.start, m.end),
            str::to_owned,
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use enricher_proto::{EnricherInfo, Mention};

    #[test]
    fn a_country_may_nest_in_a_state_body() {
        let line = r#"{"id":"x","body":"Russia's defence ministry","gold":[{"type":"country","id":"RU","field":"body","start":0,"end":6},{"type":"organization","id":"mod-ru","field":"body","start":0,"end":25}]}"#;
        let parsed = GoldSet::parse(line);
        assert_eq!(parsed.map(|set| set.articles[0].gold.len()).ok(), Some(2));
    }

    /// An enriched article carrying exactly `mentions` (type, id, field, start, end).
    fn predicted(
        g: &GoldArticle,
        mentions: &[(EntityType, &str, Field, usize, usize)],
    ) -> EnrichedArticle {
        EnrichedArticle {
            schema: enricher_proto::ENRICHED_SCHEMA.into(),
            id: g.article.id.clone(),
            article: g.article.raw.clone(),
            language: "de".into(),
            countries: vec![],
            organizations: vec![],
            weapons: vec![],
            mentions: mentions
                .iter()
                .map(|&(entity_type, id, field, start, end)| Mention {
                    entity_type,
                    id: id.into(),
                    field,
                    start,
                    end,
                    char_start: start,
                    char_end: end,
                    text: "".into(),
                    term: None,
                })
                .collect(),
            mentions_truncated: false,
            mentions_found: None,
            enricher: EnricherInfo {
                version: "test".into(),
                gazetteer: "sha256:test".into(),
                processed_at: "2026-01-01T00:00:00Z".into(),
            },
        }
    }

    const GOLD: &str = concat!(
        r#"{"id":"a1","lang":"de","body":"Nordkorea liefert Raketen an Russland, sagt KCNA.","gold":["#,
        r#"{"type":"country","id":"KP","field":"body","start":0,"end":9},"#,
        r#"{"type":"weapon","id":"missiles","field":"body","start":18,"end":25,"text":"Raketen"},"#,
        r#"{"type":"country","id":"RU","field":"body","start":29,"end":37},"#,
        r#"{"type":"organization","id":"kcna","field":"body","start":44,"end":48}]}"#,
        "\n\n",
        r#"{"id":"a2","lang":"de","title":"Moskau","body":"Moskau und Kiew.","gold":["#,
        r#"{"type":"country","id":"RU","field":"title","start":0,"end":6},"#,
        r#"{"type":"country","id":"RU","field":"body","start":0,"end":6},"#,
        r#"{"type":"country","id":"UA","field":"body","start":11,"end":15}]}"#,
        "\n"
    );

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    fn assert_score(
        what: &str,
        got: &Score,
        counts: (usize, usize, usize),
        rates: (f64, f64, f64),
    ) {
        let ((tp, fp, fn_), (p, r, f1)) = (counts, rates);
        assert_eq!((got.tp, got.fp, got.fn_), (tp, fp, fn_), "{what}: counts");
        assert!(
            close(got.precision, p) && close(got.recall, r) && close(got.f1, f1),
            "{what}: expected P/R/F1 {p}/{r}/{f1}, got {}/{}/{}",
            got.precision,
            got.recall,
            got.f1
        );
    }

    /// The two-article example whose scores are worked out by hand in the comments.
    fn example() -> Evaluation {
        use EntityType::*;
        use Field::*;
        let gold = GoldSet::parse(GOLD).expect("valid gold");
        let p1 = predicted(
            &gold.articles[0],
            &[
                (Country, "KP", Body, 0, 9),        // tp
                (Weapon, "missiles", Body, 18, 24), // fp, boundary ("Rakete")
                (Country, "RU", Body, 29, 37),      // tp
                (Country, "KP", Body, 44, 48),      // fp, wrong type (gold: kcna)
            ],
        );
        let p2 = predicted(
            &gold.articles[1],
            &[
                (Country, "RU", Title, 0, 6),          // tp
                (Country, "RU", Body, 0, 6),           // tp
                (Weapon, "arms-general", Body, 7, 10), // fp, alone
                (Country, "RU", Body, 11, 15),         // fp, wrong id (gold: UA)
            ],
        );
        score(&gold, &[p1, p2])
    }

    #[test]
    fn span_level_scores_match_hand_computation() {
        let e = example();
        assert_eq!(
            (e.articles, e.gold_mentions, e.predicted_mentions),
            (2, 7, 8)
        );
        // country: tp 4 (KP, RU; RU title, RU body), fp 2, fn 1 (UA)
        assert_score(
            "span country",
            &e.span.country,
            (4, 2, 1),
            (4.0 / 6.0, 0.8, 8.0 / 11.0),
        );
        // organization: kcna missed, nothing predicted: P 1 by convention
        assert_score(
            "span organization",
            &e.span.organization,
            (0, 0, 1),
            (1.0, 0.0, 0.0),
        );
        // weapon: both predictions wrong, the gold span missed
        assert_score("span weapon", &e.span.weapon, (0, 2, 1), (0.0, 0.0, 0.0));
        // micro: tp 4, fp 4, fn 3
        assert_score(
            "span micro",
            &e.span.micro,
            (4, 4, 3),
            (0.5, 4.0 / 7.0, 8.0 / 15.0),
        );
    }

    #[test]
    fn document_level_scores_match_hand_computation() {
        let e = example();
        // a1 {KP,RU} vs {KP,RU}; a2 {RU,UA} vs {RU}
        assert_score(
            "doc country",
            &e.document.country,
            (3, 0, 1),
            (1.0, 0.75, 6.0 / 7.0),
        );
        assert_score(
            "doc organization",
            &e.document.organization,
            (0, 0, 1),
            (1.0, 0.0, 0.0),
        );
        // a1 {missiles} vs {missiles}; a2 {} vs {arms-general}
        assert_score(
            "doc weapon",
            &e.document.weapon,
            (1, 1, 0),
            (0.5, 1.0, 2.0 / 3.0),
        );
        assert_score(
            "doc micro",
            &e.document.micro,
            (4, 1, 2),
            (0.8, 4.0 / 6.0, 8.0 / 11.0),
        );
    }

    #[test]
    fn span_errors_are_classified_and_carry_their_text() {
        let e = example();
        let got: Vec<(&str, ErrorKind, ErrorClass, &str, &str)> = e
            .span_errors
            .iter()
            .map(|s| {
                (
                    s.article.as_str(),
                    s.kind,
                    s.class,
                    s.id.as_str(),
                    s.text.as_str(),
                )
            })
            .collect();
        use ErrorClass::*;
        use ErrorKind::*;
        assert_eq!(
            got,
            vec![
                ("a1", FalsePositive, Boundary, "missiles", "Rakete"),
                ("a1", FalseNegative, Boundary, "missiles", "Raketen"),
                ("a1", FalsePositive, WrongType, "KP", "KCNA"),
                ("a1", FalseNegative, WrongType, "kcna", "KCNA"),
                ("a2", FalsePositive, Alone, "arms-general", "und"),
                ("a2", FalsePositive, WrongId, "RU", "Kiew"),
                ("a2", FalseNegative, WrongId, "UA", "Kiew"),
            ]
        );
        let docs: Vec<(&str, ErrorKind, &str)> = e
            .document_errors
            .iter()
            .map(|d| (d.article.as_str(), d.kind, d.id.as_str()))
            .collect();
        assert_eq!(
            docs,
            vec![
                ("a1", FalseNegative, "kcna"),
                ("a2", FalseNegative, "UA"),
                ("a2", FalsePositive, "arms-general"),
            ]
        );
    }

    #[test]
    fn perfect_and_empty_predictions() {
        let gold = GoldSet::parse(GOLD).expect("valid gold");
        let perfect: Vec<EnrichedArticle> = gold
            .articles
            .iter()
            .map(|g| {
                let m: Vec<_> = g
                    .gold
                    .iter()
                    .map(|m| (m.entity_type, m.id.as_str(), m.field, m.start, m.end))
                    .collect();
                predicted(g, &m)
            })
            .collect();
        let e = score(&gold, &perfect);
        assert_score("perfect micro", &e.span.micro, (7, 0, 0), (1.0, 1.0, 1.0));
        assert_score(
            "perfect doc micro",
            &e.document.micro,
            (6, 0, 0),
            (1.0, 1.0, 1.0),
        );
        assert!(e.span_errors.is_empty() && e.document_errors.is_empty());

        let empty: Vec<EnrichedArticle> = gold.articles.iter().map(|g| predicted(g, &[])).collect();
        let e = score(&gold, &empty);
        assert_score("empty micro", &e.span.micro, (0, 0, 7), (1.0, 0.0, 0.0));
        // one weapon in the gold, none predicted: nothing wrong was said, nothing found
        assert_score("empty weapon", &e.span.weapon, (0, 0, 1), (1.0, 0.0, 0.0));
    }

    #[test]
    fn score_conventions_for_empty_denominators() {
        // (name, tp, fp, fn, precision, recall, f1)
        let cases = [
            ("nothing at all", 0, 0, 0, 1.0, 1.0, 1.0),
            ("only misses", 0, 0, 3, 1.0, 0.0, 0.0),
            ("only spurious", 0, 2, 0, 0.0, 1.0, 0.0),
            ("three of four", 3, 1, 1, 0.75, 0.75, 0.75),
            (
                "one of three found, one wrong",
                1,
                1,
                2,
                0.5,
                1.0 / 3.0,
                0.4,
            ),
        ];
        for (name, tp, fp, fn_, p, r, f1) in cases {
            assert_score(
                name,
                &Score::from_counts(tp, fp, fn_),
                (tp, fp, fn_),
                (p, r, f1),
            );
        }
    }

    #[test]
    fn bad_gold_lines_name_line_and_cause() {
        let ok = r#"{"id":"ok","body":"Kiew","gold":[]}"#;
        // (name, line, expected substring of the cause)
        let cases: &[(&str, &str, &str)] = &[
            ("not json", "{nope", "not valid JSON"),
            ("no body", r#"{"id":"x","gold":[]}"#, "no \"body\""),
            ("no gold", r#"{"id":"x","body":"b"}"#, "no \"gold\" array"),
            (
                "gold not array",
                r#"{"id":"x","body":"b","gold":{}}"#,
                "\"gold\" is not an array",
            ),
            (
                "unknown type",
                r#"{"id":"x","body":"Kiew","gold":[{"type":"city","id":"UA","field":"body","start":0,"end":4}]}"#,
                "gold[0]: unknown variant `city`",
            ),
            (
                "unknown field",
                r#"{"id":"x","body":"Kiew","gold":[{"type":"country","id":"UA","field":"body","start":0,"end":4,"begin":0}]}"#,
                "unknown field `begin`",
            ),
            (
                "lower-case country",
                r#"{"id":"x","body":"Kiew","gold":[{"type":"country","id":"ua","field":"body","start":0,"end":4}]}"#,
                "country id \"ua\" is not an ISO",
            ),
            (
                "bad org id",
                r#"{"id":"x","body":"Kiew","gold":[{"type":"organization","id":"Nato","field":"body","start":0,"end":4}]}"#,
                "lowercase [a-z0-9-]",
            ),
            (
                "unknown category",
                r#"{"id":"x","body":"Kiew","gold":[{"type":"weapon","id":"tanks","field":"body","start":0,"end":4}]}"#,
                "not a contract weapon category",
            ),
            (
                "no title",
                r#"{"id":"x","body":"Kiew","gold":[{"type":"country","id":"UA","field":"title","start":0,"end":4}]}"#,
                "span in \"title\" but the article has none",
            ),
            (
                "past end",
                r#"{"id":"x","body":"Kiew","gold":[{"type":"country","id":"UA","field":"body","start":0,"end":5}]}"#,
                "ends after the body (4 bytes)",
            ),
            (
                "empty span",
                r#"{"id":"x","body":"Kiew","gold":[{"type":"country","id":"UA","field":"body","start":2,"end":2}]}"#,
                "empty or reversed span 2..2",
            ),
            (
                "mid char",
                r#"{"id":"x","body":"Kyjiw Pjöngjang","gold":[{"type":"country","id":"KP","field":"body","start":6,"end":9}]}"#,
                "cuts a UTF-8 character",
            ),
            (
                "text mismatch",
                r#"{"id":"x","body":"Kiew","gold":[{"type":"country","id":"UA","field":"body","start":0,"end":4,"text":"Kyiv"}]}"#,
                "but its \"text\" says \"Kyiv\"",
            ),
            (
                "partial overlap",
                r#"{"id":"x","body":"Ukrainekrieg","gold":[{"type":"country","id":"UA","field":"body","start":0,"end":9},{"type":"weapon","id":"arms-general","field":"body","start":7,"end":12}]}"#,
                "gold spans overlap in body",
            ),
            (
                "nested spans of one type",
                r#"{"id":"x","body":"Ukrainekrieg","gold":[{"type":"country","id":"UA","field":"body","start":0,"end":12},{"type":"country","id":"UA","field":"body","start":0,"end":7}]}"#,
                "gold spans overlap in body",
            ),
            (
                "duplicate id",
                r#"{"id":"ok","body":"b","gold":[]}"#,
                "duplicate article id \"ok\" (first on line 1)",
            ),
        ];
        for (name, line, expected) in cases {
            let err = GoldSet::parse(&format!("{ok}\n{line}\n")).expect_err(name);
            assert_eq!(err.errors.len(), 1, "{name}: {err}");
            assert_eq!(err.errors[0].line, 2, "{name}: {err}");
            assert!(
                err.errors[0].cause.contains(expected),
                "{name}: {:?} lacks {expected:?}",
                err.errors[0].cause
            );
        }
    }

    #[test]
    fn every_bad_line_is_reported() {
        let text = "{\"body\":\"a\",\"gold\":[]}\nnope\n\n{\"body\":\"b\"}\n";
        let err = GoldSet::parse(text).expect_err("two bad lines");
        let lines: Vec<usize> = err.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![2, 4]);
        assert!(err
            .to_string()
            .starts_with("2 bad lines in gold file\n  line 2: "));
    }
}
