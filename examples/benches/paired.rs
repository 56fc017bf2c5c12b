//! Paired ratios, robust to a noisy machine: `cargo bench -p wxpay-examples --bench paired`.
//!
//! For each pair (SDK call, primitive it wraps) it alternates short batches of the two many
//! times and reports the median of the per-round ratios, so load that comes and goes hits both
//! sides alike. Prints a Markdown table (used in PERFORMANCE.md).

use std::hint::black_box;
use std::time::Instant;

mod common;

use common::pem_der;
use wxpay::marketing::busifavor::DeactivateCoupon;
use wxpay::sandbox::{Sandbox, credentials};
use wxpay::{AuthScheme, Endpoint, MerchantKey, NoEncryption, Signer};

/// Median over `rounds` of (time of `batch` runs of `a`) ÷ (time of `batch` runs of `b`), and
/// the median per-call times of each.
fn paired(
    rounds: usize,
    batch: usize,
    mut a: impl FnMut(),
    mut b: impl FnMut(),
) -> (f64, f64, f64) {
    let (mut ratios, mut ta, mut tb) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..rounds {
        let t = Instant::now();
        for _ in 0..batch {
            a();
        }
        let da = t.elapsed().as_secs_f64() / batch as f64;
        let t = Instant::now();
        for _ in 0..batch {
            b();
        }
        let db = t.elapsed().as_secs_f64() / batch as f64;
        ratios.push(da / db);
        ta.push(da);
        tb.push(db);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    (median(&mut ratios), median(&mut ta), median(&mut tb))
}

fn us(s: f64) -> String {
    format!("{:.1} µs", s * 1e6)
}

fn main() {
    use aws_lc_rs::signature::{RSA_PKCS1_SHA256, RsaKeyPair};
    let pair = RsaKeyPair::from_pkcs8(&pem_der(credentials::MERCHANT_KEY_PEM)).expect("key");
    let rng = aws_lc_rs::rand::SystemRandom::new();
    let key = MerchantKey::from_pem(credentials::MERCHANT_KEY_PEM).expect("key");
    let signer = Signer::new(credentials::MCHID, credentials::MCH_SERIAL, key.clone());
    let req = DeactivateCoupon::new("sxxe34343434", "1234567891", "1002600620019090123143254436")
        .deactivate_reason("此券使用时间设置错误");
    let msg = b"POST\n/v3/marketing/busifavor/coupons/deactivate\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n{\"coupon_code\":\"sxxe34343434\"}\n";
    let mut sig = vec![0u8; pair.public_modulus_len()];
    let mut raw_sign = || {
        pair.sign(&RSA_PKCS1_SHA256, &rng, black_box(msg), &mut sig)
            .expect("sign")
    };

    println!(
        "| SDK call | primitive | SDK per call | primitive per call | ratio (median of paired rounds) |"
    );
    println!("| --- | --- | --- | --- | --- |");
    let (r, a, b) = paired(
        31,
        20,
        || drop(black_box(key.sign(black_box(msg)).expect("sign"))),
        &mut raw_sign,
    );
    println!(
        "| `MerchantKey::sign` | AWS-LC RSA-2048 sign | {} | {} | {r:.3} |",
        us(a),
        us(b)
    );

    let build_sign = || {
        let mut url = req.path().expect("path");
        if let Some(q) = req.query().expect("query") {
            url.push('?');
            url.push_str(&q);
        }
        let body = req.body(&NoEncryption).expect("body").unwrap_or_default();
        black_box(
            signer
                .authorize(AuthScheme::Merchant, "POST", &url, &body)
                .expect("sign"),
        );
    };
    let (r, a, b) = paired(31, 20, build_sign, &mut raw_sign);
    println!(
        "| build `DeactivateCoupon` + `Signer::authorize` | AWS-LC RSA-2048 sign | {} | {} | {r:.3} |",
        us(a),
        us(b)
    );

    let common::SignedAnswer {
        body,
        msg: resp_msg,
        sig: rsig,
        headers,
        raw: parsed,
        verifier,
    } = common::signed_answer();
    let mut raw_verify = || {
        parsed
            .verify_sig(black_box(&resp_msg), black_box(&rsig))
            .expect("verify")
    };
    let (r, a, b) = paired(
        31,
        200,
        || {
            verifier
                .verify_headers(black_box(&headers), black_box(body))
                .expect("verify")
        },
        &mut raw_verify,
    );
    println!(
        "| `Verifier::verify_headers` | AWS-LC RSA-2048 verify | {} | {} | {r:.3} |",
        us(a),
        us(b)
    );

    // A full call on a current-thread runtime (no cross-thread wake-ups) against the in-process
    // sandbox, next to what the sandbox and the client must do at the least: two signatures and
    // two verifications (the sandbox's share is one of each).
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let sandbox = rt.block_on(Sandbox::start()).expect("sandbox");
    let client = sandbox.client();
    let mut n = 0u64;
    let call = || {
        n += 1;
        let req = DeactivateCoupon::new(format!("c{n}"), "1234567891", format!("r{n}"));
        black_box(rt.block_on(client.send(&req)).expect("call"));
    };
    let floor = || {
        raw_sign();
        raw_sign();
        raw_verify();
        raw_verify();
    };
    let (r, a, b) = paired(15, 10, call, floor);
    println!(
        "| full `client.send` via the in-process sandbox (client + sandbox CPU) | 2 × (sign + verify) | {} | {} | {r:.3} |",
        us(a),
        us(b)
    );
}
