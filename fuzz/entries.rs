//! The fuzz targets' logic, shared by the cargo-fuzz binaries (`fuzz/fuzz_targets/*.rs`) and by
//! the ordinary test `tests/tests/fuzz_corpora.rs`, which runs every committed seed and
//! regression input in `fuzz/seeds/<target>/` through the same functions in `cargo test`.
//!
//! No libfuzzer dependency here. Every entry takes arbitrary bytes and must neither panic nor
//! hang; beyond that, each checks a property of the code under test (a parsed `Authorization`
//! round-trips, a verified notification also verifies as an answer, a decoded model re-encodes
//! to the same value …). A broken property panics, which the fuzzer reports as a crash.
//!
//! Signed inputs (`verifier`, `notification`) are an HTTP-like text: `name: value` header lines,
//! an empty line, then the body. They verify against the sandbox's WeChat Pay public key
//! (`PUB_KEY_ID_0119000000012025112200000000`) and platform certificate with a clock stopped at
//! [`FUZZ_NOW`], so the committed seeds (made by `tests/tests/fuzz_corpora.rs`'s ignored
//! `generate_seeds` test) stay valid forever.
#![allow(dead_code, clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use std::sync::{Arc, OnceLock};

use http::{HeaderMap, HeaderName, HeaderValue};
use wxpay_core::{
    ApiV3Key, FixedClock, KeyStore, MerchantKey, NotificationEnvelope, NotificationParser,
    PlatformCertificate, PublicKey, Verifier, WechatPayPublicKey,
};

#[path = "../wxpay-macros/src/internals/template.rs"]
#[allow(unreachable_pub)]
mod template;

/// The clock of the signed targets: seeds are signed at this time.
pub const FUZZ_NOW: i64 = 1_763_800_000;

/// The sandbox's public test credentials (never used outside tests).
pub const PUBLIC_KEY_ID: &str = "PUB_KEY_ID_0119000000012025112200000000";
pub const WECHATPAY_PUBLIC_KEY_PEM: &str =
    include_str!("../wxpay/src/sandbox/keys/wechatpay_pub.pem");
pub const PLATFORM_CERT_PEM: &str = include_str!("../wxpay/src/sandbox/keys/platform_cert.pem");
pub const APIV3_KEY: &str = "wxpaySandboxApiV3Key000000000000";

/// A target's entry point.
pub type Entry = fn(&[u8]);

/// Every target, by the name of its seed directory.
pub const TARGETS: [(&str, Entry); 6] = [
    ("verifier", verifier),
    ("notification", notification),
    ("keys", keys),
    ("authorization", authorization),
    ("template", template),
    ("catalog", catalog),
];

/// Splits `name: value` lines, an empty line and a body. Lines that are no valid header are
/// skipped (the HTTP stack would have refused them before the SDK sees them).
pub fn split_headers(data: &[u8]) -> (HeaderMap, &[u8]) {
    let mut headers = HeaderMap::new();
    let mut rest = data;
    loop {
        let (line, after) = match rest.iter().position(|b| *b == b'\n') {
            Some(i) => (
                rest.get(..i).unwrap_or_default(),
                rest.get(i + 1..).unwrap_or_default(),
            ),
            None => (rest, &[][..]),
        };
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        rest = after;
        if line.is_empty() {
            return (headers, rest);
        }
        if let Some(colon) = line.iter().position(|b| *b == b':') {
            let (name, value) = line.split_at(colon);
            let value = value.get(1..).unwrap_or_default().trim_ascii();
            if let (Ok(n), Ok(v)) = (HeaderName::from_bytes(name), HeaderValue::from_bytes(value)) {
                headers.append(n, v);
            }
        }
        if rest.is_empty() {
            return (headers, rest);
        }
    }
}

fn keystore() -> Arc<KeyStore> {
    static STORE: OnceLock<Arc<KeyStore>> = OnceLock::new();
    STORE
        .get_or_init(|| {
            let pk = WechatPayPublicKey::new(PUBLIC_KEY_ID, WECHATPAY_PUBLIC_KEY_PEM)
                .expect("sandbox public key loads");
            let store = KeyStore::with_public_key(pk);
            store.add_certificate(
                PlatformCertificate::from_pem(PLATFORM_CERT_PEM).expect("sandbox cert loads"),
            );
            Arc::new(store)
        })
        .clone()
}

fn verifier_at_fuzz_now() -> Verifier {
    Verifier::new(keystore()).with_clock(Arc::new(FixedClock(FUZZ_NOW)))
}

fn parser() -> &'static NotificationParser {
    static PARSER: OnceLock<NotificationParser> = OnceLock::new();
    PARSER.get_or_init(|| {
        NotificationParser::new(
            verifier_at_fuzz_now(),
            ApiV3Key::new(APIV3_KEY).expect("32 bytes"),
        )
    })
}

/// `Verifier::verify_headers` on fuzzed headers and body. A success must be a real signature
/// by a configured key over `timestamp\nnonce\nbody\n`, never a probe, within the window.
pub fn verifier(data: &[u8]) {
    let (headers, body) = split_headers(data);
    let v = verifier_at_fuzz_now();
    if v.verify_headers(&headers, body).is_ok() {
        let h = wxpay_core::SignatureHeaders::from_headers(&headers).expect("headers were read");
        assert!(!h.signature.starts_with("WECHATPAY/SIGNTEST/"));
        let ts = wxpay_core::verifier::check_timestamp(h.timestamp, FUZZ_NOW).expect("in window");
        assert!((ts - FUZZ_NOW).abs() < 300);
        let key = keystore()
            .key_for(h.serial, FUZZ_NOW)
            .expect("known serial");
        let sig = base64_decode(h.signature);
        let msg = wxpay_core::signer::response_message(h.timestamp, h.nonce, body);
        assert!(key.verify(&msg, &sig), "verified without a valid signature");
    }
}

/// `NotificationParser::parse::<serde_json::Value>`, then the stages behind the signature check
/// on their own (envelope decoding, AES-256-GCM decryption, resource decoding), which a fuzzer
/// could not reach through a valid signature.
pub fn notification(data: &[u8]) {
    let (headers, body) = split_headers(data);
    let p = parser();
    if let Ok(n) = p.parse::<serde_json::Value>(&headers, body) {
        // Only a verified body is ever decrypted.
        assert!(
            verifier_at_fuzz_now()
                .verify_headers(&headers, body)
                .is_ok()
        );
        let env: NotificationEnvelope = serde_json::from_slice(body).expect("envelope decoded");
        assert_eq!(n.id, env.id);
    }
    if let Ok(env) = wxpay_core::decode_json::<NotificationEnvelope>(body)
        && let Ok(plain) = p.decrypt_resource(&env.resource)
    {
        let _ = wxpay_core::decode_json::<serde_json::Value>(&plain);
    }
}

/// `MerchantKey::from_pem`, `PublicKey::from_pem`, `PlatformCertificate::from_pem`. Whatever
/// loads has a supported size, and its public key round-trips through PEM.
pub fn keys(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(k) = MerchantKey::from_pem(&text) {
        assert!(matches!(k.bits(), 2048 | 3072 | 4096));
        let public = k.public_key();
        assert_eq!(PublicKey::from_pem(&public.to_pem()).as_ref(), Ok(&public));
    }
    if let Ok(k) = PublicKey::from_pem(&text) {
        assert!(matches!(k.bits(), 2048 | 3072 | 4096));
        assert_eq!(PublicKey::from_pem(&k.to_pem()).as_ref(), Ok(&k));
    }
    if let Ok(c) = PlatformCertificate::from_pem(&text) {
        assert!(matches!(c.key().bits(), 2048 | 3072 | 4096));
        assert!(c.serial().bytes().all(|b| b.is_ascii_hexdigit()));
        let _ = c.is_valid_at(FUZZ_NOW);
        let _ = c.is_valid_at(i64::MIN);
        let _ = c.is_valid_at(i64::MAX);
    }
}

/// `wxpay_core::signer::parse_authorization`, as the sandbox uses it. What parses re-formats
/// into a value that parses to the same parts.
pub fn authorization(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(p) = wxpay_core::signer::parse_authorization(text) {
        let ts: i64 = p.timestamp.parse().unwrap_or(0);
        let again = wxpay_core::signer::authorization_header(
            p.scheme,
            &p.id,
            &p.nonce,
            &p.signature,
            ts,
            &p.serial,
        );
        if ts.to_string() == p.timestamp {
            let q = wxpay_core::signer::parse_authorization(&again)
                .unwrap_or_else(|e| panic!("re-formatted value does not parse: {e}"));
            assert_eq!(p, q);
        }
    }
}

/// The `#[endpoint]` template parser (`wxpay-macros/src/internals/template.rs`). Error ranges
/// lie on character boundaries inside the template; a template without errors is rebuilt
/// exactly from its segments.
pub fn template(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = template::parse(text);
    for e in &parsed.errors {
        assert!(e.range.start <= e.range.end && e.range.end <= text.len());
        assert!(
            text.get(e.range.clone()).is_some(),
            "range off a char boundary"
        );
        assert!(!e.message.is_empty());
    }
    let mut rebuilt = String::new();
    for s in &parsed.segments {
        match s {
            template::Segment::Literal(l) => rebuilt.push_str(l),
            template::Segment::Param(p) => {
                assert!(template::is_identifier(&p.name));
                assert_eq!(
                    text.get(p.range.clone()),
                    Some(format!("<{}>", p.name).as_str())
                );
                rebuilt.push('<');
                rebuilt.push_str(&p.name);
                rebuilt.push('>');
            }
        }
    }
    if parsed.errors.is_empty() {
        assert_eq!(rebuilt, text);
    }
}

fn roundtrip<T>(data: &[u8])
where
    T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug,
{
    if let Ok(v) = serde_json::from_slice::<T>(data) {
        let bytes = serde_json::to_vec(&v).expect("a decoded model encodes");
        let again: T = serde_json::from_slice(&bytes).expect("an encoded model decodes");
        assert_eq!(v, again, "model does not round-trip");
    }
    decode::<T>(data);
}

/// Decoding only (generated catalog answers are neither `Serialize` nor `PartialEq`): it never
/// panics, and the SDK's own decoding path (with the JSON path in errors) agrees with serde_json.
fn decode<T>(data: &[u8])
where
    T: serde::de::DeserializeOwned + std::fmt::Debug,
{
    let ours = wxpay_core::decode_json::<T>(data)
        .ok()
        .map(|v| format!("{v:?}"));
    let theirs = serde_json::from_slice::<T>(data)
        .ok()
        .map(|v| format!("{v:?}"));
    assert_eq!(ours, theirs);
}

/// Typed decoding of catalog models, as the client does after verification: the hand-written
/// notification resources re-encode and decode to the same value; the generated answers decode
/// the same way through the SDK as through serde_json.
pub fn catalog(data: &[u8]) {
    roundtrip::<wxpay::notify::Transaction>(data);
    roundtrip::<wxpay::notify::PartnerTransaction>(data);
    roundtrip::<wxpay::notify::RefundNotification>(data);
    decode::<wxpay::brand::card_member::UserCard>(data);
    decode::<wxpay::pay::transactions::Transaction>(data);
    decode::<wxpay::refund::Refund>(data);
    decode::<wxpay::transfer::bills::TransferBill>(data);
    decode::<wxpay::transfer::batches::TransferBatchQuery>(data);
}

fn base64_decode(s: &str) -> Vec<u8> {
    // A tiny decoder, to avoid one more dependency: the verifier already accepted `s`.
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes().filter(|c| *c != b'=') {
        let Some(v) = ALPHABET.iter().position(|a| *a == c) else {
            continue;
        };
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}
