//! What happens to one delivery: decode, enrich, publish the result (or dead-letter
//! the input), and decide how to settle it.
//!
//! [`prepare`] is the pure part (bytes and properties in, the message to publish out)
//! and is tested without a broker; [`Pipeline::handle`] adds the publishing.

use std::sync::Arc;
use std::time::{Duration, Instant};

use enricher_proto::{Article, DecodeError, EnrichedArticle};
use enricher_tagger::Gazetteer;
use lapin::message::Delivery;
use lapin::types::{AMQPValue, FieldTable, LongString, ShortString};
use lapin::BasicProperties;
use tokio_util::sync::CancellationToken;
use tracing::{debug, trace};

use crate::amqp::acks::Settle;
use crate::amqp::{PublishError, Publisher};
use crate::gazetteer::SharedGazetteer;
use crate::telemetry::events::{
    ArticlePublished, DeliveryDeadLettered, DeliveryReceived, PublishFailed,
};
use crate::telemetry::{Emit, Metrics, Stage};

/// Header naming why a message was dead-lettered ([`DecodeError::reason`]).
pub const ERROR_HEADER: &str = "x-enricher-error";
/// Header with the human-readable cause (`DecodeError`'s `Display`).
pub const DETAIL_HEADER: &str = "x-enricher-detail";
/// Header with the exchange the dead-lettered message was first published to.
pub const ORIGINAL_EXCHANGE_HEADER: &str = "x-enricher-original-exchange";
/// Header with the routing key the dead-lettered message was first published with.
pub const ORIGINAL_ROUTING_KEY_HEADER: &str = "x-enricher-original-routing-key";
/// Header with the dead-lettered message's `expiration` property (not kept as a property:
/// the dead letter must not expire).
pub const ORIGINAL_EXPIRATION_HEADER: &str = "x-enricher-original-expiration";
/// Header with the dead-lettered message's `user_id` property (not kept as a property: the
/// broker refuses a `user_id` other than the publishing connection's user).
pub const ORIGINAL_USER_ID_HEADER: &str = "x-enricher-original-user-id";

/// The message to publish for one input.
#[derive(Debug)]
pub enum Prepared {
    /// The enriched article, for the output exchange with the input's routing key.
    Enriched {
        /// `news.enriched.v1` JSON.
        body: Vec<u8>,
        /// `message_id`, content type, persistence and one header per tag.
        properties: BasicProperties,
        /// The article, for metrics: its id and tag lists. The mention list is emptied
        /// once serialized, so that a delivery waiting for its confirm holds the output
        /// once (in `body`), not twice.
        article: Box<EnrichedArticle>,
    },
    /// The input can never be enriched: publish its original body with these
    /// properties (the original ones plus the `x-enricher-*` headers) to the
    /// dead-letter queue.
    DeadLetter {
        /// Why.
        error: DecodeError,
        /// Original properties plus the dead-letter headers.
        properties: BasicProperties,
    },
}

/// Decodes and enriches one input. Pure: no I/O, no clock other than `enrich`'s.
///
/// The body is read as its `content_type` and `content_encoding` say
/// ([`crate::content::message_body`]); inputs over `max_message_bytes`, before or after
/// decoding, are dead-lettered as `too_large` without being parsed. At most
/// `max_mentions` mentions are listed ([`EnrichedArticle::cap_mentions`]).
#[allow(clippy::too_many_arguments)] // one delivery's inputs and the service's limits
pub fn prepare(
    data: &[u8],
    properties: &BasicProperties,
    origin: (&str, &str),
    max_message_bytes: usize,
    max_mentions: usize,
    gazetteer: &Gazetteer,
    metrics: Option<&Metrics>,
) -> Prepared {
    let started = Instant::now();
    let decoded = crate::content::message_body(
        data,
        properties.content_type().as_ref().map(|s| s.as_str()),
        properties.content_encoding().as_ref().map(|s| s.as_str()),
        max_message_bytes,
    )
    .and_then(|body| {
        let message_id = properties.message_id().as_ref().map(|m| m.as_str());
        Article::decode(&body, message_id)
    });
    // Every delivery is decoded (rejected ones too), so decode counts equal consumed.
    let decoded_at = Instant::now();
    if let Some(m) = metrics {
        m.stage_duration(Stage::Decode, (decoded_at - started).as_secs_f64());
    }
    let article = match decoded {
        Ok(article) => article,
        Err(error) => {
            let properties = dead_letter_properties(properties, &error, origin);
            return Prepared::DeadLetter { error, properties };
        }
    };
    let mut enriched = enricher_tagger::enrich(&article, gazetteer);
    drop(article);
    enriched.cap_mentions(max_mentions);
    // The output holds the input verbatim plus the tags and mentions: about 4 times the
    // input for a typical article; one allocation instead of a doubling series.
    let mut body = Vec::with_capacity(data.len().saturating_mul(4));
    enriched.write_json(&mut body);
    enriched.mentions = Vec::new();
    let properties = output_properties(&enriched);
    if let Some(m) = metrics {
        m.stage_duration(Stage::Tag, decoded_at.elapsed().as_secs_f64());
    }
    Prepared::Enriched {
        body,
        properties,
        article: Box::new(enriched),
    }
}

/// The properties of an enriched message: `message_id` = id (omitted when the id is
/// longer than AMQP's 255-byte limit; it is in the body either way), JSON content
/// type, persistent, and the tag headers of [`tag_headers`].
pub fn output_properties(article: &EnrichedArticle) -> BasicProperties {
    let mut properties = BasicProperties::default()
        .with_content_type("application/json".into())
        .with_delivery_mode(2)
        .with_headers(tag_headers(article));
    if let Ok(id) = ShortString::try_new(article.id.as_str()) {
        properties = properties.with_message_id(id);
    }
    properties
}

/// One boolean `true` header per tag: `country.KP`, `organization.kcna`,
/// `weapon.missiles`. A consumer of the headers exchange binds with
/// `{"x-match": "any", "country.KP": true}`.
pub fn tag_headers(article: &EnrichedArticle) -> FieldTable {
    let mut headers = FieldTable::default();
    let tags = article
        .countries
        .iter()
        .map(|c| ("country", c.id.as_str()))
        .chain(
            article
                .organizations
                .iter()
                .map(|o| ("organization", o.id.as_str())),
        )
        .chain(article.weapons.iter().map(|w| ("weapon", w.id.as_str())));
    for (kind, id) in tags {
        let mut key = String::with_capacity(kind.len() + 1 + id.len());
        key.push_str(kind);
        key.push('.');
        key.push_str(id);
        if let Ok(key) = ShortString::try_new(key) {
            headers.insert(key, AMQPValue::Boolean(true));
        }
    }
    headers
}

/// The original properties plus `x-enricher-error`, `x-enricher-detail` and the
/// original exchange and routing key (for replaying), except two that would lose the
/// dead letter, which move into headers instead:
///
/// - `expiration` (a per-message TTL meant for the input queue) would let the broker
///   drop the dead letter from the dead-letter queue unseen: it becomes
///   `x-enricher-original-expiration`.
/// - `user_id` must name the publishing connection's user, so a dead letter of a
///   message that another user published would be refused (`406 PRECONDITION_FAILED`,
///   the channel closed, the input redelivered for ever): it becomes
///   `x-enricher-original-user-id`.
pub fn dead_letter_properties(
    original: &BasicProperties,
    error: &DecodeError,
    (exchange, routing_key): (&str, &str),
) -> BasicProperties {
    let mut headers = original.headers().clone().unwrap_or_default();
    let text = |s: &str| AMQPValue::LongString(LongString::from(s));
    headers.insert(ERROR_HEADER.into(), text(error.reason()));
    headers.insert(DETAIL_HEADER.into(), text(&error.to_string()));
    headers.insert(ORIGINAL_EXCHANGE_HEADER.into(), text(exchange));
    headers.insert(ORIGINAL_ROUTING_KEY_HEADER.into(), text(routing_key));
    if let Some(expiration) = original.expiration() {
        headers.insert(ORIGINAL_EXPIRATION_HEADER.into(), text(expiration.as_str()));
    }
    if let Some(user_id) = original.user_id() {
        headers.insert(ORIGINAL_USER_ID_HEADER.into(), text(user_id.as_str()));
    }
    without_expiration_and_user_id(original).with_headers(headers)
}

/// `p` without `expiration` and `user_id` (lapin's properties can set a field but not
/// clear it, so the others are copied).
fn without_expiration_and_user_id(p: &BasicProperties) -> BasicProperties {
    let mut out = BasicProperties::default();
    macro_rules! keep {
        ($($get:ident => $set:ident),* $(,)?) => {
            $(if let Some(v) = p.$get() {
                out = out.$set(v.clone());
            })*
        };
    }
    keep!(
        content_type => with_content_type,
        content_encoding => with_content_encoding,
        delivery_mode => with_delivery_mode,
        priority => with_priority,
        correlation_id => with_correlation_id,
        reply_to => with_reply_to,
        message_id => with_message_id,
        timestamp => with_timestamp,
        kind => with_type,
        app_id => with_app_id,
        cluster_id => with_cluster_id,
    );
    out
}

/// The per-service part of handling deliveries; shared by all tasks behind an `Arc`.
#[derive(Debug)]
pub struct Pipeline {
    /// The gazetteer in use; each delivery takes the current one once (reload swaps it).
    pub gazetteer: Arc<SharedGazetteer>,
    /// The service's metrics.
    pub metrics: Arc<Metrics>,
    /// Where enriched articles go.
    pub output_exchange: String,
    /// Where inputs that can never be enriched go (via the default exchange).
    pub dead_letter_queue: String,
    /// Inputs larger than this are dead-lettered as `too_large`.
    pub max_message_bytes: usize,
    /// At most this many mentions are listed per article.
    pub max_mentions: usize,
    /// Pause before requeueing after a transient failure, so that a broken output
    /// (no queue bound, broker nacking) does not become a hot redelivery loop.
    pub retry_delay: Duration,
}

/// How handling one delivery ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handled {
    /// Settle it like this.
    Settle(Settle),
    /// Settle it like this, then start a new session: the dead-letter queue the
    /// service declares is gone (its dead letter came back unroutable), and only a new
    /// session declares it again.
    SettleAndRedeclare(Settle),
    /// The publish channel is gone: nothing can be settled (the broker redelivers the
    /// input) and the session must start over.
    ChannelGone,
}

impl Pipeline {
    /// Handles one delivery to the end and says how to settle it.
    ///
    /// The delivery is acked only after its output or dead letter is confirmed.
    pub async fn handle(
        &self,
        publisher: &Publisher,
        delivery: Delivery,
        shutdown: &CancellationToken,
    ) -> Handled {
        let tag = delivery.delivery_tag;
        let arrived = Instant::now();
        DeliveryReceived {
            bytes: delivery.data.len(),
            redelivered: delivery.redelivered,
        }
        .emit(&self.metrics);
        let prepared = prepare(
            &delivery.data,
            &delivery.properties,
            (delivery.exchange.as_str(), delivery.routing_key.as_str()),
            self.max_message_bytes,
            self.max_mentions,
            &self.gazetteer.current(),
            Some(&self.metrics),
        );
        let published_at = Instant::now();
        let result = match &prepared {
            Prepared::Enriched {
                body,
                properties,
                article,
            } => {
                trace!(message_id = %article.id, "publishing enriched article");
                publisher
                    .publish_confirmed(
                        &self.output_exchange,
                        delivery.routing_key.as_str(),
                        body,
                        properties.clone(),
                    )
                    .await
            }
            Prepared::DeadLetter { error, properties } => {
                debug!(delivery_tag = tag, reason = error.reason(), error = %error, "dead-lettering input");
                publisher
                    .publish_confirmed(
                        "",
                        &self.dead_letter_queue,
                        &delivery.data,
                        properties.clone(),
                    )
                    .await
            }
        };
        match result {
            Ok(()) => {
                let now = Instant::now();
                self.metrics
                    .stage_duration(Stage::PublishConfirm, (now - published_at).as_secs_f64());
                self.metrics
                    .delivery_confirmed((now - arrived).as_secs_f64());
                match &prepared {
                    Prepared::Enriched { article, .. } => {
                        ArticlePublished { article }.emit(&self.metrics)
                    }
                    Prepared::DeadLetter { error, .. } => DeliveryDeadLettered {
                        reason: error.reason(),
                    }
                    .emit(&self.metrics),
                }
                Handled::Settle(Settle::Ack(tag))
            }
            Err(err @ PublishError::ChannelClosed(_)) => {
                PublishFailed {
                    error: &err,
                    retry_in: None,
                }
                .emit(&self.metrics);
                Handled::ChannelGone
            }
            Err(err) => {
                PublishFailed {
                    error: &err,
                    retry_in: Some(self.retry_delay),
                }
                .emit(&self.metrics);
                tokio::select! {
                    _ = tokio::time::sleep(self.retry_delay) => {}
                    _ = shutdown.cancelled() => {}
                }
                let dead_letter_queue_gone = matches!(prepared, Prepared::DeadLetter { .. })
                    && matches!(err, PublishError::Returned { .. });
                if dead_letter_queue_gone {
                    Handled::SettleAndRedeclare(Settle::Requeue(tag))
                } else {
                    Handled::Settle(Settle::Requeue(tag))
                }
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::type_complexity)]
mod tests {
    use super::*;

    fn gazetteer() -> Gazetteer {
        Gazetteer::builtin().expect("builtin gazetteer")
    }

    #[test]
    fn dead_letter_reasons_table() {
        let g = gazetteer();
        let rows: &[(&str, &[u8], usize, &str)] = &[
            ("not utf-8", b"\xff\xfe{}", 1000, "invalid_utf8"),
            ("not json", b"{nope", 1000, "invalid_json"),
            ("empty body", b"", 1000, "invalid_json"),
            ("array", b"[1]", 1000, "not_an_object"),
            ("no body field", br#"{"title":"t"}"#, 1000, "missing_body"),
            ("numeric body", br#"{"body":1}"#, 1000, "invalid_field"),
            ("too large", br#"{"body":"0123456789"}"#, 10, "too_large"),
        ];
        for (name, data, limit, reason) in rows {
            let original = BasicProperties::default().with_app_id("scraper".into());
            match prepare(
                data,
                &original,
                ("news.raw", "de.article"),
                *limit,
                enricher_proto::MAX_MENTIONS,
                &g,
                None,
            ) {
                Prepared::DeadLetter { error, properties } => {
                    assert_eq!(error.reason(), *reason, "row {name}");
                    let h = properties.headers().clone().expect("headers");
                    let get = |k: &str| h.inner().get(k).cloned();
                    assert_eq!(
                        get(ERROR_HEADER),
                        Some(AMQPValue::LongString((*reason).into())),
                        "row {name}"
                    );
                    assert_eq!(
                        get(DETAIL_HEADER),
                        Some(AMQPValue::LongString(error.to_string().into())),
                        "row {name}"
                    );
                    assert_eq!(
                        get(ORIGINAL_ROUTING_KEY_HEADER),
                        Some(AMQPValue::LongString("de.article".into())),
                        "row {name}"
                    );
                    assert_eq!(
                        properties.app_id().as_ref().map(|s| s.as_str()),
                        Some("scraper"),
                        "row {name}: original kept"
                    );
                }
                other => panic!("row {name}: expected a dead letter, got {other:?}"),
            }
        }
    }

    #[test]
    fn dead_letter_keeps_every_property_but_expiration_and_user_id() {
        let mut h = FieldTable::default();
        h.insert("trace-id".into(), AMQPValue::LongString("abc".into()));
        let original = BasicProperties::default()
            .with_content_type("application/json".into())
            .with_content_encoding("identity".into())
            .with_headers(h)
            .with_delivery_mode(2)
            .with_priority(7)
            .with_correlation_id("corr".into())
            .with_reply_to("replies".into())
            .with_expiration("60000".into())
            .with_message_id("m-1".into())
            .with_timestamp(1_700_000_000)
            .with_type("article".into())
            .with_user_id("scraper".into())
            .with_app_id("scraper-app".into())
            .with_cluster_id("c".into());
        let p = dead_letter_properties(&original, &DecodeError::MissingBody, ("x", "y"));
        assert_eq!(p.expiration(), &None, "a dead letter must not expire");
        assert_eq!(
            p.user_id(),
            &None,
            "the broker checks user_id against our user"
        );
        let headers = p.headers().clone().expect("headers");
        let get = |k: &str| headers.inner().get(k).cloned();
        assert_eq!(
            get(ORIGINAL_EXPIRATION_HEADER),
            Some(AMQPValue::LongString("60000".into()))
        );
        assert_eq!(
            get(ORIGINAL_USER_ID_HEADER),
            Some(AMQPValue::LongString("scraper".into()))
        );
        assert!(headers.contains_key("trace-id"));
        // Every other property is the original's: put the two back and compare whole.
        let mut back = p
            .clone()
            .with_expiration("60000".into())
            .with_user_id("scraper".into());
        back = back.with_headers(original.headers().clone().unwrap());
        assert_eq!(back, original);
        // Without them, no header for them.
        let plain = dead_letter_properties(
            &BasicProperties::default(),
            &DecodeError::MissingBody,
            ("x", "y"),
        );
        let headers = plain.headers().clone().expect("headers");
        assert!(!headers.contains_key(ORIGINAL_EXPIRATION_HEADER));
        assert!(!headers.contains_key(ORIGINAL_USER_ID_HEADER));
    }

    #[test]
    fn dead_letter_keeps_original_headers() {
        let mut h = FieldTable::default();
        h.insert("trace-id".into(), AMQPValue::LongString("abc".into()));
        let original = BasicProperties::default().with_headers(h);
        let p = dead_letter_properties(&original, &DecodeError::MissingBody, ("x", "y"));
        let headers = p.headers().clone().expect("headers");
        assert!(headers.contains_key("trace-id"));
        assert!(headers.contains_key(ERROR_HEADER));
    }

    #[test]
    fn max_mentions_cuts_the_list_not_the_tags() {
        let g = gazetteer();
        let data = br#"{"id":"a-1","lang":"de","body":"Nordkorea und Russland, Nordkorea"}"#;
        for (cap, listed) in [(1000, 3), (3, 3), (2, 2), (0, 0)] {
            let Prepared::Enriched { body, .. } = prepare(
                data,
                &BasicProperties::default(),
                ("news.raw", "article"),
                1 << 20,
                cap,
                &g,
                None,
            ) else {
                panic!("cap {cap}: not enriched");
            };
            let v: serde_json::Value = serde_json::from_slice(&body).expect("json");
            assert_eq!(v["mentions"].as_array().unwrap().len(), listed, "cap {cap}");
            assert_eq!(v["countries"][0]["id"], "KP", "cap {cap}");
            assert_eq!(
                v["countries"][0]["mentions"], 2,
                "cap {cap}: counts stay exact"
            );
            if listed < 3 {
                assert_eq!(v["mentions_truncated"], true, "cap {cap}");
                assert_eq!(v["mentions_found"], 3, "cap {cap}");
            } else {
                assert!(v.get("mentions_truncated").is_none(), "cap {cap}");
                assert!(v.get("mentions_found").is_none(), "cap {cap}");
            }
        }
    }

    #[test]
    fn enriched_output_properties() {
        let g = gazetteer();
        let data = br#"{"id":"a-1","lang":"de","body":"Nordkorea und Russland"}"#;
        match prepare(
            data,
            &BasicProperties::default(),
            ("news.raw", "article"),
            1 << 20,
            enricher_proto::MAX_MENTIONS,
            &g,
            None,
        ) {
            Prepared::Enriched {
                body,
                properties,
                article,
            } => {
                assert_eq!(
                    properties.message_id().as_ref().map(|s| s.as_str()),
                    Some("a-1")
                );
                assert_eq!(
                    properties.content_type().as_ref().map(|s| s.as_str()),
                    Some("application/json")
                );
                assert_eq!(*properties.delivery_mode(), Some(2));
                let v: serde_json::Value = serde_json::from_slice(&body).expect("json");
                assert_eq!(v["schema"], "news.enriched.v1");
                assert_eq!(v["id"], "a-1");
                assert_eq!(v["article"]["body"], "Nordkorea und Russland");
                let headers = properties.headers().clone().expect("headers");
                for c in &article.countries {
                    assert!(headers.contains_key(&format!("country.{}", c.id)));
                }
            }
            other => panic!("expected an enriched article, got {other:?}"),
        }
    }

    #[test]
    fn tag_headers_name_every_tag() {
        let g = gazetteer();
        let a = Article::decode(br#"{"id":"x","body":"b"}"#, None).expect("article");
        let mut e = enricher_tagger::enrich(&a, &g);
        e.countries = vec![enricher_proto::CountryTag {
            id: "KP".into(),
            name: "North Korea".into(),
            mentions: 1,
            in_title: false,
        }];
        e.organizations = vec![enricher_proto::OrganizationTag {
            id: "kcna".into(),
            name: "KCNA".into(),
            acronym: None,
            kind: "state-media".into(),
            country: Some("KP".into()),
            mentions: 1,
            in_title: false,
        }];
        e.weapons = vec![enricher_proto::WeaponTag {
            id: "missiles".into(),
            name: "Missiles".into(),
            mentions: 2,
            in_title: true,
        }];
        let h = tag_headers(&e);
        let keys: Vec<&str> = h.inner().keys().map(|k| k.as_str()).collect();
        assert_eq!(keys, ["country.KP", "organization.kcna", "weapon.missiles"]);
        assert!(h.inner().values().all(|v| *v == AMQPValue::Boolean(true)));
    }

    #[test]
    fn over_long_id_has_no_message_id_but_still_publishes() {
        let g = gazetteer();
        let id = "x".repeat(300);
        let data = format!(r#"{{"id":"{id}","body":"b"}}"#);
        match prepare(
            data.as_bytes(),
            &BasicProperties::default(),
            ("", ""),
            1 << 20,
            enricher_proto::MAX_MENTIONS,
            &g,
            None,
        ) {
            Prepared::Enriched { properties, .. } => assert!(properties.message_id().is_none()),
            other => panic!("{other:?}"),
        }
    }
}
