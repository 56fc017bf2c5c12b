//! Media upload and bill download: `cargo run --example media_and_bills -- [IMAGE] [BILL_DATE]`.
//!
//! Uploads an image (the `meta` part `{filename, sha256}` is what the signature covers), then
//! asks for a trade bill and downloads it: the signed request's answer is a file WeChat Pay does
//! not sign, checked against the SHA-1 announced in the verified bill answer, gunzipped, and
//! written to `tradebill-DATE.csv` only once complete. Uses `WXPAY_*` or the sandbox.

use wxpay::MediaKind;
use wxpay::bill::{ApplyTradeBill, TarType};

/// A 1×1 PNG, when no image is given.
const PIXEL: &[u8] = include_bytes!("../../tests/fixtures/pixel.png");

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target = wxpay_examples::client_or_sandbox().await?;
    let client = &target.client;
    let (name, image) = match std::env::args().nth(1) {
        Some(path) => {
            let name = std::path::Path::new(&path)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, std::fs::read(&path)?)
        }
        None => ("pixel.png".to_owned(), PIXEL.to_vec()),
    };
    let uploaded = client.upload_media(MediaKind::Image, &name, image).await?;
    println!("uploaded {name}: media_id {:?}", uploaded.media_id);

    let date = std::env::args()
        .nth(2)
        .unwrap_or_else(|| "2026-11-21".into());
    let bill = client
        .send(&ApplyTradeBill::new(date.clone()).tar_type(TarType::Gzip))
        .await?;
    let path = format!("tradebill-{date}.csv");
    let bytes = client
        .download_bill_to_file(&bill.file(), true, &path)
        .await?;
    println!(
        "downloaded {path}: {bytes} bytes, SHA-1 {} checked",
        bill.hash_value
    );
    Ok(())
}
