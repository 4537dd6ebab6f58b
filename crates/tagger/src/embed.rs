//! A compact binary form of a validated [`Source`], so that the built-in gazetteer is
//! parsed and validated once, by `build.rs`, and not at every start.
//!
//! The form is private to one build: `build.rs` writes it with [`encode`] from the same
//! source code that [`decode`] is compiled from, so there is no versioning. Strings are
//! a little-endian `u32` length and UTF-8 bytes; file names are indices into a table.

use sha2::{Digest, Sha256};

use crate::model::{Alias, Category, Entity, EntryType, Flags, Lang, Source};

/// The bytes of `source`.
#[allow(dead_code)] // used by build.rs and the tests; the library only decodes
pub(crate) fn encode(source: &Source) -> Vec<u8> {
    let mut files: Vec<&str> = Vec::new();
    fn file_index<'s>(files: &mut Vec<&'s str>, name: &'s str) -> u32 {
        match files.iter().position(|f| *f == name) {
            Some(i) => i as u32,
            None => {
                files.push(name);
                (files.len() - 1) as u32
            }
        }
    }
    let mut body = Writer::default();
    body.u32(source.categories.len() as u32);
    for c in &source.categories {
        body.str(&c.id);
        body.str(&c.name);
    }
    body.u32(source.entities.len() as u32);
    for e in &source.entities {
        body.u8(EntryType::ALL
            .iter()
            .position(|k| *k == e.kind)
            .unwrap_or(0) as u8);
        body.str(&e.id);
        body.str(&e.name);
        body.opt(e.acronym.as_deref());
        body.opt(e.org_kind.as_deref());
        body.opt(e.country.as_deref());
        body.u32(e.category as u32);
        body.u32(file_index(&mut files, &e.file));
        body.u32(e.line as u32);
    }
    body.u32(source.aliases.len() as u32);
    for a in &source.aliases {
        body.u32(a.entity as u32);
        body.lang(a.lang);
        body.str(&a.text);
        body.str(&a.folded);
        body.u32(a.flags.bits());
        body.u32(file_index(&mut files, &a.file));
        body.u32(a.line as u32);
    }
    let mut out = Writer::default();
    out.u32(files.len() as u32);
    for f in &files {
        out.str(f);
    }
    out.0.extend(body.0);
    out.into_bytes()
}

/// The [`Source`] that [`encode`] wrote into `bytes`.
///
/// # Panics
///
/// When `bytes` were not written by [`encode`] of this build.
pub(crate) fn decode(bytes: &[u8]) -> Source {
    let mut r = Reader::new(bytes);
    let files: Vec<&str> = (0..r.u32()).map(|_| r.str()).collect();
    let categories = (0..r.u32())
        .map(|_| Category {
            id: r.str().to_owned(),
            name: r.str().to_owned(),
        })
        .collect();
    let n = r.u32() as usize;
    let mut entities = Vec::with_capacity(n);
    for _ in 0..n {
        entities.push(Entity {
            kind: EntryType::ALL[usize::from(r.u8())],
            id: r.str().to_owned(),
            name: r.str().to_owned(),
            acronym: r.opt(),
            org_kind: r.opt(),
            country: r.opt(),
            category: r.u32() as usize,
            file: files[r.u32() as usize].to_owned(),
            line: r.u32() as usize,
        });
    }
    let n = r.u32() as usize;
    let mut aliases = Vec::with_capacity(n);
    for _ in 0..n {
        aliases.push(Alias {
            entity: r.u32() as usize,
            lang: r.lang(),
            text: r.str().to_owned(),
            folded: r.str().to_owned(),
            flags: Flags::from_bits(r.u32()),
            file: files[r.u32() as usize].to_owned(),
            line: r.u32() as usize,
        });
    }
    r.finish();
    Source {
        entities,
        aliases,
        categories,
    }
}

/// `sha256:` and the hex SHA-256 over the files' names and contents: what
/// `Gazetteer::content_hash` reports (here so that `build.rs` computes the built-in one).
pub(crate) fn content_hash(files: &[(&str, &str)]) -> String {
    let mut hasher = Sha256::new();
    for (name, contents) in files {
        hasher.update((name.len() as u64).to_le_bytes());
        hasher.update(name.as_bytes());
        hasher.update((contents.len() as u64).to_le_bytes());
        hasher.update(contents.as_bytes());
    }
    format!("sha256:{}", hex::encode(hasher.finalize()))
}

/// Writes the little-endian form [`Reader`] reads.
#[allow(dead_code)] // see `encode`
#[derive(Default)]
pub(crate) struct Writer(Vec<u8>);

#[allow(dead_code)] // see `encode`
impl Writer {
    pub(crate) fn into_bytes(self) -> Vec<u8> {
        self.0
    }

    pub(crate) fn u8(&mut self, v: u8) {
        self.0.push(v);
    }

    /// A language as its index in [`Lang::ALL`].
    pub(crate) fn lang(&mut self, lang: Lang) {
        self.u8(Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0) as u8);
    }

    pub(crate) fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }

    pub(crate) fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }

    /// `None` is the length `u32::MAX`.
    pub(crate) fn opt(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.u32(u32::MAX),
        }
    }
}

/// Reads what [`Writer`] wrote; panics past the end (the bytes are this build's own).
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0 }
    }

    /// Panics unless every byte was read.
    pub(crate) fn finish(self) {
        assert_eq!(
            self.at,
            self.bytes.len(),
            "embedded gazetteer: trailing bytes"
        );
    }

    fn take(&mut self, n: usize) -> &'a [u8] {
        let out = &self.bytes[self.at..self.at + n];
        self.at += n;
        out
    }

    pub(crate) fn u8(&mut self) -> u8 {
        self.take(1)[0]
    }

    /// What [`Writer::lang`] wrote.
    pub(crate) fn lang(&mut self) -> Lang {
        Lang::ALL[usize::from(self.u8())]
    }

    pub(crate) fn u32(&mut self) -> u32 {
        let b = self.take(4);
        u32::from_le_bytes([b[0], b[1], b[2], b[3]])
    }

    pub(crate) fn str(&mut self) -> &'a str {
        let n = self.u32() as usize;
        std::str::from_utf8(self.take(n)).expect("embedded gazetteer: UTF-8")
    }

    pub(crate) fn opt(&mut self) -> Option<String> {
        let n = self.u32();
        (n != u32::MAX).then(|| {
            let bytes = self.take(n as usize);
            std::str::from_utf8(bytes)
                .expect("embedded gazetteer: UTF-8")
                .to_owned()
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let toml = "[[organization]]\nid = \"a\"\nname = \"Ä\"\nkind = \"party\"\ncountry = \"DE\"\n\
                    [organization.aliases]\nde = [\"AfD|exact\", \"Alternative für Deutschland\"]\n\
                    [[weapon]]\nid = \"t\"\ncategory = \"drones\"\nname = \"T\"\n[weapon.aliases]\nzh = [\"无人机\"]\n";
        let mut findings = Vec::new();
        let source = crate::parse::parse_all(
            &[("x.toml", toml)],
            &mut findings,
            crate::parse::Severity::Error,
        );
        assert!(findings.is_empty(), "{findings:?}");
        assert_eq!(source.aliases.len(), 3);
        assert!(decode(&encode(&source)) == source);
    }
}
