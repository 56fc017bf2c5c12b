//! The generator's two hand-kept inputs: the names table and the corrections.

use serde::Deserialize;

use crate::model::{Operation, Prop, Schema, Ty};

/// `names.toml`: one entry per operation of the catalog.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    /// The family's cargo feature documentation (one line, in `wxpay/Cargo.toml`).
    pub family: Option<Family>,
    #[serde(rename = "op", default)]
    pub ops: Vec<NameEntry>,
    /// Operations of the description that are not request types, with what stands for them.
    #[serde(rename = "other", default)]
    pub others: Vec<OtherEntry>,
}

/// An operation of the description the catalog covers otherwise (`POST /v3/webhooks` is the
/// format of the notifications WeChat Pay sends, not a call a merchant makes).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherEntry {
    pub op: String,
    /// The Rust item that covers it.
    pub rust: String,
    /// Why it is not a request type.
    pub why: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Family {
    pub doc: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameEntry {
    /// `METHOD /path` as in the description.
    pub op: String,
    /// `pay::transactions`: the first segment is the cargo feature.
    pub module: String,
    /// The request type.
    pub name: String,
    /// The answer type; `{name}Response` when absent.
    pub response: Option<String>,
    /// One line of English.
    pub summary: String,
    /// The official page's title.
    pub title: Option<String>,
    /// The official page, with its page id where known.
    pub page: Option<String>,
}

/// `corrections.toml`: every place where the catalog departs from the description.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Corrections {
    #[serde(rename = "fix", default)]
    pub fixes: Vec<Fix>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fix {
    pub op: String,
    /// `path` | `query` | `body` | `response`.
    pub at: String,
    /// Slash path through nested objects (arrays are transparent).
    pub field: String,
    pub says: String,
    pub does: String,
    pub set: Set,
    pub source: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Set {
    pub required: Option<bool>,
    #[serde(rename = "in")]
    pub place: Option<String>,
    #[serde(rename = "type")]
    pub ty: Option<String>,
    pub rename: Option<String>,
    pub remove: Option<bool>,
    pub sensitive: Option<bool>,
    /// The values of a string enum (replacing the description's list).
    pub values: Option<Vec<String>>,
    /// `at = "response"`, `field = ""`: the answer is a file (`wxpay::Download`).
    pub download: Option<bool>,
    pub add: Option<Added>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Added {
    #[serde(rename = "type")]
    pub ty: String,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub description: String,
    /// With `type = "array"`: the items' scalar type (`string`, `integer` …); without it the
    /// items are objects, whose fields later entries add.
    pub items: Option<String>,
}

pub fn read_toml<T: serde::de::DeserializeOwned>(path: &std::path::Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Every `*.toml` file of `dir`, in file-name order, with its family (the file stem).
pub fn read_dir_toml<T: serde::de::DeserializeOwned>(
    dir: &std::path::Path,
) -> Result<Vec<(String, T)>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut files: Vec<std::path::PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let stem = p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            read_toml(p).map(|t| (stem, t))
        })
        .collect()
}

fn scalar(ty: &str) -> Result<Ty, String> {
    Ok(match ty {
        "string" => Ty::Str,
        "integer" => Ty::Int,
        "number" => Ty::Num,
        "boolean" => Ty::Bool,
        "object" => Ty::Any,
        other => return Err(format!("unknown type `{other}`")),
    })
}

/// Every entry says what the description says, what the catalog does, and who says so: the
/// official page (with its address) or an official SDK's generated model (named by file).
pub fn validate(fix: &Fix) -> Result<(), String> {
    let err = |m: &str| format!("correction `{}` `{}:{}`: {m}", fix.op, fix.at, fix.field);
    if fix.says.trim().is_empty() || fix.does.trim().is_empty() {
        return Err(err("`says` and `does` must not be empty"));
    }
    let s = &fix.source;
    let official_page = s.contains("pay.weixin.qq.com/");
    let sdk_model = (s.contains("wechatpay-go") || s.contains("wechatpay-java"))
        && (s.contains(".go") || s.contains(".java"));
    if !official_page && !sdk_model {
        return Err(err(
            "`source` must name the official page (pay.weixin.qq.com/…) or an official SDK's model file (wechatpay-go …/x.go, wechatpay-java …/X.java)",
        ));
    }
    Ok(())
}

/// Applies one correction; an entry that no longer matches the description is an error, so the
/// file cannot silently rot.
pub fn apply(op: &mut Operation, fix: &Fix) -> Result<(), String> {
    let err = |m: String| format!("correction `{}` `{}:{}`: {m}", fix.op, fix.at, fix.field);
    let parts: Vec<&str> = fix.field.split('/').filter(|p| !p.is_empty()).collect();
    if let Some(download) = fix.set.download {
        if fix.at != "response" || !parts.is_empty() {
            return Err(err(
                "`download` takes `at = \"response\"` and `field = \"\"`".into(),
            ));
        }
        if op.download == download {
            return Err(err("the description already says so".into()));
        }
        op.download = download;
        return Ok(());
    }
    let Some((last, parents)) = parts.split_last() else {
        return Err(err("empty field".into()));
    };

    // Moving a top-level field between query and body.
    if let Some(place) = &fix.set.place {
        if !parents.is_empty() {
            return Err(err("only top-level fields move".into()));
        }
        let from = list_mut(op, &fix.at).ok_or_else(|| err("bad `at`".into()))?;
        let i = from
            .iter()
            .position(|p| p.name == *last)
            .ok_or_else(|| err("no such field".into()))?;
        let prop = from.remove(i);
        let to = list_mut(op, place).ok_or_else(|| err(format!("bad `in = {place}`")))?;
        to.push(prop);
        return Ok(());
    }

    let list = if fix.at == "response" {
        match op.response.as_mut().map(|s| &mut s.ty) {
            Some(Ty::Obj(props)) => props,
            Some(Ty::Arr(items)) => match &mut items.ty {
                Ty::Obj(props) => props,
                _ => return Err(err("answer is not an object".into())),
            },
            _ => return Err(err("answer is not an object".into())),
        }
    } else {
        list_mut(op, &fix.at).ok_or_else(|| err("bad `at`".into()))?
    };
    let list = descend(list, parents).ok_or_else(|| err("no such parent object".into()))?;

    if let Some(added) = &fix.set.add {
        if list.iter().any(|p| p.name == *last) {
            return Err(err("`add` of a field the description has".into()));
        }
        if added.items.is_some() && added.ty != "array" {
            return Err(err("`items` only with `type = \"array\"`".into()));
        }
        let ty = match added.ty.as_str() {
            // Children are added by later entries.
            "object" => Ty::Obj(Vec::new()),
            "array" => Ty::Arr(Box::new(Schema {
                ty: match added.items.as_deref() {
                    None | Some("object") => Ty::Obj(Vec::new()),
                    Some(item) => scalar(item).map_err(err)?,
                },
                ..Schema::any()
            })),
            other => scalar(other).map_err(err)?,
        };
        list.push(Prop {
            name: (*last).to_owned(),
            schema: Schema {
                ty,
                desc: added.description.clone(),
                example: None,
                enum_values: Vec::new(),
            },
            required: added.required,
            sensitive: fix.set.sensitive.unwrap_or(false),
        });
        return Ok(());
    }
    let i = list
        .iter()
        .position(|p| p.name == *last)
        .ok_or_else(|| err("no such field".into()))?;
    if fix.set.remove == Some(true) {
        list.remove(i);
        return Ok(());
    }
    let prop = list.get_mut(i).ok_or_else(|| err("no such field".into()))?;
    if let Some(r) = fix.set.required {
        prop.required = r;
    }
    if let Some(s) = fix.set.sensitive {
        prop.sensitive = s;
    }
    if let Some(t) = &fix.set.ty {
        let ty = scalar(t).map_err(err)?;
        prop.schema.ty = match (&prop.schema.ty, ty) {
            (Ty::Arr(_), Ty::Any) => prop.schema.ty.clone(),
            (_, ty) => ty,
        };
    }
    if let Some(values) = &fix.set.values {
        fn innermost(s: &mut Schema) -> &mut Schema {
            match s.ty {
                Ty::Arr(ref mut items) => innermost(items),
                _ => s,
            }
        }
        let s = innermost(&mut prop.schema);
        s.ty = Ty::Str;
        s.enum_values = values.clone();
    }
    if let Some(n) = &fix.set.rename {
        prop.name = n.clone();
    }
    Ok(())
}

fn list_mut<'a>(op: &'a mut Operation, at: &str) -> Option<&'a mut Vec<Prop>> {
    match at {
        "path" => Some(&mut op.path_params),
        "query" => Some(&mut op.query),
        "body" => Some(&mut op.body),
        _ => None,
    }
}

fn descend<'a>(mut list: &'a mut Vec<Prop>, parents: &[&str]) -> Option<&'a mut Vec<Prop>> {
    for name in parents {
        let prop = list.iter_mut().find(|p| p.name == *name)?;
        let mut ty = &mut prop.schema.ty;
        while let Ty::Arr(items) = ty {
            ty = &mut items.ty;
        }
        list = match ty {
            Ty::Obj(props) => props,
            _ => return None,
        };
    }
    Some(list)
}
