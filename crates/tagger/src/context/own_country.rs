//! A state body named with its country's name after it, in the genitive of Russian and
//! Ukrainian (`ФСБ России`, `Госдумы РФ`, `Генпрокуратуры РФ`, `СБУ України`).
//!
//! Russian and Ukrainian name a state's body and then its state in the genitive: the
//! country is part of the body's name, as `МИД России` is (contract section 3). The
//! gazetteer lists such full names for the bodies news names most, but a short name is
//! often enough (`ФСБ|exact`), and the country after it then ended the mention early: the
//! rule extends the body's mention over its own country's name, which `nested` then finds
//! inside it as a country mention of its own.
//!
//! A body of one state followed by another state's name is that state's body of the same
//! kind (`МВД Израиля`: Israel's interior ministry, not Russia's `МВД`): the short name is
//! a common noun there, and the mention is dropped; the country stays a mention.

use crate::matcher::{ArticleLang, Hit};
use crate::model::Lang;
use crate::Gazetteer;

/// Extends a state body's hit over its own country's hit right after it, and drops it
/// before another country's (see the module docs). Russian and Ukrainian articles only.
pub(super) fn join_own_country(
    gazetteer: &Gazetteer,
    lang: ArticleLang,
    text: &str,
    hits: &mut Vec<Hit>,
) {
    if !matches!(lang, ArticleLang::Known(Some(Lang::Ru | Lang::Uk))) {
        return;
    }
    let source = &gazetteer.source;
    let mut i = 0;
    while i + 1 < hits.len() {
        let (body, next) = (hits[i], hits[i + 1]);
        if gazetteer.state_body_countries[body.entity as usize].is_none()
            || !separated_by_space(text, body.end, next.start)
            || !super::is_country(source, &next)
        {
            i += 1;
            continue;
        }
        let own = source.entities[body.entity as usize].country.as_deref()
            == Some(source.entities[next.entity as usize].id.as_str());
        if own {
            hits[i].end = next.end;
            hits.remove(i + 1);
            i += 1;
        } else {
            hits.remove(i);
        }
    }
}

/// Whether one space (or a no-break space) alone lies between `end` and `start`.
fn separated_by_space(text: &str, end: usize, start: usize) -> bool {
    start > end && matches!(&text[end..start], " " | "\u{A0}")
}
