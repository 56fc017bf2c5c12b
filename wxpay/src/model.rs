//! Building blocks of the response models.

/// Declares a string enum of the wire with an `Other(String)` variant for values this SDK does
/// not know yet, so a new server value never breaks decoding.
///
/// Generates the enum (`Debug, Clone, PartialEq, Eq, Hash`), `as_str()`, `Display`, `From<&str>`,
/// and `Serialize`/`Deserialize` as a plain JSON string.
///
/// ```ignore
/// wire_enum! {
///     /// Membership card type.
///     pub enum CardType {
///         /// `PURCHASE`: paid card.
///         Purchase = "PURCHASE",
///     }
/// }
/// ```
macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $wire:literal
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        $vis enum $name {
            $(
                $(#[$vmeta])*
                $variant,
            )+
            /// A value this version of the SDK does not know, kept as sent.
            Other(::std::string::String),
        }

        impl $name {
            /// The value as on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $wire, )+
                    $name::Other(s) => s,
                }
            }
        }

        impl ::std::convert::From<&str> for $name {
            fn from(s: &str) -> Self {
                match s {
                    $( $wire => $name::$variant, )+
                    other => $name::Other(other.to_owned()),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                let s = <::std::borrow::Cow<'de, str> as ::serde::Deserialize<'de>>::deserialize(d)?;
                ::std::result::Result::Ok($name::from(&*s))
            }
        }
    };
}
pub(crate) use wire_enum;

/// `#[derive(__Decode)]` (the catalog's answer models) against serde's derive on the same
/// struct: same values, same errors (ours also name the failing field, and are positioned at
/// the end of its object rather than at the value).
#[cfg(test)]
mod tests {
    #[derive(Debug, PartialEq, crate::__private::__Decode)]
    struct Lite {
        id: String,
        amount: i64,
        r#type: Option<String>,
        #[serde(rename = "sub-items")]
        items: Option<Vec<Inner>>,
        note: Option<String>,
    }

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Full {
        id: String,
        amount: i64,
        r#type: Option<String>,
        #[serde(rename = "sub-items")]
        items: Option<Vec<Inner>>,
        note: Option<String>,
    }

    #[derive(Debug, PartialEq, crate::__private::__Decode, serde::Serialize)]
    struct Inner {
        n: u32,
    }

    fn both(json: &str) -> (Result<Lite, String>, Result<Full, String>) {
        (
            serde_json::from_str::<Lite>(json).map_err(|e| e.to_string()),
            serde_json::from_str::<Full>(json).map_err(|e| e.to_string()),
        )
    }

    fn same(json: &str) {
        match both(json) {
            (Ok(l), Ok(f)) => {
                assert_eq!(
                    (l.id, l.amount, l.r#type, l.items, l.note),
                    (f.id, f.amount, f.r#type, f.items, f.note),
                    "{json}"
                );
            }
            (Err(l), Err(f)) => {
                // `Full` holds `Inner`, a `__Decode` model: its errors have a path too.
                let message = |m: &str| {
                    let m = m.split(" at line ").next().unwrap();
                    match m.strip_prefix("at `").and_then(|r| r.split_once("`: ")) {
                        Some((_path, message)) => message.to_owned(),
                        None => m.to_owned(),
                    }
                };
                assert_eq!(
                    message(&l),
                    message(&f.replace("struct Full", "struct Lite")),
                    "{json}"
                );
            }
            (l, f) => panic!("{json}: {l:?} vs {f:?}"),
        }
    }

    #[test]
    fn decodes_as_serde_derive_does() {
        for json in [
            r#"{"id":"a","amount":1}"#,
            r#"{"id":"a","amount":1,"type":"X","sub-items":[{"n":2}],"note":null}"#,
            r#"{"unknown":{"deep":[1,2,{"x":null}]},"id":"a\u0041","amount":-5}"#,
            r#"{"id":"a"}"#,
            r#"{"amount":1}"#,
            r#"{"id":"a","amount":1,"id":"b"}"#,
            r#"{"id":"a","amount":"1"}"#,
            r#"{"id":"a","amount":1.5}"#,
            r#"{"id":"a","amount":1,"sub-items":[{"n":-1}]}"#,
            r#"{"id":"a","amount":1,"items":[{"n":1}]}"#,
            r#"{"id":"a","amount":1,"type":7}"#,
            r#""text""#,
            r#"{"id":"a","amount":1"#,
        ] {
            same(json);
        }
        // serde's derive also accepts a struct as an array of its fields; answers never are.
        let (lite, _) = both(r#"["a",1,null,null,null]"#);
        assert_eq!(
            lite.unwrap_err(),
            "invalid type: sequence, expected struct Lite at line 1 column 0"
        );
    }

    #[test]
    fn decodes_from_a_value_and_keeps_the_error_path() {
        let v = serde_json::json!({"id": "a", "amount": 3, "sub-items": [{"n": 1}, {"n": "x"}]});
        let err = serde_json::from_value::<Lite>(v).unwrap_err().to_string();
        assert_eq!(
            err,
            "at `sub-items[1].n`: invalid type: string \"x\", expected u32"
        );
        let json = br#"{"id":"a","amount":3,"sub-items":[{"n":1},{"n":"x"}]}"#;
        let err = wxpay_core::decode_json::<Lite>(json).unwrap_err();
        assert_eq!(err.decode_path(), Some("sub-items[1].n"));
    }

    #[test]
    fn names_the_object_of_a_missing_field_and_refuses_repeats() {
        let json = br#"{"id":"a","amount":3,"sub-items":[{"n":1},{}]}"#;
        let err = wxpay_core::decode_json::<Lite>(json).unwrap_err();
        assert_eq!(err.decode_path(), Some("sub-items[1]"));
        assert!(err.to_string().contains("missing field `n`"), "{err}");
        let err = wxpay_core::decode_json::<Lite>(br#"{"id":"a","amount":1,"id":"b"}"#);
        assert!(
            err.unwrap_err()
                .to_string()
                .contains("duplicate field `id`"),
            "repeated field accepted"
        );
    }
}
