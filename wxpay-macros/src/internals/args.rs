//! The attribute's arguments: `METHOD, "TEMPLATE" [, response = Type] [, auth = scheme] [, crate = path]`.
//!
//! Parsed from real tokens: the method is an identifier, the response a `syn::Type`, the crate a
//! `syn::Path`. Mistakes in optional arguments are collected and parsing goes on; a missing method
//! or template is fatal, since nothing can be generated without them.

use proc_macro2::TokenStream;
use syn::ext::IdentExt as _;
use syn::parse::{ParseStream, Parser as _};
use syn::{Ident, LitStr, Path, Token, Type};

use super::ctxt::Errors;

/// HTTP method of an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    /// Every method, as written in the attribute.
    pub const ALL: [(&'static str, Method); 5] = [
        ("GET", Method::Get),
        ("POST", Method::Post),
        ("PUT", Method::Put),
        ("PATCH", Method::Patch),
        ("DELETE", Method::Delete),
    ];

    /// The method as written in the attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }

    /// Whether requests with this method carry a JSON body by default (unmarked fields go there).
    pub fn has_body(self) -> bool {
        matches!(self, Method::Post | Method::Put | Method::Patch)
    }

    /// Whether `#[body]` may be used: WeChat Pay has `DELETE` operations that take a JSON body
    /// (unmarked `DELETE` fields still go to the query); `GET` never has one.
    pub fn allows_body(self) -> bool {
        self != Method::Get
    }
}

/// The authorization scheme named by `auth = …`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    /// `auth = merchant`
    Merchant,
    /// `auth = brand`
    Brand,
}

/// The parsed arguments.
pub struct Args {
    /// The method (after an unknown method was reported, its closest guess).
    pub method: Method,
    /// The template literal as written.
    pub template: LitStr,
    /// `response = Type`.
    pub response: Option<Type>,
    /// `auth = scheme`.
    pub auth: Option<Auth>,
    /// `crate = path`.
    pub krate: Option<Path>,
}

const KEYS: [&str; 3] = ["response", "auth", "crate"];

/// Parses the attribute arguments, collecting mistakes into `errors`. `None` when the method or
/// the template is missing (the error is in `errors`).
pub fn parse(tokens: TokenStream, errors: &mut Errors) -> Option<Args> {
    let parser = |input: ParseStream<'_>| parse_args(input, errors);
    match parser.parse2(tokens) {
        Ok(args) => Some(args),
        Err(e) => {
            errors.push_syn(e);
            None
        }
    }
}

fn parse_args(input: ParseStream<'_>, errors: &mut Errors) -> syn::Result<Args> {
    const USAGE: &str =
        "expected `#[endpoint(METHOD, \"/v3/…\")]`, like `#[endpoint(GET, \"/v3/certificates\")]`";
    if input.is_empty() {
        return Err(input.error(USAGE));
    }
    if input.peek(LitStr) {
        return Err(input.error(
            "expected the HTTP method before the path template, like `#[endpoint(GET, \"/v3/…\")]`",
        ));
    }
    let method_ident = input
        .call(Ident::parse_any)
        .map_err(|e| syn::Error::new(e.span(), USAGE))?;
    let method = parse_method(&method_ident, errors);

    if input.is_empty() {
        return Err(syn::Error::new(
            method_ident.span(),
            "expected the path template after the method, like `#[endpoint(GET, \"/v3/…\")]`",
        ));
    }
    input.parse::<Token![,]>()?;
    if !input.peek(LitStr) {
        return Err(input.error("expected the path template as a string, like `\"/v3/…\"`"));
    }
    let template: LitStr = input.parse()?;

    let mut args = Args {
        method,
        template,
        response: None,
        auth: None,
        krate: None,
    };
    let mut seen: Vec<String> = Vec::new();
    while !input.is_empty() {
        input.parse::<Token![,]>()?;
        if input.is_empty() {
            break;
        }
        let key = input.call(Ident::parse_any)?;
        let name = key.to_string();
        if seen.contains(&name) {
            errors.push(
                key.span(),
                format!("duplicate argument `{name}`; remove one"),
            );
        }
        if !input.peek(Token![=]) {
            return Err(input.error(format!("expected `=` after `{name}`, like `{name} = …`")));
        }
        input.parse::<Token![=]>()?;
        match name.as_str() {
            "response" => args.response = Some(input.parse()?),
            "auth" => {
                let scheme = input.call(Ident::parse_any)?;
                args.auth = match scheme.to_string().as_str() {
                    "merchant" => Some(Auth::Merchant),
                    "brand" => Some(Auth::Brand),
                    other => {
                        errors.push(
                            scheme.span(),
                            format!(
                                "unknown auth scheme `{other}`; expected `merchant` or `brand`"
                            ),
                        );
                        None
                    }
                }
            }
            "crate" => args.krate = Some(input.call(Path::parse_mod_style)?),
            other => {
                let hint = match closest(other, &KEYS) {
                    Some(k) => format!("did you mean `{k}`?"),
                    None => "expected `response`, `auth` or `crate`".to_owned(),
                };
                errors.push(key.span(), format!("unknown argument `{other}`; {hint}"));
                skip_value(input)?;
            }
        }
        seen.push(name);
    }
    Ok(args)
}

// Input:  `POTS`
// Output: `Method::Post`, after reporting "unknown HTTP method `POTS`; did you mean `POST`?"
fn parse_method(ident: &Ident, errors: &mut Errors) -> Method {
    let text = ident.to_string();
    if let Some((_, m)) = Method::ALL.iter().find(|(s, _)| *s == text) {
        return *m;
    }
    let upper = text.to_ascii_uppercase();
    let names = Method::ALL.map(|(s, _)| s);
    let (message, guess) = if let Some((s, m)) = Method::ALL.iter().find(|(s, _)| *s == upper) {
        (format!("HTTP methods are written in upper case: `{s}`"), *m)
    } else if let Some(s) = closest(&upper, &names) {
        let m = Method::ALL
            .iter()
            .find(|(n, _)| *n == s)
            .map_or(Method::Get, |(_, m)| *m);
        (
            format!("unknown HTTP method `{text}`; did you mean `{s}`?"),
            m,
        )
    } else {
        (
            format!(
                "unknown HTTP method `{text}`; expected `GET`, `POST`, `PUT`, `PATCH` or `DELETE`"
            ),
            Method::Get,
        )
    };
    errors.push(ident.span(), message);
    guess
}

/// Skips the value of an unknown argument: every token up to the next top-level comma.
fn skip_value(input: ParseStream<'_>) -> syn::Result<()> {
    let mut depth = 0usize;
    while !input.is_empty() {
        if depth == 0 && input.peek(Token![,]) {
            break;
        }
        if input.peek(Token![<]) {
            depth += 1;
        } else if input.peek(Token![>]) {
            depth = depth.saturating_sub(1);
        }
        input.parse::<proc_macro2::TokenTree>()?;
    }
    Ok(())
}

/// The closest candidate within one edit of `word` (two for words of six letters or more).
pub fn closest<'c>(word: &str, candidates: &[&'c str]) -> Option<&'c str> {
    candidates
        .iter()
        .map(|c| (edit_distance(word, c), *c))
        .filter(|(d, _)| *d <= 1 || (*d == 2 && word.chars().count() >= 6))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Optimal string alignment distance (Levenshtein plus transpositions: `POTS` is 1 from `POST`).
#[allow(
    clippy::indexing_slicing,
    reason = "every index is bounded by the loops over the table's own dimensions"
)]
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}
