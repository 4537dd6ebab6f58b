//! Live gazetteer reload: a good reload tags the next articles with the new aliases and
//! changes the hash, a bad one is refused (file, line, cause; a metric) while the old
//! gazetteer keeps serving, a reload under load loses nothing, and SIGHUP reloads
//! `enricher serve` without ending it.
//!
//! Run: `cargo test -p enricher --test reload`.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{parse_metrics, sample_articles, spawn_app_with, TestApp};

/// A fresh directory holding the built-in gazetteer, removed on drop.
struct GazetteerDir(PathBuf);

impl GazetteerDir {
    fn exported() -> GazetteerDir {
        let dir = std::env::temp_dir().join(format!("enricher-reload-{:016x}", fastrand::u64(..)));
        enricher::commands::gazetteer::export(&dir, false).expect("export the built-in gazetteer");
        GazetteerDir(dir)
    }

    fn countries(&self) -> PathBuf {
        self.0.join("countries.toml")
    }

    /// Adds the made-up English alias `Zorbistan` to Luxembourg.
    fn add_zorbistan(&self) {
        let text = std::fs::read_to_string(self.countries()).unwrap();
        let lu = text
            .find("id = \"LU\"")
            .expect("Luxembourg is in the gazetteer");
        let en = lu
            + text[lu..]
                .find("en = [")
                .expect("Luxembourg has English aliases");
        let edited = format!(
            "{}en = [\"Zorbistan|cap\", {}",
            &text[..en],
            &text[en + 6..]
        );
        std::fs::write(self.countries(), edited).unwrap();
    }

    /// Appends a line that is not TOML; returns its line number.
    fn break_countries(&self) -> usize {
        let mut text = std::fs::read_to_string(self.countries()).unwrap();
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str("this is = = not toml\n");
        let line = text.lines().count();
        std::fs::write(self.countries(), text).unwrap();
        line
    }
}

impl Drop for GazetteerDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const ZORBISTAN: &str =
    r#"{"id":"zorb-1","lang":"en","title":"Talks","body":"Ministers met in Zorbistan on Monday."}"#;

fn country_ids(v: &serde_json::Value) -> BTreeSet<String> {
    v["countries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_owned())
        .collect()
}

fn gazetteer_hash(v: &serde_json::Value) -> String {
    v["enricher"]["gazetteer"].as_str().unwrap().to_owned()
}

fn info_hashes(metrics: &str) -> Vec<String> {
    parse_metrics(metrics)
        .keys()
        .filter_map(|k| k.strip_prefix("enricher_gazetteer_info{hash=\""))
        .map(|rest| rest.trim_end_matches("\"}").to_owned())
        .collect()
}

fn with_id(body: &str, id: &str) -> String {
    body.replace("zorb-1", id)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn good_reload_tags_with_the_new_aliases_and_a_bad_one_is_refused() {
    let dir = GazetteerDir::exported();
    let gazetteer = dir.0.clone();
    let mut app = spawn_app_with(|c| c.gazetteer = Some(gazetteer)).await;
    let reloader = app.gazetteer_reloader();

    // Before: the alias does not exist.
    app.publish_article(ZORBISTAN.as_bytes()).await;
    let before = app.next_enriched().await.json();
    assert!(!country_ids(&before).contains("LU"), "{before}");
    let old_hash = gazetteer_hash(&before);
    assert_eq!(
        info_hashes(&app.scrape_metrics().await),
        vec![old_hash.clone()]
    );

    // A good reload: the next article is tagged with the new alias, the hash changes in
    // the output and in enricher_gazetteer_info.
    dir.add_zorbistan();
    let new = reloader.reload().await.expect("the edited gazetteer loads");
    app.publish_article(with_id(ZORBISTAN, "zorb-2").as_bytes())
        .await;
    let after = app.next_enriched().await.json();
    assert!(country_ids(&after).contains("LU"), "{after}");
    let new_hash = gazetteer_hash(&after);
    assert_ne!(new_hash, old_hash);
    assert_eq!(new_hash, new.content_hash());
    assert_eq!(
        info_hashes(&app.scrape_metrics().await),
        vec![new_hash.clone()]
    );
    app.wait_for_metric("enricher_gazetteer_reloads_total{result=\"success\"}", 1.0)
        .await;

    // A bad reload: refused with the file and line, counted, the loaded one serves on.
    let bad_line = dir.break_countries();
    let err = reloader
        .reload()
        .await
        .expect_err("a broken file is refused");
    assert_eq!(err.file, "countries.toml", "{err}");
    assert_eq!(err.line, bad_line, "{err}");
    app.wait_for_metric("enricher_gazetteer_reloads_total{result=\"failure\"}", 1.0)
        .await;
    app.publish_article(with_id(ZORBISTAN, "zorb-3").as_bytes())
        .await;
    let still = app.next_enriched().await.json();
    assert!(country_ids(&still).contains("LU"), "{still}");
    assert_eq!(gazetteer_hash(&still), new_hash);
    assert_eq!(info_hashes(&app.scrape_metrics().await), [new_hash]);
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reloads_under_load_lose_nothing_and_every_output_names_a_loaded_gazetteer() {
    const N: usize = 2000;
    let dir = GazetteerDir::exported();
    let gazetteer = dir.0.clone();
    let mut app = spawn_app_with(|c| c.gazetteer = Some(gazetteer)).await;
    let reloader = app.gazetteer_reloader();
    let first = enricher::gazetteer::load(Some(&dir.0)).unwrap();
    dir.add_zorbistan();
    let second = enricher::gazetteer::load(Some(&dir.0)).unwrap();
    let known: BTreeSet<String> = [first.content_hash(), second.content_hash()]
        .into_iter()
        .map(str::to_owned)
        .collect();

    let inputs = sample_articles("load", N);
    let publish = app.publish_articles(&inputs);
    let reloads = async {
        for _ in 0..3 {
            reloader.reload().await.expect("reload");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    };
    tokio::join!(publish, reloads);

    let mut seen = BTreeSet::new();
    while seen.len() < N {
        let v = app.next_enriched().await.json();
        assert!(
            known.contains(&gazetteer_hash(&v)),
            "unknown hash in {}",
            v["id"]
        );
        seen.insert(v["id"].as_str().unwrap().to_owned());
    }
    app.wait_for_metric("enricher_gazetteer_reloads_total{result=\"success\"}", 3.0)
        .await;
    assert!(app
        .try_next_dead_letter(Duration::from_millis(200))
        .await
        .is_none());
    app.finish().await;
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sighup_reloads_serve_and_does_not_end_it() {
    let dir = GazetteerDir::exported();
    let mut app = TestApp::without_service().await;
    let gazetteer: &Path = &dir.0;
    let mut child = app.spawn_process_with(|cmd| {
        cmd.env("ENRICHER_GAZETTEER", gazetteer);
    });
    app.wait_for_consumers(1).await;
    app.publish_article(ZORBISTAN.as_bytes()).await;
    let before = app.next_enriched().await.json();
    assert!(!country_ids(&before).contains("LU"));

    dir.add_zorbistan();
    let pid = child.id().expect("running").to_string();
    let hup = |pid: String| async move {
        let status = tokio::process::Command::new("kill")
            .args(["-HUP", &pid])
            .status()
            .await
            .unwrap();
        assert!(status.success());
    };
    hup(pid.clone()).await;
    // The reload takes seconds in a debug build on a busy machine; articles go on
    // meanwhile with the old gazetteer.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(90);
    let mut tagged = false;
    for i in 0.. {
        if tokio::time::Instant::now() > deadline {
            break;
        }
        app.publish_article(with_id(ZORBISTAN, &format!("zorb-{i}")).as_bytes())
            .await;
        let v = app.next_enriched().await.json();
        if country_ids(&v).contains("LU") {
            assert_ne!(gazetteer_hash(&v), gazetteer_hash(&before));
            tagged = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert!(tagged, "the reloaded alias never tagged an article");

    // A broken gazetteer and another SIGHUP: refused, the process serves on.
    dir.break_countries();
    hup(pid).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    app.publish_article(with_id(ZORBISTAN, "zorb-last").as_bytes())
        .await;
    let last = app.next_enriched().await.json();
    assert!(country_ids(&last).contains("LU"));
    assert!(
        child.try_wait().unwrap().is_none(),
        "SIGHUP ended the process"
    );
    child.kill().await.unwrap();
    app.finish().await;
}
