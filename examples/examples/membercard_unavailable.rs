//! 作废用户会员卡 (membercard-open):
//! `cargo run --example membercard_unavailable -- CARD_ID CODE [REASON]`.
//!
//! Uses `WXPAY_*` from the environment, or the sandbox (with sample values) when unset.

use wxpay::marketing::membercard_open::MakeCardCodeUnavailable;
use wxpay_examples::{arg, client_or_sandbox};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target = client_or_sandbox().await?;
    let request = MakeCardCodeUnavailable::new(
        arg(&target, 1, "CARD_ID", "pbLatjvWOibDc5-TBnbUk1pD12o0")?,
        arg(&target, 2, "CODE", "478515832665")?,
    )
    .reason(
        std::env::args()
            .nth(3)
            .unwrap_or_else(|| "用户违反会员条例".into()),
    );
    match target.client.send(&request).await {
        Ok(()) => {
            println!("204 No Content: the code is unavailable");
            Ok(())
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
