//! The path template: a small hand parser, no regex, independent of syn so it can be unit-tested
//! on plain strings. Errors carry byte ranges into the template; the caller maps them to spans.

use std::ops::Range;

/// The prefixes a template may start with.
pub const PREFIXES: [&str; 4] = ["/v3/", "/brand/", "/hk/v3/", "/global/v3/"];

/// One piece of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// Text copied to the path as it is.
    Literal(String),
    /// `<name>`: the value of field `name`, percent-encoded as one path segment.
    Param(Placeholder),
}

/// A `<name>` placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placeholder {
    /// The name between `<` and `>`.
    pub name: String,
    /// Byte range of `<name>` in the template.
    pub range: Range<usize>,
}

/// A mistake in the template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    /// Byte range of the offending text in the template.
    pub range: Range<usize>,
    /// The message, naming the fix.
    pub message: String,
}

/// A parsed template: its pieces and the mistakes found on the way.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    /// Literal text and well-formed placeholders, in order.
    pub segments: Vec<Segment>,
    /// Every mistake found.
    pub errors: Vec<TemplateError>,
}

impl Parsed {
    /// The well-formed placeholders, in order.
    pub fn placeholders(&self) -> impl Iterator<Item = &Placeholder> {
        self.segments.iter().filter_map(|s| match s {
            Segment::Param(p) => Some(p),
            Segment::Literal(_) => None,
        })
    }
}

// Input:  "/v3/cards/<card_id>/codes/<code>/unavailable"
// Output: [Literal("/v3/cards/"), Param(card_id), Literal("/codes/"), Param(code),
//          Literal("/unavailable")], plus every mistake with its byte range.
/// Splits `template` into literal text and `<name>` placeholders.
pub fn parse(template: &str) -> Parsed {
    let mut out = Parsed::default();
    if !PREFIXES.iter().any(|p| template.starts_with(p)) {
        out.errors.push(TemplateError {
            range: 0..template.len(),
            message: format!(
                "path template must start with `/v3/` (`/hk/v3/`, `/global/v3/` on the overseas hosts) or `/brand/`, found `{template}`; write the full path, like `/v3/marketing/…`"
            ),
        });
    }
    let mut literal = String::new();
    let mut chars = template.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '<' => {
                // The placeholder runs to the next `>`; a `/`, `<` or the end first means unclosed.
                let mut end = None;
                let mut stop = template.len();
                while let Some(&(j, d)) = chars.peek() {
                    if d == '>' {
                        chars.next();
                        end = Some(j);
                        break;
                    }
                    if d == '/' || d == '<' {
                        stop = j;
                        break;
                    }
                    chars.next();
                }
                let Some(end) = end else {
                    let text = &template[i..stop];
                    out.errors.push(TemplateError {
                        range: i..stop,
                        message: format!("unclosed placeholder `{text}`; close it with `>`"),
                    });
                    continue;
                };
                let name = &template[i + 1..end];
                let range = i..end + 1;
                if name.is_empty() {
                    out.errors.push(TemplateError {
                        range,
                        message: "empty placeholder `<>`; put a field name inside, like `<card_id>`".into(),
                    });
                } else if !is_identifier(name) {
                    out.errors.push(TemplateError {
                        range,
                        message: format!(
                            "placeholder `<{name}>` is not a field name; use a Rust identifier, like `<card_id>`"
                        ),
                    });
                } else if out.placeholders().any(|p| p.name == name) {
                    out.errors.push(TemplateError {
                        range,
                        message: format!(
                            "duplicate placeholder `<{name}>`; a path parameter can appear only once"
                        ),
                    });
                } else {
                    if !literal.is_empty() {
                        out.segments.push(Segment::Literal(std::mem::take(&mut literal)));
                    }
                    out.segments.push(Segment::Param(Placeholder { name: name.to_owned(), range }));
                }
            }
            '>' => out.errors.push(TemplateError {
                range: i..i + 1,
                message: "unmatched `>` in path template; placeholders are written `<name>`".into(),
            }),
            '{' => {
                let end = template[i..].find('}').map_or(i + 1, |k| i + k + 1);
                let name = template[i..end].trim_matches(['{', '}']);
                out.errors.push(TemplateError {
                    range: i..end,
                    message: format!(
                        "placeholders are written `<{name}>`, not `{{{name}}}`; use angle brackets"
                    ),
                });
                while chars.peek().is_some_and(|&(j, _)| j < end) {
                    chars.next();
                }
            }
            '?' => out.errors.push(TemplateError {
                range: i..template.len(),
                message: "path template may not contain `?`; declare query parameters as `#[query]` fields".into(),
            }),
            '#' => out.errors.push(TemplateError {
                range: i..template.len(),
                message: "path template may not contain `#`; a request has no fragment".into(),
            }),
            c if c.is_whitespace() => out.errors.push(TemplateError {
                range: i..i + c.len_utf8(),
                message: "path template may not contain whitespace; remove it or percent-encode it".into(),
            }),
            c => literal.push(c),
        }
    }
    if !literal.is_empty() {
        out.segments.push(Segment::Literal(literal));
    }
    out
}

/// Whether `s` can name a field: an identifier (keywords included, as in `r#type`), not `_`.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    s != "_" && chars.all(|c| c == '_' || c.is_alphanumeric())
}
