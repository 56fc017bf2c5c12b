//! The first three emulated endpoints (brand member card, membercard-open code, busifavor
//! deactivation), with their state in [`Business`](super::super::Business).

use std::sync::atomic::Ordering;

use serde_json::{Value, json};
use wxpay_core::{Clock as _, SystemClock};

use super::super::State;
use super::super::answer::{Answer, Req, now, optional, required, rfc3339, tri};

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

pub(crate) fn invalidate_user_card(state: &State, req: &Req<'_>) -> Answer {
    let (p, q, b) = (&req.params, &req.query, &req.body);
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

pub(crate) fn membercard_unavailable(state: &State, req: &Req<'_>) -> Answer {
    let (p, b) = (&req.params, &req.body);
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

pub(crate) fn busifavor_deactivate(state: &State, req: &Req<'_>) -> Answer {
    let b = &req.body;
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
