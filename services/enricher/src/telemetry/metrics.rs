//! The Prometheus metrics of the service (one registry, owned by [`Metrics`]).

/// All metrics of one service instance.
#[derive(Debug, Default)]
pub struct Metrics {}
