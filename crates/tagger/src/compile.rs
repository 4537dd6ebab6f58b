//! Compiling aliases into search patterns and one pattern trie.
//!
//! Every alias is folded ([`crate::normalize`]) and expanded by its inflection flags into
//! variants; every variant becomes the whole-word pattern `" " + variant + " "`, and the
//! written form of a `compound` alias also the word-head pattern `" " + alias`; an
//! acronym of three to six capitals also its dotted spelling (`FBI`: `" f  b  i "`, read
//! only as `F.B.I.`, [`Flags::DOTTED`]); a Russian or Ukrainian acronym ending in a
//! consonant also its case forms (`МИДа`, `МИДом`: the capitals, then the ending in lower
//! case). Arabic
//! aliases (Arabic script, language `ar`) also get word-tail patterns `variant + " "`
//! (after clitic prefixes: `وروسيا`), and names written with the article their stem
//! (`صين` of `الصين`, after a prefix ending in the article: `للصين`); Persian aliases get
//! word-head patterns (before attached suffixes: `ایرانی`). Each
//! distinct pattern keeps a list of [`Candidate`]s (entity, language, flags), written
//! aliases before generated inflections, in file order. The patterns are searched
//! leftmost-longest by one [`Trie`] (the Aho-Corasick goto trie walked from the positions
//! a pattern can start at, `crate::trie`) over the folded (already lower-case) patterns.

use crate::embed::{Reader, Writer};
use crate::model::{BuildMap, Flags, Lang, Source};
use crate::normalize::{fold_alias, fold_keep_case, push_gap_punctuation};
use crate::script;
use crate::trie::{Trie, TrieParts};

/// What may stand before a word-tail pattern inside its word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Prefix {
    /// Nothing: the match starts a word (the pattern starts with a space).
    None,
    /// Arabic clitics (`و`, `ب`, `ال`, ...); `article`: the name has its own article.
    Clitic { article: bool },
    /// Arabic clitics ending in the article: the name is an article-less stem.
    Article,
}

/// How a pattern meets the words around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum PatternKind {
    /// `" x "`: whole words.
    Word = 0,
    /// `" x"`: the head of a longer word (compounds, Persian suffixes).
    Head = 1,
    /// `"x "`: the tail of a longer word (Arabic clitic prefixes).
    Tail = 2,
}

/// One reading of a pattern: which entity it would be, under which conditions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub(crate) entity: u32,
    pub(crate) lang: Lang,
    pub(crate) flags: Flags,
    /// Produced by inflection rather than written in the file.
    pub(crate) generated: bool,
    /// For `exact` aliases: the case-preserving folding of this variant, which the
    /// matched text must reproduce.
    pub(crate) exact_form: Option<Box<str>>,
    /// Punctuation written between the alias's words (`'` of `Côte d’Ivoire`, `.` of
    /// `U.S. Army`): the only punctuation a match may have between its words.
    pub(crate) gap_punctuation: Box<str>,
    /// Punctuation that ends the written alias (`.` of `U.S.`): a match extends over it
    /// where the text has it. Empty for inflected variants.
    pub(crate) trailing: Box<str>,
    /// For word-tail patterns: the clitics allowed before the match.
    pub(crate) prefix: Prefix,
}

/// The compiled matcher of a gazetteer.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Compiled {
    pub(crate) trie: Trie,
    /// Pattern id → range in `candidates`.
    pub(crate) pattern_candidates: Vec<(u32, u32)>,
    pub(crate) candidates: Vec<Candidate>,
    /// Pattern id → how it meets the words around it.
    pub(crate) pattern_kind: Vec<PatternKind>,
}

impl Compiled {
    pub(crate) fn pattern_count(&self) -> usize {
        self.pattern_candidates.len()
    }

    pub(crate) fn memory_usage(&self) -> usize {
        self.trie.memory_usage()
            + self.candidates.capacity() * std::mem::size_of::<Candidate>()
            + self.pattern_candidates.capacity() * 8
    }

    pub(crate) fn candidates_of(&self, pattern: usize) -> &[Candidate] {
        let (start, end) = self.pattern_candidates[pattern];
        &self.candidates[start as usize..end as usize]
    }
}

/// The inflected forms of a folded alias (without the alias itself), by flags.
/// Inflection applies to the last word, which is the end of the folded string.
pub(crate) fn inflections(folded: &str, flags: Flags) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |s: String| {
        if s != folded && !out.contains(&s) {
            out.push(s);
        }
    };
    if flags.contains(Flags::FIXED) {
        return Vec::new();
    }
    let last = folded.chars().last().unwrap_or(' ');
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    if flags.contains(Flags::DE_NAME) && !matches!(last, 's' | 'x' | 'z') {
        add(spaced(folded, "s", ""));
    }
    if flags.contains(Flags::DE_ADJ) {
        for ending in ["e", "en", "er", "es", "em"] {
            add(spaced(folded, ending, ""));
        }
    }
    if flags.contains(Flags::DE_NOUN) {
        let endings: &[&str] = if folded.ends_with('e') {
            // Rakete → Raketen, Granate → Granaten, Drohne → Drohnen
            &["n"]
        } else if folded.ends_with("el") || folded.ends_with("er") {
            // Panzer → Panzern, Panzers; Mörser → Mörsern
            &["n", "s"]
        } else if folded.ends_with("en") {
            &["s"]
        } else if ["ung", "heit", "keit", "schaft", "ion", "taet"]
            .iter()
            .any(|e| folded.ends_with(e))
        {
            &["en"]
        } else if last.is_ascii_digit() || is_vowel(last) {
            // F-16 → F-16s, Haubitze handled above; Mina → Minas
            &["s"]
        } else if matches!(last, 's' | 'x' | 'z') {
            // Geschoss → Geschosse, Geschossen, Geschosses
            &["e", "en", "es"]
        } else {
            // Flugzeug → Flugzeuge, Flugzeugen, Flugzeugs, Flugzeuges
            &["e", "en", "es", "s"]
        };
        for ending in endings {
            add(spaced(folded, ending, ""));
        }
    }
    if flags.contains(Flags::AR_NISBA) {
        for form in script::ar_nisba_forms(folded) {
            add(form);
        }
    }
    if flags.contains(Flags::EN_NOUN) {
        let mut chars = folded.chars().rev();
        let (l1, l2) = (chars.next().unwrap_or(' '), chars.next().unwrap_or(' '));
        if l1 == 'y' && !is_vowel(l2) {
            add(spaced(&folded[..folded.len() - 1], "ies", ""));
        } else if matches!(l1, 's' | 'x' | 'z') || folded.ends_with("ch") || folded.ends_with("sh")
        {
            add(spaced(folded, "es", ""));
        } else if l1 == 'o' && !is_vowel(l2) {
            add(spaced(folded, "es", ""));
            add(spaced(folded, "s", ""));
        } else {
            add(spaced(folded, "s", ""));
        }
    }
    out
}

/// The case-preserving form of an inflected variant: `kept`, the written alias folded
/// without lower-casing ([`fold_keep_case`]), plus the variant's (lower-case) ending.
fn exact_form(kept: &str, base_folded: &str, variant: &str) -> Option<Box<str>> {
    // `en-noun` may replace the last letter (y → ies): keep the common prefix.
    let common = base_folded
        .char_indices()
        .zip(variant.chars())
        .take_while(|((_, a), b)| a == b)
        .last()
        .map(|((i, a), _)| i + a.len_utf8())
        .unwrap_or(0);
    // The folded and the case-kept forms have the same byte structure except for case
    // changes that alter lengths, which acronyms do not have; fall back to no check.
    if kept.len() != base_folded.len() || !kept.is_char_boundary(common) {
        return None;
    }
    Some(format!("{}{}", &kept[..common], &variant[common..]).into_boxed_str())
}

/// The dotted spelling of an acronym alias of three to six capitals (`FBI` → `F.B.I.`):
/// its folded pattern inside (`f  b  i`) and its case-kept form (`F  B  I`), which the
/// matched text must reproduce. Two-letter acronyms are left to the gazetteer, which lists
/// `U.S.`, `U.N.` where they are names: `A.N.` is mostly a person's initials. Only ASCII
/// capitals: the Latin-script acronyms that the press writes with dots.
fn dotted_acronym(alias: &str) -> Option<(String, String)> {
    let b = alias.as_bytes();
    if !(3..=6).contains(&b.len()) || !b.iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    let join = |lower: bool| {
        let mut out = String::with_capacity(3 * b.len());
        for (i, &c) in b.iter().enumerate() {
            if i > 0 {
                out.push_str("  ");
            }
            out.push(if lower { c.to_ascii_lowercase() } else { c } as char);
        }
        out
    };
    Some((join(true), join(false)))
}

/// The case endings a Russian or Ukrainian acronym takes when it is read as a word
/// (`МИДа`, `МИДу`, `МИДом`, `МИДе`; uk `МЗСу`...): for an alias of three to six Cyrillic
/// capitals ending in a consonant letter, in an `ru`, `uk` or `any` alias (`any`: the
/// Russian endings). The ending is written in lower case right after the capitals, which
/// the case-kept form checks. Acronyms read letter by letter (`ФСБ`) take no ending in
/// writing, so their forms never occur: a few unused patterns, no false reading.
fn acronym_case_endings(alias: &str, lang: Lang) -> &'static [&'static str] {
    const CONSONANTS: &str = "БВГДЖЗКЛМНПРСТФХЦЧШЩ";
    let mut count = 0;
    let mut last = ' ';
    for c in alias.chars() {
        if !('А'..='Я').contains(&c) && !matches!(c, 'Ё' | 'І' | 'Ї' | 'Є' | 'Ґ') {
            return &[];
        }
        count += 1;
        last = c;
    }
    if !(3..=6).contains(&count) || !CONSONANTS.contains(last) {
        return &[];
    }
    let hushing = matches!(last, 'Ж' | 'Ш' | 'Ч' | 'Щ' | 'Ц');
    match (lang, hushing) {
        (Lang::Ru | Lang::Any, false) => &["а", "у", "ом", "е"],
        (Lang::Ru | Lang::Any, true) => &["а", "у", "ем", "е"],
        (Lang::Uk, false) => &["у", "а", "ові", "ом", "і"],
        (Lang::Uk, true) => &["у", "а", "ові", "ем", "і"],
        _ => &[],
    }
}

/// `before + text + after` in one allocation (cheaper than `format!`, which shows in the
/// build time over 90,000 patterns and their inflections).
fn spaced(before: &str, text: &str, after: &str) -> String {
    let mut out = String::with_capacity(before.len() + text.len() + after.len());
    out.push_str(before);
    out.push_str(text);
    out.push_str(after);
    out
}

/// Builds patterns, candidates and the trie from validated aliases.
pub(crate) fn compile(source: &Source) -> Compiled {
    let (patterns, lists) = patterns(source);
    lay_out(patterns, lists)
}

impl Compiled {
    /// The candidates, their ranges and the pattern kinds in the form of `crate::embed`
    /// (the trie's arrays are embedded as they are, [`Trie::parts`]): what `build.rs`
    /// writes for the built-in gazetteer.
    #[allow(dead_code)] // used by build.rs and the tests
    pub(crate) fn encode_tables(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.u32(self.pattern_candidates.len() as u32);
        for (&(start, end), kind) in self.pattern_candidates.iter().zip(&self.pattern_kind) {
            w.u32(start);
            w.u32(end);
            w.u8(*kind as u8);
        }
        w.u32(self.candidates.len() as u32);
        for c in &self.candidates {
            w.u32(c.entity);
            w.lang(c.lang);
            w.u32(c.flags.bits());
            w.u8(u8::from(c.generated));
            w.u8(match c.prefix {
                Prefix::None => 0,
                Prefix::Clitic { article: false } => 1,
                Prefix::Clitic { article: true } => 2,
                Prefix::Article => 3,
            });
            w.opt(c.exact_form.as_deref());
            w.str(&c.gap_punctuation);
            w.str(&c.trailing);
        }
        w.into_bytes()
    }

    /// The compiled matcher of the built-in gazetteer: its trie in place in the
    /// binary's read-only data, the tables [`Compiled::encode_tables`] wrote.
    ///
    /// # Panics
    ///
    /// When `tables` were not written by `encode_tables` of this build.
    pub(crate) fn from_embedded(trie: TrieParts<'static>, tables: &[u8]) -> Compiled {
        let mut r = Reader::new(tables);
        let patterns = r.u32() as usize;
        let mut pattern_candidates = Vec::with_capacity(patterns);
        let mut pattern_kind = Vec::with_capacity(patterns);
        for _ in 0..patterns {
            pattern_candidates.push((r.u32(), r.u32()));
            pattern_kind.push(match r.u8() {
                0 => PatternKind::Word,
                1 => PatternKind::Head,
                _ => PatternKind::Tail,
            });
        }
        let n = r.u32() as usize;
        let mut candidates = Vec::with_capacity(n);
        for _ in 0..n {
            candidates.push(Candidate {
                entity: r.u32(),
                lang: r.lang(),
                flags: Flags::from_bits(r.u32()),
                generated: r.u8() == 1,
                prefix: match r.u8() {
                    0 => Prefix::None,
                    1 => Prefix::Clitic { article: false },
                    2 => Prefix::Clitic { article: true },
                    _ => Prefix::Article,
                },
                exact_form: r.opt().map(String::into_boxed_str),
                gap_punctuation: r.str().into(),
                trailing: r.str().into(),
            });
        }
        r.finish();
        Compiled {
            trie: Trie::from_parts(trie),
            pattern_candidates,
            candidates,
            pattern_kind,
        }
    }
}

/// The distinct patterns of `source`'s aliases, in order of first appearance, and each
/// pattern's candidates.
pub(crate) fn patterns(source: &Source) -> (Vec<String>, Vec<Vec<Candidate>>) {
    // About 1.15 patterns an alias: sized once instead of growing and rehashing.
    let expected = source.aliases.len() + source.aliases.len() / 4;
    let mut index: BuildMap<String, usize> =
        BuildMap::with_capacity_and_hasher(expected, Default::default());
    let mut lists: Vec<Vec<Candidate>> = Vec::with_capacity(expected);
    let mut patterns: Vec<String> = Vec::with_capacity(expected);
    let mut add = |pattern: String, candidate: Candidate| {
        let id = *index.entry(pattern).or_insert_with_key(|p| {
            patterns.push(p.clone());
            lists.push(Vec::new());
            patterns.len() - 1
        });
        if !lists[id].contains(&candidate) {
            lists[id].push(candidate);
        }
    };
    for alias in &source.aliases {
        let folded = &alias.folded;
        let entity = alias.entity as u32;
        // Folded once per alias, not per variant.
        let kept = alias
            .flags
            .contains(Flags::EXACT)
            .then(|| fold_keep_case(&alias.text));
        let mut gap_punctuation = String::new();
        // Folding turns every character that is not part of a word into a gap (two
        // spaces): an alias folded without one has no punctuation between its words.
        if folded.contains("  ") {
            let inner = alias.text.trim_matches(|c: char| !c.is_alphanumeric());
            push_gap_punctuation(inner, &mut gap_punctuation);
        }
        let gap_punctuation: Box<str> = gap_punctuation.into();
        let trailing: Box<str> = alias.text[alias
            .text
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .len()..]
            .into();
        let candidate = |variant: &str, generated: bool| Candidate {
            entity,
            lang: alias.lang,
            flags: alias.flags,
            generated,
            exact_form: kept
                .as_deref()
                .and_then(|kept| exact_form(kept, folded, variant)),
            gap_punctuation: gap_punctuation.clone(),
            trailing: if generated {
                "".into()
            } else {
                trailing.clone()
            },
            prefix: Prefix::None,
        };
        add(spaced(" ", folded, " "), candidate(folded, false));
        if let Some((dotted, form)) = dotted_acronym(&alias.text) {
            add(
                spaced(" ", &dotted, " "),
                Candidate {
                    flags: alias.flags.union(Flags::EXACT).union(Flags::DOTTED),
                    exact_form: Some(form.into_boxed_str()),
                    gap_punctuation: ".".into(),
                    trailing: ".".into(),
                    ..candidate(folded, false)
                },
            );
        }
        for ending in acronym_case_endings(&alias.text, alias.lang) {
            let written = spaced("", &alias.text, ending);
            let variant = fold_alias(&written);
            add(
                spaced(" ", &variant, " "),
                Candidate {
                    flags: alias.flags.union(Flags::EXACT),
                    exact_form: Some(fold_keep_case(&written).into_boxed_str()),
                    ..candidate(&variant, true)
                },
            );
        }
        if alias.flags.contains(Flags::COMPOUND) {
            add(spaced(" ", folded, ""), candidate(folded, false));
        }
        let variants = inflections(folded, alias.flags);
        let arabic = alias.lang == Lang::Ar && script::is_arabic_text(folded);
        let persian = alias.lang == Lang::Fa && script::is_arabic_text(folded);
        let written = std::iter::once((folded.as_str(), false));
        for (variant, generated) in written.chain(variants.iter().map(|v| (v.as_str(), true))) {
            if generated {
                add(spaced(" ", variant, " "), candidate(variant, true));
            }
            if arabic {
                let article = variant.starts_with("ال");
                let prefix = Prefix::Clitic { article };
                add(
                    spaced("", variant, " "),
                    Candidate {
                        prefix,
                        ..candidate(variant, generated)
                    },
                );
                if let Some(stem) = script::article_stem(variant) {
                    add(
                        spaced("", stem, " "),
                        Candidate {
                            prefix: Prefix::Article,
                            ..candidate(variant, generated)
                        },
                    );
                }
            }
            if persian {
                add(spaced(" ", variant, ""), candidate(variant, generated));
            }
        }
    }
    (patterns, lists)
}

/// Within each entity's candidates of one pattern, the ones that need no support before
/// the `weak` and `home` ones, in the entity's own places of the list: the same words
/// may be a strong alias in one language and a `home` one in `en`, which applies in
/// every language (`ETA|exact` in Spanish, `ETA|exact|home` in English), and the
/// language's own reading must be tried first. Other entities keep their places.
fn strong_first_per_entity(list: &mut [Candidate]) {
    if list.len() < 2 {
        return;
    }
    let needs_support = |c: &Candidate| c.flags.intersects(Flags::NEEDS_SUPPORT);
    for i in 0..list.len() {
        let entity = list[i].entity;
        if list[..i].iter().any(|c| c.entity == entity) {
            continue; // placed with its first candidate
        }
        let slots: Vec<usize> = (i..list.len())
            .filter(|&j| list[j].entity == entity)
            .collect();
        if slots.len() < 2 {
            continue;
        }
        let mut group: Vec<Candidate> = slots.iter().map(|&j| list[j].clone()).collect();
        group.sort_by_key(needs_support);
        for (&j, c) in slots.iter().zip(group) {
            list[j] = c;
        }
    }
}

/// The compiled matcher from the patterns and their candidates: the trie is built on a
/// second thread while the candidates are laid out.
fn lay_out(patterns: Vec<String>, lists: Vec<Vec<Candidate>>) -> Compiled {
    std::thread::scope(|scope| {
        let trie = scope.spawn(|| Trie::new(&patterns));
        let mut candidates = Vec::new();
        let mut pattern_candidates = Vec::with_capacity(lists.len());
        for mut list in lists {
            // Written aliases first (stable: file order within each group); among them a
            // `team` reading first, which only a sports table accepts, so that elsewhere the
            // capital or region of the same name is tried after it (`Washington 4 New Jersey
            // 2` is two teams, `Washington said` the US government).
            list.sort_by_key(|c| (c.generated, !c.flags.contains(Flags::TEAM)));
            strong_first_per_entity(&mut list);
            let start = candidates.len() as u32;
            candidates.extend(list);
            pattern_candidates.push((start, candidates.len() as u32));
        }
        let pattern_kind = patterns
            .iter()
            .map(|p| {
                if !p.ends_with(' ') {
                    PatternKind::Head
                } else if !p.starts_with(' ') {
                    PatternKind::Tail
                } else {
                    PatternKind::Word
                }
            })
            .collect();
        Compiled {
            trie: trie
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            pattern_candidates,
            candidates,
            pattern_kind,
        }
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn inflection_table() {
        let rows: &[(&str, Flags, &[&str])] = &[
            ("russland", Flags::DE_NAME, &["russlands"]),
            ("iran", Flags::DE_NAME, &["irans"]),
            ("paris", Flags::DE_NAME, &[]),
            (
                "nordkoreanisch",
                Flags::DE_ADJ,
                &[
                    "nordkoreanische",
                    "nordkoreanischen",
                    "nordkoreanischer",
                    "nordkoreanisches",
                    "nordkoreanischem",
                ],
            ),
            ("rakete", Flags::DE_NOUN, &["raketen"]),
            (
                "artilleriegeschoss",
                Flags::DE_NOUN,
                &[
                    "artilleriegeschosse",
                    "artilleriegeschossen",
                    "artilleriegeschosses",
                ],
            ),
            ("panzer", Flags::DE_NOUN, &["panzern", "panzers"]),
            (
                "flugzeug",
                Flags::DE_NOUN,
                &["flugzeuge", "flugzeugen", "flugzeuges", "flugzeugs"],
            ),
            ("missile", Flags::EN_NOUN, &["missiles"]),
            (
                "artillery  battery",
                Flags::EN_NOUN,
                &["artillery  batteries"],
            ),
            ("torpedo", Flags::EN_NOUN, &["torpedoes", "torpedos"]),
            ("box", Flags::EN_NOUN, &["boxes"]),
            ("korea", Flags::FIXED, &[]),
        ];
        for (folded, flags, expected) in rows {
            assert_eq!(inflections(folded, *flags), *expected, "row {folded:?}");
        }
    }

    #[test]
    fn exact_forms_keep_case() {
        assert_eq!(
            exact_form("NATO", "nato", "natos").as_deref(),
            Some("NATOs")
        );
        assert_eq!(exact_form("US", "us", "us").as_deref(), Some("US"));
        assert_eq!(exact_form("DoD", "dod", "dods").as_deref(), Some("DoDs"));
    }
}
