//! The implementation of `#[endpoint]`, kept free of `proc_macro` so it also compiles as an
//! ordinary module: the expansion snapshot test (`tests/tests/expand.rs`) includes this directory
//! with `#[path]` and calls [`endpoint`] directly.
//!
//! Three stages: `args` + `model` read the input into a borrowed model, `check` runs every
//! rule into one error collection, `expand` quotes. On any error the struct is still emitted,
//! markers stripped, beside the errors (`fallback`), so only the real mistake is shown.

pub mod args;
pub mod check;
pub mod ctxt;
pub mod decode;
pub mod expand;
pub mod model;
pub mod template;

use proc_macro2::TokenStream;
use quote::ToTokens as _;
use syn::spanned::Spanned as _;
use syn::{Fields, Item};

use ctxt::Errors;

/// `#[endpoint(args)] input` → the expansion, or the fallback beside the errors.
pub fn endpoint(args: TokenStream, input: TokenStream) -> TokenStream {
    let item: Item = match syn::parse2(input.clone()) {
        Ok(item) => item,
        Err(e) => {
            let mut out = e.to_compile_error();
            out.extend(input);
            return out;
        }
    };
    let mut errors = Errors::default();
    let args = args::parse(args, &mut errors);
    let krate = expand::krate(args.as_ref().and_then(|a| a.krate.as_ref()));

    let item = match &item {
        Item::Struct(s) => s,
        other => {
            let (span, what) = match other {
                Item::Enum(e) => (e.enum_token.span, "an enum"),
                Item::Union(u) => (u.union_token.span, "a union"),
                other => (other.span(), "this item"),
            };
            errors.push(
                span,
                format!("`#[endpoint]` goes on a struct with named fields, not {what}; write `struct Name {{ field: Type }}`"),
            );
            let mut out = errors.to_compile_errors();
            out.extend(other.to_token_stream());
            return out;
        }
    };
    match &item.fields {
        Fields::Named(_) => {}
        Fields::Unnamed(f) => errors.push(
            f.paren_token.span.join(),
            "`#[endpoint]` needs named fields, which name the path placeholders and the JSON keys; write `struct Name { field: Type }`",
        ),
        Fields::Unit => errors.push(
            item.ident.span(),
            "`#[endpoint]` needs a struct with braces; for an endpoint without parameters write `struct Name {}`",
        ),
    }

    let fields = model::fields(item, &mut errors);
    let mut response = None;
    if let Some(args) = args {
        let ep = model::Endpoint::new(args, item, fields);
        check::check(&ep, &mut errors);
        if errors.is_empty() {
            return expand::expand(&ep);
        }
        response = ep.args.response;
    }
    fallback(item, &krate, response.as_ref(), &errors)
}

/// The errors, the user's struct (markers stripped) and a placeholder `Endpoint` impl (the idea
/// of thiserror's `fallback.rs`): call sites such as `client.send(&req)` still type-check, so the
/// user sees only the real mistake, not a second "`Endpoint` is not implemented" at every use.
fn fallback(
    item: &syn::ItemStruct,
    krate: &TokenStream,
    response: Option<&syn::Type>,
    errors: &Errors,
) -> TokenStream {
    let mut out = errors.to_compile_errors();
    out.extend(expand::user_struct(item, krate));
    out.extend(expand::placeholder_impl(item, krate, response));
    out
}
