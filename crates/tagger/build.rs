//! Parses and validates the built-in gazetteer (`gazetteer/*.toml`) at build time and
//! embeds it in a compact form (`src/embed.rs`) with its content hash and its compiled
//! matcher (the pattern trie's arrays and the candidate tables), so that starting the
//! service neither parses 3.5 MB of TOML nor compiles 80,000 patterns. The parser is the crate's own (`src/parse.rs`): a built-in file
//! that the runtime parser would refuse fails the build here with its file, line and
//! cause.

#![allow(dead_code)]

#[path = "src/compile.rs"]
mod compile;
#[path = "src/embed.rs"]
mod embed;
#[path = "src/model.rs"]
mod model;
#[path = "src/normalize.rs"]
mod normalize;
#[path = "src/parse.rs"]
mod parse;
#[path = "src/quick_toml.rs"]
mod quick_toml;
#[path = "src/script/mod.rs"]
mod script;
#[path = "src/trie.rs"]
mod trie;

fn main() {
    for path in [
        "src/compile.rs",
        "src/embed.rs",
        "src/model.rs",
        "src/normalize.rs",
        "src/parse.rs",
        "src/quick_toml.rs",
        "src/script",
        "src/trie.rs",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let mut files = Vec::new();
    for name in model::FILE_NAMES {
        let path = format!("gazetteer/{name}");
        println!("cargo:rerun-if-changed={path}");
        let contents =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
        files.push((name, contents));
    }
    let refs: Vec<(&str, &str)> = files.iter().map(|(n, c)| (*n, c.as_str())).collect();
    let mut findings = Vec::new();
    // As `Gazetteer::from_files` loads: an unresolved collision is a warning there.
    let source = parse::parse_all(&refs, &mut findings, parse::Severity::Warning);
    let errors: Vec<String> = findings
        .iter()
        .filter(|f| f.severity == parse::Severity::Error)
        .map(|f| f.to_string())
        .collect();
    assert!(
        errors.is_empty(),
        "the built-in gazetteer (crates/tagger/gazetteer/) is invalid:\n{}",
        errors.join("\n")
    );
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let write = |name: &str, bytes: &[u8]| {
        std::fs::write(out.join(name), bytes).expect("OUT_DIR is writable");
    };
    write("builtin-gazetteer.bin", &embed::encode(&source));
    write(
        "builtin-gazetteer.hash",
        embed::content_hash(&refs).as_bytes(),
    );
    // The compiled matcher: the trie's arrays in the target's byte order, used in place
    // (`Trie::from_parts`), and the candidate tables.
    let compiled = compile::compile(&source);
    let little = std::env::var("CARGO_CFG_TARGET_ENDIAN").as_deref() != Ok("big");
    let words = |values: &[u32]| -> Vec<u8> {
        values
            .iter()
            .flat_map(|v| {
                if little {
                    v.to_le_bytes()
                } else {
                    v.to_be_bytes()
                }
            })
            .collect()
    };
    let parts = compiled.trie.parts();
    write("trie-cells.bin", &words(&parts.cells));
    write("trie-accepts.bin", &words(&parts.accepts));
    write("trie-shorter.bin", &words(&parts.shorter));
    write("trie-lengths.bin", &words(&parts.lengths));
    write("builtin-gazetteer.tables", &compiled.encode_tables());
}
