//! The emulated endpoints and their state.

use std::sync::atomic::Ordering;

use bytes::Bytes;
use percent_encoding::percent_decode_str;
use serde_json::{Map, Value, json};
use wxpay_core::{Clock as _, SystemClock};

use super::State;

/// An answer before signing.
#[derive(Debug)]
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) body: Bytes,
}

impl Answer {
    pub(crate) fn json(status: u16, v: &Value) -> Self {
        Self {
            status,
            body: Bytes::from(v.to_string()),
        }
    }

    pub(crate) fn no_content() -> Self {
        Self {
            status: 204,
            body: Bytes::new(),
        }
    }

    pub(crate) fn error(status: u16, code: &str, message: &str) -> Self {
        Self::json(status, &json!({ "code": code, "message": message }))
    }

    pub(crate) fn param_error(field: &str, location: &str, message: &str) -> Self {
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

/// A brand member card the sandbox knows.
#[derive(Debug, Clone)]
pub(crate) struct Card {
    pub(crate) brand_id: String,
    pub(crate) card_id: String,
    pub(crate) openid: String,
    pub(crate) state: String,
    pub(crate) invalid_reason: Option<String>,
    pub(crate) invalid_time: Option<String>,
    pub(crate) create_time: String,
}

/// A parsed request, as the route handlers see it.
#[derive(Debug)]
pub(crate) struct Req<'a> {
    /// `GET`, `POST` …
    pub(crate) method: &'a str,
    /// Percent-decoded path segments, without the leading empty one.
    pub(crate) segs: Vec<String>,
    /// Percent-decoded query parameters (all strings).
    pub(crate) query: Map<String, Value>,
    /// The JSON body object (empty for GET/DELETE or an empty body).
    pub(crate) body: Map<String, Value>,
}

impl Req<'_> {
    /// The segments as `&str`, for slice patterns.
    pub(crate) fn segs(&self) -> Vec<&str> {
        self.segs.iter().map(String::as_str).collect()
    }
}

/// Dispatches by method and path; `query` is raw, `body` the request bytes.
pub(crate) fn route(state: &State, method: &str, path: &str, query: &str, body: &[u8]) -> Answer {
    let segs: Vec<String> = path
        .split('/')
        .skip(1)
        .map(|s| percent_decode_str(s).decode_utf8_lossy().into_owned())
        .collect();
    let query = match parse_query(query) {
        Ok(q) => q,
        Err(a) => return a,
    };
    let body = if body.is_empty() {
        Map::new()
    } else {
        match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(m)) => m,
            _ => return Answer::param_error("", "body", "请求体不是合法的JSON对象"),
        }
    };
    let req = Req {
        method,
        segs,
        query,
        body,
    };
    seeds(state, &req)
        .or_else(|| super::catalog::route(state, &req))
        .unwrap_or_else(|| Answer::error(404, "NOT_FOUND", "请求的资源不存在"))
}

fn seeds(state: &State, req: &Req<'_>) -> Option<Answer> {
    let segs = req.segs();
    let (q, b) = (&req.query, &req.body);
    Some(match (req.method, segs.as_slice()) {
        (
            "POST",
            [
                "v3",
                "brand",
                "partner",
                "card-member",
                "user-cards",
                code,
                "invalidate",
            ],
        ) => invalidate_user_card(state, &[(*code).to_owned()], q, b),
        (
            "POST",
            [
                "v3",
                "marketing",
                "membercard-open",
                "cards",
                card_id,
                "codes",
                code,
                "unavailable",
            ],
        ) => membercard_unavailable(state, &[(*card_id).to_owned(), (*code).to_owned()], q, b),
        ("POST", ["v3", "marketing", "busifavor", "coupons", "deactivate"]) => {
            busifavor_deactivate(state, &[], q, b)
        }
        _ => return None,
    })
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
#[allow(unused_imports)] // for the catalog routes
pub(crate) use tri;

/// Formats a Unix time as RFC 3339 in Beijing time, as WeChat Pay does.
pub(crate) fn rfc3339(unix: i64) -> String {
    let t = unix + 8 * 3600;
    let (days, secs) = (t.div_euclid(86_400), t.rem_euclid(86_400));
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}+08:00",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

pub(crate) fn now() -> String {
    rfc3339(SystemClock.now())
}

fn invalidate_user_card(
    state: &State,
    p: &[String],
    q: &Map<String, Value>,
    b: &Map<String, Value>,
) -> Answer {
    let code = p.first().cloned().unwrap_or_default();
    if code.is_empty() || code.chars().count() > 32 {
        return Answer::param_error(
            "user_card_code",
            "path",
            "参数 user_card_code 长度不符合要求",
        );
    }
    let brand_id = tri!(required(q, "brand_id", "query", 32));
    let card_id = tri!(required(q, "card_id", "query", 32));
    let openid = tri!(required(b, "openid", "body", 128));
    let reason = tri!(optional(b, "invalid_reason", "body", 32));
    let Ok(mut biz) = state.business.lock() else {
        return Answer::error(500, "SYSTEM_ERROR", "系统错误");
    };
    // A card the sandbox has not seen is taken as issued to this user (every code is valid).
    let card = biz.cards.entry(code.clone()).or_insert_with(|| Card {
        brand_id: brand_id.clone(),
        card_id: card_id.clone(),
        openid: openid.clone(),
        state: "EFFECTIVE".into(),
        invalid_reason: None,
        invalid_time: None,
        create_time: rfc3339(SystemClock.now() - 86_400),
    });
    if card.brand_id != brand_id || card.card_id != card_id {
        return Answer::error(400, "INVALID_REQUEST", "会员卡模版ID不属于该品牌");
    }
    if card.openid != openid {
        return Answer::param_error("openid", "body", "用户标识与会员卡不匹配");
    }
    if card.state == "INVALID" {
        return Answer::error(400, "INVALID_REQUEST", "会员卡已作废，不可重复作废");
    }
    card.state = "INVALID".into();
    card.invalid_reason = reason;
    card.invalid_time = Some(now());
    state.side_effects.fetch_add(1, Ordering::Relaxed);
    let card = card.clone();
    drop(biz);
    let phone = state
        .merchant_public
        .encrypt_oaep("13800138000")
        .unwrap_or_default();
    let mut v = json!({
        "user_card_code": code,
        "card_id": card.card_id,
        "openid": card.openid,
        "card_color": "#FFFF00",
        "brand_id": card.brand_id,
        "card_type": "NORMAL",
        "phone_number": phone,
        "level": "钻石会员",
        "valid_date_information": { "type": "PERMANENT" },
        "pickup_time": card.create_time,
        "user_card_state": card.state,
        "create_time": card.create_time,
        "modify_time": card.invalid_time,
    });
    if let Some(obj) = v.as_object_mut() {
        if let Some(r) = card.invalid_reason {
            obj.insert("invalid_reason".into(), Value::String(r));
        }
        if let Some(t) = card.invalid_time {
            obj.insert("invalid_time".into(), Value::String(t));
        }
    }
    Answer::json(200, &v)
}

fn membercard_unavailable(
    state: &State,
    p: &[String],
    _q: &Map<String, Value>,
    b: &Map<String, Value>,
) -> Answer {
    let (Some(card_id), Some(code)) = (p.first(), p.get(1)) else {
        return Answer::error(404, "NOT_FOUND", "请求的资源不存在");
    };
    let _reason = tri!(optional(b, "reason", "body", 64));
    let Ok(mut biz) = state.business.lock() else {
        return Answer::error(500, "SYSTEM_ERROR", "系统错误");
    };
    let key = (card_id.clone(), code.clone());
    if biz.unavailable.contains_key(&key) {
        return Answer::error(400, "INVALID_REQUEST", "会员卡code已失效");
    }
    biz.unavailable.insert(key, SystemClock.now());
    state.side_effects.fetch_add(1, Ordering::Relaxed);
    Answer::no_content()
}

fn busifavor_deactivate(
    state: &State,
    _p: &[String],
    _q: &Map<String, Value>,
    b: &Map<String, Value>,
) -> Answer {
    let coupon_code = tri!(required(b, "coupon_code", "body", 32));
    let stock_id = tri!(required(b, "stock_id", "body", 20));
    let request_no = tri!(required(b, "deactivate_request_no", "body", 128));
    let _reason = tri!(optional(b, "deactivate_reason", "body", 64));
    let Ok(mut biz) = state.business.lock() else {
        return Answer::error(500, "SYSTEM_ERROR", "系统错误");
    };
    // The request number makes the call idempotent: the same request answers the same.
    if let Some((s, c, time)) = biz.deactivations.get(&request_no) {
        if *s == stock_id && *c == coupon_code {
            return Answer::json(200, &json!({ "wechatpay_deactivate_time": time }));
        }
        return Answer::error(400, "INVALID_REQUEST", "失效请求单据号已被其他券使用");
    }
    let key = (stock_id.clone(), coupon_code.clone());
    if biz.deactivated.contains_key(&key) {
        return Answer::error(400, "INVALID_REQUEST", "券已失效");
    }
    let time = now();
    biz.deactivated.insert(key, request_no.clone());
    biz.deactivations
        .insert(request_no, (stock_id, coupon_code, time.clone()));
    state.side_effects.fetch_add(1, Ordering::Relaxed);
    Answer::json(200, &json!({ "wechatpay_deactivate_time": time }))
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
