//! Reading the API description: YAML files into an order-preserving tree, with `$ref` and
//! `allOf` resolved.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A YAML value with map order kept (the order of properties is the order of fields).
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(String, Node)>),
}

impl Node {
    pub fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Map(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn str(&self, key: &str) -> Option<&str> {
        match self.get(key) {
            Some(Node::Str(s)) => Some(s),
            _ => None,
        }
    }

    pub fn seq(&self, key: &str) -> &[Node] {
        match self.get(key) {
            Some(Node::Seq(s)) => s,
            _ => &[],
        }
    }

    pub fn entries(&self) -> &[(String, Node)] {
        match self {
            Node::Map(m) => m,
            _ => &[],
        }
    }

    /// A scalar as text (keys, enum values, examples of scalars).
    pub fn scalar_text(&self) -> Option<String> {
        match self {
            Node::Str(s) => Some(s.clone()),
            Node::Int(i) => Some(i.to_string()),
            Node::Float(f) => Some(f.to_string()),
            Node::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    }
}

fn convert(v: serde_yaml_ng::Value) -> Node {
    use serde_yaml_ng::Value as V;
    match v {
        V::Null => Node::Null,
        V::Bool(b) => Node::Bool(b),
        V::Number(n) => match n.as_i64() {
            Some(i) => Node::Int(i),
            None => Node::Float(n.as_f64().unwrap_or(0.0)),
        },
        V::String(s) => Node::Str(s),
        V::Sequence(s) => Node::Seq(s.into_iter().map(convert).collect()),
        V::Mapping(m) => Node::Map(
            m.into_iter()
                .map(|(k, v)| {
                    let key = convert(k).scalar_text().unwrap_or_default();
                    (key, convert(v))
                })
                .collect(),
        ),
        V::Tagged(t) => convert(t.value),
    }
}

/// The description on disk, with every file read once.
pub struct Spec {
    pub root: PathBuf,
    files: BTreeMap<PathBuf, Node>,
}

/// One operation file: its API path and its parsed YAML.
pub struct PathFile {
    /// `/v3/refund/domestic/refunds` (`{empty}.yaml` is a trailing slash).
    pub api_path: String,
    pub file: PathBuf,
    pub node: Node,
}

impl Spec {
    pub fn open(root: &Path) -> Result<Spec, String> {
        if !root.join("v3").is_dir() {
            return Err(format!(
                "{} does not look like wechatpay-openapi (no v3/ folder)",
                root.display()
            ));
        }
        let root = root
            .canonicalize()
            .map_err(|e| format!("{}: {e}", root.display()))?;
        Ok(Spec {
            root,
            files: BTreeMap::new(),
        })
    }

    fn load(&mut self, file: &Path) -> Result<Node, String> {
        if let Some(n) = self.files.get(file) {
            return Ok(n.clone());
        }
        let text = std::fs::read_to_string(file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let value: serde_yaml_ng::Value = serde_yaml_ng::from_str(&text)
            .map_err(|e| format!("cannot parse {}: {e}", file.display()))?;
        let node = convert(value);
        self.files.insert(file.to_path_buf(), node.clone());
        Ok(node)
    }

    /// Every operation file under `v3/`, `global/v3/` and `hk/v3/`, sorted by path.
    pub fn path_files(&mut self) -> Result<Vec<PathFile>, String> {
        let mut files = Vec::new();
        for top in ["v3", "global", "hk"] {
            files_with_extension(&self.root.join(top), "yaml", &mut files);
        }
        files.sort();
        let mut out = Vec::new();
        for file in files {
            let rel = file
                .strip_prefix(&self.root)
                .map_err(|e| e.to_string())?
                .to_string_lossy()
                .replace('\\', "/");
            let api = rel.trim_end_matches(".yaml").replace("{empty}", "");
            let node = self.load(&file)?;
            out.push(PathFile {
                api_path: format!("/{api}"),
                file,
                node,
            });
        }
        Ok(out)
    }

    /// Resolves every `$ref` and `allOf` below `node` (read from `file`).
    pub fn resolve(&mut self, file: &Path, node: &Node, depth: usize) -> Result<Node, String> {
        if depth > 40 {
            return Err(format!("$ref cycle below {}", file.display()));
        }
        match node {
            Node::Map(m) => {
                if let Some(Node::Str(r)) = node.get("$ref") {
                    let (target_file, target) = self.lookup(file, r)?;
                    let mut resolved = self.resolve(&target_file, &target, depth + 1)?;
                    // Keys beside `$ref` (a description, say) refine the target.
                    if let Node::Map(rm) = &mut resolved {
                        for (k, v) in m.iter().filter(|(k, _)| k != "$ref") {
                            let v = self.resolve(file, v, depth + 1)?;
                            match rm.iter_mut().find(|(rk, _)| rk == k) {
                                Some(slot) => slot.1 = v,
                                None => rm.push((k.clone(), v)),
                            }
                        }
                    }
                    return Ok(resolved);
                }
                let mut out: Vec<(String, Node)> = Vec::new();
                for (k, v) in m {
                    if k == "allOf" {
                        continue;
                    }
                    out.push((k.clone(), self.resolve(file, v, depth + 1)?));
                }
                if let Some(Node::Seq(parts)) = node.get("allOf") {
                    for part in parts {
                        let part = self.resolve(file, part, depth + 1)?;
                        merge_schema(&mut out, &part);
                    }
                }
                Ok(Node::Map(out))
            }
            Node::Seq(s) => Ok(Node::Seq(
                s.iter()
                    .map(|n| self.resolve(file, n, depth + 1))
                    .collect::<Result<_, _>>()?,
            )),
            other => Ok(other.clone()),
        }
    }

    fn lookup(&mut self, from: &Path, reference: &str) -> Result<(PathBuf, Node), String> {
        let (file_part, pointer) = reference.split_once('#').unwrap_or((reference, ""));
        let target_file = if file_part.is_empty() {
            from.to_path_buf()
        } else {
            normalize(&from.parent().unwrap_or(Path::new(".")).join(file_part))
        };
        let doc = self.load(&target_file)?;
        let mut cur = &doc;
        for part in pointer
            .trim_start_matches('/')
            .split('/')
            .filter(|p| !p.is_empty())
        {
            cur = cur.get(part).ok_or_else(|| {
                format!(
                    "unresolved $ref `{reference}` in {} (no `{part}`)",
                    from.display()
                )
            })?;
        }
        Ok((target_file, cur.clone()))
    }
}

/// `allOf` member merged into a schema: properties appended in order, `required` united.
fn merge_schema(into: &mut Vec<(String, Node)>, part: &Node) {
    for (k, v) in part.entries() {
        match (k.as_str(), into.iter_mut().find(|(ik, _)| ik == k)) {
            ("properties", Some((_, Node::Map(props)))) => {
                // A later branch refines an earlier one: its definition of a property wins.
                for (pk, pv) in v.entries() {
                    match props.iter_mut().find(|(n, _)| n == pk) {
                        Some(slot) => slot.1 = pv.clone(),
                        None => props.push((pk.clone(), pv.clone())),
                    }
                }
            }
            ("required", Some((_, Node::Seq(req)))) => {
                for r in match v {
                    Node::Seq(s) => s.as_slice(),
                    _ => &[],
                } {
                    if !req.contains(r) {
                        req.push(r.clone());
                    }
                }
            }
            ("enum", Some((_, Node::Seq(values)))) => {
                for v in match v {
                    Node::Seq(s) => s.as_slice(),
                    _ => &[],
                } {
                    if !values.contains(v) {
                        values.push(v.clone());
                    }
                }
            }
            (_, Some(_)) => {}
            (_, None) => into.push((k.clone(), v.clone())),
        }
    }
}

fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Every file below `dir` whose name ends in `.{ext}`.
pub fn files_with_extension(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            files_with_extension(&p, ext, out);
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
}
