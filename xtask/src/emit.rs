//! Rust code for one catalog module: request structs with `#[endpoint]`, their builders, the
//! request and answer models, and the string enums.
//!
//! Rules (see `xtask/README.md`): a request never reuses an answer model; two models on the same
//! side of the same module are one type only when their shape is identical; an answer field is
//! `Option` unless the description (after corrections) says it is always returned.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::rc::Rc;

use heck::{ToPascalCase, ToSnakeCase};

use crate::config::NameEntry;
use crate::model::{Operation, Prop, Schema, Ty};
use crate::spec::Node;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Side {
    Request,
    Answer,
}

/// A Rust type of a field, kept structured so tests can build values of it.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Str,
    Int,
    Num,
    Bool,
    Any,
    Enum(String),
    Struct(String),
    Vec(Box<Kind>),
    /// A nested sensitive request field (`Sensitive`), or an encrypted answer field (`Ciphertext`).
    Secret,
    /// A file part of a multipart upload.
    File,
}

impl Kind {
    fn rust(&self, side: Side) -> String {
        match self {
            Kind::Str => "String".into(),
            Kind::Int => "i64".into(),
            // The description says only "a JSON number": `Number` keeps an integer an
            // integer on the wire (an `f64` would send `12535.0` for an id).
            Kind::Num => "serde_json::Number".into(),
            Kind::Bool => "bool".into(),
            Kind::Any => "serde_json::Value".into(),
            Kind::Enum(n) | Kind::Struct(n) => n.clone(),
            Kind::Vec(k) => format!("Vec<{}>", k.rust(side)),
            Kind::Secret => match side {
                Side::Request => "crate::Sensitive".into(),
                Side::Answer => "crate::Ciphertext".into(),
            },
            Kind::File => "crate::UploadFile".into(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Field {
    pub wire: String,
    pub ident: String,
    pub kind: Kind,
    pub required: bool,
    pub doc: String,
    pub example: Option<Node>,
    /// Top-level request field encrypted by the macro (`#[encrypt]`).
    pub encrypt: bool,
    pub place: Place,
    /// `mchid` / `sp_mchid`: the client fills it when the caller leaves it unset.
    pub fill: bool,
    /// An upload's `meta` field that `new()` derives from the file (name, digest): the Rust
    /// expression over `file`.
    pub derive: Option<Derived>,
}

/// How an upload's `meta` field is derived from its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Derived {
    Name,
    Sha256 {
        upper: bool,
    },
    Sm3,
    /// The digest algorithm's name, as the description writes it.
    Literal(String),
}

impl Derived {
    pub fn expr(&self, file: &str) -> String {
        match self {
            Derived::Name => format!("{file}.name().to_owned()"),
            Derived::Sha256 { upper: false } => format!("{file}.sha256_hex()"),
            Derived::Sha256 { upper: true } => format!("{file}.sha256_hex().to_ascii_uppercase()"),
            Derived::Sm3 => format!("{file}.sm3_hex()"),
            Derived::Literal(v) => format!("String::from({v:?})"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Path,
    Query,
    Body,
    Nested,
    File,
    Form,
}

#[derive(Debug, Clone)]
pub struct StructDef {
    pub name: String,
    pub side: Side,
    pub doc: String,
    pub fields: Vec<Field>,
}

#[derive(Debug, Clone)]
pub struct EnumDef {
    pub name: String,
    pub doc: String,
    pub values: Vec<String>,
}

/// One generated endpoint, for the module file, ENDPOINTS.md and the tests.
#[derive(Debug, Clone)]
pub struct EndpointDef {
    pub entry: NameEntry,
    pub op: Operation,
    pub template: String,
    pub request: StructDef,
    /// The Rust answer type (`()`, a struct, `Vec<…>`, `serde_json::Value`).
    pub response: String,
    pub response_kind: Option<Kind>,
    /// A paged list: the generator implements `Paged` for it.
    pub paged: Option<PagedDef>,
}

/// How a paged list's request and answer keep its offset (or page token), page size, items
/// and total (see `xtask/README.md`, "Paged lists").
#[derive(Debug, Clone)]
pub struct PagedDef {
    /// The Rust type of one item of the answer's list.
    pub item: String,
    /// The answer's list field (`data`, or the answer's only array) and whether it is always
    /// returned (not an `Option`).
    pub items: String,
    pub items_wire: String,
    pub items_required: bool,
    /// The request's page-size field (`limit`, `count` or `page_size`): Rust and wire names.
    pub size: String,
    pub size_wire: String,
    /// How the next page is asked for.
    pub by: PageBy,
    /// The Rust names of the answer's number fields for the total (`total_count` or
    /// `total_num`), the page size (`limit`, or `page_size` of a list walked by number) and the
    /// offset (`offset`).
    pub total: Option<String>,
    pub limit: Option<String>,
    pub offset: Option<String>,
}

/// How a paged list asks for its next page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageBy {
    /// The request's `offset`: items so far.
    Offset,
    /// The request's `page_token`, from the answer's `next_page_token`.
    Token,
    /// The request's `page_index`, the first page numbered 1.
    Number,
}

/// A number field (`i64` or `serde_json::Number`).
fn is_number(k: &Kind) -> bool {
    matches!(k, Kind::Int | Kind::Num)
}

/// The detection rule: a request with a number `offset` and a number page size (`limit`,
/// `count` or `page_size`), a text `page_token` and a number `page_size` whose answer has a
/// text `next_page_token`, or a number `page_index` and `page_size`; and an answer object whose
/// list is an array `data`, or its only array field.
fn paged_def(request: &StructDef, answer: Option<&StructDef>) -> Option<PagedDef> {
    let has = |wire: &str, number: bool| {
        request.fields.iter().any(|f| {
            f.wire == wire
                && matches!(f.place, Place::Query | Place::Body)
                && if number {
                    is_number(&f.kind)
                } else {
                    f.kind == Kind::Str
                }
        })
    };
    let answer = answer?;
    let answer_has = |wire: &str, number: bool| {
        answer.fields.iter().any(|f| {
            f.wire == wire
                && if number {
                    is_number(&f.kind)
                } else {
                    f.kind == Kind::Str
                }
        })
    };
    // The Rust name of the first of `wires` the answer has as a number.
    let answer_number = |wires: &[&str]| {
        wires
            .iter()
            .find_map(|w| {
                answer
                    .fields
                    .iter()
                    .find(|f| f.wire == *w && is_number(&f.kind))
            })
            .map(|f| f.ident.clone())
    };
    let (by, size) = if has("offset", true) {
        let size = ["limit", "count", "page_size"]
            .into_iter()
            .find(|w| has(w, true))?;
        (PageBy::Offset, size)
    } else if has("page_token", false)
        && has("page_size", true)
        && answer_has("next_page_token", false)
    {
        (PageBy::Token, "page_size")
    } else if has("page_index", true) && has("page_size", true) {
        (PageBy::Number, "page_size")
    } else {
        return None;
    };
    let arrays: Vec<&Field> = answer
        .fields
        .iter()
        .filter(|f| matches!(f.kind, Kind::Vec(_)))
        .collect();
    let list = match arrays.iter().find(|f| f.wire == "data") {
        Some(data) => *data,
        None if arrays.len() == 1 => arrays[0],
        None => return None,
    };
    let Kind::Vec(item) = &list.kind else {
        return None;
    };
    Some(PagedDef {
        item: item.rust(Side::Answer),
        items: list.ident.clone(),
        items_wire: list.wire.clone(),
        items_required: list.required,
        size: request
            .fields
            .iter()
            .find(|f| f.wire == size)?
            .ident
            .clone(),
        size_wire: size.to_owned(),
        by,
        total: answer_number(&["total_count", "total_num"]),
        limit: answer_number(match by {
            PageBy::Number => &["page_size"],
            _ => &["limit"],
        }),
        offset: answer_number(&["offset"]),
    })
}

/// The models of one product family (one cargo feature), by shape: a nested model whose shape
/// another module of the family already has is re-exported from there, not defined again.
#[derive(Default)]
pub struct Family {
    by_shape: BTreeMap<(Side, String), (String, String)>,
    enums: BTreeMap<Vec<String>, (String, String)>,
}

/// A model of another module of the family, re-exported under this module's name for it.
#[derive(Debug, Clone)]
pub struct Import {
    pub module: String,
    pub name: String,
    pub local: String,
}

#[derive(Default)]
pub struct Module {
    pub path: String,
    pub endpoints: Vec<EndpointDef>,
    pub structs: Vec<StructDef>,
    pub enums: Vec<EnumDef>,
    pub imports: Vec<Import>,
    family: Option<Rc<RefCell<Family>>>,
    /// Local struct name → `module::Name` of its definition (shapes compare these).
    canon: BTreeMap<String, String>,
    taken: BTreeSet<String>,
    by_shape: BTreeMap<(Side, String), String>,
    enum_by_values: BTreeMap<Vec<String>, String>,
    root_shapes: BTreeMap<String, String>,
    requests: BTreeSet<String>,
}

/// Field names too generic to name an enum alone.
const GENERIC: &[&str] = &[
    "type", "state", "status", "mode", "scene", "kind", "result", "reason", "channel", "level",
];

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// Marks the `meta` fields of an upload that `new()` derives from the (first) file: its name
/// (`filename`, `file_name`), its SHA-256 (`sha256`, `file_digest`; upper-case hex where the
/// description's example is), or its SM3 (`digest`, where the algorithm field's example names
/// SM3), and the algorithm field itself (its example).
fn derive_meta(fields: &mut [Field]) {
    let example = |f: &Field| {
        f.example
            .as_ref()
            .and_then(Node::scalar_text)
            .unwrap_or_default()
    };
    let sm3 = fields.iter().find_map(|f| {
        let algorithm = matches!(f.wire.as_str(), "digest_algorithm" | "digest_alogrithm");
        let e = example(f);
        (algorithm && f.kind == Kind::Str && e.contains("SM3")).then_some(e)
    });
    for f in fields.iter_mut() {
        if f.place != Place::Body || f.kind != Kind::Str {
            continue;
        }
        let e = example(f);
        f.derive = match f.wire.as_str() {
            "filename" | "file_name" => Some(Derived::Name),
            "sha256" => Some(Derived::Sha256 { upper: false }),
            "file_digest" => Some(Derived::Sha256 {
                upper: !e.is_empty()
                    && e.chars()
                        .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()),
            }),
            "digest" if sm3.is_some() => Some(Derived::Sm3),
            "digest_algorithm" | "digest_alogrithm" => sm3.clone().map(Derived::Literal),
            _ => None,
        };
    }
}

pub fn ident(wire: &str) -> String {
    let mut s = wire.to_snake_case();
    if s.is_empty() || s.starts_with(|c: char| c.is_ascii_digit()) {
        s = format!("f_{s}");
    }
    if matches!(s.as_str(), "self" | "super" | "crate") {
        format!("{s}_")
    } else if KEYWORDS.contains(&s.as_str()) {
        format!("r#{s}")
    } else {
        s
    }
}

fn doc_line(s: &str) -> String {
    s.replace(['\r', '\n'], " ").trim().to_owned()
}

impl Module {
    pub fn new(path: &str, family: Rc<RefCell<Family>>) -> Module {
        Module {
            path: path.to_owned(),
            family: Some(family),
            ..Module::default()
        }
    }

    /// Where a struct of this module is defined (`module::Name`).
    fn canonical(&self, name: &str) -> String {
        self.canon
            .get(name)
            .cloned()
            .unwrap_or_else(|| format!("{}::{name}", self.path))
    }

    /// A kind as shapes compare it: structs by where they are defined.
    fn canon_kind(&self, k: &Kind, side: Side) -> String {
        match k {
            Kind::Struct(n) | Kind::Enum(n) => self.canonical(n),
            Kind::Vec(k) => format!("Vec<{}>", self.canon_kind(k, side)),
            k => k.rust(side),
        }
    }

    /// Uses `module::origin` here under the name `local`.
    fn reexport(&mut self, module: String, origin: String, local: &str) {
        self.canon
            .insert(local.to_owned(), format!("{module}::{origin}"));
        self.imports.push(Import {
            module,
            name: origin,
            local: local.to_owned(),
        });
    }

    fn share(&self, side: Side, shape: &str, name: &str) {
        if let Some(family) = &self.family {
            family
                .borrow_mut()
                .by_shape
                .entry((side, shape.to_owned()))
                .or_insert_with(|| (self.path.clone(), name.to_owned()));
        }
    }

    /// Reserves the request and answer names of all operations first, so that a nested model
    /// never takes the name of an endpoint. Answer names may repeat (shared answers).
    pub fn reserve(&mut self, name: &str, request: bool) -> Result<(), String> {
        if !self.taken.insert(name.to_owned()) && request {
            return Err(format!("`{}::{name}` is declared twice", self.path));
        }
        if request {
            self.requests.insert(name.to_owned());
        } else if self.requests.contains(name) {
            return Err(format!(
                "`{}::{name}` is a request and an answer",
                self.path
            ));
        }
        Ok(())
    }

    fn fresh(&mut self, preferred: &str) -> String {
        let mut name = preferred.to_owned();
        let mut n = 2;
        while self.taken.contains(&name) {
            name = format!("{preferred}{n}");
            n += 1;
        }
        self.taken.insert(name.clone());
        name
    }

    pub fn add(&mut self, entry: &NameEntry, op: &Operation) -> Result<(), String> {
        let key = op.key();
        for name in crate::model::placeholders(&op.path) {
            if !op.path_params.iter().any(|p| p.name == name) {
                return Err(format!(
                    "{key}: placeholder `{{{name}}}` has no path parameter; add a correction"
                ));
            }
        }
        let mut fields = Vec::new();
        for name in &op.files {
            fields.push(Field {
                wire: name.clone(),
                ident: ident(name),
                kind: Kind::File,
                required: true,
                doc: "The file to upload; `new()` fills the `meta` fields derived from it.".into(),
                example: None,
                encrypt: false,
                place: Place::File,
                fill: false,
                derive: None,
            });
        }
        for p in &op.path_params {
            fields.push(self.field(&entry.name, p, Side::Request, Place::Path)?);
        }
        for p in &op.query {
            fields.push(self.field(&entry.name, p, Side::Request, Place::Query)?);
        }
        if op.method == "GET" && !op.body.is_empty() {
            return Err(format!("{key}: a body on {}", op.method));
        }
        for p in &op.body {
            fields.push(self.field(&entry.name, p, Side::Request, Place::Body)?);
        }
        for p in &op.form {
            fields.push(self.field(&entry.name, p, Side::Request, Place::Form)?);
        }
        if !op.files.is_empty() {
            derive_meta(&mut fields);
        }
        let mut seen = BTreeSet::new();
        for f in &fields {
            if !seen.insert(f.ident.clone()) {
                return Err(format!("{key}: field `{}` twice", f.wire));
            }
        }
        let request = StructDef {
            name: entry.name.clone(),
            side: Side::Request,
            doc: String::new(),
            fields,
        };
        let answer_name = entry
            .response
            .clone()
            .unwrap_or_else(|| format!("{}Response", entry.name));
        let answer_doc = match op.response.as_ref().map(|s| doc_line(&s.desc)) {
            Some(d) if !d.is_empty() => d,
            _ => format!("The answer of [`{}`].", entry.name),
        };
        let (response, response_kind) = match &op.response {
            _ if op.download => ("crate::Download".to_owned(), None),
            None => ("()".to_owned(), None),
            Some(s) => match &s.ty {
                // `202 Accepted` with `schema: {}`: the request was taken, nothing comes back.
                Ty::Obj(props) if props.is_empty() && op.status == "202" => ("()".to_owned(), None),
                Ty::Obj(props) if props.is_empty() => {
                    ("serde_json::Value".to_owned(), Some(Kind::Any))
                }
                Ty::Obj(props) => {
                    let k = self
                        .answer_root(&answer_name, props, &answer_doc)
                        .map_err(|e| format!("{key}: {e}"))?;
                    (k.rust(Side::Answer), Some(k))
                }
                _ => {
                    let k = self.kind(&answer_name, "item", s, Side::Answer, false)?;
                    (k.rust(Side::Answer), Some(k))
                }
            },
        };
        let template = op
            .path
            .split('/')
            .map(|seg| {
                if seg.starts_with('{') && seg.ends_with('}') {
                    format!("<{}>", &seg[1..seg.len() - 1])
                } else {
                    seg.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("/");
        let answer = match &response_kind {
            Some(Kind::Struct(name)) => self.structs.iter().find(|s| s.name == *name),
            _ => None,
        };
        let paged = paged_def(&request, answer);
        self.endpoints.push(EndpointDef {
            entry: entry.clone(),
            op: op.clone(),
            template,
            request,
            response,
            response_kind,
            paged,
        });
        Ok(())
    }

    /// The answer's top-level struct takes the name the names table gives; two operations may
    /// share it only if their answers have the same shape.
    fn answer_root(&mut self, name: &str, props: &[Prop], desc: &str) -> Result<Kind, String> {
        let (shape, fields) = self.shape_of(name, props, Side::Answer)?;
        if let Some(existing) = self.root_shapes.get(name) {
            if *existing == shape {
                return Ok(Kind::Struct(name.to_owned()));
            }
            return Err(format!(
                "`{}::{name}` names two different answer shapes",
                self.path
            ));
        }
        self.root_shapes.insert(name.to_owned(), shape.clone());
        self.share(Side::Answer, &shape, name);
        self.by_shape
            .entry((Side::Answer, shape))
            .or_insert_with(|| name.to_owned());
        self.structs.push(StructDef {
            name: name.to_owned(),
            side: Side::Answer,
            doc: doc_line(desc),
            fields,
        });
        Ok(Kind::Struct(name.to_owned()))
    }

    fn shape_of(
        &mut self,
        owner: &str,
        props: &[Prop],
        side: Side,
    ) -> Result<(String, Vec<Field>), String> {
        let mut fields = Vec::new();
        for p in props {
            fields.push(self.field(owner, p, side, Place::Nested)?);
        }
        let mut shape = String::new();
        for f in &fields {
            let _ = write!(
                shape,
                "{}:{}:{}:{};",
                f.wire,
                self.canon_kind(&f.kind, side),
                f.required,
                f.encrypt
            );
        }
        Ok((shape, fields))
    }

    fn field(&mut self, owner: &str, p: &Prop, side: Side, place: Place) -> Result<Field, String> {
        let top_secret = place == Place::Body && p.sensitive && matches!(p.schema.ty, Ty::Str);
        let kind = if top_secret {
            Kind::Str
        } else {
            self.kind(owner, &p.name, &p.schema, side, p.sensitive)?
        };
        let mut doc = doc_line(&p.schema.desc);
        if doc.is_empty() {
            doc = format!("`{}`", p.name);
        }
        if p.sensitive {
            doc.push_str(match side {
                Side::Request => " (sensitive: encrypted with the WeChat Pay key when sent)",
                Side::Answer => " (sensitive: encrypted; decrypt with `Client::decrypt`)",
            });
        }
        // The client knows its own merchant id (a service provider's is the `sp_mchid`).
        let fill = matches!(place, Place::Query | Place::Body)
            && side == Side::Request
            && matches!(p.name.as_str(), "mchid" | "sp_mchid")
            && p.required
            && kind == Kind::Str;
        if fill {
            doc.push_str(" (the client's merchant id when not set)");
        }
        let required = match place {
            Place::Path => true,
            _ => p.required && !fill,
        };
        Ok(Field {
            wire: p.name.clone(),
            ident: ident(&p.name),
            kind,
            required,
            doc,
            example: p.schema.example.clone(),
            encrypt: top_secret,
            place,
            fill,
            derive: None,
        })
    }

    fn kind(
        &mut self,
        owner: &str,
        field: &str,
        s: &Schema,
        side: Side,
        sensitive: bool,
    ) -> Result<Kind, String> {
        Ok(match &s.ty {
            Ty::Str if sensitive => Kind::Secret,
            Ty::Str if !s.enum_values.is_empty() => Kind::Enum(self.enum_for(owner, field, s)),
            Ty::Str => Kind::Str,
            Ty::Int => Kind::Int,
            Ty::Num => Kind::Num,
            Ty::Bool => Kind::Bool,
            Ty::Any => Kind::Any,
            Ty::Obj(props) if props.is_empty() => Kind::Any,
            Ty::Arr(items) => Kind::Vec(Box::new(self.kind(owner, field, items, side, sensitive)?)),
            Ty::Obj(props) => {
                let preferred = format!("{owner}{}", field.to_pascal_case());
                let (shape, fields) = self.shape_of(&preferred, props, side)?;
                if let Some(name) = self.by_shape.get(&(side, shape.clone())) {
                    return Ok(Kind::Struct(name.clone()));
                }
                let shared = self
                    .family
                    .as_ref()
                    .and_then(|f| f.borrow().by_shape.get(&(side, shape.clone())).cloned());
                if let Some((module, origin)) = shared.filter(|(m, _)| *m != self.path) {
                    let local = self.fresh(&preferred);
                    self.reexport(module, origin, &local);
                    self.by_shape.insert((side, shape), local.clone());
                    return Ok(Kind::Struct(local));
                }
                let name = self.fresh(&preferred);
                self.share(side, &shape, &name);
                self.by_shape.insert((side, shape), name.clone());
                self.structs.push(StructDef {
                    name: name.clone(),
                    side,
                    doc: doc_line(&s.desc),
                    fields,
                });
                Kind::Struct(name)
            }
        })
    }

    fn enum_for(&mut self, owner: &str, field: &str, s: &Schema) -> String {
        let mut values = s.enum_values.clone();
        values.dedup();
        if let Some(name) = self.enum_by_values.get(&values) {
            return name.clone();
        }
        // A generic field name (`type`, `state` …) says little alone: the owner qualifies it.
        let base = field.to_pascal_case();
        let name = if GENERIC.contains(&field) || self.taken.contains(&base) {
            self.fresh(&format!("{owner}{base}"))
        } else {
            self.fresh(&base)
        };
        self.enum_by_values.insert(values.clone(), name.clone());
        let shared = self
            .family
            .as_ref()
            .and_then(|f| f.borrow().enums.get(&values).cloned());
        if let Some((module, origin)) = shared.filter(|(m, _)| *m != self.path) {
            self.reexport(module, origin, &name);
            return name;
        }
        if let Some(family) = &self.family {
            family
                .borrow_mut()
                .enums
                .entry(values.clone())
                .or_insert_with(|| (self.path.clone(), name.clone()));
        }
        self.enums.push(EnumDef {
            name: name.clone(),
            doc: doc_line(&s.desc),
            values,
        });
        name
    }
}

// ---------------------------------------------------------------------------------------------
// Rendering

pub fn variant_name(value: &str, taken: &mut BTreeSet<String>) -> String {
    let mut v = value.to_pascal_case();
    if v.is_empty() || !v.starts_with(|c: char| c.is_ascii_alphabetic()) {
        v = format!("V{v}");
    }
    if !v.chars().all(|c| c.is_ascii_alphanumeric()) {
        v = format!("V{}", taken.len());
    }
    if v == "Other" || v == "Self_" || v == "Self" {
        v = format!("{v}Value");
    }
    let mut name = v.clone();
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{v}{n}");
        n += 1;
    }
    taken.insert(name.clone());
    name
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn field_ty(f: &Field, side: Side) -> String {
    let t = f.kind.rust(side);
    if f.required {
        t
    } else {
        format!("Option<{t}>")
    }
}

/// The parameter type and conversion of a builder argument.
fn param(f: &Field, side: Side) -> (String, String) {
    let id = &f.ident;
    match &f.kind {
        Kind::Str => ("impl Into<String>".into(), format!("{id}.into()")),
        Kind::Secret => ("impl Into<crate::Sensitive>".into(), format!("{id}.into()")),
        Kind::Num => (
            "impl Into<serde_json::Number>".into(),
            format!("{id}.into()"),
        ),
        k => (k.rust(side), id.clone()),
    }
}

pub fn render(m: &Module, header: &str) -> String {
    let mut out = String::new();
    out.push_str(header);
    let _ = writeln!(out, "use crate::endpoint;");
    if !m.enums.is_empty() {
        let _ = writeln!(out, "use crate::model::wire_enum;");
    }
    out.push('\n');
    // Models of the same shape as one in another module of the family, under this module's names.
    for i in &m.imports {
        if i.name == i.local {
            let _ = writeln!(out, "pub use crate::{}::{};", i.module, i.name);
        } else {
            let _ = writeln!(
                out,
                "pub use crate::{}::{} as {};",
                i.module, i.name, i.local
            );
        }
    }
    if !m.imports.is_empty() {
        out.push('\n');
    }
    for ep in &m.endpoints {
        render_endpoint(&mut out, ep);
    }
    for s in &m.structs {
        render_struct(&mut out, s);
    }
    for e in &m.enums {
        render_enum(&mut out, e);
    }
    out
}

fn render_endpoint(out: &mut String, ep: &EndpointDef) {
    let e = &ep.entry;
    let _ = writeln!(out, "/// {}", doc_line(&e.summary));
    let _ = writeln!(out, "///");
    let title = e.title.clone().unwrap_or_else(|| ep.op.summary.clone());
    let _ = writeln!(
        out,
        "/// {} · `{} {}`",
        doc_line(&title),
        ep.op.method,
        ep.op.path
    );
    if let Some(page) = e.page.as_ref().or(ep.op.links.last()) {
        let _ = writeln!(out, "///");
        let _ = writeln!(out, "/// [Official page]({page})");
    }
    if ep.op.download {
        let _ = writeln!(out, "///");
        let _ = writeln!(
            out,
            "/// The answer is a file: send this request with [`crate::Client::download`]."
        );
    }
    let _ = writeln!(out, "#[doc(alias = {})]", lit(&ep.op.path));
    let resp = if ep.response == "()" {
        String::new()
    } else {
        format!(", response = {}", ep.response)
    };
    let _ = writeln!(
        out,
        "#[endpoint({}, {}{resp})]",
        ep.op.method,
        lit(&ep.template)
    );
    let all_optional = ep.request.fields.iter().all(|f| !f.required);
    let _ = writeln!(
        out,
        "#[derive(Debug, Clone{})]\n#[non_exhaustive]",
        if all_optional { ", Default" } else { "" }
    );
    let _ = writeln!(out, "pub struct {} {{", e.name);
    for f in &ep.request.fields {
        let _ = writeln!(out, "    /// {}", f.doc);
        match f.place {
            Place::Query => out.push_str("    #[query]\n"),
            Place::Body if ep.op.method == "DELETE" => out.push_str("    #[body]\n"),
            Place::File => out.push_str("    #[file]\n"),
            Place::Form => out.push_str("    #[form]\n"),
            _ => {}
        }
        if f.encrypt {
            out.push_str("    #[encrypt]\n");
        }
        if f.ident.trim_start_matches("r#") != f.wire {
            let _ = writeln!(out, "    #[serde(rename = {})]", lit(&f.wire));
        }
        if f.fill {
            out.push_str("    #[serde(serialize_with = \"crate::__private::fill_merchant_id\", skip_serializing_if = \"crate::__private::never_skip\")]\n");
        }
        let _ = writeln!(out, "    pub {}: {},", f.ident, field_ty(f, Side::Request));
    }
    out.push_str("}\n\n");
    render_builder(out, &ep.request);
    if let Some(p) = &ep.paged {
        render_paged(out, &e.name, &ep.response, p);
    }
}

/// `impl Paged`: each number through `PageNumber` (`i64` or `Number`, optional or not), each
/// token through `PageToken`.
fn render_paged(out: &mut String, name: &str, answer: &str, p: &PagedDef) {
    const NUM: &str = "crate::__private::PageNumber";
    const TOKEN: &str = "crate::__private::PageToken";
    let (item, size) = (&p.item, &p.size);
    let _ = writeln!(out, "impl crate::Paged for {name} {{");
    let _ = writeln!(out, "    type Item = {item};");
    // A list by token or number has no offset: `0` and a no-op.
    let (by, get, set, methods) = match p.by {
        PageBy::Offset => (
            "Offset",
            format!("{NUM}::get(&self.offset).unwrap_or(0)"),
            format!("{NUM}::set(&mut self.offset, offset);"),
            String::new(),
        ),
        PageBy::Number => (
            "Number",
            "0".to_owned(),
            String::new(),
            format!(
                "    fn page_number(&self) -> Option<u64> {{\n        {NUM}::get(&self.page_index)\n    }}\n    fn set_page_number(&mut self, number: u64) {{\n        {NUM}::set(&mut self.page_index, number);\n    }}\n"
            ),
        ),
        PageBy::Token => (
            "Token",
            "0".to_owned(),
            String::new(),
            format!(
                "    fn next_token(page: &{answer}) -> Option<&str> {{\n        {TOKEN}::token(&page.next_page_token)\n    }}\n    fn set_token(&mut self, token: &str) {{\n        {TOKEN}::set_token(&mut self.page_token, token);\n    }}\n"
            ),
        ),
    };
    if p.by != PageBy::Offset {
        let _ = writeln!(out, "    const BY: crate::PageBy = crate::PageBy::{by};");
    }
    let _ = writeln!(out, "    fn offset(&self) -> u64 {{\n        {get}\n    }}");
    if set.is_empty() {
        let _ = writeln!(out, "    fn set_offset(&mut self, _: u64) {{}}");
    } else {
        let _ = writeln!(
            out,
            "    fn set_offset(&mut self, offset: u64) {{\n        {set}\n    }}"
        );
    }
    out.push_str(&methods);
    let _ = writeln!(
        out,
        "    fn limit(&self) -> Option<u64> {{\n        {NUM}::get(&self.{size})\n    }}"
    );
    let list = &p.items;
    let (items, into) = if p.items_required {
        (format!("&page.{list}"), format!("page.{list}"))
    } else {
        (
            format!("page.{list}.as_deref().unwrap_or_default()"),
            format!("page.{list}.unwrap_or_default()"),
        )
    };
    let _ = writeln!(
        out,
        "    fn items(page: &{answer}) -> &[{item}] {{\n        {items}\n    }}"
    );
    let _ = writeln!(
        out,
        "    fn into_items(page: {answer}) -> Vec<{item}> {{\n        {into}\n    }}"
    );
    for (field, method) in [
        (&p.total, "total"),
        (&p.limit, "page_limit"),
        (&p.offset, "page_offset"),
    ] {
        if let Some(ident) = field {
            let _ = writeln!(
                out,
                "    fn {method}(page: &{answer}) -> Option<u64> {{\n        {NUM}::get(&page.{ident})\n    }}"
            );
        }
    }
    out.push_str("}\n\n");
}

fn render_builder(out: &mut String, s: &StructDef) {
    let req: Vec<&Field> = s
        .fields
        .iter()
        .filter(|f| f.required && f.derive.is_none())
        .collect();
    let file = s.fields.iter().find(|f| f.kind == Kind::File);
    let _ = writeln!(out, "impl {} {{", s.name);
    out.push_str("    /// The required fields; set the optional ones with the methods below.\n");
    if req.len() > 7 {
        out.push_str("    #[allow(clippy::too_many_arguments)]\n");
    }
    let params: Vec<String> = req
        .iter()
        .map(|f| format!("{}: {}", f.ident, param(f, s.side).0))
        .collect();
    let _ = writeln!(out, "    pub fn new({}) -> Self {{", params.join(", "));
    let _ = writeln!(out, "        Self {{");
    // Derived fields first: they read the file before it moves into the struct.
    for f in &s.fields {
        if let (Some(d), Some(file)) = (&f.derive, file) {
            let e = d.expr(&file.ident);
            if f.required {
                let _ = writeln!(out, "            {}: {e},", f.ident);
            } else {
                let _ = writeln!(out, "            {}: Some({e}),", f.ident);
            }
        }
    }
    for f in s.fields.iter().filter(|f| f.derive.is_none()) {
        if f.required {
            let conv = param(f, s.side).1;
            if conv == f.ident {
                let _ = writeln!(out, "            {},", f.ident);
            } else {
                let _ = writeln!(out, "            {}: {conv},", f.ident);
            }
        } else {
            let _ = writeln!(out, "            {}: None,", f.ident);
        }
    }
    out.push_str("        }\n    }\n");
    for f in s.fields.iter().filter(|f| !f.required) {
        let (ty, conv) = param(f, s.side);
        let _ = writeln!(out, "    /// Sets `{}`: {}", f.wire, f.doc);
        let _ = writeln!(
            out,
            "    pub fn {}(mut self, {}: {ty}) -> Self {{\n        self.{} = Some({conv});\n        self\n    }}",
            f.ident, f.ident, f.ident
        );
    }
    out.push_str("}\n\n");
}

fn render_struct(out: &mut String, s: &StructDef) {
    let doc = if s.doc.is_empty() {
        format!("Part of {}.", s.name)
    } else {
        s.doc.clone()
    };
    let _ = writeln!(out, "/// {doc}");
    let all_optional = s.fields.iter().all(|f| !f.required);
    let derive = match s.side {
        Side::Request if all_optional => "Debug, Clone, Default, serde::Serialize",
        Side::Request => "Debug, Clone, serde::Serialize",
        Side::Answer => "Debug, Clone, crate::__private::__Decode",
    };
    let _ = writeln!(out, "#[derive({derive})]\n#[non_exhaustive]");
    let _ = writeln!(out, "pub struct {} {{", s.name);
    for f in &s.fields {
        let _ = writeln!(out, "    /// {}", f.doc);
        let mut serde = Vec::new();
        if f.ident.trim_start_matches("r#") != f.wire {
            serde.push(format!("rename = {}", lit(&f.wire)));
        }
        if s.side == Side::Request && !f.required {
            serde.push("skip_serializing_if = \"Option::is_none\"".to_owned());
        }
        if !serde.is_empty() {
            let _ = writeln!(out, "    #[serde({})]", serde.join(", "));
        }
        let _ = writeln!(out, "    pub {}: {},", f.ident, field_ty(f, s.side));
    }
    out.push_str("}\n\n");
    if s.side == Side::Request {
        render_builder(out, s);
    }
}

fn render_enum(out: &mut String, e: &EnumDef) {
    let doc = if e.doc.is_empty() {
        format!("Values of `{}`.", e.name)
    } else {
        e.doc.clone()
    };
    let _ = writeln!(
        out,
        "wire_enum! {{\n    /// {doc}\n    pub enum {} {{",
        e.name
    );
    let mut taken = BTreeSet::new();
    for v in &e.values {
        let name = variant_name(v, &mut taken);
        let _ = writeln!(out, "        /// `{v}`\n        {name} = {},", lit(v));
    }
    out.push_str("    }\n}\n\n");
}
