//! TLS for `amqps://` URLs: a custom CA and an optional client certificate, read from
//! PEM files once at start (a missing or unreadable file is a start-up error, not a
//! reconnect loop).
//!
//! The backend is rustls with the *ring* provider (the workspace's lapin features),
//! trusting the system's roots plus the custom CA.

use std::fmt;
use std::path::{Path, PathBuf};

use lapin::tcp::{OwnedIdentity, OwnedTLSConfig};

/// The TLS files given on the command line (`--tls-ca-file`, `--tls-cert-file`,
/// `--tls-key-file`) or in their environment variables.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TlsFiles {
    /// PEM file with the CA certificate(s) that sign the broker's certificate.
    pub ca_file: Option<PathBuf>,
    /// PEM file with the client certificate (chain), for brokers that verify peers.
    pub cert_file: Option<PathBuf>,
    /// PEM file with the client's private key (PKCS#8, unencrypted).
    pub key_file: Option<PathBuf>,
}

/// Why the TLS files cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    /// A file could not be read.
    #[error("cannot read {flag} {path}: {source}")]
    Read {
        /// The flag that named the file.
        flag: &'static str,
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A file holds no PEM block of the expected kind.
    #[error("{flag} {path} holds no PEM {kind}")]
    NotPem {
        /// The flag that named the file.
        flag: &'static str,
        /// The file.
        path: PathBuf,
        /// `CERTIFICATE` or `PRIVATE KEY`.
        kind: &'static str,
    },
    /// Only one of certificate and key was given.
    #[error("--tls-cert-file and --tls-key-file go together; only {0} was given")]
    HalfIdentity(&'static str),
}

/// The loaded TLS settings, ready for every connection. `Debug` never shows the key.
#[derive(Clone, Default, PartialEq)]
pub struct TlsConfig(OwnedTLSConfig);

impl fmt::Debug for TlsConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TlsConfig")
            .field("custom_ca", &self.0.cert_chain.is_some())
            .field("client_certificate", &self.0.identity.is_some())
            .finish()
    }
}

impl TlsConfig {
    /// lapin's form of these settings.
    pub fn lapin_config(&self) -> &OwnedTLSConfig {
        &self.0
    }
}

impl TlsFiles {
    /// Reads the files.
    ///
    /// # Errors
    ///
    /// [`TlsError`] naming the flag and the file that cannot be used.
    pub fn load(&self) -> Result<TlsConfig, TlsError> {
        let cert_chain = match &self.ca_file {
            None => None,
            Some(path) => Some(read_pem(path, "--tls-ca-file", "CERTIFICATE")?),
        };
        let identity = match (&self.cert_file, &self.key_file) {
            (None, None) => None,
            (Some(_), None) => return Err(TlsError::HalfIdentity("--tls-cert-file")),
            (None, Some(_)) => return Err(TlsError::HalfIdentity("--tls-key-file")),
            (Some(cert), Some(key)) => Some(OwnedIdentity::PKCS8 {
                pem: read_pem(cert, "--tls-cert-file", "CERTIFICATE")?.into_bytes(),
                key: read_pem(key, "--tls-key-file", "PRIVATE KEY")?.into_bytes(),
            }),
        };
        Ok(TlsConfig(OwnedTLSConfig {
            identity,
            cert_chain,
        }))
    }
}

fn read_pem(path: &Path, flag: &'static str, kind: &'static str) -> Result<String, TlsError> {
    let text = std::fs::read_to_string(path).map_err(|source| TlsError::Read {
        flag,
        path: path.to_owned(),
        source,
    })?;
    // "-----BEGIN CERTIFICATE-----", "-----BEGIN PRIVATE KEY-----" or
    // "-----BEGIN RSA PRIVATE KEY-----" / "EC PRIVATE KEY".
    let found = text
        .lines()
        .any(|l| l.starts_with("-----BEGIN ") && l.contains(kind));
    if !found {
        return Err(TlsError::NotPem {
            flag,
            path: path.to_owned(),
            kind,
        });
    }
    Ok(text)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn file_errors_name_flag_and_file() {
        let dir = std::env::temp_dir().join(format!("enricher-tls-{}", fastrand::u64(..)));
        std::fs::create_dir_all(&dir).unwrap();
        let not_pem = dir.join("ca.txt");
        std::fs::write(&not_pem, "hello").unwrap();
        let cert = dir.join("c.pem");
        std::fs::write(
            &cert,
            "-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n",
        )
        .unwrap();
        let rows: &[(&str, TlsFiles, &str)] = &[
            (
                "missing ca",
                TlsFiles {
                    ca_file: Some(dir.join("nope.pem")),
                    ..Default::default()
                },
                "cannot read --tls-ca-file",
            ),
            (
                "ca not pem",
                TlsFiles {
                    ca_file: Some(not_pem.clone()),
                    ..Default::default()
                },
                "--tls-ca-file",
            ),
            (
                "cert without key",
                TlsFiles {
                    cert_file: Some(cert.clone()),
                    ..Default::default()
                },
                "only --tls-cert-file was given",
            ),
            (
                "key is a certificate",
                TlsFiles {
                    cert_file: Some(cert.clone()),
                    key_file: Some(cert.clone()),
                    ..Default::default()
                },
                "holds no PEM PRIVATE KEY",
            ),
        ];
        for (name, files, want) in rows {
            let err = files.load().unwrap_err().to_string();
            assert!(err.contains(want), "row {name}: {err}");
        }
        let ok = TlsFiles {
            ca_file: Some(cert.clone()),
            ..Default::default()
        }
        .load()
        .unwrap();
        assert!(format!("{ok:?}").contains("custom_ca: true"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
