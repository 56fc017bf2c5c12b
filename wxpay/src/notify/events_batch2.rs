//! A second batch of decrypted notification resources: electronic invoices, product coupons and
//! delivery plans, brand member-card points, recharge returns, credit-card repayment, entrusted
//! payment inquiries and insurance contracts, pay-score parking and ETC, the pay-score
//! institution prepay, risk and violation records, merchant management records, medical
//! insurance, abnormal funds and insurance policies, each behind its product family's feature.
//!
//! Hand-written from the notification pages' field lists as transcribed by wechatpay.im (the
//! webhook pages of the author of the API description, `webhook/v3/<EVENT>.md`), checked where
//! possible against the DotNetCore.SKIT SDK's event models and the schemas of the matching query
//! operations: the official pages' field tables, linked on each type, could not be read here. So
//! only the fields that identify an event are required; every other field is an `Option`, and
//! every state an open enum. A field whose transcribed type is doubtful (the page and the query
//! schema disagree, or an "object" that reads as a list) is kept as JSON.
//!
//! Some events want a JSON answer rather than the plain success: the `…Answer` constructors
//! below build it. A [`NotifyEndpoint`](crate::notify) handler cannot return a body, so answer
//! those events from [`ParseEvent::parse_event`](crate::notify::ParseEvent::parse_event)
//! directly.

#![allow(unused_imports)]

use crate::NotifyAnswer;
use crate::model::wire_enum;

/// A `200` answer with `body` as JSON.
#[allow(dead_code)] // unused without the features of the answer-bearing events
fn json_answer(body: &serde_json::Value) -> NotifyAnswer {
    NotifyAnswer {
        status: 200,
        body: body.to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// 电子发票 (feature `fapiao`)

#[cfg(feature = "fapiao")]
wire_enum! {
    /// State of an invoice (发票状态).
    pub enum FapiaoState {
        /// `ISSUE_ACCEPTED`: issuing accepted.
        IssueAccepted = "ISSUE_ACCEPTED",
        /// `ISSUED`: issued.
        Issued = "ISSUED",
        /// `REVERSE_ACCEPTED`: reversal accepted.
        ReverseAccepted = "REVERSE_ACCEPTED",
        /// `REVERSED`: reversed (冲红).
        Reversed = "REVERSED",
    }
}

#[cfg(feature = "fapiao")]
pub use crate::fapiao::applications::CardStatus as FapiaoCardState;

/// One invoice of an invoice application (发票信息).
#[cfg(feature = "fapiao")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct FapiaoNotificationInformation {
    /// The merchant's invoice number (商户发票单号).
    pub fapiao_id: String,
    /// State of the invoice (发票状态).
    pub fapiao_status: Option<FapiaoState>,
    /// State of its card (发票卡券状态).
    pub card_status: Option<FapiaoCardState>,
}

/// The resource of `FAPIAO.ISSUED`, `FAPIAO.REVERSED`, `FAPIAO.CARD_INSERTED` and
/// `FAPIAO.CARD_DISCARDED` (发票开具成功, 发票冲红成功, 发票插入用户卡包成功, 发票卡券作废通知):
/// the invoices of an application were issued or reversed, or their cards inserted into or
/// discarded from the user's card wallet.
///
/// [Official page](https://pay.weixin.qq.com/docs/merchant/apis/fapiao/fapiao-applications/invoice-issued-success-notice.html)
#[cfg(feature = "fapiao")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct FapiaoNotification {
    /// The merchant id (商户号).
    pub mchid: Option<String>,
    /// The sub-merchant id, for a service provider (子商户号).
    pub sub_mchid: Option<String>,
    /// The invoice application number (发票申请单号).
    pub fapiao_apply_id: String,
    /// Every invoice of the application (发票信息).
    pub fapiao_information: Option<Vec<FapiaoNotificationInformation>>,
}

/// The resource of `FAPIAO.USER_APPLIED` (用户发票抬头填写完成通知): a user filled in the
/// invoice title.
///
/// [Official page](https://pay.weixin.qq.com/docs/merchant/apis/fapiao/fapiao-card-template/user-invoice-rise-write-notice.html)
#[cfg(feature = "fapiao")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct FapiaoUserAppliedNotification {
    /// The merchant id (商户号).
    pub mchid: Option<String>,
    /// The sub-merchant id, for a service provider (子商户号).
    pub sub_mchid: Option<String>,
    /// The invoice application number: the WeChat Pay order number for a payment
    /// (发票申请单号).
    pub fapiao_apply_id: String,
    /// When the user filled it in, RFC 3339 (用户完成发票抬头填写的时间).
    pub apply_time: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 商品券, 投放计划 (feature `marketing`)

#[cfg(feature = "marketing")]
wire_enum! {
    /// Channel a product coupon was sent through (发券渠道).
    pub enum ProductCouponSendChannel {
        /// `API`: by the coupon API.
        Api = "API",
        /// `BRAND_MANAGE`: from the brand management platform.
        BrandManage = "BRAND_MANAGE",
        /// `MERCHANT_CARD`: from the merchant card.
        MerchantCard = "MERCHANT_CARD",
        /// `MEMBER`: as a member benefit.
        Member = "MEMBER",
        /// `SMALL_ACTIVITY`: from a small activity.
        SmallActivity = "SMALL_ACTIVITY",
    }
}

/// The resource of `PRODUCT_COUPON_SP.SEND` (商品券领券通知): a user received a product coupon;
/// the brand sends the same coupon in its own system and confirms it (确认发放用户商品券).
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/partner/4015780862)
#[cfg(feature = "marketing")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct ProductCouponSendNotification {
    /// The brand (品牌ID).
    pub brand_id: Option<String>,
    /// The user's coupon code (用户券Code).
    pub coupon_code: String,
    /// The product coupon (商品券ID).
    pub product_coupon_id: String,
    /// The batch (商品券批次ID).
    pub stock_id: Option<String>,
    /// The appid of the event (事件通知AppID).
    pub appid: Option<String>,
    /// The user's openid under `appid` (用户OpenID).
    pub openid: Option<String>,
    /// The user's unionid (用户UnionID).
    pub unionid: Option<String>,
    /// When it was received, RFC 3339 (领券时间).
    pub receive_time: Option<String>,
    /// The sending request's number (发券请求单号).
    pub send_request_no: Option<String>,
    /// Channel (发券渠道).
    pub send_channel: Option<ProductCouponSendChannel>,
    /// The phone number it was received with (领券手机号).
    pub phone_number: Option<String>,
    /// The phone number's country code (领券手机区号).
    pub country_code: Option<String>,
    /// The merchant's data (自定义附加信息).
    pub attach: Option<String>,
    /// The channel's data (渠道自定义信息).
    pub channel_custom_info: Option<String>,
}

#[cfg(feature = "marketing")]
pub use crate::marketing::product_coupon::ImageGenerationType as ProductCouponImageGenerationType;

#[cfg(feature = "marketing")]
pub use crate::marketing::product_coupon::TaskState as ProductCouponImageTaskState;

/// A generated picture (图片生成结果).
#[cfg(feature = "marketing")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct ProductCouponImageResult {
    /// The picture's URL (生成的图片URL).
    pub image_url: Option<String>,
}

/// The resource of `PRODUCT_COUPON_SP.IMAGE_GENERATION` (商品券图片生成结果通知): a task
/// generating a product coupon's head picture ended.
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/partner/4017327744)
#[cfg(feature = "marketing")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct ProductCouponImageNotification {
    /// The brand (品牌ID).
    pub brand_id: Option<String>,
    /// The task (图片生成的任务ID).
    pub task_id: String,
    /// Kind of task (图片生成类型).
    pub image_generation_type: Option<ProductCouponImageGenerationType>,
    /// State (任务状态).
    pub task_state: Option<ProductCouponImageTaskState>,
    /// The combined picture (拼图结果).
    pub combine_image_result: Option<ProductCouponImageResult>,
    /// The cut-out picture (生成商品图结果).
    pub cut_out_result: Option<ProductCouponImageResult>,
}

#[cfg(feature = "marketing")]
wire_enum! {
    /// State of a delivery plan (投放计划状态).
    pub enum DeliveryPlanState {
        /// `CREATED`: created.
        Created = "CREATED",
        /// `DELIVERING`: delivering.
        Delivering = "DELIVERING",
        /// `PLAN_TERMINATED`: the plan was terminated.
        PlanTerminated = "PLAN_TERMINATED",
        /// `PAUSED`: paused.
        Paused = "PAUSED",
        /// `TERMINATED`: terminated.
        Terminated = "TERMINATED",
        /// `EXPIRED`: expired.
        Expired = "EXPIRED",
    }
}

#[cfg(feature = "marketing")]
wire_enum! {
    /// Review state of a delivery plan (审核状态).
    pub enum DeliveryPlanAuditState {
        /// `PROCESSING`: under review.
        Processing = "PROCESSING",
        /// `PASSED`: passed.
        Passed = "PASSED",
        /// `REJECTED`: rejected.
        Rejected = "REJECTED",
    }
}

/// The resource of `DELIVERY_PLAN.CHANGE` (投放计划状态变更通知; the mirror's earlier page was
/// `DELIVERY_PLAN_STATE.DELIVER`): a delivery plan's state or review state changed.
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/partner/4016168699)
#[cfg(feature = "marketing")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct DeliveryPlanNotification {
    /// The plan (投放计划ID).
    pub plan_id: Option<String>,
    /// State (投放计划状态).
    pub plan_state: Option<DeliveryPlanState>,
    /// Review state (审核状态).
    pub audit_state: Option<DeliveryPlanAuditState>,
    /// Why it changed (变更原因).
    pub change_reason: Option<String>,
    /// When it changed, RFC 3339 (修改时间).
    pub modify_time: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 商家名片会员积分 (feature `brand`)

/// The resource of `BRAND_MEMBER_CARD_SP.POINT_EXCHANGE_COUPON` (用户积分兑券事件通知): a member
/// exchanged points for a coupon; the merchant reports the result (同步积分兑券结果).
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/partner/4015878622)
#[cfg(feature = "brand")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct BrandPointExchangeCouponNotification {
    /// The exchange (兑券记录ID).
    pub record_id: String,
    /// The brand (品牌ID).
    pub brand_id: Option<String>,
    /// The card template (会员卡模板ID).
    pub card_id: Option<String>,
    /// The user's openid (用户标识).
    pub openid: Option<String>,
    /// The user's card code (会员卡code).
    pub user_card_code: Option<String>,
    /// The exchange template (积分兑券模板ID).
    pub exchange_coupon_template_id: Option<String>,
    /// Points spent (消耗积分数).
    pub deduct_points: Option<i64>,
    /// The coupon batch (批次ID).
    pub stock_id: Option<String>,
}

/// The resource of `BRAND_MEMBER_CARD_SP.SYNC_USER_POINT` (用户积分同步事件通知): WeChat Pay asks
/// for a member's points balance (同步积分余额).
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/partner/4016096820)
#[cfg(feature = "brand")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct BrandSyncUserPointNotification {
    /// The brand (品牌ID).
    pub brand_id: Option<String>,
    /// The card template (会员卡模板ID).
    pub card_id: String,
    /// The user's openid (用户标识).
    pub openid: Option<String>,
    /// The user's card code (会员卡code).
    pub user_card_code: String,
}

// ---------------------------------------------------------------------------------------------
// 平台收付通商家充值 (feature `platsolution`)

/// Details of a returned recharge (充值退回详情).
#[cfg(feature = "platsolution")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct RechargeFundReturnedDetail {
    /// The bank (开户银行名称).
    pub bank_name: Option<String>,
    /// The card's last digits (银行卡尾号).
    pub bank_card_tail: Option<String>,
    /// The account's name (银行账户名称).
    pub bank_account_name: Option<String>,
    /// Amount in fen (充值金额).
    pub amount: Option<i64>,
    /// Currency (充值币种).
    pub currency: Option<String>,
    /// The bank's memo (银行附言).
    pub memo: Option<String>,
    /// When it was returned, RFC 3339 (退回时间).
    pub return_time: Option<String>,
    /// Why (退回原因).
    pub return_reason: Option<String>,
}

/// The resource of `RECHARGE.FUND_RETURNED` (平台收付通商家充值∙充值资金退回通知): a recharge's
/// funds were returned.
///
/// [Official page](https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-recharge/notification/rechage-fund-returned-notice.html)
#[cfg(feature = "platsolution")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct RechargeFundReturnedNotification {
    /// The return (充值退回单号).
    pub recharge_returned_id: String,
    /// The platform's merchant id (平台商户号).
    pub sp_mchid: Option<String>,
    /// The second-level merchant id (二级商户号).
    pub sub_mchid: Option<String>,
    /// The platform's recharge number (商户充值单号).
    pub out_recharge_no: Option<String>,
    /// WeChat Pay's recharge number (微信支付充值单号).
    pub recharge_id: String,
    /// Channel (充值渠道).
    pub recharge_channel: Option<String>,
    /// Details (充值退回详情).
    pub detail: Option<RechargeFundReturnedDetail>,
}

// ---------------------------------------------------------------------------------------------
// 自动还款 (feature `credit_repayment`)

#[cfg(feature = "credit_repayment")]
wire_enum! {
    /// State of a repayment contract (协议状态).
    pub enum CreditRepaymentContractState {
        /// `CONTRACT_STATE_INVALID`: no state.
        Invalid = "CONTRACT_STATE_INVALID",
        /// `CONTRACT_STATE_EFFECTIVE`: in force.
        Effective = "CONTRACT_STATE_EFFECTIVE",
        /// `CONTRACT_STATE_TERMINATED`: terminated.
        Terminated = "CONTRACT_STATE_TERMINATED",
    }
}

#[cfg(feature = "credit_repayment")]
wire_enum! {
    /// How a repayment contract was terminated (协议解约方式).
    pub enum CreditRepaymentTerminationMode {
        /// `TERMINATION_MODE_INVALID`: not terminated.
        Invalid = "TERMINATION_MODE_INVALID",
        /// `TERMINATION_MODE_BY_USER`: by the user.
        ByUser = "TERMINATION_MODE_BY_USER",
        /// `TERMINATION_MODE_BY_MERCHANT`: by the service provider.
        ByMerchant = "TERMINATION_MODE_BY_MERCHANT",
        /// `TERMINATION_MODE_BY_CUSTOMER_SERVICE`: by customer service.
        ByCustomerService = "TERMINATION_MODE_BY_CUSTOMER_SERVICE",
    }
}

/// The resource of `CREDIT_REPAYMENT.SIGN_CONTRACT` and `CREDIT_REPAYMENT.TERMINATE_CONTRACT`
/// (自动还款协议签约成功, 解约成功通知): a user signed or terminated an automatic repayment
/// contract.
///
/// `plan_id` and `repayment_amount_limit` are JSON: the page gives a number and a string, the
/// contract query a string and an integer.
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/partner/4016790583)
#[cfg(feature = "credit_repayment")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct CreditRepaymentContractNotification {
    /// The service provider's merchant id (服务商商户号).
    pub sp_mchid: Option<String>,
    /// The contract (协议ID).
    pub contract_id: String,
    /// The contract template (模板ID).
    pub plan_id: Option<serde_json::Value>,
    /// The service provider's contract number (服务商签约协议号).
    pub out_contract_code: String,
    /// The name shown for the user (用户展示名称).
    pub display_name: Option<String>,
    /// State (协议状态).
    pub contract_state: Option<CreditRepaymentContractState>,
    /// When it was signed, RFC 3339 (协议签署时间).
    pub contract_signed_time: Option<String>,
    /// When it was terminated, RFC 3339 (协议解约时间).
    pub contract_terminated_time: Option<String>,
    /// How it was terminated (协议解约方式).
    pub contract_termination_mode: Option<CreditRepaymentTerminationMode>,
    /// Why it was terminated (解约备注).
    pub contract_termination_remark: Option<String>,
    /// Repayment day of the month (还款日).
    pub repayment_day: Option<i64>,
    /// Repayment limit (还款金额上限).
    pub repayment_amount_limit: Option<serde_json::Value>,
    /// The appid (AppID).
    pub appid: Option<String>,
    /// The user's openid under `appid` (用户标识).
    pub openid: Option<String>,
}

#[cfg(feature = "credit_repayment")]
wire_enum! {
    /// State of a repayment deduction (还款单状态).
    pub enum CreditRepaymentOrderState {
        /// `DEDUCT_ORDER_STATE_PAY_SUCCESS`: repaid.
        PaySuccess = "DEDUCT_ORDER_STATE_PAY_SUCCESS",
    }
}

/// The resource of `CREDIT_REPAYMENT.DEDUCTION_PAY` (自动还款扣费还款成功通知): a repayment
/// deduction succeeded.
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/partner/4016790592)
#[cfg(feature = "credit_repayment")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct CreditRepaymentDeductionNotification {
    /// The service provider's merchant id (服务商商户号).
    pub sp_mchid: Option<String>,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: Option<String>,
    /// The service provider's appid (服务商AppID).
    pub appid: Option<String>,
    /// The sub-merchant's appid (子商户AppID).
    pub sub_appid: Option<String>,
    /// The user's openid (用户标识).
    pub openid: Option<String>,
    /// State (还款单状态).
    pub order_state: Option<CreditRepaymentOrderState>,
    /// The service provider's order number (商户侧交易单号).
    pub out_trade_no: String,
    /// The scheduled repayment's number (商户侧预约还款单号).
    pub out_record_id: Option<String>,
    /// The contract (还款协议ID).
    pub contract_id: Option<String>,
    /// Amount to repay, in fen, as a string (还款金额).
    pub deduct_amount: Option<String>,
    /// Amount repaid, in fen, as a string (实际还款金额).
    pub pay_success_amount: Option<String>,
    /// Description (产品描述).
    pub description: Option<String>,
    /// The merchant's data (商户数据包).
    pub attach: Option<String>,
    /// WeChat Pay's order number (微信支付的支付单号).
    pub transaction_id: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 委托代扣∙解约问询, 保险商户委托代扣 (feature `papay`)

#[cfg(feature = "papay")]
wire_enum! {
    /// State of an entrusted-payment contract in an inquiry or insurance event (委托代扣协议状态).
    pub enum PapayInquiryContractState {
        /// `SIGNED`: signed.
        Signed = "SIGNED",
        /// `TERMINATED`: terminated.
        Terminated = "TERMINATED",
    }
}

/// The resource of `ENTRUST.TERMINATE_INQUIRY` (代扣解约问询通知, HarmonyOS contracts): a user
/// is terminating a contract and WeChat Pay asks whether it may be terminated.
///
/// The page documents only the usual `{code, message}` answer, so no typed answer is offered.
///
/// [Official page](https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/contract-alter-notify.html)
#[cfg(feature = "papay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct PapayTerminateInquiryNotification {
    /// A status code, as transcribed (返回状态码).
    pub code: Option<String>,
    /// A message, spelled `messsage` in the transcription (返回信息).
    pub messsage: Option<String>,
    /// The merchant id (商户号).
    pub mchid: Option<String>,
    /// The appid (AppID).
    pub appid: Option<String>,
    /// The user's openid under `appid` (用户标识).
    pub openid: Option<String>,
    /// The contract template (委托代扣协议模板ID).
    pub plan_id: Option<i64>,
    /// The merchant's contract number (商户侧签约协议号).
    pub out_contract_code: String,
    /// The merchant's user id (商户侧用户标识).
    pub out_user_code: Option<String>,
    /// WeChat Pay's contract id (委托代扣协议ID).
    pub contract_id: Option<String>,
    /// The name shown for the user (签约用户的名称).
    pub contract_display_account: Option<String>,
    /// State (委托代扣协议状态).
    pub contract_state: Option<PapayInquiryContractState>,
    /// When it was signed, RFC 3339 (协议签署时间).
    pub contract_signed_time: Option<String>,
}

#[cfg(feature = "papay")]
wire_enum! {
    /// How an insurance entrusted-payment contract was terminated (协议解约方式).
    pub enum InsuranceEntrustTerminationMode {
        /// `USER_TERMINATE`: by the user.
        UserTerminate = "USER_TERMINATE",
        /// `MCH_API_TERMINATE`: by the merchant's API call.
        MchApiTerminate = "MCH_API_TERMINATE",
        /// `API`: by API.
        Api = "API",
        /// `WEPAY_WEB_TERMINATE`: on the WeChat Pay web.
        WepayWebTerminate = "WEPAY_WEB_TERMINATE",
        /// `CUSTOMER_SERVICE_TERMINATE`: by customer service.
        CustomerServiceTerminate = "CUSTOMER_SERVICE_TERMINATE",
        /// `SYSTEM_TERMINATE`: by the system.
        SystemTerminate = "SYSTEM_TERMINATE",
    }
}

/// How an insurance entrusted-payment contract was terminated (协议解约信息).
#[cfg(feature = "papay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct InsuranceEntrustTerminateInfo {
    /// How (协议解约方式).
    pub contract_termination_mode: Option<InsuranceEntrustTerminationMode>,
    /// When, RFC 3339 (协议解约时间).
    pub contract_terminated_time: Option<String>,
    /// Why (解约备注).
    pub contract_termination_remark: Option<String>,
}

/// The resource of `INSURANCE_ENTRUST.SIGN`, `INSURANCE_ENTRUST.TERMINATE` and
/// `INSURANCE_ENTRUST.RENEW` (保险商户委托代扣签约成功, 解约完成, 续期完成通知): an insurance
/// entrusted-payment contract was signed, terminated or renewed.
///
/// [Official page](https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/contract-alter-notify.html)
#[cfg(feature = "papay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct InsuranceEntrustNotification {
    /// The merchant id (商户号).
    pub mchid: Option<String>,
    /// WeChat Pay's contract id (委托代扣协议ID).
    pub contract_id: Option<String>,
    /// The appid (AppID).
    pub appid: Option<String>,
    /// The contract template (委托代扣协议模板ID).
    pub plan_id: Option<i64>,
    /// The merchant's contract number (商户侧签约协议号).
    pub out_contract_code: Option<String>,
    /// The name shown for the insured (签约用户的名称).
    pub insured_display_name: Option<String>,
    /// State (委托代扣协议状态).
    pub contract_state: Option<PapayInquiryContractState>,
    /// When it was signed, RFC 3339 (协议签署时间).
    pub contract_signed_time: Option<String>,
    /// When it expires, RFC 3339 (协议到期时间).
    pub contract_expired_time: Option<String>,
    /// The user's openid under `appid` (用户标识).
    pub openid: Option<String>,
    /// How it was terminated, once `TERMINATED` (协议解约信息).
    pub contract_terminate_info: Option<InsuranceEntrustTerminateInfo>,
}

#[cfg(feature = "papay")]
wire_enum! {
    /// Kind of retention offered against a termination (挽留类型).
    pub enum PapayRetentionType {
        /// `COUPON`: a coupon.
        Coupon = "COUPON",
    }
}

#[cfg(feature = "papay")]
wire_enum! {
    /// State of the retention coupon (代金券状态).
    pub enum PapayRetentionCouponState {
        /// `SEND_COUPON`: a coupon is sent.
        SendCoupon = "SEND_COUPON",
        /// `UNUSED_COUPON`: the user has an unused coupon.
        UnusedCoupon = "UNUSED_COUPON",
        /// `NOT_SEND_COUPON`: no coupon is sent.
        NotSendCoupon = "NOT_SEND_COUPON",
    }
}

#[cfg(feature = "papay")]
impl crate::notify::PapayTerminateRetentionNotification {
    /// The answer to `ENTRUST.TERMINATE_RETENTION` offering no retention:
    /// `200 {"code":"SUCCESS","message":"OK"}`.
    ///
    /// A [`NotifyEndpoint`](crate::notify) handler cannot return it: answer from
    /// [`ParseEvent::parse_event`](crate::notify::ParseEvent::parse_event) directly.
    pub fn answer_without_retention() -> NotifyAnswer {
        json_answer(&serde_json::json!({ "code": "SUCCESS", "message": "OK" }))
    }

    /// The answer to `ENTRUST.TERMINATE_RETENTION` retaining the user with a coupon
    /// (挽留类型 `COUPON`): `200 {"code":"SUCCESS","message":"OK","retention_type":"COUPON",
    /// "coupon_info":{"state":…,"coupon_id":…}}`.
    ///
    /// A [`NotifyEndpoint`](crate::notify) handler cannot return it: answer from
    /// [`ParseEvent::parse_event`](crate::notify::ParseEvent::parse_event) directly.
    pub fn answer_with_coupon(
        state: &PapayRetentionCouponState,
        coupon_id: Option<&str>,
    ) -> NotifyAnswer {
        let mut coupon = serde_json::Map::new();
        coupon.insert("state".into(), state.as_str().into());
        if let Some(id) = coupon_id {
            coupon.insert("coupon_id".into(), id.into());
        }
        json_answer(&serde_json::json!({
            "code": "SUCCESS",
            "message": "OK",
            "retention_type": PapayRetentionType::Coupon.as_str(),
            "coupon_info": coupon,
        }))
    }
}

// ---------------------------------------------------------------------------------------------
// 支付分∙停车服务, ETC (feature `vehicle`)

#[cfg(feature = "vehicle")]
pub use crate::vehicle::parking::PlateColor as VehiclePlateColor;

#[cfg(feature = "vehicle")]
pub use crate::vehicle::parking::CreateParkingResponseState as VehicleParkingState;

/// The resource of `VEHICLE.ENTRANCE_STATE_CHANGE` (停车入场状态变更通知): between entering and
/// leaving a car park, the entrance became usable or not for the parking service.
///
/// [Official page](https://pay.weixin.qq.com/docs/partner/apis/wexin-pay-score-parking/parking-status-notification.html)
#[cfg(feature = "vehicle")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct VehicleEntranceNotification {
    /// The service provider's merchant id (商户号).
    pub sp_mchid: Option<String>,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: Option<String>,
    /// The entrance (入场ID).
    pub parking_id: String,
    /// The merchant's entrance number (商户侧入场标识ID).
    pub out_parking_no: Option<String>,
    /// Licence plate (车牌号).
    pub plate_number: Option<String>,
    /// Plate colour (车牌颜色).
    pub plate_color: Option<VehiclePlateColor>,
    /// When the car entered, RFC 3339 (入场时间).
    pub start_time: Option<String>,
    /// The car park (停车场名称).
    pub parking_name: Option<String>,
    /// Free parking time (免费停车时长).
    pub free_duration: Option<i64>,
    /// State (车牌服务状态).
    pub parking_state: Option<VehicleParkingState>,
    /// Why it is `BLOCKED`, e.g. `PAUSE`, `OVERDUE`, `REMOVE` (不可用服务状态描述).
    pub blocked_state_description: Option<String>,
    /// When the state changed, RFC 3339 (状态变更时间).
    pub state_update_time: Option<String>,
}

/// The resource of `VEHICLE.USER_STATE_CHANGE` (ETC授权签约状态变化通知): a user paused,
/// deleted or terminated an ETC deduction authorization.
///
/// [Official page](https://pay.weixin.qq.com/docs/partner/apis/etc-authorization/notice/get-state-notice.html)
#[cfg(feature = "vehicle")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct VehicleEtcStateNotification {
    /// The appid that signed (发起签约的AppID).
    pub appid: Option<String>,
    /// The service provider's merchant id (服务商商户号).
    pub sp_mchid: Option<String>,
    /// The user's openid under `appid` (用户标识).
    pub sp_openid: Option<String>,
    /// The user's openid under the sub-merchant's appid (子App用户标识).
    pub sub_openid: Option<String>,
    /// The sub-merchant id (特约商户号).
    pub sub_mchid: Option<String>,
    /// The ETC deduction contract (ETC扣费授权协议号).
    pub contract_id: String,
    /// ETC binding state, as sent (ETC绑定状态).
    pub bind_state: Option<String>,
    /// Licence plate (车牌号).
    pub plate_number: Option<String>,
}

#[cfg(feature = "vehicle")]
wire_enum! {
    /// State of a parking order (交易状态).
    pub enum ParkingTradeState {
        /// `SUCCESS`: paid.
        Success = "SUCCESS",
        /// `ACCEPT`: accepted, waiting for the deduction.
        Accept = "ACCEPT",
        /// `PAY_FAIL`: payment failed.
        PayFail = "PAY_FAIL",
        /// `REFUND`: turned into a refund.
        Refund = "REFUND",
    }
}

/// Parking details of a parking order (停车场景信息).
#[cfg(feature = "vehicle")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct ParkingInfo {
    /// The entrance (入场ID).
    pub parking_id: Option<String>,
    /// Licence plate (车牌号).
    pub plate_number: Option<String>,
    /// Plate colour (车牌颜色).
    pub plate_color: Option<VehiclePlateColor>,
    /// When the car entered, RFC 3339 (入场时间).
    pub start_time: Option<String>,
    /// When it left, RFC 3339 (出场时间).
    pub end_time: Option<String>,
    /// The car park (停车场名称).
    pub parking_name: Option<String>,
    /// Charged duration in seconds (计费时长).
    pub charging_duration: Option<i64>,
    /// The car park's device (停车场设备ID).
    pub device_id: Option<String>,
}

/// The payer of a parking order (支付者).
#[cfg(feature = "vehicle")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct ParkingPayer {
    /// The user's openid under the service provider's appid (用户在服务商的标识).
    pub openid: Option<String>,
    /// The user's openid under the sub-merchant's appid (用户在子商户的标识).
    pub sub_openid: Option<String>,
}

/// The resource of `TRANSACTION.FAIL` and `TRANSACTION.PAY_BACK` for a pay-score parking order
/// (停车服务扣费失败, 用户还款通知), told apart from the other products sharing those event types
/// by `trade_scene` `PARKING`: a parking deduction failed, or the user repaid an order WeChat
/// Pay had advanced.
///
/// `amount` and `promotion_detail` are JSON: the transcriptions of the two events list different
/// fields for them.
///
/// [Official page](https://pay.weixin.qq.com/docs/partner/apis/wexin-pay-score-parking/payment-result-notification.html)
#[cfg(feature = "vehicle")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct ParkingTransactionNotification {
    /// The service provider's merchant id (服务商商户号).
    pub sp_mchid: Option<String>,
    /// The merchant id (商户号).
    pub mchid: Option<String>,
    /// The appid (应用ID).
    pub appid: Option<String>,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: Option<String>,
    /// The sub-merchant's appid (子商户应用ID).
    pub sub_appid: Option<String>,
    /// The merchant's order number (商户服务订单号).
    pub out_trade_no: String,
    /// WeChat Pay's order number (微信支付订单号).
    pub transaction_id: Option<String>,
    /// Description (服务描述).
    pub description: Option<String>,
    /// When the order was created, RFC 3339 (订单创建时间).
    pub create_time: Option<String>,
    /// Kind of trade, e.g. `AUTH` (交易类型).
    pub trade_type: Option<String>,
    /// State (交易状态).
    pub trade_state: Option<ParkingTradeState>,
    /// State, in words (交易状态描述).
    pub trade_state_description: Option<String>,
    /// State, in words, in the repayment transcription (交易状态描述).
    pub trade_state_desc: Option<String>,
    /// The paying bank (银行类型).
    pub bank_type: Option<String>,
    /// The merchant's data (附加数据).
    pub attach: Option<String>,
    /// When it was paid, RFC 3339 (支付完成时间).
    pub success_time: Option<String>,
    /// `Y` once the user repaid an advanced order (用户是否已还款).
    pub user_repaid: Option<String>,
    /// Scene: `PARKING` (交易场景).
    pub trade_scene: Option<String>,
    /// Parking details (停车场景信息).
    pub parking_info: Option<ParkingInfo>,
    /// The payer (支付者).
    pub payer: Option<ParkingPayer>,
    /// Amounts (订单金额).
    pub amount: Option<serde_json::Value>,
    /// Discounts (优惠信息).
    pub promotion_detail: Option<serde_json::Value>,
}

// ---------------------------------------------------------------------------------------------
// 停车缴费服务 (feature `parking`)

/// The resource of `PARKING_FEE.QUERY_TRANS_INFO` (停车缴费服务∙商户查费回调): WeChat Pay asks
/// for a parking order's current fee; answer with [`ParkingFeeQueryAnswer`] within 3 seconds.
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/partner/4024070065)
#[cfg(feature = "parking")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct ParkingFeeQueryNotification {
    /// The merchant's parking order number (商户停车单号).
    pub out_serial_number: String,
    /// Licence plate (车牌号).
    pub plate_number: Option<String>,
    /// The merchant's car park (商户停车场ID).
    pub out_parking_id: Option<String>,
}

#[cfg(feature = "parking")]
wire_enum! {
    /// Parking state in a fee answer (停车状态).
    pub enum ParkingFeeParkingState {
        /// `PARKING_STATE_UNKNOWN`: unknown.
        Unknown = "PARKING_STATE_UNKNOWN",
        /// `PARKING_STATE_ENTERED`: in the car park.
        Entered = "PARKING_STATE_ENTERED",
        /// `PARKING_STATE_EXIT_GATE`: at the exit gate.
        ExitGate = "PARKING_STATE_EXIT_GATE",
        /// `PARKING_STATE_EXITED`: left.
        Exited = "PARKING_STATE_EXITED",
        /// `PARKING_STATE_UNEXPECTED_CLOSE`: closed unexpectedly.
        UnexpectedClose = "PARKING_STATE_UNEXPECTED_CLOSE",
    }
}

#[cfg(feature = "parking")]
wire_enum! {
    /// Payment state in a fee answer (支付状态).
    pub enum ParkingFeePayState {
        /// `PAY_STATUS_UNKNOWN`: unknown.
        Unknown = "PAY_STATUS_UNKNOWN",
        /// `PAY_STATUS_UNPAID`: not paid.
        Unpaid = "PAY_STATUS_UNPAID",
        /// `PAY_STATUS_PAID`: paid.
        Paid = "PAY_STATUS_PAID",
    }
}

/// The answer to `PARKING_FEE.QUERY_TRANS_INFO` (商户查费应答): the parking order's current fee
/// and states, which must match the merchant's records. Fields left `None` are not sent.
///
/// A [`NotifyEndpoint`](crate::notify) handler cannot return it: answer from
/// [`ParseEvent::parse_event`](crate::notify::ParseEvent::parse_event) directly.
///
/// ```
/// # #[cfg(feature = "parking")] {
/// use wxpay::notify::{ParkingFeePayState, ParkingFeeParkingState, ParkingFeeQueryAnswer};
///
/// let mut fee = ParkingFeeQueryAnswer::default();
/// fee.total_amount = Some(1500);
/// fee.parking_state = Some(ParkingFeeParkingState::Entered);
/// fee.pay_state = Some(ParkingFeePayState::Unpaid);
/// let answer = fee.to_answer();
/// assert_eq!(answer.status, 200);
/// # }
/// ```
#[cfg(feature = "parking")]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParkingFeeQueryAnswer {
    /// Current total fee, in fen (当前总费用).
    pub total_amount: Option<i64>,
    /// Time parked so far, in seconds (已停时长).
    pub parking_timestamp: Option<i64>,
    /// Parking state (停车状态).
    pub parking_state: Option<ParkingFeeParkingState>,
    /// Payment state (支付状态).
    pub pay_state: Option<ParkingFeePayState>,
    /// Free time left to exit, in seconds (免费待出场时间).
    pub allowed_exit_timestamp: Option<i64>,
    /// The next price step, in fen (下一次跳价价格).
    pub next_raise_price: Option<i64>,
    /// When the price next steps up, a Unix timestamp (下一次跳价时间).
    pub next_raise_timestamp: Option<i64>,
    /// Amount payable, in fen (应付金额).
    pub payable_amount: Option<i64>,
    /// Amount paid, in fen (已付金额).
    pub paid_amount: Option<i64>,
}

#[cfg(feature = "parking")]
impl ParkingFeeQueryAnswer {
    /// `200 {"code":"SUCCESS","message":"OK", …the fields that are set}`.
    pub fn to_answer(&self) -> NotifyAnswer {
        let mut body = serde_json::Map::new();
        body.insert("code".into(), "SUCCESS".into());
        body.insert("message".into(), "OK".into());
        let numbers = [
            ("total_amount", self.total_amount),
            ("parking_timestamp", self.parking_timestamp),
            ("allowed_exit_timestamp", self.allowed_exit_timestamp),
            ("next_raise_price", self.next_raise_price),
            ("next_raise_timestamp", self.next_raise_timestamp),
            ("payable_amount", self.payable_amount),
            ("paid_amount", self.paid_amount),
        ];
        for (name, value) in numbers {
            if let Some(v) = value {
                body.insert(name.into(), v.into());
            }
        }
        if let Some(s) = &self.parking_state {
            body.insert("parking_state".into(), s.as_str().into());
        }
        if let Some(s) = &self.pay_state {
            body.insert("pay_state".into(), s.as_str().into());
        }
        json_answer(&serde_json::Value::Object(body))
    }

    /// The fee could not be found: `200 {"code":"FAIL","message":…}` (a code other than
    /// `SUCCESS` is a failed query).
    pub fn failure(message: &str) -> NotifyAnswer {
        json_answer(&serde_json::json!({ "code": "FAIL", "message": message }))
    }
}

// ---------------------------------------------------------------------------------------------
// 支付分∙从业机构 (feature `payscore`)

/// The resource of `PAYSCORE.MCH_PREPAY` (支付分从业机构∙商户预下单通知): WeChat Pay asks the
/// institution to create a checkout order for a pay-score order the user pays actively.
///
/// `prepay_req_body` is JSON: it holds request fields to send unchanged to the prepay API.
///
/// [Official page](https://pay.weixin.qq.com/docs/partner/apis/partner-institution-weixin-pay-score/acquiring-bank-service-order/mch-prepay-callback.html)
#[cfg(feature = "payscore")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct PayScoreMchPrepayNotification {
    /// The service (服务ID).
    pub service_id: Option<String>,
    /// The appid (应用ID).
    pub appid: Option<String>,
    /// The merchant id (商户号).
    pub mchid: Option<String>,
    /// The sub-merchant's appid (子商户应用ID).
    pub sub_appid: Option<String>,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: Option<String>,
    /// The channel merchant id (渠道商商户号).
    pub channel_id: Option<String>,
    /// The merchant's service order number (商户服务订单号).
    pub out_order_no: String,
    /// The user's openid under `appid` (用户标识).
    pub openid: Option<String>,
    /// The user's openid under `sub_appid` (子商户用户标识).
    pub sub_openid: Option<String>,
    /// Total in fen (总金额).
    pub total_amount: Option<i64>,
    /// Fields of the prepay request to reuse (预下单请求部分输入参数).
    pub prepay_req_body: Option<serde_json::Value>,
    /// The prepay request's headers, Base64 (预下单请求头部).
    pub prepay_req_header_base64: Option<String>,
    /// The prepay request's body, Base64 (预下单请求包体).
    pub prepay_req_body_base64: Option<String>,
    /// The prepay response's HTTP status (预下单响应HttpCode).
    pub prepay_resp_http_code: Option<i64>,
    /// The prepay response's headers, Base64 (预下单响应头部).
    pub prepay_resp_header_base64: Option<String>,
    /// The prepay response's body, Base64 (预下单响应包体).
    pub prepay_resp_body_base64: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 风险管理, 商户违规通知 (feature `risk`)

/// The resource of `RISKTRADE.IDENTIFICATION` (风险订单回调通知): WeChat Pay shares an order it
/// found risky.
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/merchant/4013894258)
#[cfg(feature = "risk")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct RiskTradeNotification {
    /// The merchant id (商户号).
    pub mchid: Option<String>,
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
    /// Kind of risk, `1` to `4` (风险类型).
    pub risk_type: Option<i64>,
    /// Level of risk, `1` to `3` (风险等级).
    pub risk_level: Option<i64>,
}

/// The resource of `VIOLATION.PUNISH`, `VIOLATION.INTERCEPT` and `VIOLATION.APPEAL`
/// (商户平台处罚, 拦截, 申诉通知): WeChat Pay punished or blocked a sub-merchant, or its appeal
/// changed.
///
/// [Official page](https://pay.weixin.qq.com/docs/partner/apis/violation-notice/violation-notifications/disposal-record-notice.html)
#[cfg(feature = "risk")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct ViolationNotification {
    /// The sub-merchant (商户号).
    pub sub_mchid: Option<String>,
    /// The sub-merchant's company (子商户公司名称).
    pub company_name: Option<String>,
    /// The record, for de-duplication (通知唯一标识).
    pub record_id: String,
    /// The punishment, in words, not an enum (处罚方案).
    pub punish_plan: Option<String>,
    /// When, RFC 3339 (处置时间).
    pub punish_time: Option<String>,
    /// The punishment's description (处罚方案描述).
    pub punish_description: Option<String>,
    /// Kind of risk, e.g. `FRAUD`, `GAMBLING` (风险类型).
    pub risk_type: Option<String>,
    /// Kind of risk, in words (风险类型描述).
    pub risk_description: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 商户管理记录 (feature `mch_manage`)

#[cfg(feature = "mch_manage")]
pub use crate::mch_manage::ManageRecordState;

/// The resource of `MANAGERECORD.CHANGE` (商户管理记录通知): a sub-merchant got a management
/// record, or its state changed.
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/partner/4014940982)
#[cfg(feature = "mch_manage")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct ManageRecordNotification {
    /// The sub-merchant (子商户号).
    pub sub_mchid: Option<String>,
    /// The record (商户管理记录ID).
    pub manage_record_id: String,
    /// State (商户管理记录状态).
    pub manage_record_state: Option<ManageRecordState>,
}

#[cfg(feature = "mch_manage")]
pub use crate::mch_manage::transaction_block::NumberOfBlock as BlockCountLevel;

/// The resource of `BLOCKRECORD.CHANGE` (交易拦截记录通知): a sub-merchant's transactions were
/// blocked.
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/partner/4014940982)
#[cfg(feature = "mch_manage")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct BlockRecordNotification {
    /// The sub-merchant (子商户号).
    pub sub_mchid: Option<String>,
    /// The block record (交易拦截记录ID).
    pub block_record_id: String,
    /// How many were blocked (拦截笔数级别).
    pub block_count_level: Option<BlockCountLevel>,
}

#[cfg(feature = "mch_manage")]
wire_enum! {
    /// Result of an appeal against a block (申诉结果).
    pub enum BlockAppealResult {
        /// `PASS`: accepted.
        Pass = "PASS",
        /// `REJECT`: rejected.
        Reject = "REJECT",
    }
}

/// The resource of `BLOCKSUBMISSION.CHANGE` (交易拦截申诉通知): an appeal against a block was
/// decided.
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/partner/4014940982)
#[cfg(feature = "mch_manage")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct BlockSubmissionNotification {
    /// The sub-merchant (子商户号).
    pub sub_mchid: Option<String>,
    /// The appeal (交易拦截记录申诉ID).
    pub appeal_record_id: String,
    /// Result (申诉结果).
    pub appeal_result: Option<BlockAppealResult>,
}

// ---------------------------------------------------------------------------------------------
// 医保支付 (feature `med_ins`)

#[cfg(feature = "med_ins")]
wire_enum! {
    /// State of a mixed medical-insurance order (医保自费混合订单支付状态).
    pub enum MedInsMixPayStatus {
        /// `UNKNOWN_MIX_PAY_STATUS`.
        Unknown = "UNKNOWN_MIX_PAY_STATUS",
        /// `MIX_PAY_CREATED`: created.
        Created = "MIX_PAY_CREATED",
        /// `MIX_PAY_SUCCESS`: paid.
        Success = "MIX_PAY_SUCCESS",
        /// `MIX_PAY_REFUND`: refunded.
        Refund = "MIX_PAY_REFUND",
        /// `MIX_PAY_FAIL`: failed.
        Fail = "MIX_PAY_FAIL",
    }
}

#[cfg(feature = "med_ins")]
wire_enum! {
    /// State of the self-paid part (自费部分支付状态).
    pub enum MedInsSelfPayStatus {
        /// `UNKNOWN_SELF_PAY_STATUS`.
        Unknown = "UNKNOWN_SELF_PAY_STATUS",
        /// `SELF_PAY_CREATED`: created.
        Created = "SELF_PAY_CREATED",
        /// `SELF_PAY_SUCCESS`: paid.
        Success = "SELF_PAY_SUCCESS",
        /// `SELF_PAY_REFUND`: refunded.
        Refund = "SELF_PAY_REFUND",
        /// `SELF_PAY_FAIL`: failed.
        Fail = "SELF_PAY_FAIL",
        /// `NO_SELF_PAY`: nothing self-paid.
        NoSelfPay = "NO_SELF_PAY",
    }
}

#[cfg(feature = "med_ins")]
wire_enum! {
    /// State of the insurance part (医保部分支付状态).
    pub enum MedInsInsurancePayStatus {
        /// `UNKNOWN_MED_INS_PAY_STATUS`.
        Unknown = "UNKNOWN_MED_INS_PAY_STATUS",
        /// `MED_INS_PAY_CREATED`: created.
        Created = "MED_INS_PAY_CREATED",
        /// `MED_INS_PAY_SUCCESS`: paid.
        Success = "MED_INS_PAY_SUCCESS",
        /// `MED_INS_PAY_REFUND`: refunded.
        Refund = "MED_INS_PAY_REFUND",
        /// `MED_INS_PAY_FAIL`: failed.
        Fail = "MED_INS_PAY_FAIL",
        /// `NO_MED_INS_PAY`: nothing paid by insurance.
        NoMedInsPay = "NO_MED_INS_PAY",
    }
}

#[cfg(feature = "med_ins")]
wire_enum! {
    /// How a mixed order is paid (混合支付类型).
    pub enum MedInsMixPayType {
        /// `UNKNOWN_MIX_PAY_TYPE`.
        Unknown = "UNKNOWN_MIX_PAY_TYPE",
        /// `CASH_ONLY`: self-paid only.
        CashOnly = "CASH_ONLY",
        /// `INSURANCE_ONLY`: insurance only.
        InsuranceOnly = "INSURANCE_ONLY",
        /// `CASH_AND_INSURANCE`: both.
        CashAndInsurance = "CASH_AND_INSURANCE",
    }
}

/// The resource of `MEDICAL_INSURANCE.SUCCESS` (医保混合收款成功通知): a mixed
/// medical-insurance and self-paid order was paid.
///
/// `cash_add_detail` and `cash_reduce_detail` are JSON: transcribed as objects, named as lists.
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/partner/4012165722)
#[cfg(feature = "med_ins")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct MedicalInsuranceNotification {
    /// WeChat Pay's mixed order number (医保自费混合订单号).
    pub mix_trade_no: String,
    /// State (混合订单支付状态).
    pub mix_pay_status: Option<MedInsMixPayStatus>,
    /// State of the self-paid part (自费部分支付状态).
    pub self_pay_status: Option<MedInsSelfPayStatus>,
    /// State of the insurance part (医保部分支付状态).
    pub med_ins_pay_status: Option<MedInsInsurancePayStatus>,
    /// When it was paid, RFC 3339 (订单支付时间).
    pub paid_time: Option<String>,
    /// What the insurance bureau answered, a JSON string (医保局返回内容).
    pub passthrough_response_content: Option<String>,
    /// How it is paid (混合支付类型).
    pub mix_pay_type: Option<MedInsMixPayType>,
    /// Kind of order, e.g. `REG_PAY`, `DIAG_PAY` (订单类型).
    pub order_type: Option<String>,
    /// The institution's appid (从业机构公众号ID).
    pub appid: Option<String>,
    /// The medical institution's appid (医疗机构公众号ID).
    pub sub_appid: Option<String>,
    /// The medical institution's merchant id (医疗机构商户号).
    pub sub_mchid: Option<String>,
    /// The user's openid under `sub_appid` (用户标识).
    pub sub_openid: Option<String>,
    /// Whether paid for a relative (是否代亲属支付).
    pub pay_for_relatives: Option<bool>,
    /// The institution's order number (从业机构订单号).
    pub out_trade_no: String,
    /// The medical institution's order number (医疗机构订单号).
    pub serial_no: Option<String>,
    /// The insurance bureau's payment order (医保局支付单ID).
    pub pay_order_id: Option<String>,
    /// The insurance bureau's authorization code (医保局支付授权码).
    pub pay_auth_no: Option<String>,
    /// The user's location, `longitude,latitude` (用户定位信息).
    pub geo_location: Option<String>,
    /// City (城市ID).
    pub city_id: Option<String>,
    /// The medical institution's name (医疗机构名称).
    pub med_inst_name: Option<String>,
    /// The medical institution's code (医疗机构编码).
    pub med_inst_no: Option<String>,
    /// When the insurance order was created, RFC 3339 (医保下单时间).
    pub med_ins_order_create_time: Option<String>,
    /// Cash additions (现金补充列表).
    pub cash_add_detail: Option<serde_json::Value>,
    /// Cash reductions (现金减免列表).
    pub cash_reduce_detail: Option<serde_json::Value>,
    /// The notification URL (回调通知URL).
    pub callback_url: Option<String>,
    /// The self-paid prepay id (自费预下单ID).
    pub prepay_id: Option<String>,
    /// What the medical institution passed to the bureau, a JSON string (透传数据).
    pub passthrough_request_content: Option<String>,
    /// Agreed extension (扩展字段).
    pub extends: Option<String>,
    /// The institution's data (附加数据).
    pub attach: Option<String>,
    /// Channel (渠道号).
    pub channel_no: Option<String>,
    /// Whether ordered in the bureau's test environment (是否测试环境).
    pub med_ins_test_env: Option<bool>,
}

// ---------------------------------------------------------------------------------------------
// 在途异常资金 (feature `abnormal_fund`)

#[cfg(feature = "abnormal_fund")]
wire_enum! {
    /// State of an abnormal-fund payment (在途异常资金付款状态).
    pub enum AbnormalFundReceiptState {
        /// `RECEIPT_STATE_PENDING`: pending.
        Pending = "RECEIPT_STATE_PENDING",
        /// `RECEIPT_STATE_PROGRESS`: in progress.
        Progress = "RECEIPT_STATE_PROGRESS",
        /// `RECEIPT_STATE_COMPLETED`: completed.
        Completed = "RECEIPT_STATE_COMPLETED",
    }
}

/// The amount of an abnormal-fund payment (付款金额).
#[cfg(feature = "abnormal_fund")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct AbnormalFundAmount {
    /// Total in fen (总金额).
    pub total: Option<i64>,
    /// Currency, `CNY` (货币类型).
    pub currency: Option<String>,
}

/// Who ordered an abnormal-fund payment (指令发起方).
#[cfg(feature = "abnormal_fund")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct AbnormalFundCommander {
    /// The role, `MERCHANT` (发起角色).
    pub operator: Option<String>,
    /// The merchant id (商户号).
    pub mchid: Option<String>,
}

/// The instruction of an abnormal-fund payment (付款指令信息).
#[cfg(feature = "abnormal_fund")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct AbnormalFundInstruction {
    /// The merchant's instruction number (商户侧指令编号).
    pub out_instruction_no: Option<String>,
    /// Who ordered it (指令发起方).
    pub commander: Option<AbnormalFundCommander>,
    /// How it is paid, e.g. `TRANSFER_TO_ORIGINAL_RECEIVE_USER` (付款方式).
    pub transfer_mode: Option<String>,
    /// When it was credited, RFC 3339 (入账成功时间).
    pub success_time: Option<String>,
    /// The appids, transcribed as a list (商户AppID).
    pub appid: Option<serde_json::Value>,
}

/// The resource of `ABNORMAL_FUND_PROCESSING.TRANSFER.SUCCESS` (异常转付处理结果通知): in-transit
/// abnormal funds were paid to their receiver.
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/partner/4014591539)
#[cfg(feature = "abnormal_fund")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct AbnormalFundTransferNotification {
    /// Product, `C2C` (产品名称).
    pub product_name: Option<String>,
    /// WeChat Pay's payment number (在途异常资金付款单号).
    pub receipt_id: String,
    /// Amount (付款金额).
    pub transfer_amount: Option<AbnormalFundAmount>,
    /// State (付款状态).
    pub receipt_state: Option<AbnormalFundReceiptState>,
    /// When it was created, RFC 3339 (创建时间).
    pub create_time: Option<String>,
    /// When it last changed, RFC 3339 (更新时间).
    pub last_update_time: Option<String>,
    /// The instruction (付款指令信息).
    pub instruction: Option<AbnormalFundInstruction>,
}

// ---------------------------------------------------------------------------------------------
// 微信保单服务 (feature `inspolicymgr`)

#[cfg(feature = "inspolicymgr")]
wire_enum! {
    /// State of a user's policy authorization (授权状态).
    pub enum InsurancePolicyAuthState {
        /// `AUTH_STATE_INIT`.
        Init = "AUTH_STATE_INIT",
        /// `AUTH_STATE_PENDING`: waiting for the user.
        Pending = "AUTH_STATE_PENDING",
        /// `AUTH_STATE_GRANTED`: granted.
        Granted = "AUTH_STATE_GRANTED",
        /// `AUTH_STATE_DENIED`: denied.
        Denied = "AUTH_STATE_DENIED",
        /// `AUTH_STATE_INEFFECTIE` (sic): no longer in force.
        Ineffective = "AUTH_STATE_INEFFECTIE",
    }
}

/// The resource of `INSURANCE_POLICY_MANAGEMENT.GRANTED` (微信保单服务用户授权成功通知): a user
/// authorized uploading a policy.
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/merchant/4016943540)
#[cfg(feature = "inspolicymgr")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct InsurancePolicyGrantNotification {
    /// The merchant's insurance code (商户保险编码).
    pub out_insurance_no: String,
    /// The insurance's name (保险名称).
    pub insurance_name: Option<String>,
    /// State (授权状态).
    pub auth_state: Option<InsurancePolicyAuthState>,
    /// When the user authorized, RFC 3339 (用户授权时间).
    pub user_auth_time: Option<String>,
}
