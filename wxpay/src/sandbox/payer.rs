//! The payer's side of WeChat Pay: what happens in the WeChat app and at the bank, applied to
//! the sandbox's state, with the matching notification posted to the merchant.

use serde_json::{Value, json};

use super::State;
use super::answer::now;
use super::catalog::pay::{random_digits, transaction_view};
use super::delivery;

/// Something the payer (or WeChat Pay's back office) does, as [`Sandbox::trigger`] applies it.
///
/// [`Sandbox::trigger`]: super::Sandbox::trigger
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Trigger {
    /// The user pays the order: `SUCCESS`, with a `transaction_id`, the payer and the success
    /// time; `TRANSACTION.SUCCESS` is posted to the order's `notify_url`.
    Pay(String),
    /// The payment fails at the bank: `PAYERROR` (WeChat Pay posts no notification).
    PayFailed(String),
    /// The order times out unpaid: `CLOSED` (no notification).
    Close(String),
    /// The refund (by `out_refund_no`) reaches the user: `SUCCESS`, and `REFUND.SUCCESS` is
    /// posted to the refund's (or else the order's) `notify_url`.
    RefundSucceeded(String),
    /// The refund fails (closed card …): `ABNORMAL`, and `REFUND.ABNORMAL` is posted.
    RefundAbnormal(String),
    /// The user confirms the transfer bill (by `out_bill_no`) and the money arrives:
    /// `SUCCESS`, and `MCHTRANSFER.BILL.FINISHED` is posted to its `notify_url`, if it had one.
    TransferDone(String),
}

impl Trigger {
    /// The admin route's name for this trigger: `pay`, `pay-failed`, `close`, `refund`,
    /// `refund-abnormal`, `transfer`.
    pub fn name(&self) -> &'static str {
        match self {
            Trigger::Pay(_) => "pay",
            Trigger::PayFailed(_) => "pay-failed",
            Trigger::Close(_) => "close",
            Trigger::RefundSucceeded(_) => "refund",
            Trigger::RefundAbnormal(_) => "refund-abnormal",
            Trigger::TransferDone(_) => "transfer",
        }
    }

    /// The number it applies to (`out_trade_no`, `out_refund_no` or `out_bill_no`).
    pub fn number(&self) -> &str {
        match self {
            Trigger::Pay(n)
            | Trigger::PayFailed(n)
            | Trigger::Close(n)
            | Trigger::RefundSucceeded(n)
            | Trigger::RefundAbnormal(n)
            | Trigger::TransferDone(n) => n,
        }
    }

    /// The trigger named `name` (as [`Trigger::name`]) for `number`.
    pub fn from_name(name: &str, number: &str) -> Option<Trigger> {
        let n = number.to_owned();
        Some(match name {
            "pay" => Trigger::Pay(n),
            "pay-failed" => Trigger::PayFailed(n),
            "close" => Trigger::Close(n),
            "refund" => Trigger::RefundSucceeded(n),
            "refund-abnormal" => Trigger::RefundAbnormal(n),
            "transfer" => Trigger::TransferDone(n),
            _ => return None,
        })
    }

    /// The admin route that applies it on a running sandbox:
    /// `POST /sandbox/v1/trigger/{name}/{number}`.
    pub fn admin_path(&self) -> String {
        let n = percent_encoding::utf8_percent_encode(
            self.number(),
            percent_encoding::NON_ALPHANUMERIC,
        );
        format!("/sandbox/v1/trigger/{}/{n}", self.name())
    }
}

/// What a trigger did.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Triggered {
    /// The order, refund or transfer bill as its query now answers it.
    pub state: Value,
    /// The id of the notification being delivered, if the change posts one.
    pub notification_id: Option<String>,
}

/// Why a trigger could not be applied.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TriggerError {
    /// The sandbox has no such order, refund or transfer bill.
    #[error("the sandbox has no {0}")]
    NotFound(String),
    /// It is not in a state the change applies to (an order already paid …).
    #[error("{0}")]
    InvalidState(String),
    /// The trigger was sent to a running sandbox and failed on the way.
    #[error("cannot reach the sandbox: {0}")]
    Remote(String),
}

impl TriggerError {
    /// The `code` of the admin route's error answer.
    pub(crate) fn code(&self) -> &'static str {
        match self {
            TriggerError::NotFound(_) => "NOT_FOUND",
            TriggerError::InvalidState(_) => "INVALID_STATE",
            TriggerError::Remote(_) => "REMOTE",
        }
    }
}

/// Applies `t` to the state and starts the notification's delivery.
pub(crate) fn apply(state: &State, t: &Trigger) -> Result<Triggered, TriggerError> {
    let (view, notify) = {
        let mut store = state
            .store
            .lock()
            .map_err(|_| TriggerError::InvalidState("sandbox state poisoned".into()))?;
        match t {
            Trigger::Pay(no) => pay(&mut store, no)?,
            Trigger::PayFailed(no) => end_order(&mut store, no, "PAYERROR", "支付失败")?,
            Trigger::Close(no) => end_order(&mut store, no, "CLOSED", "订单已关闭")?,
            Trigger::RefundSucceeded(no) => refund(&mut store, no, "SUCCESS")?,
            Trigger::RefundAbnormal(no) => refund(&mut store, no, "ABNORMAL")?,
            Trigger::TransferDone(no) => transfer(&mut store, no)?,
        }
    };
    state
        .side_effects
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let notification_id = match (notify, state.me.upgrade()) {
        (Some((url, event, resource)), Some(state)) => {
            Some(delivery::start(&state, &url, &event, &resource))
        }
        _ => None,
    };
    Ok(Triggered {
        state: view,
        notification_id,
    })
}

type Store = std::collections::HashMap<String, Value>;
/// The answer view, and `(notify_url, event_type, resource)` when a notification is due.
type Applied = (Value, Option<(String, String, Value)>);

fn url(store: &Store, kind: &str, no: &str) -> Option<String> {
    store
        .get(&format!("sandbox/notify/{kind}/{no}"))
        .and_then(Value::as_str)
        .map(str::to_owned)
}

fn order<'s>(store: &'s mut Store, no: &str) -> Result<&'s mut Value, TriggerError> {
    store
        .get_mut(&format!("pay/order/{no}"))
        .ok_or_else(|| TriggerError::NotFound(format!("order with out_trade_no {no}")))
}

fn unpaid(order: &Value, no: &str) -> Result<(), TriggerError> {
    match order["trade_state"].as_str() {
        Some("NOTPAY" | "USERPAYING") => Ok(()),
        Some(other) => Err(TriggerError::InvalidState(format!(
            "order {no} is {other}, not NOTPAY"
        ))),
        None => Err(TriggerError::InvalidState(format!(
            "order {no} has no state"
        ))),
    }
}

fn pay(store: &mut Store, no: &str) -> Result<Applied, TriggerError> {
    let openid = store
        .get(&format!("sandbox/payer/{no}"))
        .and_then(Value::as_str)
        .unwrap_or("oSandboxPayer000000000000000")
        .to_owned();
    let notify_url = url(store, "order", no);
    let order = order(store, no)?;
    unpaid(order, no)?;
    let total = order.pointer("/amount/total").cloned().unwrap_or(json!(0));
    order["trade_state"] = json!("SUCCESS");
    order["trade_state_desc"] = json!("支付成功");
    order["transaction_id"] = json!(random_digits("4200", 24));
    order["bank_type"] = json!("OTHERS");
    order["success_time"] = json!(now());
    order["payer"] = json!({ "openid": openid });
    order["amount"] = json!({
        "total": total,
        "payer_total": total,
        "currency": "CNY",
        "payer_currency": "CNY",
    });
    let view = transaction_view(order);
    let notify = notify_url.map(|u| (u, "TRANSACTION.SUCCESS".to_owned(), view.clone()));
    Ok((view, notify))
}

fn end_order(store: &mut Store, no: &str, to: &str, desc: &str) -> Result<Applied, TriggerError> {
    let order = order(store, no)?;
    unpaid(order, no)?;
    order["trade_state"] = json!(to);
    order["trade_state_desc"] = json!(desc);
    Ok((transaction_view(order), None))
}

fn refund(store: &mut Store, no: &str, to: &str) -> Result<Applied, TriggerError> {
    let notify_url = url(store, "refund", no);
    let r = store
        .get_mut(&format!("pay/refund/{no}"))
        .ok_or_else(|| TriggerError::NotFound(format!("refund with out_refund_no {no}")))?;
    if r["status"] != "PROCESSING" {
        return Err(TriggerError::InvalidState(format!(
            "refund {no} is {}, not PROCESSING",
            r["status"].as_str().unwrap_or("?")
        )));
    }
    r["status"] = json!(to);
    if to == "SUCCESS" {
        r["success_time"] = json!(now());
    }
    let view = r.clone();
    let field = |name: &str| view.get(name).cloned().unwrap_or(Value::Null);
    let out_trade_no = field("out_trade_no")
        .as_str()
        .unwrap_or_default()
        .to_owned();
    if to == "SUCCESS"
        && let Some(order) = store.get_mut(&format!("pay/order/{out_trade_no}"))
        && order["trade_state"] == "SUCCESS"
    {
        order["trade_state"] = json!("REFUND");
        order["trade_state_desc"] = json!("转入退款");
    }
    // The refund is the order's merchant's (a hosted one's notification uses its keys).
    let mchid = store
        .get(&format!("pay/order/{out_trade_no}"))
        .and_then(|o| o["mchid"].as_str())
        .unwrap_or(super::credentials::MCHID)
        .to_owned();
    let resource = json!({
        "mchid": mchid,
        "transaction_id": field("transaction_id"),
        "out_trade_no": field("out_trade_no"),
        "refund_id": field("refund_id"),
        "out_refund_no": field("out_refund_no"),
        "refund_status": to,
        "success_time": view.get("success_time"),
        "user_received_account": field("user_received_account"),
        "amount": {
            "total": view.pointer("/amount/total"),
            "refund": view.pointer("/amount/refund"),
            "payer_total": view.pointer("/amount/payer_total"),
            "payer_refund": view.pointer("/amount/payer_refund"),
        },
    });
    let event = if to == "SUCCESS" {
        "REFUND.SUCCESS"
    } else {
        "REFUND.ABNORMAL"
    };
    Ok((view, notify_url.map(|u| (u, event.to_owned(), resource))))
}

fn transfer(store: &mut Store, no: &str) -> Result<Applied, TriggerError> {
    let notify_url = url(store, "transfer", no);
    let bill = store
        .get_mut(&format!("transfer/bill/{no}"))
        .ok_or_else(|| TriggerError::NotFound(format!("transfer bill with out_bill_no {no}")))?;
    match bill["state"].as_str() {
        Some("ACCEPTED" | "PROCESSING" | "WAIT_USER_CONFIRM" | "TRANSFERING") => {}
        other => {
            return Err(TriggerError::InvalidState(format!(
                "transfer bill {no} is {}",
                other.unwrap_or("?")
            )));
        }
    }
    let time = now();
    bill["state"] = json!("SUCCESS");
    bill["update_time"] = json!(time);
    let mut view = bill.clone();
    if let Some(o) = view.as_object_mut() {
        o.remove("user_name_plain");
        o.remove("package_info");
    }
    let resource = json!({
        "mch_id": bill["mch_id"],
        "out_bill_no": bill["out_bill_no"],
        "transfer_bill_no": bill["transfer_bill_no"],
        "state": "SUCCESS",
        "transfer_amount": bill["transfer_amount"],
        "openid": bill["openid"],
        "create_time": bill["create_time"],
        "update_time": time,
    });
    Ok((
        view,
        notify_url.map(|u| (u, "MCHTRANSFER.BILL.FINISHED".to_owned(), resource)),
    ))
}
