//! Reconnect pacing: capped exponential backoff with jitter.

use std::time::Duration;

/// Delays between reconnect attempts: attempt `n` waits a random time in
/// `[cap_n / 2, cap_n]` where `cap_n = min(max, base * 2^n)` ("equal jitter": never
/// zero, so a flapping broker is not hammered, and spread out, so many instances do
/// not reconnect in lock step).
#[derive(Debug, Clone)]
pub struct Backoff {
    base: Duration,
    max: Duration,
    attempt: u32,
    rng: fastrand::Rng,
}

impl Backoff {
    /// A backoff starting near `base` and never above `max`.
    pub fn new(base: Duration, max: Duration) -> Backoff {
        Backoff::with_rng(base, max, fastrand::Rng::new())
    }

    /// Same, with a seeded random source (tests).
    pub fn with_rng(base: Duration, max: Duration, rng: fastrand::Rng) -> Backoff {
        Backoff {
            base,
            max: max.max(base),
            attempt: 0,
            rng,
        }
    }

    /// The delay before the next attempt.
    pub fn next_delay(&mut self) -> Duration {
        let factor = 1u32.checked_shl(self.attempt.min(30)).unwrap_or(u32::MAX);
        let cap = self.base.saturating_mul(factor).min(self.max);
        self.attempt = self.attempt.saturating_add(1);
        let half = cap / 2;
        let jitter_nanos = self.rng.u64(0..=(cap - half).as_nanos() as u64);
        half + Duration::from_nanos(jitter_nanos)
    }

    /// Starts over from `base` (after a connection that worked).
    pub fn reset(&mut self) {
        self.attempt = 0;
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::type_complexity)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_then_stay_under_the_cap() {
        let base = Duration::from_millis(100);
        let max = Duration::from_secs(5);
        let mut b = Backoff::with_rng(base, max, fastrand::Rng::with_seed(7));
        let caps = [100u64, 200, 400, 800, 1600, 3200, 5000, 5000, 5000];
        for (n, cap_ms) in caps.iter().enumerate() {
            let d = b.next_delay();
            let cap = Duration::from_millis(*cap_ms);
            assert!(
                d >= cap / 2 && d <= cap,
                "attempt {n}: {d:?} not in [{:?}, {cap:?}]",
                cap / 2
            );
        }
        for _ in 0..100 {
            assert!(b.next_delay() <= max, "capped forever");
        }
        b.reset();
        assert!(b.next_delay() <= base);
    }

    #[test]
    fn jitter_spreads_delays() {
        let mut seen = std::collections::BTreeSet::new();
        for seed in 0..20 {
            let mut b = Backoff::with_rng(
                Duration::from_secs(1),
                Duration::from_secs(1),
                fastrand::Rng::with_seed(seed),
            );
            seen.insert(b.next_delay());
        }
        assert!(
            seen.len() > 10,
            "20 instances should not all wait the same: {seen:?}"
        );
    }
}
