//! Bad input from both sides: hostile or broken answers (oversized, not UTF-8, not JSON,
//! unknown fields and values, huge numbers, deep nesting) and requests that must be refused or
//! encoded (header injection, path tricks, 4-byte UTF-8). Nothing may panic; every failure is a
//! typed error that names the problem.
//!
//! Covered elsewhere and not repeated here: wrong-size APIv3 keys, AES-128 ciphertexts, wrong
//! associated data and OAEP-SHA256 ciphertexts at the cipher level
//! (`wxpay-core/tests/protocol.rs`: `debug_prints_no_secret`, `aes_gcm_decrypts_independent_vector`,
//! `oaep_interoperates_with_openssl`); here they are checked once more through the client,
//! the builder and the notification parser.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use serde::Serialize;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use wxpay::brand::card_member::{InvalidateUserCard, UserCardState};
use wxpay::sandbox::{Sandbox, credentials};
use wxpay::transport::TransportFuture;
use wxpay::{
    Client, CryptoError, Error, HttpRequest, HttpResponse, KeyError, MerchantKey, Sensitive,
    Transport, endpoint,
};

fn invalidate(code: &str) -> InvalidateUserCard {
    InvalidateUserCard::new(
        code,
        "1004",
        "pbLatjvWOibDc5-TBnbUk1pD12o0",
        "obLatjnx9gnqzS4myYGmLZ7LgLBA",
    )
}

fn sandbox_builder() -> wxpay::ClientBuilder {
    Client::builder()
        .mchid(credentials::MCHID)
        .merchant_serial(credentials::MCH_SERIAL)
        .private_key_pem(credentials::MERCHANT_KEY_PEM)
        .wechatpay_public_key(
            credentials::PUBLIC_KEY_ID,
            credentials::WECHATPAY_PUBLIC_KEY_PEM,
        )
}

// ---- answers: size ----

/// A raw HTTP/1.1 server on loopback that reads one request and answers with `head`, then
/// streams `chunk` up to `total` bytes (chunked encoding when `chunked`), counting what it
/// managed to write before the client went away.
async fn raw_server(
    head: &'static str,
    chunked: bool,
    total: usize,
) -> (String, Arc<AtomicUsize>, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let written = Arc::new(AtomicUsize::new(0));
    let w = written.clone();
    let task = tokio::spawn(async move {
        let (mut s, _) = listener.accept().await.unwrap();
        let mut req = Vec::new();
        let mut buf = [0u8; 4096];
        // Headers, then the body announced by Content-Length.
        let body_start = loop {
            let n = s.read(&mut buf).await.unwrap();
            req.extend_from_slice(&buf[..n]);
            if let Some(i) = req.windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
        };
        let head_text = String::from_utf8_lossy(&req[..body_start]).to_lowercase();
        let len: usize = head_text
            .lines()
            .find_map(|l| l.strip_prefix("content-length:"))
            .map_or(0, |v| v.trim().parse().unwrap());
        while req.len() < body_start + len {
            let n = s.read(&mut buf).await.unwrap();
            req.extend_from_slice(&buf[..n]);
        }
        if s.write_all(head.as_bytes()).await.is_err() {
            return;
        }
        let chunk = vec![b'x'; 64 * 1024];
        let mut sent = 0;
        while sent < total {
            let r = if chunked {
                let mut framed = format!("{:x}\r\n", chunk.len()).into_bytes();
                framed.extend_from_slice(&chunk);
                framed.extend_from_slice(b"\r\n");
                s.write_all(&framed).await
            } else {
                s.write_all(&chunk).await
            };
            if r.is_err() {
                return;
            }
            sent += chunk.len();
            w.store(sent, Ordering::Relaxed);
        }
    });
    (url, written, task)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_answers_stop_at_the_limit_while_reading() {
    const LIMIT: usize = 256 * 1024;
    const PLANNED: usize = 512 * 1024 * 1024;
    // No Content-Length: the limit must be enforced on the stream, chunk by chunk.
    let (url, written, task) = raw_server(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n",
        true,
        PLANNED,
    )
    .await;
    let client = sandbox_builder()
        .base_url(url)
        .max_response_bytes(LIMIT)
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap();
    let err = client.send(&invalidate("c1")).await.unwrap_err();
    assert!(
        err.kind() == wxpay::ErrorKind::BodyTooLarge
            && err.to_string().contains(&LIMIT.to_string()),
        "{err:?}"
    );
    assert!(err.may_have_reached_server());
    assert_eq!(
        err.to_string(),
        "response body exceeds the limit of 262144 bytes"
    );
    drop(client);
    tokio::time::timeout(Duration::from_secs(20), task)
        .await
        .expect("the server stops once the client has gone")
        .unwrap();
    // What the server got out before the client hung up: the limit plus socket buffers, not
    // the 512 MiB it meant to send.
    let sent = written.load(Ordering::Relaxed);
    assert!(sent < 64 * 1024 * 1024, "{sent} bytes were accepted");
    eprintln!("oversized stream: the server wrote {sent} bytes before the client hung up");

    // A Content-Length past the limit is refused before reading the body at all.
    let (url, written, _task) = raw_server(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1073741824\r\n\r\n",
        false,
        PLANNED,
    )
    .await;
    let client = sandbox_builder()
        .base_url(url)
        .max_response_bytes(LIMIT)
        .build()
        .unwrap();
    let err = client.send(&invalidate("c1")).await.unwrap_err();
    assert!(err.kind() == wxpay::ErrorKind::BodyTooLarge, "{err:?}");
    assert!(written.load(Ordering::Relaxed) < 64 * 1024 * 1024);
}

// ---- answers: content (signed, so only decoding can fail) ----

/// Answers every request with `status` and `body`, signed as WeChat Pay signs (with a key this
/// test holds: the client is configured with its public half).
#[derive(Debug)]
struct Signed {
    key: MerchantKey,
    status: u16,
    body: Vec<u8>,
}

const TEST_KEY_ID: &str = "PUB_KEY_ID_0000000000000000000000000000000001";

impl Transport for Signed {
    fn send(&self, _req: HttpRequest) -> TransportFuture<'_> {
        Box::pin(async move {
            let headers = test_key_headers(&self.key, &self.body);
            Ok(HttpResponse {
                status: self.status,
                headers,
                body: self.body.clone().into(),
            })
        })
    }
}

fn answering(status: u16, body: impl Into<Vec<u8>>) -> Client {
    let key = MerchantKey::from_pem(credentials::MERCHANT_KEY_PEM).unwrap();
    Client::builder()
        .mchid(credentials::MCHID)
        .merchant_serial(credentials::MCH_SERIAL)
        .private_key(key.clone())
        .wechatpay_public_key(TEST_KEY_ID, &key.public_key().to_pem())
        .transport(Arc::new(Signed {
            key,
            status,
            body: body.into(),
        }))
        .build()
        .unwrap()
}

fn user_card_json() -> serde_json::Value {
    serde_json::from_str(include_str!("../fixtures/user_card.json")).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broken_bodies_on_a_signed_2xx_are_decode_errors() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "invalid UTF-8",
            b"{\"user_card_code\":\"\xff\xfe\"}".to_vec(),
        ),
        (
            "not JSON",
            b"<xml><return_code>SUCCESS</return_code></xml>".to_vec(),
        ),
        ("truncated", br#"{"user_card_code":"1","card_id":"#.to_vec()),
        ("null", b"null".to_vec()),
        ("array", b"[]".to_vec()),
        ("deeply nested", deep.clone().into_bytes()),
        ("unclosed nesting", "{\"a\":".repeat(200_000).into_bytes()),
        // Found by the `catalog` fuzz target: a valid value followed by more data.
        (
            "trailing data",
            format!("{} {{\"user_card_code\":\"2\"}}", user_card_json()).into_bytes(),
        ),
    ];
    for (what, body) in cases {
        let err = answering(200, body)
            .send(&invalidate("c1"))
            .await
            .unwrap_err();
        assert!(err.is_decode(), "{what}: {err:?}");
        assert!(err.may_have_reached_server(), "{what}");
    }
    // The dynamic API decodes into `serde_json::Value`: same limits.
    for body in [deep.as_bytes(), b"\xff", b"1e400"] {
        let err = answering(200, body)
            .chain("v3/x")
            .get(serde_json::json!({}))
            .await
            .unwrap_err();
        assert!(err.is_decode(), "{err:?}");
    }
    // A huge number in a typed field names the field.
    let mut card = user_card_json();
    card["valid_date_information"]["available_day_after_receive"] =
        serde_json::from_str("123456789012345678901234567890").unwrap();
    let err = answering(200, card.to_string())
        .send(&invalidate("c1"))
        .await
        .unwrap_err();
    assert_eq!(
        err.decode_path(),
        Some("valid_date_information.available_day_after_receive"),
        "{err:?}"
    );
    // Not JSON with an error status: an API error carrying a short excerpt, no panic on a
    // multi-byte character cut at the excerpt's end.
    let html = "<html>".to_string() + &"错".repeat(300);
    let err = answering(502, html)
        .send(&invalidate("c1"))
        .await
        .unwrap_err();
    let api = err.api().unwrap();
    assert_eq!((api.status, api.code.as_str()), (502, "HTTP_502"));
    assert!(api.message.len() <= 204);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_fields_and_values_are_decoded_not_rejected() {
    let mut card = user_card_json();
    card["user_card_state"] = "FROZEN_BY_A_FUTURE_RULE".into();
    card["card_type"] = "SOME_NEW_TYPE".into();
    card["a_field_added_next_year"] =
        serde_json::json!({"nested": [1, 2.5, "x", null, {"deep": true}]});
    // Deep nesting inside an unknown field is skipped without recursion.
    card["deep_unknown"] = serde_json::from_str(&("[".repeat(120) + &"]".repeat(120))).unwrap();
    let got = answering(200, card.to_string())
        .send(&invalidate("c1"))
        .await
        .unwrap();
    assert_eq!(
        got.user_card_state,
        UserCardState::Other("FROZEN_BY_A_FUTURE_RULE".into())
    );
    // Large but valid numbers: kept exactly where the type allows it.
    let v = answering(
        200,
        r#"{"n": 18446744073709551615, "m": -9223372036854775808, "f": 1.7976931348623157e308}"#,
    )
    .chain("v3/x")
    .get(serde_json::json!({}))
    .await
    .unwrap();
    assert_eq!(v["n"].as_u64(), Some(u64::MAX));
    assert_eq!(v["m"].as_i64(), Some(i64::MIN));
}

// ---- requests: identifiers, path, query ----

#[test]
fn header_injection_is_refused_when_the_client_is_built() {
    let cases = [
        ("mchid", "1900000001\r\nX-Injected: 1"),
        ("mchid", "1900000001\",serial_no=\"EVIL"),
        ("mchid", ""),
        ("merchant certificate serial", "7E2F\n"),
        ("merchant certificate serial", "7E2F 5B1C"),
        ("brand_id", "1004\r\n"),
    ];
    for (field, value) in cases {
        let b = match field {
            "mchid" => sandbox_builder().mchid(value),
            "brand_id" => sandbox_builder().brand_id(value),
            _ => sandbox_builder().merchant_serial(value),
        };
        let err = b.build().unwrap_err();
        assert!(
            err.kind() == wxpay::ErrorKind::Config,
            "{field} {value:?}: {err:?}"
        );
        assert!(
            err.to_string().contains(&format!("`{field}`")),
            "{field}: {err}"
        );
    }
    let err = sandbox_builder()
        .user_agent("wxpay\r\nX-Injected: 1")
        .build()
        .unwrap_err();
    assert_eq!(err.to_string(), "configuration: invalid user agent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn path_and_query_values_cannot_alter_the_url() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    // Encoded as one segment: reaches the server intact and changes only that card.
    for code in [
        "a/b", "../x", "a?b=1", "a#frag", "a\0b", "%2e%2e", "..%2f", ". .", "a\\b", "a;b",
    ] {
        let card = client.send(&invalidate(code)).await.unwrap();
        assert_eq!(card.user_card_code, code);
        assert_eq!(
            sandbox.user_card_state(code).as_deref(),
            Some("INVALID"),
            "{code:?}"
        );
    }
    assert_eq!(sandbox.side_effects(), 10);
    // Refused before sending.
    for code in ["", ".", ".."] {
        let err = client.send(&invalidate(code)).await.unwrap_err();
        assert!(err.kind() == wxpay::ErrorKind::Request, "{code:?}: {err:?}");
        assert!(!err.may_have_reached_server());
    }
    assert_eq!(sandbox.requests(), 10);
    // A query value cannot add or override parameters: the sandbox sees the whole value as
    // `brand_id` (a card it has not seen is taken as issued under it), not a second `card_id`.
    let mut req = invalidate("q1");
    req.brand_id = "1004&card_id=other#x".into();
    let card = client.send(&req).await.unwrap();
    assert_eq!(card.brand_id, "1004&card_id=other#x");
    assert_eq!(card.card_id, "pbLatjvWOibDc5-TBnbUk1pD12o0");
    // The dynamic API encodes the same way.
    let card = client
        .chain("v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate")
        .post(serde_json::json!({
            "user_card_code": "../../../v3/certificates",
            "query": { "brand_id": "1004", "card_id": "pbLatjvWOibDc5-TBnbUk1pD12o0" },
            "json": { "openid": "obLatjnx9gnqzS4myYGmLZ7LgLBA" },
        }))
        .await
        .unwrap();
    assert_eq!(card["user_card_code"], "../../../v3/certificates");
    let err = client
        .chain("v3/x/{id}")
        .get(serde_json::json!({ "id": ".." }))
        .await
        .unwrap_err();
    assert!(!err.may_have_reached_server(), "{err:?}");
}

// ---- requests: 4-byte UTF-8 ----

/// One line with a sensitive name (encrypted while the body is built).
#[derive(Debug, Serialize)]
pub struct Line {
    /// A plain field.
    pub remark: String,
    /// A sensitive one.
    pub user_name: Sensitive,
}

/// An endpoint the sandbox does not know (it answers a signed 404): enough to see whether the
/// request was sent.
#[endpoint(POST, "/v3/test/echo/<id>")]
pub struct Echo {
    /// Path parameter.
    pub id: String,
    /// Query parameter.
    #[query]
    pub tag: String,
    /// A plain field.
    pub description: String,
    /// Encrypted at the top level.
    #[encrypt]
    pub contact: Option<String>,
    /// Nested sensitive fields.
    pub lines: Vec<Line>,
}

fn echo() -> Echo {
    Echo {
        id: "1".into(),
        tag: "t".into(),
        description: "会员卡 ✓".into(),
        contact: Some("😀 13800138000".into()),
        lines: vec![Line {
            remark: "ok".into(),
            user_name: Sensitive::new("张三😀"),
        }],
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn four_byte_utf8_is_refused_before_sending_except_in_ciphertexts() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    // Emoji only inside encrypted fields: sent (the sandbox answers 404 for this path).
    let err = client.send(&echo()).await.unwrap_err();
    assert_eq!(err.api().map(|a| a.status), Some(404), "{err:?}");
    assert_eq!(sandbox.requests(), 1);

    let mut e = echo();
    e.lines[0].remark = "好评🎉".into();
    let err = client.send(&e).await.unwrap_err();
    assert!(err.kind() == wxpay::ErrorKind::Request, "{err:?}");
    assert!(!err.may_have_reached_server());
    let msg = err.to_string();
    assert!(
        msg.contains("`lines[0].remark`") && msg.contains("U+1F389"),
        "{msg}"
    );

    let mut e = echo();
    e.description = "🍎".into();
    assert!(
        client
            .send(&e)
            .await
            .unwrap_err()
            .to_string()
            .contains("`description`")
    );
    let mut e = echo();
    e.id = "x😀".into();
    assert!(
        client
            .send(&e)
            .await
            .unwrap_err()
            .to_string()
            .contains("request path")
    );
    let mut e = echo();
    e.tag = "x😀".into();
    assert!(
        client
            .send(&e)
            .await
            .unwrap_err()
            .to_string()
            .contains("query string")
    );
    let err = client
        .chain("v3/x")
        .post(serde_json::json!({ "json": { "a": { "b": "🙂" } } }))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("`a.b`"), "{err}");
    // None of them was sent.
    assert_eq!(sandbox.requests(), 1);
    // Three-byte characters (CJK, symbols) are fine.
    let mut card = invalidate("会员✓");
    card.invalid_reason = Some("用户申请注销 ★".into());
    client.send(&card).await.unwrap();
}

// ---- keys and ciphers through the public API ----

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_keys_and_foreign_ciphertexts_are_typed_errors() {
    // A 31- or 33-byte APIv3 key is refused when the client is built.
    for key in ["x".repeat(31), "x".repeat(33), String::new()] {
        let err = sandbox_builder().apiv3_key(&key).build().unwrap_err();
        assert!(
            matches!(err.key_error(), Some(KeyError::ApiV3KeyLength(n)) if *n == key.len()),
            "{err:?}"
        );
    }
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    // OAEP with SHA-256 (WeChat Pay uses SHA-1): a clear error, no plaintext.
    let sha256 = wxpay::Ciphertext(oaep_sha256_for_sandbox_merchant());
    assert_eq!(
        client.decrypt(&sha256).unwrap_err().to_string(),
        CryptoError::Oaep("decryption").to_string()
    );
    assert!(matches!(
        client.decrypt(&wxpay::Ciphertext("not base64!".into())),
        Err(e) if e.crypto_error() == Some(&CryptoError::Base64)
    ));
    // A notification whose resource was encrypted with AES-128-GCM (a 16-byte key), or that
    // claims another algorithm: verified, then refused with a 400 answer for WeChat Pay.
    let parser = test_key_parser();
    let (_, body) = sandbox.notification("TRANSACTION.SUCCESS", &serde_json::json!({}));
    let mut env: serde_json::Value = serde_json::from_slice(&body).unwrap();
    env["resource"]["ciphertext"] = aes128_ciphertext().into();
    env["resource"]["nonce"] = "0123456789ab".into();
    env["resource"]["associated_data"] = "transaction".into();
    let (headers, altered) = signed_by_test_key(&env);
    let err = parser
        .parse::<serde_json::Value>(&headers, &altered)
        .unwrap_err();
    assert!(
        matches!(err.crypto_error(), Some(CryptoError::AesGcm)),
        "{err:?}"
    );
    assert_eq!(wxpay::NotifyAnswer::for_error(&err).status, 400);
    env["resource"]["algorithm"] = "AEAD_AES_128_GCM".into();
    let (headers, altered) = signed_by_test_key(&env);
    let err = parser
        .parse::<serde_json::Value>(&headers, &altered)
        .unwrap_err();
    assert!(
        matches!(err.crypto_error(), Some(CryptoError::UnsupportedAlgorithm(a)) if a == "AEAD_AES_128_GCM"),
        "{err:?}"
    );
    // The original body under the altered envelope's signature: a verification error, never data.
    let err = parser
        .parse::<serde_json::Value>(&headers, &body)
        .unwrap_err();
    assert!(err.is_verify(), "{err:?}");
    // A notification signed by a key the merchant does not have: refused before decrypting.
    let (h, b) = sandbox.notification("TRANSACTION.SUCCESS", &serde_json::json!({}));
    assert!(matches!(
        parser
            .parse::<serde_json::Value>(&h, &b)
            .as_ref()
            .map_err(Error::verify_error),
        Err(Some(wxpay::VerifyError::UnknownSerial(_)))
    ));
}

/// A notification parser whose "WeChat Pay key" is [`TEST_KEY_ID`] (the sandbox merchant key's
/// public half), with the sandbox's APIv3 key.
fn test_key_parser() -> wxpay::NotificationParser {
    let key = MerchantKey::from_pem(credentials::MERCHANT_KEY_PEM).unwrap();
    let store = wxpay::KeyStore::with_public_key(wxpay::WechatPayPublicKey::from_key(
        TEST_KEY_ID,
        key.public_key(),
    ));
    wxpay::NotificationParser::new(
        wxpay::Verifier::new(Arc::new(store)),
        wxpay::ApiV3Key::new(credentials::APIV3_KEY).unwrap(),
    )
}

/// `env` as a body signed with the test key, and its headers.
fn signed_by_test_key(env: &serde_json::Value) -> (http::HeaderMap, Vec<u8>) {
    let key = MerchantKey::from_pem(credentials::MERCHANT_KEY_PEM).unwrap();
    let body = env.to_string().into_bytes();
    (test_key_headers(&key, &body), body)
}

/// The signature headers WeChat Pay would send with `body`, signed by `key` as [`TEST_KEY_ID`].
fn test_key_headers(key: &MerchantKey, body: &[u8]) -> http::HeaderMap {
    let ts = wxpay::Clock::now(&wxpay::SystemClock).to_string();
    let nonce = wxpay::signer::nonce();
    let sig = key
        .sign_base64(&wxpay::signer::response_message(&ts, &nonce, body))
        .unwrap();
    let mut headers = http::HeaderMap::new();
    for (k, v) in [
        ("wechatpay-timestamp", ts.as_str()),
        ("wechatpay-nonce", nonce.as_str()),
        ("wechatpay-signature", sig.as_str()),
        ("wechatpay-serial", TEST_KEY_ID),
    ] {
        headers.insert(k, v.parse().unwrap());
    }
    headers
}

/// `13800138000` encrypted for the sandbox merchant key with RSA-OAEP-SHA256 (by the openssl
/// CLI: `openssl pkeyutl -encrypt -pubin -inkey merchant_pub.pem -pkeyopt rsa_padding_mode:oaep
/// -pkeyopt rsa_oaep_md:sha256 | base64 -w0`).
fn oaep_sha256_for_sandbox_merchant() -> String {
    include_str!("../fixtures/bad_input/oaep_sha256.b64")
        .trim()
        .to_owned()
}

/// An AES-128-GCM ciphertext (key `0123456789abcdef`, the sandbox notification's nonce and
/// associated data do not matter: the tag cannot match under the APIv3 key).
fn aes128_ciphertext() -> String {
    include_str!("../fixtures/bad_input/aes128_gcm.b64")
        .trim()
        .to_owned()
}
