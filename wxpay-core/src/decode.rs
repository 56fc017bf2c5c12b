//! JSON decoding that names the path of the value that failed.

use std::fmt;

use serde::de::{DeserializeOwned, MapAccess, Visitor};

use crate::Error;

/// Decodes `bytes` into `T`; the error names the JSON path (e.g. `valid_date_information.type`).
///
/// Like `serde_json::from_slice`, anything but whitespace after the value is an error.
pub fn decode_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, Error> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        // A catalog model names the path within it in the message (`FieldError`).
        let message = e.inner().to_string();
        let (inner, message) = split_path(&message);
        let mut path = e.path().to_string();
        if let Some(inner) = inner {
            push_segment(&mut path, inner);
        }
        Error::decode(path, message.to_owned())
    })?;
    de.end()
        .map_err(|e| Error::decode(".".to_owned(), e.to_string()))?;
    Ok(value)
}

/// The fields of one JSON object being decoded into a catalog answer model: the runtime of
/// `#[derive(__Decode)]`.
///
/// Why a map of values and not serde's streaming visitor: a derived visitor is a generic impl
/// per model with a slot, a match arm and an early return per field, and rustc checks each of
/// them for every model (a fifth of the full catalog's build). Here the model's part is one
/// non-generic function of one call per field, and the object is read once, generically, by
/// [`decode_object`]. Behaviour is serde's derive's: unknown fields are ignored, a repeated
/// field is an error, a missing or `null` `Option` is `None`, a missing required field is
/// `missing field`. A failing field's path is kept (see [`FieldError`]).
pub struct Object {
    /// Sorted by key, no key twice.
    fields: Vec<(String, serde_json::Value)>,
}

impl Object {
    fn take(&mut self, name: &str) -> Option<serde_json::Value> {
        let at = self
            .fields
            .binary_search_by(|(k, _)| k.as_str().cmp(name))
            .ok()?;
        self.fields.get_mut(at).map(|(_, v)| std::mem::take(v))
    }

    /// A required field.
    pub fn req<T: DeserializeOwned>(&mut self, name: &'static str) -> Result<T, FieldError> {
        match self.take(name) {
            Some(v) => decode_value(name, v),
            None => Err(FieldError {
                path: String::new(),
                message: format!("missing field `{name}`"),
            }),
        }
    }

    /// An optional field: absent or `null` is `None`.
    pub fn opt<T: DeserializeOwned>(
        &mut self,
        name: &'static str,
    ) -> Result<Option<T>, FieldError> {
        match self.take(name) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(v) => decode_value(name, v).map(Some),
        }
    }
}

fn decode_value<T: DeserializeOwned>(name: &str, v: serde_json::Value) -> Result<T, FieldError> {
    // An array's failing element is only known to the tracking deserializer (`items[1]`).
    let (within, e) = if v.is_array() {
        match serde_path_to_error::deserialize(v) {
            Ok(t) => return Ok(t),
            Err(e) => {
                let within = e.path().to_string();
                (within, e.into_inner())
            }
        }
    } else {
        match T::deserialize(v) {
            Ok(t) => return Ok(t),
            Err(e) => (String::new(), e),
        }
    };
    let message = e.to_string();
    let (inner, message) = split_path(&message);
    let mut path = String::from(name);
    push_segment(&mut path, &within);
    if let Some(inner) = inner {
        push_segment(&mut path, inner);
    }
    Err(FieldError {
        path,
        message: message.to_owned(),
    })
}

/// Appends a segment (`total`, `[1]`, or a path of them) to a path; `.` is the root, as
/// `serde_path_to_error` writes it.
fn push_segment(path: &mut String, segment: &str) {
    if segment.is_empty() || segment == "." {
        return;
    }
    if path == "." {
        path.clear();
    } else if !path.is_empty() && !segment.starts_with('[') {
        path.push('.');
    }
    path.push_str(segment);
}

/// A field of a catalog answer model that failed to decode, and where: `amount.total` for the
/// field `total` of the object in the field `amount`.
///
/// It leaves [`decode_object`] as a serde error whose message starts with ``at `amount.total`: ``
/// (`decode_json` takes it apart again), so the path survives any serde format in between.
#[derive(Debug)]
pub struct FieldError {
    path: String,
    message: String,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{PATH_OPEN}{}{PATH_CLOSE}{}", self.path, self.message)
        }
    }
}

const PATH_OPEN: &str = "at `";
const PATH_CLOSE: &str = "`: ";

/// Splits ``at `a.b`: message`` into the path `a.b` and the message.
pub(crate) fn split_path(message: &str) -> (Option<&str>, &str) {
    message
        .strip_prefix(PATH_OPEN)
        .and_then(|rest| rest.split_once(PATH_CLOSE))
        .map_or((None, message), |(path, rest)| (Some(path), rest))
}

/// Decodes a JSON object with `fields`, the model's part of `#[derive(__Decode)]`.
pub fn decode_object<'de, D, T>(
    d: D,
    expecting: &'static str,
    fields: fn(&mut Object) -> Result<T, FieldError>,
) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
{
    d.deserialize_map(ObjectVisitor { expecting, fields })
}

struct ObjectVisitor<T> {
    expecting: &'static str,
    fields: fn(&mut Object) -> Result<T, FieldError>,
}

impl<'de, T> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        // A sorted vector, not a map: fewer allocations for the few fields of an answer.
        let mut fields: Vec<(String, serde_json::Value)> =
            Vec::with_capacity(map.size_hint().unwrap_or(8).min(64));
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value()?;
            fields.push((key, value));
        }
        fields.sort_by(|a, b| a.0.cmp(&b.0));
        if let Some((key, _)) = fields
            .iter()
            .zip(fields.iter().skip(1))
            .find_map(|(a, b)| (a.0 == b.0).then_some(a))
        {
            return Err(serde::de::Error::custom(format_args!(
                "duplicate field `{key}`"
            )));
        }
        // Inside the visitor, so a format positions the error as it does serde's derive's.
        (self.fields)(&mut Object { fields }).map_err(serde::de::Error::custom)
    }
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
