//! The `transfer` share of the catalog: merchant transfers (bills and batches), profit sharing
//! and consumer complaints. Each endpoint's official example answer decodes (and re-encodes to
//! the same JSON), each sample request produces the documented method, path, query and body,
//! and one call per product module runs against the sandbox.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use wxpay::complaints::*;
use wxpay::profitsharing::*;
use wxpay::sandbox::Sandbox;
use wxpay::transfer::batches::*;
use wxpay::transfer::bills::*;
use wxpay::transfer::partner_batches::*;
use wxpay::transfer::partner_bills::*;
use wxpay::{Encryptor, Endpoint, Error, Sensitive};

// --- helpers -------------------------------------------------------------------------------

/// An encryptor that makes the ciphertext visible: `enc(<plaintext>)`.
struct Visible;

impl Encryptor for Visible {
    fn encrypt(&self, plaintext: &str) -> Result<String, Error> {
        Ok(format!("enc({plaintext})"))
    }

    fn to_owned_encryptor(&self) -> Option<Box<dyn Encryptor>> {
        Some(Box::new(Visible))
    }
}

fn fixture(name: &str) -> Value {
    let path = format!(
        "{}/fixtures/catalog/transfer/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Decodes the fixture into `T` and checks nothing is lost on the way back.
fn decodes<T: DeserializeOwned + Serialize>(name: &str) -> T {
    let json = fixture(name);
    let value: T = serde_json::from_value(json.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(
        serde_json::to_value(&value).unwrap(),
        json,
        "{name} round trip"
    );
    value
}

/// Checks the method, path, query and JSON body a request produces.
#[track_caller]
fn wire<E: Endpoint>(req: &E, method: &str, path: &str, query: Option<&str>, body: Option<Value>) {
    assert_eq!(E::METHOD.as_str(), method, "method");
    assert_eq!(req.path().unwrap(), path, "path");
    assert_eq!(req.query().unwrap().as_deref(), query, "query");
    let got = req
        .body(&Visible)
        .unwrap()
        .map(|b| serde_json::from_slice::<Value>(&b).unwrap());
    assert_eq!(got, body, "body");
}

const TBN: &str = "1330000071100999991182020050700019480001";
const BATCH_ID: &str = "1030000071100999991182020050700019480001";
const DETAIL_ID: &str = "1040000071100999991182020050700019500100";

fn report() -> Vec<TransferSceneReportInfo> {
    vec![TransferSceneReportInfo {
        info_type: "活动名称".into(),
        info_content: "注册会员有礼".into(),
    }]
}

// --- responses -----------------------------------------------------------------------------

#[test]
fn bills_answers_decode() {
    let r: CreateTransferBillResponse = decodes("create_transfer_bill");
    assert_eq!(r.state, TransferBillState::Accepted);
    let b: TransferBill = decodes("transfer_bill");
    assert_eq!(
        (b.transfer_amount, b.transfer_bill_no.as_str()),
        (400_000, TBN)
    );
    assert!(b.user_name.is_some());
    let c: CancelTransferBillResponse = decodes("cancel_transfer_bill");
    assert_eq!(c.state, TransferBillState::Canceling);
    let a: ElecsignApplication = decodes("elecsign_application");
    assert_eq!(a.state, ElecsignState::Generating);
    let e: Elecsign = decodes("elecsign");
    assert_eq!(e.hash_type.as_deref(), Some("SHA256"));
    let p: PreTransferWithAuthorizationResponse = decodes("pre_transfer_with_authorization");
    assert_eq!(p.state, TransferBillState::WaitUserConfirm);
    let t: AuthorizedTransferResponse = decodes("authorized_transfer");
    assert_eq!(t.mch_id, "1900001109");
    let u: ApplyUserConfirmAuthorizationResponse = decodes("apply_user_confirm_authorization");
    assert_eq!(u.state, AuthorizationState::WaitUserConfirm);
    let u: UserConfirmAuthorization = decodes("user_confirm_authorization");
    assert_eq!(
        u.close_info.unwrap().close_reason,
        AuthorizationCloseReason::CloseViaMchApi
    );
    let n: TransferBillNotification = decodes("transfer_bill_notification");
    assert_eq!(n.state, TransferBillState::Success);
}

#[test]
fn partner_bills_answers_decode() {
    let r: CreatePartnerTransferBillResponse = decodes("create_partner_transfer_bill");
    assert_eq!(r.sub_mchid, "1900001121");
    let b: PartnerTransferBill = decodes("partner_transfer_bill");
    assert_eq!(b.mchid, "1900001109");
    let c: CancelPartnerTransferBillResponse = decodes("cancel_partner_transfer_bill");
    assert_eq!(c.state, TransferBillState::Canceling);
    let e: PartnerElectronicReceipt = decodes("partner_electronic_receipt");
    assert_eq!(e.state, ReceiptState::Generating);
}

#[test]
fn batches_answers_decode() {
    let r: CreateTransferBatchResponse = decodes("create_transfer_batch");
    assert_eq!(r.batch_id, BATCH_ID);
    let q: TransferBatchQuery = decodes("transfer_batch_query");
    assert_eq!(q.transfer_batch.batch_status, BatchStatus::Accepted);
    assert_eq!(
        q.transfer_detail_list.unwrap()[0].detail_status,
        DetailStatus::Success
    );
    let d: TransferDetail = decodes("transfer_detail");
    assert_eq!(
        (d.detail_id.as_str(), d.transfer_amount),
        (DETAIL_ID, 200_000)
    );
    let r: BillReceipt = decodes("bill_receipt");
    assert_eq!(r.signature_status, Some(SignatureStatus::Accepted));
    let r: DetailReceipt = decodes("detail_receipt");
    assert_eq!(r.accept_type, AcceptType::BatchTransfer);
    let p: PartnerTransferBatch = decodes("partner_transfer_batch");
    assert_eq!(p.authorization_type, AuthorizationType::Information);
    assert_eq!(p.transfer_purpose, Some(TransferPurpose::Commission));
    let d: PartnerTransferDetail = decodes("partner_transfer_detail");
    assert!(d.username.is_some());
}

#[test]
fn profitsharing_answers_decode() {
    let o: ProfitSharingOrder = decodes("profit_sharing_order");
    assert_eq!(o.state, ProfitSharingOrderState::Finished);
    let r = &o.receivers.unwrap()[0];
    assert_eq!(
        (r.kind.clone(), r.result.clone()),
        (ReceiverType::MerchantId, ReceiverResult::Success)
    );
    assert_eq!(r.fail_reason, Some(ReceiverFailReason::AccountAbnormal));
    let r: ProfitSharingReturnOrder = decodes("profit_sharing_return_order");
    assert_eq!(r.result, ReturnResult::Success);
    let u: UnsplitAmount = decodes("unsplit_amount");
    assert_eq!(u.unsplit_amount, 1000);
    let m: MerchantConfig = decodes("merchant_config");
    assert_eq!(m.max_ratio, 2000);
    let a: AddReceiverResponse = decodes("add_receiver");
    assert_eq!(a.relation_type, RelationType::ServiceProvider);
    let d: DeleteReceiverResponse = decodes("delete_receiver");
    assert_eq!(d.kind, ReceiverType::MerchantId);
    let b: ProfitSharingBill = decodes("profit_sharing_bill");
    assert_eq!(b.hash_type, "SHA1");
    let n: ProfitSharingNotification = decodes("profit_sharing_notification");
    assert_eq!(n.receiver.amount, 888);
    let o: BrandProfitSharingOrder = decodes("brand_profit_sharing_order_created");
    assert_eq!(o.status, Some(ProfitSharingOrderState::Processing));
    let o: BrandProfitSharingOrder = decodes("brand_profit_sharing_order");
    assert_eq!(o.finish_amount, Some(100));
    let r: BrandReturnOrder = decodes("brand_return_order");
    assert_eq!(r.return_no, "3008450740201411110007820472");
    let f: BrandFinishOrderResponse = decodes("brand_finish_order");
    assert_eq!(f.order_id, "3008450740201411110007820472");
    let c: BrandConfig = decodes("brand_config");
    assert_eq!(c.max_ratio, 2000);
    let r: BrandReceiverResponse = decodes("brand_receiver");
    assert_eq!(r.brand_mchid, "1900000108");
}

#[test]
fn complaints_answers_decode() {
    let c: Complaint = decodes("complaint");
    assert_eq!(c.complaint_state, ComplaintState::Pending);
    assert_eq!(c.problem_type, Some(ProblemType::Refund));
    let info = c.additional_info.unwrap().share_power_info.unwrap();
    assert_eq!(info.is_returned_to_same_machine, Some(false));
    let l: ComplaintList = decodes("complaint_list");
    assert_eq!((l.limit, l.offset, l.total_count), (5, 10, Some(1000)));
    let h: NegotiationHistoryList = decodes("negotiation_history_list");
    assert_eq!(
        h.data.unwrap()[0].operate_type,
        OperateType::UserCreateComplaint
    );
    let n: ComplaintNotificationConfig = decodes("complaint_notification_config");
    assert_eq!(n.url, "https://www.xxx.com/notify");
    let n: ComplaintNotification = decodes("complaint_notification");
    assert_eq!(n.action_type, ComplaintActionType::CreateComplaint);
}

#[test]
fn unknown_enum_values_still_decode() {
    let mut v = fixture("transfer_bill");
    v["state"] = json!("SOMETHING_NEW");
    let b: TransferBill = serde_json::from_value(v).unwrap();
    assert_eq!(b.state, TransferBillState::Other("SOMETHING_NEW".into()));
}

// --- requests: transfer bills --------------------------------------------------------------

#[test]
fn create_transfer_bill_request() {
    let req = CreateTransferBill {
        appid: "wxf636efh567hg4356".into(),
        out_bill_no: "plfk2020042013".into(),
        transfer_scene_id: "1000".into(),
        openid: "o-MYE42l80oelYMDE34nYD456Xoy".into(),
        user_name: Some("张三".into()),
        transfer_amount: 400_000,
        transfer_remark: "2020年4月报销".into(),
        notify_url: Some("https://www.weixin.qq.com/wxpay/pay.php".into()),
        user_recv_perception: Some("现金奖励".into()),
        transfer_scene_report_infos: report(),
    };
    wire(
        &req,
        "POST",
        "/v3/fund-app/mch-transfer/transfer-bills",
        None,
        Some(json!({
            "appid": "wxf636efh567hg4356",
            "out_bill_no": "plfk2020042013",
            "transfer_scene_id": "1000",
            "openid": "o-MYE42l80oelYMDE34nYD456Xoy",
            "user_name": "enc(张三)",
            "transfer_amount": 400000,
            "transfer_remark": "2020年4月报销",
            "notify_url": "https://www.weixin.qq.com/wxpay/pay.php",
            "user_recv_perception": "现金奖励",
            "transfer_scene_report_infos": [{"info_type": "活动名称", "info_content": "注册会员有礼"}],
        })),
    );
    // Without a name nothing needs encrypting, and nothing is sent for it.
    let req = CreateTransferBill {
        user_name: None,
        notify_url: None,
        ..req
    };
    let body = req.body(&wxpay::NoEncryption).unwrap().unwrap();
    let body: Value = serde_json::from_slice(&body).unwrap();
    assert!(body.get("user_name").is_none() && body.get("notify_url").is_none());
}

#[test]
fn transfer_bill_queries_and_cancel_requests() {
    let no = "plfk2020042013";
    wire(
        &GetTransferBillByOutBillNo {
            out_bill_no: no.into(),
        },
        "GET",
        "/v3/fund-app/mch-transfer/transfer-bills/out-bill-no/plfk2020042013",
        None,
        None,
    );
    wire(
        &GetTransferBillByTransferBillNo {
            transfer_bill_no: TBN.into(),
        },
        "GET",
        &format!("/v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/{TBN}"),
        None,
        None,
    );
    wire(
        &CancelTransferBill {
            out_bill_no: no.into(),
        },
        "POST",
        "/v3/fund-app/mch-transfer/transfer-bills/out-bill-no/plfk2020042013/cancel",
        None,
        Some(json!({})),
    );
}

#[test]
fn elecsign_requests() {
    wire(
        &ApplyElecsignByOutBillNo {
            out_bill_no: "plfk2020042013".into(),
        },
        "POST",
        "/v3/fund-app/mch-transfer/elecsign/out-bill-no",
        None,
        Some(json!({"out_bill_no": "plfk2020042013"})),
    );
    wire(
        &GetElecsignByOutBillNo {
            out_bill_no: "plfk2020042013".into(),
        },
        "GET",
        "/v3/fund-app/mch-transfer/elecsign/out-bill-no/plfk2020042013",
        None,
        None,
    );
    wire(
        &ApplyElecsignByTransferBillNo {
            transfer_bill_no: TBN.into(),
        },
        "POST",
        "/v3/fund-app/mch-transfer/elecsign/transfer-bill-no",
        None,
        Some(json!({"transfer_bill_no": TBN})),
    );
    wire(
        &GetElecsignByTransferBillNo {
            transfer_bill_no: TBN.into(),
        },
        "GET",
        &format!("/v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{TBN}"),
        None,
        None,
    );
}

#[test]
fn authorization_requests() {
    wire(
        &PreTransferWithAuthorization {
            appid: "wxf636efh567hg4356".into(),
            out_bill_no: "plfk2020042013".into(),
            transfer_scene_id: "1000".into(),
            openid: "o-MYE42l80oelYMDE34nYD456Xoy".into(),
            user_name: None,
            transfer_amount: 400_000,
            transfer_remark: "2020年4月报销".into(),
            notify_url: None,
            user_recv_perception: Some("现金奖励".into()),
            transfer_scene_report_infos: report(),
            authorization_info: Some(AuthorizationInfo {
                user_display_name: "wx_123456".into(),
                out_authorization_no: "plfk2020042013".into(),
                authorization_notify_url: "https://www.weixin.qq.com/wxpay/pay.php".into(),
            }),
            sponsor_mchid: Some("1900001109".into()),
        },
        "POST",
        "/v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization",
        None,
        Some(json!({
            "appid": "wxf636efh567hg4356",
            "out_bill_no": "plfk2020042013",
            "transfer_scene_id": "1000",
            "openid": "o-MYE42l80oelYMDE34nYD456Xoy",
            "transfer_amount": 400000,
            "transfer_remark": "2020年4月报销",
            "user_recv_perception": "现金奖励",
            "transfer_scene_report_infos": [{"info_type": "活动名称", "info_content": "注册会员有礼"}],
            "authorization_info": {
                "user_display_name": "wx_123456",
                "out_authorization_no": "plfk2020042013",
                "authorization_notify_url": "https://www.weixin.qq.com/wxpay/pay.php",
            },
            "sponsor_mchid": "1900001109",
        })),
    );
    wire(
        &TransferToAuthorizedUser {
            appid: "wxf636efh567hg4356".into(),
            out_bill_no: "plfk2020042014".into(),
            transfer_scene_id: "1000".into(),
            user_name: Some("李四".into()),
            transfer_amount: 100,
            transfer_remark: "奖励".into(),
            notify_url: None,
            user_recv_perception: None,
            transfer_scene_report_infos: report(),
            authorization_id: "201202504101000123456789012".into(),
            sponsor_mchid: None,
        },
        "POST",
        "/v3/fund-app/mch-transfer/transfer-bills/transfer",
        None,
        Some(json!({
            "appid": "wxf636efh567hg4356",
            "out_bill_no": "plfk2020042014",
            "transfer_scene_id": "1000",
            "user_name": "enc(李四)",
            "transfer_amount": 100,
            "transfer_remark": "奖励",
            "transfer_scene_report_infos": [{"info_type": "活动名称", "info_content": "注册会员有礼"}],
            "authorization_id": "201202504101000123456789012",
        })),
    );
    wire(
        &ApplyUserConfirmAuthorization {
            out_authorization_no: "plfk2020042013".into(),
            appid: "wxf636efh567hg4356".into(),
            openid: "o-MYE42l80oelYMDE34nYD456Xoy".into(),
            transfer_scene_id: "1000".into(),
            user_display_name: "wx_123456".into(),
            user_recv_perception: None,
            authorization_notify_url: "https://www.weixin.qq.com/wxpay/pay.php".into(),
        },
        "POST",
        "/v3/fund-app/mch-transfer/user-confirm-authorization",
        None,
        Some(json!({
            "out_authorization_no": "plfk2020042013",
            "appid": "wxf636efh567hg4356",
            "openid": "o-MYE42l80oelYMDE34nYD456Xoy",
            "transfer_scene_id": "1000",
            "user_display_name": "wx_123456",
            "authorization_notify_url": "https://www.weixin.qq.com/wxpay/pay.php",
        })),
    );
    wire(
        &GetUserConfirmAuthorization {
            out_authorization_no: "plfk2020042013".into(),
        },
        "GET",
        "/v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/plfk2020042013",
        None,
        None,
    );
    wire(
        &CloseUserConfirmAuthorization {
            out_authorization_no: "plfk2020042013".into(),
        },
        "POST",
        "/v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/plfk2020042013/close",
        None,
        Some(json!({})),
    );
}

#[test]
fn partner_bills_requests() {
    wire(
        &CreatePartnerTransferBill {
            sub_mchid: "1900001121".into(),
            appid: "wxf636efh567hg4356".into(),
            out_bill_no: "plfk2020042013".into(),
            transfer_scene_id: "1000".into(),
            openid: "o-MYE42l80oelYMDE34nYD456Xoy".into(),
            user_name: Some("张三".into()),
            transfer_amount: 400_000,
            transfer_remark: "2020年4月报销".into(),
            notify_url: None,
            user_recv_perception: None,
            transfer_scene_report_infos: report(),
        },
        "POST",
        "/v3/fund-app/mch-transfer/partner/transfer-bills",
        None,
        Some(json!({
            "sub_mchid": "1900001121",
            "appid": "wxf636efh567hg4356",
            "out_bill_no": "plfk2020042013",
            "transfer_scene_id": "1000",
            "openid": "o-MYE42l80oelYMDE34nYD456Xoy",
            "user_name": "enc(张三)",
            "transfer_amount": 400000,
            "transfer_remark": "2020年4月报销",
            "transfer_scene_report_infos": [{"info_type": "活动名称", "info_content": "注册会员有礼"}],
        })),
    );
    wire(
        &GetPartnerTransferBill {
            out_bill_no: "plfk2020042013".into(),
            sub_mchid: "1900001121".into(),
        },
        "GET",
        "/v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/plfk2020042013",
        Some("sub_mchid=1900001121"),
        None,
    );
    wire(
        &CancelPartnerTransferBill {
            out_bill_no: "plfk2020042013".into(),
            sub_mchid: "1900001121".into(),
        },
        "POST",
        "/v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/plfk2020042013/cancel",
        None,
        Some(json!({"sub_mchid": "1900001121"})),
    );
    wire(
        &ApplyPartnerElectronicReceipt {
            sub_mchid: "1900001121".into(),
            out_bill_no: "plfk2020042013".into(),
        },
        "POST",
        "/v3/fund-app/mch-transfer/partner/electronic-receipts",
        None,
        Some(json!({"sub_mchid": "1900001121", "out_bill_no": "plfk2020042013"})),
    );
    wire(
        &GetPartnerElectronicReceipt {
            out_bill_no: "plfk2020042013".into(),
            sub_mchid: "1900001121".into(),
        },
        "GET",
        "/v3/fund-app/mch-transfer/partner/electronic-receipts/plfk2020042013",
        Some("sub_mchid=1900001121"),
        None,
    );
}

// --- requests: batches ---------------------------------------------------------------------

fn detail(user_name: Option<&str>) -> TransferDetailInput {
    TransferDetailInput {
        out_detail_no: "x23zy545Bd5436".into(),
        transfer_amount: 200_000,
        transfer_remark: "2020年4月报销".into(),
        openid: "o-MYE42l80oelYMDE34nYD456Xoy".into(),
        user_name: user_name.map(Sensitive::new),
    }
}

fn batch(user_name: Option<&str>) -> CreateTransferBatch {
    CreateTransferBatch {
        appid: "wxf636efh567hg4356".into(),
        out_batch_no: "plfk2020042013".into(),
        batch_name: "2019年1月深圳分部报销单".into(),
        batch_remark: "2019年1月深圳分部报销单".into(),
        total_amount: 200_000,
        total_num: 1,
        transfer_detail_list: vec![detail(user_name)],
        transfer_scene_id: Some("1001".into()),
        notify_url: None,
    }
}

fn batch_body(detail: Value) -> Value {
    json!({
        "appid": "wxf636efh567hg4356",
        "out_batch_no": "plfk2020042013",
        "batch_name": "2019年1月深圳分部报销单",
        "batch_remark": "2019年1月深圳分部报销单",
        "total_amount": 200000,
        "total_num": 1,
        "transfer_detail_list": [detail],
        "transfer_scene_id": "1001",
    })
}

#[test]
fn create_transfer_batch_request() {
    wire(
        &batch(None),
        "POST",
        "/v3/transfer/batches",
        None,
        Some(batch_body(json!({
            "out_detail_no": "x23zy545Bd5436",
            "transfer_amount": 200000,
            "transfer_remark": "2020年4月报销",
            "openid": "o-MYE42l80oelYMDE34nYD456Xoy",
        }))),
    );
    // A nested sensitive field never leaves in plaintext: without an encryptor it is an error.
    assert!(batch(Some("张三")).body(&wxpay::NoEncryption).is_err());
}

#[test]
fn nested_sensitive_fields_are_encrypted() {
    wire(
        &batch(Some("张三")),
        "POST",
        "/v3/transfer/batches",
        None,
        Some(batch_body(json!({
            "out_detail_no": "x23zy545Bd5436",
            "transfer_amount": 200000,
            "transfer_remark": "2020年4月报销",
            "openid": "o-MYE42l80oelYMDE34nYD456Xoy",
            "user_name": "enc(张三)",
        }))),
    );
}

#[test]
fn batch_query_requests() {
    wire(
        &GetTransferBatchByBatchId {
            batch_id: BATCH_ID.into(),
            need_query_detail: true,
            offset: Some(0),
            limit: Some(20),
            detail_status: Some(DetailStatusFilter::Fail),
        },
        "GET",
        &format!("/v3/transfer/batches/batch-id/{BATCH_ID}"),
        Some("need_query_detail=true&offset=0&limit=20&detail_status=FAIL"),
        None,
    );
    wire(
        &GetTransferBatchByOutBatchNo {
            out_batch_no: "plfk2020042013".into(),
            need_query_detail: false,
            offset: None,
            limit: None,
            detail_status: None,
        },
        "GET",
        "/v3/transfer/batches/out-batch-no/plfk2020042013",
        Some("need_query_detail=false"),
        None,
    );
    wire(
        &GetTransferDetailByDetailId {
            batch_id: BATCH_ID.into(),
            detail_id: DETAIL_ID.into(),
        },
        "GET",
        &format!("/v3/transfer/batches/batch-id/{BATCH_ID}/details/detail-id/{DETAIL_ID}"),
        None,
        None,
    );
    wire(
        &GetTransferDetailByOutDetailNo {
            out_batch_no: "plfk2020042013".into(),
            out_detail_no: "x23zy545Bd5436".into(),
        },
        "GET",
        "/v3/transfer/batches/out-batch-no/plfk2020042013/details/out-detail-no/x23zy545Bd5436",
        None,
        None,
    );
}

#[test]
fn receipt_requests() {
    wire(
        &ApplyBillReceipt {
            out_batch_no: "plfk2020042013".into(),
        },
        "POST",
        "/v3/transfer/bill-receipt",
        None,
        Some(json!({"out_batch_no": "plfk2020042013"})),
    );
    wire(
        &GetBillReceipt {
            out_batch_no: "plfk2020042013".into(),
        },
        "GET",
        "/v3/transfer/bill-receipt/plfk2020042013",
        None,
        None,
    );
    wire(
        &ApplyDetailReceipt {
            accept_type: AcceptType::BatchTransfer,
            out_batch_no: Some("GD2021011610162610BBdkkIwcu3".into()),
            out_detail_no: "mx0911231610162610v4CNkO4HAf".into(),
        },
        "POST",
        "/v3/transfer-detail/electronic-receipts",
        None,
        Some(json!({
            "accept_type": "BATCH_TRANSFER",
            "out_batch_no": "GD2021011610162610BBdkkIwcu3",
            "out_detail_no": "mx0911231610162610v4CNkO4HAf",
        })),
    );
    wire(
        &GetDetailReceipt {
            accept_type: AcceptType::TransferToPocket,
            out_batch_no: None,
            out_detail_no: "mx0911231610162610v4CNkO4HAf".into(),
        },
        "GET",
        "/v3/transfer-detail/electronic-receipts",
        Some("accept_type=TRANSFER_TO_POCKET&out_detail_no=mx0911231610162610v4CNkO4HAf"),
        None,
    );
}

#[test]
fn partner_batches_requests() {
    wire(
        &CreatePartnerTransferBatch {
            sub_mchid: "1900000109".into(),
            sub_appid: Some("wxf636efh567hg4356".into()),
            authorization_type: AuthorizationType::Information,
            out_batch_no: "plfk2020042013".into(),
            batch_name: "2019年1月深圳分部报销单".into(),
            batch_remark: "2019年1月深圳分部报销单".into(),
            total_amount: 200_000,
            total_num: 1,
            transfer_detail_list: vec![detail(None)],
            sp_appid: None,
            transfer_purpose: Some(TransferPurpose::Commission),
        },
        "POST",
        "/v3/partner-transfer/batches",
        None,
        Some(json!({
            "sub_mchid": "1900000109",
            "sub_appid": "wxf636efh567hg4356",
            "authorization_type": "INFORMATION_AUTHORIZATION_TYPE",
            "out_batch_no": "plfk2020042013",
            "batch_name": "2019年1月深圳分部报销单",
            "batch_remark": "2019年1月深圳分部报销单",
            "total_amount": 200000,
            "total_num": 1,
            "transfer_detail_list": [{
                "out_detail_no": "x23zy545Bd5436",
                "transfer_amount": 200000,
                "transfer_remark": "2020年4月报销",
                "openid": "o-MYE42l80oelYMDE34nYD456Xoy",
            }],
            "transfer_purpose": "COMMISSION",
        })),
    );
    wire(
        &GetPartnerTransferBatchByBatchId {
            batch_id: BATCH_ID.into(),
            need_query_detail: true,
            offset: None,
            limit: Some(50),
            detail_status: Some(DetailStatusFilter::All),
        },
        "GET",
        &format!("/v3/partner-transfer/batches/batch-id/{BATCH_ID}"),
        Some("need_query_detail=true&limit=50&detail_status=ALL"),
        None,
    );
    wire(
        &GetPartnerTransferBatchByOutBatchNo {
            out_batch_no: "plfk2020042013".into(),
            need_query_detail: false,
            offset: None,
            limit: None,
            detail_status: None,
        },
        "GET",
        "/v3/partner-transfer/batches/out-batch-no/plfk2020042013",
        Some("need_query_detail=false"),
        None,
    );
    wire(
        &GetPartnerTransferDetailByDetailId {
            batch_id: BATCH_ID.into(),
            detail_id: DETAIL_ID.into(),
        },
        "GET",
        &format!("/v3/partner-transfer/batches/batch-id/{BATCH_ID}/details/detail-id/{DETAIL_ID}"),
        None,
        None,
    );
    wire(
        &GetPartnerTransferDetailByOutDetailNo {
            out_batch_no: "plfk2020042013".into(),
            out_detail_no: "x23zy545Bd5436".into(),
        },
        "GET",
        "/v3/partner-transfer/batches/out-batch-no/plfk2020042013/details/out-detail-no/x23zy545Bd5436",
        None,
        None,
    );
}

// --- requests: profit sharing --------------------------------------------------------------

fn receiver() -> ProfitSharingReceiver {
    ProfitSharingReceiver {
        kind: ReceiverType::MerchantId,
        account: "86693852".into(),
        name: None,
        amount: 888,
        description: "分给商户A".into(),
    }
}

#[test]
fn profitsharing_order_requests() {
    wire(
        &CreateProfitSharingOrder {
            sub_mchid: Some("1900000109".into()),
            appid: Some("wx8888888888888888".into()),
            sub_appid: None,
            transaction_id: "4208450740201411110007820472".into(),
            out_order_no: "P20150806125346".into(),
            receivers: vec![receiver()],
            unfreeze_unsplit: true,
        },
        "POST",
        "/v3/profitsharing/orders",
        None,
        Some(json!({
            "sub_mchid": "1900000109",
            "appid": "wx8888888888888888",
            "transaction_id": "4208450740201411110007820472",
            "out_order_no": "P20150806125346",
            "receivers": [{"type": "MERCHANT_ID", "account": "86693852", "amount": 888, "description": "分给商户A"}],
            "unfreeze_unsplit": true,
        })),
    );
    wire(
        &GetProfitSharingOrder {
            out_order_no: "P20150806125346".into(),
            sub_mchid: Some("1900000109".into()),
            transaction_id: "4208450740201411110007820472".into(),
        },
        "GET",
        "/v3/profitsharing/orders/P20150806125346",
        Some("sub_mchid=1900000109&transaction_id=4208450740201411110007820472"),
        None,
    );
    wire(
        &CreateProfitSharingReturnOrder {
            sub_mchid: None,
            order_id: Some("3008450740201411110007820472".into()),
            out_order_no: None,
            out_return_no: "R20190516001".into(),
            return_mchid: "86693852".into(),
            amount: 10,
            description: "用户退款".into(),
        },
        "POST",
        "/v3/profitsharing/return-orders",
        None,
        Some(json!({
            "order_id": "3008450740201411110007820472",
            "out_return_no": "R20190516001",
            "return_mchid": "86693852",
            "amount": 10,
            "description": "用户退款",
        })),
    );
    wire(
        &GetProfitSharingReturnOrder {
            out_return_no: "R20190516001".into(),
            sub_mchid: None,
            out_order_no: "P20190806125346".into(),
        },
        "GET",
        "/v3/profitsharing/return-orders/R20190516001",
        Some("out_order_no=P20190806125346"),
        None,
    );
    wire(
        &UnfreezeProfitSharingOrder {
            sub_mchid: Some("1900000109".into()),
            transaction_id: "4208450740201411110007820472".into(),
            out_order_no: "P20150806125346".into(),
            description: "解冻全部剩余资金".into(),
        },
        "POST",
        "/v3/profitsharing/orders/unfreeze",
        None,
        Some(json!({
            "sub_mchid": "1900000109",
            "transaction_id": "4208450740201411110007820472",
            "out_order_no": "P20150806125346",
            "description": "解冻全部剩余资金",
        })),
    );
    wire(
        &GetUnsplitAmount {
            transaction_id: "4208450740201411110007820472".into(),
        },
        "GET",
        "/v3/profitsharing/transactions/4208450740201411110007820472/amounts",
        None,
        None,
    );
    wire(
        &GetMerchantConfig {
            sub_mchid: "1900000109".into(),
        },
        "GET",
        "/v3/profitsharing/merchant-configs/1900000109",
        None,
        None,
    );
    wire(
        &GetProfitSharingBill {
            sub_mchid: None,
            bill_date: "2019-06-11".into(),
            tar_type: Some("GZIP".into()),
        },
        "GET",
        "/v3/profitsharing/bills",
        Some("bill_date=2019-06-11&tar_type=GZIP"),
        None,
    );
}

#[test]
fn profitsharing_receiver_requests() {
    wire(
        &AddReceiver {
            sub_mchid: Some("1900000109".into()),
            appid: "wx8888888888888888".into(),
            sub_appid: None,
            kind: ReceiverType::PersonalOpenid,
            account: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into(),
            name: Some("张三".into()),
            relation_type: RelationType::Custom,
            custom_relation: Some("代理商".into()),
        },
        "POST",
        "/v3/profitsharing/receivers/add",
        None,
        Some(json!({
            "sub_mchid": "1900000109",
            "appid": "wx8888888888888888",
            "type": "PERSONAL_OPENID",
            "account": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
            "name": "enc(张三)",
            "relation_type": "CUSTOM",
            "custom_relation": "代理商",
        })),
    );
    wire(
        &DeleteReceiver {
            sub_mchid: None,
            appid: "wx8888888888888888".into(),
            sub_appid: None,
            kind: ReceiverType::MerchantId,
            account: "86693852".into(),
        },
        "POST",
        "/v3/profitsharing/receivers/delete",
        None,
        Some(json!({"appid": "wx8888888888888888", "type": "MERCHANT_ID", "account": "86693852"})),
    );
}

#[test]
fn brand_profitsharing_requests() {
    wire(
        &CreateBrandProfitSharingOrder {
            brand_mchid: "1900000108".into(),
            sub_mchid: "1900000109".into(),
            appid: Some("wx8888888888888888".into()),
            sub_appid: None,
            transaction_id: "4208450740201411110007820472".into(),
            out_order_no: "P20150806125346".into(),
            receivers: vec![receiver()],
            finish: true,
        },
        "POST",
        "/v3/brand/profitsharing/orders",
        None,
        Some(json!({
            "brand_mchid": "1900000108",
            "sub_mchid": "1900000109",
            "appid": "wx8888888888888888",
            "transaction_id": "4208450740201411110007820472",
            "out_order_no": "P20150806125346",
            "receivers": [{"type": "MERCHANT_ID", "account": "86693852", "amount": 888, "description": "分给商户A"}],
            "finish": true,
        })),
    );
    wire(
        &GetBrandProfitSharingOrder {
            sub_mchid: "1900000109".into(),
            transaction_id: "4208450740201411110007820472".into(),
            out_order_no: "P20150806125346".into(),
        },
        "GET",
        "/v3/brand/profitsharing/orders",
        Some(
            "sub_mchid=1900000109&transaction_id=4208450740201411110007820472&out_order_no=P20150806125346",
        ),
        None,
    );
    wire(
        &CreateBrandReturnOrder {
            sub_mchid: "1900000109".into(),
            order_id: None,
            out_order_no: Some("P20150806125346".into()),
            out_return_no: "R20190516001".into(),
            return_mchid: "86693852".into(),
            amount: 10,
            description: "分账回退".into(),
        },
        "POST",
        "/v3/brand/profitsharing/returnorders",
        None,
        Some(json!({
            "sub_mchid": "1900000109",
            "out_order_no": "P20150806125346",
            "out_return_no": "R20190516001",
            "return_mchid": "86693852",
            "amount": 10,
            "description": "分账回退",
        })),
    );
    wire(
        &GetBrandReturnOrder {
            sub_mchid: "1900000109".into(),
            out_return_no: "R20190516001".into(),
            order_id: None,
            out_order_no: Some("P20190806125346".into()),
        },
        "GET",
        "/v3/brand/profitsharing/returnorders",
        Some("sub_mchid=1900000109&out_return_no=R20190516001&out_order_no=P20190806125346"),
        None,
    );
    wire(
        &FinishBrandOrder {
            sub_mchid: "1900000109".into(),
            transaction_id: "4208450740201411110007820472".into(),
            out_order_no: "P20150806125346".into(),
            description: "分账完结".into(),
        },
        "POST",
        "/v3/brand/profitsharing/finish-order",
        None,
        Some(json!({
            "sub_mchid": "1900000109",
            "transaction_id": "4208450740201411110007820472",
            "out_order_no": "P20150806125346",
            "description": "分账完结",
        })),
    );
    wire(
        &GetBrandUnsplitAmount {
            transaction_id: "4208450740201411110007820472".into(),
        },
        "GET",
        "/v3/brand/profitsharing/orders/4208450740201411110007820472/amounts",
        None,
        None,
    );
    wire(
        &GetBrandConfig {
            brand_mchid: "1900000109".into(),
        },
        "GET",
        "/v3/brand/profitsharing/brand-configs/1900000109",
        None,
        None,
    );
    wire(
        &AddBrandReceiver {
            brand_mchid: "1900000108".into(),
            appid: "wx8888888888888888".into(),
            sub_appid: None,
            kind: ReceiverType::MerchantId,
            account: "1900000109".into(),
            name: Some("张三网络公司".into()),
            relation_type: BrandRelationType::Supplier,
        },
        "POST",
        "/v3/brand/profitsharing/receivers/add",
        None,
        Some(json!({
            "brand_mchid": "1900000108",
            "appid": "wx8888888888888888",
            "type": "MERCHANT_ID",
            "account": "1900000109",
            "name": "enc(张三网络公司)",
            "relation_type": "SUPPLIER",
        })),
    );
    wire(
        &DeleteBrandReceiver {
            brand_mchid: "1900000108".into(),
            appid: "wx8888888888888888".into(),
            sub_appid: Some("wx8888888888888889".into()),
            kind: ReceiverType::PersonalSubOpenid,
            account: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into(),
        },
        "POST",
        "/v3/brand/profitsharing/receivers/delete",
        None,
        Some(json!({
            "brand_mchid": "1900000108",
            "appid": "wx8888888888888888",
            "sub_appid": "wx8888888888888889",
            "type": "PERSONAL_SUB_OPENID",
            "account": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
        })),
    );
}

// --- requests: complaints ------------------------------------------------------------------

#[test]
fn complaints_requests() {
    let id = "200201820200101080076610000";
    wire(
        &ListComplaints {
            limit: Some(5),
            offset: Some(10),
            begin_date: "2019-01-01".into(),
            end_date: "2019-01-01".into(),
            complainted_mchid: Some("1900012181".into()),
        },
        "GET",
        "/v3/merchant-service/complaints-v2",
        Some(
            "limit=5&offset=10&begin_date=2019-01-01&end_date=2019-01-01&complainted_mchid=1900012181",
        ),
        None,
    );
    wire(
        &GetComplaint {
            complaint_id: id.into(),
        },
        "GET",
        &format!("/v3/merchant-service/complaints-v2/{id}"),
        None,
        None,
    );
    wire(
        &ListNegotiationHistory {
            complaint_id: id.into(),
            limit: Some(50),
            offset: Some(10),
        },
        "GET",
        &format!("/v3/merchant-service/complaints-v2/{id}/negotiation-historys"),
        Some("limit=50&offset=10"),
        None,
    );
    wire(
        &RespondComplaint {
            complaint_id: id.into(),
            complainted_mchid: "1900012181".into(),
            response_content: "已与用户沟通解决".into(),
            response_images: Some(vec!["file23578_21798531.jpg".into()]),
            jump_url: Some("https://www.xxx.com/notify".into()),
            jump_url_text: Some("查看订单详情".into()),
        },
        "POST",
        &format!("/v3/merchant-service/complaints-v2/{id}/response"),
        None,
        Some(json!({
            "complainted_mchid": "1900012181",
            "response_content": "已与用户沟通解决",
            "response_images": ["file23578_21798531.jpg"],
            "jump_url": "https://www.xxx.com/notify",
            "jump_url_text": "查看订单详情",
        })),
    );
    wire(
        &CompleteComplaint {
            complaint_id: id.into(),
            complainted_mchid: "1900012181".into(),
        },
        "POST",
        &format!("/v3/merchant-service/complaints-v2/{id}/complete"),
        None,
        Some(json!({"complainted_mchid": "1900012181"})),
    );
    wire(
        &UpdateRefundProgress {
            complaint_id: id.into(),
            action: RefundAction::Reject,
            launch_refund_day: None,
            reject_reason: Some("拒绝退款".into()),
            reject_media_list: Some(vec!["file23578_21798531.jpg".into()]),
            remark: Some("已处理完成".into()),
        },
        "POST",
        &format!("/v3/merchant-service/complaints-v2/{id}/update-refund-progress"),
        None,
        Some(json!({
            "action": "REJECT",
            "reject_reason": "拒绝退款",
            "reject_media_list": ["file23578_21798531.jpg"],
            "remark": "已处理完成",
        })),
    );
}

#[test]
fn complaint_notification_requests() {
    let path = "/v3/merchant-service/complaint-notifications";
    let url = "https://www.xxx.com/notify";
    wire(
        &CreateComplaintNotification { url: url.into() },
        "POST",
        path,
        None,
        Some(json!({ "url": url })),
    );
    wire(&GetComplaintNotification {}, "GET", path, None, None);
    wire(
        &UpdateComplaintNotification { url: url.into() },
        "PUT",
        path,
        None,
        Some(json!({ "url": url })),
    );
    wire(&DeleteComplaintNotification {}, "DELETE", path, None, None);
    // DELETE answers 204: the response type is `()`.
    let _: fn() -> <DeleteComplaintNotification as Endpoint>::Response = || ();
}

// --- against the sandbox -------------------------------------------------------------------

fn transfer_request(out_bill_no: &str, amount: i64, user_name: Option<&str>) -> CreateTransferBill {
    CreateTransferBill {
        appid: "wxf636efh567hg4356".into(),
        out_bill_no: out_bill_no.into(),
        transfer_scene_id: "1000".into(),
        openid: "o-MYE42l80oelYMDE34nYD456Xoy".into(),
        user_name: user_name.map(Into::into),
        transfer_amount: amount,
        transfer_remark: "新会员开通有礼".into(),
        notify_url: Some("https://www.weixin.qq.com/wxpay/pay.php".into()),
        user_recv_perception: Some("现金奖励".into()),
        transfer_scene_report_infos: report(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transfer_bill_end_to_end() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();

    // The name is RSA-encrypted by the client; the sandbox decrypts it as WeChat Pay does.
    let created = client
        .send(&transfer_request("plfk2020042013", 400_000, Some("张三")))
        .await
        .unwrap();
    assert_eq!(created.state, TransferBillState::WaitUserConfirm);
    assert!(created.package_info.is_some());

    // `out_bill_no` is idempotent: the same request answers the same bill, another one fails.
    let again = client
        .send(&transfer_request("plfk2020042013", 400_000, Some("张三")))
        .await
        .unwrap();
    assert_eq!(again, created);
    let err = client
        .send(&transfer_request("plfk2020042013", 500_000, Some("张三")))
        .await
        .unwrap_err();
    assert_eq!(err.as_api().unwrap().code, "INVALID_REQUEST");
    assert_eq!(sandbox.side_effects(), 1);

    // Both queries answer the bill, with the name encrypted for the merchant.
    let bill = client
        .send(&GetTransferBillByOutBillNo {
            out_bill_no: "plfk2020042013".into(),
        })
        .await
        .unwrap();
    assert_eq!(bill.transfer_bill_no, created.transfer_bill_no);
    assert_eq!(
        (bill.transfer_amount, bill.mch_id.as_str()),
        (400_000, "1900000001")
    );
    let name = client.decrypt(bill.user_name.as_ref().unwrap()).unwrap();
    assert_eq!(name.as_str(), "张三");
    let by_no = client
        .send(&GetTransferBillByTransferBillNo {
            transfer_bill_no: created.transfer_bill_no.clone(),
        })
        .await
        .unwrap();
    assert_eq!(by_no.out_bill_no, "plfk2020042013");

    // Cancel, then the bill stays cancelled and a second cancel is refused.
    let cancel = CancelTransferBill {
        out_bill_no: "plfk2020042013".into(),
    };
    let cancelled = client.send(&cancel).await.unwrap();
    assert_eq!(cancelled.state, TransferBillState::Canceling);
    let bill = client
        .send(&GetTransferBillByOutBillNo {
            out_bill_no: "plfk2020042013".into(),
        })
        .await
        .unwrap();
    assert_eq!(bill.state, TransferBillState::Cancelled);
    let err = client.send(&cancel).await.unwrap_err();
    assert_eq!(err.as_api().unwrap().status, 400);

    // Unknown bills are 404; 2,000 yuan without a name is a parameter error.
    let err = client
        .send(&GetTransferBillByOutBillNo {
            out_bill_no: "nope".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(err.as_api().unwrap().status, 404);
    let err = client
        .send(&transfer_request("plfk2020042014", 200_000, None))
        .await
        .unwrap_err();
    let api = err.as_api().unwrap();
    assert_eq!((api.status, api.code.as_str()), (400, "PARAM_ERROR"));
    // An empty scene report is refused with WeChat Pay's message.
    let mut req = transfer_request("plfk2020042015", 100, None);
    req.transfer_scene_report_infos.clear();
    let err = client.send(&req).await.unwrap_err();
    assert_eq!(err.as_api().unwrap().code, "PARAM_ERROR");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transfer_batch_end_to_end() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    // Below 2,000 yuan a name is optional (and nested names cannot be sent yet, see above).
    let mut small = batch(None);
    small.total_amount = 100;
    small.transfer_detail_list[0].transfer_amount = 100;
    let created = client.send(&small).await.unwrap();
    assert_eq!(created.out_batch_no, "plfk2020042013");
    assert_eq!(created.batch_status, Some(BatchStatus::Accepted));
    let query = GetTransferBatchByOutBatchNo {
        out_batch_no: "plfk2020042013".into(),
        need_query_detail: true,
        offset: None,
        limit: None,
        detail_status: Some(DetailStatusFilter::Success),
    };
    let found = client.send(&query).await.unwrap();
    assert_eq!(found.transfer_batch.batch_id, created.batch_id);
    assert_eq!(found.transfer_batch.success_amount, Some(100));
    let details = found.transfer_detail_list.unwrap();
    assert_eq!(details.len(), 1);
    assert_eq!(details[0].out_detail_no, "x23zy545Bd5436");

    // Totals must match the details.
    let mut wrong = small.clone();
    wrong.out_batch_no = "plfk2020042099".into();
    wrong.total_amount = 1;
    let err = client.send(&wrong).await.unwrap_err();
    let api = err.as_api().unwrap();
    assert_eq!((api.status, api.code.as_str()), (400, "PARAM_ERROR"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn profit_sharing_end_to_end() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let req = CreateProfitSharingOrder {
        sub_mchid: None,
        appid: None,
        sub_appid: None,
        transaction_id: "4208450740201411110007820472".into(),
        out_order_no: "P20150806125346".into(),
        receivers: vec![receiver()],
        unfreeze_unsplit: true,
    };
    let order = client.send(&req).await.unwrap();
    assert_eq!(order.out_order_no, "P20150806125346");
    let query = GetProfitSharingOrder {
        out_order_no: "P20150806125346".into(),
        sub_mchid: None,
        transaction_id: "4208450740201411110007820472".into(),
    };
    let found = client.send(&query).await.unwrap();
    assert_eq!(found, order);
    let r = &found.receivers.unwrap()[0];
    assert_eq!((r.amount, r.result.clone()), (888, ReceiverResult::Success));
    // The same out_order_no is the same request.
    assert_eq!(client.send(&req).await.unwrap(), order);
    assert_eq!(sandbox.side_effects(), 1);
    // Another transaction's order is not found.
    let err = client
        .send(&GetProfitSharingOrder {
            transaction_id: "1".into(),
            ..query
        })
        .await
        .unwrap_err();
    assert_eq!(err.as_api().unwrap().status, 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn complaints_list_end_to_end() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let list = client
        .send(&ListComplaints {
            limit: Some(2),
            offset: Some(0),
            begin_date: "2024-05-01".into(),
            end_date: "2024-05-07".into(),
            complainted_mchid: None,
        })
        .await
        .unwrap();
    assert_eq!((list.limit, list.total_count), (2, Some(3)));
    let data = list.data.unwrap();
    assert_eq!(data.len(), 2);
    assert_eq!(data[0].complaint_state, ComplaintState::Pending);
    assert!(data[0].complaint_time.starts_with("2024-05-01T"));
    let phone = client
        .decrypt(data[0].payer_phone.as_ref().unwrap())
        .unwrap();
    assert_eq!(phone.as_str(), "13800138000");
    // A malformed date is a parameter error.
    let err = client
        .send(&ListComplaints {
            limit: None,
            offset: None,
            begin_date: "2024/05/01".into(),
            end_date: "2024-05-07".into(),
            complainted_mchid: None,
        })
        .await
        .unwrap_err();
    assert_eq!(err.as_api().unwrap().code, "PARAM_ERROR");
}
