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

# Failover and TLS tests, and the small chaos run, against a cluster they start and stop
# themselves (or the one `cluster-up` started, left running).
test-cluster:
    cargo test -p enricher --test cluster --test chaos

# Chaos: 100,000 articles (--articles N) at 1,000/s (--rate) through the release
# `enricher serve` on the three-node cluster while, at seeded random times (--seed N or
# CHAOS_SEED; printed), the service is SIGKILLed and restarted, its connection closed and
# a node stopped and started (--faults 9). Prints the faults with their times, then sent,
# received, missing, duplicates, dead letters; exits 1 on any loss. Always restarts
# stopped nodes, deletes its queues and tears down a cluster it started, also on Ctrl-C.
chaos *ARGS:
    cargo build --release -p enricher --bin enricher --example chaos
    target/release/examples/chaos {{ARGS}}

# End to end against the local broker: the bare relay and `enricher serve` on the same
# pre-filled input (drain: msg/s, client and broker CPU per message, peak RSS), then live at
# half the service's drain rate (latency p50/p99/max); classic and quorum; medians of rounds.
bench-e2e *ARGS:
    cargo build --release -p enricher --bin enricher --example e2e_bench
    target/release/examples/e2e_bench {{ARGS}}

# Competing consumers on the local broker: per round, one `enricher serve` and then three
# on one input queue drain the same articles; total msg/s and each replica's share, msg/s
# and CPU per message (the e2e bench's --replicas mode).
bench-replicas *ARGS:
    cargo build --release -p enricher --bin enricher --example e2e_bench
    target/release/examples/e2e_bench --replicas 3 --queue-types quorum {{ARGS}}
