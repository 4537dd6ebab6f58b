//! The Prometheus metrics of the service: one [`Registry`] owned by [`Metrics`].
//!
//! Pipeline code calls the methods of [`Metrics`] and never touches prometheus types.
//! Every metric follows Prometheus naming (base units, `_total` counters, `_seconds`
//! histograms) and every label has a closed value set known at start-up: label values
//! come from the code (`reason`, `stage`, `type`) or from the loaded gazetteer
//! (`country`, `category`), never from a message. All label values that can occur are
//! created at start with value 0, so rates and `absent()` work from the first scrape and
//! the number of series is fixed for the life of the process.
//!
//! The full list with meanings is in `docs/operations.md`.

use std::collections::{BTreeMap, HashMap};

use enricher_proto::{DecodeError, EnrichedArticle, EntityType};
use enricher_tagger::Gazetteer;
use prometheus::core::Collector;
use prometheus::{
    Encoder, Histogram, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge,
    IntGaugeVec, Opts, Registry, TextEncoder,
};

/// The `Content-Type` of [`Metrics::encode`]'s output (text exposition format 0.0.4).
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// The `reason` label values of `enricher_publish_failures_total`.
pub const PUBLISH_FAILURE_REASONS: [&str; 4] = ["nack", "returned", "timeout", "channel_closed"];

/// The `type` label values of `enricher_gazetteer_entries` (one per gazetteer file),
/// always exposed, 0 when the gazetteer has none of that type.
pub const GAZETTEER_ENTRY_TYPES: [&str; 4] = ["country", "organization", "weapon", "region"];

/// The label value that stands for any value outside a pre-initialised set.
///
/// Only reachable through a bug (a tag id the gazetteer did not declare, a reason not in
/// the list); counting it under `other` keeps the series bounded and makes the bug visible.
pub const OTHER_LABEL: &str = "other";

/// Upper bounds of the `enricher_stage_duration_seconds` buckets: 10 µs to 10 s.
/// Decoding and tagging a typical 3-5 KB article take some 5 to 50 µs (matching runs at
/// about 150 MB/s, shared/design/measured-facts.md), longer articles milliseconds;
/// publish confirms take milliseconds and grow to seconds only when the broker is in
/// trouble.
const STAGE_BUCKETS: [f64; 19] = [
    0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
    0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// Upper bounds of the `enricher_delivery_latency_seconds` buckets: 0.5 ms to 10 s, dense
/// around the targets (p50 under 3 ms, p99 under 20 ms on a classic queue and 50 ms on a
/// quorum queue at half load; BENCHMARKS.md).
const LATENCY_BUCKETS: [f64; 16] = [
    0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
    10.0,
];

/// Upper bounds of the `enricher_article_size_bytes` buckets: 256 B to 4 MiB (the default
/// size limit is 1 MiB; larger messages are dead-lettered but still observed).
const SIZE_BUCKETS: [f64; 9] = [
    256.0, 1024.0, 4096.0, 16384.0, 65536.0, 262144.0, 1048576.0, 2097152.0, 4194304.0,
];

/// A timed stage of the pipeline (the `stage` label of `enricher_stage_duration_seconds`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Bytes to a validated `Article` (`Article::decode`, size check included).
    Decode,
    /// `enricher_tagger::enrich` and serialising the output.
    Tag,
    /// From the output publish to its broker confirm.
    PublishConfirm,
}

impl Stage {
    /// Every stage, in pipeline order.
    pub const ALL: [Stage; 3] = [Stage::Decode, Stage::Tag, Stage::PublishConfirm];

    /// The label value: `decode`, `tag` or `publish_confirm`.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Decode => "decode",
            Stage::Tag => "tag",
            Stage::PublishConfirm => "publish_confirm",
        }
    }

    fn index(self) -> usize {
        match self {
            Stage::Decode => 0,
            Stage::Tag => 1,
            Stage::PublishConfirm => 2,
        }
    }
}

/// Why the service is not ready to take traffic (the body of a 503 from `/readyz`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotReady {
    /// No open connection to the broker.
    BrokerDisconnected,
    /// Connected, but no consumer is running on the input queue.
    NotConsuming,
}

impl NotReady {
    /// A short human-readable reason.
    pub fn as_str(self) -> &'static str {
        match self {
            NotReady::BrokerDisconnected => "broker not connected",
            NotReady::NotConsuming => "not consuming",
        }
    }
}

impl std::fmt::Display for NotReady {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether the service is connected and consuming: a cheap clonable view of
/// [`Metrics::readiness`] for tests and start-up code.
#[derive(Debug, Clone)]
pub struct Readiness(tokio::sync::watch::Receiver<bool>);

impl Readiness {
    /// `true` while connected and consuming.
    pub fn is_ready(&self) -> bool {
        *self.0.borrow()
    }

    /// Waits until the service is connected and consuming.
    pub async fn wait_ready(&mut self) {
        let _ = self.0.wait_for(|ready| *ready).await;
    }

    /// Waits until the service is not consuming (connection lost or shutting down).
    pub async fn wait_not_ready(&mut self) {
        let _ = self.0.wait_for(|ready| !*ready).await;
    }
}

/// The label sets that a gazetteer bounds: which countries and weapon categories can
/// ever be a label value, and how many entries each entity type has.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GazetteerLabels {
    /// Country ids (ISO 3166-1 alpha-2).
    pub countries: Vec<String>,
    /// Weapon category ids (the 14 of the contract).
    pub weapon_categories: Vec<String>,
    /// Entries per entity type (`country`, `organization`, `weapon`, `region`).
    pub entries: BTreeMap<String, usize>,
    /// The gazetteer's content hash (`sha256:<hex>`).
    pub hash: String,
}

impl GazetteerLabels {
    /// Reads the label sets of `gazetteer`: its country ids, its weapon category ids,
    /// its entries per type and its content hash.
    pub fn from_gazetteer(gazetteer: &Gazetteer) -> GazetteerLabels {
        GazetteerLabels {
            countries: gazetteer
                .country_ids()
                .into_iter()
                .map(str::to_owned)
                .collect(),
            weapon_categories: gazetteer
                .weapon_category_ids()
                .into_iter()
                .map(str::to_owned)
                .collect(),
            entries: gazetteer.stats().entries,
            hash: gazetteer.content_hash().to_owned(),
        }
    }
}

/// All metrics of one service instance.
///
/// Cheap to call from many tasks at once (every method takes `&self`; counters are
/// atomics). Share it behind an `Arc`.
#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
    consumed: IntCounter,
    published: IntCounter,
    redelivered: IntCounter,
    dead_lettered: IntCounterVec,
    publish_failures: IntCounterVec,
    stage_durations: [Histogram; 3],
    delivery_latency: Histogram,
    article_size: Histogram,
    mentions: [IntCounter; 3],
    docs_by_weapon_category: LabelledCounters,
    docs_by_country: LabelledCounters,
    in_flight: IntGauge,
    broker_connected: IntGauge,
    broker_reconnects: IntCounter,
    broker_blocked: IntGauge,
    consuming: IntGauge,
    gazetteer_entries: IntGaugeVec,
    gazetteer_info: IntGaugeVec,
    gazetteer_reloads: IntCounterVec,
    /// [`Metrics::readiness`] after every change of `broker_connected` or `consuming`;
    /// receivers are the [`Readiness`] views (tests, start-up code).
    ready: tokio::sync::watch::Sender<bool>,
}

/// One counter per value of a closed label set, looked up without hashing labels into
/// prometheus' map on every call, with [`OTHER_LABEL`] for anything outside the set.
#[derive(Debug)]
struct LabelledCounters {
    by_value: HashMap<String, IntCounter>,
    other: IntCounter,
}

impl LabelledCounters {
    fn new(vec: &IntCounterVec, values: &[String]) -> LabelledCounters {
        let by_value = values
            .iter()
            .map(|v| (v.clone(), vec.with_label_values(&[v.as_str()])))
            .collect();
        LabelledCounters {
            by_value,
            other: vec.with_label_values(&[OTHER_LABEL]),
        }
    }

    fn inc(&self, value: &str) {
        self.by_value.get(value).unwrap_or(&self.other).inc();
    }
}

fn counter(registry: &Registry, name: &str, help: &str) -> IntCounter {
    let c = IntCounter::new(name, help).expect("valid metric name");
    register(registry, c.clone());
    c
}

fn counter_vec(registry: &Registry, name: &str, help: &str, label: &str) -> IntCounterVec {
    let c = IntCounterVec::new(Opts::new(name, help), &[label]).expect("valid metric name");
    register(registry, c.clone());
    c
}

fn gauge(registry: &Registry, name: &str, help: &str) -> IntGauge {
    let g = IntGauge::new(name, help).expect("valid metric name");
    register(registry, g.clone());
    g
}

fn gauge_vec(registry: &Registry, name: &str, help: &str, label: &str) -> IntGaugeVec {
    let g = IntGaugeVec::new(Opts::new(name, help), &[label]).expect("valid metric name");
    register(registry, g.clone());
    g
}

/// Registers a collector built in this file. Names are constants and unique, so a failure
/// is a programming error caught by every test.
fn register(registry: &Registry, collector: impl Collector + 'static) {
    registry
        .register(Box::new(collector))
        .expect("metric names are unique");
}

impl Metrics {
    /// Creates the registry, registers every metric and pre-initialises the bounded
    /// label sets (dead-letter reasons, publish failure reasons, stages, entity types,
    /// the gazetteer's countries and weapon categories) at 0.
    ///
    /// # Panics
    ///
    /// Never for a valid gazetteer: metric names are constants.
    pub fn new(gazetteer: &Gazetteer) -> Metrics {
        Metrics::with_labels(&GazetteerLabels::from_gazetteer(gazetteer))
    }

    /// As [`Metrics::new`], from label sets given directly (for tests and tools).
    pub fn with_labels(labels: &GazetteerLabels) -> Metrics {
        let registry = Registry::new();
        let r = &registry;

        let consumed = counter(
            r,
            "enricher_messages_consumed_total",
            "Deliveries received from the input queue (redeliveries included).",
        );
        let published = counter(
            r,
            "enricher_messages_published_total",
            "Enriched articles published and confirmed by the broker.",
        );
        let redelivered = counter(
            r,
            "enricher_messages_redelivered_total",
            "Deliveries received with the redelivered flag set (also counted in consumed).",
        );
        let dead_lettered = counter_vec(
            r,
            "enricher_messages_dead_lettered_total",
            "Messages that can never be enriched, published to the dead-letter queue and \
             confirmed, by reason.",
            "reason",
        );
        for reason in DecodeError::REASONS {
            dead_lettered.with_label_values(&[reason]);
        }
        let publish_failures = counter_vec(
            r,
            "enricher_publish_failures_total",
            "Publishes (output or dead letter) not confirmed; the input is left for redelivery.",
            "reason",
        );
        for reason in PUBLISH_FAILURE_REASONS {
            publish_failures.with_label_values(&[reason]);
        }

        let stage_vec = HistogramVec::new(
            HistogramOpts::new(
                "enricher_stage_duration_seconds",
                "Time spent in each pipeline stage per message.",
            )
            .buckets(STAGE_BUCKETS.to_vec()),
            &["stage"],
        )
        .expect("valid metric name");
        register(r, stage_vec.clone());
        let stage_durations = Stage::ALL.map(|s| stage_vec.with_label_values(&[s.as_str()]));

        let delivery_latency = Histogram::with_opts(
            HistogramOpts::new(
                "enricher_delivery_latency_seconds",
                "From a delivery's arrival to the broker's confirm of its output (or dead \
                 letter): the service's share of an article's latency.",
            )
            .buckets(LATENCY_BUCKETS.to_vec()),
        )
        .expect("valid metric name");
        register(r, delivery_latency.clone());

        let article_size = Histogram::with_opts(
            HistogramOpts::new(
                "enricher_article_size_bytes",
                "Size of each delivery's body in bytes.",
            )
            .buckets(SIZE_BUCKETS.to_vec()),
        )
        .expect("valid metric name");
        register(r, article_size.clone());

        let mentions_vec = counter_vec(
            r,
            "enricher_mentions_total",
            "Entity mentions in published articles, by entity type.",
            "type",
        );
        let mentions = [
            EntityType::Country,
            EntityType::Organization,
            EntityType::Weapon,
        ]
        .map(|t| mentions_vec.with_label_values(&[t.as_str()]));

        let weapon_vec = counter_vec(
            r,
            "enricher_documents_by_weapon_category_total",
            "Published articles that mention each weapon category.",
            "category",
        );
        let docs_by_weapon_category = LabelledCounters::new(&weapon_vec, &labels.weapon_categories);
        let country_vec = counter_vec(
            r,
            "enricher_documents_by_country_total",
            "Published articles that mention each country.",
            "country",
        );
        let docs_by_country = LabelledCounters::new(&country_vec, &labels.countries);

        let in_flight = gauge(
            r,
            "enricher_in_flight_deliveries",
            "Deliveries received and not yet acked (being processed or awaiting a confirm).",
        );
        let broker_connected = gauge(
            r,
            "enricher_broker_connected",
            "1 while the AMQP connection to the broker is open, else 0.",
        );
        let broker_reconnects = counter(
            r,
            "enricher_broker_reconnects_total",
            "Reconnection attempts to the broker after a lost connection.",
        );
        let broker_blocked = gauge(
            r,
            "enricher_broker_blocked",
            "1 while the broker blocks publishing (connection.blocked: memory or disk alarm).",
        );
        let consuming = gauge(
            r,
            "enricher_consuming",
            "1 while a consumer is running on the input queue, else 0.",
        );

        let entries = gauge_vec(
            r,
            "enricher_gazetteer_entries",
            "Entries in the loaded gazetteer, by entity type.",
            "type",
        );
        let info = gauge_vec(
            r,
            "enricher_gazetteer_info",
            "Always 1; the hash label identifies the loaded gazetteer's content (changes on reload).",
            "hash",
        );
        set_gazetteer(&entries, &info, labels);
        let gazetteer_reloads = counter_vec(
            r,
            "enricher_gazetteer_reloads_total",
            "Gazetteer reloads (SIGHUP) by result: success, or failure (the old one keeps serving).",
            "result",
        );
        for result in ["success", "failure"] {
            gazetteer_reloads.with_label_values(&[result]);
        }
        let build = gauge_vec(
            r,
            "enricher_build_info",
            "Always 1; the version label is the enricher's version.",
            "version",
        );
        build.with_label_values(&[env!("CARGO_PKG_VERSION")]).set(1);

        register_process_collector(r);

        Metrics {
            registry,
            consumed,
            published,
            redelivered,
            dead_lettered,
            publish_failures,
            stage_durations,
            delivery_latency,
            article_size,
            mentions,
            docs_by_weapon_category,
            docs_by_country,
            in_flight,
            broker_connected,
            broker_reconnects,
            broker_blocked,
            consuming,
            gazetteer_entries: entries,
            gazetteer_info: info,
            gazetteer_reloads,
            ready: tokio::sync::watch::Sender::new(false),
        }
    }

    /// The registry holding every metric of this instance.
    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    /// The current values in the Prometheus text exposition format 0.0.4
    /// (content type [`CONTENT_TYPE`]).
    pub fn encode(&self) -> String {
        let mut buf = Vec::new();
        // Encoding into a Vec fails only for invalid metric families, which the
        // constant names and label sets above rule out.
        if let Err(err) = TextEncoder::new().encode(&self.registry.gather(), &mut buf) {
            tracing::error!(error = %err, "encoding metrics failed");
        }
        String::from_utf8(buf).unwrap_or_default()
    }

    /// A delivery arrived from the input queue: counts it as consumed (and redelivered
    /// when the broker says so) and observes its body size.
    pub fn delivery_received(&self, bytes: usize, redelivered: bool) {
        self.consumed.inc();
        if redelivered {
            self.redelivered.inc();
        }
        self.article_size.observe(bytes as f64);
    }

    /// One message spent `seconds` in `stage`.
    pub fn stage_duration(&self, stage: Stage, seconds: f64) {
        self.stage_durations[stage.index()].observe(seconds);
    }

    /// The output (or dead letter) of a delivery that arrived `seconds` ago is confirmed.
    pub fn delivery_confirmed(&self, seconds: f64) {
        self.delivery_latency.observe(seconds);
    }

    /// Counts the tags of an article that is about to be published: its mentions by
    /// entity type (from the tag counts, exact also when the mention list was cut), and
    /// one document for each weapon category and each country it names.
    pub fn article_tagged(&self, article: &EnrichedArticle) {
        let sum = |counts: &mut dyn Iterator<Item = u32>| counts.map(u64::from).sum::<u64>();
        let by_type = [
            sum(&mut article.countries.iter().map(|t| t.mentions)),
            sum(&mut article.organizations.iter().map(|t| t.mentions)),
            sum(&mut article.weapons.iter().map(|t| t.mentions)),
        ];
        for (counter, n) in self.mentions.iter().zip(by_type) {
            if n > 0 {
                counter.inc_by(n);
            }
        }
        for w in &article.weapons {
            self.docs_by_weapon_category.inc(&w.id);
        }
        for c in &article.countries {
            self.docs_by_country.inc(&c.id);
        }
    }

    /// An enriched article was published and confirmed.
    pub fn published(&self) {
        self.published.inc();
    }

    /// A message was published to the dead-letter queue and confirmed. `reason` is a
    /// `DecodeError::reason()` value (a closed set).
    pub fn dead_lettered(&self, reason: &'static str) {
        self.dead_lettered.with_label_values(&[reason]).inc();
    }

    /// A publish was not confirmed: `"nack"`, `"returned"`, `"timeout"` or
    /// `"channel_closed"`. Any other value is counted as [`OTHER_LABEL`].
    pub fn publish_failed(&self, reason: &'static str) {
        let reason = if PUBLISH_FAILURE_REASONS.contains(&reason) {
            reason
        } else {
            OTHER_LABEL
        };
        self.publish_failures.with_label_values(&[reason]).inc();
    }

    /// Deliveries in flight changed by `delta` (+1 on receipt, -1 on ack or nack).
    pub fn in_flight_add(&self, delta: i64) {
        self.in_flight.add(delta);
    }

    /// The broker connection opened (`true`) or was lost (`false`).
    pub fn connection_up(&self, up: bool) {
        self.broker_connected.set(i64::from(up));
        self.ready.send_replace(self.readiness().is_ok());
    }

    /// A reloaded gazetteer replaced the old one: `enricher_gazetteer_info` now carries
    /// only the new hash and `enricher_gazetteer_entries` the new counts. (The country
    /// and weapon-category label sets stay those of the start-up gazetteer, so the
    /// series stay bounded; ids that are new count under `other`.)
    pub fn gazetteer_reloaded(&self, labels: &GazetteerLabels) {
        set_gazetteer(&self.gazetteer_entries, &self.gazetteer_info, labels);
        self.gazetteer_reloads.with_label_values(&["success"]).inc();
    }

    /// A reload was refused; the loaded gazetteer keeps serving.
    pub fn gazetteer_reload_failed(&self) {
        self.gazetteer_reloads.with_label_values(&["failure"]).inc();
    }

    /// A reconnection attempt started.
    pub fn reconnect(&self) {
        self.broker_reconnects.inc();
    }

    /// The broker blocked (`true`) or unblocked (`false`) publishing on the connection.
    pub fn blocked(&self, blocked: bool) {
        self.broker_blocked.set(i64::from(blocked));
    }

    /// A consumer on the input queue started (`true`) or stopped (`false`).
    pub fn consuming(&self, consuming: bool) {
        self.consuming.set(i64::from(consuming));
        self.ready.send_replace(self.readiness().is_ok());
    }

    /// A view of [`Metrics::readiness`] that can be awaited. Readiness has this one
    /// source: the `enricher_broker_connected` and `enricher_consuming` gauges, which
    /// `/readyz` reads too.
    pub fn readiness_view(&self) -> Readiness {
        Readiness(self.ready.subscribe())
    }

    /// Whether the service should get traffic (`/readyz`): the broker connection is up
    /// and a consumer is running.
    ///
    /// # Errors
    ///
    /// [`NotReady`] saying which condition fails.
    pub fn readiness(&self) -> Result<(), NotReady> {
        if self.broker_connected.get() == 0 {
            Err(NotReady::BrokerDisconnected)
        } else if self.consuming.get() == 0 {
            Err(NotReady::NotConsuming)
        } else {
            Ok(())
        }
    }
}

/// Sets the entries per type (every type of [`GAZETTEER_ENTRY_TYPES`], 0 when absent) and
/// the one `hash` series of the info gauge.
fn set_gazetteer(entries: &IntGaugeVec, info: &IntGaugeVec, labels: &GazetteerLabels) {
    for kind in GAZETTEER_ENTRY_TYPES {
        let n = labels.entries.get(kind).copied().unwrap_or(0);
        entries.with_label_values(&[kind]).set(saturating_i64(n));
    }
    for (kind, n) in &labels.entries {
        entries
            .with_label_values(&[kind.as_str()])
            .set(saturating_i64(*n));
    }
    info.reset();
    info.with_label_values(&[labels.hash.as_str()]).set(1);
}

fn saturating_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// `process_cpu_seconds_total`, `process_resident_memory_bytes`, open fds, ... (Linux only;
/// elsewhere the process metrics are simply absent).
#[cfg(target_os = "linux")]
fn register_process_collector(registry: &Registry) {
    register(
        registry,
        prometheus::process_collector::ProcessCollector::for_self(),
    );
}

#[cfg(not(target_os = "linux"))]
fn register_process_collector(_registry: &Registry) {}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::collections::HashSet;

    use enricher_proto::{CountryTag, EnricherInfo, Field, Mention, WeaponTag};
    use prometheus::proto::MetricType;

    use super::*;

    /// The label sets of the builtin (full) gazetteer, built once for all tests.
    fn labels() -> GazetteerLabels {
        static LABELS: std::sync::OnceLock<GazetteerLabels> = std::sync::OnceLock::new();
        LABELS
            .get_or_init(|| GazetteerLabels::from_gazetteer(&Gazetteer::builtin().unwrap()))
            .clone()
    }

    /// The value of the sample `name{labels}` in an exposition, if present.
    fn sample(exposition: &str, series: &str) -> Option<f64> {
        exposition.lines().find_map(|line| {
            let (key, value) = line.rsplit_once(' ')?;
            (key == series).then(|| value.parse().ok()).flatten()
        })
    }

    fn mention(entity_type: EntityType, id: &str) -> Mention {
        Mention {
            entity_type,
            id: id.into(),
            field: Field::Body,
            start: 0,
            end: 1,
            char_start: 0,
            char_end: 1,
            text: "x".into(),
            term: None,
        }
    }

    fn article(countries: &[&str], weapons: &[&str], mentions: Vec<Mention>) -> EnrichedArticle {
        EnrichedArticle {
            schema: enricher_proto::ENRICHED_SCHEMA.into(),
            id: "a".into(),
            article: enricher_proto::RawJson::from_json("{}").unwrap(),
            language: "de".into(),
            countries: countries
                .iter()
                .map(|c| CountryTag {
                    id: (*c).into(),
                    name: "".into(),
                    mentions: 1,
                    in_title: false,
                })
                .collect(),
            organizations: vec![],
            weapons: weapons
                .iter()
                .map(|w| WeaponTag {
                    id: (*w).into(),
                    name: "".into(),
                    mentions: 1,
                    in_title: false,
                })
                .collect(),
            mentions,
            mentions_truncated: false,
            mentions_found: None,
            enricher: EnricherInfo {
                version: "0".into(),
                gazetteer: "sha256:test".into(),
                processed_at: "2026-01-01T00:00:00Z".into(),
            },
        }
    }

    #[test]
    fn builtin_label_sets_are_bounded_and_complete() {
        let labels = labels();
        let countries: HashSet<_> = labels.countries.iter().collect();
        assert_eq!(
            countries.len(),
            labels.countries.len(),
            "no duplicate countries"
        );
        assert!(
            (240..=260).contains(&countries.len()),
            "about 250 countries, got {}",
            countries.len()
        );
        for c in &labels.countries {
            assert!(
                c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()),
                "{c}"
            );
        }
        for c in ["KP", "DE", "US", "XK"] {
            assert!(countries.contains(&c.to_string()), "{c}");
        }
        assert_eq!(labels.weapon_categories.len(), 14);
        assert!(labels.weapon_categories.iter().any(|c| c == "arms-general"));
        for kind in GAZETTEER_ENTRY_TYPES {
            assert!(
                labels.entries.get(kind).copied().unwrap_or(0) > 0,
                "{kind} entries"
            );
        }
        assert_eq!(labels.entries["country"], labels.countries.len());
        assert!(labels.hash.starts_with("sha256:"), "{}", labels.hash);
    }

    #[test]
    fn series_stay_under_one_thousand_with_a_full_gazetteer() {
        let metrics = Metrics::with_labels(&labels());
        let series: usize = metrics
            .registry()
            .gather()
            .iter()
            .map(|family| match family.get_field_type() {
                // One series per bucket (plus +Inf), plus _sum and _count.
                MetricType::HISTOGRAM => family
                    .get_metric()
                    .iter()
                    .map(|m| m.get_histogram().get_bucket().len() + 3)
                    .sum(),
                _ => family.get_metric().len(),
            })
            .sum();
        // Also count from the exposition itself: every non-comment line is one series.
        let lines = metrics
            .encode()
            .lines()
            .filter(|l| !l.starts_with('#'))
            .count();
        assert_eq!(series, lines);
        assert!(
            series > 250,
            "countries are pre-initialised ({series} series)"
        );
        assert!(series < 1000, "{series} series");
    }

    #[test]
    fn names_follow_prometheus_conventions() {
        let metrics = Metrics::with_labels(&labels());
        for family in metrics.registry().gather() {
            let name = family.name();
            assert!(
                name.starts_with("enricher_") || name.starts_with("process_"),
                "{name}"
            );
            match family.get_field_type() {
                MetricType::COUNTER => assert!(name.ends_with("_total"), "{name}"),
                MetricType::HISTOGRAM => {
                    assert!(
                        name.ends_with("_seconds") || name.ends_with("_bytes"),
                        "{name}"
                    )
                }
                _ => assert!(!name.ends_with("_total"), "{name}"),
            }
            assert!(!family.help().is_empty(), "{name} has help");
        }
    }

    #[test]
    fn bounded_label_sets_start_at_zero() {
        let text = Metrics::with_labels(&labels()).encode();
        let mut rows: Vec<String> = DecodeError::REASONS
            .iter()
            .map(|r| format!("enricher_messages_dead_lettered_total{{reason=\"{r}\"}}"))
            .collect();
        rows.extend(
            PUBLISH_FAILURE_REASONS
                .iter()
                .map(|r| format!("enricher_publish_failures_total{{reason=\"{r}\"}}")),
        );
        rows.extend(Stage::ALL.iter().map(|s| {
            format!(
                "enricher_stage_duration_seconds_count{{stage=\"{}\"}}",
                s.as_str()
            )
        }));
        rows.extend(
            ["country", "organization", "weapon"]
                .iter()
                .map(|t| format!("enricher_mentions_total{{type=\"{t}\"}}")),
        );
        rows.push("enricher_documents_by_country_total{country=\"KP\"}".into());
        rows.push("enricher_documents_by_country_total{country=\"other\"}".into());
        rows.push("enricher_documents_by_weapon_category_total{category=\"arms-general\"}".into());
        rows.push("enricher_messages_consumed_total".into());
        rows.push("enricher_in_flight_deliveries".into());
        for row in rows {
            assert_eq!(sample(&text, &row), Some(0.0), "{row}");
        }
        let ones = [
            format!("enricher_gazetteer_info{{hash=\"{}\"}}", labels().hash),
            format!(
                "enricher_build_info{{version=\"{}\"}}",
                env!("CARGO_PKG_VERSION")
            ),
        ];
        for row in ones {
            assert_eq!(sample(&text, &row), Some(1.0), "{row}");
        }
        for (kind, n) in &labels().entries {
            let series = format!("enricher_gazetteer_entries{{type=\"{kind}\"}}");
            assert_eq!(sample(&text, &series), Some(*n as f64), "{series}");
        }
        for country in &labels().countries {
            let series = format!("enricher_documents_by_country_total{{country=\"{country}\"}}");
            assert_eq!(sample(&text, &series), Some(0.0), "{series}");
        }
    }

    #[test]
    fn methods_move_their_metrics() {
        let m = Metrics::with_labels(&labels());
        m.delivery_received(100, false);
        m.delivery_received(5000, true);
        m.stage_duration(Stage::PublishConfirm, 0.003);
        m.published();
        m.dead_lettered("invalid_json");
        m.publish_failed("timeout");
        m.publish_failed("something-new");
        m.in_flight_add(3);
        m.in_flight_add(-1);
        m.reconnect();
        m.blocked(true);
        m.article_tagged(&article(
            &["KP", "ZZ"],
            &["missiles", "nuclear"],
            vec![
                mention(EntityType::Country, "KP"),
                mention(EntityType::Country, "KP"),
                mention(EntityType::Weapon, "missiles"),
                mention(EntityType::Organization, "kcna"),
            ],
        ));
        let text = m.encode();
        let cases: &[(&str, f64)] = &[
            ("enricher_messages_consumed_total", 2.0),
            ("enricher_messages_redelivered_total", 1.0),
            ("enricher_article_size_bytes_count", 2.0),
            ("enricher_article_size_bytes_sum", 5100.0),
            ("enricher_article_size_bytes_bucket{le=\"256\"}", 1.0),
            (
                "enricher_stage_duration_seconds_count{stage=\"publish_confirm\"}",
                1.0,
            ),
            (
                "enricher_stage_duration_seconds_bucket{stage=\"publish_confirm\",le=\"0.0025\"}",
                0.0,
            ),
            (
                "enricher_stage_duration_seconds_bucket{stage=\"publish_confirm\",le=\"0.005\"}",
                1.0,
            ),
            (
                "enricher_stage_duration_seconds_count{stage=\"decode\"}",
                0.0,
            ),
            ("enricher_messages_published_total", 1.0),
            (
                "enricher_messages_dead_lettered_total{reason=\"invalid_json\"}",
                1.0,
            ),
            (
                "enricher_messages_dead_lettered_total{reason=\"missing_body\"}",
                0.0,
            ),
            ("enricher_publish_failures_total{reason=\"timeout\"}", 1.0),
            ("enricher_publish_failures_total{reason=\"other\"}", 1.0),
            ("enricher_in_flight_deliveries", 2.0),
            ("enricher_broker_reconnects_total", 1.0),
            ("enricher_broker_blocked", 1.0),
            // From the tag counts (exact also when the mention list is cut): the
            // helper gives each tag one mention, and there is no organization tag.
            ("enricher_mentions_total{type=\"country\"}", 2.0),
            ("enricher_mentions_total{type=\"organization\"}", 0.0),
            ("enricher_mentions_total{type=\"weapon\"}", 2.0),
            ("enricher_documents_by_country_total{country=\"KP\"}", 1.0),
            (
                "enricher_documents_by_country_total{country=\"other\"}",
                1.0,
            ),
            (
                "enricher_documents_by_weapon_category_total{category=\"missiles\"}",
                1.0,
            ),
            (
                "enricher_documents_by_weapon_category_total{category=\"nuclear\"}",
                1.0,
            ),
            (
                "enricher_documents_by_weapon_category_total{category=\"drones\"}",
                0.0,
            ),
        ];
        for (series, want) in cases {
            assert_eq!(sample(&text, series), Some(*want), "{series}");
        }
        assert!(
            !text.contains("country=\"ZZ\""),
            "unknown ids never become labels"
        );
    }

    #[test]
    fn readiness_needs_connection_and_consumer() {
        let cases = [
            (false, false, Err(NotReady::BrokerDisconnected)),
            (false, true, Err(NotReady::BrokerDisconnected)),
            (true, false, Err(NotReady::NotConsuming)),
            (true, true, Ok(())),
        ];
        for (connected, consuming, want) in cases {
            let m = Metrics::with_labels(&labels());
            m.connection_up(connected);
            m.consuming(consuming);
            assert_eq!(
                m.readiness(),
                want,
                "connected={connected} consuming={consuming}"
            );
        }
    }

    #[test]
    fn new_reads_the_gazetteer() {
        let gazetteer = Gazetteer::builtin().unwrap();
        let text = Metrics::new(&gazetteer).encode();
        let info = format!(
            "enricher_gazetteer_info{{hash=\"{}\"}}",
            gazetteer.content_hash()
        );
        assert_eq!(sample(&text, &info), Some(1.0), "{info}");
        assert_eq!(
            sample(
                &text,
                "enricher_documents_by_weapon_category_total{category=\"missiles\"}"
            ),
            Some(0.0)
        );
    }
}
