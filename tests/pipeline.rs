//! End-to-end tests of `enricher serve` against the real broker (`AMQP_URL`).
//!
//! Each test runs the service in-process on its own random exchanges and queues
//! (harness: `tests/common/mod.rs`). Run: `cargo test -p enricher --test pipeline`.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use common::{
    gzip, next_from, parse_metrics, sample_articles, spawn_app, spawn_app_with, try_next_from,
    zlib, TestApp, SAMPLE_DE,
};
use lapin::types::AMQPValue;
use lapin::BasicProperties;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sample_article_comes_out_enriched_with_contract_properties() {
    let mut app = spawn_app().await;

    app.publish_with(
        SAMPLE_DE.as_bytes(),
        "de.politics",
        BasicProperties::default().with_content_type("application/json".into()),
    )
    .await;
    let out = app.next_enriched().await;

    let v = out.json();
    assert_eq!(v["schema"], "news.enriched.v1");
    assert_eq!(v["id"], "source-120");
    assert_eq!(v["language"], "de");
    let input: serde_json::Value = serde_json::from_str(SAMPLE_DE).unwrap();
    assert_eq!(
        v["article"], input,
        "the input object is passed through verbatim"
    );
    for list in ["countries", "organizations", "weapons", "mentions"] {
        assert!(v[list].is_array(), "{list} is a list");
    }
    assert!(v["enricher"]["gazetteer"]
        .as_str()
        .unwrap()
        .starts_with("sha256:"));
    assert_eq!(out.routing_key, "de.politics", "input routing key kept");
    assert_eq!(
        out.properties.message_id().as_ref().map(|s| s.as_str()),
        Some("source-120")
    );
    assert_eq!(
        out.properties.content_type().as_ref().map(|s| s.as_str()),
        Some("application/json")
    );
    assert_eq!(*out.properties.delivery_mode(), Some(2), "persistent");
    let countries: BTreeSet<String> = v["countries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .collect();
    let header_countries: BTreeSet<String> = out
        .tag_headers()
        .iter()
        .filter_map(|h| h.strip_prefix("country."))
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header_countries, countries,
        "one country.XX header per country tag"
    );
    let want: BTreeSet<String> = ["KP", "RU", "US", "UA", "KR"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(countries, want, "countries of the German sample");
    assert!(
        out.tag_headers().iter().any(|h| h.starts_with("weapon.")),
        "weapon tags: {:?}",
        out.tag_headers()
    );

    app.wait_for_metric("enricher_messages_published_total", 1.0)
        .await;
    app.wait_for_metric("enricher_documents_by_country_total{country=\"KP\"}", 1.0)
        .await;
    app.finish().await;
}

/// Malformed inputs of every kind, with the reason they must be dead-lettered for.
fn malformed_inputs(max_bytes: usize) -> Vec<(Vec<u8>, &'static str)> {
    let big = format!(r#"{{"id":"big","body":"{}"}}"#, "x".repeat(max_bytes + 1));
    vec![
        (b"\xff\xfe not utf-8".to_vec(), "invalid_utf8"),
        (b"{\"body\": \"unterminated".to_vec(), "invalid_json"),
        (Vec::new(), "invalid_json"),
        (b"[1, 2, 3]".to_vec(), "not_an_object"),
        (br#""just a string""#.to_vec(), "not_an_object"),
        (br#"{"id":"no-body","title":"t"}"#.to_vec(), "missing_body"),
        (br#"{"id":"num-body","body":42}"#.to_vec(), "invalid_field"),
        (
            br#"{"id":"bad-title","body":"b","title":["x"]}"#.to_vec(),
            "invalid_field",
        ),
        (big.into_bytes(), "too_large"),
        (
            format!(
                r#"{{"id":"deep","body":"b","extra":{}{}}}"#,
                "[".repeat(30_000),
                "]".repeat(30_000)
            )
            .into_bytes(),
            "too_deep",
        ),
        (
            br#"{"id":"surrogate","body":"Nordkorea \ud800"}"#.to_vec(),
            "invalid_json",
        ),
    ]
}

/// Properties and encodings: gzip and deflate bodies are enriched as their decoded JSON,
/// other encodings, non-JSON content types, undecodable and bomb bodies are dead-lettered
/// with their reason, and every output parses with Python's `json` module.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn content_type_and_encoding_are_honoured_or_dead_lettered() {
    const MAX: usize = 64 * 1024;
    let mut app = spawn_app_with(|c| c.max_message_bytes = MAX).await;
    let article =
        |id: &str| format!(r#"{{"id":"{id}","lang":"de","body":"Nordkorea testet Raketen."}}"#);
    let bomb = gzip(format!(r#"{{"body":"{}"}}"#, " ".repeat(MAX * 50)).as_bytes());
    assert!(bomb.len() < MAX);
    // (id, body, content_type, content_encoding, expected reason or None for enriched)
    type Row<'a> = (
        &'a str,
        Vec<u8>,
        Option<&'a str>,
        Option<&'a str>,
        Option<&'a str>,
    );
    let rows: Vec<Row<'_>> = vec![
        (
            "gz",
            gzip(article("gz").as_bytes()),
            Some("application/json"),
            Some("gzip"),
            None,
        ),
        (
            "zl",
            zlib(article("zl").as_bytes()),
            None,
            Some("deflate"),
            None,
        ),
        (
            "params",
            article("params").into_bytes(),
            Some("application/json; charset=utf-8"),
            None,
            None,
        ),
        (
            "text",
            article("text").into_bytes(),
            Some("text/plain"),
            None,
            Some("unsupported_content_type"),
        ),
        (
            "latin1",
            article("latin1").into_bytes(),
            Some("application/json; charset=iso-8859-1"),
            None,
            Some("unsupported_content_type"),
        ),
        (
            "br",
            article("br").into_bytes(),
            None,
            Some("br"),
            Some("unsupported_encoding"),
        ),
        (
            "notgz",
            article("notgz").into_bytes(),
            None,
            Some("gzip"),
            Some("invalid_encoding"),
        ),
        ("bomb", bomb, None, Some("gzip"), Some("too_large")),
    ];
    for (id, body, ct, ce, _) in &rows {
        let mut p = BasicProperties::default().with_message_id((*id).into());
        if let Some(ct) = ct {
            p = p.with_content_type((*ct).into());
        }
        if let Some(ce) = ce {
            p = p.with_content_encoding((*ce).into());
        }
        app.publish_with(body, "article", p).await;
    }
    let want_enriched: BTreeSet<&str> =
        rows.iter().filter(|r| r.4.is_none()).map(|r| r.0).collect();
    let mut outputs = Vec::new();
    for _ in 0..want_enriched.len() {
        let out = app.next_enriched().await;
        let v = out.json();
        assert_eq!(
            v["article"]["body"], "Nordkorea testet Raketen.",
            "decoded article"
        );
        assert_eq!(v["countries"][0]["id"], "KP");
        assert!(
            out.properties.content_encoding().is_none(),
            "output is plain JSON"
        );
        outputs.push(out.data);
    }
    let got: BTreeSet<String> = outputs
        .iter()
        .map(|o| {
            serde_json::from_slice::<serde_json::Value>(o).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(got, want_enriched.iter().map(|s| s.to_string()).collect());
    for _ in 0..rows.len() - want_enriched.len() {
        let d = app.next_dead_letter().await;
        let id = d.properties.message_id().as_ref().unwrap().to_string();
        let row = rows.iter().find(|r| r.0 == id).unwrap();
        assert_eq!(
            d.header_text("x-enricher-error").as_deref(),
            row.4,
            "row {id}"
        );
        assert_eq!(d.data, row.1, "row {id}: original body kept");
    }
    common::assert_python_parses(&outputs);
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn batch_of_1000_with_malformed_inputs_mixed_in() {
    const MAX: usize = 64 * 1024;
    let mut app = spawn_app_with(|c| c.max_message_bytes = MAX).await;
    // Every 20th input (50 of 1000) is malformed, cycling through the kinds.
    let good = sample_articles("batch", 950);
    let bad = malformed_inputs(MAX);
    let mut inputs = Vec::new();
    let mut expected_dead: BTreeMap<Vec<u8>, (&str, usize)> = BTreeMap::new();
    let mut good_iter = good.iter();
    for i in 0..1000 {
        if i % 20 == 7 {
            let (body, reason) = &bad[(i / 20) % bad.len()];
            inputs.push(body.clone());
            expected_dead.entry(body.clone()).or_insert((reason, 0)).1 += 1;
        } else {
            inputs.push(good_iter.next().expect("enough good articles").clone());
        }
    }
    assert_eq!(expected_dead.values().map(|(_, n)| n).sum::<usize>(), 50);

    app.publish_articles(&inputs).await;

    let mut seen = BTreeMap::<String, usize>::new();
    for _ in 0..good.len() {
        let v = app.next_enriched().await.json();
        *seen
            .entry(v["id"].as_str().unwrap().to_owned())
            .or_default() += 1;
    }
    let want: BTreeSet<String> = (0..good.len()).map(|i| format!("batch-{i}")).collect();
    assert_eq!(
        seen.keys().cloned().collect::<BTreeSet<_>>(),
        want,
        "exactly the good ones come out"
    );
    assert!(
        seen.values().all(|n| *n == 1),
        "no duplicates without disruption"
    );

    let mut dead_seen: BTreeMap<Vec<u8>, usize> = BTreeMap::new();
    for _ in 0..50 {
        let d = app.next_dead_letter().await;
        let (reason, _) = expected_dead.get(&d.data).unwrap_or_else(|| {
            panic!(
                "unexpected dead letter body {:?}",
                String::from_utf8_lossy(&d.data)
            )
        });
        assert_eq!(
            d.header_text("x-enricher-error").as_deref(),
            Some(*reason),
            "reason of {:?}",
            String::from_utf8_lossy(&d.data[..d.data.len().min(60)])
        );
        assert!(
            !d.header_text("x-enricher-detail")
                .unwrap_or_default()
                .is_empty(),
            "detail header present"
        );
        assert_eq!(
            d.header_text("x-enricher-original-routing-key").as_deref(),
            Some("article")
        );
        assert_eq!(
            d.properties.content_type().as_ref().map(|s| s.as_str()),
            Some("application/json"),
            "original properties kept"
        );
        *dead_seen.entry(d.data).or_default() += 1;
    }
    for (body, (reason, n)) in &expected_dead {
        assert_eq!(
            dead_seen.get(body),
            Some(n),
            "dead letters of kind {reason}"
        );
    }
    if let Some(extra) = app.try_next_enriched(Duration::from_millis(500)).await {
        panic!(
            "an extra output arrived: {:?}",
            String::from_utf8_lossy(&extra.data[..extra.data.len().min(200)])
        );
    }
    assert_eq!(
        app.queue_depth(&app.topology.input_queue.clone()).await,
        0,
        "input queue drained"
    );

    app.wait_for_metric("enricher_messages_published_total", good.len() as f64)
        .await;
    let mut by_reason = BTreeMap::<&str, usize>::new();
    for (reason, n) in expected_dead.values() {
        *by_reason.entry(reason).or_default() += n;
    }
    for (reason, n) in by_reason {
        let key = format!("enricher_messages_dead_lettered_total{{reason=\"{reason}\"}}");
        app.wait_for_metric(&key, n as f64).await;
    }
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tag_binding_on_the_headers_exchange_receives_only_its_articles() {
    let mut app = spawn_app().await;
    let mut kp = app
        .bind_tag_queue(&[
            ("x-match", AMQPValue::LongString("any".into())),
            ("country.KP", AMQPValue::Boolean(true)),
        ])
        .await;

    let about_kp =
        br#"{"id":"kp-1","lang":"de","body":"Nordkorea hat erneut eine Rakete getestet."}"#;
    let not_kp =
        br#"{"id":"other-1","lang":"de","body":"Das Wetter in Hamburg bleibt wechselhaft."}"#;
    app.publish_article(not_kp).await;
    app.publish_article(about_kp).await;
    // Both reach the topic exchange's `#` binding...
    let mut ids: Vec<String> = Vec::new();
    for _ in 0..2 {
        ids.push(
            app.next_enriched().await.json()["id"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    ids.sort();
    assert_eq!(ids, ["kp-1", "other-1"]);
    // ...but the KP binding gets only the article about North Korea.
    let got = next_from(&mut kp, "the KP article on the tag binding").await;
    assert_eq!(got.json()["id"], "kp-1");
    assert!(
        got.tag_headers().contains(&"country.KP".to_owned()),
        "{:?}",
        got.tag_headers()
    );
    assert!(
        try_next_from(&mut kp, Duration::from_millis(500))
            .await
            .is_none(),
        "the other article must not reach the KP binding"
    );
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unroutable_output_is_requeued_not_lost() {
    // An output exchange nobody is bound to: every publish is returned (mandatory).
    let lonely = format!("news.enriched.lonely-{:016x}", fastrand::u64(..));
    let mut app = spawn_app_with(|c| {
        c.topology.output_exchange = lonely.clone();
        c.retry_delay = Duration::from_millis(100);
    })
    .await;
    app.publish_article(br#"{"id":"keep-me","body":"Russland"}"#)
        .await;

    // The service keeps failing and requeueing; nothing is acked or dead-lettered.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let m = parse_metrics(&app.scrape_metrics().await);
        if m.get("enricher_publish_failures_total{reason=\"returned\"}")
            .copied()
            .unwrap_or(0.0)
            >= 3.0
        {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "no returned publishes counted: {:?}",
            m.get("enricher_publish_failures_total{reason=\"returned\"}")
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        app.try_next_dead_letter(Duration::from_millis(200))
            .await
            .is_none(),
        "a transient failure is never dead-lettered"
    );

    // Once a queue is bound, the article comes out.
    let mut late = app.bind_queue_to(&lonely).await;
    let got = next_from(&mut late, "the requeued article").await;
    assert_eq!(got.json()["id"], "keep-me");
    // Requeueing is a per-delivery nack: the session itself never broke (regression:
    // a multiple ack on a requeued tag made the broker close the channel).
    app.wait_for_metric("enricher_broker_reconnects_total", 0.0)
        .await;
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn publish_command_sends_valid_lines_with_message_ids_and_reports_bad_ones() {
    let mut app = spawn_app().await;
    let dir = std::env::temp_dir().join(format!("enricher-publish-{:016x}", fastrand::u64(..)));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("articles.ndjson");
    let mut text = String::new();
    for body in sample_articles("cli", 5) {
        text.push_str(std::str::from_utf8(&body).unwrap());
        text.push('\n');
    }
    text.push_str("{not json\n\n{\"title\":\"no body\"}\n");
    std::fs::write(&file, text).unwrap();

    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_enricher"))
        .args(["publish", "--exchange", &app.topology.input_exchange])
        .arg(&file)
        .env("AMQP_URL", common::amqp_url())
        .output()
        .await
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "bad lines make the exit code 1; stderr: {stderr}"
    );
    assert!(stdout.contains("published 5 articles"), "summary: {stdout}");
    assert!(stdout.contains("2 rejected"), "summary: {stdout}");
    let reports: Vec<serde_json::Value> = stderr
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let lines: Vec<(u64, &str)> = reports
        .iter()
        .map(|r| (r["line"].as_u64().unwrap(), r["error"].as_str().unwrap()))
        .collect();
    assert_eq!(
        lines,
        [(6, "invalid_json"), (8, "missing_body")],
        "stderr: {stderr}"
    );

    let mut ids = BTreeSet::new();
    for _ in 0..5 {
        let got = app.next_enriched().await;
        let id = got.json()["id"].as_str().unwrap().to_owned();
        assert_eq!(
            got.properties.message_id().as_ref().map(|s| s.to_string()),
            Some(id.clone())
        );
        ids.insert(id);
    }
    assert_eq!(
        ids,
        (0..5).map(|i| format!("cli-{i}")).collect::<BTreeSet<_>>()
    );
    assert!(
        app.try_next_dead_letter(Duration::from_millis(300))
            .await
            .is_none(),
        "rejected lines are not published"
    );
    std::fs::remove_dir_all(&dir).unwrap();
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_hands_back_what_could_not_be_published() {
    // Outputs cannot be routed, so every input is stuck retrying when shutdown comes.
    let lonely = format!("news.enriched.lonely-{:016x}", fastrand::u64(..));
    let mut app = spawn_app_with(|c| {
        c.topology.output_exchange = lonely.clone();
        c.retry_delay = Duration::from_secs(60);
        c.shutdown_timeout = Duration::from_secs(30);
    })
    .await;
    app.publish_articles(&sample_articles("handback", 3)).await;
    app.wait_for_metric("enricher_in_flight_deliveries", 3.0)
        .await;

    let started = std::time::Instant::now();
    app.stop_in_process().await;
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "a retry pause does not hold up shutdown (it would take the 30 s shutdown timeout)"
    );

    // All three are back in the input queue: not acked, not dead-lettered.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while app.queue_depth(&app.topology.input_queue.clone()).await != 3 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "inputs were not handed back"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(app
        .try_next_dead_letter(Duration::from_millis(200))
        .await
        .is_none());
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_url_list_whose_first_node_is_down_connects_to_the_next() {
    // Nothing listens on port 1: the service goes on to the real broker.
    let list = format!("amqp://guest:guest@127.0.0.1:1/%2f,{}", common::amqp_url());
    let mut app = spawn_app_with(|c| c.amqp_url = list.parse().unwrap()).await;

    app.publish_article(SAMPLE_DE.as_bytes()).await;
    let out = app.next_enriched().await;

    assert_eq!(out.json()["id"], "source-120");
    app.finish().await;
}

/// A process on `app`'s topology that names no tags exchange (the default applies).
fn spawn_with_default_tags_exchange(app: &TestApp) -> tokio::process::Child {
    app.spawn_process_with(|cmd| {
        cmd.env_remove("ENRICHER_TAGS_EXCHANGE");
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_deployments_with_different_output_exchanges_never_see_each_others_articles() {
    let kp_binding = [
        ("x-match", AMQPValue::LongString("any".into())),
        ("country.KP", AMQPValue::Boolean(true)),
    ];
    let mut a = TestApp::without_service().await;
    let mut b = TestApp::without_service().await;
    let mut kp_a = a.bind_tag_queue(&kp_binding).await;
    let mut kp_b = b.bind_tag_queue(&kp_binding).await;
    let mut child_a = spawn_with_default_tags_exchange(&a);
    let mut child_b = spawn_with_default_tags_exchange(&b);
    a.wait_for_consumers(1).await;
    b.wait_for_consumers(1).await;

    let about_kp = |id: &str| {
        format!(
            r#"{{"id":"{id}","lang":"de","body":"Nordkorea hat erneut eine Rakete getestet."}}"#
        )
    };
    a.publish_article(about_kp("kp-a").as_bytes()).await;
    b.publish_article(about_kp("kp-b").as_bytes()).await;

    assert_eq!(
        next_from(&mut kp_a, "A's tag binding").await.json()["id"],
        "kp-a"
    );
    assert_eq!(
        next_from(&mut kp_b, "B's tag binding").await.json()["id"],
        "kp-b"
    );
    assert_eq!(a.next_enriched().await.json()["id"], "kp-a");
    assert_eq!(b.next_enriched().await.json()["id"], "kp-b");
    for (name, consumer) in [("A's tags", &mut kp_a), ("B's tags", &mut kp_b)] {
        assert!(
            try_next_from(consumer, Duration::from_millis(500))
                .await
                .is_none(),
            "{name} got the other deployment's article"
        );
    }
    assert!(a
        .try_next_enriched(Duration::from_millis(200))
        .await
        .is_none());
    assert!(b
        .try_next_enriched(Duration::from_millis(200))
        .await
        .is_none());
    child_a.kill().await.unwrap();
    child_b.kill().await.unwrap();
    a.finish().await;
    b.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_topology_conflict_is_said_once_and_ends_serve_with_exit_1() {
    // The harness declared the input queue as a quorum queue; a classic declaration of
    // the same name is refused with 406 PRECONDITION_FAILED.
    let app = TestApp::without_service().await;
    let child = app.spawn_process_with(|cmd| {
        cmd.env("ENRICHER_QUEUE_TYPE", "classic")
            .stderr(std::process::Stdio::piped());
    });
    let out = tokio::time::timeout(Duration::from_secs(60), child.wait_with_output())
        .await
        .expect("serve stops on a topology conflict instead of retrying")
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(
        stderr.matches("refuses the configured topology").count(),
        1,
        "said exactly once: {stderr}"
    );
    assert!(
        stderr.contains("PRECONDITION") || stderr.contains("inequivalent"),
        "{stderr}"
    );
    assert!(!stderr.contains("reconnecting"), "{stderr}");
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_broker_is_retried_not_fatal() {
    // Nothing listens on port 1: a transient failure, retried with backoff.
    let app = TestApp::without_service().await;
    let mut child = app.spawn_process_with(|cmd| {
        cmd.env("AMQP_URL", "amqp://guest:guest@127.0.0.1:1/%2f")
            .env("ENRICHER_RECONNECT_MAX_DELAY", "200ms")
            .env("RUST_LOG", "warn")
            .stderr(std::process::Stdio::piped());
    });
    let mut stderr = child.stderr.take().unwrap();
    let mut text = String::new();
    // Read until the third reconnect line; the process must still be running then.
    let read = async {
        use tokio::io::AsyncReadExt;
        let mut buf = [0u8; 4096];
        while text.matches("reconnecting").count() < 3 {
            let n = stderr.read(&mut buf).await.unwrap();
            assert!(n > 0, "serve ended: {text}");
            text.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    };
    tokio::time::timeout(Duration::from_secs(60), read)
        .await
        .expect("three reconnect attempts within 60s");
    assert!(child.try_wait().unwrap().is_none(), "serve gave up: {text}");
    child.kill().await.unwrap();
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_competing_consumers_share_one_queue_without_loss_or_double_work() {
    const N: usize = 1500;
    let mut app = TestApp::without_service().await;
    let mut replicas: Vec<_> = (0..3).map(|_| app.spawn_process()).collect();
    app.wait_for_consumers_within(3, Duration::from_secs(180))
        .await;

    app.publish_articles(&sample_articles("compete", N)).await;

    let mut seen: BTreeMap<String, u32> = BTreeMap::new();
    while seen.len() < N {
        let id = app.next_enriched().await.json()["id"]
            .as_str()
            .unwrap()
            .to_owned();
        *seen.entry(id).or_default() += 1;
    }
    // Nothing more comes: no delivery was handled by two replicas.
    while let Some(extra) = app.try_next_enriched(Duration::from_secs(1)).await {
        *seen
            .entry(extra.json()["id"].as_str().unwrap().to_owned())
            .or_default() += 1;
    }
    let twice: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
    assert!(
        twice.is_empty(),
        "processed twice in steady state: {twice:?}"
    );
    assert_eq!(seen.len(), N);
    for replica in &mut replicas {
        assert!(replica.try_wait().unwrap().is_none(), "a replica ended");
        replica.kill().await.unwrap();
    }
    app.finish().await;
}
