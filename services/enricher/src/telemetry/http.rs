//! The operator's HTTP endpoint: `/metrics`, `/healthz`, `/readyz`.
//!
//! | path | answer |
//! |---|---|
//! | `GET /metrics` | 200, the Prometheus text exposition (format 0.0.4) |
//! | `GET /healthz` | 200 `ok` while the process runs (liveness) |
//! | `GET /readyz` | 200 `ready` when the broker connection is up and a consumer runs, else 503 with the reason |
//! | anything else | 404 (405 for a method other than GET or HEAD on a known path) |

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::header::{HeaderValue, ALLOW, CONTENT_TYPE};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use super::metrics::{Metrics, CONTENT_TYPE as METRICS_CONTENT_TYPE};

/// How long open connections get to finish their request once shutdown starts.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(5);

/// How long a client may take to send its request headers.
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// Binds `addr` and serves the endpoints until `shutdown` is cancelled.
///
/// The endpoints run on a thread of their own with its own single-threaded runtime, so
/// that `/healthz` and `/readyz` answer promptly while every worker of the main runtime
/// is busy tagging (they never wait in the tagging threads' queue).
///
/// Returns once the socket is bound, with the bound address (useful with port 0) and a
/// handle that completes when the server thread is done. That happens after `shutdown`
/// is cancelled: it stops accepting, lets open connections finish their current request
/// (bounded by a short drain timeout) and returns.
///
/// # Errors
///
/// The bind error (address in use, permission denied, ...), or the error of creating the
/// thread or its runtime.
pub async fn serve(
    addr: SocketAddr,
    metrics: Arc<Metrics>,
    shutdown: CancellationToken,
) -> std::io::Result<(SocketAddr, JoinHandle<()>)> {
    let listener = std::net::TcpListener::bind(addr)?;
    listener.set_nonblocking(true)?;
    let local = listener.local_addr()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let (done_tx, done_rx) = tokio::sync::oneshot::channel::<()>();
    std::thread::Builder::new()
        .name("enricher-http".into())
        .spawn(move || {
            runtime.block_on(async move {
                match TcpListener::from_std(listener) {
                    Ok(listener) => accept_loop(listener, metrics, shutdown).await,
                    Err(err) => tracing::error!(error = %err, "metrics endpoint: no listener"),
                }
            });
            let _ = done_tx.send(());
        })?;
    tracing::info!(addr = %local, "metrics endpoint listening");
    let task = tokio::spawn(async move {
        let _ = done_rx.await;
    });
    Ok((local, task))
}

async fn accept_loop(listener: TcpListener, metrics: Arc<Metrics>, shutdown: CancellationToken) {
    let connections = TaskTracker::new();
    loop {
        let stream = tokio::select! {
            _ = shutdown.cancelled() => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => stream,
                Err(err) => {
                    // Per-connection errors (the peer reset before accept, fd limit):
                    // keep serving, but do not spin if the error persists.
                    tracing::warn!(error = %err, "metrics endpoint: accept failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
        };
        let metrics = Arc::clone(&metrics);
        let shutdown = shutdown.clone();
        connections.spawn(async move {
            let service = service_fn(move |req| {
                let metrics = Arc::clone(&metrics);
                async move { Ok::<_, Infallible>(route(&req, &metrics)) }
            });
            let conn = http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_READ_TIMEOUT)
                .serve_connection(TokioIo::new(stream), service);
            tokio::pin!(conn);
            let result = tokio::select! {
                result = conn.as_mut() => result,
                _ = shutdown.cancelled() => {
                    conn.as_mut().graceful_shutdown();
                    conn.await
                }
            };
            if let Err(err) = result {
                tracing::debug!(error = %err, "metrics endpoint: connection error");
            }
        });
    }
    drop(listener);
    connections.close();
    if tokio::time::timeout(DRAIN_TIMEOUT, connections.wait())
        .await
        .is_err()
    {
        tracing::warn!("metrics endpoint: connections still open after the drain timeout");
    }
}

/// Answers one request. Pure apart from reading the metrics, so it is tested directly.
fn route(req: &Request<Incoming>, metrics: &Metrics) -> Response<Full<Bytes>> {
    respond(req.method(), req.uri().path(), metrics)
}

fn respond(method: &Method, path: &str, metrics: &Metrics) -> Response<Full<Bytes>> {
    let known = matches!(path, "/metrics" | "/healthz" | "/readyz");
    if !known {
        return text(StatusCode::NOT_FOUND, "not found\n");
    }
    if method != Method::GET && method != Method::HEAD {
        let mut resp = text(StatusCode::METHOD_NOT_ALLOWED, "method not allowed\n");
        resp.headers_mut()
            .insert(ALLOW, HeaderValue::from_static("GET, HEAD"));
        return resp;
    }
    match path {
        "/metrics" => {
            let mut resp = Response::new(Full::new(Bytes::from(metrics.encode())));
            resp.headers_mut()
                .insert(CONTENT_TYPE, HeaderValue::from_static(METRICS_CONTENT_TYPE));
            resp
        }
        "/healthz" => text(StatusCode::OK, "ok\n"),
        _ => match metrics.readiness() {
            Ok(()) => text(StatusCode::OK, "ready\n"),
            Err(reason) => text(
                StatusCode::SERVICE_UNAVAILABLE,
                &format!("not ready: {reason}\n"),
            ),
        },
    }
}

fn text(status: StatusCode, body: &str) -> Response<Full<Bytes>> {
    let mut resp = Response::new(Full::new(Bytes::copy_from_slice(body.as_bytes())));
    *resp.status_mut() = status;
    resp.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    resp
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use http_body_util::BodyExt;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    use super::*;
    use crate::telemetry::metrics::GazetteerLabels;

    fn metrics() -> Arc<Metrics> {
        Arc::new(Metrics::with_labels(&GazetteerLabels::default()))
    }

    async fn body(resp: Response<Full<Bytes>>) -> String {
        let bytes = resp.into_body().collect().await.unwrap().to_bytes();
        String::from_utf8(bytes.to_vec()).unwrap()
    }

    #[tokio::test]
    async fn routes_answer_by_path_method_and_readiness() {
        // (method, path, connected, consuming, status, body prefix)
        let cases = [
            (Method::GET, "/healthz", false, false, 200, "ok"),
            (
                Method::GET,
                "/readyz",
                false,
                false,
                503,
                "not ready: broker not connected",
            ),
            (
                Method::GET,
                "/readyz",
                true,
                false,
                503,
                "not ready: not consuming",
            ),
            (Method::GET, "/readyz", true, true, 200, "ready"),
            (Method::HEAD, "/readyz", true, true, 200, "ready"),
            (
                Method::GET,
                "/metrics",
                false,
                false,
                200,
                "# HELP enricher_",
            ),
            (
                Method::POST,
                "/metrics",
                false,
                false,
                405,
                "method not allowed",
            ),
            (Method::GET, "/", false, false, 404, "not found"),
            (Method::GET, "/metrics/", false, false, 404, "not found"),
        ];
        for (method, path, connected, consuming, status, prefix) in cases {
            let m = metrics();
            m.connection_up(connected);
            m.consuming(consuming);
            let resp = respond(&method, path, &m);
            let row = format!("{method} {path} connected={connected} consuming={consuming}");
            assert_eq!(resp.status().as_u16(), status, "{row}");
            let text = body(resp).await;
            assert!(text.starts_with(prefix), "{row}: {text:?}");
        }
    }

    /// A minimal HTTP/1.1 GET: returns the status line, the headers and the body.
    async fn get(addr: SocketAddr, path: &str) -> (String, String) {
        let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        let req = format!("GET {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");
        stream.write_all(req.as_bytes()).await.unwrap();
        let mut raw = String::new();
        stream.read_to_string(&mut raw).await.unwrap();
        let (head, body) = raw.split_once("\r\n\r\n").unwrap();
        (head.to_string(), body.to_string())
    }

    #[tokio::test]
    async fn serves_on_port_zero_and_stops_on_cancel() {
        let m = metrics();
        let shutdown = CancellationToken::new();
        let (addr, task) = serve(
            "127.0.0.1:0".parse().unwrap(),
            Arc::clone(&m),
            shutdown.clone(),
        )
        .await
        .unwrap();
        assert_ne!(addr.port(), 0);

        let (head, body) = get(addr, "/metrics").await;
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        assert!(
            head.to_ascii_lowercase()
                .contains("content-type: text/plain; version=0.0.4; charset=utf-8"),
            "{head}"
        );
        assert!(body.contains("enricher_build_info{version="), "{body}");

        let (head, _) = get(addr, "/readyz").await;
        assert!(head.starts_with("HTTP/1.1 503"), "{head}");
        m.connection_up(true);
        m.consuming(true);
        let (head, body) = get(addr, "/readyz").await;
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        assert_eq!(body, "ready\n");
        let (head, _) = get(addr, "/nope").await;
        assert!(head.starts_with("HTTP/1.1 404"), "{head}");

        shutdown.cancel();
        tokio::time::timeout(Duration::from_secs(10), task)
            .await
            .expect("server stops after cancel")
            .unwrap();
        assert!(
            tokio::net::TcpStream::connect(addr).await.is_err(),
            "listener closed"
        );
    }

    #[tokio::test]
    async fn bind_errors_are_returned() {
        let taken = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = taken.local_addr().unwrap();
        let err = serve(addr, metrics(), CancellationToken::new())
            .await
            .unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::AddrInUse);
    }
}
