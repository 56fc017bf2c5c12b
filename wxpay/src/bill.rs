//! Bills (账单): `/v3/bill/…` answer where to download a bill and its hash; the download
//! itself (hash-checked) is [`crate::Client`]'s.

use serde::{Deserialize, Serialize};

use crate::endpoint;
use crate::model::wire_enum;

wire_enum! {
    /// Which trades a trade bill lists (账单类型).
    pub enum BillType {
        /// `ALL`: every trade except refunds (所有订单信息).
        All = "ALL",
        /// `SUCCESS`: paid trades (成功支付的订单).
        Success = "SUCCESS",
        /// `REFUND`: refunds (退款订单).
        Refund = "REFUND",
        /// `ALL_SPECIAL`: everything, special merchants (全部订单，特殊商户).
        AllSpecial = "ALL_SPECIAL",
        /// `SUC_SPECIAL`: paid trades, special merchants.
        SucSpecial = "SUC_SPECIAL",
        /// `REF_SPECIAL`: refunds, special merchants.
        RefSpecial = "REF_SPECIAL",
    }
}

wire_enum! {
    /// Which account a fund-flow bill covers (资金账户类型).
    pub enum AccountType {
        /// `BASIC`: the basic account (基本账户).
        Basic = "BASIC",
        /// `OPERATION`: the operation account (运营账户).
        Operation = "OPERATION",
        /// `FEES`: the fees account (手续费账户).
        Fees = "FEES",
    }
}

wire_enum! {
    /// Compression of the bill file (压缩类型).
    pub enum TarType {
        /// `GZIP`: gzip; without it the file is plain text.
        Gzip = "GZIP",
    }
}

/// `GET /v3/bill/tradebill`
///
/// Asks for a day's trade bill (申请交易账单): the answer says where to download it.
///
/// Official docs: [merchant API index](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(GET, "/v3/bill/tradebill", response = BillResponse)]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TradeBill {
    /// The day, `yyyy-MM-DD`, within three months (账单日期).
    pub bill_date: String,
    /// The sub-merchant id, service-provider mode (子商户号).
    pub sub_mchid: Option<String>,
    /// Which trades; `ALL` when absent (账单类型).
    pub bill_type: Option<BillType>,
    /// Compression (压缩类型).
    pub tar_type: Option<TarType>,
}

/// `GET /v3/bill/fundflowbill`
///
/// Asks for a day's fund-flow bill (申请资金账单).
///
/// Official docs: [merchant API index](https://pay.weixin.qq.com/doc/v3/merchant/).
#[endpoint(GET, "/v3/bill/fundflowbill", response = BillResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FundFlowBill {
    /// The day, `yyyy-MM-DD` (账单日期).
    pub bill_date: String,
    /// Which account; `BASIC` when absent (资金账户类型).
    pub account_type: Option<AccountType>,
    /// Compression (压缩类型).
    pub tar_type: Option<TarType>,
}

wire_enum! {
    /// Hash algorithm of a bill file (哈希类型).
    pub enum HashType {
        /// `SHA1`.
        Sha1 = "SHA1",
    }
}

/// Where to download a bill (账单下载信息): the answer of [`TradeBill`] and [`FundFlowBill`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BillResponse {
    /// Hash algorithm (哈希类型).
    pub hash_type: HashType,
    /// Hash of the file, hex (哈希值).
    pub hash_value: String,
    /// Download URL, valid for 5 minutes, fetched with a signed GET (账单下载地址).
    pub download_url: String,
}

wire_enum! {
    /// Encryption of the sub-merchant bill files (加密算法).
    pub enum BillAlgorithm {
        /// `AEAD_AES_256_GCM`.
        AeadAes256Gcm = "AEAD_AES_256_GCM",
        /// `SM4_GCM`.
        Sm4Gcm = "SM4_GCM",
    }
}

/// `GET /v3/bill/sub-merchant-fundflowbill`
///
/// Asks for a sub-merchant's fund-flow bill, service providers only (申请单个子商户资金账单).
/// The bill comes in encrypted parts; each part's key is encrypted with the merchant key.
///
/// Official docs: [partner API index](https://pay.weixin.qq.com/doc/v3/partner/).
#[endpoint(GET, "/v3/bill/sub-merchant-fundflowbill", response = SubMerchantFundFlowBillResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubMerchantFundFlowBill {
    /// The sub-merchant id (子商户号).
    pub sub_mchid: String,
    /// The day, `yyyy-MM-DD` (账单日期).
    pub bill_date: String,
    /// Which account (资金账户类型).
    pub account_type: AccountType,
    /// Encryption of the files (加密算法).
    pub algorithm: BillAlgorithm,
    /// Compression (压缩类型).
    pub tar_type: Option<TarType>,
}

/// One encrypted part of a sub-merchant bill (下载信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EncryptedBillPart {
    /// Part number, from 1 (账单文件序号).
    pub bill_sequence: i64,
    /// Download URL (下载地址).
    pub download_url: String,
    /// The part's key, encrypted with the merchant's public key (加密密钥).
    pub encrypt_key: crate::Ciphertext,
    /// Hash algorithm (哈希类型).
    pub hash_type: HashType,
    /// Hash of the decrypted file (哈希值).
    pub hash_value: String,
    /// The part's AES-GCM nonce (随机字符串).
    pub nonce: String,
}

/// The answer of [`SubMerchantFundFlowBill`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubMerchantFundFlowBillResponse {
    /// Number of parts (下载信息总数).
    pub download_bill_count: i64,
    /// The parts (下载信息明细).
    pub download_bill_list: Vec<EncryptedBillPart>,
}

impl BillResponse {
    /// What [`crate::Client::download_bill`] needs to fetch and check the file.
    pub fn file(&self) -> crate::BillFile {
        crate::BillFile {
            hash_type: self.hash_type.to_string(),
            hash_value: self.hash_value.clone(),
            download_url: self.download_url.clone(),
        }
    }
}
