//! Still more decrypted notification resources: brand member cards, charity budgets,
//! withdrawals, enterprise-payment quota cards, cross-border deduction contracts and H5
//! permission applications, offline face-pay contracts, personal-collection settlements and
//! termination retention, each behind its product family's feature.
//!
//! Hand-written from the notification pages' field lists as transcribed by wechatpay.im (the
//! webhook pages of the author of the API description) and, where it has them, the DotNetCore.SKIT
//! SDK's event models, checked against the schemas of the matching query operations: the
//! official pages' field tables, linked on each type, could not be read here. So only the fields
//! that identify an event are required; every other field is an `Option`, and every state an
//! open enum. A field whose transcribed type is doubtful (a time or a name given as a number) is
//! kept as JSON.

#![allow(unused_imports)]

use crate::model::wire_enum;
use crate::resources::{RefundStatus, TradeState};

// ---------------------------------------------------------------------------------------------
// 商家名片会员卡 (feature `brand`)

#[cfg(feature = "brand")]
pub use crate::brand::card_member::CardType as BrandMemberCardType;

#[cfg(feature = "brand")]
wire_enum! {
    /// State of a user's brand member card (用户会员卡状态).
    pub enum BrandMemberCardState {
        /// `NOT_EFFECTIVE`: not yet in force.
        NotEffective = "NOT_EFFECTIVE",
        /// `EFFECTIVE`: in force.
        Effective = "EFFECTIVE",
        /// `EXPIRED`: expired.
        Expired = "EXPIRED",
        /// `UNAVAILABLE`: invalidated.
        Unavailable = "UNAVAILABLE",
        /// `DELETE`: deleted by the user.
        Delete = "DELETE",
    }
}

#[cfg(feature = "brand")]
pub use crate::brand::card_member::UserCardValidDateInformationType as BrandMemberCardValidDateType;

/// The validity of a brand member card (会员卡有效期).
#[cfg(feature = "brand")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct BrandMemberCardValidDate {
    /// How it is set (有效期类型).
    pub r#type: Option<BrandMemberCardValidDateType>,
    /// Start, RFC 3339 (有效期开始时间).
    pub available_begin_time: Option<String>,
    /// End, RFC 3339 (有效期结束时间).
    pub available_end_time: Option<String>,
    /// Days of validity after it is received (生效后N天内有效).
    pub available_day_after_receive: Option<i64>,
}

/// A platform-defined field the user filled in when opening the card (通用开卡信息字段).
#[cfg(feature = "brand")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct BrandMemberCardCommonField {
    /// The field, e.g. `USER_FORM_FLAG_NAME` (字段名称).
    pub name: Option<String>,
    /// The value, encrypted with the merchant's public key (加密的字段值).
    pub value: Option<String>,
}

/// A merchant-defined field the user filled in when opening the card (自定义开卡信息字段).
#[cfg(feature = "brand")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct BrandMemberCardCustomField {
    /// The field's name (字段名称).
    pub name: Option<String>,
    /// The values, in the earlier transcription (字段值).
    pub values: Option<Vec<String>>,
    /// The values the user chose, each encrypted with the merchant's public key
    /// (加密的用户选择的字段值列表).
    pub user_chosen_values: Option<Vec<String>>,
}

/// What the user filled in when opening the card (用户开卡时填写的个人信息).
#[cfg(feature = "brand")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct BrandMemberCardUserInformation {
    /// Platform-defined fields (平台提供的通用开卡信息字段).
    pub common_field_list: Option<Vec<BrandMemberCardCommonField>>,
    /// Merchant-defined fields (商户自定义的开卡信息字段).
    pub custom_field_list: Option<Vec<BrandMemberCardCustomField>>,
}

/// The resource of `MEMBERCARDSP.USER_CARD.CREATE` and `MEMBERCARDSP.USER_CARD.DELETE`
/// (商家名片会员卡事件通知: 用户开通, 删除会员卡), also spelled
/// `BRAND_MEMBER_CARD_SP.USER_CARD.CREATE` and `BRAND_MEMBER_CARD_SP.USER_CARD.DELETE`: a user
/// opened or deleted a brand member card. A new card counts once the service provider confirms
/// it (同步会员开通结果).
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/partner/4015283692)
#[cfg(feature = "brand")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct BrandMemberCardNotification {
    /// The user's card code (会员卡code).
    pub user_card_code: String,
    /// The card template (会员卡模板ID).
    pub card_id: String,
    /// The user's openid under the card's appid (用户标识).
    pub openid: Option<String>,
    /// The brand (品牌ID).
    pub brand_id: Option<String>,
    /// Kind of card (会员卡类型).
    pub card_type: Option<BrandMemberCardType>,
    /// The card's background colour (卡背景颜色).
    pub card_color: Option<String>,
    /// The card's background picture (卡背景图URL).
    pub card_picture_url: Option<String>,
    /// The membership number, in the earlier transcription (会员卡编号).
    pub membership_number: Option<String>,
    /// The phone number, encrypted with the merchant's public key (加密的手机号).
    pub phone_number: Option<String>,
    /// The membership level (等级).
    pub level: Option<String>,
    /// Validity (会员卡有效期).
    pub valid_date_information: Option<BrandMemberCardValidDate>,
    /// When it was received, RFC 3339 (领取时间).
    pub pickup_time: Option<String>,
    /// What the user filled in (用户开卡时填写的个人信息).
    pub user_information: Option<BrandMemberCardUserInformation>,
    /// The merchant's data (商家数据包).
    pub attach: Option<String>,
    /// State (用户会员卡状态).
    pub user_card_state: Option<BrandMemberCardState>,
    /// Why it was invalidated (作废原因).
    pub invalid_reason: Option<String>,
    /// When it was invalidated, RFC 3339 (作废时间).
    pub invalid_time: Option<String>,
    /// When the event happened, in the earlier transcription (事件时间).
    pub event_time: Option<String>,
    /// When the card was created, RFC 3339 (创建时间).
    pub create_time: Option<String>,
    /// When the card last changed, RFC 3339 (更新时间).
    pub modify_time: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 资金应用∙公益捐赠 (feature `transfer`)

#[cfg(feature = "transfer")]
pub use crate::transfer::charity::CharityBudgetState;

/// The resource of `BUDGET.LOCKED`, `BUDGET.CLOSED` and `BUDGET.FINISHED` (公益捐赠∙预算申请结果
/// 回调通知): a charity budget's funds were locked, or the budget was closed (also when it
/// expired) or finished (unlocked or used up).
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/partner/4015555114)
#[cfg(feature = "transfer")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct CharityBudgetNotification {
    /// The service provider's merchant id (服务商商户号).
    pub sp_mchid: Option<String>,
    /// The merchant's budget number (商户预算单号).
    pub out_budget_no: String,
    /// WeChat Pay's budget number (微信支付预算单号).
    pub budget_id: String,
    /// Budget in fen (预算总金额).
    pub amount: Option<i64>,
    /// The sponsoring merchant (出资商户号).
    pub sponsor_mchid: Option<String>,
    /// The activity's name (活动名称).
    pub activity_name: Option<String>,
    /// The activity, in words (活动说明).
    pub activity_remark: Option<String>,
    /// State (预算单状态).
    pub state: CharityBudgetState,
    /// When the funds were locked, RFC 3339 (资金锁定时间).
    pub locked_time: Option<String>,
    /// Why it was unlocked (撤销说明).
    pub unlock_remark: Option<String>,
    /// When it was closed, RFC 3339 (关闭时间).
    pub closed_time: Option<String>,
    /// When it finished, RFC 3339 (完成时间).
    pub finished_time: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 平台收付通∙提现 (feature `ecommerce`)

#[cfg(feature = "ecommerce")]
pub use crate::ecommerce::fund::SubMerchantWithdrawStatus as WithdrawState;

#[cfg(feature = "ecommerce")]
pub use crate::ecommerce::fund::CreateSubMerchantWithdrawAccountType as WithdrawAccountType;

/// The resource of `MCHWITHDRAW.CHANGE` (商户提现状态变更通知): a withdrawal of an e-commerce
/// platform or of its second-level merchant (also by day-end balance) became `SUCCESS`, `FAIL`,
/// `REFUND` or `CLOSE`. `sub_mchid` is there for a second-level merchant's.
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/partner/4013049135)
#[cfg(feature = "ecommerce")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct WithdrawNotification {
    /// The platform's merchant id, second-level merchants' withdrawals (电商平台商户号).
    pub sp_mchid: Option<String>,
    /// The second-level merchant (二级商户号).
    pub sub_mchid: Option<String>,
    /// State (提现单状态).
    pub status: WithdrawState,
    /// WeChat Pay's withdrawal number (微信支付提现单号).
    pub withdraw_id: String,
    /// The merchant's withdrawal number (商户提现单号).
    pub out_request_no: String,
    /// Amount in fen (提现金额).
    pub amount: Option<i64>,
    /// When it was requested, RFC 3339 (发起提现时间).
    pub create_time: Option<String>,
    /// When its state last changed, RFC 3339 (提现状态更新时间).
    pub update_time: Option<String>,
    /// Why it failed (失败原因).
    pub reason: Option<String>,
    /// What to do about the failure, platform withdrawals (提现失败解决方案).
    pub solution: Option<String>,
    /// Remark (提现备注).
    pub remark: Option<String>,
    /// The bank memo (银行附言).
    pub bank_memo: Option<String>,
    /// The account paid from (出款账户类型).
    pub account_type: Option<WithdrawAccountType>,
    /// Last four digits of the receiving bank account (入账银行账号后四位).
    pub account_number: Option<String>,
    /// The receiving bank (入账银行).
    pub account_bank: Option<String>,
    /// The receiving bank's full name, with the branch (入账银行全称).
    pub bank_name: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 企业支付 (feature `webizpay`)

#[cfg(feature = "webizpay")]
pub use crate::webizpay::users::AuthorizationState as WebizpayAuthorizationState;

/// The resource of `WEBIZPAY.AUTHORIZED` (关系授权完成通知) and `WEBIZPAY.REVOKED`
/// (关系解除授权后通知): an employee authorized enterprise payment, or the authorization was
/// revoked (`authorization_state`, `authorization_revoked_time` and `reason` then).
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/partner/4014612130),
/// [revoked](https://pay.weixin.qq.com/doc/v3/partner/4015764414)
#[cfg(feature = "webizpay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct WebizpayAuthorizationNotification {
    /// The service provider's merchant id (服务商商户号).
    pub sp_mchid: Option<String>,
    /// The paying sub-merchant (出资子商户号).
    pub sub_mchid: Option<String>,
    /// The enterprise's employee id (企业员工ID).
    pub user_id: String,
    /// WeChat Pay's authorization id, when authorized (微信授权关系ID).
    pub employee_id: Option<String>,
    /// When it was authorized, RFC 3339 (授权时间).
    pub authorization_time: Option<String>,
    /// State, when revoked (员工企业支付权限状态).
    pub authorization_state: Option<WebizpayAuthorizationState>,
    /// When it was revoked, RFC 3339 (授权解除时间).
    pub authorization_revoked_time: Option<String>,
    /// Why it was revoked, e.g. `企业发起` or `员工注销` (授权解除原因).
    pub reason: Option<String>,
}

#[cfg(feature = "webizpay")]
pub use crate::webizpay::employees::CardState as WebizpayQuotaCardState;

/// The resource of `WEBIZPAY.QUOTACARDEXPIRED` (企业支付额度卡失效后通知): an enterprise-payment
/// quota card stopped being usable.
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/partner/4015764389)
#[cfg(feature = "webizpay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct WebizpayQuotaCardNotification {
    /// The service provider's merchant id (服务商商户号).
    pub sp_mchid: Option<String>,
    /// The paying sub-merchant (出资子商户号).
    pub sub_mchid: Option<String>,
    /// The card number (企业支付额度卡卡号).
    pub card_no: String,
    /// WeChat Pay's authorization id (微信授权关系ID).
    pub employee_id: Option<String>,
    /// State (卡片状态).
    pub card_state: Option<WebizpayQuotaCardState>,
    /// When it stopped being usable, RFC 3339 (卡片失效时间).
    pub card_disabled_time: Option<String>,
    /// Why (失效原因).
    pub reason: Option<String>,
}

/// The resource of `WEBIZPAY.PAYMENTSUCCESS` (企业支付额度卡支付成功后通知): an employee paid
/// with an enterprise-payment quota card.
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/partner/4015764398)
#[cfg(feature = "webizpay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct WebizpayPaymentNotification {
    /// The service provider's merchant id (服务商商户号).
    pub sp_mchid: Option<String>,
    /// The paying sub-merchant (出资子商户号).
    pub sub_mchid: Option<String>,
    /// The card number (企业支付额度卡卡号).
    pub card_no: String,
    /// WeChat Pay's authorization id (微信授权关系ID).
    pub employee_id: Option<String>,
    /// The payee's short name (收款商户简称).
    pub receive_mch_name: Option<String>,
    /// The payee's full name (收款商户全称).
    pub receive_mch_full_name: Option<String>,
    /// The payee's organization code (收款商户对应社会组织代码).
    pub receive_mch_organization_code: Option<String>,
    /// The acquirer (收单机构).
    pub acquirer: Option<String>,
    /// WeChat Pay's order number (微信支付订单号).
    pub transaction_id: Option<String>,
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
    /// WeChat Pay's refund number (微信支付退款单号).
    pub refund_id: Option<String>,
    /// The merchant's refund number (商户退款单号).
    pub out_refund_no: Option<String>,
    /// State (交易状态).
    pub transaction_state: Option<TradeState>,
    /// Amount in fen (金额).
    pub amount: Option<i64>,
    /// What was bought, as sent (商品名称; transcribed as a number).
    pub goods_name: Option<serde_json::Value>,
    /// When it was paid, as sent (支付完成时间; transcribed as a number).
    pub pay_success_time: Option<serde_json::Value>,
}

/// The resource of `WEBIZPAY.PAYMENTREFUNDSUCCESS` (企业支付额度卡退款成功后通知): a payment
/// with an enterprise-payment quota card was refunded.
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/partner/4015764405)
#[cfg(feature = "webizpay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct WebizpayRefundNotification {
    /// The service provider's merchant id (服务商商户号).
    pub sp_mchid: Option<String>,
    /// The paying sub-merchant (出资子商户号).
    pub sub_mchid: Option<String>,
    /// The card number (企业支付额度卡卡号).
    pub card_no: String,
    /// WeChat Pay's authorization id (微信授权关系ID).
    pub employee_id: Option<String>,
    /// WeChat Pay's order number (微信支付订单号).
    pub transaction_id: Option<String>,
    /// The merchant's order number (商户订单号).
    pub out_trade_no: Option<String>,
    /// WeChat Pay's refund number (微信支付退款单号).
    pub refund_id: Option<String>,
    /// The merchant's refund number (商户退款单号).
    pub out_refund_no: String,
    /// Amount paid, in fen (金额).
    pub amount: Option<i64>,
    /// Amount refunded so far, in fen (已退款金额).
    pub refunded_amount: Option<i64>,
    /// Amount of this refund, in fen (退款金额).
    pub refund_amount: Option<i64>,
    /// State, `SUCCESS` (退款状态).
    pub refund_state: Option<RefundStatus>,
    /// When it was paid, as sent (支付完成时间; transcribed as a number).
    pub pay_success_time: Option<serde_json::Value>,
    /// When the refund was created, as sent (退款创建时间; transcribed as a number).
    pub refund_create_time: Option<serde_json::Value>,
    /// When the refund succeeded, as sent (退款成功时间; transcribed as a number).
    pub refund_success_time: Option<serde_json::Value>,
}

// ---------------------------------------------------------------------------------------------
// 跨境支付 (feature `global`)

#[cfg(feature = "global")]
wire_enum! {
    /// Who ended a cross-border deduction contract (协议解约方式).
    pub enum GlobalPapayTerminationMode {
        /// `USER`: the user.
        User = "USER",
        /// `MERCHANT`: the merchant.
        Merchant = "MERCHANT",
        /// `PLATFORM`: WeChat Pay.
        Platform = "PLATFORM",
    }
}

/// The resource of `PAPAY.SIGN` and `PAPAY.TERMINATE` (跨境委托代扣签约/解约成功通知): a
/// cross-border deduction contract was signed or ended (also by the user). Institutions get
/// `sp_mchid`, `sub_mchid` and their appids; direct merchants `mchid` and `appid`.
///
/// [Official page](https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_5.shtml)
#[cfg(feature = "global")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct GlobalPapayContractNotification {
    /// The merchant id, direct merchants (商户号).
    pub mchid: Option<String>,
    /// The appid, direct merchants (公众号或移动应用AppID).
    pub appid: Option<String>,
    /// The institution's merchant id (机构商户号).
    pub sp_mchid: Option<String>,
    /// The institution's appid (机构AppID).
    pub sp_appid: Option<String>,
    /// The sub-merchant (子商户号).
    pub sub_mchid: Option<String>,
    /// The sub-merchant's appid (子商户AppID).
    pub sub_appid: Option<String>,
    /// The merchant's contract number (商户侧签约协议号).
    pub out_contract_code: String,
    /// WeChat Pay's contract id (委托代扣协议ID).
    pub contract_id: String,
    /// The contract template (委托代扣协议模板ID).
    pub plan_id: Option<i64>,
    /// The user's openid under `appid` (用户标识).
    pub openid: Option<String>,
    /// The user's openid under `sp_appid` (机构AppID下的用户标识).
    pub sp_openid: Option<String>,
    /// The user's openid under `sub_appid` (子商户AppID下的用户标识).
    pub sub_openid: Option<String>,
    /// When it was signed or ended, RFC 3339 (操作时间).
    pub operate_time: Option<String>,
    /// When it expires, RFC 3339 (协议到期时间).
    pub contract_expired_time: Option<String>,
    /// When it expires, as the DotNetCore.SKIT SDK spells it (到期时间).
    pub contract_expire_time: Option<String>,
    /// Who ended it, termination only (协议解约方式).
    pub contract_termination_mode: Option<GlobalPapayTerminationMode>,
}

#[cfg(feature = "global")]
pub use crate::global::h5_permission::ApplymentState as GlobalH5ApplymentState;

#[cfg(feature = "global")]
pub use crate::global::h5_permission::WebsiteState as GlobalH5WebsiteState;

/// The resource of `APPLYMENT_STATE.APPROVED` (跨境H5支付权限申请事件回调通知): a sub-merchant's
/// application for H5 payment, or for new H5 payment domains, was approved.
///
/// [Official page](https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_4_8.shtml),
/// [domains](https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_4_9.shtml)
#[cfg(feature = "global")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct GlobalH5ApplymentNotification {
    /// The sub-merchant (子商户号).
    pub sub_mchid: Option<String>,
    /// WeChat Pay's application number (申请单号).
    pub applyment_id: i64,
    /// The merchant's application number (商户申请单号).
    pub out_applyment_id: Option<String>,
    /// State (申请单状态).
    pub applyment_state: Option<GlobalH5ApplymentState>,
    /// Why it was rejected (驳回原因).
    pub audit_reject_detail: Option<String>,
    /// The H5 payment domains (H5支付域名).
    pub domains: Option<Vec<String>>,
    /// Whether the website is live (子商户经营网址状态).
    pub website_state: Option<GlobalH5WebsiteState>,
    /// The website (子商户H5经营网址).
    pub website_url: Option<String>,
    /// Screenshots of the website's business pages, as media ids (经营网址商业页面截图).
    pub website_business_page_pics: Option<Vec<String>>,
    /// Screenshots of the website's home page, as media ids (经营网址首页截图).
    pub website_homepage_pics: Option<Vec<String>>,
    /// The notification URL of the application (审核结果回调接口).
    pub notify_url: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 刷脸支付∙离线刷脸 (feature `offlineface`)

/// The resource of `FACEPAY.USER_STATE_CHANGE` (离线刷脸签约状态变更回调通知): a face-pay user
/// of an organization signed or ended the contract. It does not say which: query the contract
/// (`contract_id`) for its state.
///
/// [Official page](https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/offline-brushing.html)
#[cfg(feature = "offlineface")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct FacePayContractNotification {
    /// WeChat Pay's face-pay user id (微信刷脸用户ID).
    pub user_id: Option<String>,
    /// The merchant's face-pay user id (商户刷脸用户ID).
    pub out_user_id: String,
    /// The organization (机构编号).
    pub organization_id: Option<String>,
    /// The merchant id (商户号).
    pub mch_id: Option<String>,
    /// When the notification was created, RFC 3339 (通知创建时间).
    pub notify_create_time: Option<String>,
    /// The appid (微信APPID).
    pub appid: Option<String>,
    /// The user's openid (微信用户openid).
    pub openid: Option<String>,
    /// The contract (签约ID).
    pub contract_id: String,
}

// ---------------------------------------------------------------------------------------------
// 个人收款∙结算 (feature `platsolution`)

/// The resource of `SETTLEMENT.SUCCESS` (个人收款∙结算回调通知): a settlement batch of personal
/// collections was settled after the payee confirmed it.
///
/// [Official page](https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/settlement-notice.html)
#[cfg(feature = "platsolution")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct PersonalSettlementNotification {
    /// The merchant's settlement batch number (商户结算批次单号).
    pub out_settle_batch_no: String,
    /// WeChat Pay's settlement batch number (微信支付结算批次单号).
    pub settle_batch_no: String,
    /// The payee's authorization id (商品单个人收款方受理授权ID).
    pub individual_auth_id: Option<String>,
    /// The payee, in words (收款方描述).
    pub description: Option<String>,
    /// State of the batch (批次状态).
    pub state: Option<String>,
    /// Scene, e.g. `RECOMMERCE` (交易场景).
    pub trade_scenario: Option<String>,
    /// When the batch was created, RFC 3339 (批次创建时间).
    pub create_time: Option<String>,
    /// When the batch finished, RFC 3339 (批次完成时间).
    pub finish_time: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 代扣解约挽留 (feature `papay`)

/// The resource of `ENTRUST.TERMINATE_RETENTION` (代扣解约挽留∙获取解约挽留信息): a user is
/// ending a deduction contract whose template takes part in retention. WeChat Pay waits one
/// second for an answer whose JSON body offers the retention (`retention_type`, `coupon_info`):
/// build it with [`answer_with_coupon`](Self::answer_with_coupon) (or
/// [`answer_without_retention`](Self::answer_without_retention)) and return it from
/// [`ParseEvent::parse_event`](crate::notify::ParseEvent::parse_event) directly, as a
/// `NotifyEndpoint` handler cannot. Any other answer shows none.
///
/// [Official page](https://pay.weixin.qq.com/docs/merchant/apis/termination-retention/termination-retention-information.html)
#[cfg(feature = "papay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct PapayTerminateRetentionNotification {
    /// The merchant id (商户号).
    pub mchid: Option<String>,
    /// WeChat Pay's contract id (委托代扣协议ID).
    pub contract_id: String,
    /// The appid (公众号或移动应用AppID).
    pub appid: Option<String>,
    /// The contract template (委托代扣协议模板ID).
    pub plan_id: Option<i64>,
    /// The merchant's contract number (商户侧签约协议号).
    pub out_contract_code: Option<String>,
    /// The user's openid under `appid` (用户标识).
    pub openid: Option<String>,
}
