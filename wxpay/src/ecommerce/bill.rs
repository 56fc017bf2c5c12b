//! Bills of second-level merchants (电商收付通账单): `/v3/ecommerce/bill/…`.

use serde::{Deserialize, Serialize};

use crate::Ciphertext;
use crate::endpoint;
use crate::model::wire_enum;

/// `GET /v3/ecommerce/bill/fundflowbill`
///
/// Asks for a day's funds flow bill of the second-level merchants (申请二级商户资金账单).
/// Answers encrypted files: each `encrypt_key` is RSA-encrypted with the merchant's key and
/// decrypts the file with AES-256-GCM and `nonce`.
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/bill/chapter3_5.shtml).
#[endpoint(GET, "/v3/ecommerce/bill/fundflowbill", response = SubMerchantFundFlowBill)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplySubMerchantFundFlowBill {
    /// The day, `YYYY-MM-DD` (账单日期).
    pub bill_date: String,
    /// Which accounts (资金账户类型).
    pub account_type: BillAccountType,
    /// Compression, `GZIP` (压缩类型).
    pub tar_type: Option<String>,
    /// Encryption of the files, `AEAD_AES_256_GCM` (加密算法).
    pub algorithm: String,
}

/// The answer of [`ApplySubMerchantFundFlowBill`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubMerchantFundFlowBill {
    /// Number of files (下载信息总数).
    pub download_bill_count: i64,
    /// The files (下载信息明细).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub download_bill_list: Option<Vec<EncryptedBill>>,
}

/// One encrypted bill file (下载信息明细).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EncryptedBill {
    /// Sequence number, from 1 (账单文件序号).
    pub bill_sequence: i64,
    /// Hash algorithm, `SHA1` (哈希类型).
    pub hash_type: String,
    /// Hash of the decrypted file (哈希值).
    pub hash_value: String,
    /// Download URL (账单下载地址).
    pub download_url: String,
    /// AES key of the file, RSA-encrypted with the merchant's key (加密密钥).
    pub encrypt_key: Ciphertext,
    /// AES-GCM nonce (随机字符串).
    pub nonce: String,
}

wire_enum! {
    /// Which accounts a bill covers (资金账户类型).
    pub enum BillAccountType {
        /// `ALL`: every account.
        All = "ALL",
        /// `BASIC`: basic account.
        Basic = "BASIC",
        /// `OPERATION`: operation account.
        Operation = "OPERATION",
        /// `FEES`: fees account.
        Fees = "FEES",
    }
}
