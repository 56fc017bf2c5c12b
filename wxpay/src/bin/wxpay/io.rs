//! Files, stdout, saved headers and time formatting.

use std::io::{Read as _, Write as _};
use std::path::Path;
use std::time::SystemTime;

use http::{HeaderMap, HeaderName, HeaderValue};

use crate::failure::Failure;

/// Reads a file's bytes exactly; `-` reads standard input.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, Failure> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| Failure::usage(format!("cannot read standard input: {e}")))?;
        return Ok(buf);
    }
    std::fs::read(path).map_err(|e| Failure::usage(format!("cannot read {}: {e}", path.display())))
}

/// An argument that may be `-` for standard input (its trailing newline removed).
pub fn arg_or_stdin(arg: &str) -> Result<String, Failure> {
    if arg != "-" {
        return Ok(arg.to_owned());
    }
    let bytes = read_bytes(Path::new("-"))?;
    let text =
        String::from_utf8(bytes).map_err(|_| Failure::usage("standard input is not UTF-8"))?;
    Ok(text
        .strip_suffix('\n')
        .map(|t| t.strip_suffix('\r').unwrap_or(t))
        .unwrap_or(&text)
        .to_owned())
}

/// Writes to stdout; a closed pipe (`| head`) is not an error worth reporting.
pub fn out(bytes: &[u8]) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(bytes).and_then(|()| stdout.flush());
}

/// Writes a line to stdout.
pub fn outln(line: &str) {
    let mut s = String::with_capacity(line.len() + 1);
    s.push_str(line);
    s.push('\n');
    out(s.as_bytes());
}

/// Headers saved as `Name: value` lines (as `curl -D FILE` writes them).
#[derive(Debug, Default)]
pub struct SavedHeaders {
    /// The status of an `HTTP/1.1 200 OK` line, when there is one.
    pub status: Option<u16>,
    pub headers: HeaderMap,
}

/// Parses saved headers: CRLF or LF, an optional `HTTP/… status` line, blank lines ignored.
/// When several responses were saved (`100 Continue`, redirects), the last one counts.
pub fn parse_headers(text: &str) -> Result<SavedHeaders, Failure> {
    let mut saved = SavedHeaders::default();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        if line.starts_with("HTTP/") {
            saved = SavedHeaders {
                status: line.split_whitespace().nth(1).and_then(|s| s.parse().ok()),
                headers: HeaderMap::new(),
            };
            continue;
        }
        let Some((name, value)) = line.split_once(':') else {
            return Err(Failure::usage(format!(
                "line {} of the headers is not `Name: value`",
                i + 1
            )));
        };
        let name = HeaderName::from_bytes(name.trim().as_bytes()).map_err(|_| {
            Failure::usage(format!("line {} of the headers has an invalid name", i + 1))
        })?;
        let value = HeaderValue::from_bytes(value.trim().as_bytes()).map_err(|_| {
            Failure::usage(format!(
                "line {} of the headers has an invalid value",
                i + 1
            ))
        })?;
        saved.headers.append(name, value);
    }
    Ok(saved)
}

/// Reads and parses a headers file.
pub fn read_headers(path: &Path) -> Result<SavedHeaders, Failure> {
    let bytes = read_bytes(path)?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Failure::usage(format!("{} is not UTF-8 text", path.display())))?;
    parse_headers(&text)
}

/// `YYYY-MM-DDTHH:MM:SSZ` (UTC, RFC 3339).
pub fn utc(t: SystemTime) -> String {
    rfc3339(time::OffsetDateTime::from(t))
}

/// `YYYY-MM-DDTHH:MM:SSZ` of a Unix time (the number itself when out of range).
pub fn utc_unix(secs: i64) -> String {
    match time::OffsetDateTime::from_unix_timestamp(secs) {
        Ok(t) => rfc3339(t),
        Err(_) => secs.to_string(),
    }
}

fn rfc3339(t: time::OffsetDateTime) -> String {
    // Whole seconds: the CLI prints signing timestamps, which have no fraction.
    let t = t.replace_nanosecond(0).unwrap_or(t);
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| t.unix_timestamp().to_string())
}

/// Quotes a value for a POSIX shell when it needs it.
pub fn sh_quote(s: &str) -> String {
    let plain = !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_-./:=@%+,".contains(&b));
    if plain {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_as_curl_writes_them() {
        let text = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nWechatpay-Nonce: abc\r\nWechatpay-Timestamp:  1700000000 \r\nRequest-ID: x\r\n\r\n";
        let saved = parse_headers(text).unwrap();
        assert_eq!(saved.status, Some(200));
        assert_eq!(saved.headers.len(), 3);
        assert_eq!(saved.headers["wechatpay-timestamp"], "1700000000");
        assert_eq!(saved.headers["wechatpay-nonce"], "abc");
        let plain = parse_headers("Wechatpay-Serial: PUB_KEY_ID_1\n").unwrap();
        assert_eq!(plain.status, None);
        assert_eq!(plain.headers["wechatpay-serial"], "PUB_KEY_ID_1");
        assert!(parse_headers("no colon here\n").is_err());
    }

    #[test]
    fn utc_formatting() {
        assert_eq!(utc_unix(0), "1970-01-01T00:00:00Z");
        assert_eq!(utc_unix(1_700_000_000), "2023-11-14T22:13:20Z");
        assert_eq!(utc_unix(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(utc_unix(-1), "1969-12-31T23:59:59Z");
    }

    #[test]
    fn shell_quoting() {
        assert_eq!(sh_quote("/tmp/a.pem"), "/tmp/a.pem");
        assert_eq!(sh_quote("/tmp/my keys/a.pem"), "'/tmp/my keys/a.pem'");
        assert_eq!(sh_quote("it's"), r"'it'\''s'");
        assert_eq!(sh_quote(""), "''");
    }
}
