//! The operations of the description as the generator sees them: fields with a place, a type,
//! required-ness and an example, after `$ref`/`allOf` resolution and before corrections.

use crate::spec::{Node, Spec};

#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    Str,
    Int,
    Num,
    Bool,
    /// No type the generator can use: kept as JSON.
    Any,
    Obj(Vec<Prop>),
    Arr(Box<Schema>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Schema {
    pub ty: Ty,
    pub desc: String,
    pub example: Option<Node>,
    pub enum_values: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Prop {
    pub name: String,
    pub schema: Schema,
    pub required: bool,
    pub sensitive: bool,
}

#[derive(Debug, Clone)]
pub struct Operation {
    pub method: String,
    /// The description's path, `{name}` placeholders.
    pub path: String,
    pub summary: String,
    pub tags: Vec<String>,
    pub path_params: Vec<Prop>,
    pub query: Vec<Prop>,
    pub body: Vec<Prop>,
    /// `None`: an empty answer (204).
    pub response: Option<Schema>,
    pub status: String,
    /// The file parts of a multipart upload (`formData` of `type: file`); its `meta` part's
    /// fields are the `body`.
    pub files: Vec<String>,
    /// Text parts of a multipart upload besides `meta` (`formData` scalars).
    pub form: Vec<Prop>,
    /// The answer is a file (`produces` a non-JSON type): `wxpay::Download`.
    pub download: bool,
    /// The operation takes `formData` the generator cannot express (a form field outside `meta`).
    pub multipart: bool,
    /// The operation asks for a `Wechatpay-Serial` header: it carries encrypted fields.
    pub encrypts: bool,
    /// Links to official pages found in the description.
    pub links: Vec<String>,
}

impl Operation {
    pub fn key(&self) -> String {
        format!("{} {}", self.method, self.path)
    }
}

pub fn parse_schema(node: &Node) -> Schema {
    let desc = node.str("description").unwrap_or("").trim().to_owned();
    let example = node.get("example").cloned();
    let enum_values: Vec<String> = node
        .seq("enum")
        .iter()
        .filter_map(Node::scalar_text)
        .collect();
    let props = node.get("properties");
    let ty = match node.str("type") {
        Some("string") => Ty::Str,
        Some("integer") => Ty::Int,
        Some("number") => Ty::Num,
        Some("boolean") => Ty::Bool,
        Some("array") => Ty::Arr(Box::new(
            node.get("items").map(parse_schema).unwrap_or(Schema::any()),
        )),
        Some("object") | None if props.is_some() => Ty::Obj(parse_props(node)),
        Some("object") => Ty::Any,
        _ if node.get("items").is_some() => Ty::Arr(Box::new(
            node.get("items").map(parse_schema).unwrap_or(Schema::any()),
        )),
        _ => Ty::Any,
    };
    Schema {
        ty,
        desc,
        example,
        enum_values,
    }
}

fn parse_props(node: &Node) -> Vec<Prop> {
    let required: Vec<String> = node
        .seq("required")
        .iter()
        .filter_map(Node::scalar_text)
        .collect();
    let sensitive = sensitive_list(node);
    node.get("properties")
        .map(|p| p.entries())
        .unwrap_or(&[])
        .iter()
        .map(|(name, schema)| Prop {
            name: name.clone(),
            schema: parse_schema(schema),
            required: required.contains(name),
            sensitive: sensitive.contains(name) || is_ciphertext(schema),
        })
        .collect()
}

/// The description writes `format: base64` on the text fields the pages say are encrypted
/// (加密后的证件号, 收款用户姓名 需要加密传入 …): RSA ciphertext, base64-encoded.
fn is_ciphertext(node: &Node) -> bool {
    node.str("type") == Some("string") && node.str("format") == Some("base64")
}

fn sensitive_list(node: &Node) -> Vec<String> {
    match node.get("x-is-sensitive") {
        Some(Node::Seq(s)) => s.iter().filter_map(Node::scalar_text).collect(),
        Some(Node::Str(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

impl Schema {
    pub fn any() -> Schema {
        Schema {
            ty: Ty::Any,
            desc: String::new(),
            example: None,
            enum_values: Vec::new(),
        }
    }
}

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

/// Every operation of the description.
pub fn operations(spec: &mut Spec) -> Result<Vec<Operation>, String> {
    let mut ops = Vec::new();
    for pf in spec.path_files()? {
        for (method, raw) in pf.node.entries() {
            if !METHODS.contains(&method.as_str()) {
                continue;
            }
            let op_node = spec.resolve(&pf.file, raw, 0)?;
            ops.push(operation(&pf.api_path, method, &op_node)?);
        }
    }
    Ok(ops)
}

fn operation(path: &str, method: &str, node: &Node) -> Result<Operation, String> {
    let description = node.str("description").unwrap_or("").to_owned();
    let mut op = Operation {
        method: method.to_uppercase(),
        path: path.to_owned(),
        summary: node.str("summary").unwrap_or("").trim().to_owned(),
        links: links(&description),
        tags: node
            .seq("tags")
            .iter()
            .filter_map(Node::scalar_text)
            .collect(),
        path_params: Vec::new(),
        query: Vec::new(),
        body: Vec::new(),
        response: None,
        status: String::new(),
        files: Vec::new(),
        form: Vec::new(),
        download: node
            .seq("produces")
            .iter()
            .filter_map(Node::scalar_text)
            .any(|t| !t.contains("json")),
        multipart: false,
        encrypts: false,
    };
    for p in node.seq("parameters") {
        let name = p.str("name").unwrap_or("").to_owned();
        let prop = |schema: Schema| Prop {
            name: name.clone(),
            required: matches!(p.get("required"), Some(Node::Bool(true))),
            sensitive: is_ciphertext(p),
            schema,
        };
        match p.str("in") {
            Some("path") => op.path_params.push(Prop {
                required: true,
                ..prop(parse_schema(p))
            }),
            Some("query") => op.query.push(prop(parse_schema(p))),
            Some("header") => {
                if name.eq_ignore_ascii_case("Wechatpay-Serial") {
                    op.encrypts = true;
                }
            }
            Some("body") => {
                let schema = p.get("schema").map(parse_schema).unwrap_or(Schema::any());
                if let Ty::Obj(props) = schema.ty {
                    op.body = props;
                }
            }
            Some("formData") if p.str("type") == Some("file") => op.files.push(name),
            Some("formData") if name == "meta" => {
                let schema = p.get("schema").map(parse_schema).unwrap_or(Schema::any());
                if let Ty::Obj(props) = schema.ty {
                    op.body = props;
                }
            }
            Some("formData") if p.get("schema").is_none() => op.form.push(prop(parse_schema(p))),
            Some("formData") => op.multipart = true,
            other => return Err(format!("{method} {path}: parameter `in: {other:?}`")),
        }
    }
    for (status, resp) in node.get("responses").map(|r| r.entries()).unwrap_or(&[]) {
        if !status.starts_with('2') {
            continue;
        }
        op.status = status.clone();
        // 204 No Content has no body, whatever schema (often `{}`) the description gives it.
        op.response = match status.as_str() {
            "204" => None,
            _ => resp.get("schema").map(parse_schema),
        };
        break;
    }
    Ok(op)
}

pub fn placeholders(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        out.push(rest[start + 1..start + end].to_owned());
        rest = &rest[start + end + 1..];
    }
    out
}

fn links(description: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = description;
    while let Some(i) = rest.find("](http") {
        let tail = &rest[i + 2..];
        let end = tail.find(')').unwrap_or(tail.len());
        out.push(tail[..end].to_owned());
        rest = &tail[end..];
    }
    out
}
