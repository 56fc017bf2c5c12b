//! Bank component (银行组件): banks, branches and areas for filling settlement accounts,
//! `/v3/capital/capitallhh/…`.

use serde::{Deserialize, Serialize};

use crate::endpoint;

/// `GET /v3/capital/capitallhh/banks/search-banks-by-bank-account`
///
/// Finds the bank of a personal card number (获取对私银行卡号开户银行).
///
/// `account_number` is sensitive and travels in the query, where `#[encrypt]` does not apply:
/// RSA-encrypt it yourself with `client.encrypt(card_number)` and pass the ciphertext (the
/// client sends the matching `Wechatpay-Serial` header).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter11_2_1.shtml).
#[endpoint(
    GET,
    "/v3/capital/capitallhh/banks/search-banks-by-bank-account",
    response = BankSearchResult
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchBanksByBankAccount {
    /// The card number, RSA-encrypted by the caller via `client.encrypt` (银行卡号).
    pub account_number: String,
}

/// The answer of [`SearchBanksByBankAccount`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankSearchResult {
    /// Number of banks found (查询数据总条数).
    pub total_count: i64,
    /// The banks (银行列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<Bank>>,
}

/// A bank (银行).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bank {
    /// The bank's alias (银行别名).
    pub bank_alias: String,
    /// The alias code, for [`ListBranches`] (银行别名编码).
    pub bank_alias_code: String,
    /// The bank's name, for `account_bank` fields (开户银行).
    pub account_bank: String,
    /// The bank's code (开户银行编码).
    pub account_bank_code: i64,
    /// Whether a branch must be given (是否需要填写支行).
    pub need_bank_branch: bool,
}

/// `GET /v3/capital/capitallhh/banks/personal-banking`
///
/// Lists the banks that accept personal accounts (查询支持个人业务的银行列表).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter11_2_2.shtml).
#[endpoint(GET, "/v3/capital/capitallhh/banks/personal-banking", response = BankPage)]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListPersonalBanks {
    /// Offset, from 0 (本次查询偏移量).
    pub offset: Option<i64>,
    /// Page size, at most 200 (本次请求最大查询条数).
    pub limit: i64,
}

/// `GET /v3/capital/capitallhh/banks/corporate-banking`
///
/// Lists the banks that accept corporate accounts (查询支持对公业务的银行列表).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter11_2_3.shtml).
#[endpoint(GET, "/v3/capital/capitallhh/banks/corporate-banking", response = BankPage)]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListCorporateBanks {
    /// Offset, from 0 (本次查询偏移量).
    pub offset: Option<i64>,
    /// Page size, at most 200 (本次请求最大查询条数).
    pub limit: i64,
}

/// A page of banks (银行列表).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankPage {
    /// Number of banks in all (查询数据总条数).
    pub total_count: i64,
    /// Number on this page (本次查询数据条数).
    pub count: i64,
    /// The banks (银行列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<Bank>>,
    /// Offset of this page (本次查询偏移量).
    pub offset: i64,
    /// Paging links (分页链接).
    pub links: PageLinks,
}

/// Paging links (分页链接).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageLinks {
    /// The next page (下一页链接).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The previous page (上一页链接).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prev: Option<String>,
    /// This page (当前链接).
    #[serde(default, rename = "self", skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
}

/// `GET /v3/capital/capitallhh/areas/provinces`
///
/// Lists the provinces (查询省份列表).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter11_2_4.shtml).
#[endpoint(GET, "/v3/capital/capitallhh/areas/provinces", response = ProvinceList)]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListProvinces {}

/// The answer of [`ListProvinces`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProvinceList {
    /// The provinces (省份列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<Province>>,
    /// Number of provinces (查询数据总条数).
    pub total_count: i64,
}

/// A province (省份).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Province {
    /// Name (省份名称).
    pub province_name: String,
    /// Code, for [`ListCities`] (省份编码).
    pub province_code: i64,
}

/// `GET /v3/capital/capitallhh/areas/provinces/{province_code}/cities`
///
/// Lists a province's cities (查询城市列表).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter11_2_5.shtml).
#[endpoint(
    GET,
    "/v3/capital/capitallhh/areas/provinces/<province_code>/cities",
    response = CityList
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListCities {
    /// The province's code (省份编码).
    pub province_code: i64,
}

/// The answer of [`ListCities`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CityList {
    /// The cities (城市列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<City>>,
    /// Number of cities (查询数据总条数).
    pub total_count: i64,
}

/// A city (城市).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct City {
    /// Name (城市名称).
    pub city_name: String,
    /// Code, for [`ListBranches`] (城市编码).
    pub city_code: i64,
}

/// `GET /v3/capital/capitallhh/banks/{bank_alias_code}/branches`
///
/// Lists a bank's branches in a city (查询支行列表).
///
/// Official docs: [partner](https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter11_2_6.shtml).
#[endpoint(
    GET,
    "/v3/capital/capitallhh/banks/<bank_alias_code>/branches",
    response = BranchPage
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListBranches {
    /// The bank's alias code (银行别名编码).
    pub bank_alias_code: String,
    /// The city's code (城市编码).
    pub city_code: i64,
    /// Offset, from 0 (本次查询偏移量).
    pub offset: Option<i64>,
    /// Page size, at most 200 (本次请求最大查询条数).
    pub limit: i64,
}

/// A page of branches (支行列表).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BranchPage {
    /// Number of branches in all (查询数据总条数).
    pub total_count: i64,
    /// Number on this page (本次查询条数).
    pub count: i64,
    /// The branches (支行列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<Branch>>,
    /// Offset of this page (本次查询偏移量).
    pub offset: i64,
    /// Paging links (分页链接).
    pub links: PageLinks,
    /// The bank's name (开户银行).
    pub account_bank: String,
    /// The bank's code (开户银行编码).
    pub account_bank_code: i64,
    /// The bank's alias (银行别名).
    pub bank_alias: String,
    /// The bank's alias code (银行别名编码).
    pub bank_alias_code: String,
}

/// A bank branch (支行).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Branch {
    /// Branch name, for `bank_name` fields (开户银行支行名称).
    pub bank_branch_name: String,
    /// CNAPS code, for `bank_branch_id` fields (开户银行支行联行号).
    pub bank_branch_id: String,
}
