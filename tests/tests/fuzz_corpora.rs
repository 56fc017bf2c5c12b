//! Runs every committed fuzz seed and regression input (`fuzz/seeds/<target>/`) through the
//! same entry points as the cargo-fuzz targets (`fuzz/entries.rs`), so `cargo test` replays
//! them on stable without libFuzzer. See `fuzz/README.md`.

use std::path::{Path, PathBuf};

#[path = "../../fuzz/entries.rs"]
mod entries;

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/seeds")
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files_under(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

#[test]
fn every_seed_and_regression_runs_clean() {
    let mut failures = Vec::new();
    for (target, entry) in entries::TARGETS {
        let files = files_under(&seeds_dir().join(target));
        assert!(!files.is_empty(), "no seeds for fuzz target `{target}`");
        for f in &files {
            let data = std::fs::read(f).unwrap();
            if std::panic::catch_unwind(|| entry(&data)).is_err() {
                failures.push(f.display().to_string());
            }
        }
        eprintln!("fuzz target {target}: {} inputs", files.len());
    }
    assert!(failures.is_empty(), "inputs that fail: {failures:#?}");
}

/// The signed seeds must really verify (else the fuzzer starts from nothing interesting).
#[test]
fn signed_seeds_verify_at_the_fuzz_clock() {
    use std::sync::Arc;
    let store = wxpay::KeyStore::with_public_key(
        wxpay::WechatPayPublicKey::new(entries::PUBLIC_KEY_ID, entries::WECHATPAY_PUBLIC_KEY_PEM)
            .unwrap(),
    );
    store
        .add_certificate(wxpay::PlatformCertificate::from_pem(entries::PLATFORM_CERT_PEM).unwrap());
    let v = wxpay::Verifier::new(Arc::new(store))
        .with_clock(Arc::new(wxpay::FixedClock(entries::FUZZ_NOW)));
    let parser = wxpay::NotificationParser::new(
        v.clone(),
        wxpay::ApiV3Key::new(entries::APIV3_KEY).unwrap(),
    );
    for target in ["verifier", "notification"] {
        let mut ok = 0;
        for f in files_under(&seeds_dir().join(target)) {
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            let data = std::fs::read(&f).unwrap();
            let (headers, body) = entries::split_headers(&data);
            let verified = v.verify_headers(&headers, body);
            if name.starts_with("ok-") {
                verified.unwrap_or_else(|e| panic!("{target}/{name}: {e}"));
                if target == "notification" {
                    parser
                        .parse::<serde_json::Value>(&headers, body)
                        .unwrap_or_else(|e| panic!("{target}/{name}: {e}"));
                }
                ok += 1;
            } else if name.starts_with("bad-") {
                assert!(verified.is_err(), "{target}/{name} verified");
            }
        }
        assert!(ok >= 2, "{target}: too few valid seeds");
    }
}

fn to_seed(headers: &http::HeaderMap, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for (n, v) in headers {
        out.extend_from_slice(n.as_str().as_bytes());
        out.extend_from_slice(b": ");
        out.extend_from_slice(v.as_bytes());
        out.push(b'\n');
    }
    out.push(b'\n');
    out.extend_from_slice(body);
    out
}

fn replace_header(seed: &[u8], name: &str, value: &str) -> Vec<u8> {
    let (mut h, body) = entries::split_headers(seed);
    match value {
        "" => {
            h.remove(name);
        }
        v => {
            h.insert(
                http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                http::HeaderValue::from_str(v).unwrap(),
            );
        }
    }
    to_seed(&h, body)
}

/// Writes the signed seeds (`verifier`, `notification`) and the `authorization` seeds.
/// Run once after a change of the sandbox keys or of the seed format:
/// `cargo test -p wxpay-tests --test fuzz_corpora -- --ignored generate_seeds`.
#[tokio::test]
#[ignore = "writes fuzz/seeds; run by hand"]
async fn generate_seeds() {
    use wxpay::sandbox::{Sandbox, SandboxOptions};
    let dir = seeds_dir();
    let write = |target: &str, name: &str, data: &[u8]| {
        std::fs::create_dir_all(dir.join(target)).unwrap();
        std::fs::write(dir.join(target).join(name), data).unwrap();
    };
    let pk = Sandbox::start().await.unwrap();
    let cert = Sandbox::start_with(SandboxOptions {
        public_key: false,
        ..SandboxOptions::default()
    })
    .await
    .unwrap();
    let pay = serde_json::json!({
        "mchid": "1900000001", "appid": "wxd678efh567hg6787", "out_trade_no": "1217752501201407033233368018",
        "transaction_id": "1217752501201407033233368018", "trade_type": "JSAPI", "trade_state": "SUCCESS",
        "trade_state_desc": "支付成功", "bank_type": "CMC", "success_time": "2018-06-08T10:34:56+08:00",
        "payer": {"openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"},
        "amount": {"total": 100, "payer_total": 100, "currency": "CNY", "payer_currency": "CNY"}
    });
    let refund = serde_json::json!({
        "mchid": "1900000001", "out_trade_no": "1217752501201407033233368018", "transaction_id": "1217752501201407033233368018",
        "out_refund_no": "1217752501201407033233368018", "refund_id": "50000000382019052709732678859",
        "refund_status": "SUCCESS", "success_time": "2018-06-08T10:34:56+08:00", "user_received_account": "招商银行信用卡0403",
        "amount": {"total": 999, "refund": 999, "payer_total": 999, "payer_refund": 999}
    });
    let (h, b) = pk.notification_at("TRANSACTION.SUCCESS", &pay, entries::FUZZ_NOW);
    let ok_pk = to_seed(&h, &b);
    let (h, b) = cert.notification_at("REFUND.SUCCESS", &refund, entries::FUZZ_NOW);
    let ok_cert = to_seed(&h, &b);
    for target in ["verifier", "notification"] {
        write(target, "ok-public-key", &ok_pk);
        write(target, "ok-certificate", &ok_cert);
    }
    let mut tampered = ok_pk.clone();
    let last = tampered.len() - 2;
    tampered[last] ^= 1;
    write("verifier", "bad-tampered-body", &tampered);
    write(
        "verifier",
        "bad-signtest",
        &replace_header(&ok_pk, "wechatpay-signature", "WECHATPAY/SIGNTEST/AAAA"),
    );
    write(
        "verifier",
        "bad-stale",
        &replace_header(
            &ok_pk,
            "wechatpay-timestamp",
            &(entries::FUZZ_NOW - 301).to_string(),
        ),
    );
    write(
        "verifier",
        "bad-unknown-serial",
        &replace_header(&ok_pk, "wechatpay-serial", "PUB_KEY_ID_0000"),
    );
    write(
        "verifier",
        "bad-missing-nonce",
        &replace_header(&ok_pk, "wechatpay-nonce", ""),
    );
    write(
        "verifier",
        "bad-signature-type",
        &replace_header(
            &ok_pk,
            "wechatpay-signature-type",
            "WECHATPAY2-SM2-WITH-SM3",
        ),
    );
    write("verifier", "bad-empty", b"");
    let (h, b) = pk.notification_at(
        "TRANSACTION.SUCCESS",
        &serde_json::json!([1, {"a": null}]),
        entries::FUZZ_NOW,
    );
    write("notification", "ok-odd-resource", &to_seed(&h, &b));
    let body = String::from_utf8(b.clone())
        .unwrap()
        .replace("AEAD_AES_256_GCM", "AEAD_AES_128_GCM");
    write(
        "notification",
        "bad-algorithm",
        &to_seed(&h, body.as_bytes()),
    );
    write(
        "notification",
        "bad-not-json",
        &to_seed(&h, b"<xml>SUCCESS</xml>"),
    );

    // Authorization values as the client sends them.
    let key = wxpay::MerchantKey::from_pem(wxpay::sandbox::credentials::MERCHANT_KEY_PEM).unwrap();
    let signer = wxpay::Signer::new(
        "1900000001",
        "7E2F5B1C0A9D8E3F4A6B2C1D0E9F8A7B6C5D4E3F",
        key,
    )
    .with_brand_id("1004");
    for (name, scheme) in [
        ("merchant", wxpay::AuthScheme::Merchant),
        ("brand", wxpay::AuthScheme::Brand),
    ] {
        let a = signer
            .authorize_with(
                scheme,
                "GET",
                "/v3/certificates?x=1",
                b"",
                entries::FUZZ_NOW,
                "593BEC0C930BF1AFEB40B4A08C8FB242",
            )
            .unwrap();
        write("authorization", name, a.header.as_bytes());
    }
    write(
        "authorization",
        "duplicate",
        br#"WECHATPAY2-SHA256-RSA2048 mchid="1",mchid="2",nonce_str="n",signature="s",timestamp="1",serial_no="x""#,
    );
    write(
        "authorization",
        "missing",
        br#"WECHATPAY2-SHA256-RSA2048 mchid="1",nonce_str="n""#,
    );
}
