//! The v1 messages of News Enricher: what scrapers publish and what the service
//! publishes back. This crate is the contract in code (`docs/contract.md`,
//! sections 2 and 3); the JSON Schemas beside it (`schemas/`) say the same for
//! non-Rust consumers, and the tests keep the two in step.
//!
//! # Layout
//!
//! - [`Article`]: a raw article validated at the boundary ([`Article::decode`]).
//! - [`DecodeError`]: why a message can never become an article; its
//!   [`DecodeError::reason`] is the `x-enricher-error` dead-letter header.
//! - [`EnrichedArticle`] and its parts: the `news.enriched.v1` output.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use sha2::{Digest, Sha256};

/// The `schema` value of every enriched message.
pub const ENRICHED_SCHEMA: &str = "news.enriched.v1";

/// The default size limit of one raw message in bytes (`--max-message-bytes`,
/// `ENRICHER_MAX_MESSAGE_BYTES`), shared by `serve` and `enrich`: 1 MiB.
pub const DEFAULT_MAX_MESSAGE_BYTES: usize = 1_048_576;

/// A raw article that passed validation: the body is a string, the optional
/// fields have the right types, and the whole input is kept verbatim in [`Article::raw`].
#[derive(Debug, Clone)]
pub struct Article {
    /// The article id: the input's `id`, else the AMQP `message_id`, else
    /// `sha256:` and the first 16 bytes (hex) of the SHA-256 of `url`, or of `body`
    /// when there is no url. Stable for the same input.
    pub id: String,
    /// The `title` field, if present.
    pub title: Option<String>,
    /// The `body` field (plain text; may contain HTML entities).
    pub body: String,
    /// The `lang` field as given (a BCP-47 code), if present.
    pub lang: Option<String>,
    /// The input object exactly as received, passed through into the output.
    pub raw: Box<RawValue>,
}

/// Why an input message can never be enriched. Each variant has a stable,
/// machine-readable [`reason`](DecodeError::reason) (the `x-enricher-error` header).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The message is larger than the configured limit.
    TooLarge { size: usize, limit: usize },
    /// The bytes are not valid UTF-8.
    InvalidUtf8 { valid_up_to: usize },
    /// The text is not a single JSON value.
    InvalidJson { detail: String },
    /// The JSON value is not an object.
    NotAnObject { found: &'static str },
    /// The object has no `body` (or it is null).
    MissingBody,
    /// A known field has the wrong type (for example a numeric `title`).
    InvalidField {
        field: &'static str,
        expected: &'static str,
    },
}

impl DecodeError {
    /// The short machine-readable reason: `too_large`, `invalid_utf8`,
    /// `invalid_json`, `not_an_object`, `missing_body` or `invalid_field`.
    /// This is a closed set, so it is safe as a metric label.
    pub fn reason(&self) -> &'static str {
        match self {
            DecodeError::TooLarge { .. } => "too_large",
            DecodeError::InvalidUtf8 { .. } => "invalid_utf8",
            DecodeError::InvalidJson { .. } => "invalid_json",
            DecodeError::NotAnObject { .. } => "not_an_object",
            DecodeError::MissingBody => "missing_body",
            DecodeError::InvalidField { .. } => "invalid_field",
        }
    }

    /// Every reason [`DecodeError::reason`] can return.
    pub const REASONS: [&'static str; 6] = [
        "too_large",
        "invalid_utf8",
        "invalid_json",
        "not_an_object",
        "missing_body",
        "invalid_field",
    ];
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::TooLarge { size, limit } => {
                write!(
                    f,
                    "message is {size} bytes, over the limit of {limit} bytes"
                )
            }
            DecodeError::InvalidUtf8 { valid_up_to } => {
                write!(
                    f,
                    "message is not valid UTF-8 (invalid byte at offset {valid_up_to})"
                )
            }
            DecodeError::InvalidJson { detail } => write!(f, "message is not valid JSON: {detail}"),
            DecodeError::NotAnObject { found } => {
                write!(f, "message is a JSON {found}, expected an object")
            }
            DecodeError::MissingBody => write!(f, "article has no \"body\" field"),
            DecodeError::InvalidField { field, expected } => {
                write!(f, "field \"{field}\" must be {expected}")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// The fields the enricher reads, borrowed where no unescaping is needed.
#[derive(Deserialize)]
struct Fields<'a> {
    #[serde(default, borrow)]
    id: Option<&'a RawValue>,
    #[serde(default, borrow)]
    title: Option<&'a RawValue>,
    #[serde(default, borrow)]
    body: Option<&'a RawValue>,
    #[serde(default, borrow)]
    lang: Option<&'a RawValue>,
    #[serde(default, borrow)]
    url: Option<&'a RawValue>,
    #[serde(default, borrow)]
    source: Option<&'a RawValue>,
    #[serde(default, borrow)]
    published_at: Option<&'a RawValue>,
}

/// Reads an optional string field; `null` counts as absent.
fn opt_string(raw: Option<&RawValue>, field: &'static str) -> Result<Option<String>, DecodeError> {
    let Some(raw) = raw else { return Ok(None) };
    let text = raw.get();
    if text == "null" {
        return Ok(None);
    }
    match serde_json::from_str::<Cow<'_, str>>(text) {
        Ok(s) => Ok(Some(s.into_owned())),
        Err(_) => Err(DecodeError::InvalidField {
            field,
            expected: "a string",
        }),
    }
}

/// Checks that an optional field is a string or null without unescaping it.
fn check_opt_string(raw: Option<&RawValue>, field: &'static str) -> Result<(), DecodeError> {
    match raw.map(|r| r.get().as_bytes().first()) {
        None | Some(Some(b'"' | b'n')) => Ok(()),
        Some(_) => Err(DecodeError::InvalidField {
            field,
            expected: "a string",
        }),
    }
}

fn json_kind(first: u8) -> &'static str {
    match first {
        b'[' => "array",
        b'"' => "string",
        b't' | b'f' => "boolean",
        b'n' => "null",
        _ => "number",
    }
}

impl Article {
    /// Validates one message body and turns it into an article.
    ///
    /// `message_id` is the AMQP `message_id` property, used as the id when the
    /// object has none. The size limit is the caller's to check (it knows the
    /// configured limit); see [`DecodeError::TooLarge`].
    ///
    /// # Errors
    ///
    /// A [`DecodeError`] saying why these bytes can never be an article.
    ///
    /// # Examples
    ///
    /// ```
    /// let a = enricher_proto::Article::decode(br#"{"id":"a1","body":"Nordkorea"}"#, None).unwrap();
    /// assert_eq!(a.id, "a1");
    /// let e = enricher_proto::Article::decode(br#"{"title":"x"}"#, None).unwrap_err();
    /// assert_eq!(e.reason(), "missing_body");
    /// ```
    pub fn decode(bytes: &[u8], message_id: Option<&str>) -> Result<Article, DecodeError> {
        let text = std::str::from_utf8(bytes).map_err(|e| DecodeError::InvalidUtf8 {
            valid_up_to: e.valid_up_to(),
        })?;
        let raw: Box<RawValue> =
            serde_json::from_str(text).map_err(|e| DecodeError::InvalidJson {
                detail: e.to_string(),
            })?;
        let first = raw.get().as_bytes().first().copied().unwrap_or(b'n');
        if first != b'{' {
            return Err(DecodeError::NotAnObject {
                found: json_kind(first),
            });
        }
        let fields: Fields<'_> =
            serde_json::from_str(raw.get()).map_err(|e| DecodeError::InvalidJson {
                detail: e.to_string(),
            })?;
        let body = opt_string(fields.body, "body")?.ok_or(DecodeError::MissingBody)?;
        let title = opt_string(fields.title, "title")?;
        let lang = opt_string(fields.lang, "lang")?;
        let url = opt_string(fields.url, "url")?;
        // Checked only so that a wrongly typed field is dead-lettered here, as the
        // schema says, instead of surprising a consumer downstream.
        check_opt_string(fields.source, "source")?;
        check_opt_string(fields.published_at, "published_at")?;
        let id = match opt_string(fields.id, "id")? {
            Some(id) if !id.is_empty() => id,
            _ => match message_id.filter(|m| !m.is_empty()) {
                Some(m) => m.to_owned(),
                None => stable_id(url.as_deref().unwrap_or(&body)),
            },
        };
        Ok(Article {
            id,
            title,
            body,
            lang,
            raw,
        })
    }
}

/// `sha256:` and the hex of the first 16 bytes of the SHA-256 of `text`.
fn stable_id(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!("sha256:{}", hex::encode(&digest[..16]))
}

/// The entity types the enricher tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    Country,
    Organization,
    Weapon,
}

impl EntityType {
    /// `country`, `organization` or `weapon` (also the metric label value).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Country => "country",
            EntityType::Organization => "organization",
            EntityType::Weapon => "weapon",
        }
    }
}

/// Which text field of the article a mention is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Title,
    Body,
}

/// One occurrence of an entity in the text.
///
/// `start..end` are byte offsets into the field's UTF-8 text and
/// `char_start..char_end` Unicode code point offsets; both slice that field to `text`.
/// Mentions of different types may nest (a state body's organization mention holds the
/// country mention of its country); see [`nesting_problems`] for the exact rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// ISO 3166-1 alpha-2 for countries, the organization id, or the weapon category id.
    pub id: String,
    pub field: Field,
    pub start: usize,
    pub end: usize,
    pub char_start: usize,
    pub char_end: usize,
    pub text: String,
    /// For weapons: the id of the gazetteer term that matched (e.g. `himars`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<String>,
}

/// How `mentions` break the ordering and nesting rule of contract section 3, one line per
/// problem (empty when they keep it): sorted by field, then `start`, longer first at the
/// same `start`; two mentions of one field are disjoint, or, when of different types, one
/// lies wholly inside the other.
///
/// ```
/// use enricher_proto::{nesting_problems, EntityType, Field, Mention};
/// let m = |t, id: &str, start, end| Mention {
///     entity_type: t, id: id.into(), field: Field::Body, start, end,
///     char_start: start, char_end: end, text: "x".into(), term: None,
/// };
/// let org = m(EntityType::Organization, "mod-ru", 0, 25);
/// let country = m(EntityType::Country, "RU", 0, 6);
/// assert!(nesting_problems(&[org.clone(), country.clone()]).is_empty());
/// assert_eq!(nesting_problems(&[country, org]).len(), 1); // the container comes first
/// ```
pub fn nesting_problems(mentions: &[Mention]) -> Vec<String> {
    let mut problems = Vec::new();
    for (i, a) in mentions.iter().enumerate() {
        if let Some(b) = mentions.get(i + 1) {
            let (ka, kb) = ((a.field, a.start), (b.field, b.start));
            if ka > kb || (ka == kb && a.end < b.end) {
                problems.push(format!(
                    "{:?} {}..{} is listed before {:?} {}..{}",
                    a.text, a.start, a.end, b.text, b.start, b.end
                ));
            }
        }
        for b in &mentions[i + 1..] {
            if b.field != a.field || b.start >= a.end || a.start >= b.end {
                continue;
            }
            let nested =
                (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
            if a.entity_type == b.entity_type || !nested {
                problems.push(format!(
                    "{:?} {}..{} and {:?} {}..{} overlap",
                    a.text, a.start, a.end, b.text, b.start, b.end
                ));
            }
        }
    }
    problems
}

/// A country the article mentions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountryTag {
    /// ISO 3166-1 alpha-2, upper case (`XK` for Kosovo).
    pub id: String,
    pub name: String,
    pub mentions: u32,
    pub in_title: bool,
}

/// An organization the article mentions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganizationTag {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
    /// `intergovernmental`, `government`, `military`, `intelligence`, `state-media`,
    /// `media`, `think-tank`, `company`, `armed-group` or `ngo`.
    pub kind: String,
    /// The organization's country (ISO 3166-1 alpha-2), where it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    pub mentions: u32,
    pub in_title: bool,
}

/// A weapon category the article mentions (the fixed ids of contract section 4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeaponTag {
    pub id: String,
    pub name: String,
    pub mentions: u32,
    pub in_title: bool,
}

/// Which enricher and gazetteer produced an output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnricherInfo {
    pub version: String,
    /// `sha256:` and the hex content hash of the gazetteer files.
    pub gazetteer: String,
    /// RFC 3339 UTC time of enrichment.
    pub processed_at: String,
}

/// The `news.enriched.v1` output message.
///
/// Tag lists are sorted by `mentions` (descending), then id; `mentions` by field
/// (title first), then start offset.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EnrichedArticle {
    /// Always [`ENRICHED_SCHEMA`].
    pub schema: String,
    pub id: String,
    /// The input object, verbatim.
    pub article: Box<RawValue>,
    /// The primary language subtag (`de`, `en`, ...): given or detected; `und` when unknown.
    pub language: String,
    pub countries: Vec<CountryTag>,
    pub organizations: Vec<OrganizationTag>,
    pub weapons: Vec<WeaponTag>,
    pub mentions: Vec<Mention>,
    pub enricher: EnricherInfo,
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    #[test]
    fn decode_errors_have_reasons() {
        let cases: &[(&[u8], &str)] = &[
            (b"\xff\xfe", "invalid_utf8"),
            (b"{not json", "invalid_json"),
            (b"[1,2]", "not_an_object"),
            (b"\"body\"", "not_an_object"),
            (br#"{"title":"t"}"#, "missing_body"),
            (br#"{"body":null}"#, "missing_body"),
            (br#"{"body":42}"#, "invalid_field"),
            (br#"{"body":"b","title":["x"]}"#, "invalid_field"),
            (br#"{"body":"b","lang":1}"#, "invalid_field"),
        ];
        for (input, reason) in cases {
            let err = Article::decode(input, None).unwrap_err();
            assert_eq!(
                err.reason(),
                *reason,
                "input {:?}",
                String::from_utf8_lossy(input)
            );
            assert!(DecodeError::REASONS.contains(&err.reason()));
        }
    }

    #[test]
    fn id_falls_back_to_message_id_then_hash() {
        let a = Article::decode(br#"{"body":"x","url":"https://e.x/1"}"#, Some("m-1")).unwrap();
        assert_eq!(a.id, "m-1");
        let b = Article::decode(br#"{"body":"x","url":"https://e.x/1"}"#, None).unwrap();
        let c = Article::decode(br#"{"body":"y","url":"https://e.x/1"}"#, None).unwrap();
        assert!(b.id.starts_with("sha256:") && b.id.len() == 39);
        assert_eq!(b.id, c.id, "hash of url, not of body");
    }

    #[test]
    fn raw_is_kept_verbatim_and_escapes_are_decoded() {
        let input = br#"{"body":"Pj\u00f6ngjang \"x\"","extra":{"k":[1,2]}, "title":null}"#;
        let a = Article::decode(input, None).unwrap();
        assert_eq!(a.body, "Pjöngjang \"x\"");
        assert_eq!(a.title, None);
        assert_eq!(a.raw.get(), std::str::from_utf8(input).unwrap());
    }
}
