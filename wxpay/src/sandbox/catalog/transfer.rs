//! Sandbox routes of the `transfer` area: transfer bills (create, query by either number,
//! cancel), batch transfers (create, query by `out_batch_no`), profit-sharing orders (create,
//! query) and the complaints list.
//!
//! State lives in [`State::store`] under `transfer/bill/<out_bill_no>`,
//! `transfer/bill-no/<transfer_bill_no>` (→ `out_bill_no`), `transfer/batch/<out_batch_no>`
//! and `transfer/profitsharing/<out_order_no>`. Sensitive request fields (`user_name`,
//! receivers' `name`) are decrypted with the sandbox's WeChat Pay key, as WeChat Pay does: a
//! plaintext or a ciphertext for another key is a `400 PARAM_ERROR`.

use std::sync::atomic::Ordering;

use serde_json::{Map, Value, json};

use super::super::State;
use super::super::answer::{
    Answer, missing, now, optional as opt_string, required as string, system_error, tri,
};
use super::super::credentials::MCHID;

// --- field helpers -------------------------------------------------------------------------

fn wrong_type(field: &str, location: &str, ty: &str) -> Answer {
    Answer::param_error(
        field,
        location,
        &format!("参数 {field} 类型错误，应为 {ty}"),
    )
}

/// A required positive integer.
fn positive(m: &Map<String, Value>, field: &str, location: &str) -> Result<i64, Answer> {
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

/// A required non-empty array of objects.
fn objects<'m>(
    m: &'m Map<String, Value>,
    field: &str,
    location: &str,
) -> Result<Vec<&'m Map<String, Value>>, Answer> {
    let Some(v) = m.get(field) else {
        return Err(missing(field, location));
    };
    let Some(items) = v.as_array() else {
        return Err(wrong_type(field, location, "array"));
    };
    if items.is_empty() {
        return Err(Answer::param_error(
            field,
            location,
            &format!("参数 {field} 不能为空"),
        ));
    }
    items
        .iter()
        .map(|i| {
            i.as_object()
                .ok_or_else(|| wrong_type(field, location, "object"))
        })
        .collect()
}

/// An optional sensitive field: it must decrypt with the sandbox's WeChat Pay key.
fn sensitive(state: &State, m: &Map<String, Value>, field: &str) -> Result<Option<String>, Answer> {
    let Some(ct) = opt_string(m, field, "body", 2048)? else {
        return Ok(None);
    };
    match state.wechatpay_key.decrypt_oaep(&ct) {
        Ok(pt) => Ok(Some(pt.as_str().to_owned())),
        Err(_) => Err(Answer::param_error(
            field,
            "body",
            &format!("参数 {field} 解密失败，请使用微信支付公钥加密"),
        )),
    }
}

/// `YYYY-MM-DD`.
fn date(m: &Map<String, Value>, field: &str) -> Result<String, Answer> {
    let d = string(m, field, "query", 10)?;
    let ok = d.len() == 10
        && d.char_indices().all(|(i, c)| match i {
            4 | 7 => c == '-',
            _ => c.is_ascii_digit(),
        });
    if ok {
        Ok(d)
    } else {
        Err(Answer::param_error(
            field,
            "query",
            &format!("参数 {field} 格式应为 YYYY-MM-DD"),
        ))
    }
}

/// An optional unsigned integer in the query.
fn query_u64(m: &Map<String, Value>, field: &str) -> Result<Option<u64>, Answer> {
    match m.get(field).and_then(Value::as_str) {
        None => Ok(None),
        Some(s) => s
            .parse()
            .map(Some)
            .map_err(|_| wrong_type(field, "query", "integer")),
    }
}

fn not_found() -> Answer {
    Answer::error(404, "NOT_FOUND", "记录不存在")
}

/// A WeChat-style number: `prefix` followed by `n` as 40 digits in all.
fn number(prefix: &str, n: usize) -> String {
    format!("{prefix}{n:0width$}", width = 40 - prefix.len())
}

fn count(store: &std::collections::HashMap<String, Value>, prefix: &str) -> usize {
    store.keys().filter(|k| k.starts_with(prefix)).count()
}

// --- transfer bills ------------------------------------------------------------------------

pub(crate) fn create_bill(state: &State, b: &Map<String, Value>) -> Answer {
    let appid = tri!(string(b, "appid", "body", 32));
    let out_bill_no = tri!(string(b, "out_bill_no", "body", 32));
    if !out_bill_no.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Answer::param_error("out_bill_no", "body", "商户单号只能由数字、大小写字母组成");
    }
    let scene = tri!(string(b, "transfer_scene_id", "body", 36));
    let openid = tri!(string(b, "openid", "body", 64));
    let user_name = tri!(sensitive(state, b, "user_name"));
    let amount = tri!(positive(b, "transfer_amount", "body"));
    let remark = tri!(string(b, "transfer_remark", "body", 32));
    let notify_url = tri!(opt_string(b, "notify_url", "body", 256));
    tri!(opt_string(b, "user_recv_perception", "body", 64));
    if !matches!(b.get("transfer_scene_report_infos"), Some(Value::Array(a)) if !a.is_empty()) {
        return Answer::param_error(
            "transfer_scene_report_infos",
            "body",
            "需传入转账场景报备信息,请检查",
        );
    }
    for info in tri!(objects(b, "transfer_scene_report_infos", "body")) {
        tri!(string(info, "info_type", "body", 15));
        tri!(string(info, "info_content", "body", 32));
    }
    if amount >= 200_000 && user_name.is_none() {
        return Answer::param_error("user_name", "body", "转账金额>=2000元时，收款用户姓名必填");
    }
    let Ok(mut store) = state.store.lock() else {
        return system_error();
    };
    let key = format!("transfer/bill/{out_bill_no}");
    if let Some(bill) = store.get(&key) {
        // `out_bill_no` is the idempotency key: the same request answers the same bill.
        let same = bill["appid"] == appid.as_str()
            && bill["openid"] == openid.as_str()
            && bill["transfer_amount"] == amount
            && bill["transfer_scene_id"] == scene.as_str();
        if !same {
            return Answer::error(400, "INVALID_REQUEST", "商户单号重复，且与原单参数不一致");
        }
        return Answer::json(200, &created(bill));
    }
    let transfer_bill_no = number(
        "1330000071100999991182",
        count(&store, "transfer/bill/") + 1,
    );
    let time = now();
    let mut bill = json!({
        "mch_id": MCHID,
        "out_bill_no": out_bill_no,
        "transfer_bill_no": transfer_bill_no,
        "appid": appid,
        "state": "WAIT_USER_CONFIRM",
        "transfer_amount": amount,
        "transfer_remark": remark,
        "transfer_scene_id": scene,
        "openid": openid,
        "create_time": time,
        "update_time": time,
        "package_info": format!("ABBQO+oYAAABAAAAAAAk+yPZGUx{transfer_bill_no}=="),
    });
    if let (Some(name), Some(obj)) = (user_name, bill.as_object_mut()) {
        obj.insert("user_name_plain".into(), Value::String(name));
    }
    let answer = created(&bill);
    store.insert(
        format!("transfer/bill-no/{transfer_bill_no}"),
        json!(out_bill_no),
    );
    store.insert(key, bill);
    if let Some(url) = notify_url {
        store.insert(format!("sandbox/notify/transfer/{out_bill_no}"), json!(url));
    }
    state.side_effects.fetch_add(1, Ordering::Relaxed);
    Answer::json(200, &answer)
}

fn created(bill: &Value) -> Value {
    let mut v = json!({
        "out_bill_no": bill["out_bill_no"],
        "transfer_bill_no": bill["transfer_bill_no"],
        "create_time": bill["create_time"],
        "state": bill["state"],
    });
    if bill["state"] == "WAIT_USER_CONFIRM"
        && let Some(obj) = v.as_object_mut()
    {
        obj.insert("package_info".into(), bill["package_info"].clone());
    }
    v
}

/// The bill as the query endpoints show it: the payee's name encrypted for the merchant.
fn shown(state: &State, bill: &Value) -> Value {
    let mut v = bill.clone();
    if let Some(obj) = v.as_object_mut() {
        obj.remove("transfer_scene_id");
        obj.remove("package_info");
        if let Some(Value::String(name)) = obj.remove("user_name_plain")
            && let Ok(ct) = state.merchant_public.encrypt_oaep(&name)
        {
            obj.insert("user_name".into(), Value::String(ct));
        }
    }
    v
}

pub(crate) fn query_bill(state: &State, out_bill_no: &str) -> Answer {
    let Ok(store) = state.store.lock() else {
        return system_error();
    };
    match store.get(&format!("transfer/bill/{out_bill_no}")) {
        Some(bill) => Answer::json(200, &shown(state, bill)),
        None => not_found(),
    }
}

pub(crate) fn query_bill_by_transfer_no(state: &State, transfer_bill_no: &str) -> Answer {
    let Ok(store) = state.store.lock() else {
        return system_error();
    };
    let bill = store
        .get(&format!("transfer/bill-no/{transfer_bill_no}"))
        .and_then(Value::as_str)
        .and_then(|out| store.get(&format!("transfer/bill/{out}")));
    match bill {
        Some(bill) => Answer::json(200, &shown(state, bill)),
        None => not_found(),
    }
}

pub(crate) fn cancel_bill(state: &State, out_bill_no: &str) -> Answer {
    let Ok(mut store) = state.store.lock() else {
        return system_error();
    };
    let Some(bill) = store.get_mut(&format!("transfer/bill/{out_bill_no}")) else {
        return not_found();
    };
    match bill["state"].as_str() {
        Some("ACCEPTED" | "PROCESSING" | "WAIT_USER_CONFIRM" | "TRANSFERING") => {}
        Some("CANCELING" | "CANCELLED") => {
            return Answer::error(400, "INVALID_REQUEST", "转账单已撤销，请勿重复操作");
        }
        _ => return Answer::error(400, "INVALID_REQUEST", "转账单当前状态不可撤销"),
    }
    // The cancellation is asynchronous at WeChat Pay; the sandbox completes it at once, so the
    // answer says `CANCELING` and later queries say `CANCELLED`.
    let time = now();
    if let Some(obj) = bill.as_object_mut() {
        obj.insert("state".into(), json!("CANCELLED"));
        obj.insert("update_time".into(), json!(time));
    }
    state.side_effects.fetch_add(1, Ordering::Relaxed);
    Answer::json(
        200,
        &json!({
            "out_bill_no": out_bill_no,
            "transfer_bill_no": bill["transfer_bill_no"],
            "state": "CANCELING",
            "update_time": time,
        }),
    )
}

// --- batch transfers -----------------------------------------------------------------------

pub(crate) fn create_batch(state: &State, b: &Map<String, Value>) -> Answer {
    let appid = tri!(string(b, "appid", "body", 32));
    let out_batch_no = tri!(string(b, "out_batch_no", "body", 32));
    let batch_name = tri!(string(b, "batch_name", "body", 32));
    let batch_remark = tri!(string(b, "batch_remark", "body", 32));
    let total_amount = tri!(positive(b, "total_amount", "body"));
    let total_num = tri!(positive(b, "total_num", "body"));
    let scene = tri!(opt_string(b, "transfer_scene_id", "body", 36));
    let details = tri!(objects(b, "transfer_detail_list", "body"));
    let mut sum = 0i64;
    let mut list = Vec::new();
    for d in &details {
        let out_detail_no = tri!(string(d, "out_detail_no", "body", 32));
        let amount = tri!(positive(d, "transfer_amount", "body"));
        tri!(string(d, "transfer_remark", "body", 32));
        tri!(string(d, "openid", "body", 64));
        let name = tri!(sensitive(state, d, "user_name"));
        if amount >= 200_000 && name.is_none() {
            return Answer::param_error(
                "user_name",
                "body",
                "转账金额>=2000元时，收款用户姓名必填",
            );
        }
        sum += amount;
        list.push(out_detail_no);
    }
    if usize::try_from(total_num).ok() != Some(details.len()) {
        return Answer::param_error("total_num", "body", "转账总笔数与明细笔数不一致");
    }
    if sum != total_amount {
        return Answer::param_error("total_amount", "body", "转账总金额与明细金额之和不一致");
    }
    let Ok(mut store) = state.store.lock() else {
        return system_error();
    };
    let key = format!("transfer/batch/{out_batch_no}");
    if let Some(batch) = store.get(&key) {
        if batch["total_amount"] != total_amount || batch["total_num"] != total_num {
            return Answer::error(
                400,
                "INVALID_REQUEST",
                "商家批次单号重复，且与原批次参数不一致",
            );
        }
        return Answer::json(200, &batch_created(batch));
    }
    let n = count(&store, "transfer/batch/") + 1;
    let batch_id = number("1030000071100999991182", n);
    let time = now();
    let detail_list: Vec<Value> = list
        .iter()
        .enumerate()
        .map(|(i, out)| {
            json!({
                "detail_id": number(&format!("10400000711009999911{n:02}"), i + 1),
                "out_detail_no": out,
                "detail_status": "SUCCESS",
            })
        })
        .collect();
    let mut batch = json!({
        "mchid": MCHID,
        "out_batch_no": out_batch_no,
        "batch_id": batch_id,
        "appid": appid,
        "batch_status": "FINISHED",
        "batch_type": "API",
        "batch_name": batch_name,
        "batch_remark": batch_remark,
        "total_amount": total_amount,
        "total_num": total_num,
        "create_time": time,
        "update_time": time,
        "success_amount": total_amount,
        "success_num": total_num,
        "fail_amount": 0,
        "fail_num": 0,
        "details": detail_list,
    });
    if let (Some(scene), Some(obj)) = (scene, batch.as_object_mut()) {
        obj.insert("transfer_scene_id".into(), Value::String(scene));
    }
    let answer = batch_created(&batch);
    store.insert(key, batch);
    state.side_effects.fetch_add(1, Ordering::Relaxed);
    Answer::json(200, &answer)
}

fn batch_created(batch: &Value) -> Value {
    json!({
        "out_batch_no": batch["out_batch_no"],
        "batch_id": batch["batch_id"],
        "create_time": batch["create_time"],
        "batch_status": "ACCEPTED",
    })
}

pub(crate) fn query_batch(state: &State, out_batch_no: &str, q: &Map<String, Value>) -> Answer {
    let need = match q.get("need_query_detail").and_then(Value::as_str) {
        Some("true") => true,
        Some("false") => false,
        Some(_) => return wrong_type("need_query_detail", "query", "boolean"),
        None => return missing("need_query_detail", "query"),
    };
    let offset = tri!(query_u64(q, "offset")).unwrap_or(0);
    let limit = tri!(query_u64(q, "limit")).unwrap_or(20);
    if !(20..=100).contains(&limit) {
        return Answer::param_error("limit", "query", "参数 limit 应在 20 到 100 之间");
    }
    let filter = q
        .get("detail_status")
        .and_then(Value::as_str)
        .unwrap_or("ALL");
    let Ok(store) = state.store.lock() else {
        return system_error();
    };
    let Some(batch) = store.get(&format!("transfer/batch/{out_batch_no}")) else {
        return not_found();
    };
    let mut transfer_batch = batch.clone();
    let details = transfer_batch
        .as_object_mut()
        .and_then(|o| o.remove("details"))
        .unwrap_or_default();
    let mut v = json!({ "transfer_batch": transfer_batch });
    if need && let Some(obj) = v.as_object_mut() {
        let page: Vec<Value> = details
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .filter(|d| filter == "ALL" || d["detail_status"] == filter)
            .skip(usize::try_from(offset).unwrap_or(usize::MAX))
            .take(usize::try_from(limit).unwrap_or(usize::MAX))
            .cloned()
            .collect();
        obj.insert("transfer_detail_list".into(), Value::Array(page));
    }
    Answer::json(200, &v)
}

// --- profit sharing ------------------------------------------------------------------------

pub(crate) fn create_sharing(state: &State, b: &Map<String, Value>) -> Answer {
    let sub_mchid = tri!(opt_string(b, "sub_mchid", "body", 32));
    tri!(opt_string(b, "appid", "body", 32));
    let transaction_id = tri!(string(b, "transaction_id", "body", 32));
    let out_order_no = tri!(string(b, "out_order_no", "body", 64));
    let receivers = tri!(objects(b, "receivers", "body"));
    if receivers.len() > 50 {
        return Answer::param_error("receivers", "body", "分账接收方最多50个");
    }
    match b.get("unfreeze_unsplit") {
        Some(Value::Bool(_)) => {}
        Some(_) => return wrong_type("unfreeze_unsplit", "body", "boolean"),
        None => return missing("unfreeze_unsplit", "body"),
    }
    let time = now();
    let mut results = Vec::new();
    for (i, r) in receivers.iter().enumerate() {
        let kind = tri!(string(r, "type", "body", 32));
        if !matches!(
            kind.as_str(),
            "MERCHANT_ID" | "PERSONAL_OPENID" | "PERSONAL_SUB_OPENID"
        ) {
            return Answer::param_error("type", "body", "分账接收方类型错误");
        }
        let account = tri!(string(r, "account", "body", 64));
        tri!(sensitive(state, r, "name"));
        let amount = tri!(positive(r, "amount", "body"));
        let description = tri!(string(r, "description", "body", 80));
        results.push(json!({
            "amount": amount,
            "description": description,
            "type": kind,
            "account": account,
            "result": "SUCCESS",
            "detail_id": number("36011111111111111111", i + 1),
            "create_time": time,
            "finish_time": time,
        }));
    }
    let Ok(mut store) = state.store.lock() else {
        return system_error();
    };
    let key = format!("transfer/profitsharing/{out_order_no}");
    if let Some(order) = store.get(&key) {
        // The same `out_order_no` is the same request.
        if order["transaction_id"] != transaction_id.as_str() {
            return Answer::error(
                400,
                "INVALID_REQUEST",
                "商户分账单号重复，且与原单参数不一致",
            );
        }
        return Answer::json(200, order);
    }
    let order_id = number(
        "3008450740201411110",
        count(&store, "transfer/profitsharing/") + 1,
    );
    let mut order = json!({
        "transaction_id": transaction_id,
        "out_order_no": out_order_no,
        "order_id": order_id,
        "state": "FINISHED",
        "receivers": results,
    });
    if let (Some(sub), Some(obj)) = (sub_mchid, order.as_object_mut()) {
        obj.insert("sub_mchid".into(), Value::String(sub));
    }
    store.insert(key, order.clone());
    state.side_effects.fetch_add(1, Ordering::Relaxed);
    Answer::json(200, &order)
}

pub(crate) fn query_sharing(state: &State, out_order_no: &str, q: &Map<String, Value>) -> Answer {
    let transaction_id = tri!(string(q, "transaction_id", "query", 32));
    let Ok(store) = state.store.lock() else {
        return system_error();
    };
    match store.get(&format!("transfer/profitsharing/{out_order_no}")) {
        Some(order) if order["transaction_id"] == transaction_id.as_str() => {
            Answer::json(200, order)
        }
        _ => not_found(),
    }
}

// --- complaints ----------------------------------------------------------------------------

/// Three complaints filed on `begin_date`; the payer's phone encrypted for the merchant.
pub(crate) fn list_complaints(state: &State, q: &Map<String, Value>) -> Answer {
    let begin = tri!(date(q, "begin_date"));
    let end = tri!(date(q, "end_date"));
    if end < begin {
        return Answer::param_error("end_date", "query", "结束日期不能早于开始日期");
    }
    let limit = tri!(query_u64(q, "limit")).unwrap_or(10);
    if !(1..=50).contains(&limit) {
        return Answer::param_error("limit", "query", "参数 limit 应在 1 到 50 之间");
    }
    let offset = tri!(query_u64(q, "offset")).unwrap_or(0);
    let mchid = q
        .get("complainted_mchid")
        .and_then(Value::as_str)
        .unwrap_or(MCHID)
        .to_owned();
    let phone = state
        .merchant_public
        .encrypt_oaep("13800138000")
        .unwrap_or_default();
    let all: Vec<Value> = (1..=3)
        .map(|i| {
            json!({
                "complaint_id": number("2002018202001010800766", i),
                "complaint_time": format!("{begin}T1{i}:29:35+08:00"),
                "complaint_detail": "反馈一个重复扣费的问题",
                "complaint_state": if i == 1 { "PENDING" } else { "PROCESSED" },
                "complainted_mchid": mchid,
                "payer_phone": phone,
                "complaint_order_info": [{
                    "transaction_id": number("42000004042019090691", i),
                    "out_trade_no": format!("20190906154617947762{i:03}"),
                    "amount": 3,
                }],
                "complaint_full_refunded": i != 1,
                "incoming_user_response": i == 1,
                "problem_description": "不满意商家服务",
                "user_complaint_times": 1,
                "problem_type": "REFUND",
                "apply_refund_amount": 3,
                "user_tag_list": ["TRUSTED"],
                "in_platform_service": false,
                "need_immediate_service": false,
            })
        })
        .collect();
    let total = all.len();
    let data: Vec<Value> = all
        .into_iter()
        .skip(usize::try_from(offset).unwrap_or(usize::MAX))
        .take(usize::try_from(limit).unwrap_or(usize::MAX))
        .collect();
    Answer::json(
        200,
        &json!({ "data": data, "limit": limit, "offset": offset, "total_count": total }),
    )
}
