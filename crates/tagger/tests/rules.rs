//! The matching rules, one table. Each row: a name, a tiny gazetteer (alias specs, see
//! `common::gazetteer`), an article body, and the mentions expected as `"id=text"` in
//! order (weapons by category). Every row also checks the offset invariants. The runner
//! reports every failing row by name.

#![allow(clippy::unwrap_used)] // tests unwrap on purpose: a panic is a failure

mod common;

struct Case {
    name: &'static str,
    lang: Option<&'static str>,
    aliases: &'static [&'static str],
    text: &'static str,
    expected: &'static [&'static str],
}

macro_rules! case {
    ($name:expr, $aliases:expr, $text:expr, $expected:expr) => {
        Case {
            name: $name,
            lang: Some("und"),
            aliases: &$aliases,
            text: $text,
            expected: &$expected,
        }
    };
    ($name:expr, lang = $lang:expr, $aliases:expr, $text:expr, $expected:expr) => {
        Case {
            name: $name,
            lang: $lang,
            aliases: &$aliases,
            text: $text,
            expected: &$expected,
        }
    };
}

const KP: &str = "c:KP de Nordkorea|compound";
const US: &str = "c:US any US|exact";
const LEGA: &str = "o:lega-nord/party/IT it Lega|cap";
const LEGA_NORD: &str = "o:lega-nord/party/IT any Lega Nord|cap";
const REPUBBLICA: &str = "o:la-repubblica/media/IT en Repubblica|exact";
const LA_REPUBBLICA: &str = "o:la-repubblica/media/IT en la Repubblica|exact";
const DEMOCRATIC_PARTY: &str = "o:democratic-party/party/US en Democratic Party|cap";
const QUEENS_PARK: &str = "o:queen-s-park/sports/GB any Queen's Park|cap";
const LABOUR: &str = "o:labour-party-uk/party/GB en Labour|cap";

#[rustfmt::skip]
const CASES: &[Case] = &[
    // 1. Case: Unicode case folding for names; `exact` acronyms are case-exact.
    case!("caps", [KP], "NORDKOREA TESTET", ["KP=NORDKOREA"]),
    case!("lower", [KP], "nordkorea testet", ["KP=nordkorea"]),
    case!("title case", [KP], "Nordkorea testet", ["KP=Nordkorea"]),
    case!("caps with umlaut", ["c:AT de Österreich"], "ÖSTERREICHS ARMEE", ["AT=ÖSTERREICHS"]),
    case!("sentence-initial umlaut", ["c:EG de ägyptisch|de-adj"], "Ägyptische Truppen", ["EG=Ägyptische"]),
    case!("exact acronym", lang = Some("en"), [US], "The US said", ["US=US"]),
    case!("exact acronym is not the word us", lang = Some("en"), [US], "Tell us more", []),
    case!("exact acronym is not Us", lang = Some("en"), [US], "Us and them", []),
    case!("WHO but not who", lang = Some("en"), ["o:who any WHO|exact"], "The WHO asks who pays", ["who=WHO"]),
    case!("exact keeps case of inflection", lang = Some("de"), ["o:nato de NATO|exact"], "des NATOs und der Natos", ["nato=NATOs"]),

    // 2. Whole words only.
    case!("no Oman in Womanizer", ["c:OM en Oman"], "Womanizer Oman", ["OM=Oman"]),
    case!("no Mali in Somalia", ["c:ML en Mali"], "in Somalia today", []),
    case!("Mali and Somalia", ["c:ML en Mali", "c:SO en Somalia"], "Somalia, Mali", ["SO=Somalia", "ML=Mali"]),
    case!("no Waffen in Luftwaffenuebung", ["w:arms-general/weapon de Waffe"], "ihre größte Luftwaffenübung", []),
    case!("Waffen as a word", ["w:arms-general/weapon de Waffe"], "Waffen an Moskau", ["arms-general=Waffen"]),
    case!("no un in und, no UN genitive uns", ["o:un de UN"], "und unter uns", []),
    case!("exact acronym genitive", ["o:un de UN|exact"], "des UNs und uns", ["un=UNs"]),
    // Dotted acronyms: three to six capitals also match with a dot after each (`compile`).
    case!("dotted acronym", lang = Some("en"), ["o:fbi any FBI|exact"], "the F.B.I. said", ["fbi=F.B.I."]),
    case!("dotted acronym without its last dot", lang = Some("en"), ["o:fbi any FBI|exact"], "the F.B.I said", ["fbi=F.B.I"]),
    case!("dotted acronym of a non-exact alias, in Spanish", lang = Some("es"), ["o:onu es ONU", "o:wwf any WWF"], "la O.N.U. y el W.W.F. dijeron", ["onu=O.N.U.", "wwf=W.W.F."]),
    case!("spaced or lower-case capitals are not the dotted acronym", lang = Some("en"), ["o:fbi any FBI|exact"], "F B I, F. B. I. and f.b.i.", []),
    case!("dotted initials before a surname", lang = Some("de"), ["o:eta any ETA|exact"], "wie E.T.A. Hoffmann schrieb", []),
    case!("dotted acronym before a title", lang = Some("en"), ["o:fbi any FBI|exact"], "F.B.I. Director Louis Freeh", ["fbi=F.B.I."]),
    case!("two dotted letters are initials", lang = Some("en"), ["o:an any ANC|exact", "o:xy any XY|exact"], "A.N. Other and X.Y. Smith", []),
    case!("two dotted letters where the gazetteer lists them", lang = Some("en"), ["o:un any UN|exact", "o:un en U.N."], "the U.N. said", ["un=U.N."]),
    // Russian and Ukrainian acronyms read as words take lower-case case endings (`compile`).
    case!("ru acronym with a case ending", lang = Some("ru"), ["o:mid ru МИД|exact"], "глава МИДа и МИДом, в МИДе", ["mid=МИДа", "mid=МИДом", "mid=МИДе"]),
    case!("ru acronym ending in a capital or another word is not declined", lang = Some("ru"), ["o:mid ru МИД|exact"], "МИДА и МИДовский", []),
    case!("ru acronym ending in a vowel takes no ending", lang = Some("ru"), ["o:nato ru НАТО|exact"], "НАТОм", []),
    case!("ru acronym endings not in other languages", lang = Some("de"), ["o:mid ru МИД|exact"], "МИДа", []),
    case!("uk acronym with a case ending", lang = Some("uk"), ["o:vaks uk ВАКС|exact"], "у ВАКСі", ["vaks=ВАКСі"]),
    case!("digits are word characters", ["w:aircraft/f16 en F-16"], "F-16s and F-160", ["aircraft=F-16s"]),

    // 3. Hyphenated compounds find their entity.
    case!("US-Behörden", [US], "die US-Behörden", ["US=US"]),
    case!("UN-Sicherheitsrat without council alias", ["o:un any UN|exact"], "im UN-Sicherheitsrat", ["un=UN"]),
    case!("NATO-Verbündete", ["o:nato any NATO|exact"], "und NATO-Verbündete", ["nato=NATO"]),
    case!("Nordkorea-Politik", [KP], "die Nordkorea-Politik", ["KP=Nordkorea"]),

    // 4. German inflection.
    case!("genitive s", ["c:RU de Russland"], "Russlands Isolation", ["RU=Russlands"]),
    case!("genitive s Iran", ["c:IR de Iran"], "Irans Atomprogramm", ["IR=Irans"]),
    case!("no genitive s after s", ["c:FR de Paris|capital"], "Pariss Paris", ["FR=Paris"]),
    case!("adjective en", ["c:KP de nordkoreanisch|de-adj"], "des nordkoreanischen Ministeriums", ["KP=nordkoreanischen"]),
    case!("adjective en ukrainisch", ["c:UA de ukrainisch|de-adj"], "ukrainischen Streitkräften", ["UA=ukrainischen"]),
    case!("adjective e", ["c:KR de südkoreanisch|de-adj"], "die südkoreanische Armee", ["KR=südkoreanische"]),
    case!("adjective is not a name", ["c:KR de südkoreanisch|de-adj"], "südkoreanischs", []),
    case!("plural n", ["w:missiles/missile de Rakete", "w:ammunition/grenade de Granate"], "Raketen und Granaten", ["missiles=Raketen", "ammunition=Granaten"]),
    case!("plural e of Geschoss", ["w:artillery/shell de Artilleriegeschoss"], "Artilleriegeschosse und Artilleriegeschossen", ["artillery=Artilleriegeschosse", "artillery=Artilleriegeschossen"]),
    case!("dative plural n", ["w:armoured-vehicles/tank de Panzer"], "mit Panzern", ["armoured-vehicles=Panzern"]),
    case!("inflection on last word", ["o:un-security-council de UN-Sicherheitsrat|de-noun"], "des UN-Sicherheitsrates", ["un-security-council=UN-Sicherheitsrates"]),
    case!("fixed does not inflect", ["c:KP de Nordkorea|fixed"], "Nordkoreas", []),

    // 5. Closed compounds: only `compound` aliases, never starting inside a word.
    case!("compound head", ["c:UA de Ukraine|compound"], "den Ukrainekrieg", ["UA=Ukrainekrieg"]),
    case!("compound weapon head", ["w:nuclear/atom de Atom|compound"], "seine Atomtests", ["nuclear=Atomtests"]),
    case!("compound never inside a word", ["c:UA de Ukraine|compound"], "Westukrainekrieg", []),
    case!("no compound without the flag", ["c:UA de Ukraine"], "Ukrainekrieg", []),
    case!("compound alias as a whole word", [KP], "Nordkorea.", ["KP=Nordkorea"]),
    // The rest of a compound must be German words (issue 9, class 6; `context/compound.rs`).
    case!("compound rest is a word", ["c:IQ de Irak|compound", "c:CN de China|compound"], "Irakkrieg im Chinarestaurant", ["IQ=Irakkrieg", "CN=Chinarestaurant"]),
    case!("compound rest after a linking s", ["c:RU de Russland|compound"], "die Russlandsanktionen", ["RU=Russlandsanktionen"]),
    case!("compound rest of several words", ["c:IQ de Irak|compound"], "Irakkriegsveteranen", ["IQ=Irakkriegsveteranen"]),
    case!("compound rest is not a word", ["c:IN de Indien|compound"], "Die Indienstnahme und Indienststellung", []),
    case!("compound rest is a plural ending", ["w:drones/drone de Drohne|compound"], "Drohnen und Drohnenabwehrsysteme", ["drones=Drohnen", "drones=Drohnenabwehrsysteme"]),
    case!("compound n only after e", ["c:CU de Kuba|compound"], "Der Kuban, die Kubatur, Kubas Regierung", ["CU=Kubas"]),

    // 6. English possessives and plurals.
    case!("possessive apostrophe", ["c:RU en Russia"], "Russia's war", ["RU=Russia"]),
    case!("possessive right quote", ["c:RU en Russia"], "Russia’s war", ["RU=Russia"]),
    case!("plurals", ["w:missiles/missile en missile", "w:drones/drone en drone"], "missiles and drones", ["missiles=missiles", "drones=drones"]),
    case!("plural ies", ["w:artillery/battery en artillery battery"], "two artillery batteries", ["artillery=artillery batteries"]),

    // 7. Leftmost-longest, boundaries inside the search.
    case!("council not UN", ["o:un any UN|exact", "o:un-security-council de UN-Sicherheitsrat"], "im UN-Sicherheitsrat", ["un-security-council=UN-Sicherheitsrat"]),
    case!("agency not country", ["c:KR en Korea", "c:KR en Korean", "o:kcna en Korean Central News Agency"], "the Korean Central News Agency said", ["kcna=Korean Central News Agency"]),
    case!("longer alias failing its boundary", ["w:naval/nal en nal drone", "w:drones/drone en drone"], "additional drones", ["drones=drones"]),
    case!("rejected longer leaves shorter at same start", ["c:KR en Korea", "o:korea-times en Korea Times|exact"], "korea times are hard", ["KR=korea"]),
    case!("adjacent matches", ["c:KP de Nordkorea", "c:KR de Südkorea"], "Nordkorea Südkorea", ["KP=Nordkorea", "KR=Südkorea"]),

    // 8. Spelling variants, folding, decomposed input.
    case!("Pjöngjang", ["c:KP de Pjöngjang|capital", "c:KP de Pjongjang|capital"], "Pjöngjang und Pjongjang", ["KP=Pjöngjang", "KP=Pjongjang"]),
    case!("ue for ü", ["c:KR de Südkorea"], "Suedkorea", ["KR=Suedkorea"]),
    case!("ss for ß", ["o:white-house de Weißes Haus"], "das Weisses Haus", ["white-house=Weisses Haus"]),
    case!("ß in text", ["o:white-house de Weisses Haus"], "das Weißes Haus", ["white-house=Weißes Haus"]),
    case!("decomposed umlaut", ["c:KR de Südkorea"], "Su\u{308}dkorea", ["KR=Su\u{308}dkorea"]),
    case!("accent dropped", ["c:CI fr Côte d’Ivoire"], "la Cote d'Ivoire", ["CI=Cote d'Ivoire"]),
    case!("no sentence break inside a name", ["o:white-house en White House"], "the White. House prices", []),
    case!("no emoji inside a name", ["o:white-house en White House"], "White 😀 House", []),
    case!("hyphen and nbsp inside a name", ["o:white-house en White House"], "White-House and White&nbsp;House", ["white-house=White-House", "white-house=White&nbsp;House"]),
    case!("punctuation of the alias itself", ["c:CI fr Côte d’Ivoire", "o:us-army en U.S. Army"], "Cote d'Ivoire, U.S. Army, Cote d.Ivoire", ["CI=Cote d'Ivoire", "us-army=U.S. Army"]),
    case!("line break inside a name", ["o:white-house en White House"], "the White\nHouse", ["white-house=White\nHouse"]),

    // 9. Capitals for governments; ambiguous names follow their flags.
    case!("capital", ["c:KP de Pjöngjang|capital"], "sagte Pjöngjang", ["KP=Pjöngjang"]),
    case!("capital needs a capital letter", ["c:KP de Pjöngjang|capital"], "pjöngjang", []),
    case!("cap in a caseless script (ar)", lang = Some("ar"), ["c:RU ar موسكو|capital"], "أرسلت موسكو", ["RU=موسكو"]),
    case!("cap still rejects lower case", lang = Some("tr"), ["c:ML tr Mali|cap"], "mali durum ve Mali", ["ML=Mali"]),
    case!("cap name after an article: both words capitalized", lang = Some("fr"), ["c:RE fr La Réunion|cap"], "La réunion a eu lieu à La Réunion.", ["RE=La Réunion"]),
    case!("cap name after an article: the article at a sentence start", lang = Some("en"), ["o:mosaic en The Mosaic Company|cap", "o:mosaic en The Mosaic|cap"], "The mosaic of parties. The Mosaic Company said", ["mosaic=The Mosaic Company"]),
    case!("cap name after an article: in capitals", lang = Some("es"), ["c:SV es El Salvador|cap"], "EL SALVADOR Y el salvador", ["SV=EL SALVADOR"]),
    case!("capital genitive", ["c:RU de Moskau|capital"], "Moskaus Pläne und Moskau", ["RU=Moskaus", "RU=Moskau"]),
    case!("Kiew and Kyjiw", ["c:UA de Kiew|capital", "c:UA de Kyjiw|capital"], "Kiew oder Kyjiw", ["UA=Kiew", "UA=Kyjiw"]),
    case!("Washington the city", ["c:US en Washington|capital|no-person"], "und Washington beobachte", ["US=Washington"]),
    case!("Washington at sentence start", ["c:US en Washington|capital|no-person"], "Washington said", ["US=Washington"]),
    case!("In Washington, the political scene", ["c:US en Washington|capital|no-person"], "Yes. In Washington, officials", ["US=Washington"]),
    case!("the government in", ["c:TW en Taipei|capital", "c:SY de Damaskus|capital"], "The government in Taipei; die Regierung in Damaskus", ["TW=Taipei", "SY=Damaskus"]),
    case!("an embassy in is a place", ["c:US en Washington|capital|no-person"], "the embassy in Washington said", []),
    case!("capital after a place word", ["c:KR en Seoul|capital", "c:KP en Pyongyang|capital"], "officials in Seoul, near the capital Pyongyang", []),
    case!("capital as the government", ["c:KR en Seoul|capital", "c:DE de Berlin|capital"], "Seoul said it would; Druck auf Berlin", ["KR=Seoul", "DE=Berlin"]),
    case!("given name before a surname", ["c:TD en Chad|cap|no-person", "c:JO en Jordan|cap|no-person"], "said Chad Lawson and researcher Jordan Whitfield", []),
    case!("not a given name before a date", ["c:TD en Chad|cap|no-person"], "in Chad Monday, Chad's army", ["TD=Chad", "TD=Chad"]),
    case!("George Washington", ["c:US en Washington|capital|no-person"], "said George Washington", []),
    case!("Georgia weak alone", ["c:GE en Georgia|weak", "c:GE en Tbilisi|capital"], "Atlanta, Georgia", []),
    case!("Georgia weak supported", ["c:GE en Georgia|weak", "c:GE en Tbilisi|capital"], "Georgia and Tbilisi", ["GE=Georgia", "GE=Tbilisi"]),
    case!("Georgia not supported by another country", ["c:GE en Georgia|weak", "c:RU en Russia"], "Russia and Georgia", ["RU=Russia"]),
    case!("Jordan after a name", ["c:JO en Jordan|cap|no-person"], "fans of Michael Jordan", []),
    case!("Jordan the country", ["c:JO en Jordan|cap|no-person"], "the King of Jordan", ["JO=Jordan"]),
    case!("jordan lower case", ["c:JO en Jordan|cap|no-person"], "jordan", []),
    case!("hanging chad", ["c:TD en Chad|cap|no-person"], "a hanging chad", []),
    case!("Chad the country", ["c:TD en Chad|cap|no-person"], "troops in Chad", ["TD=Chad"]),
    case!("weak weapon alone", ["w:air-defence/patriot en Patriot|weak|cap", "w:missiles/missile en missile"], "the Patriot Act", []),
    case!("fr salt mine is no weapon", lang = Some("fr"), ["w:mines-explosives/landmine fr mine|weak", "w:missiles/missile fr missiles"], "Des missiles ont touché la mine de sel", ["missiles=missiles"]),
    case!("fr mine laid is a weapon", lang = Some("fr"), ["w:mines-explosives/landmine fr mine|weak", "w:missiles/missile fr missiles"], "Des missiles et une mine posée sur la route", ["missiles=missiles", "mines-explosives=mine"]),
    case!("ar march is no drone", lang = Some("ar"), ["w:drones/drone ar مسيرة|weak", "w:missiles/missile ar صواريخ"], "صواريخ على غزة وخرجت مسيرة سلمية", ["missiles=صواريخ"]),
    case!("ar drone in a war article", lang = Some("ar"), ["w:drones/drone ar مسيرة|weak", "w:missiles/missile ar صواريخ"], "صواريخ على غزة وأسقطت مسيرة إسرائيلية", ["missiles=صواريخ", "drones=مسيرة"]),
    case!("weak weapon supported by any weapon", ["w:air-defence/patriot en Patriot|weak|cap", "w:missiles/missile en missile"], "Patriot systems and missiles", ["air-defence=Patriot", "missiles=missiles"]),

    // 10. Offsets around multibyte text, emoji, combining marks.
    case!("emoji around", [KP], "😀Nordkorea😀", ["KP=Nordkorea"]),
    case!("flags and CJK", [KP, "c:KR de Südkorea"], "🇰🇵 Nordkorea 北朝鮮 Südkorea 🇰🇷", ["KP=Nordkorea", "KR=Südkorea"]),
    case!("combining mark on last letter", [KP], "é́ Nordkorea\u{301} x", ["KP=Nordkorea\u{301}"]),
    case!("soft hyphen inside", [KP], "Nord\u{AD}korea", ["KP=Nord\u{AD}korea"]),

    // Abbreviations keep their final period.
    case!("U.S. with its period", ["c:US en U.S.|exact"], "the U.S. and U.S.-made arms, said the U.S.", ["US=U.S.", "US=U.S.", "US=U.S."]),
    case!("U.S without a period", ["c:US en U.S.|exact"], "the U.S, or", ["US=U.S"]),

    // Datelines name where a story was filed.
    case!("dateline", ["c:KR en Seoul|capital", "c:KP en North Korea"], "SEOUL, Nov 3 - North Korea fired", ["KP=North Korea"]),
    case!("dateline with agency", ["c:KR de Seoul|capital", "c:KP de Nordkorea", "o:dpa any dpa|exact"], "Seoul (dpa) - Nordkorea hat", ["dpa=dpa", "KP=Nordkorea"]),
    case!("dateline with two places", ["c:PL de Warschau|capital", "c:KR de Seoul|capital", "c:PL de Polen"], "Warschau/Seoul - Polen hat", ["PL=Polen"]),
    case!("dateline with a region", ["c:GE en Georgia|weak"], "MARIETTA, Georgia, Sept 4 - Lockheed said", []),
    case!("not a dateline", ["c:KR en Seoul|capital"], "Seoul said on Monday - and then", ["KR=Seoul"]),

    // HTML entities in the text.
    case!("named entity", ["c:KP de Pjöngjang|capital"], "Pj&ouml;ngjang", ["KP=Pj&ouml;ngjang"]),
    case!("numeric entity apostrophe", ["c:RU en Russia"], "Russia&#39;s army", ["RU=Russia"]),
    case!("entity at the start with cap", ["c:AT de Österreich|capital"], "&Ouml;sterreich", ["AT=&Ouml;sterreich"]),
    case!("amp between names", ["c:US en United States", "c:RU en Russia"], "United States&amp;Russia", ["US=United States", "RU=Russia"]),

    // Language filtering of aliases.
    case!("other language alias skipped", lang = Some("de"), ["c:IT it Italia"], "Italia", []),
    case!("own language alias", lang = Some("it"), ["c:IT it Italia"], "Italia", ["IT=Italia"]),
    case!("region subtag", lang = Some("it-CH"), ["c:IT it Italia"], "Italia", ["IT=Italia"]),
    case!("unknown language: all aliases", ["c:IT it Italia"], "Italia", ["IT=Italia"]),
    case!("en applies everywhere", lang = Some("de"), ["c:RU en Russia"], "Russia", ["RU=Russia"]),
    case!("de not in en article", lang = Some("en"), ["c:RU de Russland"], "Russland", []),
    case!("unlisted language: en and any only", lang = Some("pl"), ["c:RU de Russland", "c:RU any RF|exact"], "Russland RF", ["RU=RF"]),

    // ---------------------------------------------------------------------------------
    // Scripts and languages of issue 8 (module `script`): Chinese, Arabic, Persian,
    // Turkish, Romance elision. Each rule with the entity and its look-alike.

    // Chinese: every ideograph is a word, so CJK aliases match without spaces.
    case!("zh no spaces", lang = Some("zh"), ["c:US zh 美国", "c:RU zh 俄罗斯"], "美国和俄罗斯举行会谈", ["US=美国", "RU=俄罗斯"]),
    case!("zh longest alias wins", lang = Some("zh"), ["c:IN zh 印度", "c:ID zh 印度尼西亚"], "印度尼西亚和印度", ["ID=印度尼西亚", "IN=印度"]),
    case!("zh next to Latin and digits", lang = Some("zh"), ["c:KP zh 朝鲜", "w:missiles/kn23 any KN-23"], "朝鲜KN-23导弹", ["KP=朝鲜", "missiles=KN-23"]),
    case!("zh traditional folds to simplified", lang = Some("zh"), ["c:KR zh 韩国", "c:UA zh 乌克兰"], "韓國與烏克蘭", ["KR=韓國", "UA=烏克蘭"]),
    case!("zh simplified alias matches both scripts", lang = Some("zh-Hant"), ["o:un zh 联合国"], "聯合國和联合国", ["un=聯合國", "un=联合国"]),
    case!("zh full-width Latin", lang = Some("zh"), ["o:nato any NATO|exact"], "ＮＡＴＯ峰会", ["nato=ＮＡＴＯ"]),
    case!("zh region hides a shorter name", lang = Some("zh"), ["c:KR zh 韩国", "r:korean-peninsula zh 朝鲜半岛", "c:KP zh 朝鲜"], "朝鲜半岛局势", []),
    case!("zh word starting with a name hides it", lang = Some("zh"), ["c:ML zh 马里", "c:KP zh 朝鲜", "r:zh-words zh 马里奥", "r:zh-ethnic zh 朝鲜族"], "马里奥说马里和朝鲜，朝鲜族", ["ML=马里", "KP=朝鲜"]),

    // Chinese one-character abbreviations: only in pairs and established forms.
    case!("zh pair", lang = Some("zh"), ["c:CN zh 中|zh-abbr", "c:US zh 美|zh-abbr"], "中美关系", ["CN=中", "US=美"]),
    case!("zh run of three", lang = Some("zh"), ["c:US zh 美|zh-abbr", "c:JP zh 日|zh-abbr", "c:KR zh 韩|zh-abbr"], "美日韩举行演习", ["US=美", "JP=日", "KR=韩"]),
    case!("zh forms side and army", lang = Some("zh"), ["c:CN zh 中|zh-abbr", "c:RU zh 俄|zh-abbr"], "中方表示，俄军撤退", ["CN=中方", "RU=俄"]),
    case!("zh side form is the whole word", lang = Some("zh"), ["c:US zh 美|zh-abbr", "c:UA zh 乌|zh-abbr"], "美方与乌方会谈", ["US=美方", "UA=乌方"]),
    case!("zh pair keeps one character each", lang = Some("zh"), ["c:CN zh 中|zh-abbr", "c:US zh 美|zh-abbr"], "中美双方", ["CN=中", "US=美"]),
    case!("zh army form is the organization", lang = Some("zh"), ["c:RU zh 俄|zh-abbr", "o:russian-armed-forces zh 俄军"], "俄军撤退", ["russian-armed-forces=俄军"]),
    case!("zh army form before another word", lang = Some("zh"), ["c:RU zh 俄|zh-abbr", "o:russian-armed-forces zh 俄军", "c:IL zh 以|zh-abbr", "o:idf zh 以军", "w:arms-general/arms-sales zh 军售"], "俄军事演习，对以军售", ["RU=俄", "IL=以", "arms-general=军售"]),
    case!("zh pair before an army word", lang = Some("zh"), ["c:US zh 美|zh-abbr", "c:TW zh 台|zh-abbr", "o:taiwan-armed-forces zh 台军"], "美台军事合作", ["US=美", "TW=台"]),
    case!("zh no side form inside a word", lang = Some("zh"), ["c:CN zh 中|zh-abbr"], "其中方案", []),
    case!("zh relation verb", lang = Some("zh"), ["c:US zh 美|zh-abbr"], "他将访美", ["US=美"]),
    case!("zh form after a function word", lang = Some("zh"), ["c:US zh 美|zh-abbr"], "据美媒报道", ["US=美"]),
    case!("zh lone character is not a country", lang = Some("zh"), ["c:US zh 美|zh-abbr", "c:CN zh 中|zh-abbr"], "美丽的风景在其中", []),
    case!("zh abbreviation inside another word", lang = Some("zh"), ["c:CN zh 中|zh-abbr", "c:US zh 美|zh-abbr"], "其中方案很好，更加美好", []),
    case!("zh partner read as a longer name", lang = Some("zh"), ["c:JP zh 日|zh-abbr", "c:US zh 美|zh-abbr", "c:US zh 美国"], "今日美国报道", ["US=美国"]),
    case!("zh pair that is a word", lang = Some("zh"), ["c:US zh 美|zh-abbr", "c:DE zh 德|zh-abbr"], "美德", []),
    case!("zh Central America is not China and US", lang = Some("zh"), ["c:CN zh 中|zh-abbr", "c:US zh 美|zh-abbr"], "中美洲国家", []),
    case!("zh same character twice is no pair", lang = Some("zh"), ["c:JP zh 日|zh-abbr"], "日日夜夜", []),
    case!("zh traditional abbreviation", lang = Some("zh-TW"), ["c:KR zh 韩|zh-abbr", "c:US zh 美|zh-abbr"], "美韓同盟", ["US=美", "KR=韓"]),
    case!("zh abbreviation not in other languages", lang = Some("ja"), ["c:US zh 美|zh-abbr", "c:CN zh 中|zh-abbr"], "中美", []),

    // Arabic: letter variants, diacritics and tatweel fold away.
    case!("ar alef variants", lang = Some("ar"), ["c:IR ar إيران"], "ايران، إيران، آيران", ["IR=ايران", "IR=إيران", "IR=آيران"]),
    case!("ar diacritics and tatweel", lang = Some("ar"), ["c:EG ar مصر"], "مِصْر ومـــصر", ["EG=مِصْر", "EG=ومـــصر"]),
    case!("ar teh marbuta and alef maqsura", lang = Some("ar"), ["c:US ar الولايات المتحدة", "o:un ar الأمم المتحدة"], "الولايات المتحده والامم المتحدة", ["US=الولايات المتحده", "un=والامم المتحدة"]),
    // Clitic prefixes attached to the name: the mention is the whole word.
    case!("ar conjunction and preposition", lang = Some("ar"), ["c:RU ar روسيا"], "وروسيا بروسيا لروسيا وبروسيا", ["RU=وروسيا", "RU=بروسيا", "RU=لروسيا", "RU=وبروسيا"]),
    case!("ar prefix before an article name", lang = Some("ar"), ["c:CN ar الصين"], "بالصين والصين للصين وللصين", ["CN=بالصين", "CN=والصين", "CN=للصين", "CN=وللصين"]),
    case!("ar li plus article", lang = Some("ar"), ["c:US ar الولايات المتحدة"], "للولايات المتحدة", ["US=للولايات المتحدة"]),
    case!("ar not any letters before a name", lang = Some("ar"), ["c:RU ar روسيا", "c:CN ar الصين"], "مروسيا يروسيا؟ صين", []),
    case!("ar no double article", lang = Some("ar"), ["c:CN ar الصين"], "لالصين", []),
    // Nisba adjectives of country names, with their clitics.
    case!("ar nisba forms", lang = Some("ar"), ["c:RU ar روسيا", "c:IR ar إيران"], "الروسية والإيرانيون ايراني روسي", ["RU=الروسية", "IR=والإيرانيون", "IR=ايراني", "RU=روسي"]),
    case!("ar nisba of an article name", lang = Some("ar"), ["c:CN ar الصين", "c:SA ar السعودية"], "الصيني والسعوديين", ["CN=الصيني", "SA=والسعوديين"]),
    case!("ar no nisba for capitals", lang = Some("ar"), ["c:RU ar موسكو|capital"], "موسكوي", []),
    case!("ar clitics only for Arabic aliases", lang = Some("fa"), ["c:RU ar روسيا", "c:RU fa روسیه"], "وروسيه", []),

    // Persian: ی/ي and ک/ك, ZWNJ inside a word, attached suffixes.
    case!("fa yeh and kaf variants", lang = Some("fa"), ["c:US fa آمریکا", "c:KR fa کره جنوبی"], "امريكا و كره جنوبي", ["US=امريكا", "KR=كره جنوبي"]),
    case!("fa suffixes", lang = Some("fa"), ["c:IR fa ایران", "w:drones/uav fa پهپاد"], "پهپادهای ایرانی", ["drones=پهپادهای", "IR=ایرانی"]),
    case!("fa suffix after ZWNJ", lang = Some("fa"), ["c:RU fa روسیه", "w:drones/uav fa پهپاد"], "روسیه‌ای پهپاد‌ها", ["RU=روسیه‌ای", "drones=پهپاد‌ها"]),
    case!("fa not any word that starts with a name", lang = Some("fa"), ["c:IR fa ایران", "c:IN fa هند"], "ایرانشهر هندوانه", []),
    case!("fa capital takes no suffix", lang = Some("fa"), ["c:SA fa ریاض|capital", "c:IR fa تهران|capital"], "ریاض گفت؛ ریاضی و تهرانی", ["SA=ریاض"]),
    case!("fa suffixed look-alike hides the name", lang = Some("fa"), ["c:RU fa روس", "r:fa-words-containing-a-country fa روسای"], "روس‌ها و روسای جمهور", ["RU=روس‌ها"]),

    // Turkish: the apostrophe suffix and dotted/dotless i in every case.
    case!("tr apostrophe suffix", lang = Some("tr"), ["c:RU tr Rusya", "c:TR tr Türkiye", "o:nato any NATO|exact"], "Rusya'nın, Türkiye’ye ve NATO'nun", ["RU=Rusya", "TR=Türkiye", "nato=NATO"]),
    case!("tr dotted and dotless i", lang = Some("tr"), ["c:IR tr İran", "c:IQ tr Irak", "r:crimea tr Kırım", "c:UA tr Ukrayna"], "İRAN, IRAK, iran, ırak, KIRIM'da Ukrayna", ["IR=İRAN", "IQ=IRAK", "IR=iran", "IQ=ırak", "UA=Ukrayna"]),
    case!("tr suffix without apostrophe is another word", lang = Some("tr"), ["c:RU tr Rusya"], "Rusyanın", []),

    // French, Spanish, Italian, Portuguese: elision with ' and ’; contractions are words.
    case!("fr elision", lang = Some("fr"), ["o:nato fr OTAN|exact", "c:UA fr Ukraine", "c:IL fr Israël"], "l'OTAN, d’Ukraine, qu'Israël", ["nato=OTAN", "UA=Ukraine", "IL=Israël"]),
    case!("it elision", lang = Some("it"), ["o:un it ONU|exact", "c:IT it Italia"], "dell'ONU e all’Italia", ["un=ONU", "IT=Italia"]),
    case!("pt contractions", lang = Some("pt"), ["c:BR pt Brasil", "c:CN pt China|cap"], "do Brasil e da China", ["BR=Brasil", "CN=China"]),
    case!("fr elided look-alike", lang = Some("fr"), ["c:UA fr Ukraine"], "l'ukrainienne", []),

    // Language: from `lang` (primary subtag, three-letter codes), else detected; text in a
    // script without aliases still gets the language-independent ones.
    case!("zh detected", lang = None, ["c:CN zh 中|zh-abbr", "c:US zh 美|zh-abbr", "c:RU de Russland"], "中美两国领导人举行会谈", ["CN=中", "US=美"]),
    case!("fa detected: Arabic aliases do not apply", lang = None, ["c:IR fa ایران", "c:RU ar روسيا"], "ایران و روسیه و روسيا در گفتگو هستند", ["IR=ایران"]),
    case!("three-letter code", lang = Some("zho"), ["c:US zh 美国"], "美国", ["US=美国"]),
    case!("no aliases for the script: language-independent ones", lang = None, ["o:nato any NATO|exact", "c:KP de Nordkorea"], "북한은 NATO를 비난했다. 북한 외무성은 성명을 발표했다.", ["nato=NATO"]),

    // Regions hide the shorter aliases inside them and are dropped.
    case!("New Mexico is not Mexico", ["c:MX en Mexico", "r:new-mexico en New Mexico"], "in New Mexico and Mexico", ["MX=Mexico"]),
    case!("koreanische Halbinsel", ["c:KR de koreanisch|de-adj", "r:korean-peninsula de koreanischen Halbinsel|fixed"], "auf der koreanischen Halbinsel die koreanische Armee", ["KR=koreanische"]),
    case!("Nahen Osten hides Osten", ["o:osten de Osten|fixed", "r:middle-east de Nahen Osten|fixed"], "im Nahen Osten und im Osten", ["osten=Osten"]),

    // ---- Context rules (crates/tagger/src/context/, issue 9) --------------------------
    // 7. Nested mentions: a state body's name also mentions its country.
    case!("state body nests its country", lang = Some("en"), [ORG_MOD_RU, "c:RU en Russia"], "Russia's defence ministry said", ["mod-ru=Russia's defence ministry", "RU=Russia"]),
    case!("German state body nests its adjective", lang = Some("de"), [ORG_IDF, "c:IL de israelisch|de-adj"], "die israelische Armee meldete", ["idf=israelische Armee", "IL=israelische"]),
    case!("Russian state body nests the genitive", lang = Some("ru"), ["o:mid-ru/RU ru МИД России|fixed", "c:RU ru России|fixed"], "МИД России заявил", ["mid-ru=МИД России", "RU=России"]),
    // A short name and its own country's genitive after it are one name (`own_country`);
    // another country's genitive makes it that country's body, not this one.
    case!("short state body name joins its own country", lang = Some("ru"), [ORG_FSB, "c:RU ru России|fixed"], "академия ФСБ России", ["fsb=ФСБ России", "RU=России"]),
    case!("short state body name before another country is that country's", lang = Some("ru"), [ORG_FSB, "c:RU ru России|fixed", "c:IL ru Израиля|fixed"], "глава ФСБ Израиля и ФСБ России", ["IL=Израиля", "fsb=ФСБ России", "RU=России"]),
    case!("short state body name before a comma stays", lang = Some("ru"), [ORG_FSB, "c:IL ru Израиля|fixed"], "ФСБ, Израиля", ["fsb=ФСБ", "IL=Израиля"]),
    case!("short state body name after another country is that country's", lang = Some("tr"), [ORG_TR_TRADE, "c:CN tr Çin|fixed", "c:TR tr Türkiye|fixed"], "Çin Ticaret Bakanlığı açıkladı", ["CN=Çin"]),
    case!("short state body name alone is its own country's", lang = Some("tr"), [ORG_TR_TRADE, "c:CN tr Çin|fixed", "c:TR tr Türkiye|fixed"], "Ticaret Bakanlığı açıkladı, Çin itiraz etti", ["tr-trade=Ticaret Bakanlığı", "CN=Çin"]),
    case!("short state body name after its own country stays", lang = Some("tr"), [ORG_TR_TRADE, "c:TR tr Türkiye|fixed"], "Türkiye Ticaret Bakanlığı açıkladı", ["TR=Türkiye", "tr-trade=Ticaret Bakanlığı"]),
    case!("own country joins only in Russian and Ukrainian", lang = Some("en"), ["o:fsb/intelligence/RU any FSB|exact", "c:RU en Russia"], "the FSB Russia office", ["fsb=FSB", "RU=Russia"]),
    case!("company named after a country nests nothing", lang = Some("en"), ["o:air-india/company/IN en Air India", "c:IN en India"], "Air India flies", ["air-india=Air India"]),
    case!("state body of another country nests nothing", lang = Some("en"), ["o:kcna/state-media/KP en Korean Central News Agency", "c:KR en Korean"], "the Korean Central News Agency said", ["kcna=Korean Central News Agency"]),
    case!("country outside the state body stays single", lang = Some("en"), [ORG_MOD_RU, "c:RU en Russia"], "Russia said", ["RU=Russia"]),

    // 1. Datelines: the filing place is not a mention; a country after it is.
    case!("dateline in capitals with agency", ["c:KR en Seoul|capital", "c:KP en North Korea", "o:yonhap any Yonhap"], "SEOUL, March 3 (Yonhap) – North Korea fired", ["yonhap=Yonhap", "KP=North Korea"]),
    case!("German dateline with en dash", ["c:UA de Kiew|capital", "c:UA de Ukraine", "o:dpa any dpa|exact"], "KIEW (dpa) – Die Ukraine meldet", ["dpa=dpa", "UA=Ukraine"]),
    case!("dateline closed by a period", ["c:RU de Moskau|capital", "o:kremlin de Kreml"], "MOSKAU. Der Kreml hat Moskau verteidigt", ["kremlin=Kreml", "RU=Moskau"]),
    case!("dateline with em dash", ["c:BE en Brussels|capital"], "BRUSSELS — The talks in Brussels", []),
    case!("two places and a German date", ["c:DE de Berlin|capital", "o:reuters any Reuters"], "GENF/BERLIN, 4. Mai (Reuters) - Berlin will", ["reuters=Reuters", "DE=Berlin"]),
    case!("country after the dateline city is kept", ["c:RU en Russia"], "KALININGRAD, Russia — Troops moved", ["RU=Russia"]),
    case!("country after the city with agency", ["c:UA en Ukraine", "o:ap any AP|exact"], "ODESSA, Ukraine (AP) — Drones hit", ["UA=Ukraine", "ap=AP"]),
    case!("topic line is not a dateline", ["c:IR de IRAN", "c:US any USA|exact"], "IRAN - USA\nDie Gespräche", ["IR=IRAN", "US=USA"]),
    case!("topic line with a slash", ["c:LY it Libia", "c:IT it Italia"], "LIBIA / ITALIA\nIl governo", ["LY=LIBIA", "IT=ITALIA"]),
    case!("a sentence with a dash is no dateline", ["c:RU en Moscow|capital"], "Moscow said on Monday - and then", ["RU=Moscow"]),
    case!("a year after the comma is no date", ["c:RU en Russia"], "Russia, in 2022 - the year", ["RU=Russia"]),
    case!("Spanish dateline with agency and .-", lang = Some("es"), ["c:ES es Madrid|capital", "c:ES es España", "o:efe any EFE|exact"], "MADRID, 3 nov (EFE).- España enviará", ["efe=EFE", "ES=España"]),
    case!("Polish dateline with a lower-case month", lang = Some("pl"), ["c:PL pl Warszawa|capital", "c:PL pl Polska", "o:pap any PAP|exact"], "WARSZAWA, 3 listopada (PAP) - Polska kupi", ["pap=PAP", "PL=Polska"]),
    case!("Turkish dateline with agency", lang = Some("tr"), ["c:TR tr Ankara|capital", "c:TR tr Türkiye", "o:aa any AA|exact"], "ANKARA (AA) - Türkiye açıkladı", ["aa=AA", "TR=Türkiye"]),
    // Datelines in every script (issue 8): Cyrillic capitals and title case, Arabic and
    // Persian (no case), the TASS form, Chinese 电 forms; and the same word opening a
    // body that is not a dateline.
    case!("Russian dateline in capitals", lang = Some("ru"), ["c:KR ru Сеул|capital", "c:KP ru Северная Корея"], "СЕУЛ, 3 ноября - Северная Корея отправила", ["KP=Северная Корея"]),
    case!("Russian dateline in title case with a date", lang = Some("ru"), ["c:RU ru Москва|capital", "c:RU ru Россия"], "Москва, 3 ноября - Россия заявила", ["RU=Россия"]),
    case!("Russian TASS dateline", lang = Some("ru"), ["c:RU ru Москва|capital", "c:RU ru Россия", "o:tass any ТАСС|exact"], "МОСКВА, 3 ноября. /ТАСС/. Россия заявила", ["tass=ТАСС", "RU=Россия"]),
    case!("Ukrainian dateline in capitals", lang = Some("uk"), ["c:UA uk Київ|capital", "c:RU uk Росія"], "КИЇВ, 3 листопада - Росія завдала удару", ["RU=Росія"]),
    case!("Russian country opening a sentence is no dateline", lang = Some("ru"), ["c:RU ru Россия"], "Россия заявила о готовности", ["RU=Россия"]),
    case!("Russian copula dash is no dateline", lang = Some("ru"), ["c:RU ru Россия"], "Россия — крупнейший поставщик", ["RU=Россия"]),
    case!("Ukrainian capital in a sentence is no dateline", lang = Some("uk"), ["c:UA uk Київ|capital"], "Київ заявив - і все", ["UA=Київ"]),
    case!("Arabic dateline with agency", lang = Some("ar"), ["c:EG ar القاهرة|capital", "c:EG ar مصر", "o:reuters ar رويترز"], "القاهرة (رويترز) - قالت مصر إن", ["reuters=رويترز", "EG=مصر"]),
    case!("Arabic dateline with a dash", lang = Some("ar"), ["c:KR ar سيول|capital", "c:KP ar كوريا الشمالية"], "سيول - قالت كوريا الشمالية", ["KP=كوريا الشمالية"]),
    case!("Arabic country opening a sentence is no dateline", lang = Some("ar"), ["c:EG ar مصر"], "مصر تقول إن المحادثات - كما قالت - مستمرة", ["EG=مصر"]),
    case!("Persian dateline with agency", lang = Some("fa"), ["c:IR fa تهران|capital", "c:IR fa ایران", "o:irna fa ایرنا"], "تهران - ایرنا - ایران اعلام کرد", ["irna=ایرنا", "IR=ایران"]),
    case!("Persian dateline before a country", lang = Some("fa"), ["c:AF fa کابل|capital", "c:PK fa پاکستان"], "کابل - پاکستان و افغانستان", ["PK=پاکستان"]),
    case!("Chinese dateline with a date", lang = Some("zh"), ["c:CN zh 北京|capital", "c:CN zh 中国"], "北京，11月3日电 中国外交部发言人", ["CN=中国"]),
    case!("Chinese dateline with agency and reporter", lang = Some("zh"), ["c:KR zh 首尔|capital", "c:KR zh 韩国", "o:xinhua zh 新华社"], "新华社首尔11月3日电（记者 王明）韩国国家情报院", ["xinhua=新华社", "KR=韩国"]),
    case!("Chinese dateline in brackets", lang = Some("zh"), ["c:TW zh 台北|capital", "c:US zh 美国"], "【中央社台北電】美國國務院今天", ["US=美國"]),
    case!("Chinese 电 inside a word is no dateline", lang = Some("zh"), ["c:CN zh 中国"], "中国电力供应紧张", ["CN=中国"]),

    // 3. People named like places: a given name or a title before, a surname after.
    case!("given name before a country word", lang = Some("en"), ["c:JO en Jordan|cap"], "Michael Jordan visited Jordan.", ["JO=Jordan"]),
    case!("given name before a capital", lang = Some("en"), ["c:US en Washington|capital|no-person"], "Denzel Washington starred; Washington said no.", ["US=Washington"]),
    case!("country-like given name before a surname", lang = Some("en"), ["c:TD en Chad|cap", "c:GE en Georgia|cap"], "Chad Smith and Georgia O'Keeffe met in Chad.", ["TD=Chad"]),
    case!("title before a country word", lang = Some("en"), ["c:NL en Holland|cap"], "Mr Holland said Holland would pay.", ["NL=Holland"]),
    case!("German title", lang = Some("de"), ["c:NL de Holland|cap"], "Frau Holland sagte, Holland zahle.", ["NL=Holland"]),
    case!("middle initial", lang = Some("en"), ["c:JO en Jordan|cap"], "Michael B. Jordan", []),
    case!("not a surname: an institution word", lang = Some("en"), ["c:JO en Jordan|cap"], "Jordan King Abdullah", ["JO=Jordan"]),
    case!("German noun after a country-like name is no surname", lang = Some("de"), ["c:IL de Israel|cap"], "dass Israel Truppen schickt", ["IL=Israel"]),

    // 5. Countries inside other names.
    case!("airline prefix", lang = Some("en"), ["c:IN en India"], "Air India flew to India.", ["IN=India"]),
    case!("company designator", lang = Some("en"), ["c:CN en China"], "China Steel Corp said China", ["CN=China"]),
    case!("newspaper", lang = Some("en"), ["c:JP en Japan"], "the Japan Times reported on Japan", ["JP=Japan"]),
    case!("club", lang = Some("en"), ["c:UA en Kyiv|capital"], "Dynamo Kyiv won; Kyiv said", ["UA=Kyiv"]),
    case!("law", lang = Some("en"), ["c:IR en Iran"], "the Iran Sanctions Act targets Iran", ["IR=Iran"]),
    case!("war", lang = Some("en"), ["c:KR en Korean"], "veterans of the Korean War and the Korean army", ["KR=Korean"]),
    case!("common compound", lang = Some("en"), ["c:TR en Turkey|cap", "c:BR en Brazil"], "Turkey sandwiches and Brazil nuts; Turkey said", ["TR=Turkey"]),
    case!("German genitive before a noun is a country", lang = Some("de"), ["c:RU de Russland"], "Russlands Krieg", ["RU=Russlands"]),

    // 2. Text in capitals and markup.
    case!("word acronym in a capital run", lang = Some("en"), ["c:CF any CAR|exact"], "CAR PARTS MAKER CUTS JOBS", []),
    case!("word acronym in a capital run with support", lang = Some("en"), ["c:CF any CAR|exact", "c:CF en Central African Republic"], "CAR TROOPS CROSS BORDER\nThe Central African Republic said", ["CF=CAR", "CF=Central African Republic"]),
    case!("acronym in normal text", lang = Some("en"), ["c:CF any CAR|exact"], "The CAR army said", ["CF=CAR"]),
    case!("hyphenated capitals", lang = Some("en"), ["c:US any US|exact"], "WINSTON-US ROAD WORKS", []),
    case!("ticker markup", lang = Some("en"), ["c:IT any IT|exact", "c:IT en Italy"], "shares of <IT.MI> rose in Italy", ["IT=Italy"]),

    // 6. Weapon look-alikes.
    case!("think tank", lang = Some("en"), ["w:armoured-vehicles/tank en tank"], "a think tank said the tank was new", ["armoured-vehicles=tank"]),
    case!("German Tank is a container", lang = Some("de"), ["w:armoured-vehicles/tank en tank", "w:armoured-vehicles/panzer de Panzer"], "Der Tank war leer, der Panzer nicht", ["armoured-vehicles=Panzer"]),
    case!("arms of the body", lang = Some("en"), ["w:arms-general/arms en arms"], "in her arms; arms sales", ["arms-general=arms"]),
    case!("box-office bomb", lang = Some("en"), ["w:mines-explosives/bomb en bomb"], "a box-office bomb; a bomb exploded", ["mines-explosives=bomb"]),
    case!("missile in sport", lang = Some("en"), ["w:missiles/missile en missile"], "He hit a missile past the keeper. A missile hit Kyiv.", ["missiles=missile"]),
    case!("Leopard the animal", lang = Some("en"), ["w:armoured-vehicles/leopard en Leopard|cap"], "The Leopard cubs at the zoo. Leopard tanks", ["armoured-vehicles=Leopard"]),
    case!("Patriot Act", lang = Some("en"), ["w:air-defence/patriot en Patriot|cap"], "the Patriot Act; Patriot batteries", ["air-defence=Patriot"]),

    // 8. Named warships.
    case!("USS with a name", lang = Some("en"), ["w:naval/named-ship en USS|exact", "c:US en Washington|capital|no-person"], "the USS George Washington sailed", ["naval=USS George Washington"]),
    case!("HMS with of", lang = Some("en"), ["w:naval/named-ship en HMS|exact"], "HMS Prince of Wales docked", ["naval=HMS Prince of Wales"]),
    case!("prefix without a name", lang = Some("en"), ["w:naval/named-ship en USS|exact"], "the USS said", []),
    // Acronyms (issue 10; `acronyms` module): definitions, shared acronyms by evidence.
    case!("definition re-reads a known acronym", lang = Some("en"), [KDP, "o:kdp-iran any KDP|exact"], "the Kurdistan Democratic Party (KDP) said KDP fighters", ["kdp=Kurdistan Democratic Party", "kdp=KDP", "kdp=KDP"]),
    case!("definition adds an unknown acronym", lang = Some("de"), [SVP], "die Schweizerische Volkspartei (SVP). Die SVPs Basis", ["svp=Schweizerische Volkspartei", "svp=SVP", "svp=SVPs"]),
    case!("parenthesis after a name it does not abbreviate", lang = Some("en"), [KDP, "o:cia any CIA|exact"], "the Kurdistan Democratic Party (CIA) said", ["kdp=Kurdistan Democratic Party", "cia=CIA"]),
    case!("a definition makes a weak acronym strong", lang = Some("en"), ["o:icc any ICC|exact|weak", "o:icc en International Criminal Court"], "The International Criminal Court (ICC) said", ["icc=International Criminal Court", "icc=ICC"]),
    case!("acronym without a definition stays unknown", lang = Some("de"), [SVP], "Die SVP gewann", []),
    case!("definition of an unknown organization drops the acronym", lang = Some("en"), ["o:ira any IRA|exact"], "the Islamic Resistance in Amman (IRA) said IRA", []),
    case!("definition by a variant of a known name", lang = Some("es"), ["o:wto es OMC|exact", "o:wto es Organización Mundial del Comercio"], "la Organización Mundial de Comercio (OMC) dijo que la OMC", ["wto=OMC", "wto=OMC"]),
    case!("definition by a name like a known name", lang = Some("es"), ["o:unhcr es ACNUR|exact", "o:unhcr es Alto Comisionado de las Naciones Unidas para los Refugiados"], "la Alta Comisaría de las Naciones Unidas para los Refugiados (ACNUR) y ACNUR", ["unhcr=ACNUR", "unhcr=ACNUR"]),
    case!("definition by a name spaced unlike the known name", lang = Some("de"), ["o:wwf any WWF|exact", "o:wwf en World Wildlife Fund"], "der World Wild Life Fund (WWF) und der WWF", ["wwf=WWF", "wwf=WWF"]),
    case!("definition by a name unlike the known name", lang = Some("en"), ["o:ira any IRA|exact", "o:ira en Irish Republican Army"], "the Islamic Resistance in Amman (IRA) said IRA", []),
    case!("definition by a British spelling of a known name", lang = Some("en"), ["o:osce any OSCE", "o:osce en Organization for Security and Co-operation in Europe"], "the Organisation for Security and Cooperation in Europe (OSCE) said the OSCE", ["osce=OSCE", "osce=OSCE"]),
    case!("a name with other words is no variant but an organization of its own", lang = Some("en"), ["o:osce any OSCE", "o:osce en Organization for Security and Co-operation in Europe"], "the Organisation for Safety and Cooperation in Europe (OSCE) said the OSCE", ["defined-osce=Organisation for Safety and Cooperation in Europe", "defined-osce=OSCE", "defined-osce=OSCE"]),
    case!("a headline in capitals spells no name", lang = Some("es"), ["o:efe any EFE|exact"], "ESPAÑA-FRANCIA COOPERACION SERA MAS AMBICIOSA Santander (EFE). - Dijo a EFE", ["efe=EFE", "efe=EFE"]),
    case!("capitalized words across a sentence end spell no name", lang = Some("es"), ["o:ibge any IBGE|exact"], "el Instituto Brasileño de Geografía. Estadísticas (IBGE) dijo que el IBGE", ["ibge=IBGE", "ibge=IBGE"]),
    case!("capitalized words of one sentence spell a name", lang = Some("es"), ["o:ibge any IBGE|exact"], "el Instituto Boliviano de Gestión Energética (IBGE) dijo que el IBGE", ["defined-ibge=Instituto Boliviano de Gestión Energética", "defined-ibge=IBGE", "defined-ibge=IBGE"]),
    case!("parenthesis that spells nothing keeps the acronym", lang = Some("en"), ["o:ira any IRA|exact"], "the group (IRA) said", ["ira=IRA"]),
    case!("shared acronym without evidence is left out", lang = Some("en"), ICC, "The ICC ruled", []),
    case!("shared acronym by another mention", lang = Some("en"), ICC, "The International Criminal Court said the ICC ruled", ["icc=International Criminal Court", "icc=ICC"]),
    case!("shared acronym by another mention, other reading", lang = Some("en"), ICC, "The International Cricket Council said the ICC banned", ["icc-cricket=International Cricket Council", "icc-cricket=ICC"]),
    case!("shared acronym, both named: the nearer before", lang = Some("en"), ICC, "The International Criminal Court ruled. The International Cricket Council said the ICC banned", ["icc=International Criminal Court", "icc-cricket=International Cricket Council", "icc-cricket=ICC"]),
    case!("shared acronym, both named after it: left out", lang = Some("en"), ICC, "The ICC: International Criminal Court, International Cricket Council", ["icc=International Criminal Court", "icc-cricket=International Cricket Council"]),
    case!("shared acronym by country", lang = Some("en"), ["o:anc@ZA any ANC|exact", "o:anc-congo@CD any ANC|exact", "c:ZA en South Africa"], "In South Africa the ANC won", ["ZA=South Africa", "anc=ANC"]),
    case!("shared acronym by language", lang = Some("de"), ["o:svp-ch de SVP|exact", "o:svp-it it SVP|exact"], "Die SVP gewann", ["svp-ch=SVP"]),
    case!("shared acronym won by a strong claim behind a weak one", lang = Some("es"), ["o:abc-news@US any ABC|exact|weak", "o:abc-es@ES es ABC|exact"], "Según ABC, el Gobierno dimitirá", ["abc-es=ABC"]),
    case!("shared acronym won by a weak claim stays weak", lang = Some("es"), ["o:abc-es@ES any ABC|exact|weak", "o:abc-news@US es ABC|exact|weak"], "Según ABC, el Gobierno dimitirá", []),
    case!("a weak claim of the article's language yields to a strong one", lang = Some("es"), ["o:abc-es@ES any ABC|exact", "o:abc-news@US es ABC|exact|weak"], "Según ABC, el Gobierno dimitirá", ["abc-es=ABC"]),
    case!("a weak claimant's country does not tie with a strong claimant", lang = Some("es"), ["o:pp-es@ES es PP|exact", "o:pp-gt@GT any PP|exact|weak", "c:GT es Guatemala"], "Guatemala votó y el PP ganó", ["GT=Guatemala", "pp-es=PP"]),
    case!("a weak claimant named by its name wins", lang = Some("es"), ["o:pp-gt@GT any PP|exact|weak", "o:pp-gt@GT any Partido Patriota", "o:pp-es@ES es PP|exact"], "El Partido Patriota ganó. El PP dijo", ["pp-gt=Partido Patriota", "pp-gt=PP"]),
    case!("a team's acronym outside a table is no claimant", lang = Some("de"), ["o:doosan-bears@KR any OB|exact|team", "o:ob-party@DE any OB|exact|weak"], "Der OB sagte am Montag", []),
    case!("home acronym with its country", lang = Some("en"), ["o:eta@ES en ETA|exact|home", "c:ES en Spain"], "ETA bombed a barracks in Spain", ["eta=ETA", "ES=Spain"]),
    case!("home acronym without its country", lang = Some("en"), ["o:eta@ES en ETA|exact|home", "c:FR en France"], "The ETA for the ferry to France is noon", ["FR=France"]),
    case!("home acronym after another mention of the organization", lang = Some("en"), ["o:eta@ES en ETA|exact|home", "o:eta@ES en Euskadi Ta Askatasuna"], "Euskadi Ta Askatasuna said ETA would disarm", ["eta=Euskadi Ta Askatasuna", "eta=ETA"]),
    case!("shared acronym, tie of countries", lang = Some("en"), ["o:anc@ZA any ANC|exact", "o:anc-congo@CD any ANC|exact", "c:ZA en South Africa", "c:CD en Congo"], "South Africa, Congo and the ANC", ["ZA=South Africa", "CD=Congo"]),
    case!("acronym that is a word is case-exact", lang = Some("en"), ["o:isil any IS|exact|weak", "o:isil en Islamic State"], "what it is: Islamic State, or IS", ["isil=Islamic State", "isil=IS"]),
    case!("weak acronym alone", lang = Some("en"), ["o:isil any IS|exact|weak"], "IS it true? IS fighters", []),
    // Organizations the gazetteer does not know, defined in the article (`defined` module): the
    // name spells the acronym by initials and has a head word; id `defined-<acronym>`.
    case!("unknown party defined by its name", lang = Some("en"), [US], "the Kurdistan Democratic Party (KDP) said KDP fighters", ["defined-kdp=Kurdistan Democratic Party", "defined-kdp=KDP", "defined-kdp=KDP"]),
    case!("unknown German party by a compound head", lang = Some("de"), [US], "die Schweizerische Volkspartei (SVP). Die SVPs Basis", ["defined-svp=Schweizerische Volkspartei", "defined-svp=SVP", "defined-svp=SVPs"]),
    case!("unknown German union by compound parts", lang = Some("de"), [US], "Der Deutsche Gewerkschaftsbund (DGB) warnte. Der DGB", ["defined-dgb=Deutsche Gewerkschaftsbund", "defined-dgb=DGB", "defined-dgb=DGB"]),
    case!("unknown Spanish party with small words", lang = Some("es"), [US], "el Partido de la Revolución Democrática (PRD) y el PRD", ["defined-prd=Partido de la Revolución Democrática", "defined-prd=PRD", "defined-prd=PRD"]),
    case!("unknown French party in lower case", lang = Some("fr"), [US], "le Parti socialiste (PS) a gagné", ["defined-ps=Parti socialiste", "defined-ps=PS"]),
    case!("unknown Russian party, inflected, transliterated id", lang = Some("ru"), ["c:RU ru России"], "лидер Либерально-демократической партии России (ЛДПР) заявил, что ЛДПР", ["defined-ldpr=Либерально-демократической партии России", "defined-ldpr=ЛДПР", "defined-ldpr=ЛДПР"]),
    case!("reversed definition", lang = Some("en"), [US], "KDP (Kurdistan Democratic Party) fighters", ["defined-kdp=KDP", "defined-kdp=Kurdistan Democratic Party"]),
    case!("defined acronym before its definition", lang = Some("en"), [US], "KDP fighters. The Kurdistan Democratic Party (KDP)", ["defined-kdp=KDP", "defined-kdp=Kurdistan Democratic Party", "defined-kdp=KDP"]),
    case!("defined name beats the country inside it", lang = Some("es"), ["c:VE es Venezuela"], "el Banco Central de Venezuela (BCV) y Venezuela", ["defined-bcv=Banco Central de Venezuela", "defined-bcv=BCV", "VE=Venezuela"]),
    case!("name without a head word defines nothing", lang = Some("en"), [US], "the Islamic Resistance in Amman (IRA) said IRA", []),
    case!("lower-case words are no English name", lang = Some("en"), [US], "He met Head of the party (HP) members", []),
    case!("headline in capitals defines nothing", lang = Some("en"), [US], "KURDISTAN DEMOCRATIC PARTY (KDP) WINS", []),
    case!("defined acronym that is a common word", lang = Some("en"), [US], "the Committee for Action and Renewal (CAR). CAR PARTS MAKER", []),
    case!("defined acronym that is a country's", lang = Some("en"), ["c:SU any USSR|exact"], "the Union of Soviet Socialist Republics (USSR) and the USSR", ["SU=USSR", "SU=USSR"]),
    case!("name that does not spell the acronym", lang = Some("en"), [US], "the Movement of Socialist Workers (MDS) said", []),
    case!("name whose initials are the acronym's in another order", lang = Some("en"), [US], "the Movement of Socialist Democrats (MDS) said", ["defined-mds=Movement of Socialist Democrats", "defined-mds=MDS"]),
    case!("German acronym with a small letter spelled out", lang = Some("de"), [US], "die Landesanstalt für Umweltschutz (LfU) und die LfU", ["defined-lfu=Landesanstalt für Umweltschutz", "defined-lfu=LfU", "defined-lfu=LfU"]),
    case!("company name with its legal form", lang = Some("en"), [US], "investment company Guinness Peat Group Plc (GPG) said", ["defined-gpg=Guinness Peat Group Plc", "defined-gpg=GPG"]),
    case!("plural genitive in a name", lang = Some("en"), [US], "Welsh National Farmers' Union (NFU) chairman", ["defined-nfu=National Farmers' Union", "defined-nfu=NFU"]),
    case!("German genitive head", lang = Some("de"), [US], "ein Team des Hessischen Rundfunks (HR) spielte", ["defined-hr=Hessischen Rundfunks", "defined-hr=HR"]),
    case!("German compound cut short", lang = Some("de"), [US], "die Turn- und Sportgemeinschaft (TSG) gewann", ["defined-tsg=Turn- und Sportgemeinschaft", "defined-tsg=TSG"]),
    case!("head word first in a Spanish name", lang = Some("es"), [US], "la Bolsa de Comercio de Santiago (BCS) subió", ["defined-bcs=Bolsa de Comercio de Santiago", "defined-bcs=BCS"]),
    case!("head word not where a name has its head", lang = Some("es"), [US], "el Indice de la Bolsa de Bogotá (IBB) cerró", []),
    case!("preposition inside a name", lang = Some("en"), [US], "the Independent Commission Against Corruption (ICAC) said", ["defined-icac=Independent Commission Against Corruption", "defined-icac=ICAC"]),
    case!("an initiative is a programme, no organization", lang = Some("en"), [US], "the Caribbean Basin Initiative (CBI) was extended", []),
    case!("a citizens' initiative is an organization", lang = Some("de"), [US], "die Frankfurter Bürgerinitiative (FB) protestierte", ["defined-fb=Frankfurter Bürgerinitiative", "defined-fb=FB"]),
    case!("a plural first word names a class, no organization", lang = Some("es"), [US], "las Organizaciones No Gubernamentales (ONG) y las ONG", []),
    case!("a singular first word names an organization", lang = Some("es"), [US], "la Organización Nacional Gitana (ONG) y la ONG", ["defined-ong=Organización Nacional Gitana", "defined-ong=ONG", "defined-ong=ONG"]),
    case!("defined acronym in a model or index name", lang = Some("en"), [US], "the Czech National Bank (CNB) and the CNB-120 index", ["defined-cnb=Czech National Bank", "defined-cnb=CNB"]),

    // Organizations beat the country word inside them (issue 10).
    case!("Bank of Japan is no mention of Japan", lang = Some("en"), ["c:JP en Japan", "o:boj en Bank of Japan"], "the Bank of Japan and Japan", ["boj=Bank of Japan", "JP=Japan"]),
    case!("Japan Airlines is no mention of Japan", lang = Some("en"), ["c:JP en Japan", "o:jal any Japan Airlines|cap"], "Japan Airlines flew", ["jal=Japan Airlines"]),
    case!("lower-case japan airlines is no company", lang = Some("en"), ["c:JP en Japan", "o:jal any Japan Airlines|cap"], "japan airlines", ["JP=japan"]),

    // Teams named by their city in sports tables (`team` flag; `context::teams`): results,
    // standings and fixtures are the team; a dateline, prose, a weather table, the venue
    // after `AT` are the place (no mention).
    case!("team: standings", lang = Some("en"), [TEAM_CHI, TEAM_BAL], "BALTIMORE 67 58 .536 5 CHICAGO 69 59 .539 7 1/2", ["team-baltimore=BALTIMORE", "team-chicago=CHICAGO"]),
    case!("team: both sides of a result", lang = Some("en"), [TEAM_CHI, TEAM_BAL], "BALTIMORE 10 Chicago 5", ["team-baltimore=BALTIMORE", "team-chicago=Chicago"]),
    case!("team: a result with a multi-word name", lang = Some("en"), [TEAM_CHI, "o:team-new-york/sports/US en New York|cap|team"], "Chicago 3 New York 2", ["team-chicago=Chicago", "team-new-york=New York"]),
    case!("team: the visitor of a fixture, not the venue", lang = Some("en"), [TEAM_CHI, TEAM_BAL], "BALTIMORE AT CHICAGO\n", ["team-baltimore=BALTIMORE"]),
    case!("team: a dateline is the place", lang = Some("en"), [TEAM_CHI], "CHICAGO 1996-08-22 Shares rose", []),
    case!("team: prose is the place", lang = Some("en"), [TEAM_CHI], "He moved to Chicago in 1990 and Chicago 's mayor said 3 people died", []),
    case!("team: a weather table is the place", lang = Some("en"), [TEAM_CHI], "London 15 9 cloudy Chicago 22 14 sunny", []),
    case!("team: after a heading", lang = Some("en"), [TEAM_CHI, TEAM_BAL], "American League CHICAGO 2 Baltimore 1", ["team-chicago=CHICAGO", "team-baltimore=Baltimore"]),
    case!("team: a surname after a given name is a person", lang = Some("en"), [TEAM_CHI], "Nancy Chicago 68 70 72", []),
    case!("team: a weather table's missing low", lang = Some("es"), [TEAM_CHI], "Madrid 26 9 Chicago 24 - Lima 23 15", []),
    case!("team: after a club's designator is a longer name", lang = Some("en"), [TEAM_CHI], "Sigma 0 FC Chicago 2", []),
    case!("team: after the standings' heading in capitals", lang = Some("en"), [TEAM_CHI], "W L PCT GB CHICAGO 69 59 .539 7 1/2", ["team-chicago=CHICAGO"]),
    case!("team: a team sport's headline", lang = Some("en"), [TEAM_CHI, TEAM_BAL], "BASEBALL - CHICAGO BEAT BALTIMORE. CHICAGO 1996-08-22", ["team-chicago=CHICAGO", "team-baltimore=BALTIMORE"]),
    case!("team: a tennis headline names players", lang = Some("en"), [TEAM_CHI], "TENNIS - CHICAGO ADVANCES", []),
    case!("team: a headline in capitals is no fixture", lang = Some("en"), [TEAM_CHI], "CHICAGO AT ODDS OVER BUDGET", []),
    case!("team: a rejected team leaves the capital", lang = Some("en"), ["c:US en Washington|capital", "o:team-washington/sports/US en Washington|cap|team"], "Washington said on Monday", ["US=Washington"]),
    case!("team: a team beats the region of the same name", lang = Some("en"), ["r:new-jersey en New Jersey", "c:JE en Jersey|cap", "o:team-new-jersey/sports/US en New Jersey|cap|team"], "New Jersey 4 Boston 2 and New Jersey", ["team-new-jersey=New Jersey"]),
    case!("sentence start: an organization name that is a word needs support", lang = Some("it"), [NATO_IT], "Nato a Roma nel 1950, studiò a Milano.", []),
    case!("sentence start: the organization named elsewhere keeps it", lang = Some("it"), [NATO_IT], "La Nato ha deciso. Nato e Ue hanno firmato.", ["nato=Nato", "nato=Nato"]),
    case!("sentence start: inside a sentence the capital is enough", lang = Some("it"), [NATO_IT], "Il vertice della Nato a Vilnius.", ["nato=Nato"]),
    case!("sentence start: not in English, which capitalizes no common word", lang = Some("en"), [NATO_IT], "Nato a Roma.", ["nato=Nato"]),

    // Organization precision, real errors (issue 10, branch orgprec).
    // Accents: a common word written with a mark no spelling of the entity has is the word
    // (`context::accents`); the entity's own accented spelling, and the word without the
    // mark, keep the name.
    case!("accents: pt Irá is will go, not Iran", lang = Some("pt"), ["c:IR pt Irã|cap", "c:IR en Iran"], "Irá chover amanhã.", []),
    case!("accents: pt Irã is Iran", lang = Some("pt"), ["c:IR pt Irã|cap", "c:IR en Iran"], "O Irã negou.", ["IR=Irã"]),
    case!("accents: es Político is a politician, not the paper", lang = Some("es"), ["o:politico/media/US en Politico|cap"], "Político de carrera, dijo que no.", []),
    case!("accents: es Politico unaccented is the paper", lang = Some("es"), ["o:politico/media/US en Politico|cap"], "Según Politico, el plan falla.", ["politico=Politico"]),
    case!("accents: es Irán written so by the entity is Iran", lang = Some("es"), ["c:IR es Irán|cap", "c:IR en Iran"], "El Irán negó.", ["IR=Irán"]),
    case!("accents: not in Polish, where marks are case endings", lang = Some("pl"), ["c:PL pl polska"], "drony nad Polską", ["PL=Polską"]),
    // Models: a company before a model designation is the model (`context::names`).
    case!("model: Airbus A310 is the aircraft", lang = Some("en"), ["o:airbus/company/FR en Airbus|cap"], "The Airbus A310 landed.", []),
    case!("model: Boeing 777 is the aircraft", lang = Some("en"), ["o:boeing/company/US en Boeing|cap"], "a Boeing 777 of Malaysia Airlines", []),
    case!("model: Airbus said is the company", lang = Some("en"), ["o:airbus/company/FR en Airbus|cap"], "Airbus said 310 jets were sold.", ["airbus=Airbus"]),
    case!("model: a unit after the number keeps the company", lang = Some("en"), ["o:toyota/company/JP en Toyota|cap"], "Toyota 750 yen", ["toyota=Toyota"]),
    case!("model: a year keeps the company", lang = Some("en"), ["o:toyota/company/JP en Toyota|cap"], "Toyota FY2019 results", ["toyota=Toyota"]),
    case!("model: a number column keeps the company", lang = Some("en"), ["o:yamaha/company/JP en Yamaha|cap"], "2. Paul Malin (Britain) Yamaha 317 3. Vialle 293", ["yamaha=Yamaha"]),
    case!("model: a flight number keeps the airline", lang = Some("it"), ["o:ethiopian-airlines/company/ET en Ethiopian Airlines|cap"], "Il volo Ethiopian Airlines 702 era partito.", ["ethiopian-airlines=Ethiopian Airlines"]),
    case!("model: not a team before its score", lang = Some("en"), ["o:team-chicago/sports/US en Chicago|cap|team"], "CHICAGO 102 Boston 98", ["team-chicago=CHICAGO"]),
    // Events: a sponsor or namesake inside a tournament's name is the event (`context::names`).
    case!("event: Toshiba Classic is the tournament", lang = Some("en"), ["o:toshiba/company/JP en Toshiba|cap"], "Results at the Toshiba Classic in Carlsbad.", []),
    case!("event: TOSHIBA CLASSIC in capitals is the tournament", lang = Some("en"), ["o:toshiba/company/JP en Toshiba|cap"], "TENNIS - RESULTS AT TOSHIBA CLASSIC.", []),
    case!("event: NEC World Series of Golf is the tournament", lang = Some("en"), ["o:nec/company/JP en NEC|exact"], "the $ 2.1 million NEC World Series of Golf", []),
    case!("event: Kremlin Cup is the tournament", lang = Some("en"), ["o:kremlin/government/RU en Kremlin|cap"], "won the Kremlin Cup in Moscow", []),
    case!("event: Toshiba said is the company", lang = Some("en"), ["o:toshiba/company/JP en Toshiba|cap"], "Toshiba said its Classic range sold well.", ["toshiba=Toshiba"]),
    case!("event: a headline verb Open is the company", lang = Some("en"), ["o:toshiba/company/JP en Toshiba|cap"], "Toshiba Open To Talks With Bankers", ["toshiba=Toshiba"]),
    case!("event: UEFA Cup is the competition", lang = Some("en"), ["o:uefa/sports/CH en UEFA|exact"], "in the UEFA Cup final", []),
    case!("event: UEFA said is the body", lang = Some("en"), ["o:uefa/sports/CH en UEFA|exact"], "UEFA said the Cup final stays in Paris.", ["uefa=UEFA"]),
    case!("club: Queen's Park Rangers is another club", lang = Some("en"), [QUEENS_PARK], "Queen's Park Rangers won 2-0", []),
    case!("club: Queen 's Park Rangers as the corpora split it", lang = Some("en"), [QUEENS_PARK], "Queen 's Park Rangers won", []),
    case!("club: Queen's Park beat Celtic is the club", lang = Some("en"), [QUEENS_PARK], "Queen's Park beat Celtic", ["queen-s-park=Queen's Park"]),
    case!("club: a club word in lower case keeps the club", lang = Some("en"), [QUEENS_PARK], "the Queen's Park rangers hunt", ["queen-s-park=Queen's Park"]),
    case!("club: a weekday after a club keeps the club", lang = Some("en"), ["o:cleveland-indians/sports/US en Cleveland Indians|cap"], "over the Cleveland Indians Wednesday in the rubber game", ["cleveland-indians=Cleveland Indians"]),
    case!("event: a club before Cup is the club", lang = Some("en"), ["o:celtic/sports/GB en Celtic|cap"], "Celtic Cup hero signs", ["celtic=Celtic"]),
    case!("event: es Copa de la UEFA is the competition", lang = Some("es"), ["o:uefa/sports/CH en UEFA|exact"], "en la Copa de la UEFA ayer", []),
    case!("event: fr Coupe de l'UEFA is the competition", lang = Some("fr"), ["o:uefa/sports/CH en UEFA|exact"], "en Coupe de l'UEFA hier", []),
    case!("event: es la UEFA decidió is the body", lang = Some("es"), ["o:uefa/sports/CH en UEFA|exact"], "la UEFA decidió ayer", ["uefa=UEFA"]),
    case!("event: it Coppa Toyota names the sponsor's cup", lang = Some("it"), ["o:toyota/company/JP en Toyota|cap"], "vince la Coppa Toyota", []),
    case!("event: a party before Congress stays", lang = Some("en"), ["o:anc/party/ZA en ANC|exact"], "the ANC Cup of unity", ["anc=ANC"]),
    // Products: a company right after an indefinite article (fr, es, it, pt, de) is one of
    // its products (`context::names`).
    case!("product: it un Iveco is the bus", lang = Some("it"), ["o:iveco/company/IT any Iveco|cap"], "è toccato ad un Iveco CityClass di ATAC", []),
    case!("product: it un altro Iveco is the bus", lang = Some("it"), ["o:iveco/company/IT any Iveco|cap"], "un altro Iveco di ATM ha preso fuoco", []),
    case!("product: de ein Airbus is the plane", lang = Some("de"), ["o:airbus/company/FR any Airbus|cap"], "Ein Airbus stürzte ab.", []),
    case!("product: it Iveco ha annunciato is the company", lang = Some("it"), ["o:iveco/company/IT any Iveco|cap"], "Iveco ha annunciato nuovi autobus", ["iveco=Iveco"]),
    case!("product: de ein Boeing-Sprecher is the company", lang = Some("de"), ["o:boeing/company/US any Boeing|cap"], "ein Boeing-Sprecher sagte", ["boeing=Boeing"]),
    case!("product: en a Boeing spokesman is the company", lang = Some("en"), ["o:boeing/company/US any Boeing|cap"], "a Boeing spokesman said", ["boeing=Boeing"]),
    case!("product: a body after an article stays", lang = Some("it"), ["o:nato/intergovernmental/BE any NATO|exact"], "una NATO più forte", ["nato=NATO"]),
    // Generic names: a name of only generic words (`Lega`, `Repubblica`, `Democratic Party`)
    // inside the longer name of another party, league or state is that other body
    // (`context::generic`); the organization's own names and plain mentions stay.
    case!("generic: it Lega Awami is another party", lang = Some("it"), [LEGA], "elezioni vinte dalla Lega Awami in Bangladesh", []),
    case!("generic: it la Lega alone is the party", lang = Some("it"), [LEGA], "Salvini ha detto che la Lega vincerà.", ["lega-nord=Lega"]),
    case!("generic: it Lega Nord is the party's own name", lang = Some("it"), [LEGA, LEGA_NORD], "la Lega Nord ha vinto", ["lega-nord=Lega Nord"]),
    case!("generic: it the party before its leader's name stays", lang = Some("it"), [LEGA], "il segretario della Lega Matteo Salvini ha detto", ["lega-nord=Lega"]),
    case!("generic: it a headline run into the text keeps the party", lang = Some("it"), [LEGA], "49 milioni alla Lega La Cassazione ha confermato", ["lega-nord=Lega"]),
    case!("generic: it Lega della Famiglie Polacche is another party", lang = Some("it"), [LEGA], "i cattolici di Lega della Famiglie Polacche", []),
    case!("generic: it Lega di Serie B is the football league", lang = Some("it"), [LEGA], "il presidente della Lega di Serie B ha detto", []),
    case!("generic: it la Lega di Salvini is the party", lang = Some("it"), [LEGA], "la Lega di Salvini ha vinto", ["lega-nord=Lega"]),
    case!("generic: it Repubblica Popolare di Doneck is a state", lang = Some("it"), [REPUBBLICA, LA_REPUBBLICA], "il capo della Repubblica Popolare di Doneck", []),
    case!("generic: it la Repubblica di Macedonia is the state", lang = Some("it"), [REPUBBLICA, LA_REPUBBLICA, "c:MK it Macedonia|cap"], "tra la Repubblica di Macedonia e la Grecia", ["MK=Macedonia"]),
    case!("generic: it la Repubblica Italiana is the state", lang = Some("it"), [REPUBBLICA, LA_REPUBBLICA], "pagato per servire la Repubblica Italiana, ma", []),
    case!("generic: it ha scritto la Repubblica is the paper", lang = Some("it"), [REPUBBLICA, LA_REPUBBLICA], "Lo ha scritto la Repubblica.", ["la-repubblica=la Repubblica"]),
    case!("generic: it secondo Repubblica is the paper", lang = Some("it"), [REPUBBLICA, LA_REPUBBLICA], "secondo Repubblica il governo cade", ["la-repubblica=Repubblica"]),
    case!("generic: es Izquierda Unida Yugoslava is another party", lang = Some("es"), ["o:izquierda-unida/party/ES es Izquierda Unida|cap"], "la Izquierda Unida Yugoslava de Mirjana Markovic", []),
    case!("generic: es Izquierda Unida pide is the party", lang = Some("es"), ["o:izquierda-unida/party/ES es Izquierda Unida|cap"], "Izquierda Unida pide un referéndum", ["izquierda-unida=Izquierda Unida"]),
    case!("generic: Liberal Democratic party is another party", lang = Some("en"), [DEMOCRATIC_PARTY], "his Liberal Democratic party and the Duma", []),
    case!("generic: Indonesian Democratic Party is another party", lang = Some("en"), [DEMOCRATIC_PARTY, "c:ID en Indonesian"], "ousted Indonesian Democratic Party leader", ["ID=Indonesian"]),
    case!("generic: Democratic Party of Japan is another party", lang = Some("en"), [DEMOCRATIC_PARTY, "c:JP en Japan"], "the Democratic Party of Japan won", ["JP=Japan"]),
    case!("generic: U.S. Democratic Party is the party", lang = Some("en"), [DEMOCRATIC_PARTY, "c:US en U.S."], "the U.S. Democratic Party nominee", ["US=U.S.", "democratic-party=Democratic Party"]),
    case!("generic: Democratic Party at a sentence start and after the", lang = Some("en"), [DEMOCRATIC_PARTY], "Democratic Party leaders met. The Democratic Party Chairman spoke.", ["democratic-party=Democratic Party", "democratic-party=Democratic Party"]),
    case!("generic: Peruvian Congress is another congress", lang = Some("en"), ["o:us-congress/government/US en Congress|exact", "c:PE en Peruvian"], "the Peruvian Congress voted", ["PE=Peruvian"]),
    case!("generic: New Labour is the party", lang = Some("en"), [LABOUR], "New Labour won the election", ["labour-party-uk=Labour"]),
    case!("generic: Irish Labour is another party", lang = Some("en"), [LABOUR, "c:IE en Irish"], "the Irish Labour leader", ["IE=Irish"]),
    case!("generic: British Labour is the party", lang = Some("en"), [LABOUR, "c:GB en British"], "the British Labour leader", ["GB=British", "labour-party-uk=Labour"]),
    case!("generic: a company's generic name is not read so", lang = Some("en"), ["o:progressive/company/US any Progressive|cap"], "the Liberal Progressive shares rose", ["progressive=Progressive"]),
    // Affiliation: a weak party acronym in parentheses after a person's name is the
    // person's party (`context::person::party_after_person`); after a place it is a code.
    case!("affiliation: Giovanni Toti (FI) is the party", lang = Some("it"), ["o:forza-italia/party/IT it FI|exact|home"], "Il senatore Giovanni Toti (FI) ha detto.", ["forza-italia=FI"]),
    case!("affiliation: Maria Elena Boschi (FI-Camera) is the party", lang = Some("it"), ["o:forza-italia/party/IT it FI|exact|home"], "Maria Elena Boschi (FI-Camera) ha detto.", ["forza-italia=FI"]),
    case!("affiliation: Sesto Fiorentino (FI) is the province", lang = Some("it"), ["o:forza-italia/party/IT it FI|exact|home"], "un incendio a Sesto Fiorentino (FI) ieri", []),
    case!("affiliation: Borgo San Lorenzo (FI) is the province", lang = Some("it"), ["o:forza-italia/party/IT it FI|exact|home"], "a Borgo San Lorenzo (FI) ieri", []),
    case!("affiliation: three capitals after an athlete are the country's code", lang = Some("es"), ["o:fra/party/EC any FRA|exact|weak"], "6 Mary Pierce (FRA) 7 Nathalie Tauziat", []),
    case!("affiliation: de Margret Steen (Grüne) is the party", lang = Some("de"), ["o:greens-germany/party/DE de Grüne|cap|weak"], "Margret Steen (Grüne) hoffte", ["greens-germany=Grüne"]),
    case!("affiliation: a weak acronym without a name stays weak", lang = Some("it"), ["o:forza-italia/party/IT it FI|exact|home"], "il voto (FI) ieri", []),
    // Addresses: a name inside a web or e-mail address is no mention (`context::names`).
    case!("address: inside a URL", lang = Some("ru"), ["o:osce any OSCE"], "[http://www.osce.org/ru/cio/116317 заявил]", []),
    case!("address: inside an e-mail address", lang = Some("en"), ["o:nato any NATO|exact"], "write to press@nato.int today", []),
    case!("address: the name in text is named", lang = Some("en"), ["o:osce any OSCE"], "The OSCE said (www.osce.org).", ["osce=OSCE"]),
    case!("address: an account handle names it", lang = Some("en"), ["o:nato any NATO|exact"], "@NATO said", ["nato=NATO"]),
    // no-person: after a given name and a surname particle, after a lower-case title of
    // office; a possessive is no given name (`matcher`).
    case!("no-person: Carlos del Alamo is a person", lang = Some("es"), ["o:alamo/company/US any Alamo|cap|no-person"], "el consejero, Carlos del Alamo, dijo", []),
    case!("no-person: Ministerio del X is no given name", lang = Some("es"), ["o:alamo/company/US any Alamo|cap|no-person"], "el Ministerio del Alamo dijo", ["alamo=Alamo"]),
    case!("no-person: il sindaco Bloomberg is the mayor", lang = Some("it"), ["o:bloomberg/media/US any Bloomberg|cap|no-person"], "il sindaco Bloomberg ha detto", []),
    case!("no-person: Bloomberg ha riferito is the agency", lang = Some("it"), ["o:bloomberg/media/US any Bloomberg|cap|no-person"], "Bloomberg ha riferito che", ["bloomberg=Bloomberg"]),
    case!("no-person: Helmut Kohl's is the chancellor's", lang = Some("en"), ["o:kohl-s/company/US any Kohl's|cap|no-person"], "in Helmut Kohl's chancellery", []),
    case!("no-person: Moody's Investors Service is the agency", lang = Some("en"), ["o:moody-s/company/US any Moody's|cap|no-person"], "by Moody's Investors Service", ["moody-s=Moody's"]),
    // Acronyms spelled out after them as no organization (`acronyms`).
    case!("acronym: spelled out after it as something else drops it", lang = Some("it"), ["o:pia any PIA|exact"], "fondi del PIA (piano integrato d' area) per la zona. Il PIA", []),
    case!("acronym: spelled out after it by its organization's name keeps it", lang = Some("en"), ["o:un any UN|exact", "o:un en United Nations"], "The UN (United Nations) said", ["un=UN", "un=United Nations"]),
    case!("acronym: an organization after an article in the parenthesis keeps it", lang = Some("en"), ["o:ira any IRA|exact", "o:ira en Irish Republican Army"], "the IRA (the Irish Republican Army) said", ["ira=IRA", "ira=Irish Republican Army"]),
    // Legal forms: a company's legal form after its name is part of the mention (`context::full_names`).
    case!("legal form: Deutsche Bahn AG is the company in full", lang = Some("en"), ["o:db/company/DE any Deutsche Bahn|cap"], "Deutsche Bahn AG said", ["db=Deutsche Bahn AG"]),
    case!("legal form: AG before a surname is the attorney general", lang = Some("en"), ["o:exxon/company/US any Exxon|cap"], "Exxon AG Smith sued", ["exxon=Exxon"]),
    case!("legal form: chained forms and their dots", lang = Some("en"), ["o:news-corp/media/AU any News Corp|cap", "o:ms/company/US any Morgan Stanley|cap"], "News Corp Ltd and Morgan Stanley & Co. Inc. agreed", ["news-corp=News Corp Ltd", "ms=Morgan Stanley & Co. Inc."]),
    case!("legal form: and Co alone is a list of names", lang = Some("en"), ["o:ms/company/US any Morgan Stanley|cap"], "Morgan Stanley and Co said", ["ms=Morgan Stanley"]),
    case!("legal form: SE Asia is south-east", lang = Some("en"), ["o:shell/company/GB any Shell Oil|cap"], "Shell Oil SE Asia unit", ["shell=Shell Oil"]),
    case!("legal form: a sentence's period is not the form's dot", lang = Some("en"), ["o:disney/company/US any Walt Disney|cap"], "bought by Walt Disney Co. The deal", ["disney=Walt Disney Co"]),
    case!("legal form: dotted forms of other languages", lang = Some("es"), ["o:telefonica/company/ES any Telefónica|cap", "o:fiat/company/IT any Fiat|cap"], "la empresa Telefónica S.A. y Fiat SpA firmaron", ["telefonica=Telefónica S.A.", "fiat=Fiat SpA"]),
    case!("legal form: not after another kind of organization", lang = Some("en"), ["o:nato any NATO|exact"], "NATO AG said", ["nato=NATO"]),
    case!("legal form: a country's code inside the form goes with it", lang = Some("en"), ["o:sasol/company/ZA any Sasol|cap", "c:ZA en SA|exact"], "Sasol SA said", ["sasol=Sasol SA"]),
    case!("legal form: Moody's Investors Service is a full name", lang = Some("en"), ["o:moody-s/company/US any Moody's|cap|no-person", "o:moodys-investors-service/company/US any Moody's Investors Service|cap"], "by Moody's Investors Service Inc", ["moodys-investors-service=Moody's Investors Service Inc"]),
    // Club prefixes: a club right after its prefix is the club written in full (`context::full_names`).
    case!("club prefix: F.C. before a club", lang = Some("en"), ["o:farul/sports/RO any Farul Constanta|cap"], "beat F.C. Farul Constanta 2-1", ["farul=F.C. Farul Constanta"]),
    case!("club prefix: SK, and AS is no country inside it", lang = Some("en"), ["o:slavia/sports/CZ any Slavia Praha|cap", "o:roma/sports/IT any Roma|cap", "c:AS any AS|exact"], "SK Slavia Praha and AS Roma", ["slavia=SK Slavia Praha", "roma=AS Roma"]),
    case!("club prefix: not before other kinds", lang = Some("en"), ["o:farul/company/RO any Farul Constanta|cap"], "F.C. Farul Constanta", ["farul=Farul Constanta"]),
    case!("club prefix: a word in capitals before a name in capitals", lang = Some("en"), ["o:seattle/sports/US en Seattle Mariners|cap"], "BASEBALL - AS SEATTLE MARINERS ROUT ORIOLES", ["seattle=SEATTLE MARINERS"]),
    case!("club prefix: a whole word only", lang = Some("en"), ["o:farul/sports/RO any Farul Constanta|cap"], "XFC Farul Constanta", ["farul=Farul Constanta"]),
    // Organization spans around the alias (`context::org_spans`).
    case!("descriptor: the lower-case article is outside a newspaper's name", lang = Some("en"), ["o:wapo/media/US en The Washington Post"], "Israel, the Washington Post reported", ["wapo=Washington Post"]),
    case!("descriptor: the article written in capitals stays", lang = Some("en"), ["o:wapo/media/US en The Washington Post"], "The Washington Post reported", ["wapo=The Washington Post"]),
    case!("descriptor: agencia before an agency's name", lang = Some("es"), ["o:efe/media/ES en Agencia EFE"], "visitó hoy la agencia Efe, se mostró", ["efe=Efe"]),
    case!("descriptor: a name in lower case on purpose keeps its article", lang = Some("it"), ["o:repubblica/media/IT any la Repubblica|exact"], "secondo la Repubblica di ieri", ["repubblica=la Repubblica"]),
    case!("descriptor: a state body's descriptive alias keeps its article", lang = Some("en"), ["o:uk-mod/government/GB en the UK's defence ministry"], "said the UK's defence ministry", ["uk-mod=the UK's defence ministry"]),
    case!("descriptor: The before an English newspaper in an Italian text is its title", lang = Some("it"), ["o:telegraph/media/GB en Daily Telegraph"], "spalla». The Daily Telegraph pubblica", ["telegraph=The Daily Telegraph"]),
    case!("descriptor: The in an English text is the article of a phrase", lang = Some("en"), ["o:interfax/media/RU any Interfax|cap"], "Square. The Interfax report could not", ["interfax=Interfax"]),
    case!("descriptor: The before a broadcaster's acronym stays outside", lang = Some("it"), ["o:bbc/media/GB any BBC|exact"], "secondo The BBC ieri", ["bbc=BBC"]),
    case!("country prefix: U.S. before its own agency starts the name", lang = Some("en"), ["o:fda/government/US en Food and Drug Administration", "c:US en U.S.|exact"], "the U.S. Food and Drug Administration said", ["fda=U.S. Food and Drug Administration", "US=U.S."]),
    case!("country prefix: US without dots", lang = Some("en"), ["o:sec/government/US en Securities and Exchange Commission", US], "to the US Securities and Exchange Commission", ["sec=US Securities and Exchange Commission", "US=US"]),
    case!("country prefix: not before another country's body", lang = Some("en"), ["o:bnd/intelligence/DE en Federal Intelligence Service", US], "the US Federal Intelligence Service", ["US=US", "bnd=Federal Intelligence Service"]),
    case!("country prefix: not before a company", lang = Some("en"), ["o:boeing/company/US any Boeing|cap", US], "US Boeing orders", ["US=US", "boeing=Boeing"]),
    case!("unit: Reuters Television is the agency's unit", lang = Some("en"), ["o:reuters/media/GB any Reuters|cap"], "told Reuters Television in an interview", ["reuters=Reuters Television"]),
    case!("unit: a day after the name is no unit", lang = Some("en"), ["o:reuters/media/GB any Reuters|cap"], "told Reuters Monday that", ["reuters=Reuters"]),
    case!("unit: a bureau named by its city", lang = Some("en"), ["o:reuters/media/GB any Reuters|cap"], "-- Reuters Toronto Bureau 416 941-8100", ["reuters=Reuters Toronto Bureau"]),
    case!("unit: HSBC Markets said", lang = Some("en"), ["o:hsbc/company/GB any HSBC|exact"], "sole arranger HSBC Markets said.", ["hsbc=HSBC Markets"]),
    case!("unit: a broadcaster's news service", lang = Some("it"), ["o:bbc/media/GB any BBC|exact"], "plane hijack, BBC News, 17 febbraio", ["bbc=BBC News"]),
    case!("unit: a title after the name is no unit", lang = Some("en"), ["o:hsbc/company/GB any HSBC|exact"], "HSBC Chairman John Bond said", ["hsbc=HSBC"]),
    case!("unit: the unit word must end the name", lang = Some("en"), ["o:hsbc/company/GB any HSBC|exact"], "HSBC Markets Tuesday said", ["hsbc=HSBC"]),
    case!("unit: not after another kind of organization", lang = Some("en"), ["o:nato any NATO|exact"], "NATO Television said", ["nato=NATO"]),
    case!("channel: a broadcaster's channel number", lang = Some("it"), ["o:rai/media/IT any RAI|exact", "o:rai/media/IT any Rai|exact"], "la trasmissione di RAI 2 infatti e su Rai Due, ignara", ["rai=RAI 2", "rai=Rai Due"]),
    case!("channel: a number in a table is no channel", lang = Some("it"), ["o:rai/media/IT any RAI|exact"], "RAI 3 Mediaset 2", ["rai=RAI"]),
    case!("channel: not after a company", lang = Some("en"), ["o:fiat/company/IT any Fiat|cap"], "Fiat 2 billion", ["fiat=Fiat"]),
    case!("subsidiary: a company and a country is its national subsidiary", lang = Some("en"), ["o:aol/company/US any AOL|exact", "c:DE en Germany"], "director of AOL Germany, said", ["aol=AOL Germany"]),
    case!("subsidiary: a continent", lang = Some("en"), ["o:aol/company/US any AOL|exact"], "AOL Europe forms an agency", ["aol=AOL Europe"]),
    case!("subsidiary: a possessive country is the country", lang = Some("en"), ["o:aol/company/US any AOL|exact", "c:DE en Germany"], "AOL Germany's biggest rival", ["aol=AOL", "DE=Germany"]),
    case!("subsidiary: not after an alliance", lang = Some("en"), ["o:nato any NATO|exact", "c:DE en Germany"], "NATO Germany talks", ["nato=NATO", "DE=Germany"]),
    case!("subsidiary: a country's adjective is no subsidiary", lang = Some("ru"), ["o:rbc/media/RU any РБК|exact", "c:BY ru белорусского"], "цитирует РБК белорусского лидера", ["rbc=РБК", "BY=белорусского"]),
    case!("hyphen: a Spanish party's group joined by a hyphen", lang = Some("es"), ["o:psoe/party/ES any PSOE|exact"], "la portavoz del PSOE-Progresistas en la Asamblea", ["psoe=PSOE-Progresistas"]),
    case!("hyphen: two parties joined by a hyphen stay two", lang = Some("es"), ["o:psoe/party/ES any PSOE|exact", "o:par/party/ES any PAR|exact"], "el Gobierno del PSOE-PAR tiene", ["psoe=PSOE", "par=PAR"]),
    case!("hyphen: a country after the hyphen stays the country", lang = Some("es"), ["o:nato any OTAN|exact", "c:RU es Rusia"], "el consejo OTAN-Rusia se reunió", ["nato=OTAN", "RU=Rusia"]),
    case!("hyphen: a name that goes on with de", lang = Some("es"), ["o:renfe/company/ES any RENFE|exact"], "la Comisión Mixta RENFE-Junta de Comunidades", ["renfe=RENFE"]),
    case!("hyphen: not in German compounds", lang = Some("de"), ["o:spd/party/DE any SPD|exact"], "des SPD-Ortsvereins Ginnheim", ["spd=SPD"]),
];

const NATO_IT: &str = "o:nato en Nato|exact";

const TEAM_CHI: &str = "o:team-chicago/sports/US en Chicago|cap|team";
const TEAM_BAL: &str = "o:team-baltimore/sports/US en Baltimore|cap|team";

const KDP: &str = "o:kdp en Kurdistan Democratic Party";
const SVP: &str = "o:svp de Schweizerische Volkspartei";
const ICC: [&str; 4] = [
    "o:icc any ICC|exact",
    "o:icc en International Criminal Court",
    "o:icc-cricket any ICC|exact",
    "o:icc-cricket en International Cricket Council",
];

const ORG_TR_TRADE: &str = "o:tr-trade/government/TR tr Ticaret Bakanlığı|fixed";
const ORG_FSB: &str = "o:fsb/intelligence/RU any ФСБ|exact";
const ORG_MOD_RU: &str = "o:mod-ru/RU en Russia's defence ministry";
const ORG_IDF: &str = "o:idf/military/IL de israelische Armee|fixed";

#[test]
fn matching_rules() {
    let mut failures = Vec::new();
    for case in CASES {
        let g = match common::gazetteer(case.aliases) {
            Ok(g) => g,
            Err(e) => {
                failures.push(format!("{}: gazetteer error {e}", case.name));
                continue;
            }
        };
        let article = common::article(None, case.text, case.lang);
        let enriched = common::enrich(&article, &g);
        let got: Vec<String> = enriched
            .mentions
            .iter()
            .map(|m| format!("{}={}", m.id, m.text))
            .collect();
        if got != case.expected {
            failures.push(format!(
                "{}: expected {:?}, got {:?}",
                case.name, case.expected, got
            ));
        }
        for problem in common::offset_problems(&article, &enriched) {
            failures.push(format!("{}: {problem}", case.name));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

/// Capitals (issue 9, class 4): each row gives a capital alias (`place-first` for the
/// capitals news mostly names as a place) and one sentence for each reading: the capital
/// standing for its government (a country mention) and the capital as a place (none).
#[rustfmt::skip]
const CAPITALS: &[(&str, &str, &str)] = &[
    ("c:FR en Paris|capital|place-first", "Paris and Berlin agreed on the package.", "Tourists returned to Paris this summer."),
    ("c:GB en London|capital|place-first", "London imposed new sanctions on Tuesday.", "She studied in London for a year."),
    ("c:DE de Berlin|capital|place-first", "Berlin hat Sanktionen verhängt.", "Kritiker in Berlin protestierten."),
    ("c:DE en Berlin|capital|place-first", "Berlin's decision angered Moscow.", "The Berlin Marathon drew record crowds."),
    ("c:IT de Rom|capital|place-first", "Rom kündigte Gegenmaßnahmen an.", "Der Papst sprach in Rom."),
    ("c:IT en Rome|capital|place-first", "Rome has rejected the plan.", "We flew to Rome for the weekend."),
    ("c:ES en Madrid|capital|place-first", "Madrid warned of consequences.", "The Madrid derby ended in a draw."),
    ("c:AT de Wien|capital|place-first", "Wien lehnte die Forderung ab.", "Das Konzert fand in Wien statt."),
    ("c:GR en Athens|capital|place-first", "Athens is buying F-35 jets.", "The streets of Athens were empty."),
    ("c:SE en Stockholm|capital|place-first", "Stockholm summoned the ambassador.", "A new bridge opened in Stockholm."),
    ("c:NO en Oslo|capital|place-first", "Oslo has pledged more aid.", "Snow fell on Oslo overnight."),
    ("c:DK de Kopenhagen|capital|place-first", "Kopenhagen bestellte den Botschafter ein.", "Wir fuhren nach Kopenhagen in den Urlaub."),
    ("c:CA en Ottawa|capital|place-first", "Ottawa announced a new aid package.", "Ottawa's mayor opened the festival."),
    ("c:AU en Canberra|capital|place-first", "Canberra condemned the launch.", "Bushfires burned near Canberra."),
    ("c:CH de Bern|capital|place-first", "Bern verweigerte die Ausfuhr.", "Das Treffen fand in Bern statt."),
    ("c:CZ en Prague|capital|place-first", "Prague expelled two diplomats.", "The old town of Prague is crowded."),
    ("c:PT en Lisbon|capital|place-first", "Lisbon has offered troops.", "A tram crashed in Lisbon."),
    ("c:IE en Dublin|capital|place-first", "Dublin urged restraint.", "The Dublin Marathon was cancelled."),
    ("c:FI en Helsinki|capital|place-first", "Helsinki confirmed the purchase.", "It was cold in Helsinki."),
    ("c:MA de Rabat|capital|place-first", "Rabat reagierte gelassen.", "Der Flughafen von Rabat blieb geöffnet."),
    ("c:DZ de Algier|capital|place-first", "Algier warnte vor Einmischung.", "Die Straßen von Algier waren leer."),
    ("c:TN en Tunis|capital|place-first", "Tunis rejected the accusation.", "Protesters gathered in Tunis."),
    ("c:LY en Tripoli|capital|place-first", "Tripoli accused Haftar of breaking the truce.", "Clashes erupted near Tripoli."),
    ("c:RW en Kigali|capital|place-first", "Kigali denied backing the rebels.", "A conference opened in Kigali."),
    ("c:MD en Chisinau|capital|place-first", "Chisinau called the vote a provocation.", "Chisinau-based analysts disagreed."),
    ("c:ET en Addis Ababa|capital|place-first", "Addis Ababa insists the dam is legal.", "The summit met in Addis Ababa."),
    ("c:KE en Nairobi|capital|place-first", "Nairobi has pledged police officers for Haiti.", "Traffic clogged the roads of Nairobi."),
    ("c:NG en Abuja|capital|place-first", "Abuja rejected the ultimatum.", "A bomb went off near Abuja."),
    ("c:ID en Jakarta|capital|place-first", "Jakarta signed the deal.", "Floods hit Jakarta again."),
    ("c:TH en Bangkok|capital|place-first", "Bangkok recalled its envoy.", "Bangkok's streets were flooded."),
    ("c:BR en Brasília|capital|place-first", "Brasília welcomed the ruling.", "Architects admire Brasília's design today."),
    ("c:AR en Buenos Aires|capital|place-first", "Buenos Aires protested to London.", "A storm hit Buenos Aires."),
    ("c:CO en Bogotá|capital|place-first", "Bogotá suspended the talks.", "Rain fell in Bogotá."),
    ("c:RO de Bukarest|capital|place-first", "Bukarest forderte mehr Truppen.", "In Bukarest regnete es."),
    ("c:LT en Vilnius|capital|place-first", "Vilnius closed the border crossing.", "The summit was held in Vilnius."),
    ("c:LV en Riga|capital|place-first", "Riga expelled the Russian ambassador.", "A festival opened in Riga."),
    ("c:EE en Tallinn|capital|place-first", "Tallinn has asked NATO for help.", "Cruise ships docked at Tallinn."),
    ("c:SK en Bratislava|capital|place-first", "Bratislava refused to send arms.", "Students marched through the centre of Bratislava."),
    ("c:HR en Zagreb|capital|place-first", "Zagreb welcomed the decision.", "An earthquake shook Zagreb."),
    ("c:AL en Tirana|capital|place-first", "Tirana signed the agreement.", "Traffic jams are common in Tirana."),
    ("c:LB en Beirut|capital|place-first", "The United States pushed Beirut to act.", "Smoke rose over Beirut's southern suburbs."),
    ("c:SD en Khartoum|capital|place-first", "Khartoum accused the UAE of arming the RSF.", "Fighting raged in Khartoum."),
    ("c:KZ en Astana|capital|place-first", "Astana refused to recognise the annexation.", "The talks took place in Astana."),
    ("c:UZ de Taschkent|capital|place-first", "Taschkent lehnte den Beitritt ab.", "Die Delegation landete in Taschkent."),
    ("c:BD en Dhaka|capital|place-first", "Dhaka has demanded an apology.", "Garment workers marched in Dhaka."),
    ("c:RU en Moscow|capital", "Moscow said it would retaliate.", "The Kremlin is near Moscow's Red Square, near Moscow."),
    ("c:UA en Kyiv|capital", "Kyiv has asked for more air defence.", "Kyiv's mayor said power was restored."),
    ("c:US en Washington|capital|no-person", "Washington said on Monday it would act.", "A Washington-based think tank said."),
    // Issue 8: the capital rule in the other languages (a verb after, `a`/`с` relations before).
    ("c:ES es Madrid|capital|place-first", "El ministro acusó a Madrid de antisemitismo.", "Llegó a Madrid el lunes."),
    ("c:IT it Roma|capital|place-first", "Roma cerca un accordo con Haftar.", "Il Papa ha parlato a Roma."),
    ("c:FR ru Париж|capital|place-first", "Глава МИД призвал Париж не вмешиваться.", "Туристы вернулись в Париж летом."),
    ("c:FR ru Парижем|capital|place-first", "Чад разорвал соглашение с Парижем в ноябре.", "Он гулял с Парижем в сердце."),
    ("c:DE pl Berlin|capital|place-first", "Berlin zapowiedział, że przedłuży misję.", "Koncert odbył się w Berlinie i Berlin świętował."),
    ("c:DZ fr Alger|capital|place-first", "Le Front Polisario, soutenu par Alger, affirme.", "Il est né à Alger."),
    ("c:UA uk Києві|capital", "У Києві заявили, що допомога триватиме.", "Посол Франції у Києві відповів журналістам."),
    ("c:PL pl Warszawie|capital", "W Warszawie uznano, że umowa jest ważna.", "Ambasador Korei w Warszawie powiedział to wczoraj."),
    ("c:CN ru Пекине|capital", "Правительство в Пекине заявило протест.", "Путин провел в Пекине переговоры."),
    ("c:EG ar القاهرة|capital", "وأكدت القاهرة أنها لن تسمح بذلك.", "وفي القاهرة، تسلمت القوات الجوية الطائرات."),
    ("c:CN zh 北京|capital", "北京表示反对。", "外交部发言人在北京表示反对。"),
    ("c:KR zh 首尔|capital", "首尔表示欢迎。", "一位首尔大学教授说。"),
];

#[test]
fn capitals_as_government_and_as_place() {
    let mut failures = Vec::new();
    for (spec, government, place) in CAPITALS {
        let g = common::gazetteer(&[spec]).unwrap();
        let alias = spec.split(' ').nth(2).unwrap().split('|').next().unwrap();
        let id = &spec[2..4];
        for (text, want) in [(government, true), (place, false)] {
            let article = common::article(None, text, Some("und"));
            let e = common::enrich(&article, &g);
            let tagged = e
                .mentions
                .iter()
                .any(|m| m.id == id && m.text.starts_with(alias));
            if tagged != want {
                failures.push(format!(
                    "{alias}: {text:?} tagged={tagged}, expected {want}"
                ));
            }
        }
    }
    assert!(CAPITALS.len() >= 40, "at least 40 capitals");
    assert!(
        failures.is_empty(),
        "{} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
