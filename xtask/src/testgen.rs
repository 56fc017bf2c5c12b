//! Tests generated with the catalog: for every endpoint, the request built from the description's
//! examples is checked byte for byte (path, query, body), and an answer built from the
//! description's examples decodes, in full and with only its required fields.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use heck::ToSnakeCase;

use crate::emit::{Derived, EndpointDef, Field, Kind, Module, PageBy, Place, Side, StructDef};
use crate::spec::Node;

struct Ctx<'a> {
    module: &'a Module,
    modules: &'a BTreeMap<String, Module>,
}

/// A value of a field: the Rust expression that builds it and its JSON.
struct Val {
    rust: String,
    json: String,
    /// The text of a scalar in a query string or path.
    text: String,
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{08}' => out.push_str("\\b"),
            '\u{0c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn example_text(f: &Field) -> String {
    match &f.example {
        Some(n) => n.scalar_text().unwrap_or_else(|| f.wire.clone()),
        None => f.wire.clone(),
    }
}

fn first_scalar(n: Option<&Node>) -> Option<String> {
    match n {
        Some(Node::Seq(items)) => items.first().and_then(Node::scalar_text),
        Some(other) => other.scalar_text(),
        None => None,
    }
}

impl<'a> Ctx<'a> {
    fn path(&self, name: &str) -> String {
        format!("wxpay::{}::{name}", self.module.path)
    }

    /// The module that defines `name` and its name there: a model re-exported from another
    /// module of the family is built with that module's names for its own fields.
    fn resolve(&self, name: &str) -> (Ctx<'a>, String) {
        let here = Ctx {
            module: self.module,
            modules: self.modules,
        };
        match self.module.imports.iter().find(|i| i.local == name) {
            Some(i) => match self.modules.get(&i.module) {
                Some(m) => Ctx {
                    module: m,
                    modules: self.modules,
                }
                .resolve(&i.name),
                None => (here, name.to_owned()),
            },
            None => (here, name.to_owned()),
        }
    }

    fn scalar(&self, kind: &Kind, f: &Field, side: Side, in_vec: bool) -> Val {
        let text = first_scalar(f.example.as_ref()).unwrap_or_else(|| f.wire.clone());
        match kind {
            Kind::Str => Val {
                rust: if in_vec {
                    format!("String::from({text:?})")
                } else {
                    format!("{text:?}")
                },
                json: json_str(&text),
                text,
            },
            Kind::Secret => {
                let cipher = match side {
                    Side::Request => format!("enc:{text}"),
                    Side::Answer => text.clone(),
                };
                Val {
                    rust: if in_vec {
                        format!("wxpay::Sensitive::from({text:?})")
                    } else {
                        format!("{text:?}")
                    },
                    json: json_str(&cipher),
                    text,
                }
            }
            Kind::Int => {
                let n: i64 = text.parse().unwrap_or(1);
                Val {
                    rust: format!("{n}"),
                    json: n.to_string(),
                    text: n.to_string(),
                }
            }
            Kind::Num => match text.parse::<i64>() {
                Ok(n) => Val {
                    rust: if in_vec {
                        format!("serde_json::Number::from({n}_i64)")
                    } else {
                        format!("{n}_i64")
                    },
                    json: n.to_string(),
                    text: n.to_string(),
                },
                Err(_) => {
                    let n: f64 = text.parse().unwrap_or(1.5);
                    let n = if n.is_finite() { n } else { 1.5 };
                    Val {
                        rust: format!("serde_json::Number::from_f64({n:?}).unwrap()"),
                        json: format!("{n:?}"),
                        text: format!("{n:?}"),
                    }
                }
            },
            Kind::Bool => {
                let b = text != "false";
                Val {
                    rust: b.to_string(),
                    json: b.to_string(),
                    text: b.to_string(),
                }
            }
            Kind::Any => Val {
                rust: "serde_json::json!({})".into(),
                json: "{}".into(),
                text: String::new(),
            },
            Kind::Enum(name) => {
                let (owner, name) = self.resolve(name);
                let values = owner
                    .module
                    .enums
                    .iter()
                    .find(|e| e.name == name)
                    .map(|e| e.values.clone())
                    .unwrap_or_default();
                let v = if values.contains(&text) {
                    text
                } else {
                    values.first().cloned().unwrap_or_default()
                };
                Val {
                    rust: format!("{}::from({v:?})", owner.path(&name)),
                    json: json_str(&v),
                    text: v,
                }
            }
            Kind::File => Val {
                rust: format!("wxpay::UploadFile::new({UPLOAD_NAME:?}, &b\"example\"[..])"),
                json: String::new(),
                text: UPLOAD_NAME.into(),
            },
            Kind::Struct(_) | Kind::Vec(_) => self.value(kind, f, side, in_vec, true, 0),
        }
    }

    fn value(
        &self,
        kind: &Kind,
        f: &Field,
        side: Side,
        in_vec: bool,
        full: bool,
        depth: usize,
    ) -> Val {
        match kind {
            Kind::Vec(inner) => {
                let v = self.value(inner, f, side, true, full, depth + 1);
                Val {
                    rust: format!("vec![{}]", v.rust),
                    json: format!("[{}]", v.json),
                    text: v.text,
                }
            }
            Kind::Struct(name) => {
                let (owner, name) = self.resolve(name);
                let Some(s) = owner.module.structs.iter().find(|s| s.name == name) else {
                    return Val {
                        rust: String::new(),
                        json: "{}".into(),
                        text: String::new(),
                    };
                };
                if depth > 12 {
                    return Val {
                        rust: String::new(),
                        json: "{}".into(),
                        text: String::new(),
                    };
                }
                let (rust, json) = owner.object(s, side, full, depth + 1);
                Val {
                    rust,
                    json,
                    text: String::new(),
                }
            }
            _ => self.scalar(kind, f, side, in_vec),
        }
    }

    /// Builds a struct with every field set (`full`) or only the required ones.
    fn object(&self, s: &StructDef, side: Side, full: bool, depth: usize) -> (String, String) {
        let mut args = Vec::new();
        let mut setters = String::new();
        let mut json = Vec::new();
        for f in &s.fields {
            if !f.required && !full {
                continue;
            }
            let v = self.value(&f.kind, f, side, false, full, depth);
            json.push(format!("{}:{}", json_str(&f.wire), v.json));
            if f.required {
                args.push(v.rust);
            } else {
                let _ = write!(setters, ".{}({})", f.ident, v.rust);
            }
        }
        (
            format!("{}::new({}){setters}", self.path(&s.name), args.join(", ")),
            format!("{{{}}}", json.join(",")),
        )
    }
}

/// RFC 3986 unreserved characters stay; everything else is percent-encoded, as the client does.
fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

const UPLOAD_HELPER: &str = "\
/// The parts of an upload: file parts (part name, file name) and text parts (name, value).
#[track_caller]
fn upload<E: Endpoint>(req: &E, parts: &[(&str, &str)], form: &[(&str, &str)]) {
    let sent: Vec<(&str, &str)> = req.files().iter().map(|(p, f)| (*p, f.name())).collect();
    assert_eq!(sent, parts);
    let fields = req.form_fields();
    let sent: Vec<(&str, &str)> = fields.iter().map(|(n, v)| (*n, v.as_str())).collect();
    assert_eq!(sent, form);
}

";

/// The file every generated upload test sends: `example.pdf` holding `example`.
const UPLOAD_NAME: &str = "example.pdf";

/// What `new()` derives from that file: `printf example | openssl dgst -sha256` and `-sm3`.
fn derived_value(d: &Derived) -> String {
    const SHA256: &str = "50d858e0985ecc7f60418aaf0cc5ab587f42c2570a884095a9e8ccacd0f6545c";
    const SM3: &str = "cbb21982b1859d399eceac5200ea524ea393dc8b5acf6a540e66da5fd7979eb3";
    match d {
        Derived::Name => UPLOAD_NAME.into(),
        Derived::Sha256 { upper: false } => SHA256.into(),
        Derived::Sha256 { upper: true } => SHA256.to_ascii_uppercase(),
        Derived::Sm3 => SM3.into(),
        Derived::Literal(v) => v.clone(),
    }
}

fn raw(s: &str) -> String {
    format!("r###\"{s}\"###")
}

/// Writes the wire test of `ep` and returns the request it checks: path, query, JSON body.
fn request_test(
    out: &mut String,
    ctx: &Ctx<'_>,
    ep: &EndpointDef,
    fname: &str,
) -> (String, Option<String>, Option<String>) {
    let mut args = Vec::new();
    let mut setters = String::new();
    let mut path = String::new();
    let mut query = Vec::new();
    let mut body = Vec::new();
    let mut path_values: BTreeMap<String, String> = BTreeMap::new();
    let mut files = Vec::new();
    let mut form = Vec::new();
    for f in &ep.request.fields {
        if let Some(d) = &f.derive {
            // Not set by the test: `new()` derives it from the file.
            body.push(format!(
                "{}:{}",
                json_str(&f.wire),
                json_str(&derived_value(d))
            ));
            continue;
        }
        let v = ctx.value(&f.kind, f, Side::Request, false, true, 0);
        let v = if f.place == Place::Path && v.text.is_empty() {
            Val {
                rust: format!("{:?}", example_text(f)),
                json: String::new(),
                text: example_text(f),
            }
        } else {
            v
        };
        match f.place {
            Place::Path => {
                path_values.insert(f.wire.clone(), v.text.clone());
            }
            Place::File => files.push(format!("({:?}, {:?})", f.wire, v.text)),
            Place::Form => form.push(format!("({:?}, {:?})", f.wire, v.text)),
            Place::Query => {
                let text = match &f.kind {
                    Kind::Secret => format!("enc:{}", v.text),
                    _ => v.text.clone(),
                };
                query.push(format!("{}={}", encode(&f.wire), encode(&text)));
            }
            Place::Body | Place::Nested => {
                let json = if f.encrypt {
                    json_str(&format!("enc:{}", v.text))
                } else {
                    v.json.clone()
                };
                body.push(format!("{}:{json}", json_str(&f.wire)));
            }
        }
        if f.required {
            args.push(v.rust);
        } else {
            let _ = write!(setters, ".{}({})", f.ident, v.rust);
        }
    }
    for seg in ep.template.split('/') {
        if seg.is_empty() {
            continue;
        }
        path.push('/');
        if let Some(name) = seg.strip_prefix('<').and_then(|s| s.strip_suffix('>')) {
            path.push_str(&encode(path_values.get(name).map_or("", String::as_str)));
        } else {
            path.push_str(seg);
        }
    }
    if ep.template.ends_with('/') {
        path.push('/');
    }
    let has_body = matches!(ep.op.method.as_str(), "POST" | "PUT" | "PATCH")
        || (ep.op.method == "DELETE" && !body.is_empty());
    let query = (!query.is_empty()).then(|| query.join("&"));
    let body = has_body.then(|| format!("{{{}}}", body.join(",")));
    let example = (path.clone(), query.clone(), body.clone());
    let query = match &query {
        None => "None".to_owned(),
        Some(q) => format!("Some({})", raw(q)),
    };
    let body = match &body {
        None => "None".to_owned(),
        Some(b) => format!("Some({})", raw(b)),
    };
    let files = if files.is_empty() {
        String::new()
    } else {
        format!(
            "\n    upload(&req, &[{}], &[{}]);",
            files.join(", "),
            form.join(", ")
        )
    };
    let _ = writeln!(
        out,
        "#[test]\nfn {fname}() {{\n    let req = {}::new({}){setters};\n    wire(&req, {path:?}, {query}, {body});{files}\n}}\n",
        ctx.path(&ep.entry.name),
        args.join(", "),
    );
    example
}

fn answer_test(out: &mut String, ctx: &Ctx<'_>, ep: &EndpointDef, fname: &str) {
    let Some(Kind::Struct(name)) = &ep.response_kind else {
        return;
    };
    let (owner, origin) = ctx.resolve(name);
    let Some(s) = owner.module.structs.iter().find(|s| s.name == origin) else {
        return;
    };
    let (_, full) = owner.object(s, Side::Answer, true, 0);
    let (_, min) = owner.object(s, Side::Answer, false, 0);
    let _ = writeln!(
        out,
        "#[test]\nfn {fname}_answer() {{\n    decode::<{}>({});\n    decode::<{}>({});\n}}\n",
        ctx.path(name),
        raw(&full),
        ctx.path(name),
        raw(&min),
    );
}

pub fn tests(modules: &BTreeMap<String, Module>, header: &str) -> String {
    let mut out = String::from(header);
    out.push_str(
        "//! Generated wire and decode tests of the catalog: every request built from the\n\
         //! description's examples, byte for byte, and every answer example decoded.\n\n\
         use wxpay::{Encryptor, Endpoint, Error};\n\n\
         /// Marks what the client would encrypt, so the test sees which fields are sensitive.\n\
         struct Marker;\n\n\
         impl Encryptor for Marker {\n\
             fn encrypt(&self, plaintext: &str) -> Result<String, Error> {\n\
                 Ok(format!(\"enc:{plaintext}\"))\n\
             }\n\
             fn to_owned_encryptor(&self) -> Option<Box<dyn Encryptor>> {\n\
                 Some(Box::new(Marker))\n\
             }\n\
         }\n\n\
         #[track_caller]\n\
         fn wire<E: Endpoint>(req: &E, path: &str, query: Option<&str>, body: Option<&str>) {\n\
             assert_eq!(req.path().unwrap(), path);\n\
             let sent = wxpay::__private::with_encryptor(&Marker, || req.query()).unwrap();\n\
             assert_eq!(sent.as_deref(), query);\n\
             let sent = req.body(&Marker).unwrap();\n\
             assert_eq!(sent.as_deref().map(|b| std::str::from_utf8(b).unwrap()), body);\n\
         }\n\n\
         #[track_caller]\n\
         fn decode<T: serde::de::DeserializeOwned>(json: &str) {\n\
             if let Err(e) = serde_json::from_str::<T>(json) {\n\
                 panic!(\"{e}: {json}\");\n\
             }\n\
         }\n\n",
    );
    let uploads = modules.values().any(|m| {
        m.endpoints
            .iter()
            .any(|ep| ep.request.fields.iter().any(|f| f.kind == Kind::File))
    });
    if uploads {
        out.push_str(UPLOAD_HELPER);
    }
    for (path, m) in modules {
        let ctx = Ctx { module: m, modules };
        for ep in &m.endpoints {
            let fname = format!(
                "{}_{}",
                path.replace("::", "_"),
                ep.entry.name.to_snake_case()
            );
            request_test(&mut out, &ctx, ep, &fname);
            answer_test(&mut out, &ctx, ep, &fname);
        }
    }
    out
}

/// A request field's shape for the sandbox's checks: `n` wire name, `t` JSON type, `r` required,
/// `f` an object's fields, `i` an array's item.
fn field_schema(ctx: &Ctx<'_>, kind: &Kind, depth: usize) -> serde_json::Value {
    use serde_json::json;
    match kind {
        Kind::Str | Kind::Secret | Kind::Enum(_) => json!({ "t": "string" }),
        Kind::Int => json!({ "t": "integer" }),
        Kind::Num => json!({ "t": "number" }),
        Kind::Bool => json!({ "t": "boolean" }),
        Kind::Any | Kind::File => json!({ "t": "any" }),
        Kind::Vec(inner) => json!({ "t": "array", "i": field_schema(ctx, inner, depth + 1) }),
        Kind::Struct(name) => {
            let (owner, name) = ctx.resolve(name);
            match owner.module.structs.iter().find(|s| s.name == name) {
                Some(s) if depth < 12 => json!({
                    "t": "object",
                    "f": s.fields.iter().map(|f| named(&owner, f, depth + 1)).collect::<Vec<_>>(),
                }),
                _ => json!({ "t": "object" }),
            }
        }
    }
}

fn named(ctx: &Ctx<'_>, f: &Field, depth: usize) -> serde_json::Value {
    let mut v = field_schema(ctx, &f.kind, depth);
    if let Some(o) = v.as_object_mut() {
        o.insert("n".into(), f.wire.clone().into());
        o.insert("r".into(), f.required.into());
    }
    v
}

/// The data the sandbox answers every catalog operation with (`wxpay/src/sandbox/operations.json`):
/// per operation its method, path pattern, query and body fields with their types and
/// required-ness, the answer's status, and an example answer built from the description's examples.
pub fn sandbox_data(modules: &BTreeMap<String, Module>) -> String {
    use serde_json::json;
    let mut ops = Vec::new();
    for m in modules.values() {
        let ctx = Ctx { module: m, modules };
        for ep in &m.endpoints {
            let fields = |place: Place| -> Vec<serde_json::Value> {
                ep.request
                    .fields
                    .iter()
                    .filter(|f| f.place == place)
                    .map(|f| {
                        let mut v = named(&ctx, f, 0);
                        // The client fills these; a request without them is still complete.
                        if f.fill {
                            v["r"] = true.into();
                        }
                        v
                    })
                    .collect()
            };
            let answer = match &ep.response_kind {
                Some(Kind::Struct(name)) => {
                    let (owner, origin) = ctx.resolve(name);
                    owner
                        .module
                        .structs
                        .iter()
                        .find(|s| s.name == origin)
                        .map(|s| owner.object(s, Side::Answer, true, 0).1)
                        .and_then(|j| serde_json::from_str::<serde_json::Value>(&j).ok())
                        .unwrap_or_else(|| json!({}))
                }
                Some(Kind::Vec(_)) => json!([]),
                Some(_) => json!({}),
                None => serde_json::Value::Null,
            };
            let pattern = ep.template.replace('<', "{").replace('>', "}");
            let (path, query, body) = request_test(&mut String::new(), &ctx, ep, "");
            let body = body.and_then(|b| serde_json::from_str::<serde_json::Value>(&b).ok());
            let status: u16 = match ep.op.status.parse() {
                Ok(s) if ep.op.download => s,
                Ok(s) if answer.is_null() && s == 200 => 204,
                Ok(s) => s,
                Err(_) => 200,
            };
            let mut op = json!({
                "method": ep.op.method,
                "pattern": pattern,
                "type": format!("{}::{}", m.path, ep.entry.name),
                "query": fields(Place::Query),
                "body": fields(Place::Body),
                "files": ep.request.fields.iter().filter(|f| f.place == Place::File).map(|f| f.wire.clone()).collect::<Vec<_>>(),
                "form": fields(Place::Form),
                "status": status,
                "download": ep.op.download,
                "answer": answer,
                "example": { "path": path, "query": query, "body": body },
            });
            // A paged list (`impl Paged`): the sandbox pages its answer (wire names).
            if let Some(p) = &ep.paged {
                op["paged"] = json!({
                    "items": p.items_wire,
                    "size": p.size_wire,
                    "by": match p.by {
                        PageBy::Offset => "offset",
                        PageBy::Token => "token",
                        PageBy::Number => "number",
                    },
                });
            }
            ops.push(op);
        }
    }
    let mut out = serde_json::to_string(&ops).unwrap_or_default();
    out.push('\n');
    out
}
