//! `#[derive(__Decode)]`: a `serde::Deserialize` for the catalog's answer models, from a JSON
//! object only.
//!
//! Why not serde's derive: the catalog has hundreds of answer models, and serde's derive writes
//! for each a field-identifier type with its own visitor, a sequence visitor and a map visitor.
//! WeChat Pay answers are JSON objects, so the map visitor is all that is needed; the per-field
//! work is a call to one shared generic helper. Behaviour matches serde's derive for what the
//! catalog uses: unknown fields are ignored, a duplicate field is an error, a missing `Option`
//! field is `None`, a missing required field is `missing_field`, `#[serde(rename = "…")]`
//! renames and raw identifiers (`r#type`) lose their `r#`.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
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
    let mut slots = Vec::new();
    let mut arms = Vec::new();
    let mut inits = Vec::new();
    for (n, field) in named.named.iter().enumerate() {
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
        let slot = format_ident!("__f{}", n);
        let ty = &field.ty;
        let wire = LitStr::new(&wire, Span::call_site());
        slots.push(quote!(let mut #slot: #p::Option<#ty> = #p::Option::None;));
        arms.push(quote!(#wire => #p::decode_field(&mut __map, &mut #slot, #wire)?,));
        inits.push(if is_option(ty) {
            quote!(#member: #p::Option::flatten(#slot),)
        } else {
            quote!(#member: #p::required_field(#slot, #wire)?,)
        });
    }
    let expecting = LitStr::new(&format!("struct {ident}"), Span::call_site());
    Ok(quote! {
        #[automatically_derived]
        impl<'de> #p::serde::Deserialize<'de> for #ident {
            fn deserialize<__D: #p::serde::Deserializer<'de>>(
                __d: __D,
            ) -> #p::Result<Self, __D::Error> {
                struct __Visitor;
                impl<'de> #p::serde::de::Visitor<'de> for __Visitor {
                    type Value = #ident;
                    fn expecting(&self, __f: &mut #p::fmt::Formatter<'_>) -> #p::fmt::Result {
                        __f.write_str(#expecting)
                    }
                    fn visit_map<__A: #p::serde::de::MapAccess<'de>>(
                        self,
                        mut __map: __A,
                    ) -> #p::Result<#ident, __A::Error> {
                        #(#slots)*
                        while let #p::Option::Some(__key) = __map.next_key::<#p::FieldKey<'de>>()? {
                            match __key.as_str() {
                                #(#arms)*
                                _ => #p::skip_value(&mut __map)?,
                            }
                        }
                        #p::Result::Ok(#ident { #(#inits)* })
                    }
                }
                __d.deserialize_map(__Visitor)
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
