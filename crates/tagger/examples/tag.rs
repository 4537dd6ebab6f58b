//! Tags articles with the builtin gazetteer and prints one line per mention, then the
//! gazetteer check findings: `cargo run -p enricher-tagger --example tag -- FILE...`
//! (one JSON article per line, or one per file).

use enricher_tagger::{enrich, Article, Gazetteer};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let g = Gazetteer::builtin()?;
    for path in std::env::args().skip(1) {
        for line in std::fs::read_to_string(&path)?
            .lines()
            .filter(|l| !l.trim().is_empty())
        {
            let a = Article::decode(line.as_bytes(), None)?;
            let e = enrich(&a, &g);
            println!("== {} ({})", e.id, e.language);
            for m in &e.mentions {
                let term = m.term.as_deref().unwrap_or("");
                println!(
                    "  {:?} {:?} {}..{} {:?} {}",
                    m.field,
                    m.entity_type,
                    m.start,
                    m.end,
                    m.text,
                    format!("{} {}", m.id, term).trim()
                );
            }
            let ids = |v: Vec<(enricher_proto::SharedStr, u32)>| {
                v.iter()
                    .map(|(i, n)| format!("{i}:{n}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            println!(
                "  countries {}",
                ids(e
                    .countries
                    .iter()
                    .map(|c| (c.id.clone(), c.mentions))
                    .collect())
            );
            println!(
                "  organizations {}",
                ids(e
                    .organizations
                    .iter()
                    .map(|c| (c.id.clone(), c.mentions))
                    .collect())
            );
            println!(
                "  weapons {}",
                ids(e
                    .weapons
                    .iter()
                    .map(|c| (c.id.clone(), c.mentions))
                    .collect())
            );
        }
    }
    let report = Gazetteer::check_dir(None)?;
    for f in &report.findings {
        eprintln!("{f}");
    }
    eprintln!("{:?}", report.stats);
    Ok(())
}
