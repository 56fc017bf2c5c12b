//! Every catalog operation the stateful routes do not emulate, answered from the generator's
//! data (`operations.json`, written by `cargo run -p xtask -- catalog`): the request is checked as
//! WeChat Pay checks it (a missing required field, a wrong type or a `null` is
//! `400 PARAM_ERROR` with `detail.field` as a JSON pointer and `detail.location` `body` or
//! `query`), then answered with the example answer of the right shape. The server signs it like
//! every other answer, after checking the request's signature.
//!
//! Only requests no entry of [`super::routes::ROUTES`] matches come here, so a generic answer
//! never contradicts a stateful flow.

use std::sync::LazyLock;

use serde::Deserialize;
use serde_json::{Map, Value};

use super::answer::Answer;
use super::files::Multipart;

/// One catalog operation, as the generator describes it.
#[derive(Debug, Deserialize)]
pub(crate) struct Operation {
    pub(crate) method: String,
    /// The path with `{name}` for a variable segment.
    pub(crate) pattern: String,
    query: Vec<Spec>,
    body: Vec<Spec>,
    files: Vec<String>,
    /// Text parts of an upload besides `meta`.
    #[serde(default)]
    form: Vec<Spec>,
    status: u16,
    /// The answer is a file, sent unsigned as WeChat Pay's download host does.
    #[serde(default)]
    download: bool,
    answer: Value,
    /// A paged list: answered a page of a list of copies of the example item.
    #[serde(default)]
    paged: Option<PagedSpec>,
    /// The request built from the description's examples (the generated wire test's).
    #[cfg(test)]
    example: Example,
}

/// Where a paged list keeps its items and page size, and how it asks for a page.
#[derive(Debug, Deserialize)]
struct PagedSpec {
    /// The answer's list field.
    items: String,
    /// The request's page-size field.
    size: String,
    by: PageBy,
}

/// How a list asks for a page: `offset`; `page_token` in the request and `next_page_token` in
/// the answer; or `page_index`, from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum PageBy {
    Offset,
    Token,
    Number,
}

/// The body of a request built from the description's examples.
#[cfg(test)]
#[derive(Debug, Deserialize)]
struct Example {
    body: Option<Value>,
}

/// A field's shape: wire name, JSON type, required, an object's fields, an array's item.
#[derive(Debug, Deserialize)]
struct Spec {
    #[serde(default)]
    n: String,
    t: String,
    #[serde(default)]
    r: bool,
    #[serde(default)]
    f: Option<Vec<Spec>>,
    #[serde(default)]
    i: Option<Box<Spec>>,
}

/// The file every generic download answers (its SHA-1 is
/// `printf 'wxpay sandbox file\n' | openssl dgst -sha1`).
pub(crate) const DOWNLOADED: &[u8] = b"wxpay sandbox file\n";

/// Every catalog operation. The data is generated with the catalog, so a parse failure is a
/// generator bug, caught by this module's tests; the sandbox then emulates only its routes.
pub(crate) static OPERATIONS: LazyLock<Vec<Operation>> =
    LazyLock::new(|| serde_json::from_str(include_str!("operations.json")).unwrap_or_default());

/// The operation `method path` names: of the patterns that match, the one with the most
/// literal segments (`/v3/x/batch` before `/v3/x/{id}`).
pub(crate) fn find(method: &str, path: &str) -> Option<&'static Operation> {
    OPERATIONS
        .iter()
        .filter(|op| op.method == method)
        .filter_map(|op| {
            let mut literal = 0usize;
            let mut want = op.pattern.split('/');
            let mut got = path.split('/');
            loop {
                match (want.next(), got.next()) {
                    (None, None) => return Some((literal, op)),
                    (Some(w), Some(g)) if w.starts_with('{') && w.ends_with('}') => {
                        if g.is_empty() {
                            return None;
                        }
                    }
                    (Some(w), Some(g)) if w == g => literal += 1,
                    _ => return None,
                }
            }
        })
        .max_by_key(|(literal, _)| *literal)
        .map(|(_, op)| op)
}

/// Items of a paged list unless a test says otherwise ([`super::Sandbox::set_list_length`]).
pub(crate) const LIST_LENGTH: usize = 23;

/// The page size of a paged list whose request sets no `limit`.
pub(crate) const DEFAULT_LIMIT: u64 = 10;

/// Checks the request against `op` and answers its example; a paged list answers the page
/// its offset, token or page number and page size ask for, of a list of `list_length` copies
/// of the example item.
pub(crate) fn answer(
    op: &Operation,
    query: &Map<String, Value>,
    body: &Map<String, Value>,
    form: Option<&Multipart>,
    list_length: usize,
) -> Answer {
    if let Err(e) = check_text(&op.query, "query", |name| {
        query.get(name).and_then(Value::as_str).map(str::to_owned)
    }) {
        return e;
    }
    let meta;
    let body = if op.files.is_empty() {
        body
    } else {
        let Some(form) = form else {
            return Answer::error(400, "PARAM_ERROR", "请使用 multipart/form-data 上传");
        };
        if let Err(e) = check_text(&op.form, "body", |name| {
            form.part(name)
                .map(|(_, _, v)| String::from_utf8_lossy(v).into_owned())
        }) {
            return e;
        }
        for name in &op.files {
            if form.part(name).is_none() {
                return Answer::param_error(
                    &format!("/{name}"),
                    "body",
                    &format!("缺少文件 {name}"),
                );
            }
        }
        let json = form
            .part("meta")
            .map(|(_, _, b)| serde_json::from_slice::<Value>(b));
        meta = match json {
            Some(Ok(Value::Object(m))) => m,
            _ => return Answer::param_error("/meta", "body", "meta 不是合法的JSON对象"),
        };
        if let Some(e) = op
            .files
            .first()
            .and_then(|name| form.part(name))
            .and_then(|(_, filename, file)| check_digests(&meta, filename.as_deref(), file))
        {
            return e;
        }
        &meta
    };
    if let Err(e) = check_object(body, &op.body, "") {
        return e;
    }
    if op.download {
        return Answer::file(bytes::Bytes::from_static(DOWNLOADED));
    }
    match (op.status, &op.answer) {
        (204, _) | (_, Value::Null) => Answer::empty(op.status),
        (status, answer) => match &op.paged {
            Some(paged) => match page(paged, answer, query, body, list_length) {
                Ok(page) => Answer::json(status, &page),
                Err(e) => e,
            },
            None => Answer::json(status, answer),
        },
    }
}

/// The page of a paged list that the request's offset (or page token, or page number from 1)
/// and page size (query or body) ask for: the list holds copies of the example's first item,
/// each with its position appended to its first identifier, and `total_count`, `total_num`,
/// `offset`, `limit`, `count`, `page_index`, `page_size` and `next_page_token` say where the
/// page is, where the answer has them. The sandbox's page tokens are `page-<offset>`.
fn page(
    paged: &PagedSpec,
    example: &Value,
    query: &Map<String, Value>,
    body: &Map<String, Value>,
    list_length: usize,
) -> Result<Value, Answer> {
    let text = |name: &str| {
        query
            .get(name)
            .and_then(Value::as_str)
            .map(str::to_owned)
            .or_else(|| {
                body.get(name)
                    .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            })
    };
    let number = |name: &str| text(name).and_then(|t| t.parse::<u64>().ok());
    let refuse = |name: &str, message: &str| {
        let location = if body.contains_key(name) {
            "body"
        } else {
            "query"
        };
        Answer::param_error(&format!("/{name}"), location, message)
    };
    let limit = number(&paged.size).unwrap_or(DEFAULT_LIMIT);
    if limit == 0 {
        return Err(refuse(&paged.size, &format!("{} 必须大于0", paged.size)));
    }
    let (index, offset) = match paged.by {
        PageBy::Offset => (1, number("offset").unwrap_or(0)),
        PageBy::Token => match text("page_token").filter(|t| !t.is_empty()) {
            None => (1, 0),
            Some(token) => token
                .strip_prefix("page-")
                .and_then(|n| n.parse::<u64>().ok())
                .map(|offset| (1, offset))
                .ok_or_else(|| refuse("page_token", "page_token 无效"))?,
        },
        PageBy::Number => match number("page_index").unwrap_or(1) {
            0 => return Err(refuse("page_index", "page_index 必须大于0")),
            index => (index, (index - 1).saturating_mul(limit)),
        },
    };
    let mut page = example.clone();
    let Some(fields) = page.as_object_mut() else {
        return Ok(page);
    };
    let item = fields
        .get(&paged.items)
        .and_then(Value::as_array)
        .and_then(|d| d.first())
        .cloned()
        .unwrap_or_else(|| Value::Object(Map::new()));
    let total = list_length as u64;
    let count = total.saturating_sub(offset).min(limit);
    // Each copy's first identifier (`…_id`, `…_no`) gets its position, so pages differ as real
    // ones do (a page byte for byte the same as the one before is a server that does not
    // advance, to the client).
    let id = item.as_object().and_then(|o| {
        o.iter()
            .find(|(k, v)| (k.ends_with("_id") || k.ends_with("_no")) && v.is_string())
            .map(|(k, _)| k.clone())
    });
    let items = (offset..offset.saturating_add(count))
        .map(|position| {
            let mut copy = item.clone();
            if let Some(Value::String(s)) = id.as_ref().and_then(|id| copy.get_mut(id)) {
                s.push_str(&format!("-{position}"));
            }
            copy
        })
        .collect();
    fields.insert(paged.items.clone(), Value::Array(items));
    for (name, value) in [
        ("total_count", total),
        ("total_num", total),
        ("offset", offset),
        ("limit", limit),
        ("count", count),
        ("page_index", index),
        ("page_size", limit),
    ] {
        if let Some(v) = fields.get_mut(name) {
            *v = value.into();
        }
    }
    if paged.by == PageBy::Token {
        let next = offset + count;
        let token = if next < total {
            format!("page-{next}")
        } else {
            String::new()
        };
        fields.insert("next_page_token".into(), token.into());
    }
    Ok(page)
}

/// Query parameters and upload text parts arrive as text: present when required, and parsable
/// as their type.
fn check_text(
    specs: &[Spec],
    location: &str,
    value: impl Fn(&str) -> Option<String>,
) -> Result<(), Answer> {
    for spec in specs {
        let pointer = format!("/{}", spec.n);
        match value(&spec.n) {
            None if spec.r => {
                return Err(Answer::param_error(
                    &pointer,
                    location,
                    &format!(
                        "输入源“/{location}{pointer}”映射到字段“{}”必填性规则校验失败，此字段为必填项",
                        spec.n
                    ),
                ));
            }
            None => {}
            Some(text) => {
                let ok = match spec.t.as_str() {
                    "integer" => text.parse::<i64>().is_ok(),
                    "number" => text.parse::<f64>().is_ok_and(f64::is_finite),
                    "boolean" => matches!(text.as_str(), "true" | "false"),
                    _ => true,
                };
                if !ok {
                    return Err(type_error(&pointer, location, &spec.t));
                }
            }
        }
    }
    Ok(())
}

/// The `meta` fields that describe the file must describe the file sent: its name, and its
/// SHA-256 (`sha256`, `file_digest`) or SM3 (`digest` with an SM3 algorithm) in hex.
fn check_digests(
    meta: &Map<String, Value>,
    filename: Option<&str>,
    file: &bytes::Bytes,
) -> Option<Answer> {
    let text = |k: &str| meta.get(k).and_then(Value::as_str);
    for key in ["filename", "file_name"] {
        if let Some(name) = text(key)
            && filename != Some(name)
        {
            return Some(Answer::param_error(key, "body", "文件名与 meta 不一致"));
        }
    }
    let upload = wxpay_core::UploadFile::new(filename.unwrap_or_default(), file.clone());
    let sha256 = upload.sha256_hex();
    for key in ["sha256", "file_digest"] {
        if text(key).is_some_and(|d| !d.eq_ignore_ascii_case(&sha256)) {
            return Some(Answer::param_error(key, "body", "文件摘要与文件内容不一致"));
        }
    }
    let sm3 = ["digest_algorithm", "digest_alogrithm"]
        .iter()
        .any(|k| text(k).is_some_and(|a| a.contains("SM3")));
    if sm3 && text("digest").is_some_and(|d| !d.eq_ignore_ascii_case(&upload.sm3_hex())) {
        return Some(Answer::param_error(
            "digest",
            "body",
            "文件摘要与文件内容不一致",
        ));
    }
    None
}

fn type_error(pointer: &str, location: &str, ty: &str) -> Answer {
    let expected = match ty {
        "string" => "字符串",
        "integer" => "整数",
        "number" => "数字",
        "boolean" => "布尔值",
        "object" => "对象",
        "array" => "数组",
        _ => ty,
    };
    Answer::param_error(
        pointer,
        location,
        &format!("字段“{pointer}”类型错误，应为{expected}"),
    )
}

fn check_object(m: &Map<String, Value>, specs: &[Spec], at: &str) -> Result<(), Answer> {
    for spec in specs {
        let pointer = format!("{at}/{}", escape(&spec.n));
        match m.get(&spec.n) {
            None if spec.r => {
                return Err(Answer::param_error(
                    &pointer,
                    "body",
                    &format!(
                        "输入源“/body{pointer}”映射到字段“{}”必填性规则校验失败，此字段为必填项",
                        spec.n
                    ),
                ));
            }
            None => {}
            Some(Value::Null) => {
                return Err(Answer::param_error(
                    &pointer,
                    "body",
                    &format!("字段“{pointer}”不能为null"),
                ));
            }
            Some(v) => check_value(v, spec, &pointer)?,
        }
    }
    Ok(())
}

fn check_value(v: &Value, spec: &Spec, pointer: &str) -> Result<(), Answer> {
    let ok = match spec.t.as_str() {
        "string" => v.is_string(),
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        "object" => v.is_object(),
        "array" => v.is_array(),
        _ => true,
    };
    if !ok {
        return Err(type_error(pointer, "body", &spec.t));
    }
    match v {
        Value::Object(m) => check_object(m, spec.f.as_deref().unwrap_or_default(), pointer),
        Value::Array(items) => {
            let Some(item) = &spec.i else { return Ok(()) };
            for (n, x) in items.iter().enumerate() {
                let at = format!("{pointer}/{n}");
                if x.is_null() {
                    return Err(Answer::param_error(
                        &at,
                        "body",
                        &format!("字段“{at}”不能为null"),
                    ));
                }
                check_value(x, item, &at)?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// RFC 6901: `~` and `/` in a member name.
fn escape(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn body(v: Value) -> Map<String, Value> {
        match v {
            Value::Object(m) => m,
            _ => Map::new(),
        }
    }

    fn detail(a: &Answer) -> (u16, Value) {
        let v: Value = serde_json::from_slice(&a.body).unwrap_or_default();
        (a.status, v["detail"].clone())
    }

    #[test]
    fn the_data_covers_the_catalog() {
        assert!(OPERATIONS.len() > 1000, "{}", OPERATIONS.len());
    }

    #[test]
    fn literal_segments_win() {
        let op = find("GET", "/v3/pay/transactions/id/4200000000").unwrap();
        assert_eq!(op.pattern, "/v3/pay/transactions/id/{transaction_id}");
        assert!(find("GET", "/v3/pay/transactions/id/").is_none());
        assert!(find("PATCH", "/v3/nothing/here").is_none());
    }

    #[test]
    fn missing_null_and_mistyped_fields_are_param_errors() {
        let op = find("POST", "/v3/pay/transactions/jsapi").unwrap();
        let ok = body(op.example.body.clone().unwrap());
        assert_eq!(answer(op, &Map::new(), &ok, None, LIST_LENGTH).status, 200);

        let mut m = ok.clone();
        m["amount"].as_object_mut().unwrap().remove("total");
        let a = answer(op, &Map::new(), &m, None, LIST_LENGTH);
        assert_eq!(
            detail(&a),
            (400, json!({ "field": "/amount/total", "location": "body" }))
        );

        let mut m = ok.clone();
        m["amount"]["total"] = json!("100");
        assert_eq!(
            detail(&answer(op, &Map::new(), &m, None, LIST_LENGTH)).1["field"],
            "/amount/total"
        );

        let mut m = ok.clone();
        m["description"] = Value::Null;
        assert_eq!(
            detail(&answer(op, &Map::new(), &m, None, LIST_LENGTH)).1["field"],
            "/description"
        );

        let mut m = ok;
        m["detail"]["goods_detail"][0]["quantity"] = json!(1.5);
        assert_eq!(
            detail(&answer(op, &Map::new(), &m, None, LIST_LENGTH)).1["field"],
            "/detail/goods_detail/0/quantity"
        );
    }

    #[test]
    fn paged_lists_answer_the_page_asked_for() {
        let op = find("GET", "/v3/marketing/favor/stocks").unwrap();
        assert!(op.paged.as_ref().is_some_and(|p| p.by == PageBy::Offset));
        let q = |offset: &str, limit: &str| {
            let mut m = Map::new();
            m.insert("stock_creator_mchid".into(), json!("1900000001"));
            m.insert("offset".into(), json!(offset));
            m.insert("limit".into(), json!(limit));
            m
        };
        let page = |offset, limit, len| {
            let a = answer(op, &q(offset, limit), &Map::new(), None, len);
            assert_eq!(a.status, 200);
            serde_json::from_slice::<Value>(&a.body).unwrap()
        };
        let p = page("20", "10", LIST_LENGTH);
        assert_eq!(p["data"].as_array().unwrap().len(), 3);
        // A copy of the example item, its first identifier numbered by position.
        let mut item = op.answer["data"][0].clone();
        item["card_id"] = json!("card_id-22");
        assert_eq!(p["data"][2], item);
        assert_eq!(
            (&p["total_count"], &p["offset"], &p["limit"]),
            (&json!(23), &json!(20), &json!(10))
        );
        assert_eq!(page("0", "5", 0)["data"], json!([]));
        assert_eq!(answer(op, &q("0", "0"), &Map::new(), None, 1).status, 400);
    }

    #[test]
    fn query_fields_are_checked() {
        let op = find("GET", "/v3/pay/transactions/id/4200000000").unwrap();
        let a = answer(op, &Map::new(), &Map::new(), None, LIST_LENGTH);
        assert_eq!(
            detail(&a),
            (400, json!({ "field": "/mchid", "location": "query" }))
        );
    }
}
