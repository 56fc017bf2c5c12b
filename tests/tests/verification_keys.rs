//! Public-key mode, certificate mode, and both at once, against the sandbox.

use std::time::Duration;

use wxpay::VerifyError;
use wxpay::marketing::busifavor::DeactivateCoupon;
use wxpay::sandbox::{Sandbox, SandboxOptions, credentials};

fn deactivate(n: u32) -> DeactivateCoupon {
    DeactivateCoupon::new(format!("coupon-{n}"), "1234567891", format!("req-{n}"))
}

const TWELVE_HOURS: Duration = Duration::from_secs(12 * 3600);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn certificate_mode_downloads_verifies_and_uses_the_certificate() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox
        .client_builder_without_keys()
        .platform_certificates_auto(TWELVE_HOURS)
        .build()
        .unwrap();
    client.send(&deactivate(1)).await.unwrap();
    let certs = client.verifier().keys().certificates();
    assert_eq!(certs.len(), 1);
    assert_eq!(certs[0].serial(), credentials::PLATFORM_CERT_SERIAL);
    // Later requests name the certificate, and the sandbox answers with it.
    client.send(&deactivate(2)).await.unwrap();
    assert_eq!(sandbox.requests(), 3, "one download, two calls");

    let downloaded = client.download_certificates().await.unwrap();
    assert_eq!(downloaded[0].pem(), credentials::PLATFORM_CERT_PEM);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn expired_certificates_in_the_download_are_not_trusted() {
    let sandbox = Sandbox::start_with(SandboxOptions {
        serve_expired_certificate: true,
        ..Default::default()
    })
    .await
    .unwrap();
    let client = sandbox.client();
    assert_eq!(client.download_certificates().await.unwrap().len(), 2);
    assert_eq!(client.refresh_certificates().await.unwrap(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_public_key_merchant_gets_a_clear_error_from_the_certificate_download() {
    let sandbox = Sandbox::start_with(SandboxOptions {
        platform_certificate: false,
        ..Default::default()
    })
    .await
    .unwrap();
    let err = sandbox.client().download_certificates().await.unwrap_err();
    assert!(err.kind() == wxpay::ErrorKind::Config, "{err:?}");
    assert!(
        err.to_string()
            .contains("configure the WeChat Pay public key"),
        "{err}"
    );
    let auto = sandbox
        .client_builder_without_keys()
        .platform_certificates_auto(TWELVE_HOURS)
        .build()
        .unwrap();
    let err = auto.send(&deactivate(1)).await.unwrap_err();
    assert!(
        err.to_string()
            .contains("configure the WeChat Pay public key"),
        "{err}"
    );
    assert_eq!(sandbox.side_effects(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn during_a_migration_answers_signed_by_either_key_verify() {
    // The merchant has moved to the public key; the client still has the certificate too.
    for options in [
        SandboxOptions {
            public_key: true,
            platform_certificate: true,
            ..Default::default()
        },
        SandboxOptions {
            public_key: false,
            platform_certificate: true,
            ..Default::default()
        },
    ] {
        let sandbox = Sandbox::start_with(options.clone()).await.unwrap();
        let client = sandbox
            .client_builder()
            .platform_certificate_pem(credentials::PLATFORM_CERT_PEM)
            .build()
            .unwrap();
        client
            .send(&deactivate(1))
            .await
            .unwrap_or_else(|e| panic!("{options:?}: {e}"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_answer_signed_with_a_key_we_do_not_hold_is_refused() {
    // Certificate only on our side; the sandbox merchant only has a public key.
    let sandbox = Sandbox::start_with(SandboxOptions {
        platform_certificate: false,
        ..Default::default()
    })
    .await
    .unwrap();
    let client = sandbox
        .client_builder_without_keys()
        .platform_certificate_pem(credentials::PLATFORM_CERT_PEM)
        .build()
        .unwrap();
    let err = client.send(&deactivate(1)).await.unwrap_err();
    assert!(
        matches!(err.verify_error(), Some(VerifyError::UnknownSerial(_))),
        "{err:?}"
    );
    // An expired certificate is not used at all.
    let err = sandbox
        .client_builder_without_keys()
        .platform_certificate_pem(credentials::PLATFORM_CERT_EXPIRED_PEM)
        .build()
        .unwrap()
        .send(&deactivate(2))
        .await
        .unwrap_err();
    assert!(err.is_verify(), "{err:?}");
}

#[test]
fn certificate_mode_needs_the_apiv3_key() {
    let err = wxpay::Client::builder()
        .mchid(credentials::MCHID)
        .merchant_serial(credentials::MCH_SERIAL)
        .private_key_pem(credentials::MERCHANT_KEY_PEM)
        .platform_certificates_auto(TWELVE_HOURS)
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("APIv3 key"), "{err}");
}
