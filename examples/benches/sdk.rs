//! What the SDK costs next to the primitives it wraps: `cargo bench -p wxpay-examples`.
//!
//! Each group pairs the raw primitive (AWS-LC or `aes-gcm` called directly) with the SDK call
//! that wraps it, so the ratio SDK ÷ primitive comes from one run on one machine. See
//! PERFORMANCE.md for the figures and `scripts/bench-ratios.py` for the summary.

use std::hint::black_box;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
mod common;

use common::pem_der;
use criterion::{Criterion, criterion_group, criterion_main};
use wxpay::brand::card_member::InvalidateUserCard;
use wxpay::marketing::busifavor::DeactivateCoupon;
use wxpay::marketing::membercard_open::MakeCardCodeUnavailable;
use wxpay::sandbox::{Sandbox, credentials};
use wxpay::{ApiV3Key, AuthScheme, Endpoint, MerchantKey, NoEncryption, PublicKey, Signer};

fn seeds() -> (
    InvalidateUserCard,
    MakeCardCodeUnavailable,
    DeactivateCoupon,
) {
    (
        InvalidateUserCard::new(
            "478515832665",
            "1004",
            "pbLatjvWOibDc5-TBnbUk1pD12o0",
            "obLatjnx9gnqzS4myYGmLZ7LgLBA",
        )
        .invalid_reason("传入的自定义作废原因"),
        MakeCardCodeUnavailable::new("pbLatjvWOibDc5-TBnbUk1pD12o0", "478515832665")
            .reason("用户违反会员条例"),
        DeactivateCoupon::new("sxxe34343434", "1234567891", "1002600620019090123143254436")
            .deactivate_reason("此券使用时间设置错误"),
    )
}

/// Path + query + body of an endpoint: what the macro-generated code does before signing.
fn build<E: Endpoint>(e: &E) -> (String, Vec<u8>) {
    let mut url = e.path().expect("path");
    if let Some(q) = e.query().expect("query") {
        url.push('?');
        url.push_str(&q);
    }
    (
        url,
        e.body(&NoEncryption).expect("body").unwrap_or_default(),
    )
}

fn rsa(c: &mut Criterion) {
    use aws_lc_rs::signature::{RSA_PKCS1_SHA256, RsaKeyPair};
    let msg = b"POST\n/v3/marketing/busifavor/coupons/deactivate\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n{\"coupon_code\":\"sxxe34343434\",\"stock_id\":\"1234567891\",\"deactivate_request_no\":\"1002600620019090123143254436\"}\n";
    let pair = RsaKeyPair::from_pkcs8(&pem_der(credentials::MERCHANT_KEY_PEM)).expect("key");
    let rng = aws_lc_rs::rand::SystemRandom::new();
    let key = MerchantKey::from_pem(credentials::MERCHANT_KEY_PEM).expect("key");
    let signer = Signer::new(credentials::MCHID, credentials::MCH_SERIAL, key.clone());

    let mut g = c.benchmark_group("sign");
    g.bench_function("raw aws-lc-rs", |b| {
        let mut sig = vec![0u8; pair.public_modulus_len()];
        b.iter(|| {
            pair.sign(&RSA_PKCS1_SHA256, &rng, black_box(msg), &mut sig)
                .expect("sign")
        })
    });
    g.bench_function("MerchantKey::sign", |b| {
        b.iter(|| key.sign(black_box(msg)).expect("sign"))
    });
    g.finish();

    // A signed answer, verified raw and through the Verifier (headers, window, key lookup).
    let common::SignedAnswer {
        body,
        msg: resp_msg,
        sig,
        headers,
        raw: parsed,
        verifier,
    } = common::signed_answer();
    let mut g = c.benchmark_group("verify");
    g.bench_function("raw aws-lc-rs", |b| {
        b.iter(|| {
            parsed
                .verify_sig(black_box(&resp_msg), black_box(&sig))
                .expect("verify")
        })
    });
    g.bench_function("Verifier::verify_headers", |b| {
        b.iter(|| {
            verifier
                .verify_headers(black_box(&headers), black_box(body))
                .expect("verify")
        })
    });
    g.finish();

    // Request building and signing for the three seed endpoints, next to one raw signature.
    let (invalidate, unavailable, deactivate) = seeds();
    let mut g = c.benchmark_group("request");
    g.bench_function("raw sign", |b| {
        let mut sig = vec![0u8; pair.public_modulus_len()];
        b.iter(|| {
            pair.sign(&RSA_PKCS1_SHA256, &rng, black_box(msg), &mut sig)
                .expect("sign")
        })
    });
    g.bench_function("build InvalidateUserCard", |b| {
        b.iter(|| build(black_box(&invalidate)))
    });
    g.bench_function("build MakeCardCodeUnavailable", |b| {
        b.iter(|| build(black_box(&unavailable)))
    });
    g.bench_function("build DeactivateCoupon", |b| {
        b.iter(|| build(black_box(&deactivate)))
    });
    g.bench_function("build+sign InvalidateUserCard", |b| {
        b.iter(|| {
            let (url, body) = build(black_box(&invalidate));
            signer
                .authorize(AuthScheme::Merchant, "POST", &url, &body)
                .expect("sign")
        })
    });
    g.bench_function("build+sign DeactivateCoupon", |b| {
        b.iter(|| {
            let (url, body) = build(black_box(&deactivate));
            signer
                .authorize(AuthScheme::Merchant, "POST", &url, &body)
                .expect("sign")
        })
    });
    g.finish();
}

fn ciphers(c: &mut Criterion) {
    use aws_lc_rs::rsa::{OAEP_SHA1_MGF1SHA1, OaepPublicEncryptingKey, PublicEncryptingKey};
    let public = PublicKey::from_pem(credentials::WECHATPAY_PUBLIC_KEY_PEM).expect("key");
    let raw = OaepPublicEncryptingKey::new(
        PublicEncryptingKey::from_der(&pem_der(credentials::WECHATPAY_PUBLIC_KEY_PEM))
            .expect("key"),
    )
    .expect("key");
    let mut g = c.benchmark_group("oaep-encrypt");
    g.bench_function("raw aws-lc-rs", |b| {
        let mut out = vec![0u8; raw.ciphertext_size()];
        b.iter(|| {
            raw.encrypt(
                &OAEP_SHA1_MGF1SHA1,
                black_box(b"13800138000"),
                &mut out,
                None,
            )
            .expect("enc")
            .len()
        })
    });
    g.bench_function("PublicKey::encrypt_oaep", |b| {
        b.iter(|| public.encrypt_oaep(black_box("13800138000")).expect("enc"))
    });
    g.finish();

    let merchant = MerchantKey::from_pem(credentials::MERCHANT_KEY_PEM).expect("key");
    let ct = merchant
        .public_key()
        .encrypt_oaep("13800138000")
        .expect("enc");
    let mut g = c.benchmark_group("oaep-decrypt");
    g.bench_function("MerchantKey::decrypt_oaep", |b| {
        b.iter(|| merchant.decrypt_oaep(black_box(&ct)).expect("dec"))
    });
    g.finish();

    use aes_gcm::aead::{Aead, KeyInit, Payload};
    let key = ApiV3Key::new(credentials::APIV3_KEY).expect("key");
    let plaintext = vec![b'x'; 1024];
    let ct = key
        .encrypt(b"transaction", b"0123456789ab", &plaintext)
        .expect("enc");
    let raw_ct = B64.decode(&ct).expect("b64");
    let cipher =
        aes_gcm::Aes256Gcm::new_from_slice(credentials::APIV3_KEY.as_bytes()).expect("key");
    let mut g = c.benchmark_group("aes-gcm-decrypt-1KiB");
    g.bench_function("raw aes-gcm", |b| {
        b.iter(|| {
            cipher
                .decrypt(
                    aes_gcm::Nonce::from_slice(b"0123456789ab"),
                    Payload {
                        msg: black_box(&raw_ct),
                        aad: b"transaction",
                    },
                )
                .expect("dec")
        })
    });
    g.bench_function("ApiV3Key::decrypt", |b| {
        b.iter(|| {
            key.decrypt(b"transaction", b"0123456789ab", black_box(&ct))
                .expect("dec")
        })
    });
    g.finish();
}

/// A payment as `GET /v3/pay/transactions/out-trade-no/…` answers it (the description's
/// example), decoded into the catalog's model against a parse into `serde_json::Value`.
fn decode(c: &mut Criterion) {
    let answer = br#"{"amount":{"currency":"CNY","payer_currency":"CNY","payer_total":100,"total":100},"appid":"wxd678efh567hg6787","attach":"\u81ea\u5b9a\u4e49\u6570\u636e","bank_type":"CMC","installment_info":{"selected_installment_number":3,"use_subsidy":true},"mchid":"1230000109","out_trade_no":"1217752501201407033233368018","payer":{"openid":"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"},"promotion_detail":[{"amount":1,"coupon_id":"109519","currency":"CNY","goods_detail":[{"discount_amount":1,"goods_id":"M1006","goods_remark":"","quantity":1,"unit_price":100}],"merchant_contribute":0,"name":"single","other_contribute":0,"scope":"SINGLE","stock_id":"931386","type":"CASH","wechatpay_contribute":1}],"scene_info":{"device_id":"POS1:1"},"success_time":"2018-06-08T10:34:56+08:00","trade_state":"SUCCESS","trade_state_desc":"ok","trade_type":"JSAPI","transaction_id":"1217752501201407033233368018"}"#;
    let mut g = c.benchmark_group("decode-payment");
    g.bench_function("serde_json::Value", |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(answer)).expect("json"))
    });
    g.bench_function("wxpay::decode_json", |b| {
        b.iter(|| {
            wxpay::decode_json::<wxpay::pay::transactions::QueryByOutTradeNoResponse>(black_box(
                answer,
            ))
            .expect("decode")
        })
    });
    g.finish();
}

fn full_call(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let sandbox = rt.block_on(Sandbox::start()).expect("sandbox");
    let client = sandbox.client();
    let mut n = 0u64;
    let mut g = c.benchmark_group("full-call");
    g.bench_function("DeactivateCoupon via in-process sandbox", |b| {
        b.iter(|| {
            n += 1;
            let req = DeactivateCoupon::new(format!("c{n}"), "1234567891", format!("r{n}"));
            rt.block_on(client.send(&req)).expect("call")
        })
    });
    g.finish();
}

criterion_group!(benches, rsa, ciphers, decode, full_call);
criterion_main!(benches);
