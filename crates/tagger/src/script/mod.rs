//! Script rules: what folding and matching do for scripts that do not separate words the
//! way Latin and Cyrillic text does.
//!
//! - **Han** (Chinese): every ideograph is a word of its own in the folded text, so an
//!   alias written in Han matches at any character boundary (there are no spaces between
//!   Chinese words). Traditional and variant characters fold to simplified ones,
//!   character by character ([`fold_han`], table generated from OpenCC). A one-character
//!   country abbreviation (`美`, `俄`, flag `zh-abbr`) counts only in an established
//!   pair or form ([`zh_abbr_context`]).
//! - **Arabic script**: letter variants fold to one letter ([`fold_arabic_letter`]: alef
//!   with hamza or madda and alef wasla → `ا`, alef maqsura and Farsi yeh → `ي`, keheh →
//!   `ك`, teh marbuta → `ه`; tatweel and harakat vanish). Arabic names take clitic
//!   prefixes inside the word (`وروسيا`, `بالصين`, `للولايات المتحدة`: [`arabic_prefix_ok`]);
//!   Arabic country names generate their nisba adjectives ([`ar_nisba_forms`]); Persian
//!   words take attached suffixes (`ایرانی`, `پهپادها`: [`persian_suffix_ok`]); the
//!   zero-width non-joiner joins (it folds to nothing inside a word).
//! - **Turkish** dotless `ı` folds to `i` (as `İ` does), so `KIRIM`, `Kırım` and `kırım`
//!   fold alike in every language.

mod zh_t2s;

/// A Han ideograph (CJK unified ideographs and their extensions, compatibility ideographs).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F | 0x3007)
}

/// Japanese kana or Korean Hangul: written without a space before particles
/// (`NATO를`, `NATOの`), which are then words of their own.
pub(crate) fn is_kana_or_hangul(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF)
}

/// The simplified form of a Han character (itself when it has none).
pub(crate) fn fold_han(c: char) -> char {
    match zh_t2s::T2S.binary_search_by_key(&c, |&(t, _)| t) {
        Ok(i) => zh_t2s::T2S[i].1,
        Err(_) => c,
    }
}

/// An Arabic-script letter (Arabic, Arabic Supplement, Extended-A, presentation forms).
pub(crate) fn is_arabic_letter(c: char) -> bool {
    matches!(c as u32, 0x0620..=0x064A | 0x066E..=0x06D5 | 0x06FA..=0x06FF | 0x0750..=0x077F
        | 0x08A0..=0x08C9 | 0xFB50..=0xFDFF | 0xFE70..=0xFEFC)
}

/// The folded form of one decomposed letter (lower-casing done), or `None` when it needs
/// none. Arabic and Persian letter variants, Turkish dotless i, Arabic-Indic and Persian
/// digits.
pub(crate) fn fold_letter(c: char) -> Option<char> {
    Some(match c {
        'ı' => 'i',
        // Alef wasla (alef with hamza and madda decompose to alef plus a mark).
        '\u{0671}' => '\u{0627}',
        // Alef maqsura, Farsi yeh, yeh barree → yeh.
        '\u{0649}' | '\u{06CC}' | '\u{06D2}' => '\u{064A}',
        // Keheh (Persian kaf) → kaf.
        '\u{06A9}' => '\u{0643}',
        // Teh marbuta, heh goal, ae (the base of heh with yeh above) → heh.
        '\u{0629}' | '\u{06C1}' | '\u{06D5}' => '\u{0647}',
        // Arabic-Indic and extended (Persian) digits → ASCII digits.
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        _ => return None,
    })
}

/// Full-width ASCII (`Ｎ`, `１`, `，`) as ASCII, else `c`.
pub(crate) fn narrow(c: char) -> char {
    match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        0x3000 => ' ',
        _ => c,
    }
}

// ---------------------------------------------------------------------------------------
// Arabic clitics and nisba, Persian suffixes

/// The definite article, folded.
const ARTICLE: &str = "ال";

/// True when `prefix` (folded, non-empty) is a sequence of Arabic clitics that may stand
/// before a name inside its word: an optional conjunction (`و`, `ف`), an optional
/// preposition (`ب`, `ل`, `ك`) and an optional article (`ال`; `ل` + `ال` is written
/// `لل`). `name_has_article`: the name is written with its article (`الصين`), so the
/// prefix may not bring another one (and `ل` then contracts: see `article_stem`).
/// `needs_article`: the name is an article-less stem (`صين` of `الصين`), so the prefix
/// must end with the article (`بالصين` is matched as `الصين`, `للصين` as `لل` + `صين`).
pub(crate) fn arabic_prefix_ok(prefix: &str, name_has_article: bool, needs_article: bool) -> bool {
    let rest = prefix
        .strip_prefix('و')
        .or_else(|| prefix.strip_prefix('ف'))
        .unwrap_or(prefix);
    // The article, and whether `ل` may stand before what is left (not before `ال`:
    // `ل` + `ال` is written `لل`).
    let (rest, article, li_ok) = if needs_article || !name_has_article {
        if let Some(r) = rest.strip_suffix("لل") {
            (r, true, false)
        } else if let Some(r) = rest.strip_suffix(ARTICLE) {
            (r, true, false)
        } else {
            (rest, false, true)
        }
    } else {
        (rest, false, false)
    };
    if needs_article && !article {
        return false;
    }
    let prep_ok = match rest {
        "" | "ب" | "ك" => true,
        "ل" => li_ok,
        _ => false,
    };
    prep_ok && !prefix.is_empty()
}

/// The article-less stem of a folded Arabic name written with its article (`الصين` →
/// `صين`, `الولايات المتحده` → `ولايات المتحده`), when its first word is long enough.
pub(crate) fn article_stem(folded: &str) -> Option<&str> {
    folded
        .strip_prefix(ARTICLE)
        .filter(|s| s.chars().take_while(|&c| c != ' ').count() >= 2)
}

/// True when the folded alias text is Arabic script (its first letter is).
pub(crate) fn is_arabic_text(folded: &str) -> bool {
    folded.chars().next().is_some_and(is_arabic_letter)
}

/// The nisba adjective forms of a one-word Arabic country name (folded): the stem without
/// the article and without a final `يا`, `ا`, `ي` or `ية` (`ه` folded), plus `ي` (m.), `يه` (f., `ية`
/// folded), `يون`/`يين` (m. pl.), `يات` (f. pl.): `روسيا` → `روسي`, `روسيه`, ...; `الصين` →
/// `صيني`; `السعوديه` → `سعودي`. The article and other clitics come from the prefix rule
/// (`الروسية`, `والإيرانيون`).
pub(crate) fn ar_nisba_forms(folded: &str) -> Vec<String> {
    if folded.contains(' ') || !is_arabic_text(folded) {
        return Vec::new();
    }
    let stem = folded.strip_prefix(ARTICLE).unwrap_or(folded);
    let stem = stem
        .strip_suffix("يه")
        .or_else(|| stem.strip_suffix("يا"))
        .or_else(|| stem.strip_suffix('ي'))
        .or_else(|| stem.strip_suffix('ا'))
        .or_else(|| stem.strip_suffix('ه'))
        .unwrap_or(stem);
    if stem.chars().count() < 2 {
        return Vec::new();
    }
    ["ي", "يه", "يون", "يين", "يات"]
        .iter()
        .map(|e| format!("{stem}{e}"))
        .collect()
}

/// Persian suffixes written attached to a noun (folded: `ی` is `ي`): ezafe/adjective/
/// indefinite `ی`, `ای`, `یی`; plural `ها`, `های`, `هایی`, `ان`, `یان`; pronouns `اش`,
/// `شان`.
const PERSIAN_SUFFIXES: [&str; 11] = [
    "ي", "اي", "يي", "ها", "هاي", "هايي", "ان", "يان", "اش", "شان", "هاش",
];

/// True when `rest` (the folded rest of a word after a Persian alias) is an attached suffix.
pub(crate) fn persian_suffix_ok(rest: &str) -> bool {
    PERSIAN_SUFFIXES.contains(&rest)
}

// ---------------------------------------------------------------------------------------
// Chinese one-character abbreviations

/// Characters that make a country abbreviation a form of its own when they follow it:
/// side (`中方`), armed forces (`俄军`), media (`美媒`), nationality (`美籍`), warship
/// (`美舰`), companies and capital (`中企`, `中资`).
const ZH_FORM_SUFFIXES: [char; 7] = ['方', '军', '媒', '籍', '舰', '企', '资'];

/// Verbs of relation before an abbreviation (`访华`, `驻美`, `赴俄`, `援乌`, `抗日`,
/// `反美`, `亲俄`, `对华`).
const ZH_RELATION_VERBS: [char; 8] = ['访', '驻', '赴', '援', '抗', '反', '亲', '对'];

/// Function words and frequent verbs that may stand right before an abbreviation pair or
/// form (`与美方`, `称中方`, `在中美之间`, `推动中美关系`): any other Han character
/// before it may make it the end of another word (`其中方案`, `更加美好`, `可以方便`).
const ZH_LEFT_OK: [char; 36] = [
    '的', '在', '与', '和', '同', '及', '对', '据', '称', '向', '被', '将', '让', '使', '是', '但',
    '而', '也', '都', '就', '即', '为', '从', '由', '自', '至', '到', '了', '于', '把', '给', '促',
    '动', '指', '批', '说',
];

/// Two-abbreviation words that are not pairs (`美德` virtue, `加法` addition).
const ZH_NOT_PAIRS: [&str; 4] = ["美德", "加法", "英法语", "中英文"];

/// Characters after a pair that make it another word: `中美洲` (Central America),
/// `中英文`, `英法语` (languages).
const ZH_RUN_STOP: [char; 4] = ['洲', '文', '语', '字'];

/// What decides a one-character abbreviation match: the characters around it (folded to
/// simplified) and whether the next character is itself read as an abbreviation (its
/// longest match is that single character: in `今日美国` the `美` reads as `美国`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ZhContext {
    pub(crate) before: Option<char>,
    pub(crate) after: Option<char>,
    /// The character after `after`.
    pub(crate) after2: Option<char>,
    /// `after` is a `zh-abbr` character of another entity, read on its own.
    pub(crate) after_is_abbr: bool,
    /// The match directly continues a run of accepted abbreviations of other entities.
    pub(crate) continues_run: bool,
}

/// True when a `zh-abbr` match stands in an established pair or form:
///
/// - it continues a run of abbreviations (`美日韩`: `日` after `美`);
/// - it starts a pair (`中美`, `美俄`) with a different abbreviation read on its own right
///   after it, unless the pair is a word of its own (`美德`, `加法`) or is followed by
///   `洲`, `文`, `语`, `字` (`中美洲`, `中英文`);
/// - it is followed by a form character (`中方`, `俄军`, `美媒`, `美籍`, `美舰`, `中企`,
///   `中资`);
/// - it follows a verb of relation (`访华`, `驻美`, `赴俄`, `援乌`, `抗日`, `反美`, `亲俄`,
///   `对华`).
///
/// A pair or form must not be the end of another word: the character before it is not
/// Han, or one of a few function words and verbs (`与美方`, `称中方`, `在中美之间`).
pub(crate) fn zh_abbr_context(this: char, cx: ZhContext) -> bool {
    if cx.continues_run {
        return true;
    }
    let fold = |c: Option<char>| c.map(|c| fold_han(narrow(c)));
    let (before, after, after2) = (fold(cx.before), fold(cx.after), fold(cx.after2));
    if before.is_some_and(|b| ZH_RELATION_VERBS.contains(&b)) {
        return true;
    }
    let left_ok = before.is_none_or(|b| !is_han(b) || ZH_LEFT_OK.contains(&b));
    if !left_ok {
        return false;
    }
    let Some(after) = after else {
        return false;
    };
    if ZH_FORM_SUFFIXES.contains(&after) {
        return true;
    }
    if cx.after_is_abbr && after != this {
        let pair: String = [this, after].iter().collect();
        let stop = after2.is_some_and(|c| ZH_RUN_STOP.contains(&c));
        let word = ZH_NOT_PAIRS.iter().any(|w| w.starts_with(&pair));
        return !stop && !word;
    }
    false
}

/// Characters that make a final `军` the start of another word: `军事` (military
/// affairs), `军售` (arms sales), `军工`, `军备`, `军费`, `军演`, `军火`, `军控`, `军援`,
/// `军购`, `军贸`, `军品`, `军械`, `军需`, `军情`, `军舰`, `军机`.
const ZH_ARMY_WORD_TAILS: [char; 17] = [
    '事', '售', '工', '备', '费', '演', '火', '控', '援', '购', '贸', '品', '械', '需', '情', '舰',
    '机',
];

/// An armed-forces form `X军` (`俄军`, `以军`: an abbreviation and `军`) is the army only
/// when its `军` does not start another word: `朝俄军事合作` is a pair and `军事`
/// (military cooperation of North Korea and Russia), `对以军售` is `以` and `军售` (arms
/// sales to Israel). `matched`: the text of a Chinese alias match; `after`: the text
/// after it. Other aliases pass.
pub(crate) fn zh_army_form_ok(matched: &str, after: &str) -> bool {
    let mut chars = matched.chars();
    let army_form = matches!(
        (chars.next(), chars.next().map(fold_han), chars.next()),
        (Some(_), Some('军'), None)
    );
    !army_form
        || !after
            .chars()
            .next()
            .is_some_and(|c| ZH_ARMY_WORD_TAILS.contains(&fold_han(c)))
}

/// The side form `X方` ("the X side"): a country abbreviation accepted by
/// [`zh_abbr_context`] and followed by `方` names the country with the whole word
/// (`中方`, `美方`; gold/GUIDELINES.md, Chinese). Returns the end of the mention: after
/// the `方` when `text[end..]` starts with it, else `end`.
pub(crate) fn zh_side_end(text: &str, end: usize) -> usize {
    const SIDE: char = '方';
    if text[end..].starts_with(SIDE) {
        end + SIDE.len_utf8()
    } else {
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn han_table() {
        assert_eq!(fold_han('國'), '国');
        assert_eq!(fold_han('韓'), '韩');
        assert_eq!(fold_han('烏'), '乌');
        assert_eq!(fold_han('国'), '国');
        assert!(super::zh_t2s::T2S.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn arabic_prefix_table() {
        // (prefix, name has article, needs article, ok)
        let rows: &[(&str, bool, bool, bool)] = &[
            ("و", false, false, true),
            ("ب", false, false, true),
            ("ل", false, false, true),
            ("وب", false, false, true),
            ("ال", false, false, true),
            ("وال", false, false, true),
            ("لل", false, true, true),
            ("ولل", false, true, true),
            ("بال", false, true, true),
            ("و", true, false, true),
            ("ب", true, false, true),
            ("ل", true, false, false),
            ("لال", false, true, false),
            ("لل", false, false, true),
            ("ب", false, true, false),
            ("م", false, false, false),
            ("ي", false, false, false),
            ("", false, false, false),
            ("بب", false, false, false),
        ];
        for (prefix, has, needs, ok) in rows {
            assert_eq!(
                arabic_prefix_ok(prefix, *has, *needs),
                *ok,
                "row {prefix:?}"
            );
        }
    }

    #[test]
    fn nisba_table() {
        assert_eq!(ar_nisba_forms("روسيا")[..2], ["روسي", "روسيه"]);
        assert_eq!(ar_nisba_forms("الصين")[0], "صيني");
        assert_eq!(ar_nisba_forms("ايران")[0], "ايراني");
        assert_eq!(ar_nisba_forms("السعوديه")[0], "سعودي");
        assert!(ar_nisba_forms("كوريا الشماليه").is_empty());
    }
}
