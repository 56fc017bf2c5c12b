//! `#[derive(__Decode)]`: a `serde::Deserialize` for the catalog's answer models, from a JSON
//! object only.
//!
//! Why not serde's derive: the catalog has over a thousand answer models, and serde's derive
//! writes for each a field-identifier type and generic visitors, with a slot, a match arm and an
//! early return per field; rustc checks all of it for every model. Here a model's part is one
//! non-generic function with one call per field (`Object::req` / `Object::opt`), and the
//! object is read by one shared generic function (`decode_object`, in `wxpay-core`).
//! Behaviour matches serde's derive for what the catalog uses: unknown fields are ignored, a
//! duplicate field is an error, a missing or `null` `Option` field is `None`, a missing
//! required field is `missing field`, `#[serde(rename = "…")]` renames and raw identifiers
//! (`r#type`) lose their `r#`. Errors name the failing field's path within the model.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::ext::IdentExt as _;
use syn::spanned::Spanned as _;
use syn::{Fields, ItemStruct, LitStr, Type};

/// `#[derive(__Decode)] struct S { … }` → `impl<'de> Deserialize<'de> for S`.
pub fn derive(input: TokenStream) -> TokenStream {
    match expand(input) {
        Ok(out) => out,
        Err(e) => e.to_compile_error(),
    }
}

fn expand(input: TokenStream) -> syn::Result<TokenStream> {
    let item: ItemStruct = syn::parse2(input)?;
    if !item.generics.params.is_empty() {
        return Err(syn::Error::new(
            item.generics.span(),
            "`__Decode` takes structs without generics",
        ));
    }
    let Fields::Named(named) = &item.fields else {
        return Err(syn::Error::new(
            item.span(),
            "`__Decode` takes structs with named fields",
        ));
    };
    let ident = &item.ident;
    let p = quote!(::wxpay::__private);
    let mut inits = Vec::new();
    for field in &named.named {
        let Some(member) = &field.ident else {
            continue;
        };
        let mut wire = member.unraw().to_string();
        for attr in field.attrs.iter().filter(|a| a.path().is_ident("serde")) {
            attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    wire = meta.value()?.parse::<LitStr>()?.value();
                    Ok(())
                } else if meta.path.is_ident("skip_serializing_if") {
                    meta.value()?.parse::<LitStr>()?;
                    Ok(())
                } else {
                    Err(meta.error("`__Decode` supports only `rename` and `skip_serializing_if`"))
                }
            })?;
        }
        let wire = LitStr::new(&wire, Span::call_site());
        let take = if is_option(&field.ty) {
            quote!(opt)
        } else {
            quote!(req)
        };
        inits.push(quote!(#member: __o.#take(#wire)?,));
    }
    let expecting = LitStr::new(&format!("struct {ident}"), Span::call_site());
    Ok(quote! {
        #[automatically_derived]
        impl<'de> #p::serde::Deserialize<'de> for #ident {
            fn deserialize<__D: #p::serde::Deserializer<'de>>(
                __d: __D,
            ) -> #p::Result<Self, __D::Error> {
                // Not generic, so checked once; `#[inline]`: compiled only where an answer
                // is decoded.
                #[inline]
                fn __fields(__o: &mut #p::Object) -> #p::Result<#ident, #p::FieldError> {
                    #p::Result::Ok(#ident { #(#inits)* })
                }
                #p::decode_object(__d, #expecting, __fields)
            }
        }
    })
}

/// Whether the type is written `Option<…>` (as serde's derive, by its last path segment).
fn is_option(ty: &Type) -> bool {
    match ty {
        Type::Path(p) if p.qself.is_none() => {
            p.path.segments.last().is_some_and(|s| s.ident == "Option")
        }
        _ => false,
    }
}
