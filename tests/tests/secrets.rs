//! Nothing secret reaches logs or errors: a full run against the sandbox (successes, an API
//! error, a bad signature, a timeout, a refused request signature, notifications good and bad,
//! sensitive fields encrypted and decrypted, certificate download) with every TRACE event of
//! every crate captured, then scanned — together with the `Display` and `Debug` of every error
//! and of the credential types — for key material, the APIv3 key, a decrypted sensitive value
//! and any full request or answer signature seen on the wire.

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use wxpay::brand::card_member::{InvalidateUserCard, UpdateUserCard};
use wxpay::sandbox::{Fault, Sandbox, credentials};
use wxpay::transport::TransportFuture;
use wxpay::{
    ApiV3Key, Client, Error, HttpRequest, MerchantKey, ReqwestTransport, Sensitive, Signer,
    Transport,
};

/// The decrypted phone number the sandbox stores on cards.
const PHONE: &str = "13800138000";

#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Records every signature that went over the wire (requests' `Authorization`, answers'
/// `Wechatpay-Signature`).
#[derive(Debug)]
struct Wiretap {
    inner: ReqwestTransport,
    signatures: Arc<Mutex<Vec<String>>>,
}

impl Transport for Wiretap {
    fn send(&self, req: HttpRequest) -> TransportFuture<'_> {
        if let Some(a) = req.headers.get("authorization") {
            let p = wxpay::signer::parse_authorization(a.to_str().unwrap()).unwrap();
            self.signatures.lock().unwrap().push(p.signature);
        }
        Box::pin(async move {
            let r = self.inner.send(req).await?;
            if let Some(s) = r.headers.get("wechatpay-signature") {
                self.signatures
                    .lock()
                    .unwrap()
                    .push(s.to_str().unwrap().to_owned());
            }
            Ok(r)
        })
    }
}

fn invalidate(code: &str) -> InvalidateUserCard {
    InvalidateUserCard::new(
        code,
        "1004",
        "pbLatjvWOibDc5-TBnbUk1pD12o0",
        "obLatjnx9gnqzS4myYGmLZ7LgLBA",
    )
}

/// Base64 bodies of PEM text, cut into aligned 24-character pieces: any leaked run of 48 or
/// more characters contains one of them.
fn pem_fragments(pem: &str) -> Vec<String> {
    let body: String = pem
        .lines()
        .filter(|l| !l.starts_with("-----"))
        .collect::<String>();
    let mut out: Vec<String> = pem
        .lines()
        .filter(|l| !l.starts_with("-----"))
        .map(str::to_owned)
        .collect();
    out.extend(
        body.as_bytes()
            .chunks(24)
            .filter(|c| c.len() == 24)
            .map(|c| String::from_utf8(c.to_vec()).unwrap()),
    );
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_secret_in_trace_output_or_errors() {
    let buffer = Buffer::default();
    let writer = buffer.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new("trace"))
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    tracing::subscriber::set_global_default(subscriber).unwrap();

    let sandbox = Sandbox::start().await.unwrap();
    let signatures = Arc::new(Mutex::new(Vec::new()));
    let client = |timeout: Duration| {
        sandbox
            .client_builder()
            .platform_certificate_pem(credentials::PLATFORM_CERT_PEM)
            .transport(Arc::new(Wiretap {
                inner: ReqwestTransport::with_timeouts(Duration::from_secs(2), timeout).unwrap(),
                signatures: signatures.clone(),
            }))
            .retry_policy(wxpay::RetryPolicy::never())
            .build()
            .unwrap()
    };
    let c = client(Duration::from_secs(10));
    let mut errors: Vec<Error> = Vec::new();
    let mut shown: Vec<String> = Vec::new();

    // Success, with a sensitive answer field decrypted.
    let card = c.send(&invalidate("s1")).await.unwrap();
    // `phone_number` arrives encrypted for the merchant key (`Ciphertext`).
    let phone = c.decrypt(card.phone_number.as_ref().unwrap()).unwrap();
    assert_eq!(phone.as_str(), PHONE);
    // A request with a sensitive field the client encrypts.
    let update = UpdateUserCard::new(
        "s1",
        "pbLatjvWOibDc5-TBnbUk1pD12o0",
        "obLatjnx9gnqzS4myYGmLZ7LgLBA",
    )
    .brand_id("1004")
    .phone_number(PHONE);
    if let Err(e) = c.send(&update).await {
        errors.push(e);
    }
    // Encrypted for WeChat Pay (which alone can decrypt it).
    let (ct, serial) = c.encrypt(PHONE).unwrap();
    assert!(!ct.contains(PHONE) && serial == credentials::PUBLIC_KEY_ID);
    // API error (the card is already invalid).
    errors.push(c.send(&invalidate("s1")).await.unwrap_err());
    // Bad signatures, a probe, a stale answer, a tampered body.
    for fault in [
        Fault::WrongSignature,
        Fault::MissingSignature,
        Fault::SignTest,
        Fault::StaleTimestamp,
        Fault::TamperedBody,
        Fault::SystemError,
        Fault::DropAfterProcessing,
    ] {
        sandbox.inject_times("invalidate", fault, 1);
        errors.push(
            c.send(&invalidate(&format!("f{}", errors.len())))
                .await
                .unwrap_err(),
        );
    }
    // Timeout.
    sandbox.inject_times("invalidate", Fault::Delay(Duration::from_millis(800)), 1);
    let e = client(Duration::from_millis(200))
        .send(&invalidate("t1"))
        .await
        .unwrap_err();
    assert!(e.is_timeout());
    errors.push(e);
    // A request signed with another key: the sandbox answers 401 SIGN_ERROR.
    let other = sandbox
        .client_builder()
        .private_key_pem(include_str!(
            "../../wxpay-core/tests/fixtures/merchant_pkcs8.pem"
        ))
        .build()
        .unwrap();
    let e = other.send(&invalidate("x1")).await.unwrap_err();
    assert_eq!(e.api_code(), Some("SIGN_ERROR"));
    errors.push(e);
    // Notifications: good, tampered, stale, undecryptable.
    let parser = c.notifications().unwrap();
    let resource = serde_json::json!({ "phone": PHONE, "out_trade_no": "n1" });
    let (h, b) = sandbox.notification("TRANSACTION.SUCCESS", &resource);
    let n = parser.parse::<serde_json::Value>(&h, &b).unwrap();
    assert_eq!(n.resource["phone"], PHONE);
    let mut tampered = b.clone();
    let i = tampered.len() - 3;
    tampered[i] ^= 1;
    errors.push(
        parser
            .parse::<serde_json::Value>(&h, &tampered)
            .unwrap_err(),
    );
    let (h2, b2) = sandbox.notification_at("TRANSACTION.SUCCESS", &resource, 1_000_000_000);
    errors.push(parser.parse::<serde_json::Value>(&h2, &b2).unwrap_err());
    let wrong_key = wxpay::NotificationParser::new(
        c.verifier().clone(),
        ApiV3Key::new("0123456789abcdef0123456789abcdef").unwrap(),
    );
    errors.push(wrong_key.parse::<serde_json::Value>(&h, &b).unwrap_err());
    errors.push(
        parser
            .parse::<serde_json::Value>(&h, b"{\"not\":\"an envelope\"}")
            .unwrap_err(),
    );
    // Certificate mode: downloads and decrypts the platform certificates with the APIv3 key.
    let cm = sandbox
        .client_builder_without_keys()
        .platform_certificates_auto(Duration::from_secs(3600))
        .build()
        .unwrap();
    cm.send(&invalidate("cm1")).await.unwrap();
    // Configuration and key errors.
    errors.push(
        sandbox
            .client_builder()
            .apiv3_key("short")
            .build()
            .unwrap_err(),
    );
    errors.push(Error::from(
        MerchantKey::from_pem(&credentials::MERCHANT_KEY_PEM.replace('A', "B")).unwrap_err(),
    ));
    errors.push(Error::from(
        MerchantKey::from_pem(&credentials::MERCHANT_KEY_PEM[..900]).unwrap_err(),
    ));
    drop(c);

    // What the credential types show.
    let key = MerchantKey::from_pem(credentials::MERCHANT_KEY_PEM).unwrap();
    let apiv3 = ApiV3Key::new(credentials::APIV3_KEY).unwrap();
    let signer = Signer::new(credentials::MCHID, credentials::MCH_SERIAL, key.clone());
    let auth = signer
        .authorize(wxpay::AuthScheme::Merchant, "GET", "/v3/x", b"")
        .unwrap();
    signatures.lock().unwrap().push(
        wxpay::signer::parse_authorization(&auth.header)
            .unwrap()
            .signature,
    );
    shown.push(format!("{key:?}"));
    shown.push(format!("{apiv3:?}"));
    shown.push(format!("{signer:?}"));
    shown.push(format!("{auth:?}"));
    shown.push(format!("{:?}", sandbox.client()));
    shown.push(format!("{:?}", sandbox.client_builder()));
    shown.push(format!("{parser:?}"));
    shown.push(format!("{:?}", Sensitive::new(PHONE)));
    assert_eq!(format!("{key:?}"), "MerchantKey(RSA-2048, redacted)");
    assert_eq!(format!("{apiv3:?}"), "ApiV3Key(redacted)");
    for e in &errors {
        shown.push(format!("{e}"));
        shown.push(format!("{e:?}"));
        shown.push(format!("{e:#?}"));
    }

    // Let the background tasks' last events land, then scan.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let logs = String::from_utf8_lossy(&buffer.0.lock().unwrap()).into_owned();
    assert!(
        logs.contains("wxpay.request"),
        "the capture works: {} bytes",
        logs.len()
    );
    let haystack = format!("{logs}\n{}", shown.join("\n"));
    let mut secrets: Vec<(String, String)> = Vec::new();
    for f in pem_fragments(credentials::MERCHANT_KEY_PEM) {
        secrets.push(("merchant key PEM".into(), f));
    }
    secrets.push(("APIv3 key".into(), credentials::APIV3_KEY.into()));
    secrets.push((
        "APIv3 key (hex)".into(),
        credentials::APIV3_KEY
            .bytes()
            .map(|b| format!("{b:02x}"))
            .collect(),
    ));
    secrets.push(("decrypted phone number".into(), PHONE.into()));
    let sigs = signatures.lock().unwrap().clone();
    assert!(sigs.len() > 10, "signatures seen: {}", sigs.len());
    for s in sigs
        .iter()
        .filter(|s| !s.starts_with("WECHATPAY/SIGNTEST/"))
    {
        secrets.push(("a signature".into(), s.clone()));
        // Half a signature is as good as none to an attacker, but still: no long piece either.
        secrets.push(("part of a signature".into(), s[..64].to_owned()));
    }
    let leaks: Vec<_> = secrets
        .iter()
        .filter(|(_, s)| haystack.contains(s.as_str()))
        .map(|(what, s)| format!("{what}: {s}"))
        .collect();
    eprintln!(
        "secrets: scanned {} bytes of TRACE output and {} error/debug strings ({} errors) for {} secrets",
        logs.len(),
        shown.len(),
        errors.len(),
        secrets.len()
    );
    if std::env::var_os("WXPAY_DUMP_TRACE").is_some() {
        eprintln!("{logs}");
    }
    assert!(leaks.is_empty(), "leaked: {leaks:#?}");
}

#[test]
fn https_is_required_off_loopback() {
    let sandbox_builder = || {
        Client::builder()
            .mchid(credentials::MCHID)
            .merchant_serial(credentials::MCH_SERIAL)
            .private_key_pem(credentials::MERCHANT_KEY_PEM)
            .wechatpay_public_key(
                credentials::PUBLIC_KEY_ID,
                credentials::WECHATPAY_PUBLIC_KEY_PEM,
            )
    };
    for url in [
        "http://api.mch.weixin.qq.com",
        "http://10.0.0.1:8080",
        "ftp://api.mch.weixin.qq.com",
    ] {
        let err = sandbox_builder().base_url(url).build().unwrap_err();
        assert!(err.kind() == wxpay::ErrorKind::Config, "{url}: {err:?}");
        assert!(err.to_string().contains("use https"), "{err}");
    }
    // The backup domain too.
    let err = sandbox_builder()
        .base_url("https://api.mch.weixin.qq.com")
        .backup_base_url(Some("http://api2.mch.weixin.qq.com".into()))
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("use https"), "{err}");
    for url in [
        "https://api.mch.weixin.qq.com",
        "http://127.0.0.1:8080",
        "http://localhost:8080",
        "http://[::1]:8080",
    ] {
        sandbox_builder().base_url(url).build().unwrap();
    }
    // Only with the explicit override.
    sandbox_builder()
        .base_url("http://api.internal.example")
        .allow_insecure_http(true)
        .build()
        .unwrap();
}
