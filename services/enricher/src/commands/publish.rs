//! `enricher publish FILE ...`: publish NDJSON articles to the input exchange with
//! publisher confirms (for scrapers, backfills and demos).
//!
//! Lines are checked with the same decoder as the service (`Article::decode`); a line
//! that can never be an article is reported on stderr as one JSON object with `file`,
//! `line`, `error` (the dead-letter reason) and `detail`, and is not published: it
//! would only land in the dead-letter queue, and the person running `publish` is the
//! one who can fix it. `--no-validate` publishes every non-empty line as it is (to
//! exercise dead-lettering). Empty lines are skipped.

use std::borrow::Cow;
use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context as _;
use enricher_proto::Article;
use futures_util::stream::{FuturesUnordered, StreamExt};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use lapin::options::{BasicPublishOptions, ConfirmSelectOptions, ExchangeDeclareOptions};
use lapin::types::{FieldTable, ShortString};
use lapin::{BasicProperties, Confirmation, ExchangeKind};

use crate::config::BrokerArgs;

/// Arguments of `enricher publish`.
#[derive(Debug, clap::Args)]
pub struct PublishArgs {
    /// NDJSON files, one article per line (`-` reads stdin).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,

    #[command(flatten)]
    pub broker: BrokerArgs,

    /// Topic exchange to publish to (declared durable if missing).
    #[arg(long, env = "ENRICHER_INPUT_EXCHANGE", default_value = crate::config::defaults::INPUT_EXCHANGE)]
    pub exchange: String,

    /// Routing key of every message.
    #[arg(long, default_value = "article")]
    pub routing_key: String,

    /// Publishes awaiting their confirm at once.
    #[arg(long, default_value_t = 512, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_in_flight: u32,

    /// Publish every non-empty line as it is, without checking that it is an article.
    #[arg(long)]
    pub no_validate: bool,
}

/// What a run did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Lines confirmed by the broker and routed to a queue.
    pub published: u64,
    /// Lines not published because they are not articles.
    pub rejected: u64,
    /// Lines returned unroutable (no queue bound to the exchange).
    pub returned: u64,
    /// Lines the broker nacked.
    pub nacked: u64,
}

/// Runs `enricher publish`; exit code 1 when any line was not published.
pub fn run(args: PublishArgs) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let started = Instant::now();
    let summary = runtime.block_on(publish(&args))?;
    let secs = started.elapsed().as_secs_f64();
    println!(
        "published {} articles to {} in {:.2} s ({:.0} msg/s); {} rejected, {} returned unroutable, {} nacked",
        summary.published,
        args.exchange,
        secs,
        summary.published as f64 / secs.max(1e-9),
        summary.rejected,
        summary.returned,
        summary.nacked
    );
    if summary.returned > 0 {
        eprintln!(
            "enricher publish: no queue is bound to {:?}; start `enricher serve` once to declare its queue",
            args.exchange
        );
    }
    let all = summary.rejected + summary.returned + summary.nacked == 0;
    Ok(if all {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Where a published line came from, to report its fate.
#[derive(Debug, Clone)]
struct LineRef {
    file: String,
    line: u64,
}

/// Publishes every line of every file; confirms are awaited `max_in_flight` at a time.
///
/// # Errors
///
/// Connection failures and unreadable files; lines already confirmed stay published.
pub async fn publish(args: &PublishArgs) -> anyhow::Result<Summary> {
    let (urls, tls) = args.broker.resolve()?;
    let (conn, _) = crate::amqp::connect_any(
        &urls,
        0,
        &format!("enricher publish (pid {})", std::process::id()),
        &tls,
    )
    .await?;
    let channel = conn
        .create_channel()
        .await
        .context("cannot open a channel")?;
    channel
        .exchange_declare(
            args.exchange.as_str().into(),
            ExchangeKind::Topic,
            ExchangeDeclareOptions {
                durable: true,
                ..Default::default()
            },
            FieldTable::default(),
        )
        .await
        .with_context(|| format!("cannot declare exchange {:?}", args.exchange))?;
    channel
        .confirm_select(ConfirmSelectOptions::default())
        .await
        .context("confirm.select failed")?;

    let total: u64 = args
        .files
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    let progress = progress_bar(total, args.files.iter().any(|p| p.as_os_str() == "-"));

    let mut summary = Summary::default();
    let mut pending = FuturesUnordered::new();
    let options = BasicPublishOptions {
        mandatory: true,
        immediate: false,
    };
    let mut lines = spawn_reader(args.files.clone());
    while let Some(item) = lines.recv().await {
        let Line {
            file,
            line_no,
            bytes,
        } = item?;
        progress.inc(bytes.len() as u64);
        let line = trim_line(&bytes);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let mut properties = BasicProperties::default()
            .with_content_type("application/json".into())
            .with_delivery_mode(2);
        if !args.no_validate {
            if let Err(err) = Article::decode(line, None) {
                summary.rejected += 1;
                report(&progress, &file, line_no, err.reason(), &err.to_string());
                continue;
            }
        }
        if let Some(id) = id_field(line) {
            properties = properties.with_message_id(id);
        }
        let confirm = channel
            .basic_publish(
                args.exchange.as_str().into(),
                args.routing_key.as_str().into(),
                options,
                line,
                properties,
            )
            .await
            .context("publish failed: the connection is gone")?;
        let at = LineRef {
            file,
            line: line_no,
        };
        pending.push(async move { (at, confirm.await) });
        while pending.len() >= args.max_in_flight as usize {
            if let Some((at, result)) = pending.next().await {
                settle(&progress, &mut summary, at, result)?;
            }
        }
    }
    while let Some((at, result)) = pending.next().await {
        settle(&progress, &mut summary, at, result)?;
    }
    progress.finish_and_clear();
    let _ = conn.close(200, "done".into()).await;
    Ok(summary)
}

/// One line read from an input file (with its newline).
struct Line {
    file: String,
    line_no: u64,
    bytes: Vec<u8>,
}

/// Reads the files on a plain thread (blocking reads never stall the connection's
/// I/O) and hands lines over through a small bounded channel, so memory stays flat
/// however large the files are.
fn spawn_reader(files: Vec<PathBuf>) -> tokio::sync::mpsc::Receiver<anyhow::Result<Line>> {
    let (tx, rx) = tokio::sync::mpsc::channel(1024);
    std::thread::spawn(move || {
        for path in files {
            let name = path.display().to_string();
            let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
                Box::new(std::io::stdin().lock())
            } else {
                match std::fs::File::open(&path) {
                    Ok(f) => Box::new(std::io::BufReader::new(f)),
                    Err(e) => {
                        let _ = tx.blocking_send(Err(
                            anyhow::Error::new(e).context(format!("cannot open {name}"))
                        ));
                        return;
                    }
                }
            };
            if read_lines(reader, &name, &tx).is_err() {
                return;
            }
        }
    });
    rx
}

/// Sends every line of `reader`; `Err` when the receiver is gone or reading failed.
fn read_lines(
    mut reader: Box<dyn BufRead>,
    name: &str,
    tx: &tokio::sync::mpsc::Sender<anyhow::Result<Line>>,
) -> Result<(), ()> {
    let mut line_no = 0;
    loop {
        let mut bytes = Vec::new();
        match reader.read_until(b'\n', &mut bytes) {
            Ok(0) => return Ok(()),
            Ok(_) => {
                line_no += 1;
                let line = Line {
                    file: name.to_owned(),
                    line_no,
                    bytes,
                };
                tx.blocking_send(Ok(line)).map_err(|_| ())?;
            }
            Err(e) => {
                let _ = tx.blocking_send(Err(
                    anyhow::Error::new(e).context(format!("cannot read {name}"))
                ));
                return Err(());
            }
        }
    }
}

fn settle(
    progress: &ProgressBar,
    summary: &mut Summary,
    at: LineRef,
    result: lapin::Result<Confirmation>,
) -> anyhow::Result<()> {
    match result.context("lost the connection while waiting for confirms")? {
        Confirmation::Ack(None) | Confirmation::NotRequested => summary.published += 1,
        Confirmation::Ack(Some(ret)) | Confirmation::Nack(Some(ret)) => {
            summary.returned += 1;
            report(
                progress,
                &at.file,
                at.line,
                "returned",
                &format!("{} {}", ret.reply_code, ret.reply_text),
            );
        }
        Confirmation::Nack(None) => {
            summary.nacked += 1;
            report(
                progress,
                &at.file,
                at.line,
                "nacked",
                "the broker nacked the message",
            );
        }
    }
    Ok(())
}

/// One JSON object per problem line on stderr (the bar is paused while printing).
fn report(progress: &ProgressBar, file: &str, line: u64, error: &str, detail: &str) {
    let obj = serde_json::json!({ "file": file, "line": line, "error": error, "detail": detail });
    progress.suspend(|| eprintln!("{obj}"));
}

fn progress_bar(total_bytes: u64, has_stdin: bool) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    if has_stdin || total_bytes == 0 {
        ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
            ProgressStyle::with_template("{spinner} {bytes} read, {elapsed}")
                .expect("valid template"),
        )
    } else {
        ProgressBar::with_draw_target(Some(total_bytes), ProgressDrawTarget::stderr()).with_style(
            ProgressStyle::with_template(
                "{wide_bar} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
            )
            .expect("valid template"),
        )
    }
}

fn trim_line(buf: &[u8]) -> &[u8] {
    let mut line = buf;
    while let [rest @ .., b'\n' | b'\r'] = line {
        line = rest;
    }
    line
}

/// The string `id` field of a JSON object line, if it has one that fits a
/// `message_id` (255 bytes).
fn id_field(line: &[u8]) -> Option<ShortString> {
    #[derive(serde::Deserialize)]
    struct IdOnly<'a> {
        #[serde(borrow, default)]
        id: Option<Cow<'a, str>>,
    }
    let parsed: IdOnly<'_> = serde_json::from_slice(line).ok()?;
    ShortString::try_new(parsed.id?.into_owned()).ok()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn id_field_table() {
        let rows: &[(&str, &[u8], Option<&str>)] = &[
            ("string id", br#"{"id":"a-1","body":"x"}"#, Some("a-1")),
            (
                "escaped id",
                br#"{"id":"a\u002d2","body":"x"}"#,
                Some("a-2"),
            ),
            ("no id", br#"{"body":"x"}"#, None),
            ("numeric id", br#"{"id":7,"body":"x"}"#, None),
            ("not json", b"{nope", None),
        ];
        for (name, line, want) in rows {
            assert_eq!(
                id_field(line).as_ref().map(|s| s.as_str()),
                *want,
                "row {name}"
            );
        }
        let long = format!(r#"{{"id":"{}"}}"#, "x".repeat(300));
        assert!(
            id_field(long.as_bytes()).is_none(),
            "over-long ids are left out"
        );
    }

    #[test]
    fn trim_line_strips_crlf_only() {
        assert_eq!(trim_line(b"{}\r\n"), b"{}");
        assert_eq!(trim_line(b"{} \n"), b"{} ");
        assert_eq!(trim_line(b"{}"), b"{}");
    }
}
