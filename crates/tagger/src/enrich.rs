//! Enriching one article: language, matching both fields, dropping regions and
//! unsupported `weak` mentions, offsets, and the per-type tag lists.

use std::cell::RefCell;
use std::fmt::Write as _;
use std::time::SystemTime;

use enricher_proto::{
    Article, CountryTag, EnrichedArticle, EnricherInfo, EntityType, Field, Mention,
    OrganizationTag, SharedStr, WeaponTag, MAX_MENTIONS,
};

use crate::acronyms;
use crate::context::FieldHits;
use crate::defined::DefinedOrgs;
use crate::gazetteer::Gazetteer;
use crate::matcher::{scan, ArticleLang, Hit, Scratch};
use crate::model::{Entity, EntryType, Flags, Source};

/// How many bytes of the text language detection looks at.
const DETECT_BYTES: usize = 4096;

/// Buffers reused by every `enrich` on a thread: no per-article allocation for folding,
/// hits or counting.
#[derive(Debug, Default)]
struct EnrichScratch {
    matcher: Scratch,
    title_hits: Vec<Hit>,
    body_hits: Vec<Hit>,
    tally: Tally,
}

thread_local! {
    static SCRATCH: RefCell<EnrichScratch> = RefCell::new(EnrichScratch::default());
}

/// Enriches one article with the entities `gazetteer` finds in its title and body,
/// stamped with the current time. See [`enrich_at`].
pub fn enrich(article: &Article, gazetteer: &Gazetteer) -> EnrichedArticle {
    enrich_at(article, gazetteer, SystemTime::now())
}

/// Enriches one article, stamping `processed_at` with `now` (RFC 3339, UTC, seconds).
///
/// - `language`: the primary subtag of the article's `lang`, lower-cased; when absent,
///   detected from the text (ISO 639-1); `und` when that is not reliable. Aliases apply
///   when written for that language, for `en` or for `any`; for `und`, all apply.
/// - `mentions`: the accepted matches of both fields, title first, then by start; `start`
///   and `end` are byte offsets and `char_start`/`char_end` code point offsets into that
///   field, both slicing it to `text`. Region matches are dropped (they only hide shorter
///   aliases); `weak` mentions are dropped unless the same entity (for weapons: any
///   weapon) has a non-weak mention in the article.
/// - Organization acronyms are read by the article: `Name (ACR)` defines `ACR`, and an
///   acronym several organizations share goes to the one the article names otherwise (or
///   whose country it mentions), else it is left out (`acronyms` module). An organization
///   the gazetteer does not know that the article defines by a name with a head word
///   (`die Schweizerische Volkspartei (SVP)`) is tagged as `defined-<acronym>` (`defined`
///   module).
/// - The context rules (`crate::context`) then drop look-alikes: the filing place of a
///   dateline (`SEOUL, Nov 3 - `, `Berlin (dpa) - `; an agency credit and a country
///   after the city stay), and add the country nested in a state body's name: `Russia's
///   defence ministry` is an organization mention and, inside it, a country mention of
///   `Russia`. Mentions of different types may nest; mentions of one type never overlap.
/// - At most [`MAX_MENTIONS`] mentions are listed (the first in that order); past it
///   `mentions_truncated` is set and `mentions_found` says how many there were.
/// - `countries`, `organizations`, `weapons`: one tag per id (weapons: per category) with
///   its mention count and whether it is in the title, sorted by count (descending),
///   then id.
///
/// # Examples
///
/// ```
/// use enricher_tagger::{enrich_at, Article, Gazetteer};
///
/// let toml = r#"
/// [[country]]
/// id = "RU"
/// name = "Russia"
/// [country.aliases]
/// de = ["Russland"]
/// "#;
/// let g = Gazetteer::from_files(&[("countries.toml", toml)]).unwrap();
/// let a = Article::decode(br#"{"id":"a","lang":"de-AT","body":"Russlands Krieg"}"#, None).unwrap();
/// let e = enrich_at(&a, &g, std::time::SystemTime::UNIX_EPOCH);
/// assert_eq!(e.language, "de");
/// assert_eq!(e.countries[0].id, "RU");
/// assert_eq!(e.mentions[0].text, "Russlands");
/// assert_eq!(e.enricher.processed_at, "1970-01-01T00:00:00Z");
/// ```
pub fn enrich_at(article: &Article, gazetteer: &Gazetteer, now: SystemTime) -> EnrichedArticle {
    let language = article_language(article);
    let lang = ArticleLang::from_code(&language);
    let title = article.title.as_deref().unwrap_or("");
    let body = article.body.as_str();
    let mut found = 0usize;
    let (countries, organizations, weapons, mentions) = SCRATCH.with(|cell| {
        let mut guard = cell.borrow_mut();
        let EnrichScratch {
            matcher,
            title_hits,
            body_hits,
            tally,
        } = &mut *guard;
        let names = &gazetteer.names;
        title_hits.clear();
        body_hits.clear();
        tally.clear();
        for (text, hits) in [(title, &mut *title_hits), (body, &mut *body_hits)] {
            if !text.is_empty() {
                matcher.folded.fold(text);
                scan(&gazetteer.compiled, text, lang, matcher, hits);
            }
        }
        crate::context::refine(
            gazetteer,
            lang,
            [
                FieldHits {
                    text: title,
                    hits: title_hits,
                    is_body: false,
                },
                FieldHits {
                    text: body,
                    hits: body_hits,
                    is_body: true,
                },
            ],
        );
        let source = &gazetteer.source;
        // Organizations the article defines that the gazetteer does not know: beside the
        // hits (they have no entity index), joined to the output below.
        let mut defined = DefinedOrgs::default();
        acronyms::resolve(
            source,
            &gazetteer.acronyms,
            lang,
            [(title, &mut *title_hits), (body, &mut *body_hits)],
            &mut defined,
        );
        // A weak party acronym in parentheses after a person's name is the person's party.
        for (text, hits) in [(title, &mut *title_hits), (body, &mut *body_hits)] {
            for hit in hits.iter_mut().filter(|h| h.weak) {
                if source.entities[hit.entity as usize].org_kind.as_deref() == Some("party")
                    && crate::context::person::party_after_person(text, hit.start, hit.end)
                {
                    hit.weak = false;
                }
            }
        }
        let support = Support::of(source, title_hits.iter().chain(body_hits.iter()));
        let mut mentions =
            Vec::with_capacity((title_hits.len() + body_hits.len()).min(MAX_MENTIONS));
        for (field, text, hits) in [
            (Field::Title, title, &*title_hits),
            (Field::Body, body, &*body_hits),
        ] {
            let mut chars = CharCounter::new(text);
            // The field's text, copied once when it has a mention: every mention's text
            // is a piece of it (no allocation per mention).
            let mut shared: Option<SharedStr> = None;
            for hit in hits {
                let entity = &source.entities[hit.entity as usize];
                if hit.weak && !support.supports(hit, entity, source) {
                    continue;
                }
                let (entity_type, id, term) = match entity.kind {
                    EntryType::Country => (
                        EntityType::Country,
                        names.entity(hit.entity).id.clone(),
                        None,
                    ),
                    EntryType::Organization => (
                        EntityType::Organization,
                        names.entity(hit.entity).id.clone(),
                        None,
                    ),
                    EntryType::Weapon => (
                        EntityType::Weapon,
                        names.category(entity.category).0.clone(),
                        Some(names.entity(hit.entity).id.clone()),
                    ),
                    EntryType::Region => continue,
                };
                tally.add(entity_type, hit.entity, entity, field == Field::Title);
                // Counted always, listed up to the cap (the tags stay exact).
                found += 1;
                if mentions.len() == MAX_MENTIONS {
                    continue;
                }
                mentions.push(Mention {
                    entity_type,
                    id,
                    field,
                    start: hit.start,
                    end: hit.end,
                    char_start: chars.at(hit.start),
                    char_end: chars.at(hit.end),
                    text: shared
                        .get_or_insert_with(|| SharedStr::from(text))
                        .slice(hit.start, hit.end),
                    term,
                });
            }
        }
        tally.sort(source);
        let mut organizations = tally.organizations(names);
        if !defined.is_empty() {
            defined.add_to(title, body, &mut mentions, &mut organizations, &mut found);
        }
        (
            tally.countries(names),
            organizations,
            tally.weapons(names),
            mentions,
        )
    });

    EnrichedArticle {
        schema: enricher_proto::ENRICHED_SCHEMA.to_owned(),
        id: article.id.clone(),
        article: article.raw.clone(),
        language,
        countries,
        organizations,
        weapons,
        mentions,
        mentions_truncated: found > MAX_MENTIONS,
        mentions_found: (found > MAX_MENTIONS).then_some(found as u32),
        enricher: EnricherInfo {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            gazetteer: gazetteer.content_hash().to_owned(),
            processed_at: {
                // `YYYY-MM-DDTHH:MM:SSZ`: sized once instead of grown by `to_string`.
                let mut at = String::with_capacity(24);
                let _ = write!(at, "{}", humantime::format_rfc3339_seconds(now));
                at
            },
        },
    }
}

/// The article's language code: the given `lang`'s primary subtag (three-letter codes of
/// the gazetteer's languages as their two-letter code: `zho`, `cmn` → `zh`; `fas`, `per`
/// → `fa`), else detected.
///
/// A primary subtag must be two or three ASCII letters, as BCP 47 language subtags in use
/// are and as the output schema's `language` pattern (`^[a-z]{2,3}$`) says; anything else
/// (`english`, `x-private`, `i-klingon`, `@@`, `ру`) is no language code and the language
/// is detected as if `lang` were absent.
fn article_language(article: &Article) -> String {
    if let Some(lang) = article.lang.as_deref() {
        let primary = lang.trim().split(['-', '_']).next().unwrap_or("");
        if (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic()) {
            let primary = primary.to_ascii_lowercase();
            return match two_letter(&primary) {
                Some(code) => code.to_owned(),
                None => primary,
            };
        }
    }
    let mut sample = String::new();
    if let Some(title) = &article.title {
        sample.push_str(title);
        sample.push('\n');
    }
    let mut cut = DETECT_BYTES.min(article.body.len());
    while !article.body.is_char_boundary(cut) {
        cut -= 1;
    }
    sample.push_str(&article.body[..cut]);
    detect_language(&sample).to_owned()
}

/// The two-letter code of a three-letter (ISO 639-2/B, 639-2/T or 639-3 macrolanguage
/// member) code of one of the gazetteer's languages.
fn two_letter(code: &str) -> Option<&'static str> {
    Some(match code {
        "eng" => "en",
        "deu" | "ger" => "de",
        "fra" | "fre" => "fr",
        "spa" => "es",
        "ita" => "it",
        "por" => "pt",
        "rus" => "ru",
        "ukr" => "uk",
        "pol" => "pl",
        "tur" => "tr",
        "ara" | "arb" => "ar",
        "fas" | "per" | "pes" | "prs" => "fa",
        "zho" | "chi" | "cmn" => "zh",
        _ => return None,
    })
}

/// The language of `sample` (ISO 639-1), `und` when not reliable.
///
/// whatlang decides where it is reliable, except that what it takes for Arabic is Persian
/// when it has the letters Arabic does not use (`پ چ ژ گ ی ک`) in a Persian share. Where whatlang is not reliable, the
/// script decides for the scripts of one gazetteer language: Han without kana is
/// Chinese, Arabic script is Arabic or Persian by those letters.
pub(crate) fn detect_language(sample: &str) -> &'static str {
    let persian = || {
        let (mut arabic, mut persian_only) = (0usize, 0usize);
        for c in sample.chars() {
            if ('\u{0600}'..='\u{06FF}').contains(&c) {
                arabic += 1;
                if matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ی' | 'ک') {
                    persian_only += 1;
                }
            }
        }
        // Persian text has them in most sentences: a few percent of its letters.
        arabic > 0 && persian_only * 50 >= arabic
    };
    let info = whatlang::detect(sample);
    if let Some(info) = info.filter(whatlang::Info::is_reliable) {
        return match info.lang() {
            whatlang::Lang::Ara if persian() => "fa",
            lang => iso_639_1(lang),
        };
    }
    match whatlang::detect_script(sample) {
        Some(whatlang::Script::Mandarin) => "zh",
        Some(whatlang::Script::Arabic) if persian() => "fa",
        Some(whatlang::Script::Arabic) => "ar",
        _ => "und",
    }
}

/// ISO 639-1 code for a whatlang language (`und` where there is none).
fn iso_639_1(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang::*;
    match lang {
        Epo => "eo",
        Eng => "en",
        Rus => "ru",
        Cmn => "zh",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Ben => "bn",
        Fra => "fr",
        Deu => "de",
        Ukr => "uk",
        Kat => "ka",
        Ara => "ar",
        Hin => "hi",
        Jpn => "ja",
        Heb => "he",
        Yid => "yi",
        Pol => "pl",
        Amh => "am",
        Jav => "jv",
        Kor => "ko",
        Nob => "nb",
        Dan => "da",
        Swe => "sv",
        Fin => "fi",
        Tur => "tr",
        Nld => "nl",
        Hun => "hu",
        Ces => "cs",
        Ell => "el",
        Bul => "bg",
        Bel => "be",
        Mar => "mr",
        Kan => "kn",
        Ron => "ro",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Mkd => "mk",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Tam => "ta",
        Vie => "vi",
        Urd => "ur",
        Tha => "th",
        Guj => "gu",
        Uzb => "uz",
        Pan => "pa",
        Aze => "az",
        Ind => "id",
        Tel => "te",
        Pes => "fa",
        Mal => "ml",
        Ori => "or",
        Mya => "my",
        Nep => "ne",
        Sin => "si",
        Khm => "km",
        Tuk => "tk",
        Aka => "ak",
        Zul => "zu",
        Sna => "sn",
        Afr => "af",
        Lat => "la",
        Slk => "sk",
        Cat => "ca",
        Tgl => "tl",
        Hye => "hy",
    }
}

/// Which entities have a non-weak mention (weapons: whether any weapon has one); the
/// countries among them support `home` aliases.
struct Support {
    /// Entity indexes with a non-weak mention, when there is a weak one to decide.
    entities: Vec<u32>,
    any_weapon: bool,
}

impl Support {
    fn of<'a>(source: &Source, hits: impl Iterator<Item = &'a Hit> + Clone) -> Support {
        let mut support = Support {
            entities: Vec::new(),
            any_weapon: false,
        };
        if !hits.clone().any(|h| h.weak) {
            return support;
        }
        // At most one entry per hit (the hits' lower size bound is their number, both
        // fields' slices): made at that size, it does not grow by doubling.
        support.entities.reserve(hits.size_hint().0);
        for hit in hits.filter(|h| !h.weak) {
            match source.entities[hit.entity as usize].kind {
                EntryType::Weapon => support.any_weapon = true,
                EntryType::Region => {}
                EntryType::Country | EntryType::Organization => support.entities.push(hit.entity),
            }
        }
        support
    }

    /// Entity ids are unique per type, so the entity index stands for the id. A `home`
    /// alias (not also `weak`) of an organization is supported by a mention of its
    /// country as well: the country's id is the organization's `country` code.
    fn supports(&self, hit: &Hit, e: &Entity, source: &Source) -> bool {
        match e.kind {
            EntryType::Weapon => self.any_weapon,
            _ => {
                self.entities.contains(&hit.entity)
                    || (hit.flags.contains(Flags::HOME)
                        && !hit.flags.contains(Flags::WEAK)
                        && e.country.as_deref().is_some_and(|code| {
                            self.entities.iter().any(|&c| {
                                let c = &source.entities[c as usize];
                                c.kind == EntryType::Country && c.id == code
                            })
                        }))
            }
        }
    }
}

/// Counts code points up to increasing byte offsets in one pass.
pub(crate) struct CharCounter<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCounter<'a> {
    pub(crate) fn new(text: &'a str) -> CharCounter<'a> {
        CharCounter {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The code point offset of byte offset `at` (a char boundary). Offsets mostly
    /// increase; a nested mention's start may lie before the last end, counted back.
    pub(crate) fn at(&mut self, at: usize) -> usize {
        if at < self.byte {
            self.chars -= code_points(&self.text.as_bytes()[at..self.byte]);
            self.byte = at;
            return self.chars;
        }
        self.chars += code_points(&self.text.as_bytes()[self.byte..at]);
        self.byte = at;
        self.chars
    }
}

/// The number of code points in `utf8`, a piece of a `str` between two char boundaries:
/// its bytes that are not continuation bytes (`10xxxxxx`). Eight bytes at a time: the
/// pieces between mentions are a few dozen bytes, where the standard library's
/// `chars().count()` takes its general, byte-at-a-time path (and an ASCII test before it
/// was another pass).
fn code_points(utf8: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut continuation = 0usize;
    let mut chunks = utf8.chunks_exact(8);
    for chunk in &mut chunks {
        let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
            continue;
        };
        let x = u64::from_le_bytes(chunk);
        // Per byte: 1 when its top bits are `10`; the multiplication sums the eight
        // bytes into the top one.
        let marks = (x & !(x << 1) & HIGH) >> 7;
        continuation += (marks.wrapping_mul(ONES) >> 56) as usize;
    }
    continuation += chunks
        .remainder()
        .iter()
        .filter(|&&b| b & 0xC0 == 0x80)
        .count();
    utf8.len() - continuation
}

/// Mention counts per tag of one article (few: a linear search beats hashing).
#[derive(Debug, Default)]
struct Tally {
    tags: Vec<TagCount>,
}

#[derive(Debug)]
struct TagCount {
    entity_type: EntityType,
    /// Entity index (countries, organizations) or category index (weapons).
    key: u32,
    /// An entity of the tag, for its name.
    entity: u32,
    mentions: u32,
    in_title: bool,
}

impl Tally {
    fn clear(&mut self) {
        self.tags.clear();
    }

    fn add(&mut self, entity_type: EntityType, index: u32, e: &Entity, in_title: bool) {
        let key = match entity_type {
            EntityType::Weapon => e.category as u32,
            _ => index,
        };
        match self
            .tags
            .iter_mut()
            .find(|t| t.entity_type == entity_type && t.key == key)
        {
            Some(t) => {
                t.mentions += 1;
                t.in_title |= in_title;
            }
            None => self.tags.push(TagCount {
                entity_type,
                key,
                entity: index,
                mentions: 1,
                in_title,
            }),
        }
    }

    /// Sorts the tags by type, then mentions (descending), then id: each type's tags in
    /// output order, side by side (stable: the order of insertion breaks ties, as before).
    fn sort(&mut self, source: &Source) {
        let id = |c: &TagCount| match c.entity_type {
            EntityType::Weapon => source.categories[c.key as usize].id.as_str(),
            _ => source.entities[c.entity as usize].id.as_str(),
        };
        self.tags.sort_by(|a, b| {
            a.entity_type
                .cmp(&b.entity_type)
                .then(b.mentions.cmp(&a.mentions))
                .then_with(|| id(a).cmp(id(b)))
        });
    }

    /// The tags of one type in output order (after [`Tally::sort`]), each made by `tag`
    /// from its count and whether it is in the title.
    fn of_type<T>(&self, t: EntityType, mut tag: impl FnMut(&TagCount, u32, bool) -> T) -> Vec<T> {
        let start = self.tags.partition_point(|c| c.entity_type < t);
        let end = self.tags.partition_point(|c| c.entity_type <= t);
        self.tags[start..end]
            .iter()
            .map(|c| tag(c, c.mentions, c.in_title))
            .collect()
    }

    fn countries(&self, names: &OutputNames) -> Vec<CountryTag> {
        self.of_type(EntityType::Country, |c, mentions, in_title| {
            let n = names.entity(c.entity);
            let (id, name) = (n.id.clone(), n.name.clone());
            CountryTag {
                id,
                name,
                mentions,
                in_title,
            }
        })
    }

    fn organizations(&self, names: &OutputNames) -> Vec<OrganizationTag> {
        self.of_type(EntityType::Organization, |c, mentions, in_title| {
            let n = names.entity(c.entity);
            OrganizationTag {
                id: n.id.clone(),
                name: n.name.clone(),
                acronym: n.acronym.clone(),
                kind: n.kind.clone(),
                country: n.country.clone(),
                mentions,
                in_title,
            }
        })
    }

    fn weapons(&self, names: &OutputNames) -> Vec<WeaponTag> {
        self.of_type(EntityType::Weapon, |c, mentions, in_title| {
            let (id, name) = names.category(c.key as usize).clone();
            WeaponTag {
                id,
                name,
                mentions,
                in_title,
            }
        })
    }
}

/// The gazetteer's ids and names as the output carries them, made once when the
/// gazetteer is built and shared by every mention and tag (a clone is a count increment,
/// where a `String` clone was an allocation and a copy per mention).
#[derive(Debug)]
pub(crate) struct OutputNames {
    /// Per entity index.
    entities: Vec<EntityNames>,
    /// Per category index: id and name.
    categories: Vec<(SharedStr, SharedStr)>,
}

/// One entity's strings in the output.
#[derive(Debug)]
struct EntityNames {
    id: SharedStr,
    name: SharedStr,
    acronym: Option<SharedStr>,
    /// Organizations: the kind, empty for the others.
    kind: SharedStr,
    country: Option<SharedStr>,
}

impl OutputNames {
    /// The names of `source`'s entities and categories.
    pub(crate) fn of(source: &Source) -> OutputNames {
        OutputNames {
            entities: source
                .entities
                .iter()
                .map(|e| EntityNames {
                    id: SharedStr::from(&e.id),
                    name: SharedStr::from(&e.name),
                    acronym: e.acronym.as_deref().map(SharedStr::from),
                    kind: SharedStr::from(e.org_kind.as_deref().unwrap_or_default()),
                    country: e.country.as_deref().map(SharedStr::from),
                })
                .collect(),
            categories: source
                .categories
                .iter()
                .map(|c| (SharedStr::from(&c.id), SharedStr::from(&c.name)))
                .collect(),
        }
    }

    fn entity(&self, index: u32) -> &EntityNames {
        &self.entities[index as usize]
    }

    fn category(&self, index: usize) -> &(SharedStr, SharedStr) {
        &self.categories[index]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detection_table() {
        let rows: &[(&str, &str)] = &[
            ("North Korea ships artillery shells and ballistic missiles to Russia, South Korean intelligence says.", "en"),
            ("Nordkorea liefert nach Angaben des südkoreanischen Geheimdienstes Millionen von Artilleriegranaten und ballistische Raketen an Russland, die dort gegen die Ukraine eingesetzt werden.", "de"),
            ("朝鲜向俄罗斯运送炮弹和弹道导弹，韩国情报机构表示。", "zh"),
            ("北韓向俄羅斯運送砲彈和彈道飛彈，南韓情報機構表示。", "zh"),
            ("كوريا الشمالية ترسل قذائف مدفعية وصواريخ باليستية إلى روسيا، بحسب الاستخبارات الكورية الجنوبية.", "ar"),
            ("کره شمالی گلوله‌های توپ و موشک‌های بالستیک به روسیه می‌فرستد، به گفته سازمان اطلاعات کره جنوبی.", "fa"),
            ("Kuzey Kore, Güney Kore istihbaratına göre Rusya'ya topçu mermisi ve balistik füze gönderiyor.", "tr"),
            ("Korea Północna wysyła do Rosji pociski artyleryjskie i rakiety balistyczne, twierdzi wywiad.", "pl"),
            ("A Coreia do Norte envia projéteis de artilharia e mísseis balísticos para a Rússia, diz a inteligência.", "pt"),
            ("中美", "zh"),
            ("ایران", "fa"),
            ("", "und"),
        ];
        let mut bad = Vec::new();
        for (text, want) in rows {
            let got = detect_language(text);
            if got != *want {
                bad.push(format!("{text:?}: {got} not {want}"));
            }
        }
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    #[test]
    fn code_points_count_chars() {
        let text = "Nordkorea 北朝鮮 Pjöngjang \u{1F600} ü-Boote, Россия and Iran.";
        for start in 0..=text.len() {
            for end in start..=text.len() {
                if text.is_char_boundary(start) && text.is_char_boundary(end) {
                    let piece = &text[start..end];
                    assert_eq!(
                        code_points(piece.as_bytes()),
                        piece.chars().count(),
                        "{piece:?}"
                    );
                }
            }
        }
        let mut chars = CharCounter::new(text);
        assert_eq!(chars.at(10), 10);
        assert_eq!(chars.at(19), 13);
        assert_eq!(chars.at(16), 12);
        assert_eq!(chars.at(text.len()), text.chars().count());
    }

    #[test]
    fn given_lang_or_detected() {
        let german = "Nordkorea liefert nach Angaben des südkoreanischen Geheimdienstes Millionen von Artilleriegranaten an Russland.";
        for (lang, want) in [
            ("de", "de"),
            ("DE-at", "de"),
            ("en_GB", "en"),
            ("  fr  ", "fr"),
            ("zh-Hant-TW", "zh"),
            ("ENG-us", "en"),
            ("sgn-BE-FR", "sgn"),
            ("qaa", "qaa"),
            ("und", "und"),
            // No language subtag: detected from the (German) text.
            ("", "de"),
            ("-en", "de"),
            ("english", "de"),
            ("x-private", "de"),
            ("i-klingon", "de"),
            ("e", "de"),
            ("abcd", "de"),
            ("123", "de"),
            ("@@", "de"),
            ("ру", "de"),
            ("中文", "de"),
        ] {
            let json = serde_json::json!({"body": german, "lang": lang}).to_string();
            let article =
                Article::decode(json.as_bytes(), None).expect("a serde_json object decodes");
            assert_eq!(article_language(&article), want, "lang {lang:?}");
        }
    }

    #[test]
    fn three_letter_codes() {
        for (code, want) in [
            ("zho", Some("zh")),
            ("per", Some("fa")),
            ("ara", Some("ar")),
            ("xyz", None),
        ] {
            assert_eq!(two_letter(code), want, "{code}");
        }
    }
}
