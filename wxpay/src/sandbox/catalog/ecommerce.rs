//! Sandbox routes of the `ecommerce` area: onboarding forms (特约商户进件 `/v3/applyment4sub/…`
//! and 二级商户进件 `/v3/ecommerce/applyments/…`, stateful), e-commerce profit sharing (create
//! and query), balances (second-level merchant and platform) and the bank component's bank
//! lists and card-number search.
//!
//! State lives in [`State::store`] under `ecommerce/applyment4sub/<business_code>` (with an
//! index `ecommerce/applyment4sub-id/<applyment_id>`), `ecommerce/applyment/<out_request_no>`
//! (index `ecommerce/applyment-id/<applyment_id>`) and
//! `ecommerce/profitsharing/<sub_mchid>/<out_order_no>`.
//!
//! Onboarding forms advance one step each time they are queried, so a test can walk the whole
//! review: `APPLYMENT_STATE_AUDITING` → `APPLYMENT_STATE_TO_BE_SIGNED` →
//! `APPLYMENT_STATE_FINISHED` (特约商户), `CHECKING` → `AUDITING` → `NEED_SIGN` → `FINISH`
//! (二级商户). A form whose `merchant_shortname` is `REJECT` is rejected at its first query.
//! Sensitive fields must decrypt with the sandbox's WeChat Pay key, as they must at WeChat Pay.

use std::sync::atomic::Ordering;

use serde_json::{Map, Value, json};

use super::super::State;
use super::super::answer::{
    Answer, now, optional as opt_string, required as string, system_error, tri,
};

// --- helpers -------------------------------------------------------------------------------

fn not_found(message: &str) -> Answer {
    Answer::error(404, "RESOURCE_NOT_EXISTS", message)
}

/// A required JSON object.
fn object<'m>(m: &'m Map<String, Value>, field: &str) -> Result<&'m Map<String, Value>, Answer> {
    match m.get(field) {
        Some(Value::Object(o)) => Ok(o),
        None => Err(Answer::param_error(
            field,
            "body",
            &format!("缺少必填参数 {field}"),
        )),
        Some(_) => Err(Answer::param_error(
            field,
            "body",
            &format!("参数 {field} 类型错误，应为 object"),
        )),
    }
}

/// A required sensitive string: present and decryptable with the WeChat Pay key.
fn sensitive(state: &State, m: &Map<String, Value>, path: &str, field: &str) -> Result<(), Answer> {
    let name = format!("{path}.{field}");
    let ct = string(m, field, "body", 10_240)
        .map_err(|_| Answer::param_error(&name, "body", &format!("缺少必填参数 {name}")))?;
    match state.wechatpay_key.decrypt_oaep(&ct) {
        Ok(plain) if !plain.is_empty() => Ok(()),
        _ => Err(Answer::param_error(
            &name,
            "body",
            &format!("参数 {name} 解密失败，请使用微信支付公钥加密"),
        )),
    }
}

/// `GET /v3/applyment4sub/applyment/applyment_id/{id}`: the form filed under that id.
pub(crate) fn query_applyment_by_id(state: &State, id: &str) -> Answer {
    match lookup(state, &format!("ecommerce/applyment4sub-id/{id}")) {
        Some(code) => query_applyment(state, &code),
        None => not_found("申请单不存在"),
    }
}

/// `GET /v3/ecommerce/applyments/{id}`: the form filed under that id.
pub(crate) fn query_ec_applyment_by_id(state: &State, id: &str) -> Answer {
    match lookup(state, &format!("ecommerce/applyment-id/{id}")) {
        Some(no) => query_ec_applyment(state, &no),
        None => not_found("申请单不存在"),
    }
}

fn lookup(state: &State, key: &str) -> Option<String> {
    let store = state.store.lock().ok()?;
    store.get(key)?.as_str().map(str::to_owned)
}

fn next_applyment_id(store: &std::collections::HashMap<String, Value>) -> i64 {
    let n = store
        .keys()
        .filter(|k| k.starts_with("ecommerce/applyment"))
        .count();
    2_000_002_124_775_691 + i64::try_from(n).unwrap_or(0)
}

// --- 特约商户进件 ----------------------------------------------------------------------------

pub(crate) fn submit_applyment(state: &State, b: &Map<String, Value>) -> Answer {
    let code = tri!(string(b, "business_code", "body", 124));
    let contact = tri!(object(b, "contact_info"));
    tri!(string(contact, "contact_type", "body", 16));
    for f in ["contact_name", "mobile_phone", "contact_email"] {
        tri!(sensitive(state, contact, "contact_info", f));
    }
    let subject = tri!(object(b, "subject_info"));
    tri!(string(subject, "subject_type", "body", 64));
    tri!(object(subject, "identity_info"));
    let business = tri!(object(b, "business_info"));
    let shortname = tri!(string(business, "merchant_shortname", "body", 64));
    tri!(object(b, "settlement_info"));
    let account = tri!(object(b, "bank_account_info"));
    for f in ["account_name", "account_number"] {
        tri!(sensitive(state, account, "bank_account_info", f));
    }
    let Ok(mut store) = state.store.lock() else {
        return system_error();
    };
    let key = format!("ecommerce/applyment4sub/{code}");
    // The business code is the idempotency key: the same form answers the same id.
    if let Some(id) = store.get(&key).and_then(|v| v.get("applyment_id")).cloned() {
        return Answer::json(200, &json!({ "applyment_id": id }));
    }
    let id = next_applyment_id(&store);
    store.insert(
        key,
        json!({
            "business_code": code,
            "applyment_id": id,
            "applyment_state": "APPLYMENT_STATE_AUDITING",
            "applyment_state_msg": "审核中",
            "reject": shortname == "REJECT",
        }),
    );
    store.insert(format!("ecommerce/applyment4sub-id/{id}"), json!(code));
    state.side_effects.fetch_add(1, Ordering::Relaxed);
    Answer::json(200, &json!({ "applyment_id": id }))
}

pub(crate) fn query_applyment(state: &State, code: &str) -> Answer {
    let Ok(mut store) = state.store.lock() else {
        return system_error();
    };
    let Some(form) = store
        .get_mut(&format!("ecommerce/applyment4sub/{code}"))
        .and_then(Value::as_object_mut)
    else {
        return not_found("申请单不存在");
    };
    let answer = Value::Object(form.clone());
    let reject = form.get("reject").and_then(Value::as_bool).unwrap_or(false);
    let current = form
        .get("applyment_state")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    // Advance one step for the next query.
    let id = form.get("applyment_id").cloned().unwrap_or(Value::Null);
    match (current.as_str(), reject) {
        ("APPLYMENT_STATE_AUDITING", true) => {
            form.insert("applyment_state".into(), json!("APPLYMENT_STATE_REJECTED"));
            form.insert("applyment_state_msg".into(), json!("已驳回"));
            form.insert(
                "audit_detail".into(),
                json!([{
                    "field": "business_info.merchant_shortname",
                    "field_name": "商户简称",
                    "reject_reason": "商户简称不符合规范"
                }]),
            );
        }
        ("APPLYMENT_STATE_AUDITING", false) => {
            form.insert(
                "applyment_state".into(),
                json!("APPLYMENT_STATE_TO_BE_SIGNED"),
            );
            form.insert("applyment_state_msg".into(), json!("待签约"));
            form.insert(
                "sign_url".into(),
                json!(format!(
                    "https://pay.weixin.qq.com/public/apply4sub/sign?applyment_id={id}"
                )),
            );
        }
        ("APPLYMENT_STATE_TO_BE_SIGNED", _) => {
            form.insert("applyment_state".into(), json!("APPLYMENT_STATE_FINISHED"));
            form.insert("applyment_state_msg".into(), json!("已完成"));
            form.insert("sub_mchid".into(), json!("1900006491"));
        }
        _ => {}
    }
    let mut answer = answer;
    if let Some(o) = answer.as_object_mut() {
        o.remove("reject");
    }
    Answer::json(200, &answer)
}

// --- 二级商户进件 ----------------------------------------------------------------------------

pub(crate) fn create_ec_applyment(state: &State, b: &Map<String, Value>) -> Answer {
    let no = tri!(string(b, "out_request_no", "body", 124));
    tri!(string(b, "organization_type", "body", 4));
    let shortname = tri!(string(b, "merchant_shortname", "body", 64));
    if let Some(Value::Object(card)) = b.get("id_card_info") {
        for f in ["id_card_name", "id_card_number"] {
            tri!(sensitive(state, card, "id_card_info", f));
        }
    }
    let account = tri!(object(b, "account_info"));
    for f in ["account_name", "account_number"] {
        tri!(sensitive(state, account, "account_info", f));
    }
    let contact = tri!(object(b, "contact_info"));
    for f in ["contact_name", "mobile_phone"] {
        tri!(sensitive(state, contact, "contact_info", f));
    }
    let scene = tri!(object(b, "sales_scene_info"));
    tri!(string(scene, "store_name", "body", 256));
    let Ok(mut store) = state.store.lock() else {
        return system_error();
    };
    let key = format!("ecommerce/applyment/{no}");
    if let Some(id) = store.get(&key).and_then(|v| v.get("applyment_id")).cloned() {
        return Answer::json(200, &json!({ "applyment_id": id, "out_request_no": no }));
    }
    let id = next_applyment_id(&store);
    store.insert(
        key,
        json!({
            "out_request_no": no,
            "applyment_id": id,
            "applyment_state": "CHECKING",
            "applyment_state_desc": "资料校验中",
            "reject": shortname == "REJECT",
        }),
    );
    store.insert(format!("ecommerce/applyment-id/{id}"), json!(no));
    state.side_effects.fetch_add(1, Ordering::Relaxed);
    Answer::json(200, &json!({ "applyment_id": id, "out_request_no": no }))
}

pub(crate) fn query_ec_applyment(state: &State, no: &str) -> Answer {
    let Ok(mut store) = state.store.lock() else {
        return system_error();
    };
    let Some(form) = store
        .get_mut(&format!("ecommerce/applyment/{no}"))
        .and_then(Value::as_object_mut)
    else {
        return not_found("申请单不存在");
    };
    let mut answer = Value::Object(form.clone());
    if let Some(o) = answer.as_object_mut() {
        o.remove("reject");
    }
    let reject = form.get("reject").and_then(Value::as_bool).unwrap_or(false);
    let current = form
        .get("applyment_state")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let id = form.get("applyment_id").cloned().unwrap_or(Value::Null);
    let sign_url = format!("https://pay.weixin.qq.com/public/apply4ec_sign/s?applymentId={id}");
    let (next, desc): (&str, &str) = match (current.as_str(), reject) {
        ("CHECKING", true) => ("REJECTED", "已驳回"),
        ("CHECKING", false) => ("AUDITING", "审核中"),
        ("AUDITING", _) => ("NEED_SIGN", "待签约"),
        ("NEED_SIGN", _) => ("FINISH", "完成"),
        (other, _) => (other, ""),
    };
    if next != current {
        form.insert("applyment_state".into(), json!(next));
        form.insert("applyment_state_desc".into(), json!(desc));
        match next {
            "REJECTED" => {
                form.insert(
                    "audit_detail".into(),
                    json!([{ "param_name": "merchant_shortname", "reject_reason": "商户简称不符合规范" }]),
                );
            }
            "NEED_SIGN" => {
                form.insert("sign_state".into(), json!("UNSIGNED"));
                form.insert("sign_url".into(), json!(sign_url));
            }
            "FINISH" => {
                form.insert("sign_state".into(), json!("SIGNED"));
                form.insert("sub_mchid".into(), json!("1542488631"));
            }
            _ => {}
        }
    }
    Answer::json(200, &answer)
}

// --- 分账 ------------------------------------------------------------------------------------

pub(crate) fn create_profitsharing(state: &State, b: &Map<String, Value>) -> Answer {
    tri!(string(b, "appid", "body", 32));
    let sub_mchid = tri!(string(b, "sub_mchid", "body", 32));
    let transaction_id = tri!(string(b, "transaction_id", "body", 32));
    let out_order_no = tri!(string(b, "out_order_no", "body", 64));
    if !matches!(b.get("finish"), Some(Value::Bool(_))) {
        return Answer::param_error("finish", "body", "缺少必填参数 finish");
    }
    let Some(Value::Array(list)) = b.get("receivers") else {
        return Answer::param_error("receivers", "body", "缺少必填参数 receivers");
    };
    if list.is_empty() || list.len() > 50 {
        return Answer::param_error("receivers", "body", "分账接收方列表长度不符合要求");
    }
    let time = now();
    let mut receivers = Vec::with_capacity(list.len());
    for r in list {
        let Some(r) = r.as_object() else {
            return Answer::param_error("receivers", "body", "分账接收方格式错误");
        };
        let kind = tri!(string(r, "type", "body", 32));
        let account = tri!(string(r, "receiver_account", "body", 64));
        let description = tri!(string(r, "description", "body", 80));
        let amount = match r.get("amount").and_then(Value::as_i64) {
            Some(a) if a > 0 => a,
            _ => return Answer::param_error("amount", "body", "分账金额必须为正整数"),
        };
        let mut out = json!({
            "amount": amount,
            "description": description,
            "result": "SUCCESS",
            "finish_time": time,
            "type": kind,
            "receiver_account": account,
            "detail_id": format!("3601111111111111111{:04}", receivers.len() + 1),
        });
        if let (true, Some(o)) = (kind == "MERCHANT_ID", out.as_object_mut()) {
            o.insert("receiver_mchid".into(), json!(account));
        }
        receivers.push(out);
    }
    let Ok(mut store) = state.store.lock() else {
        return system_error();
    };
    let key = format!("ecommerce/profitsharing/{sub_mchid}/{out_order_no}");
    // The sharing number is the idempotency key.
    if let Some(order) = store.get(&key) {
        if order.get("transaction_id") != Some(&json!(transaction_id)) {
            return Answer::error(400, "INVALID_REQUEST", "商户分账单号已被其他订单使用");
        }
        return Answer::json(200, order);
    }
    let n = store
        .keys()
        .filter(|k| k.starts_with("ecommerce/profitsharing/"))
        .count();
    let order = json!({
        "sub_mchid": sub_mchid,
        "transaction_id": transaction_id,
        "out_order_no": out_order_no,
        "order_id": format!("30084507402014111100078{:05}", n + 1),
        "status": "FINISHED",
        "receivers": receivers,
    });
    store.insert(key, order.clone());
    state.side_effects.fetch_add(1, Ordering::Relaxed);
    Answer::json(200, &order)
}

pub(crate) fn query_profitsharing(state: &State, q: &Map<String, Value>) -> Answer {
    let sub_mchid = tri!(string(q, "sub_mchid", "query", 32));
    let transaction_id = tri!(string(q, "transaction_id", "query", 32));
    let out_order_no = tri!(string(q, "out_order_no", "query", 64));
    let Ok(store) = state.store.lock() else {
        return system_error();
    };
    match store.get(&format!(
        "ecommerce/profitsharing/{sub_mchid}/{out_order_no}"
    )) {
        Some(order) if order.get("transaction_id") == Some(&json!(transaction_id)) => {
            Answer::json(200, order)
        }
        _ => not_found("分账单不存在"),
    }
}

// --- 余额 ------------------------------------------------------------------------------------

const ACCOUNT_TYPES: [&str; 4] = ["BASIC", "OPERATION", "FEES", "DEPOSIT"];

pub(crate) fn sub_merchant_balance(sub_mchid: &str, q: &Map<String, Value>) -> Answer {
    let account_type = tri!(opt_string(q, "account_type", "query", 16));
    let account_type = account_type.unwrap_or_else(|| "BASIC".into());
    if !ACCOUNT_TYPES.contains(&account_type.as_str()) {
        return Answer::param_error("account_type", "query", "参数 account_type 取值不合法");
    }
    Answer::json(
        200,
        &json!({
            "sub_mchid": sub_mchid,
            "account_type": account_type,
            "available_amount": 100_000,
            "pending_amount": 2_000,
        }),
    )
}

pub(crate) fn merchant_balance(account_type: &str) -> Answer {
    if !ACCOUNT_TYPES[..3].contains(&account_type) {
        return Answer::param_error("account_type", "path", "参数 account_type 取值不合法");
    }
    Answer::json(
        200,
        &json!({ "available_amount": 5_000_000, "pending_amount": 0 }),
    )
}

// --- 银行组件 --------------------------------------------------------------------------------

const BANKS: [(&str, &str, &str, i64, bool); 5] = [
    ("工商银行", "1000009561", "工商银行", 1_002, false),
    ("招商银行", "1000009566", "招商银行", 1_001, false),
    ("建设银行", "1000009565", "建设银行", 1_003, false),
    ("中国银行", "1000009564", "中国银行", 1_026, false),
    (
        "施秉县农村信用合作联社",
        "1000006247",
        "其他银行",
        1_099,
        true,
    ),
];

fn bank_json(b: &(&str, &str, &str, i64, bool)) -> Value {
    json!({
        "bank_alias": b.0,
        "bank_alias_code": b.1,
        "account_bank": b.2,
        "account_bank_code": b.3,
        "need_bank_branch": b.4,
    })
}

fn int(q: &Map<String, Value>, field: &str) -> Result<Option<usize>, Answer> {
    match q.get(field).and_then(Value::as_str) {
        None => Ok(None),
        Some(s) => s.parse().map(Some).map_err(|_| {
            Answer::param_error(field, "query", &format!("参数 {field} 应为非负整数"))
        }),
    }
}

pub(crate) fn bank_list(kind: &str, q: &Map<String, Value>) -> Answer {
    let offset = tri!(int(q, "offset")).unwrap_or(0);
    let Some(limit) = tri!(int(q, "limit")) else {
        return Answer::param_error("limit", "query", "缺少必填参数 limit");
    };
    if !(1..=200).contains(&limit) {
        return Answer::param_error("limit", "query", "参数 limit 取值范围为 1-200");
    }
    // Corporate accounts are accepted by every bank here, personal ones by the big four.
    let all: Vec<Value> = BANKS
        .iter()
        .filter(|b| kind == "corporate-banking" || !b.4)
        .map(bank_json)
        .collect();
    let page: Vec<Value> = all.iter().skip(offset).take(limit).cloned().collect();
    let base = format!("/v3/capital/capitallhh/banks/{kind}");
    let mut links = json!({ "self": format!("{base}?offset={offset}&limit={limit}") });
    if let Some(o) = links.as_object_mut() {
        if offset + limit < all.len() {
            o.insert(
                "next".into(),
                json!(format!("{base}?offset={}&limit={limit}", offset + limit)),
            );
        }
        if offset > 0 {
            o.insert(
                "prev".into(),
                json!(format!(
                    "{base}?offset={}&limit={limit}",
                    offset.saturating_sub(limit)
                )),
            );
        }
    }
    Answer::json(
        200,
        &json!({
            "total_count": all.len(),
            "count": page.len(),
            "data": page,
            "offset": offset,
            "links": links,
        }),
    )
}

pub(crate) fn search_banks(state: &State, q: &Map<String, Value>) -> Answer {
    let ct = tri!(string(q, "account_number", "query", 10_240));
    let Ok(card) = state.wechatpay_key.decrypt_oaep(&ct) else {
        return Answer::param_error(
            "account_number",
            "query",
            "参数 account_number 解密失败，请使用微信支付公钥加密",
        );
    };
    let bank = match card.get(..4) {
        Some("6222") => BANKS.first(),
        Some("6225") => BANKS.get(1),
        Some("6217") => BANKS.get(2),
        _ => None,
    };
    let data: Vec<Value> = bank.iter().map(|b| bank_json(b)).collect();
    Answer::json(200, &json!({ "total_count": data.len(), "data": data }))
}
