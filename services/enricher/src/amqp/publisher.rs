//! Publishing with publisher confirms: one call, one confirmed message, and many such
//! calls in flight at once on the same channel (each caller awaits only its own confirm).

use std::time::Duration;

use lapin::options::{BasicPublishOptions, ConfirmSelectOptions};
use lapin::{BasicProperties, Channel, Confirmation};
use tokio::sync::watch;

/// Why a message was not confirmed. None of these is the message's fault: the caller
/// keeps the input unacked (or requeues it) and tries again later; see
/// [`PublishError::reason`] for the metric label.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    /// The broker answered `basic.nack` (an internal error on its side).
    #[error("the broker nacked the message")]
    Nacked,
    /// The message was `mandatory` and no queue was bound to take it.
    #[error("the message was returned unroutable ({code} {text}); bind a queue to the exchange")]
    Returned {
        /// AMQP reply code (312 NO_ROUTE).
        code: u16,
        /// The broker's reply text.
        text: String,
    },
    /// No confirm arrived within the timeout (time the broker spent blocking publishers
    /// with `connection.blocked` does not count).
    #[error("no publisher confirm within {0:?}")]
    Timeout(Duration),
    /// The channel or connection closed before the confirm arrived.
    #[error("the channel closed before the confirm: {0}")]
    ChannelClosed(#[source] lapin::Error),
}

impl PublishError {
    /// `nack`, `returned`, `timeout` or `channel_closed`: a closed set, for metric labels.
    pub fn reason(&self) -> &'static str {
        match self {
            PublishError::Nacked => "nack",
            PublishError::Returned { .. } => "returned",
            PublishError::Timeout(_) => "timeout",
            PublishError::ChannelClosed(_) => "channel_closed",
        }
    }
}

/// A confirm-mode channel shared by all publishing tasks of one connection.
///
/// Cloning is cheap; every clone publishes on the same channel, so confirms from many
/// tasks are pipelined.
#[derive(Debug, Clone)]
pub struct Publisher {
    channel: Channel,
    timeout: Duration,
    /// `true` while the broker blocks this connection; the sender is the session's
    /// connection-event task.
    blocked: watch::Receiver<bool>,
}

impl Publisher {
    /// Puts `channel` in confirm mode.
    ///
    /// # Errors
    ///
    /// When `confirm.select` fails (the channel is then unusable).
    pub async fn new(
        channel: Channel,
        timeout: Duration,
        blocked: watch::Receiver<bool>,
    ) -> lapin::Result<Publisher> {
        channel
            .confirm_select(ConfirmSelectOptions::default())
            .await?;
        Ok(Publisher {
            channel,
            timeout,
            blocked,
        })
    }

    /// Publishes one `mandatory` message and waits for the broker's confirm.
    ///
    /// Returns `Ok` only when the broker acked it and did not return it, that is when
    /// the message sits in at least one queue.
    ///
    /// # Errors
    ///
    /// [`PublishError`] for a nack, a return, a timeout or a closed channel.
    pub async fn publish_confirmed(
        &self,
        exchange: &str,
        routing_key: &str,
        body: &[u8],
        properties: BasicProperties,
    ) -> Result<(), PublishError> {
        let options = BasicPublishOptions {
            mandatory: true,
            immediate: false,
        };
        let confirm = self.unless_timed_out(self.channel.basic_publish(
            exchange.into(),
            routing_key.into(),
            options,
            body,
            properties,
        ));
        let confirm = confirm.await?.map_err(PublishError::ChannelClosed)?;
        match self
            .unless_timed_out(confirm)
            .await?
            .map_err(PublishError::ChannelClosed)?
        {
            Confirmation::Ack(None) | Confirmation::NotRequested => Ok(()),
            Confirmation::Ack(Some(returned)) | Confirmation::Nack(Some(returned)) => {
                Err(PublishError::Returned {
                    code: returned.reply_code,
                    text: returned.reply_text.to_string(),
                })
            }
            Confirmation::Nack(None) => Err(PublishError::Nacked),
        }
    }

    async fn unless_timed_out<F: std::future::Future>(
        &self,
        fut: F,
    ) -> Result<F::Output, PublishError> {
        within_timeout(self.timeout, &self.blocked, fut).await
    }

    /// The underlying channel (for closing it).
    pub fn channel(&self) -> &Channel {
        &self.channel
    }
}

/// Awaits `fut`, failing with [`PublishError::Timeout`] after `timeout`, except that
/// while `blocked` is `true` (the broker holds publishers back) the clock restarts: a
/// blocked broker is not a lost confirm.
async fn within_timeout<F: std::future::Future>(
    timeout: Duration,
    blocked: &watch::Receiver<bool>,
    fut: F,
) -> Result<F::Output, PublishError> {
    tokio::pin!(fut);
    loop {
        match tokio::time::timeout(timeout, &mut fut).await {
            Ok(out) => return Ok(out),
            Err(_) if *blocked.borrow() => continue,
            Err(_) => return Err(PublishError::Timeout(timeout)),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const SHORT: Duration = Duration::from_millis(30);

    #[tokio::test(start_paused = true)]
    async fn a_confirm_that_never_comes_times_out() {
        let (_tx, blocked) = watch::channel(false);
        let err = within_timeout(SHORT, &blocked, std::future::pending::<()>())
            .await
            .unwrap_err();
        assert_eq!(err.reason(), "timeout");
    }

    #[tokio::test(start_paused = true)]
    async fn time_blocked_by_the_broker_does_not_count() {
        let (_tx, blocked) = watch::channel(true);
        let slow = async {
            tokio::time::sleep(SHORT * 5).await;
            42
        };
        assert_eq!(within_timeout(SHORT, &blocked, slow).await.unwrap(), 42);
    }

    #[tokio::test(start_paused = true)]
    async fn the_clock_runs_again_after_unblocking() {
        let (tx, blocked) = watch::channel(true);
        tokio::spawn(async move {
            tokio::time::sleep(SHORT * 3).await;
            tx.send_replace(false);
            std::future::pending::<()>().await;
        });
        let err = within_timeout(SHORT, &blocked, std::future::pending::<()>())
            .await
            .unwrap_err();
        assert_eq!(err.reason(), "timeout");
    }
}
