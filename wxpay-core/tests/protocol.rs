//! The protocol layer against vectors made by independent tools (`openssl`, Python `cryptography`);
//! see `fixtures/make.sh`.

use std::process::Command;
use std::sync::Arc;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use http::{HeaderMap, HeaderValue};
use wxpay_core::signer::{parse_authorization, request_message};
use wxpay_core::*;

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/",
            $name
        ))
    };
}

const PUB_KEY_ID: &str = "PUB_KEY_ID_0114232134912410000000000000";
const CERT_SERIAL: &str = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
const RESP_TS: i64 = 1554209980;
const RESP_NONCE: &str = "c5ac7061fccab6bf3e254dcf98995b8c";
const RESP_BODY: &str = r#"{"wechatpay_deactivate_time":"2020-05-20T13:29:35.120+08:00"}"#;

fn merchant() -> MerchantKey {
    MerchantKey::from_pem(fixture!("merchant_pkcs8.pem")).unwrap()
}

fn wechatpay_private() -> MerchantKey {
    MerchantKey::from_pem(fixture!("wechatpay_key.pem")).unwrap()
}

fn store() -> Arc<KeyStore> {
    let mut store = KeyStore::with_public_key(
        WechatPayPublicKey::new(PUB_KEY_ID, fixture!("wechatpay_pub.pem")).unwrap(),
    );
    store.set_public_key(
        WechatPayPublicKey::new(PUB_KEY_ID, fixture!("wechatpay_pub.pem")).unwrap(),
    );
    store.add_certificate(PlatformCertificate::from_pem(fixture!("platform_cert.pem")).unwrap());
    store.add_certificate(
        PlatformCertificate::from_pem(fixture!("platform_cert_expired.pem")).unwrap(),
    );
    Arc::new(store)
}

fn verifier_at(now: i64) -> Verifier {
    Verifier::new(store()).with_clock(Arc::new(FixedClock(now)))
}

fn headers(ts: &str, nonce: &str, sig: &str, serial: &str) -> HeaderMap {
    let mut h = HeaderMap::new();
    for (k, v) in [
        ("wechatpay-timestamp", ts),
        ("wechatpay-nonce", nonce),
        ("wechatpay-signature", sig),
        ("wechatpay-serial", serial),
    ] {
        h.insert(k, HeaderValue::from_str(v).unwrap());
    }
    h
}

/// Runs `openssl` with `args`; `None` when it is not installed (outside CI only).
fn openssl(args: &[&str]) -> Option<std::process::Output> {
    match Command::new("openssl").args(args).output() {
        Ok(out) => Some(out),
        Err(e) if std::env::var_os("CI").is_none() => {
            eprintln!("skipping openssl cross-check: {e}");
            None
        }
        Err(e) => panic!("openssl is required in CI: {e}"),
    }
}

fn tmp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("wxpay-core-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn fixture_path(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

// ---- credentials ----

#[test]
fn pkcs8_and_pkcs1_load_the_same_key() {
    let a = MerchantKey::from_pem(fixture!("merchant_pkcs8.pem")).unwrap();
    let b = MerchantKey::from_pem(fixture!("merchant_pkcs1.pem")).unwrap();
    assert_eq!(a.public_key(), b.public_key());
    assert_eq!(
        a.public_key(),
        PublicKey::from_pem(fixture!("merchant_pub.pem")).unwrap()
    );
    assert_eq!(a.bits(), 2048);
    assert_eq!(
        MerchantKey::from_pem(fixture!("rsa3072.pem"))
            .unwrap()
            .bits(),
        3072
    );
    let from_file = MerchantKey::from_pem_file(fixture_path("merchant_pkcs1.pem")).unwrap();
    assert_eq!(from_file.public_key(), a.public_key());
}

#[test]
fn bare_base64_private_key_is_accepted() {
    let pem = fixture!("merchant_pkcs8.pem");
    let body: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    assert_eq!(
        MerchantKey::from_pem(&body).unwrap().public_key(),
        merchant().public_key()
    );
}

#[test]
fn bad_keys_are_typed_errors() {
    let cert = fixture!("platform_cert.pem");
    let e = MerchantKey::from_pem(cert).unwrap_err();
    assert!(matches!(e, KeyError::WrongType { .. }), "{e:?}");
    assert_eq!(
        e.to_string(),
        "expected a PKCS#8 (`BEGIN PRIVATE KEY`) or PKCS#1 (`BEGIN RSA PRIVATE KEY`) RSA private key, found a PEM block labelled `CERTIFICATE`"
    );
    assert!(matches!(
        MerchantKey::from_pem(fixture!("merchant_pub.pem")),
        Err(KeyError::WrongType { .. })
    ));
    assert!(matches!(
        MerchantKey::from_pem(""),
        Err(KeyError::WrongType { .. })
    ));
    assert!(matches!(
        MerchantKey::from_pem("hello"),
        Err(KeyError::WrongType { .. })
    ));
    assert_eq!(
        MerchantKey::from_pem(fixture!("rsa1024.pem")).unwrap_err(),
        KeyError::UnsupportedSize { bits: 1024 }
    );
    let ec = MerchantKey::from_pem(fixture!("ec_p256.pem")).unwrap_err();
    assert!(
        matches!(ec, KeyError::NotRsa(_) | KeyError::Malformed { .. }),
        "{ec:?}"
    );

    // Truncated at every line: an error, never a panic.
    let pem = fixture!("merchant_pkcs8.pem");
    for cut in (0..pem.len()).step_by(97) {
        assert!(MerchantKey::from_pem(&pem[..cut]).is_err());
    }
    let pem = fixture!("merchant_pkcs1.pem");
    let lines: Vec<&str> = pem.lines().collect();
    let truncated = format!("{}\n{}\n{}\n", lines[0], lines[1], lines[lines.len() - 1]);
    assert!(matches!(
        MerchantKey::from_pem(&truncated),
        Err(KeyError::Malformed { .. })
    ));

    assert!(matches!(
        PublicKey::from_pem(fixture!("merchant_pkcs8.pem")),
        Err(KeyError::WrongType { .. })
    ));
    assert!(matches!(
        PlatformCertificate::from_pem(fixture!("wechatpay_pub.pem")),
        Err(KeyError::WrongType { .. })
    ));
    let cert = fixture!("platform_cert.pem").replace("MII", "MIX");
    assert!(matches!(
        PlatformCertificate::from_pem(&cert),
        Err(KeyError::Malformed { .. })
    ));
    assert!(matches!(
        WechatPayPublicKey::new("1234", fixture!("wechatpay_pub.pem")),
        Err(KeyError::InvalidId { .. })
    ));
    let missing = MerchantKey::from_pem_file("/nonexistent/apiclient_key.pem").unwrap_err();
    assert!(matches!(missing, KeyError::Io { .. }), "{missing:?}");
}

#[test]
fn certificates_give_serial_key_and_validity() {
    let cert = PlatformCertificate::from_pem(fixture!("platform_cert.pem")).unwrap();
    assert_eq!(cert.serial(), CERT_SERIAL);
    assert_eq!(
        cert.key(),
        &PublicKey::from_pem(fixture!("wechatpay_pub.pem")).unwrap()
    );
    assert!(cert.is_valid_at(RESP_TS));
    assert!(!cert.is_valid_at(1_400_000_000));
    let old = PlatformCertificate::from_pem(fixture!("platform_cert_expired.pem")).unwrap();
    assert_eq!(old.serial(), "3775B6A45ACD588826D15E583A95F5DD2C4A1F28");
    assert!(!old.is_valid_at(RESP_TS + 86400 * 365));
}

/// Validity as the `openssl` CLI reads it (`openssl x509 -noout -serial -startdate -enddate`,
/// seconds from `date -u -d … +%s`): UTCTime and, from 2050, GeneralizedTime.
#[test]
fn certificate_validity_matches_openssl() {
    let at = |cert: &PlatformCertificate| {
        let secs =
            |t: std::time::SystemTime| t.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
        (
            cert.serial().to_owned(),
            secs(cert.not_before()),
            secs(cert.not_after()),
        )
    };
    // notBefore=Jan  1 00:00:00 2015 GMT, notAfter=Jan  1 00:00:00 2045 GMT
    let cert = PlatformCertificate::from_pem(fixture!("platform_cert.pem")).unwrap();
    assert_eq!(
        at(&cert),
        (CERT_SERIAL.to_owned(), 1_420_070_400, 2_366_841_600)
    );
    // serial=A1, notBefore=Dec 31 23:59:59 2049 GMT (UTCTime 491231235959Z),
    // notAfter=Feb 29 12:00:01 2060 GMT (GeneralizedTime 20600229120001Z)
    let cert = PlatformCertificate::from_pem(fixture!("platform_cert_2060.pem")).unwrap();
    assert_eq!(at(&cert), ("A1".to_owned(), 2_524_607_999, 2_845_281_601));
    // Every truncation of the DER is an error, never a panic.
    let der = {
        use base64::Engine as _;
        let pem = fixture!("platform_cert_2060.pem");
        let body: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
        base64::engine::general_purpose::STANDARD
            .decode(body)
            .unwrap()
    };
    for cut in 0..der.len() {
        let pem = format!(
            "-----BEGIN CERTIFICATE-----\n{}\n-----END CERTIFICATE-----\n",
            base64::Engine::encode(&base64::engine::general_purpose::STANDARD, &der[..cut])
        );
        assert!(PlatformCertificate::from_pem(&pem).is_err(), "cut at {cut}");
    }
}

#[test]
fn debug_prints_no_secret() {
    let key = merchant();
    let dbg = format!("{key:?}");
    assert_eq!(dbg, "MerchantKey(RSA-2048, redacted)");
    let apiv3 = ApiV3Key::new("0123456789abcdefABCDEF0123456789").unwrap();
    assert_eq!(format!("{apiv3:?}"), "ApiV3Key(redacted)");
    let signer = Signer::new("1900000001", "SERIAL", key);
    assert!(!format!("{signer:?}").contains("MII"));
    assert_eq!(
        ApiV3Key::new([0u8; 31]).unwrap_err(),
        KeyError::ApiV3KeyLength(31)
    );
}

// ---- signer ----

#[test]
fn request_signature_equals_openssl_byte_for_byte() {
    let msg = fixture!("request_message.txt");
    let expected = fixture!("request_signature.b64").trim();
    for pem in [
        fixture!("merchant_pkcs8.pem"),
        fixture!("merchant_pkcs1.pem"),
    ] {
        let key = MerchantKey::from_pem(pem).unwrap();
        assert_eq!(key.sign_base64(msg.as_bytes()).unwrap(), expected);
    }
    // The message the signer builds is the one openssl signed.
    let built = request_message(
        "POST",
        "/v3/brand/partner/card-member/user-cards/478515832665/invalidate?brand_id=1004&card_id=pbLatjvWOibDc5-TBnbUk1pD12o0",
        1554208460,
        "593BEC0C930BF1AFEB40B4A08C8FB242",
        r#"{"openid":"obLatjnx9gnqzS4myYGmLZ7LgLBA","invalid_reason":"传入的自定义作废原因"}"#
            .as_bytes(),
    );
    assert_eq!(built, msg.as_bytes());
}

#[test]
fn authorization_header_is_exact() {
    let signer = Signer::new(
        "1900000001",
        "1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C",
        merchant(),
    );
    let auth = signer
        .authorize_with(
            AuthScheme::Merchant,
            "POST",
            "/v3/brand/partner/card-member/user-cards/478515832665/invalidate?brand_id=1004&card_id=pbLatjvWOibDc5-TBnbUk1pD12o0",
            r#"{"openid":"obLatjnx9gnqzS4myYGmLZ7LgLBA","invalid_reason":"传入的自定义作废原因"}"#.as_bytes(),
            1554208460,
            "593BEC0C930BF1AFEB40B4A08C8FB242",
        )
        .unwrap();
    let sig = fixture!("request_signature.b64").trim();
    assert_eq!(
        auth.header,
        format!(
            "WECHATPAY2-SHA256-RSA2048 mchid=\"1900000001\",nonce_str=\"593BEC0C930BF1AFEB40B4A08C8FB242\",signature=\"{sig}\",timestamp=\"1554208460\",serial_no=\"1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C\""
        )
    );
    let parsed = parse_authorization(&auth.header).unwrap();
    assert_eq!(parsed.id, "1900000001");
    assert_eq!(parsed.signature, sig);
    assert!(!format!("{auth:?}").contains(sig));

    assert!(matches!(
        signer.authorize_with(AuthScheme::Brand, "GET", "/brand/x", b"", 1, "n"),
        Err(e) if e.kind() == wxpay_core::ErrorKind::Config
    ));
    let brand = signer
        .clone()
        .with_brand_id("1004")
        .authorize_with(AuthScheme::Brand, "GET", "/brand/x", b"", 1, "n")
        .unwrap();
    assert!(
        brand
            .header
            .starts_with("WECHATPAY-BRAND-SHA256-RSA2048 brand_id=\"1004\",nonce_str=\"n\",")
    );
    assert_eq!(
        parse_authorization(&brand.header).unwrap().scheme,
        AuthScheme::Brand
    );
}

#[test]
fn authorization_parser_is_strict() {
    for bad in [
        "",
        "WECHATPAY2-SHA256-RSA2048",
        "Bearer x",
        "WECHATPAY2-SHA256-RSA2048 mchid=\"1\"",
        "WECHATPAY2-SHA256-RSA2048 mchid=1,nonce_str=\"a\",signature=\"s\",timestamp=\"1\",serial_no=\"x\"",
        "WECHATPAY2-SHA256-RSA2048 mchid=\"1\",mchid=\"2\",nonce_str=\"a\",signature=\"s\",timestamp=\"1\",serial_no=\"x\"",
        "WECHATPAY2-SHA256-RSA2048 mchid=\"1\",nonce_str=\"a\",signature=\"s\",timestamp=\"1\",serial_no=\"x\",extra=\"y\"",
        "WECHATPAY2-SHA256-RSA2048 mchid=\"1\r\n\",nonce_str=\"a\",signature=\"s\",timestamp=\"1\",serial_no=\"x\"",
    ] {
        assert!(parse_authorization(bad).is_err(), "{bad:?}");
    }
}

#[test]
fn nonces_are_32_chars_and_distinct() {
    let a = wxpay_core::signer::nonce();
    let b = wxpay_core::signer::nonce();
    assert_eq!(a.len(), 32);
    assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
    assert_ne!(a, b);
}

#[test]
fn our_signatures_pass_openssl_verify() {
    let msg = b"GET\n/v3/certificates\n1554208460\nABC\n\n";
    let sig = merchant().sign(msg).unwrap();
    let m = tmp("verify_msg.txt", msg);
    let s = tmp("verify_sig.bin", &sig);
    let Some(out) = openssl(&[
        "dgst",
        "-sha256",
        "-verify",
        &fixture_path("merchant_pub.pem"),
        "-signature",
        s.to_str().unwrap(),
        m.to_str().unwrap(),
    ]) else {
        return;
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "Verified OK");
}

// ---- verifier ----

fn signed_headers(serial: &str) -> HeaderMap {
    headers(
        &RESP_TS.to_string(),
        RESP_NONCE,
        fixture!("response_signature.b64").trim(),
        serial,
    )
}

#[test]
fn openssl_signed_answer_verifies_in_both_modes() {
    assert_eq!(
        fixture!("response_message.txt"),
        format!("{RESP_TS}\n{RESP_NONCE}\n{RESP_BODY}\n")
    );
    let v = verifier_at(RESP_TS + 10);
    v.verify_headers(&signed_headers(PUB_KEY_ID), RESP_BODY.as_bytes())
        .unwrap();
    v.verify_headers(&signed_headers(CERT_SERIAL), RESP_BODY.as_bytes())
        .unwrap();
    // Public-key mode alone, certificate mode alone.
    let pk_only = Verifier::new(Arc::new(KeyStore::with_public_key(
        WechatPayPublicKey::new(PUB_KEY_ID, fixture!("wechatpay_pub.pem")).unwrap(),
    )))
    .with_clock(Arc::new(FixedClock(RESP_TS)));
    pk_only
        .verify_headers(&signed_headers(PUB_KEY_ID), RESP_BODY.as_bytes())
        .unwrap();
    assert_eq!(
        pk_only.verify_headers(&signed_headers(CERT_SERIAL), RESP_BODY.as_bytes()),
        Err(VerifyError::UnknownSerial(CERT_SERIAL.into()))
    );
}

#[test]
fn any_changed_byte_fails() {
    let v = verifier_at(RESP_TS);
    let sig = fixture!("response_signature.b64").trim();
    let ts = RESP_TS.to_string();
    let mut body = RESP_BODY.as_bytes().to_vec();
    body[5] ^= 1;
    assert_eq!(
        v.verify_headers(&signed_headers(PUB_KEY_ID), &body),
        Err(VerifyError::BadSignature)
    );
    let ts2 = (RESP_TS + 1).to_string();
    assert_eq!(
        v.verify_headers(
            &headers(&ts2, RESP_NONCE, sig, PUB_KEY_ID),
            RESP_BODY.as_bytes()
        ),
        Err(VerifyError::BadSignature)
    );
    assert_eq!(
        v.verify_headers(
            &headers(&ts, "c5ac7061fccab6bf3e254dcf98995b8d", sig, PUB_KEY_ID),
            RESP_BODY.as_bytes()
        ),
        Err(VerifyError::BadSignature)
    );
    // Flip one bit of the decoded signature.
    let mut raw = B64.decode(sig).unwrap();
    raw[100] ^= 0x01;
    assert_eq!(
        v.verify_headers(
            &headers(&ts, RESP_NONCE, &B64.encode(&raw), PUB_KEY_ID),
            RESP_BODY.as_bytes()
        ),
        Err(VerifyError::BadSignature)
    );
    // Truncated signature, invalid base64.
    assert!(
        v.verify_headers(
            &headers(&ts, RESP_NONCE, &sig[..40], PUB_KEY_ID),
            RESP_BODY.as_bytes()
        )
        .is_err()
    );
    assert_eq!(
        v.verify_headers(
            &headers(&ts, RESP_NONCE, "!!!notbase64", PUB_KEY_ID),
            RESP_BODY.as_bytes()
        ),
        Err(VerifyError::MalformedSignature)
    );
}

#[test]
fn probes_serials_expiry_headers_and_time_window() {
    let v = verifier_at(RESP_TS);
    let ts = RESP_TS.to_string();
    let probe = "WECHATPAY/SIGNTEST/VgjZ+4fE8xd7rVL+2oj5aJSRcpqhHtD3Zs2gyH+dETh5uK7dRCr4DzwC9P0ZK+0bVn9Kwg0J6Gr4Hg==";
    assert_eq!(
        v.verify_headers(
            &headers(&ts, RESP_NONCE, probe, PUB_KEY_ID),
            RESP_BODY.as_bytes()
        ),
        Err(VerifyError::SignTestProbe)
    );
    assert_eq!(
        v.verify_headers(&signed_headers("PUB_KEY_ID_OTHER"), RESP_BODY.as_bytes()),
        Err(VerifyError::UnknownSerial("PUB_KEY_ID_OTHER".into()))
    );
    let expired = "3775B6A45ACD588826D15E583A95F5DD2C4A1F28";
    assert_eq!(
        v.verify_headers(&signed_headers(expired), RESP_BODY.as_bytes()),
        Err(VerifyError::CertificateExpired(expired.into()))
    );
    for name in [
        "wechatpay-timestamp",
        "wechatpay-nonce",
        "wechatpay-signature",
        "wechatpay-serial",
    ] {
        let mut h = signed_headers(PUB_KEY_ID);
        h.remove(name);
        assert!(matches!(
            v.verify_headers(&h, RESP_BODY.as_bytes()),
            Err(VerifyError::MissingHeader(_))
        ));
    }
    // 299 s either way passes; 300 s either way fails.
    for (now, ok) in [
        (RESP_TS + 299, true),
        (RESP_TS - 299, true),
        (RESP_TS + 300, false),
        (RESP_TS - 300, false),
    ] {
        let r = verifier_at(now).verify_headers(&signed_headers(PUB_KEY_ID), RESP_BODY.as_bytes());
        assert_eq!(r.is_ok(), ok, "now = {now}: {r:?}");
        if !ok {
            assert!(matches!(
                r,
                Err(VerifyError::StaleTimestamp { skew: 300, .. })
            ));
        }
    }
    let mut h = signed_headers(PUB_KEY_ID);
    h.insert(
        "wechatpay-timestamp",
        HeaderValue::from_static("15542099x0"),
    );
    assert_eq!(
        v.verify_headers(&h, RESP_BODY.as_bytes()),
        Err(VerifyError::InvalidTimestamp)
    );
    let mut h = signed_headers(PUB_KEY_ID);
    h.insert(
        "wechatpay-signature-type",
        HeaderValue::from_static("WECHATPAY2-SM2-WITH-SM3"),
    );
    assert!(matches!(
        v.verify_headers(&h, RESP_BODY.as_bytes()),
        Err(VerifyError::UnsupportedSignatureType(_))
    ));
}

// ---- ciphers ----

#[test]
fn oaep_interoperates_with_openssl() {
    let key = merchant();
    let pt = key.decrypt_oaep(fixture!("oaep_sha1.b64").trim()).unwrap();
    assert_eq!(pt.as_str(), "13800138000");
    assert!(
        key.decrypt_oaep(fixture!("oaep_sha256.b64").trim())
            .is_err()
    );
    assert_eq!(key.decrypt_oaep("***").unwrap_err(), CryptoError::Base64);

    let ours = key.public_key().encrypt_oaep("13800138000").unwrap();
    assert_eq!(key.decrypt_oaep(&ours).unwrap().as_str(), "13800138000");
    let ct = tmp("oaep_ours.bin", &B64.decode(&ours).unwrap());
    let Some(out) = openssl(&[
        "pkeyutl",
        "-decrypt",
        "-inkey",
        &fixture_path("merchant_pkcs8.pem"),
        "-in",
        ct.to_str().unwrap(),
        "-pkeyopt",
        "rsa_padding_mode:oaep",
        "-pkeyopt",
        "rsa_oaep_md:sha1",
        "-pkeyopt",
        "rsa_mgf1_md:sha1",
    ]) else {
        return;
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.stdout, b"13800138000");

    let too_long = "x".repeat(215);
    assert!(matches!(
        key.public_key().encrypt_oaep(&too_long),
        Err(CryptoError::PlaintextTooLong { max: 214, .. })
    ));
}

#[derive(serde::Deserialize)]
struct AesVector {
    key: String,
    nonce: String,
    associated_data: String,
    plaintext: String,
    ciphertext: String,
    ciphertext_aes128: String,
}

fn aes_vector() -> AesVector {
    serde_json::from_str(fixture!("aes_gcm.json")).unwrap()
}

#[test]
fn aes_gcm_decrypts_independent_vector() {
    let v = aes_vector();
    let key = ApiV3Key::new(&v.key).unwrap();
    let pt = key
        .decrypt(
            v.associated_data.as_bytes(),
            v.nonce.as_bytes(),
            &v.ciphertext,
        )
        .unwrap();
    assert_eq!(pt.as_slice(), v.plaintext.as_bytes());
    assert_eq!(
        key.decrypt(
            v.associated_data.as_bytes(),
            v.nonce.as_bytes(),
            &v.ciphertext_aes128
        ),
        Err(CryptoError::AesGcm)
    );
    assert_eq!(
        key.decrypt(b"certificate", v.nonce.as_bytes(), &v.ciphertext),
        Err(CryptoError::AesGcm)
    );
    let wrong = ApiV3Key::new("0123456789abcdefABCDEF012345678X").unwrap();
    assert_eq!(
        wrong.decrypt(
            v.associated_data.as_bytes(),
            v.nonce.as_bytes(),
            &v.ciphertext
        ),
        Err(CryptoError::AesGcm)
    );
    let mut raw = B64.decode(&v.ciphertext).unwrap();
    raw[3] ^= 0x80;
    assert_eq!(
        key.decrypt(
            v.associated_data.as_bytes(),
            v.nonce.as_bytes(),
            &B64.encode(&raw)
        ),
        Err(CryptoError::AesGcm)
    );
    assert_eq!(
        key.decrypt(b"", b"short", &v.ciphertext),
        Err(CryptoError::NonceLength(5))
    );
    // Round trip through our encryption gives the independent ciphertext (GCM is deterministic).
    assert_eq!(
        key.encrypt(
            v.associated_data.as_bytes(),
            v.nonce.as_bytes(),
            v.plaintext.as_bytes()
        )
        .unwrap(),
        v.ciphertext
    );
}

// ---- notifications ----

fn notification_body(v: &AesVector) -> String {
    serde_json::json!({
        "id": "EV-2018022511223320873",
        "create_time": "2015-05-20T13:29:35+08:00",
        "resource_type": "encrypt-resource",
        "event_type": "TRANSACTION.SUCCESS",
        "summary": "支付成功",
        "resource": {
            "original_type": "transaction",
            "algorithm": "AEAD_AES_256_GCM",
            "ciphertext": v.ciphertext,
            "associated_data": v.associated_data,
            "nonce": v.nonce
        }
    })
    .to_string()
}

fn sign_as_wechatpay(ts: i64, nonce: &str, body: &str, serial: &str) -> HeaderMap {
    let msg = format!("{ts}\n{nonce}\n{body}\n");
    let sig = wechatpay_private().sign_base64(msg.as_bytes()).unwrap();
    headers(&ts.to_string(), nonce, &sig, serial)
}

#[test]
fn notifications_verify_decrypt_and_decode() {
    let v = aes_vector();
    let body = notification_body(&v);
    let parser = NotificationParser::new(verifier_at(RESP_TS), ApiV3Key::new(&v.key).unwrap());
    let h = sign_as_wechatpay(RESP_TS - 5, "n1", &body, CERT_SERIAL);
    let n: Notification<serde_json::Value> = parser.parse(&h, body.as_bytes()).unwrap();
    assert_eq!(n.event_type, "TRANSACTION.SUCCESS");
    assert_eq!(n.original_type.as_deref(), Some("transaction"));
    assert_eq!(n.resource["amount"]["total"], 100);

    #[derive(serde::Deserialize, Debug)]
    struct Tx {
        #[allow(dead_code)]
        transaction_id: String,
        amount: Amount,
    }
    #[derive(serde::Deserialize, Debug)]
    struct Amount {
        #[allow(dead_code)]
        total: String,
    }
    let err = parser.parse::<Tx>(&h, body.as_bytes()).unwrap_err();
    assert_eq!(err.decode_path(), Some("amount.total"), "{err:?}");
    let _ = Tx {
        transaction_id: String::new(),
        amount: Amount {
            total: String::new(),
        },
    }
    .amount
    .total;

    // Stale (replayed) notification, probe, tampered body.
    let stale = sign_as_wechatpay(RESP_TS - 301, "n2", &body, PUB_KEY_ID);
    let err = parser
        .parse::<serde_json::Value>(&stale, body.as_bytes())
        .unwrap_err();
    assert!(
        matches!(err.verify_error(), Some(VerifyError::StaleTimestamp { .. })),
        "{err:?}"
    );
    assert_eq!(NotifyAnswer::for_error(&err).status, 401);
    let probe = headers(
        &RESP_TS.to_string(),
        "n3",
        "WECHATPAY/SIGNTEST/abc",
        PUB_KEY_ID,
    );
    assert!(matches!(
        parser
            .parse::<serde_json::Value>(&probe, body.as_bytes())
            .as_ref()
            .map_err(Error::verify_error),
        Err(Some(VerifyError::SignTestProbe))
    ));
    let tampered = body.replace("支付成功", "支付失败");
    assert!(matches!(
        parser
            .parse::<serde_json::Value>(&h, tampered.as_bytes())
            .as_ref()
            .map_err(Error::verify_error),
        Err(Some(VerifyError::BadSignature))
    ));
    let answer = NotifyAnswer::failure(500, "失败");
    assert_eq!(answer.body, r#"{"code":"FAIL","message":"失败"}"#);
    assert_eq!(NotifyAnswer::success().status, 204);
}

// ---- payment parameters ----

#[test]
fn payment_parameters_are_signed_over_the_documented_message() {
    let signer = Signer::new("1900000001", "SERIAL", merchant())
        .with_clock(Arc::new(FixedClock(1414561699)));
    let p = signer
        .jsapi_pay_params("wx8888888888888888", "wx201410272009395522657a690389285100")
        .unwrap();
    assert_eq!(p.package, "prepay_id=wx201410272009395522657a690389285100");
    assert_eq!(p.time_stamp, "1414561699");
    assert_eq!(p.sign_type, "RSA");
    let msg = format!(
        "wx8888888888888888\n1414561699\n{}\nprepay_id=wx201410272009395522657a690389285100\n",
        p.nonce_str
    );
    assert!(
        merchant()
            .public_key()
            .verify(msg.as_bytes(), &B64.decode(&p.pay_sign).unwrap())
    );
    let json = serde_json::to_value(&p).unwrap();
    for k in [
        "appId",
        "timeStamp",
        "nonceStr",
        "package",
        "signType",
        "paySign",
    ] {
        assert!(json.get(k).is_some(), "{k}");
    }

    let a = signer
        .app_pay_params(
            "wx8888888888888888",
            "1900000109",
            "WX1217752501201407033233368018",
        )
        .unwrap();
    assert_eq!(a.package, "Sign=WXPay");
    let msg = format!(
        "wx8888888888888888\n1414561699\n{}\nWX1217752501201407033233368018\n",
        a.noncestr
    );
    assert!(
        merchant()
            .public_key()
            .verify(msg.as_bytes(), &B64.decode(&a.sign).unwrap())
    );
}
