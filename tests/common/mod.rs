//! Shared end-to-end harness (see tests/README.md).
//!
//! Every test gets its own exchanges and queues (random suffix) on the real broker at
//! `AMQP_URL` (default `amqp://guest:guest@127.0.0.1:5672/%2f`), a service with metrics
//! on `127.0.0.1:0`, and helpers to publish inputs and read outputs and dead letters.
//! Everything the test declared is deleted at the end, also when it panics.
//! Set `TEST_LOG=1` (and optionally `RUST_LOG`) to see the service's logs.
#![allow(dead_code, clippy::unwrap_used)]

pub mod broker;
pub mod chaos;
pub mod cluster;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Once;
use std::time::Duration;

use enricher::amqp::{AmqpUrls, QueueType, Topology};
use enricher::app::{App, Config, Readiness};
use futures_util::StreamExt;
use lapin::options::{
    BasicPublishOptions, BasicQosOptions, ConfirmSelectOptions, ExchangeDeleteOptions,
    QueueDeclareOptions, QueueDeleteOptions,
};
use lapin::types::{AMQPValue, FieldTable};
use lapin::{BasicProperties, Channel, Connection, ConnectionProperties, Consumer};

pub use broker::{consume_no_ack, queue_depth_on};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// How long a helper waits for a message before failing the test.
pub const WAIT: Duration = Duration::from_secs(30);

/// How long a started `enricher serve` process may take to consume.
pub const PROCESS_START_WAIT: Duration = Duration::from_secs(120);

/// The German sample article (contract sample).
pub const SAMPLE_DE: &str = include_str!("../../samples/nordkorea-de.json");

pub fn amqp_url() -> String {
    std::env::var("AMQP_URL").unwrap_or_else(|_| "amqp://guest:guest@127.0.0.1:5672/%2f".into())
}

fn init_test_logging() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        if std::env::var_os("TEST_LOG").is_some() {
            let filter = tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
            let _ = tracing_subscriber::fmt()
                .with_env_filter(filter)
                .with_test_writer()
                .try_init();
        }
    });
}

/// Opens a test-side connection, or panics with a message that names AMQP_URL.
pub async fn connect_or_panic(name: &str) -> Connection {
    let url = amqp_url();
    let props = ConnectionProperties::default().with_connection_name(name.into());
    match tokio::time::timeout(Duration::from_secs(10), Connection::connect(&url, props)).await {
        Ok(Ok(conn)) => conn,
        Ok(Err(err)) => panic!(
            "the broker at AMQP_URL={} does not answer ({err}); start RabbitMQ or set AMQP_URL",
            enricher::amqp::redact_url(&url)
        ),
        Err(_) => panic!(
            "the broker at AMQP_URL={} did not answer within 10s; start RabbitMQ or set AMQP_URL",
            enricher::amqp::redact_url(&url)
        ),
    }
}

/// Fresh names for one test: `<contract name>.test-<random>`.
pub fn random_topology() -> Topology {
    broker::topology(&broker::random_suffix("test"), QueueType::Quorum)
}

/// A message the test received.
#[derive(Debug)]
pub struct Received {
    pub routing_key: String,
    pub properties: BasicProperties,
    pub data: Vec<u8>,
}

impl Received {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.data).unwrap_or_else(|e| {
            panic!(
                "output is not JSON ({e}): {:?}",
                String::from_utf8_lossy(&self.data)
            )
        })
    }

    /// A header as text (long strings), or None.
    pub fn header_text(&self, key: &str) -> Option<String> {
        match self.properties.headers().as_ref()?.inner().get(key)? {
            AMQPValue::LongString(s) => Some(String::from_utf8_lossy(s.as_bytes()).into_owned()),
            AMQPValue::ShortString(s) => Some(s.to_string()),
            other => Some(format!("{other:?}")),
        }
    }

    /// The names of all boolean-true headers (the tags).
    pub fn tag_headers(&self) -> Vec<String> {
        self.properties
            .headers()
            .as_ref()
            .map(|h| {
                h.inner()
                    .iter()
                    .filter(|(_, v)| **v == AMQPValue::Boolean(true))
                    .map(|(k, _)| k.to_string())
                    .collect()
            })
            .unwrap_or_default()
    }
}

struct InProcess {
    shutdown: oneshot::Sender<()>,
    handle: JoinHandle<anyhow::Result<()>>,
    readiness: Readiness,
    metrics_addr: SocketAddr,
    reloader: enricher::gazetteer::Reloader,
}

/// One test's broker objects, the service under test and the helpers.
pub struct TestApp {
    pub topology: Topology,
    /// The connection name of the service (for closing exactly its connection).
    pub connection_name: String,
    conn: Connection,
    publish: Channel,
    outputs: Consumer,
    output_queue: String,
    dead: Consumer,
    extra_queues: Vec<String>,
    /// Exchanges a test configured the service with besides `topology`'s.
    extra_exchanges: Vec<String>,
    service: Option<InProcess>,
    cleaned: bool,
}

/// Declares a fresh topology, starts the service in this process and waits until it
/// consumes.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Same as [`spawn_app`], with a chance to change the configuration.
pub async fn spawn_app_with(configure: impl FnOnce(&mut Config)) -> TestApp {
    let mut app = TestApp::without_service().await;
    app.start_in_process(configure).await;
    app
}

impl TestApp {
    /// Declares a fresh topology and the test's queues, but starts no service (for
    /// tests that run `enricher serve` as a process).
    pub async fn without_service() -> TestApp {
        init_test_logging();
        let topology = random_topology();
        let suffix = topology
            .input_queue
            .rsplit('.')
            .next()
            .unwrap_or("x")
            .to_owned();
        let conn = connect_or_panic(&format!("enricher-tests harness {suffix}")).await;
        let setup = conn.create_channel().await.expect("channel");
        topology.declare(&setup).await.expect("declare topology");
        let publish = conn.create_channel().await.expect("channel");
        publish
            .confirm_select(ConfirmSelectOptions::default())
            .await
            .expect("confirm.select");
        let consume = conn.create_channel().await.expect("channel");
        consume
            .basic_qos(1000, BasicQosOptions::default())
            .await
            .expect("qos");
        let output_queue = format!("test.out.{suffix}");
        broker::declare_bound_queue(
            &consume,
            &output_queue,
            QueueDeclareOptions::default(),
            FieldTable::default(),
            &topology.output_exchange,
            "#",
            FieldTable::default(),
        )
        .await
        .unwrap_or_else(|e| panic!("{e}"));
        let outputs = consume_no_ack(&consume, &output_queue).await;
        let dead = consume_no_ack(&consume, &topology.dead_letter_queue).await;
        TestApp {
            connection_name: format!("enricher serve under test {suffix}"),
            topology,
            conn,
            publish,
            outputs,
            output_queue,
            dead,
            extra_queues: Vec::new(),
            extra_exchanges: Vec::new(),
            service: None,
            cleaned: false,
        }
    }

    /// The service configuration for this test's topology.
    pub fn config(&self) -> Config {
        Config {
            amqp_url: amqp_url().parse::<AmqpUrls>().expect("AMQP_URL parses"),
            connection_name: self.connection_name.clone(),
            topology: self.topology.clone(),
            metrics_addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            shutdown_timeout: Duration::from_secs(10),
            ..Config::default()
        }
    }

    /// Starts the service in this process and waits until it consumes.
    pub async fn start_in_process(&mut self, configure: impl FnOnce(&mut Config)) {
        assert!(self.service.is_none(), "a service is already running");
        let mut config = self.config();
        configure(&mut config);
        // Whatever the test renamed is the test's to delete too.
        let (ours, theirs) = (&self.topology, &config.topology);
        for (a, b) in [
            (&ours.input_exchange, &theirs.input_exchange),
            (&ours.output_exchange, &theirs.output_exchange),
            (&ours.tags_exchange, &theirs.tags_exchange),
        ] {
            if a != b {
                self.extra_exchanges.push(b.clone());
            }
        }
        for (a, b) in [
            (&ours.input_queue, &theirs.input_queue),
            (&ours.dead_letter_queue, &theirs.dead_letter_queue),
        ] {
            if a != b {
                self.extra_queues.push(b.clone());
            }
        }
        let app = App::build(config).await.expect("App::build");
        let metrics_addr = app.metrics_addr();
        let mut readiness = app.readiness();
        let reloader = app.gazetteer_reloader();
        let (tx, rx) = oneshot::channel();
        let handle = tokio::spawn(app.run_until(async move {
            let _ = rx.await;
        }));
        tokio::time::timeout(WAIT, readiness.wait_ready())
            .await
            .expect("the service did not become ready within 30s");
        self.service = Some(InProcess {
            shutdown: tx,
            handle,
            readiness,
            metrics_addr,
            reloader,
        });
    }

    /// Asks the in-process service to stop and waits for `run_until` to return.
    pub async fn stop_in_process(&mut self) {
        let service = self.service.take().expect("no in-process service");
        let _ = service.shutdown.send(());
        tokio::time::timeout(Duration::from_secs(60), service.handle)
            .await
            .expect("run_until did not return within 60s of shutdown")
            .expect("run_until panicked")
            .expect("run_until failed");
    }

    /// The in-process service's gazetteer reloader.
    pub fn gazetteer_reloader(&self) -> enricher::gazetteer::Reloader {
        self.service
            .as_ref()
            .expect("no in-process service")
            .reloader
            .clone()
    }

    pub fn readiness(&self) -> Readiness {
        self.service
            .as_ref()
            .expect("no in-process service")
            .readiness
            .clone()
    }

    pub fn metrics_addr(&self) -> SocketAddr {
        self.service
            .as_ref()
            .expect("no in-process service")
            .metrics_addr
    }

    /// Starts `enricher serve` as a child process on this test's topology.
    pub fn spawn_process(&self) -> tokio::process::Child {
        self.spawn_process_with(|_| {})
    }

    /// Same as [`TestApp::spawn_process`], with a chance to add arguments or variables.
    pub fn spawn_process_with(
        &self,
        configure: impl FnOnce(&mut tokio::process::Command),
    ) -> tokio::process::Child {
        let mut cmd = broker::serve_command(
            Path::new(env!("CARGO_BIN_EXE_enricher")),
            &amqp_url(),
            &self.topology,
            &self.connection_name,
        );
        configure(&mut cmd);
        cmd.spawn().expect("spawn enricher serve")
    }

    /// Waits until the input queue has `n` consumers (a started process is ready).
    pub async fn wait_for_consumers(&self, n: u32) {
        // A debug `enricher serve` builds the gazetteer before it connects: tens of
        // seconds on a busy 2-core machine.
        self.wait_for_consumers_within(n, PROCESS_START_WAIT).await
    }

    /// Same, with its own bound (several processes loading the gazetteer at once).
    pub async fn wait_for_consumers_within(&self, n: u32, wait: Duration) {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let (_, consumers) = broker::queue_counts(&self.conn, &self.topology.input_queue)
                .await
                .expect("passive declare of the input queue");
            if consumers == n {
                return;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "input queue did not reach {n} consumers within {wait:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Publishes one input (routing key `article`) and waits for the broker's confirm.
    pub async fn publish_article(&self, body: &[u8]) {
        self.publish_with(
            body,
            "article",
            BasicProperties::default().with_content_type("application/json".into()),
        )
        .await;
    }

    /// Publishes many inputs with confirms pipelined.
    pub async fn publish_articles<B: AsRef<[u8]>>(&self, bodies: &[B]) {
        broker::publish_confirmed(&self.publish, &self.topology.input_exchange, bodies).await;
    }

    pub async fn publish_with(&self, body: &[u8], routing_key: &str, properties: BasicProperties) {
        let confirm = self
            .publish
            .basic_publish(
                self.topology.input_exchange.as_str().into(),
                routing_key.into(),
                BasicPublishOptions {
                    mandatory: true,
                    ..Default::default()
                },
                body,
                properties,
            )
            .await
            .expect("basic.publish")
            .await
            .expect("confirm");
        assert!(confirm.is_ack(), "input nacked");
        assert!(
            confirm.take_message().is_none(),
            "input returned unroutable"
        );
    }

    /// The next enriched article on the output exchange (bound with `#`).
    pub async fn next_enriched(&mut self) -> Received {
        next_from(&mut self.outputs, "an enriched article").await
    }

    /// The next enriched article if one arrives within `wait`.
    pub async fn try_next_enriched(&mut self, wait: Duration) -> Option<Received> {
        try_next_from(&mut self.outputs, wait).await
    }

    /// The next dead letter if one arrives within `wait`.
    pub async fn try_next_dead_letter(&mut self, wait: Duration) -> Option<Received> {
        try_next_from(&mut self.dead, wait).await
    }

    /// The next message on the dead-letter queue.
    pub async fn next_dead_letter(&mut self) -> Received {
        next_from(&mut self.dead, "a dead letter").await
    }

    /// Binds a new queue to the tags exchange with these headers and returns its
    /// consumer.
    pub async fn bind_tag_queue(&mut self, headers: &[(&str, AMQPValue)]) -> Consumer {
        let ch = self.conn.create_channel().await.expect("channel");
        let name = format!("test.tags.{:016x}", fastrand::u64(..));
        let mut args = FieldTable::default();
        for (k, v) in headers {
            args.insert((*k).into(), v.clone());
        }
        broker::declare_bound_queue(
            &ch,
            &name,
            QueueDeclareOptions::default(),
            FieldTable::default(),
            &self.topology.tags_exchange,
            "",
            args,
        )
        .await
        .unwrap_or_else(|e| panic!("{e}"));
        self.extra_queues.push(name.clone());
        consume_no_ack(&ch, &name).await
    }

    /// Binds a new queue to `exchange` with `#` and returns its consumer.
    pub async fn bind_queue_to(&mut self, exchange: &str) -> Consumer {
        let ch = self.conn.create_channel().await.expect("channel");
        let name = format!("test.extra.{:016x}", fastrand::u64(..));
        broker::declare_bound_queue(
            &ch,
            &name,
            QueueDeclareOptions::default(),
            FieldTable::default(),
            exchange,
            "#",
            FieldTable::default(),
        )
        .await
        .unwrap_or_else(|e| panic!("{e}"));
        self.extra_queues.push(name.clone());
        consume_no_ack(&ch, &name).await
    }

    /// The Prometheus text of the in-process service.
    pub async fn scrape_metrics(&self) -> String {
        let addr = self.metrics_addr();
        let mut sock = tokio::net::TcpStream::connect(addr)
            .await
            .expect("connect to /metrics");
        sock.write_all(
            format!("GET /metrics HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n")
                .as_bytes(),
        )
        .await
        .expect("write request");
        let mut text = String::new();
        sock.read_to_string(&mut text).await.expect("read response");
        let (head, body) = text.split_once("\r\n\r\n").expect("HTTP response");
        assert!(head.starts_with("HTTP/1.1 200"), "metrics answered {head}");
        body.to_owned()
    }

    /// Waits until the sample `key` (`name{labels}` as exposed) reaches `want`; the
    /// service counts a message after its confirm, which can be a moment after the test
    /// already received it. Panics after [`WAIT`] with the samples of that metric.
    pub async fn wait_for_metric(&self, key: &str, want: f64) {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let m = parse_metrics(&self.scrape_metrics().await);
            if m.get(key) == Some(&want) {
                return;
            }
            if tokio::time::Instant::now() > deadline {
                let name = key.split('{').next().unwrap_or(key);
                let related: Vec<_> = m.iter().filter(|(k, _)| k.starts_with(name)).collect();
                panic!("{key} did not reach {want} within {WAIT:?}: {related:?}");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Closes exactly the service's connection (found by its `connection_name` client
    /// property in `rabbitmqctl list_connections pid client_properties`) with
    /// `rabbitmqctl close_connection <pid>`. Never closes anyone else's.
    pub async fn close_service_connection(&self) -> usize {
        let out = tokio::process::Command::new("rabbitmqctl")
            .args([
                "list_connections",
                "--quiet",
                "--no-table-headers",
                "pid",
                "client_properties",
            ])
            .output()
            .await
            .expect("rabbitmqctl list_connections (is rabbitmqctl on PATH?)");
        assert!(
            out.status.success(),
            "rabbitmqctl failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let listing = String::from_utf8_lossy(&out.stdout);
        let needle = format!("\"{}\"", self.connection_name);
        let mut closed = 0;
        for line in listing.lines().filter(|l| l.contains(&needle)) {
            let pid = line.split('\t').next().expect("pid column").trim();
            let status = tokio::process::Command::new("rabbitmqctl")
                .args(["close_connection", pid, "closed by the disruption test"])
                .status()
                .await
                .expect("rabbitmqctl close_connection");
            assert!(status.success(), "close_connection {pid} failed");
            closed += 1;
        }
        closed
    }

    /// Deletes the service's input queue under it (the broker cancels its consumer).
    pub async fn delete_input_queue(&self) {
        let ch = self.conn.create_channel().await.expect("channel");
        ch.queue_delete(
            self.topology.input_queue.as_str().into(),
            QueueDeleteOptions::default(),
        )
        .await
        .expect("delete input queue");
        let _ = ch.close(200, "ok".into()).await;
    }

    /// Deletes the service's output exchange under it.
    pub async fn delete_output_exchange(&self) {
        let ch = self.conn.create_channel().await.expect("channel");
        ch.exchange_delete(
            self.topology.output_exchange.as_str().into(),
            ExchangeDeleteOptions::default(),
        )
        .await
        .expect("delete output exchange");
        let _ = ch.close(200, "ok".into()).await;
    }

    /// Deletes a queue (the service's dead-letter queue, say) under the service.
    pub async fn delete_queue(&self, queue: &str) {
        let ch = self.conn.create_channel().await.expect("channel");
        ch.queue_delete(queue.into(), QueueDeleteOptions::default())
            .await
            .expect("delete queue");
        let _ = ch.close(200, "ok".into()).await;
    }

    /// A new no-ack consumer on an existing queue.
    pub async fn consume(&self, queue: &str) -> Consumer {
        let ch = self.conn.create_channel().await.expect("channel");
        consume_no_ack(&ch, queue).await
    }

    /// Messages currently ready in a queue.
    pub async fn queue_depth(&self, queue: &str) -> u32 {
        queue_depth_on(&self.conn, queue).await
    }

    /// Stops the in-process service (if any) and deletes everything the test declared.
    pub async fn finish(mut self) {
        if self.service.is_some() {
            self.stop_in_process().await;
        }
        cleanup(
            &self.conn,
            &self.topology,
            &self.queues_to_delete(),
            &self.extra_exchanges,
        )
        .await;
        let _ = self.conn.close(200, "test done".into()).await;
        self.cleaned = true;
    }

    fn queues_to_delete(&self) -> Vec<String> {
        let mut q = self.extra_queues.clone();
        q.push(self.output_queue.clone());
        q
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if self.cleaned {
            return;
        }
        // A panicking test: clean up from a thread with its own runtime.
        let topology = self.topology.clone();
        let queues = self.queues_to_delete();
        let exchanges = self.extra_exchanges.clone();
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                if let Ok(conn) =
                    Connection::connect(&amqp_url(), ConnectionProperties::default()).await
                {
                    cleanup(&conn, &topology, &queues, &exchanges).await;
                    let _ = conn.close(200, "cleanup".into()).await;
                }
            });
        })
        .join();
    }
}

async fn cleanup(conn: &Connection, t: &Topology, queues: &[String], exchanges: &[String]) {
    broker::delete_topology(conn, t, queues, exchanges).await;
}

/// The next message of a test consumer, or a panic after [`WAIT`].
pub async fn next_from(consumer: &mut Consumer, what: &str) -> Received {
    match tokio::time::timeout(WAIT, consumer.next()).await {
        Ok(Some(Ok(d))) => Received {
            routing_key: d.routing_key.to_string(),
            properties: d.properties,
            data: d.data,
        },
        Ok(Some(Err(e))) => panic!("waiting for {what}: consumer error {e}"),
        Ok(None) => panic!("waiting for {what}: consumer ended"),
        Err(_) => panic!("no {what} within {WAIT:?}"),
    }
}

/// Whether a message arrives within `wait` (for asserting that nothing does).
pub async fn try_next_from(consumer: &mut Consumer, wait: Duration) -> Option<Received> {
    match tokio::time::timeout(wait, consumer.next()).await {
        Ok(Some(Ok(d))) => Some(Received {
            routing_key: d.routing_key.to_string(),
            properties: d.properties,
            data: d.data,
        }),
        _ => None,
    }
}

/// `n` copies of the German sample, each with its own id `{prefix}-{i}`.
pub fn sample_articles(prefix: &str, n: usize) -> Vec<Vec<u8>> {
    let base: serde_json::Value = serde_json::from_str(SAMPLE_DE).expect("sample parses");
    (0..n)
        .map(|i| {
            let mut a = base.clone();
            a["id"] = serde_json::Value::String(format!("{prefix}-{i}"));
            serde_json::to_vec(&a).expect("serialize")
        })
        .collect()
}

/// Parses `name{labels} value` lines of a Prometheus text exposition.
pub fn parse_metrics(text: &str) -> BTreeMap<String, f64> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (k, v) = l.rsplit_once(' ')?;
            Some((k.to_owned(), v.parse().ok()?))
        })
        .collect()
}

/// `GET path` as HTTP/1.0 (no chunked encoding to undo): the status code and the body.
pub async fn http_get(addr: SocketAddr, path: &str) -> std::io::Result<(u16, String)> {
    let mut stream = tokio::net::TcpStream::connect(addr).await?;
    let request = format!("GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n");
    stream.write_all(request.as_bytes()).await?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await?;
    let raw = String::from_utf8_lossy(&raw);
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    Ok((status, body.to_string()))
}

/// Asserts that Python's `json` module parses every one of `messages` (what downstream
/// consumers will use; stricter about some things than serde_json, laxer about others).
pub fn assert_python_parses(messages: &[Vec<u8>]) {
    assert_python(
        "import json,sys\nfor m in sys.stdin.buffer.read().split(b'\\0')[:-1]:\n    json.loads(m)",
        messages.iter().map(Vec::as_slice),
        "Python's json rejects an output",
    );
}

/// Runs `cmd` to its end and returns its standard output; panics, naming `what` and the
/// command's stderr, when it does not start or does not succeed.
pub fn run_ok(cmd: &mut std::process::Command, what: &str) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{what} does not start: {e}"));
    assert!(
        out.status.success(),
        "{what} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Runs the Python `script` with `messages` on its stdin, each followed by a NUL byte, and
/// asserts that it succeeds; on failure the panic says `what` and the script's stderr.
pub fn assert_python<'a>(script: &str, messages: impl IntoIterator<Item = &'a [u8]>, what: &str) {
    use std::io::Write;
    let mut child = std::process::Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs (the tests need it; .ci/run has it)");
    {
        let mut stdin = child.stdin.take().expect("stdin");
        for m in messages {
            stdin.write_all(m).expect("write");
            stdin.write_all(b"\0").expect("write");
        }
    }
    let out = child.wait_with_output().expect("python3 finishes");
    assert!(
        out.status.success(),
        "{what}:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `data` compressed with gzip, zlib-wrapped deflate and raw deflate (content encodings).
pub fn gzip(data: &[u8]) -> Vec<u8> {
    compress(
        flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default()),
        data,
    )
}

/// See [`gzip`].
pub fn zlib(data: &[u8]) -> Vec<u8> {
    compress(
        flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default()),
        data,
    )
}

/// See [`gzip`].
pub fn raw_deflate(data: &[u8]) -> Vec<u8> {
    compress(
        flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default()),
        data,
    )
}

/// Anything flate2 writes through and then finishes into a `Vec`.
trait Finish: std::io::Write {
    fn done(self) -> std::io::Result<Vec<u8>>;
}

impl Finish for flate2::write::GzEncoder<Vec<u8>> {
    fn done(self) -> std::io::Result<Vec<u8>> {
        self.finish()
    }
}

impl Finish for flate2::write::ZlibEncoder<Vec<u8>> {
    fn done(self) -> std::io::Result<Vec<u8>> {
        self.finish()
    }
}

impl Finish for flate2::write::DeflateEncoder<Vec<u8>> {
    fn done(self) -> std::io::Result<Vec<u8>> {
        self.finish()
    }
}

fn compress(mut encoder: impl Finish, data: &[u8]) -> Vec<u8> {
    encoder.write_all(data).expect("compress");
    encoder.done().expect("compress")
}
