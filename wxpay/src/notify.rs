//! Typed notifications (回调通知), verified and decrypted.
//!
//! [`Event`] types payment and refund results always, and, with their product family's
//! feature: combined-order payments (`pay`); transfer bills, batches, QQ-wallet transfers,
//! receiving authorizations and charity budgets (`transfer`); profit sharing (`profitsharing`);
//! pay-score authorizations, orders, plan sign-ups and service accounts (`payscore`); discount
//! cards and their orders (`discount_card`); business-circle payments, refunds and points
//! authorizations (`businesscircle`); coupon use, merchant coupons received and member-card
//! events (`marketing`); brand member cards (`brand`); complaints (`complaints`); deduction
//! contracts and termination retention (`papay`); platform recharges and personal-collection
//! settlements (`platsolution`); power-bank insurance (`hire_power_bank`); education fee
//! contracts (`edu_papay`); campus easy-pay deductions and debt states (`eduschoolpay`);
//! e-commerce combined-order deduction contracts and withdrawals (`ecommerce`);
//! enterprise-payment authorizations, quota cards, payments and refunds (`webizpay`);
//! cross-border deduction contracts and H5 permission applications (`global`); offline
//! face-pay contracts (`offlineface`); electronic invoices (`fapiao`); product coupons and
//! delivery plans (`marketing`); brand member-card points (`brand`); recharge returns
//! (`platsolution`); credit-card repayment contracts and deductions (`credit_repayment`);
//! termination inquiries and insurance deduction contracts (`papay`); parking entrances, ETC
//! contracts and failed or repaid parking orders (`vehicle`); parking fee queries (`parking`);
//! pay-score institution prepay requests (`payscore`); risky orders and violations (`risk`);
//! merchant management and block records (`mch_manage`); medical insurance payments
//! (`med_ins`); abnormal-fund transfers (`abnormal_fund`) and insurance policy grants
//! (`inspolicymgr`). Any other `event_type` is [`Event::Other`], its resource as JSON.
//!
//! `ENTRUST.TERMINATE_RETENTION` and `PARKING_FEE.QUERY_TRANS_INFO` want a JSON answer
//! (`PapayTerminateRetentionNotification::answer_with_coupon`,
//! `ParkingFeeQueryAnswer::to_answer`); a `NotifyEndpoint` handler cannot return one, so answer
//! them from [`ParseEvent::parse_event`] directly.
//!
//! ```no_run
//! # fn handle(client: &wxpay::Client, headers: &http::HeaderMap, body: &[u8]) -> wxpay::NotifyAnswer {
//! use wxpay::notify::{Event, ParseEvent as _};
//!
//! let parser = client.notifications().expect("the APIv3 key is configured");
//! match parser.parse_event(headers, body) {
//!     Ok(Event::Transaction(n)) => println!("paid: {}", n.resource.out_trade_no),
//!     Ok(Event::Refund(n)) => println!("refund {}: {}", n.resource.out_refund_no, n.event_type),
//!     Ok(other) => println!("{}", other.event_type()),
//!     Err(e) => return wxpay::NotifyAnswer::for_error(&e),
//! }
//! wxpay::NotifyAnswer::success()
//! # }
//! ```

use http::HeaderMap;

#[cfg(feature = "tower")]
mod endpoint;
#[cfg(feature = "tower")]
pub use endpoint::{
    BoxError, DEFAULT_ANSWER_WITHIN, DEFAULT_DEDUP_WINDOW, MemoryStore, NotifyEndpoint,
    NotifyHandler, SeenStore, mchid_from_path,
};

mod events;
mod events_batch2;
mod events_extra;
mod events_more;
#[allow(unused_imports)] // empty without the product-family features
pub use events::*;
#[allow(unused_imports)] // empty without the product-family features
pub use events_batch2::*;
#[allow(unused_imports)] // empty without the product-family features
pub use events_extra::*;
#[allow(unused_imports)] // empty without the product-family features
pub use events_more::*;

pub use crate::resources::*;
use crate::{Error, Notification, NotificationParser};

/// A verified, decrypted notification, typed by its `event_type`.
///
/// The events of a product family exist with its feature (`transfer`, `profitsharing`,
/// `payscore`, `discount_card`, `businesscircle`, `marketing`, `complaints`, `papay`, `pay`,
/// `platsolution`, `hire_power_bank`, `edu_papay`, `eduschoolpay`, `ecommerce`, `brand`,
/// `webizpay`, `global`, `offlineface`, `fapiao`, `credit_repayment`, `vehicle`, `parking`, `risk`,
/// `mch_manage`, `med_ins`, `abnormal_fund`, `inspolicymgr`); without it they arrive as
/// [`Event::Other`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Event {
    /// `TRANSACTION.SUCCESS` for a direct merchant.
    Transaction(Notification<Transaction>),
    /// `TRANSACTION.SUCCESS` for a service provider's sub-merchant (the resource has `sp_mchid`).
    PartnerTransaction(Notification<PartnerTransaction>),
    /// `TRANSACTION.SUCCESS` of a combined order (合单支付, the resource has
    /// `combine_out_trade_no`).
    #[cfg(feature = "pay")]
    CombineTransaction(Notification<CombineTransaction>),
    /// `REFUND.SUCCESS`, `REFUND.ABNORMAL` or `REFUND.CLOSED`.
    Refund(Notification<RefundNotification>),
    /// `MCHTRANSFER.BILL.FINISHED`: a transfer bill reached a final state (商家转账).
    #[cfg(feature = "transfer")]
    TransferBill(Notification<TransferBillNotification>),
    /// `MCHTRANSFER.BATCH.FINISHED` or `MCHTRANSFER.BATCH.CLOSED`: a transfer batch reached a
    /// final state (商家转账批次).
    #[cfg(feature = "transfer")]
    TransferBatch(Notification<TransferBatchNotification>),
    /// `MCHTRANSFER.QQWALLETBILL.FINISHED`: a transfer to a QQ wallet reached a final state
    /// (转账到QQ钱包).
    #[cfg(feature = "transfer")]
    TransferQqWalletBill(Notification<TransferQqWalletBillNotification>),
    /// `MCHTRANSFER.AUTHORIZATION.CONFIRMED` or `MCHTRANSFER.AUTHORIZATION.CLOSED`: a user
    /// authorized receiving transfers without confirming each, or the authorization was closed
    /// (自动收款授权, 关闭).
    #[cfg(feature = "transfer")]
    TransferAuthorization(Notification<TransferAuthorizationNotification>),
    /// `PROFITSHARING.SUCCESS` or `PROFITSHARING.RETURN` (分账动账通知, to a receiver).
    #[cfg(feature = "profitsharing")]
    ProfitSharing(Notification<ProfitSharingNotification>),
    /// `PAYSCORE.USER_OPEN_SERVICE` or `PAYSCORE.USER_CLOSE_SERVICE` (支付分授权/解除授权).
    #[cfg(feature = "payscore")]
    PayScorePermission(Notification<PayScorePermissionNotification>),
    /// `PAYSCORE.USER_CONFIRM` or `PAYSCORE.USER_PAID` (支付分确认订单, 支付成功).
    #[cfg(feature = "payscore")]
    PayScoreOrder(Notification<PayScoreOrderNotification>),
    /// `PAYSCORE.USER_SIGN_PLAN` or `PAYSCORE.USER_CANCEL_SIGN_PLAN` (支付分计划签约, 取消签约).
    #[cfg(feature = "payscore")]
    PayScoreSignPlan(Notification<PayScoreSignPlanNotification>),
    /// `PAYSCORE.BIND_SERVICE_ACCOUNT` (支付分服务账户绑定结果).
    #[cfg(feature = "payscore")]
    PayScoreServiceAccount(Notification<PayScoreServiceAccountNotification>),
    /// `DISCOUNT_CARD.USER_ACCEPTED`, `DISCOUNT_CARD.AGREEMENT_ENDED` or
    /// `DISCOUNT_CARD.USER_PAID` (先享卡领卡, 守约状态变化, 扣费状态变化).
    #[cfg(feature = "discount_card")]
    DiscountCard(Notification<DiscountCardNotification>),
    /// `DISCOUNT_CARD.GET_CARD` or `DISCOUNT_CARD.SETTLEMENT` (支付分∙先享卡领卡, 结算).
    #[cfg(feature = "discount_card")]
    DiscountCardOrder(Notification<DiscountCardOrderNotification>),
    /// `MALL_TRANSACTION.SUCCESS`: a member paid in the business circle (商圈支付结果).
    #[cfg(feature = "businesscircle")]
    MallTransaction(Notification<MallTransactionNotification>),
    /// `MALL_REFUND.SUCCESS`: a business-circle payment was refunded (商圈退款成功).
    #[cfg(feature = "businesscircle")]
    MallRefund(Notification<MallRefundNotification>),
    /// `MALL_AUTH.ACTIVATE_CARD`: a member authorized the points service (会员积分服务授权).
    #[cfg(feature = "businesscircle")]
    MallAuth(Notification<MallAuthNotification>),
    /// `COUPON.USE`: a coupon was used (代金券核销).
    #[cfg(feature = "marketing")]
    CouponUse(Notification<CouponUseNotification>),
    /// `COUPON.SEND`: a merchant coupon was received (商家券领券).
    #[cfg(feature = "marketing")]
    BusiCouponSend(Notification<BusiCouponSendNotification>),
    /// `MEMBERCARD.ACCEPT_CARD`, `MEMBERCARD.ACTIVATE_CARD` or `MEMBERCARD.USERCARD_MANAGE`
    /// (会员卡事件).
    #[cfg(feature = "marketing")]
    MemberCard(Notification<MemberCardNotification>),
    /// `COMPLAINT.CREATE` or `COMPLAINT.STATE_CHANGE` (投诉通知).
    #[cfg(feature = "complaints")]
    Complaint(Notification<ComplaintNotification>),
    /// `ENTRUST.SIGN` or `ENTRUST.TERMINATE` (委托代扣签解约).
    #[cfg(feature = "papay")]
    PapayContract(Notification<PapayContractNotification>),
    /// `RECHARGE.SUCCESS` or `RECHARGE.CLOSED` (平台收付通商家充值结果).
    #[cfg(feature = "platsolution")]
    Recharge(Notification<RechargeNotification>),
    /// `HIRE_POWER_BANK.RECEIVE_INSURANCE` (隔夜归还保险订单状态变化).
    #[cfg(feature = "hire_power_bank")]
    PowerBankInsurance(Notification<PowerBankInsuranceNotification>),
    /// `ENTRUST.SIGNING` or `ENTRUST.RELEASE` (教育续费通签约, 解约).
    #[cfg(feature = "edu_papay")]
    EduPapayContract(Notification<EduPapayContractNotification>),
    /// `EDU_SCHOOL_PAY.USER_DEBT_STATE_UPDATE` (校园轻松付用户欠款状态).
    #[cfg(feature = "eduschoolpay")]
    EduSchoolPayDebt(Notification<EduSchoolPayDebtNotification>),
    /// `TRANSACTION.INDUSTRY_SUCCESS` or `TRANSACTION.INDUSTRY_FAILED` (校园轻松付扣费结果).
    #[cfg(feature = "eduschoolpay")]
    EduSchoolPayTransaction(Notification<EduSchoolPayTransactionNotification>),
    /// `ECOMMERCE_ENTRUST.SIGN` or `ECOMMERCE_ENTRUST.TERMINATE` (收付通合单代扣签解约).
    #[cfg(feature = "ecommerce")]
    EcommerceEntrust(Notification<EcommerceEntrustNotification>),
    /// `MCHWITHDRAW.CHANGE`: a platform's or second-level merchant's withdrawal changed state
    /// (商户提现状态变更).
    #[cfg(feature = "ecommerce")]
    Withdraw(Notification<WithdrawNotification>),
    /// `MEMBERCARDSP.USER_CARD.CREATE` or `MEMBERCARDSP.USER_CARD.DELETE` (also spelled
    /// `BRAND_MEMBER_CARD_SP.USER_CARD.…`; 商家名片会员卡开通, 删除).
    #[cfg(feature = "brand")]
    BrandMemberCard(Notification<BrandMemberCardNotification>),
    /// `BUDGET.LOCKED`, `BUDGET.CLOSED` or `BUDGET.FINISHED` (公益捐赠预算申请结果).
    #[cfg(feature = "transfer")]
    CharityBudget(Notification<CharityBudgetNotification>),
    /// `WEBIZPAY.AUTHORIZED` or `WEBIZPAY.REVOKED` (企业支付关系授权, 解除授权).
    #[cfg(feature = "webizpay")]
    WebizpayAuthorization(Notification<WebizpayAuthorizationNotification>),
    /// `WEBIZPAY.QUOTACARDEXPIRED` (企业支付额度卡失效).
    #[cfg(feature = "webizpay")]
    WebizpayQuotaCard(Notification<WebizpayQuotaCardNotification>),
    /// `WEBIZPAY.PAYMENTSUCCESS` (企业支付额度卡支付成功).
    #[cfg(feature = "webizpay")]
    WebizpayPayment(Notification<WebizpayPaymentNotification>),
    /// `WEBIZPAY.PAYMENTREFUNDSUCCESS` (企业支付额度卡退款成功).
    #[cfg(feature = "webizpay")]
    WebizpayRefund(Notification<WebizpayRefundNotification>),
    /// `PAPAY.SIGN` or `PAPAY.TERMINATE` (跨境委托代扣签约, 解约).
    #[cfg(feature = "global")]
    GlobalPapayContract(Notification<GlobalPapayContractNotification>),
    /// `APPLYMENT_STATE.APPROVED` (跨境H5支付权限申请审核通过).
    #[cfg(feature = "global")]
    GlobalH5Applyment(Notification<GlobalH5ApplymentNotification>),
    /// `FACEPAY.USER_STATE_CHANGE` (离线刷脸签约状态变更).
    #[cfg(feature = "offlineface")]
    FacePayContract(Notification<FacePayContractNotification>),
    /// `SETTLEMENT.SUCCESS` (个人收款结算).
    #[cfg(feature = "platsolution")]
    PersonalSettlement(Notification<PersonalSettlementNotification>),
    /// `ENTRUST.TERMINATE_RETENTION` (代扣解约挽留信息).
    #[cfg(feature = "papay")]
    PapayTerminateRetention(Notification<PapayTerminateRetentionNotification>),
    /// `FAPIAO.ISSUED`, `FAPIAO.REVERSED`, `FAPIAO.CARD_INSERTED` or `FAPIAO.CARD_DISCARDED`
    /// (发票开具, 冲红, 插入卡包, 卡券作废).
    #[cfg(feature = "fapiao")]
    Fapiao(Notification<FapiaoNotification>),
    /// `FAPIAO.USER_APPLIED` (用户发票抬头填写完成).
    #[cfg(feature = "fapiao")]
    FapiaoUserApplied(Notification<FapiaoUserAppliedNotification>),
    /// `PRODUCT_COUPON_SP.SEND` (商品券领券).
    #[cfg(feature = "marketing")]
    ProductCouponSend(Notification<ProductCouponSendNotification>),
    /// `PRODUCT_COUPON_SP.IMAGE_GENERATION` (商品券图片生成结果).
    #[cfg(feature = "marketing")]
    ProductCouponImage(Notification<ProductCouponImageNotification>),
    /// `DELIVERY_PLAN.CHANGE`, earlier `DELIVERY_PLAN_STATE.DELIVER` (投放计划状态变更).
    #[cfg(feature = "marketing")]
    DeliveryPlan(Notification<DeliveryPlanNotification>),
    /// `BRAND_MEMBER_CARD_SP.POINT_EXCHANGE_COUPON` (商家名片会员积分兑券).
    #[cfg(feature = "brand")]
    BrandPointExchangeCoupon(Notification<BrandPointExchangeCouponNotification>),
    /// `BRAND_MEMBER_CARD_SP.SYNC_USER_POINT` (商家名片会员积分同步).
    #[cfg(feature = "brand")]
    BrandSyncUserPoint(Notification<BrandSyncUserPointNotification>),
    /// `RECHARGE.FUND_RETURNED` (平台收付通充值资金退回).
    #[cfg(feature = "platsolution")]
    RechargeFundReturned(Notification<RechargeFundReturnedNotification>),
    /// `CREDIT_REPAYMENT.SIGN_CONTRACT` or `CREDIT_REPAYMENT.TERMINATE_CONTRACT` (自动还款签解约).
    #[cfg(feature = "credit_repayment")]
    CreditRepaymentContract(Notification<CreditRepaymentContractNotification>),
    /// `CREDIT_REPAYMENT.DEDUCTION_PAY` (自动还款扣费成功).
    #[cfg(feature = "credit_repayment")]
    CreditRepaymentDeduction(Notification<CreditRepaymentDeductionNotification>),
    /// `ENTRUST.TERMINATE_INQUIRY` (代扣解约问询).
    #[cfg(feature = "papay")]
    PapayTerminateInquiry(Notification<PapayTerminateInquiryNotification>),
    /// `INSURANCE_ENTRUST.SIGN`, `INSURANCE_ENTRUST.TERMINATE` or `INSURANCE_ENTRUST.RENEW`
    /// (保险商户委托代扣签约, 解约, 续期).
    #[cfg(feature = "papay")]
    InsuranceEntrust(Notification<InsuranceEntrustNotification>),
    /// `VEHICLE.ENTRANCE_STATE_CHANGE` (停车入场状态变更).
    #[cfg(feature = "vehicle")]
    VehicleEntrance(Notification<VehicleEntranceNotification>),
    /// `VEHICLE.USER_STATE_CHANGE` (ETC授权签约状态变化).
    #[cfg(feature = "vehicle")]
    VehicleEtcState(Notification<VehicleEtcStateNotification>),
    /// `TRANSACTION.FAIL` or `TRANSACTION.PAY_BACK` of a pay-score parking order (the resource's
    /// `trade_scene` is `PARKING`; 停车服务扣费失败, 用户还款).
    #[cfg(feature = "vehicle")]
    ParkingTransaction(Notification<ParkingTransactionNotification>),
    /// `PARKING_FEE.QUERY_TRANS_INFO` (停车缴费商户查费; answer with
    /// [`ParkingFeeQueryAnswer`]).
    #[cfg(feature = "parking")]
    ParkingFeeQuery(Notification<ParkingFeeQueryNotification>),
    /// `PAYSCORE.MCH_PREPAY` (支付分从业机构商户预下单).
    #[cfg(feature = "payscore")]
    PayScoreMchPrepay(Notification<PayScoreMchPrepayNotification>),
    /// `RISKTRADE.IDENTIFICATION` (风险订单).
    #[cfg(feature = "risk")]
    RiskTrade(Notification<RiskTradeNotification>),
    /// `VIOLATION.PUNISH`, `VIOLATION.INTERCEPT` or `VIOLATION.APPEAL` (商户违规处罚, 拦截, 申诉).
    #[cfg(feature = "risk")]
    Violation(Notification<ViolationNotification>),
    /// `MANAGERECORD.CHANGE` (商户管理记录).
    #[cfg(feature = "mch_manage")]
    ManageRecord(Notification<ManageRecordNotification>),
    /// `BLOCKRECORD.CHANGE` (交易拦截记录).
    #[cfg(feature = "mch_manage")]
    BlockRecord(Notification<BlockRecordNotification>),
    /// `BLOCKSUBMISSION.CHANGE` (交易拦截申诉).
    #[cfg(feature = "mch_manage")]
    BlockSubmission(Notification<BlockSubmissionNotification>),
    /// `MEDICAL_INSURANCE.SUCCESS` (医保混合收款成功).
    #[cfg(feature = "med_ins")]
    MedicalInsurance(Notification<MedicalInsuranceNotification>),
    /// `ABNORMAL_FUND_PROCESSING.TRANSFER.SUCCESS` (在途异常资金转付成功).
    #[cfg(feature = "abnormal_fund")]
    AbnormalFundTransfer(Notification<AbnormalFundTransferNotification>),
    /// `INSURANCE_POLICY_MANAGEMENT.GRANTED` (微信保单服务用户授权成功).
    #[cfg(feature = "inspolicymgr")]
    InsurancePolicyGrant(Notification<InsurancePolicyGrantNotification>),
    /// Any other event, with its decrypted resource as JSON.
    Other(Notification<serde_json::Value>),
}

/// Evaluates `$body` with `$n` bound to the notification of whichever variant `$event` is.
macro_rules! each_event {
    ($event:expr, $n:ident => $body:expr) => {
        match $event {
            Event::Transaction($n) => $body,
            Event::PartnerTransaction($n) => $body,
            #[cfg(feature = "pay")]
            Event::CombineTransaction($n) => $body,
            Event::Refund($n) => $body,
            #[cfg(feature = "transfer")]
            Event::TransferBill($n) => $body,
            #[cfg(feature = "transfer")]
            Event::TransferBatch($n) => $body,
            #[cfg(feature = "transfer")]
            Event::TransferQqWalletBill($n) => $body,
            #[cfg(feature = "transfer")]
            Event::TransferAuthorization($n) => $body,
            #[cfg(feature = "profitsharing")]
            Event::ProfitSharing($n) => $body,
            #[cfg(feature = "payscore")]
            Event::PayScorePermission($n) => $body,
            #[cfg(feature = "payscore")]
            Event::PayScoreOrder($n) => $body,
            #[cfg(feature = "payscore")]
            Event::PayScoreSignPlan($n) => $body,
            #[cfg(feature = "payscore")]
            Event::PayScoreServiceAccount($n) => $body,
            #[cfg(feature = "discount_card")]
            Event::DiscountCard($n) => $body,
            #[cfg(feature = "discount_card")]
            Event::DiscountCardOrder($n) => $body,
            #[cfg(feature = "businesscircle")]
            Event::MallTransaction($n) => $body,
            #[cfg(feature = "businesscircle")]
            Event::MallRefund($n) => $body,
            #[cfg(feature = "businesscircle")]
            Event::MallAuth($n) => $body,
            #[cfg(feature = "marketing")]
            Event::CouponUse($n) => $body,
            #[cfg(feature = "marketing")]
            Event::BusiCouponSend($n) => $body,
            #[cfg(feature = "marketing")]
            Event::MemberCard($n) => $body,
            #[cfg(feature = "complaints")]
            Event::Complaint($n) => $body,
            #[cfg(feature = "papay")]
            Event::PapayContract($n) => $body,
            #[cfg(feature = "platsolution")]
            Event::Recharge($n) => $body,
            #[cfg(feature = "hire_power_bank")]
            Event::PowerBankInsurance($n) => $body,
            #[cfg(feature = "edu_papay")]
            Event::EduPapayContract($n) => $body,
            #[cfg(feature = "eduschoolpay")]
            Event::EduSchoolPayDebt($n) => $body,
            #[cfg(feature = "eduschoolpay")]
            Event::EduSchoolPayTransaction($n) => $body,
            #[cfg(feature = "ecommerce")]
            Event::EcommerceEntrust($n) => $body,
            #[cfg(feature = "ecommerce")]
            Event::Withdraw($n) => $body,
            #[cfg(feature = "brand")]
            Event::BrandMemberCard($n) => $body,
            #[cfg(feature = "transfer")]
            Event::CharityBudget($n) => $body,
            #[cfg(feature = "webizpay")]
            Event::WebizpayAuthorization($n) => $body,
            #[cfg(feature = "webizpay")]
            Event::WebizpayQuotaCard($n) => $body,
            #[cfg(feature = "webizpay")]
            Event::WebizpayPayment($n) => $body,
            #[cfg(feature = "webizpay")]
            Event::WebizpayRefund($n) => $body,
            #[cfg(feature = "global")]
            Event::GlobalPapayContract($n) => $body,
            #[cfg(feature = "global")]
            Event::GlobalH5Applyment($n) => $body,
            #[cfg(feature = "offlineface")]
            Event::FacePayContract($n) => $body,
            #[cfg(feature = "platsolution")]
            Event::PersonalSettlement($n) => $body,
            #[cfg(feature = "papay")]
            Event::PapayTerminateRetention($n) => $body,
            #[cfg(feature = "fapiao")]
            Event::Fapiao($n) => $body,
            #[cfg(feature = "fapiao")]
            Event::FapiaoUserApplied($n) => $body,
            #[cfg(feature = "marketing")]
            Event::ProductCouponSend($n) => $body,
            #[cfg(feature = "marketing")]
            Event::ProductCouponImage($n) => $body,
            #[cfg(feature = "marketing")]
            Event::DeliveryPlan($n) => $body,
            #[cfg(feature = "brand")]
            Event::BrandPointExchangeCoupon($n) => $body,
            #[cfg(feature = "brand")]
            Event::BrandSyncUserPoint($n) => $body,
            #[cfg(feature = "platsolution")]
            Event::RechargeFundReturned($n) => $body,
            #[cfg(feature = "credit_repayment")]
            Event::CreditRepaymentContract($n) => $body,
            #[cfg(feature = "credit_repayment")]
            Event::CreditRepaymentDeduction($n) => $body,
            #[cfg(feature = "papay")]
            Event::PapayTerminateInquiry($n) => $body,
            #[cfg(feature = "papay")]
            Event::InsuranceEntrust($n) => $body,
            #[cfg(feature = "vehicle")]
            Event::VehicleEntrance($n) => $body,
            #[cfg(feature = "vehicle")]
            Event::VehicleEtcState($n) => $body,
            #[cfg(feature = "vehicle")]
            Event::ParkingTransaction($n) => $body,
            #[cfg(feature = "parking")]
            Event::ParkingFeeQuery($n) => $body,
            #[cfg(feature = "payscore")]
            Event::PayScoreMchPrepay($n) => $body,
            #[cfg(feature = "risk")]
            Event::RiskTrade($n) => $body,
            #[cfg(feature = "risk")]
            Event::Violation($n) => $body,
            #[cfg(feature = "mch_manage")]
            Event::ManageRecord($n) => $body,
            #[cfg(feature = "mch_manage")]
            Event::BlockRecord($n) => $body,
            #[cfg(feature = "mch_manage")]
            Event::BlockSubmission($n) => $body,
            #[cfg(feature = "med_ins")]
            Event::MedicalInsurance($n) => $body,
            #[cfg(feature = "abnormal_fund")]
            Event::AbnormalFundTransfer($n) => $body,
            #[cfg(feature = "inspolicymgr")]
            Event::InsurancePolicyGrant($n) => $body,
            Event::Other($n) => $body,
        }
    };
}

impl Event {
    /// The `event_type`, e.g. `TRANSACTION.SUCCESS`.
    pub fn event_type(&self) -> &str {
        each_event!(self, n => &n.event_type)
    }

    /// The merchant whose keys verified it ([`Notification::merchant`]): with a merchant
    /// registry, the merchant it was routed to.
    pub fn merchant(&self) -> Option<&str> {
        each_event!(self, n => n.merchant.as_deref())
    }

    /// The notification id (WeChat Pay may deliver the same one more than once).
    pub fn id(&self) -> &str {
        each_event!(self, n => &n.id)
    }
}

/// Parses notifications into [`Event`]s.
pub trait ParseEvent {
    /// Verifies (signature and the 5-minute window), decrypts and types a notification.
    ///
    /// A known event whose resource does not fit its type is a decode error (answered `400`,
    /// so WeChat Pay delivers it again), never silently [`Event::Other`].
    fn parse_event(&self, headers: &HeaderMap, body: &[u8]) -> Result<Event, Error>;
}

impl ParseEvent for NotificationParser {
    fn parse_event(&self, headers: &HeaderMap, body: &[u8]) -> Result<Event, Error> {
        let n: Notification<serde_json::Value> = self.parse(headers, body)?;
        let has = |field: &str| n.resource.get(field).is_some();
        // Parking, insurance and education deductions share `TRANSACTION.FAIL` and
        // `TRANSACTION.PAY_BACK`; only parking orders carry `trade_scene` `PARKING`.
        #[allow(unused_variables)]
        let is_parking = n
            .resource
            .get("trade_scene")
            .and_then(serde_json::Value::as_str)
            == Some("PARKING");
        Ok(match n.event_type.as_str() {
            #[cfg(feature = "pay")]
            "TRANSACTION.SUCCESS" if has("combine_out_trade_no") => {
                Event::CombineTransaction(retype(n)?)
            }
            #[cfg(not(feature = "pay"))]
            "TRANSACTION.SUCCESS" if has("combine_out_trade_no") => Event::Other(n),
            "TRANSACTION.SUCCESS" if has("sp_mchid") => Event::PartnerTransaction(retype(n)?),
            "TRANSACTION.SUCCESS" => Event::Transaction(retype(n)?),
            t if t.starts_with("REFUND.") => Event::Refund(retype(n)?),
            #[cfg(feature = "transfer")]
            "MCHTRANSFER.BILL.FINISHED" => Event::TransferBill(retype(n)?),
            #[cfg(feature = "transfer")]
            "MCHTRANSFER.BATCH.FINISHED" | "MCHTRANSFER.BATCH.CLOSED" => {
                Event::TransferBatch(retype(n)?)
            }
            #[cfg(feature = "transfer")]
            "MCHTRANSFER.QQWALLETBILL.FINISHED" => Event::TransferQqWalletBill(retype(n)?),
            #[cfg(feature = "transfer")]
            "MCHTRANSFER.AUTHORIZATION.CONFIRMED" | "MCHTRANSFER.AUTHORIZATION.CLOSED" => {
                Event::TransferAuthorization(retype(n)?)
            }
            #[cfg(feature = "profitsharing")]
            // The description spells them `PROFITSHARING` and `PROFITSHARING_RETURN`.
            "PROFITSHARING.SUCCESS"
            | "PROFITSHARING.RETURN"
            | "PROFITSHARING"
            | "PROFITSHARING_RETURN" => Event::ProfitSharing(retype(n)?),
            #[cfg(feature = "payscore")]
            "PAYSCORE.USER_OPEN_SERVICE" | "PAYSCORE.USER_CLOSE_SERVICE" => {
                Event::PayScorePermission(retype(n)?)
            }
            #[cfg(feature = "payscore")]
            "PAYSCORE.USER_CONFIRM" | "PAYSCORE.USER_PAID" => Event::PayScoreOrder(retype(n)?),
            #[cfg(feature = "payscore")]
            "PAYSCORE.USER_SIGN_PLAN" | "PAYSCORE.USER_CANCEL_SIGN_PLAN" => {
                Event::PayScoreSignPlan(retype(n)?)
            }
            #[cfg(feature = "payscore")]
            "PAYSCORE.BIND_SERVICE_ACCOUNT" => Event::PayScoreServiceAccount(retype(n)?),
            #[cfg(feature = "discount_card")]
            "DISCOUNT_CARD.USER_ACCEPTED"
            | "DISCOUNT_CARD.AGREEMENT_ENDED"
            | "DISCOUNT_CARD.USER_PAID" => Event::DiscountCard(retype(n)?),
            #[cfg(feature = "discount_card")]
            "DISCOUNT_CARD.GET_CARD" | "DISCOUNT_CARD.SETTLEMENT" => {
                Event::DiscountCardOrder(retype(n)?)
            }
            #[cfg(feature = "businesscircle")]
            "MALL_TRANSACTION.SUCCESS" => Event::MallTransaction(retype(n)?),
            #[cfg(feature = "businesscircle")]
            "MALL_REFUND.SUCCESS" => Event::MallRefund(retype(n)?),
            #[cfg(feature = "businesscircle")]
            "MALL_AUTH.ACTIVATE_CARD" => Event::MallAuth(retype(n)?),
            #[cfg(feature = "marketing")]
            "COUPON.USE" => Event::CouponUse(retype(n)?),
            #[cfg(feature = "marketing")]
            "COUPON.SEND" => Event::BusiCouponSend(retype(n)?),
            #[cfg(feature = "marketing")]
            "MEMBERCARD.ACCEPT_CARD"
            | "MEMBERCARD.ACTIVATE_CARD"
            | "MEMBERCARD.USERCARD_MANAGE" => Event::MemberCard(retype(n)?),
            #[cfg(feature = "complaints")]
            "COMPLAINT.CREATE" | "COMPLAINT.STATE_CHANGE" => Event::Complaint(retype(n)?),
            #[cfg(feature = "papay")]
            "ENTRUST.SIGN" | "ENTRUST.TERMINATE" => Event::PapayContract(retype(n)?),
            #[cfg(feature = "platsolution")]
            "RECHARGE.SUCCESS" | "RECHARGE.CLOSED" => Event::Recharge(retype(n)?),
            #[cfg(feature = "hire_power_bank")]
            "HIRE_POWER_BANK.RECEIVE_INSURANCE" => Event::PowerBankInsurance(retype(n)?),
            #[cfg(feature = "edu_papay")]
            "ENTRUST.SIGNING" | "ENTRUST.RELEASE" => Event::EduPapayContract(retype(n)?),
            #[cfg(feature = "eduschoolpay")]
            "EDU_SCHOOL_PAY.USER_DEBT_STATE_UPDATE" => Event::EduSchoolPayDebt(retype(n)?),
            #[cfg(feature = "eduschoolpay")]
            "TRANSACTION.INDUSTRY_SUCCESS" | "TRANSACTION.INDUSTRY_FAILED" => {
                Event::EduSchoolPayTransaction(retype(n)?)
            }
            #[cfg(feature = "ecommerce")]
            "ECOMMERCE_ENTRUST.SIGN" | "ECOMMERCE_ENTRUST.TERMINATE" => {
                Event::EcommerceEntrust(retype(n)?)
            }
            #[cfg(feature = "ecommerce")]
            "MCHWITHDRAW.CHANGE" => Event::Withdraw(retype(n)?),
            #[cfg(feature = "brand")]
            // The official page spells them `MEMBERCARDSP.…`, the later transcriptions
            // `BRAND_MEMBER_CARD_SP.…`.
            "MEMBERCARDSP.USER_CARD.CREATE"
            | "MEMBERCARDSP.USER_CARD.DELETE"
            | "BRAND_MEMBER_CARD_SP.USER_CARD.CREATE"
            | "BRAND_MEMBER_CARD_SP.USER_CARD.DELETE" => Event::BrandMemberCard(retype(n)?),
            #[cfg(feature = "transfer")]
            "BUDGET.LOCKED" | "BUDGET.CLOSED" | "BUDGET.FINISHED" => {
                Event::CharityBudget(retype(n)?)
            }
            #[cfg(feature = "webizpay")]
            "WEBIZPAY.AUTHORIZED" | "WEBIZPAY.REVOKED" => Event::WebizpayAuthorization(retype(n)?),
            #[cfg(feature = "webizpay")]
            "WEBIZPAY.QUOTACARDEXPIRED" => Event::WebizpayQuotaCard(retype(n)?),
            #[cfg(feature = "webizpay")]
            "WEBIZPAY.PAYMENTSUCCESS" => Event::WebizpayPayment(retype(n)?),
            #[cfg(feature = "webizpay")]
            "WEBIZPAY.PAYMENTREFUNDSUCCESS" => Event::WebizpayRefund(retype(n)?),
            #[cfg(feature = "global")]
            "PAPAY.SIGN" | "PAPAY.TERMINATE" => Event::GlobalPapayContract(retype(n)?),
            #[cfg(feature = "global")]
            "APPLYMENT_STATE.APPROVED" => Event::GlobalH5Applyment(retype(n)?),
            #[cfg(feature = "offlineface")]
            "FACEPAY.USER_STATE_CHANGE" => Event::FacePayContract(retype(n)?),
            #[cfg(feature = "platsolution")]
            "SETTLEMENT.SUCCESS" => Event::PersonalSettlement(retype(n)?),
            #[cfg(feature = "papay")]
            "ENTRUST.TERMINATE_RETENTION" => Event::PapayTerminateRetention(retype(n)?),
            #[cfg(feature = "fapiao")]
            "FAPIAO.ISSUED"
            | "FAPIAO.REVERSED"
            | "FAPIAO.CARD_INSERTED"
            | "FAPIAO.CARD_DISCARDED" => Event::Fapiao(retype(n)?),
            #[cfg(feature = "fapiao")]
            "FAPIAO.USER_APPLIED" => Event::FapiaoUserApplied(retype(n)?),
            #[cfg(feature = "marketing")]
            "PRODUCT_COUPON_SP.SEND" => Event::ProductCouponSend(retype(n)?),
            #[cfg(feature = "marketing")]
            "PRODUCT_COUPON_SP.IMAGE_GENERATION" => Event::ProductCouponImage(retype(n)?),
            #[cfg(feature = "marketing")]
            "DELIVERY_PLAN.CHANGE" | "DELIVERY_PLAN_STATE.DELIVER" => {
                Event::DeliveryPlan(retype(n)?)
            }
            #[cfg(feature = "brand")]
            "BRAND_MEMBER_CARD_SP.POINT_EXCHANGE_COUPON" => {
                Event::BrandPointExchangeCoupon(retype(n)?)
            }
            #[cfg(feature = "brand")]
            "BRAND_MEMBER_CARD_SP.SYNC_USER_POINT" => Event::BrandSyncUserPoint(retype(n)?),
            #[cfg(feature = "platsolution")]
            "RECHARGE.FUND_RETURNED" => Event::RechargeFundReturned(retype(n)?),
            #[cfg(feature = "credit_repayment")]
            "CREDIT_REPAYMENT.SIGN_CONTRACT" | "CREDIT_REPAYMENT.TERMINATE_CONTRACT" => {
                Event::CreditRepaymentContract(retype(n)?)
            }
            #[cfg(feature = "credit_repayment")]
            "CREDIT_REPAYMENT.DEDUCTION_PAY" => Event::CreditRepaymentDeduction(retype(n)?),
            #[cfg(feature = "papay")]
            "ENTRUST.TERMINATE_INQUIRY" => Event::PapayTerminateInquiry(retype(n)?),
            #[cfg(feature = "papay")]
            "INSURANCE_ENTRUST.SIGN"
            | "INSURANCE_ENTRUST.TERMINATE"
            | "INSURANCE_ENTRUST.RENEW" => Event::InsuranceEntrust(retype(n)?),
            #[cfg(feature = "vehicle")]
            "VEHICLE.ENTRANCE_STATE_CHANGE" => Event::VehicleEntrance(retype(n)?),
            #[cfg(feature = "vehicle")]
            "VEHICLE.USER_STATE_CHANGE" => Event::VehicleEtcState(retype(n)?),
            #[cfg(feature = "vehicle")]
            "TRANSACTION.FAIL" | "TRANSACTION.PAY_BACK" if is_parking => {
                Event::ParkingTransaction(retype(n)?)
            }
            #[cfg(feature = "parking")]
            "PARKING_FEE.QUERY_TRANS_INFO" => Event::ParkingFeeQuery(retype(n)?),
            #[cfg(feature = "payscore")]
            "PAYSCORE.MCH_PREPAY" => Event::PayScoreMchPrepay(retype(n)?),
            #[cfg(feature = "risk")]
            "RISKTRADE.IDENTIFICATION" => Event::RiskTrade(retype(n)?),
            #[cfg(feature = "risk")]
            "VIOLATION.PUNISH" | "VIOLATION.INTERCEPT" | "VIOLATION.APPEAL" => {
                Event::Violation(retype(n)?)
            }
            #[cfg(feature = "mch_manage")]
            "MANAGERECORD.CHANGE" => Event::ManageRecord(retype(n)?),
            #[cfg(feature = "mch_manage")]
            "BLOCKRECORD.CHANGE" => Event::BlockRecord(retype(n)?),
            #[cfg(feature = "mch_manage")]
            "BLOCKSUBMISSION.CHANGE" => Event::BlockSubmission(retype(n)?),
            #[cfg(feature = "med_ins")]
            "MEDICAL_INSURANCE.SUCCESS" => Event::MedicalInsurance(retype(n)?),
            #[cfg(feature = "abnormal_fund")]
            "ABNORMAL_FUND_PROCESSING.TRANSFER.SUCCESS" => Event::AbnormalFundTransfer(retype(n)?),
            #[cfg(feature = "inspolicymgr")]
            "INSURANCE_POLICY_MANAGEMENT.GRANTED" => Event::InsurancePolicyGrant(retype(n)?),
            _ => Event::Other(n),
        })
    }
}

/// The same notification with its resource decoded into `T` (errors name the JSON path).
fn retype<T: serde::de::DeserializeOwned>(
    n: Notification<serde_json::Value>,
) -> Result<Notification<T>, Error> {
    // Serializing a `Value` cannot fail; were it to, the empty input is a decode error.
    let bytes = serde_json::to_vec(&n.resource).unwrap_or_default();
    let resource = crate::decode_json(&bytes)?;
    Ok(Notification {
        id: n.id,
        create_time: n.create_time,
        event_type: n.event_type,
        resource_type: n.resource_type,
        summary: n.summary,
        original_type: n.original_type,
        merchant: n.merchant,
        resource,
    })
}
