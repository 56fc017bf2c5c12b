//! Balances and withdrawals (余额查询与提现): second-level merchants'
//! (`/v3/ecommerce/fund/…`) and the platform's own (`/v3/merchant/fund/…`).

use serde::{Deserialize, Serialize};

use crate::endpoint;
use crate::model::wire_enum;

/// `GET /v3/ecommerce/fund/balance/{sub_mchid}`
///
/// Queries a second-level merchant's real-time balance (查询二级商户账户实时余额).
///
/// Official docs: [partner](https://pay.weixin.qq.com/docs/partner/apis/ecommerce-balance/accounts/query-e-commerce-balance.html).
#[endpoint(GET, "/v3/ecommerce/fund/balance/<sub_mchid>", response = SubMerchantBalance)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuerySubMerchantBalance {
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// Which account; `BASIC` when left out (资金账户类型).
    pub account_type: Option<AccountType>,
}

/// `GET /v3/ecommerce/fund/enddaybalance/{sub_mchid}`
///
/// Queries a second-level merchant's balance at the end of a day, within 90 days
/// (查询二级商户账户日终余额).
///
/// Official docs: [partner](https://pay.weixin.qq.com/docs/partner/apis/ecommerce-balance/accounts/query-e-commerce-day-end-balance.html).
#[endpoint(GET, "/v3/ecommerce/fund/enddaybalance/<sub_mchid>", response = SubMerchantBalance)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuerySubMerchantDayEndBalance {
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// The day, `YYYY-MM-DD` (日期).
    pub date: String,
    /// Which account (账户类型).
    pub account_type: Option<AccountType>,
}

/// A second-level merchant's balance (二级商户账户余额).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubMerchantBalance {
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// Which account (资金账户类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_type: Option<AccountType>,
    /// Available balance in fen (可用余额).
    pub available_amount: i64,
    /// Unavailable (frozen) balance in fen (不可用余额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_amount: Option<i64>,
}

/// `POST /v3/ecommerce/fund/withdraw`
///
/// Withdraws a second-level merchant's balance to its bank account (二级商户账户余额提现).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/fund/chapter3_2.shtml).
#[endpoint(POST, "/v3/ecommerce/fund/withdraw", response = SubMerchantWithdrawCreated)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateSubMerchantWithdraw {
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// The platform's withdrawal number (商户提现单号).
    pub out_request_no: String,
    /// Amount in fen (提现金额).
    pub amount: i64,
    /// Remark (提现备注).
    pub remark: Option<String>,
    /// Memo shown on the bank statement (银行附言).
    pub bank_memo: Option<String>,
    /// Which account pays out (出款账户类型).
    pub account_type: Option<AccountType>,
}

/// The answer of [`CreateSubMerchantWithdraw`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubMerchantWithdrawCreated {
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
    /// WeChat Pay's withdrawal number (微信支付提现单号).
    pub withdraw_id: String,
    /// The platform's withdrawal number (商户提现单号).
    pub out_request_no: String,
    /// Which account pays out (出款账户类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_type: Option<AccountType>,
}

/// `GET /v3/ecommerce/fund/withdraw/{withdraw_id}`
///
/// Queries a second-level merchant's withdrawal by WeChat Pay's number (微信支付提现单号查询).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/fund/chapter3_3.shtml).
#[endpoint(GET, "/v3/ecommerce/fund/withdraw/<withdraw_id>", response = SubMerchantWithdraw)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuerySubMerchantWithdraw {
    /// WeChat Pay's withdrawal number (微信支付提现单号).
    pub withdraw_id: String,
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
}

/// `GET /v3/ecommerce/fund/withdraw/out-request-no/{out_request_no}`
///
/// Queries a second-level merchant's withdrawal by the platform's number (商户提现单号查询).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/fund/chapter3_3.shtml).
#[endpoint(
    GET,
    "/v3/ecommerce/fund/withdraw/out-request-no/<out_request_no>",
    response = SubMerchantWithdraw
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuerySubMerchantWithdrawByOutRequestNo {
    /// The platform's withdrawal number (商户提现单号).
    pub out_request_no: String,
    /// The second-level merchant (二级商户号).
    pub sub_mchid: String,
}

/// A second-level merchant's withdrawal (二级商户提现单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubMerchantWithdraw {
    /// The second-level merchant (二级商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_mchid: Option<String>,
    /// The platform (电商平台商户号).
    pub sp_mchid: String,
    /// State (提现单状态).
    pub status: WithdrawStatus,
    /// WeChat Pay's withdrawal number (微信支付提现单号).
    pub withdraw_id: String,
    /// The platform's withdrawal number (商户提现单号).
    pub out_request_no: String,
    /// Amount in fen (提现金额).
    pub amount: i64,
    /// When it was requested, RFC 3339 (发起提现时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
    /// When its state last changed, RFC 3339 (提现状态更新时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<String>,
    /// Why it failed (失败原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Remark (提现备注).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// Memo on the bank statement (银行附言).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_memo: Option<String>,
    /// Which account paid out (出款账户类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_type: Option<AccountType>,
    /// Last four digits of the bank account (入账银行账号后四位).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_number: Option<String>,
    /// The bank (入账银行).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_bank: Option<String>,
    /// Full branch name (入账银行全称（含支行）).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_name: Option<String>,
}

/// `GET /v3/merchant/fund/balance/{account_type}`
///
/// Queries the platform's own real-time balance (查询账户实时余额).
///
/// Official docs: [partner](https://pay.weixin.qq.com/docs/partner/apis/ecommerce-balance/accounts/query-balance.html).
#[endpoint(GET, "/v3/merchant/fund/balance/<account_type>", response = MerchantBalance)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryMerchantBalance {
    /// Which account (资金账户类型).
    pub account_type: AccountType,
}

/// `GET /v3/merchant/fund/dayendbalance/{account_type}`
///
/// Queries the platform's own balance at the end of a day, within 90 days (查询账户日终余额).
///
/// Official docs: [partner](https://pay.weixin.qq.com/docs/partner/apis/ecommerce-balance/accounts/query-day-end-balance.html).
#[endpoint(GET, "/v3/merchant/fund/dayendbalance/<account_type>", response = MerchantBalance)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryMerchantDayEndBalance {
    /// Which account (资金账户类型).
    pub account_type: AccountType,
    /// The day, `YYYY-MM-DD` (日期).
    pub bill_date: String,
}

/// A merchant's own balance (账户余额).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MerchantBalance {
    /// Available balance in fen (可用余额).
    pub available_amount: i64,
    /// Unavailable (frozen) balance in fen (不可用余额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_amount: Option<i64>,
}

/// `POST /v3/merchant/fund/withdraw`
///
/// Withdraws the platform's own income to its bank account (电商平台提现).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/fund/chapter3_5.shtml).
#[endpoint(POST, "/v3/merchant/fund/withdraw", response = PlatformWithdrawCreated)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreatePlatformWithdraw {
    /// The platform's withdrawal number (商户提现单号).
    pub out_request_no: String,
    /// Amount in fen (提现金额).
    pub amount: i64,
    /// Remark (备注).
    pub remark: Option<String>,
    /// Memo shown on the bank statement (银行附言).
    pub bank_memo: Option<String>,
    /// Which account pays out (资金账户类型).
    pub account_type: AccountType,
}

/// The answer of [`CreatePlatformWithdraw`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlatformWithdrawCreated {
    /// WeChat Pay's withdrawal number (微信支付提现单号).
    pub withdraw_id: String,
    /// The platform's withdrawal number (商户提现单号).
    pub out_request_no: String,
}

/// `GET /v3/merchant/fund/withdraw/withdraw-id/{withdraw_id}`
///
/// Queries a platform withdrawal by WeChat Pay's number (电商平台查询提现状态).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/fund/chapter3_6.shtml).
#[endpoint(GET, "/v3/merchant/fund/withdraw/withdraw-id/<withdraw_id>", response = PlatformWithdraw)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryPlatformWithdraw {
    /// WeChat Pay's withdrawal number (微信支付提现单号).
    pub withdraw_id: String,
}

/// `GET /v3/merchant/fund/withdraw/out-request-no/{out_request_no}`
///
/// Queries a platform withdrawal by the platform's number (电商平台查询提现状态).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/fund/chapter3_6.shtml).
#[endpoint(
    GET,
    "/v3/merchant/fund/withdraw/out-request-no/<out_request_no>",
    response = PlatformWithdraw
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryPlatformWithdrawByOutRequestNo {
    /// The platform's withdrawal number (商户提现单号).
    pub out_request_no: String,
}

/// A platform withdrawal (电商平台提现单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlatformWithdraw {
    /// State (提现单状态).
    pub status: WithdrawStatus,
    /// WeChat Pay's withdrawal number (微信支付提现单号).
    pub withdraw_id: String,
    /// The platform's withdrawal number (商户提现单号).
    pub out_request_no: String,
    /// Amount in fen (提现金额).
    pub amount: i64,
    /// When it was requested, RFC 3339 (发起提现时间).
    pub create_time: String,
    /// When its state last changed, RFC 3339 (提现状态更新时间).
    pub update_time: String,
    /// Why it failed (失败原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Remark (提现备注).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// Memo on the bank statement (银行附言).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_memo: Option<String>,
    /// Which account paid out (出款账户类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_type: Option<AccountType>,
    /// What to do about a failure (提现失败解决方案).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub solution: Option<String>,
}

/// `GET /v3/merchant/fund/withdraw/bill-type/{bill_type}`
///
/// Asks for the file of a day's abnormal withdrawals (按日下载提现异常文件). Answers where to
/// download it.
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/fund/chapter3_7.shtml).
#[endpoint(GET, "/v3/merchant/fund/withdraw/bill-type/<bill_type>", response = WithdrawBill)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplyWithdrawExceptionBill {
    /// Kind of file, `NO_SUCC` (账单类型).
    pub bill_type: String,
    /// The day, `YYYY-MM-DD` (账单日期).
    pub bill_date: String,
    /// Compression, `GZIP` (压缩格式).
    pub tar_type: Option<String>,
}

/// Where to download a file (账单下载信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WithdrawBill {
    /// Hash algorithm, `SHA1` (哈希类型).
    pub hash_type: String,
    /// Hash of the file (哈希值).
    pub hash_value: String,
    /// Download URL, valid 30 seconds (账单下载地址).
    pub download_url: String,
}

wire_enum! {
    /// A funds account (资金账户类型).
    pub enum AccountType {
        /// `BASIC`: basic account (基本账户).
        Basic = "BASIC",
        /// `OPERATION`: operation account (运营账户).
        Operation = "OPERATION",
        /// `FEES`: fees account (手续费账户).
        Fees = "FEES",
        /// `DEPOSIT`: deposit account (保证金账户).
        Deposit = "DEPOSIT",
    }
}

wire_enum! {
    /// State of a withdrawal (提现单状态).
    pub enum WithdrawStatus {
        /// `CREATE_SUCCESS`: accepted.
        CreateSuccess = "CREATE_SUCCESS",
        /// `SUCCESS`: paid out.
        Success = "SUCCESS",
        /// `FAIL`: failed.
        Fail = "FAIL",
        /// `REFUND`: returned by the bank.
        Refund = "REFUND",
        /// `CLOSE`: closed.
        Close = "CLOSE",
        /// `INIT`: being created.
        Init = "INIT",
    }
}
