//! Unit tests of the pure parts, without a compiler: the template parser, the argument parser
//! and the check layer on `parse_quote!` inputs.

use proc_macro2::TokenStream;
use quote::quote;

use crate::internals::args::{self, Method, closest, edit_distance};
use crate::internals::ctxt::Errors;
use crate::internals::model::{self, Endpoint, Place};
use crate::internals::template::{Placeholder, Segment, parse};
use crate::internals::{check, endpoint};

mod template {
    use super::*;

    fn messages(t: &str) -> Vec<String> {
        parse(t).errors.into_iter().map(|e| e.message).collect()
    }

    #[test]
    fn splits_literals_and_placeholders() {
        let parsed = parse("/v3/cards/<card_id>/codes/<code>/unavailable");
        assert!(parsed.errors.is_empty());
        assert_eq!(
            parsed.segments,
            vec![
                Segment::Literal("/v3/cards/".into()),
                Segment::Param(Placeholder {
                    name: "card_id".into(),
                    range: 10..19
                }),
                Segment::Literal("/codes/".into()),
                Segment::Param(Placeholder {
                    name: "code".into(),
                    range: 26..32
                }),
                Segment::Literal("/unavailable".into()),
            ]
        );
    }

    #[test]
    fn accepts_both_prefixes_and_a_trailing_placeholder() {
        assert!(parse("/brand/partner/<id>").errors.is_empty());
        assert!(parse("/hk/v3/transactions/<id>").errors.is_empty());
        assert!(parse("/global/v3/customs/orders").errors.is_empty());
        let p = parse("/v3/x/<type>");
        assert!(p.errors.is_empty());
        assert_eq!(
            p.placeholders()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>(),
            ["type"]
        );
        assert_eq!(
            parse("/v3/certificates").segments,
            vec![Segment::Literal("/v3/certificates".into())]
        );
    }

    #[test]
    fn rejects_a_wrong_prefix() {
        for t in ["v3/x", "/v2/x", "/", ""] {
            let m = messages(t);
            assert_eq!(m.len(), 1, "{t}: {m:?}");
            assert!(
                m[0].starts_with("path template must start with `/v3/` (`/hk/v3/`, `/global/v3/` on the overseas hosts) or `/brand/`"),
                "{m:?}"
            );
        }
    }

    #[test]
    fn rejects_malformed_placeholders_with_their_range() {
        let p = parse("/v3/<>/<1x>/<a-b>/<a");
        let got: Vec<_> = p
            .errors
            .iter()
            .map(|e| (e.range.clone(), e.message.as_str()))
            .collect();
        assert_eq!(
            got[0],
            (
                4..6,
                "empty placeholder `<>`; put a field name inside, like `<card_id>`"
            )
        );
        assert_eq!(
            got[1],
            (
                7..11,
                "placeholder `<1x>` is not a field name; use a Rust identifier, like `<card_id>`"
            )
        );
        assert_eq!(got[2].0, 12..17);
        assert_eq!(
            got[3],
            (18..20, "unclosed placeholder `<a`; close it with `>`")
        );
        assert_eq!(got.len(), 4);
        assert!(p.placeholders().next().is_none());
    }

    #[test]
    fn unclosed_placeholder_stops_at_the_next_segment() {
        let p = parse("/v3/<a/b>");
        assert_eq!(p.errors[0].range, 4..6);
        assert_eq!(
            p.errors[1].message,
            "unmatched `>` in path template; placeholders are written `<name>`"
        );
    }

    #[test]
    fn rejects_duplicates_on_the_second() {
        let p = parse("/v3/<a>/<a>");
        assert_eq!(p.errors.len(), 1);
        assert_eq!(p.errors[0].range, 8..11);
        assert_eq!(
            p.errors[0].message,
            "duplicate placeholder `<a>`; a path parameter can appear only once"
        );
        assert_eq!(p.placeholders().count(), 1);
    }

    #[test]
    fn rejects_query_fragment_whitespace_and_braces() {
        assert!(messages("/v3/x?a=1")[0].contains("may not contain `?`"));
        assert!(messages("/v3/x#top")[0].contains("may not contain `#`"));
        assert!(messages("/v3/a b")[0].contains("whitespace"));
        assert_eq!(
            messages("/v3/cards/{card_id}"),
            ["placeholders are written `<card_id>`, not `{card_id}`; use angle brackets"]
        );
    }

    #[test]
    fn handles_non_ascii_text() {
        let p = parse("/v3/会员/<a>");
        assert!(p.errors.is_empty());
        assert_eq!(
            p.placeholders().next().map(|p| p.range.clone()),
            Some(11..14)
        );
    }
}

mod arguments {
    use super::*;

    fn parse_args(tokens: TokenStream) -> (Option<args::Args>, Vec<String>) {
        let mut errors = Errors::default();
        let a = args::parse(tokens, &mut errors);
        (a, errors.messages())
    }

    #[test]
    fn parses_every_argument() {
        let (a, e) = parse_args(
            quote!(POST, "/v3/x", response = Vec<(u8, u16)>, auth = brand, crate = my::wx),
        );
        assert!(e.is_empty(), "{e:?}");
        let a = a.unwrap();
        assert_eq!(a.method, Method::Post);
        assert!(a.response.is_some() && a.auth.is_some() && a.krate.is_some());
    }

    #[test]
    fn suggests_the_closest_method() {
        let (a, e) = parse_args(quote!(POTS, "/v3/x"));
        assert_eq!(e, ["unknown HTTP method `POTS`; did you mean `POST`?"]);
        assert_eq!(a.unwrap().method, Method::Post);
        let (_, e) = parse_args(quote!(get, "/v3/x"));
        assert_eq!(e, ["HTTP methods are written in upper case: `GET`"]);
        let (_, e) = parse_args(quote!(FETCH, "/v3/x"));
        assert_eq!(
            e,
            ["unknown HTTP method `FETCH`; expected `GET`, `POST`, `PUT`, `PATCH` or `DELETE`"]
        );
    }

    #[test]
    fn collects_every_argument_error() {
        let (a, e) = parse_args(quote!(
            GET,
            "/v3/x",
            respons = u8,
            auth = shop,
            response = u8,
            response = u16
        ));
        assert!(a.is_some());
        assert_eq!(
            e,
            [
                "unknown argument `respons`; did you mean `response`?",
                "unknown auth scheme `shop`; expected `merchant` or `brand`",
                "duplicate argument `response`; remove one",
            ]
        );
    }

    #[test]
    fn missing_method_or_template_is_fatal() {
        assert!(parse_args(quote!("/v3/x")).0.is_none());
        assert!(parse_args(quote!(GET)).0.is_none());
        assert!(parse_args(quote!()).0.is_none());
    }

    #[test]
    fn distance() {
        assert_eq!(edit_distance("POTS", "POST"), 1);
        assert_eq!(edit_distance("PUTT", "PUT"), 1);
        assert_eq!(closest("DELTE", &["GET", "DELETE"]), Some("DELETE"));
        assert_eq!(closest("XYZZY", &["GET"]), None);
    }
}

mod checks {
    use super::*;

    /// Model + check on `args` and `item`, returning the messages.
    fn errors(args: TokenStream, item: syn::ItemStruct) -> Vec<String> {
        let mut errors = Errors::default();
        let fields = model::fields(&item, &mut errors);
        if let Some(args) = args::parse(args, &mut errors) {
            let ep = Endpoint::new(args, &item, fields);
            check::check(&ep, &mut errors);
        }
        errors.messages()
    }

    #[test]
    fn a_valid_endpoint_has_no_error_and_the_right_places() {
        let item: syn::ItemStruct = syn::parse_quote! {
            struct S { id: String, #[query] q: u32, b: Option<String>, #[body] #[encrypt] e: String }
        };
        let mut errs = Errors::default();
        let fields = model::fields(&item, &mut errs);
        let mut errs2 = Errors::default();
        let args = args::parse(quote!(POST, "/v3/x/<id>"), &mut errs2).unwrap();
        let ep = Endpoint::new(args, &item, fields);
        check::check(&ep, &mut errs);
        assert!(errs.is_empty() && errs2.is_empty());
        let places: Vec<Place> = ep.fields.iter().map(|f| ep.place(f)).collect();
        assert_eq!(
            places,
            [Place::Path, Place::Query, Place::Body, Place::Body]
        );
    }

    #[test]
    fn get_fields_default_to_the_query() {
        let item: syn::ItemStruct = syn::parse_quote!(
            struct S {
                r#type: String,
                a: u8,
            }
        );
        let mut errs = Errors::default();
        let fields = model::fields(&item, &mut errs);
        let args = args::parse(quote!(GET, "/v3/x/<type>"), &mut errs).unwrap();
        let ep = Endpoint::new(args, &item, fields);
        assert_eq!(
            ep.fields.iter().map(|f| ep.place(f)).collect::<Vec<_>>(),
            [Place::Path, Place::Query]
        );
    }

    #[test]
    fn placeholder_without_field() {
        let e = errors(
            quote!(POST, "/v3/x/<user_card_code>"),
            syn::parse_quote!(
                struct S {
                    code: String,
                }
            ),
        );
        assert_eq!(
            e,
            [
                "no field named `user_card_code` for path placeholder `<user_card_code>`; add the field or rename the placeholder"
            ]
        );
    }

    #[test]
    fn path_marker_without_placeholder() {
        let e = errors(
            quote!(GET, "/v3/x"),
            syn::parse_quote!(
                struct S {
                    #[path]
                    id: String,
                }
            ),
        );
        assert_eq!(
            e,
            [
                "field `id` is marked `#[path]` but the template has no placeholder `<id>`; add `<id>` to the template or remove `#[path]`"
            ]
        );
    }

    #[test]
    fn option_path_field() {
        let e = errors(
            quote!(GET, "/v3/x/<id>"),
            syn::parse_quote!(
                struct S {
                    id: std::option::Option<String>,
                }
            ),
        );
        assert_eq!(e.len(), 1);
        assert!(
            e[0].starts_with("path parameter `id` cannot be an `Option`"),
            "{e:?}"
        );
    }

    #[test]
    fn body_and_encrypt_on_get() {
        let e = errors(
            quote!(GET, "/v3/x"),
            syn::parse_quote!(
                struct S {
                    #[body]
                    a: String,
                    #[encrypt]
                    b: String,
                }
            ),
        );
        assert_eq!(
            e,
            [
                "`GET` requests have no body; remove `#[body]` to send `a` in the query, or use `POST`",
                "`#[encrypt]` fields are sent in the JSON body, and `GET` requests have no body; use `POST` or remove `#[encrypt]`",
            ]
        );
    }

    #[test]
    fn file_only_on_post() {
        let e = errors(
            quote!(PUT, "/v3/x"),
            syn::parse_quote!(
                struct S {
                    #[file]
                    f: UploadFile,
                }
            ),
        );
        assert_eq!(
            e,
            ["`#[file]` makes a multipart upload, which is sent by `POST`, not `PUT`"]
        );
        let e = errors(
            quote!(POST, "/v3/x"),
            syn::parse_quote!(
                struct S {
                    #[file]
                    f: UploadFile,
                    #[file]
                    #[query]
                    g: UploadFile,
                }
            ),
        );
        assert_eq!(
            e,
            ["field `g` cannot be both `#[file]` and `#[query]`; keep one"]
        );
    }

    #[test]
    fn delete_takes_a_marked_body() {
        let e = errors(
            quote!(DELETE, "/v3/x"),
            syn::parse_quote!(
                struct S {
                    #[body]
                    a: String,
                    #[body]
                    #[encrypt]
                    b: String,
                    c: String,
                }
            ),
        );
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn conflicting_and_duplicate_markers() {
        let e = errors(
            quote!(POST, "/v3/x/<id>"),
            syn::parse_quote!(
                struct S {
                    #[query]
                    #[body]
                    a: String,
                    #[query]
                    #[query]
                    b: String,
                    #[query]
                    id: String,
                    #[query]
                    #[encrypt]
                    c: String,
                    #[query(x)]
                    d: String,
                }
            ),
        );
        assert_eq!(
            e,
            [
                "field `a` cannot be both `#[query]` and `#[body]`; keep one",
                "duplicate `#[query]`; remove one",
                "`#[query]` takes no arguments; write `#[query]`",
                "field `id` fills the path placeholder `<id>`, so it cannot be `#[query]`; remove `#[query]` or rename the field",
                "`#[encrypt]` fields are sent in the JSON body, but `c` is a `#[query]` field; remove one of the two",
            ]
        );
    }

    #[test]
    fn every_error_at_once() {
        let e = errors(
            quote!(POTS, "/v3/x/<a>/<a>/<b", respose = u8),
            syn::parse_quote!(
                struct S {
                    #[path]
                    c: Option<String>,
                }
            ),
        );
        assert_eq!(e.len(), 7, "{e:#?}");
    }

    #[test]
    fn rejects_other_items_but_keeps_them() {
        let out = endpoint(
            quote!(GET, "/v3/x"),
            quote!(
                enum E {
                    A,
                }
            ),
        );
        let text = out.to_string();
        assert!(text.contains("compile_error"), "{text}");
        assert!(text.contains("not an enum"), "{text}");
        assert!(text.contains("enum E"), "{text}");
        let text = endpoint(
            quote!(GET, "/v3/x"),
            quote!(
                struct T(u8);
            ),
        )
        .to_string();
        assert!(text.contains("needs named fields"), "{text}");
        let text = endpoint(
            quote!(GET, "/v3/x"),
            quote!(
                struct U;
            ),
        )
        .to_string();
        assert!(text.contains("struct Name {}"), "{text}");
    }

    #[test]
    fn fails_soft_with_markers_stripped() {
        let out = endpoint(
            quote!(GET, "/v3/<nope>"),
            quote!(
                struct S {
                    #[query]
                    #[serde(rename = "x")]
                    a: u8,
                }
            ),
        );
        let text = out.to_string();
        assert!(text.contains("compile_error"));
        assert!(!text.contains("# [query]"), "{text}");
        assert!(text.contains("__SerdeAttrs"), "{text}");
        assert!(text.contains("struct S"), "{text}");
    }
}
