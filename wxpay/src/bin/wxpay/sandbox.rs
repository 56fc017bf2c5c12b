//! `wxpay sandbox`: the WeChat Pay emulator as a standalone server.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use wxpay::sandbox::{Sandbox, SandboxOptions, Trigger, credentials};

use crate::failure::Failure;
use crate::io::{outln, sh_quote};

#[derive(Debug, Args)]
#[command(after_help = "\
Prints `export WXPAY_…` lines with the sandbox's test credentials and URL, for this tool, your
app or another language's client; it checks request signatures as WeChat Pay does and signs its
answers. The test keys are public: never use them elsewhere.

Example:
  wxpay sandbox --port 8765 > sandbox.env &
  . ./sandbox.env && wxpay call POST /v3/marketing/busifavor/coupons/deactivate --json '{…}'
  wxpay sandbox trigger pay ORDER-0001     # the user pays: SUCCESS + notification")]
#[command(args_conflicts_with_subcommands = true)]
pub struct SandboxArgs {
    #[command(subcommand)]
    command: Option<SandboxCommand>,
    /// The port on 127.0.0.1 (0 picks a free one)
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Where to write the key PEM files (default: a temporary folder, removed on exit)
    #[arg(long, value_name = "DIR")]
    keys_dir: Option<PathBuf>,
    /// Emulate a merchant without a WeChat Pay public key (certificate mode only)
    #[arg(long, conflicts_with = "no_platform_certificate")]
    no_public_key: bool,
    /// Emulate a merchant without a platform certificate (public key only; the certificate
    /// download answers 404)
    #[arg(long)]
    no_platform_certificate: bool,
}

#[derive(Debug, Subcommand)]
enum SandboxCommand {
    /// Play the payer's side on a running sandbox (`POST /sandbox/v1/trigger/…`): the order,
    /// refund or transfer changes state and its notification is posted to its notify_url.
    Trigger(TriggerArgs),
}

#[derive(Debug, Args)]
#[command(after_help = "\
Triggers: pay (SUCCESS, posts TRANSACTION.SUCCESS), pay-failed (PAYERROR), close (CLOSED),
refund and refund-abnormal (by out_refund_no; post REFUND.SUCCESS / REFUND.ABNORMAL),
transfer (by out_bill_no; posts MCHTRANSFER.BILL.FINISHED). Unacknowledged notifications are
posted again on WeChat Pay's schedule (15s/15s/30s/3m/10m/20m/30m/30m/30m/60m/3h/3h/3h/6h/6h).

Example:
  wxpay sandbox trigger pay ORDER-0001 --url http://127.0.0.1:8765")]
struct TriggerArgs {
    /// pay, pay-failed, close, refund, refund-abnormal or transfer
    #[arg(value_parser = ["pay", "pay-failed", "close", "refund", "refund-abnormal", "transfer"])]
    what: String,
    /// out_trade_no (pay, pay-failed, close), out_refund_no (refund…) or out_bill_no (transfer)
    number: String,
    /// The running sandbox (default: $WXPAY_BASE_URL, as printed by `wxpay sandbox`)
    #[arg(long)]
    url: Option<String>,
}

pub async fn run(a: SandboxArgs) -> Result<(), Failure> {
    if let Some(SandboxCommand::Trigger(t)) = &a.command {
        return trigger(t).await;
    }
    let options = SandboxOptions {
        public_key: !a.no_public_key,
        platform_certificate: !a.no_platform_certificate,
        ..SandboxOptions::default()
    };
    let (dir, temporary) = match &a.keys_dir {
        Some(d) => (d.clone(), false),
        None => (
            std::env::temp_dir().join(format!("wxpay-sandbox-{}", std::process::id())),
            true,
        ),
    };
    let sandbox = Sandbox::bind_with(SocketAddr::from(([127, 0, 0, 1], a.port)), options)
        .await
        .map_err(|e| Failure::usage(e.to_string()))?;
    let result = serve(&sandbox, &dir, &a).await;
    if temporary {
        let _ = std::fs::remove_dir_all(&dir);
    }
    result
}

async fn trigger(t: &TriggerArgs) -> Result<(), Failure> {
    let url = match &t.url {
        Some(u) => u.clone(),
        None => std::env::var("WXPAY_BASE_URL").map_err(|_| {
            Failure::usage("no sandbox URL: pass --url or set WXPAY_BASE_URL (see `wxpay sandbox`)")
        })?,
    };
    let trigger = Trigger::from_name(&t.what, &t.number)
        .ok_or_else(|| Failure::usage(format!("unknown trigger {}", t.what)))?;
    match trigger.send_to(&url).await {
        Ok(v) => {
            outln(&serde_json::to_string_pretty(&v).unwrap_or_default());
            Ok(())
        }
        Err(wxpay::sandbox::TriggerError::Remote(e)) => Err(Failure::usage(format!(
            "cannot reach the sandbox at {url}: {e}"
        ))),
        Err(e) => Err(Failure::failed(e.to_string())),
    }
}

async fn serve(sandbox: &Sandbox, dir: &Path, a: &SandboxArgs) -> Result<(), Failure> {
    let files = write_keys(dir)?;
    eprintln!(
        "wxpay sandbox listening on {} (test credentials, public: never use them elsewhere)",
        sandbox.base_url()
    );
    let mut vars = vec![
        ("WXPAY_MCHID", credentials::MCHID.to_owned()),
        ("WXPAY_MCH_SERIAL", credentials::MCH_SERIAL.to_owned()),
        ("WXPAY_PRIVATE_KEY", path_text(&files.merchant_key)),
    ];
    if a.no_public_key {
        vars.push(("WXPAY_PLATFORM_CERT", path_text(&files.platform_cert)));
    } else {
        vars.push(("WXPAY_PUBLIC_KEY", path_text(&files.public_key)));
        vars.push(("WXPAY_PUBLIC_KEY_ID", credentials::PUBLIC_KEY_ID.to_owned()));
    }
    vars.push(("WXPAY_APIV3_KEY", credentials::APIV3_KEY.to_owned()));
    vars.push(("WXPAY_BRAND_ID", credentials::BRAND_ID.to_owned()));
    vars.push(("WXPAY_BASE_URL", sandbox.base_url()));
    for (name, value) in vars {
        outln(&format!("export {name}={}", sh_quote(&value)));
    }
    eprintln!("Ctrl-C stops it.");
    shutdown_signal().await;
    eprintln!(
        "sandbox stopped: {} request(s), {} refused with SIGN_ERROR",
        sandbox.requests(),
        sandbox.rejected_signatures()
    );
    Ok(())
}

struct KeyFiles {
    merchant_key: PathBuf,
    public_key: PathBuf,
    platform_cert: PathBuf,
}

fn write_keys(dir: &Path) -> Result<KeyFiles, Failure> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Failure::usage(format!("cannot create {}: {e}", dir.display())))?;
    let files = KeyFiles {
        merchant_key: dir.join("sandbox_merchant_key.pem"),
        public_key: dir.join("sandbox_wechatpay_public_key.pem"),
        platform_cert: dir.join(format!(
            "wechatpay_{}.pem",
            credentials::PLATFORM_CERT_SERIAL
        )),
    };
    for (path, pem) in [
        (&files.merchant_key, credentials::MERCHANT_KEY_PEM),
        (&files.public_key, credentials::WECHATPAY_PUBLIC_KEY_PEM),
        (&files.platform_cert, credentials::PLATFORM_CERT_PEM),
    ] {
        std::fs::write(path, pem)
            .map_err(|e| Failure::usage(format!("cannot write {}: {e}", path.display())))?;
    }
    Ok(files)
}

fn path_text(p: &Path) -> String {
    std::path::absolute(p)
        .unwrap_or_else(|_| p.to_owned())
        .display()
        .to_string()
}

/// Ctrl-C, or SIGTERM on Unix.
async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}
