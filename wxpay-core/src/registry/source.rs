//! Where merchants' credentials come from: [`MerchantCredentials`] and the [`CredentialSource`]
//! trait, with the environment and directory sources.

use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;

use crate::client::{Client, ClientBuilder};
use crate::keys::MerchantKey;
use crate::{Error, KeyError};

/// A boxed future, so that [`CredentialSource`] stays object-safe without extra crates.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// One merchant's credentials, as a [`super::Merchants`] registry takes them: the merchant id
/// and API key with serial, the WeChat Pay public key and/or platform certificates, the APIv3
/// key. The registry adds what all its merchants share (base URL, connection pool, clock,
/// retry policy).
///
/// `Debug` shows the merchant id and serial only; keys are never printed.
#[must_use]
pub struct MerchantCredentials {
    pub(super) builder: ClientBuilder,
    pub(super) certificates_auto: bool,
    pub(super) sub_merchants: Vec<String>,
}

impl fmt::Debug for MerchantCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MerchantCredentials")
            .field("builder", &self.builder)
            .field("sub_merchants", &self.sub_merchants.len())
            .finish_non_exhaustive()
    }
}

impl MerchantCredentials {
    /// A merchant (or a service provider, 服务商) with its id, the serial of its API
    /// certificate and its private key as PEM text (parsed now; a bad key is reported by
    /// [`super::Merchants::insert`], like every other malformed credential).
    pub fn new(mchid: impl Into<String>, serial: impl Into<String>, private_key_pem: &str) -> Self {
        Self::from_builder(
            Client::builder()
                .mchid(mchid)
                .merchant_serial(serial)
                .private_key_pem(private_key_pem),
        )
    }

    /// Like [`MerchantCredentials::new`] with a key already loaded.
    pub fn with_key(mchid: impl Into<String>, serial: impl Into<String>, key: MerchantKey) -> Self {
        Self::from_builder(
            Client::builder()
                .mchid(mchid)
                .merchant_serial(serial)
                .private_key(key),
        )
    }

    fn from_builder(builder: ClientBuilder) -> Self {
        Self {
            builder,
            certificates_auto: false,
            sub_merchants: Vec::new(),
        }
    }

    /// The same variables as [`Client::builder_from_vars`] (`WXPAY_MCHID`, `WXPAY_MCH_SERIAL`,
    /// `WXPAY_PRIVATE_KEY` …), read through `var`. `WXPAY_BASE_URL` is the registry's to set.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<Self, Error> {
        Ok(Self::from_builder(Client::builder_from_vars(var)?))
    }

    /// [`MerchantCredentials::from_vars`] over the process environment, as
    /// [`Client::from_env`] reads it.
    pub fn from_env() -> Result<Self, Error> {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    /// The merchant id.
    pub fn mchid(&self) -> &str {
        self.builder.mchid_ref().unwrap_or_default()
    }

    /// The WeChat Pay public key (public-key mode): its id `PUB_KEY_ID_…` and PEM.
    pub fn wechatpay_public_key(mut self, id: impl Into<String>, pem: &str) -> Self {
        self.builder = self.builder.wechatpay_public_key(id, pem);
        self
    }

    /// A platform certificate PEM (certificate mode); may be called several times.
    pub fn platform_certificate_pem(mut self, pem: &str) -> Self {
        self.builder = self.builder.platform_certificate_pem(pem);
        self
    }

    /// Certificate mode with downloads: the certificates are fetched at first use and then
    /// refreshed by the registry's one background refresher. Needs the APIv3 key.
    pub fn platform_certificates_auto(mut self) -> Self {
        self.certificates_auto = true;
        self
    }

    /// The APIv3 key (32 bytes): notifications and certificate downloads.
    pub fn apiv3_key(mut self, key: impl AsRef<[u8]>) -> Self {
        self.builder = self.builder.apiv3_key(key);
        self
    }

    /// The brand id for Brand API endpoints.
    pub fn brand_id(mut self, brand_id: impl Into<String>) -> Self {
        self.builder = self.builder.brand_id(brand_id);
        self
    }

    /// For a service provider (服务商) or platform (收付通): the sub-merchants (`sub_mchid`)
    /// it serves, so that [`super::Merchants::sub_merchant`] finds its client.
    pub fn sub_merchants<I, S>(mut self, sub_mchids: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.sub_merchants
            .extend(sub_mchids.into_iter().map(Into::into));
        self
    }
}

/// Where a registry finds a merchant it does not hold yet: your database, secret store or
/// configuration service. Called on first use of a merchant id (concurrent first uses of one
/// id wait for one call), never on the request path of a merchant already held.
///
/// Closures `Fn(String) -> impl Future<Output = Result<Option<MerchantCredentials>, Error>>`
/// implement it. Return `Ok(None)` for a merchant you do not serve; wrap your own failures
/// with [`Error::credential_source`] (and keep secrets out of their messages).
pub trait CredentialSource: Send + Sync + 'static {
    /// The credentials of `mchid`, `None` if this source does not know it.
    fn load<'a>(
        &'a self,
        mchid: &'a str,
    ) -> BoxFuture<'a, Result<Option<MerchantCredentials>, Error>>;
}

impl<F, Fut> CredentialSource for F
where
    F: Fn(String) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Option<MerchantCredentials>, Error>> + Send + 'static,
{
    fn load<'a>(
        &'a self,
        mchid: &'a str,
    ) -> BoxFuture<'a, Result<Option<MerchantCredentials>, Error>> {
        Box::pin(self(mchid.to_owned()))
    }
}

/// Merchants from environment variables: `WXPAY_MCHID` and the other `WXPAY_*` variables of
/// [`Client::from_env`] for one merchant, and for any other merchant id `M` the same names
/// with `_M` appended (`WXPAY_MCH_SERIAL_1900000109`, `WXPAY_PRIVATE_KEY_1900000109` …).
#[derive(Debug, Clone, Copy, Default)]
pub struct EnvSource;

impl CredentialSource for EnvSource {
    fn load<'a>(
        &'a self,
        mchid: &'a str,
    ) -> BoxFuture<'a, Result<Option<MerchantCredentials>, Error>> {
        Box::pin(async move { from_suffixed_vars(mchid, |name| std::env::var(name).ok()) })
    }
}

fn from_suffixed_vars(
    mchid: &str,
    var: impl Fn(&str) -> Option<String>,
) -> Result<Option<MerchantCredentials>, Error> {
    let var = |name: &str| var(name).filter(|v| !v.is_empty());
    if var("WXPAY_MCHID").as_deref() == Some(mchid) {
        return MerchantCredentials::from_vars(var).map(Some);
    }
    if var(&format!("WXPAY_MCH_SERIAL_{mchid}")).is_none() {
        return Ok(None);
    }
    MerchantCredentials::from_vars(|name| match name {
        "WXPAY_MCHID" => Some(mchid.to_owned()),
        "WXPAY_BASE_URL" => None,
        _ => var(&format!("{name}_{mchid}")),
    })
    .map(Some)
}

/// Merchants from a directory: `ROOT/<mchid>/wxpay.env` holds `NAME=VALUE` lines with the
/// `WXPAY_*` names of [`Client::from_env`] (`#` starts a comment); relative key paths are
/// resolved against `ROOT/<mchid>/`. Key files stay where they are, readable only by the
/// service.
#[derive(Debug, Clone)]
pub struct DirSource {
    root: PathBuf,
}

impl DirSource {
    /// A source over `root`.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }
}

/// The variables that name files, resolved against the merchant's directory.
const PATH_VARS: [&str; 3] = [
    "WXPAY_PRIVATE_KEY",
    "WXPAY_PUBLIC_KEY",
    "WXPAY_PLATFORM_CERT",
];

impl CredentialSource for DirSource {
    fn load<'a>(
        &'a self,
        mchid: &'a str,
    ) -> BoxFuture<'a, Result<Option<MerchantCredentials>, Error>> {
        Box::pin(async move {
            // A merchant id is one path segment of digits: never `..` or a separator.
            if mchid.is_empty() || !mchid.bytes().all(|b| b.is_ascii_alphanumeric()) {
                return Ok(None);
            }
            let dir = self.root.join(mchid);
            let file = dir.join("wxpay.env");
            let text = match std::fs::read_to_string(&file) {
                Ok(t) => zeroize::Zeroizing::new(t),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
                Err(e) => {
                    return Err(Error::from(KeyError::Io {
                        path: file.display().to_string(),
                        reason: e.kind().to_string(),
                    }));
                }
            };
            let vars = parse_env_file(&text, &dir);
            let creds = MerchantCredentials::from_vars(|name| vars.get(name).cloned())?;
            if creds.mchid() != mchid {
                return Err(Error::config(format!(
                    "{} names merchant `{}`, not `{mchid}`",
                    file.display(),
                    creds.mchid()
                )));
            }
            Ok(Some(creds))
        })
    }
}

fn parse_env_file(text: &str, dir: &Path) -> HashMap<String, String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| {
            let (k, v) = (k.trim(), v.trim().trim_matches('"'));
            let v = if PATH_VARS.contains(&k) && Path::new(v).is_relative() {
                dir.join(v).display().to_string()
            } else {
                v.to_owned()
            };
            (k.to_owned(), v)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixed_variables_name_other_merchants() {
        let vars: HashMap<&str, &str> = [
            ("WXPAY_MCHID", "1"),
            ("WXPAY_MCH_SERIAL_2", "S2"),
            ("WXPAY_PRIVATE_KEY_2", "/nonexistent/key.pem"),
        ]
        .into_iter()
        .collect();
        let var = |n: &str| vars.get(n).map(|v| (*v).to_owned());
        assert!(from_suffixed_vars("3", var).unwrap().is_none());
        // The key file is read now: a missing one is a key error naming the path, not a secret.
        let e = from_suffixed_vars("2", var).unwrap_err();
        assert!(e.to_string().contains("/nonexistent/key.pem"), "{e}");
    }

    #[test]
    fn env_files_resolve_relative_paths() {
        let m = parse_env_file(
            "# comment\nWXPAY_MCHID=7\nWXPAY_PRIVATE_KEY=key.pem\nWXPAY_APIV3_KEY=\"k\"\n",
            Path::new("/d/7"),
        );
        assert_eq!(m["WXPAY_PRIVATE_KEY"], "/d/7/key.pem");
        assert_eq!(m["WXPAY_APIV3_KEY"], "k");
        assert_eq!(m["WXPAY_MCHID"], "7");
    }
}
