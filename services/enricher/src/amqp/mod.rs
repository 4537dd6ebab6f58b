//! The RabbitMQ edge of the service, built on lapin: connecting with a redacted URL,
//! declaring the topology, publishing with confirms, settling deliveries in batches,
//! and pacing reconnects.
//!
//! Nothing here knows about articles; [`crate::pipeline`] decides what to publish and
//! [`crate::session`] drives one connection.

pub mod acks;
pub mod backoff;
pub mod publisher;
pub mod tls;
pub mod topology;

use std::fmt;
use std::str::FromStr;

use lapin::{Connection, ConnectionProperties};

pub use publisher::{PublishError, Publisher};
pub use tls::{TlsConfig, TlsError, TlsFiles};
pub use topology::{is_conflict, QueueType, Topology};

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

/// One or more broker URLs, from a comma-separated list (`AMQP_URL`, `--amqp-url`):
/// the nodes of one cluster, tried in order until one answers.
///
/// `Debug` and `Display` redact every URL of the list, not only the first.
///
/// # Examples
///
/// ```
/// use enricher::amqp::AmqpUrls;
/// let urls: AmqpUrls = "amqp://u:pw1@a:5672, amqp://u:pw2@b:5672".parse().unwrap();
/// assert_eq!(urls.len(), 2);
/// assert_eq!(urls.to_string(), "amqp://u:***@a:5672,amqp://u:***@b:5672");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct AmqpUrls(Vec<AmqpUrl>);

impl AmqpUrls {
    /// How many URLs the list holds (at least one).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Never: a list holds at least one URL.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The `i`-th URL, counting round the list (`i % len`).
    pub fn nth_round(&self, i: usize) -> &AmqpUrl {
        &self.0[i % self.0.len()]
    }

    /// The URLs in order.
    pub fn iter(&self) -> impl Iterator<Item = &AmqpUrl> {
        self.0.iter()
    }
}

impl From<AmqpUrl> for AmqpUrls {
    fn from(url: AmqpUrl) -> Self {
        AmqpUrls(vec![url])
    }
}

impl FromStr for AmqpUrls {
    type Err = String;

    /// Splits on commas (spaces around them are ignored) and parses each URL; the error
    /// text is redacted.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let urls = s
            .split(',')
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(str::parse)
            .collect::<Result<Vec<AmqpUrl>, _>>()?;
        if urls.is_empty() {
            return Err("no AMQP URL given".into());
        }
        Ok(AmqpUrls(urls))
    }
}

impl fmt::Debug for AmqpUrls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(&self.0).finish()
    }
}

impl fmt::Display for AmqpUrls {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, url) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            fmt::Display::fmt(url, f)?;
        }
        Ok(())
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
/// exactly this service's connection). `amqps://` URLs use `tls` (custom CA, client
/// certificate) on top of the system's roots.
///
/// # Errors
///
/// [`ConnectError`] when the broker cannot be reached, the TLS handshake fails (a
/// certificate the CA did not sign, say) or the broker refuses the login.
pub async fn connect(
    url: &AmqpUrl,
    connection_name: &str,
    tls: &TlsConfig,
) -> Result<Connection, ConnectError> {
    let props = ConnectionProperties::default()
        .with_connection_name(connection_name.into())
        .with_client_property("product".into(), "news-enricher".into())
        .with_client_property("version".into(), env!("CARGO_PKG_VERSION").into());
    let fail = |e: &dyn fmt::Display| ConnectError {
        url: url.redacted(),
        cause: redact_text(e, url.expose()),
    };
    lapin::DefaultConnectionBuilder::new()
        .map_err(|e| fail(&e))?
        .with_uri_str(url.expose().to_owned())
        .with_properties(props)
        .with_tls_config(tls.lapin_config().clone())
        .connect()
        .await
        .map_err(|e| fail(&e))
}

/// Connects to the first URL of `urls` that answers, starting at `start` and going
/// round the list once. Returns the connection and the index of its URL.
///
/// # Errors
///
/// The last URL's [`ConnectError`] when none answers (each failure is logged at
/// debug, redacted).
pub async fn connect_any(
    urls: &AmqpUrls,
    start: usize,
    connection_name: &str,
    tls: &TlsConfig,
) -> Result<(Connection, usize), ConnectError> {
    let mut last = None;
    for i in start..start + urls.len() {
        let url = urls.nth_round(i);
        match connect(url, connection_name, tls).await {
            Ok(conn) => return Ok((conn, i % urls.len())),
            Err(err) => {
                tracing::debug!(error = %err, "broker does not answer; trying the next one");
                last = Some(err);
            }
        }
    }
    Err(last.expect("a list holds at least one URL"))
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
    fn every_url_of_a_list_is_redacted() {
        let urls: AmqpUrls = "amqp://a:pw-one@h1:5691/%2f,amqps://b:pw-two@h2:5692,amqp://h3"
            .parse()
            .unwrap();
        for shown in [format!("{urls}"), format!("{urls:?}")] {
            assert!(
                !shown.contains("pw-one") && !shown.contains("pw-two"),
                "{shown}"
            );
            assert!(shown.contains("h1") && shown.contains("h2") && shown.contains("h3"));
        }
        assert_eq!(urls.len(), 3);
        assert_eq!(urls.nth_round(4).expose(), "amqps://b:pw-two@h2:5692");
    }

    #[test]
    fn a_bad_url_in_a_list_is_named_redacted() {
        let err = "amqp://u:good@h:5672,amqp://u:secret@h:nope"
            .parse::<AmqpUrls>()
            .unwrap_err();
        assert!(!err.contains("secret") && err.contains("***"), "{err}");
        assert!(" , ".parse::<AmqpUrls>().is_err());
    }

    #[test]
    fn invalid_url_error_is_redacted() {
        let err = "amqp://guest:hunter2@host:notaport/"
            .parse::<AmqpUrl>()
            .unwrap_err();
        assert!(!err.contains("hunter2"), "{err}");
    }
}
