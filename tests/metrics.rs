//! Telemetry tests: the exposition as Prometheus tools see it, the deploy/ files that
//! depend on metric names, and (with the broker) counters that add up.
//!
//! Needs Debian's `prometheus` package (`prometheus` and `promtool` on PATH); tests that
//! need a missing binary fail and name it.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::http_get;
use enricher::telemetry::{http, Metrics, Stage};
use enricher_tagger::Gazetteer;
use tokio_util::sync::CancellationToken;

// ---------------------------------------------------------------------------------------
// helpers

/// The repository root (this file is `tests/metrics.rs` of `services/enricher`'s package).
fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn deploy(path: &str) -> PathBuf {
    repo_root().join("deploy").join(path)
}

/// The full path of `name` on PATH, or a panic that says what to install.
fn require_binary(name: &str) -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| {
            panic!(
                "required binary `{name}` not found on PATH: install Debian's `prometheus` \
                 package (apt-get install -y prometheus), which provides `prometheus` and `promtool`"
            )
        })
}

/// Runs promtool with `args` (and `stdin`, if given) in `dir`; panics with its output
/// unless it exits 0.
fn promtool(dir: &Path, args: &[&str], stdin: Option<&str>) -> String {
    let mut child = Command::new(require_binary("promtool"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("promtool starts");
    {
        let mut input = child.stdin.take().expect("stdin is piped");
        if let Some(text) = stdin {
            input
                .write_all(text.as_bytes())
                .expect("write promtool stdin");
        }
    }
    let out = child.wait_with_output().expect("promtool runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "promtool {args:?} failed ({}):\n{text}",
        out.status
    );
    text
}

/// A unique scratch directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!(
            "enricher-{tag}-{}-{:016x}",
            std::process::id(),
            fastrand::u64(..)
        ));
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A child process killed (and reaped) on drop, so a failing test leaves nothing behind.
struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("bind an ephemeral port")
        .port()
}

fn metrics() -> Arc<Metrics> {
    Arc::new(Metrics::new(
        &Gazetteer::builtin().expect("builtin gazetteer loads"),
    ))
}

/// The sample names in an exposition (`enricher_x_bucket`, `process_cpu_seconds_total`...).
fn sample_names(exposition: &str) -> BTreeSet<String> {
    exposition
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .filter_map(|line| line.split(['{', ' ']).next())
        .map(str::to_string)
        .collect()
}

/// Metric names that deploy/ may use although the enricher does not export them.
const EXTERNAL_METRICS: [&str; 2] = [
    "up",                            // Prometheus' own, one per scrape target
    "rabbitmq_queue_messages_ready", // RabbitMQ's exporter (port 15692, per-object metrics)
];

/// The metric names a PromQL expression selects.
///
/// Good enough for the expressions in deploy/: drops strings, label matchers, ranges and
/// grouping label lists, then keeps every identifier that is not a function call, a
/// keyword or part of a number or duration.
fn promql_metric_names(expr: &str) -> BTreeSet<String> {
    // Strings first (they may contain braces), then matchers and ranges.
    let mut text = String::new();
    let mut quote = None;
    for c in expr.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' || c == '`' => quote = Some(c),
            None => text.push(c),
        }
    }
    let text = strip_between(&text, '{', '}');
    let text = strip_between(&text, '[', ']');
    const GROUPING: [&str; 6] = [
        "by",
        "without",
        "on",
        "ignoring",
        "group_left",
        "group_right",
    ];
    const KEYWORDS: [&str; 8] = [
        "and", "or", "unless", "offset", "bool", "inf", "nan", "atan2",
    ];
    // Aggregations may put their grouping before the parenthesis: `sum by (a) (x)`.
    const AGGREGATIONS: [&str; 12] = [
        "sum",
        "min",
        "max",
        "avg",
        "group",
        "stddev",
        "stdvar",
        "count",
        "count_values",
        "bottomk",
        "topk",
        "quantile",
    ];

    let chars: Vec<char> = text.chars().collect();
    let mut names = BTreeSet::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() || c == '.' {
            // A number or a duration (`0.99`, `1e3`, `10m`): skip it whole.
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '.') {
                i += 1;
            }
            continue;
        }
        if !(c.is_ascii_alphabetic() || c == '_' || c == ':') {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (chars[i].is_ascii_alphanumeric() || chars[i] == '_' || chars[i] == ':')
        {
            i += 1;
        }
        let word: String = chars[start..i].iter().collect();
        let mut next = i;
        while next < chars.len() && chars[next].is_whitespace() {
            next += 1;
        }
        let call = chars.get(next) == Some(&'(');
        if GROUPING.contains(&word.as_str()) {
            if call {
                // Skip the label list `(a, b)`.
                while next < chars.len() && chars[next] != ')' {
                    next += 1;
                }
                i = next + 1;
            }
            continue;
        }
        let lower = word.to_ascii_lowercase();
        if call || KEYWORDS.contains(&lower.as_str()) || AGGREGATIONS.contains(&lower.as_str()) {
            continue;
        }
        names.insert(word);
    }
    names
}

fn strip_between(text: &str, open: char, close: char) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        if c == open {
            depth += 1;
        } else if c == close && depth > 0 {
            depth -= 1;
        } else if depth == 0 {
            out.push(c);
        }
    }
    out
}

#[test]
fn promql_metric_names_finds_the_selected_metrics() {
    let cases: &[(&str, &str, &[&str])] = &[
        ("bare", "up", &["up"]),
        ("matcher", r#"up{job="enricher"} == 0"#, &["up"]),
        (
            "rate by",
            r#"sum by (reason) (rate(enricher_messages_dead_lettered_total{job="$job"}[$__rate_interval]))"#,
            &["enricher_messages_dead_lettered_total"],
        ),
        (
            "quantile",
            r#"histogram_quantile(0.99, sum by (job, le) (rate(x_bucket{stage="a}b"}[5m]))) > 0.5"#,
            &["x_bucket"],
        ),
        (
            "and on offset",
            "(a > 1000 and deriv(b[10m]) > 0) and on () (sum(rate(c[10m])) <= 1.1 * sum(rate(c[10m] offset 10m)))",
            &["a", "b", "c"],
        ),
        ("or absent", "up == 0 or absent(up)", &["up"]),
        ("grouping modifier", "a * on (instance) group_left (version) b", &["a", "b"]),
        ("scientific number", "a > 1e3", &["a"]),
        ("topk", "topk(10, sum by (country) (rate(d[5m])))", &["d"]),
        ("no metric", "vector(1)", &[]),
    ];
    for (name, expr, want) in cases {
        let got = promql_metric_names(expr);
        let want: BTreeSet<String> = want.iter().map(|s| s.to_string()).collect();
        assert_eq!(got, want, "row {name}: {expr}");
    }
}

/// Checks that every metric an expression selects is exported (or known external).
fn assert_exported(what: &str, expr: &str, exported: &BTreeSet<String>) {
    let names = promql_metric_names(expr);
    assert!(!names.is_empty(), "{what}: no metric found in {expr:?}");
    for name in names {
        assert!(
            exported.contains(&name) || EXTERNAL_METRICS.contains(&name.as_str()),
            "{what}: `{name}` is not in the exposition (expr: {expr})"
        );
    }
}

// ---------------------------------------------------------------------------------------
// the exposition

#[tokio::test]
async fn promtool_accepts_the_served_exposition() {
    let m = metrics();
    // Touch every kind of metric so that no family is exposed only at its zero state.
    m.delivery_received(4096, true);
    m.stage_duration(Stage::Decode, 0.0001);
    m.stage_duration(Stage::Tag, 0.002);
    m.stage_duration(Stage::PublishConfirm, 0.004);
    m.published();
    m.dead_lettered("invalid_json");
    m.publish_failed("nack");
    m.in_flight_add(1);
    m.connection_up(true);
    m.consuming(true);
    m.reconnect();
    let shutdown = CancellationToken::new();
    let (addr, server) = http::serve("127.0.0.1:0".parse().expect("addr"), m, shutdown.clone())
        .await
        .expect("metrics server binds");

    let (status, body) = http_get(addr, "/metrics").await.expect("GET /metrics");
    assert_eq!(status, 200);
    promtool(&repo_root(), &["check", "metrics"], Some(&body));

    // The series count stays bounded with the full gazetteer: one line per series.
    let series = body
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .count();
    assert!(series < 1000, "{series} series exposed");

    shutdown.cancel();
    server.await.expect("server task ends");
}

#[test]
fn promtool_rejects_a_broken_exposition() {
    // The check above would be worthless if promtool accepted anything.
    let bad = "# TYPE enricher_things counter\nenricher_things 1\n";
    let out = Command::new(require_binary("promtool"))
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(bad.as_bytes())?;
            child.wait_with_output()
        })
        .expect("promtool runs");
    assert!(
        !out.status.success(),
        "a counter without _total must be rejected"
    );
}

#[tokio::test]
async fn prometheus_scrapes_the_running_service() {
    let prometheus_bin = require_binary("prometheus");
    let m = metrics();
    for _ in 0..3 {
        m.dead_lettered("missing_body");
    }
    let shutdown = CancellationToken::new();
    let (target, server) = http::serve("127.0.0.1:0".parse().expect("addr"), m, shutdown.clone())
        .await
        .expect("metrics server binds");

    let dir = TempDir::new("prometheus");
    let config = dir.0.join("prometheus.yml");
    std::fs::write(
        &config,
        format!(
            "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n\
             scrape_configs:\n  - job_name: enricher\n    static_configs:\n      - targets: [\"{target}\"]\n"
        ),
    )
    .expect("write prometheus.yml");
    let web: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().expect("addr");
    let log = std::fs::File::create(dir.0.join("prometheus.log")).expect("log file");
    let _prometheus = KillOnDrop(
        Command::new(prometheus_bin)
            .arg(format!("--config.file={}", config.display()))
            .arg(format!(
                "--storage.tsdb.path={}",
                dir.0.join("data").display()
            ))
            .arg(format!("--web.listen-address={web}"))
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("prometheus starts"),
    );

    // Prometheus needs a few seconds to start and scrape; bounded generous wait.
    let queries = [
        (
            "enricher_build_info",
            format!("\"version\":\"{}\"", env!("CARGO_PKG_VERSION")),
        ),
        (
            "enricher_messages_dead_lettered_total%7Breason%3D%22missing_body%22%7D",
            "\"3\"]".to_string(),
        ),
    ];
    let deadline = Instant::now() + Duration::from_secs(90);
    let mut last = String::new();
    for (query, expected) in &queries {
        loop {
            if let Ok((200, body)) = http_get(web, &format!("/api/v1/query?query={query}")).await {
                if body.contains(expected.as_str()) {
                    break;
                }
                last = body;
            }
            if Instant::now() > deadline {
                let log = std::fs::read_to_string(dir.0.join("prometheus.log")).unwrap_or_default();
                panic!(
                    "prometheus never returned {expected} for {query}; last answer: {last}\n\
                     prometheus log:\n{log}"
                );
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    }

    let (status, body) = http_get(web, "/api/v1/targets").await.expect("targets API");
    assert_eq!(status, 200);
    assert!(body.contains("\"health\":\"up\""), "target is up: {body}");

    shutdown.cancel();
    server.await.expect("server task ends");
}

// ---------------------------------------------------------------------------------------
// deploy/prometheus

#[test]
fn promtool_accepts_the_prometheus_config_rules_and_rule_tests() {
    let dir = deploy("prometheus");
    let mut rule_tests: Vec<String> = std::fs::read_dir(dir.join("tests"))
        .expect("deploy/prometheus/tests exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yml"))
        .map(|p| {
            format!(
                "tests/{}",
                p.file_name().expect("file name").to_string_lossy()
            )
        })
        .collect();
    rule_tests.sort();
    assert!(
        !rule_tests.is_empty(),
        "no rule tests in deploy/prometheus/tests"
    );

    let mut runs: Vec<Vec<String>> = vec![
        vec!["check".into(), "config".into(), "prometheus.yml".into()],
        vec![
            "check".into(),
            "rules".into(),
            "rules/enricher-alerts.yml".into(),
        ],
    ];
    for test in &rule_tests {
        runs.push(vec!["test".into(), "rules".into(), test.clone()]);
    }
    for args in runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        promtool(&dir, &args, None);
    }
}

#[derive(Debug, serde::Deserialize)]
struct RuleFile {
    groups: Vec<RuleGroup>,
}

#[derive(Debug, serde::Deserialize)]
struct RuleGroup {
    rules: Vec<Rule>,
}

#[derive(Debug, serde::Deserialize)]
struct Rule {
    alert: Option<String>,
    record: Option<String>,
    expr: String,
}

fn alert_rules() -> Vec<Rule> {
    let text = std::fs::read_to_string(deploy("prometheus/rules/enricher-alerts.yml"))
        .expect("read alert rules");
    let file: RuleFile = serde_yaml::from_str(&text).expect("alert rules parse");
    file.groups.into_iter().flat_map(|g| g.rules).collect()
}

#[test]
fn alert_rules_name_only_exported_metrics() {
    let exported = sample_names(&metrics().encode());
    for rule in alert_rules() {
        let name = rule.alert.or(rule.record).unwrap_or_default();
        assert_exported(&format!("rule {name}"), &rule.expr, &exported);
    }
}

#[test]
fn every_alert_has_a_unit_test_and_a_runbook_section() {
    let tests = std::fs::read_dir(deploy("prometheus/tests"))
        .expect("rule tests dir")
        .filter_map(|e| e.ok())
        .map(|e| std::fs::read_to_string(e.path()).expect("read rule test"))
        .collect::<Vec<_>>()
        .join("\n");
    let operations = std::fs::read_to_string(repo_root().join("docs/operations.md"))
        .expect("docs/operations.md");
    let alerts: Vec<String> = alert_rules().into_iter().filter_map(|r| r.alert).collect();
    assert!(alerts.len() >= 6, "{alerts:?}");
    for alert in alerts {
        assert!(
            tests.contains(&format!(
                "alertname: {alert}\n        exp_alerts:\n          - exp_labels"
            )),
            "{alert}: no promtool test expects it to fire"
        );
        assert!(
            operations.contains(&format!("### {alert}")),
            "{alert}: no section in docs/operations.md"
        );
    }
}

// ---------------------------------------------------------------------------------------
// deploy/grafana

/// Every `expr` (and template variable query) in a Grafana dashboard, with its panel title.
fn dashboard_queries(dashboard: &serde_json::Value) -> Vec<(String, String)> {
    fn walk(panels: &[serde_json::Value], out: &mut Vec<(String, String)>) {
        for panel in panels {
            let title = panel["title"].as_str().unwrap_or("?").to_string();
            for target in panel["targets"].as_array().into_iter().flatten() {
                if let Some(expr) = target["expr"].as_str() {
                    out.push((title.clone(), expr.to_string()));
                }
            }
            if let Some(inner) = panel["panels"].as_array() {
                walk(inner, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(
        dashboard["panels"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or(&[]),
        &mut out,
    );
    for var in dashboard["templating"]["list"]
        .as_array()
        .into_iter()
        .flatten()
    {
        if var["type"] == "query" {
            let query = var["query"]["query"]
                .as_str()
                .or(var["query"].as_str())
                .unwrap_or("");
            // label_values(metric{...}, label): the metric is the first argument.
            if let Some(args) = query.strip_prefix("label_values(") {
                let metric = args.split([',', ')']).next().unwrap_or("");
                out.push((format!("variable {}", var["name"]), metric.to_string()));
            }
        }
    }
    out
}

#[test]
fn dashboard_queries_name_only_exported_metrics() {
    let text = std::fs::read_to_string(deploy("grafana/dashboards/enricher.json"))
        .expect("read dashboard");
    let dashboard: serde_json::Value = serde_json::from_str(&text).expect("dashboard is JSON");
    let exported = sample_names(&metrics().encode());
    let queries = dashboard_queries(&dashboard);
    assert!(queries.len() >= 10, "only {} queries found", queries.len());

    let mut used = BTreeSet::new();
    for (title, expr) in &queries {
        assert_exported(&format!("panel {title:?}"), expr, &exported);
        used.extend(promql_metric_names(expr));
    }
    // What the dashboard must show (throughput, dead letters, latency per stage,
    // in-flight, reconnects, countries, weapon categories).
    let required = [
        "enricher_messages_consumed_total",
        "enricher_messages_published_total",
        "enricher_messages_dead_lettered_total",
        "enricher_stage_duration_seconds_bucket",
        "enricher_in_flight_deliveries",
        "enricher_broker_reconnects_total",
        "enricher_documents_by_country_total",
        "enricher_documents_by_weapon_category_total",
    ];
    for metric in required {
        assert!(used.contains(metric), "no panel shows {metric}");
    }
    // Every panel has its own id and uses the provisioned datasource.
    let mut ids = BTreeSet::new();
    for panel in dashboard["panels"].as_array().expect("panels") {
        let title = panel["title"].as_str().unwrap_or("?");
        assert!(
            ids.insert(panel["id"].as_u64().expect("panel id")),
            "duplicate id: {title}"
        );
        if panel["type"] != "row" {
            assert_eq!(
                panel["datasource"]["uid"], "prometheus",
                "panel {title:?} datasource"
            );
        }
    }
    let datasource =
        std::fs::read_to_string(deploy("grafana/provisioning/datasources/prometheus.yaml"))
            .expect("datasource provisioning");
    assert!(datasource.contains("uid: prometheus"));
}

// ---------------------------------------------------------------------------------------
// deploy/compose.yaml and deploy/k8s

#[test]
fn deploy_yaml_files_parse_and_agree_with_the_contract() {
    let contract_env = [
        "AMQP_URL",
        "ENRICHER_INPUT_EXCHANGE",
        "ENRICHER_INPUT_QUEUE",
        "ENRICHER_OUTPUT_EXCHANGE",
        "ENRICHER_DEAD_LETTER_QUEUE",
        "ENRICHER_PREFETCH",
        "ENRICHER_METRICS_ADDR",
        "ENRICHER_GAZETTEER",
        "ENRICHER_MAX_MESSAGE_BYTES",
        "ENRICHER_MAX_MENTIONS",
        "ENRICHER_LOG_FORMAT",
        "RUST_LOG",
    ];
    let load = |path: &str| -> Vec<serde_yaml::Value> {
        let text = std::fs::read_to_string(deploy(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
        serde_yaml::Deserializer::from_str(&text)
            .map(|doc| {
                serde::Deserialize::deserialize(doc).unwrap_or_else(|e| panic!("{path}: {e}"))
            })
            .collect()
    };

    let compose = load("compose.yaml").remove(0);
    let services = compose["services"].as_mapping().expect("compose services");
    for name in ["rabbitmq", "enricher", "prometheus", "grafana"] {
        assert!(services.contains_key(name), "compose service {name}");
    }
    let env = compose["services"]["enricher"]["environment"]
        .as_mapping()
        .expect("enricher env");
    for key in env.keys() {
        let key = key.as_str().expect("env name");
        assert!(
            contract_env.contains(&key),
            "compose: {key} is not a contract variable"
        );
    }

    let deployment = load("k8s/deployment.yaml").remove(0);
    let container = &deployment["spec"]["template"]["spec"]["containers"][0];
    assert_eq!(
        container["livenessProbe"]["httpGet"]["path"].as_str(),
        Some("/healthz")
    );
    assert_eq!(
        container["readinessProbe"]["httpGet"]["path"].as_str(),
        Some("/readyz")
    );
    for var in container["env"].as_sequence().expect("container env") {
        let key = var["name"].as_str().expect("env name");
        assert!(
            contract_env.contains(&key),
            "k8s: {key} is not a contract variable"
        );
    }
    for path in [
        "k8s/service.yaml",
        "k8s/servicemonitor.yaml",
        "k8s/kustomization.yaml",
    ] {
        assert!(!load(path).is_empty(), "{path}");
    }
    for path in [
        "grafana/provisioning/datasources/prometheus.yaml",
        "grafana/provisioning/dashboards/enricher.yaml",
    ] {
        assert!(!load(path).is_empty(), "{path}");
    }
}

// ---------------------------------------------------------------------------------------
// end to end: counters that add up (needs the broker, like tests/pipeline.rs)

/// Counts what the received enriched outputs say, to compare with the tag counters.
#[derive(Debug, Default)]
struct TagTally {
    mentions: BTreeMap<String, f64>,
    countries: BTreeMap<String, f64>,
    weapon_categories: BTreeMap<String, f64>,
}

impl TagTally {
    fn add(&mut self, enriched: &serde_json::Value) {
        for m in enriched["mentions"].as_array().into_iter().flatten() {
            let t = m["type"].as_str().expect("mention type").to_string();
            *self.mentions.entry(t).or_default() += 1.0;
        }
        for c in enriched["countries"].as_array().into_iter().flatten() {
            *self
                .countries
                .entry(c["id"].as_str().expect("id").to_string())
                .or_default() += 1.0;
        }
        for w in enriched["weapons"].as_array().into_iter().flatten() {
            *self
                .weapon_categories
                .entry(w["id"].as_str().expect("id").to_string())
                .or_default() += 1.0;
        }
    }
}

/// The value of one series, 0 when absent (a counter that never moved may be absent
/// only if it has no pre-initialised labels, which the unit tests rule out).
fn value(metrics: &BTreeMap<String, f64>, series: &str) -> f64 {
    metrics.get(series).copied().unwrap_or(0.0)
}

/// Sum of every series of `name` (all label values).
fn sum_of(metrics: &BTreeMap<String, f64>, name: &str) -> f64 {
    metrics
        .iter()
        .filter(|(k, _)| k.as_str() == name || k.starts_with(&format!("{name}{{")))
        .map(|(_, v)| v)
        .sum()
}

#[tokio::test]
async fn counters_add_up_after_a_known_batch() {
    // Arrange: a fresh topology and service; a batch of good articles and one malformed
    // message per dead-letter reason.
    let mut app = common::spawn_app().await;
    let good = common::sample_articles("acct", 12);
    let too_large = {
        let mut body = br#"{"id":"big","body":""#.to_vec();
        body.extend(std::iter::repeat_n(b'x', 1_048_577));
        body.extend_from_slice(br#""}"#);
        body
    };
    let malformed: Vec<(&str, Vec<u8>)> = vec![
        ("invalid_json", b"{not json".to_vec()),
        ("invalid_utf8", b"\xff\xfe\xfd".to_vec()),
        ("not_an_object", b"[1, 2, 3]".to_vec()),
        (
            "missing_body",
            br#"{"id":"nobody","title":"no body"}"#.to_vec(),
        ),
        (
            "invalid_field",
            br#"{"id":"badtitle","body":"x","title":42}"#.to_vec(),
        ),
        ("too_large", too_large),
    ];
    let total = good.len() + malformed.len();

    // Act: publish everything; receive every output and every dead letter.
    app.publish_articles(&good).await;
    for (_, body) in &malformed {
        app.publish_article(body).await;
    }
    let mut tally = TagTally::default();
    for _ in 0..good.len() {
        tally.add(&app.next_enriched().await.json());
    }
    let mut dead_reasons = BTreeMap::<String, f64>::new();
    for _ in 0..malformed.len() {
        let dead = app.next_dead_letter().await;
        let reason = dead
            .header_text("x-enricher-error")
            .expect("x-enricher-error header");
        *dead_reasons.entry(reason).or_default() += 1.0;
    }

    // Outputs can arrive before their confirm is counted: wait (bounded) for a quiet
    // moment, then check every counter exactly.
    let deadline = Instant::now() + Duration::from_secs(30);
    let metrics = loop {
        let metrics = common::parse_metrics(&app.scrape_metrics().await);
        let settled = value(&metrics, "enricher_in_flight_deliveries") == 0.0
            && value(&metrics, "enricher_messages_consumed_total") >= total as f64
            && value(&metrics, "enricher_messages_published_total")
                + sum_of(&metrics, "enricher_messages_dead_lettered_total")
                >= total as f64;
        if settled || Instant::now() > deadline {
            break metrics;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };

    // Assert: consumed = published + dead-lettered, each exactly as sent.
    let consumed = value(&metrics, "enricher_messages_consumed_total");
    let published = value(&metrics, "enricher_messages_published_total");
    let dead = sum_of(&metrics, "enricher_messages_dead_lettered_total");
    assert_eq!(consumed, total as f64, "consumed");
    assert_eq!(published, good.len() as f64, "published");
    assert_eq!(dead, malformed.len() as f64, "dead-lettered");
    assert_eq!(
        consumed,
        published + dead,
        "consumed = published + dead-lettered"
    );
    assert_eq!(
        value(&metrics, "enricher_in_flight_deliveries"),
        0.0,
        "in flight"
    );
    assert_eq!(
        value(&metrics, "enricher_messages_redelivered_total"),
        0.0,
        "redelivered"
    );
    assert_eq!(
        sum_of(&metrics, "enricher_publish_failures_total"),
        0.0,
        "publish failures"
    );
    for (reason, _) in &malformed {
        let series = format!("enricher_messages_dead_lettered_total{{reason=\"{reason}\"}}");
        assert_eq!(value(&metrics, &series), 1.0, "{series}");
        assert_eq!(
            dead_reasons.get(*reason),
            Some(&1.0),
            "dead letter with reason {reason}"
        );
    }

    // Every delivery was measured and decoded; good ones were tagged and confirmed.
    let histogram_rows = [
        ("enricher_article_size_bytes_count", total),
        (
            "enricher_stage_duration_seconds_count{stage=\"decode\"}",
            total,
        ),
        (
            "enricher_stage_duration_seconds_count{stage=\"tag\"}",
            good.len(),
        ),
    ];
    for (series, want) in histogram_rows {
        assert_eq!(value(&metrics, series), want as f64, "{series}");
    }
    let confirms = value(
        &metrics,
        "enricher_stage_duration_seconds_count{stage=\"publish_confirm\"}",
    );
    assert!(
        confirms >= good.len() as f64 && confirms <= total as f64,
        "publish_confirm observed {confirms} times (outputs {}, with dead letters {total})",
        good.len()
    );

    // The tag counters say what the outputs say (and the sample article has tags, so
    // this compares real numbers).
    assert!(
        tally.mentions.values().sum::<f64>() > 0.0 && !tally.countries.is_empty(),
        "the sample article should produce mentions: {tally:?}"
    );
    for t in ["country", "organization", "weapon"] {
        let series = format!("enricher_mentions_total{{type=\"{t}\"}}");
        let want = tally.mentions.get(t).copied().unwrap_or(0.0);
        assert_eq!(value(&metrics, &series), want, "{series}");
    }
    assert_eq!(
        sum_of(&metrics, "enricher_documents_by_country_total"),
        tally.countries.values().sum::<f64>(),
        "documents by country, all countries"
    );
    for (country, n) in &tally.countries {
        let series = format!("enricher_documents_by_country_total{{country=\"{country}\"}}");
        assert_eq!(value(&metrics, &series), *n, "{series}");
    }
    assert_eq!(
        sum_of(&metrics, "enricher_documents_by_weapon_category_total"),
        tally.weapon_categories.values().sum::<f64>(),
        "documents by weapon category, all categories"
    );
    for (category, n) in &tally.weapon_categories {
        let series =
            format!("enricher_documents_by_weapon_category_total{{category=\"{category}\"}}");
        assert_eq!(value(&metrics, &series), *n, "{series}");
    }

    app.finish().await;
}
