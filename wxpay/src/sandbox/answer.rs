//! What every sandbox route handler works with: the parsed request, the answer before signing,
//! and the field checks WeChat Pay applies (`400 PARAM_ERROR` with `detail.field`/`location`).
//!
//! A leaf module: handlers in `catalog/*` and the routing table in `routes.rs` import it, it
//! imports neither.

use bytes::Bytes;
use percent_encoding::percent_decode_str;
use serde_json::{Map, Value, json};
use wxpay_core::{Clock as _, SystemClock};

use super::Fault;
use super::credentials;
use super::files::Multipart;

thread_local! {
    static MERCHANT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Runs a (synchronous) route handler knowing which hosted merchant sent the request
/// (`None`: the fixed one), for [`merchant_id`].
pub(crate) fn with_merchant<R>(mchid: Option<&str>, f: impl FnOnce() -> R) -> R {
    let prev = MERCHANT.with(|m| m.replace(mchid.map(str::to_owned)));
    let r = f();
    MERCHANT.with(|m| *m.borrow_mut() = prev);
    r
}

/// The merchant id the request being handled authenticated as.
pub(crate) fn merchant_id() -> String {
    MERCHANT
        .with(|m| m.borrow().clone())
        .unwrap_or_else(|| credentials::MCHID.to_owned())
}

/// An answer before signing.
#[derive(Debug)]
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) body: Bytes,
    /// A downloaded file: sent as bytes, unsigned (the client checks the announced digest).
    pub(crate) file: bool,
}

impl Answer {
    pub(crate) fn json(status: u16, v: &Value) -> Self {
        Self {
            status,
            body: Bytes::from(v.to_string()),
            file: false,
        }
    }

    /// A success without a body (`204`, or the `202` of an accepted request).
    pub(crate) fn empty(status: u16) -> Self {
        Self {
            status,
            body: Bytes::new(),
            file: false,
        }
    }

    pub(crate) fn no_content() -> Self {
        Self {
            status: 204,
            body: Bytes::new(),
            file: false,
        }
    }

    /// File bytes, answered without a signature as WeChat Pay's download host does.
    pub(crate) fn file(bytes: Bytes) -> Self {
        Self {
            status: 200,
            body: bytes,
            file: true,
        }
    }

    pub(crate) fn error(status: u16, code: &str, message: &str) -> Self {
        Self::json(status, &json!({ "code": code, "message": message }))
    }

    /// `400 PARAM_ERROR` naming the field as WeChat Pay does: a JSON pointer into the body or
    /// the query (`amount.total` and `amount/total` are both written `/amount/total`).
    pub(crate) fn param_error(field: &str, location: &str, message: &str) -> Self {
        let field = if field.is_empty() || field.starts_with('/') {
            field.to_owned()
        } else {
            format!("/{}", field.replace('.', "/"))
        };
        Self::json(
            400,
            &json!({
                "code": "PARAM_ERROR",
                "message": message,
                "detail": { "field": field, "location": location }
            }),
        )
    }
}

/// A parsed request, as the route handlers see it.
#[derive(Debug)]
pub(crate) struct Req<'a> {
    /// The raw path, as sent.
    pub(crate) path: &'a str,
    /// The values of the route pattern's `{…}` segments, percent-decoded, in order.
    pub(crate) params: Vec<String>,
    /// The raw query string.
    pub(crate) raw_query: &'a str,
    /// Percent-decoded query parameters (all strings).
    pub(crate) query: Map<String, Value>,
    /// The JSON body object (empty for GET/DELETE, an empty body or a multipart upload).
    pub(crate) body: Map<String, Value>,
    /// A `multipart/form-data` upload.
    pub(crate) form: Option<&'a Multipart>,
    /// `http://<Host header>`, for URLs the answer points back to.
    pub(crate) base_url: String,
    /// The fault injected into this request, for handlers that apply one themselves.
    pub(crate) fault: Option<&'a Fault>,
}

impl Req<'_> {
    /// The `i`-th `{…}` value of the route pattern (empty if the pattern has fewer).
    pub(crate) fn param(&self, i: usize) -> &str {
        self.params.get(i).map_or("", String::as_str)
    }
}

pub(crate) fn parse_query(q: &str) -> Result<Map<String, Value>, Answer> {
    let mut m = Map::new();
    for pair in q.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let k = percent_decode_str(k)
            .decode_utf8()
            .map_err(|_| Answer::param_error(k, "query", "参数不是合法的UTF-8"))?;
        let v = percent_decode_str(v)
            .decode_utf8()
            .map_err(|_| Answer::param_error(&k, "query", "参数不是合法的UTF-8"))?;
        m.insert(k.into_owned(), Value::String(v.into_owned()));
    }
    Ok(m)
}

/// A required string of at most `max` characters.
pub(crate) fn required(
    m: &Map<String, Value>,
    field: &str,
    location: &str,
    max: usize,
) -> Result<String, Answer> {
    match m.get(field) {
        None => Err(Answer::param_error(
            field,
            location,
            &format!("缺少必填参数 {field}"),
        )),
        Some(Value::Null) => Err(Answer::param_error(
            field,
            location,
            &format!("参数 {field} 不能为 null"),
        )),
        Some(v) => string(v, field, location, max),
    }
}

/// An optional string; `null` is refused as WeChat Pay does.
pub(crate) fn optional(
    m: &Map<String, Value>,
    field: &str,
    location: &str,
    max: usize,
) -> Result<Option<String>, Answer> {
    match m.get(field) {
        None => Ok(None),
        Some(Value::Null) => Err(Answer::param_error(
            field,
            location,
            &format!("参数 {field} 不能为 null"),
        )),
        Some(v) => string(v, field, location, max).map(Some),
    }
}

/// `400 PARAM_ERROR` for a missing required field.
pub(crate) fn missing(field: &str, location: &str) -> Answer {
    Answer::param_error(field, location, &format!("缺少必填参数 {field}"))
}

/// `500 SYSTEM_ERROR`.
pub(crate) fn system_error() -> Answer {
    Answer::error(500, "SYSTEM_ERROR", "系统错误")
}

/// A required JSON object.
pub(crate) fn object<'m>(
    m: &'m Map<String, Value>,
    field: &str,
    location: &str,
) -> Result<&'m Map<String, Value>, Answer> {
    match m.get(field) {
        None => Err(missing(field, location)),
        Some(Value::Object(o)) => Ok(o),
        Some(_) => Err(Answer::param_error(
            field,
            location,
            &format!("参数 {field} 类型错误，应为 object"),
        )),
    }
}

/// An optional integer; `null` and other types are refused.
pub(crate) fn opt_int(
    m: &Map<String, Value>,
    field: &str,
    location: &str,
) -> Result<Option<i64>, Answer> {
    match m.get(field) {
        None => Ok(None),
        Some(v) => v.as_i64().map(Some).ok_or_else(|| {
            Answer::param_error(
                field,
                location,
                &format!("参数 {field} 类型错误，应为 integer"),
            )
        }),
    }
}

/// A required integer.
pub(crate) fn int(m: &Map<String, Value>, field: &str, location: &str) -> Result<i64, Answer> {
    opt_int(m, field, location)?.ok_or_else(|| missing(field, location))
}

fn string(v: &Value, field: &str, location: &str, max: usize) -> Result<String, Answer> {
    let Value::String(s) = v else {
        return Err(Answer::param_error(
            field,
            location,
            &format!("参数 {field} 类型错误，应为 string"),
        ));
    };
    if s.is_empty() || s.chars().count() > max {
        return Err(Answer::param_error(
            field,
            location,
            &format!("参数 {field} 长度不符合要求"),
        ));
    }
    Ok(s.clone())
}

/// `?` for handlers that answer an [`Answer`] on error.
macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(a) => return a,
        }
    };
}
pub(crate) use tri;

/// Beijing time, in which WeChat Pay writes every date.
const BEIJING: time::UtcOffset = match time::UtcOffset::from_hms(8, 0, 0) {
    Ok(o) => o,
    Err(_) => time::UtcOffset::UTC,
};

/// Formats a Unix time as RFC 3339 in Beijing time, as WeChat Pay does.
pub(crate) fn rfc3339(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| {
            t.to_offset(BEIJING)
                .format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

/// Now, as [`rfc3339`].
pub(crate) fn now() -> String {
    rfc3339(SystemClock.now())
}

#[cfg(test)]
mod tests {
    #[test]
    fn rfc3339_in_beijing_time() {
        assert_eq!(super::rfc3339(0), "1970-01-01T08:00:00+08:00");
        assert_eq!(super::rfc3339(1_432_099_775), "2015-05-20T13:29:35+08:00");
        assert_eq!(super::rfc3339(951_782_400), "2000-02-29T08:00:00+08:00");
        assert_eq!(super::rfc3339(951_868_800), "2000-03-01T08:00:00+08:00");
    }
}
