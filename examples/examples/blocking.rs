//! The blocking client (feature `blocking`): `cargo run --example blocking`.
//!
//! The same typed calls without `.await`, for scripts and synchronous frameworks. Uses
//! `WXPAY_*`, or a sandbox running on a runtime of its own.

use wxpay::marketing::busifavor::DeactivateCoupon;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // The sandbox needs a runtime; the blocking client brings its own.
    let rt = tokio::runtime::Runtime::new()?;
    let target = rt.block_on(wxpay_examples::client_or_sandbox())?;
    let client = wxpay::blocking::Client::new(target.client.clone())?;
    let answer = client.send(&DeactivateCoupon::new(
        "sxxe34343434",
        "1234567891",
        "blocking-example",
    ))?;
    println!("deactivated at {}", answer.wechatpay_deactivate_time);
    let certs = client.download_certificates()?;
    println!("{} platform certificate(s)", certs.len());
    Ok(())
}
