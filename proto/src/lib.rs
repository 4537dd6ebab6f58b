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
//! - [`EnrichedArticle`] and its parts: the `news.enriched.v1` output;
//!   [`EnrichedArticle::write_json`] writes it (the same bytes as `serde_json`).
//! - [`RawJson`]: the input object, validated once and passed through verbatim.
//! - [`SharedStr`]: the ids and names of tags and mentions, shared instead of copied.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use sha2::{Digest, Sha256};

/// The `schema` value of every enriched message.
pub const ENRICHED_SCHEMA: &str = "news.enriched.v1";

/// At most this many mentions are listed in one enriched article; past it the list is
/// cut (the first ones in list order are kept), `mentions_truncated` is `true` and
/// `mentions_found` says how many there were. Tag counts stay exact.
pub const MAX_MENTIONS: usize = 1000;

/// The default size limit of one raw message in bytes (`--max-message-bytes`,
/// `ENRICHER_MAX_MESSAGE_BYTES`), shared by `serve` and `enrich`: 1 MiB.
pub const DEFAULT_MAX_MESSAGE_BYTES: usize = 1_048_576;

/// How deeply arrays and objects may nest anywhere in a raw message, the message's own
/// object counting as level 1 (`{"a":[1]}` is 2 levels). Deeper input is dead-lettered as
/// `too_deep`: common JSON parsers refuse or overflow their stack on deep nesting (serde_json
/// stops at 128, and the enriched output wraps the input one level deeper), so a message
/// passed through verbatim must stay well below that.
pub const MAX_JSON_DEPTH: usize = 64;

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
    pub raw: RawJson,
}

/// One JSON value as text, valid and without surrounding whitespace, written into JSON
/// output verbatim. Cloning it shares the text (the enriched output holds the input
/// object without copying it).
///
/// It is made only from text that was checked to be one JSON value: by
/// [`Article::decode`], [`RawJson::from_json`] or deserialization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawJson(Arc<str>);

impl RawJson {
    /// Checks that `json` is one JSON value and keeps it (trimmed of whitespace).
    ///
    /// # Errors
    ///
    /// serde_json's error when it is not.
    ///
    /// ```
    /// let raw = enricher_proto::RawJson::from_json(" {\"a\": [1]} ").unwrap();
    /// assert_eq!(raw.get(), "{\"a\": [1]}");
    /// assert!(enricher_proto::RawJson::from_json("{").is_err());
    /// ```
    pub fn from_json(json: &str) -> Result<RawJson, serde_json::Error> {
        let raw: &RawValue = serde_json::from_str(json)?;
        Ok(RawJson(Arc::from(raw.get())))
    }

    /// The JSON text.
    pub fn get(&self) -> &str {
        &self.0
    }
}

impl Serialize for RawJson {
    /// As the JSON value it is (verbatim, through serde_json's `RawValue`). The text is
    /// valid JSON by construction, so the re-parse here cannot fail; the service writes
    /// its output with [`EnrichedArticle::write_json`], which copies the text without it.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let raw: &RawValue =
            serde_json::from_str(&self.0).map_err(<S::Error as serde::ser::Error>::custom)?;
        raw.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for RawJson {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Box::<RawValue>::deserialize(deserializer)?;
        Ok(RawJson(Arc::from(raw.get())))
    }
}

/// An immutable string whose clones share one allocation: the ids and names the output
/// repeats from the gazetteer (every mention of `RU` carries the id `RU`), and the mention
/// texts, which are pieces of their field ([`SharedStr::slice`]). Cloning it is a
/// reference count increment, not a copy; it serializes and deserializes as a plain JSON
/// string and compares, orders and hashes as its text.
///
/// ```
/// let id = enricher_proto::SharedStr::from("RU");
/// let again = id.clone();
/// assert_eq!(again, "RU");
/// assert_eq!(serde_json::to_string(&again).unwrap(), "\"RU\"");
/// let body = enricher_proto::SharedStr::from("Russland und Iran");
/// assert_eq!(body.slice(13, 17), "Iran");
/// ```
#[derive(Clone, Default)]
pub struct SharedStr {
    /// The allocation the clones share.
    whole: Arc<str>,
    /// The byte range of `whole` that is this string: all of it, but for a
    /// [`SharedStr::slice`]. Always on char boundaries.
    start: usize,
    end: usize,
}

impl SharedStr {
    /// The text.
    pub fn as_str(&self) -> &str {
        let whole: &str = &self.whole;
        if self.start == 0 && self.end == whole.len() {
            // The whole string (every id and name): no boundary checks.
            return whole;
        }
        // `get`: the range was checked when it was made, so this never gives the default.
        whole.get(self.start..self.end).unwrap_or_default()
    }

    /// The text from byte `start` to byte `end`, sharing this string's allocation (a
    /// mention's text is a piece of its field: no allocation and no copy per mention).
    ///
    /// # Panics
    ///
    /// When `start..end` is not a range of char boundaries of the text, as
    /// `&text[start..end]` panics.
    pub fn slice(&self, start: usize, end: usize) -> SharedStr {
        let _checked: &str = &self.as_str()[start..end];
        SharedStr {
            whole: Arc::clone(&self.whole),
            start: self.start + start,
            end: self.start + end,
        }
    }
}

impl From<Arc<str>> for SharedStr {
    fn from(whole: Arc<str>) -> SharedStr {
        let end = whole.len();
        SharedStr {
            whole,
            start: 0,
            end,
        }
    }
}

impl std::ops::Deref for SharedStr {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for SharedStr {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for SharedStr {
    fn from(s: &str) -> SharedStr {
        SharedStr::from(Arc::<str>::from(s))
    }
}

impl From<String> for SharedStr {
    fn from(s: String) -> SharedStr {
        SharedStr::from(Arc::<str>::from(s))
    }
}

impl From<&String> for SharedStr {
    fn from(s: &String) -> SharedStr {
        SharedStr::from(s.as_str())
    }
}

impl fmt::Debug for SharedStr {
    /// As the derived form of a tuple of its text: `SharedStr("RU")`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("SharedStr").field(&self.as_str()).finish()
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq for SharedStr {
    fn eq(&self, other: &SharedStr) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SharedStr {}

impl PartialOrd for SharedStr {
    fn partial_cmp(&self, other: &SharedStr) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SharedStr {
    fn cmp(&self, other: &SharedStr) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for SharedStr {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for SharedStr {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<SharedStr> for str {
    fn eq(&self, other: &SharedStr) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<SharedStr> for &str {
    fn eq(&self, other: &SharedStr) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<SharedStr> for String {
    fn eq(&self, other: &SharedStr) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Serialize for SharedStr {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SharedStr {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(SharedStr::from)
    }
}

/// Why an input message can never be enriched. Each variant has a stable,
/// machine-readable [`reason`](DecodeError::reason) (the `x-enricher-error` header).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The message is larger than the configured limit.
    TooLarge { size: usize, limit: usize },
    /// The bytes are not valid UTF-8.
    InvalidUtf8 { valid_up_to: usize },
    /// The text is not a single JSON value (this includes an escaped UTF-16 surrogate
    /// without its other half, `"\ud800"`: it stands for no Unicode character).
    InvalidJson { detail: String },
    /// Arrays and objects nest deeper than [`MAX_JSON_DEPTH`] somewhere in the message.
    TooDeep {
        /// The limit ([`MAX_JSON_DEPTH`]).
        limit: usize,
        /// Byte offset of the bracket that went past it.
        offset: usize,
    },
    /// The message body, decoded from its `content_encoding`, is larger than the limit
    /// (the encoded body may be small: this is how a decompression bomb ends).
    TooLargeDecoded {
        /// The `content_encoding` (`gzip`, `deflate`).
        encoding: String,
        limit: usize,
    },
    /// The `content_encoding` property names an encoding the service does not decode
    /// (it decodes `gzip` and `deflate`; `identity` or none means plain).
    UnsupportedEncoding { encoding: String },
    /// The body does not decode with its `content_encoding` (say `gzip` on plain bytes).
    InvalidEncoding { encoding: String, detail: String },
    /// The `content_type` property is not JSON (`application/json`, with or without
    /// parameters, or absent) or names a charset other than UTF-8.
    UnsupportedContentType { content_type: String },
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
    /// The short machine-readable reason: one of [`DecodeError::REASONS`]. This is a
    /// closed set, so it is safe as a metric label.
    pub fn reason(&self) -> &'static str {
        match self {
            DecodeError::UnsupportedContentType { .. } => "unsupported_content_type",
            DecodeError::UnsupportedEncoding { .. } => "unsupported_encoding",
            DecodeError::InvalidEncoding { .. } => "invalid_encoding",
            DecodeError::TooLarge { .. } | DecodeError::TooLargeDecoded { .. } => "too_large",
            DecodeError::TooDeep { .. } => "too_deep",
            DecodeError::InvalidUtf8 { .. } => "invalid_utf8",
            DecodeError::InvalidJson { .. } => "invalid_json",
            DecodeError::NotAnObject { .. } => "not_an_object",
            DecodeError::MissingBody => "missing_body",
            DecodeError::InvalidField { .. } => "invalid_field",
        }
    }

    /// Every reason [`DecodeError::reason`] can return, in the order the checks run.
    pub const REASONS: [&'static str; 10] = [
        "unsupported_content_type",
        "unsupported_encoding",
        "invalid_encoding",
        "too_large",
        "invalid_utf8",
        "too_deep",
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
            DecodeError::TooDeep { limit, offset } => write!(
                f,
                "JSON nests deeper than the limit of {limit} levels (at byte {offset})"
            ),
            DecodeError::TooLargeDecoded { encoding, limit } => write!(
                f,
                "message decoded from {encoding} is over the limit of {limit} bytes"
            ),
            DecodeError::UnsupportedEncoding { encoding } => write!(
                f,
                "content_encoding {encoding:?} is not supported (gzip, deflate or identity)"
            ),
            DecodeError::InvalidEncoding { encoding, detail } => {
                write!(f, "message is not valid {encoding} data: {detail}")
            }
            DecodeError::UnsupportedContentType { content_type } => write!(
                f,
                "content_type {content_type:?} is not JSON (application/json, charset UTF-8)"
            ),
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
    // The parser has checked the literal; unescaping it directly into a string of the
    // right size saves serde_json's growing scratch buffer and a second copy.
    if let Some(s) = unescape(text) {
        return Ok(Some(s));
    }
    match serde_json::from_str::<Cow<'_, str>>(text) {
        Ok(s) => Ok(Some(s.into_owned())),
        // A string that does not decode (the structure check catches these first).
        Err(e) if text.starts_with('"') => Err(DecodeError::InvalidJson {
            detail: format!("field {field}: {e}"),
        }),
        Err(_) => Err(DecodeError::InvalidField {
            field,
            expected: "a string",
        }),
    }
}

/// The value of the JSON string literal `literal` (quotes included), which the parser
/// has accepted (no raw control characters or quotes inside); `None` when it is not a
/// string or has an escape this function does not read (malformed, unpaired): the
/// caller then asks serde_json, which says what is wrong.
fn unescape(literal: &str) -> Option<String> {
    let inner = literal.strip_prefix('"')?.strip_suffix('"')?;
    let b = inner.as_bytes();
    let mut out = String::with_capacity(inner.len());
    let mut i = 0;
    while let Some(at) = memchr::memchr(b'\\', &b[i..]) {
        let at = i + at;
        out.push_str(&inner[i..at]);
        i = at + 2;
        let c = match *b.get(at + 1)? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = hex4(b, at + 2)?;
                i = at + 6;
                if (0xD800..0xDC00).contains(&unit) {
                    if b.get(at + 6..at + 8) != Some(&b"\\u"[..]) {
                        return None;
                    }
                    let low = hex4(b, at + 8).filter(|l| (0xDC00..0xE000).contains(l))?;
                    i = at + 12;
                    char::from_u32(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))?
                } else {
                    char::from_u32(unit)?
                }
            }
            _ => return None,
        };
        out.push(c);
    }
    out.push_str(inner.get(i..)?);
    Some(out)
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

/// What JSON counts as whitespace between tokens.
const JSON_WHITESPACE: &[char] = &[' ', '\t', '\n', '\r'];

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
        check_structure(text)?;
        // One parse: the fields, which checks the whole text (unknown fields are
        // skipped, but parsed); the object itself is kept as text, not parsed again.
        let object = text.trim_matches(JSON_WHITESPACE);
        if !object.starts_with('{') {
            // Not an object, or not JSON at all: parse it only to tell which.
            return Err(match serde_json::from_str::<&RawValue>(text) {
                Ok(value) => DecodeError::NotAnObject {
                    found: json_kind(value.get().as_bytes().first().copied().unwrap_or(b'n')),
                },
                Err(e) => DecodeError::InvalidJson {
                    detail: e.to_string(),
                },
            });
        }
        let fields: Fields<'_> =
            serde_json::from_str(text).map_err(|e| DecodeError::InvalidJson {
                detail: e.to_string(),
            })?;
        let raw = RawJson(Arc::from(object));
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

/// Checks what serde_json lets through into a [`RawValue`] but a consumer of the output
/// may choke on: nesting deeper than [`MAX_JSON_DEPTH`] and escaped UTF-16 surrogates
/// without their other half. One pass; string contents are skipped with `memchr`.
/// Malformed JSON is left for the parser to report.
fn check_structure(text: &str) -> Result<(), DecodeError> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                i = skip_string(b, i + 1)?;
                continue;
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_JSON_DEPTH {
                    return Err(DecodeError::TooDeep {
                        limit: MAX_JSON_DEPTH,
                        offset: i,
                    });
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

/// The offset after the closing quote of the string whose contents start at `i` (or the
/// end of the text when it is unterminated), checking `\u` escapes for lone surrogates.
fn skip_string(b: &[u8], mut i: usize) -> Result<usize, DecodeError> {
    loop {
        // `i` may pass the end after a backslash that ends the text.
        let Some(at) = memchr::memchr2(b'"', b'\\', b.get(i..).unwrap_or_default()) else {
            return Ok(b.len());
        };
        let at = i + at;
        if b[at] == b'"' {
            return Ok(at + 1);
        }
        // `at` is a backslash.
        if b.get(at + 1) != Some(&b'u') {
            i = at + 2;
            continue;
        }
        let Some(unit) = hex4(b, at + 2) else {
            i = at + 2; // not four hex digits: the parser reports it
            continue;
        };
        match unit {
            0xD800..=0xDBFF => {
                let low = (b.get(at + 6..at + 8) == Some(&b"\\u"[..]))
                    .then(|| hex4(b, at + 8))
                    .flatten();
                match low {
                    Some(0xDC00..=0xDFFF) => i = at + 12,
                    _ => return Err(lone_surrogate(unit, at, "high", "followed by")),
                }
            }
            0xDC00..=0xDFFF => return Err(lone_surrogate(unit, at, "low", "preceded by")),
            _ => i = at + 6,
        }
    }
}

fn lone_surrogate(unit: u32, at: usize, half: &str, other: &str) -> DecodeError {
    let want = if half == "high" { "low" } else { "high" };
    DecodeError::InvalidJson {
        detail: format!(
            "unpaired surrogate \\u{unit:04X} at byte {at}: a {half} surrogate not {other} a {want} one is no Unicode character"
        ),
    }
}

/// The value of four hex digits at `at`, if there are four.
fn hex4(b: &[u8], at: usize) -> Option<u32> {
    let digits = b.get(at..at + 4)?;
    let mut v = 0u32;
    for d in digits {
        v = v * 16 + (*d as char).to_digit(16)?;
    }
    Some(v)
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
    pub id: SharedStr,
    pub field: Field,
    pub start: usize,
    pub end: usize,
    pub char_start: usize,
    pub char_end: usize,
    pub text: SharedStr,
    /// For weapons: the id of the gazetteer term that matched (e.g. `himars`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<SharedStr>,
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
    /// ISO 3166-1 alpha-2, upper case (`XK` for Kosovo); historical states have their former
    /// alpha-2 code (`SU`, `YU`, `DD`, `CS`; contract section 3).
    pub id: SharedStr,
    pub name: SharedStr,
    pub mentions: u32,
    pub in_title: bool,
}

/// An organization the article mentions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganizationTag {
    pub id: SharedStr,
    pub name: SharedStr,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<SharedStr>,
    /// `intergovernmental`, `government`, `military`, `intelligence`, `state-media`,
    /// `media`, `think-tank`, `company`, `armed-group`, `ngo`, `party`, `court`,
    /// `central-bank`, `union`, `sports` or `education` (contract section 3).
    pub kind: SharedStr,
    /// The organization's country (ISO 3166-1 alpha-2), where it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<SharedStr>,
    pub mentions: u32,
    pub in_title: bool,
}

/// A weapon category the article mentions (the fixed ids of contract section 4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeaponTag {
    pub id: SharedStr,
    pub name: SharedStr,
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
    pub article: RawJson,
    /// The primary language subtag (`de`, `en`, ...): given or detected; `und` when unknown.
    pub language: String,
    pub countries: Vec<CountryTag>,
    pub organizations: Vec<OrganizationTag>,
    pub weapons: Vec<WeaponTag>,
    /// At most [`MAX_MENTIONS`].
    pub mentions: Vec<Mention>,
    /// `true` when `mentions` was cut at [`MAX_MENTIONS`]; absent otherwise.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub mentions_truncated: bool,
    /// How many mentions were found, when `mentions` was cut; absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mentions_found: Option<u32>,
    pub enricher: EnricherInfo,
}

impl EnrichedArticle {
    /// Lists at most `cap` mentions (a cap below [`MAX_MENTIONS`], `serve --max-mentions`):
    /// past it the list is cut to its first `cap`, `mentions_truncated` is `true` and
    /// `mentions_found` says how many were found, as at the built-in cap. The tag counts
    /// are not touched and stay exact; `cap` 0 lists none.
    pub fn cap_mentions(&mut self, cap: usize) {
        if self.mentions.len() > cap {
            let found = self
                .mentions_found
                .unwrap_or(u32::try_from(self.mentions.len()).unwrap_or(u32::MAX));
            self.mentions.truncate(cap);
            self.mentions_truncated = true;
            self.mentions_found = Some(found);
        }
    }

    /// Appends this output as compact JSON to `out`: the same bytes as
    /// `serde_json::to_writer(out, self)` (field order, escapes, numbers, omitted
    /// optional fields), written directly, without serde's per-field calls, and with
    /// the input object copied verbatim instead of re-parsed.
    ///
    /// ```
    /// # use enricher_proto::*;
    /// let a = Article::decode(br#"{"id":"a","body":"x"}"#, None).unwrap();
    /// let e = EnrichedArticle {
    ///     schema: ENRICHED_SCHEMA.into(), id: a.id.clone(), article: a.raw.clone(),
    ///     language: "de".into(), countries: vec![], organizations: vec![], weapons: vec![],
    ///     mentions: vec![], mentions_truncated: false, mentions_found: None,
    ///     enricher: EnricherInfo { version: "1".into(), gazetteer: "g".into(),
    ///                              processed_at: "t".into() },
    /// };
    /// let mut out = Vec::new();
    /// e.write_json(&mut out);
    /// assert_eq!(out, serde_json::to_vec(&e).unwrap());
    /// ```
    pub fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"schema\":");
        json_str(out, &self.schema);
        out.extend_from_slice(b",\"id\":");
        json_str(out, &self.id);
        out.extend_from_slice(b",\"article\":");
        out.extend_from_slice(self.article.get().as_bytes());
        out.extend_from_slice(b",\"language\":");
        json_str(out, &self.language);
        out.extend_from_slice(b",\"countries\":");
        json_list(out, &self.countries, |out, c| {
            json_plain_tag(out, &c.id, &c.name, c.mentions, c.in_title);
        });
        out.extend_from_slice(b",\"organizations\":");
        json_list(out, &self.organizations, |out, o| {
            json_id_name(out, &o.id, &o.name);
            json_opt_str(out, b",\"acronym\":", o.acronym.as_deref());
            out.extend_from_slice(b",\"kind\":");
            json_str(out, &o.kind);
            json_opt_str(out, b",\"country\":", o.country.as_deref());
            json_counts(out, o.mentions, o.in_title);
        });
        out.extend_from_slice(b",\"weapons\":");
        json_list(out, &self.weapons, |out, w| {
            json_plain_tag(out, &w.id, &w.name, w.mentions, w.in_title);
        });
        out.extend_from_slice(b",\"mentions\":");
        json_list(out, &self.mentions, |out, m| {
            out.extend_from_slice(match m.entity_type {
                EntityType::Country => b"{\"type\":\"country\",\"id\":",
                EntityType::Organization => b"{\"type\":\"organization\",\"id\":",
                EntityType::Weapon => b"{\"type\":\"weapon\",\"id\":",
            });
            json_str(out, &m.id);
            out.extend_from_slice(match m.field {
                Field::Title => b",\"field\":\"title\",\"start\":",
                Field::Body => b",\"field\":\"body\",\"start\":",
            });
            json_uint(out, m.start as u64);
            out.extend_from_slice(b",\"end\":");
            json_uint(out, m.end as u64);
            out.extend_from_slice(b",\"char_start\":");
            json_uint(out, m.char_start as u64);
            out.extend_from_slice(b",\"char_end\":");
            json_uint(out, m.char_end as u64);
            out.extend_from_slice(b",\"text\":");
            json_str(out, &m.text);
            json_opt_str(out, b",\"term\":", m.term.as_deref());
            out.push(b'}');
        });
        if self.mentions_truncated {
            out.extend_from_slice(b",\"mentions_truncated\":true");
        }
        if let Some(found) = self.mentions_found {
            out.extend_from_slice(b",\"mentions_found\":");
            json_uint(out, u64::from(found));
        }
        out.extend_from_slice(b",\"enricher\":{\"version\":");
        json_str(out, &self.enricher.version);
        out.extend_from_slice(b",\"gazetteer\":");
        json_str(out, &self.enricher.gazetteer);
        out.extend_from_slice(b",\"processed_at\":");
        json_str(out, &self.enricher.processed_at);
        out.extend_from_slice(b"}}");
    }
}

/// `<key><value>` (`key` with its leading comma and colon) when there is a value.
fn json_opt_str(out: &mut Vec<u8>, key: &[u8], value: Option<&str>) {
    if let Some(value) = value {
        out.extend_from_slice(key);
        json_str(out, value);
    }
}

/// `[item,item,...]`.
fn json_list<T>(out: &mut Vec<u8>, items: &[T], mut item: impl FnMut(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        item(out, x);
    }
    out.push(b']');
}

/// A country or weapon tag: `{"id":..,"name":..,"mentions":..,"in_title":..}`.
fn json_plain_tag(out: &mut Vec<u8>, id: &str, name: &str, mentions: u32, in_title: bool) {
    json_id_name(out, id, name);
    json_counts(out, mentions, in_title);
}

/// The start of a tag object: `{"id":<id>,"name":<name>`.
fn json_id_name(out: &mut Vec<u8>, id: &str, name: &str) {
    out.extend_from_slice(b"{\"id\":");
    json_str(out, id);
    out.extend_from_slice(b",\"name\":");
    json_str(out, name);
}

/// The end of a tag object: `,"mentions":<n>,"in_title":<bool>}`.
fn json_counts(out: &mut Vec<u8>, mentions: u32, in_title: bool) {
    out.extend_from_slice(b",\"mentions\":");
    json_uint(out, u64::from(mentions));
    out.extend_from_slice(if in_title {
        b",\"in_title\":true}"
    } else {
        b",\"in_title\":false}"
    });
}

/// A JSON string as serde_json writes it: as is between quotes when nothing needs an
/// escape (the common case), else through serde_json's own escaping.
fn json_str(out: &mut Vec<u8>, s: &str) {
    if needs_escape(s.as_bytes()) {
        serde_json::to_writer(&mut *out, s).expect("writing to a Vec cannot fail");
    } else {
        out.reserve(s.len() + 2);
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    }
}

/// Whether `bytes` has a byte JSON escapes in a string: a control character (below
/// 0x20), `"` or `\\`. Eight bytes at a time (a mention's text and id are a few words):
/// per eight, the classic "has a byte less than n" test three times, each exact as an
/// answer for the eight (a borrow only ever flags bytes above a true one).
///
/// No byte loop for the rest: the last eight bytes are tested again as one word, and a
/// string of four to seven bytes as its first four and last four (overlapping; a byte
/// tested twice gives the same answer). Only strings of one to three bytes (`RU`) are
/// tested byte by byte.
fn needs_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGH;
    let escapes = |x: u64| {
        below(x, 0x20)
            | below(x ^ (ONES * u64::from(b'"')), 1)
            | below(x ^ (ONES * u64::from(b'\\')), 1)
            != 0
    };
    // (`get` never fails here; were it to, the zero bytes would only send the string
    // through serde_json's escaping, which writes it right either way.)
    let word = |at: usize| {
        bytes
            .get(at..at + 8)
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
            .map_or(0, u64::from_le_bytes)
    };
    let half = |at: usize| {
        bytes
            .get(at..at + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(0, |b| u64::from(u32::from_le_bytes(b)))
    };
    let len = bytes.len();
    if len < 4 {
        return bytes.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\');
    }
    if len < 8 {
        return escapes(half(0) | half(len - 4) << 32);
    }
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            continue;
        };
        if escapes(u64::from_le_bytes(chunk)) {
            return true;
        }
    }
    !chunks.remainder().is_empty() && escapes(word(len - 8))
}

/// An unsigned integer in decimal, as serde_json writes it (with the same `itoa`).
fn json_uint(out: &mut Vec<u8>, n: u64) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    #[test]
    fn cap_mentions_cuts_the_list_and_says_so() {
        let a = Article::decode(br#"{"id":"a","body":"x"}"#, None).unwrap();
        let mention = |start: usize| Mention {
            entity_type: EntityType::Country,
            id: "IR".into(),
            field: Field::Body,
            start,
            end: start + 4,
            char_start: start,
            char_end: start + 4,
            text: "Iran".into(),
            term: None,
        };
        let article = |n: usize, found: Option<u32>| EnrichedArticle {
            schema: ENRICHED_SCHEMA.into(),
            id: a.id.clone(),
            article: a.raw.clone(),
            language: "en".into(),
            countries: vec![],
            organizations: vec![],
            weapons: vec![],
            mentions: (0..n).map(|i| mention(i * 5)).collect(),
            mentions_truncated: found.is_some(),
            mentions_found: found,
            enricher: EnricherInfo {
                version: "1".into(),
                gazetteer: "g".into(),
                processed_at: "t".into(),
            },
        };
        // (mentions listed, found when already cut, cap, listed after, found after)
        for (n, found, cap, listed, want_found) in [
            (3, None, 5, 3, None),
            (3, None, 3, 3, None),
            (3, None, 2, 2, Some(3)),
            (3, None, 0, 0, Some(3)),
            (0, None, 0, 0, None),
            (10, Some(5000), 4, 4, Some(5000)),
        ] {
            let mut e = article(n, found);
            e.cap_mentions(cap);
            assert_eq!(e.mentions.len(), listed, "{n} capped at {cap}");
            assert_eq!(e.mentions_found, want_found, "{n} capped at {cap}");
            assert_eq!(
                e.mentions_truncated,
                want_found.is_some(),
                "{n} capped at {cap}"
            );
            assert_eq!(
                e.mentions.first().map(|m| m.start),
                (listed > 0).then_some(0)
            );
        }
    }

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

    /// Nesting past [`MAX_JSON_DEPTH`] anywhere, pass-through fields included, and lone
    /// surrogates anywhere, are refused with their own reasons; brackets and escapes
    /// inside strings do not count.
    #[test]
    fn structure_table() {
        let nest = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        let rows: Vec<(&str, String, Option<&str>, &str)> = vec![
            // (name, input, expected reason (None = decodes), text the detail must contain)
            ("flat", r#"{"body":"x"}"#.into(), None, ""),
            (
                "at the limit",
                format!(r#"{{"body":"x","extra":{}}}"#, nest(MAX_JSON_DEPTH - 1)),
                None,
                "",
            ),
            (
                "one past the limit in a pass-through field",
                format!(r#"{{"body":"x","extra":{}}}"#, nest(MAX_JSON_DEPTH)),
                Some("too_deep"),
                "64 levels",
            ),
            (
                "30,000 deep",
                format!(r#"{{"body":"x","extra":{}}}"#, nest(30_000)),
                Some("too_deep"),
                "at byte",
            ),
            (
                "objects count too",
                format!(
                    r#"{{"body":"x","e":{}1{}}}"#,
                    r#"{"a":"#.repeat(70),
                    "}".repeat(70)
                ),
                Some("too_deep"),
                "",
            ),
            (
                "brackets inside strings do not nest",
                format!(r#"{{"body":"{}","t":"\"[{{"}}"#, "[{".repeat(500)),
                None,
                "",
            ),
            (
                "lone high surrogate in body",
                r#"{"body":"a\ud800b"}"#.into(),
                Some("invalid_json"),
                "unpaired surrogate \\uD800",
            ),
            (
                "lone low surrogate in a pass-through field",
                r#"{"body":"x","extra":["\uDC01"]}"#.into(),
                Some("invalid_json"),
                "unpaired surrogate \\uDC01",
            ),
            (
                "high surrogate followed by a non-surrogate escape",
                r#"{"body":"\ud83d\u0041"}"#.into(),
                Some("invalid_json"),
                "unpaired surrogate",
            ),
            (
                "two high surrogates",
                r#"{"body":"\ud83d\ud83d"}"#.into(),
                Some("invalid_json"),
                "unpaired surrogate",
            ),
            (
                "high surrogate at the end of the string",
                r#"{"body":"x\ud83d"}"#.into(),
                Some("invalid_json"),
                "\\uD83D",
            ),
            (
                "a proper pair",
                r#"{"body":"\ud83d\ude00"}"#.into(),
                None,
                "",
            ),
            // Found by the property test: a backslash that ends the text panicked.
            (
                "a trailing backslash",
                r#"{"body":"x\"#.into(),
                Some("invalid_json"),
                "",
            ),
            (
                "an escaped backslash before u is no escape",
                r#"{"body":"\\ud800"}"#.into(),
                None,
                "",
            ),
            (
                "surrogate in a key",
                r#"{"body":"x","\udfff":1}"#.into(),
                Some("invalid_json"),
                "unpaired",
            ),
        ];
        for (name, input, want, detail) in rows {
            let got = Article::decode(input.as_bytes(), None);
            match (want, &got) {
                (None, Ok(_)) => {}
                (Some(reason), Err(e)) => {
                    assert_eq!(e.reason(), reason, "row {name}: {e}");
                    assert!(
                        e.to_string().contains(detail),
                        "row {name}: {e:?} does not say {detail:?}"
                    );
                }
                _ => panic!("row {name}: want {want:?}, got {got:?}"),
            }
        }
    }

    /// `write_json` writes exactly what serde_json writes, for every optional field
    /// present and absent and for strings that need escapes (quotes, backslashes,
    /// control characters, DEL, non-ASCII), numbers at their bounds and empty lists.
    #[test]
    fn shared_str_slices_are_their_text() {
        use std::hash::{BuildHasher, RandomState};
        let body = SharedStr::from("Nordkorea liefert Granaten an Russland");
        let russia = body.slice(30, 38);
        assert_eq!(russia, "Russland");
        assert_eq!(russia, SharedStr::from("Russland"));
        assert_eq!(russia.slice(0, 4), "Russ");
        assert_eq!(format!("{russia:?}"), "SharedStr(\"Russland\")");
        assert_eq!(russia.to_string(), "Russland");
        assert_eq!(serde_json::to_string(&russia).unwrap(), "\"Russland\"");
        let hasher = RandomState::new();
        assert_eq!(
            hasher.hash_one(&russia),
            hasher.hash_one(SharedStr::from("Russland"))
        );
        assert!(body.slice(0, 9) < russia);
        assert_eq!(SharedStr::default(), "");
    }

    #[test]
    #[should_panic]
    fn shared_str_slice_inside_a_char_panics() {
        let _ = SharedStr::from("Pjöngjang").slice(0, 3);
    }

    #[test]
    fn escape_test_is_exact() {
        let slow = |b: &[u8]| b.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\');
        for special in [
            0u8, 0x1f, b'"', b'\\', b' ', b'!', b'#', b'[', b']', 0x7f, 0x80, 0xff,
        ] {
            for len in 0..20 {
                for at in 0..len {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = special;
                    assert_eq!(
                        needs_escape(&bytes),
                        slow(&bytes),
                        "{special:#x} at {at} of {len}"
                    );
                    // Next to bytes that borrow (a zero byte below) and high bytes.
                    bytes.iter_mut().take(at).for_each(|b| *b = 0xe4);
                    assert_eq!(
                        needs_escape(&bytes),
                        slow(&bytes),
                        "{special:#x} after high bytes"
                    );
                }
            }
        }
    }

    #[test]
    fn write_json_is_serde_json_byte_for_byte() {
        let strings = [
            "",
            "plain",
            "Pjöngjang 北朝鮮 \u{1F600}",
            "quote \" and backslash \\ and slash /",
            "controls \u{0} \u{1f} \n \t \r \u{8} \u{c} del \u{7f}",
            "\u{2028}\u{2029}",
        ];
        let raw = Article::decode(
            br#" {"id":"x","body":"b\u00e4","extra":{"k":[1,-2.5e3,null,true,"\"\\"]}} "#,
            None,
        )
        .unwrap()
        .raw;
        let mut articles = Vec::new();
        for (i, s) in strings.iter().enumerate() {
            let t = |k: &str| format!("{k}{s}");
            let u = |k: &str| SharedStr::from(t(k));
            let flag = i % 2 == 0;
            articles.push(EnrichedArticle {
                schema: ENRICHED_SCHEMA.into(),
                id: t("id"),
                article: raw.clone(),
                language: s.to_string(),
                countries: vec![CountryTag {
                    id: u("C"),
                    name: u("n"),
                    mentions: u32::MAX,
                    in_title: flag,
                }],
                organizations: (0..i)
                    .map(|j| OrganizationTag {
                        id: u("o"),
                        name: u("n"),
                        acronym: (j % 2 == 0).then(|| u("A")),
                        kind: u("k"),
                        country: (j % 3 == 0).then(|| u("c")),
                        mentions: j as u32,
                        in_title: !flag,
                    })
                    .collect(),
                weapons: vec![WeaponTag {
                    id: u("w"),
                    name: SharedStr::from(*s),
                    mentions: 0,
                    in_title: flag,
                }],
                mentions: [
                    EntityType::Country,
                    EntityType::Organization,
                    EntityType::Weapon,
                ]
                .into_iter()
                .enumerate()
                .map(|(j, entity_type)| Mention {
                    entity_type,
                    id: u("m"),
                    field: if j == 1 { Field::Title } else { Field::Body },
                    start: j * 1_000_003,
                    end: usize::MAX,
                    char_start: 0,
                    char_end: 9,
                    text: SharedStr::from(*s),
                    term: (entity_type == EntityType::Weapon).then(|| u("term")),
                })
                .take(i)
                .collect(),
                mentions_truncated: flag,
                mentions_found: flag.then_some(1001),
                enricher: EnricherInfo {
                    version: t("v"),
                    gazetteer: t("sha256:"),
                    processed_at: t("1970"),
                },
            });
        }
        for a in &articles {
            let mut ours = b"prefix".to_vec();
            a.write_json(&mut ours);
            let mut want = b"prefix".to_vec();
            serde_json::to_writer(&mut want, a).unwrap();
            assert_eq!(
                String::from_utf8_lossy(&ours),
                String::from_utf8_lossy(&want),
                "article {:?}",
                a.id
            );
        }
    }

    /// `unescape` reads what serde_json reads: every short escape, `\u` escapes of
    /// (a sample of) the whole BMP and surrogate pairs, text around them; and leaves the
    /// malformed ones to serde_json.
    #[test]
    fn unescape_agrees_with_serde_json() {
        let mut literals: Vec<String> = [
            r#""""#,
            r#""plain ascii""#,
            r#""Pjöngjang 北朝鮮""#,
            r#""\"\\\/\b\f\n\r\t""#,
            r#""a\"b\\c d\ne""#,
            r#""\ud83d\ude00 and \uD83D\uDE00""#,
            r#""x\u00e4y\u00C4z""#,
            r#""\\u0041""#,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for unit in (0u32..0x1_0000).step_by(7) {
            if !(0xD800..0xE000).contains(&unit) {
                literals.push(format!("\"<\\u{unit:04x}>\""));
            }
        }
        for high in (0xD800u32..0xDC00).step_by(97) {
            for low in (0xDC00u32..0xE000).step_by(131) {
                literals.push(format!("\"\\u{high:04X}\\u{low:04x}\""));
            }
        }
        for literal in &literals {
            let want: String = serde_json::from_str(literal).unwrap();
            assert_eq!(
                unescape(literal).as_deref(),
                Some(want.as_str()),
                "{literal}"
            );
        }
        for malformed in [
            r#""\x""#,
            r#""\u12""#,
            r#""\ud800""#,
            r#""\ud800\u0041""#,
            r#""\"#,
            "1",
            "null",
        ] {
            assert_eq!(unescape(malformed), None, "{malformed}");
        }
    }

    #[test]
    fn raw_json_round_trips_and_refuses_what_is_not_json() {
        let raw = RawJson::from_json("\n [1, {\"a\": \"b\"}]\t").unwrap();
        assert_eq!(raw.get(), "[1, {\"a\": \"b\"}]");
        assert_eq!(serde_json::to_string(&raw).unwrap(), raw.get());
        let back: RawJson = serde_json::from_str(" {\"k\" : 1} ").unwrap();
        assert_eq!(back.get(), "{\"k\" : 1}");
        for bad in ["", "{", "[1,]", "1 2", "\"\\x\""] {
            assert!(RawJson::from_json(bad).is_err(), "{bad:?}");
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
