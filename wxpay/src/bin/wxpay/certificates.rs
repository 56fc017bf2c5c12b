//! `wxpay certificates download`: fetch, verify, decrypt and save the platform certificates.

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use clap::{Args, Subcommand};

use crate::config::ConfigArgs;
use crate::failure::Failure;
use crate::io::{outln, utc};

#[derive(Debug, Subcommand)]
pub enum CertificatesCommand {
    /// Download, verify and decrypt the platform certificates and save them as PEM files
    /// (`DIR/wechatpay_<serial>.pem`). Needs the APIv3 key.
    Download(DownloadArgs),
}

#[derive(Debug, Args)]
#[command(after_help = "\
Example:
  wxpay certificates download --out ./certs
  export WXPAY_PLATFORM_CERT=./certs/wechatpay_<serial>.pem

Merchants that opened their account after WeChat Pay introduced public keys have no platform
certificate (the download answers 404): use the WeChat Pay public key (PUB_KEY_ID_…) instead.")]
pub struct DownloadArgs {
    /// The folder to write the PEM files to (created if needed)
    #[arg(long, value_name = "DIR", default_value = ".")]
    out: PathBuf,
}

pub async fn run(cfg: &ConfigArgs, c: CertificatesCommand) -> Result<(), Failure> {
    let CertificatesCommand::Download(a) = c;
    // Certificate mode lets the client build without a trusted key yet: the first download is
    // verified with the certificate it carries (the answer names which).
    let client = cfg
        .client_builder()?
        .platform_certificates_auto(Duration::from_secs(12 * 3600))
        .build()?;
    eprintln!(
        "downloading the platform certificates from {}/v3/certificates …",
        client.base_url()
    );
    let certs = client.download_certificates().await?;
    eprintln!(
        "{} certificate(s), answer signature verified, decrypted with the APIv3 key",
        certs.len()
    );
    std::fs::create_dir_all(&a.out)
        .map_err(|e| Failure::usage(format!("cannot create {}: {e}", a.out.display())))?;
    let now = SystemTime::now();
    for cert in &certs {
        let path = a.out.join(format!("wechatpay_{}.pem", cert.serial()));
        std::fs::write(&path, cert.pem())
            .map_err(|e| Failure::failed(format!("cannot write {}: {e}", path.display())))?;
        let state = if now < cert.not_before() {
            "not yet valid"
        } else if now > cert.not_after() {
            "EXPIRED"
        } else {
            "valid"
        };
        outln(&format!(
            "{}  {} → {}  {state}  {}",
            cert.serial(),
            utc(cert.not_before()),
            utc(cert.not_after()),
            path.display()
        ));
    }
    Ok(())
}
