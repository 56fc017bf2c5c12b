//! JSON decoding that names the path of the value that failed.

use serde::de::DeserializeOwned;

use crate::Error;

/// Decodes `bytes` into `T`; the error names the JSON path (e.g. `valid_date_information.type`).
///
/// Like `serde_json::from_slice`, anything but whitespace after the value is an error.
pub fn decode_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, Error> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| Error::decode(e.path().to_string(), e.inner().to_string()))?;
    de.end()
        .map_err(|e| Error::decode(".".to_owned(), e.to_string()))?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_data_is_refused_like_serde_json() {
        // Found by the `catalog` fuzz target: a value followed by more bytes decoded.
        for input in [&b"{\"a\":1} x"[..], b"{\"a\":1}{}", b"1 2", b"[] ]"] {
            assert!(serde_json::from_slice::<serde_json::Value>(input).is_err());
            let err = decode_json::<serde_json::Value>(input).unwrap_err();
            assert!(err.is_decode(), "{err:?}");
        }
        assert_eq!(
            decode_json::<serde_json::Value>(b" {\"a\":1} \n").unwrap(),
            serde_json::json!({"a": 1})
        );
    }
}
