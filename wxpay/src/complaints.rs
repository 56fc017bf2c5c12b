//! Consumer complaints 2.0 (消费者投诉2.0): `/v3/merchant-service/complaints-v2/…` and the
//! notification URL under `/v3/merchant-service/complaint-notifications`.
//!
//! Image upload (`/v3/merchant-service/images/upload`, multipart) is not declared here.

use serde::{Deserialize, Serialize};

use crate::Ciphertext;
use crate::endpoint;
use crate::model::wire_enum;

/// `GET /v3/merchant-service/complaints-v2`
///
/// Lists the complaints of a period, a page at a time (查询投诉单列表).
///
/// Official docs: [查询投诉单列表](https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaints/list-complaints-v2.html).
#[endpoint(GET, "/v3/merchant-service/complaints-v2", response = ComplaintList)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListComplaints {
    /// Page size, at most 50 (分页大小).
    pub limit: Option<u32>,
    /// Offset of the first item (分页开始位置).
    pub offset: Option<u32>,
    /// First day, `YYYY-MM-DD`, within the last 30 days (开始日期).
    pub begin_date: String,
    /// Last day, `YYYY-MM-DD` (结束日期).
    pub end_date: String,
    /// Only this sub-merchant's complaints, for service providers (被诉商户号).
    pub complainted_mchid: Option<String>,
}

/// A page of complaints (投诉单列表).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ComplaintList {
    /// The complaints (用户投诉信息详情).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<Complaint>>,
    /// Page size (分页大小).
    pub limit: u32,
    /// Offset of the first item (分页开始位置).
    pub offset: u32,
    /// Number of complaints in the period (投诉总条数).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<u64>,
}

/// `GET /v3/merchant-service/complaints-v2/{complaint_id}`
///
/// Queries one complaint (查询投诉单详情).
///
/// Official docs: [查询投诉单详情](https://pay.weixin.qq.com/docs/merchant/apis/consumer-complaint/complaints/query-complaint-v2.html).
#[endpoint(GET, "/v3/merchant-service/complaints-v2/<complaint_id>", response = Complaint)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetComplaint {
    /// The complaint id (投诉单号).
    pub complaint_id: String,
}

/// A user's complaint (投诉单).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Complaint {
    /// The complaint id (投诉单号).
    pub complaint_id: String,
    /// When the user complained, RFC 3339 (投诉时间).
    pub complaint_time: String,
    /// What the user wrote (投诉详情).
    pub complaint_detail: String,
    /// The complaint's state (投诉单状态).
    pub complaint_state: ComplaintState,
    /// The merchant complained about (被诉商户号).
    pub complainted_mchid: String,
    /// The user's phone, encrypted with the merchant's public key (投诉人联系方式).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payer_phone: Option<Ciphertext>,
    /// The user's openid (投诉人openid).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payer_openid: Option<String>,
    /// Pictures the user or the platform attached (投诉资料列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaint_media_list: Option<Vec<ComplaintMedia>>,
    /// The orders concerned (投诉单关联订单信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaint_order_info: Option<Vec<ComplaintOrderInfo>>,
    /// The PayScore service orders concerned (投诉单关联服务单信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_order_info: Option<Vec<ServiceOrderInfo>>,
    /// Whether the orders are fully refunded (投诉单是否已全额退款).
    pub complaint_full_refunded: bool,
    /// Whether a user message waits for an answer (是否有待回复的用户留言).
    pub incoming_user_response: bool,
    /// The problem, as the user chose it (问题描述).
    pub problem_description: String,
    /// How many times this user complained about the merchant (用户投诉次数).
    pub user_complaint_times: i64,
    /// Kind of problem (问题类型).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem_type: Option<ProblemType>,
    /// Refund the user asks for, in fen (申请退款金额).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apply_refund_amount: Option<i64>,
    /// Tags of the user, e.g. `TRUSTED` (用户标签列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_tag_list: Option<Vec<String>>,
    /// Scene-specific information (补充信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_info: Option<AdditionalInfo>,
    /// Whether the platform is helping (是否在平台协助中).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_platform_service: Option<bool>,
    /// Whether the user needs an immediate answer (是否需即时服务用户).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need_immediate_service: Option<bool>,
}

wire_enum! {
    /// State of a complaint (投诉单状态).
    pub enum ComplaintState {
        /// `PENDING`: waiting for the merchant (待处理).
        Pending = "PENDING",
        /// `PROCESSING`: being handled (处理中).
        Processing = "PROCESSING",
        /// `PROCESSED`: handled (已处理完成).
        Processed = "PROCESSED",
    }
}

wire_enum! {
    /// Kind of problem complained about (问题类型).
    pub enum ProblemType {
        /// `REFUND`: asks for a refund (申请退款).
        Refund = "REFUND",
        /// `SERVICE_NOT_WORK`: service does not work (服务权益未生效).
        ServiceNotWork = "SERVICE_NOT_WORK",
        /// `OTHERS`: other (其他类型).
        Others = "OTHERS",
    }
}

/// Pictures attached to a complaint (投诉资料).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComplaintMedia {
    /// Who attached them (媒体文件业务类型).
    pub media_type: MediaType,
    /// Their URLs; download with the image endpoint (媒体文件请求url).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_url: Option<Vec<String>>,
}

wire_enum! {
    /// Who attached a complaint picture (媒体文件业务类型).
    pub enum MediaType {
        /// `USER_COMPLAINT_IMAGE`: the user (用户投诉图片).
        UserComplaintImage = "USER_COMPLAINT_IMAGE",
        /// `OPERATION_IMAGE`: an operation (操作流水图片).
        OperationImage = "OPERATION_IMAGE",
    }
}

/// An order concerned by a complaint (投诉单关联订单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComplaintOrderInfo {
    /// WeChat Pay's order id (微信订单号).
    pub transaction_id: String,
    /// The merchant's order number (商户订单号).
    pub out_trade_no: String,
    /// Order amount in fen (订单金额).
    pub amount: i64,
}

/// A PayScore service order concerned by a complaint (投诉单关联服务单).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceOrderInfo {
    /// WeChat Pay's service order id (微信支付服务订单号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<String>,
    /// The merchant's service order number (商户服务订单号).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub out_order_no: Option<String>,
    /// The service order's state, e.g. `DOING` (支付分服务单状态).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}

/// Scene-specific information of a complaint (补充信息).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdditionalInfo {
    /// The scene, e.g. `SHARE_POWER_TYPE` (补充信息类型).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Power-bank rental information (充电宝投诉相关信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_power_info: Option<SharePowerInfo>,
}

/// Power-bank rental information of a complaint (充电宝投诉相关信息).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharePowerInfo {
    /// When the power bank was returned, RFC 3339 (归还时间).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_time: Option<String>,
    /// Where it was returned (归还地点信息).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_address_info: Option<ReturnAddressInfo>,
    /// Whether it went back to the machine it came from (是否归还同一柜机).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_returned_to_same_machine: Option<bool>,
}

/// Where a power bank was returned (归还地点信息).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturnAddressInfo {
    /// Address (归还地点).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_address: Option<String>,
    /// Longitude, as a string (归还地点经度).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub longitude: Option<String>,
    /// Latitude, as a string (归还地点纬度).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latitude: Option<String>,
}

/// `GET /v3/merchant-service/complaints-v2/{complaint_id}/negotiation-historys`
///
/// Lists what the user, the merchant and the platform did on a complaint
/// (查询投诉协商历史).
///
/// Official docs: [查询投诉协商历史](https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaints/query-negotiation-history-v2.html).
#[endpoint(
    GET,
    "/v3/merchant-service/complaints-v2/<complaint_id>/negotiation-historys",
    response = NegotiationHistoryList
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListNegotiationHistory {
    /// The complaint id (投诉单号).
    pub complaint_id: String,
    /// Page size, at most 300 (分页大小).
    pub limit: Option<u32>,
    /// Offset of the first item (分页开始位置).
    pub offset: Option<u32>,
}

/// A page of a complaint's history (投诉协商历史).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NegotiationHistoryList {
    /// The operations (投诉协商历史).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<NegotiationHistory>>,
    /// Page size (分页大小).
    pub limit: u32,
    /// Offset of the first item (分页开始位置).
    pub offset: u32,
    /// Number of operations (投诉协商历史总条数).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<u64>,
}

/// One operation on a complaint (投诉协商历史).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NegotiationHistory {
    /// The operation's id (操作流水号).
    pub log_id: String,
    /// Who did it, e.g. `投诉人` (操作人).
    pub operator: String,
    /// When, RFC 3339 (操作时间).
    pub operate_time: String,
    /// What was done (操作类型).
    pub operate_type: OperateType,
    /// What was written (操作内容).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operate_details: Option<String>,
    /// Picture URLs (图片凭证).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_list: Option<Vec<String>>,
    /// Pictures attached to the operation (操作资料列表).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaint_media_list: Option<ComplaintMedia>,
    /// Why the user asked the platform to help (用户申请平台协助原因).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_appy_platform_service_reason: Option<String>,
    /// The user's words on why (用户申请平台协助原因描述).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_appy_platform_service_reason_description: Option<String>,
}

wire_enum! {
    /// What was done on a complaint (操作类型).
    pub enum OperateType {
        /// `USER_CREATE_COMPLAINT`: the user complained.
        UserCreateComplaint = "USER_CREATE_COMPLAINT",
        /// `USER_CONTINUE_COMPLAINT`: the user complained again.
        UserContinueComplaint = "USER_CONTINUE_COMPLAINT",
        /// `USER_RESPONSE`: the user wrote a message.
        UserResponse = "USER_RESPONSE",
        /// `PLATFORM_RESPONSE`: the platform wrote a message.
        PlatformResponse = "PLATFORM_RESPONSE",
        /// `MERCHANT_RESPONSE`: the merchant answered.
        MerchantResponse = "MERCHANT_RESPONSE",
        /// `MERCHANT_CONFIRM_COMPLETE`: the merchant said it is handled.
        MerchantConfirmComplete = "MERCHANT_CONFIRM_COMPLETE",
        /// `USER_CREATE_COMPLAINT_SYSTEM_MESSAGE`: system message on creation.
        UserCreateComplaintSystemMessage = "USER_CREATE_COMPLAINT_SYSTEM_MESSAGE",
        /// `COMPLAINT_FULL_REFUNDED_SYSTEM_MESSAGE`: system message on full refund.
        ComplaintFullRefundedSystemMessage = "COMPLAINT_FULL_REFUNDED_SYSTEM_MESSAGE",
        /// `USER_CONTINUE_COMPLAINT_SYSTEM_MESSAGE`: system message on a new complaint.
        UserContinueComplaintSystemMessage = "USER_CONTINUE_COMPLAINT_SYSTEM_MESSAGE",
        /// `USER_REVOKE_COMPLAINT`: the user withdrew.
        UserRevokeComplaint = "USER_REVOKE_COMPLAINT",
        /// `USER_COMFIRM_COMPLAINT`: the user confirmed it is handled (spelled so on the wire).
        UserComfirmComplaint = "USER_COMFIRM_COMPLAINT",
        /// `PLATFORM_HELP_APPLICATION`: the platform was asked to help.
        PlatformHelpApplication = "PLATFORM_HELP_APPLICATION",
        /// `USER_APPLY_PLATFORM_HELP`: the user asked the platform to help.
        UserApplyPlatformHelp = "USER_APPLY_PLATFORM_HELP",
        /// `MERCHANT_APPROVE_REFUND`: the merchant approved the refund.
        MerchantApproveRefund = "MERCHANT_APPROVE_REFUND",
        /// `MERCHANT_REFUSE_RERUND`: the merchant refused the refund (spelled so on the wire).
        MerchantRefuseRerund = "MERCHANT_REFUSE_RERUND",
        /// `USER_SUBMIT_SATISFACTION`: the user rated the handling.
        UserSubmitSatisfaction = "USER_SUBMIT_SATISFACTION",
        /// `SERVICE_ORDER_CANCEL`: the service order was cancelled.
        ServiceOrderCancel = "SERVICE_ORDER_CANCEL",
        /// `SERVICE_ORDER_COMPLETE`: the service order was completed.
        ServiceOrderComplete = "SERVICE_ORDER_COMPLETE",
        /// `COMPLAINT_PARTIAL_REFUNDED_SYSTEM_MESSAGE`: system message on a partial refund.
        ComplaintPartialRefundedSystemMessage = "COMPLAINT_PARTIAL_REFUNDED_SYSTEM_MESSAGE",
        /// `COMPLAINT_REFUND_RECEIVED_SYSTEM_MESSAGE`: system message on refund receipt.
        ComplaintRefundReceivedSystemMessage = "COMPLAINT_REFUND_RECEIVED_SYSTEM_MESSAGE",
        /// `COMPLAINT_ENTRUSTED_REFUND_SYSTEM_MESSAGE`: system message on an entrusted refund.
        ComplaintEntrustedRefundSystemMessage = "COMPLAINT_ENTRUSTED_REFUND_SYSTEM_MESSAGE",
        /// `USER_APPLY_PLATFORM_SERVICE`: the user asked the platform to assist.
        UserApplyPlatformService = "USER_APPLY_PLATFORM_SERVICE",
        /// `USER_CANCEL_PLATFORM_SERVICE`: the user cancelled the platform's assistance.
        UserCancelPlatformService = "USER_CANCEL_PLATFORM_SERVICE",
        /// `PLATFORM_SERVICE_FINISHED`: the platform's assistance ended.
        PlatformServiceFinished = "PLATFORM_SERVICE_FINISHED",
    }
}

/// `POST /v3/merchant-service/complaint-notifications`
///
/// Sets the URL complaint notifications are sent to (创建投诉通知回调).
///
/// Official docs: [创建投诉通知回调](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_2.shtml).
#[endpoint(
    POST,
    "/v3/merchant-service/complaint-notifications",
    response = ComplaintNotificationConfig
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateComplaintNotification {
    /// HTTPS URL without query (通知地址).
    pub url: String,
}

/// `GET /v3/merchant-service/complaint-notifications`
///
/// Queries the complaint notification URL (查询投诉通知回调).
///
/// Official docs: [查询投诉通知回调](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_3.shtml).
#[endpoint(
    GET,
    "/v3/merchant-service/complaint-notifications",
    response = ComplaintNotificationConfig
)]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GetComplaintNotification {}

/// `PUT /v3/merchant-service/complaint-notifications`
///
/// Changes the complaint notification URL (更新投诉通知回调).
///
/// Official docs: [更新投诉通知回调](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_4.shtml).
#[endpoint(
    PUT,
    "/v3/merchant-service/complaint-notifications",
    response = ComplaintNotificationConfig
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpdateComplaintNotification {
    /// HTTPS URL without query (通知地址).
    pub url: String,
}

/// `DELETE /v3/merchant-service/complaint-notifications`
///
/// Removes the complaint notification URL (删除投诉通知回调). Answers 204.
///
/// Official docs: [删除投诉通知回调](https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_5.shtml).
#[endpoint(DELETE, "/v3/merchant-service/complaint-notifications")]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DeleteComplaintNotification {}

/// The complaint notification URL (投诉通知回调).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComplaintNotificationConfig {
    /// The merchant id (商户号).
    pub mchid: String,
    /// The URL (通知地址).
    pub url: String,
}

/// `POST /v3/merchant-service/complaints-v2/{complaint_id}/response`
///
/// Answers the user (回复用户). Pictures are media ids from the image upload. Answers 204.
///
/// Official docs: [回复用户](https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_2_14.shtml).
#[endpoint(POST, "/v3/merchant-service/complaints-v2/<complaint_id>/response")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RespondComplaint {
    /// The complaint id (投诉单号).
    pub complaint_id: String,
    /// The merchant complained about (被诉商户号).
    pub complainted_mchid: String,
    /// The answer, at most 200 characters (回复内容).
    pub response_content: String,
    /// Media ids of pictures, at most 4 (回复图片).
    pub response_images: Option<Vec<String>>,
    /// A link shown with the answer (跳转链接).
    pub jump_url: Option<String>,
    /// The link's text (跳转链接文案).
    pub jump_url_text: Option<String>,
}

/// `POST /v3/merchant-service/complaints-v2/{complaint_id}/complete`
///
/// Tells the user the complaint is handled (反馈处理完成). Answers 204.
///
/// Official docs: [反馈处理完成](https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_2_15.shtml).
#[endpoint(POST, "/v3/merchant-service/complaints-v2/<complaint_id>/complete")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompleteComplaint {
    /// The complaint id (投诉单号).
    pub complaint_id: String,
    /// The merchant complained about (被诉商户号).
    pub complainted_mchid: String,
}

/// `POST /v3/merchant-service/complaints-v2/{complaint_id}/update-refund-progress`
///
/// Approves or rejects the refund a complaint asks for (更新退款审批结果). Answers 204.
///
/// Official docs: [更新退款审批结果](https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter10_2_19.shtml).
#[endpoint(
    POST,
    "/v3/merchant-service/complaints-v2/<complaint_id>/update-refund-progress"
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpdateRefundProgress {
    /// The complaint id (投诉单号).
    pub complaint_id: String,
    /// Approve or reject (审批动作).
    pub action: RefundAction,
    /// In how many days the refund will be made, when approving (预计发起退款时间).
    pub launch_refund_day: Option<u32>,
    /// Why not, when rejecting (拒绝退款原因).
    pub reject_reason: Option<String>,
    /// Media ids of pictures backing a rejection, at most 4 (拒绝退款的举证图片列表).
    pub reject_media_list: Option<Vec<String>>,
    /// Remark (备注).
    pub remark: Option<String>,
}

wire_enum! {
    /// Decision on a complaint's refund request (审批动作).
    pub enum RefundAction {
        /// `REJECT`: reject (拒绝退款).
        Reject = "REJECT",
        /// `APPROVE`: approve (同意退款).
        Approve = "APPROVE",
    }
}

/// The decrypted `resource` of a complaint notification (`COMPLAINT.CREATE`,
/// `COMPLAINT.STATE_CHANGE`, 投诉通知).
///
/// Official docs: [投诉通知回调](https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_2_16.shtml).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComplaintNotification {
    /// The complaint id (投诉单号).
    pub complaint_id: String,
    /// What happened (动作类型).
    pub action_type: ComplaintActionType,
}

wire_enum! {
    /// What happened to a complaint (动作类型).
    pub enum ComplaintActionType {
        /// `CREATE_COMPLAINT`: the user complained.
        CreateComplaint = "CREATE_COMPLAINT",
        /// `CONTINUE_COMPLAINT`: the user complained again.
        ContinueComplaint = "CONTINUE_COMPLAINT",
        /// `USER_RESPONSE`: the user wrote a message.
        UserResponse = "USER_RESPONSE",
        /// `RESPONSE_BY_PLATFORM`: the platform wrote a message.
        ResponseByPlatform = "RESPONSE_BY_PLATFORM",
        /// `SELLER_REFUND`: the merchant refunded.
        SellerRefund = "SELLER_REFUND",
        /// `MERCHANT_RESPONSE`: the merchant answered.
        MerchantResponse = "MERCHANT_RESPONSE",
        /// `MERCHANT_CONFIRM_COMPLETE`: the merchant said it is handled.
        MerchantConfirmComplete = "MERCHANT_CONFIRM_COMPLETE",
        /// `MERCHANT_APPROVE_REFUND`: the merchant approved the refund.
        MerchantApproveRefund = "MERCHANT_APPROVE_REFUND",
        /// `MERCHANT_REJECT_REFUND`: the merchant rejected the refund.
        MerchantRejectRefund = "MERCHANT_REJECT_REFUND",
        /// `REFUND_SUCCESS`: the refund arrived.
        RefundSuccess = "REFUND_SUCCESS",
        /// `USER_APPLY_PLATFORM_SERVICE`: the user asked the platform to assist.
        UserApplyPlatformService = "USER_APPLY_PLATFORM_SERVICE",
        /// `USER_CANCEL_PLATFORM_SERVICE`: the user cancelled the platform's assistance.
        UserCancelPlatformService = "USER_CANCEL_PLATFORM_SERVICE",
        /// `PLATFORM_SERVICE_FINISHED`: the platform's assistance ended.
        PlatformServiceFinished = "PLATFORM_SERVICE_FINISHED",
    }
}
