//! `401 SIGN_ERROR` explained: WeChat Pay echoes what it checked (`detail.sign_information`);
//! comparing that with what the client signed for the same request tells the merchant what
//! differs, in plain words, instead of an opaque detail.

use serde::{Deserialize, Serialize};

/// WeChat Pay's echo of what it checked, from a `SIGN_ERROR` answer's `detail.sign_information`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SignInformation {
    /// The method WeChat Pay saw.
    #[serde(default)]
    pub method: Option<String>,
    /// The URL (path and query) WeChat Pay saw.
    #[serde(default)]
    pub url: Option<String>,
    /// The start of the message WeChat Pay verified the signature against.
    #[serde(default)]
    pub truncated_sign_message: Option<String>,
    /// The length in bytes of that message.
    #[serde(default)]
    pub sign_message_length: Option<u64>,
}

/// What the client signed for one request: enough to rebuild the message, never the key or
/// the signature.
#[derive(Debug, Clone)]
pub(crate) struct SignedRequest {
    pub(crate) method: &'static str,
    /// Path and query, as signed.
    pub(crate) url: String,
    /// The signed message: `METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n`.
    pub(crate) message: Vec<u8>,
}

/// Longest excerpt of a line quoted in an explanation.
const EXCERPT: usize = 80;

/// What differs between `info` and `signed`, as one line.
pub(crate) fn explain(info: &SignInformation, signed: &SignedRequest) -> String {
    let mut found = Vec::new();
    if let Some(m) = &info.method
        && m != signed.method
    {
        found.push(format!(
            "WeChat Pay saw method {m} but the client signed {}",
            signed.method
        ));
    }
    let url_differs = info.url.as_ref().is_some_and(|u| *u != signed.url);
    if let Some(u) = info.url.as_ref().filter(|_| url_differs) {
        let (theirs, ours) = excerpts(u, &signed.url);
        found.push(format!(
            "WeChat Pay saw URL `{theirs}` but the client signed `{ours}` (a proxy or gateway rewrote the path or query, or the query was built differently)",
        ));
    }
    if let Some(n) = info.sign_message_length
        && n != signed.message.len() as u64
    {
        let why = if url_differs {
            ""
        } else {
            " (the body sent differs from the body signed?)"
        };
        found.push(format!(
            "WeChat Pay's message is {n} bytes, the signed one {} bytes{why}",
            signed.message.len()
        ));
    }
    if let Some(t) = &info.truncated_sign_message
        && let Some(line) = first_differing_line(t, &String::from_utf8_lossy(&signed.message))
    {
        found.push(line);
    }
    if found.is_empty() {
        "WeChat Pay checked the same method, URL and message that the client signed: the signature does not match the key, so check that the private key belongs to the merchant certificate serial".to_owned()
    } else {
        found.join("; ")
    }
}

/// The first line where WeChat Pay's (truncated) message and the signed one differ. Its last
/// line may be cut: a prefix of the signed line there is a match.
fn first_differing_line(theirs: &str, ours: &str) -> Option<String> {
    const NAMES: [&str; 5] = ["method", "URL", "timestamp", "nonce", "body"];
    let their_lines: Vec<&str> = theirs.split('\n').collect();
    let our_lines: Vec<&str> = ours.split('\n').collect();
    let last = their_lines.len().saturating_sub(1);
    for (n, t) in their_lines.iter().enumerate() {
        let o = our_lines.get(n).copied().unwrap_or_default();
        let same = if n == last { o.starts_with(t) } else { o == *t };
        if !same {
            let name = NAMES.get(n).copied().unwrap_or("extra");
            let (t, o) = excerpts(t, o);
            return Some(format!(
                "line {} of the message ({name}) differs: WeChat Pay has {t:?}, the client signed {o:?}",
                n + 1,
            ));
        }
    }
    None
}

/// Excerpts of two differing strings, starting a little before their first difference, so
/// that what differs is shown even in a long URL or body.
fn excerpts(a: &str, b: &str) -> (String, String) {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let skip = common.saturating_sub(EXCERPT / 2);
    (excerpt(a, skip), excerpt(b, skip))
}

fn excerpt(s: &str, skip: usize) -> String {
    let mut out = String::new();
    if skip > 0 {
        out.push('…');
    }
    out.extend(s.chars().skip(skip).take(EXCERPT));
    if s.chars().count() > skip + EXCERPT {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signed() -> SignedRequest {
        SignedRequest {
            method: "POST",
            url: "/v3/refund/domestic/refunds".into(),
            message: b"POST\n/v3/refund/domestic/refunds\n1700000000\nNONCE\n{\"a\":1}\n".to_vec(),
        }
    }

    fn info(method: &str, url: &str, msg: &str, len: u64) -> SignInformation {
        SignInformation {
            method: Some(method.into()),
            url: Some(url.into()),
            truncated_sign_message: Some(msg.into()),
            sign_message_length: Some(len),
        }
    }

    #[test]
    fn names_what_differs() {
        let s = signed();
        let len = s.message.len() as u64;
        let same = info(
            "POST",
            "/v3/refund/domestic/refunds",
            "POST\n/v3/refund/domestic/refunds\n1700000000\nNONCE\n{\"a",
            len,
        );
        assert!(explain(&same, &s).contains("does not match the key"));

        let url = info(
            "POST",
            "/v3/refund/domestic/refunds?x=1",
            "POST\n/v3/refund/domestic/refunds?x=1\n1700000000\nNONCE\n{\"a",
            len + 4,
        );
        let x = explain(&url, &s);
        assert!(
            x.contains("saw URL `/v3/refund/domestic/refunds?x=1`"),
            "{x}"
        );
        assert!(x.contains("line 2 of the message (URL)"), "{x}");
        assert!(!x.contains('\n'), "one line: {x}");

        let body = info(
            "POST",
            "/v3/refund/domestic/refunds",
            "POST\n/v3/refund/domestic/refunds\n1700000000\nNONCE\n{\"a\":2}\n",
            len,
        );
        let x = explain(&body, &s);
        assert!(x.contains("line 5 of the message (body)"), "{x}");
        assert!(!x.contains("URL `"), "{x}");
    }
}
