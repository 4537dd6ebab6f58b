//! `enricher enrich`: the service's enrichment on NDJSON files, with no broker.
//!
//! Every non-blank input line goes through exactly what `serve` does to a message
//! body: the size limit, [`Article::decode`], [`enricher_tagger::enrich`]. An enriched
//! article becomes one output line; a line that can never be enriched becomes one JSON
//! object on stderr (where `serve` would dead-letter it) and the run goes on.
//!
//! Lines flow through three stages so that tagging uses every core while the output
//! keeps the input order:
//!
//! - the **reader** (the calling thread) cuts the inputs into [`Batch`]es of lines;
//! - **workers** decode, enrich and serialize whole batches ([`process_batch`]);
//! - the **writer** puts finished batches back in order and writes them out.
//!
//! Memory is bounded: at most `2 × jobs + 2` batches are in flight (a permit channel
//! the reader fills and the writer drains), and a line longer than the size limit is
//! never held beyond the limit.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use enricher_proto::{Article, DecodeError, EntityType, DEFAULT_MAX_MESSAGE_BYTES};
use enricher_tagger::Gazetteer;
use serde::Serialize;

const AFTER_LONG_HELP: &str = "\
Input: NDJSON, one raw article (a JSON object with at least a string \"body\"; see
proto/schemas/news.raw.v1.schema.json) per line. Blank lines and a UTF-8 byte order
mark at the start of a file are skipped. An article without \"id\" gets `sha256:` and
32 hex digits of the SHA-256 of its \"url\" (or of its \"body\" when it has no url), so
re-running a file gives the same ids.

Output: one news.enriched.v1 object per enriched article (proto/schemas/
news.enriched.v1.schema.json), in input order, on stdout or in --output.

Rejected lines: a line that can never be enriched (what `serve` dead-letters) is
reported on stderr as one JSON object and the run goes on:
  {\"file\":\"in.ndjson\",\"line\":7,\"error\":\"invalid_json\",\"detail\":\"...\"}
`line` is 1-based; `file` is \"<stdin>\" for standard input; `error` is one of
too_large, invalid_utf8, too_deep, invalid_json, not_an_object, missing_body,
invalid_field.

Summary: at the end, one line on stderr with the counters `serve` exports as metrics:
articles read (enricher_messages_consumed_total), enriched
(enricher_messages_published_total), rejected by reason
(enricher_messages_dead_lettered_total), mentions by type (enricher_mentions_total),
then the input size, the elapsed time and the throughput.

Exit status: 0 when every input was read to the end (even if lines were rejected);
non-zero when an input or the output fails (I/O error) or the gazetteer is bad (the
message names the file, the line and the cause).

Examples:
  enricher enrich samples/articles.ndjson > enriched.ndjson
  zcat backfill-*.ndjson.gz | enricher enrich --output enriched.ndjson 2> rejected.ndjson
  enricher enrich --gazetteer ./my-gazetteer - < articles.ndjson";

/// Arguments of `enricher enrich`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = AFTER_LONG_HELP)]
pub struct EnrichArgs {
    /// NDJSON files of raw articles; `-` (or no FILE at all) reads standard input.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Write the enriched NDJSON to FILE (created or truncated) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Gazetteer directory (countries.toml, organizations.toml, weapons.toml,
    /// regions.toml) [default: the gazetteer built into the binary].
    #[arg(long, env = "ENRICHER_GAZETTEER", value_name = "DIR")]
    pub gazetteer: Option<PathBuf>,

    /// Lines longer than this are rejected as `too_large`, as `serve` dead-letters
    /// messages over the same limit.
    #[arg(long, env = "ENRICHER_MAX_MESSAGE_BYTES", value_name = "BYTES",
          default_value_t = DEFAULT_MAX_MESSAGE_BYTES)]
    pub max_message_bytes: usize,

    /// List at most this many mentions per article, 0 to 1000, as `serve
    /// --max-mentions`: past it the list is cut and the article says so; the tag counts
    /// stay exact. 0 writes tags only.
    #[arg(long, env = "ENRICHER_MAX_MENTIONS", value_name = "N",
          default_value_t = enricher_proto::MAX_MENTIONS,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(0..=1000))]
    pub max_mentions: usize,

    /// Tagging threads [default: the number of CPUs]. The output is in input order
    /// whatever the number.
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<NonZeroUsize>,
}

/// Loads the gazetteer of `--gazetteer DIR`, or the built-in one.
///
/// # Errors
///
/// A bad gazetteer, as `bad gazetteer: DIR/FILE:LINE: CAUSE`.
pub fn load_gazetteer(dir: Option<&Path>) -> anyhow::Result<Gazetteer> {
    let Some(dir) = dir else {
        return Gazetteer::builtin()
            .map_err(|e| anyhow::anyhow!("the built-in gazetteer does not load: {e}"));
    };
    Gazetteer::load_dir(dir).map_err(|e| {
        // The tagger names files relative to the directory; name the path.
        let file = Path::new(&e.file);
        let file = if file.parent().is_some_and(|p| p.as_os_str().is_empty()) {
            dir.join(file)
        } else {
            file.to_path_buf()
        };
        anyhow::anyhow!("bad gazetteer: {}:{}: {}", file.display(), e.line, e.cause)
    })
}

/// Runs `enricher enrich`.
pub fn run(args: EnrichArgs) -> anyhow::Result<ExitCode> {
    let gazetteer = load_gazetteer(args.gazetteer.as_deref())?;

    if args.files.is_empty() && io::stdin().is_terminal() {
        eprintln!("enricher enrich: reading NDJSON articles from stdin (end with Ctrl-D; `enricher enrich --help` for more)");
    }
    // Open everything first: a mistyped third file name fails before any output.
    let inputs = open_inputs(&args.files)?;
    let output = match &args.output {
        Some(path) => Output::File(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        ),
        None => Output::Stdout,
    };
    let jobs = args
        .jobs
        .or_else(|| std::thread::available_parallelism().ok());
    let jobs = jobs.map_or(1, NonZeroUsize::get);

    let started = Instant::now();
    let limits = Limits {
        bytes: args.max_message_bytes,
        mentions: args.max_mentions,
    };
    let outcome = enrich_inputs(inputs, output, &gazetteer, limits, jobs)?;
    let elapsed = started.elapsed();

    match outcome {
        Outcome::Completed(tally) => {
            eprintln!("{}", tally.summary(elapsed));
            Ok(ExitCode::SUCCESS)
        }
        // The reader of our output went away (`enricher enrich ... | head`): stop
        // quietly, as other Unix filters do.
        Outcome::OutputClosed => Ok(ExitCode::SUCCESS),
    }
}

/// One input: its name for error reports and its reader.
struct Input {
    name: Arc<str>,
    reader: Box<dyn Read + Send>,
}

const STDIN_NAME: &str = "<stdin>";

/// Some editors start UTF-8 files with one; it is dropped from an input's first line.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

fn open_inputs(files: &[PathBuf]) -> anyhow::Result<Vec<Input>> {
    let stdin = || Input {
        name: STDIN_NAME.into(),
        reader: Box::new(io::stdin()),
    };
    if files.is_empty() {
        return Ok(vec![stdin()]);
    }
    files
        .iter()
        .map(|path| {
            if path.as_os_str() == "-" {
                return Ok(stdin());
            }
            let file =
                File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
            Ok(Input {
                name: path.display().to_string().into(),
                reader: Box::new(file),
            })
        })
        .collect()
}

/// Where the enriched lines go.
enum Output {
    Stdout,
    File(File),
}

/// How a run ended.
enum Outcome {
    /// Every input was read to its end.
    Completed(Tally),
    /// The output was closed by its reader (broken pipe).
    OutputClosed,
}

/// A batch aims at this much input, so that batch overheads vanish and a batch is
/// still small next to the caches.
const BATCH_BYTES: usize = 256 * 1024;
/// ... or at most this many lines (many tiny articles).
const BATCH_LINES: usize = 2048;

/// Consecutive lines of one input, handed to a worker as a whole.
struct Batch {
    seq: u64,
    file: Arc<str>,
    /// The lines' bytes, back to back.
    data: Vec<u8>,
    lines: Vec<Line>,
}

/// One non-blank input line.
enum Line {
    /// `data[start..end]` is line number `number` (1-based).
    Text {
        number: u64,
        start: usize,
        end: usize,
    },
    /// The line had `size` bytes, over the limit; its bytes were skipped, not kept.
    TooLarge { number: u64, size: usize },
}

/// What a worker made of a batch.
struct Done {
    seq: u64,
    /// Enriched NDJSON lines.
    output: Vec<u8>,
    /// Rejected-line reports, one JSON object per line.
    rejects: Vec<u8>,
    tally: Tally,
}

/// The counters of a run: the same ones `serve` exports as metrics.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Tally {
    /// Non-blank lines read (`enricher_messages_consumed_total`).
    consumed: u64,
    /// Articles enriched and written (`enricher_messages_published_total`).
    published: u64,
    /// Rejected lines by [`DecodeError::reason`]
    /// (`enricher_messages_dead_lettered_total{reason}`).
    rejected: BTreeMap<&'static str, u64>,
    /// Mentions by type: country, organization, weapon (`enricher_mentions_total{type}`).
    mentions: [u64; 3],
    /// Input bytes read, newlines and blank lines included.
    bytes: u64,
}

const ENTITY_TYPES: [EntityType; 3] = [
    EntityType::Country,
    EntityType::Organization,
    EntityType::Weapon,
];

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.consumed += other.consumed;
        self.published += other.published;
        for (reason, n) in &other.rejected {
            *self.rejected.entry(reason).or_default() += n;
        }
        for (a, b) in self.mentions.iter_mut().zip(other.mentions) {
            *a += b;
        }
        self.bytes += other.bytes;
    }

    fn reject(&mut self, error: &DecodeError) {
        *self.rejected.entry(error.reason()).or_default() += 1;
    }

    /// The final line, e.g. `enricher enrich: 7 articles read, 6 enriched, 1 rejected
    /// (invalid_json 1); mentions: 41 country, 6 organization, 12 weapon; 0.03 MB in 0.012 s (2.5 MB/s)`.
    fn summary(&self, elapsed: Duration) -> String {
        let rejected: u64 = self.rejected.values().sum();
        // In the order of DecodeError::REASONS (the order of the pipeline's checks).
        let rank = |r: &str| DecodeError::REASONS.iter().position(|k| *k == r);
        let mut by_reason: Vec<(&str, u64)> = self.rejected.iter().map(|(r, n)| (*r, *n)).collect();
        by_reason.sort_by_key(|(r, _)| (rank(r).unwrap_or(usize::MAX), *r));
        let reasons: Vec<String> = by_reason
            .iter()
            .map(|(reason, n)| format!("{reason} {n}"))
            .collect();
        let reasons = if reasons.is_empty() {
            String::new()
        } else {
            format!(" ({})", reasons.join(", "))
        };
        let mentions: Vec<String> = ENTITY_TYPES
            .iter()
            .zip(self.mentions)
            .map(|(ty, n)| format!("{n} {}", ty.as_str()))
            .collect();
        let seconds = elapsed.as_secs_f64();
        let megabytes = self.bytes as f64 / 1e6;
        let rate = if seconds > 0.0 {
            megabytes / seconds
        } else {
            0.0
        };
        format!(
            "enricher enrich: {} articles read, {} enriched, {rejected} rejected{reasons}; \
             mentions: {}; {megabytes:.2} MB in {seconds:.3} s ({rate:.1} MB/s)",
            self.consumed,
            self.published,
            mentions.join(", "),
        )
    }
}

/// The size limit of a line and the number of mentions listed per article.
#[derive(Debug, Clone, Copy)]
struct Limits {
    bytes: usize,
    mentions: usize,
}

/// Runs the reader on this thread, `jobs` workers and the writer on scoped threads.
fn enrich_inputs(
    inputs: Vec<Input>,
    output: Output,
    gazetteer: &Gazetteer,
    limits: Limits,
    jobs: usize,
) -> anyhow::Result<Outcome> {
    let in_flight = 2 * jobs + 2;
    let (batch_tx, batch_rx) = sync_channel::<Batch>(jobs);
    let batch_rx = Arc::new(Mutex::new(batch_rx));
    let (done_tx, done_rx) = sync_channel::<Done>(jobs);
    // One permit per batch in flight: the reader sends before dispatching a batch,
    // the writer receives after writing one.
    let (permit_tx, permit_rx) = sync_channel::<()>(in_flight);

    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let batch_rx = Arc::clone(&batch_rx);
            let done_tx = done_tx.clone();
            scope.spawn(move || work(&batch_rx, &done_tx, gazetteer, limits));
        }
        // Only the workers may hold the receivers: when they all stop (the writer is
        // gone), the reader's sends must fail instead of blocking forever.
        drop(batch_rx);
        drop(done_tx);
        let writer = scope.spawn(move || write_in_order(done_rx, permit_rx, output));

        let read = read_batches(inputs, limits.bytes, &batch_tx, &permit_tx);
        drop(batch_tx);
        drop(permit_tx);
        let written = writer
            .join()
            .map_err(|_| anyhow::anyhow!("the writer thread panicked"))?;

        match (read, written) {
            (_, Err(e)) if e.kind() == io::ErrorKind::BrokenPipe => Ok(Outcome::OutputClosed),
            (_, Err(e)) => Err(anyhow::Error::new(e).context("cannot write the output")),
            (Err(e), _) => Err(e),
            (Ok(ReadEnd::Stopped), Ok(_)) => Ok(Outcome::OutputClosed),
            (Ok(ReadEnd::AllRead { bytes }), Ok(mut tally)) => {
                tally.bytes = bytes;
                Ok(Outcome::Completed(tally))
            }
        }
    })
}

/// How the reader ended.
enum ReadEnd {
    /// Every input to its end; `bytes` read in all.
    AllRead { bytes: u64 },
    /// The writer stopped taking batches (it failed; its error tells why).
    Stopped,
}

fn read_batches(
    inputs: Vec<Input>,
    limit: usize,
    batch_tx: &SyncSender<Batch>,
    permit_tx: &SyncSender<()>,
) -> anyhow::Result<ReadEnd> {
    let mut seq = 0;
    let mut bytes = 0;
    let mut line = Vec::new();
    for input in inputs {
        let mut reader = BufReader::with_capacity(BATCH_BYTES, input.reader);
        let new_batch = || Batch {
            seq: 0, // set by dispatch
            file: Arc::clone(&input.name),
            data: Vec::with_capacity(BATCH_BYTES + 4096),
            lines: Vec::new(),
        };
        let mut batch = new_batch();
        let mut number = 0;
        loop {
            let read = read_line_capped(&mut reader, &mut line, limit)
                .with_context(|| format!("cannot read {}", input.name))?;
            let Some(ReadLine { size, consumed }) = read else {
                break;
            };
            bytes += consumed as u64;
            number += 1;
            if number == 1 && line.starts_with(UTF8_BOM) {
                // A byte order mark is an artifact of the file, not part of the article.
                line.drain(..UTF8_BOM.len());
            }
            if size > limit {
                batch.lines.push(Line::TooLarge { number, size });
            } else if !line.trim_ascii().is_empty() {
                let start = batch.data.len();
                batch.data.extend_from_slice(&line);
                batch.lines.push(Line::Text {
                    number,
                    start,
                    end: batch.data.len(),
                });
            }
            if batch.data.len() >= BATCH_BYTES || batch.lines.len() >= BATCH_LINES {
                let full = std::mem::replace(&mut batch, new_batch());
                if !dispatch(full, &mut seq, batch_tx, permit_tx) {
                    return Ok(ReadEnd::Stopped);
                }
            }
        }
        if !batch.lines.is_empty() && !dispatch(batch, &mut seq, batch_tx, permit_tx) {
            return Ok(ReadEnd::Stopped);
        }
    }
    Ok(ReadEnd::AllRead { bytes })
}

/// Numbers a batch (from 0, in input order) and hands it to the workers once a
/// permit is free; false when the writer is gone.
fn dispatch(
    mut batch: Batch,
    seq: &mut u64,
    batch_tx: &SyncSender<Batch>,
    permit_tx: &SyncSender<()>,
) -> bool {
    batch.seq = *seq;
    *seq += 1;
    permit_tx.send(()).is_ok() && batch_tx.send(batch).is_ok()
}

/// One line as read: `size` bytes without its line ending, `consumed` bytes in all.
struct ReadLine {
    size: usize,
    consumed: usize,
}

/// Reads the next line into `line` without its `\n` (or `\r\n`), keeping at most
/// `limit + 1` of its bytes: a longer line is skipped to its end and only measured,
/// so that one endless line cannot exhaust memory. `None` at the end of the input.
fn read_line_capped(
    reader: &mut impl BufRead,
    line: &mut Vec<u8>,
    limit: usize,
) -> io::Result<Option<ReadLine>> {
    line.clear();
    // `limit + 2` leaves room for the `\r\n` of a line exactly at the limit.
    let cap = limit.saturating_add(2) as u64;
    let read = reader.by_ref().take(cap).read_until(b'\n', line)?;
    if read == 0 {
        return Ok(None);
    }
    let mut consumed = read;
    if line.last() == Some(&b'\n') {
        line.pop();
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        return Ok(Some(ReadLine {
            size: line.len(),
            consumed,
        }));
    }
    if (read as u64) < cap {
        // The last line of the input, without a newline.
        return Ok(Some(ReadLine {
            size: line.len(),
            consumed,
        }));
    }
    // Over the limit: measure the rest of the line without keeping it.
    let mut size = line.len();
    loop {
        let available = reader.fill_buf()?;
        if available.is_empty() {
            break;
        }
        match available.iter().position(|&b| b == b'\n') {
            Some(i) => {
                size += i;
                consumed += i + 1;
                reader.consume(i + 1);
                break;
            }
            None => {
                let n = available.len();
                size += n;
                consumed += n;
                reader.consume(n);
            }
        }
    }
    Ok(Some(ReadLine { size, consumed }))
}

/// A worker: takes batches until the reader is done or the writer is gone.
fn work(
    batch_rx: &Mutex<Receiver<Batch>>,
    done_tx: &SyncSender<Done>,
    gazetteer: &Gazetteer,
    limits: Limits,
) {
    loop {
        // The lock is held only to take one batch.
        let batch = match batch_rx.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return, // another worker panicked; the scope reports it
        };
        let Ok(batch) = batch else { return };
        if done_tx
            .send(process_batch(batch, gazetteer, limits))
            .is_err()
        {
            return;
        }
    }
}

/// A rejected line as reported on stderr.
#[derive(Serialize)]
struct Rejected<'a> {
    file: &'a str,
    line: u64,
    error: &'static str,
    detail: String,
}

/// Decodes, enriches and serializes every line of a batch.
fn process_batch(batch: Batch, gazetteer: &Gazetteer, limits: Limits) -> Done {
    let limit = limits.bytes;
    let mut output = Vec::with_capacity(batch.data.len() * 2);
    let mut rejects = Vec::new();
    let mut tally = Tally::default();
    for line in &batch.lines {
        tally.consumed += 1;
        let (number, decoded) = match *line {
            Line::TooLarge { number, size } => (number, Err(DecodeError::TooLarge { size, limit })),
            Line::Text { number, start, end } => {
                (number, Article::decode(&batch.data[start..end], None))
            }
        };
        match decoded {
            Ok(article) => {
                let mut enriched = enricher_tagger::enrich(&article, gazetteer);
                for mention in &enriched.mentions {
                    let index = ENTITY_TYPES.iter().position(|t| *t == mention.entity_type);
                    tally.mentions[index.unwrap_or(0)] += 1;
                }
                enriched.cap_mentions(limits.mentions);
                enriched.write_json(&mut output);
                output.push(b'\n');
                tally.published += 1;
            }
            Err(error) => {
                tally.reject(&error);
                let report = Rejected {
                    file: &batch.file,
                    line: number,
                    error: error.reason(),
                    detail: error.to_string(),
                };
                serde_json::to_writer(&mut rejects, &report)
                    .expect("a rejected-line report always serializes");
                rejects.push(b'\n');
            }
        }
    }
    Done {
        seq: batch.seq,
        output,
        rejects,
        tally,
    }
}

/// The writer: writes finished batches in input order and adds up their counts.
fn write_in_order(
    done_rx: Receiver<Done>,
    permit_rx: Receiver<()>,
    output: Output,
) -> io::Result<Tally> {
    let stdout = io::stdout();
    let mut out: Box<dyn Write> = match output {
        Output::Stdout => Box::new(stdout.lock()),
        Output::File(file) => Box::new(file),
    };
    let stderr = io::stderr();
    let mut tally = Tally::default();
    let mut waiting: BTreeMap<u64, Done> = BTreeMap::new();
    let mut next = 0;
    for done in done_rx {
        waiting.insert(done.seq, done);
        while let Some(done) = waiting.remove(&next) {
            out.write_all(&done.output)?;
            if !done.rejects.is_empty() {
                // Reports go out with the batch they belong to, not at the end.
                out.flush()?;
                stderr.lock().write_all(&done.rejects)?;
            }
            tally.add(&done.tally);
            next += 1;
            // Free the batch's permit; the reader may be gone already.
            let _ = permit_rx.try_recv();
        }
    }
    out.flush()?;
    Ok(tally)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(input, limit, expected lines as (text or None when too large, size))`.
    #[test]
    fn lines_are_cut_and_capped() {
        type Row = (
            &'static str,
            &'static [u8],
            usize,
            &'static [(Option<&'static str>, usize)],
        );
        let rows: &[Row] = &[
            ("empty input", b"", 10, &[]),
            ("one line, no newline", b"abc", 10, &[(Some("abc"), 3)]),
            (
                "crlf",
                b"ab\r\ncd\n",
                10,
                &[(Some("ab"), 2), (Some("cd"), 2)],
            ),
            (
                "blank lines kept as lines",
                b"\n\nx\n",
                10,
                &[(Some(""), 0), (Some(""), 0), (Some("x"), 1)],
            ),
            (
                "exactly at the limit",
                b"abcde\nf\n",
                5,
                &[(Some("abcde"), 5), (Some("f"), 1)],
            ),
            (
                "at the limit with crlf",
                b"abcde\r\nf",
                5,
                &[(Some("abcde"), 5), (Some("f"), 1)],
            ),
            (
                "over the limit",
                b"abcdefghij\nk\n",
                5,
                &[(None, 10), (Some("k"), 1)],
            ),
            ("over the limit at eof", b"abcdefghij", 5, &[(None, 10)]),
        ];
        for (name, input, limit, expected) in rows {
            // A tiny buffer so that long lines span many fill_buf calls.
            let mut reader = BufReader::with_capacity(3, *input);
            let mut line = Vec::new();
            let mut got = Vec::new();
            let mut consumed = 0;
            while let Some(read) = read_line_capped(&mut reader, &mut line, *limit).expect("reads")
            {
                consumed += read.consumed;
                let text =
                    (read.size <= *limit).then(|| String::from_utf8_lossy(&line).into_owned());
                got.push((text, read.size));
            }
            let want: Vec<(Option<String>, usize)> = expected
                .iter()
                .map(|(t, n)| (t.map(str::to_owned), *n))
                .collect();
            assert_eq!(got, want, "row {name:?}");
            assert_eq!(consumed, input.len(), "row {name:?}: bytes consumed");
        }
    }

    #[test]
    fn summary_names_every_counter() {
        let mut tally = Tally {
            consumed: 7,
            published: 5,
            bytes: 2_500_000,
            ..Tally::default()
        };
        tally.reject(&DecodeError::MissingBody);
        tally.reject(&DecodeError::InvalidJson {
            detail: String::new(),
        });
        tally.mentions = [41, 6, 12];
        let line = tally.summary(Duration::from_millis(500));
        assert_eq!(
            line,
            "enricher enrich: 7 articles read, 5 enriched, 2 rejected (invalid_json 1, missing_body 1); \
             mentions: 41 country, 6 organization, 12 weapon; 2.50 MB in 0.500 s (5.0 MB/s)"
        );
    }
}
