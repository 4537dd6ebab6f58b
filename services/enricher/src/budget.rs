//! A budget of bytes in flight across deliveries: prefetch bounds how *many* deliveries
//! are handled at once, this bounds how much memory they may take together.
//!
//! Each delivery is charged [`ByteBudget::charge_for`] its body size (the body, the
//! decoded article and the serialized output live at once) when it is taken from the
//! consumer, and the charge is returned when the delivery is settled. When the budget is
//! spent, the consume loop waits before taking the next delivery (the broker keeps the
//! rest, within prefetch). A delivery larger than the whole budget is charged the whole
//! budget, so it runs alone instead of never.

use std::sync::Arc;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The default budget (`--max-in-flight-bytes`): 64 MiB.
pub const DEFAULT_MAX_IN_FLIGHT_BYTES: usize = 64 * 1024 * 1024;

/// How many bytes of memory one delivery of `n` bytes is charged: the body, the decoded
/// article (body and raw copy) and the output (the input again plus tags and mentions).
const CHARGE_FACTOR: usize = 4;

/// The unit of the semaphore's permits (it counts in `u32`).
const UNIT: usize = 1024;

/// A shared budget of bytes; clone it into every task (cheap).
#[derive(Debug, Clone)]
pub struct ByteBudget {
    permits: Arc<Semaphore>,
    total_units: u32,
}

/// A delivery's share of the budget; dropping it gives the bytes back.
#[derive(Debug)]
pub struct Charge(#[allow(dead_code)] OwnedSemaphorePermit);

impl ByteBudget {
    /// A budget of `max_bytes` (at least one unit of 1 KiB).
    pub fn new(max_bytes: usize) -> ByteBudget {
        let total_units = (max_bytes / UNIT).clamp(1, u32::MAX as usize >> 1) as u32;
        ByteBudget {
            permits: Arc::new(Semaphore::new(total_units as usize)),
            total_units,
        }
    }

    /// The charge for a delivery of `body_bytes`, in budget units: the memory it may
    /// hold while in flight, capped at the whole budget.
    pub fn charge_for(&self, body_bytes: usize) -> u32 {
        let units = body_bytes
            .saturating_mul(CHARGE_FACTOR)
            .div_ceil(UNIT)
            .max(1);
        units.min(self.total_units as usize) as u32
    }

    /// Waits until `units` are free and takes them.
    pub async fn acquire(&self, units: u32) -> Charge {
        let permit = self
            .permits
            .clone()
            .acquire_many_owned(units)
            .await
            .expect("the budget's semaphore is never closed");
        Charge(permit)
    }

    /// Bytes currently free (for metrics and tests).
    pub fn available_bytes(&self) -> usize {
        self.permits.available_permits() * UNIT
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn charges_are_capped_at_the_budget() {
        let b = ByteBudget::new(1024 * 1024);
        assert_eq!(b.charge_for(0), 1);
        assert_eq!(b.charge_for(4096), 16);
        assert_eq!(
            b.charge_for(10 * 1024 * 1024),
            1024,
            "a huge one takes it all"
        );
    }

    // Paused clock: the timeouts below pass in no real time, so waiting "an hour" shows
    // that only returned bytes, never time, let the next delivery in.
    #[tokio::test(start_paused = true)]
    async fn a_spent_budget_makes_the_next_delivery_wait() {
        let b = ByteBudget::new(1024 * 1024);
        let big = b.acquire(b.charge_for(200 * 1024)).await; // 800 KiB
        assert_eq!(b.available_bytes(), 224 * 1024);
        let next = b.charge_for(100 * 1024); // 400 KiB: does not fit
        let waiting = tokio::time::timeout(Duration::from_secs(3600), b.acquire(next)).await;
        assert!(waiting.is_err(), "waits while the budget is spent");
        drop(big);
        let got = tokio::time::timeout(Duration::from_millis(1), b.acquire(next)).await;
        assert!(got.is_ok(), "goes on as soon as bytes are given back");
    }
}
