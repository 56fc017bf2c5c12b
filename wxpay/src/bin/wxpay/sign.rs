//! `wxpay sign METHOD URL`: the exact message a request signature covers, and its header.

use std::path::PathBuf;

use clap::Args;
use wxpay::signer::request_message;
use wxpay::{AuthScheme, Clock as _, SystemClock};

use crate::config::ConfigArgs;
use crate::failure::Failure;
use crate::io::{outln, read_bytes};

#[derive(Debug, Args)]
#[command(after_help = "\
Compare the message lines with what your code signs when WeChat Pay answers SIGN_ERROR: the
URL is the path and query exactly as sent, the body is the exact bytes sent (empty for GET),
and every line, the body's included, ends with \\n.

Example:
  wxpay sign POST /v3/pay/transactions/jsapi --body-file order.json \\
      --timestamp 1554208460 --nonce 593BEC0C930BF1AFEB40B4A08C8FB242")]
pub struct SignArgs {
    /// The method, as sent (WeChat Pay expects upper case)
    method: String,
    /// The URL or its path, with the query: https://api.mch.weixin.qq.com/v3/…?… or /v3/…?…
    url: String,
    /// The body, as sent
    #[arg(long, value_name = "TEXT", conflicts_with = "body_file")]
    body: Option<String>,
    /// Read the body from a file, byte for byte (`-` for standard input)
    #[arg(long, value_name = "FILE")]
    body_file: Option<PathBuf>,
    /// The timestamp to sign (default: now)
    #[arg(long, value_name = "UNIX_SECONDS")]
    timestamp: Option<i64>,
    /// The nonce to sign (default: a fresh random one)
    #[arg(long, value_name = "NONCE")]
    nonce: Option<String>,
    /// Sign with the Brand API scheme (WECHATPAY-BRAND-SHA256-RSA2048, needs the brand id)
    #[arg(long)]
    brand: bool,
}

pub fn run(cfg: &ConfigArgs, a: SignArgs) -> Result<(), Failure> {
    let signer = cfg.signer()?;
    let canonical = canonical_url(&a.url)?;
    let body = match (&a.body, &a.body_file) {
        (Some(text), _) => text.as_bytes().to_vec(),
        (None, Some(file)) => read_bytes(file)?,
        (None, None) => Vec::new(),
    };
    let timestamp = a.timestamp.unwrap_or_else(|| SystemClock.now());
    let nonce = a.nonce.unwrap_or_else(wxpay::signer::nonce);
    let scheme = if a.brand {
        AuthScheme::Brand
    } else {
        AuthScheme::Merchant
    };
    if wxpay::Method::parse(&a.method).is_none() {
        eprintln!(
            "warning: `{}` is not an upper-case HTTP method as WeChat Pay expects",
            a.method
        );
    }
    if canonical != a.url && !a.url.contains("://") {
        eprintln!("note: the URL goes on the wire, and is signed, as `{canonical}`");
    }
    let message = request_message(&a.method, &canonical, timestamp, &nonce, &body);
    let auth = signer.authorize_with(scheme, &a.method, &canonical, &body, timestamp, &nonce)?;
    outln("Message signed (SHA256withRSA), `\\n` marks each newline:");
    for line in show_message(&message) {
        outln(&line);
    }
    outln(&format!("Authorization: {}", auth.header));
    Ok(())
}

/// The path and query as the SDK sends them (and so signs them), from a URL or a path.
fn canonical_url(input: &str) -> Result<String, Failure> {
    let parsed = if input.contains("://") {
        url::Url::parse(input)
    } else {
        url::Url::parse(wxpay::DEFAULT_BASE_URL).and_then(|base| base.join(input))
    }
    .map_err(|e| Failure::usage(format!("invalid URL `{input}`: {e}")))?;
    Ok(match parsed.query() {
        Some(q) => format!("{}?{q}", parsed.path()),
        None => parsed.path().to_owned(),
    })
}

/// The message line by line, each with its label and its newline made visible (`\n`; a
/// carriage return shows as `\r`). A body with newlines of its own takes several lines.
fn show_message(message: &[u8]) -> Vec<String> {
    const LABELS: [&str; 4] = ["method", "URL", "timestamp", "nonce"];
    let text = String::from_utf8_lossy(message);
    let text = text.strip_suffix('\n').unwrap_or(&text);
    text.split('\n')
        .enumerate()
        .map(|(i, line)| {
            let label =
                LABELS
                    .get(i)
                    .copied()
                    .unwrap_or(if i == LABELS.len() { "body" } else { "" });
            format!("  {label:>9} | {}\\n", line.replace('\r', "\\r"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_urls() {
        assert_eq!(canonical_url("/v3/a?b=1").unwrap(), "/v3/a?b=1");
        assert_eq!(canonical_url("v3/a").unwrap(), "/v3/a");
        assert_eq!(
            canonical_url("https://api.mch.weixin.qq.com/v3/a/中?x=a b").unwrap(),
            "/v3/a/%E4%B8%AD?x=a%20b"
        );
    }

    #[test]
    fn message_lines() {
        let m = request_message("POST", "/v3/x", 1, "N", b"{\r\n}");
        assert_eq!(
            show_message(&m),
            [
                "     method | POST\\n",
                "        URL | /v3/x\\n",
                "  timestamp | 1\\n",
                "      nonce | N\\n",
                "       body | {\\r\\n",
                "            | }\\n",
            ]
        );
        let get = request_message("GET", "/v3/x", 1, "N", b"");
        assert_eq!(show_message(&get).last().unwrap(), "       body | \\n");
    }
}
