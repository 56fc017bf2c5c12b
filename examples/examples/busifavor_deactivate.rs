//! 使券失效 (busifavor):
//! `cargo run --example busifavor_deactivate -- COUPON_CODE STOCK_ID DEACTIVATE_REQUEST_NO [REASON]`.
//!
//! Uses `WXPAY_*` from the environment, or the sandbox (with sample values) when unset.
//! Safe to run twice: the request number makes the call idempotent.

use wxpay::marketing::busifavor::DeactivateCoupon;
use wxpay_examples::{arg, client_or_sandbox};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target = client_or_sandbox().await?;
    let request = DeactivateCoupon::new(
        arg(&target, 1, "COUPON_CODE", "sxxe34343434")?,
        arg(&target, 2, "STOCK_ID", "1234567891")?,
        arg(
            &target,
            3,
            "DEACTIVATE_REQUEST_NO",
            "1002600620019090123143254436",
        )?,
    )
    .deactivate_reason(
        std::env::args()
            .nth(4)
            .unwrap_or_else(|| "此券使用时间设置错误".into()),
    );
    match target.client.send(&request).await {
        Ok(answer) => {
            println!("deactivated at {}", answer.wechatpay_deactivate_time);
            Ok(())
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
