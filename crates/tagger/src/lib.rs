//! Pure tagging core of News Enricher: finds the countries, organizations and weapon
//! categories an article mentions, with exact offsets. No async runtime, no broker.
//!
//! # Layout
//!
//! - [`gazetteer`]: [`Gazetteer`]: load (built in, a directory, text), build, check,
//!   stats, content hash.
//! - `model`: the data model the files describe: entities, aliases, flags, languages,
//!   weapon categories (`Source`).
//! - `embed`: the built-in gazetteer parsed and validated at build time (`build.rs`),
//!   in a compact form loaded at start.
//! - `parse`: the TOML files → `Source`: parsing with line numbers, validation, alias
//!   collisions, every finding with file, line and cause.
//! - [`normalize`]: folding text and aliases alike (case, umlauts, marks, HTML entities,
//!   word gaps) with a map back to original offsets.
//! - `common_words`: the `gazetteer check` warning for names that are common words
//!   (built-in wordfreq lists).
//! - `compile`: aliases → inflected variants → boundary patterns with candidates → one
//!   pattern trie.
//! - `trie`: the patterns' trie (the Aho-Corasick goto trie without failure links),
//!   searched leftmost-longest by walking it from each position a pattern can start at.
//! - `matcher`: the search loop: candidate checks, reject-and-resume, compound heads,
//!   clitic prefixes and attached suffixes.
//! - `script`: rules of scripts without spaces or with attached clitics: Han (one word per
//!   character, traditional → simplified, one-character abbreviations), Arabic and
//!   Persian (letter variants, clitic prefixes, nisba forms, suffixes), Turkish `ı`.
//! - `context`: context rules over the matches (one file per rule family): nested
//!   countries of state bodies, datelines, capitals as governments or places.
//! - [`eval`]: scoring against annotated gold files (precision, recall, F1).
//! - `acronyms`: organization acronyms resolved by the article (definitions such as
//!   `Kurdistan Democratic Party (KDP)`, shared acronyms by evidence).
//! - `defined`: organizations the gazetteer does not know that an article defines
//!   (`defined-<acronym>` ids): head words, kinds, ids, their place in the output.
//! - `enrich` ([`enrich`], [`enrich_at`]): language, regions, `weak` support, offsets and
//!   the per-type tag lists of an [`EnrichedArticle`].
//!
//! # Example
//!
//! ```
//! use enricher_tagger::{enrich, Article, Gazetteer};
//!
//! let countries = r#"
//! [[country]]
//! id = "US"
//! name = "United States"
//! [country.aliases]
//! any = ["US|exact"]
//! de = ["USA|exact"]
//! "#;
//! let g = Gazetteer::from_files(&[("countries.toml", countries)]).unwrap();
//! let a = Article::decode(br#"{"id":"1","lang":"en","body":"Tell us about the US-Behoerden."}"#, None).unwrap();
//! let e = enrich(&a, &g);
//! assert_eq!(e.mentions.len(), 1);
//! assert_eq!((e.mentions[0].start, e.mentions[0].end), (18, 20));
//! ```

mod acronyms;
mod common_words;
mod compile;
mod context;
mod defined;
mod embed;
mod enrich;
pub mod eval;
pub mod gazetteer;
mod matcher;
mod model;
pub mod normalize;
mod parse;
mod quick_toml;
mod script;
mod trie;

pub use enrich::{enrich, enrich_at};
pub use enricher_proto::{Article, EnrichedArticle};
pub use gazetteer::{
    CheckFinding, CheckReport, Gazetteer, GazetteerError, GazetteerStats, Severity,
};
