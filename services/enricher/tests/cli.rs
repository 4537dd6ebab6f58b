//! The `enricher` binary as a user runs it: `enrich` on the bundled samples, files,
//! stdin and `--output`; rejected lines; `gazetteer check` on a broken directory.
//! No broker needed.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

fn repo_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn sample(name: &str) -> PathBuf {
    repo_dir().join("samples").join(name)
}

/// The binary with a clean environment for the settings it reads.
fn enricher() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_enricher"));
    cmd.env_remove("ENRICHER_GAZETTEER")
        .env_remove("ENRICHER_MAX_MESSAGE_BYTES");
    cmd
}

/// Runs the binary with `args` and `stdin` (empty when `None`).
fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = enricher()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the enricher binary starts");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.unwrap_or_default().to_vec();
    // Feed stdin from a thread: the child may fill stdout before reading all of it.
    let feeder = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let output = child.wait_with_output().expect("the enricher binary runs");
    feeder.join().expect("stdin feeder");
    output
}

/// Runs `enricher enrich` with `args`.
fn run_enrich(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let full: Vec<&str> = std::iter::once("enrich")
        .chain(args.iter().copied())
        .collect();
    run(&full, stdin)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Asserts success and returns the enriched articles of stdout.
fn enriched(output: &Output, what: &str) -> Vec<Value> {
    assert!(
        output.status.success(),
        "{what}: exit {:?}\nstderr:\n{}",
        output.status,
        text(&output.stderr)
    );
    text(&output.stdout)
        .lines()
        .map(|line| {
            serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{what}: stdout line is not JSON ({e}): {line}"))
        })
        .collect()
}

/// The JSON objects on stderr (rejected lines); the summary line is not JSON.
fn rejected(output: &Output) -> Vec<Value> {
    text(&output.stderr)
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect()
}

fn ids(list: &Value) -> BTreeSet<String> {
    list.as_array()
        .map(|tags| {
            tags.iter()
                .filter_map(|t| t["id"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// A directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("enricher-cli-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("temp dir");
        TempDir(path)
    }

    fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, contents).expect("temp file");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("temp paths are UTF-8")
}

#[test]
fn the_german_sample_gets_its_countries_organizations_and_weapons() {
    let path = sample("nordkorea-de.json");
    let output = run_enrich(&[path_str(&path)], None);
    let articles = enriched(&output, "enrich nordkorea-de.json");
    assert_eq!(articles.len(), 1, "one article in, one out");
    let article = &articles[0];
    assert_eq!(article["id"], "source-120");
    assert_eq!(article["language"], "de");

    let countries = ids(&article["countries"]);
    let want: BTreeSet<String> = ["KP", "RU", "US", "UA", "KR"].map(String::from).into();
    assert_eq!(countries, want, "countries (exactly)");

    let organizations = ids(&article["organizations"]);
    for org in ["kcna", "un-security-council", "nato", "csis"] {
        assert!(
            organizations.contains(org),
            "organization {org} missing from {organizations:?}"
        );
    }
    let weapons = ids(&article["weapons"]);
    for category in ["artillery", "missiles", "nuclear"] {
        assert!(
            weapons.contains(category),
            "weapon category {category} missing from {weapons:?}"
        );
    }

    // "Luftwaffenübung" (an air force exercise) contains "Waffe" but names no weapon.
    let body = article["article"]["body"].as_str().expect("body");
    let word_start = body
        .find("Luftwaffenübung")
        .expect("the sample has the word");
    let word = word_start..word_start + "Luftwaffenübung".len();
    let inside: Vec<&Value> = article["mentions"]
        .as_array()
        .expect("mentions")
        .iter()
        .filter(|m| m["type"] == "weapon" && m["field"] == "body")
        .filter(|m| {
            let (s, e) = (
                m["start"].as_u64().unwrap_or(0) as usize,
                m["end"].as_u64().unwrap_or(0) as usize,
            );
            s < word.end && e > word.start
        })
        .collect();
    assert!(
        inside.is_empty(),
        "weapon mentions inside \"Luftwaffenübung\": {inside:?}"
    );
}

/// Checks every mention of every article by byte offsets (here, in Rust) and returns
/// how many there were.
fn check_byte_offsets(articles: &[Value]) -> usize {
    let mut checked = 0;
    let mut failures = Vec::new();
    for article in articles {
        for (i, m) in article["mentions"]
            .as_array()
            .expect("mentions")
            .iter()
            .enumerate()
        {
            let field = m["field"].as_str().expect("field");
            let field_text = article["article"][field]
                .as_str()
                .expect("mentioned field is a string");
            let (start, end) = (
                m["start"].as_u64().expect("start") as usize,
                m["end"].as_u64().expect("end") as usize,
            );
            if field_text.get(start..end) != m["text"].as_str() {
                failures.push(format!(
                    "{} mentions[{i}]: {field}[{start}..{end}] is {:?}, text is {}",
                    article["id"],
                    field_text.get(start..end),
                    m["text"]
                ));
            }
            checked += 1;
        }
    }
    assert!(
        failures.is_empty(),
        "byte offsets:\n  {}",
        failures.join("\n  ")
    );
    checked
}

/// What Python does with `char_start`/`char_end`: `str` slicing by code points.
const PYTHON_CHECK: &str = r#"
import json, sys
checked, failures = 0, []
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        a = json.loads(line)
        for i, m in enumerate(a["mentions"]):
            field_text = a["article"][m["field"]]
            got = field_text[m["char_start"]:m["char_end"]]
            if got != m["text"]:
                failures.append(f'{a["id"]} mentions[{i}]: {m["field"]}[{m["char_start"]}:{m["char_end"]}] is {got!r}, text is {m["text"]!r}')
            checked += 1
for f in failures:
    print(f)
print(f"checked {checked}")
sys.exit(1 if failures else 0)
"#;

#[test]
fn every_mention_slices_by_bytes_in_rust_and_by_code_points_in_python() {
    let dir = TempDir::new();
    let out = dir.0.join("enriched.ndjson");
    let path = sample("articles.ndjson");
    let output = run_enrich(&[path_str(&path), "--output", path_str(&out)], None);
    assert!(
        output.status.success(),
        "enrich failed: {}",
        text(&output.stderr)
    );
    let enriched_text = std::fs::read_to_string(&out).expect("output file");
    let articles: Vec<Value> = enriched_text
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(articles.len(), 7, "every sample article comes out");

    let by_bytes = check_byte_offsets(&articles);
    assert!(
        by_bytes > 50,
        "only {by_bytes} mentions in 7 news articles: is the tagger running?"
    );

    let python = Command::new("python3")
        .arg("-c")
        .arg(PYTHON_CHECK)
        .arg(&out)
        .output();
    let python = match python {
        Ok(output) => output,
        Err(e) => panic!(
            "python3 is needed to check code point offsets as Python slices them, and it \
             could not be started ({e}); install python3 (3.6 or newer) and re-run"
        ),
    };
    let report = text(&python.stdout);
    assert!(
        python.status.success(),
        "Python slicing by char_start/char_end disagrees:\n{report}{}",
        text(&python.stderr)
    );
    assert!(
        report.contains(&format!("checked {by_bytes}")),
        "Python checked a different number of mentions than Rust ({by_bytes}): {report}"
    );
}

#[test]
fn bad_lines_are_reported_with_their_line_numbers_and_good_lines_still_come_out() {
    let dir = TempDir::new();
    let long_body = "x".repeat(300);
    let mut input = Vec::new();
    let lines: Vec<Vec<u8>> = vec![
        br#"{"id":"good-1","body":"Nordkorea testet Raketen."}"#.to_vec(),
        b"".to_vec(),
        b"   ".to_vec(),
        b"{not json".to_vec(),
        br#"{"id":"good-2","title":"Talks","body":"NATO ministers met."}"#.to_vec(),
        br#"{"id":"no-body","title":"headline only"}"#.to_vec(),
        b"{\"body\":\"\xff\xfe\"}".to_vec(),
        br#"[{"body":"in an array"}]"#.to_vec(),
        br#"{"id":"bad-title","title":7,"body":"x"}"#.to_vec(),
        format!(r#"{{"id":"too-big","body":"{long_body}"}}"#).into_bytes(),
        br#"{"id":"good-3","body":"Russland und die Ukraine."}"#.to_vec(),
    ];
    for line in &lines {
        input.extend_from_slice(line);
        input.push(b'\n');
    }
    let file = dir.write("mixed.ndjson", &input);
    let output = run_enrich(&[path_str(&file), "--max-message-bytes", "200"], None);

    let articles = enriched(&output, "enrich mixed.ndjson");
    let got: Vec<&str> = articles.iter().filter_map(|a| a["id"].as_str()).collect();
    assert_eq!(
        got,
        ["good-1", "good-2", "good-3"],
        "good lines come out, in order"
    );

    // (line, error): 1-based, counting the blank lines.
    let want = [
        (4, "invalid_json"),
        (6, "missing_body"),
        (7, "invalid_utf8"),
        (8, "not_an_object"),
        (9, "invalid_field"),
        (10, "too_large"),
    ];
    let reports = rejected(&output);
    let got: Vec<(u64, String)> = reports
        .iter()
        .map(|r| {
            (
                r["line"].as_u64().unwrap_or(0),
                r["error"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    let want_owned: Vec<(u64, String)> = want.iter().map(|(l, e)| (*l, e.to_string())).collect();
    assert_eq!(
        got,
        want_owned,
        "rejected lines on stderr:\n{}",
        text(&output.stderr)
    );
    for report in &reports {
        assert_eq!(
            report["file"].as_str(),
            Some(path_str(&file)),
            "report {report}"
        );
        assert!(
            report["detail"].as_str().is_some_and(|d| !d.is_empty()),
            "report {report} has no detail"
        );
    }

    let stderr = text(&output.stderr);
    let summary = stderr.lines().last().unwrap_or_default();
    for part in [
        "9 articles read",
        "3 enriched",
        "6 rejected",
        "too_large 1",
        "invalid_utf8 1",
        "invalid_json 1",
        "not_an_object 1",
        "missing_body 1",
        "invalid_field 1",
        "country",
        "organization",
        "weapon",
        "MB/s",
    ] {
        assert!(summary.contains(part), "summary lacks {part:?}: {summary}");
    }
}

#[test]
fn stdin_is_read_when_no_file_or_dash_is_given() {
    let input = std::fs::read(sample("articles.ndjson")).expect("sample");
    let from_file = enriched(
        &run_enrich(&[path_str(&sample("articles.ndjson"))], None),
        "file",
    );
    for args in [&[][..], &["-"][..]] {
        let output = run_enrich(args, Some(&input));
        let from_stdin = enriched(&output, &format!("stdin with args {args:?}"));
        let strip = |articles: &[Value]| -> Vec<Value> {
            articles
                .iter()
                .map(|a| {
                    let mut a = a.clone();
                    a["enricher"]["processed_at"] = Value::Null;
                    a
                })
                .collect()
        };
        assert_eq!(
            strip(&from_stdin),
            strip(&from_file),
            "stdin ({args:?}) and file give the same output"
        );
    }
    let bad = run_enrich(&[], Some(b"{\"title\":\"x\"}\n"));
    assert!(bad.status.success());
    let reports = rejected(&bad);
    assert_eq!(reports.len(), 1, "{}", text(&bad.stderr));
    assert_eq!(reports[0]["file"], "<stdin>");
    assert_eq!(reports[0]["line"], 1);
}

#[test]
fn output_flag_writes_the_file_and_nothing_to_stdout() {
    let dir = TempDir::new();
    let out = dir.0.join("out.ndjson");
    dir.write("out.ndjson", "stale content that must be replaced\n");
    let output = run_enrich(
        &[path_str(&sample("nordkorea-de.json")), "-o", path_str(&out)],
        None,
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(
        output.stdout.is_empty(),
        "stdout should be empty with --output"
    );
    let written = std::fs::read_to_string(&out).expect("output file");
    assert_eq!(written.lines().count(), 1, "{written}");
    let article: Value = serde_json::from_str(written.trim_end()).expect("JSON");
    assert_eq!(article["schema"], "news.enriched.v1");
    assert_eq!(article["id"], "source-120");
}

#[test]
fn many_files_and_lines_keep_their_order_and_line_numbers() {
    let dir = TempDir::new();
    let mut files = Vec::new();
    for f in 0..2 {
        let mut contents = String::new();
        for i in 1..=3000 {
            if i % 1000 == 0 {
                contents.push_str("{broken\n");
            } else {
                contents.push_str(&format!(
                    "{{\"id\":\"f{f}-{i}\",\"lang\":\"de\",\"body\":\"Artikel {i}: Nordkorea und Russland.\"}}\n"
                ));
            }
        }
        files.push(dir.write(&format!("part-{f}.ndjson"), contents));
    }
    let args: Vec<&str> = files
        .iter()
        .map(|p| path_str(p))
        .chain(["--jobs", "3"])
        .collect();
    let output = run_enrich(&args, None);
    let articles = enriched(&output, "two files");
    let got: Vec<String> = articles
        .iter()
        .map(|a| a["id"].as_str().unwrap_or("?").to_owned())
        .collect();
    let want: Vec<String> = (0..2)
        .flat_map(|f| {
            (1..=3000)
                .filter(|i| i % 1000 != 0)
                .map(move |i| format!("f{f}-{i}"))
        })
        .collect();
    assert_eq!(got.len(), want.len());
    assert!(got == want, "output is not in input order");
    let reports: Vec<(String, u64)> = rejected(&output)
        .iter()
        .map(|r| {
            (
                r["file"].as_str().unwrap_or("").to_owned(),
                r["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    let want: Vec<(String, u64)> = files
        .iter()
        .flat_map(|p| [1000, 2000, 3000].map(|l| (path_str(p).to_owned(), l)))
        .collect();
    assert_eq!(reports, want, "line numbers restart in every file");
}

#[test]
fn articles_without_id_get_the_contract_hash_of_url_or_body() {
    let input = concat!(
        r#"{"url":"https://news.example/a","body":"one"}"#,
        "\n",
        r#"{"url":"https://news.example/a","body":"two"}"#,
        "\n",
        r#"{"body":"no url here"}"#,
        "\n",
        r#"{"id":"","body":"no url here"}"#,
        "\n",
    );
    let articles = enriched(&run_enrich(&[], Some(input.as_bytes())), "id-less");
    let ids: Vec<&str> = articles
        .iter()
        .map(|a| a["id"].as_str().unwrap_or(""))
        .collect();
    // Computed independently of the Rust code:
    // python3 -c 'import hashlib; print(hashlib.sha256(b"https://news.example/a").hexdigest()[:32])'
    let url_hash = "sha256:95bbca1f9b4bae7d73e89dc2c1be3dbe";
    let body_hash = "sha256:c6b22d61d3b45b84013d7288884082cd"; // of b"no url here"
    assert_eq!(ids, [url_hash, url_hash, body_hash, body_hash]);
}

#[test]
fn a_missing_input_file_fails_before_any_output() {
    let dir = TempDir::new();
    let missing = dir.0.join("does-not-exist.ndjson");
    let output = run_enrich(
        &[path_str(&sample("nordkorea-de.json")), path_str(&missing)],
        None,
    );
    assert!(!output.status.success(), "a missing file must fail the run");
    assert!(output.stdout.is_empty(), "no output before the failure");
    assert!(
        text(&output.stderr).contains("does-not-exist.ndjson"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn a_closed_output_pipe_ends_the_run_quietly() {
    let dir = TempDir::new();
    // Many batches (each about 256 KiB of input) with one tagging thread, so that the
    // reader is still dispatching when the output closes.
    let filler = "Der Ausschuss tagte am Vormittag. ".repeat(250);
    let line = format!(r#"{{"lang":"de","body":"Nordkorea und Russland. {filler}"}}"#);
    let file = dir.write("many.ndjson", format!("{line}\n").repeat(400));
    let mut child = enricher()
        .args(["enrich", "--jobs", "1", path_str(&file)])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let mut stdout = BufReader::new(child.stdout.take().expect("piped"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("one line");
    drop(stdout); // like `| head -1`
    assert!(first.contains("news.enriched.v1"), "{first}");

    // Bounded wait: a pipeline that deadlocks must fail the test, not hang it.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("enricher enrich did not exit within 120 s after its output was closed");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().expect("piped"), &mut stderr)
        .expect("stderr");
    assert!(status.success(), "exit {status:?}: {stderr}");
    assert!(!stderr.contains("error"), "{stderr}");
}

#[test]
fn help_explains_inputs_outputs_rejections_summary_and_exit_status() {
    let output = run(&["enrich", "--help"], None);
    assert!(output.status.success());
    let help = text(&output.stdout);
    for topic in [
        "--output",
        "--gazetteer",
        "ENRICHER_GAZETTEER",
        "--max-message-bytes",
        "1048576",
        "\"line\"",
        "\"error\"",
        "Summary",
        "Exit status",
    ] {
        assert!(
            help.contains(topic),
            "`enricher enrich --help` does not mention {topic}"
        );
    }
}

/// The `[default: N]` that `enricher <command> --help` shows for `--max-message-bytes`.
fn max_message_bytes_default(command: &str) -> String {
    let output = run(&[command, "--help"], None);
    let help = text(&output.stdout);
    let after = help
        .split("--max-message-bytes")
        .nth(1)
        .unwrap_or_else(|| panic!("`enricher {command} --help` has no --max-message-bytes"));
    let default = after
        .split("[default: ")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .unwrap_or_else(|| panic!("`enricher {command} --help` shows no default for it"));
    default.to_owned()
}

#[test]
fn enrich_and_serve_share_the_size_limit_default() {
    let serve = max_message_bytes_default("serve");
    let enrich = max_message_bytes_default("enrich");
    assert_eq!(
        enrich, serve,
        "enrich and serve must reject the same messages as too_large"
    );
    assert_eq!(enrich, "1048576", "the contract's default");
}

/// A gazetteer directory: the built-in files with `countries.toml` replaced.
fn gazetteer_dir_with_countries(countries: &str) -> TempDir {
    let dir = TempDir::new();
    let builtin = repo_dir().join("crates/tagger/gazetteer");
    for name in ["organizations.toml", "weapons.toml", "regions.toml"] {
        let contents = std::fs::read(builtin.join(name)).expect("built-in gazetteer file");
        dir.write(name, contents);
    }
    dir.write("countries.toml", countries);
    dir
}

const BROKEN_COUNTRIES: &str = "[[country]]\nid = \"KP\"\nname = \"North Korea\n";

#[test]
fn gazetteer_check_reports_file_and_line_of_a_broken_file_and_fails() {
    let dir = gazetteer_dir_with_countries(BROKEN_COUNTRIES);
    let output = run(&["gazetteer", "check", path_str(&dir.0)], None);
    let all = format!("{}{}", text(&output.stdout), text(&output.stderr));
    assert_eq!(output.status.code(), Some(1), "exit status; output:\n{all}");
    assert!(
        all.lines()
            .any(|l| l.contains("countries.toml:3:") && l.contains("error")),
        "no `countries.toml:3: error: ...` finding in:\n{all}"
    );
}

#[test]
fn enrich_with_a_broken_gazetteer_stops_with_file_and_line() {
    let dir = gazetteer_dir_with_countries(BROKEN_COUNTRIES);
    let output = run(
        &["enrich", "--gazetteer", path_str(&dir.0)],
        Some(b"{\"body\":\"x\"}\n"),
    );
    assert!(
        !output.status.success(),
        "a bad gazetteer must fail the run"
    );
    assert!(output.stdout.is_empty());
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("countries.toml:3"),
        "no file:line in: {stderr}"
    );

    // The same through the environment variable.
    let output = enricher()
        .args(["enrich"])
        .env("ENRICHER_GAZETTEER", &dir.0)
        .stdin(Stdio::null())
        .output()
        .expect("runs");
    assert!(!output.status.success(), "ENRICHER_GAZETTEER is honoured");
    assert!(
        text(&output.stderr).contains("countries.toml:3"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn gazetteer_check_fails_on_warnings_only_with_strict() {
    let dir = gazetteer_dir_with_countries(
        &std::fs::read_to_string(repo_dir().join("crates/tagger/gazetteer/countries.toml"))
            .expect("built-in countries.toml"),
    );
    let regions = repo_dir().join("crates/tagger/gazetteer/regions.toml");
    let mut contents = std::fs::read_to_string(regions).expect("built-in regions.toml");
    // The new entry spans these lines: the finding must point into it.
    let block = contents.lines().count() + 2..=contents.lines().count() + 4;
    contents.push_str("\n[[region]]\nid = \"test-region\"\nname = \"Test Region\"\n");
    dir.write("regions.toml", contents);

    let lenient = run(&["gazetteer", "check", path_str(&dir.0)], None);
    let report = text(&lenient.stdout);
    assert_eq!(
        lenient.status.code(),
        Some(0),
        "warnings alone pass:\n{report}"
    );
    let warned_in_block = report.lines().any(|l| {
        l.split_once("regions.toml:")
            .and_then(|(_, rest)| rest.split_once(": warning:"))
            .and_then(|(line, _)| line.parse::<usize>().ok())
            .is_some_and(|line| block.contains(&line))
    });
    assert!(
        warned_in_block,
        "no `regions.toml:LINE: warning: ...` with LINE in {block:?}:\n{report}"
    );
    let strict = run(&["gazetteer", "check", "--strict", path_str(&dir.0)], None);
    assert_eq!(strict.status.code(), Some(1), "--strict fails on warnings");
}

#[test]
fn the_built_in_gazetteer_checks_clean_and_reports_its_sizes() {
    let output = run(&["gazetteer", "check"], None);
    let report = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "the built-in gazetteer has errors:\n{report}"
    );
    assert!(!report.contains(": error:"), "{report}");
    for row in [
        "country",
        "organization",
        "weapon",
        "region",
        "total",
        "patterns:",
        "automaton:",
        "build:",
    ] {
        assert!(
            report
                .lines()
                .any(|l| l.starts_with(row) || l.contains(row)),
            "no {row:?} in:\n{report}"
        );
    }
    // The table counts what is there: every type has entries.
    for ty in ["country", "organization", "weapon", "region"] {
        let entries = report
            .lines()
            .find(|l| l.split_whitespace().next() == Some(ty))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|n| n.parse::<usize>().ok());
        assert!(
            entries.is_some_and(|n| n > 0),
            "{ty}: entries {entries:?} in:\n{report}"
        );
    }
}

#[test]
fn a_byte_order_mark_at_the_start_of_a_file_is_ignored() {
    let dir = TempDir::new();
    let file = dir.write(
        "bom.ndjson",
        "\u{feff}{\"id\":\"first\",\"body\":\"x\"}\n{\"id\":\"second\",\"body\":\"y\"}\n",
    );
    let output = run_enrich(&[path_str(&file)], None);
    let articles = enriched(&output, "file with a BOM");
    let ids: Vec<&str> = articles.iter().filter_map(|a| a["id"].as_str()).collect();
    assert_eq!(ids, ["first", "second"], "stderr: {}", text(&output.stderr));
}

#[test]
fn broker_urls_are_redacted_in_errors_every_one_of_them() {
    let dir = TempDir::new();
    let input = dir.0.join("in.ndjson");
    std::fs::write(&input, "{\"body\":\"x\"}\n").expect("write input");
    // Nothing listens on ports 1 and 2: every URL fails, the error names none of the
    // passwords.
    let out = enricher()
        .env_remove("AMQP_URL_FILE")
        .args([
            "publish",
            "--amqp-url",
            "amqp://u:first-secret@127.0.0.1:1/%2f, amqp://u:second-secret@127.0.0.1:2/%2f",
            path_str(&input),
        ])
        .output()
        .expect("runs");
    let err = text(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(err.contains("cannot connect"), "{err}");
    assert!(
        !err.contains("first-secret") && !err.contains("second-secret"),
        "{err}"
    );

    // The same list from AMQP_URL_FILE, with a broken URL in it: the error names the
    // file and redacts the password.
    let url_file = dir.0.join("amqp-url");
    std::fs::write(
        &url_file,
        "amqp://u:good-secret@127.0.0.1:1/%2f,amqp://u:bad-secret@h:port\n",
    )
    .expect("write url file");
    let out = enricher()
        .env_remove("AMQP_URL")
        .env("AMQP_URL_FILE", &url_file)
        .args(["publish", path_str(&input)])
        .output()
        .expect("runs");
    let err = text(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(
        err.contains("AMQP_URL_FILE") && err.contains("amqp-url"),
        "{err}"
    );
    assert!(
        !err.contains("good-secret") && !err.contains("bad-secret"),
        "{err}"
    );
}

#[test]
fn gazetteer_export_writes_the_builtin_files_that_check_clean_and_refuses_to_overwrite() {
    let dir = TempDir::new();
    let out_dir = dir.0.join("gazetteer");
    let out = run(&["gazetteer", "export", path_str(&out_dir)], None);
    assert!(out.status.success(), "{}", text(&out.stderr));
    for name in [
        "countries.toml",
        "organizations.toml",
        "weapons.toml",
        "regions.toml",
    ] {
        assert!(out_dir.join(name).is_file(), "{name} written");
    }
    let check = run(&["gazetteer", "check", path_str(&out_dir)], None);
    assert!(check.status.success(), "{}", text(&check.stdout));

    let again = run(&["gazetteer", "export", path_str(&out_dir)], None);
    assert!(!again.status.success());
    assert!(
        text(&again.stderr).contains("--force"),
        "{}",
        text(&again.stderr)
    );
    let forced = run(
        &["gazetteer", "export", "--force", path_str(&out_dir)],
        None,
    );
    assert!(forced.status.success(), "{}", text(&forced.stderr));
}
