//! The decrypted resources of the notifications other than payment and refund results, each
//! behind its product family's feature (hand-written from the official notification pages).

#![allow(unused_imports)]

use crate::model::wire_enum;
use crate::resources::{PromotionDetail, TradeState, TradeType, TransactionSceneInfo};

// ---------------------------------------------------------------------------------------------
// 商家转账 (feature `transfer`)

#[cfg(feature = "transfer")]
pub use crate::transfer::bills::CreateTransferBillResponseState as TransferBillState;

/// The resource of `MCHTRANSFER.BILL.FINISHED` (商家转账回调通知): a transfer bill reached a
/// final state (`SUCCESS`, `FAIL` or `CANCELLED`).
#[cfg(feature = "transfer")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct TransferBillNotification {
    /// The merchant id (商户号).
    pub mchid: String,
    /// The merchant's bill number (商户单号).
    pub out_bill_no: String,
    /// WeChat Pay's bill number (微信转账单号).
    pub transfer_bill_no: String,
    /// State (单据状态).
    pub state: TransferBillState,
    /// Amount in fen (转账金额).
    pub transfer_amount: i64,
    /// The payee's openid (收款用户OpenID).
    pub openid: Option<String>,
    /// Why it failed, when `state` is `FAIL` (失败原因).
    pub fail_reason: Option<String>,
    /// When the bill was created, RFC 3339 (单据创建时间).
    pub create_time: String,
    /// When the bill last changed, RFC 3339 (最后一次状态变更时间).
    pub update_time: String,
}

// ---------------------------------------------------------------------------------------------
// 分账 (feature `profitsharing`)

#[cfg(feature = "profitsharing")]
wire_enum! {
    /// Kind of profit-sharing receiver (分账接收方类型).
    pub enum ProfitSharingReceiverType {
        /// `MERCHANT_ID`: a merchant id.
        MerchantId = "MERCHANT_ID",
        /// `PERSONAL_OPENID`: a user's openid.
        PersonalOpenid = "PERSONAL_OPENID",
    }
}

/// The receiver of a [`ProfitSharingNotification`] (分账接收方).
#[cfg(feature = "profitsharing")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct ProfitSharingNotificationReceiver {
    /// Kind of account (分账接收方类型).
    pub r#type: Option<ProfitSharingReceiverType>,
    /// The merchant id or openid (分账接收方账号).
    pub account: Option<String>,
    /// Amount moved, in fen (分账动账金额).
    pub amount: Option<i64>,
    /// Description (分账/回退描述).
    pub description: Option<String>,
}

/// The resource of the profit-sharing notifications (分账动账通知, `PROFITSHARING.SUCCESS`,
/// `PROFITSHARING.RETURN`): sent to a receiver when its share moves.
#[cfg(feature = "profitsharing")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct ProfitSharingNotification {
    /// The merchant id, direct mode (直连商户号).
    pub mchid: Option<String>,
    /// The service provider's merchant id (服务商商户号).
    pub sp_mchid: Option<String>,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: Option<String>,
    /// WeChat Pay's order number (微信订单号).
    pub transaction_id: Option<String>,
    /// WeChat Pay's profit-sharing or return number (微信分账/回退单号).
    pub order_id: Option<String>,
    /// The sharer's profit-sharing or return number (商户分账/回退单号).
    pub out_order_no: Option<String>,
    /// The receiver and the amount (分账接收方).
    pub receiver: Option<ProfitSharingNotificationReceiver>,
    /// When it succeeded, RFC 3339 (成功时间).
    pub success_time: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 微信支付分 (feature `payscore`)

#[cfg(feature = "payscore")]
wire_enum! {
    /// Whether the user opened or closed the service (回调状态).
    pub enum PayScoreServiceStatus {
        /// `USER_OPEN_SERVICE`: authorized.
        Open = "USER_OPEN_SERVICE",
        /// `USER_CLOSE_SERVICE`: authorization revoked.
        Close = "USER_CLOSE_SERVICE",
    }
}

/// The resource of `PAYSCORE.USER_OPEN_SERVICE` and `PAYSCORE.USER_CLOSE_SERVICE`
/// (授权/解除授权服务回调通知).
#[cfg(feature = "payscore")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct PayScorePermissionNotification {
    /// The appid (应用ID).
    pub appid: Option<String>,
    /// The merchant id (商户号).
    pub mchid: Option<String>,
    /// The sub-merchant id, partner mode (子商户号).
    pub sub_mchid: Option<String>,
    /// The sub-merchant's appid (子商户应用ID).
    pub sub_appid: Option<String>,
    /// The service id (服务ID).
    pub service_id: Option<String>,
    /// The user's openid under `appid` (用户标识).
    pub openid: Option<String>,
    /// The user's openid under `sub_appid` (子商户用户标识).
    pub sub_openid: Option<String>,
    /// Opened or closed (回调状态).
    pub user_service_status: Option<PayScoreServiceStatus>,
    /// When it was opened or closed, RFC 3339 (服务开启/解除授权时间).
    pub openorclose_time: Option<String>,
    /// The merchant's authorization agreement number, pre-authorization only (授权协议号).
    pub authorization_code: Option<String>,
    /// The merchant's request number of the authorization (商户请求单号).
    pub out_request_no: Option<String>,
}

#[cfg(feature = "payscore")]
pub use crate::payscore::ServiceOrderState as PayScoreOrderState;

/// A post-paid item or a discount of a service order (后付费项目, 商户优惠).
#[cfg(feature = "payscore")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct PayScoreOrderItem {
    /// Name (名称).
    pub name: Option<String>,
    /// Amount in fen (金额).
    pub amount: Option<i64>,
    /// Description (说明).
    pub description: Option<String>,
    /// Quantity, post-paid items only (数量).
    pub count: Option<i64>,
}

/// The risk fund of a service order (服务风险金).
#[cfg(feature = "payscore")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct PayScoreRiskFund {
    /// Name, e.g. `DEPOSIT` (风险金名称).
    pub name: Option<String>,
    /// Amount in fen (风险金额).
    pub amount: Option<i64>,
    /// Description (风险说明).
    pub description: Option<String>,
}

/// The time range of a service order (服务时间段).
#[cfg(feature = "payscore")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct PayScoreTimeRange {
    /// Start, `yyyyMMddHHmmss` or `OnAccept` (服务开始时间).
    pub start_time: Option<String>,
    /// Remark on the start (服务开始时间备注).
    pub start_time_remark: Option<String>,
    /// End (服务结束时间).
    pub end_time: Option<String>,
    /// Remark on the end (服务结束时间备注).
    pub end_time_remark: Option<String>,
}

/// The location of a service order (服务位置).
#[cfg(feature = "payscore")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct PayScoreLocation {
    /// Where it starts (服务开始地点).
    pub start_location: Option<String>,
    /// Where it ends (服务结束地点).
    pub end_location: Option<String>,
}

/// A payment of a service order's collection (收款明细).
#[cfg(feature = "payscore")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct PayScoreCollectionDetail {
    /// Sequence number (收款序号).
    pub seq: Option<i64>,
    /// Amount in fen (单笔收款金额).
    pub amount: Option<i64>,
    /// Channel, e.g. `NEWTON` or `MCH` (收款成功渠道).
    pub paid_type: Option<String>,
    /// When it was paid (收款成功时间).
    pub paid_time: Option<String>,
    /// WeChat Pay's order number (微信支付交易单号).
    pub transaction_id: Option<String>,
    /// Discounts (优惠功能).
    pub promotion_detail: Option<Vec<PromotionDetail>>,
}

/// The collection of a service order (收款信息).
#[cfg(feature = "payscore")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct PayScoreCollection {
    /// State, e.g. `USER_PAYING` or `USER_PAID` (收款状态).
    pub state: Option<String>,
    /// Total to collect, in fen (总收款金额).
    pub total_amount: Option<i64>,
    /// Still to collect, in fen (待收金额).
    pub paying_amount: Option<i64>,
    /// Collected, in fen (已收金额).
    pub paid_amount: Option<i64>,
    /// Payments (收款明细列表).
    pub details: Option<Vec<PayScoreCollectionDetail>>,
}

/// The resource of `PAYSCORE.USER_CONFIRM` (确认订单回调通知) and `PAYSCORE.USER_PAID`
/// (支付成功回调通知): a pay-score service order.
#[cfg(feature = "payscore")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct PayScoreOrderNotification {
    /// The appid (应用ID).
    pub appid: Option<String>,
    /// The merchant id (商户号).
    pub mchid: Option<String>,
    /// The sub-merchant id, partner mode (子商户号).
    pub sub_mchid: Option<String>,
    /// The sub-merchant's appid (子商户应用ID).
    pub sub_appid: Option<String>,
    /// The channel merchant id (渠道商商户号).
    pub channel_id: Option<String>,
    /// The merchant's service order number (商户服务订单号).
    pub out_order_no: String,
    /// The service id (服务ID).
    pub service_id: String,
    /// The user's openid under `appid` (用户标识).
    pub openid: Option<String>,
    /// The user's openid under `sub_appid` (子商户用户标识).
    pub sub_openid: Option<String>,
    /// State (服务订单状态).
    pub state: PayScoreOrderState,
    /// Detail of `DOING`, e.g. `USER_CONFIRM` or `MCH_COMPLETE` (订单状态说明).
    pub state_description: Option<String>,
    /// Total in fen (总金额).
    pub total_amount: Option<i64>,
    /// The service, in words (服务信息).
    pub service_introduction: Option<String>,
    /// Post-paid items (后付费项目).
    pub post_payments: Option<Vec<PayScoreOrderItem>>,
    /// Discounts (商户优惠).
    pub post_discounts: Option<Vec<PayScoreOrderItem>>,
    /// Risk fund (服务风险金).
    pub risk_fund: Option<PayScoreRiskFund>,
    /// Time range (服务时间段).
    pub time_range: Option<PayScoreTimeRange>,
    /// Location (服务位置).
    pub location: Option<PayScoreLocation>,
    /// The merchant's data, as sent (商户数据包).
    pub attach: Option<String>,
    /// The notification URL of the order (商户回调地址).
    pub notify_url: Option<String>,
    /// WeChat Pay's service order number (微信支付服务订单号).
    pub order_id: Option<String>,
    /// Whether WeChat Pay collects the payment (是否需要收款).
    pub need_collection: Option<bool>,
    /// Collection (收款信息).
    pub collection: Option<PayScoreCollection>,
}

// ---------------------------------------------------------------------------------------------
// 营销: 代金券, 商家券, 会员卡 (feature `marketing`)

#[cfg(feature = "marketing")]
wire_enum! {
    /// State of a coupon (券状态).
    pub enum CouponStatus {
        /// `SENDED`: usable.
        Sended = "SENDED",
        /// `USED`: used.
        Used = "USED",
        /// `EXPIRED`: expired.
        Expired = "EXPIRED",
    }
}

/// Face value and threshold of a coupon (普通满减券信息).
#[cfg(feature = "marketing")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct CouponNormalInformation {
    /// Face value in fen (面额).
    pub coupon_amount: i64,
    /// Minimum order in fen (门槛).
    pub transaction_minimum: i64,
}

/// A goods line of a coupon use (单品信息).
#[cfg(feature = "marketing")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct CouponConsumeGoods {
    /// Goods code (单品编码).
    pub goods_id: String,
    /// Quantity (单品数量).
    pub quantity: i64,
    /// Unit price in fen (单品单价).
    pub price: i64,
    /// Discount in fen (优惠金额).
    pub discount_amount: i64,
}

/// How a coupon was used (已实扣代金券信息).
#[cfg(feature = "marketing")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct CouponConsumeInformation {
    /// When it was used, RFC 3339 (核销时间).
    pub consume_time: Option<String>,
    /// The merchant that took it (核销商户号).
    pub consume_mchid: Option<String>,
    /// WeChat Pay's order number (微信支付订单号).
    pub transaction_id: Option<String>,
    /// Amount used, in fen, consumption credit only (核销金额).
    pub consume_amount: Option<i64>,
    /// The goods (单品信息).
    pub goods_detail: Option<Vec<CouponConsumeGoods>>,
}

/// Single-item cap of a coupon (单品优惠特定信息).
#[cfg(feature = "marketing")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct CouponSingleitemDiscountOff {
    /// Highest unit price discounted, in fen (单品最高优惠价格).
    pub single_price_max: Option<i64>,
}

/// Cut-to terms of a coupon (减至优惠限定).
#[cfg(feature = "marketing")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct CouponDiscountTo {
    /// Unit price after the cut, in fen (减至后优惠单价).
    pub cut_to_price: Option<i64>,
    /// Highest price eligible, in fen (可享受优惠的最高价格).
    pub max_price: Option<i64>,
}

/// The resource of `COUPON.USE` (代金券核销事件回调通知): a coupon was used.
#[cfg(feature = "marketing")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct CouponUseNotification {
    /// The stock creator's merchant id (创建批次的商户号).
    pub stock_creator_mchid: String,
    /// The stock id (批次号).
    pub stock_id: String,
    /// The coupon id (代金券id).
    pub coupon_id: String,
    /// Name (券名称).
    pub coupon_name: Option<String>,
    /// State (券状态).
    pub status: Option<CouponStatus>,
    /// Description (使用说明).
    pub description: Option<String>,
    /// When the user got it, RFC 3339 (领券时间).
    pub create_time: Option<String>,
    /// Kind, `NORMAL` or `CUT_TO` (券类型).
    pub coupon_type: Option<String>,
    /// Whether no funds move (是否无资金流).
    pub no_cash: Option<bool>,
    /// Usable from, RFC 3339 (可用开始时间).
    pub available_begin_time: Option<String>,
    /// Usable until, RFC 3339 (可用结束时间).
    pub available_end_time: Option<String>,
    /// Whether it is a single-item coupon (是否单品优惠).
    pub singleitem: Option<bool>,
    /// Face value and threshold (满减券信息).
    pub normal_coupon_information: Option<CouponNormalInformation>,
    /// How it was used (已实扣代金券信息).
    pub consume_information: Option<CouponConsumeInformation>,
    /// Single-item cap (单品优惠特定信息).
    pub singleitem_discount_off: Option<CouponSingleitemDiscountOff>,
    /// Cut-to terms (减至优惠限定).
    pub discount_to: Option<CouponDiscountTo>,
    /// `MULTIUSE` for consumption credit (细分业务类型).
    pub business_type: Option<String>,
}

/// Channel details of a merchant coupon sent (发券附加信息).
#[cfg(feature = "marketing")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct BusiCouponAttachInfo {
    /// The paid order, pay-gift channel (支付有礼订单号).
    pub transaction_id: Option<String>,
    /// The activity, marketing-hall channel (营销馆活动ID).
    pub act_code: Option<String>,
    /// The marketing hall (营销馆ID).
    pub hall_code: Option<String>,
    /// The hall's merchant id (营销馆所属商户号).
    pub hall_belong_mch_id: Option<i64>,
    /// The member card, member-card channel (会员卡ID).
    pub card_id: Option<String>,
    /// The user's member card code (会员卡code).
    pub code: Option<String>,
    /// The member-card activity (会员有礼活动ID).
    pub activity_id: Option<String>,
}

/// The resource of `COUPON.SEND` (商家券领券事件回调通知): a user received a merchant coupon.
#[cfg(feature = "marketing")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct BusiCouponSendNotification {
    /// Sub-event, `EVENT_TYPE_BUSICOUPON_SEND` (事件类型).
    pub event_type: Option<String>,
    /// The coupon code (券code).
    pub coupon_code: Option<String>,
    /// The stock id (批次号).
    pub stock_id: Option<String>,
    /// When it was sent, RFC 3339 (发放时间).
    pub send_time: Option<String>,
    /// The user's openid (用户标识).
    pub openid: Option<String>,
    /// The user's unionid (用户统一标识).
    pub unionid: Option<String>,
    /// Channel, e.g. `BUSICOUPON_SEND_CHANNEL_MINIAPP` (发放渠道).
    pub send_channel: String,
    /// The sending merchant (发券商户号).
    pub send_merchant: String,
    /// Channel details (发券附加信息).
    pub attach_info: Option<BusiCouponAttachInfo>,
}

/// The resource of the member-card notifications (会员卡事件通知: `MEMBERCARD.ACCEPT_CARD`,
/// `MEMBERCARD.ACTIVATE_CARD`, `MEMBERCARD.USERCARD_MANAGE`).
#[cfg(feature = "marketing")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct MemberCardNotification {
    /// Sub-event, e.g. `NEW_ACTIVATE` or `USER_DELETE_MEMBERCARD` (事件类型).
    pub event_type: Option<String>,
    /// The card id (会员卡ID).
    pub card_id: Option<String>,
    /// The user's card code (会员卡code).
    pub code: Option<String>,
    /// When it happened, RFC 3339 (事件时间).
    pub event_time: String,
    /// The user's openid (用户标识).
    pub openid: String,
    /// The user's unionid (用户统一标识).
    pub unionid: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// 消费者投诉 (feature `complaints`)

#[cfg(feature = "complaints")]
wire_enum! {
    /// What changed a complaint (动作类型).
    pub enum ComplaintActionType {
        /// `CREATE_COMPLAINT`: a new complaint.
        CreateComplaint = "CREATE_COMPLAINT",
        /// `CONTINUE_COMPLAINT`: the user complained again.
        ContinueComplaint = "CONTINUE_COMPLAINT",
        /// `USER_RESPONSE`: the user replied.
        UserResponse = "USER_RESPONSE",
        /// `RESPONSE_BY_PLATFORM`: the platform replied.
        ResponseByPlatform = "RESPONSE_BY_PLATFORM",
        /// `SELLER_REFUND`: the merchant refunded.
        SellerRefund = "SELLER_REFUND",
        /// `MERCHANT_RESPONSE`: the merchant replied.
        MerchantResponse = "MERCHANT_RESPONSE",
        /// `MERCHANT_CONFIRM_COMPLETE`: the merchant finished handling it.
        MerchantConfirmComplete = "MERCHANT_CONFIRM_COMPLETE",
        /// `USER_APPLY_PLATFORM_SERVICE`: the user asked the platform to step in.
        UserApplyPlatformService = "USER_APPLY_PLATFORM_SERVICE",
        /// `USER_CANCEL_PLATFORM_SERVICE`: the user withdrew that request.
        UserCancelPlatformService = "USER_CANCEL_PLATFORM_SERVICE",
        /// `PLATFORM_SERVICE_FINISHED`: the platform finished.
        PlatformServiceFinished = "PLATFORM_SERVICE_FINISHED",
        /// `MERCHANT_APPROVE_REFUND`: the merchant approved a refund.
        MerchantApproveRefund = "MERCHANT_APPROVE_REFUND",
        /// `MERCHANT_REJECT_REFUND`: the merchant rejected a refund.
        MerchantRejectRefund = "MERCHANT_REJECT_REFUND",
        /// `REFUND_SUCCESS`: refunded.
        RefundSuccess = "REFUND_SUCCESS",
    }
}

/// The resource of `COMPLAINT.CREATE` and `COMPLAINT.STATE_CHANGE` (投诉通知); query the
/// complaint by its id for the details.
#[cfg(feature = "complaints")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct ComplaintNotification {
    /// The complaint id (投诉单号).
    pub complaint_id: String,
    /// What happened (动作类型).
    pub action_type: ComplaintActionType,
}

// ---------------------------------------------------------------------------------------------
// 委托代扣 (feature `papay`)

#[cfg(feature = "papay")]
wire_enum! {
    /// State of a deduction contract (委托代扣协议状态).
    pub enum PapayContractState {
        /// `SIGNED`: signed.
        Signed = "SIGNED",
        /// `TERMINATED`: terminated.
        Terminated = "TERMINATED",
    }
}

/// How and when a contract ended (协议解约信息).
#[cfg(feature = "papay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct PapayContractTerminateInfo {
    /// Who ended it, e.g. `USER_TERMINATE` or `MCH_API_TERMINATE` (解约方式).
    pub contract_termination_mode: Option<String>,
    /// When, RFC 3339 (解约时间).
    pub contract_terminated_time: Option<String>,
    /// Remark (解约备注).
    pub contract_termination_remark: Option<String>,
}

/// An amount of a deduction schedule (金额).
#[cfg(feature = "papay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct PapayAmount {
    /// Amount in fen (总金额).
    pub amount: Option<i64>,
    /// Currency (货币类型).
    pub currency: Option<String>,
}

/// The schedule of a pre-scheduled deduction contract (预约扣费信息).
#[cfg(feature = "papay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct PapayDeductSchedule {
    /// Expected deduction date (预计扣费日期).
    pub estimated_deduct_date: Option<String>,
    /// Expected amount (预计扣费金额).
    pub estimated_deduct_amount: Option<PapayAmount>,
    /// State, e.g. `SCHEDULED` or `PAID` (扣费预约状态).
    pub schedule_state: Option<String>,
    /// Scheduled amount (已预约的扣费金额).
    pub scheduled_amount: Option<PapayAmount>,
    /// Deducted amount (实际扣费金额).
    pub deduct_amount: Option<PapayAmount>,
    /// Deduction date (实际扣费日期).
    pub deduct_date: Option<String>,
}

/// The resource of `ENTRUST.SIGN` and `ENTRUST.TERMINATE` (委托代扣签解约通知): a deduction
/// contract was signed or ended.
#[cfg(feature = "papay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct PapayContractNotification {
    /// The merchant id, direct mode (商户号).
    pub mchid: Option<String>,
    /// The appid, direct mode (应用ID).
    pub appid: Option<String>,
    /// The service provider's merchant id (服务商商户号).
    pub sp_mchid: Option<String>,
    /// The service provider's appid (服务商应用ID).
    pub sp_appid: Option<String>,
    /// The sub-merchant id (子商户号).
    pub sub_mchid: Option<String>,
    /// The sub-merchant's appid (子商户应用ID).
    pub sub_appid: Option<String>,
    /// WeChat Pay's contract id (委托代扣协议ID).
    pub contract_id: Option<String>,
    /// The contract template id (委托代扣协议模板ID).
    pub plan_id: Option<i64>,
    /// The merchant's contract number (商户签约协议号).
    pub out_contract_code: Option<String>,
    /// The account shown to the user (用户账户展示名称).
    pub contract_display_account: Option<String>,
    /// State (协议状态).
    pub contract_state: Option<PapayContractState>,
    /// When it was signed, RFC 3339 (协议签署时间).
    pub contract_signed_time: Option<String>,
    /// When it expires, RFC 3339 (协议到期时间).
    pub contract_expired_time: Option<String>,
    /// The user's openid under `appid` (用户标识).
    pub openid: Option<String>,
    /// The user's openid under `sp_appid` (用户服务标识).
    pub sp_openid: Option<String>,
    /// The user's openid under `sub_appid` (用户子标识).
    pub sub_openid: Option<String>,
    /// How it ended, when `TERMINATED` (协议解约信息).
    pub contract_terminate_info: Option<PapayContractTerminateInfo>,
    /// The deduction schedule, pre-scheduled templates only (预约扣费信息).
    pub deduct_schedule: Option<PapayDeductSchedule>,
}

// ---------------------------------------------------------------------------------------------
// 合单支付 (feature `pay`)

/// The amounts of a combined order's sub-order (订单金额).
#[cfg(feature = "pay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct CombineSubOrderAmount {
    /// Sub-order total in fen (标价金额).
    pub total_amount: Option<i64>,
    /// Currency (标价币种).
    pub currency: Option<String>,
    /// What the user paid, in fen (现金支付金额).
    pub payer_amount: Option<i64>,
    /// The user's currency (现金支付币种).
    pub payer_currency: Option<String>,
}

/// A sub-order of a [`CombineTransaction`] (子单信息).
#[cfg(feature = "pay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct CombineSubOrder {
    /// The sub-order's merchant id (子单商户号).
    pub mchid: String,
    /// The sub-merchant id, e-commerce platforms (二级商户号).
    pub sub_mchid: Option<String>,
    /// The sub-merchant's appid (子商户应用ID).
    pub sub_appid: Option<String>,
    /// The merchant's sub-order number (子单商户订单号).
    pub out_trade_no: String,
    /// WeChat Pay's order number (微信支付订单号).
    pub transaction_id: Option<String>,
    /// How it was paid (交易类型).
    pub trade_type: Option<TradeType>,
    /// State (交易状态).
    pub trade_state: TradeState,
    /// The paying bank or `OTHERS` (付款银行).
    pub bank_type: Option<String>,
    /// The merchant's data, as sent (附加数据).
    pub attach: Option<String>,
    /// When it was paid, RFC 3339 (支付完成时间).
    pub success_time: Option<String>,
    /// Amounts (订单金额).
    pub amount: Option<CombineSubOrderAmount>,
    /// Discounts (优惠功能).
    pub promotion_detail: Option<Vec<PromotionDetail>>,
}

/// The payer of a [`CombineTransaction`] (支付者).
#[cfg(feature = "pay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct CombinePayerInfo {
    /// The user's openid under `combine_appid` (用户标识).
    pub openid: Option<String>,
}

/// The resource of a combined-order payment notification (合单支付通知, `TRANSACTION.SUCCESS`
/// with `combine_out_trade_no`). Payments of personal collections (个人收款∙交易支付通知) are
/// combined orders too, with `trade_scenario` `RECOMMERCE`.
#[cfg(feature = "pay")]
#[derive(Debug, Clone, PartialEq, Eq, crate::__private::__Decode)]
#[non_exhaustive]
pub struct CombineTransaction {
    /// The combining merchant's appid (合单商户appid).
    pub combine_appid: String,
    /// The combining merchant id (合单商户号).
    pub combine_mchid: String,
    /// The merchant's combined order number (合单商户订单号).
    pub combine_out_trade_no: String,
    /// Scene (场景信息).
    pub scene_info: Option<TransactionSceneInfo>,
    /// Sub-orders (子单信息).
    pub sub_orders: Vec<CombineSubOrder>,
    /// The payer (支付者).
    pub combine_payer_info: Option<CombinePayerInfo>,
    /// Scene, `RECOMMERCE` for personal collections (交易场景; from the combined-order query's
    /// answer, which personal collections share).
    pub trade_scenario: Option<String>,
}
