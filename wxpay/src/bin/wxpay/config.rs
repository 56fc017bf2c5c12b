//! Credentials: `WXPAY_*` variables, overridden by flags.

use clap::Args;
use wxpay::verifier::KeyStore;
use wxpay::{
    ApiV3Key, Client, ClientBuilder, MerchantKey, PlatformCertificate, Signer, WechatPayPublicKey,
};

use crate::failure::Failure;

/// The credential flags, accepted before or after the subcommand.
#[derive(Debug, Default, Args)]
#[command(next_help_heading = "Credentials (override the WXPAY_* variables)")]
pub struct ConfigArgs {
    /// Merchant id [env: WXPAY_MCHID]
    #[arg(long, global = true, value_name = "MCHID")]
    mchid: Option<String>,
    /// Merchant API certificate serial [env: WXPAY_MCH_SERIAL]
    #[arg(long, global = true, value_name = "SERIAL")]
    serial: Option<String>,
    /// Merchant private key PEM file [env: WXPAY_PRIVATE_KEY]
    #[arg(long, global = true, value_name = "FILE")]
    private_key: Option<String>,
    /// WeChat Pay public key PEM file [env: WXPAY_PUBLIC_KEY]
    #[arg(long, global = true, value_name = "FILE")]
    public_key: Option<String>,
    /// WeChat Pay public key id, PUB_KEY_ID_… [env: WXPAY_PUBLIC_KEY_ID]
    #[arg(long, global = true, value_name = "ID")]
    public_key_id: Option<String>,
    /// Platform certificate PEM file [env: WXPAY_PLATFORM_CERT]
    #[arg(long, global = true, value_name = "FILE")]
    platform_cert: Option<String>,
    /// APIv3 key, 32 bytes [env: WXPAY_APIV3_KEY]
    #[arg(long, global = true, value_name = "KEY")]
    apiv3_key: Option<String>,
    /// Brand id for the Brand API [env: WXPAY_BRAND_ID]
    #[arg(long, global = true, value_name = "ID")]
    brand_id: Option<String>,
    /// API base URL [env: WXPAY_BASE_URL] [default: https://api.mch.weixin.qq.com]
    #[arg(long, global = true, value_name = "URL")]
    base_url: Option<String>,
}

impl ConfigArgs {
    /// A `WXPAY_*` value: the flag when given, else the environment (empty counts as unset).
    pub fn var(&self, name: &str) -> Option<String> {
        let flag = match name {
            "WXPAY_MCHID" => &self.mchid,
            "WXPAY_MCH_SERIAL" => &self.serial,
            "WXPAY_PRIVATE_KEY" => &self.private_key,
            "WXPAY_PUBLIC_KEY" => &self.public_key,
            "WXPAY_PUBLIC_KEY_ID" => &self.public_key_id,
            "WXPAY_PLATFORM_CERT" => &self.platform_cert,
            "WXPAY_APIV3_KEY" => &self.apiv3_key,
            "WXPAY_BRAND_ID" => &self.brand_id,
            "WXPAY_BASE_URL" => &self.base_url,
            _ => &None,
        };
        flag.clone()
            .filter(|v| !v.is_empty())
            .or_else(|| std::env::var(name).ok())
            .filter(|v| !v.is_empty())
    }

    fn need(&self, name: &str, flag: &str) -> Result<String, Failure> {
        self.var(name)
            .ok_or_else(|| Failure::usage(format!("`{name}` is not set (or pass `{flag}`)")))
    }

    /// A client builder, exactly as `Client::builder_from_env()` with the flags applied.
    pub fn client_builder(&self) -> Result<ClientBuilder, Failure> {
        Ok(Client::builder_from_vars(|name| self.var(name))?)
    }

    /// The WeChat Pay keys that verify answers and notifications and encrypt sensitive fields.
    pub fn key_store(&self) -> Result<KeyStore, Failure> {
        let mut store = KeyStore::new();
        match (
            self.var("WXPAY_PUBLIC_KEY"),
            self.var("WXPAY_PUBLIC_KEY_ID"),
        ) {
            (Some(path), Some(id)) => {
                store.set_public_key(WechatPayPublicKey::from_pem_file(id, path)?)
            }
            (Some(_), None) => {
                return Err(Failure::usage(
                    "the WeChat Pay public key is set but its id is not (`WXPAY_PUBLIC_KEY_ID` or `--public-key-id`)",
                ));
            }
            (None, Some(_)) => {
                return Err(Failure::usage(
                    "the WeChat Pay public key id is set but the key is not (`WXPAY_PUBLIC_KEY` or `--public-key`)",
                ));
            }
            (None, None) => {}
        }
        if let Some(path) = self.var("WXPAY_PLATFORM_CERT") {
            store.add_certificate(PlatformCertificate::from_pem_file(path)?);
        }
        if store.is_empty() {
            return Err(Failure::usage(
                "no WeChat Pay public key or platform certificate: set `WXPAY_PUBLIC_KEY` and `WXPAY_PUBLIC_KEY_ID`, or `WXPAY_PLATFORM_CERT` (or the matching flags)",
            ));
        }
        Ok(store)
    }

    /// The APIv3 key.
    pub fn apiv3_key(&self) -> Result<ApiV3Key, Failure> {
        Ok(ApiV3Key::new(self.need("WXPAY_APIV3_KEY", "--apiv3-key")?)?)
    }

    /// The merchant private key.
    pub fn merchant_key(&self) -> Result<MerchantKey, Failure> {
        Ok(MerchantKey::from_pem_file(
            self.need("WXPAY_PRIVATE_KEY", "--private-key")?,
        )?)
    }

    /// A signer with the merchant id, serial and key (and the brand id when set).
    pub fn signer(&self) -> Result<Signer, Failure> {
        let mut signer = Signer::new(
            self.need("WXPAY_MCHID", "--mchid")?,
            self.need("WXPAY_MCH_SERIAL", "--serial")?,
            self.merchant_key()?,
        );
        if let Some(brand) = self.var("WXPAY_BRAND_ID") {
            signer = signer.with_brand_id(brand);
        }
        Ok(signer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_override_the_environment() {
        let cfg = ConfigArgs {
            mchid: Some("42".into()),
            base_url: Some(String::new()),
            ..ConfigArgs::default()
        };
        assert_eq!(cfg.var("WXPAY_MCHID").as_deref(), Some("42"));
        // An empty flag counts as unset; an unknown name is never read from the flags.
        assert_eq!(
            cfg.var("WXPAY_BASE_URL"),
            std::env::var("WXPAY_BASE_URL")
                .ok()
                .filter(|v| !v.is_empty())
        );
        assert_eq!(cfg.var("WXPAY_NOT_A_VARIABLE_OF_OURS"), None);
    }
}
