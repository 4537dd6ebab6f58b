//! More than a hundred (103) malformed and hostile messages published to a running service,
//! as issue 12's outside check does: each one is enriched or dead-lettered with the
//! reason contract section 5 gives for it, nothing is lost or doubled, every output
//! parses with Python's `json` module and holds its invariants there (the article passed
//! through unchanged, `language` as the schema's pattern says, every mention slicing its
//! field by code points), dead letters keep their body and say where they came from, and
//! the service keeps serving (`/healthz`, and an ordinary article afterwards).
#![allow(clippy::unwrap_used, clippy::type_complexity)] // a failed unwrap is a failed test; row tables

mod common;

use std::collections::BTreeMap;

use common::{gzip, raw_deflate, spawn_app_with, zlib, Received};
use lapin::types::{AMQPValue, FieldTable, LongString};
use lapin::BasicProperties;

/// The size limit the service runs with here.
const MAX: usize = 64 * 1024;

/// What must become of one input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Want {
    /// Enriched (and published to the output exchange).
    Enriched,
    /// Dead-lettered with this `x-enricher-error`.
    Dead(&'static str),
}

/// One hostile input: its name (also its AMQP `message_id`, so that every outcome can be
/// told apart), body, extra properties and expected outcome.
struct Case {
    name: String,
    body: Vec<u8>,
    content_type: Option<&'static str>,
    content_encoding: Option<&'static str>,
    extra: fn(BasicProperties) -> BasicProperties,
    want: Want,
}

fn same(p: BasicProperties) -> BasicProperties {
    p
}

/// Arrays nested `n` deep inside a pass-through field (the message object is level 1).
fn nested_arrays(n: usize) -> Vec<u8> {
    format!(
        r#"{{"body":"Iran","extra":{}{}}}"#,
        "[".repeat(n),
        "]".repeat(n)
    )
    .into_bytes()
}

/// Objects nested `n` deep inside a pass-through field.
fn nested_objects(n: usize) -> Vec<u8> {
    format!(
        r#"{{"body":"Iran","extra":{}1{}}}"#,
        r#"{"k":"#.repeat(n),
        "}".repeat(n)
    )
    .into_bytes()
}

/// The article of the content type and encoding cases.
const ARTICLE: &[u8] = br#"{"lang":"de","body":"Nordkorea liefert Raketen an Russland."}"#;

fn cases() -> Vec<Case> {
    let article = ARTICLE;
    let mut rows: Vec<(&str, Vec<u8>, Want)> = vec![
        // Not UTF-8.
        ("utf8-ff", b"\xff\xfe{}".to_vec(), Want::Dead("invalid_utf8")),
        ("utf8-overlong", b"{\"body\":\"\xc0\xaf\"}".to_vec(), Want::Dead("invalid_utf8")),
        ("utf8-encoded-surrogate", b"{\"body\":\"\xed\xa0\x80\"}".to_vec(), Want::Dead("invalid_utf8")),
        ("utf8-truncated", b"{\"body\":\"Iran \xe2\x82".to_vec(), Want::Dead("invalid_utf8")),
        ("utf8-latin1", b"{\"body\":\"Caf\xe9 in Iran\"}".to_vec(), Want::Dead("invalid_utf8")),
        ("utf8-f5", b"{\"body\":\"\xf5\x80\x80\x80\"}".to_vec(), Want::Dead("invalid_utf8")),
        (
            "utf16le",
            "\u{feff}{\"body\":\"Iran\"}"
                .encode_utf16()
                .flat_map(u16::to_le_bytes)
                .collect(),
            Want::Dead("invalid_utf8"),
        ),
        // Not one JSON value.
        ("json-empty", Vec::new(), Want::Dead("invalid_json")),
        ("json-blank", b" \n\t ".to_vec(), Want::Dead("invalid_json")),
        ("json-unterminated-string", br#"{"body":"Iran"#.to_vec(), Want::Dead("invalid_json")),
        ("json-unclosed-object", br#"{"body":"Iran""#.to_vec(), Want::Dead("invalid_json")),
        ("json-trailing-garbage", br#"{"body":"Iran"} x"#.to_vec(), Want::Dead("invalid_json")),
        ("json-two-objects", br#"{"body":"a"}{"body":"b"}"#.to_vec(), Want::Dead("invalid_json")),
        ("json-trailing-comma", br#"{"body":"Iran",}"#.to_vec(), Want::Dead("invalid_json")),
        ("json-single-quotes", br#"{'body':'Iran'}"#.to_vec(), Want::Dead("invalid_json")),
        ("json-unquoted-key", br#"{body:"Iran"}"#.to_vec(), Want::Dead("invalid_json")),
        ("json-comment", br#"{"body":"Iran" /* c */}"#.to_vec(), Want::Dead("invalid_json")),
        ("json-nan", br#"{"body":"Iran","x":NaN}"#.to_vec(), Want::Dead("invalid_json")),
        ("json-infinity", br#"{"body":"Iran","x":Infinity}"#.to_vec(), Want::Dead("invalid_json")),
        ("json-hex", br#"{"body":"Iran","x":0x10}"#.to_vec(), Want::Dead("invalid_json")),
        ("json-leading-zero", br#"{"body":"Iran","x":007}"#.to_vec(), Want::Dead("invalid_json")),
        ("json-plus", br#"{"body":"Iran","x":+1}"#.to_vec(), Want::Dead("invalid_json")),
        ("json-bare-fraction", br#"{"body":"Iran","x":.5}"#.to_vec(), Want::Dead("invalid_json")),
        ("json-raw-control", b"{\"body\":\"Iran\x01\"}".to_vec(), Want::Dead("invalid_json")),
        ("json-raw-newline", b"{\"body\":\"Iran\nIraq\"}".to_vec(), Want::Dead("invalid_json")),
        ("json-bad-escape", br#"{"body":"Iran \q"}"#.to_vec(), Want::Dead("invalid_json")),
        ("json-short-unicode", br#"{"body":"Iran \u12"}"#.to_vec(), Want::Dead("invalid_json")),
        ("json-bom", b"\xef\xbb\xbf{\"body\":\"Iran\"}".to_vec(), Want::Dead("invalid_json")),
        ("json-duplicate-body", br#"{"body":"a","body":"b"}"#.to_vec(), Want::Dead("invalid_json")),
        ("json-duplicate-id", br#"{"id":"a","id":"b","body":"x"}"#.to_vec(), Want::Dead("invalid_json")),
        // Escaped surrogates without their other half, anywhere in the message.
        ("surrogate-high", br#"{"body":"Iran \ud800"}"#.to_vec(), Want::Dead("invalid_json")),
        ("surrogate-low", br#"{"body":"Iran \udc00"}"#.to_vec(), Want::Dead("invalid_json")),
        ("surrogate-reversed", br#"{"body":"\ude00\ud83d"}"#.to_vec(), Want::Dead("invalid_json")),
        ("surrogate-in-key", br#"{"\ud800":1,"body":"Iran"}"#.to_vec(), Want::Dead("invalid_json")),
        ("surrogate-pass-through", br#"{"body":"Iran","x":{"y":["\udbff"]}}"#.to_vec(), Want::Dead("invalid_json")),
        ("surrogate-in-title", br#"{"title":"\ud800x","body":"Iran"}"#.to_vec(), Want::Dead("invalid_json")),
        // JSON, not an object.
        ("value-null", b"null".to_vec(), Want::Dead("not_an_object")),
        ("value-true", b"true".to_vec(), Want::Dead("not_an_object")),
        ("value-number", b"42".to_vec(), Want::Dead("not_an_object")),
        ("value-string", br#""Iran""#.to_vec(), Want::Dead("not_an_object")),
        ("value-empty-array", b"[]".to_vec(), Want::Dead("not_an_object")),
        ("value-array-of-article", br#"[{"body":"Iran"}]"#.to_vec(), Want::Dead("not_an_object")),
        // No body.
        ("body-absent", b"{}".to_vec(), Want::Dead("missing_body")),
        ("body-null", br#"{"body":null}"#.to_vec(), Want::Dead("missing_body")),
        ("body-title-only", br#"{"title":"Iran"}"#.to_vec(), Want::Dead("missing_body")),
        ("body-wrong-case", br#"{"Body":"Iran"}"#.to_vec(), Want::Dead("missing_body")),
        // Known fields of the wrong type.
        ("field-body-number", br#"{"body":42}"#.to_vec(), Want::Dead("invalid_field")),
        ("field-body-bool", br#"{"body":true}"#.to_vec(), Want::Dead("invalid_field")),
        ("field-body-object", br#"{"body":{"text":"Iran"}}"#.to_vec(), Want::Dead("invalid_field")),
        ("field-body-array", br#"{"body":["Iran"]}"#.to_vec(), Want::Dead("invalid_field")),
        ("field-id-number", br#"{"id":7,"body":"Iran"}"#.to_vec(), Want::Dead("invalid_field")),
        ("field-id-object", br#"{"id":{},"body":"Iran"}"#.to_vec(), Want::Dead("invalid_field")),
        ("field-title-array", br#"{"title":["t"],"body":"Iran"}"#.to_vec(), Want::Dead("invalid_field")),
        ("field-lang-number", br#"{"lang":1,"body":"Iran"}"#.to_vec(), Want::Dead("invalid_field")),
        ("field-url-bool", br#"{"url":false,"body":"Iran"}"#.to_vec(), Want::Dead("invalid_field")),
        ("field-source-object", br#"{"source":{},"body":"Iran"}"#.to_vec(), Want::Dead("invalid_field")),
        ("field-published-number", br#"{"published_at":1700000000,"body":"Iran"}"#.to_vec(), Want::Dead("invalid_field")),
        // Nesting (the message's object is level 1; the limit is 64).
        ("deep-arrays-63", nested_arrays(63), Want::Enriched),
        ("deep-arrays-64", nested_arrays(64), Want::Dead("too_deep")),
        ("deep-objects-63", nested_objects(63), Want::Enriched),
        ("deep-objects-64", nested_objects(64), Want::Dead("too_deep")),
        ("deep-30000", nested_arrays(30_000), Want::Dead("too_deep")),
        ("deep-unclosed", format!(r#"{{"body":"x","e":{}"#, "[".repeat(5000)).into_bytes(), Want::Dead("too_deep")),
        ("deep-brackets-in-string", format!(r#"{{"body":"{}"}}"#, "[{".repeat(5000)).into_bytes(), Want::Enriched),
        // Size.
        ("size-at-limit", {
            let head = br#"{"body":"Iran "#;
            let mut b = head.to_vec();
            b.resize(MAX - 2, b'x');
            b.extend_from_slice(b"\"}");
            b
        }, Want::Enriched),
        ("size-over-limit", {
            let mut b = br#"{"body":""#.to_vec();
            b.resize(MAX, b'x');
            b.extend_from_slice(b"\"}");
            b
        }, Want::Dead("too_large")),
        // Accepted oddities: each must come out enriched and valid.
        ("ok-empty-body", br#"{"body":""}"#.to_vec(), Want::Enriched),
        ("ok-blank-body", br#"{"body":"   \n\t  "}"#.to_vec(), Want::Enriched),
        ("ok-nul-escape", br#"{"body":"Iran\u0000Irak \u0000"}"#.to_vec(), Want::Enriched),
        ("ok-all-escapes", br#"{"body":"\"Iran\" \\ \/ \b\f\n\r\t Russland"}"#.to_vec(), Want::Enriched),
        ("ok-line-separators", "{\"body\":\"Iran\u{2028}Russland\u{2029}China\"}".as_bytes().to_vec(), Want::Enriched),
        ("ok-surrogate-pair", br#"{"body":"\ud83d\ude00 Iran \ud83c\uddee\ud83c\uddf7"}"#.to_vec(), Want::Enriched),
        ("ok-emoji-raw", "{\"body\":\"🇮🇷 Iran 😀 Russland 👨‍👩‍👧\"}".as_bytes().to_vec(), Want::Enriched),
        ("ok-bidi-marks", "{\"body\":\"\u{202e}Iran\u{202c} and \u{200f}Israel\u{200e}\"}".as_bytes().to_vec(), Want::Enriched),
        ("ok-zero-width", "{\"body\":\"Ir\u{200b}an and \u{feff}Iraq\u{200d}\"}".as_bytes().to_vec(), Want::Enriched),
        ("ok-combining", "{\"body\":\"Russland\u{301} and Ira\u{308}n\"}".as_bytes().to_vec(), Want::Enriched),
        ("ok-one-long-token", format!(r#"{{"body":"{}"}}"#, "Iran".repeat(15_000)).into_bytes(), Want::Enriched),
        ("ok-mention-cap", format!(r#"{{"body":"{}"}}"#, "Iran ".repeat(12_000)).into_bytes(), Want::Enriched),
        ("ok-many-fields", {
            let mut s = String::from(r#"{"body":"Iran""#);
            for i in 0..3000 {
                s.push_str(&format!(r#","f{i}":{i}"#));
            }
            s.push('}');
            s.into_bytes()
        }, Want::Enriched),
        ("ok-long-key", format!(r#"{{"{}":1,"body":"Iran"}}"#, "k".repeat(20_000)).into_bytes(), Want::Enriched),
        ("ok-unicode-keys", "{\"тело\":1,\"标题\":\"x\",\"body\":\"Иран и Россия\"}".as_bytes().to_vec(), Want::Enriched),
        ("ok-huge-number", br#"{"body":"Iran","n":123456789012345678901234567890123456789}"#.to_vec(), Want::Enriched),
        ("ok-negative-zero", br#"{"body":"Iran","n":-0.0e-0}"#.to_vec(), Want::Enriched),
        ("ok-exponents", br#"{"body":"Iran","n":[1E5,1e-5,2.5E+3]}"#.to_vec(), Want::Enriched),
        ("ok-nulls", br#"{"id":null,"title":null,"lang":null,"url":null,"source":null,"published_at":null,"body":"Iran"}"#.to_vec(), Want::Enriched),
        ("ok-empty-id", br#"{"id":"","body":"Iran"}"#.to_vec(), Want::Enriched),
        ("ok-blank-title", br#"{"title":"   ","body":"Iran"}"#.to_vec(), Want::Enriched),
        ("ok-html-entities", br#"{"body":"Iran &amp; Russland &lt;b&gt; &#8222;Nordkorea&#8220;"}"#.to_vec(), Want::Enriched),
        ("ok-html-markup", br#"{"body":"<p>Iran</p><script>alert(1)</script><a href=\"x\">Russland</a>"}"#.to_vec(), Want::Enriched),
        ("ok-whitespace-around", b" \n {\"body\":\"Iran\"} \n ".to_vec(), Want::Enriched),
        ("ok-lang-garbage", br#"{"lang":"@@","body":"Nordkorea liefert Raketen an Russland."}"#.to_vec(), Want::Enriched),
        ("ok-lang-word", br#"{"lang":"english","body":"North Korea ships missiles to Russia."}"#.to_vec(), Want::Enriched),
        ("ok-lang-private", br#"{"lang":"x-private","body":"Iran"}"#.to_vec(), Want::Enriched),
        ("ok-lang-cyrillic", "{\"lang\":\"ру\",\"body\":\"Иран и Россия\"}".as_bytes().to_vec(), Want::Enriched),
        ("ok-lang-long-tag", br#"{"lang":"zh-Hant-TW-u-nu-hanidec","body":"Iran"}"#.to_vec(), Want::Enriched),
        ("ok-mixed-scripts", "{\"body\":\"Иран, 伊朗, ایران, إيران, Iran, İran, Írán\"}".as_bytes().to_vec(), Want::Enriched),
        ("ok-arabic-presentation-forms", "{\"body\":\"ﺇﻳﺮﺍﻥ و روسيا\"}".as_bytes().to_vec(), Want::Enriched),
        ("ok-fullwidth", "{\"body\":\"ＩＲＡＮ　ＮＡＴＯ　Ｒｕｓｓｌａｎｄ\"}".as_bytes().to_vec(), Want::Enriched),
        ("ok-private-use", "{\"body\":\"\u{e000}Iran\u{f8ff} \u{10fffd}\"}".as_bytes().to_vec(), Want::Enriched),
        ("ok-noncharacters", "{\"body\":\"\u{fffe}Iran\u{ffff} \u{1fffe}\"}".as_bytes().to_vec(), Want::Enriched),
        ("ok-del-and-c1", "{\"body\":\"Iran\u{7f} \u{85}Irak\u{9f}\"}".as_bytes().to_vec(), Want::Enriched),
    ];
    let mut cases: Vec<Case> = rows
        .drain(..)
        .map(|(name, body, want)| Case {
            name: name.to_owned(),
            body,
            content_type: Some("application/json"),
            content_encoding: None,
            extra: same,
            want,
        })
        .collect();
    // Content types (of the plain article) and encodings (with no content type).
    let content_types: Vec<(&str, Option<&'static str>, Want)> = vec![
        ("ct-absent", None, Want::Enriched),
        ("ct-empty", Some(""), Want::Enriched),
        ("ct-upper", Some("APPLICATION/JSON"), Want::Enriched),
        (
            "ct-quoted-charset",
            Some("application/json; charset=\"UTF-8\""),
            Want::Enriched,
        ),
        (
            "ct-ascii",
            Some("application/json;charset=us-ascii"),
            Want::Enriched,
        ),
        (
            "ct-plus-json",
            Some("application/vnd.news+json; version=2"),
            Want::Enriched,
        ),
        (
            "ct-text-plain",
            Some("text/plain"),
            Want::Dead("unsupported_content_type"),
        ),
        (
            "ct-text-json",
            Some("text/json"),
            Want::Dead("unsupported_content_type"),
        ),
        (
            "ct-xml",
            Some("application/xml"),
            Want::Dead("unsupported_content_type"),
        ),
        (
            "ct-jsonx",
            Some("application/jsonx"),
            Want::Dead("unsupported_content_type"),
        ),
        (
            "ct-latin1",
            Some("application/json; charset=iso-8859-1"),
            Want::Dead("unsupported_content_type"),
        ),
        (
            "ct-octets",
            Some("application/octet-stream"),
            Want::Dead("unsupported_content_type"),
        ),
        (
            "ct-no-subtype",
            Some("application"),
            Want::Dead("unsupported_content_type"),
        ),
    ];
    let encodings: Vec<(&str, Vec<u8>, &'static str, Want)> = vec![
        ("ce-gzip", gzip(article), "gzip", Want::Enriched),
        ("ce-gzip-upper", gzip(article), "GZIP", Want::Enriched),
        ("ce-x-gzip", gzip(article), "x-gzip", Want::Enriched),
        ("ce-deflate-zlib", zlib(article), "deflate", Want::Enriched),
        (
            "ce-deflate-raw",
            raw_deflate(article),
            "deflate",
            Want::Enriched,
        ),
        ("ce-identity", article.to_vec(), "identity", Want::Enriched),
        ("ce-padded", gzip(article), " gzip ", Want::Enriched),
        (
            "ce-br",
            article.to_vec(),
            "br",
            Want::Dead("unsupported_encoding"),
        ),
        (
            "ce-zstd",
            article.to_vec(),
            "zstd",
            Want::Dead("unsupported_encoding"),
        ),
        (
            "ce-compress",
            article.to_vec(),
            "compress",
            Want::Dead("unsupported_encoding"),
        ),
        (
            "ce-list",
            gzip(article),
            "gzip, identity",
            Want::Dead("unsupported_encoding"),
        ),
        (
            "ce-gzip-plain",
            article.to_vec(),
            "gzip",
            Want::Dead("invalid_encoding"),
        ),
        (
            "ce-gzip-truncated",
            {
                let g = gzip(article);
                g[..g.len() / 2].to_vec()
            },
            "gzip",
            Want::Dead("invalid_encoding"),
        ),
        (
            "ce-gzip-empty",
            Vec::new(),
            "gzip",
            Want::Dead("invalid_encoding"),
        ),
        (
            "ce-gzip-not-json",
            gzip(b"<html>Iran</html>"),
            "gzip",
            Want::Dead("invalid_json"),
        ),
        (
            "ce-gzip-not-utf8",
            gzip(b"{\"body\":\"\xff\"}"),
            "gzip",
            Want::Dead("invalid_utf8"),
        ),
        (
            "ce-gzip-deep",
            gzip(&nested_arrays(100)),
            "gzip",
            Want::Dead("too_deep"),
        ),
        (
            "ce-gzip-twice",
            gzip(&gzip(article)),
            "gzip",
            Want::Dead("invalid_utf8"),
        ),
        (
            "ce-gzip-bomb",
            gzip(format!(r#"{{"body":"{}"}}"#, " ".repeat(MAX * 40)).as_bytes()),
            "gzip",
            Want::Dead("too_large"),
        ),
    ];
    let typed = content_types
        .into_iter()
        .map(|(name, ct, want)| (name, article.to_vec(), ct, None, want))
        .chain(
            encodings
                .into_iter()
                .map(|(name, body, ce, want)| (name, body, None, Some(ce), want)),
        );
    cases.extend(typed.map(|(name, body, ct, ce, want)| Case {
        name: name.to_owned(),
        body,
        content_type: ct,
        content_encoding: ce,
        extra: same,
        want,
    }));
    // Properties a dead letter must not keep as they are, and odd ones it must keep.
    let with_props: Vec<(&str, &[u8], fn(BasicProperties) -> BasicProperties, Want)> = vec![
        (
            "props-ttl-dead",
            br#"{"title":"no body"}"#,
            |p| p.with_expiration("600000".into()),
            Want::Dead("missing_body"),
        ),
        (
            "props-user-dead",
            br#"{"title":"no body"}"#,
            |p| p.with_user_id("guest".into()),
            Want::Dead("missing_body"),
        ),
        (
            "props-ttl-ok",
            br#"{"body":"Iran"}"#,
            |p| p.with_expiration("600000".into()),
            Want::Enriched,
        ),
        (
            "props-odd-headers-dead",
            b"[]",
            odd_headers,
            Want::Dead("not_an_object"),
        ),
        (
            "props-odd-headers-ok",
            br#"{"body":"Iran"}"#,
            odd_headers,
            Want::Enriched,
        ),
        (
            "props-all-set-dead",
            b"{",
            |p| {
                p.with_priority(9)
                    .with_correlation_id("c".into())
                    .with_reply_to("r".into())
                    .with_timestamp(0)
                    .with_type("t".into())
                    .with_app_id("a".into())
                    .with_cluster_id("x".into())
                    .with_delivery_mode(1)
            },
            Want::Dead("invalid_json"),
        ),
    ];
    cases.extend(
        with_props
            .into_iter()
            .map(|(name, body, extra, want)| Case {
                name: name.to_owned(),
                body: body.to_vec(),
                content_type: Some("application/json"),
                content_encoding: None,
                extra,
                want,
            }),
    );
    cases
}

/// Headers of every AMQP field type, nested, and one that looks like ours.
fn odd_headers(p: BasicProperties) -> BasicProperties {
    let mut inner = FieldTable::default();
    inner.insert("deeper".into(), AMQPValue::LongLongInt(-1));
    let mut h = FieldTable::default();
    h.insert("bool".into(), AMQPValue::Boolean(false));
    h.insert("i8".into(), AMQPValue::ShortShortInt(-8));
    h.insert("i32".into(), AMQPValue::LongInt(i32::MIN));
    h.insert("f64".into(), AMQPValue::Double(-1.5e300));
    h.insert(
        "bytes".into(),
        AMQPValue::ByteArray(vec![0, 255, 10].into()),
    );
    h.insert("void".into(), AMQPValue::Void);
    h.insert("ts".into(), AMQPValue::Timestamp(u64::MAX));
    h.insert("table".into(), AMQPValue::FieldTable(inner));
    h.insert(
        "array".into(),
        AMQPValue::FieldArray(vec![AMQPValue::Boolean(true), AMQPValue::Void].into()),
    );
    h.insert(
        "x-enricher-error".into(),
        AMQPValue::LongString(LongString::from("forged")),
    );
    h.insert("country.KP".into(), AMQPValue::Boolean(true));
    p.with_headers(h)
}

/// Checks every output in Python, as a consumer would read it: `json.loads`, the article
/// equal to its input, `language` matching the schema, and every mention slicing its field
/// by code points to its `text`. Inputs and outputs are passed as NUL-separated pairs.
fn assert_python_reads(pairs: &[(Vec<u8>, Vec<u8>)]) {
    const CHECK: &str = r#"
import json, re, sys
data = sys.stdin.buffer.read().split(b'\0')[:-1]
bad = []
for i in range(0, len(data), 2):
    given, out = json.loads(data[i]), json.loads(data[i + 1])
    name = out.get('id')
    if out['article'] != given:
        bad.append(f'{name}: article changed')
    if not re.fullmatch(r'[a-z]{2,3}', out['language']):
        bad.append(f'{name}: language {out["language"]!r}')
    for m in out['mentions']:
        text = given.get(m['field']) or ''
        if text[m['char_start']:m['char_end']] != m['text']:
            bad.append(f'{name}: mention {m} does not slice its field')
    if sum(t['mentions'] for k in ('countries', 'organizations', 'weapons') for t in out[k]) != out.get('mentions_found', len(out['mentions'])):
        bad.append(f'{name}: tag counts do not add up to the mentions')
if bad:
    sys.exit('\n'.join(bad))
"#;
    let messages = pairs
        .iter()
        .flat_map(|(input, output)| [input.as_slice(), output.as_slice()]);
    common::assert_python(CHECK, messages, "Python reads an output wrongly");
}

fn message_id(r: &Received) -> String {
    r.properties
        .message_id()
        .as_ref()
        .map(|m| m.to_string())
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_messages_are_enriched_or_dead_lettered_with_their_reason() {
    let cases = cases();
    assert!(cases.len() > 100, "{} cases", cases.len());
    let names: std::collections::BTreeSet<&str> = cases.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names.len(), cases.len(), "case names are unique");
    let mut app = spawn_app_with(|c| c.max_message_bytes = MAX).await;
    for case in &cases {
        let mut p = BasicProperties::default().with_message_id(case.name.as_str().into());
        if let Some(ct) = case.content_type {
            p = p.with_content_type(ct.into());
        }
        if let Some(ce) = case.content_encoding {
            p = p.with_content_encoding(ce.into());
        }
        app.publish_with(&case.body, "article", (case.extra)(p))
            .await;
    }
    let by_name: BTreeMap<&str, &Case> = cases.iter().map(|c| (c.name.as_str(), c)).collect();
    let want_enriched = cases.iter().filter(|c| c.want == Want::Enriched).count();

    // Enriched: each expected one exactly once; outputs read back in Python below.
    let mut pairs = Vec::new();
    let mut enriched = BTreeMap::<String, usize>::new();
    for _ in 0..want_enriched {
        let out = app.next_enriched().await;
        let v: serde_json::Value = match serde_json::from_slice(&out.data) {
            Ok(v) => v,
            Err(e) => panic!(
                "an output serde_json cannot read ({e}): {:?}",
                String::from_utf8_lossy(&out.data[..out.data.len().min(300)])
            ),
        };
        // No enriched case has an id in its body, so the id is the message_id: the name.
        let name = v["id"].as_str().unwrap_or_default().to_owned();
        let case = by_name
            .get(name.as_str())
            .unwrap_or_else(|| panic!("an output for no case: id {name:?}"));
        assert_eq!(case.want, Want::Enriched, "{name} was enriched");
        assert_eq!(out.properties.expiration(), &None, "{name}: output expires");
        let input = if case
            .content_encoding
            .is_some_and(|e| e.trim() != "identity")
        {
            // Every compressed case is this article; its decoded body is what is enriched.
            ARTICLE.to_vec()
        } else {
            case.body.clone()
        };
        *enriched.entry(name).or_default() += 1;
        pairs.push((input, out.data));
    }
    assert!(enriched.values().all(|n| *n == 1), "doubled: {enriched:?}");

    // Dead letters: each expected one exactly once, with its reason and original body.
    let mut dead = BTreeMap::<String, usize>::new();
    for _ in 0..cases.len() - want_enriched {
        let d = app.next_dead_letter().await;
        let name = message_id(&d);
        let case = by_name
            .get(name.as_str())
            .unwrap_or_else(|| panic!("a dead letter for no case: {name:?}"));
        let Want::Dead(reason) = case.want else {
            panic!(
                "{name} was dead-lettered ({:?}: {:?}) instead of enriched",
                d.header_text("x-enricher-error"),
                d.header_text("x-enricher-detail")
            );
        };
        assert_eq!(
            d.header_text("x-enricher-error").as_deref(),
            Some(reason),
            "{name}: reason (detail {:?})",
            d.header_text("x-enricher-detail")
        );
        assert!(
            d.header_text("x-enricher-detail")
                .is_some_and(|t| !t.is_empty()),
            "{name}: a detail"
        );
        assert_eq!(d.data, case.body, "{name}: the original body");
        assert_eq!(
            d.header_text("x-enricher-original-routing-key").as_deref(),
            Some("article"),
            "{name}"
        );
        assert_eq!(
            d.properties.expiration(),
            &None,
            "{name}: a dead letter must not expire"
        );
        assert_eq!(d.properties.user_id(), &None, "{name}: no user_id");
        *dead.entry(name).or_default() += 1;
    }
    assert!(dead.values().all(|n| *n == 1), "doubled: {dead:?}");
    assert!(dead.contains_key("props-ttl-dead") && dead.contains_key("props-user-dead"));

    // Nothing else comes.
    let quiet = std::time::Duration::from_millis(500);
    if let Some(extra) = app.try_next_enriched(quiet).await {
        panic!("an extra output: {:?}", message_id(&extra));
    }
    if let Some(extra) = app.try_next_dead_letter(quiet).await {
        panic!("an extra dead letter: {:?}", message_id(&extra));
    }

    assert_python_reads(&pairs);

    // Still serving: healthy, and an ordinary article is enriched.
    let (status, body) = common::http_get(app.metrics_addr(), "/healthz")
        .await
        .expect("GET /healthz");
    assert_eq!(status, 200, "healthz: {body}");
    app.publish_article(br#"{"id":"after","body":"Nordkorea und Russland"}"#)
        .await;
    let after = app.next_enriched().await.json();
    assert_eq!(after["id"], "after");
    assert_eq!(after["countries"][0]["id"], "KP");
    app.finish().await;
}

/// A broker user made for one test, deleted again when dropped (also on a panic).
struct TempUser {
    name: String,
}

impl TempUser {
    fn create() -> TempUser {
        let name = format!("enricher-test-{:016x}", fastrand::u64(..));
        let user = TempUser { name };
        user.ctl(&["add_user", &user.name, "test-password"]);
        user.ctl(&["set_permissions", "-p", "/", &user.name, ".*", ".*", ".*"]);
        user
    }

    fn ctl(&self, args: &[&str]) {
        common::run_ok(
            std::process::Command::new("rabbitmqctl")
                .arg("-q")
                .args(args),
            &format!("rabbitmqctl {args:?} (the broker tests need it on PATH)"),
        );
    }

    /// `AMQP_URL` with this user's credentials.
    fn url(&self) -> String {
        let url = common::amqp_url();
        let (scheme, rest) = url.split_once("://").expect("AMQP_URL has a scheme");
        let host = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
        format!("{scheme}://{}:test-password@{host}", self.name)
    }
}

impl Drop for TempUser {
    fn drop(&mut self) {
        let _ = std::process::Command::new("rabbitmqctl")
            .args(["-q", "delete_user", &self.name])
            .output();
    }
}

/// A message that another user published with its `user_id` (the broker checks it against
/// the publisher) cannot be dead-lettered with that `user_id` by the service's own user:
/// the broker would refuse it (406), close the channel and the input would come back for
/// ever. The dead letter carries it as a header instead, and the session lives on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dead_letter_of_another_users_message_is_not_refused() {
    let user = TempUser::create();
    let url = user.url();
    let mut app = spawn_app_with(|c| c.amqp_url = url.parse().expect("a valid URL")).await;
    // The test's own connection is AMQP_URL's user (guest), so user_id "guest" is accepted.
    let props = BasicProperties::default()
        .with_message_id("other-user".into())
        .with_user_id("guest".into());
    app.publish_with(br#"{"title":"no body"}"#, "article", props)
        .await;
    let d = app.next_dead_letter().await;
    assert_eq!(
        d.header_text("x-enricher-error").as_deref(),
        Some("missing_body")
    );
    assert_eq!(
        d.header_text("x-enricher-original-user-id").as_deref(),
        Some("guest")
    );
    assert_eq!(d.properties.user_id(), &None);
    app.publish_article(br#"{"id":"after","body":"Iran"}"#)
        .await;
    assert_eq!(app.next_enriched().await.json()["id"], "after");
    app.wait_for_metric("enricher_broker_reconnects_total", 0.0)
        .await;
    app.finish().await;
}
