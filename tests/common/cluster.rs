//! A three-node RabbitMQ cluster on this machine, driven through `scripts/cluster.sh`
//! (nodes enr1..3@localhost on AMQP ports 5691-5693, beside the broker on 5672), for the
//! failover tests, the chaos test and the chaos example (which include this file with
//! `#[path]`).
//!
//! [`Cluster`] brings everything back when dropped, also on a panic: a cluster it started
//! is torn down (nodes stopped, data removed); in a cluster it found running, the nodes
//! it stopped are started again.
#![allow(dead_code, clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

use enricher::amqp::{connect_any, AmqpUrls, TlsConfig};
use lapin::Connection;

/// Where the script runs RabbitMQ from; without it, cluster tests are skipped.
pub const RABBITMQ_SERVER: &str = "/usr/lib/rabbitmq/bin/rabbitmq-server";

/// AMQP ports of nodes 1, 2 and 3.
pub const NODES: [u16; 3] = [5691, 5692, 5693];

/// The AMQP URL of node `i` (1-based).
pub fn node_url(i: usize) -> String {
    format!("amqp://guest:guest@127.0.0.1:{}/%2f", NODES[i - 1])
}

fn script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scripts/cluster.sh")
}

/// Runs the script to the end (blocking), with node 1's TLS listener when `tls_dir`
/// holds the certificates. In its own process group, so that a Ctrl-C meant for the
/// caller does not stop it halfway.
fn cluster_sh_blocking(args: &[&str], tls_dir: Option<&std::path::Path>) -> String {
    use std::os::unix::process::CommandExt as _;
    let mut cmd = Command::new("bash");
    if let Some(dir) = tls_dir {
        cmd.env("ENRICHER_CLUSTER_TLS_DIR", dir);
    }
    let out = cmd
        .arg(script())
        .args(args)
        .stdin(Stdio::null())
        .process_group(0)
        .output()
        .expect("run scripts/cluster.sh");
    assert!(
        out.status.success(),
        "cluster.sh {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Same as [`cluster_sh_blocking`] without holding up a runtime thread.
async fn cluster_sh(args: &[&str]) -> Result<String, String> {
    let out = tokio::process::Command::new("bash")
        .arg(script())
        .args(args)
        .stdin(Stdio::null())
        .process_group(0)
        .output()
        .await
        .map_err(|e| format!("run scripts/cluster.sh: {e}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(format!(
            "cluster.sh {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

fn port_open(port: u16) -> bool {
    std::net::TcpStream::connect_timeout(
        &std::net::SocketAddr::from(([127, 0, 0, 1], port)),
        Duration::from_millis(300),
    )
    .is_ok()
}

/// The running cluster.
#[derive(Debug)]
pub struct Cluster {
    /// Whether this value started the cluster (and so tears it down).
    owned: bool,
    /// Nodes stopped through [`Cluster::stop_node`] and not started again.
    stopped: Mutex<BTreeSet<usize>>,
}

impl Cluster {
    /// Starts `n` nodes, or `None` (after saying why) where RabbitMQ is not installed.
    pub fn up(n: usize) -> Option<Cluster> {
        Cluster::up_with(n, None)
    }

    /// Same as [`Cluster::up`], node 1 with a TLS listener on 5696.
    pub fn up_with(n: usize, tls_dir: Option<&std::path::Path>) -> Option<Cluster> {
        if !std::path::Path::new(RABBITMQ_SERVER).exists() {
            eprintln!("SKIPPED: RabbitMQ is not installed ({RABBITMQ_SERVER} missing)");
            return None;
        }
        // The guard exists before the nodes do, so a failed start is cleaned up too.
        let cluster = Cluster {
            owned: true,
            stopped: Mutex::new(BTreeSet::new()),
        };
        cluster_sh_blocking(&["up", &n.to_string()], tls_dir);
        Some(cluster)
    }

    /// The three-node cluster already running on 5691-5693 (`just cluster-up`), left
    /// running at the end, or a new one started (and torn down at the end).
    pub fn reuse_or_up() -> Option<Cluster> {
        if NODES.iter().all(|p| port_open(*p)) {
            eprintln!("[cluster] using the cluster running on 5691-5693 (left running)");
            return Some(Cluster {
                owned: false,
                stopped: Mutex::new(BTreeSet::new()),
            });
        }
        Cluster::up(NODES.len())
    }

    /// Every node's URL, comma-separated (what `AMQP_URL` takes).
    pub fn urls(&self) -> String {
        (1..=NODES.len())
            .map(node_url)
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Stops node `i` (1-based) with SIGTERM and waits until it is gone.
    pub async fn stop_node(&self, i: usize) {
        self.stopped.lock().unwrap().insert(i);
        cluster_sh(&["stop-node", &i.to_string()]).await.unwrap();
    }

    /// Starts node `i` again and waits until it runs its application.
    pub async fn start_node(&self, i: usize) {
        cluster_sh(&["start-node", &i.to_string()]).await.unwrap();
        self.stopped.lock().unwrap().remove(&i);
    }

    /// `rabbitmqctl -q ARGS` on the first node that answers.
    ///
    /// # Panics
    ///
    /// When no node answers.
    pub async fn ctl(&self, args: &[&str]) -> String {
        self.try_ctl(args).await.unwrap_or_else(|e| panic!("{e}"))
    }

    /// `rabbitmqctl -q --no-table-headers list_<what> COLUMNS` on the first node that
    /// answers: one tab-separated line per row.
    pub async fn list(&self, what: &str, columns: &[&str]) -> String {
        let command = format!("list_{what}");
        let mut args = vec!["--no-table-headers", command.as_str()];
        args.extend_from_slice(columns);
        self.ctl(&args).await
    }

    /// Same as [`Cluster::ctl`], or every node's error.
    pub async fn try_ctl(&self, args: &[&str]) -> Result<String, String> {
        let mut errors = Vec::new();
        for i in 1..=NODES.len() {
            let node = i.to_string();
            let mut all = vec!["ctl", node.as_str(), "-q"];
            all.extend_from_slice(args);
            match cluster_sh(&all).await {
                Ok(out) => return Ok(out),
                Err(e) => errors.push(e),
            }
        }
        Err(format!("no node answers rabbitmqctl {args:?}: {errors:?}"))
    }

    /// Closes every connection named `connection_name` (its client property, as
    /// `rabbitmqctl list_connections pid client_properties` shows it) with
    /// `rabbitmqctl close_connection`; returns how many were closed.
    pub async fn close_connections_named(&self, connection_name: &str, reason: &str) -> usize {
        let listing = self
            .list("connections", &["pid", "client_properties"])
            .await;
        let needle = format!("\"{connection_name}\"");
        let mut closed = 0;
        for line in listing.lines().filter(|l| l.contains(&needle)) {
            let pid = line.split('\t').next().unwrap_or_default().trim();
            // The connection may be gone by now (the service reconnecting): not an error.
            if self
                .try_ctl(&["close_connection", pid, reason])
                .await
                .is_ok()
            {
                closed += 1;
            }
        }
        closed
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        if self.owned {
            let _ = std::panic::catch_unwind(|| cluster_sh_blocking(&["down"], None));
            return;
        }
        let stopped = std::mem::take(&mut *self.stopped.lock().unwrap_or_else(|e| e.into_inner()));
        for i in stopped {
            eprintln!("[cluster] starting enr{i}@localhost again");
            let _ = std::panic::catch_unwind(|| {
                cluster_sh_blocking(&["start-node", &i.to_string()], None)
            });
        }
    }
}

/// A connection to the first node of `urls` that answers, from `start` on, retried for
/// up to 120 s (nodes restarting on a busy machine).
///
/// # Panics
///
/// When no node answers within 120 s.
pub async fn connect_retrying(urls: &str, start: usize, name: &str) -> Connection {
    let urls: AmqpUrls = urls.parse().unwrap();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(120);
    loop {
        match connect_any(&urls, start, name, &TlsConfig::default()).await {
            Ok((conn, _)) => return conn,
            Err(err) if tokio::time::Instant::now() < deadline => {
                eprintln!("{name}: {err}; retrying");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
            Err(err) => panic!("no cluster node answers: {err}"),
        }
    }
}
