//! The three seed endpoints, end to end: `cargo run --example quickstart`.
//!
//! Without `WXPAY_*` variables it starts the in-process sandbox (which verifies signatures as
//! WeChat Pay does and signs its answers). With them it calls the real API, but only when
//! `WXPAY_QUICKSTART_LIVE=1` is also set: invalidating a card cannot be undone.

use wxpay::brand::card_member::InvalidateUserCard;
use wxpay::marketing::busifavor::DeactivateCoupon;
use wxpay::marketing::membercard_open::MakeCardCodeUnavailable;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target = wxpay_examples::client_or_sandbox().await?;
    if target.is_live() && std::env::var("WXPAY_QUICKSTART_LIVE").as_deref() != Ok("1") {
        eprintln!(
            "refusing to invalidate sample cards on the real API; set WXPAY_QUICKSTART_LIVE=1 to do it anyway"
        );
        std::process::exit(2);
    }
    let client = &target.client;

    // 1. 作废用户会员卡 (brand partner): POST …/user-cards/{user_card_code}/invalidate → UserCard
    let card = client
        .send(
            &InvalidateUserCard::new(
                "478515832665",
                "1004",
                "pbLatjvWOibDc5-TBnbUk1pD12o0",
                "obLatjnx9gnqzS4myYGmLZ7LgLBA",
            )
            .invalid_reason("传入的自定义作废原因"),
        )
        .await?;
    println!(
        "InvalidateUserCard → card {} is {}",
        card.user_card_code, card.user_card_state
    );
    if let Some(phone) = &card.phone_number {
        // Sensitive fields arrive RSA-OAEP encrypted for the merchant key.
        println!(
            "  phone_number (decrypted): {}",
            client.decrypt(phone)?.as_str()
        );
    }

    // 2. 作废用户会员卡 (membercard-open): answers 204 No Content.
    client
        .send(
            &MakeCardCodeUnavailable::new("pbLatjvWOibDc5-TBnbUk1pD12o0", "478515832665")
                .reason("用户违反会员条例"),
        )
        .await?;
    println!("MakeCardCodeUnavailable → 204 No Content (signature verified)");

    // 3. 使券失效 (busifavor): idempotent by deactivate_request_no.
    let answer = client
        .send(
            &DeactivateCoupon::new("sxxe34343434", "1234567891", "1002600620019090123143254436")
                .deactivate_reason("此券使用时间设置错误"),
        )
        .await?;
    println!(
        "DeactivateCoupon → deactivated at {}",
        answer.wechatpay_deactivate_time
    );

    // An API error is typed: status, code, message, detail, Request-ID.
    let again = client
        .send(&InvalidateUserCard::new(
            "478515832665",
            "1004",
            "pbLatjvWOibDc5-TBnbUk1pD12o0",
            "obLatjnx9gnqzS4myYGmLZ7LgLBA",
        ))
        .await;
    match again {
        Err(e) if e.is_api() => println!("InvalidateUserCard again → {e}"),
        other => println!("InvalidateUserCard again → {other:?}"),
    }
    Ok(())
}
