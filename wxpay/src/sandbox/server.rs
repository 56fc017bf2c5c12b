//! The HTTP side of the sandbox: connections, request authentication, signed answers, faults.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use bytes::Bytes;
use http::{HeaderValue, Request, Response, StatusCode};
use http_body_util::{BodyExt as _, Full, Limited};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use wxpay_core::signer::{parse_authorization, request_message, response_message};
use wxpay_core::verifier::check_timestamp;
use wxpay_core::{AuthScheme, Clock as _, SystemClock};

use super::answer::Answer;
use super::merchants::{Generation, Hosted};
use super::routes;
use super::{Fault, State, credentials, files};

/// Largest request body the sandbox reads.
const MAX_REQUEST: usize = 2 * 1024 * 1024;

/// Closing the connection without an answer: hyper drops it when the service fails.
#[derive(Debug)]
struct Drop;

impl std::fmt::Display for Drop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by fault injection")
    }
}

impl std::error::Error for Drop {}

pub(super) async fn serve(
    listener: tokio::net::TcpListener,
    state: Arc<State>,
    mut shutdown: tokio::sync::oneshot::Receiver<()>,
) {
    loop {
        let accepted = tokio::select! {
            _ = &mut shutdown => return,
            a = listener.accept() => a,
        };
        let Ok((stream, _)) = accepted else {
            // Out of descriptors or similar: back off instead of spinning.
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        let _ = stream.set_nodelay(true);
        let state = state.clone();
        tokio::spawn(async move {
            let svc = hyper::service::service_fn(move |req| handle(state.clone(), req));
            let _ = hyper::server::conn::http1::Builder::new()
                .keep_alive(true)
                .serve_connection(TokioIo::new(stream), svc)
                .await;
        });
    }
}

async fn handle(state: Arc<State>, req: Request<Incoming>) -> Result<Response<Full<Bytes>>, Drop> {
    state.requests.fetch_add(1, Ordering::Relaxed);
    let (parts, body) = req.into_parts();
    let body = match Limited::new(body, MAX_REQUEST).collect().await {
        Ok(b) => b.to_bytes(),
        Err(_) => {
            let a = Answer::error(413, "PARAM_ERROR", "请求体过大");
            let by = signer_for(&state, &parts.headers, parts.uri.path());
            return Ok(sign(&state, by, a, None));
        }
    };
    let method = parts.method.as_str().to_owned();
    let path_and_query = parts
        .uri
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_default();
    let path = parts.uri.path().to_owned();
    let query = parts.uri.query().unwrap_or_default().to_owned();

    let by = signer_for(&state, &parts.headers, &path);
    let content_type = parts
        .headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    // A media upload signs its `meta` part, not the multipart body.
    let form = match files::Multipart::parse(content_type, &body) {
        Some(Ok(form)) => Some(form),
        Some(Err(msg)) => {
            return Ok(sign(
                &state,
                by,
                Answer::error(400, "PARAM_ERROR", &msg),
                None,
            ));
        }
        None => None,
    };
    let signed_body = match form.as_ref().and_then(|f| f.part("meta")) {
        Some((_, _, meta)) => meta.clone(),
        None => body.clone(),
    };
    let sign = |state: &State, answer: Answer, fault: Option<Fault>| {
        sign(state, by.clone(), answer, fault)
    };
    if path.starts_with(routes::ADMIN) {
        let answer = routes::dispatch(
            &state,
            routes::Incoming {
                method: &method,
                path: &path,
                query: &query,
                body: &body,
                form: None,
                base_url: String::new(),
                fault: None,
            },
        );
        return Ok(sign(&state, answer, None));
    }
    let merchant = match authenticate(
        &state,
        &parts.headers,
        &method,
        &path_and_query,
        &signed_body,
    ) {
        Ok(m) => m,
        Err(msg) => {
            state.rejected.fetch_add(1, Ordering::Relaxed);
            let answer = match state.take_fault(&path) {
                Some(Fault::SignError) => {
                    sign_error(&parts.headers, &method, &path_and_query, &signed_body)
                }
                _ => Answer::error(401, "SIGN_ERROR", &msg),
            };
            return Ok(sign(&state, answer, None));
        }
    };

    let fault = state.take_fault(&path);
    match fault {
        Some(Fault::SignError) => {
            let answer = sign_error(&parts.headers, &method, &path_and_query, &signed_body);
            return Ok(sign(&state, answer, None));
        }
        Some(Fault::SystemError) => {
            return Ok(sign(
                &state,
                Answer::error(500, "SYSTEM_ERROR", "系统错误"),
                None,
            ));
        }
        Some(Fault::TooManyRequests) => {
            return Ok(sign(
                &state,
                Answer::error(429, "FREQUENCY_LIMITED", "频率超限"),
                None,
            ));
        }
        Some(Fault::DropBeforeProcessing) => return Err(Drop),
        _ => {}
    }

    let host = parts
        .headers
        .get(http::header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("127.0.0.1");
    let answer = super::answer::with_merchant(merchant.as_deref(), || {
        routes::dispatch(
            &state,
            routes::Incoming {
                method: &method,
                path: &path,
                query: &query,
                body: &body,
                form: form.as_ref(),
                base_url: format!("http://{host}"),
                fault: fault.as_ref(),
            },
        )
    });
    if answer.file {
        // Files are not signed: the client checks them against the announced digest.
        let mut resp = Response::new(Full::new(answer.body));
        resp.headers_mut().insert(
            "content-type",
            HeaderValue::from_static("application/octet-stream"),
        );
        return Ok(resp);
    }
    match fault {
        Some(Fault::DropAfterProcessing) => Err(Drop),
        Some(Fault::Delay(d)) => {
            tokio::time::sleep(d).await;
            Ok(sign(&state, answer, None))
        }
        other => Ok(sign(&state, answer, other)),
    }
}

/// Checks the request's `Authorization` as WeChat Pay does; the error is the 401 message.
/// Returns the hosted merchant it authenticates, `None` for the fixed one.
fn authenticate(
    state: &State,
    headers: &http::HeaderMap,
    method: &str,
    path_and_query: &str,
    body: &[u8],
) -> Result<Option<String>, String> {
    let value = headers
        .get(http::header::AUTHORIZATION)
        .ok_or("缺少Authorization头")?
        .to_str()
        .map_err(|_| "Authorization头包含非法字符")?;
    let auth = parse_authorization(value).map_err(|e| format!("Authorization头格式错误: {e}"))?;
    if auth.scheme == AuthScheme::Merchant
        && let Some(hosted) = state.hosted.get(&auth.id)
    {
        return authenticate_hosted(state, &hosted, &auth, method, path_and_query, body)
            .map(|()| Some(hosted.mchid.clone()));
    }
    let expected_id = match auth.scheme {
        AuthScheme::Merchant => credentials::MCHID,
        AuthScheme::Brand => credentials::BRAND_ID,
    };
    if auth.id != expected_id {
        return Err(format!("{}与请求方不符", auth.scheme.id_attr()));
    }
    if auth.serial != credentials::MCH_SERIAL {
        return Err("商户证书序列号有误".into());
    }
    check_timestamp(&auth.timestamp, SystemClock.now())
        .map_err(|_| "请求的时间戳已过期或无效".to_owned())?;
    let ts: i64 = auth.timestamp.parse().map_err(|_| "时间戳无效")?;
    let sig = B64
        .decode(&auth.signature)
        .map_err(|_| "签名不是合法的base64")?;
    let msg = request_message(method, path_and_query, ts, &auth.nonce, body);
    if state.merchant_public.verify(&msg, &sig) {
        Ok(None)
    } else {
        Err("签名错误".into())
    }
}

/// [`authenticate`] for a hosted merchant: the serial names one of its key generations, which
/// must not have been rotated out before the request was signed.
fn authenticate_hosted(
    state: &State,
    hosted: &Hosted,
    auth: &wxpay_core::signer::ParsedAuthorization,
    method: &str,
    path_and_query: &str,
    body: &[u8],
) -> Result<(), String> {
    let generation = hosted.by_serial(&auth.serial).ok_or("商户证书序列号有误")?;
    let ts = check_timestamp(&auth.timestamp, SystemClock.now())
        .map_err(|_| "请求的时间戳已过期或无效".to_owned())?;
    let revoked = generation.revoked_at.load(Ordering::Relaxed);
    if revoked != 0 && ts > revoked {
        state.revoked_key_requests.fetch_add(1, Ordering::Relaxed);
        return Err("商户证书已失效".into());
    }
    let sig = B64
        .decode(&auth.signature)
        .map_err(|_| "签名不是合法的base64")?;
    let msg = request_message(method, path_and_query, ts, &auth.nonce, body);
    if generation.merchant_public.verify(&msg, &sig) {
        generation.accepted.fetch_add(1, Ordering::Relaxed);
        Ok(())
    } else {
        Err("签名错误".into())
    }
}

/// `401 SIGN_ERROR` shaped as WeChat Pay's, with its echo of what it checked: the message
/// rebuilt from the request as received (the timestamp and nonce of its `Authorization`).
fn sign_error(headers: &http::HeaderMap, method: &str, url: &str, body: &[u8]) -> Answer {
    /// WeChat Pay echoes only the start of the message.
    const ECHOED: usize = 256;
    let auth = headers
        .get(http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| parse_authorization(v).ok());
    let (ts, nonce) = auth
        .map(|a| (a.timestamp.parse().unwrap_or_default(), a.nonce))
        .unwrap_or_default();
    let msg = request_message(method, url, ts, &nonce, body);
    let text = String::from_utf8_lossy(&msg);
    let truncated: String = text.chars().take(ECHOED).collect();
    Answer::json(
        401,
        &serde_json::json!({
            "code": "SIGN_ERROR",
            "message": "签名错误",
            "detail": {
                "field": "signature",
                "location": "authorization",
                "sign_information": {
                    "method": method,
                    "url": url,
                    "truncated_sign_message": truncated,
                    "sign_message_length": msg.len(),
                },
            },
        }),
    )
}

/// Which key signs an answer.
#[derive(Clone)]
enum SignedBy {
    PublicKey,
    Certificate,
    /// A hosted merchant's WeChat Pay key.
    Hosted(Arc<Generation>),
}

/// WeChat Pay answers with the key the request's `Wechatpay-Serial` names, when it has it; the
/// certificate download is always signed by a certificate it carries (so a client can bootstrap).
fn signer_for(state: &State, headers: &http::HeaderMap, path: &str) -> SignedBy {
    let wanted = headers
        .get("wechatpay-serial")
        .and_then(|v| v.to_str().ok());
    let hosted = headers
        .get(http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| parse_authorization(v).ok())
        .filter(|a| a.scheme == AuthScheme::Merchant)
        .and_then(|a| state.hosted.get(&a.id));
    if let Some(h) = hosted {
        // The key the request asked for while it is held, else the current one.
        let generation = wanted
            .and_then(|id| h.by_public_key_id(id))
            .or_else(|| h.current());
        if let Some(g) = generation {
            return SignedBy::Hosted(g);
        }
    }
    let opts = &state.options;
    if opts.platform_certificate
        && (wanted == Some(credentials::PLATFORM_CERT_SERIAL)
            || !opts.public_key
            || path == "/v3/certificates")
    {
        SignedBy::Certificate
    } else {
        SignedBy::PublicKey
    }
}

/// Signs `answer` as WeChat Pay does, applying a signature fault if one is given.
fn sign(
    state: &State,
    by: SignedBy,
    answer: Answer,
    fault: Option<Fault>,
) -> Response<Full<Bytes>> {
    let now = SystemClock.now();
    let ts = match fault {
        Some(Fault::StaleTimestamp) => now - 600,
        _ => now,
    }
    .to_string();
    let nonce = wxpay_core::signer::nonce();
    let (key, serial) = match (&fault, &by) {
        (Some(Fault::WrongSignature), SignedBy::PublicKey) => {
            (&state.attacker_key, credentials::PUBLIC_KEY_ID)
        }
        (Some(Fault::WrongSignature), SignedBy::Certificate) => {
            (&state.attacker_key, credentials::PLATFORM_CERT_SERIAL)
        }
        (Some(Fault::WrongSignature), SignedBy::Hosted(g)) => {
            (&state.attacker_key, g.public_key_id.as_str())
        }
        (_, SignedBy::PublicKey) => (&state.wechatpay_key, credentials::PUBLIC_KEY_ID),
        (_, SignedBy::Certificate) => (&state.platform_key, credentials::PLATFORM_CERT_SERIAL),
        (_, SignedBy::Hosted(g)) => (&g.wechatpay_key, g.public_key_id.as_str()),
    };
    let signature = match fault {
        Some(Fault::SignTest) => Ok(format!(
            "WECHATPAY/SIGNTEST/{}",
            B64.encode(nonce.as_bytes())
        )),
        _ => key.sign_base64(&response_message(&ts, &nonce, &answer.body)),
    };
    let body = match fault {
        Some(Fault::TamperedBody) if !answer.body.is_empty() => {
            let mut b = answer.body.to_vec();
            if let Some(last) = b
                .iter_mut()
                .rev()
                .find(|c| c.is_ascii_digit() || c.is_ascii_alphabetic())
            {
                *last = if *last == b'0' { b'1' } else { b'0' };
            }
            Bytes::from(b)
        }
        Some(Fault::TamperedBody) => Bytes::from_static(b"{}"),
        _ => answer.body,
    };
    // A 204 cannot carry a body: tampering with one turns it into a 200.
    let status = if answer.status == 204 && !body.is_empty() {
        200
    } else {
        answer.status
    };
    let mut resp = Response::new(Full::new(body.clone()));
    *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let h = resp.headers_mut();
    let request_id = format!("08{}", wxpay_core::signer::nonce());
    let mut put = |name: &'static str, v: &str| {
        if let Ok(v) = HeaderValue::from_str(v) {
            h.insert(name, v);
        }
    };
    put("request-id", &request_id);
    if !body.is_empty() {
        put("content-type", "application/json; charset=utf-8");
    }
    if let (false, Ok(sig)) = (matches!(fault, Some(Fault::MissingSignature)), signature) {
        {
            put("wechatpay-timestamp", &ts);
            put("wechatpay-nonce", &nonce);
            put("wechatpay-signature", &sig);
            put("wechatpay-serial", serial);
            put("wechatpay-signature-type", "WECHATPAY2-SHA256-RSA2048");
        }
    }
    resp
}
