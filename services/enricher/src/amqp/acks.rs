//! Settling deliveries: acks batched with `multiple`, requeues one by one, all frames
//! from one task so that their order is the order of the decisions.
//!
//! An ack with `multiple` settles *every* outstanding delivery up to its tag, so it is
//! only safe up to the highest tag below which every delivery is finished. Deliveries
//! finish out of order (many are in flight at once), so [`AckTracker`] keeps the
//! finished tags above that watermark until the gap below them closes. A requeue is
//! sent at once (the broker must see it before any `multiple` ack passes its tag, or
//! the ack would swallow it) and then counts as finished.

use std::collections::BTreeSet;
use std::time::Duration;

use lapin::options::{BasicAckOptions, BasicNackOptions};
use lapin::Channel;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

/// What to tell the broker about one delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settle {
    /// Done: its output (or dead letter) is confirmed.
    Ack(u64),
    /// Not done, through no fault of the message: put it back in the queue.
    Requeue(u64),
}

/// Which delivery tags of one channel are finished, and up to where they can be
/// acked with one `multiple` ack.
///
/// Consumer delivery tags on a channel are 1, 2, 3, ... with no gaps (the channel has
/// one consumer and no `basic.get`), which is what makes the watermark work.
#[derive(Debug, Default)]
pub struct AckTracker {
    /// Every tag `<= acked` is settled on the broker.
    acked: u64,
    /// Every tag `<= contiguous` is finished.
    contiguous: u64,
    /// Finished tags above `contiguous + 1`.
    above: BTreeSet<u64>,
}

impl AckTracker {
    /// A tracker for a fresh channel.
    pub fn new() -> AckTracker {
        AckTracker::default()
    }

    /// Records that `tag` is finished (acked-to-be or already requeued).
    pub fn finish(&mut self, tag: u64) {
        if tag <= self.contiguous {
            return;
        }
        self.above.insert(tag);
        while self.above.remove(&(self.contiguous + 1)) {
            self.contiguous += 1;
        }
    }

    /// How many finished deliveries one `multiple` ack would settle now.
    pub fn ackable(&self) -> u64 {
        self.contiguous - self.acked
    }

    /// The tag for a `multiple` ack that settles everything finished below the first
    /// unfinished delivery, and records it as sent; `None` when there is nothing.
    pub fn take_multiple(&mut self) -> Option<u64> {
        (self.contiguous > self.acked).then(|| {
            self.acked = self.contiguous;
            self.acked
        })
    }

    /// Finished tags stuck above an unfinished one (to ack one by one at shutdown),
    /// removed from the tracker.
    pub fn take_stragglers(&mut self) -> Vec<u64> {
        std::mem::take(&mut self.above).into_iter().collect()
    }
}

/// What the settle task did, for the shutdown log.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SettleStats {
    /// Deliveries acked.
    pub acked: u64,
    /// Deliveries requeued.
    pub requeued: u64,
    /// `basic.ack` frames sent (fewer than `acked` thanks to `multiple`).
    pub ack_frames: u64,
}

/// Sends the acks and nacks of one consume channel until `decisions` closes or `stop`
/// fires; then flushes what is ready and acks the stragglers one by one.
///
/// An ack goes out once `batch` deliveries are ackable together, or at the latest
/// `linger` after a delivery became ackable, so a quiet queue never waits for a full
/// batch and a busy one sends one ack frame per `batch` deliveries.
///
/// # Errors
///
/// The first failed frame (the channel is gone; the broker redelivers everything
/// unacked).
pub async fn settle_loop(
    channel: Channel,
    mut decisions: mpsc::Receiver<Settle>,
    batch: u64,
    linger: Duration,
    stop: CancellationToken,
) -> lapin::Result<SettleStats> {
    let mut tracker = AckTracker::new();
    let mut stats = SettleStats::default();
    let batch = batch.max(1);
    // When the oldest ackable-but-unacked delivery must be acked at the latest.
    let mut deadline: Option<tokio::time::Instant> = None;
    loop {
        let linger_until = deadline.unwrap_or_else(tokio::time::Instant::now);
        let next = tokio::select! {
            biased;
            d = decisions.recv() => Some(d),
            _ = tokio::time::sleep_until(linger_until), if deadline.is_some() => None,
            _ = stop.cancelled() => break,
        };
        match next {
            Some(Some(decision)) => {
                apply(&channel, &mut tracker, &mut stats, decision).await?;
                if tracker.ackable() >= batch {
                    flush(&channel, &mut tracker, &mut stats).await?;
                }
            }
            Some(None) => break,
            None => flush(&channel, &mut tracker, &mut stats).await?,
        }
        deadline = match (tracker.ackable(), deadline) {
            (0, _) => None,
            (_, None) => Some(tokio::time::Instant::now() + linger),
            (_, kept) => kept,
        };
    }
    while let Ok(decision) = decisions.try_recv() {
        apply(&channel, &mut tracker, &mut stats, decision).await?;
    }
    flush(&channel, &mut tracker, &mut stats).await?;
    for tag in tracker.take_stragglers() {
        channel
            .basic_ack(tag, BasicAckOptions { multiple: false })
            .await?;
        stats.ack_frames += 1;
    }
    Ok(stats)
}

async fn apply(
    channel: &Channel,
    tracker: &mut AckTracker,
    stats: &mut SettleStats,
    decision: Settle,
) -> lapin::Result<()> {
    match decision {
        Settle::Ack(tag) => {
            stats.acked += 1;
            tracker.finish(tag);
        }
        Settle::Requeue(tag) => {
            channel
                .basic_nack(
                    tag,
                    BasicNackOptions {
                        multiple: false,
                        requeue: true,
                    },
                )
                .await?;
            stats.requeued += 1;
            tracker.finish(tag);
        }
    }
    Ok(())
}

async fn flush(
    channel: &Channel,
    tracker: &mut AckTracker,
    stats: &mut SettleStats,
) -> lapin::Result<()> {
    if let Some(tag) = tracker.take_multiple() {
        channel
            .basic_ack(tag, BasicAckOptions { multiple: true })
            .await?;
        stats.ack_frames += 1;
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::type_complexity)]
mod tests {
    use super::*;

    /// (name, finish order, expected multiple-ack tag after all, stragglers)
    #[test]
    fn watermark_table() {
        let rows: &[(&str, &[u64], Option<u64>, &[u64])] = &[
            ("in order", &[1, 2, 3], Some(3), &[]),
            ("reversed", &[3, 2, 1], Some(3), &[]),
            ("gap at start", &[2, 3, 4], None, &[2, 3, 4]),
            ("gap in middle", &[1, 2, 4, 5], Some(2), &[4, 5]),
            ("duplicate finish", &[1, 1, 2], Some(2), &[]),
            ("nothing", &[], None, &[]),
        ];
        for (name, order, want_tag, want_stragglers) in rows {
            let mut t = AckTracker::new();
            for tag in *order {
                t.finish(*tag);
            }
            assert_eq!(t.take_multiple(), *want_tag, "row {name}: multiple tag");
            assert_eq!(
                t.take_stragglers(),
                *want_stragglers,
                "row {name}: stragglers"
            );
        }
    }

    #[test]
    fn ackable_counts_only_since_last_ack() {
        let mut t = AckTracker::new();
        for tag in 1..=5 {
            t.finish(tag);
        }
        assert_eq!(t.ackable(), 5);
        assert_eq!(t.take_multiple(), Some(5));
        assert_eq!(t.ackable(), 0);
        assert_eq!(t.take_multiple(), None);
        t.finish(7);
        assert_eq!(t.ackable(), 0, "7 waits for 6");
        t.finish(6);
        assert_eq!(t.ackable(), 2);
        assert_eq!(t.take_multiple(), Some(7));
    }
}
