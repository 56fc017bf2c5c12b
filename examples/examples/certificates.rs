//! Platform certificates: `cargo run --example certificates`.
//!
//! Downloads `GET /v3/certificates`, decrypts each certificate with the APIv3 key, checks its
//! serial and verifies the download, then shows certificate mode (download at first use,
//! background refresh) working for a call. Uses `WXPAY_*` or the sandbox.

use std::time::Duration;

use wxpay::marketing::busifavor::DeactivateCoupon;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target = wxpay_examples::client_or_sandbox().await?;
    match target.client.download_certificates().await {
        Ok(certs) => {
            for c in &certs {
                let until = c
                    .not_after()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs());
                println!(
                    "certificate {} valid until unix time {}",
                    c.serial(),
                    until.unwrap_or(0)
                );
            }
        }
        // A merchant with only a WeChat Pay public key: the error says to configure it.
        Err(e) => println!("{e}"),
    }
    let Some(sandbox) = &target.sandbox else {
        return Ok(());
    };
    let client = sandbox
        .client_builder_without_keys()
        .platform_certificates_auto(Duration::from_secs(12 * 3600))
        .build()?;
    let answer = client
        .send(&DeactivateCoupon::new(
            "sxxe34343434",
            "1234567891",
            "certificates-example",
        ))
        .await?;
    println!(
        "certificate mode: answer verified with {:?}, deactivated at {}",
        client
            .verifier()
            .keys()
            .certificates()
            .first()
            .map(|c| c.serial().to_owned()),
        answer.wechatpay_deactivate_time
    );
    Ok(())
}
