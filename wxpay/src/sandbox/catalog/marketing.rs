//! Sandbox routes of the `marketing` area: merchant coupons (create and query a stock, redeem a
//! coupon), cash coupons (issue and query a coupon), membership cards (query and update a
//! user's card) and brand membership cards (query a user's card).
//!
//! State lives in [`State::store`] under `marketing/busifavor/stock/<stock_id>`,
//! `marketing/busifavor/request/<out_request_no>`, `marketing/busifavor/use/<use_request_no>`,
//! `marketing/busifavor/used/<stock_id>/<coupon_code>`, `marketing/favor/coupon/<coupon_id>`,
//! `marketing/favor/request/<mchid>/<out_request_no>` and
//! `marketing/membercard/code/<card_id>/<code>`. The routes also read the seed state: a coupon
//! deactivated by `coupons/deactivate` cannot be redeemed, a card code made unavailable reads
//! `UNAVAILABLE`, and an invalidated brand card reads `INVALID`.

use std::collections::HashMap;
use std::sync::MutexGuard;
use std::sync::atomic::Ordering;

use serde_json::{Map, Value, json};

use super::super::State;
use super::super::answer::{
    Answer, int, now, object, opt_int, optional as opt_string, required as string, system_error,
    tri,
};

// --- field helpers -------------------------------------------------------------------------

/// A required string among `allowed`.
fn one_of(
    m: &Map<String, Value>,
    field: &str,
    location: &str,
    allowed: &[&str],
) -> Result<String, Answer> {
    let v = string(m, field, location, 32)?;
    if allowed.contains(&v.as_str()) {
        Ok(v)
    } else {
        Err(Answer::param_error(
            field,
            location,
            &format!("参数 {field} 取值不合法"),
        ))
    }
}

fn store(state: &State) -> Result<MutexGuard<'_, HashMap<String, Value>>, Answer> {
    state.store.lock().map_err(|_| system_error())
}

// --- busifavor (商家券) ----------------------------------------------------------------------

pub(crate) fn busifavor_create_stock(state: &State, b: &Map<String, Value>) -> Answer {
    let stock_name = tri!(string(b, "stock_name", "body", 21));
    let belong_merchant = tri!(string(b, "belong_merchant", "body", 15));
    let goods_name = tri!(string(b, "goods_name", "body", 15));
    let _comment = tri!(opt_string(b, "comment", "body", 20));
    let stock_type = tri!(one_of(
        b,
        "stock_type",
        "body",
        &["NORMAL", "DISCOUNT", "EXCHANGE"]
    ));
    let rule = tri!(object(b, "coupon_use_rule", "body"));
    let time = tri!(object(rule, "coupon_available_time", "body"));
    tri!(string(time, "available_begin_time", "body", 32));
    tri!(string(time, "available_end_time", "body", 32));
    tri!(one_of(
        rule,
        "use_method",
        "body",
        &["OFF_LINE", "MINI_PROGRAMS", "SELF_CONSUME", "PAYMENT_CODE"]
    ));
    let rule_key = match stock_type.as_str() {
        "NORMAL" => "fixed_normal_coupon",
        "DISCOUNT" => "discount_coupon",
        _ => "exchange_coupon",
    };
    tri!(object(rule, rule_key, "body"));
    let send = tri!(object(b, "stock_send_rule", "body"));
    tri!(int(send, "max_coupons", "body"));
    tri!(int(send, "max_coupons_per_user", "body"));
    let out_request_no = tri!(string(b, "out_request_no", "body", 128));
    tri!(one_of(
        b,
        "coupon_code_mode",
        "body",
        &["WECHATPAY_MODE", "MERCHANT_API", "MERCHANT_UPLOAD"]
    ));
    let mut st = tri!(store(state));
    let request_key = format!("marketing/busifavor/request/{out_request_no}");
    // The request number makes creation idempotent.
    if let Some(stock_id) = st.get(&request_key).and_then(Value::as_str) {
        let stock = st.get(&format!("marketing/busifavor/stock/{stock_id}"));
        let create_time = stock
            .and_then(|s| s.get("create_time"))
            .cloned()
            .unwrap_or(Value::Null);
        return Answer::json(
            200,
            &json!({ "stock_id": stock_id, "create_time": create_time }),
        );
    }
    let n = st
        .keys()
        .filter(|k| k.starts_with("marketing/busifavor/stock/"))
        .count();
    let stock_id = format!("{}", 1_288_880_000_000_001_u64 + n as u64);
    let create_time = now();
    let mut stock = b.clone();
    stock.remove("out_request_no");
    stock.insert("stock_name".into(), Value::String(stock_name));
    stock.insert("belong_merchant".into(), Value::String(belong_merchant));
    stock.insert("goods_name".into(), Value::String(goods_name));
    stock.insert("stock_id".into(), Value::String(stock_id.clone()));
    stock.insert("stock_state".into(), Value::String("RUNNING".into()));
    stock.insert("create_time".into(), Value::String(create_time.clone()));
    stock.insert(
        "send_count_information".into(),
        json!({ "total_send_num": 0, "total_send_amount": 0, "today_send_num": 0, "today_send_amount": 0 }),
    );
    st.insert(
        format!("marketing/busifavor/stock/{stock_id}"),
        Value::Object(stock),
    );
    st.insert(request_key, Value::String(stock_id.clone()));
    state.side_effects.fetch_add(1, Ordering::Relaxed);
    Answer::json(
        200,
        &json!({ "stock_id": stock_id, "create_time": create_time }),
    )
}

pub(crate) fn busifavor_query_stock(state: &State, stock_id: &str) -> Answer {
    let st = tri!(store(state));
    match st.get(&format!("marketing/busifavor/stock/{stock_id}")) {
        Some(stock) => {
            let mut stock = stock.clone();
            if let Some(o) = stock.as_object_mut() {
                o.remove("create_time");
            }
            Answer::json(200, &stock)
        }
        None => Answer::error(404, "RESOURCE_NOT_EXISTS", "批次不存在"),
    }
}

pub(crate) fn busifavor_use(state: &State, b: &Map<String, Value>) -> Answer {
    let coupon_code = tri!(string(b, "coupon_code", "body", 32));
    let stock_id = tri!(opt_string(b, "stock_id", "body", 20));
    let appid = tri!(string(b, "appid", "body", 32));
    let _use_time = tri!(string(b, "use_time", "body", 32));
    let request_no = tri!(string(b, "use_request_no", "body", 32));
    let openid = tri!(opt_string(b, "openid", "body", 128));
    let stock_id = stock_id.unwrap_or_else(|| "1288880000000001".into());
    if let Ok(biz) = state.business.lock() {
        if biz
            .deactivated
            .contains_key(&(stock_id.clone(), coupon_code.clone()))
        {
            return Answer::error(400, "INVALID_REQUEST", "券已失效，不可核销");
        }
    } else {
        return system_error();
    }
    let mut st = tri!(store(state));
    let use_key = format!("marketing/busifavor/use/{request_no}");
    // The request number makes redemption idempotent: the same request answers the same.
    if let Some(done) = st.get(&use_key) {
        if done.get("coupon_code").and_then(Value::as_str) == Some(coupon_code.as_str()) {
            let mut answer = done.clone();
            if let Some(o) = answer.as_object_mut() {
                o.remove("coupon_code");
            }
            return Answer::json(200, &answer);
        }
        return Answer::error(400, "INVALID_REQUEST", "核销请求单据号已被其他券使用");
    }
    let used_key = format!("marketing/busifavor/used/{stock_id}/{coupon_code}");
    if st.contains_key(&used_key) {
        return Answer::error(400, "INVALID_REQUEST", "券已核销");
    }
    let openid = openid.unwrap_or_else(|| format!("o{appid}SandboxUser"));
    let answer = json!({
        "stock_id": stock_id,
        "openid": openid,
        "wechatpay_use_time": now(),
    });
    let mut done = answer.clone();
    if let Some(o) = done.as_object_mut() {
        o.insert("coupon_code".into(), Value::String(coupon_code));
    }
    st.insert(use_key, done);
    st.insert(used_key, Value::String(request_no));
    state.side_effects.fetch_add(1, Ordering::Relaxed);
    Answer::json(200, &answer)
}

// --- favor (代金券) --------------------------------------------------------------------------

pub(crate) fn favor_send(state: &State, openid: &str, b: &Map<String, Value>) -> Answer {
    let stock_id = tri!(string(b, "stock_id", "body", 20));
    let request_no = tri!(string(b, "out_request_no", "body", 128));
    let appid = tri!(string(b, "appid", "body", 128));
    let mchid = tri!(string(b, "stock_creator_mchid", "body", 20));
    let value = tri!(opt_int(b, "coupon_value", "body"));
    let minimum = tri!(opt_int(b, "coupon_minimum", "body"));
    if value.is_some() != minimum.is_some() {
        return Answer::param_error(
            "coupon_minimum",
            "body",
            "coupon_value 与 coupon_minimum 需同时填写",
        );
    }
    let mut st = tri!(store(state));
    let request_key = format!("marketing/favor/request/{mchid}/{request_no}");
    // The request number makes issuing idempotent.
    if let Some(coupon_id) = st.get(&request_key) {
        return Answer::json(200, &json!({ "coupon_id": coupon_id }));
    }
    let n = st
        .keys()
        .filter(|k| k.starts_with("marketing/favor/coupon/"))
        .count();
    let coupon_id = format!("{}", 9_867_041 + n as u64);
    let coupon = json!({
        "openid": openid,
        "appid": appid,
        "stock_creator_mchid": mchid,
        "stock_id": stock_id,
        "coupon_id": coupon_id,
        "coupon_amount": value.unwrap_or(100),
        "transaction_minimum": minimum.unwrap_or(100),
        "create_time": now(),
    });
    st.insert(format!("marketing/favor/coupon/{coupon_id}"), coupon);
    st.insert(request_key, Value::String(coupon_id.clone()));
    state.side_effects.fetch_add(1, Ordering::Relaxed);
    Answer::json(200, &json!({ "coupon_id": coupon_id }))
}

pub(crate) fn favor_query(
    state: &State,
    openid: &str,
    coupon_id: &str,
    q: &Map<String, Value>,
) -> Answer {
    let appid = tri!(string(q, "appid", "query", 128));
    let st = tri!(store(state));
    let Some(c) = st.get(&format!("marketing/favor/coupon/{coupon_id}")) else {
        return Answer::error(404, "RESOURCE_NOT_EXISTS", "代金券不存在");
    };
    let field = |k: &str| c.get(k).cloned().unwrap_or(Value::Null);
    if c.get("openid").and_then(Value::as_str) != Some(openid)
        || c.get("appid").and_then(Value::as_str) != Some(appid.as_str())
    {
        return Answer::error(404, "RESOURCE_NOT_EXISTS", "代金券不存在");
    }
    let create_time = field("create_time");
    Answer::json(
        200,
        &json!({
            "stock_creator_mchid": field("stock_creator_mchid"),
            "stock_id": field("stock_id"),
            "coupon_id": coupon_id,
            "coupon_name": "微信支付代金券",
            "status": "SENDED",
            "description": "微信支付营销",
            "create_time": create_time,
            "coupon_type": "NORMAL",
            "no_cash": false,
            "available_begin_time": create_time,
            "available_end_time": "2099-12-31T23:59:59+08:00",
            "singleitem": false,
            "normal_coupon_information": {
                "coupon_amount": field("coupon_amount"),
                "transaction_minimum": field("transaction_minimum"),
            },
        }),
    )
}

// --- membercard-open (会员卡) ----------------------------------------------------------------

pub(crate) fn membercard_query(state: &State, card_id: &str, code: &str) -> Answer {
    let unavailable = match state.business.lock() {
        Ok(biz) => biz
            .unavailable
            .contains_key(&(card_id.to_owned(), code.to_owned())),
        Err(_) => return system_error(),
    };
    let st = tri!(store(state));
    let saved = st
        .get(&format!("marketing/membercard/code/{card_id}/{code}"))
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let mut v = json!({
        "card_id": card_id,
        "code": code,
        "openid": "obLatjnx9gnqzS4myYGmLZ7LgLBA",
        "level": "白银会员",
        "balance": 0,
        "user_card_status": if unavailable { "UNAVAILABLE" } else { "EFFECTIVE" },
        "bonus_value": 0,
    });
    if let Some(o) = v.as_object_mut() {
        for (k, val) in saved {
            o.insert(k, val);
        }
    }
    Answer::json(200, &v)
}

pub(crate) fn membercard_update(
    state: &State,
    card_id: &str,
    code: &str,
    b: &Map<String, Value>,
) -> Answer {
    let mut changes = Map::new();
    for (field, max) in [
        ("membership_number", 32),
        ("background_picture_url", 128),
        ("level", 32),
    ] {
        if let Some(v) = tri!(opt_string(b, field, "body", max)) {
            changes.insert(field.into(), Value::String(v));
        }
    }
    let _request_no = tri!(opt_string(b, "out_request_no", "body", 128));
    let balance = match b.get("balance_information") {
        None => None,
        Some(_) => {
            let bi = tri!(object(b, "balance_information", "body"));
            let before = tri!(int(bi, "before_balance", "body"));
            let after = tri!(int(bi, "balance", "body"));
            let add = tri!(int(bi, "add_balance", "body"));
            if before + add != after {
                return Answer::param_error(
                    "balance_information",
                    "body",
                    "balance 应等于 before_balance 与 add_balance 之和",
                );
            }
            Some((before, after))
        }
    };
    match state.business.lock() {
        Ok(biz) => {
            if biz
                .unavailable
                .contains_key(&(card_id.to_owned(), code.to_owned()))
            {
                return Answer::error(400, "INVALID_REQUEST", "会员卡code已失效");
            }
        }
        Err(_) => return system_error(),
    }
    let mut st = tri!(store(state));
    let key = format!("marketing/membercard/code/{card_id}/{code}");
    let mut saved = st
        .get(&key)
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    if let Some((before, after)) = balance {
        let current = saved.get("balance").and_then(Value::as_i64).unwrap_or(0);
        if current != before {
            return Answer::error(400, "INVALID_REQUEST", "before_balance 与当前余额不一致");
        }
        saved.insert("balance".into(), json!(after));
    }
    saved.extend(changes);
    st.insert(key, Value::Object(saved));
    state.side_effects.fetch_add(1, Ordering::Relaxed);
    Answer::no_content()
}

// --- brand card-member (品牌会员卡) -----------------------------------------------------------

pub(crate) fn brand_query_user_card(state: &State, code: &str, q: &Map<String, Value>) -> Answer {
    let brand_id = tri!(string(q, "brand_id", "query", 32));
    let card_id = tri!(string(q, "card_id", "query", 32));
    let openid = tri!(string(q, "openid", "query", 128));
    let known = match state.business.lock() {
        Ok(biz) => biz.cards.get(code).cloned(),
        Err(_) => return system_error(),
    };
    // A card the sandbox has not seen is taken as issued to this user, as the seeds do.
    let (card_state, reason, invalid_time, create_time) = match known {
        Some(card) => {
            if card.brand_id != brand_id || card.card_id != card_id {
                return Answer::error(400, "INVALID_REQUEST", "会员卡模版ID不属于该品牌");
            }
            if card.openid != openid {
                return Answer::param_error("openid", "query", "用户标识与会员卡不匹配");
            }
            (
                card.state,
                card.invalid_reason,
                card.invalid_time,
                card.create_time,
            )
        }
        None => ("EFFECTIVE".to_owned(), None, None, now()),
    };
    let phone = state
        .merchant_public
        .encrypt_oaep("13800138000")
        .unwrap_or_default();
    let mut v = json!({
        "user_card_code": code,
        "card_id": card_id,
        "openid": openid,
        "card_color": "#FFFF00",
        "brand_id": brand_id,
        "card_type": "NORMAL",
        "phone_number": phone,
        "level": "钻石会员",
        "valid_date_information": { "type": "PERMANENT" },
        "pickup_time": create_time,
        "user_card_state": card_state,
        "create_time": create_time,
        "modify_time": invalid_time.clone().unwrap_or_else(|| create_time.clone()),
    });
    if let Some(o) = v.as_object_mut() {
        if let Some(r) = reason {
            o.insert("invalid_reason".into(), Value::String(r));
        }
        if let Some(t) = invalid_time {
            o.insert("invalid_time".into(), Value::String(t));
        }
    }
    Answer::json(200, &v)
}
