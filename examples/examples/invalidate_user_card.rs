//! 作废用户会员卡 (brand partner):
//! `cargo run --example invalidate_user_card -- USER_CARD_CODE BRAND_ID CARD_ID OPENID [REASON]`.
//!
//! Uses `WXPAY_*` from the environment, or the sandbox (with sample values) when unset.

use wxpay::brand::card_member::InvalidateUserCard;
use wxpay_examples::{arg, client_or_sandbox};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target = client_or_sandbox().await?;
    let request = InvalidateUserCard::new(
        arg(&target, 1, "USER_CARD_CODE", "478515832665")?,
        arg(&target, 2, "BRAND_ID", "1004")?,
        arg(&target, 3, "CARD_ID", "pbLatjvWOibDc5-TBnbUk1pD12o0")?,
        arg(&target, 4, "OPENID", "obLatjnx9gnqzS4myYGmLZ7LgLBA")?,
    )
    .invalid_reason(
        std::env::args()
            .nth(5)
            .unwrap_or_else(|| "传入的自定义作废原因".into()),
    );
    match target.client.send(&request).await {
        Ok(card) => {
            println!("{card:#?}");
            if let Some(phone) = &card.phone_number {
                println!("phone_number: {}", target.client.decrypt(phone)?.as_str());
            }
            Ok(())
        }
        Err(e) => {
            eprintln!("error: {e}");
            if let Some(api) = e.api() {
                eprintln!("detail: {:?}", api.detail);
            }
            std::process::exit(1);
        }
    }
}
