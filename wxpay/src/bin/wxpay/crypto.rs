//! `wxpay encrypt` / `wxpay decrypt`: sensitive fields (RSA-OAEP).

use clap::Args;
use wxpay::{Clock as _, SystemClock};

use crate::config::ConfigArgs;
use crate::failure::Failure;
use crate::io::{arg_or_stdin, outln};

#[derive(Debug, Args)]
#[command(after_help = "\
Prints the base64 ciphertext, then the `Wechatpay-Serial: …` header that must accompany it.

Example:
  wxpay encrypt '张三'
  printf '%s' \"$NAME\" | wxpay encrypt -     # keeps the value out of the process list")]
pub struct EncryptArgs {
    /// The plain text (`-` reads it from standard input)
    text: String,
}

#[derive(Debug, Args)]
#[command(after_help = "\
Example:
  wxpay decrypt 'eOd0Gp8Yl3Nl…'")]
pub struct DecryptArgs {
    /// The base64 ciphertext of a sensitive answer field (`-` reads it from standard input)
    ciphertext: String,
}

pub fn encrypt(cfg: &ConfigArgs, a: EncryptArgs) -> Result<(), Failure> {
    let text = arg_or_stdin(&a.text)?;
    // As `Client::encrypt`: the public key when configured, else the newest valid certificate.
    let (serial, key) = cfg
        .key_store()?
        .encryption_key(SystemClock.now())
        .ok_or_else(|| {
            Failure::usage("no WeChat Pay public key or valid platform certificate to encrypt with")
        })?;
    outln(&key.encrypt_oaep(&text)?);
    outln(&format!("Wechatpay-Serial: {serial}"));
    Ok(())
}

pub fn decrypt(cfg: &ConfigArgs, a: DecryptArgs) -> Result<(), Failure> {
    let ciphertext = arg_or_stdin(&a.ciphertext)?;
    let plain = cfg
        .merchant_key()?
        .decrypt_oaep(ciphertext.trim())
        .map_err(|e| {
            Failure::from(e)
                .note("it must be a field WeChat Pay encrypted with the merchant's public key")
        })?;
    outln(plain.as_str());
    Ok(())
}
