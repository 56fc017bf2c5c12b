//! Profit sharing (分账): `/v3/profitsharing/…` for direct merchants and service providers
//! (`sub_mchid` set), and the chain-brand variant (连锁品牌分账) under
//! `/v3/brand/profitsharing/…`.

use serde::{Deserialize, Serialize};

use crate::endpoint;
use crate::model::wire_enum;
use crate::{Ciphertext, Sensitive};

/// `POST /v3/profitsharing/orders`
///
/// Splits a paid order's settled funds among receivers (请求分账). Processed asynchronously;
/// `out_order_no` is the idempotency key.
///
/// Official docs: [merchant](https://pay.weixin.qq.com/docs/merchant/products/profit-sharing/apilist.html),
/// [partner](https://pay.weixin.qq.com/docs/partner/products/profit-sharing/apilist.html).
#[endpoint(POST, "/v3/profitsharing/orders", response = ProfitSharingOrder)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateProfitSharingOrder {
    /// The sub-merchant that pays, for service providers (子商户号).
    pub sub_mchid: Option<String>,
    /// The AppID; required when a receiver is `PERSONAL_OPENID` (应用ID).
    pub appid: Option<String>,
    /// The sub-merchant's AppID, for `PERSONAL_SUB_OPENID` receivers (子商户应用ID).
    pub sub_appid: Option<String>,
    /// WeChat Pay's order id (微信订单号).
    pub transaction_id: String,
    /// The merchant's sharing order number (商户分账单号).
    pub out_order_no: String,
    /// Who receives what, at most 50 (分账接收方列表).
    pub receivers: Vec<ProfitSharingReceiver>,
    /// Whether to unfreeze what is left unshared (是否解冻剩余未分资金).
    pub unfreeze_unsplit: bool,
}

/// A receiver of a sharing request (分账接收方).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfitSharingReceiver {
    /// The kind of receiver (分账接收方类型).
    #[serde(rename = "type")]
    pub kind: ReceiverType,
    /// Merchant id or openid (分账接收方帐号).
    pub account: String,
    /// The person's real name, encrypted by the client while sending (分账个人接收方姓名).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Sensitive>,
    /// Amount in fen (分账金额).
    pub amount: i64,
    /// Why, returned as is by queries and bills (分账描述).
    pub description: String,
}

wire_enum! {
    /// Kind of profit-sharing receiver (分账接收方类型).
    pub enum ReceiverType {
        /// `MERCHANT_ID`: a merchant id (商户号).
        MerchantId = "MERCHANT_ID",
        /// `PERSONAL_OPENID`: an openid under `appid` (个人openid).
        PersonalOpenid = "PERSONAL_OPENID",
        /// `PERSONAL_SUB_OPENID`: an openid under `sub_appid` (个人sub_openid).
        PersonalSubOpenid = "PERSONAL_SUB_OPENID",
    }
}

/// A profit-sharing order (分账单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfitSharingOrder {
    /// The sub-merchant (子商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_mchid: Option<String>,
    /// WeChat Pay's order id (微信订单号).
    pub transaction_id: String,
    /// The merchant's sharing order number (商户分账单号).
    pub out_order_no: String,
    /// WeChat Pay's sharing order id (微信分账单号).
    pub order_id: String,
    /// The order's state (分账单状态).
    pub state: ProfitSharingOrderState,
    /// Each receiver's result (分账接收方列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receivers: Option<Vec<ProfitSharingReceiverResult>>,
}

wire_enum! {
    /// State of a profit-sharing order (分账单状态).
    pub enum ProfitSharingOrderState {
        /// `PROCESSING`: being processed (处理中).
        Processing = "PROCESSING",
        /// `FINISHED`: done; see each receiver (分账完成).
        Finished = "FINISHED",
    }
}

/// A receiver's result in a profit-sharing order (分账接收方结果).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfitSharingReceiverResult {
    /// Amount in fen (分账金额).
    pub amount: i64,
    /// Why (分账描述).
    pub description: String,
    /// The kind of receiver (分账接收方类型).
    #[serde(rename = "type")]
    pub kind: ReceiverType,
    /// Merchant id or openid (分账接收方帐号).
    pub account: String,
    /// The outcome (分账结果).
    pub result: ReceiverResult,
    /// Why it was closed (分账失败原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_reason: Option<ReceiverFailReason>,
    /// WeChat Pay's detail id (分账明细单号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail_id: Option<String>,
    /// When created, RFC 3339 (分账创建时间).
    pub create_time: String,
    /// When finished, RFC 3339 (分账完成时间).
    pub finish_time: String,
}

wire_enum! {
    /// Outcome for one receiver (分账结果).
    pub enum ReceiverResult {
        /// `PENDING`: waiting (待分账).
        Pending = "PENDING",
        /// `SUCCESS`: shared (分账成功).
        Success = "SUCCESS",
        /// `CLOSED`: closed, see `fail_reason` (已关闭).
        Closed = "CLOSED",
    }
}

wire_enum! {
    /// Why a receiver's share was closed (分账失败原因).
    pub enum ReceiverFailReason {
        /// `ACCOUNT_ABNORMAL`: the receiver's account is abnormal.
        AccountAbnormal = "ACCOUNT_ABNORMAL",
        /// `NO_RELATION`: the receiver relation was removed.
        NoRelation = "NO_RELATION",
        /// `RECEIVER_HIGH_RISK`: high-risk receiver.
        ReceiverHighRisk = "RECEIVER_HIGH_RISK",
        /// `RECEIVER_REAL_NAME_NOT_VERIFIED`: the receiver has no verified real name.
        ReceiverRealNameNotVerified = "RECEIVER_REAL_NAME_NOT_VERIFIED",
        /// `NO_AUTH`: the sharing authorization was removed.
        NoAuth = "NO_AUTH",
        /// `RECEIVER_RECEIPT_LIMIT`: over the user's monthly receipt limit.
        ReceiverReceiptLimit = "RECEIVER_RECEIPT_LIMIT",
        /// `PAYER_ACCOUNT_ABNORMAL`: the paying account is abnormal.
        PayerAccountAbnormal = "PAYER_ACCOUNT_ABNORMAL",
        /// `INVALID_REQUEST`: the description could not be set.
        InvalidRequest = "INVALID_REQUEST",
    }
}

/// `GET /v3/profitsharing/orders/{out_order_no}`
///
/// Queries a profit-sharing order (查询分账结果).
///
/// Official docs: [merchant](https://pay.weixin.qq.com/docs/merchant/products/profit-sharing/apilist.html),
/// [partner](https://pay.weixin.qq.com/docs/partner/products/profit-sharing/apilist.html).
#[endpoint(GET, "/v3/profitsharing/orders/<out_order_no>", response = ProfitSharingOrder)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetProfitSharingOrder {
    /// The merchant's sharing order number (商户分账单号).
    pub out_order_no: String,
    /// The sub-merchant, for service providers (子商户号).
    pub sub_mchid: Option<String>,
    /// WeChat Pay's order id (微信订单号).
    pub transaction_id: String,
}

/// `POST /v3/profitsharing/return-orders`
///
/// Takes shared funds back from a merchant receiver, e.g. before a refund (请求分账回退).
///
/// Official docs: [merchant](https://pay.weixin.qq.com/docs/merchant/products/profit-sharing/apilist.html),
/// [partner](https://pay.weixin.qq.com/docs/partner/products/profit-sharing/apilist.html).
#[endpoint(POST, "/v3/profitsharing/return-orders", response = ProfitSharingReturnOrder)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateProfitSharingReturnOrder {
    /// The sub-merchant, for service providers (子商户号).
    pub sub_mchid: Option<String>,
    /// WeChat Pay's sharing order id; this or `out_order_no` (微信分账单号).
    pub order_id: Option<String>,
    /// The merchant's sharing order number; this or `order_id` (商户分账单号).
    pub out_order_no: Option<String>,
    /// The merchant's return number (商户回退单号).
    pub out_return_no: String,
    /// The merchant the funds come back from (回退商户号).
    pub return_mchid: String,
    /// Amount in fen (回退金额).
    pub amount: i64,
    /// Why (回退描述).
    pub description: String,
}

/// `GET /v3/profitsharing/return-orders/{out_return_no}`
///
/// Queries a profit-sharing return (查询分账回退结果).
///
/// Official docs: [merchant](https://pay.weixin.qq.com/docs/merchant/products/profit-sharing/apilist.html),
/// [partner](https://pay.weixin.qq.com/docs/partner/products/profit-sharing/apilist.html).
#[endpoint(
    GET,
    "/v3/profitsharing/return-orders/<out_return_no>",
    response = ProfitSharingReturnOrder
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetProfitSharingReturnOrder {
    /// The merchant's return number (商户回退单号).
    pub out_return_no: String,
    /// The sub-merchant, for service providers (子商户号).
    pub sub_mchid: Option<String>,
    /// The merchant's sharing order number (商户分账单号).
    pub out_order_no: String,
}

/// A profit-sharing return (分账回退单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfitSharingReturnOrder {
    /// The sub-merchant (子商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_mchid: Option<String>,
    /// WeChat Pay's sharing order id (微信分账单号).
    pub order_id: String,
    /// The merchant's sharing order number (商户分账单号).
    pub out_order_no: String,
    /// The merchant's return number (商户回退单号).
    pub out_return_no: String,
    /// WeChat Pay's return id (微信回退单号).
    pub return_id: String,
    /// The merchant the funds come back from (回退商户号).
    pub return_mchid: String,
    /// Amount in fen (回退金额).
    pub amount: i64,
    /// Why (回退描述).
    pub description: String,
    /// The outcome (回退结果).
    pub result: ReturnResult,
    /// Why it failed (失败原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_reason: Option<String>,
    /// When created, RFC 3339 (创建时间).
    pub create_time: String,
    /// When finished, RFC 3339 (完成时间).
    pub finish_time: String,
}

wire_enum! {
    /// Outcome of a profit-sharing return (回退结果).
    pub enum ReturnResult {
        /// `PROCESSING`: being processed (处理中).
        Processing = "PROCESSING",
        /// `SUCCESS`: returned (已成功).
        Success = "SUCCESS",
        /// `FAILED`: failed (已失败).
        Failed = "FAILED",
        /// `FAIL`: failed, as the brand API spells it (已失败).
        Fail = "FAIL",
    }
}

/// `POST /v3/profitsharing/orders/unfreeze`
///
/// Unfreezes everything left to share of an order back to the merchant (解冻剩余资金).
///
/// Official docs: [merchant](https://pay.weixin.qq.com/docs/merchant/products/profit-sharing/apilist.html),
/// [partner](https://pay.weixin.qq.com/docs/partner/products/profit-sharing/apilist.html).
#[endpoint(POST, "/v3/profitsharing/orders/unfreeze", response = ProfitSharingOrder)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnfreezeProfitSharingOrder {
    /// The sub-merchant, for service providers (子商户号).
    pub sub_mchid: Option<String>,
    /// WeChat Pay's order id (微信订单号).
    pub transaction_id: String,
    /// The merchant's sharing order number (商户分账单号).
    pub out_order_no: String,
    /// Why (分账描述).
    pub description: String,
}

/// `GET /v3/profitsharing/transactions/{transaction_id}/amounts`
///
/// Queries what is left to share of an order (查询剩余待分金额).
///
/// Official docs: [merchant](https://pay.weixin.qq.com/docs/merchant/products/profit-sharing/apilist.html),
/// [partner](https://pay.weixin.qq.com/docs/partner/products/profit-sharing/apilist.html).
#[endpoint(
    GET,
    "/v3/profitsharing/transactions/<transaction_id>/amounts",
    response = UnsplitAmount
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetUnsplitAmount {
    /// WeChat Pay's order id (微信订单号).
    pub transaction_id: String,
}

/// What is left to share of an order (剩余待分金额).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnsplitAmount {
    /// WeChat Pay's order id (微信订单号).
    pub transaction_id: String,
    /// Amount in fen (订单剩余待分金额).
    pub unsplit_amount: i64,
}

/// `GET /v3/profitsharing/merchant-configs/{sub_mchid}`
///
/// Queries the largest share a sub-merchant allows its service provider (查询最大分账比例).
///
/// Official docs: [partner](https://pay.weixin.qq.com/docs/partner/products/profit-sharing/apilist.html).
#[endpoint(
    GET,
    "/v3/profitsharing/merchant-configs/<sub_mchid>",
    response = MerchantConfig
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetMerchantConfig {
    /// The sub-merchant (子商户号).
    pub sub_mchid: String,
}

/// A sub-merchant's profit-sharing configuration (最大分账比例).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MerchantConfig {
    /// The sub-merchant (子商户号).
    pub sub_mchid: String,
    /// The largest share, in units of 1/10000 (最大分账比例).
    pub max_ratio: i64,
}

/// `POST /v3/profitsharing/receivers/add`
///
/// Adds a profit-sharing receiver (添加分账接收方).
///
/// Official docs: [merchant](https://pay.weixin.qq.com/docs/merchant/products/profit-sharing/apilist.html),
/// [partner](https://pay.weixin.qq.com/docs/partner/products/profit-sharing/apilist.html).
#[endpoint(POST, "/v3/profitsharing/receivers/add", response = AddReceiverResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddReceiver {
    /// The sub-merchant, for service providers (子商户号).
    pub sub_mchid: Option<String>,
    /// The AppID (应用ID).
    pub appid: String,
    /// The sub-merchant's AppID (子商户应用ID).
    pub sub_appid: Option<String>,
    /// The kind of receiver (分账接收方类型).
    #[serde(rename = "type")]
    pub kind: ReceiverType,
    /// Merchant id or openid (分账接收方帐号).
    pub account: String,
    /// The merchant's full name or the person's name, encrypted by the client (分账接收方全称).
    #[encrypt]
    pub name: Option<String>,
    /// The receiver's relation to the payer (与分账方的关系类型).
    pub relation_type: RelationType,
    /// The relation, when `CUSTOM` (自定义的分账关系).
    pub custom_relation: Option<String>,
}

/// The answer of [`AddReceiver`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddReceiverResponse {
    /// The sub-merchant (子商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_mchid: Option<String>,
    /// The kind of receiver (分账接收方类型).
    #[serde(rename = "type")]
    pub kind: ReceiverType,
    /// Merchant id or openid (分账接收方帐号).
    pub account: String,
    /// The name, encrypted with the merchant's public key (分账接收方全称).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Ciphertext>,
    /// The receiver's relation to the payer (与分账方的关系类型).
    pub relation_type: RelationType,
    /// The relation, when `CUSTOM` (自定义的分账关系).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_relation: Option<String>,
}

wire_enum! {
    /// A receiver's relation to the payer (与分账方的关系类型).
    pub enum RelationType {
        /// `SERVICE_PROVIDER`: service provider (服务商).
        ServiceProvider = "SERVICE_PROVIDER",
        /// `STORE`: store (门店).
        Store = "STORE",
        /// `STAFF`: staff (员工).
        Staff = "STAFF",
        /// `STORE_OWNER`: store owner (店主).
        StoreOwner = "STORE_OWNER",
        /// `PARTNER`: partner (合作伙伴).
        Partner = "PARTNER",
        /// `HEADQUARTER`: headquarter (总部).
        Headquarter = "HEADQUARTER",
        /// `BRAND`: brand (品牌方).
        Brand = "BRAND",
        /// `DISTRIBUTOR`: distributor (分销商).
        Distributor = "DISTRIBUTOR",
        /// `USER`: user (用户).
        User = "USER",
        /// `SUPPLIER`: supplier (供应商).
        Supplier = "SUPPLIER",
        /// `CUSTOM`: see `custom_relation` (自定义).
        Custom = "CUSTOM",
    }
}

/// `POST /v3/profitsharing/receivers/delete`
///
/// Removes a profit-sharing receiver (删除分账接收方).
///
/// Official docs: [merchant](https://pay.weixin.qq.com/docs/merchant/products/profit-sharing/apilist.html),
/// [partner](https://pay.weixin.qq.com/docs/partner/products/profit-sharing/apilist.html).
#[endpoint(POST, "/v3/profitsharing/receivers/delete", response = DeleteReceiverResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeleteReceiver {
    /// The sub-merchant, for service providers (子商户号).
    pub sub_mchid: Option<String>,
    /// The AppID (应用ID).
    pub appid: String,
    /// The sub-merchant's AppID (子商户应用ID).
    pub sub_appid: Option<String>,
    /// The kind of receiver (分账接收方类型).
    #[serde(rename = "type")]
    pub kind: ReceiverType,
    /// Merchant id or openid (分账接收方帐号).
    pub account: String,
}

/// The answer of [`DeleteReceiver`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeleteReceiverResponse {
    /// The sub-merchant (子商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_mchid: Option<String>,
    /// The kind of receiver (分账接收方类型).
    #[serde(rename = "type")]
    pub kind: ReceiverType,
    /// Merchant id or openid (分账接收方帐号).
    pub account: String,
}

/// `GET /v3/profitsharing/bills`
///
/// Asks for the download URL of a day's profit-sharing bill (申请分账账单).
///
/// Official docs: [merchant](https://pay.weixin.qq.com/docs/merchant/products/profit-sharing/apilist.html),
/// [partner](https://pay.weixin.qq.com/docs/partner/products/profit-sharing/apilist.html).
#[endpoint(GET, "/v3/profitsharing/bills", response = ProfitSharingBill)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetProfitSharingBill {
    /// The sub-merchant; omitted for all (子商户号).
    pub sub_mchid: Option<String>,
    /// The day, `YYYY-MM-DD` (账单日期).
    pub bill_date: String,
    /// `GZIP` to get it compressed (压缩类型).
    pub tar_type: Option<String>,
}

/// Where to download a profit-sharing bill (分账账单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfitSharingBill {
    /// Download URL, valid 5 minutes (下载地址).
    pub download_url: String,
    /// Digest algorithm, `SHA1` (哈希类型).
    pub hash_type: String,
    /// Digest of the file (哈希值).
    pub hash_value: String,
}

/// The decrypted `resource` of a profit-sharing notification (`PROFITSHARING.SUCCESS`,
/// `PROFITSHARING.RETURN`, 分账动账通知).
///
/// Official docs: [merchant](https://pay.weixin.qq.com/docs/merchant/products/profit-sharing/apilist.html).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfitSharingNotification {
    /// The merchant id, for direct merchants (直连商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mchid: Option<String>,
    /// The service provider's merchant id (服务商商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sp_mchid: Option<String>,
    /// The sub-merchant (子商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_mchid: Option<String>,
    /// WeChat Pay's order id (微信订单号).
    pub transaction_id: String,
    /// WeChat Pay's sharing order id (微信分账/回退单号).
    pub order_id: String,
    /// The merchant's sharing order number (商户分账/回退单号).
    pub out_order_no: String,
    /// The receiver concerned (分账接收方).
    pub receiver: NotifiedReceiver,
    /// When it succeeded, RFC 3339 (成功时间).
    pub success_time: String,
}

/// The receiver of a profit-sharing notification (分账接收方).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotifiedReceiver {
    /// The kind of receiver (分账接收方类型).
    #[serde(rename = "type")]
    pub kind: ReceiverType,
    /// Merchant id or openid (分账接收方帐号).
    pub account: String,
    /// Amount in fen (分账动账金额).
    pub amount: i64,
    /// Why (分账/回退描述).
    pub description: String,
}

// ---- Chain brands (连锁品牌分账) ----

/// `POST /v3/brand/profitsharing/orders`
///
/// Splits a chain store's paid order among receivers of the brand (连锁品牌请求分账).
///
/// Official docs: [请求分账](https://pay.weixin.qq.com/docs/partner/apis/brand-profit-sharing/orders/create-order.html).
#[endpoint(POST, "/v3/brand/profitsharing/orders", response = BrandProfitSharingOrder)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateBrandProfitSharingOrder {
    /// The brand's main merchant id (品牌主商户号).
    pub brand_mchid: String,
    /// The merchant that was paid: the brand or a store (子商户号).
    pub sub_mchid: String,
    /// The AppID (公众账号ID).
    pub appid: Option<String>,
    /// The sub-merchant's AppID (子商户公众账号ID).
    pub sub_appid: Option<String>,
    /// WeChat Pay's order id (微信订单号).
    pub transaction_id: String,
    /// The merchant's sharing order number (商户分账单号).
    pub out_order_no: String,
    /// Who receives what, at most 50 (分账接收方列表).
    pub receivers: Vec<ProfitSharingReceiver>,
    /// Whether this finishes the order, unfreezing the rest (是否分账完成).
    pub finish: bool,
}

/// `GET /v3/brand/profitsharing/orders`
///
/// Queries a chain brand's profit-sharing order (连锁品牌查询分账结果).
///
/// Official docs: [连锁品牌分账](https://pay.weixin.qq.com/docs/partner/products/brand-profit-sharing/apilist.html).
#[endpoint(GET, "/v3/brand/profitsharing/orders", response = BrandProfitSharingOrder)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetBrandProfitSharingOrder {
    /// The merchant that was paid (子商户号).
    pub sub_mchid: String,
    /// WeChat Pay's order id (微信订单号).
    pub transaction_id: String,
    /// The merchant's sharing order number (商户分账单号).
    pub out_order_no: String,
}

/// A chain brand's profit-sharing order (连锁品牌分账单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrandProfitSharingOrder {
    /// The brand's main merchant id (品牌主商户号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brand_mchid: Option<String>,
    /// The merchant that was paid (子商户号).
    pub sub_mchid: String,
    /// WeChat Pay's order id (微信订单号).
    pub transaction_id: String,
    /// The merchant's sharing order number (商户分账单号).
    pub out_order_no: String,
    /// WeChat Pay's sharing order id (微信分账单号).
    pub order_id: String,
    /// The order's state (分账单状态).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ProfitSharingOrderState>,
    /// Each receiver's result (分账接收方列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receivers: Option<Vec<BrandReceiverResult>>,
    /// Amount unfrozen when finished, in fen (分账完结金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finish_amount: Option<i64>,
    /// Description of the finishing (分账完结描述).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finish_description: Option<String>,
}

/// A receiver's result in a chain brand's order (分账接收方结果).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrandReceiverResult {
    /// The kind of receiver (分账接收方类型).
    #[serde(rename = "type")]
    pub kind: ReceiverType,
    /// Merchant id or openid (分账接收方账号).
    pub account: String,
    /// Amount in fen (分账金额).
    pub amount: i64,
    /// Why (分账描述).
    pub description: String,
    /// The outcome (分账结果).
    pub result: ReceiverResult,
    /// When finished, RFC 3339 (分账完成时间).
    pub finish_time: String,
    /// Why it was closed (分账失败原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_reason: Option<ReceiverFailReason>,
    /// WeChat Pay's detail id (分账明细单号).
    pub detail_id: String,
}

/// `POST /v3/brand/profitsharing/returnorders`
///
/// Takes a chain brand's shared funds back from a merchant receiver (连锁品牌请求分账回退).
///
/// Official docs: [连锁品牌分账](https://pay.weixin.qq.com/docs/partner/products/brand-profit-sharing/apilist.html).
#[endpoint(POST, "/v3/brand/profitsharing/returnorders", response = BrandReturnOrder)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateBrandReturnOrder {
    /// The merchant that was paid (子商户号).
    pub sub_mchid: String,
    /// WeChat Pay's sharing order id; this or `out_order_no` (微信分账单号).
    pub order_id: Option<String>,
    /// The merchant's sharing order number; this or `order_id` (商户分账单号).
    pub out_order_no: Option<String>,
    /// The merchant's return number (商户回退单号).
    pub out_return_no: String,
    /// The merchant the funds come back from (回退商户号).
    pub return_mchid: String,
    /// Amount in fen (回退金额).
    pub amount: i64,
    /// Why (回退描述).
    pub description: String,
}

/// `GET /v3/brand/profitsharing/returnorders`
///
/// Queries a chain brand's profit-sharing return (连锁品牌查询分账回退结果).
///
/// Official docs: [连锁品牌分账](https://pay.weixin.qq.com/docs/partner/products/brand-profit-sharing/apilist.html).
#[endpoint(GET, "/v3/brand/profitsharing/returnorders", response = BrandReturnOrder)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetBrandReturnOrder {
    /// The merchant that was paid (子商户号).
    pub sub_mchid: String,
    /// The merchant's return number (商户回退单号).
    pub out_return_no: String,
    /// WeChat Pay's sharing order id; this or `out_order_no` (微信分账单号).
    pub order_id: Option<String>,
    /// The merchant's sharing order number; this or `order_id` (商户分账单号).
    pub out_order_no: Option<String>,
}

/// A chain brand's profit-sharing return (连锁品牌分账回退单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrandReturnOrder {
    /// The merchant that was paid (子商户号).
    pub sub_mchid: String,
    /// WeChat Pay's sharing order id (微信分账单号).
    pub order_id: String,
    /// The merchant's sharing order number (商户分账单号).
    pub out_order_no: String,
    /// The merchant's return number (商户回退单号).
    pub out_return_no: String,
    /// The merchant the funds come back from (回退商户号).
    pub return_mchid: String,
    /// Amount in fen (回退金额).
    pub amount: i64,
    /// WeChat Pay's return id (微信回退单号).
    pub return_no: String,
    /// The outcome (回退结果).
    pub result: ReturnResult,
    /// Why it failed (失败原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_reason: Option<String>,
    /// When finished, RFC 3339 (完成时间).
    pub finish_time: String,
}

/// `POST /v3/brand/profitsharing/finish-order`
///
/// Finishes a chain brand's order, unfreezing what is left to the payer (连锁品牌完结分账).
///
/// Official docs: [连锁品牌分账](https://pay.weixin.qq.com/docs/partner/products/brand-profit-sharing/apilist.html).
#[endpoint(POST, "/v3/brand/profitsharing/finish-order", response = BrandFinishOrderResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinishBrandOrder {
    /// The merchant that was paid (子商户号).
    pub sub_mchid: String,
    /// WeChat Pay's order id (微信订单号).
    pub transaction_id: String,
    /// The merchant's sharing order number (商户分账单号).
    pub out_order_no: String,
    /// Why (分账描述).
    pub description: String,
}

/// The answer of [`FinishBrandOrder`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrandFinishOrderResponse {
    /// The merchant that was paid (子商户号).
    pub sub_mchid: String,
    /// WeChat Pay's order id (微信订单号).
    pub transaction_id: String,
    /// The merchant's sharing order number (商户分账单号).
    pub out_order_no: String,
    /// WeChat Pay's sharing order id (微信分账单号).
    pub order_id: String,
}

/// `GET /v3/brand/profitsharing/orders/{transaction_id}/amounts`
///
/// Queries what is left to share of a chain store's order (连锁品牌查询订单剩余待分金额).
///
/// Official docs: [连锁品牌分账](https://pay.weixin.qq.com/docs/partner/products/brand-profit-sharing/apilist.html).
#[endpoint(
    GET,
    "/v3/brand/profitsharing/orders/<transaction_id>/amounts",
    response = UnsplitAmount
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetBrandUnsplitAmount {
    /// WeChat Pay's order id (微信订单号).
    pub transaction_id: String,
}

/// `GET /v3/brand/profitsharing/brand-configs/{brand_mchid}`
///
/// Queries the largest share a brand allows its service provider (连锁品牌查询最大分账比例).
///
/// Official docs: [连锁品牌分账](https://pay.weixin.qq.com/docs/partner/products/brand-profit-sharing/apilist.html).
#[endpoint(
    GET,
    "/v3/brand/profitsharing/brand-configs/<brand_mchid>",
    response = BrandConfig
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetBrandConfig {
    /// The brand's main merchant id (品牌主商户号).
    pub brand_mchid: String,
}

/// A brand's profit-sharing configuration (品牌最大分账比例).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrandConfig {
    /// The brand's main merchant id (品牌主商户号).
    pub brand_mchid: String,
    /// The largest share, in units of 1/10000 (最大分账比例).
    pub max_ratio: i64,
}

/// `POST /v3/brand/profitsharing/receivers/add`
///
/// Adds a receiver at the brand level (连锁品牌添加分账接收方).
///
/// Official docs: [连锁品牌分账](https://pay.weixin.qq.com/docs/partner/products/brand-profit-sharing/apilist.html).
#[endpoint(POST, "/v3/brand/profitsharing/receivers/add", response = BrandReceiverResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddBrandReceiver {
    /// The brand's main merchant id (品牌主商户号).
    pub brand_mchid: String,
    /// The AppID (公众账号ID).
    pub appid: String,
    /// The sub-merchant's AppID (子商户公众账号ID).
    pub sub_appid: Option<String>,
    /// The kind of receiver (分账接收方类型).
    #[serde(rename = "type")]
    pub kind: ReceiverType,
    /// Merchant id or openid (分账接收方账号).
    pub account: String,
    /// The merchant's full name or the person's name, encrypted by the client (接收方名称).
    #[encrypt]
    pub name: Option<String>,
    /// The receiver's relation to the brand (与品牌主商户的关系类型).
    pub relation_type: BrandRelationType,
}

wire_enum! {
    /// A receiver's relation to the brand (与品牌主商户的关系类型).
    pub enum BrandRelationType {
        /// `SUPPLIER`: supplier (供应商).
        Supplier = "SUPPLIER",
        /// `DISTRIBUTOR`: distributor (分销商).
        Distributor = "DISTRIBUTOR",
        /// `SERVICE_PROVIDER`: service provider (服务商).
        ServiceProvider = "SERVICE_PROVIDER",
        /// `PLATFORM`: platform (平台).
        Platform = "PLATFORM",
        /// `STAFF`: staff (员工).
        Staff = "STAFF",
        /// `OTHERS`: other (其他).
        Others = "OTHERS",
    }
}

/// `POST /v3/brand/profitsharing/receivers/delete`
///
/// Removes a brand-level receiver (连锁品牌删除分账接收方).
///
/// Official docs: [连锁品牌分账](https://pay.weixin.qq.com/docs/partner/products/brand-profit-sharing/apilist.html).
#[endpoint(POST, "/v3/brand/profitsharing/receivers/delete", response = BrandReceiverResponse)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeleteBrandReceiver {
    /// The brand's main merchant id (品牌主商户号).
    pub brand_mchid: String,
    /// The AppID (公众账号ID).
    pub appid: String,
    /// The sub-merchant's AppID (子商户公众账号ID).
    pub sub_appid: Option<String>,
    /// The kind of receiver (分账接收方类型).
    #[serde(rename = "type")]
    pub kind: ReceiverType,
    /// Merchant id or openid (分账接收方账号).
    pub account: String,
}

/// The answer of [`AddBrandReceiver`] and [`DeleteBrandReceiver`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrandReceiverResponse {
    /// The brand's main merchant id (品牌主商户号).
    pub brand_mchid: String,
    /// The kind of receiver (分账接收方类型).
    #[serde(rename = "type")]
    pub kind: ReceiverType,
    /// Merchant id or openid (分账接收方账号).
    pub account: String,
}
