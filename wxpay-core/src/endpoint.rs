//! The contract between `#[endpoint]`-declared structs and the client.
//!
//! The macro produces data (path, query, body); the client does all I/O. Everything here is pure.

use serde::de::DeserializeOwned;

use crate::Error;

/// HTTP method of an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
}

impl Method {
    /// The method as it appears on the wire and in the signature message.
    pub const fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }

    /// Whether requests with this method carry a JSON body.
    pub const fn has_body(self) -> bool {
        matches!(self, Method::Post | Method::Put | Method::Patch)
    }

    /// Whether the method is idempotent by HTTP semantics (safe to retry without a business key).
    pub const fn is_idempotent(self) -> bool {
        matches!(self, Method::Get | Method::Put | Method::Delete)
    }

    /// Parses `GET`, `POST`, … (upper case, as on the wire).
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "GET" => Method::Get,
            "POST" => Method::Post,
            "PUT" => Method::Put,
            "PATCH" => Method::Patch,
            "DELETE" => Method::Delete,
            _ => return None,
        })
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Encrypts sensitive request fields (RSA-OAEP with the WeChat Pay public key or platform
/// certificate). The client passes one to [`Endpoint::body`].
pub trait Encryptor {
    /// Encrypts `plaintext` and returns the base64 ciphertext.
    fn encrypt(&self, plaintext: &str) -> Result<String, Error>;

    /// An owned copy, so that [`crate::Sensitive`] fields nested anywhere in a body can reach
    /// it during serialization. `None` makes such fields an error.
    fn to_owned_encryptor(&self) -> Option<Box<dyn Encryptor>> {
        None
    }
}

/// An [`Encryptor`] for endpoints without sensitive fields: any use is an error.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoEncryption;

impl Encryptor for NoEncryption {
    fn to_owned_encryptor(&self) -> Option<Box<dyn Encryptor>> {
        Some(Box::new(NoEncryption))
    }

    fn encrypt(&self, _plaintext: &str) -> Result<String, Error> {
        Err(Error::config(
            "this request has a sensitive field but no WeChat Pay public key or platform certificate is configured to encrypt it",
        ))
    }
}

/// A WeChat Pay APIv3 endpoint: what `#[endpoint]` implements for a request struct.
///
/// Implement it by hand only for shapes the macro cannot express; the macro checks at
/// compile time what a hand-written impl must get right by itself.
pub trait Endpoint {
    /// The typed success answer. `()` means success is an empty 2xx (204 No Content).
    type Response: DeserializeOwned;
    /// The HTTP method.
    const METHOD: Method;
    /// The path template as declared, e.g. `/v3/marketing/busifavor/coupons/deactivate`.
    const TEMPLATE: &'static str;
    /// The authorization scheme: merchant (`WECHATPAY2-SHA256-RSA2048`) unless declared otherwise.
    const AUTH: crate::AuthScheme = crate::AuthScheme::Merchant;

    /// The interpolated path, each parameter percent-encoded as one segment.
    fn path(&self) -> Result<String, Error>;
    /// The query string without `?`, or `None` when there is none.
    fn query(&self) -> Result<Option<String>, Error>;
    /// The JSON body, with `#[encrypt]` fields encrypted by `enc`; `None` for GET/DELETE.
    fn body(&self, enc: &dyn Encryptor) -> Result<Option<Vec<u8>>, Error>;
    /// The file parts of a multipart upload (`#[file]` fields: part name and file), empty for
    /// a JSON request. When there are some, the JSON body is sent as the signed `meta` part.
    fn files(&self) -> Vec<(&'static str, &crate::UploadFile)> {
        Vec::new()
    }
    /// The text parts of a multipart upload besides `meta` (`#[form]` fields: name and value).
    fn form_fields(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }
}

/// Support code for the output of `#[endpoint]`. Not public API: no stability guarantees.
#[doc(hidden)]
pub mod __private {
    use std::cell::RefCell;
    use std::fmt::{Display, Write as _};

    use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
    use serde::Serialize;

    use super::Encryptor;
    use crate::Error;

    pub use crate::decode::{FieldError, Object, decode_object};
    pub use crate::paged::{PageNumber, PageToken};
    pub use crate::query::{QueryError, QueryValue, QueryWriter};
    pub use std::fmt;

    /// Characters kept as they are in a path segment: RFC 3986 unreserved.
    const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~');

    /// Appends `value` to `out` as one percent-encoded path segment.
    ///
    /// Refuses an empty value, `.` and `..`: URL parsers resolve dot segments even when
    /// percent-encoded, so they would call another endpoint.
    pub fn push_path_segment(
        out: &mut String,
        value: &dyn Display,
        placeholder: &str,
    ) -> Result<(), Error> {
        let mut buf = String::new();
        let _ = write!(buf, "{value}");
        match buf.as_str() {
            "" => Err(Error::invalid(format!(
                "path parameter `{placeholder}` is empty"
            ))),
            "." | ".." => Err(Error::invalid(format!(
                "path parameter `{placeholder}` may not be `.` or `..`"
            ))),
            s => {
                out.extend(utf8_percent_encode(s, SEGMENT));
                Ok(())
            }
        }
    }

    /// Serializes a flat struct into `k=v&k2=v2` (declaration order; `None` omitted).
    pub fn query_string<T: Serialize + ?Sized>(view: &T) -> Result<Option<String>, Error> {
        crate::query::to_query_string(view)
    }

    /// Serializes the body view to JSON bytes.
    pub fn json_body<T: Serialize + ?Sized>(view: &T) -> Result<Option<Vec<u8>>, Error> {
        serde_json::to_vec(view)
            .map(Some)
            .map_err(|e| Error::invalid(format!("cannot serialize body: {e}")))
    }

    /// Serializes the body view with `enc` available to nested [`crate::Sensitive`] fields.
    pub fn json_body_with<T: Serialize + ?Sized>(
        enc: &dyn Encryptor,
        view: &T,
    ) -> Result<Option<Vec<u8>>, Error> {
        crate::sensitive::with_encryptor(enc, || json_body(view))
    }

    /// A request's JSON body written field by field: the output of `#[endpoint]` for a body
    /// whose fields need no serde derive. `enc` is available to nested
    /// [`crate::Sensitive`] fields while it is alive.
    pub struct JsonBody {
        buf: Vec<u8>,
        error: Option<serde_json::Error>,
        _scope: crate::sensitive::EncryptorScope,
    }

    impl JsonBody {
        /// An empty object.
        pub fn new(enc: &dyn Encryptor) -> Self {
            JsonBody {
                buf: Vec::from(&b"{"[..]),
                error: None,
                _scope: crate::sensitive::EncryptorScope::new(enc),
            }
        }

        /// Writes `"name":value`.
        #[inline]
        pub fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) {
            self.field_with(name, |s| value.serialize(s));
        }

        /// Writes `"name":` and what `f` writes with the value serializer (`serialize_with`).
        pub fn field_with<F>(&mut self, name: &str, f: F)
        where
            F: FnOnce(&mut serde_json::Serializer<&mut Vec<u8>>) -> Result<(), serde_json::Error>,
        {
            if self.error.is_some() {
                return;
            }
            if self.buf.len() > 1 {
                self.buf.push(b',');
            }
            let written = serde_json::to_writer(&mut self.buf, name).and_then(|()| {
                self.buf.push(b':');
                f(&mut serde_json::Serializer::new(&mut self.buf))
            });
            if let Err(e) = written {
                self.error = Some(e);
            }
        }

        /// Writes the ciphertext of an `#[encrypt]` field, nothing for `None`.
        pub fn ciphertext(&mut self, name: &str, ciphertext: Option<String>) {
            if let Some(ct) = ciphertext {
                self.field(name, &ct);
            }
        }

        /// The body.
        pub fn finish(mut self) -> Result<Option<Vec<u8>>, Error> {
            if let Some(e) = self.error.take() {
                return Err(Error::invalid(format!("cannot serialize body: {e}")));
            }
            let mut buf = std::mem::take(&mut self.buf);
            buf.push(b'}');
            Ok(Some(buf))
        }
    }

    thread_local! {
        static CIPHERTEXTS: RefCell<Vec<Option<String>>> = const { RefCell::new(Vec::new()) };
    }

    /// Runs `f` with the ciphertexts of a body's `#[encrypt]` fields available to
    /// [`serialize_ciphertext`]. Serialization is synchronous, so a thread-local is enough.
    pub fn with_ciphertexts<R>(ciphertexts: Vec<Option<String>>, f: impl FnOnce() -> R) -> R {
        struct Reset(Vec<Option<String>>);
        impl Drop for Reset {
            fn drop(&mut self) {
                let prev = std::mem::take(&mut self.0);
                CIPHERTEXTS.with(|c| *c.borrow_mut() = prev);
            }
        }
        let prev = CIPHERTEXTS.with(|c| std::mem::replace(&mut *c.borrow_mut(), ciphertexts));
        let _reset = Reset(prev);
        f()
    }

    /// `serialize_with` target of the `index`-th `#[encrypt]` field: writes its ciphertext.
    pub fn serialize_ciphertext<S: serde::Serializer>(
        index: usize,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        let ct = CIPHERTEXTS.with(|c| c.borrow().get(index).cloned().flatten());
        match ct {
            Some(ct) => s.serialize_str(&ct),
            None => Err(serde::ser::Error::custom(
                "sensitive field was not encrypted",
            )),
        }
    }

    /// A type whose value can be encrypted as a sensitive field.
    #[diagnostic::on_unimplemented(
        message = "`#[encrypt]` field must be `String` or `Option<String>`, found `{Self}`",
        label = "cannot encrypt this type",
        note = "for a sensitive field nested in a struct, use `wxpay::Sensitive`"
    )]
    pub trait EncryptField {
        /// Encrypts the value (`None` stays `None`).
        fn encrypt_field(&self, enc: &dyn Encryptor) -> Result<Option<String>, Error>;
    }

    impl EncryptField for String {
        fn encrypt_field(&self, enc: &dyn Encryptor) -> Result<Option<String>, Error> {
            enc.encrypt(self).map(Some)
        }
    }

    impl EncryptField for Option<String> {
        fn encrypt_field(&self, enc: &dyn Encryptor) -> Result<Option<String>, Error> {
            self.as_deref().map(|s| enc.encrypt(s)).transpose()
        }
    }

    /// Marker: a path parameter must implement `Display`.
    #[diagnostic::on_unimplemented(
        message = "path parameter of type `{Self}` must implement `std::fmt::Display`",
        label = "not `Display`",
        note = "the value is formatted with `Display` and percent-encoded as one path segment"
    )]
    pub trait PathParam {}
    impl<T: Display + ?Sized> PathParam for T {}

    /// Compile-time check used by the macro on the path field's type.
    pub const fn assert_path_param<T: PathParam + ?Sized>() {}
    /// Compile-time check used by the macro on `#[encrypt]` fields.
    pub const fn assert_encrypt_field<T: EncryptField>() {}

    pub use crate::sensitive::with_encryptor;

    thread_local! {
        static MERCHANT: RefCell<Option<String>> = const { RefCell::new(None) };
    }

    /// Runs `f` (which serializes a request) with the sending client's merchant id available to
    /// [`fill_merchant_id`]. Serialization is synchronous, so a thread-local is enough.
    pub fn with_merchant<R>(mchid: &str, f: impl FnOnce() -> R) -> R {
        struct Reset(Option<String>);
        impl Drop for Reset {
            fn drop(&mut self) {
                let prev = self.0.take();
                MERCHANT.with(|m| *m.borrow_mut() = prev);
            }
        }
        let prev = MERCHANT.with(|m| m.borrow_mut().replace(mchid.to_owned()));
        let _reset = Reset(prev);
        f()
    }

    /// `serialize_with` target of a catalog request's `mchid` / `sp_mchid`: the value set on the
    /// request, else the merchant id of the client sending it.
    pub fn fill_merchant_id<S: serde::Serializer>(
        value: &Option<String>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        if let Some(v) = value {
            return s.serialize_str(v);
        }
        MERCHANT.with(|m| match m.borrow().as_deref() {
            Some(id) => s.serialize_str(id),
            None => Err(serde::ser::Error::custom(
                "the merchant id is not set on the request and no client is sending it",
            )),
        })
    }

    /// `skip_serializing_if` target that never skips (so a `None` reaches [`fill_merchant_id`]).
    pub fn never_skip<T: ?Sized>(_: &T) -> bool {
        false
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn segments_are_encoded_as_one() {
            let mut s = String::from("/v3/x/");
            push_path_segment(&mut s, &"a/b c%d?é", "p").unwrap();
            assert_eq!(s, "/v3/x/a%2Fb%20c%25d%3F%C3%A9");
            for bad in ["", ".", ".."] {
                let err = push_path_segment(&mut String::new(), &bad, "p").unwrap_err();
                assert!(err.to_string().contains("`p`"), "{err}");
            }
            let mut s = String::new();
            push_path_segment(&mut s, &"...", "p").unwrap();
            assert_eq!(s, "...");
        }

        #[test]
        fn query_keeps_order_and_omits_none() {
            #[derive(Serialize)]
            struct Q {
                z: &'static str,
                a: Option<u32>,
                m: Option<&'static str>,
                b: bool,
            }
            let q = Q {
                z: "1 2&",
                a: None,
                m: Some("x"),
                b: true,
            };
            assert_eq!(
                query_string(&q).unwrap().as_deref(),
                Some("z=1%202%26&m=x&b=true")
            );
            let q = Q {
                z: "",
                a: None,
                m: None,
                b: false,
            };
            assert_eq!(query_string(&q).unwrap().as_deref(), Some("z=&b=false"));
        }
    }
}
