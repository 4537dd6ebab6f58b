//! Enriching one article: language, matching both fields, dropping regions and
//! unsupported `weak` mentions, offsets, and the per-type tag lists.

use std::cell::RefCell;
use std::collections::HashMap;
use std::time::SystemTime;

use enricher_proto::{
    Article, CountryTag, EnrichedArticle, EnricherInfo, EntityType, Field, Mention,
    OrganizationTag, WeaponTag,
};

use crate::gazetteer::{Entity, EntryType, Gazetteer};
use crate::matcher::{scan, ArticleLang, Hit, Scratch};

/// How many bytes of the text language detection looks at.
const DETECT_BYTES: usize = 4096;

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
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
    let mut title_hits = Vec::new();
    let mut body_hits = Vec::new();
    SCRATCH.with(|scratch| {
        let mut scratch = scratch.borrow_mut();
        for (text, hits) in [
            (title, &mut title_hits),
            (article.body.as_str(), &mut body_hits),
        ] {
            if text.is_empty() {
                continue;
            }
            scratch.folded.fold(text);
            scan(&gazetteer.compiled, text, lang, &mut scratch, hits);
        }
    });
    let entities = &gazetteer.source.entities;
    let supported = Support::of(entities, title_hits.iter().chain(&body_hits));
    let keep = |h: &&Hit| {
        let e = &entities[h.entity as usize];
        e.kind != EntryType::Region && (!h.weak || supported.supports(h.entity, e))
    };

    let mut mentions = Vec::with_capacity(title_hits.len() + body_hits.len());
    let mut tally = Tally::default();
    for (field, text, hits) in [
        (Field::Title, title, &title_hits),
        (Field::Body, &article.body, &body_hits),
    ] {
        let mut chars = CharCounter::new(text);
        for hit in hits.iter().filter(keep) {
            let entity = &entities[hit.entity as usize];
            let (entity_type, id, term) = match entity.kind {
                EntryType::Country => (EntityType::Country, entity.id.clone(), None),
                EntryType::Organization => (EntityType::Organization, entity.id.clone(), None),
                EntryType::Weapon => {
                    let category = &gazetteer.source.categories[entity.category];
                    (
                        EntityType::Weapon,
                        category.id.clone(),
                        Some(entity.id.clone()),
                    )
                }
                EntryType::Region => continue,
            };
            tally.add(
                entity_type,
                hit.entity,
                field == Field::Title,
                entity,
                gazetteer,
            );
            mentions.push(Mention {
                entity_type,
                id,
                field,
                start: hit.start,
                end: hit.end,
                char_start: chars.at(hit.start),
                char_end: chars.at(hit.end),
                text: text[hit.start..hit.end].to_owned(),
                term,
            });
        }
    }

    EnrichedArticle {
        schema: enricher_proto::ENRICHED_SCHEMA.to_owned(),
        id: article.id.clone(),
        article: article.raw.clone(),
        language,
        countries: tally.countries(gazetteer),
        organizations: tally.organizations(gazetteer),
        weapons: tally.weapons(gazetteer),
        mentions,
        enricher: EnricherInfo {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            gazetteer: gazetteer.content_hash().to_owned(),
            processed_at: humantime::format_rfc3339_seconds(now).to_string(),
        },
    }
}

/// The article's language code: the given `lang`'s primary subtag, else detected.
fn article_language(article: &Article) -> String {
    if let Some(lang) = article.lang.as_deref() {
        let primary = lang.trim().split(['-', '_']).next().unwrap_or("");
        if !primary.is_empty() {
            return primary.to_ascii_lowercase();
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
    match whatlang::detect(&sample) {
        Some(info) if info.is_reliable() => iso_639_1(info.lang()).to_owned(),
        _ => "und".to_owned(),
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

/// Which entities have a non-weak mention (weapons: whether any weapon has one).
struct Support {
    entities: Vec<bool>,
    any_weapon: bool,
}

impl Support {
    fn of<'a>(entities: &[Entity], hits: impl Iterator<Item = &'a Hit>) -> Support {
        let mut support = Support {
            entities: Vec::new(),
            any_weapon: false,
        };
        for hit in hits.filter(|h| !h.weak) {
            let e = &entities[hit.entity as usize];
            match e.kind {
                EntryType::Weapon => support.any_weapon = true,
                EntryType::Region => {}
                _ => {
                    let i = hit.entity as usize;
                    if support.entities.len() <= i {
                        support.entities.resize(i + 1, false);
                    }
                    support.entities[i] = true;
                }
            }
        }
        support
    }

    /// Several entries never share an id, so the entity index stands for the id.
    fn supports(&self, index: u32, e: &Entity) -> bool {
        match e.kind {
            EntryType::Weapon => self.any_weapon,
            _ => self.entities.get(index as usize).copied().unwrap_or(false),
        }
    }
}

/// Counts code points up to increasing byte offsets in one pass.
struct CharCounter<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCounter<'a> {
    fn new(text: &'a str) -> CharCounter<'a> {
        CharCounter {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The code point offset of byte offset `at` (a char boundary, not before the last).
    fn at(&mut self, at: usize) -> usize {
        debug_assert!(at >= self.byte);
        let piece = &self.text.as_bytes()[self.byte..at];
        self.chars += if piece.is_ascii() {
            piece.len()
        } else {
            self.text[self.byte..at].chars().count()
        };
        self.byte = at;
        self.chars
    }
}

/// Mention counts per tag.
#[derive(Default)]
struct Tally {
    /// (type, id) → (mentions, in title, an entity index for names)
    counts: HashMap<(EntityType, String), (u32, bool, u32)>,
}

impl Tally {
    fn add(&mut self, t: EntityType, entity: u32, in_title: bool, e: &Entity, g: &Gazetteer) {
        let id = match t {
            EntityType::Weapon => g.source.categories[e.category].id.clone(),
            _ => e.id.clone(),
        };
        let slot = self.counts.entry((t, id)).or_insert((0, false, entity));
        slot.0 += 1;
        slot.1 |= in_title;
    }

    fn sorted(&self, t: EntityType) -> Vec<(&str, u32, bool, u32)> {
        let mut out: Vec<_> = self
            .counts
            .iter()
            .filter(|((ty, _), _)| *ty == t)
            .map(|((_, id), (n, title, e))| (id.as_str(), *n, *title, *e))
            .collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        out
    }

    fn countries(&self, g: &Gazetteer) -> Vec<CountryTag> {
        self.sorted(EntityType::Country)
            .into_iter()
            .map(|(id, mentions, in_title, e)| CountryTag {
                id: id.to_owned(),
                name: g.source.entities[e as usize].name.clone(),
                mentions,
                in_title,
            })
            .collect()
    }

    fn organizations(&self, g: &Gazetteer) -> Vec<OrganizationTag> {
        self.sorted(EntityType::Organization)
            .into_iter()
            .map(|(id, mentions, in_title, e)| {
                let e = &g.source.entities[e as usize];
                OrganizationTag {
                    id: id.to_owned(),
                    name: e.name.clone(),
                    acronym: e.acronym.clone(),
                    kind: e.org_kind.clone().unwrap_or_default(),
                    country: e.country.clone(),
                    mentions,
                    in_title,
                }
            })
            .collect()
    }

    fn weapons(&self, g: &Gazetteer) -> Vec<WeaponTag> {
        self.sorted(EntityType::Weapon)
            .into_iter()
            .map(|(id, mentions, in_title, e)| WeaponTag {
                id: id.to_owned(),
                name: g.source.categories[g.source.entities[e as usize].category]
                    .name
                    .clone(),
                mentions,
                in_title,
            })
            .collect()
    }
}
