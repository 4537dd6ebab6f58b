//! The gazetteer's data model: what the files say once parsed and validated.
//!
//! [`Source`] holds the entities (countries, organizations, weapon terms, regions), their
//! aliases with [`Flags`] and [`Lang`], and the weapon [`Category`] list. Parsing
//! (`crate::parse`) produces it, compiling (`crate::compile`) and the context rules read
//! it; it knows nothing of either.

/// The 14 weapon categories of the contract (section 4), with their default names.
pub const WEAPON_CATEGORIES: [(&str, &str); 14] = [
    ("small-arms", "Small arms"),
    ("ammunition", "Ammunition"),
    ("artillery", "Artillery"),
    ("missiles", "Missiles"),
    ("nuclear", "Nuclear weapons"),
    ("chemical", "Chemical weapons"),
    ("biological", "Biological weapons"),
    ("armoured-vehicles", "Armoured vehicles"),
    ("aircraft", "Aircraft"),
    ("drones", "Drones"),
    ("air-defence", "Air defence"),
    ("naval", "Naval"),
    ("mines-explosives", "Mines and explosives"),
    ("arms-general", "Arms (general)"),
];

/// The prefix of the ids of organizations an article defines that the gazetteer does not
/// know (`defined-kdp`, contract section 3): reserved, no gazetteer id starts with it.
pub const DEFINED_ID_PREFIX: &str = "defined-";

/// Organization kinds allowed in `organizations.toml` (the contract's list, section 3).
pub const ORGANIZATION_KINDS: [&str; 16] = [
    "intergovernmental",
    "government",
    "military",
    "intelligence",
    "state-media",
    "media",
    "think-tank",
    "company",
    "armed-group",
    "ngo",
    "party",
    "court",
    "central-bank",
    "union",
    "sports",
    "education",
];

/// The kind of a gazetteer entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum EntryType {
    Country,
    Organization,
    Weapon,
    Region,
}

impl EntryType {
    pub(crate) const ALL: [EntryType; 4] = [
        EntryType::Country,
        EntryType::Organization,
        EntryType::Weapon,
        EntryType::Region,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            EntryType::Country => "country",
            EntryType::Organization => "organization",
            EntryType::Weapon => "weapon",
            EntryType::Region => "region",
        }
    }
}

/// Languages an alias can be written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Lang {
    En,
    De,
    Fr,
    Es,
    It,
    Ru,
    Uk,
    Pt,
    Pl,
    Tr,
    Ar,
    Fa,
    /// Chinese, simplified and traditional script alike.
    Zh,
    Any,
}

impl Lang {
    pub(crate) const ALL: [Lang; 14] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::It,
        Lang::Ru,
        Lang::Uk,
        Lang::Pt,
        Lang::Pl,
        Lang::Tr,
        Lang::Ar,
        Lang::Fa,
        Lang::Zh,
        Lang::Any,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Ru => "ru",
            Lang::Uk => "uk",
            Lang::Pt => "pt",
            Lang::Pl => "pl",
            Lang::Tr => "tr",
            Lang::Ar => "ar",
            Lang::Fa => "fa",
            Lang::Zh => "zh",
            Lang::Any => "any",
        }
    }

    pub(crate) fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.as_str() == code)
    }
}

/// Alias flags (see the architecture doc): a small bit set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub(crate) struct Flags(u32);

impl Flags {
    pub(crate) const EXACT: Flags = Flags(1);
    pub(crate) const CAP: Flags = Flags(1 << 1);
    pub(crate) const CAPITAL: Flags = Flags(1 << 2);
    pub(crate) const NO_PERSON: Flags = Flags(1 << 3);
    pub(crate) const WEAK: Flags = Flags(1 << 4);
    pub(crate) const COMPOUND: Flags = Flags(1 << 5);
    pub(crate) const FIXED: Flags = Flags(1 << 6);
    pub(crate) const DE_NAME: Flags = Flags(1 << 7);
    pub(crate) const DE_ADJ: Flags = Flags(1 << 8);
    pub(crate) const DE_NOUN: Flags = Flags(1 << 9);
    pub(crate) const EN_NOUN: Flags = Flags(1 << 10);
    pub(crate) const ZH_ABBR: Flags = Flags(1 << 11);
    pub(crate) const AR_NISBA: Flags = Flags(1 << 12);
    /// A capital news mostly names as a place: its government reading needs evidence
    /// (`crate::context`'s capital rule). Implies `capital`.
    pub(crate) const PLACE_FIRST: Flags = Flags(1 << 13);
    /// Derived, never written: a `cap` name that opens with an article (`La Réunion`,
    /// `The Mosaic Company`) also needs its second word capitalized in the text, because
    /// the article is capitalized at every sentence start (`La réunion a eu lieu`).
    pub(crate) const CAP_NEXT: Flags = Flags(1 << 14);
    /// A city or state that names sports teams: kept only in a results table, standings
    /// or fixture list (`crate::context`'s team rule), never in running text.
    pub(crate) const TEAM: Flags = Flags(1 << 15);
    /// An organization's name that is also something else outside its country (`ETA`:
    /// *estimated time of arrival*): kept only when the article mentions the
    /// organization's country or names the organization by another, unflagged alias.
    pub(crate) const HOME: Flags = Flags(1 << 16);
    /// A combining form (`Sino`, `Franco`, `Russo`): matched only directly before a hyphen
    /// (`Sino-US`, `Franco-German`), never as a word of its own (`General Franco`, `Russo
    /// said`).
    pub(crate) const HYPHEN: Flags = Flags(1 << 17);
    /// Set by the parser, not written in files: a lower-case alias of a language that
    /// writes adjectives and demonyms in lower case (fr, es, it, pt: `russo`, `française`).
    /// Capitalized inside a sentence after a lower-case word it is a name (`il ministro
    /// Russo`), not the adjective (`crate::matcher`).
    pub(crate) const LOWER_WORD: Flags = Flags(1 << 18);
    /// A lower-case alias that is also the capitalized name (es `suiza` / `Suiza`, it
    /// `svizzera` / `Svizzera`): no `Flags::LOWER_WORD` reading.
    pub(crate) const NAME: Flags = Flags(1 << 19);
    /// Derived, never written: the dotted spelling of an acronym of three to six capitals
    /// (`F.B.I.` of `FBI`, `crate::compile`): matched only with a dot right after each
    /// letter but the last and nothing else between them (`F. B. I.`, `F B I` are not).
    pub(crate) const DOTTED: Flags = Flags(1 << 20);
    /// The flags that keep a hit only with support in the article (`crate::enrich`).
    pub(crate) const NEEDS_SUPPORT: Flags = Flags(Flags::WEAK.0 | Flags::HOME.0);

    pub(crate) const NAMES: [(&'static str, Flags); 18] = [
        ("exact", Flags::EXACT),
        ("cap", Flags::CAP),
        ("capital", Flags::CAPITAL),
        ("no-person", Flags::NO_PERSON),
        ("weak", Flags::WEAK),
        ("compound", Flags::COMPOUND),
        ("fixed", Flags::FIXED),
        ("de-name", Flags::DE_NAME),
        ("de-adj", Flags::DE_ADJ),
        ("de-noun", Flags::DE_NOUN),
        ("en-noun", Flags::EN_NOUN),
        ("zh-abbr", Flags::ZH_ABBR),
        ("ar-nisba", Flags::AR_NISBA),
        ("place-first", Flags::PLACE_FIRST),
        ("team", Flags::TEAM),
        ("home", Flags::HOME),
        ("hyphen", Flags::HYPHEN),
        ("name", Flags::NAME),
    ];

    /// Inflection flags; `fixed` excludes the others.
    pub(crate) const INFLECTIONS: Flags = Flags(
        Flags::FIXED.0
            | Flags::DE_NAME.0
            | Flags::DE_ADJ.0
            | Flags::DE_NOUN.0
            | Flags::EN_NOUN.0
            | Flags::AR_NISBA.0,
    );

    /// Flags that keep a name that is also a common word from matching the word.
    pub(crate) const GUARDS: Flags = Flags(
        Flags::EXACT.0
            | Flags::CAP.0
            | Flags::CAPITAL.0
            | Flags::WEAK.0
            | Flags::TEAM.0
            | Flags::HOME.0
            | Flags::HYPHEN.0,
    );

    /// Flags that make a shared alias unambiguous enough not to warn about.
    pub(crate) const DISAMBIGUATING: Flags = Flags(
        Flags::EXACT.0
            | Flags::CAP.0
            | Flags::CAPITAL.0
            | Flags::NO_PERSON.0
            | Flags::WEAK.0
            | Flags::ZH_ABBR.0
            | Flags::TEAM.0
            | Flags::HOME.0,
    );

    pub(crate) fn contains(self, other: Flags) -> bool {
        self.0 & other.0 == other.0
    }

    pub(crate) fn intersects(self, other: Flags) -> bool {
        self.0 & other.0 != 0
    }

    pub(crate) const fn union(self, other: Flags) -> Flags {
        Flags(self.0 | other.0)
    }

    /// The bits, for the embedded form (`crate::embed`).
    #[allow(dead_code)] // see `crate::embed::encode`
    pub(crate) const fn bits(self) -> u32 {
        self.0
    }

    pub(crate) const fn from_bits(bits: u32) -> Flags {
        Flags(bits)
    }

    /// These flags less `other`'s.
    pub(crate) const fn without(self, other: Flags) -> Flags {
        Flags(self.0 & !other.0)
    }

    pub(crate) fn insert(&mut self, other: Flags) {
        self.0 |= other.0;
    }

    pub(crate) fn parse(name: &str) -> Option<Flags> {
        Flags::NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, f)| *f)
    }
}

/// One entity (or region) of the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entity {
    pub(crate) kind: EntryType,
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) acronym: Option<String>,
    /// Organizations: the organization kind.
    pub(crate) org_kind: Option<String>,
    /// Organizations: ISO code of their country.
    pub(crate) country: Option<String>,
    /// Weapons: index into [`Source::categories`].
    pub(crate) category: usize,
    pub(crate) file: String,
    pub(crate) line: usize,
}

/// One alias as written, with its parsed flags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Alias {
    pub(crate) entity: usize,
    pub(crate) lang: Lang,
    /// The alias text without flags.
    pub(crate) text: String,
    /// `text` folded ([`crate::normalize::fold_alias`]): the inside of its whole-word
    /// pattern.
    pub(crate) folded: String,
    /// Explicit flags plus the defaults (inflection by type and language; `capital` ⇒ `cap`).
    pub(crate) flags: Flags,
    pub(crate) file: String,
    pub(crate) line: usize,
}

/// A weapon category: id and display name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Category {
    pub(crate) id: String,
    pub(crate) name: String,
}

/// The parsed, validated contents of all files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Source {
    pub(crate) entities: Vec<Entity>,
    pub(crate) aliases: Vec<Alias>,
    pub(crate) categories: Vec<Category>,
}

/// The files of a gazetteer directory, in loading order. `organizations.generated.toml`
/// (written by `scripts/gazetteer/gen_organizations.py`) and `organizations.parties.toml`
/// (`scripts/gazetteer/gen_parties.py`) load after the hand-curated `organizations.toml`,
/// so that a hand alias wins where both claim one; they may be absent from a directory.
pub const FILE_NAMES: [&str; 6] = [
    "countries.toml",
    "organizations.toml",
    "organizations.generated.toml",
    "organizations.parties.toml",
    "weapons.toml",
    "regions.toml",
];

/// A hash map for building a gazetteer: the multiply-rotate hash of `FxHash` instead of
/// SipHash, which showed in the build of a gazetteer directory (the patterns' index and
/// the alias checks hash about 200,000 strings). The keys come from the gazetteer files,
/// which the operator writes, so there is no flooding to defend against; iteration order
/// is never used.
pub(crate) type BuildMap<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<BuildHasher>>;

/// The hasher of [`BuildMap`].
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct BuildHasher(u64);

impl BuildHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for BuildHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        // The product's high bits are its best: bring them down to the bucket bits.
        self.0.rotate_left(26)
    }
}
