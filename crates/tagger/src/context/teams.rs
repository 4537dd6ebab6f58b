//! Teams named by their city or state in sports tables.
//!
//! Sports reporting names a team by its city or state in results, standings and fixture
//! lists (`CHICAGO 69 59 .539`, `BALTIMORE 10 Seattle 5`, `SEATTLE AT BALTIMORE`). An
//! alias flagged `team` (a city or state that names teams: organizations of kind `sports`,
//! docs/gazetteer-organizations.md, "Teams named by their city") is kept only in such a
//! table; in running text (`in Chicago`, `Chicago 's mayor`, `Chicago police said`) the
//! city is a place and the tagger tags no place. Checked per candidate in the matcher, so
//! a rejected team leaves the other readings of the name (a capital, a region) to be
//! tried.
//!
//! A table reading is one of (numbers are whole words: `10`, `.539`, `7 1/2`; a score has
//! one to three digits, so `1996-08-22` after a dateline is none):
//!
//! - **standings**: three numbers follow (`CHICAGO 69 59 .539 7 1/2`, `Essex 12 5 3 40`;
//!   two are the highs and lows of a weather table, `Miami 32 24 sunny`);
//! - **a result, first team**: a score, then a capitalized name of up to four words and
//!   its score (`BALTIMORE 10 Seattle 5`, `Chicago 3 New York 2`);
//! - **a result, second team**: a score before and a score after (`Seattle 10 BALTIMORE 3`,
//!   `Toronto 1 CHICAGO 0`);
//! - **a fixture in capitals**: the name in capitals, `AT`, a name in capitals (`SEATTLE AT
//!   BALTIMORE`). Only the first is the team: the name after `AT` is the venue, as the
//!   venue after `at` is in running text;
//! - **a team sport's headline in capitals** at a field's start: `SOCCER - FIORENTINA BEAT
//!   MILAN`, `BASEBALL - ... AS SEATTLE ROUTS ORIOLES` (not after `AT` or `IN`, not in the
//!   headlines of individual sports: `TENNIS - CHANG, WASHINGTON ADVANCE`).

/// True when the name at `text[start..end]` stands for a team in a results table,
/// standings or fixture list (see the module docs).
pub(crate) fn table_reading(text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    let after = &text[end..];
    let name = &text[start..end];
    // A team sport's headline in capitals, the field's opening (`SOCCER - FIORENTINA BEAT
    // MILAN`): asked only near the start of a field.
    if start <= HEADLINE_BYTES && in_capitals(name) && sports_headline(before) {
        return true;
    }
    // Every reading has a number or `AT` next: in running text the name is followed by a
    // word, which this answers at its first byte (the rule runs for every team alias hit).
    if !after
        .trim_start_matches([' ', '\t', '\n', '\r', '\u{A0}'])
        .starts_with(|c: char| c.is_ascii_digit() || c == 'A')
    {
        return false;
    }
    // After a capitalized word the name ends a longer one: a person's (`Nancy Lopez 68 70
    // 72` in golf scores, were `Lopez` a club) or another club's (`Graafschap Doetinchem`);
    // not after a heading's last word (`American League BOSTON 2 Oakland 1`).
    // The same after a club's designator or a joining sign: `SV Salzburg`, `FC Karvina`,
    // `Admira / Wacker` are longer names, not the club the short name stands for (a name
    // in capitals after capitals is a table's first row: `W L PCT GB BOSTON 72 57`).
    let name_in_capitals = in_capitals(name);
    if last_token(before).is_some_and(|(w, _)| {
        (is_title_word(w) && !HEADINGS.contains(&w))
            || (is_designator(w) && !name_in_capitals)
            || w == "/"
            || w == "&"
    }) {
        return false;
    }
    let Some((first, rest)) = next_token(after) else {
        return false;
    };
    if is_score(first) {
        return match next_token(rest) {
            // Standings: three numbers (two are a weather table's highs and lows, `Miami 32
            // 24 sunny`, `Barcelona 20 17 Oviedo 23 9 Bilbao`).
            Some((second, rest)) if is_number(second) => {
                next_token(rest).is_some_and(|(third, _)| is_number(third))
            }
            // The second team of a result (a score before the name too; a `-` after the
            // score is a weather table's missing low, `9 Alicante 24 - Málaga`), or the first.
            Some((second, rest)) => {
                (second != "-" && last_token(before).is_some_and(|(w, _)| is_score(w)))
                    || name_then_score(second, rest)
            }
            None => last_token(before).is_some_and(|(w, _)| is_score(w)),
        };
    }
    first == "AT" && name_in_capitals && (fixture_venue(rest) || after_fixture(before))
}

/// `before` ends with a fixture's `AT` and venue of one or two words in capitals (the
/// last fixture of a list, followed by a heading: `... SEATTLE AT BALTIMORE TEXAS AT
/// MINNESOTA NATIONAL LEAGUE`).
fn after_fixture(before: &str) -> bool {
    let mut rest = before;
    for _ in 0..2 {
        let Some((word, r)) = last_token(rest) else {
            return false;
        };
        if !in_capitals(word) {
            return false;
        }
        rest = r;
        if last_token(rest).is_some_and(|(w, _)| w == "AT") {
            return true;
        }
    }
    false
}

/// After `AT` in a fixture: a venue of one or two words in capitals, then the end of the
/// line or of the text, or the next fixture (`TORONTO AT CHICAGO`, one or two words before
/// its `AT`). `CHICAGO AT ODDS OVER BUDGET`, a headline, is none.
fn fixture_venue(mut rest: &str) -> bool {
    for _ in 0..2 {
        let Some((word, r)) = next_token(rest) else {
            return false;
        };
        if !in_capitals(word) {
            return false;
        }
        // A note on the fixture: `(doubleheader)`, `(2)`.
        rest = match next_token(r) {
            Some((note, r)) if note.starts_with('(') && note.ends_with(')') => r,
            _ => r,
        };
        if line_ends(rest) || next_fixture(rest) {
            return true;
        }
    }
    false
}

/// Nothing but spaces before the end of the text or a line break.
fn line_ends(rest: &str) -> bool {
    rest.trim_start_matches([' ', '\t', '\u{A0}', '\r'])
        .chars()
        .next()
        .is_none_or(|c| c == '\n')
}

/// One or two words in capitals, then `AT`.
fn next_fixture(rest: &str) -> bool {
    let Some((a, r)) = next_token(rest) else {
        return false;
    };
    let Some((b, r)) = next_token(r) else {
        return false;
    };
    in_capitals(a)
        && (b == "AT" || (in_capitals(b) && next_token(r).is_some_and(|(c, _)| c == "AT")))
}

/// A capitalized name of one to four words starting with `word`, then a score.
fn name_then_score<'a>(mut word: &'a str, mut rest: &'a str) -> bool {
    for _ in 0..4 {
        if !is_name_word(word) {
            return false;
        }
        match next_token(rest) {
            Some((next, _)) if is_score(next) => return true,
            Some((next, r)) => (word, rest) = (next, r),
            None => return false,
        }
    }
    false
}

/// The next whitespace-separated token of `text` and the text after it.
fn next_token(text: &str) -> Option<(&str, &str)> {
    let t = text.trim_start();
    let end = t.find(char::is_whitespace).unwrap_or(t.len());
    (end > 0).then(|| (&t[..end], &t[end..]))
}

/// The last whitespace-separated token of `text` and the text before it.
fn last_token(text: &str) -> Option<(&str, &str)> {
    let t = text.trim_end();
    let start = t.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    (start < t.len()).then(|| (&t[start..], &t[..start]))
}

/// A score: one to three ASCII digits.
fn is_score(token: &str) -> bool {
    (1..=3).contains(&token.len()) && token.bytes().all(|b| b.is_ascii_digit())
}

/// A number of a table: a score, a decimal (`.539`, `0.539`, `12.5`) or a fraction
/// (`1/2`).
fn is_number(token: &str) -> bool {
    if is_score(token) {
        return true;
    }
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    if let Some((a, b)) = token.split_once('.') {
        return (a.is_empty() || digits(a)) && digits(b);
    }
    token
        .split_once('/')
        .is_some_and(|(a, b)| digits(a) && digits(b))
}

/// A word of a team's name: capitalized, letters and `.'&-` only (`St.`, `NY`).
fn is_name_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '&' | '-'))
}

/// How far into a field a sports headline's team may start.
const HEADLINE_BYTES: usize = 160;

/// The sport names that open a wire headline about a team sport (`SOCCER - `); individual
/// sports (`TENNIS`, `GOLF`) are left out: their headlines name players (`WASHINGTON`).
const TEAM_SPORTS: &[&str] = &[
    "SOCCER",
    "FOOTBALL",
    "BASEBALL",
    "BASKETBALL",
    "NBA BASKETBALL",
    "ICE HOCKEY",
    "NHL ICE HOCKEY",
    "HOCKEY",
    "AMERICAN FOOTBALL",
    "NFL AMERICAN FOOTBALL",
    "RUGBY UNION",
    "RUGBY LEAGUE",
    "RUGBY",
    "CRICKET",
    "HANDBALL",
    "VOLLEYBALL",
];

/// `before` is the opening of a team sport's headline in capitals: a sport name, ` - `,
/// then words without lower case, the last of them no `AT` or `IN` (`... SLUMP 2-0 AT
/// HEERENVEEN`: the venue).
fn sports_headline(before: &str) -> bool {
    let t = before.trim_start();
    let Some(rest) = TEAM_SPORTS.iter().find_map(|sport| {
        t.strip_prefix(sport)
            .and_then(|r| r.strip_prefix(" - ").or_else(|| r.strip_prefix(" -- ")))
    }) else {
        return false;
    };
    // One line, one sentence: the dateline after it (`... ROUTS ORIOLES. BALTIMORE
    // 1996-08-22`) is the place.
    !rest.chars().any(|c| c.is_lowercase() || c == '\n')
        && !rest.contains(". ")
        && !last_token(rest).is_some_and(|(w, _)| w == "AT" || w == "IN")
}

/// The last words of table headings, after which a row's first name stands.
const HEADINGS: &[&str] = &[
    "League",
    "Division",
    "Conference",
    "Group",
    "Pool",
    "Table",
    "Standings",
    "Results",
    "Scores",
    "Round",
    "Liga",
    "Bundesliga",
    "Serie",
    "Ligue",
    "Eredivisie",
];

/// A capitalized word in lower case after its first letter, nothing but letters (`Nancy`;
/// not `GB`, `Standings:`, `1.`).
fn is_title_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().all(char::is_alphabetic)
        && word.chars().any(char::is_lowercase)
}

/// A club's designator before its name: two or three capitals (`FC`, `SV`, `SK`, `AFC`).
fn is_designator(word: &str) -> bool {
    (2..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Letters, at least two, none of them lower case.
fn in_capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::table_reading;

    fn reads(text: &str, name: &str) -> bool {
        let start = text
            .find(name)
            .unwrap_or_else(|| panic!("{name} in {text}"));
        table_reading(text, start, start + name.len())
    }

    #[test]
    fn readings() {
        for (text, name, team) in [
            ("CHICAGO 69 59 .539 7 1/2", "CHICAGO", true),
            ("BALTIMORE 10 Seattle 5", "BALTIMORE", true),
            ("Seattle 10 BALTIMORE 3", "BALTIMORE", true),
            ("Chicago 3 New York 2", "Chicago", true),
            ("TORONTO AT CHICAGO", "TORONTO", true),
            ("TORONTO AT CHICAGO", "CHICAGO", false),
            ("CHICAGO 1996-08-22", "CHICAGO", false),
            (
                "Madrid 28 13 nuboso Miami 32 24 despejado Montevideo",
                "Miami",
                false,
            ),
            ("London 15 9 cloudy Miami 32 24 sunny", "Miami", false),
            ("Chicago 1996-08-22", "Chicago", false),
            ("He flew to Chicago on Monday.", "Chicago", false),
            ("the Chicago 7 were tried", "Chicago", false),
            ("Chicago 12 , Illinois", "Chicago", false),
            ("CHICAGO AT ODDS with the union", "CHICAGO", false),
            ("CHICAGO AT ODDS OVER BUDGET", "CHICAGO", false),
            ("SEATTLE AT BALTIMORE TORONTO AT CHICAGO", "SEATTLE", true),
            (
                "SEATTLE AT BALTIMORE KANSAS CITY AT NEW YORK",
                "SEATTLE",
                true,
            ),
            ("SEATTLE AT NEW YORK\nTORONTO", "SEATTLE", true),
            ("SAN DIEGO 7 Montreal 2", "Montreal", true),
            (
                "CINCINNATI AT FLORIDA (doubleheader) CHICAGO AT ATLANTA",
                "CINCINNATI",
                true,
            ),
            (
                "SEATTLE AT BALTIMORE TEXAS AT MINNESOTA NATIONAL LEAGUE",
                "TEXAS",
                true,
            ),
            (
                "SEATTLE AT NEW YORK TEXAS AT MINNESOTA NATIONAL LEAGUE",
                "TEXAS",
                true,
            ),
            ("Chicago at Boston", "Chicago", false),
            ("Nancy Leeds 68 70 72", "Leeds", false),
            ("Austria Vienna 2 Admira / Wacker 0", "Wacker", false),
            ("Sigma Olomouc 0 FC Bohemians 0", "Bohemians", false),
            ("W L PCT GB BOSTON 72 57 .558 -", "BOSTON", true),
            (
                "SOCCER - FIORENTINA BEAT MILAN IN ITALIAN SUPERCUP",
                "FIORENTINA",
                true,
            ),
            (
                "BASEBALL - SORRENTO HITS SLAM AS SEATTLE ROUTS ORIOLES",
                "SEATTLE",
                true,
            ),
            (
                "SOCCER - DISAPPOINTING AJAX SLUMP 2-0 AT HEERENVEEN",
                "HEERENVEEN",
                false,
            ),
            ("TENNIS - CHANG, WASHINGTON ADVANCE", "WASHINGTON", false),
            ("SOCCER - Fiorentina beat Milan", "Fiorentina", false),
            ("CHICAGO 1996-08-22 SOCCER - CHICAGO", "CHICAGO", false),
            (
                "BASEBALL - SEATTLE ROUTS ORIOLES. BALTIMORE 1996-08-22",
                "BALTIMORE",
                false,
            ),
            (
                "BASEBALL - SEATTLE ROUTS ORIOLES\nBALTIMORE 1996-08-22",
                "BALTIMORE",
                false,
            ),
            ("Standings: Leeds 10 6 3 1 21", "Leeds", true),
            ("American League BOSTON 2 Oakland 1", "BOSTON", true),
            ("Barcelona 20 17 Oviedo 23 9 Bilbao 24 9", "Oviedo", false),
            ("Madrid 26 9 Alicante 24 - Málaga 23 15", "Alicante", false),
        ] {
            assert_eq!(reads(text, name), team, "{name} in {text:?}");
        }
    }
}
