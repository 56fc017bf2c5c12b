//! The query string of a request: `k=v&k2=v2` in the order the view serializes its fields.
//!
//! A tiny [`serde::Serializer`] writes each pair as it comes, so the order is the declaration
//! order without going through `serde_json::Value` (whose map keeps insertion order only with
//! serde_json's `preserve_order` feature, which would then be forced on every user).
//! Scalars are written as serde_json writes them; `None` is left out; a list of scalars is
//! joined with `,`; anything else is refused.

use std::fmt::Display;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::ser::{self, Impossible, Serialize};

use crate::Error;

/// Characters kept as they are in a query key or value: RFC 3986 unreserved.
const QUERY: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Serializes a flat struct (or map) into `k=v&k2=v2`; `None` when no pair is left.
pub(crate) fn to_query_string<T: Serialize + ?Sized>(view: &T) -> Result<Option<String>, Error> {
    let mut out = String::new();
    view.serialize(Top { out: &mut out })
        .map_err(|e| Error::invalid(e.0))?;
    Ok(if out.is_empty() { None } else { Some(out) })
}

/// A request's query string written field by field: the output of `#[endpoint]` for a query
/// whose fields need no serde derive (declaration order, `None` left out, as
/// the serde path writes a struct).
pub struct QueryWriter {
    out: String,
    error: Option<QueryError>,
}

impl QueryWriter {
    #[allow(clippy::new_without_default)]
    /// An empty query.
    pub fn new() -> Self {
        QueryWriter {
            out: String::new(),
            error: None,
        }
    }

    /// Writes `name=value` (nothing for `None`).
    #[inline]
    pub fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        self.field_with(name, |s| value.serialize(s));
    }

    /// Writes `name=` and what `f` writes with the value serializer (`serialize_with`).
    pub fn field_with<F>(&mut self, name: &str, f: F)
    where
        F: FnOnce(QueryValue<'_>) -> Result<Option<String>, QueryError>,
    {
        if self.error.is_some() {
            return;
        }
        match f(Value {
            key: name,
            in_list: false,
        }) {
            Ok(Some(text)) => push_pair(&mut self.out, name, &text),
            Ok(None) => {}
            Err(e) => self.error = Some(e),
        }
    }

    /// The query, `None` when no pair was written.
    pub fn finish(self) -> Result<Option<String>, Error> {
        match self.error {
            Some(e) => Err(Error::invalid(e.0)),
            None if self.out.is_empty() => Ok(None),
            None => Ok(Some(self.out)),
        }
    }
}

/// The serializer of one query value (what a `serialize_with` function receives).
pub type QueryValue<'k> = Value<'k>;

/// A failure, already worded for the user.
#[derive(Debug)]
pub struct QueryError(String);

impl Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for QueryError {}

impl ser::Error for QueryError {
    fn custom<T: Display>(msg: T) -> Self {
        QueryError(format!("cannot serialize query: {msg}"))
    }
}

fn not_a_struct<T>() -> Result<T, QueryError> {
    Err(QueryError("query must serialize to a struct".into()))
}

/// The top level: a struct or a map of pairs.
struct Top<'a> {
    out: &'a mut String,
}

/// Writes one pair, or nothing for `None`.
fn pair<T: Serialize + ?Sized>(out: &mut String, key: &str, value: &T) -> Result<(), QueryError> {
    let Some(text) = value.serialize(Value {
        key,
        in_list: false,
    })?
    else {
        return Ok(());
    };
    push_pair(out, key, &text);
    Ok(())
}

fn push_pair(out: &mut String, key: &str, text: &str) {
    if !out.is_empty() {
        out.push('&');
    }
    out.extend(utf8_percent_encode(key, QUERY));
    out.push('=');
    out.extend(utf8_percent_encode(text, QUERY));
}

impl<'a> ser::SerializeStruct for Top<'a> {
    type Ok = ();
    type Error = QueryError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), QueryError> {
        pair(self.out, key, value)
    }
    fn end(self) -> Result<(), QueryError> {
        Ok(())
    }
}

/// A map (the chain API's `query` object): keys must be strings.
struct TopMap<'a> {
    out: &'a mut String,
    key: Option<String>,
}

impl<'a> ser::SerializeMap for TopMap<'a> {
    type Ok = ();
    type Error = QueryError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), QueryError> {
        match key.serialize(Value {
            key: "",
            in_list: false,
        })? {
            Some(k) => {
                self.key = Some(k);
                Ok(())
            }
            None => Err(QueryError("query keys must be strings".into())),
        }
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        let key = self.key.take().unwrap_or_default();
        pair(self.out, &key, value)
    }
    fn end(self) -> Result<(), QueryError> {
        Ok(())
    }
}

macro_rules! refuse_top {
    ($($f:ident($($t:ty),*)),* $(,)?) => {
        $(fn $f(self, $(_: $t),*) -> Result<(), QueryError> { not_a_struct() })*
    };
}

impl<'a> ser::Serializer for Top<'a> {
    type Ok = ();
    type Error = QueryError;
    type SerializeSeq = Impossible<(), QueryError>;
    type SerializeTuple = Impossible<(), QueryError>;
    type SerializeTupleStruct = Impossible<(), QueryError>;
    type SerializeTupleVariant = Impossible<(), QueryError>;
    type SerializeMap = TopMap<'a>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), QueryError>;

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, QueryError> {
        Ok(self)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<TopMap<'a>, QueryError> {
        Ok(TopMap {
            out: self.out,
            key: None,
        })
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), QueryError> {
        value.serialize(self)
    }
    refuse_top!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
        serialize_unit_variant(&'static str, u32, &'static str),
    );
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), QueryError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), QueryError> {
        not_a_struct()
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, QueryError> {
        not_a_struct()
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, QueryError> {
        not_a_struct()
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, QueryError> {
        not_a_struct()
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, QueryError> {
        not_a_struct()
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, QueryError> {
        not_a_struct()
    }
}

/// One value: its text, or `None` to leave the pair out.
pub struct Value<'k> {
    key: &'k str,
    /// Inside a list, where only scalars are accepted.
    in_list: bool,
}

impl Value<'_> {
    fn list_allowed(&self) -> Result<(), QueryError> {
        if self.in_list {
            Err(QueryError(format!(
                "query parameter `{}` must be a list of scalars",
                self.key
            )))
        } else {
            Ok(())
        }
    }

    fn object<T>(&self) -> Result<T, QueryError> {
        Err(QueryError(format!(
            "query parameter `{}` must be a scalar, not an object",
            self.key
        )))
    }
}

/// JSON's text of a number (the same digits as the JSON body would carry).
fn json_text<T: Serialize>(v: T) -> Result<Option<String>, QueryError> {
    serde_json::to_string(&v)
        .map(Some)
        .map_err(|e| QueryError(format!("cannot serialize query: {e}")))
}

impl<'k> ser::Serializer for Value<'k> {
    type Ok = Option<String>;
    type Error = QueryError;
    type SerializeSeq = List<'k>;
    type SerializeTuple = List<'k>;
    type SerializeTupleStruct = Impossible<Option<String>, QueryError>;
    type SerializeTupleVariant = Impossible<Option<String>, QueryError>;
    type SerializeMap = Impossible<Option<String>, QueryError>;
    type SerializeStruct = Impossible<Option<String>, QueryError>;
    type SerializeStructVariant = Impossible<Option<String>, QueryError>;

    fn serialize_bool(self, v: bool) -> Result<Option<String>, QueryError> {
        Ok(Some(v.to_string()))
    }
    fn serialize_i8(self, v: i8) -> Result<Option<String>, QueryError> {
        Ok(Some(v.to_string()))
    }
    fn serialize_i16(self, v: i16) -> Result<Option<String>, QueryError> {
        Ok(Some(v.to_string()))
    }
    fn serialize_i32(self, v: i32) -> Result<Option<String>, QueryError> {
        Ok(Some(v.to_string()))
    }
    fn serialize_i64(self, v: i64) -> Result<Option<String>, QueryError> {
        Ok(Some(v.to_string()))
    }
    fn serialize_i128(self, v: i128) -> Result<Option<String>, QueryError> {
        json_text(v)
    }
    fn serialize_u8(self, v: u8) -> Result<Option<String>, QueryError> {
        Ok(Some(v.to_string()))
    }
    fn serialize_u16(self, v: u16) -> Result<Option<String>, QueryError> {
        Ok(Some(v.to_string()))
    }
    fn serialize_u32(self, v: u32) -> Result<Option<String>, QueryError> {
        Ok(Some(v.to_string()))
    }
    fn serialize_u64(self, v: u64) -> Result<Option<String>, QueryError> {
        Ok(Some(v.to_string()))
    }
    fn serialize_u128(self, v: u128) -> Result<Option<String>, QueryError> {
        json_text(v)
    }
    fn serialize_f32(self, v: f32) -> Result<Option<String>, QueryError> {
        // As serde_json::Value did: a non-finite float is `null`, so left out.
        if v.is_finite() {
            json_text(v)
        } else {
            Ok(None)
        }
    }
    fn serialize_f64(self, v: f64) -> Result<Option<String>, QueryError> {
        if v.is_finite() {
            json_text(v)
        } else {
            Ok(None)
        }
    }
    fn serialize_char(self, v: char) -> Result<Option<String>, QueryError> {
        Ok(Some(v.to_string()))
    }
    fn serialize_str(self, v: &str) -> Result<Option<String>, QueryError> {
        Ok(Some(v.to_owned()))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Option<String>, QueryError> {
        // serde_json writes bytes as a list of numbers.
        self.list_allowed()?;
        let mut list = List::new(self.key);
        for b in v {
            ser::SerializeSeq::serialize_element(&mut list, b)?;
        }
        ser::SerializeSeq::end(list)
    }
    fn serialize_none(self) -> Result<Option<String>, QueryError> {
        Ok(None)
    }
    fn serialize_some<T: Serialize + ?Sized>(
        self,
        value: &T,
    ) -> Result<Option<String>, QueryError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Option<String>, QueryError> {
        Ok(None)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Option<String>, QueryError> {
        Ok(None)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Option<String>, QueryError> {
        Ok(Some(variant.to_owned()))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Option<String>, QueryError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Option<String>, QueryError> {
        self.object()
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<List<'k>, QueryError> {
        self.list_allowed()?;
        Ok(List::new(self.key))
    }
    fn serialize_tuple(self, _: usize) -> Result<List<'k>, QueryError> {
        self.list_allowed()?;
        Ok(List::new(self.key))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, QueryError> {
        Err(QueryError(format!(
            "query parameter `{}` must be a list of scalars",
            self.key
        )))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, QueryError> {
        self.object()
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, QueryError> {
        self.object()
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, QueryError> {
        self.object()
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, QueryError> {
        self.object()
    }
}

/// A list of scalars, joined with `,`.
pub struct List<'k> {
    key: &'k str,
    text: String,
    first: bool,
}

impl<'k> List<'k> {
    fn new(key: &'k str) -> Self {
        Self {
            key,
            text: String::new(),
            first: true,
        }
    }

    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        let not_scalar = || {
            QueryError(format!(
                "query parameter `{}` must be a list of scalars",
                self.key
            ))
        };
        // A list inside a list, an object or `null` is not a scalar.
        let text = value
            .serialize(Value {
                key: self.key,
                in_list: true,
            })
            .map_err(|_| not_scalar())?
            .ok_or_else(not_scalar)?;
        if !self.first {
            self.text.push(',');
        }
        self.first = false;
        self.text.push_str(&text);
        Ok(())
    }
}

impl ser::SerializeSeq for List<'_> {
    type Ok = Option<String>;
    type Error = QueryError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        self.push(value)
    }
    fn end(self) -> Result<Option<String>, QueryError> {
        Ok(Some(self.text))
    }
}

impl ser::SerializeTuple for List<'_> {
    type Ok = Option<String>;
    type Error = QueryError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), QueryError> {
        self.push(value)
    }
    fn end(self) -> Result<Option<String>, QueryError> {
        Ok(Some(self.text))
    }
}

#[cfg(test)]
mod tests {
    use serde::Serialize;

    use super::to_query_string;

    #[derive(Serialize)]
    #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
    enum State {
        Used,
    }

    #[derive(Serialize)]
    struct Q {
        zeta: Vec<u32>,
        alpha: Option<State>,
        f: f64,
        nested: Option<Vec<Vec<u8>>>,
    }

    #[test]
    fn declaration_order_lists_enums_and_refusals() {
        let q = Q {
            zeta: vec![1, 2],
            alpha: Some(State::Used),
            f: 1.5,
            nested: None,
        };
        assert_eq!(
            to_query_string(&q).unwrap().as_deref(),
            Some("zeta=1%2C2&alpha=USED&f=1.5")
        );
        let q = Q {
            zeta: vec![],
            alpha: None,
            f: 2.0,
            nested: Some(vec![vec![1]]),
        };
        let e = to_query_string(&q).unwrap_err();
        assert!(
            e.to_string().contains("`nested` must be a list of scalars"),
            "{e}"
        );
        #[derive(Serialize)]
        struct Obj {
            o: std::collections::BTreeMap<&'static str, u8>,
        }
        let e = to_query_string(&Obj {
            o: [("a", 1)].into(),
        })
        .unwrap_err();
        assert!(
            e.to_string().contains("must be a scalar, not an object"),
            "{e}"
        );
        assert!(to_query_string(&3u8).is_err());
        let chain = serde_json::json!({"b": "x y", "a": [true, 2]});
        assert_eq!(
            to_query_string(&chain).unwrap().as_deref(),
            Some("a=true%2C2&b=x%20y")
        );
    }
}
