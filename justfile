# News Enricher tasks. `just --list` shows them.

# Enrich the bundled sample articles (no broker needed).
enrich:
    cargo run --release -p enricher -- enrich samples/articles.ndjson

# Run the service against the local broker (AMQP_URL, default 127.0.0.1:5672).
serve *ARGS:
    cargo run --release -p enricher -- serve {{ARGS}}

# All tests, broker tests included (needs RabbitMQ on AMQP_URL).
test:
    cargo test --workspace

# What CI runs.
ci:
    bash .ci/run

lint:
    cargo fmt --all -- --check
    cargo clippy --workspace --all-targets -- -D warnings

# Validate the built-in gazetteer.
check-gazetteer:
    cargo run --release -p enricher -- gazetteer check

# Accuracy on the bundled gold file.
eval:
    cargo run --release -p enricher -- eval --gold gold/gold.ndjson

# Tagging throughput (criterion) vs a bare aho-corasick scan.
bench:
    cargo bench -p enricher-tagger --bench tagging
