//! `wxpay`: the WeChat Pay APIv3 command-line tool (feature `cli`).
//!
//! Signs and sends calls, downloads platform certificates, verifies saved notifications and
//! answers, shows exactly what a request signature covers, encrypts and decrypts sensitive
//! fields, and runs the sandbox as a standalone server. Reads the same `WXPAY_*` variables as
//! `Client::from_env()`; flags override them.

mod call;
mod certificates;
mod config;
mod crypto;
mod failure;
mod io;
mod notify;
mod sandbox;
mod sign;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config::ConfigArgs;
use crate::failure::Failure;

const AFTER_HELP: &str = "\
Configuration (flags override the variables):
  WXPAY_MCHID          --mchid           merchant id (商户号)
  WXPAY_MCH_SERIAL     --serial          merchant API certificate serial
  WXPAY_PRIVATE_KEY    --private-key     path to the merchant private key PEM (apiclient_key.pem)
  WXPAY_PUBLIC_KEY     --public-key      path to the WeChat Pay public key PEM
  WXPAY_PUBLIC_KEY_ID  --public-key-id   its id, PUB_KEY_ID_…
  WXPAY_PLATFORM_CERT  --platform-cert   path to a platform certificate PEM (certificate mode)
  WXPAY_APIV3_KEY      --apiv3-key       the APIv3 key (prefer the variable: flags show in `ps`)
  WXPAY_BRAND_ID       --brand-id        brand id, for the Brand API
  WXPAY_BASE_URL       --base-url        default https://api.mch.weixin.qq.com

Exit status: 0 success, 1 WeChat Pay error or failed verification, 2 usage or configuration.

Try it without an account:
  wxpay sandbox              # prints `export WXPAY_…` lines for a local emulator";

/// The WeChat Pay APIv3 command-line tool.
#[derive(Debug, Parser)]
#[command(
    name = "wxpay",
    version,
    about = "WeChat Pay APIv3 from the command line: call, verify, sign, encrypt, and a local sandbox",
    after_help = AFTER_HELP
)]
struct Cli {
    #[command(flatten)]
    config: ConfigArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Sign and send a request, verify the answer and print its JSON.
    Call(call::CallArgs),
    /// Platform certificates (certificate mode).
    #[command(subcommand)]
    Certificates(certificates::CertificatesCommand),
    /// Saved notifications (callbacks).
    #[command(subcommand)]
    Notify(notify::NotifyCommand),
    /// Print the message a request signature covers and the `Authorization` header.
    Sign(sign::SignArgs),
    /// Verify the signature of a saved answer (headers and body files).
    Verify(notify::VerifyArgs),
    /// Encrypt a sensitive field for WeChat Pay (RSA-OAEP with the WeChat Pay public key or
    /// platform certificate).
    Encrypt(crypto::EncryptArgs),
    /// Decrypt a sensitive field of an answer with the merchant private key.
    Decrypt(crypto::DecryptArgs),
    /// Run the WeChat Pay sandbox on 127.0.0.1 until Ctrl-C, printing its credentials.
    Sandbox(sandbox::SandboxArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => return report(&Failure::failed(format!("cannot start the runtime: {e}"))),
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => report(&f),
    }
}

async fn run(cli: Cli) -> Result<(), Failure> {
    let cfg = &cli.config;
    match cli.command {
        Command::Call(a) => call::run(cfg, a).await,
        Command::Certificates(c) => certificates::run(cfg, c).await,
        Command::Notify(c) => notify::run(cfg, c),
        Command::Sign(a) => sign::run(cfg, a),
        Command::Verify(a) => notify::verify(cfg, a),
        Command::Encrypt(a) => crypto::encrypt(cfg, a),
        Command::Decrypt(a) => crypto::decrypt(cfg, a),
        Command::Sandbox(a) => sandbox::run(a).await,
    }
}

fn report(f: &Failure) -> ExitCode {
    eprintln!("error: {}", f.message);
    for note in &f.notes {
        eprintln!("  {note}");
    }
    ExitCode::from(f.code)
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory as _;

    #[test]
    fn clap_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
