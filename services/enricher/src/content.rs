//! How to read a message body: its `content_type` and `content_encoding` properties.
//!
//! [`message_body`] is the first check of every delivery, before [`Article::decode`]:
//!
//! - `content_type`: absent, empty, `application/json` or an `application/*+json` type
//!   (RFC 6839), with or without parameters, is JSON; a `charset` parameter must be UTF-8
//!   (or its subset US-ASCII). Anything else is `unsupported_content_type`.
//! - `content_encoding`: absent, empty or `identity` is the body as is; `gzip` (`x-gzip`)
//!   and `deflate` (zlib-wrapped, as HTTP means it, or raw) are decoded; anything else is
//!   `unsupported_encoding`, and a body that does not decode is `invalid_encoding`.
//! - The size limit applies to the body as received *and* to the decoded body. Decoding
//!   stops one byte past the limit, so a small compressed body that would expand to
//!   gigabytes (a decompression bomb) costs at most `limit` bytes of memory.
//!
//! [`Article::decode`]: enricher_proto::Article::decode

use std::borrow::Cow;
use std::io::Read;

use enricher_proto::DecodeError;

/// The JSON bytes of a message: `data` itself, or `data` decoded from its
/// `content_encoding`.
///
/// # Errors
///
/// `unsupported_content_type`, `unsupported_encoding`, `too_large` (before or after
/// decoding) or `invalid_encoding`; see the module docs.
pub fn message_body<'a>(
    data: &'a [u8],
    content_type: Option<&str>,
    content_encoding: Option<&str>,
    limit: usize,
) -> Result<Cow<'a, [u8]>, DecodeError> {
    if let Some(content_type) = content_type {
        if !is_json(content_type) {
            return Err(DecodeError::UnsupportedContentType {
                content_type: content_type.to_owned(),
            });
        }
    }
    let encoding = match content_encoding.map(str::trim) {
        None => Encoding::Identity,
        Some(e) if e.is_empty() || e.eq_ignore_ascii_case("identity") => Encoding::Identity,
        Some(e) if e.eq_ignore_ascii_case("gzip") || e.eq_ignore_ascii_case("x-gzip") => {
            Encoding::Gzip
        }
        Some(e) if e.eq_ignore_ascii_case("deflate") => Encoding::Deflate,
        Some(e) => {
            return Err(DecodeError::UnsupportedEncoding {
                encoding: e.to_owned(),
            })
        }
    };
    if data.len() > limit {
        return Err(DecodeError::TooLarge {
            size: data.len(),
            limit,
        });
    }
    let name = match encoding {
        Encoding::Identity => return Ok(Cow::Borrowed(data)),
        Encoding::Gzip => "gzip",
        Encoding::Deflate => "deflate",
    };
    let reader: Box<dyn Read + '_> = match encoding {
        Encoding::Gzip => Box::new(flate2::read::MultiGzDecoder::new(data)),
        Encoding::Deflate if is_zlib_header(data) => Box::new(flate2::read::ZlibDecoder::new(data)),
        _ => Box::new(flate2::read::DeflateDecoder::new(data)),
    };
    let mut out = Vec::with_capacity(data.len().saturating_mul(4).min(limit));
    // One byte past the limit tells "over" from "exactly at".
    let read = reader
        .take(limit as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|e| DecodeError::InvalidEncoding {
            encoding: name.to_owned(),
            detail: e.to_string(),
        });
    read?;
    if out.len() > limit {
        return Err(DecodeError::TooLargeDecoded {
            encoding: name.to_owned(),
            limit,
        });
    }
    Ok(Cow::Owned(out))
}

#[derive(Debug, Clone, Copy)]
enum Encoding {
    Identity,
    Gzip,
    Deflate,
}

/// A zlib stream header (RFC 1950): method 8 (deflate) and a check value that makes the
/// first two bytes a multiple of 31.
fn is_zlib_header(data: &[u8]) -> bool {
    match data {
        [cmf, flg, ..] => cmf & 0x0f == 8 && (u16::from(*cmf) << 8 | u16::from(*flg)) % 31 == 0,
        _ => false,
    }
}

/// Whether a `content_type` value says JSON in UTF-8 (see the module docs).
fn is_json(content_type: &str) -> bool {
    let mut parts = content_type.split(';');
    let mime = parts.next().unwrap_or("").trim();
    let Some((top, sub)) = mime.split_once('/') else {
        return mime.is_empty();
    };
    let sub = sub.trim();
    let json = top.trim().eq_ignore_ascii_case("application")
        && (sub.eq_ignore_ascii_case("json")
            || (sub.len() > 5
                && sub.is_char_boundary(sub.len() - 5)
                && sub[sub.len() - 5..].eq_ignore_ascii_case("+json")));
    json && parts.all(|p| match p.split_once('=') {
        Some((k, v)) if k.trim().eq_ignore_ascii_case("charset") => {
            let v = v.trim().trim_matches('"');
            ["utf-8", "utf8", "us-ascii"]
                .iter()
                .any(|c| v.eq_ignore_ascii_case(c))
        }
        _ => true,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::type_complexity)]
mod tests {
    use std::io::Write;

    use super::*;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn raw_deflate(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    const JSON: &[u8] = br#"{"body":"Nordkorea"}"#;

    #[test]
    fn content_type_table() {
        let rows: &[(&str, bool)] = &[
            ("application/json", true),
            ("Application/JSON", true),
            ("application/json; charset=utf-8", true),
            ("application/json;charset=\"UTF-8\"", true),
            ("application/json; charset=us-ascii", true),
            ("application/vnd.news+json", true),
            ("application/ld+json; profile=x", true),
            ("", true),
            ("  ", true),
            ("application/json; charset=iso-8859-1", false),
            ("application/json; charset=utf-16", false),
            ("text/plain", false),
            ("text/json", false),
            ("application/xml", false),
            ("application/octet-stream", false),
            ("application/x-ndjson", false),
            ("json", false),
            ("application/+json", false),
        ];
        for (ct, want) in rows {
            assert_eq!(is_json(ct), *want, "content_type {ct:?}");
            let got = message_body(JSON, Some(ct), None, 1000);
            assert_eq!(
                got.is_ok(),
                *want,
                "content_type {ct:?}: {:?}",
                got.as_ref().err()
            );
            if let Err(e) = got {
                assert_eq!(e.reason(), "unsupported_content_type");
                assert!(e.to_string().contains(ct), "{e}");
            }
        }
    }

    #[test]
    fn encoding_table() {
        // (name, encoding, body, limit, expected reason or None for JSON back)
        let big = format!(r#"{{"body":"{}"}}"#, "a".repeat(10_000));
        let at_limit = format!(r#"{{"body":"{}"}}"#, "a".repeat(500));
        let rows: Vec<(&str, Option<&str>, Vec<u8>, usize, Option<&str>)> = vec![
            ("absent", None, JSON.to_vec(), 1000, None),
            ("identity", Some("identity"), JSON.to_vec(), 1000, None),
            ("empty", Some(""), JSON.to_vec(), 1000, None),
            ("gzip", Some("gzip"), gzip(JSON), 1000, None),
            ("GZIP, x-gzip", Some("x-gzip"), gzip(JSON), 1000, None),
            ("deflate as zlib", Some("deflate"), zlib(JSON), 1000, None),
            (
                "raw deflate",
                Some("Deflate"),
                raw_deflate(JSON),
                1000,
                None,
            ),
            (
                "br",
                Some("br"),
                JSON.to_vec(),
                1000,
                Some("unsupported_encoding"),
            ),
            (
                "compress",
                Some("compress"),
                JSON.to_vec(),
                1000,
                Some("unsupported_encoding"),
            ),
            (
                "a list",
                Some("gzip, identity"),
                gzip(JSON),
                1000,
                Some("unsupported_encoding"),
            ),
            (
                "gzip on plain bytes",
                Some("gzip"),
                JSON.to_vec(),
                1000,
                Some("invalid_encoding"),
            ),
            (
                "truncated gzip",
                Some("gzip"),
                gzip(JSON)[..12].to_vec(),
                1000,
                Some("invalid_encoding"),
            ),
            (
                "plain over the limit",
                None,
                big.clone().into_bytes(),
                1000,
                Some("too_large"),
            ),
            (
                "decoded over the limit",
                Some("gzip"),
                gzip(big.as_bytes()),
                1000,
                Some("too_large"),
            ),
            (
                "decoded exactly at the limit",
                Some("gzip"),
                gzip(at_limit.as_bytes()),
                at_limit.len(),
                None,
            ),
        ];
        for (name, encoding, body, limit, want) in rows {
            let got = message_body(&body, None, encoding, limit);
            match (want, got) {
                (None, Ok(bytes)) => {
                    let want = if name.contains("at the limit") {
                        at_limit.as_bytes()
                    } else {
                        JSON
                    };
                    assert_eq!(&*bytes, want, "row {name}")
                }
                (Some(reason), Err(e)) => assert_eq!(e.reason(), reason, "row {name}: {e}"),
                (want, got) => panic!("row {name}: want {want:?}, got {got:?}"),
            }
        }
    }

    /// 64 MiB of spaces pack into about 64 KB of gzip; decoding stops at the 1 MiB limit.
    #[test]
    fn a_decompression_bomb_stops_at_the_limit() {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let chunk = vec![b' '; 1 << 20];
        for _ in 0..64 {
            e.write_all(&chunk).unwrap();
        }
        let bomb = e.finish().unwrap();
        assert!(bomb.len() < 100_000, "{}", bomb.len());
        let err = message_body(&bomb, Some("application/json"), Some("gzip"), 1 << 20).unwrap_err();
        assert_eq!(err.reason(), "too_large");
        assert!(err.to_string().contains("decoded from gzip"), "{err}");
    }
}
