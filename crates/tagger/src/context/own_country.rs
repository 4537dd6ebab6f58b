//! A state body and a country's name next to it.
//!
//! - **Its own country after it**, in the genitive of Russian and Ukrainian (`ФСБ России`,
//!   `Госдумы РФ`, `Генпрокуратуры РФ`, `СБУ України`). Russian and Ukrainian name a
//!   state's body and then its state: the country is part of the body's name, as `МИД
//!   России` is (contract section 3). The gazetteer lists such full names for the bodies
//!   news names most, but a short name is often enough (`ФСБ|exact`), and the country after
//!   it then ended the mention early: the rule extends the body's mention over its own
//!   country's name, which `nested` then finds inside it as a country mention of its own.
//! - **Another country's name after it** (Russian and Ukrainian) or **right before it**
//!   (every language): the body is that state's body of the same kind (`МВД Израиля`:
//!   Israel's interior ministry, not Russia's `МВД`; tr `Çin Ticaret Bakanlığı`: China's
//!   trade ministry, not Turkey's `Ticaret Bakanlığı`). A body's short name is a common
//!   noun there, and its mention is dropped; the country stays a mention. A country's own
//!   full body names are aliases of their own (`Rusya Dışişleri Bakanlığı`), matched whole
//!   before this rule runs.

use crate::matcher::{ArticleLang, Hit};
use crate::model::Lang;
use crate::Gazetteer;

/// Extends a state body's hit over its own country's hit right after it (Russian and
/// Ukrainian), and drops it next to another country's (see the module docs).
pub(super) fn join_own_country(
    gazetteer: &Gazetteer,
    lang: ArticleLang,
    text: &str,
    hits: &mut Vec<Hit>,
) {
    let genitive_after = matches!(lang, ArticleLang::Known(Some(Lang::Ru | Lang::Uk)));
    let source = &gazetteer.source;
    let is_body = |h: &Hit| gazetteer.state_body_countries[h.entity as usize].is_some();
    // Whether `country` is a hit of the body's own country.
    let own = |body: &Hit, country: &Hit| {
        source.entities[body.entity as usize].country.as_deref()
            == Some(source.entities[country.entity as usize].id.as_str())
    };
    let mut i = 0;
    while i < hits.len() {
        let body = hits[i];
        if !is_body(&body) {
            i += 1;
            continue;
        }
        // Another country's name right before a body named without its own: `Çin Ticaret
        // Bakanlığı` is China's trade ministry, not Turkey's `Ticaret Bakanlığı`.
        if i > 0 {
            let before = hits[i - 1];
            if super::is_country(source, &before)
                && separated_by_space(text, before.end, body.start)
                && !own(&body, &before)
            {
                hits.remove(i);
                continue;
            }
        }
        if genitive_after && i + 1 < hits.len() {
            let next = hits[i + 1];
            if separated_by_space(text, body.end, next.start) && super::is_country(source, &next) {
                if own(&body, &next) {
                    hits[i].end = next.end;
                    hits.remove(i + 1);
                } else {
                    hits.remove(i);
                    continue;
                }
            }
        }
        i += 1;
    }
}

/// Whether one space (or a no-break space) alone lies between `end` and `start`.
fn separated_by_space(text: &str, end: usize, start: usize) -> bool {
    start > end && matches!(&text[end..start], " " | "\u{A0}")
}
