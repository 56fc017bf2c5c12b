//! The Brand API scheme: `cargo run --example brand`.
//!
//! Endpoints under `/brand/…` sign with `WECHATPAY-BRAND-SHA256-RSA2048 brand_id="…"` instead of
//! the merchant scheme; declare them with `auth = brand` and set the brand id on the client
//! (`WXPAY_BRAND_ID`). Against the sandbox (which implements no `/brand/` route) the signed
//! `404 NOT_FOUND` shows the brand signature was accepted, and a wrong brand id is refused.

use wxpay::endpoint;

/// A Brand API call declared on the spot.
#[endpoint(GET, "/brand/partner/brands/<brand_id>", auth = brand, response = serde_json::Value)]
pub struct GetBrand {
    /// The brand.
    pub brand_id: String,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target = wxpay_examples::client_or_sandbox().await?;
    let brand_id = std::env::var("WXPAY_BRAND_ID").unwrap_or_else(|_| "1004".into());
    match target.client.send(&GetBrand { brand_id }).await {
        Ok(v) => println!("{v:#}"),
        Err(e) => println!("{e}"),
    }
    if let Some(sandbox) = &target.sandbox {
        let wrong = sandbox.client_builder().brand_id("9999").build()?;
        match wrong
            .send(&GetBrand {
                brand_id: "9999".into(),
            })
            .await
        {
            Ok(_) => println!("unexpected success"),
            Err(e) => println!("wrong brand id: {e}"),
        }
    }
    Ok(())
}
