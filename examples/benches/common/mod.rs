//! Set-up shared by the benches.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use wxpay::MerchantKey;
use wxpay::sandbox::credentials;

/// The DER inside a PEM block.
pub fn pem_der(pem: &str) -> Vec<u8> {
    let body: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    B64.decode(body).expect("PEM body")
}

/// An answer signed by the sandbox's "WeChat Pay" key now, with what verifies it raw and
/// through the SDK.
pub struct SignedAnswer {
    /// The body.
    pub body: &'static [u8],
    /// `timestamp\nnonce\nbody\n`.
    pub msg: Vec<u8>,
    /// The raw signature.
    pub sig: Vec<u8>,
    /// The `Wechatpay-*` headers.
    pub headers: http::HeaderMap,
    /// The public key for AWS-LC directly.
    pub raw: aws_lc_rs::signature::ParsedPublicKey,
    /// The SDK's verifier with the public key.
    pub verifier: wxpay::Verifier,
}

pub fn signed_answer() -> SignedAnswer {
    use aws_lc_rs::signature::{ParsedPublicKey, RSA_PKCS1_2048_8192_SHA256};
    let wechatpay = MerchantKey::from_pem(include_str!(
        "../../../wxpay/src/sandbox/keys/wechatpay_key.pem"
    ))
    .expect("key");
    let body: &'static [u8] = br#"{"wechatpay_deactivate_time":"2020-05-20T13:29:35+08:00"}"#;
    let nonce = "c5ac7061fccab6bf3e254dcf98995b8c";
    let ts = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs()
        .to_string();
    let msg = wxpay::signer::response_message(&ts, nonce, body);
    let sig = wechatpay.sign(&msg).expect("sign");
    let raw = ParsedPublicKey::new(
        &RSA_PKCS1_2048_8192_SHA256,
        pem_der(credentials::WECHATPAY_PUBLIC_KEY_PEM),
    )
    .expect("key");
    let store = wxpay::KeyStore::with_public_key(
        wxpay::WechatPayPublicKey::new(
            credentials::PUBLIC_KEY_ID,
            credentials::WECHATPAY_PUBLIC_KEY_PEM,
        )
        .expect("key"),
    );
    let verifier = wxpay::Verifier::new(std::sync::Arc::new(store));
    let mut headers = http::HeaderMap::new();
    for (name, value) in [
        ("wechatpay-timestamp", ts.clone()),
        ("wechatpay-nonce", nonce.to_owned()),
        ("wechatpay-signature", B64.encode(&sig)),
        ("wechatpay-serial", credentials::PUBLIC_KEY_ID.to_owned()),
    ] {
        headers.insert(name, value.parse().expect("header"));
    }
    SignedAnswer {
        body,
        msg,
        sig,
        headers,
        raw,
        verifier,
    }
}
