//! `wxpay notify verify` and `wxpay verify`: saved notifications and answers.

use std::path::PathBuf;
use std::sync::Arc;

use clap::{Args, Subcommand};
use http::HeaderMap;
use wxpay::verifier::SignatureHeaders;
use wxpay::{Error, FixedClock, NotificationParser, Verifier, VerifyError};

use crate::config::ConfigArgs;
use crate::failure::Failure;
use crate::io::{outln, read_bytes, read_headers, utc_unix};

#[derive(Debug, Subcommand)]
pub enum NotifyCommand {
    /// Verify a saved notification and print its decrypted resource. Needs the APIv3 key.
    Verify(NotifyVerifyArgs),
}

#[derive(Debug, Args)]
#[command(after_help = "\
The headers file holds `Name: value` lines, as `curl -D FILE` writes them (a leading
`HTTP/1.1 …` line and CRLF are fine); the body file holds the body exactly as received.

Example:
  wxpay notify verify --headers notify.headers --body notify.json")]
pub struct NotifyVerifyArgs {
    /// The notification's headers (`Wechatpay-Timestamp`, `-Nonce`, `-Signature`, `-Serial`)
    #[arg(long, value_name = "FILE")]
    headers: PathBuf,
    /// The notification's body, byte for byte (`-` for standard input)
    #[arg(long, value_name = "FILE")]
    body: PathBuf,
    /// Accept a timestamp 5 minutes or more old (replaying a saved notification): the signature
    /// is checked with the clock set to the notification's own timestamp
    #[arg(long)]
    allow_stale: bool,
}

#[derive(Debug, Args)]
#[command(after_help = "\
Example (save an answer with curl, then check it):
  curl -sD answer.headers -o answer.json …
  wxpay verify --headers answer.headers --body answer.json")]
pub struct VerifyArgs {
    /// The answer's headers (`Name: value` lines, as `curl -D` writes them)
    #[arg(long, value_name = "FILE")]
    headers: PathBuf,
    /// The answer's body, byte for byte (`-` for standard input)
    #[arg(long, value_name = "FILE")]
    body: PathBuf,
    /// Accept a timestamp 5 minutes or more old (checked with the clock set to it)
    #[arg(long)]
    allow_stale: bool,
}

pub fn run(cfg: &ConfigArgs, c: NotifyCommand) -> Result<(), Failure> {
    let NotifyCommand::Verify(a) = c;
    let saved = read_headers(&a.headers)?;
    let body = read_bytes(&a.body)?;
    let store = Arc::new(cfg.key_store()?);
    let apiv3_key = cfg.apiv3_key()?;
    let parse = |verifier: Verifier| {
        NotificationParser::new(verifier, apiv3_key.clone())
            .parse::<serde_json::Value>(&saved.headers, &body)
    };
    let (notification, stale) = match parse(Verifier::new(store.clone())) {
        Ok(n) => (n, None),
        Err(e) if a.allow_stale && stale(&e).is_some() => {
            let Some((timestamp, skew)) = stale(&e) else {
                return Err(explain(e, &body));
            };
            let verifier = Verifier::new(store).with_clock(Arc::new(FixedClock(timestamp)));
            (
                parse(verifier).map_err(|e| explain(e, &body))?,
                Some((timestamp, skew)),
            )
        }
        Err(e) => return Err(explain(e, &body)),
    };
    if let Some((ts, skew)) = stale {
        eprintln!(
            "warning: stale notification: signed at {ts} ({}), {skew} s away from now; verified with the clock set to it (--allow-stale)",
            utc_unix(ts)
        );
    }
    describe_signature(&saved.headers);
    let out = serde_json::json!({
        "id": notification.id,
        "create_time": notification.create_time,
        "event_type": notification.event_type,
        "resource_type": notification.resource_type,
        "summary": notification.summary,
        "original_type": notification.original_type,
        "resource": notification.resource,
    });
    outln(&serde_json::to_string_pretty(&out).unwrap_or_default());
    Ok(())
}

pub fn verify(cfg: &ConfigArgs, a: VerifyArgs) -> Result<(), Failure> {
    let saved = read_headers(&a.headers)?;
    let body = read_bytes(&a.body)?;
    let store = Arc::new(cfg.key_store()?);
    let sh = SignatureHeaders::from_headers(&saved.headers)?;
    let checked = match Verifier::new(store.clone()).verify(&sh, &body) {
        Ok(()) => Ok(()),
        Err(VerifyError::StaleTimestamp { timestamp, skew }) if a.allow_stale => {
            eprintln!(
                "warning: stale answer: signed at {timestamp} ({}), {skew} s away from now; verified with the clock set to it (--allow-stale)",
                utc_unix(timestamp)
            );
            Verifier::new(store)
                .with_clock(Arc::new(FixedClock(timestamp)))
                .verify(&sh, &body)
        }
        Err(e) => Err(e),
    };
    checked.map_err(|e| explain(Error::from(e), &body))?;
    let ts = sh
        .timestamp
        .parse::<i64>()
        .map(utc_unix)
        .unwrap_or_default();
    outln(&format!(
        "signature verified: key {}, timestamp {} ({ts}), nonce {}",
        sh.serial, sh.timestamp, sh.nonce
    ));
    if let Some(status) = saved.status {
        outln(&format!("status: {status}"));
    }
    if let Some(id) = saved
        .headers
        .get("request-id")
        .and_then(|v| v.to_str().ok())
    {
        outln(&format!("Request-ID: {id}"));
    }
    Ok(())
}

fn describe_signature(h: &HeaderMap) {
    if let Ok(sh) = SignatureHeaders::from_headers(h) {
        eprintln!(
            "signature verified: key {}, timestamp {}",
            sh.serial, sh.timestamp
        );
    }
}

/// The timestamp and skew of a stale-timestamp failure.
fn stale(e: &Error) -> Option<(i64, i64)> {
    match e.verify_error() {
        Some(VerifyError::StaleTimestamp { timestamp, skew }) => Some((*timestamp, *skew)),
        _ => None,
    }
}

/// Reports a failure with what usually causes it.
fn explain(e: Error, body: &[u8]) -> Failure {
    let bad_signature = e.verify_error() == Some(&VerifyError::BadSignature);
    match stale(&e) {
        Some((timestamp, skew)) => Failure::failed(format!(
            "stale timestamp: signed at {timestamp} ({}), {skew} s away from now; the limit is 300 s",
            utc_unix(timestamp)
        ))
        .note("WeChat Pay signs with the current time: a live handler must reject this as a replay")
        .note("pass --allow-stale to verify an old, saved one anyway"),
        None if bad_signature && body.last() == Some(&b'\n') => Failure::from(e)
            .note("the body file ends with a newline: WeChat Pay's bodies do not; was it added by an editor?"),
        None if bad_signature => Failure::from(e).note(
            "the body must be byte for byte what was received (no reformatting, no re-encoding)",
        ),
        None => Failure::from(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explanations() {
        let f = explain(
            Error::from(VerifyError::StaleTimestamp {
                timestamp: 1,
                skew: 400,
            }),
            b"{}",
        );
        assert!(
            f.message.starts_with("stale timestamp: signed at 1 (1970"),
            "{}",
            f.message
        );
        assert_eq!(f.code, crate::failure::FAILED);
        assert!(f.notes.iter().any(|n| n.contains("--allow-stale")));
        let f = explain(Error::from(VerifyError::BadSignature), b"{}\n");
        assert!(f.notes.iter().any(|n| n.contains("newline")));
    }
}
