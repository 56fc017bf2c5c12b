//! Code generation. Only quotes: every error was found before this runs.
//!
//! All generated items sit inside `const _: () = { … };` with `__` names, and every path goes
//! through the facade's `__private` module (`::wxpay::__private::…`, or `crate = path`).

use proc_macro2::{Literal, Span, TokenStream};
use quote::{ToTokens as _, format_ident, quote, quote_spanned};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned as _;
use syn::{GenericParam, Generics, ItemStruct, Lifetime, LitStr, Meta, Path, Token};

use super::args::{Auth, Method};
use super::check::option_inner;
use super::model::{Endpoint, Field, Place, is_marker};
use super::template::Segment;

/// The facade path the generated code uses: `crate = path`, or `::wxpay`.
pub fn krate(path: Option<&Path>) -> TokenStream {
    match path {
        Some(p) => p.to_token_stream(),
        None => quote!(::wxpay),
    }
}

// Input:  the struct as written, with `#[query]`, `#[body]`, `#[path]`, `#[encrypt]` markers
// Output: the same struct without the markers, deriving the no-op `__SerdeAttrs` first so its
//         `#[serde(...)]` field attributes compile with or without a serde derive
/// The user's struct, re-emitted.
pub fn user_struct(item: &ItemStruct, krate: &TokenStream) -> TokenStream {
    let mut item = item.clone();
    for field in item.fields.iter_mut() {
        field.attrs.retain(|a| !is_marker(a));
    }
    // Inserted after the doc comments and before any other attribute: a derive helper
    // (`#[serde]` on the container) must not come before the derive that introduces it.
    let at = item
        .attrs
        .iter()
        .take_while(|a| a.path().is_ident("doc"))
        .count();
    item.attrs.insert(
        at,
        syn::parse_quote!(#[derive(#krate::__private::__SerdeAttrs)]),
    );
    item.into_token_stream()
}

// Input:  a struct whose `#[endpoint]` has errors, and its `response = R` when it was readable
// Output: impl Endpoint for S { type Response = R; … unreachable bodies }: never run, since the
//         crate does not compile, but it stops every use of `S` from adding a second error
/// The placeholder impl emitted beside the errors.
pub fn placeholder_impl(
    item: &ItemStruct,
    krate: &TokenStream,
    response: Option<&syn::Type>,
) -> TokenStream {
    let ident = &item.ident;
    let (impl_g, ty_g, where_c) = item.generics.split_for_impl();
    let response = match response {
        Some(ty) => ty.to_token_stream(),
        None => quote!(()),
    };
    let p = quote!(#krate::__private);
    quote! {
        #[automatically_derived]
        impl #impl_g #p::Endpoint for #ident #ty_g #where_c {
            type Response = #response;
            const METHOD: #p::Method = #p::Method::Get;
            const TEMPLATE: &'static str = "";
            fn path(&self) -> #p::Result<#p::String, #p::Error> {
                ::core::unreachable!()
            }
            fn query(&self) -> #p::Result<#p::Option<#p::String>, #p::Error> {
                ::core::unreachable!()
            }
            fn body(
                &self,
                _: &dyn #p::Encryptor,
            ) -> #p::Result<#p::Option<#p::Vec<u8>>, #p::Error> {
                ::core::unreachable!()
            }
        }
    }
}

// Input:  #[endpoint(POST, "/v3/x/<id>", response = R)] struct S { id: String, #[query] q: u32, b: Option<String> }
// Output: struct S { … } const _: () = { query view; body view; impl Endpoint for S { … } };
/// The whole expansion of a checked endpoint.
pub fn expand(ep: &Endpoint<'_>) -> TokenStream {
    let krate = krate(ep.args.krate.as_ref());
    let user = user_struct(ep.item, &krate);
    let ident = &ep.item.ident;
    let (impl_g, ty_g, where_c) = ep.item.generics.split_for_impl();

    let query_fields: Vec<&Field<'_>> = ep.fields_in(Place::Query).collect();
    let body_fields: Vec<&Field<'_>> = ep.fields_in(Place::Body).collect();
    let encrypted: Vec<&Field<'_>> = body_fields
        .iter()
        .copied()
        .filter(|f| f.encrypt.is_some())
        .collect();

    // Fields whose serde attributes the macro can honour itself are written by hand; other
    // structs get a serde-derived view (see `plain`).
    let plain_query = plain(ep, &query_fields);
    let plain_body = plain(ep, &body_fields);
    let query_view = (!query_fields.is_empty() && plain_query.is_none())
        .then(|| view(ep, &krate, View::Query, &query_fields, &encrypted));
    let body_view = (ep.method().allows_body() && !body_fields.is_empty() && plain_body.is_none())
        .then(|| view(ep, &krate, View::Body, &body_fields, &encrypted));
    let enc_fns = encrypted
        .iter()
        .enumerate()
        .filter(|_| body_view.is_some())
        .map(|(n, _)| encrypt_fn(&krate, n));

    let method = format_ident!(
        "{}",
        match ep.method() {
            Method::Get => "Get",
            Method::Post => "Post",
            Method::Put => "Put",
            Method::Patch => "Patch",
            Method::Delete => "Delete",
        }
    );
    let template = &ep.args.template;
    let response = match &ep.args.response {
        Some(ty) => ty.to_token_stream(),
        None => quote!(()),
    };
    let auth = ep.args.auth.map(|a| {
        let scheme = match a {
            Auth::Merchant => quote!(Merchant),
            Auth::Brand => quote!(Brand),
        };
        quote!(const AUTH: #krate::__private::AuthScheme = #krate::__private::AuthScheme::#scheme;)
    });
    let assertions = assertions(ep, &krate);
    let path = path_fn_body(ep, &krate);
    let query = match &plain_query {
        Some(fields) if !fields.is_empty() => plain_query_fn_body(&krate, fields),
        _ => query_fn_body(&krate, &query_fields),
    };
    let body = body_fn_body(ep, &krate, &body_fields, &encrypted, plain_body.as_deref());
    let files = files_fn(ep, &krate);
    let form = form_fn(ep, &krate);

    quote! {
        #user

        const _: () = {
            #query_view
            #body_view
            #(#enc_fns)*

            #[automatically_derived]
            impl #impl_g #krate::__private::Endpoint for #ident #ty_g #where_c {
                type Response = #response;
                const METHOD: #krate::__private::Method = #krate::__private::Method::#method;
                const TEMPLATE: &'static str = #template;
                #auth

                // `#[inline]` defers code generation to the crate that sends the request: a
                // catalog of hundreds of endpoints then costs its users only the ones they use.
                #[inline]
                fn path(&self) -> #krate::__private::Result<#krate::__private::String, #krate::__private::Error> {
                    #assertions
                    #path
                }

                #[inline]
                fn query(&self) -> #krate::__private::Result<
                    #krate::__private::Option<#krate::__private::String>,
                    #krate::__private::Error,
                > {
                    #query
                }

                #[inline]
                fn body(
                    &self,
                    __enc: &dyn #krate::__private::Encryptor,
                ) -> #krate::__private::Result<
                    #krate::__private::Option<#krate::__private::Vec<u8>>,
                    #krate::__private::Error,
                > {
                    #body
                }

                #files
                #form
            }
        };
    }
}

// Input:  #[form] item_id: i64, #[form] note: Option<String>
// Output: fn form_fields(&self) -> Vec<(&'static str, String)> { push(("item_id", to_string(&self.item_id))); if let Some(v) = &self.note { … } }
fn form_fn(ep: &Endpoint<'_>, krate: &TokenStream) -> Option<TokenStream> {
    let p = quote!(#krate::__private);
    let pushes: Vec<TokenStream> = ep
        .fields_in(Place::Form)
        .map(|f| {
            let ident = f.ident;
            let name = Literal::string(&f.name);
            match option_inner(f.ty) {
                Some(_) => quote! {
                    if let #p::Option::Some(__v) = &self.#ident {
                        __form.push((#name, #p::ToString::to_string(__v)));
                    }
                },
                None => quote!(__form.push((#name, #p::ToString::to_string(&self.#ident)));),
            }
        })
        .collect();
    if pushes.is_empty() {
        return None;
    }
    Some(quote! {
        #[inline]
        fn form_fields(&self) -> #p::Vec<(&'static str, #p::String)> {
            let mut __form = #p::Vec::new();
            #(#pushes)*
            __form
        }
    })
}

// Input:  #[file] file: UploadFile, #[file] back: UploadFile
// Output: fn files(&self) -> Vec<(&'static str, &UploadFile)> { vec![("file", &self.file), …] },
//         each field spanned on its type so a wrong type is reported there
fn files_fn(ep: &Endpoint<'_>, krate: &TokenStream) -> Option<TokenStream> {
    let parts: Vec<TokenStream> = ep
        .fields_in(Place::File)
        .map(|f| {
            let ident = f.ident;
            let name = Literal::string(&f.name);
            let ty = f.ty;
            let file: TokenStream = quote_spanned!(ty.span()=> {
                let __file: &#krate::__private::UploadFile = &self.#ident;
                __file
            });
            quote!((#name, #file))
        })
        .collect();
    if parts.is_empty() {
        return None;
    }
    Some(quote! {
        #[inline]
        fn files(&self) -> #krate::__private::Vec<(&'static str, &#krate::__private::UploadFile)> {
            #krate::__private::Vec::from([#(#parts),*])
        }
    })
}

// Input:  path fields
// Output: `assert_path_param::<Ty>();` … each spanned on the type it checks, so rustc's error
//         (with the marker trait's `on_unimplemented` message) points at the user's type.
//         No assertion on the response type: the `type Response` bound of `Endpoint` already
//         reports a non-`Deserialize` response once, spanned on the type, with serde's advice;
//         an assertion would only repeat it.
fn assertions(ep: &Endpoint<'_>, krate: &TokenStream) -> TokenStream {
    let path = ep.fields_in(Place::Path).map(|f| {
        let ty = f.ty;
        quote_spanned!(ty.span()=> #krate::__private::assert_path_param::<#ty>();)
    });
    quote!(#(#path)*)
}

// Input:  "/v3/cards/<card_id>/unavailable"
// Output: push_str("/v3/cards/"); push_path_segment(&mut __path, &self.card_id, "card_id")?;
//         push_str("/unavailable");
fn path_fn_body(ep: &Endpoint<'_>, krate: &TokenStream) -> TokenStream {
    if ep.template.placeholders().next().is_none() {
        let template = &ep.args.template;
        return quote!(#krate::__private::Result::Ok(#krate::__private::String::from(#template)));
    }
    let capacity = Literal::usize_unsuffixed(ep.args.template.value().len() + 16);
    let pieces = ep.template.segments.iter().map(|s| match s {
        Segment::Literal(text) => quote!(__path.push_str(#text);),
        Segment::Param(p) => {
            let Some(field) = ep.fields.iter().find(|f| f.name == p.name) else {
                return TokenStream::new();
            };
            // The `&dyn Display` coercion repeats the assertion's error: keep it on the type too.
            let mut member = field.ident.clone();
            member.set_span(field.ty.span());
            let name = &p.name;
            let value = quote_spanned!(field.ty.span()=> &self.#member);
            quote!(#krate::__private::push_path_segment(&mut __path, #value, #name)?;)
        }
    });
    quote! {
        let mut __path = #krate::__private::String::with_capacity(#capacity);
        #(#pieces)*
        #krate::__private::Result::Ok(__path)
    }
}

fn query_fn_body(krate: &TokenStream, fields: &[&Field<'_>]) -> TokenStream {
    if fields.is_empty() {
        quote!(#krate::__private::Result::Ok(#krate::__private::Option::None))
    } else {
        quote!(#krate::__private::query_string(&__QueryRef(self)))
    }
}

// Input:  the body fields, some `#[encrypt]`
// Output: encrypt each marked field first (in order), then serialize the body view with the
//         ciphertexts available to its `serialize_with` functions
fn body_fn_body(
    ep: &Endpoint<'_>,
    krate: &TokenStream,
    fields: &[&Field<'_>],
    encrypted: &[&Field<'_>],
    plain: Option<&[Plain<'_>]>,
) -> TokenStream {
    if !ep.method().allows_body() || (fields.is_empty() && !ep.method().has_body()) {
        return quote!(#krate::__private::Result::Ok(#krate::__private::Option::None));
    }
    if fields.is_empty() {
        // WeChat Pay expects a JSON object on POST/PUT/PATCH, even an empty one.
        return quote! {
            #krate::__private::Result::Ok(#krate::__private::Option::Some(
                #krate::__private::Vec::from(&b"{}"[..]),
            ))
        };
    }
    if let Some(plain) = plain {
        return plain_body_fn_body(krate, plain, encrypted);
    }
    if encrypted.is_empty() {
        // With the encryptor in scope, nested `Sensitive` fields can encrypt themselves.
        return quote!(#krate::__private::json_body_with(__enc, &__BodyRef(self)));
    }
    // Spanned on the type, in the same function as the call below: rustc reports the unmet
    // bound once, with the marker trait's message.
    let assertions = encrypted.iter().map(|f| {
        let ty = f.ty;
        quote_spanned!(ty.span()=> #krate::__private::assert_encrypt_field::<#ty>();)
    });
    let values = encrypted.iter().map(|f| {
        let (member, ty) = (f.ident, f.ty);
        // On the type, like the assertion: rustc then reports the unmet bound once.
        let call =
            quote_spanned!(ty.span()=> <#ty as #krate::__private::EncryptField>::encrypt_field);
        quote!(#call(&self.#member, __enc)?)
    });
    quote! {
        #(#assertions)*
        let __ciphertexts = #krate::__private::Vec::from([#(#values),*]);
        #krate::__private::with_ciphertexts(__ciphertexts, || {
            #krate::__private::json_body_with(__enc, &__BodyRef(self))
        })
    }
}

/// A field the macro writes itself, with what its serde attributes say.
struct Plain<'a> {
    field: &'a Field<'a>,
    /// The name on the wire (`rename`, or the field's name without `r#`).
    wire: String,
    skip: Skip,
    /// `serialize_with = "f"` (or `with = "m"`: `m::serialize`).
    with: Option<TokenStream>,
}

enum Skip {
    Never,
    Always,
    /// `skip_serializing_if = "f"`.
    If(TokenStream),
}

// Input:  the fields of one view, e.g. `#[serde(rename = "type")] kind: String, note: Option<String>`
// Output: `Some` of what writing each field by hand needs, when every serde attribute on them
//         is `rename`, `skip`, `skip_serializing`, `skip_serializing_if`, `serialize_with` or
//         `with` (or only affects deserializing) and the struct has no `rename_all`; else `None`,
//         and the view is derived with serde instead.
// Why: a serde-derived view is a generic `Serialize` impl per request with a branch and a
// wrapper type per special field; rustc checks each of them for every endpoint, about a fifth
// of the full catalog's build. Written by hand, a field is one call.
fn plain<'a>(ep: &Endpoint<'a>, fields: &[&'a Field<'a>]) -> Option<Vec<Plain<'a>>> {
    if !container_serde_attrs(ep.item).is_empty() {
        return None;
    }
    fields
        .iter()
        .map(|&field| {
            let mut plain = Plain {
                field,
                wire: field.name.clone(),
                skip: Skip::Never,
                with: None,
            };
            for attr in &field.serde_attrs {
                attr.parse_nested_meta(|meta| {
                    let path_value = |meta: &syn::meta::ParseNestedMeta<'_>| {
                        let lit: LitStr = meta.value()?.parse()?;
                        lit.parse::<syn::ExprPath>()
                    };
                    if meta.path.is_ident("rename") {
                        plain.wire = meta.value()?.parse::<LitStr>()?.value();
                    } else if meta.path.is_ident("skip") || meta.path.is_ident("skip_serializing") {
                        plain.skip = Skip::Always;
                    } else if meta.path.is_ident("skip_serializing_if") {
                        plain.skip = Skip::If(path_value(&meta)?.to_token_stream());
                    } else if meta.path.is_ident("serialize_with") {
                        plain.with = Some(path_value(&meta)?.to_token_stream());
                    } else if meta.path.is_ident("with") {
                        let module = path_value(&meta)?;
                        plain.with = Some(quote!(#module::serialize));
                    } else if meta.path.is_ident("default") {
                        if meta.input.peek(Token![=]) {
                            meta.value()?.parse::<LitStr>()?;
                        }
                    } else if meta.path.is_ident("alias") || meta.path.is_ident("deserialize_with")
                    {
                        meta.value()?.parse::<LitStr>()?;
                    } else if !meta.path.is_ident("skip_deserializing") {
                        return Err(meta.error("left to serde"));
                    }
                    Ok(())
                })
                .ok()?;
            }
            // An encrypted field is written from its ciphertext: nothing else may apply.
            if field.encrypt.is_some()
                && (!matches!(plain.skip, Skip::Never) || plain.with.is_some())
            {
                return None;
            }
            Some(plain)
        })
        .collect()
}

// Output: one call per field, in declaration order, e.g.
//         `w.field("appid", &self.appid); if Option::is_some(&self.attach) { w.field("attach", &self.attach); }`
fn plain_writes(
    w: &syn::Ident,
    krate: &TokenStream,
    fields: &[Plain<'_>],
    skip_none: bool,
) -> Vec<TokenStream> {
    fields
        .iter()
        .map(|p| {
            let (member, ty) = (p.field.ident, p.field.ty);
            let wire = &p.wire;
            let write = match &p.with {
                Some(with) => quote!(#w.field_with(#wire, |__s| #with(&self.#member, __s));),
                // On the type: an unmet `Serialize` bound is reported at the field.
                None => quote_spanned!(ty.span()=> #w.field(#wire, &self.#member);),
            };
            match &p.skip {
                Skip::Always => TokenStream::new(),
                Skip::If(pred) => quote!(if !#pred(&self.#member) { #write }),
                Skip::Never if skip_none && option_inner(ty).is_some() => {
                    quote!(if #krate::__private::Option::is_some(&self.#member) { #write })
                }
                Skip::Never => write,
            }
        })
        .collect()
}

// Output: let mut __q = QueryWriter::new(); __q.field("limit", &self.limit); …; __q.finish()
fn plain_query_fn_body(krate: &TokenStream, fields: &[Plain<'_>]) -> TokenStream {
    let q = format_ident!("__q");
    // `None` is left out by the query writer itself.
    let writes = plain_writes(&q, krate, fields, false);
    quote! {
        let mut #q = #krate::__private::QueryWriter::new();
        #(#writes)*
        #q.finish()
    }
}

// Output: encrypt each `#[encrypt]` field first (in order), then write every field:
//         let __ct0 = encrypt(&self.id_card)?; let mut __w = JsonBody::new(__enc);
//         __w.field("name", &self.name); __w.ciphertext("id_card", __ct0); __w.finish()
fn plain_body_fn_body(
    krate: &TokenStream,
    fields: &[Plain<'_>],
    encrypted: &[&Field<'_>],
) -> TokenStream {
    let w = format_ident!("__w");
    let mut cts = Vec::new();
    let mut writes = Vec::new();
    for (p, write) in fields.iter().zip(plain_writes(&w, krate, fields, true)) {
        let Some(n) = encrypted.iter().position(|e| e.ident == p.field.ident) else {
            writes.push(write);
            continue;
        };
        let (member, ty) = (p.field.ident, p.field.ty);
        let ct = format_ident!("__ct{}", n);
        // Spanned on the type, like the serde path's: rustc reports the unmet bound once,
        // with the marker trait's message.
        let assertion =
            quote_spanned!(ty.span()=> #krate::__private::assert_encrypt_field::<#ty>(););
        let call =
            quote_spanned!(ty.span()=> <#ty as #krate::__private::EncryptField>::encrypt_field);
        cts.push(quote!(#assertion let #ct = #call(&self.#member, __enc)?;));
        let wire = &p.wire;
        writes.push(quote!(#w.ciphertext(#wire, #ct);));
    }
    quote! {
        #(#cts)*
        let mut #w = #krate::__private::JsonBody::new(__enc);
        #(#writes)*
        #w.finish()
    }
}

// Output: fn __wx_enc_N(_: &T, s: S) -> … { serialize_ciphertext(N, s) }
fn encrypt_fn(krate: &TokenStream, n: usize) -> TokenStream {
    let name = format_ident!("__wx_enc_{}", n);
    let n = Literal::usize_unsuffixed(n);
    quote! {
        fn #name<__T: ?Sized, __S: #krate::__private::serde::Serializer>(
            _: &__T,
            __serializer: __S,
        ) -> #krate::__private::Result<__S::Ok, __S::Error> {
            #krate::__private::serialize_ciphertext(#n, __serializer)
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum View {
    Query,
    Body,
}

// Input:  struct S<T> { #[query] #[serde(rename = "a")] x: T, y: u32 }   (query fields: x)
// Output: #[derive(Serialize)] #[serde(crate = "…", remote = "S")]
//         struct __Query<T> { #[serde(rename = "a")] x: T }
//         struct __QueryRef<'__a, T>(&'__a S<T>);
//         impl Serialize for __QueryRef<'_, T> { … __Query::serialize(self.0, s) }
// serde's `remote` derive keeps the field types exact, so generic predicates such as
// `skip_serializing_if = "is_default"` type-check as they would on the user's own derive.
fn view(
    ep: &Endpoint<'_>,
    krate: &TokenStream,
    which: View,
    fields: &[&Field<'_>],
    encrypted: &[&Field<'_>],
) -> TokenStream {
    let (name, wrapper) = match which {
        View::Query => (format_ident!("__Query"), format_ident!("__QueryRef")),
        View::Body => (format_ident!("__Body"), format_ident!("__BodyRef")),
    };
    let ident = &ep.item.ident;
    let generics = &ep.item.generics;
    let where_c = &generics.where_clause;
    let (_, ty_g, _) = generics.split_for_impl();
    let serde_path = quote!(#krate::__private::serde)
        .to_string()
        .replace(' ', "");
    let remote = ident.to_string();
    // Bounds come from the struct as declared: serde infers none of its own.
    let bound = (!generics.params.is_empty()).then(|| quote!(, bound = ""));
    let container = container_serde_attrs(ep.item);

    let members = fields.iter().map(|f| {
        let (member, ty) = (f.ident, f.ty);
        let attrs = &f.serde_attrs;
        let mut extra = Vec::new();
        if which == View::Body {
            if let Some(n) = encrypted.iter().position(|e| e.ident == f.ident) {
                let with = format!("__wx_enc_{n}");
                extra.push(quote!(#[serde(serialize_with = #with)]));
            }
            if option_inner(ty).is_some() && !has_skip(&f.serde_attrs) {
                extra.push(
                    quote!(#[serde(skip_serializing_if = "::core::option::Option::is_none")]),
                );
            }
        }
        quote!(#(#attrs)* #(#extra)* #member: #ty,)
    });
    let phantom = phantom(generics);

    let mut ref_generics = generics.clone();
    ref_generics.params.insert(
        0,
        GenericParam::Lifetime(syn::LifetimeParam::new(Lifetime::new(
            "'__a",
            Span::call_site(),
        ))),
    );
    let (ref_impl_g, ref_ty_g, _) = ref_generics.split_for_impl();
    let params = &ref_generics.params;

    quote! {
        #[derive(#krate::__private::serde::Serialize)]
        #[serde(crate = #serde_path, remote = #remote #bound)]
        #(#container)*
        struct #name #generics #where_c {
            #(#members)*
            #phantom
        }

        struct #wrapper<#params>(&'__a #ident #ty_g) #where_c;

        impl #ref_impl_g #krate::__private::serde::Serialize for #wrapper #ref_ty_g #where_c {
            fn serialize<__S: #krate::__private::serde::Serializer>(
                &self,
                __serializer: __S,
            ) -> #krate::__private::Result<__S::Ok, __S::Error> {
                #name::serialize(self.0, __serializer)
            }
        }
    }
}

/// A skipped `PhantomData` member using every type and lifetime parameter of a generic view
/// (a view may not mention them all, and an unused parameter is an error).
fn phantom(generics: &Generics) -> Option<TokenStream> {
    let uses: Vec<TokenStream> = generics
        .params
        .iter()
        .filter_map(|p| match p {
            GenericParam::Type(t) => {
                let t = &t.ident;
                Some(quote!(fn() -> #t))
            }
            GenericParam::Lifetime(l) => {
                let l = &l.lifetime;
                Some(quote!(&#l ()))
            }
            GenericParam::Const(_) => None,
        })
        .collect();
    (!uses.is_empty()).then(|| {
        quote! {
            #[serde(skip)]
            __wx_phantom: ::core::marker::PhantomData<(#(#uses,)*)>,
        }
    })
}

// Input:  #[serde(rename_all = "camelCase", deny_unknown_fields)] on the struct
// Output: #[serde(rename_all = "camelCase")]: only what shapes serialized names is forwarded
fn container_serde_attrs(item: &ItemStruct) -> Vec<TokenStream> {
    item.attrs
        .iter()
        .filter(|a| a.path().is_ident("serde"))
        .filter_map(|a| {
            let metas = a
                .parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
                .ok()?;
            let kept: Vec<&Meta> = metas
                .iter()
                .filter(|m| m.path().is_ident("rename_all"))
                .collect();
            (!kept.is_empty()).then(|| quote!(#[serde(#(#kept),*)]))
        })
        .collect()
}

/// Whether the user's serde attributes already decide when the field is skipped.
fn has_skip(attrs: &[&syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        let Meta::List(list) = &a.meta else {
            return false;
        };
        list.tokens.clone().into_iter().any(|t| match t {
            proc_macro2::TokenTree::Ident(i) => {
                i == "skip_serializing_if" || i == "skip" || i == "skip_serializing"
            }
            _ => false,
        })
    })
}
