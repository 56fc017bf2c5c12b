//! The `#[endpoint]` attribute of [wxpay](https://docs.rs/wxpay), a WeChat Pay APIv3 SDK.
//!
//! Use it through the facade, `wxpay::endpoint`: the generated code names items of
//! `::wxpay::__private`, which this crate never depends on. The implementation lives in
//! `internals` (model → check → expand), free of `proc_macro` so tests can call it directly.

#![cfg_attr(
    not(test),
    warn(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

use proc_macro::TokenStream;

mod internals;
#[cfg(test)]
mod tests;

/// Declares a WeChat Pay APIv3 endpoint on a struct: implements `wxpay::Endpoint` for it.
///
/// # Grammar
///
/// ```text
/// #[endpoint(METHOD, "TEMPLATE" [, response = Type] [, auth = merchant | brand] [, crate = path])]
/// pub struct Name { fields… }
/// ```
///
/// - `METHOD`: `GET`, `POST`, `PUT`, `PATCH` or `DELETE`.
/// - `TEMPLATE`: the path, starting with `/v3/` (`/hk/v3/` or `/global/v3/` for the overseas hosts, or `/brand/`), without query string, fragment
///   or whitespace. `<name>` is a path placeholder, filled by the field `name`.
/// - `response = Type`: the typed success answer, any `serde::de::DeserializeOwned` type
///   (`serde_json::Value` included). Without it the response is `()`: success is an empty
///   2xx (204 No Content).
/// - `auth = merchant | brand`: the `Authorization` scheme (`wxpay::AuthScheme`); default
///   `merchant`.
/// - `crate = path`: where the facade is, for crates that re-export it (like serde's
///   `crate`): the generated code names `path::__private::…` instead of `::wxpay::__private::…`.
///
/// # Fields
///
/// - A field whose name matches a placeholder is a **path** parameter: its `Display` value is
///   percent-encoded as one segment (`/`, `%`, space and non-ASCII included). It may not be an
///   `Option`. An empty value, `.` or `..` is refused at run time.
/// - On `GET`/`DELETE` every other field is a **query** parameter; on `POST`/`PUT`/`PATCH` every
///   other field is a member of the JSON **body**. Markers say it explicitly or override it:
///   `#[query]`, `#[body]` (not on `GET`; on `DELETE` for the operations that take a JSON body),
///   `#[path]` (needs its placeholder).
/// - `#[file]` (on a `wxpay::UploadFile`, `POST` only) makes a **multipart upload**: each
///   `#[file]` field is a file part named after the field, and the body fields form the JSON
///   `meta` part, which the request signature covers.
/// - `#[encrypt]` (on a `String` or `Option<String>` body field): the client encrypts the value
///   with the WeChat Pay public key at send time.
/// - Query and body keep declaration order. `None` is left out of both (WeChat Pay rejects
///   `null`); a POST/PUT/PATCH without body fields sends `{}`.
/// - `#[serde(...)]` field attributes (`rename`, `skip_serializing_if`, `with` …) are honoured
///   in the query and the body, whether or not the struct derives `Serialize`; a container
///   `#[serde(rename_all = "…")]` is honoured too.
/// - Generic structs are supported: the bounds declared on the struct are the bounds of the
///   impl, so a type parameter used in a query or body field needs `T: serde::Serialize`
///   (and a path field `T: Display`) on the struct.
///
/// Mistakes are compile errors on the offending token: a placeholder without a field, `#[path]`
/// without a placeholder, malformed or duplicate placeholders, an `Option` path field, a body
/// on `GET`, `#[file]` on another method than `POST`, an unknown method or argument, conflicting markers, a non-`Display` path field, a
/// response that is not `DeserializeOwned`.
///
/// # Examples
///
/// Runnable versions are the endpoints of the `wxpay` crate (`wxpay::brand`, `wxpay::marketing`).
///
/// Path and body (POST), with a typed response:
///
/// ```ignore
/// use wxpay::endpoint;
///
/// /// `POST /v3/marketing/busifavor/coupons/deactivate`
/// #[endpoint(POST, "/v3/marketing/busifavor/coupons/deactivate", response = DeactivateCouponResponse)]
/// pub struct DeactivateCoupon {
///     pub coupon_code: String,
///     pub stock_id: String,
///     pub deactivate_request_no: String,
///     pub deactivate_reason: Option<String>, // left out when `None`
/// }
/// ```
///
/// Path, query and body; `#[query]` on a POST:
///
/// ```ignore
/// #[endpoint(POST, "/v3/brand/partner/card-member/user-cards/<user_card_code>/invalidate", response = UserCard)]
/// pub struct InvalidateUserCard {
///     pub user_card_code: String, // fills `<user_card_code>`
///     #[query]
///     pub brand_id: String,
///     #[query]
///     pub card_id: String,
///     pub openid: String,
///     pub invalid_reason: Option<String>,
/// }
/// ```
///
/// A GET with query parameters (the default on GET), renamed with serde; `#[path]` explicit:
///
/// ```ignore
/// #[endpoint(GET, "/v3/marketing/favor/users/<openid>/coupons", response = serde_json::Value)]
/// pub struct ListCoupons {
///     #[path]
///     pub openid: String,
///     pub appid: String,
///     #[serde(rename = "offset")]
///     pub page: Option<u32>,
/// }
/// ```
///
/// `#[body]` and `#[encrypt]`, the Brand API scheme, a re-exported facade, a 204 answer:
///
/// ```ignore
/// #[endpoint(PATCH, "/brand/profile/<brand_id>", auth = brand, crate = my_sdk::wxpay)]
/// pub struct UpdateContact {
///     pub brand_id: String,
///     #[body]
///     #[encrypt]
///     pub contact_phone: String,
/// }
/// ```
#[proc_macro_attribute]
pub fn endpoint(args: TokenStream, input: TokenStream) -> TokenStream {
    internals::endpoint(args.into(), input.into()).into()
}

/// Registers `#[serde]` as a helper attribute so field attributes compile without a serde derive.
#[doc(hidden)]
#[proc_macro_derive(__SerdeAttrs, attributes(serde))]
pub fn serde_attrs(_input: TokenStream) -> TokenStream {
    TokenStream::new()
}

/// A `serde::Deserialize` from a JSON object, for the generated catalog's answer models: less
/// code per model than serde's derive (see `internals/decode.rs`). Not public API.
#[doc(hidden)]
#[proc_macro_derive(__Decode, attributes(serde))]
pub fn decode(input: TokenStream) -> TokenStream {
    internals::decode::derive(input.into()).into()
}
