//! The rules, one function each, all run so every mistake is reported at once.
//!
//! Where each kind of check belongs: syntax of the arguments and markers is reported while
//! parsing (`args`, `model`); rules about how the parts fit together are here; type rules
//! (`Display` path fields, `DeserializeOwned` responses, encryptable fields) are left to rustc
//! through spanned assertions emitted by `expand`, because only the compiler knows the types.

use syn::{GenericArgument, PathArguments, Type};

use super::args::{Method, closest};
use super::ctxt::Errors;
use super::model::{Endpoint, Place};

/// Runs every rule.
pub fn check(ep: &Endpoint<'_>, errors: &mut Errors) {
    template_is_well_formed(ep, errors);
    placeholders_have_fields(ep, errors);
    path_markers_have_placeholders(ep, errors);
    path_fields_have_no_other_marker(ep, errors);
    path_fields_are_not_option(ep, errors);
    body_only_with_a_body_method(ep, errors);
    encrypt_only_in_the_body(ep, errors);
    files_only_with_post(ep, errors);
    form_only_with_files(ep, errors);
}

/// The template's own syntax: prefix, placeholders, forbidden characters.
fn template_is_well_formed(ep: &Endpoint<'_>, errors: &mut Errors) {
    for e in &ep.template.errors {
        errors.push(ep.template_span(e.range.clone()), &e.message);
    }
}

/// Every `<name>` has a field `name`.
fn placeholders_have_fields(ep: &Endpoint<'_>, errors: &mut Errors) {
    for p in ep.template.placeholders() {
        if ep.fields.iter().any(|f| f.name == p.name) {
            continue;
        }
        // Stable rustc cannot point inside a string literal (`Literal::subspan` is nightly
        // only), so the message names the placeholder and the field it most likely meant.
        let names: Vec<&str> = ep.fields.iter().map(|f| f.name.as_str()).collect();
        let fix = match closest(&p.name, &names) {
            Some(near) => format!("did you mean `{near}`?"),
            None => "add the field or rename the placeholder".to_owned(),
        };
        errors.push(
            ep.template_span(p.range.clone()),
            format!(
                "no field named `{0}` for path placeholder `<{0}>`; {fix}",
                p.name
            ),
        );
    }
}

/// A field marked `#[path]` has a placeholder.
fn path_markers_have_placeholders(ep: &Endpoint<'_>, errors: &mut Errors) {
    for f in &ep.fields {
        if let Some(m) = f.marker.filter(|m| m.place == Place::Path)
            && ep.placeholder(f).is_none()
        {
            errors.push(
                m.span,
                format!(
                    "field `{0}` is marked `#[path]` but the template has no placeholder `<{0}>`; add `<{0}>` to the template or remove `#[path]`",
                    f.name
                ),
            );
        }
    }
}

/// A field that fills a placeholder is a path parameter: `#[query]` or `#[body]` on it contradicts.
fn path_fields_have_no_other_marker(ep: &Endpoint<'_>, errors: &mut Errors) {
    for f in &ep.fields {
        if let Some(m) = f.marker.filter(|m| m.place != Place::Path)
            && ep.placeholder(f).is_some()
        {
            errors.push(
                m.span,
                format!(
                    "field `{0}` fills the path placeholder `<{0}>`, so it cannot be `{1}`; remove `{1}` or rename the field",
                    f.name,
                    m.place.marker()
                ),
            );
        }
    }
}

/// A path parameter is always present: `Option` makes no sense there.
fn path_fields_are_not_option(ep: &Endpoint<'_>, errors: &mut Errors) {
    for f in ep.fields_in(Place::Path) {
        if option_inner(f.ty).is_some() {
            errors.push(
                syn::spanned::Spanned::span(f.ty),
                format!(
                    "path parameter `{}` cannot be an `Option`: a path segment is always required; use the inner type",
                    f.name
                ),
            );
        }
    }
}

/// `#[body]` needs a method with a body.
fn body_only_with_a_body_method(ep: &Endpoint<'_>, errors: &mut Errors) {
    let method = ep.method();
    if method.allows_body() {
        return;
    }
    for f in &ep.fields {
        if let Some(m) = f.marker.filter(|m| m.place == Place::Body) {
            errors.push(
                m.span,
                format!(
                    "`{}` requests have no body; remove `#[body]` to send `{}` in the query, or use `POST`",
                    method.as_str(),
                    f.name
                ),
            );
        }
    }
}

/// `#[file]` makes a multipart upload, which WeChat Pay takes only by `POST`.
fn files_only_with_post(ep: &Endpoint<'_>, errors: &mut Errors) {
    let method = ep.method();
    if method == Method::Post {
        return;
    }
    for f in &ep.fields {
        if let Some(m) = f.marker.filter(|m| m.place == Place::File) {
            errors.push(
                m.span,
                format!(
                    "`#[file]` makes a multipart upload, which is sent by `POST`, not `{}`",
                    method.as_str()
                ),
            );
        }
    }
}

/// `#[form]` fields are text parts of a multipart upload, which needs a `#[file]`.
fn form_only_with_files(ep: &Endpoint<'_>, errors: &mut Errors) {
    if ep.fields_in(Place::File).next().is_some() {
        return;
    }
    for f in &ep.fields {
        if let Some(m) = f.marker.filter(|m| m.place == Place::Form) {
            errors.push(
                m.span,
                "`#[form]` is a text part of a multipart upload; add the `#[file]` field it goes with, or remove `#[form]`",
            );
        }
    }
}

/// `#[encrypt]` fields are encrypted into the JSON body.
fn encrypt_only_in_the_body(ep: &Endpoint<'_>, errors: &mut Errors) {
    let method = ep.method();
    for f in &ep.fields {
        let Some(span) = f.encrypt else { continue };
        if !method.allows_body() {
            errors.push(
                span,
                format!(
                    "`#[encrypt]` fields are sent in the JSON body, and `{}` requests have no body; use `POST` or remove `#[encrypt]`",
                    method.as_str()
                ),
            );
        } else if ep.place(f) != Place::Body {
            let place = ep.place(f).marker();
            errors.push(
                span,
                format!(
                    "`#[encrypt]` fields are sent in the JSON body, but `{}` is a `{place}` field; remove one of the two",
                    f.name
                ),
            );
        }
    }
}

/// `T` if `ty` is written `Option<T>` (or `std::option::Option<T>`, `core::option::Option<T>`).
pub fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(p) = ty else { return None };
    if p.qself.is_some() {
        return None;
    }
    let last = p.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        GenericArgument::Type(t) if args.args.len() == 1 => Some(t),
        _ => None,
    }
}
