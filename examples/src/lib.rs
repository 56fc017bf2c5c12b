//! Shared set-up of the wxpay examples (the programs are in `examples/examples/`).
//!
//! Every example runs against the real WeChat Pay API when `WXPAY_MCHID` (and the other
//! `WXPAY_*` variables) are set, and against the in-process sandbox otherwise.

use wxpay::Client;
use wxpay::sandbox::Sandbox;

/// Where the example's calls go.
pub struct Target {
    /// The client to use.
    pub client: Client,
    /// The sandbox, kept alive while the example runs (`None` against the real API).
    pub sandbox: Option<Sandbox>,
}

impl Target {
    /// Whether the calls go to the real API.
    pub fn is_live(&self) -> bool {
        self.sandbox.is_none()
    }
}

/// A client from `WXPAY_*` when set, else a fresh sandbox and its client.
pub async fn client_or_sandbox() -> Result<Target, Box<dyn std::error::Error>> {
    if Client::env_configured() {
        let client = Client::from_env()?;
        eprintln!(
            "using the WeChat Pay API at {} (WXPAY_* is set)",
            client.base_url()
        );
        Ok(Target {
            client,
            sandbox: None,
        })
    } else {
        let sandbox = Sandbox::start().await?;
        eprintln!(
            "WXPAY_MCHID is not set: using the in-process sandbox at {}",
            sandbox.base_url()
        );
        Ok(Target {
            client: sandbox.client(),
            sandbox: Some(sandbox),
        })
    }
}

/// The `n`-th command-line argument, or `default` against the sandbox; required when live.
pub fn arg(target: &Target, n: usize, name: &str, default: &str) -> Result<String, String> {
    match std::env::args().nth(n) {
        Some(v) => Ok(v),
        None if !target.is_live() => Ok(default.to_owned()),
        None => Err(format!(
            "argument {n} (`{name}`) is required against the real API"
        )),
    }
}
