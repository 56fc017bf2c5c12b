//! The sandbox's one routing table: every statefully emulated endpoint, as method + path
//! pattern → handler. Every other catalog operation is answered by [`super::generic`] from the
//! generator's data. A request neither knows is answered `404 SANDBOX_NOT_EMULATED` (signed), so
//! a client can tell "the sandbox lacks this endpoint" from WeChat Pay's own `404 NOT_FOUND` by
//! its code. (Not a 5xx: clients, wxpay's included, retry those as transient.)
//!
//! Handlers live in `catalog/*` and `files.rs`; they and this table share only
//! [`super::answer`], so there is no import circle.

use percent_encoding::percent_decode_str;
use serde_json::{Map, Value, json};

use super::State;
use super::answer::{Answer, Req, parse_query};
use super::catalog::{ecommerce, marketing, pay, seeds, transfer};
use super::delivery::Delivery;
use super::files::{self, Multipart};
use super::generic;
use super::payer::{self, Trigger, TriggerError};
use super::{Fault, credentials};

/// A handler: the shared state and the parsed request, to an answer before signing.
type Handler = fn(&State, &Req<'_>) -> Answer;

/// One emulated endpoint.
pub(crate) struct Route {
    /// `GET`, `POST` …
    pub(crate) method: &'static str,
    /// The path, with `{name}` for a variable segment (its value is in [`Req::params`]).
    pub(crate) pattern: &'static str,
    handler: Handler,
}

const fn route(method: &'static str, pattern: &'static str, handler: Handler) -> Route {
    Route {
        method,
        pattern,
        handler,
    }
}

/// Every endpoint the sandbox emulates. The first entry whose method and pattern match wins.
pub(crate) static ROUTES: &[Route] = &[
    // The sandbox's own admin routes (the payer's side), not signed-checked: see `ADMIN`.
    route("POST", "/sandbox/v1/trigger/{name}/{number}", trigger),
    route("GET", "/sandbox/v1/deliveries", |s, _| deliveries(s)),
    route("POST", "/sandbox/v1/time-scale", time_scale),
    // Platform certificates, media uploads, bills.
    route("GET", "/v3/certificates", |s, _| certificates(s)),
    route("POST", "/v3/merchant/media/upload", upload),
    route("POST", "/v3/merchant/media/video_upload", upload),
    route("POST", "/v3/marketing/favor/media/image-upload", upload),
    route("GET", "/v3/bill/tradebill", bill_info),
    route("GET", "/v3/bill/fundflowbill", bill_info),
    route("GET", "/v3/bill/sub-merchant-fundflowbill", bill_info),
    route("GET", "/v3/billdownload/file", bill_file),
    // Direct-merchant payments and refunds (catalog/pay.rs).
    route("POST", "/v3/pay/transactions/jsapi", |s, r| {
        pay::prepay(s, "jsapi", &r.body)
    }),
    route("POST", "/v3/pay/transactions/app", |s, r| {
        pay::prepay(s, "app", &r.body)
    }),
    route("POST", "/v3/pay/transactions/h5", |s, r| {
        pay::prepay(s, "h5", &r.body)
    }),
    route("POST", "/v3/pay/transactions/native", |s, r| {
        pay::prepay(s, "native", &r.body)
    }),
    route(
        "GET",
        "/v3/pay/transactions/out-trade-no/{out_trade_no}",
        |s, r| pay::query_order(s, r.param(0), &r.query),
    ),
    route(
        "POST",
        "/v3/pay/transactions/out-trade-no/{out_trade_no}/close",
        |s, r| pay::close_order(s, r.param(0), &r.body),
    ),
    route("POST", "/v3/refund/domestic/refunds", |s, r| {
        pay::create_refund(s, &r.body)
    }),
    route(
        "GET",
        "/v3/refund/domestic/refunds/{out_refund_no}",
        |s, r| pay::query_refund(s, r.param(0)),
    ),
    route("POST", "/v3/payscore/serviceorder", |s, r| {
        pay::create_service_order(s, &r.body)
    }),
    route("GET", "/v3/payscore/serviceorder", |s, r| {
        pay::query_service_order(s, &r.query)
    }),
    route(
        "POST",
        "/v3/payscore/serviceorder/{out_order_no}/cancel",
        |s, r| pay::cancel_service_order(s, r.param(0), &r.body),
    ),
    // Marketing and brand (catalog/seeds.rs, catalog/marketing.rs).
    route(
        "POST",
        "/v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate",
        seeds::invalidate_user_card,
    ),
    route(
        "POST",
        "/v3/marketing/membercard-open/cards/{card_id}/codes/{code}/unavailable",
        seeds::membercard_unavailable,
    ),
    route(
        "POST",
        "/v3/marketing/busifavor/coupons/deactivate",
        seeds::busifavor_deactivate,
    ),
    route("POST", "/v3/marketing/busifavor/stocks", |s, r| {
        marketing::busifavor_create_stock(s, &r.body)
    }),
    route(
        "GET",
        "/v3/marketing/busifavor/stocks/{stock_id}",
        |s, r| marketing::busifavor_query_stock(s, r.param(0)),
    ),
    route("POST", "/v3/marketing/busifavor/coupons/use", |s, r| {
        marketing::busifavor_use(s, &r.body)
    }),
    route(
        "POST",
        "/v3/marketing/favor/users/{openid}/coupons",
        |s, r| marketing::favor_send(s, r.param(0), &r.body),
    ),
    route(
        "GET",
        "/v3/marketing/favor/users/{openid}/coupons/{coupon_id}",
        |s, r| marketing::favor_query(s, r.param(0), r.param(1), &r.query),
    ),
    route(
        "GET",
        "/v3/marketing/membercard-open/cards/{card_id}/codes/{code}",
        |s, r| marketing::membercard_query(s, r.param(0), r.param(1)),
    ),
    route(
        "PATCH",
        "/v3/marketing/membercard-open/cards/{card_id}/codes/{code}",
        |s, r| marketing::membercard_update(s, r.param(0), r.param(1), &r.body),
    ),
    route(
        "GET",
        "/v3/brand/partner/card-member/user-cards/{user_card_code}",
        |s, r| marketing::brand_query_user_card(s, r.param(0), &r.query),
    ),
    // Transfers, profit sharing, complaints (catalog/transfer.rs).
    route(
        "POST",
        "/v3/fund-app/mch-transfer/transfer-bills",
        |s, r| transfer::create_bill(s, &r.body),
    ),
    route(
        "GET",
        "/v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}",
        |s, r| transfer::query_bill(s, r.param(0)),
    ),
    route(
        "GET",
        "/v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}",
        |s, r| transfer::query_bill_by_transfer_no(s, r.param(0)),
    ),
    route(
        "POST",
        "/v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel",
        |s, r| transfer::cancel_bill(s, r.param(0)),
    ),
    route("POST", "/v3/transfer/batches", |s, r| {
        transfer::create_batch(s, &r.body)
    }),
    route(
        "GET",
        "/v3/transfer/batches/out-batch-no/{out_batch_no}",
        |s, r| transfer::query_batch(s, r.param(0), &r.query),
    ),
    route("POST", "/v3/profitsharing/orders", |s, r| {
        transfer::create_sharing(s, &r.body)
    }),
    route("GET", "/v3/profitsharing/orders/{out_order_no}", |s, r| {
        transfer::query_sharing(s, r.param(0), &r.query)
    }),
    route("GET", "/v3/merchant-service/complaints-v2", |s, r| {
        transfer::list_complaints(s, &r.query)
    }),
    // Onboarding, e-commerce, balances, banks (catalog/ecommerce.rs).
    route("POST", "/v3/applyment4sub/applyment/", |s, r| {
        ecommerce::submit_applyment(s, &r.body)
    }),
    route(
        "GET",
        "/v3/applyment4sub/applyment/business_code/{business_code}",
        |s, r| ecommerce::query_applyment(s, r.param(0)),
    ),
    route(
        "GET",
        "/v3/applyment4sub/applyment/applyment_id/{applyment_id}",
        |s, r| ecommerce::query_applyment_by_id(s, r.param(0)),
    ),
    route("POST", "/v3/ecommerce/applyments/", |s, r| {
        ecommerce::create_ec_applyment(s, &r.body)
    }),
    route(
        "GET",
        "/v3/ecommerce/applyments/out-request-no/{out_request_no}",
        |s, r| ecommerce::query_ec_applyment(s, r.param(0)),
    ),
    route("GET", "/v3/ecommerce/applyments/{applyment_id}", |s, r| {
        ecommerce::query_ec_applyment_by_id(s, r.param(0))
    }),
    route("POST", "/v3/ecommerce/profitsharing/orders", |s, r| {
        ecommerce::create_profitsharing(s, &r.body)
    }),
    route("GET", "/v3/ecommerce/profitsharing/orders", |s, r| {
        ecommerce::query_profitsharing(s, &r.query)
    }),
    route("GET", "/v3/ecommerce/fund/balance/{sub_mchid}", |_, r| {
        ecommerce::sub_merchant_balance(r.param(0), &r.query)
    }),
    route("GET", "/v3/merchant/fund/balance/{account_type}", |_, r| {
        ecommerce::merchant_balance(r.param(0))
    }),
    route(
        "GET",
        "/v3/capital/capitallhh/banks/personal-banking",
        |_, r| ecommerce::bank_list("personal-banking", &r.query),
    ),
    route(
        "GET",
        "/v3/capital/capitallhh/banks/corporate-banking",
        |_, r| ecommerce::bank_list("corporate-banking", &r.query),
    ),
    route(
        "GET",
        "/v3/capital/capitallhh/banks/search-banks-by-bank-account",
        |s, r| ecommerce::search_banks(s, &r.query),
    ),
];

/// The entry for `method` and `path`, with the decoded values of its `{…}` segments.
fn find(method: &str, path: &str) -> Option<(&'static Route, Vec<String>)> {
    ROUTES.iter().find_map(|r| {
        if r.method != method {
            return None;
        }
        let mut params = Vec::new();
        let mut want = r.pattern.split('/');
        let mut got = path.split('/');
        loop {
            match (want.next(), got.next()) {
                (None, None) => return Some((r, params)),
                (Some(w), Some(g)) if w.starts_with('{') && w.ends_with('}') => {
                    params.push(percent_decode_str(g).decode_utf8_lossy().into_owned());
                }
                (Some(w), Some(g)) if w == g => {}
                _ => return None,
            }
        }
    })
}

/// Paths under this prefix are the sandbox's admin routes: they play the payer's side, so
/// they take no WeChat Pay signature (an app under test in any language can call them).
pub(crate) const ADMIN: &str = "/sandbox/v1/";

fn trigger(state: &State, r: &Req<'_>) -> Answer {
    let Some(t) = Trigger::from_name(r.param(0), r.param(1)) else {
        return Answer::error(
            404,
            "NOT_FOUND",
            "unknown trigger: use pay, pay-failed, close, refund, refund-abnormal or transfer",
        );
    };
    match payer::apply(state, &t) {
        Ok(done) => Answer::json(
            200,
            &json!({ "state": done.state, "notification_id": done.notification_id }),
        ),
        Err(e) => {
            let status = if matches!(e, TriggerError::NotFound(_)) {
                404
            } else {
                409
            };
            Answer::error(status, e.code(), &e.to_string())
        }
    }
}

fn deliveries(state: &State) -> Answer {
    let log: Vec<Value> = state
        .deliveries
        .lock()
        .map(|d| d.iter().map(Delivery::to_json).collect())
        .unwrap_or_default();
    Answer::json(200, &json!({ "data": log }))
}

/// `POST /sandbox/v1/time-scale?factor=0.01`: multiplies the retry waits.
fn time_scale(state: &State, r: &Req<'_>) -> Answer {
    match r
        .query
        .get("factor")
        .and_then(Value::as_str)
        .map(str::parse::<f64>)
    {
        Some(Ok(f)) if f.is_finite() && f >= 0.0 => {
            state.set_time_scale(f);
            Answer::json(200, &json!({ "factor": f }))
        }
        _ => Answer::param_error("factor", "query", "factor must be a number >= 0"),
    }
}

/// What the server knows of a request once its signature is checked.
pub(crate) struct Incoming<'a> {
    pub(crate) method: &'a str,
    pub(crate) path: &'a str,
    pub(crate) query: &'a str,
    pub(crate) body: &'a [u8],
    pub(crate) form: Option<&'a Multipart>,
    pub(crate) base_url: String,
    pub(crate) fault: Option<&'a Fault>,
}

/// Finds the route, parses the query and body, and runs the handler.
pub(crate) fn dispatch(state: &State, inc: Incoming<'_>) -> Answer {
    let route = find(inc.method, inc.path);
    let generic = match route {
        Some(_) => None,
        None => match generic::find(inc.method, inc.path) {
            Some(op) => Some(op),
            None => return not_emulated(inc.method, inc.path),
        },
    };
    let query = match parse_query(inc.query) {
        Ok(q) => q,
        Err(a) => return a,
    };
    let body = if inc.body.is_empty() || inc.form.is_some() {
        Map::new()
    } else {
        match serde_json::from_slice::<Value>(inc.body) {
            Ok(Value::Object(m)) => m,
            _ => return Answer::param_error("", "body", "请求体不是合法的JSON对象"),
        }
    };
    let Some((route, params)) = route else {
        // Every other catalog operation: checked and answered from the generator's data.
        return match generic {
            Some(op) => generic::answer(op, &query, &body, inc.form, state.list_length(inc.path)),
            None => not_emulated(inc.method, inc.path),
        };
    };
    let req = Req {
        path: inc.path,
        params,
        raw_query: inc.query,
        query,
        body,
        form: inc.form,
        base_url: inc.base_url,
        fault: inc.fault,
    };
    (route.handler)(state, &req)
}

/// The code of the answer to a request the sandbox does not emulate.
pub(crate) const NOT_EMULATED: &str = "SANDBOX_NOT_EMULATED";

/// `404 SANDBOX_NOT_EMULATED`: distinct from WeChat Pay's `404 NOT_FOUND`, naming what was
/// asked.
fn not_emulated(method: &str, path: &str) -> Answer {
    Answer::json(
        404,
        &json!({
            "code": NOT_EMULATED,
            "message": format!(
                "the wxpay sandbox does not emulate {method} {path} (see the README's list of emulated endpoints)"
            ),
        }),
    )
}

fn upload(_: &State, r: &Req<'_>) -> Answer {
    match r.form {
        Some(form) => files::upload(r.path, form),
        None => Answer::error(400, "PARAM_ERROR", "请使用 multipart/form-data 上传"),
    }
}

fn bill_info(_: &State, r: &Req<'_>) -> Answer {
    let kind = r.path.rsplit('/').next().unwrap_or_default();
    files::bill_info(&r.base_url, kind, &r.query)
}

fn bill_file(_: &State, r: &Req<'_>) -> Answer {
    let token = r.raw_query.strip_prefix("token=").unwrap_or_default();
    let corrupt = matches!(r.fault, Some(Fault::CorruptFile));
    match files::bill_file(token, corrupt) {
        Some(bytes) => Answer::file(bytes),
        None => Answer::error(404, "NO_STATEMENT_EXIST", "账单文件不存在"),
    }
}

/// `GET /v3/certificates`: the platform certificates, encrypted with the APIv3 key.
fn certificates(state: &State) -> Answer {
    if !state.options.platform_certificate {
        return Answer::error(
            404,
            "RESOURCE_NOT_EXISTS",
            "无可用的平台证书，请在商户平台-API安全申请使用微信支付公钥",
        );
    }
    let Ok(key) = wxpay_core::ApiV3Key::new(credentials::APIV3_KEY) else {
        return Answer::error(500, "SYSTEM_ERROR", "系统错误");
    };
    let mut certs = vec![(
        credentials::PLATFORM_CERT_SERIAL,
        credentials::PLATFORM_CERT_PEM,
        "2020-01-01T08:00:00+08:00",
        "2045-01-01T08:00:00+08:00",
    )];
    if state.options.serve_expired_certificate {
        certs.push((
            "1122334455667788990011223344556677889900",
            credentials::PLATFORM_CERT_EXPIRED_PEM,
            "2015-01-01T08:00:00+08:00",
            "2020-01-01T08:00:00+08:00",
        ));
    }
    let mut data = Vec::new();
    for (serial, pem, from, to) in certs {
        let nonce: String = wxpay_core::signer::nonce().chars().take(12).collect();
        let Ok(ct) = key.encrypt(b"certificate", nonce.as_bytes(), pem.as_bytes()) else {
            return Answer::error(500, "SYSTEM_ERROR", "系统错误");
        };
        data.push(json!({
            "serial_no": serial,
            "effective_time": from,
            "expire_time": to,
            "encrypt_certificate": {
                "algorithm": "AEAD_AES_256_GCM",
                "nonce": nonce,
                "associated_data": "certificate",
                "ciphertext": ct,
            }
        }));
    }
    Answer::json(200, &json!({ "data": data }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_capture_their_segments() {
        let (r, p) = find("GET", "/v3/pay/transactions/out-trade-no/A%2FB").unwrap();
        assert_eq!(
            r.pattern,
            "/v3/pay/transactions/out-trade-no/{out_trade_no}"
        );
        assert_eq!(p, ["A/B"]);
        assert!(find("DELETE", "/v3/pay/transactions/out-trade-no/A").is_none());
        assert!(find("GET", "/v3/pay/transactions/out-trade-no/A/extra").is_none());
        let (r, _) = find("POST", "/v3/applyment4sub/applyment/").unwrap();
        assert_eq!(r.pattern, "/v3/applyment4sub/applyment/");
    }

    #[test]
    fn no_entry_shadows_another() {
        // Every pattern, with its variables filled in, reaches its own entry.
        for (i, r) in ROUTES.iter().enumerate() {
            let path = r
                .pattern
                .split('/')
                .map(|s| if s.starts_with('{') { "x1" } else { s })
                .collect::<Vec<_>>()
                .join("/");
            let (found, _) = find(r.method, &path).unwrap();
            assert!(
                std::ptr::eq(found, &ROUTES[i]),
                "{} {} is dead",
                r.method,
                r.pattern
            );
        }
    }
}
