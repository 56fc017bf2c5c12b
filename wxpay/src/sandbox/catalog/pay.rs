//! Sandbox routes of the `pay` area: direct-merchant prepay (JSAPI, App, H5, Native), query by
//! `out_trade_no`, close; refunds (create, query); trade and fund-flow bills; Pay Score service
//! orders (create, query, cancel).
//!
//! State lives in [`State::store`] under `pay/order/<out_trade_no>`,
//! `pay/refund/<out_refund_no>` and `pay/serviceorder/<out_order_no>`. Orders the sandbox has
//! not seen are taken as paid when refunded, so a refund can be tried without a payment.

use std::sync::atomic::Ordering;

use serde_json::{Map, Value, json};

use super::super::State;
use super::super::answer::{
    Answer, missing, now, object, optional as opt_string, required as string, system_error, tri,
};
use super::super::credentials::MCHID;

// --- field helpers -------------------------------------------------------------------------

/// A required positive integer.
fn amount(m: &Map<String, Value>, field: &str, location: &str) -> Result<i64, Answer> {
    match m.get(field) {
        None => Err(missing(field, location)),
        Some(v) => match v.as_i64() {
            Some(n) if n > 0 => Ok(n),
            _ => Err(Answer::param_error(
                field,
                location,
                &format!("参数 {field} 应为正整数"),
            )),
        },
    }
}

fn mchid_matches(mchid: &str, location: &str) -> Result<(), Answer> {
    if mchid == super::super::answer::merchant_id() {
        Ok(())
    } else {
        Err(Answer::param_error(
            "mchid",
            location,
            "mchid与请求方商户号不一致",
        ))
    }
}

pub(crate) fn random_digits(prefix: &str, n: usize) -> String {
    let mut s = prefix.to_owned();
    while s.len() < prefix.len() + n {
        s.push_str(&format!("{:010}", rand::random::<u32>()));
    }
    s.truncate(prefix.len() + n);
    s
}

// --- orders --------------------------------------------------------------------------------

pub(crate) fn prepay(state: &State, kind: &str, b: &Map<String, Value>) -> Answer {
    let appid = tri!(string(b, "appid", "body", 32));
    let mchid = tri!(string(b, "mchid", "body", 32));
    tri!(mchid_matches(&mchid, "body"));
    let description = tri!(string(b, "description", "body", 127));
    let out_trade_no = tri!(string(b, "out_trade_no", "body", 32));
    if out_trade_no.len() < 6 {
        return Answer::param_error("out_trade_no", "body", "参数 out_trade_no 长度不符合要求");
    }
    let notify_url = tri!(string(b, "notify_url", "body", 255));
    let attach = tri!(opt_string(b, "attach", "body", 128));
    let amount_obj = tri!(object(b, "amount", "body"));
    let total = tri!(amount(amount_obj, "total", "body"));
    // Who pays: the JSAPI payer, else a user the sandbox makes up (WeChat Pay learns it when
    // the user pays in the app).
    let mut openid = format!("oSandboxPayer{}", random_digits("", 15));
    match kind {
        "jsapi" => {
            let payer = tri!(object(b, "payer", "body"));
            openid = tri!(string(payer, "openid", "body", 128));
        }
        "h5" => {
            let scene = tri!(object(b, "scene_info", "body"));
            tri!(string(scene, "payer_client_ip", "body", 45));
            let h5 = tri!(object(scene, "h5_info", "body"));
            tri!(string(h5, "type", "body", 32));
        }
        _ => {}
    }
    let Ok(mut store) = state.store.lock() else {
        return system_error();
    };
    let key = format!("pay/order/{out_trade_no}");
    if let Some(order) = store.get(&key) {
        // The same order placed again answers the same prepay session.
        let same = order["description"] == description.as_str()
            && order.pointer("/amount/total").and_then(Value::as_i64) == Some(total)
            && order["trade_type"] == kind;
        if order["trade_state"] == "CLOSED" {
            return Answer::error(400, "ORDER_CLOSED", "订单已关闭");
        }
        if !same {
            return Answer::error(
                400,
                "INVALID_REQUEST",
                "商户订单号重复，且与原订单参数不一致",
            );
        }
        return prepay_answer(kind, order["prepay_id"].as_str().unwrap_or_default());
    }
    let prepay_id = random_digits("wx", 34);
    let mut order = json!({
        "appid": appid,
        "mchid": mchid,
        "out_trade_no": out_trade_no,
        "trade_type": kind,
        "trade_state": "NOTPAY",
        "trade_state_desc": "订单未支付",
        "description": description,
        "amount": { "total": total, "currency": "CNY" },
        "prepay_id": prepay_id,
    });
    if let (Some(a), Some(o)) = (attach, order.as_object_mut()) {
        o.insert("attach".into(), Value::String(a));
    }
    store.insert(key, order);
    // The payer's side (`Sandbox::trigger`) reads these; the query never shows them.
    store.insert(
        format!("sandbox/notify/order/{out_trade_no}"),
        json!(notify_url),
    );
    store.insert(format!("sandbox/payer/{out_trade_no}"), json!(openid));
    drop(store);
    state.side_effects.fetch_add(1, Ordering::Relaxed);
    prepay_answer(kind, &prepay_id)
}

fn prepay_answer(kind: &str, prepay_id: &str) -> Answer {
    let v = match kind {
        "h5" => json!({
            "h5_url": format!("https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id={prepay_id}&package=1405458241")
        }),
        "native" => {
            let tail: String = prepay_id.chars().rev().take(7).collect();
            json!({ "code_url": format!("weixin://wxpay/bizpayurl?pr={tail}") })
        }
        _ => json!({ "prepay_id": prepay_id }),
    };
    Answer::json(200, &v)
}

/// The order as the query answers it: the stored fields without the sandbox's own.
pub(crate) fn transaction_view(order: &Value) -> Value {
    let mut v = order.clone();
    if let Some(o) = v.as_object_mut() {
        o.remove("description");
        o.remove("prepay_id");
        // The trade type is only reported once paid, in WeChat Pay's spelling.
        match o.get("trade_state").and_then(Value::as_str) {
            Some("SUCCESS" | "REFUND") => {
                let shown = match o.get("trade_type").and_then(Value::as_str) {
                    Some("h5") => "MWEB".to_owned(),
                    Some(t) => t.to_ascii_uppercase(),
                    None => String::new(),
                };
                o.insert("trade_type".into(), Value::String(shown));
            }
            _ => {
                o.remove("trade_type");
            }
        }
    }
    v
}

pub(crate) fn query_order(state: &State, out_trade_no: &str, q: &Map<String, Value>) -> Answer {
    let mchid = tri!(string(q, "mchid", "query", 32));
    tri!(mchid_matches(&mchid, "query"));
    let Ok(store) = state.store.lock() else {
        return system_error();
    };
    match store.get(&format!("pay/order/{out_trade_no}")) {
        // Another merchant's order does not exist for this one.
        Some(order) if order["mchid"] == mchid.as_str() => {
            Answer::json(200, &transaction_view(order))
        }
        Some(_) => Answer::error(404, "ORDER_NOT_EXIST", "订单不存在"),
        None => Answer::error(404, "ORDER_NOT_EXIST", "订单不存在"),
    }
}

pub(crate) fn close_order(state: &State, out_trade_no: &str, b: &Map<String, Value>) -> Answer {
    let mchid = tri!(string(b, "mchid", "body", 32));
    tri!(mchid_matches(&mchid, "body"));
    let Ok(mut store) = state.store.lock() else {
        return system_error();
    };
    let Some(order) = store.get_mut(&format!("pay/order/{out_trade_no}")) else {
        return Answer::error(404, "ORDER_NOT_EXIST", "订单不存在");
    };
    match order["trade_state"].as_str() {
        Some("SUCCESS" | "REFUND") => Answer::error(400, "ORDER_PAID", "订单已支付，不能关闭"),
        // Closing a closed order again succeeds.
        Some("CLOSED") => Answer::no_content(),
        _ => {
            order["trade_state"] = json!("CLOSED");
            order["trade_state_desc"] = json!("订单已关闭");
            state.side_effects.fetch_add(1, Ordering::Relaxed);
            Answer::no_content()
        }
    }
}

// --- refunds -------------------------------------------------------------------------------

pub(crate) fn create_refund(state: &State, b: &Map<String, Value>) -> Answer {
    let transaction_id = tri!(opt_string(b, "transaction_id", "body", 32));
    let out_trade_no = tri!(opt_string(b, "out_trade_no", "body", 32));
    if transaction_id.is_none() && out_trade_no.is_none() {
        return missing("out_trade_no", "body");
    }
    let out_refund_no = tri!(string(b, "out_refund_no", "body", 64));
    let _reason = tri!(opt_string(b, "reason", "body", 80));
    let notify_url = tri!(opt_string(b, "notify_url", "body", 256));
    let amt = tri!(object(b, "amount", "body"));
    let refund = tri!(amount(amt, "refund", "body"));
    let total = tri!(amount(amt, "total", "body"));
    let currency = tri!(string(amt, "currency", "body", 16));
    if refund > total {
        return Answer::param_error("amount.refund", "body", "退款金额不能大于订单金额");
    }
    let Ok(mut store) = state.store.lock() else {
        return system_error();
    };
    let key = format!("pay/refund/{out_refund_no}");
    // Idempotent on out_refund_no.
    if let Some(r) = store.get(&key) {
        return Answer::json(200, r);
    }
    if let Some(no) = &out_trade_no
        && let Some(order) = store.get(&format!("pay/order/{no}"))
    {
        if order["trade_state"] != "SUCCESS" && order["trade_state"] != "REFUND" {
            return Answer::error(400, "INVALID_REQUEST", "订单未支付，不能退款");
        }
        if order.pointer("/amount/total").and_then(Value::as_i64) != Some(total) {
            return Answer::param_error("amount.total", "body", "订单金额与原订单不一致");
        }
    }
    let out_trade_no_for_url = out_trade_no.clone();
    // A refund of an order paid in the sandbox names that payment.
    let paid_transaction_id = out_trade_no
        .as_ref()
        .and_then(|no| store.get(&format!("pay/order/{no}")))
        .and_then(|o| o["transaction_id"].as_str())
        .map(str::to_owned);
    let r = json!({
        "refund_id": random_digits("50000000", 21),
        "out_refund_no": out_refund_no.clone(),
        "transaction_id": transaction_id.or(paid_transaction_id).unwrap_or_else(|| random_digits("4200", 24)),
        "out_trade_no": out_trade_no.unwrap_or_else(|| random_digits("", 28)),
        "channel": "ORIGINAL",
        "user_received_account": "支付用户零钱",
        "create_time": now(),
        "status": "PROCESSING",
        "funds_account": "AVAILABLE",
        "amount": {
            "total": total,
            "refund": refund,
            "payer_total": total,
            "payer_refund": refund,
            "settlement_refund": refund,
            "settlement_total": total,
            "discount_refund": 0,
            "currency": currency,
        },
    });
    store.insert(key, r.clone());
    // A refund without its own `notify_url` is notified at the order's.
    let order_url = out_trade_no_for_url
        .and_then(|no| store.get(&format!("sandbox/notify/order/{no}")).cloned());
    if let Some(url) = notify_url.map(Value::String).or(order_url) {
        store.insert(format!("sandbox/notify/refund/{out_refund_no}"), url);
    }
    drop(store);
    state.side_effects.fetch_add(1, Ordering::Relaxed);
    Answer::json(200, &r)
}

pub(crate) fn query_refund(state: &State, out_refund_no: &str) -> Answer {
    let Ok(store) = state.store.lock() else {
        return system_error();
    };
    match store.get(&format!("pay/refund/{out_refund_no}")) {
        Some(r) => Answer::json(200, r),
        None => Answer::error(404, "RESOURCE_NOT_EXISTS", "退款单不存在"),
    }
}

// --- Pay Score -----------------------------------------------------------------------------

pub(crate) fn create_service_order(state: &State, b: &Map<String, Value>) -> Answer {
    let out_order_no = tri!(string(b, "out_order_no", "body", 32));
    let appid = tri!(string(b, "appid", "body", 32));
    let service_id = tri!(string(b, "service_id", "body", 32));
    let intro = tri!(string(b, "service_introduction", "body", 20));
    let time_range = tri!(object(b, "time_range", "body"));
    tri!(string(time_range, "start_time", "body", 14));
    let risk = tri!(object(b, "risk_fund", "body"));
    tri!(string(risk, "name", "body", 32));
    tri!(amount(risk, "amount", "body"));
    let notify_url = tri!(string(b, "notify_url", "body", 255));
    let Ok(mut store) = state.store.lock() else {
        return system_error();
    };
    let key = format!("pay/serviceorder/{out_order_no}");
    if let Some(o) = store.get(&key) {
        // Idempotent with the same parameters.
        if o["service_id"] == service_id.as_str() && o["service_introduction"] == intro.as_str() {
            return Answer::json(200, o);
        }
        return Answer::error(
            400,
            "INVALID_REQUEST",
            "商户订单号重复，且与原订单参数不一致",
        );
    }
    let mut o = json!({
        "appid": appid,
        "mchid": MCHID,
        "out_order_no": out_order_no,
        "service_id": service_id,
        "service_introduction": intro,
        "state": "CREATED",
        "risk_fund": b.get("risk_fund").cloned().unwrap_or(Value::Null),
        "time_range": b.get("time_range").cloned().unwrap_or(Value::Null),
        "notify_url": notify_url,
        "order_id": random_digits("", 20),
        "package": random_digits("DJIOSQPYWDxsjdldeskdfdk3dkgd", 20),
    });
    if let Some(obj) = o.as_object_mut() {
        for field in ["post_payments", "post_discounts", "location", "attach"] {
            if let Some(v) = b.get(field) {
                obj.insert(field.into(), v.clone());
            }
        }
    }
    store.insert(key, o.clone());
    drop(store);
    state.side_effects.fetch_add(1, Ordering::Relaxed);
    Answer::json(200, &o)
}

pub(crate) fn query_service_order(state: &State, q: &Map<String, Value>) -> Answer {
    let service_id = tri!(string(q, "service_id", "query", 32));
    let appid = tri!(string(q, "appid", "query", 32));
    let out_order_no = tri!(opt_string(q, "out_order_no", "query", 32));
    let query_id = tri!(opt_string(q, "query_id", "query", 512));
    let Ok(store) = state.store.lock() else {
        return system_error();
    };
    let found = match (out_order_no, query_id) {
        (Some(no), None) => store.get(&format!("pay/serviceorder/{no}")),
        (None, Some(id)) => store
            .iter()
            .filter(|(k, _)| k.starts_with("pay/serviceorder/"))
            .map(|(_, v)| v)
            .find(|v| v["order_id"] == id.as_str()),
        _ => {
            return Answer::param_error(
                "out_order_no",
                "query",
                "out_order_no与query_id必须且只能填写一个",
            );
        }
    };
    match found {
        Some(o) if o["service_id"] == service_id.as_str() && o["appid"] == appid.as_str() => {
            Answer::json(200, o)
        }
        _ => Answer::error(404, "ORDER_NOT_EXIST", "订单不存在"),
    }
}

pub(crate) fn cancel_service_order(
    state: &State,
    out_order_no: &str,
    b: &Map<String, Value>,
) -> Answer {
    let appid = tri!(string(b, "appid", "body", 32));
    let service_id = tri!(string(b, "service_id", "body", 32));
    tri!(string(b, "reason", "body", 50));
    let Ok(mut store) = state.store.lock() else {
        return system_error();
    };
    let Some(o) = store.get_mut(&format!("pay/serviceorder/{out_order_no}")) else {
        return Answer::error(404, "ORDER_NOT_EXIST", "订单不存在");
    };
    if o["appid"] != appid.as_str() || o["service_id"] != service_id.as_str() {
        return Answer::error(400, "INVALID_REQUEST", "appid或service_id与原订单不一致");
    }
    match o["state"].as_str() {
        Some("CREATED" | "DOING") => {
            o["state"] = json!("REVOKED");
            state.side_effects.fetch_add(1, Ordering::Relaxed);
        }
        Some("REVOKED") => return Answer::error(400, "ORDER_CANCELED", "订单已取消"),
        _ => return Answer::error(400, "INVALID_ORDER_STATE", "订单状态错误"),
    }
    Answer::json(
        200,
        &json!({
            "appid": o["appid"],
            "mchid": o["mchid"],
            "out_order_no": o["out_order_no"],
            "service_id": o["service_id"],
            "order_id": o["order_id"],
        }),
    )
}
