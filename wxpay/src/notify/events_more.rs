//! More decrypted notification resources: transfer batches, QQ-wallet transfers and receiving
//! authorizations, business circles, pay-score plans and service accounts, discount cards,
//! platform recharges, power-bank insurance, education fee contracts, campus easy pay and
//! e-commerce deduction contracts, each behind its product family's feature.
//!
//! Hand-written from the notification pages' examples and field lists as transcribed by
//! wechatpay.js.org (the author of the API description) and the DotNetCore.SKIT SDK's models,
//! checked against the schemas of the matching query operations: the official pages' field
//! tables, linked on each type, could not be read here. So only the fields that identify an
//! event are required; every other field is an `Option`, and every state an open enum.

#![allow(unused_imports)]

use crate::model::wire_enum;
use crate::resources::{PromotionDetail, TradeState, TradeType};

// ---------------------------------------------------------------------------------------------
// 商家转账∙批量转账 (feature `transfer`)

#[cfg(feature = "transfer")]
pub use crate::transfer::brand_redpacket::BatchState as TransferBatchStatus;

#[cfg(feature = "transfer")]
wire_enum! {
    /// Why a transfer batch was closed (批次关闭原因).
    pub enum TransferBatchCloseReason {
        /// `OVERDUE_CLOSE`: not confirmed in time.
        OverdueClose = "OVERDUE_CLOSE",
        /// `TRANSFER_SCENE_INVALID`: the transfer scene is no longer valid.
        TransferSceneInvalid = "TRANSFER_SCENE_INVALID",
    }
}

/// The resource of `MCHTRANSFER.BATCH.FINISHED` and `MCHTRANSFER.BATCH.CLOSED`
/// (商家转账批次回调通知): a transfer batch reached a final state (`FINISHED` or `CLOSED`).
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/merchant/4012269028)
#[cfg(feature = "transfer")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct TransferBatchNotification {
    /// The merchant id (商户号).
    pub mchid: Option<String>,
    /// The merchant's batch number (商家批次单号).
    pub out_batch_no: String,
    /// WeChat Pay's batch number (微信批次单号).
    pub batch_id: String,
    /// State (批次状态).
    pub batch_status: TransferBatchStatus,
    /// Number of transfers (转账总笔数).
    pub total_num: Option<i64>,
    /// Total amount in fen (转账总金额).
    pub total_amount: Option<i64>,
    /// Amount transferred, in fen (转账成功金额).
    pub success_amount: Option<i64>,
    /// Number of transfers done (转账成功笔数).
    pub success_num: Option<i64>,
    /// Amount that failed, in fen (转账失败金额).
    pub fail_amount: Option<i64>,
    /// Number of transfers that failed (转账失败笔数).
    pub fail_num: Option<i64>,
    /// Why it was closed, when `CLOSED` (批次关闭原因).
    pub close_reason: Option<TransferBatchCloseReason>,
    /// When the batch last changed, RFC 3339 (批次更新时间).
    pub update_time: Option<String>,
}

/// The resource of `MCHTRANSFER.QQWALLETBILL.FINISHED` (转账到QQ钱包终态通知): a transfer to a
/// QQ wallet reached a final state (`SUCCESS`, `FAIL` or `CANCELLED`).
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/merchant/4014301851)
#[cfg(feature = "transfer")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct TransferQqWalletBillNotification {
    /// The merchant id (商户号).
    pub mchid: String,
    /// The QQ Connect appid (QQ互联开放平台AppID).
    pub appid: Option<String>,
    /// The merchant's bill number (商户单号).
    pub out_bill_no: String,
    /// WeChat Pay's bill number (微信转账单号).
    pub transfer_bill_no: String,
    /// State (单据状态).
    pub state: crate::notify::TransferBillState,
    /// Amount in fen (转账金额).
    pub transfer_amount: Option<i64>,
    /// Remark (转账备注).
    pub transfer_remark: Option<String>,
    /// The payee's openid (收款用户OpenID).
    pub openid: Option<String>,
    /// The payee's QQ number (收款用户QQ号).
    pub user_qq: Option<String>,
    /// The payee's name, encrypted with the merchant's public key (收款用户姓名).
    pub user_name: Option<String>,
    /// Why it failed, when `state` is `FAIL` (失败原因).
    pub fail_reason: Option<String>,
    /// When the bill was created, RFC 3339 (单据创建时间).
    pub create_time: Option<String>,
    /// When the bill last changed, RFC 3339 (最后一次状态变更时间).
    pub update_time: Option<String>,
}

#[cfg(feature = "transfer")]
pub use crate::transfer::partner_bills::CloseReason as TransferAuthorizationCloseReason;

/// How a receiving authorization was closed (自动收款授权的关闭信息).
#[cfg(feature = "transfer")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct TransferAuthorizationCloseInfo {
    /// When, RFC 3339 (关闭时间).
    pub close_time: Option<String>,
    /// Why (关闭原因).
    pub close_reason: Option<TransferAuthorizationCloseReason>,
}

/// The resource of `MCHTRANSFER.AUTHORIZATION.CONFIRMED` and
/// `MCHTRANSFER.AUTHORIZATION.CLOSED` (自动收款授权结果通知, 用户关闭自动收款授权通知): a user
/// confirmed the authorization to receive transfers without confirming each one, or it was
/// closed (then with `close_info`).
///
/// [Official page](https://pay.weixin.qq.com/doc/v3/merchant/4014512908)
#[cfg(feature = "transfer")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct TransferAuthorizationNotification {
    /// The merchant id (商户号).
    pub mchid: Option<String>,
    /// The merchant's appid (商户AppID).
    pub appid: Option<String>,
    /// The merchant's authorization number (商户侧授权单号).
    pub out_authorization_no: String,
    /// WeChat Pay's authorization number (微信自动收款授权单号).
    pub authorization_id: Option<String>,
    /// State (单据状态).
    pub state: Option<String>,
    /// The payee's openid (收款用户OpenID).
    pub openid: Option<String>,
    /// The name shown for the user (用户展示名称).
    pub user_display_name: Option<String>,
    /// When the user confirmed, RFC 3339 (用户确认授权的时间).
    pub authorize_time: Option<String>,
    /// How it was closed, for `MCHTRANSFER.AUTHORIZATION.CLOSED` (自动收款授权的关闭信息).
    pub close_info: Option<TransferAuthorizationCloseInfo>,
}

// ---------------------------------------------------------------------------------------------
// 智慧商圈 (feature `businesscircle`)

/// The resource of `MALL_TRANSACTION.SUCCESS` (商圈支付结果通知): a member who authorized the
/// points service paid at a shop of the business circle.
///
/// [Official page](https://pay.weixin.qq.com/docs/merchant/apis/smart-business-circle/on-site-payment.html)
#[cfg(feature = "businesscircle")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct MallTransactionNotification {
    /// The business circle's merchant id (商户号).
    pub mchid: String,
    /// The business circle's name (商圈商户名称).
    pub merchant_name: Option<String>,
    /// The shop's name (门店名称).
    pub shop_name: Option<String>,
    /// The shop's number (门店编号).
    pub shop_number: Option<String>,
    /// The business circle's appid (AppID).
    pub appid: Option<String>,
    /// The user's openid under `appid` (用户标识).
    pub openid: String,
    /// Amount paid, in fen (金额).
    pub amount: Option<i64>,
    /// When it was paid, RFC 3339 (交易完成时间).
    pub time_end: Option<String>,
    /// WeChat Pay's order number (微信支付订单号).
    pub transaction_id: Option<String>,
    /// Set when the merchant must commit the points itself (手动提交积分标记).
    pub commit_tag: Option<String>,
    /// How the member authorized the points service (授权类型).
    pub auth_type: Option<MallAuthType>,
    /// The member card code (会员卡code).
    pub code: Option<String>,
}

/// The resource of `MALL_REFUND.SUCCESS` (商圈退款成功通知): a payment at a shop of the
/// business circle was refunded.
///
/// [Official page](https://pay.weixin.qq.com/docs/merchant/apis/smart-business-circle/on-site-refund.html)
#[cfg(feature = "businesscircle")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct MallRefundNotification {
    /// The business circle's merchant id (商户号).
    pub mchid: String,
    /// The business circle's name (商圈商户名称).
    pub merchant_name: Option<String>,
    /// The shop's name (门店名称).
    pub shop_name: Option<String>,
    /// The shop's number (门店编号).
    pub shop_number: Option<String>,
    /// The business circle's appid (AppID).
    pub appid: Option<String>,
    /// The user's openid under `appid` (用户标识).
    pub openid: String,
    /// When it was refunded, RFC 3339 (退款成功时间).
    pub refund_time: Option<String>,
    /// Amount paid, in fen (消费金额).
    pub pay_amount: Option<i64>,
    /// Amount refunded, in fen (退款金额).
    pub refund_amount: Option<i64>,
    /// WeChat Pay's order number (微信支付订单号).
    pub transaction_id: String,
    /// WeChat Pay's refund number (微信支付退款号).
    pub refund_id: String,
}

#[cfg(feature = "businesscircle")]
wire_enum! {
    /// How a member authorized the points service (授权类型).
    pub enum MallAuthType {
        /// `REGISTERED_MODE`: an already registered member authorized.
        RegisteredMode = "REGISTERED_MODE",
        /// `REGISTERED_AND_AUTHORIZATION_MODE`: registered and authorized together.
        RegisteredAndAuthorizationMode = "REGISTERED_AND_AUTHORIZATION_MODE",
    }
}

/// The resource of `MALL_AUTH.ACTIVATE_CARD` (会员积分服务授权通知): a member authorized the
/// business circle's points service.
///
/// [Official page](https://pay.weixin.qq.com/docs/merchant/apis/smart-business-circle/authorization-services.html)
#[cfg(feature = "businesscircle")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct MallAuthNotification {
    /// The user's openid (用户标识).
    pub openid: String,
    /// The member card code (会员卡code).
    pub code: Option<String>,
    /// The business circle's merchant id (商户号).
    pub mchid: String,
    /// How it was authorized (授权类型).
    pub auth_type: Option<MallAuthType>,
}

// ---------------------------------------------------------------------------------------------
// 微信支付分∙计划, 服务账户 (feature `payscore`)

/// A step of a signed pay-score plan (签约计划明细).
#[cfg(feature = "payscore")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct PayScoreSignedPlanDetail {
    /// Sequence number (计划明细序号).
    pub plan_detail_no: Option<i64>,
    /// Original price in fen (计划明细原支付金额).
    pub original_price: Option<i64>,
    /// The discount, in words (计划明细优惠说明).
    pub plan_discount_description: Option<String>,
    /// Price after discount, in fen (计划明细实际支付金额).
    pub actual_price: Option<i64>,
    /// State, e.g. `NOT_USED` (计划明细状态).
    pub plan_detail_state: Option<String>,
    /// The pay-score service order of the step (计划明细对应的支付分服务单号).
    pub order_id: Option<String>,
    /// The merchant's order number for the step (商户侧计划明细使用订单号).
    pub merchant_plan_detail_no: Option<String>,
    /// Name (计划详情名称).
    pub plan_detail_name: Option<String>,
    /// Amount actually paid for the step, in fen (计划明细对应订单实际支付金额).
    pub actual_pay_price: Option<i64>,
    /// When it was used (详情使用时间).
    pub use_time: Option<String>,
    /// When it was completed (详情完成时间).
    pub complete_time: Option<String>,
    /// When it was cancelled (详情取消时间).
    pub cancel_time: Option<String>,
}

/// The resource of `PAYSCORE.USER_SIGN_PLAN` (用户签约计划成功通知) and
/// `PAYSCORE.USER_CANCEL_SIGN_PLAN` (取消签约回调通知): a user signed up to a pay-score plan,
/// or the sign-up was cancelled.
///
/// [Official page](https://pay.weixin.qq.com/docs/merchant/apis/payscore-plan/sign-plan-notice.html),
/// [cancellation](https://pay.weixin.qq.com/docs/merchant/apis/payscore-plan/cancel-sign-plan-notice.html)
#[cfg(feature = "payscore")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct PayScoreSignPlanNotification {
    /// WeChat Pay's sign-up id (计划签约ID).
    pub sign_plan_id: String,
    /// The user's openid under `appid` (用户标识).
    pub openid: Option<String>,
    /// The user's openid under `sub_appid`, partner mode (子商户用户标识).
    pub sub_openid: Option<String>,
    /// The service id (服务ID).
    pub service_id: Option<String>,
    /// The merchant id (商户号).
    pub mchid: Option<String>,
    /// The sub-merchant id, partner mode (子商户号).
    pub sub_mchid: Option<String>,
    /// The appid (应用ID).
    pub appid: Option<String>,
    /// The sub-merchant's appid, partner mode (子商户应用ID).
    pub sub_appid: Option<String>,
    /// The merchant's sign-up number (商户签约计划单号).
    pub merchant_sign_plan_no: String,
    /// The notification URL of the sign-up (商户回调地址).
    pub merchant_callback_url: Option<String>,
    /// The plan id (签约所属计划ID).
    pub plan_id: Option<String>,
    /// The step the user has reached (目前用户进行到的计划详情序号).
    pub going_detail_no: Option<i64>,
    /// State, e.g. `UNSIGNED` or `SIGN_PLAN_CANCEL` (计划签约状态).
    pub sign_state: Option<String>,
    /// When it was cancelled, RFC 3339 (签约计划取消时间).
    pub cancel_sign_time: Option<String>,
    /// How it was cancelled, e.g. `REVOKE_SERVICE` (签约计划取消类型).
    pub cancel_sign_type: Option<String>,
    /// Why it was cancelled (签约计划取消原因).
    pub cancel_reason: Option<String>,
    /// The plan's name (签约计划的名称).
    pub plan_name: Option<String>,
    /// When the plan expires, RFC 3339 (签约计划的过期时间).
    pub plan_over_time: Option<String>,
    /// Original total in fen (签约计划原总金额).
    pub total_origin_price: Option<i64>,
    /// Number of deductions (签约计划扣费次数).
    pub deduction_quantity: Option<i64>,
    /// Total after discounts, in fen (签约计划实际总金额).
    pub total_actual_price: Option<i64>,
    /// The steps (签约计划明细列表).
    pub signed_detail_list: Option<Vec<PayScoreSignedPlanDetail>>,
    /// When the user signed, RFC 3339 (签约时间).
    pub sign_time: Option<String>,
}

#[cfg(feature = "payscore")]
wire_enum! {
    /// State of a service-account binding (受理状态).
    pub enum PayScoreServiceAccountApplyState {
        /// `PROCESSING`: being reviewed.
        Processing = "PROCESSING",
        /// `APPROVED`: bound.
        Approved = "APPROVED",
        /// `REJECTED`: rejected; see `reject_reason`.
        Rejected = "REJECTED",
    }
}

/// The resource of `PAYSCORE.BIND_SERVICE_ACCOUNT` (服务账户绑定结果通知): the result of a
/// sub-merchant's application to bind a pay-score service.
///
/// [Official page](https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_15.shtml)
#[cfg(feature = "payscore")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct PayScoreServiceAccountNotification {
    /// The service id (服务ID).
    pub service_id: Option<String>,
    /// The service provider's appid (服务商应用ID).
    pub appid: Option<String>,
    /// The service provider's merchant id (服务商商户号).
    pub mchid: Option<String>,
    /// The sub-merchant's appid (子商户应用ID).
    pub sub_appid: Option<String>,
    /// The sub-merchant id (子商户商户号).
    pub sub_mchid: Option<String>,
    /// The application number (申请单号).
    pub out_apply_no: String,
    /// State (受理状态).
    pub apply_state: PayScoreServiceAccountApplyState,
    /// Why it was rejected (拒绝原因).
    pub reject_reason: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 支付分∙先享卡 (feature `discount_card`)

/// The agreed period of a discount card (约定时间期限).
#[cfg(feature = "discount_card")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct DiscountCardTimeRange {
    /// Start, RFC 3339 (约定开始时间).
    pub begin_time: Option<String>,
    /// End, RFC 3339 (约定结束时间).
    pub end_time: Option<String>,
}

/// The payment by which a user gives back a discount card's benefits (用户退回优惠的付款信息).
#[cfg(feature = "discount_card")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct DiscountCardPayInformation {
    /// Amount in fen (付款金额).
    pub pay_amount: Option<i64>,
    /// State, e.g. `PAYING` (付款状态).
    pub pay_state: Option<String>,
    /// WeChat Pay's order number (微信支付订单号).
    pub transaction_id: Option<String>,
    /// When it was paid, RFC 3339 (支付时间).
    pub pay_time: Option<String>,
}

/// A completion of a discount card's objective (目标完成记录).
#[cfg(feature = "discount_card")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct DiscountCardObjectiveCompletion {
    /// Serial number (目标完成流水号).
    pub objective_completion_serial_no: Option<String>,
    /// The objective (目标ID).
    pub objective_id: Option<String>,
    /// When, RFC 3339 (目标完成时间).
    pub completion_time: Option<String>,
    /// `INCREASE` or `DECREASE` (目标完成类型).
    pub completion_type: Option<String>,
    /// Description (目标完成描述).
    pub description: Option<String>,
    /// Quantity (目标完成数量).
    pub completion_count: Option<i64>,
    /// Remark (备注说明).
    pub remark: Option<String>,
}

/// An objective of a discount card (目标).
#[cfg(feature = "discount_card")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct DiscountCardObjective {
    /// The objective's id (目标ID).
    pub objective_id: Option<String>,
    /// Name (目标名称).
    pub name: Option<String>,
    /// Quantity (目标数量).
    pub count: Option<i64>,
    /// Unit (目标单位).
    pub unit: Option<String>,
    /// Description (目标描述).
    pub description: Option<String>,
    /// Completions (目标完成记录).
    pub objective_completion_records: Option<Vec<DiscountCardObjectiveCompletion>>,
}

/// A use of a discount card's benefit (优惠使用记录).
#[cfg(feature = "discount_card")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct DiscountCardRewardUsage {
    /// Serial number (优惠使用记录流水号).
    pub reward_usage_serial_no: Option<String>,
    /// The benefit (优惠ID).
    pub reward_id: Option<String>,
    /// When, RFC 3339 (优惠使用时间).
    pub usage_time: Option<String>,
    /// `INCREASE` or `DECREASE` (优惠使用类型).
    pub usage_type: Option<String>,
    /// Description (优惠使用描述).
    pub description: Option<String>,
    /// Quantity (优惠使用数量).
    pub usage_count: Option<i64>,
    /// Amount in fen (优惠金额).
    pub amount: Option<i64>,
    /// Remark (备注说明).
    pub remark: Option<String>,
}

/// A benefit of a discount card (优惠).
#[cfg(feature = "discount_card")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct DiscountCardReward {
    /// The benefit's id (优惠ID).
    pub reward_id: Option<String>,
    /// Name (优惠名称).
    pub name: Option<String>,
    /// `COUNT_LIMIT` or `COUNT_UNLIMITED` (优惠数量类型).
    pub count_type: Option<String>,
    /// Quantity (优惠数量).
    pub count: Option<i64>,
    /// Unit (优惠单位).
    pub unit: Option<String>,
    /// Amount in fen (优惠金额).
    pub amount: Option<i64>,
    /// Description (优惠描述).
    pub description: Option<String>,
    /// Uses (优惠使用记录).
    pub reward_usage_records: Option<Vec<DiscountCardRewardUsage>>,
}

/// The resource of `DISCOUNT_CARD.USER_ACCEPTED` (先享卡用户领卡通知),
/// `DISCOUNT_CARD.AGREEMENT_ENDED` (先享卡用户守约状态变化通知) and `DISCOUNT_CARD.USER_PAID`
/// (先享卡扣费状态变化通知): a discount card.
///
/// [Official page](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/discount-card/chapter5_1.shtml),
/// [agreement ended](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/discount-card/chapter5_2.shtml),
/// [paid](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/discount-card/chapter5_3.shtml)
#[cfg(feature = "discount_card")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct DiscountCardNotification {
    /// The card id (先享卡ID).
    pub card_id: String,
    /// The card template id (先享卡模板ID).
    pub card_template_id: Option<String>,
    /// The user's openid (用户标识).
    pub openid: Option<String>,
    /// The merchant's card code (商户领卡号).
    pub out_card_code: String,
    /// The appid (公众账号ID).
    pub appid: Option<String>,
    /// The merchant id (商户号).
    pub mchid: Option<String>,
    /// The agreed period (约定时间期限).
    pub time_range: Option<DiscountCardTimeRange>,
    /// State, e.g. `ONGOING` (状态).
    pub state: Option<String>,
    /// Why the agreement was not kept, e.g. `DUE_TO_QUIT` (未完成约定原因).
    pub unfinished_reason: Option<String>,
    /// Total benefit enjoyed, in fen (享受优惠总金额).
    pub total_amount: Option<i64>,
    /// The payment giving back the benefits (用户退回优惠的付款信息).
    pub pay_information: Option<DiscountCardPayInformation>,
    /// When the card was created, RFC 3339 (创卡时间).
    pub create_time: Option<String>,
    /// Objectives (目标列表).
    pub objectives: Option<Vec<DiscountCardObjective>>,
    /// Benefits (优惠列表).
    pub rewards: Option<Vec<DiscountCardReward>>,
    /// The inviting user's openid (邀请者用户标识).
    pub sharer_openid: Option<String>,
}

/// An objective of a discount-card order, as the card was received (先享卡目标).
#[cfg(feature = "discount_card")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct DiscountCardOrderCardObjective {
    /// The objective's id (先享卡目标ID).
    pub objective_id: Option<i64>,
    /// Name (目标名称).
    pub name: Option<String>,
    /// Quantity (目标数量).
    pub count: Option<i64>,
    /// Unit (目标单位).
    pub unit: Option<String>,
    /// Description (目标描述).
    pub description: Option<String>,
}

/// A benefit of a discount-card order, as the card was received (先享卡奖励).
#[cfg(feature = "discount_card")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct DiscountCardOrderCardReward {
    /// The benefit's id (先享卡奖励ID).
    pub reward_id: Option<i64>,
    /// Name (奖励名称).
    pub name: Option<String>,
    /// Quantity (奖励数量).
    pub count: Option<i64>,
    /// Unit (奖励单位).
    pub unit: Option<String>,
    /// Amount in fen (奖励金额).
    pub amount: Option<i64>,
    /// Description (奖励描述).
    pub description: Option<String>,
}

/// A performance of a discount-card order's objective (目标达成明细).
#[cfg(feature = "discount_card")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct DiscountCardOrderObjective {
    /// Serial number (目标流水号).
    pub objective_serial_no: Option<String>,
    /// The objective (先享卡目标ID).
    pub objective_id: Option<i64>,
    /// Name (目标名称).
    pub name: Option<String>,
    /// Unit (目标单位).
    pub unit: Option<String>,
    /// Description (履约描述).
    pub performance_description: Option<String>,
    /// `INCREASE` or `DECREASE` (履约类型).
    pub performance_type: Option<String>,
    /// Quantity (目标数量).
    pub count: Option<i64>,
    /// When, RFC 3339 (履约时间).
    pub performance_time: Option<String>,
    /// Remark (备注说明).
    pub remark: Option<String>,
}

/// A benefit given by a discount-card order (奖励明细).
#[cfg(feature = "discount_card")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct DiscountCardOrderReward {
    /// Serial number (奖励流水号).
    pub reward_serial_no: Option<String>,
    /// The benefit (先享卡奖励ID).
    pub reward_id: Option<i64>,
    /// Name (奖励名称).
    pub name: Option<String>,
    /// Unit (奖励单位).
    pub unit: Option<String>,
    /// Description (奖励描述).
    pub description: Option<String>,
    /// `INCREASE` or `DECREASE` (奖励类型).
    pub reward_type: Option<String>,
    /// Quantity (奖励数量).
    pub count: Option<i64>,
    /// Amount in fen (奖励金额).
    pub amount: Option<i64>,
    /// When, RFC 3339 (奖励时间).
    pub reward_time: Option<String>,
    /// Remark (备注说明).
    pub remark: Option<String>,
}

/// The resource of `DISCOUNT_CARD.GET_CARD` (先享卡用户领卡通知) and `DISCOUNT_CARD.SETTLEMENT`
/// (先享卡用户结算通知) of the pay-score discount card (支付分∙先享卡): a discount-card order.
///
/// [Official page](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter4_1.shtml),
/// [settlement](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter4_2.shtml)
#[cfg(feature = "discount_card")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct DiscountCardOrderNotification {
    /// The merchant's discount-card order number (先享卡订单号).
    pub out_order_no: String,
    /// The card id (先享卡ID).
    pub discount_card_id: Option<String>,
    /// The merchant's order number (商户订单号).
    pub out_trade_no: Option<String>,
    /// The appid (公众账号ID).
    pub appid: Option<String>,
    /// The service id (服务ID).
    pub service_id: Option<String>,
    /// WeChat Pay's service order number (微信支付服务订单号).
    pub order_id: Option<String>,
    /// WeChat Pay's order number, settlement only (微信支付交易单号).
    pub transaction_id: Option<String>,
    /// The user's openid (用户标识).
    pub openid: Option<String>,
    /// When the card starts, RFC 3339 (先享卡开始时间).
    pub card_begin_time: Option<String>,
    /// When the card ends, RFC 3339 (先享卡结束时间).
    pub card_end_time: Option<String>,
    /// The card's name (先享卡名称).
    pub card_name: Option<String>,
    /// The objectives, in words (目标描述).
    pub objective_description: Option<String>,
    /// The benefits, in words (奖励描述).
    pub reward_description: Option<String>,
    /// Expected benefit, in fen (预估奖励金额).
    pub estimated_reward_amount: Option<i64>,
    /// How to use it online (线上使用说明).
    pub online_instructions: Option<String>,
    /// How to use it offline (线下使用说明).
    pub offline_instructions: Option<String>,
    /// State, e.g. `CREATED` or `CHARGED` (订单状态).
    pub state: Option<String>,
    /// Total in fen (总金额).
    pub total_amount: Option<i64>,
    /// Amount deducted, in fen (扣除金额).
    pub deduction_amount: Option<i64>,
    /// Amount settled, in fen (结算金额).
    pub settlement_amount: Option<i64>,
    /// When the order was created, RFC 3339 (创建时间).
    pub create_time: Option<String>,
    /// When it was paid, RFC 3339 (支付时间).
    pub pay_time: Option<String>,
    /// The card's objectives, when it was received (先享卡目标).
    pub card_objectives: Option<Vec<DiscountCardOrderCardObjective>>,
    /// The card's benefits, when it was received (先享卡奖励).
    pub card_rewards: Option<Vec<DiscountCardOrderCardReward>>,
    /// Objectives reached, settlement (目标达成明细列表).
    pub objectives: Option<Vec<DiscountCardOrderObjective>>,
    /// Benefits given, settlement (奖励明细列表).
    pub rewards: Option<Vec<DiscountCardOrderReward>>,
}

// ---------------------------------------------------------------------------------------------
// 平台收付通∙商家充值 (feature `platsolution`)

/// The amount of a recharge (充值金额信息).
#[cfg(feature = "platsolution")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct RechargeAmount {
    /// Amount in fen (总金额).
    pub amount: Option<i64>,
    /// Currency, `CNY` (货币类型).
    pub currency: Option<String>,
}

/// The payer of a QR-code recharge (扫码充值的付款信息).
#[cfg(feature = "platsolution")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct RechargeQrInfo {
    /// The paying user's openid (用户OpenID).
    pub openid: Option<String>,
}

/// The bank transfer of a bank-transfer recharge (转账充值的付款信息).
#[cfg(feature = "platsolution")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct RechargeBankTransferInfo {
    /// The bank's serial number of the transfer (转入的银行流水单号).
    pub bill_no: Option<String>,
    /// The transfer's memo (转账充值附言).
    pub memo: Option<String>,
    /// The paying account's bank (开户银行名称).
    pub bank_name: Option<String>,
    /// Last four digits of the paying account (银行卡号后四位).
    pub bank_card_tail: Option<String>,
}

#[cfg(feature = "platsolution")]
pub use crate::platsolution::recharges::RechargeState;

/// The resource of `RECHARGE.SUCCESS` and `RECHARGE.CLOSED` (平台收付通商家充值∙充值结果通知):
/// a second-level merchant's recharge succeeded or was closed.
///
/// [Official page](https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-recharge/notification/recharge-notice.html)
#[cfg(feature = "platsolution")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct RechargeNotification {
    /// The platform's merchant id (平台商户号).
    pub sp_mchid: Option<String>,
    /// The second-level merchant id (二级商户号).
    pub sub_mchid: Option<String>,
    /// The platform's recharge number (商户充值单号).
    pub out_recharge_no: String,
    /// WeChat Pay's recharge number (微信支付充值单号).
    pub recharge_id: String,
    /// Scene, e.g. `ECOMMERCE_DEPOSIT` (充值场景).
    pub recharge_scene: Option<String>,
    /// The account topped up, e.g. `DEPOSIT` (充值入账账户).
    pub account_type: Option<String>,
    /// Channel, `QR_RECHARGE` or `BANK_TRANSFER` (充值渠道).
    pub recharge_channel: Option<String>,
    /// Amount (充值金额信息).
    pub recharge_amount: Option<RechargeAmount>,
    /// State (充值状态).
    pub recharge_state: RechargeState,
    /// State, in words (充值状态描述).
    pub recharge_state_desc: Option<String>,
    /// When it was accepted, RFC 3339 (充值受理时间).
    pub accept_time: Option<String>,
    /// When it succeeded, RFC 3339 (充值成功时间).
    pub success_time: Option<String>,
    /// When it was closed, RFC 3339 (充值关闭时间).
    pub close_time: Option<String>,
    /// Remark (备注).
    pub remark: Option<String>,
    /// The payer, QR-code recharges (扫码充值的付款信息).
    pub qr_recharge_info: Option<RechargeQrInfo>,
    /// The bank transfer, bank-transfer recharges (转账充值的付款信息).
    pub bank_transfer_info: Option<RechargeBankTransferInfo>,
}

// ---------------------------------------------------------------------------------------------
// 租用充电宝∙隔夜归还 (feature `hire_power_bank`)

#[cfg(feature = "hire_power_bank")]
wire_enum! {
    /// Whether the user received the insurance (保险订单领取状态).
    pub enum PowerBankInsuranceReceiveState {
        /// `RECEIVING`: being received.
        Receiving = "RECEIVING",
        /// `RECEIVED`: received.
        Received = "RECEIVED",
        /// `FAILED`: not received.
        Failed = "FAILED",
    }
}

/// The resource of `HIRE_POWER_BANK.RECEIVE_INSURANCE` (隔夜归还保险订单状态变化通知): the
/// receiving state of an overnight-return insurance order changed.
///
/// [Official page](https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/status-change-notice.html)
#[cfg(feature = "hire_power_bank")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct PowerBankInsuranceNotification {
    /// WeChat Pay's insurance order number (保险订单号).
    pub order_id: Option<String>,
    /// The merchant's order number (商户保险订单号).
    pub out_order_no: String,
    /// The user's openid (用户标识).
    pub openid: Option<String>,
    /// Most claims allowed (最大理赔次数).
    pub max_claim_count: Option<i64>,
    /// Claims made (已理赔次数).
    pub claimed_count: Option<i64>,
    /// When it was received, RFC 3339 (保险订单领取时间).
    pub order_receive_time: Option<String>,
    /// Receiving state (保险订单领取状态).
    pub order_receive_state: Option<PowerBankInsuranceReceiveState>,
    /// When cover starts, RFC 3339 (保险订单开始时间).
    pub order_begin_time: Option<String>,
    /// When cover ends, RFC 3339 (保险订单结束时间).
    pub order_end_time: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 教育续费通 (feature `edu_papay`)

/// The contract of an [`EduPapayContractNotification`] (签约信息).
#[cfg(feature = "edu_papay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct EduPapayContractInformation {
    /// The contract id (签约协议号).
    pub contract_id: Option<String>,
    /// State, e.g. `ADD` (签约状态).
    pub contract_status: Option<String>,
    /// When it was signed, RFC 3339 (签约时间).
    pub create_time: Option<String>,
}

/// The resource of `ENTRUST.SIGNING` and `ENTRUST.RELEASE` (教育续费通接收签约结果通知): an
/// education fee contract was signed or ended.
///
/// [Official page](https://pay.weixin.qq.com/docs/partner/apis/education-fee-payment/contracts-result-notification.html)
#[cfg(feature = "edu_papay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct EduPapayContractNotification {
    /// The service provider's merchant id (服务商商户号).
    pub sp_mchid: Option<String>,
    /// The appid (服务商APPID).
    pub appid: Option<String>,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: Option<String>,
    /// The sub-merchant's appid (子商户APPID).
    pub sub_appid: Option<String>,
    /// The user's openid under `appid` (服务商APPID下的用户标识).
    pub openid: Option<String>,
    /// The user's openid under `sub_appid` (子商户APPID下的用户标识).
    pub sub_openid: Option<String>,
    /// The contract template (签约模板号).
    pub plan_id: Option<String>,
    /// The contract (签约信息).
    pub contract_information: EduPapayContractInformation,
}

// ---------------------------------------------------------------------------------------------
// 校园轻松付 (feature `eduschoolpay`)

#[cfg(feature = "eduschoolpay")]
wire_enum! {
    /// Whether a user owes (用户状态).
    pub enum EduSchoolPayUserState {
        /// `NORMAL`: no debt.
        Normal = "NORMAL",
        /// `FORBIDDEN`: in debt; deductions are stopped.
        Forbidden = "FORBIDDEN",
    }
}

/// The resource of `EDU_SCHOOL_PAY.USER_DEBT_STATE_UPDATE` (用户欠款状态商户通知): a user's debt
/// state changed.
///
/// [Official page](https://pay.weixin.qq.com/docs/partner/apis/campus-easy-pay/user-debt-state/users-debt-notice.html)
#[cfg(feature = "eduschoolpay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct EduSchoolPayDebtNotification {
    /// The merchant's appid (商户appid).
    pub appid: Option<String>,
    /// The user's openid under `appid` (商户appid下的用户标识).
    pub openid: String,
    /// State (用户状态).
    pub state: EduSchoolPayUserState,
    /// Number of unpaid deductions (当前用户欠款笔数).
    pub debt_count: Option<i64>,
    /// When the state changed, RFC 3339 (用户欠款状态更新时间).
    pub update_time: Option<String>,
}

/// The payer of an [`EduSchoolPayTransactionNotification`] (支付者).
#[cfg(feature = "eduschoolpay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct EduSchoolPayPayer {
    /// The user's openid under `appid` (商户appid下的用户标识).
    pub openid: Option<String>,
    /// The user's openid under `sub_appid` (子商户appid下的用户标识).
    pub sub_openid: Option<String>,
}

/// The amounts of an [`EduSchoolPayTransactionNotification`] (订单金额).
#[cfg(feature = "eduschoolpay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct EduSchoolPayAmount {
    /// Order total in fen (订单金额).
    pub total: Option<i64>,
    /// What the user paid, in fen (用户支付金额).
    pub payer_total: Option<i64>,
    /// Discount in fen (折扣).
    pub discount_total: Option<i64>,
    /// Currency (货币类型).
    pub currency: Option<String>,
}

/// The device of an [`EduSchoolPayTransactionNotification`] (设备信息).
#[cfg(feature = "eduschoolpay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct EduSchoolPayDeviceInfo {
    /// Device number (设备号).
    pub device_id: Option<String>,
    /// The merchant device's IP (商户端设备ip).
    pub device_ip: Option<String>,
}

/// The resource of `TRANSACTION.INDUSTRY_SUCCESS` and `TRANSACTION.INDUSTRY_FAILED` (校园轻松付
/// 扣费结果通知): a campus easy-pay deduction succeeded or failed.
///
/// [Official page](https://pay.weixin.qq.com/docs/partner/apis/campus-easy-pay/transactions/pay-result-notice.html)
#[cfg(feature = "eduschoolpay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct EduSchoolPayTransactionNotification {
    /// The merchant id (商户号).
    pub mchid: Option<String>,
    /// The merchant's appid (商户appid).
    pub appid: Option<String>,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: Option<String>,
    /// The sub-merchant's appid (子商户appid).
    pub sub_appid: Option<String>,
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
    /// WeChat Pay's order number (微信支付订单号).
    pub transaction_id: Option<String>,
    /// Kind of payment (交易类型).
    pub trade_type: Option<TradeType>,
    /// State (交易状态).
    pub trade_state: TradeState,
    /// State, in words (交易状态描述).
    pub trade_state_desc: Option<String>,
    /// The paying bank (付款银行).
    pub bank_type: Option<String>,
    /// The merchant's data, as sent (商户数据).
    pub attach: Option<String>,
    /// When it was paid, RFC 3339 (支付完成时间).
    pub success_time: Option<String>,
    /// The payer (支付者).
    pub payer: Option<EduSchoolPayPayer>,
    /// Amounts (订单金额).
    pub amount: Option<EduSchoolPayAmount>,
    /// The device (设备信息).
    pub device_info: Option<EduSchoolPayDeviceInfo>,
    /// Discounts (优惠详情).
    pub promotion_detail: Option<Vec<PromotionDetail>>,
}

// ---------------------------------------------------------------------------------------------
// 平台收付通∙合单代扣 (feature `ecommerce`)

/// The resource of `ECOMMERCE_ENTRUST.SIGN` and `ECOMMERCE_ENTRUST.TERMINATE` (收付通合单代扣
/// 签约、解约结果通知): a combined-order deduction contract was signed or ended.
///
/// [Official page](https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter5_5_7.shtml)
#[cfg(feature = "ecommerce")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct EcommerceEntrustNotification {
    /// The merchant id (商户号).
    pub mchid: Option<String>,
    /// The appid (应用ID).
    pub appid: Option<String>,
    /// The merchant's contract number (商户侧签约协议号).
    pub out_contract_code: String,
    /// WeChat Pay's contract id (委托代扣协议ID).
    pub contract_id: Option<String>,
    /// The contract template (模板ID).
    pub plan_id: Option<i64>,
    /// The user's openid (用户标识).
    pub openid: Option<String>,
    /// When it was signed or ended, RFC 3339 (操作时间).
    pub operate_time: Option<String>,
    /// When it expires, RFC 3339 (到期时间).
    pub contract_expired_time: Option<String>,
    /// How it ended, termination only (解约方式).
    pub contract_termination_mode: Option<String>,
}
