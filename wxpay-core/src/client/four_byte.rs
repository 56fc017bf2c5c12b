//! WeChat Pay refuses 4-byte UTF-8 characters (emoji and other characters beyond U+FFFF) in
//! request fields. The client refuses them before signing, naming where they are, instead of
//! sending a request that can only fail (or, worse, be stored with the character mangled).
//!
//! Only the path, the query and JSON bodies are checked: multipart uploads carry file bytes,
//! and sensitive fields are already RSA-OAEP ciphertext (base64, ASCII) by the time the body
//! is built, so neither is affected.

use percent_encoding::percent_decode_str;

use crate::Error;

/// The first character beyond U+FFFF in `s`, if any.
fn first_wide(s: &str) -> Option<char> {
    s.chars().find(|c| u32::from(*c) > 0xFFFF)
}

fn refuse(place: &str, c: char) -> Error {
    Error::invalid(format!(
        "{place} contains the 4-byte UTF-8 character U+{:X}; WeChat Pay rejects characters beyond U+FFFF (emoji and the like): remove or replace it",
        u32::from(c)
    ))
}

/// Checks a percent-encoded path or query.
pub(super) fn check_url_part(place: &str, encoded: &str) -> Result<(), Error> {
    let decoded = percent_decode_str(encoded).decode_utf8_lossy();
    match first_wide(&decoded) {
        Some(c) => Err(refuse(place, c)),
        None => Ok(()),
    }
}

/// Checks a JSON body; the error names the JSON path of the offending string.
pub(super) fn check_json_body(body: &[u8]) -> Result<(), Error> {
    // In UTF-8, the lead bytes 0xF0..=0xF4 start exactly the 4-byte sequences; JSON escapes of
    // surrogate pairs (`\uD83D`) are looked for too.
    let escaped = body.windows(4).any(|w| {
        matches!(
            w,
            [
                b'\\',
                b'u',
                b'd' | b'D',
                b'8' | b'9' | b'a' | b'b' | b'A' | b'B'
            ]
        )
    });
    if !escaped && !body.iter().any(|b| *b >= 0xF0) {
        return Ok(());
    }
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(body) else {
        // Not JSON after all: report the first wide character of the text, if any.
        return match first_wide(&String::from_utf8_lossy(body)) {
            Some(c) => Err(refuse("the request body", c)),
            None => Ok(()),
        };
    };
    let mut path = String::new();
    match find(&value, &mut path) {
        Some(c) if path.is_empty() => Err(refuse("the request body", c)),
        Some(c) => Err(refuse(&format!("request body field `{path}`"), c)),
        None => Ok(()),
    }
}

/// Depth-first search for a string (or key) with a wide character; leaves its path in `path`.
fn find(v: &serde_json::Value, path: &mut String) -> Option<char> {
    match v {
        serde_json::Value::String(s) => first_wide(s),
        serde_json::Value::Array(items) => items.iter().enumerate().find_map(|(i, item)| {
            let len = path.len();
            path.push_str(&format!("[{i}]"));
            let found = find(item, path);
            if found.is_none() {
                path.truncate(len);
            }
            found
        }),
        serde_json::Value::Object(map) => map.iter().find_map(|(k, item)| {
            let len = path.len();
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(k);
            let found = first_wide(k).or_else(|| find(item, path));
            if found.is_none() {
                path.truncate(len);
            }
            found
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_are_found_and_named() {
        assert!(check_json_body(br#"{"a":"\u4f1a\u5458 abc"}"#).is_ok());
        assert!(check_json_body("{\"a\":\"会员 ✓\"}".as_bytes()).is_ok());
        let e = check_json_body("{\"payer\":{\"names\":[\"ok\",\"hi 😀\"]}}".as_bytes())
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("`payer.names[1]`") && e.contains("U+1F600"),
            "{e}"
        );
        let e = check_json_body(br#"{"d":"\ud83d\ude00"}"#)
            .unwrap_err()
            .to_string();
        assert!(e.contains("`d`"), "{e}");
        assert!(check_url_part("the path", "/v3/a/%E4%BC%9A").is_ok());
        let e = check_url_part("the query", "x=%F0%9F%98%80").unwrap_err();
        assert_eq!(e.kind(), crate::ErrorKind::Request);
        assert!(!e.may_have_reached_server());
        // Ciphertexts are base64: never affected.
        assert!(check_json_body(br#"{"name":"vvysDQeEaH3I+wRh14St0abIkvQyFgh/fbW=="}"#).is_ok());
    }
}
