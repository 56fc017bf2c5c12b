//! Media upload and bill download against the sandbox.

use wxpay::sandbox::{Fault, Sandbox};
use wxpay::{BillFile, MediaKind, VerifyError};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn media_upload_signs_the_meta_part_and_the_sandbox_checks_the_digest() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let png = include_bytes!("../fixtures/pixel.png").to_vec();
    let up = client
        .upload_media(MediaKind::Image, "pixel.png", png.clone())
        .await
        .unwrap();
    assert!(up.media_id.unwrap().starts_with("sandbox-media-"));
    let up = client
        .upload_media(MediaKind::MarketingImage, "logo.jpg", png.clone())
        .await
        .unwrap();
    assert!(up.media_url.unwrap().starts_with("https://"));
    let up = client
        .upload_media(MediaKind::Video, "clip.mp4", vec![0u8; 4096])
        .await
        .unwrap();
    assert!(up.media_id.is_some());
    assert_eq!(sandbox.rejected_signatures(), 0);

    // Refused before sending: format, size, name.
    for (kind, name, len) in [
        (MediaKind::Image, "doc.pdf", 10),
        (MediaKind::Image, "big.png", 2 * 1024 * 1024 + 1),
        (MediaKind::Video, "clip.mp4", 5 * 1024 * 1024 + 1),
        (MediaKind::Image, "empty.png", 0),
        (MediaKind::Image, "a\"b.png", 10),
        (MediaKind::Image, "../x.png", 10),
    ] {
        let err = client
            .upload_media(kind, name, vec![1u8; len])
            .await
            .unwrap_err();
        assert!(err.kind() == wxpay::ErrorKind::Request, "{name}: {err:?}");
    }
    assert_eq!(sandbox.requests(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bills_download_streamed_gunzipped_and_digest_checked() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    for (tar_type, gzip) in [(None, false), (Some("GZIP"), true)] {
        let mut query = serde_json::json!({ "bill_date": "2026-11-21" });
        if let Some(t) = tar_type {
            query["tar_type"] = t.into();
        }
        let info = client
            .chain("v3/bill/tradebill")
            .get(serde_json::json!({ "query": query }))
            .await
            .unwrap();
        let bill: BillFile = serde_json::from_value(info).unwrap();
        let mut out = Vec::new();
        let n = client.download_bill(&bill, gzip, &mut out).await.unwrap();
        assert_eq!(n as usize, out.len());
        let text = String::from_utf8(out).unwrap();
        assert!(text.starts_with("交易时间,"), "{}", &text[..40]);
        assert!(text.contains("`2026-11-21 10:"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_corrupted_bill_is_an_error_and_leaves_no_file() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let info = client
        .chain("v3/bill/fundflowbill")
        .get(serde_json::json!({ "query": { "bill_date": "2026-11-21", "tar_type": "GZIP" } }))
        .await
        .unwrap();
    let bill: BillFile = serde_json::from_value(info).unwrap();
    sandbox.inject_times("billdownload", Fault::CorruptFile, 1);
    let dir = std::env::temp_dir().join(format!("wxpay-bill-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("fundflow.csv");
    let err = client
        .download_bill_to_file(&bill, true, &path)
        .await
        .unwrap_err();
    assert!(
        matches!(err.verify_error(), Some(VerifyError::DigestMismatch { .. })),
        "{err:?}"
    );
    assert!(!path.exists());
    assert!(!dir.join("fundflow.csv.part").exists());
    // The same bill, intact, lands complete.
    client
        .download_bill_to_file(&bill, true, &path)
        .await
        .unwrap();
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("交易时间,")
    );
    // A wrong announced digest is refused too.
    let forged = BillFile {
        hash_value: "0".repeat(40),
        ..bill
    };
    let err = client
        .download_bill(&forged, true, std::io::sink())
        .await
        .unwrap_err();
    assert!(
        matches!(err.verify_error(), Some(VerifyError::DigestMismatch { .. })),
        "{err:?}"
    );
}
