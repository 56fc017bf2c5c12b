//! End to end: the `wxpay` command-line tool against a sandbox started by each test.
#![allow(missing_docs)]

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};

use assert_cmd::Command;
use wxpay::sandbox::{Sandbox, SandboxOptions, credentials};
use wxpay::{AuthScheme, Clock as _, MerchantKey, Method, Signer, SystemClock};

const BIN: &str = env!("CARGO_BIN_EXE_wxpay");
const VARS: [&str; 10] = [
    "WXPAY_MCHID",
    "WXPAY_MCH_SERIAL",
    "WXPAY_PRIVATE_KEY",
    "WXPAY_PUBLIC_KEY",
    "WXPAY_PUBLIC_KEY_ID",
    "WXPAY_PLATFORM_CERT",
    "WXPAY_APIV3_KEY",
    "WXPAY_BRAND_ID",
    "WXPAY_BASE_URL",
    "WXPAY_LOG",
];

/// A folder removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> Self {
        static N: AtomicU32 = AtomicU32::new(0);
        let dir = std::env::temp_dir().join(format!(
            "wxpay-cli-test-{tag}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }

    fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A sandbox on a runtime that keeps serving while the test waits for the tool, and the
/// sandbox's credentials as files.
struct Env {
    sandbox: Sandbox,
    dir: TempDir,
    rt: tokio::runtime::Runtime,
}

impl Env {
    fn new() -> Self {
        Self::with(SandboxOptions::default())
    }

    fn with(options: SandboxOptions) -> Self {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let sandbox = rt.block_on(Sandbox::start_with(options)).unwrap();
        let dir = TempDir::new("env");
        dir.write("merchant_key.pem", credentials::MERCHANT_KEY_PEM);
        dir.write("wechatpay_pub.pem", credentials::WECHATPAY_PUBLIC_KEY_PEM);
        dir.write("platform_cert.pem", credentials::PLATFORM_CERT_PEM);
        Self { sandbox, dir, rt }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.0.join(name)
    }

    /// `wxpay` with the sandbox's credentials in `WXPAY_*` (public-key mode), nothing inherited.
    fn cmd(&self) -> Command {
        let mut c = bare();
        c.env("WXPAY_MCHID", credentials::MCHID)
            .env("WXPAY_MCH_SERIAL", credentials::MCH_SERIAL)
            .env("WXPAY_PRIVATE_KEY", self.path("merchant_key.pem"))
            .env("WXPAY_PUBLIC_KEY", self.path("wechatpay_pub.pem"))
            .env("WXPAY_PUBLIC_KEY_ID", credentials::PUBLIC_KEY_ID)
            .env("WXPAY_APIV3_KEY", credentials::APIV3_KEY)
            .env("WXPAY_BASE_URL", self.sandbox.base_url());
        c
    }

    /// Saves headers as `curl -D` does (status line, CRLF) and the body; returns both paths.
    fn save(&self, name: &str, headers: &http::HeaderMap, body: &[u8]) -> (PathBuf, PathBuf) {
        let mut text = String::from("HTTP/1.1 200 OK\r\n");
        for (k, v) in headers {
            text.push_str(&format!("{}: {}\r\n", k, v.to_str().unwrap()));
        }
        text.push_str("\r\n");
        (
            self.dir.write(&format!("{name}.headers"), text),
            self.dir.write(&format!("{name}.body"), body),
        )
    }
}

/// `wxpay` without any `WXPAY_*` variable of the test's environment.
fn bare() -> Command {
    let mut c = Command::new(BIN);
    for v in VARS {
        c.env_remove(v);
    }
    c
}

struct Out {
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut Command, code: i32) -> Out {
    let output = cmd.assert().code(code).get_output().clone();
    Out {
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

fn deactivate_body(no: &str) -> String {
    serde_json::json!({
        "coupon_code": format!("code{no}"),
        "stock_id": "1234567891",
        "deactivate_request_no": format!("req{no}"),
    })
    .to_string()
}

#[test]
fn help_names_every_subcommand_and_variable() {
    let out = run(bare().arg("--help"), 0);
    for word in [
        "call",
        "certificates",
        "notify",
        "sign",
        "verify",
        "encrypt",
        "decrypt",
        "sandbox",
        "WXPAY_MCHID",
        "--base-url",
    ] {
        assert!(
            out.stdout.contains(word),
            "{word} missing from:\n{}",
            out.stdout
        );
    }
    let out = run(bare().args(["call", "--help"]), 0);
    assert!(out.stdout.contains("--param") && out.stdout.contains("--json-file"));
    // A usage error is clap's: exit status 2.
    run(bare().arg("frobnicate"), 2);
}

#[test]
fn call_prints_the_verified_answer() {
    let env = Env::new();
    let out = run(
        env.cmd().args([
            "call",
            "POST",
            "/v3/marketing/busifavor/coupons/deactivate",
            "--json",
            &deactivate_body("1"),
        ]),
        0,
    );
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert!(v["wechatpay_deactivate_time"].is_string(), "{v}");
    assert!(
        out.stdout.contains("\n  \""),
        "pretty by default: {}",
        out.stdout
    );
    assert!(out.stderr.contains("HTTP 200"), "{}", out.stderr);
    assert!(out.stderr.contains("Request-ID 08"), "{}", out.stderr);
    assert_eq!(env.sandbox.side_effects(), 1);

    // A 204 prints nothing on stdout; `{name}` comes from --param, and the method's case is free.
    let out = run(
        env.cmd().args([
            "call",
            "post",
            "/v3/marketing/membercard-open/cards/{card_id}/codes/{code}/unavailable",
            "--param",
            "card_id=pbLatjvWOibDc5-TBnbUk1pD12o0",
            "--param",
            "code=478515832665",
            "--json",
            r#"{"reason":"用户违反会员条例"}"#,
        ]),
        0,
    );
    assert_eq!(out.stdout, "");
    assert!(out.stderr.contains("HTTP 204"), "{}", out.stderr);
    assert_eq!(env.sandbox.side_effects(), 2);
}

#[test]
fn call_with_a_body_file_query_path_parameters_and_raw_output() {
    let env = Env::new();
    let order = serde_json::json!({
        "appid": "wxd678efh567hg6787",
        "mchid": credentials::MCHID,
        "description": "Image形象店-深圳腾大-QQ公仔",
        "out_trade_no": "CLI 1217752501/0",
        "notify_url": "https://www.weixin.qq.com/wxpay/pay.php",
        "amount": { "total": 100 },
        "payer": { "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" },
    });
    let file = env.dir.write("order.json", order.to_string());
    let out = run(
        env.cmd()
            .args(["call", "POST", "/v3/pay/transactions/jsapi", "--json-file"])
            .arg(&file),
        0,
    );
    assert!(out.stdout.contains("prepay_id"), "{}", out.stdout);

    // The out_trade_no has a space and a slash: one percent-encoded segment.
    let out = run(
        env.cmd().args([
            "call",
            "GET",
            "/v3/pay/transactions/out-trade-no/{out_trade_no}",
            "--param",
            "out_trade_no=CLI 1217752501/0",
            "--query",
            &format!("mchid={}", credentials::MCHID),
            "--raw",
        ]),
        0,
    );
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["out_trade_no"], "CLI 1217752501/0");
    assert!(!out.stdout.contains('\n'), "raw bytes: {}", out.stdout);

    // Standard input as the body file.
    let out = run(
        env.cmd()
            .args([
                "call",
                "POST",
                "/v3/marketing/busifavor/coupons/deactivate",
                "--json-file",
                "-",
            ])
            .write_stdin(deactivate_body("stdin")),
        0,
    );
    assert!(out.stdout.contains("wechatpay_deactivate_time"));
}

#[test]
fn call_reports_api_errors_with_code_message_detail_and_request_id() {
    let env = Env::new();
    let out = run(
        env.cmd().args([
            "call",
            "GET",
            "/v3/pay/transactions/out-trade-no/NOSUCHORDER1",
            "--query",
            &format!("mchid={}", credentials::MCHID),
        ]),
        1,
    );
    assert_eq!(out.stdout, "");
    let first = out.stderr.lines().next().unwrap();
    assert!(
        first.starts_with(
            "error: WeChat Pay answered 404 ORDER_NOT_EXIST: 订单不存在 (Request-ID 08"
        ),
        "{}",
        out.stderr
    );

    let out = run(
        env.cmd().args([
            "call",
            "POST",
            "/v3/marketing/busifavor/coupons/deactivate",
            "--json",
            r#"{"stock_id":"1234567891","deactivate_request_no":"r1"}"#,
        ]),
        1,
    );
    assert!(out.stderr.contains("400 PARAM_ERROR"), "{}", out.stderr);
    assert!(out.stderr.contains("detail: {"), "{}", out.stderr);
    assert!(out.stderr.contains("coupon_code"), "{}", out.stderr);
    assert!(out.stderr.contains("Request-ID"), "{}", out.stderr);

    // A flag overrides the environment: the wrong merchant id is refused with SIGN_ERROR, and
    // the tool points at `wxpay sign`.
    let out = run(
        env.cmd().args([
            "call",
            "POST",
            "/v3/marketing/busifavor/coupons/deactivate",
            "--json",
            &deactivate_body("2"),
            "--mchid",
            "1900009999",
        ]),
        1,
    );
    assert!(out.stderr.contains("401 SIGN_ERROR"), "{}", out.stderr);
    assert!(out.stderr.contains("wxpay sign"), "{}", out.stderr);
    assert_eq!(env.sandbox.rejected_signatures(), 1);
    assert_eq!(env.sandbox.side_effects(), 0);

    // A SIGN_ERROR carrying WeChat Pay's `sign_information`: the tool says what differs from
    // what it signed (here nothing, so the key is named), never the signature itself.
    env.sandbox
        .inject_times("deactivate", wxpay::sandbox::Fault::SignError, 1);
    let out = run(
        env.cmd().args([
            "call",
            "POST",
            "/v3/marketing/busifavor/coupons/deactivate",
            "--json",
            &deactivate_body("3"),
        ]),
        1,
    );
    assert!(
        out.stderr
            .contains("what differs from what was signed: WeChat Pay checked the same method"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("private key"), "{}", out.stderr);
    assert!(!out.stderr.contains("signature=\""), "{}", out.stderr);
    assert_eq!(env.sandbox.side_effects(), 0);
}

#[test]
fn call_usage_and_configuration_errors_exit_2() {
    let env = Env::new();
    let out = run(
        env.cmd()
            .args(["call", "GET", "/v3/pay/transactions/out-trade-no/{no}"]),
        2,
    );
    assert!(out.stderr.contains("--param no=VALUE"), "{}", out.stderr);
    let out = run(env.cmd().args(["call", "GET", "/v3/x", "--json", "{}"]), 2);
    assert!(
        out.stderr.contains("GET requests have no body"),
        "{}",
        out.stderr
    );
    let out = run(
        env.cmd()
            .args(["call", "POST", "/v3/x", "--json", "{not json"]),
        2,
    );
    assert!(out.stderr.contains("not valid JSON"), "{}", out.stderr);
    let out = run(
        env.cmd()
            .args(["call", "GET", "/v3/x"])
            .env_remove("WXPAY_MCHID"),
        2,
    );
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(out.stderr.starts_with("error: "), "{}", out.stderr);
    assert!(out.stderr.contains("WXPAY_MCHID"), "{}", out.stderr);
    // Secrets stay out of error messages.
    let out = run(
        env.cmd()
            .args(["call", "GET", "/v3/x"])
            .env("WXPAY_APIV3_KEY", "tooShortSecretValue"),
        2,
    );
    assert!(
        !out.stderr.contains("tooShortSecretValue"),
        "{}",
        out.stderr
    );
    assert_eq!(env.sandbox.requests(), 0);
}

#[test]
fn certificates_download_writes_pem_files() {
    let env = Env::new();
    let out_dir = TempDir::new("certs");
    // Without any WeChat Pay key configured: the first download verifies itself.
    let out = run(
        env.cmd()
            .env_remove("WXPAY_PUBLIC_KEY")
            .env_remove("WXPAY_PUBLIC_KEY_ID")
            .args(["certificates", "download", "--out"])
            .arg(&out_dir.0),
        0,
    );
    let file = out_dir.0.join(format!(
        "wechatpay_{}.pem",
        credentials::PLATFORM_CERT_SERIAL
    ));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap().trim(),
        credentials::PLATFORM_CERT_PEM.trim()
    );
    assert!(
        out.stdout.contains(credentials::PLATFORM_CERT_SERIAL),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("valid"), "{}", out.stdout);
    assert!(out.stdout.contains("2045-"), "{}", out.stdout);
    assert!(out.stderr.contains("1 certificate(s)"), "{}", out.stderr);

    // The downloaded file then works as WXPAY_PLATFORM_CERT.
    run(
        env.cmd()
            .env_remove("WXPAY_PUBLIC_KEY")
            .env_remove("WXPAY_PUBLIC_KEY_ID")
            .env("WXPAY_PLATFORM_CERT", &file)
            .args([
                "call",
                "POST",
                "/v3/marketing/busifavor/coupons/deactivate",
                "--json",
                &deactivate_body("cert"),
            ]),
        0,
    );
}

#[test]
fn certificates_download_without_platform_certificate_says_to_use_the_public_key() {
    let env = Env::with(SandboxOptions {
        platform_certificate: false,
        ..SandboxOptions::default()
    });
    let out_dir = TempDir::new("nocerts");
    let out = run(
        env.cmd()
            .args(["certificates", "download", "--out"])
            .arg(&out_dir.0),
        2,
    );
    assert!(
        out.stderr
            .contains("no platform certificate for this merchant"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("WeChat Pay public key"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("RESOURCE_NOT_EXISTS"), "{}", out.stderr);
    assert_eq!(std::fs::read_dir(&out_dir.0).unwrap().count(), 0);
}

fn paid() -> serde_json::Value {
    serde_json::json!({
        "mchid": credentials::MCHID,
        "out_trade_no": "1217752501201407033233368018",
        "trade_state": "SUCCESS",
        "amount": { "total": 100, "currency": "CNY" },
    })
}

#[test]
fn notify_verify_prints_the_decrypted_resource() {
    let env = Env::new();
    let (headers, body) = env.sandbox.notification("TRANSACTION.SUCCESS", &paid());
    let (h, b) = env.save("ok", &headers, &body);
    let out = run(
        env.cmd()
            .args(["notify", "verify", "--headers"])
            .arg(&h)
            .arg("--body")
            .arg(&b),
        0,
    );
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["event_type"], "TRANSACTION.SUCCESS");
    assert_eq!(v["original_type"], "transaction");
    assert_eq!(v["resource"], paid());
    assert!(out.stderr.contains("signature verified"), "{}", out.stderr);

    // Plain `Name: value` lines with LF work too, and the body may come from stdin.
    let plain: String = headers
        .iter()
        .map(|(k, v)| format!("{k}: {}\n", v.to_str().unwrap()))
        .collect();
    let h2 = env.dir.write("plain.headers", plain);
    run(
        env.cmd()
            .args(["notify", "verify", "--body", "-", "--headers"])
            .arg(&h2)
            .write_stdin(body.clone()),
        0,
    );
}

#[test]
fn notify_verify_rejects_bad_unsigned_and_probe_notifications() {
    let env = Env::new();
    let (headers, body) = env.sandbox.notification("TRANSACTION.SUCCESS", &paid());
    let verify = |name: &str, headers: &http::HeaderMap, body: &[u8]| {
        let (h, b) = env.save(name, headers, body);
        let mut c = env.cmd();
        c.args(["notify", "verify", "--headers"])
            .arg(h)
            .arg("--body")
            .arg(b);
        c
    };

    // Tampered body.
    let mut tampered = body.clone();
    let pos = tampered.iter().position(|b| *b == b'S').unwrap();
    tampered[pos] = b'F';
    let out = run(&mut verify("tampered", &headers, &tampered), 1);
    assert!(out.stderr.contains("signature mismatch"), "{}", out.stderr);
    assert_eq!(out.stdout, "", "nothing decrypted before verification");

    // An editor's trailing newline gets a hint.
    let mut newline = body.clone();
    newline.push(b'\n');
    let out = run(&mut verify("newline", &headers, &newline), 1);
    assert!(out.stderr.contains("ends with a newline"), "{}", out.stderr);

    // Unsigned.
    let mut unsigned = headers.clone();
    unsigned.remove("wechatpay-signature");
    let out = run(&mut verify("unsigned", &unsigned, &body), 1);
    assert!(out.stderr.contains("Wechatpay-Signature"), "{}", out.stderr);

    // A signature probe.
    let mut probe = headers.clone();
    probe.insert(
        "wechatpay-signature",
        "WECHATPAY/SIGNTEST/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
            .parse()
            .unwrap(),
    );
    let out = run(&mut verify("probe", &probe, &body), 1);
    assert!(out.stderr.contains("probe"), "{}", out.stderr);

    // Signed by a key we do not have.
    let mut unknown = headers.clone();
    unknown.insert("wechatpay-serial", "PUB_KEY_ID_0000".parse().unwrap());
    let out = run(&mut verify("unknown", &unknown, &body), 1);
    assert!(
        out.stderr.contains("unknown WeChat Pay key serial"),
        "{}",
        out.stderr
    );

    // A wrong APIv3 key cannot decrypt a verified notification.
    let out = run(
        verify("apiv3", &headers, &body).env("WXPAY_APIV3_KEY", "0123456789abcdef0123456789abcdef"),
        1,
    );
    assert!(out.stderr.contains("AES-256-GCM"), "{}", out.stderr);
    // Without the APIv3 key at all: a configuration error.
    let out = run(
        verify("noapiv3", &headers, &body).env_remove("WXPAY_APIV3_KEY"),
        2,
    );
    assert!(out.stderr.contains("WXPAY_APIV3_KEY"), "{}", out.stderr);
}

#[test]
fn notify_verify_stale_needs_allow_stale() {
    let env = Env::new();
    let an_hour_ago = SystemClock.now() - 3600;
    let (headers, body) = env
        .sandbox
        .notification_at("REFUND.SUCCESS", &paid(), an_hour_ago);
    let (h, b) = env.save("stale", &headers, &body);
    let mut cmd = env.cmd();
    cmd.args(["notify", "verify", "--headers"])
        .arg(&h)
        .arg("--body")
        .arg(&b);
    let out = run(&mut cmd, 1);
    assert!(out.stderr.contains("stale timestamp"), "{}", out.stderr);
    assert!(out.stderr.contains("--allow-stale"), "{}", out.stderr);
    assert_eq!(out.stdout, "");

    let out = run(cmd.arg("--allow-stale"), 0);
    assert!(
        out.stderr.contains("warning: stale notification"),
        "{}",
        out.stderr
    );
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["event_type"], "REFUND.SUCCESS");
    assert_eq!(v["original_type"], "refund");

    // --allow-stale accepts an old signature, never a bad one.
    let mut tampered = body.clone();
    let pos = tampered.iter().position(|b| *b == b'S').unwrap();
    tampered[pos] = b'F';
    let (h, b) = env.save("stale-tampered", &headers, &tampered);
    let out = run(
        env.cmd()
            .args(["notify", "verify", "--allow-stale", "--headers"])
            .arg(&h)
            .arg("--body")
            .arg(&b),
        1,
    );
    assert!(out.stderr.contains("signature mismatch"), "{}", out.stderr);
}

#[test]
fn sign_shows_the_exact_message_and_the_authorization() {
    let env = Env::new();
    let body = r#"{"mchid":"1900000001","out_trade_no":"x"}"#;
    let out = run(
        env.cmd().args([
            "sign",
            "POST",
            "https://api.mch.weixin.qq.com/v3/pay/transactions/jsapi?a=1",
            "--body",
            body,
            "--timestamp",
            "1554208460",
            "--nonce",
            "593BEC0C930BF1AFEB40B4A08C8FB242",
        ]),
        0,
    );
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        &lines[1..6],
        [
            "     method | POST\\n",
            "        URL | /v3/pay/transactions/jsapi?a=1\\n",
            "  timestamp | 1554208460\\n",
            "      nonce | 593BEC0C930BF1AFEB40B4A08C8FB242\\n",
            &format!("       body | {body}\\n"),
        ],
        "{}",
        out.stdout
    );
    let signer = Signer::new(
        credentials::MCHID,
        credentials::MCH_SERIAL,
        MerchantKey::from_pem(credentials::MERCHANT_KEY_PEM).unwrap(),
    );
    let expected = signer
        .authorize_with(
            AuthScheme::Merchant,
            "POST",
            "/v3/pay/transactions/jsapi?a=1",
            body.as_bytes(),
            1_554_208_460,
            "593BEC0C930BF1AFEB40B4A08C8FB242",
        )
        .unwrap();
    assert_eq!(lines[6], format!("Authorization: {}", expected.header));

    // A GET signs an empty body line; a relative path is signed as it goes on the wire.
    let out = run(env.cmd().args(["sign", "GET", "/v3/certificates"]), 0);
    assert!(out.stdout.contains("       body | \\n\n"), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("Authorization: WECHATPAY2-SHA256-RSA2048 mchid=\"1900000001\"")
    );
    let out = run(env.cmd().args(["sign", "GET", "/v3/a b"]), 0);
    assert!(out.stdout.contains("URL | /v3/a%20b\\n"), "{}", out.stdout);
    assert!(
        out.stderr.contains("note: the URL goes on the wire"),
        "{}",
        out.stderr
    );

    // A body file is signed byte for byte, CRLF made visible.
    let f = env.dir.write("body.json", "{\r\n}");
    let out = run(
        env.cmd()
            .args(["sign", "PUT", "/v3/x", "--body-file"])
            .arg(f),
        0,
    );
    assert!(
        out.stdout
            .contains("       body | {\\r\\n\n            | }\\n\n"),
        "{}",
        out.stdout
    );

    // Brand API scheme.
    let out = run(
        env.cmd()
            .env("WXPAY_BRAND_ID", credentials::BRAND_ID)
            .args(["sign", "GET", "/v3/brand/x", "--brand"]),
        0,
    );
    assert!(
        out.stdout
            .contains("WECHATPAY-BRAND-SHA256-RSA2048 brand_id=\"1004\""),
        "{}",
        out.stdout
    );
}

#[test]
fn verify_checks_a_saved_answer() {
    let env = Env::new();
    let client = env.sandbox.client();
    let (_, headers, body) = env
        .rt
        .block_on(client.request_raw(
            Method::Post,
            "/v3/marketing/busifavor/coupons/deactivate",
            None,
            Some(deactivate_body("v").into_bytes()),
        ))
        .unwrap();
    let request_id = headers["request-id"].to_str().unwrap().to_owned();
    let (h, b) = env.save("answer", &headers, &body);
    let out = run(
        env.cmd()
            .args(["verify", "--headers"])
            .arg(&h)
            .arg("--body")
            .arg(&b),
        0,
    );
    assert!(
        out.stdout.contains("signature verified: key PUB_KEY_ID_"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains(&format!("Request-ID: {request_id}")),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("status: 200"), "{}", out.stdout);

    let b2 = env.dir.write("answer2.body", [&body[..], b" "].concat());
    let out = run(
        env.cmd()
            .args(["verify", "--headers"])
            .arg(&h)
            .arg("--body")
            .arg(&b2),
        1,
    );
    assert!(out.stderr.contains("signature mismatch"), "{}", out.stderr);

    // Verification needs only the WeChat Pay key: no merchant id, serial or private key.
    run(
        bare()
            .env("WXPAY_PUBLIC_KEY", env.path("wechatpay_pub.pem"))
            .env("WXPAY_PUBLIC_KEY_ID", credentials::PUBLIC_KEY_ID)
            .args(["verify", "--headers"])
            .arg(&h)
            .arg("--body")
            .arg(&b),
        0,
    );
    let out = run(
        bare()
            .args(["verify", "--headers"])
            .arg(&h)
            .arg("--body")
            .arg(&b),
        2,
    );
    assert!(
        out.stderr
            .contains("no WeChat Pay public key or platform certificate"),
        "{}",
        out.stderr
    );
}

#[test]
fn encrypt_then_decrypt_round_trips() {
    let env = Env::new();
    // With the sandbox's WeChat Pay key: the serial to send is the public key id.
    let out = run(env.cmd().args(["encrypt", "张三"]), 0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", out.stdout);
    assert!(lines[0].len() > 300, "base64 of 256 bytes: {}", lines[0]);
    assert_eq!(
        lines[1],
        format!("Wechatpay-Serial: {}", credentials::PUBLIC_KEY_ID)
    );
    // Only WeChat Pay can decrypt that; the merchant key refuses it.
    let out = run(env.cmd().args(["decrypt", lines[0]]), 1);
    assert!(out.stderr.contains("RSA-OAEP"), "{}", out.stderr);

    // Round trip: encrypt with the merchant's own public key standing in for WeChat Pay's.
    let merchant_pub = MerchantKey::from_pem(credentials::MERCHANT_KEY_PEM)
        .unwrap()
        .public_key()
        .to_pem();
    let pub_file = env.dir.write("merchant_pub.pem", merchant_pub);
    let out = run(
        env.cmd()
            .arg("encrypt")
            .arg("-")
            .arg("--public-key")
            .arg(&pub_file)
            .args(["--public-key-id", "PUB_KEY_ID_MERCHANT"])
            .write_stdin("张三 13800138000\n"),
        0,
    );
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines[1], "Wechatpay-Serial: PUB_KEY_ID_MERCHANT");
    let out = run(env.cmd().args(["decrypt", lines[0]]), 0);
    assert_eq!(out.stdout, "张三 13800138000\n");
    let out = run(
        env.cmd()
            .args(["decrypt", "-"])
            .write_stdin(format!("{}\n", lines[0])),
        0,
    );
    assert_eq!(out.stdout, "张三 13800138000\n");

    // With only a platform certificate, its serial is the one to send.
    let out = run(
        env.cmd()
            .env_remove("WXPAY_PUBLIC_KEY")
            .env_remove("WXPAY_PUBLIC_KEY_ID")
            .env("WXPAY_PLATFORM_CERT", env.path("platform_cert.pem"))
            .args(["encrypt", "x"]),
        0,
    );
    assert!(out.stdout.ends_with(&format!(
        "Wechatpay-Serial: {}\n",
        credentials::PLATFORM_CERT_SERIAL
    )));

    let out = run(env.cmd().args(["decrypt", "not base64!"]), 1);
    assert!(out.stderr.contains("base64"), "{}", out.stderr);
}

#[test]
fn sandbox_subcommand_serves_and_prints_exports() {
    let keys = TempDir::new("sandbox-keys");
    let mut child = StdCommand::new(BIN);
    for v in VARS {
        child.env_remove(v);
    }
    let mut child = child
        .args(["sandbox", "--port", "0", "--keys-dir"])
        .arg(&keys.0)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    struct Kill(std::process::Child);
    impl Drop for Kill {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let stdout = child.stdout.take().unwrap();
    let child = Kill(child);
    let mut exports = Vec::new();
    for line in BufReader::new(stdout).lines() {
        let line = line.unwrap();
        let (name, value) = line
            .strip_prefix("export ")
            .and_then(|l| l.split_once('='))
            .unwrap_or_else(|| panic!("not an export line: {line}"));
        let value = value.trim_matches('\'').to_owned();
        let done = name == "WXPAY_BASE_URL";
        exports.push((name.to_owned(), value));
        if done {
            break;
        }
    }
    let get = |n: &str| {
        exports
            .iter()
            .find(|(k, _)| k == n)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("{n} not exported: {exports:?}"))
    };
    assert_eq!(get("WXPAY_MCHID"), credentials::MCHID);
    assert_eq!(get("WXPAY_PUBLIC_KEY_ID"), credentials::PUBLIC_KEY_ID);
    assert!(get("WXPAY_BASE_URL").starts_with("http://127.0.0.1:"));
    assert_eq!(
        std::fs::read_to_string(get("WXPAY_PRIVATE_KEY")).unwrap(),
        credentials::MERCHANT_KEY_PEM
    );
    assert!(Path::new(&get("WXPAY_PUBLIC_KEY")).starts_with(&keys.0));

    // The printed variables are all another program needs.
    let mut call = bare();
    for (k, v) in &exports {
        call.env(k, v);
    }
    let out = run(
        call.args([
            "call",
            "POST",
            "/v3/marketing/busifavor/coupons/deactivate",
            "--json",
            &deactivate_body("standalone"),
        ]),
        0,
    );
    assert!(
        out.stdout.contains("wechatpay_deactivate_time"),
        "{}",
        out.stdout
    );
    drop(child);
}

#[test]
fn sandbox_trigger_pays_an_order_of_a_running_sandbox() {
    let env = Env::new();
    let order = serde_json::json!({
        "appid": "wxd678efh567hg6787", "mchid": credentials::MCHID,
        "description": "cli trigger", "out_trade_no": "cli-order-0001",
        "notify_url": "http://127.0.0.1:9/notify",
        "amount": { "total": 1 }, "payer": { "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" }
    });
    run(
        env.cmd()
            .args(["call", "POST", "/v3/pay/transactions/jsapi", "--json"])
            .arg(order.to_string()),
        0,
    );
    // The URL comes from WXPAY_BASE_URL, as `wxpay sandbox` exports it.
    let out = run(
        env.cmd()
            .args(["sandbox", "trigger", "pay", "cli-order-0001"]),
        0,
    );
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["state"]["trade_state"], "SUCCESS", "{v}");
    assert!(v["state"]["transaction_id"].is_string(), "{v}");
    assert!(v["notification_id"].is_string(), "{v}");
    // Paying twice, or an unknown order: exit 1 with the sandbox's reason.
    let out = run(
        env.cmd()
            .args(["sandbox", "trigger", "pay", "cli-order-0001"]),
        1,
    );
    assert!(out.stderr.contains("is SUCCESS"), "{}", out.stderr);
    let out = run(env.cmd().args(["sandbox", "trigger", "close", "nope"]), 1);
    assert!(out.stderr.contains("no order"), "{}", out.stderr);
    // No sandbox to talk to: a usage error.
    let out = run(
        bare().args([
            "sandbox",
            "trigger",
            "pay",
            "x",
            "--url",
            "http://127.0.0.1:9",
        ]),
        2,
    );
    assert!(
        out.stderr.contains("cannot reach the sandbox"),
        "{}",
        out.stderr
    );
    let _ = &env.rt;
}
