//! Property-style offset test: thousands of generated texts mixing aliases (in several
//! spellings, cases and with HTML entities) with multibyte fillers, emoji, combining
//! marks and punctuation. Every generated alias must be found at exactly the byte range
//! where it was put, nothing else may be found, and byte and code point offsets must
//! slice the field to the mention's text.

#![allow(clippy::unwrap_used)] // tests unwrap on purpose: a panic is a failure

mod common;

use enricher_proto::Field;

const ALIASES: &[&str] = &[
    "c:KP de Nordkorea",
    "c:KR de Südkorea",
    "c:RU en Russia",
    "c:JP any 日本",
    "c:UA de Kyjiw|capital",
    // A case-exact acronym that is no word in capitals (`UN` is the Romance `un`: in a
    // run of capitals it needs support, `crate::context::caps`).
    "o:iaea any IAEA|exact",
    "o:white-house de Weißes Haus",
];

/// Spellings that must match, with their id.
const SURFACES: &[(&str, &str)] = &[
    ("Nordkorea", "KP"),
    ("NORDKOREA", "KP"),
    ("nordkorea", "KP"),
    ("Nordkoreas", "KP"),
    ("Südkorea", "KR"),
    ("Su\u{308}dkorea", "KR"),
    ("SÜDKOREA", "KR"),
    ("Suedkorea", "KR"),
    ("S&uuml;dkorea", "KR"),
    ("S&#252;dkorea", "KR"),
    ("Russia", "RU"),
    ("RUSSIA", "RU"),
    ("日本", "JP"),
    ("Kyjiw", "UA"),
    ("IAEA", "iaea"),
    ("Weißes Haus", "white-house"),
    ("WEISSES HAUS", "white-house"),
    ("Weisses\u{A0}Haus", "white-house"),
    ("Nord\u{AD}korea", "KP"),
];

/// Words that must not match anything.
const FILLERS: &[&str] = &[
    "über",
    "naïve",
    "北朝鮮",
    "😀",
    "🇰🇵",
    "e\u{301}",
    "Straße",
    "x",
    "iaea",
    "Iaea",
    "kyjiw",
    "Nordkoreaner",
    "Russian",
    "Südkoreaner",
    "snake_case",
    "ÅÄÖ",
    "İstanbul",
    "ﬁ",
    "Weißes",
    "Haus",
    "Ω≈ç√",
    "1,5",
    "Su\u{308}d",
];

const SEPARATORS: &[&str] = &[
    " ", ", ", " — ", "\n\n", " (", ") ", "&nbsp;", "\u{A0}", "'", "’", " „", "“ ", "&#39;", "\t",
    "-", ". ", " 😀 ", "&amp;", "…", "\u{2009}",
];

/// The separators that may sit between the words of a multi-word alias.
const WORD_GAPS: &[&str] = &[" ", "\n\n", "&nbsp;", "\u{A0}", "\t", "-", "\u{2009}"];

fn pick<T: Copy>(rng: &mut fastrand::Rng, items: &[T]) -> T {
    items[rng.usize(..items.len())]
}

/// A random text and the (id, start, end) of the aliases in it.
fn generate(rng: &mut fastrand::Rng) -> (String, Vec<(String, usize, usize)>) {
    let mut text = String::new();
    let mut expected = Vec::new();
    let tokens = rng.usize(0..30);
    if rng.bool() {
        text.push_str(pick(rng, SEPARATORS));
    }
    // Where the filler "Weißes" started, while it is the last token.
    let mut weisses = None;
    for i in 0..tokens {
        let mut separator = "";
        if i > 0 {
            separator = pick(rng, SEPARATORS);
            text.push_str(separator);
        }
        if rng.u8(..) < 100 {
            let (surface, id) = pick(rng, SURFACES);
            expected.push((id.to_owned(), text.len(), text.len() + surface.len()));
            text.push_str(surface);
            weisses = None;
        } else {
            let filler = pick(rng, FILLERS);
            // The fillers "Weißes" and "Haus" make the alias "Weißes Haus" when only
            // white space or a hyphen is between them.
            if let (Some(start), "Haus") = (weisses, filler) {
                if WORD_GAPS.contains(&separator) {
                    expected.push(("white-house".to_owned(), start, text.len() + filler.len()));
                }
            }
            weisses = (filler == "Weißes").then_some(text.len());
            text.push_str(filler);
        }
    }
    if rng.bool() {
        text.push_str(pick(rng, SEPARATORS));
    }
    (text, expected)
}

#[test]
fn generated_texts_have_exact_offsets() {
    let g = common::gazetteer(ALIASES).unwrap();
    let mut rng = fastrand::Rng::with_seed(0x5eed_0ff5e7);
    let mut failures = Vec::new();
    let mut mentions = 0;
    for round in 0..3000 {
        let (title, title_expected) = generate(&mut rng);
        let (body, body_expected) = generate(&mut rng);
        // A body never starts like a dateline (`Russia - Kyjiw ...`), whose countries
        // would not be mentions: that rule has its own rows in tests/rules.rs.
        let body = format!("x {body}");
        let body_expected: Vec<_> = body_expected
            .into_iter()
            .map(|(id, s, e)| (id, s + 2, e + 2))
            .collect();
        let article = common::article(Some(&title), &body, Some("und"));
        let enriched = common::enrich(&article, &g);
        for problem in common::offset_problems(&article, &enriched) {
            failures.push(format!("round {round}: {problem} in {body:?}"));
        }
        for (field, text, expected) in [
            (Field::Title, &title, title_expected),
            (Field::Body, &body, body_expected),
        ] {
            let got: Vec<(String, usize, usize)> = enriched
                .mentions
                .iter()
                .filter(|m| m.field == field)
                .map(|m| (m.id.to_string(), m.start, m.end))
                .collect();
            mentions += got.len();
            if got != expected {
                failures.push(format!(
                    "round {round} {field:?} {text:?}: expected {expected:?}, got {got:?}"
                ));
            }
        }
        if failures.len() > 10 {
            break;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        mentions > 10_000,
        "the generator produced only {mentions} mentions"
    );
}

/// Pieces for random text: entity fragments (complete, broken, out of range), marks,
/// format characters, scripts, emoji, and words of the builtin gazetteer.
const PIECES: &[&str] = &[
    "&",
    "&amp;",
    "&#",
    "&#x",
    "&#xD800;",
    "&#0;",
    "&#1114112;",
    "&#99999999999;",
    "&ouml",
    "&ouml;",
    "&Uuml;",
    "&nbsp;",
    ";",
    "\u{301}",
    "\u{308}",
    "\u{AD}",
    "\u{200D}",
    "\u{FEFF}",
    "ẞ",
    "İ",
    "ǅ",
    "ﬃ",
    "Σ",
    "ς",
    "й",
    "ї",
    "日本",
    "🇰🇵",
    "👩‍👩‍👧",
    "\u{0}",
    "\r\n",
    " ",
    "-",
    "'",
    "’",
    "Nordkorea",
    "USA",
    "US",
    "us",
    "NATO",
    "Nato",
    "Russlands",
    "Pjöngjang",
    "Su",
    "dkorea",
    "Waffen",
    "Atom",
    "tests",
    "Washington",
    "George",
    ". ",
    "UN",
    "Sicherheitsrat",
    "drones",
    "Georgia",
    "Weißes",
    "Haus",
    "Ukraine",
    "krieg",
    "Kyjiw",
];

#[test]
fn random_text_with_the_builtin_gazetteer_keeps_offsets_valid() {
    let g = enricher_tagger::Gazetteer::builtin().unwrap();
    let mut rng = fastrand::Rng::with_seed(42);
    let mut failures = Vec::new();
    let mut mentions = 0;
    for round in 0..3000 {
        let mut fields = [String::new(), String::new()];
        for field in &mut fields {
            for _ in 0..rng.usize(0..40) {
                if rng.u8(..) < 40 {
                    field.push(rng.char(..));
                } else {
                    field.push_str(pick(&mut rng, PIECES));
                }
            }
        }
        let lang = pick(
            &mut rng,
            &[None, Some("de"), Some("en"), Some("und"), Some("fr")],
        );
        let article = common::article(Some(&fields[0]), &fields[1], lang);
        let enriched = common::enrich(&article, &g);
        mentions += enriched.mentions.len();
        for problem in common::offset_problems(&article, &enriched) {
            failures.push(format!("round {round}: {problem} in {:?}", fields));
        }
        if failures.len() > 10 {
            break;
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(mentions > 1000, "only {mentions} mentions");
}
