//! The model: the attribute and the struct read into a small borrowed structure. Each part keeps
//! its syn node only so errors can point at it. Building the model reports malformed markers;
//! every other rule lives in `check`.

use proc_macro2::Span;
use syn::ext::IdentExt as _;
use syn::spanned::Spanned as _;
use syn::{Attribute, Ident, ItemStruct, Meta, Type};

use super::args::{Args, Method};
use super::ctxt::Errors;
use super::template::{self, Placeholder};

/// Where a field goes in the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A path parameter.
    Path,
    /// A query parameter.
    Query,
    /// A member of the JSON body (of the `meta` part in a multipart upload).
    Body,
    /// A file part of a multipart upload.
    File,
    /// A text part of a multipart upload (beside `meta` and the files).
    Form,
}

impl Place {
    /// The marker that names this place.
    pub fn marker(self) -> &'static str {
        match self {
            Place::Path => "#[path]",
            Place::Query => "#[query]",
            Place::Body => "#[body]",
            Place::File => "#[file]",
            Place::Form => "#[form]",
        }
    }
}

/// An explicit `#[path]`, `#[query]`, `#[body]`, `#[file]` or `#[form]` marker.
#[derive(Debug, Clone, Copy)]
pub struct Marker {
    /// The place it names.
    pub place: Place,
    /// Span of the marker's name.
    pub span: Span,
}

/// One named field of the struct.
pub struct Field<'a> {
    /// The field's identifier (maybe raw, like `r#type`).
    pub ident: &'a Ident,
    /// The name without `r#`, as placeholders write it.
    pub name: String,
    /// The field's type.
    pub ty: &'a Type,
    /// The field's `#[serde(...)]` attributes, forwarded to the serialization views.
    pub serde_attrs: Vec<&'a Attribute>,
    /// The explicit place marker, if any.
    pub marker: Option<Marker>,
    /// Span of `#[encrypt]`, if present.
    pub encrypt: Option<Span>,
}

/// A whole endpoint declaration.
pub struct Endpoint<'a> {
    /// The attribute's arguments.
    pub args: Args,
    /// The parsed template (with its syntax errors, reported by `check`).
    pub template: template::Parsed,
    /// The struct as written.
    pub item: &'a ItemStruct,
    /// Its named fields, in declaration order.
    pub fields: Vec<Field<'a>>,
}

/// The field markers this macro understands (and strips).
pub const MARKERS: [&str; 6] = ["path", "query", "body", "file", "form", "encrypt"];

impl<'a> Endpoint<'a> {
    /// Assembles the model; the fields come from [`fields`].
    pub fn new(args: Args, item: &'a ItemStruct, fields: Vec<Field<'a>>) -> Self {
        let template = template::parse(&args.template.value());
        Endpoint {
            args,
            template,
            item,
            fields,
        }
    }

    /// The placeholder a field fills, if any.
    pub fn placeholder(&self, field: &Field<'_>) -> Option<&Placeholder> {
        self.template.placeholders().find(|p| p.name == field.name)
    }

    /// The place a field goes: its placeholder, else its marker, else the method's default
    /// (query on GET/DELETE, body on POST/PUT/PATCH).
    pub fn place(&self, field: &Field<'_>) -> Place {
        if self.placeholder(field).is_some() {
            return Place::Path;
        }
        match field.marker {
            Some(m) => m.place,
            None if self.method().has_body() => Place::Body,
            None => Place::Query,
        }
    }

    /// The HTTP method.
    pub fn method(&self) -> Method {
        self.args.method
    }

    /// Fields going to `place`, in declaration order.
    pub fn fields_in(&self, place: Place) -> impl Iterator<Item = &Field<'a>> {
        self.fields.iter().filter(move |f| self.place(f) == place)
    }

    /// The span of a byte range of the template: a subspan where the compiler offers one, else
    /// the whole literal.
    pub fn template_span(&self, range: std::ops::Range<usize>) -> Span {
        let lit = &self.args.template;
        let token = lit.token();
        // Only a plain literal without escapes maps byte offsets 1:1 (after the opening quote).
        let plain =
            token.to_string().len() == lit.value().len() + 2 && token.to_string().starts_with('"');
        plain
            .then(|| token.subspan(range.start + 1..range.end + 1))
            .flatten()
            .unwrap_or_else(|| lit.span())
    }
}

// Input:  the named fields of the struct, with `#[query]`, `#[serde(...)]`, docs …
// Output: one `Field` per field; malformed, duplicate or conflicting markers reported.
/// Reads the named fields of `item` (empty for tuple and unit structs).
pub fn fields<'a>(item: &'a ItemStruct, errors: &mut Errors) -> Vec<Field<'a>> {
    let syn::Fields::Named(named) = &item.fields else {
        return Vec::new();
    };
    named
        .named
        .iter()
        .filter_map(|f| {
            let ident = f.ident.as_ref()?;
            let mut field = Field {
                ident,
                name: ident.unraw().to_string(),
                ty: &f.ty,
                serde_attrs: f
                    .attrs
                    .iter()
                    .filter(|a| a.path().is_ident("serde"))
                    .collect(),
                marker: None,
                encrypt: None,
            };
            for attr in &f.attrs {
                marker(&mut field, attr, errors);
            }
            Some(field)
        })
        .collect()
}

/// Whether `attr` is one of this macro's field markers.
pub fn is_marker(attr: &Attribute) -> bool {
    MARKERS.iter().any(|m| attr.path().is_ident(m))
}

fn marker(field: &mut Field<'_>, attr: &Attribute, errors: &mut Errors) {
    let Some(name) = MARKERS.iter().find(|m| attr.path().is_ident(m)) else {
        return;
    };
    let span = attr.path().span();
    if !matches!(attr.meta, Meta::Path(_)) {
        errors.push(
            attr.meta.span(),
            format!("`#[{name}]` takes no arguments; write `#[{name}]`"),
        );
    }
    let place = match *name {
        "path" => Place::Path,
        "query" => Place::Query,
        "body" => Place::Body,
        "file" => Place::File,
        "form" => Place::Form,
        _ => {
            if field.encrypt.is_some() {
                errors.push(span, "duplicate `#[encrypt]`; remove one");
            }
            field.encrypt = Some(span);
            return;
        }
    };
    match field.marker {
        Some(prev) if prev.place == place => {
            errors.push(span, format!("duplicate `{}`; remove one", place.marker()));
        }
        Some(prev) => errors.push(
            span,
            format!(
                "field `{}` cannot be both `{}` and `{}`; keep one",
                field.name,
                prev.place.marker(),
                place.marker()
            ),
        ),
        None => field.marker = Some(Marker { place, span }),
    }
}
