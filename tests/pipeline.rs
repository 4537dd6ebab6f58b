//! End-to-end tests of `enricher serve` against the real broker.
mod common;
