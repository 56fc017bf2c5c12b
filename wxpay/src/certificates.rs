//! Platform certificates (平台证书): `GET /v3/certificates`.
//!
//! Merchants verifying with platform certificates rather than the WeChat Pay public key
//! download them here; the client's platform-certificate mode does so by itself.

use serde::{Deserialize, Serialize};

use crate::endpoint;

/// `GET /v3/certificates`
///
/// Lists the platform certificates in force, each encrypted with the APIv3 key
/// (下载平台证书). Decrypt `encrypt_certificate` with `AEAD_AES_256_GCM` and the APIv3 key.
///
/// Official docs: [merchant API index](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(GET, "/v3/certificates", response = CertificateList)]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListCertificates {
    /// Algorithm of the certificates: `RSA` (default) or `SM2` (证书算法类型).
    pub algorithm_type: Option<String>,
}

/// The answer of [`ListCertificates`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CertificateList {
    /// The certificates (平台证书列表).
    pub data: Vec<Certificate>,
}

/// A platform certificate, encrypted (平台证书).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certificate {
    /// Serial number, hex (证书序列号).
    pub serial_no: String,
    /// Valid from, RFC 3339 (证书启用时间).
    pub effective_time: String,
    /// Valid until, RFC 3339 (证书弃用时间).
    pub expire_time: String,
    /// The PEM, encrypted (证书信息).
    pub encrypt_certificate: EncryptCertificate,
}

/// A certificate encrypted with the APIv3 key (证书信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EncryptCertificate {
    /// `AEAD_AES_256_GCM` (加密算法).
    pub algorithm: String,
    /// Nonce (加密使用的随机串).
    pub nonce: String,
    /// Associated data, `certificate` (加密证书的附加数据).
    pub associated_data: String,
    /// The encrypted PEM, base64 (加密后的证书内容).
    pub ciphertext: String,
}
