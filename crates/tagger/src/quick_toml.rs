//! A fast reader for the plain shape the gazetteer files are written in, with the `toml`
//! crate behind it for everything else.
//!
//! The `toml` crate builds a whole editable document (every key, value, span and piece of
//! whitespace) before serde reads the five tables out of it: about a third of the
//! instructions of loading a gazetteer directory. [`parse`] reads the shape the files
//! actually have, line by line, straight into [`RawFile`]:
//!
//! ```toml
//! # comments and blank lines
//! [[organization]]                  # an array-of-tables header of one of the five tables
//! id = "..."                        # a bare key and a basic string: the entry's fields
//! [organization.aliases]            # the aliases of the entry just opened
//! en = ["...", "..."]               # a bare key and an array of basic strings (may span lines)
//! ```
//!
//! It returns `None` at the first thing outside that shape, or anything the `toml` crate
//! or the serde shapes would refuse (an unknown or repeated key, a missing field, a
//! string escape other than `\"` and `\\`, a control character, a carriage return, a
//! header that is not the entry just opened...), and the caller parses the file again
//! with the `toml` crate, which reports the error with its line and cause exactly as
//! before. So a file this reader accepts gives the value the `toml` crate gives (the
//! tests compare both, spans included, on the built-in files and on near misses), and a
//! file it refuses gives the `toml` crate's value or error.

use std::ops::Range;

use toml::Spanned;

use crate::parse::{
    RawAliases, RawCategory, RawCountry, RawFile, RawOrganization, RawRegion, RawWeapon,
};

/// The five tables of a gazetteer file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Table {
    Country,
    Organization,
    Category,
    Weapon,
    Region,
}

impl Table {
    fn of(name: &[u8]) -> Option<Table> {
        Some(match name {
            b"country" => Table::Country,
            b"organization" => Table::Organization,
            b"category" => Table::Category,
            b"weapon" => Table::Weapon,
            b"region" => Table::Region,
            _ => return None,
        })
    }

    /// The field slot of `key` in this table's entries (`None`: not a string field of it).
    fn field(self, key: &[u8]) -> Option<usize> {
        let slot = match key {
            b"id" => ID,
            b"name" => NAME,
            b"acronym" => ACRONYM,
            b"kind" => KIND,
            b"country" => COUNTRY,
            b"category" => CATEGORY,
            b"sipri" => SIPRI,
            b"un_register" => UN_REGISTER,
            _ => return None,
        };
        let allowed: &[usize] = match self {
            Table::Country | Table::Region => &[ID, NAME],
            Table::Organization => &[ID, NAME, ACRONYM, KIND, COUNTRY],
            Table::Category => &[ID, NAME, SIPRI, UN_REGISTER],
            Table::Weapon => &[ID, CATEGORY, NAME],
        };
        allowed.contains(&slot).then_some(slot)
    }
}

const ID: usize = 0;
const NAME: usize = 1;
const ACRONYM: usize = 2;
const KIND: usize = 3;
const COUNTRY: usize = 4;
const CATEGORY: usize = 5;
const SIPRI: usize = 6;
const UN_REGISTER: usize = 7;

/// The entry being read: its table, its string fields by slot, its aliases once their
/// header was read.
struct Entry {
    table: Table,
    fields: [Option<Spanned<String>>; 8],
    aliases: Option<RawAliases>,
}

impl Entry {
    fn new(table: Table) -> Entry {
        Entry {
            table,
            fields: Default::default(),
            aliases: None,
        }
    }

    /// Into its table of `file`; `None` when a required field is missing.
    fn finish(self, file: &mut RawFile) -> Option<()> {
        let [id, name, acronym, kind, country, category, sipri, un_register] = self.fields;
        let aliases = self.aliases.unwrap_or_default();
        match self.table {
            Table::Country => file.country.push(RawCountry {
                id: id?,
                name: name?,
                aliases,
            }),
            Table::Organization => file.organization.push(RawOrganization {
                id: id?,
                name: name?,
                acronym,
                kind: kind?,
                country,
                aliases,
            }),
            Table::Category => file.category.push(RawCategory {
                id: id?,
                name: name?,
                sipri: sipri.map(Spanned::into_inner),
                un_register: un_register.map(Spanned::into_inner),
            }),
            Table::Weapon => file.weapon.push(RawWeapon {
                id: id?,
                category: category?,
                name: name?,
                aliases,
            }),
            Table::Region => file.region.push(RawRegion {
                id: id?,
                name: name?,
                aliases,
            }),
        }
        Some(())
    }
}

/// A cursor over the file's bytes.
struct Cursor<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_blanks(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.at += 1;
        }
    }

    /// A comment from its `#` to the end of the line (the newline not taken); `None` for
    /// a control character in it, which TOML does not allow.
    fn comment(&mut self) -> Option<()> {
        debug_assert_eq!(self.peek(), Some(b'#'));
        let rest = &self.bytes[self.at..];
        let len = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
        if rest[..len]
            .iter()
            .any(|&b| (b < 0x20 && b != b'\t') || b == 0x7f)
        {
            return None;
        }
        self.at += len;
        Some(())
    }

    /// Blanks and an optional comment, then the end of the line (taken) or of the file.
    fn end_of_line(&mut self) -> Option<()> {
        self.skip_blanks();
        if self.peek() == Some(b'#') {
            self.comment()?;
        }
        match self.peek() {
            None => Some(()),
            Some(b'\n') => {
                self.at += 1;
                Some(())
            }
            Some(_) => None,
        }
    }

    /// A bare key (`[A-Za-z0-9_-]+`).
    fn bare_key(&mut self) -> Option<Range<usize>> {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            self.at += 1;
        }
        (self.at > start).then_some(start..self.at)
    }

    /// A basic string on one line, with no escape but `\"` and `\\` and no control
    /// character; its span includes the quotes, as the `toml` crate's does.
    fn string(&mut self) -> Option<Spanned<String>> {
        let start = self.at;
        if self.peek() != Some(b'"') || self.bytes.get(start + 1..start + 3) == Some(&b"\"\""[..]) {
            return None; // not a basic string, or a multi-line one
        }
        self.at += 1;
        let mut value = String::new();
        let mut run = self.at;
        loop {
            let b = *self.bytes.get(self.at)?;
            match b {
                b'"' => {
                    value.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    return Some(Spanned::new(start..self.at, value));
                }
                b'\\' => {
                    let escaped = *self.bytes.get(self.at + 1)?;
                    if escaped != b'"' && escaped != b'\\' {
                        return None;
                    }
                    value.push_str(&self.text[run..self.at]);
                    value.push(char::from(escaped));
                    self.at += 2;
                    run = self.at;
                }
                b if (b < 0x20 && b != b'\t') || b == 0x7f => return None,
                _ => self.at += 1,
            }
        }
    }

    /// Blanks, newlines and comments inside an array.
    fn skip_array_space(&mut self) -> Option<()> {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n') => self.at += 1,
                Some(b'#') => self.comment()?,
                _ => return Some(()),
            }
        }
    }

    /// An array of basic strings (trailing comma, newlines and comments allowed).
    fn string_array(&mut self) -> Option<Spanned<Vec<Spanned<String>>>> {
        let start = self.at;
        if self.peek() != Some(b'[') {
            return None;
        }
        self.at += 1;
        let mut items = Vec::new();
        loop {
            self.skip_array_space()?;
            if self.peek() == Some(b']') {
                break;
            }
            items.push(self.string()?);
            self.skip_array_space()?;
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => break,
                _ => return None,
            }
        }
        self.at += 1;
        Some(Spanned::new(start..self.at, items))
    }
}

/// What the lines read so far have opened.
enum Open {
    /// Nothing yet: only comments and blank lines so far.
    Root,
    /// An entry's own keys.
    Entry(Entry),
    /// The entry's `[table.aliases]`.
    Aliases(Entry),
}

/// The gazetteer file `text` as the `toml` crate would deserialize it, when it is written
/// in the plain shape this reader knows; `None` otherwise (the caller then parses it with
/// the `toml` crate).
pub(crate) fn parse(text: &str) -> Option<RawFile> {
    let mut file = RawFile {
        country: Vec::new(),
        organization: Vec::new(),
        category: Vec::new(),
        weapon: Vec::new(),
        region: Vec::new(),
    };
    let mut cur = Cursor {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    let mut open = Open::Root;
    loop {
        cur.skip_blanks();
        match cur.peek() {
            None => break,
            Some(b'\n') => cur.at += 1,
            Some(b'#') => {
                cur.comment()?;
            }
            Some(b'[') => {
                let rest = &cur.bytes[cur.at..];
                let line = &rest[..rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len())];
                // The header without blanks, comment or anything after it.
                let close = line.iter().position(|&b| b == b']')?;
                if let Some(name) = line.strip_prefix(b"[[") {
                    let name = &name[..close - 2];
                    if line.get(close + 1) != Some(&b']') {
                        return None;
                    }
                    let table = Table::of(name)?;
                    match std::mem::replace(&mut open, Open::Entry(Entry::new(table))) {
                        Open::Root => {}
                        Open::Entry(entry) | Open::Aliases(entry) => entry.finish(&mut file)?,
                    }
                    cur.at += close + 2;
                } else {
                    let name = line[1..close].strip_suffix(b".aliases")?;
                    let table = Table::of(name)?;
                    // Only the aliases of the entry just opened, once, and not for a
                    // category (which has none).
                    let Open::Entry(entry) = std::mem::replace(&mut open, Open::Root) else {
                        return None;
                    };
                    if entry.table != table || table == Table::Category {
                        return None;
                    }
                    let mut entry = entry;
                    entry.aliases = Some(RawAliases::new());
                    open = Open::Aliases(entry);
                    cur.at += close + 1;
                }
                cur.end_of_line()?;
            }
            Some(_) => {
                let key = cur.bare_key()?;
                cur.skip_blanks();
                if cur.peek() != Some(b'=') {
                    return None;
                }
                cur.at += 1;
                cur.skip_blanks();
                match &mut open {
                    Open::Root => return None,
                    Open::Entry(entry) => {
                        let slot = entry.table.field(&cur.bytes[key])?;
                        let value = cur.string()?;
                        if entry.fields[slot].replace(value).is_some() {
                            return None; // a repeated key
                        }
                    }
                    Open::Aliases(entry) => {
                        let list = cur.string_array()?;
                        let lang = Spanned::new(key.clone(), text[key].to_owned());
                        let aliases = entry.aliases.get_or_insert_with(RawAliases::new);
                        if aliases.insert(lang, list).is_some() {
                            return None; // a repeated language
                        }
                    }
                }
                cur.end_of_line()?;
            }
        }
    }
    match open {
        Open::Root => {}
        Open::Entry(entry) | Open::Aliases(entry) => entry.finish(&mut file)?,
    }
    Some(file)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// Every value of `file` with its span, in order: what both readers must agree on.
    fn dump(file: &RawFile) -> Vec<String> {
        fn s(out: &mut Vec<String>, what: &str, v: &Spanned<String>) {
            out.push(format!("{what} {:?} {:?}", v.span(), v.get_ref()));
        }
        fn opt(out: &mut Vec<String>, what: &str, v: &Option<Spanned<String>>) {
            match v {
                Some(v) => s(out, what, v),
                None => out.push(format!("{what} none")),
            }
        }
        fn aliases(out: &mut Vec<String>, a: &RawAliases) {
            for (lang, list) in a {
                s(out, "lang", lang);
                out.push(format!("list {:?}", list.span()));
                for alias in list.get_ref() {
                    s(out, "alias", alias);
                }
            }
        }
        let mut out = Vec::new();
        for c in &file.country {
            s(&mut out, "country", &c.id);
            s(&mut out, "name", &c.name);
            aliases(&mut out, &c.aliases);
        }
        for o in &file.organization {
            s(&mut out, "organization", &o.id);
            s(&mut out, "name", &o.name);
            opt(&mut out, "acronym", &o.acronym);
            s(&mut out, "kind", &o.kind);
            opt(&mut out, "country", &o.country);
            aliases(&mut out, &o.aliases);
        }
        for c in &file.category {
            s(&mut out, "category", &c.id);
            s(&mut out, "name", &c.name);
            out.push(format!("sipri {:?} {:?}", c.sipri, c.un_register));
        }
        for w in &file.weapon {
            s(&mut out, "weapon", &w.id);
            s(&mut out, "category", &w.category);
            s(&mut out, "name", &w.name);
            aliases(&mut out, &w.aliases);
        }
        for r in &file.region {
            s(&mut out, "region", &r.id);
            s(&mut out, "name", &r.name);
            aliases(&mut out, &r.aliases);
        }
        out
    }

    /// `parse` of `text` is `None` or what the `toml` crate reads; returns whether it
    /// read the file itself.
    fn agrees(text: &str) -> bool {
        let slow = toml::from_str::<RawFile>(text);
        match parse(text) {
            None => false,
            Some(quick) => {
                let slow = slow.unwrap_or_else(|e| {
                    panic!("the quick reader accepts what the toml crate refuses ({e}):\n{text}")
                });
                assert_eq!(dump(&quick), dump(&slow), "{text}");
                true
            }
        }
    }

    #[test]
    fn builtin_files_are_read_quickly_and_alike() {
        for (name, text) in crate::gazetteer::Gazetteer::builtin_files() {
            assert!(agrees(text), "{name} falls back to the toml crate");
        }
    }

    const ORG: &str = "[[organization]]\nid = \"a\"\nname = \"A\"\nkind = \"party\"\n";

    #[test]
    fn plain_shapes_are_read_alike() {
        let rows = [
            String::new(),
            "# only a comment\n\n".to_owned(),
            ORG.to_owned(),
            format!("{ORG}[organization.aliases]\nen = [\"A|cap\", \"B\"]\n"),
            format!("{ORG}[organization.aliases]\nen = []\nde = [ \"x\" , ]\n"),
            format!("{ORG}[organization.aliases]\nen = [\n  \"x\", # one\n  # two\n  \"y\"\n]\n"),
            format!("{ORG}[organization.aliases]   # aliases\nen = [\"x\"]   # end\n"),
            "[[country]]\nid = \"KP\"\nname = \"North \\\"Korea\\\\\"\n".to_owned(),
            "[[category]]\nid = \"missiles\"\nname = \"M\"\nsipri = \"s\"\nun_register = \"u\"\n".to_owned(),
            "[[weapon]]\nid = \"w\"\ncategory = \"missiles\"\nname = \"W\"\n[weapon.aliases]\nen = [\"x\"]\n[[region]]\nid = \"r\"\nname = \"R\"\n".to_owned(),
            format!("{ORG}acronym = \"A\"\ncountry = \"DE\"\n\t[organization.aliases]\n\tany = [\"Äß \u{00e9}\"]"),
            format!("{ORG}[[organization]]\nid = \"b\"\nname = \"B\"\nkind = \"company\"\n"),
        ];
        for text in &rows {
            assert!(agrees(text), "falls back:\n{text}");
        }
    }

    #[test]
    fn everything_else_goes_to_the_toml_crate() {
        // Each row: valid TOML the reader leaves to the crate, or invalid TOML or a wrong
        // shape, which the crate must report.
        let rows = [
            format!("{ORG}id = \"b\"\n"),                         // repeated key
            format!("{ORG}colour = \"red\"\n"),                   // unknown field
            "[[organization]]\nid = \"a\"\nname = \"A\"\n".to_owned(), // missing kind
            format!("{ORG}[organization.aliases]\nen = [\"x\"]\nen = [\"y\"]\n"),
            format!("{ORG}[organization.aliases]\n[organization.aliases]\n"),
            format!("{ORG}[[country]]\nid = \"KP\"\nname = \"K\"\n[organization.aliases]\nen = [\"x\"]\n"),
            format!("{ORG}name = 'A'\n"),
            format!("{ORG}[organization.aliases]\nen = [\"a\\tb\"]\n"),
            format!("{ORG}[organization.aliases]\nen = [\"a\\q\"]\n"),
            format!("{ORG}[organization.aliases]\nen = [\"a\u{1}b\"]\n"),
            format!("{ORG}[organization.aliases]\nen = [\"\"\"x\"\"\"]\n"),
            format!("{ORG}[organization.aliases]\nen = [\"x\",,]\n"),
            format!("{ORG}[organization.aliases]\nen = [,]\n"),
            format!("{ORG}[organization.aliases]\nen = [\"x\" \"y\"]\n"),
            format!("{ORG}[organization.aliases]\nen = [\"x\"\n"),
            format!("{ORG}[organization.aliases]\nen = \"x\"\n"),
            format!("{ORG}[organization.aliases]\nen = [1]\n"),
            format!("{ORG}[organization.aliases]\n\"en\" = [\"x\"]\n"),
            format!("{ORG}[organization.aliases]\nen.x = [\"x\"]\n"),
            format!("{ORG}id2 = \"x\" \"y\"\n"),
            format!("{ORG}name = \"A\nB\"\n"),
            format!("{ORG}aliases = {{ en = [\"x\"] }}\n"),
            format!("{ORG}\r\n"),
            format!("{ORG}# bad \u{7f} comment\n"),
            "\u{feff}[[country]]\nid = \"KP\"\nname = \"K\"\n".to_owned(),
            "[[ country ]]\nid = \"KP\"\nname = \"K\"\n".to_owned(),
            "[[countries]]\nid = \"KP\"\nname = \"K\"\n".to_owned(),
            "[country]\nid = \"KP\"\nname = \"K\"\n".to_owned(),
            "[[category]]\nid = \"m\"\nname = \"M\"\n[category.aliases]\nen = [\"x\"]\n".to_owned(),
            "[[country]] id = \"KP\"\n".to_owned(),
            "id = \"KP\"\n".to_owned(),
            "[[country]]\nid =\n\"KP\"\nname = \"K\"\n".to_owned(),
            "[[country]]\nid = \"KP\" # fine\nname = \"K\" x\n".to_owned(),
            "[[country]]\nid = \"KP\"\nname = \"K\"\n[country.aliases.de]\n".to_owned(),
            "[[country]]\nid = \"KP\"\nname = \"K\"\n[country.aliases]]\n".to_owned(),
            "[[country]\nid = \"KP\"\nname = \"K\"\n".to_owned(),
            "[[country]]]\nid = \"KP\"\nname = \"K\"\n".to_owned(),
        ];
        for text in &rows {
            assert!(!agrees(text), "read by the quick reader:\n{text}");
        }
    }
}
