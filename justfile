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

# A three-node RabbitMQ cluster beside the broker on 5672 (enr1..3@localhost, AMQP
# 5691-5693): AMQP_URL=amqp://guest:guest@127.0.0.1:5691,amqp://guest:guest@127.0.0.1:5692,amqp://guest:guest@127.0.0.1:5693
cluster-up NODES="3":
    bash scripts/cluster.sh up {{NODES}}

# Stop the extra nodes and remove their data.
cluster-down:
    bash scripts/cluster.sh down

# Failover and TLS tests against a cluster they start and stop themselves.
test-cluster:
    cargo test -p enricher --test cluster
