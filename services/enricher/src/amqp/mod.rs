//! The RabbitMQ edge of the service, built on lapin: connecting with a redacted URL,
//! declaring the topology, publishing with confirms, settling deliveries in batches,
//! and pacing reconnects.
//!
//! Nothing here knows about articles; [`crate::pipeline`] decides what to publish and
//! [`crate::session`] drives one connection.

pub mod acks;
pub mod backoff;
pub mod publisher;
pub mod topology;

use std::fmt;
use std::str::FromStr;

use lapin::{Connection, ConnectionProperties};

pub use publisher::{PublishError, Publisher};
pub use topology::{QueueType, Topology};

/// An AMQP URL (`amqp://user:password@host:port/vhost`, `amqps://` for TLS).
///
/// `Debug` and `Display` show it with the password replaced by `***`, so a config
/// dump, a log line or an error message can never leak it; only [`AmqpUrl::expose`]
/// returns the real text, for the one place that connects.
#[derive(Clone, PartialEq, Eq)]
pub struct AmqpUrl(String);

impl AmqpUrl {
    /// The URL with its password, for connecting. Never log this.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The URL with any password replaced by `***`.
    pub fn redacted(&self) -> String {
        redact_url(&self.0)
    }
}

impl FromStr for AmqpUrl {
    type Err = String;

    /// Accepts any URL lapin can parse; the error text is redacted.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.parse::<lapin::uri::AMQPUri>()
            .map_err(|e| format!("invalid AMQP URL {}: {}", redact_url(s), redact_text(&e, s)))?;
        Ok(AmqpUrl(s.to_owned()))
    }
}

impl fmt::Debug for AmqpUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AmqpUrl({:?})", self.redacted())
    }
}

impl fmt::Display for AmqpUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

/// Replaces the password in `scheme://user:password@host/...` with `***`. Text that is
/// not a URL with a password comes back unchanged.
///
/// # Examples
///
/// ```
/// use enricher::amqp::redact_url;
/// assert_eq!(redact_url("amqp://guest:s3cret@rabbit:5672/%2f"), "amqp://guest:***@rabbit:5672/%2f");
/// assert_eq!(redact_url("amqp://rabbit"), "amqp://rabbit");
/// ```
pub fn redact_url(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_owned();
    };
    let rest_start = scheme_end + 3;
    let rest = &url[rest_start..];
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    let Some(at) = authority.rfind('@') else {
        return url.to_owned();
    };
    let userinfo = &authority[..at];
    let Some(colon) = userinfo.find(':') else {
        return url.to_owned();
    };
    format!(
        "{}{}:***{}",
        &url[..rest_start],
        &userinfo[..colon],
        &url[rest_start + at..]
    )
}

/// Removes every occurrence of the password of `url` from an error's text.
fn redact_text(err: &dyn fmt::Display, url: &str) -> String {
    let text = err.to_string();
    match password_of(url) {
        Some(pw) if !pw.is_empty() => text.replace(pw, "***"),
        _ => text,
    }
}

fn password_of(url: &str) -> Option<&str> {
    let rest = &url[url.find("://")? + 3..];
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    let userinfo = &authority[..authority.rfind('@')?];
    Some(&userinfo[userinfo.find(':')? + 1..])
}

/// A connection failure, with the URL redacted.
#[derive(Debug, thiserror::Error)]
#[error("cannot connect to {url}: {cause}")]
pub struct ConnectError {
    /// The redacted URL.
    pub url: String,
    /// lapin's error text, with the password removed should it ever appear.
    pub cause: String,
}

/// Opens a connection named `connection_name` (shown by `rabbitmqctl list_connections
/// name client_properties` and the management UI, so an operator can find and close
/// exactly this service's connection).
///
/// # Errors
///
/// [`ConnectError`] when the broker cannot be reached or refuses the login.
pub async fn connect(url: &AmqpUrl, connection_name: &str) -> Result<Connection, ConnectError> {
    let props = ConnectionProperties::default()
        .with_connection_name(connection_name.into())
        .with_client_property("product".into(), "news-enricher".into())
        .with_client_property("version".into(), env!("CARGO_PKG_VERSION").into());
    Connection::connect(url.expose(), props)
        .await
        .map_err(|e| ConnectError {
            url: url.redacted(),
            cause: redact_text(&e, url.expose()),
        })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::type_complexity)]
mod tests {
    use super::*;

    #[test]
    fn redaction_table() {
        let rows = [
            (
                "plain",
                "amqp://guest:guest@127.0.0.1:5672/%2f",
                "amqp://guest:***@127.0.0.1:5672/%2f",
            ),
            ("tls", "amqps://u:p%40ss@h/v", "amqps://u:***@h/v"),
            ("at in password", "amqp://u:a@b@h:1/", "amqp://u:***@h:1/"),
            ("no password", "amqp://u@h/", "amqp://u@h/"),
            ("no userinfo", "amqp://h:5672", "amqp://h:5672"),
            (
                "query after",
                "amqp://u:p@h?heartbeat=5",
                "amqp://u:***@h?heartbeat=5",
            ),
            ("not a url", "hello", "hello"),
        ];
        for (name, input, want) in rows {
            assert_eq!(redact_url(input), want, "row {name}");
        }
    }

    #[test]
    fn url_debug_and_display_never_show_the_password() {
        let url: AmqpUrl = "amqp://guest:hunter2@localhost:5672/%2f".parse().unwrap();
        assert!(!format!("{url:?}").contains("hunter2"));
        assert!(!format!("{url}").contains("hunter2"));
        assert_eq!(url.expose(), "amqp://guest:hunter2@localhost:5672/%2f");
    }

    #[test]
    fn invalid_url_error_is_redacted() {
        let err = "amqp://guest:hunter2@host:notaport/"
            .parse::<AmqpUrl>()
            .unwrap_err();
        assert!(!err.contains("hunter2"), "{err}");
    }
}
