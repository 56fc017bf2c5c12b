//! Notifications the sandbox signs and encrypts as WeChat Pay does, parsed into typed events.

use serde_json::json;
use wxpay::notify::{
    BrandMemberCardState, BrandMemberCardType, BrandMemberCardValidDateType,
    BusiCouponSendNotification, CharityBudgetState, ComplaintActionType, CouponStatus,
    EduSchoolPayUserState, Event, GlobalH5ApplymentState, GlobalH5WebsiteState,
    GlobalPapayTerminationMode, MallAuthType, PapayContractState, ParseEvent as _,
    PayScoreOrderState, PayScoreServiceAccountApplyState, PayScoreServiceStatus,
    PowerBankInsuranceReceiveState, ProfitSharingReceiverType, RechargeState, RefundStatus,
    TradeState, TransferBatchCloseReason, TransferBatchStatus, TransferBillState,
    WebizpayAuthorizationState, WebizpayQuotaCardState, WithdrawAccountType, WithdrawState,
};
use wxpay::sandbox::{Sandbox, SandboxOptions};
use wxpay::{Error, NotifyAnswer, VerifyError};

fn fixture(name: &str) -> serde_json::Value {
    let path = format!("{}/fixtures/catalog/pay/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_are_typed_by_event_type() {
    let sandbox = Sandbox::start().await.unwrap();
    let parser = sandbox.client().notifications().unwrap();

    let tx = fixture("transaction.json");
    let (h, b) = sandbox.notification("TRANSACTION.SUCCESS", &tx);
    match parser.parse_event(&h, &b).unwrap() {
        Event::Transaction(n) => {
            assert_eq!(
                n.resource.out_trade_no,
                tx["out_trade_no"].as_str().unwrap()
            );
            assert_eq!(n.original_type.as_deref(), Some("transaction"));
        }
        other => panic!("{other:?}"),
    }

    let ptx = fixture("partner_transaction.json");
    let (h, b) = sandbox.notification("TRANSACTION.SUCCESS", &ptx);
    assert!(matches!(
        parser.parse_event(&h, &b).unwrap(),
        Event::PartnerTransaction(_)
    ));

    let refund = fixture("refund_notification.json");
    for event in ["REFUND.SUCCESS", "REFUND.ABNORMAL", "REFUND.CLOSED"] {
        let (h, b) = sandbox.notification(event, &refund);
        match parser.parse_event(&h, &b).unwrap() {
            Event::Refund(n) => assert_eq!(n.event_type, event),
            other => panic!("{other:?}"),
        }
    }

    // An event type this SDK does not type (a deduction failure of one of several products):
    // the decrypted resource as JSON.
    let (h, b) = sandbox.notification(
        "TRANSACTION.FAIL",
        &serde_json::json!({ "out_trade_no": "w1" }),
    );
    let e = parser.parse_event(&h, &b).unwrap();
    assert_eq!(e.event_type(), "TRANSACTION.FAIL");
    assert!(matches!(e, Event::Other(ref n) if n.resource["out_trade_no"] == "w1"));

    // A transaction whose resource does not fit the model: the error names the JSON path.
    let (h, b) = sandbox.notification(
        "TRANSACTION.SUCCESS",
        &serde_json::json!({ "out_trade_no": 5 }),
    );
    let err = parser.parse_event(&h, &b).unwrap_err();
    assert!(err.is_decode(), "{err:?}");
    assert_eq!(NotifyAnswer::for_error(&err).status, 400);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replays_probes_and_forgeries_get_the_failure_answer() {
    let sandbox = Sandbox::start().await.unwrap();
    let parser = sandbox.client().notifications().unwrap();
    let tx = fixture("transaction.json");

    let (h, b) = sandbox.notification_at("TRANSACTION.SUCCESS", &tx, now() - 301);
    let err = parser.parse_event(&h, &b).unwrap_err();
    assert!(
        matches!(err.verify_error(), Some(VerifyError::StaleTimestamp { .. })),
        "{err:?}"
    );
    let answer = NotifyAnswer::for_error(&err);
    assert_eq!(answer.status, 401);
    assert!(answer.body.contains("\"code\":\"FAIL\""));

    let (mut h, b) = sandbox.notification("TRANSACTION.SUCCESS", &tx);
    h.insert(
        "wechatpay-signature",
        "WECHATPAY/SIGNTEST/Zm9v".parse().unwrap(),
    );
    assert!(matches!(
        parser
            .parse_event(&h, &b)
            .as_ref()
            .map_err(Error::verify_error),
        Err(Some(VerifyError::SignTestProbe))
    ));

    let (h, _) = sandbox.notification("TRANSACTION.SUCCESS", &tx);
    let (_, other) = sandbox.notification("TRANSACTION.SUCCESS", &tx);
    assert!(matches!(
        parser
            .parse_event(&h, &other)
            .as_ref()
            .map_err(Error::verify_error),
        Err(Some(VerifyError::BadSignature))
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn certificate_signed_notifications_verify_in_certificate_mode() {
    let sandbox = Sandbox::start_with(SandboxOptions {
        public_key: false,
        ..Default::default()
    })
    .await
    .unwrap();
    let client = sandbox
        .client_builder_without_keys()
        .platform_certificates_auto(std::time::Duration::from_secs(3600))
        .build()
        .unwrap();
    client.refresh_certificates().await.unwrap();
    let (h, b) = sandbox.notification("TRANSACTION.SUCCESS", &fixture("transaction.json"));
    assert!(matches!(
        client.notifications().unwrap().parse_event(&h, &b).unwrap(),
        Event::Transaction(_)
    ));
}

/// Signs and encrypts `resource` as WeChat Pay does, and parses it through the client's parser.
fn deliver(sandbox: &Sandbox, event_type: &str, resource: serde_json::Value) -> Event {
    let parser = sandbox.client().notifications().unwrap();
    let (h, b) = sandbox.notification(event_type, &resource);
    let event = parser.parse_event(&h, &b).unwrap();
    assert_eq!(event.event_type(), event_type);
    event
}

// The resources below are the examples of the official notification pages.

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transfer_and_profit_sharing_events_are_typed() {
    let sandbox = Sandbox::start().await.unwrap();

    // 商家转账回调通知, example as mirrored at https://wechatpay.js.org/webhook/v3/MCHTRANSFER.BILL.FINISHED
    let e = deliver(
        &sandbox,
        "MCHTRANSFER.BILL.FINISHED",
        json!({
            "mchid": "1900001109",
            "out_bill_no": "plfk2020042013",
            "transfer_bill_no": "1330000071100999991182020050700019480001",
            "state": "FAIL",
            "transfer_amount": 400000,
            "fail_reason": "PAYEE_ACCOUNT_ABNORMAL",
            "openid": "o-MYE42l80oelYMDE34nYD456Xoy",
            "create_time": "2015-05-20T13:29:35.120+08:00",
            "update_time": "2015-05-20T13:29:35.120+08:00"
        }),
    );
    let Event::TransferBill(n) = e else {
        panic!("{e:?}")
    };
    let r = &n.resource;
    assert_eq!(r.out_bill_no, "plfk2020042013");
    assert_eq!(
        r.transfer_bill_no,
        "1330000071100999991182020050700019480001"
    );
    assert_eq!(r.state, TransferBillState::Fail);
    assert_eq!(r.transfer_amount, 400000);
    assert_eq!(r.fail_reason.as_deref(), Some("PAYEE_ACCOUNT_ABNORMAL"));
    assert_eq!(r.openid.as_deref(), Some("o-MYE42l80oelYMDE34nYD456Xoy"));

    // 分账动账通知 (https://pay.weixin.qq.com/doc/v3/merchant/4012289679)
    for event in [
        "PROFITSHARING.SUCCESS",
        "PROFITSHARING.RETURN",
        "PROFITSHARING",
        "PROFITSHARING_RETURN",
    ] {
        let e = deliver(
            &sandbox,
            event,
            json!({
                "sp_mchid": "1900000100",
                "sub_mchid": "1900000109",
                "transaction_id": "4200000000000000000000000000",
                "order_id": "1217752501201407033233368018",
                "out_order_no": "P20150806125346",
                "receiver": {
                    "type": "MERCHANT_ID",
                    "account": "1900000109",
                    "amount": 888,
                    "description": "运费/交易分账/及时奖励"
                },
                "success_time": "2018-06-08T10:34:56+08:00"
            }),
        );
        let Event::ProfitSharing(n) = e else {
            panic!("{e:?}")
        };
        let r = &n.resource;
        assert_eq!(r.sp_mchid.as_deref(), Some("1900000100"));
        assert_eq!(r.out_order_no.as_deref(), Some("P20150806125346"));
        let receiver = r.receiver.as_ref().unwrap();
        assert_eq!(receiver.r#type, Some(ProfitSharingReceiverType::MerchantId));
        assert_eq!(receiver.amount, Some(888));
        assert_eq!(
            receiver.description.as_deref(),
            Some("运费/交易分账/及时奖励")
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pay_score_events_are_typed() {
    let sandbox = Sandbox::start().await.unwrap();

    // 授权/解除授权服务回调通知
    // (https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/open/disable-notification.html)
    for (event, status) in [
        ("PAYSCORE.USER_OPEN_SERVICE", PayScoreServiceStatus::Open),
        ("PAYSCORE.USER_CLOSE_SERVICE", PayScoreServiceStatus::Close),
    ] {
        let e = deliver(
            &sandbox,
            event,
            json!({
                "appid": "wxd678efh567hg6787",
                "mchid": "1230000109",
                "out_request_no": "1234323JKHDFE1243252",
                "service_id": "500001",
                "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
                "user_service_status": status.as_str(),
                "openorclose_time": "20150620131234",
                "authorization_code": "1230000109"
            }),
        );
        let Event::PayScorePermission(n) = e else {
            panic!("{e:?}")
        };
        assert_eq!(n.resource.user_service_status, Some(status));
        assert_eq!(
            n.resource.openid.as_deref(),
            Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
        );
        assert_eq!(
            n.resource.out_request_no.as_deref(),
            Some("1234323JKHDFE1243252")
        );
    }

    // 确认订单回调通知, 支付成功回调通知
    // (https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/confirm-notification.html)
    for (event, state) in [
        ("PAYSCORE.USER_CONFIRM", "DOING"),
        ("PAYSCORE.USER_PAID", "DONE"),
    ] {
        let e = deliver(
            &sandbox,
            event,
            json!({
                "appid": "wxd678efh567hg6787",
                "mchid": "1230000109",
                "out_order_no": "1234323JKHDFE1243252",
                "service_id": "500001",
                "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
                "state": state,
                "state_description": "MCH_COMPLETE",
                "total_amount": 50000,
                "service_introduction": "某某酒店",
                "post_payments": [{
                    "name": "就餐费用服务费",
                    "amount": 40000,
                    "description": "就餐人均100元服务费：100/小时",
                    "count": 4
                }],
                "post_discounts": [{
                    "name": "满20减1元",
                    "description": "不与其他优惠叠加",
                    "amount": 100
                }],
                "risk_fund": { "name": "DEPOSIT", "amount": 10000, "description": "就餐的预估费用" },
                "time_range": { "start_time": "20091225091010", "end_time": "20091225121010" },
                "location": {
                    "start_location": "嗨客时尚主题展餐厅",
                    "end_location": "嗨客时尚主题展餐厅"
                },
                "attach": "Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald",
                "notify_url": "https://api.test.com",
                "order_id": "15646546545165651651",
                "need_collection": true,
                "collection": {
                    "state": "USER_PAID",
                    "total_amount": 3900,
                    "paying_amount": 3000,
                    "paid_amount": 900,
                    "details": [{
                        "seq": 1,
                        "amount": 900,
                        "paid_type": "NEWTON",
                        "paid_time": "20091225091210",
                        "transaction_id": "15646546545165651651"
                    }]
                }
            }),
        );
        let Event::PayScoreOrder(n) = e else {
            panic!("{e:?}")
        };
        let r = &n.resource;
        assert_eq!(r.out_order_no, "1234323JKHDFE1243252");
        assert_eq!(r.state, PayScoreOrderState::from(state));
        assert_eq!(r.total_amount, Some(50000));
        assert_eq!(r.post_payments.as_ref().unwrap()[0].count, Some(4));
        assert_eq!(r.risk_fund.as_ref().unwrap().amount, Some(10000));
        assert_eq!(r.need_collection, Some(true));
        let collection = r.collection.as_ref().unwrap();
        assert_eq!(collection.paid_amount, Some(900));
        assert_eq!(
            collection.details.as_ref().unwrap()[0]
                .transaction_id
                .as_deref(),
            Some("15646546545165651651")
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn marketing_events_are_typed() {
    let sandbox = Sandbox::start().await.unwrap();

    // 核销事件回调通知 (https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/check-notice.html)
    let e = deliver(
        &sandbox,
        "COUPON.USE",
        json!({
            "stock_creator_mchid": "9800064",
            "stock_id": "9865888",
            "coupon_id": "98674556",
            "singleitem_discount_off": { "single_price_max": 100 },
            "discount_to": { "cut_to_price": 100, "max_price": 100 },
            "coupon_name": "微信支付代金券",
            "status": "USED",
            "description": "微信支付营销",
            "create_time": "2015-05-20T13:29:35.120+08:00",
            "coupon_type": "NORMAL",
            "no_cash": true,
            "available_begin_time": "2015-05-20T13:29:35.120+08:00",
            "available_end_time": "2015-05-20T13:29:35.120+08:00",
            "singleitem": true,
            "normal_coupon_information": { "coupon_amount": 100, "transaction_minimum": 100 },
            "consume_information": {
                "consume_time": "2015-05-20T13:29:35.120+08:00",
                "consume_mchid": "9856081",
                "transaction_id": "2345234523",
                "goods_detail": [{
                    "goods_id": "a_goods1",
                    "quantity": 7,
                    "price": 1,
                    "discount_amount": 4
                }]
            }
        }),
    );
    let Event::CouponUse(n) = e else {
        panic!("{e:?}")
    };
    let r = &n.resource;
    assert_eq!(r.coupon_id, "98674556");
    assert_eq!(r.status, Some(CouponStatus::Used));
    assert_eq!(
        r.normal_coupon_information.as_ref().unwrap().coupon_amount,
        100
    );
    let consumed = r.consume_information.as_ref().unwrap();
    assert_eq!(consumed.transaction_id.as_deref(), Some("2345234523"));
    assert_eq!(consumed.goods_detail.as_ref().unwrap()[0].quantity, 7);

    // 领券事件回调通知
    // (https://pay.weixin.qq.com/docs/merchant/apis/merchant-exclusive-coupon/coupon/busicoupon-send.html)
    let e = deliver(
        &sandbox,
        "COUPON.SEND",
        json!({
            "event_type": "EVENT_TYPE_BUSICOUPON_SEND",
            "coupon_code": "sxxe34343434",
            "stock_id": "1234567891",
            "send_time": "2015-05-20T13:29:35+08:00",
            "openid": "oh-394z-6CGkNoJrsDLTTUKiAnp4",
            "unionid": "oi-394z-6CGkNoJrsDLTTUKiAnp4",
            "send_channel": "BUSICOUPON_SEND_CHANNEL_PAYGIFT",
            "send_merchant": "17890",
            "attach_info": {
                "transaction_id": "4200000000000000000000000000",
                "act_code": "FA12345",
                "hall_code": "HALL_12345",
                "hall_belong_mch_id": 1234567,
                "card_id": "pbLatjvWOibDc5-TBnbUk1pD12o0",
                "code": "478515832665",
                "activity_id": "XXXX"
            }
        }),
    );
    let Event::BusiCouponSend(n) = e else {
        panic!("{e:?}")
    };
    let r: &BusiCouponSendNotification = &n.resource;
    assert_eq!(r.coupon_code.as_deref(), Some("sxxe34343434"));
    assert_eq!(r.send_channel, "BUSICOUPON_SEND_CHANNEL_PAYGIFT");
    assert_eq!(
        r.attach_info.as_ref().unwrap().hall_belong_mch_id,
        Some(1234567)
    );

    // 会员卡事件通知
    // (https://pay.weixin.qq.com/docs/merchant/apis/membership-card/member-notice/user-management-member-card-notice.html)
    for (event, sub) in [
        ("MEMBERCARD.ACCEPT_CARD", None),
        ("MEMBERCARD.ACTIVATE_CARD", Some("NEW_ACTIVATE")),
        ("MEMBERCARD.USERCARD_MANAGE", Some("USER_DELETE_MEMBERCARD")),
    ] {
        let mut resource = json!({
            "card_id": "pbLatjvWOibDc5-TBnbUk1pD12o0",
            "code": "478515832665",
            "event_time": "2015-05-20T13:29:35+08:00",
            "openid": "obLatjnx9gnqzS4myYGmLZ7LgLBA",
            "unionid": "obLatjnx9gnqzS4myYGmLZ7LgLBA"
        });
        if let Some(sub) = sub {
            resource["event_type"] = sub.into();
        }
        let e = deliver(&sandbox, event, resource);
        let Event::MemberCard(n) = e else {
            panic!("{e:?}")
        };
        assert_eq!(n.resource.event_type.as_deref(), sub);
        assert_eq!(n.resource.code.as_deref(), Some("478515832665"));
        assert_eq!(n.resource.openid, "obLatjnx9gnqzS4myYGmLZ7LgLBA");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn complaint_contract_and_combined_order_events_are_typed() {
    let sandbox = Sandbox::start().await.unwrap();

    // 投诉通知
    // (https://pay.weixin.qq.com/docs/merchant/apis/consumer-complaint/complaint-notifications/complaint-notifications.html)
    for (event, action) in [
        ("COMPLAINT.CREATE", "CREATE_COMPLAINT"),
        ("COMPLAINT.STATE_CHANGE", "MERCHANT_CONFIRM_COMPLETE"),
    ] {
        let e = deliver(
            &sandbox,
            event,
            json!({ "complaint_id": "200201820200101080076610000", "action_type": action }),
        );
        let Event::Complaint(n) = e else {
            panic!("{e:?}")
        };
        assert_eq!(n.resource.complaint_id, "200201820200101080076610000");
        assert_eq!(n.resource.action_type, ComplaintActionType::from(action));
        assert!(!matches!(
            n.resource.action_type,
            ComplaintActionType::Other(_)
        ));
    }
    // A value this SDK does not know yet is kept.
    let e = deliver(
        &sandbox,
        "COMPLAINT.STATE_CHANGE",
        json!({ "complaint_id": "1", "action_type": "SOMETHING_NEW" }),
    );
    assert!(matches!(
        e,
        Event::Complaint(ref n) if n.resource.action_type == ComplaintActionType::Other("SOMETHING_NEW".into())
    ));

    // 委托代扣签解约通知
    // (https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/contract-alter-notify.html)
    let signed = json!({
        "mchid": "1230000109",
        "contract_id": "123124412412423431",
        "appid": "wxd678efh567hg6787",
        "plan_id": 10000,
        "out_contract_code": "wxwtdk20200910100000",
        "contract_display_account": "张三",
        "contract_state": "SIGNED",
        "contract_signed_time": "2015-05-20T13:29:35.120+08:00",
        "contract_expired_time": "2015-05-20T13:29:35.120+08:00",
        "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"
    });
    let e = deliver(&sandbox, "ENTRUST.SIGN", signed.clone());
    let Event::PapayContract(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.contract_state, Some(PapayContractState::Signed));
    assert_eq!(n.resource.plan_id, Some(10000));
    assert_eq!(
        n.resource.contract_id.as_deref(),
        Some("123124412412423431")
    );
    let mut terminated = signed;
    terminated["contract_state"] = "TERMINATED".into();
    terminated["contract_terminate_info"] = json!({
        "contract_termination_mode": "USER_TERMINATE",
        "contract_terminated_time": "2015-05-20T13:29:35.120+08:00",
        "contract_termination_remark": "签约信息有误，须重新签约。"
    });
    let e = deliver(&sandbox, "ENTRUST.TERMINATE", terminated);
    let Event::PapayContract(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(
        n.resource.contract_state,
        Some(PapayContractState::Terminated)
    );
    let info = n.resource.contract_terminate_info.as_ref().unwrap();
    assert_eq!(
        info.contract_termination_mode.as_deref(),
        Some("USER_TERMINATE")
    );

    // 合单支付通知 (https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/combine/chapter3_7.shtml)
    let e = deliver(
        &sandbox,
        "TRANSACTION.SUCCESS",
        json!({
            "combine_appid": "wxd678efh567hg6787",
            "combine_mchid": "1900000109",
            "combine_out_trade_no": "20150806125346",
            "scene_info": { "device_id": "POS1:1" },
            "sub_orders": [{
                "mchid": "1900000109",
                "trade_type": "JSAPI",
                "trade_state": "SUCCESS",
                "bank_type": "CMC",
                "attach": "深圳分店",
                "success_time": "2015-05-20T13:29:35.120+08:00",
                "transaction_id": "1009660380201506130728806387",
                "out_trade_no": "20150806125346",
                "sub_mchid": "1900000109",
                "amount": {
                    "total_amount": 10,
                    "currency": "CNY",
                    "payer_amount": 10,
                    "payer_currency": "CNY"
                }
            }],
            "combine_payer_info": { "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" }
        }),
    );
    let Event::CombineTransaction(n) = e else {
        panic!("{e:?}")
    };
    let r = &n.resource;
    assert_eq!(r.combine_out_trade_no, "20150806125346");
    assert_eq!(r.sub_orders.len(), 1);
    assert_eq!(r.sub_orders[0].trade_state, TradeState::Success);
    assert_eq!(
        r.sub_orders[0].amount.as_ref().unwrap().payer_amount,
        Some(10)
    );
    assert_eq!(
        r.combine_payer_info.as_ref().unwrap().openid.as_deref(),
        Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
    );
    assert_eq!(r.trade_scenario, None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_known_event_that_does_not_fit_is_a_decode_error_not_other() {
    let sandbox = Sandbox::start().await.unwrap();
    let parser = sandbox.client().notifications().unwrap();
    for (event, resource) in [
        (
            "COMPLAINT.CREATE",
            json!({ "action_type": "CREATE_COMPLAINT" }),
        ),
        ("MCHTRANSFER.BILL.FINISHED", json!({ "out_bill_no": "b1" })),
        ("MCHTRANSFER.BATCH.CLOSED", json!({ "out_batch_no": "b1" })),
        (
            "MALL_TRANSACTION.SUCCESS",
            json!({ "mchid": "1", "openid": "o", "amount": "200" }),
        ),
        ("PAYSCORE.USER_SIGN_PLAN", json!({ "sign_plan_id": "s1" })),
        (
            "DISCOUNT_CARD.USER_PAID",
            json!({ "card_id": "c1", "out_card_code": "o1", "total_amount": "1000" }),
        ),
        ("RECHARGE.SUCCESS", json!({ "out_recharge_no": "r1" })),
        (
            "HIRE_POWER_BANK.RECEIVE_INSURANCE",
            json!({ "order_id": "i1" }),
        ),
        ("ENTRUST.SIGNING", json!({ "plan_id": "p1" })),
        (
            "EDU_SCHOOL_PAY.USER_DEBT_STATE_UPDATE",
            json!({ "openid": "o", "state": "FORBIDDEN", "debt_count": "2" }),
        ),
        (
            "MCHTRANSFER.QQWALLETBILL.FINISHED",
            json!({ "out_bill_no": "b1" }),
        ),
        (
            "TRANSACTION.SUCCESS",
            json!({ "combine_out_trade_no": "c1", "sub_orders": "none" }),
        ),
    ] {
        let (h, b) = sandbox.notification(event, &resource);
        let err = parser.parse_event(&h, &b).unwrap_err();
        assert!(err.is_decode(), "{event}: {err:?}");
        assert_eq!(NotifyAnswer::for_error(&err).status, 400, "{event}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transfer_batch_and_business_circle_events_are_typed() {
    let sandbox = Sandbox::start().await.unwrap();

    // 商家转账批次回调通知 (https://pay.weixin.qq.com/doc/v3/merchant/4012269028), example as
    // mirrored at https://wechatpay.js.org/webhook/v3/MCHTRANSFER.BATCH.CLOSED
    for (event, status) in [
        ("MCHTRANSFER.BATCH.FINISHED", "FINISHED"),
        ("MCHTRANSFER.BATCH.CLOSED", "CLOSED"),
    ] {
        let mut resource = json!({
            "out_batch_no": "bfatestnotify000033",
            "batch_id": "131000007026709999520922023081519403795655",
            "batch_status": status,
            "total_num": 2,
            "total_amount": 200,
            "success_amount": 100,
            "success_num": 1,
            "fail_amount": 100,
            "fail_num": 1,
            "mchid": "2483775951",
            "update_time": "2023-08-15T20:33:22+08:00"
        });
        if status == "CLOSED" {
            resource["close_reason"] = "OVERDUE_CLOSE".into();
        }
        let e = deliver(&sandbox, event, resource);
        let Event::TransferBatch(n) = e else {
            panic!("{e:?}")
        };
        let r = &n.resource;
        assert_eq!(r.out_batch_no, "bfatestnotify000033");
        assert_eq!(r.batch_status, TransferBatchStatus::from(status));
        assert!(!matches!(r.batch_status, TransferBatchStatus::Other(_)));
        assert_eq!(r.total_amount, Some(200));
        assert_eq!(r.fail_num, Some(1));
        assert_eq!(r.mchid.as_deref(), Some("2483775951"));
        if status == "CLOSED" {
            assert_eq!(r.close_reason, Some(TransferBatchCloseReason::OverdueClose));
        } else {
            assert_eq!(r.close_reason, None);
        }
    }

    // 商圈支付结果通知
    // (https://pay.weixin.qq.com/docs/merchant/apis/smart-business-circle/on-site-payment.html)
    let e = deliver(
        &sandbox,
        "MALL_TRANSACTION.SUCCESS",
        json!({
            "mchid": "1230000109",
            "merchant_name": "腾讯广场",
            "shop_name": "微信支付",
            "shop_number": "123456",
            "appid": "wxd678efh567hg6787",
            "openid": "oUpF8uMuAJ2pxb1Q9zNjWUHsd",
            "amount": 200,
            "time_end": "2020-05-20T13:29:35+08:00",
            "transaction_id": "1234567890"
        }),
    );
    let Event::MallTransaction(n) = e else {
        panic!("{e:?}")
    };
    let r = &n.resource;
    assert_eq!(r.mchid, "1230000109");
    assert_eq!(r.shop_name.as_deref(), Some("微信支付"));
    assert_eq!(r.amount, Some(200));
    assert_eq!(r.transaction_id.as_deref(), Some("1234567890"));
    assert_eq!(r.auth_type, None);

    // 商圈退款成功通知
    // (https://pay.weixin.qq.com/docs/merchant/apis/smart-business-circle/on-site-refund.html)
    let e = deliver(
        &sandbox,
        "MALL_REFUND.SUCCESS",
        json!({
            "mchid": "1234567890",
            "merchant_name": "万象天地",
            "shop_name": "重庆烤鱼（万象天地店）",
            "shop_number": "50001",
            "openid": "swe23be954ffots3jrvjweslfmde",
            "appid": "wx2c23be954ff1624f",
            "refund_time": "2018-05-23T12:13:50+08:00",
            "pay_amount": 100,
            "refund_amount": 100,
            "transaction_id": "42000001217201407033233368018",
            "refund_id": "1217752501201407033233368999"
        }),
    );
    let Event::MallRefund(n) = e else {
        panic!("{e:?}")
    };
    let r = &n.resource;
    assert_eq!(r.transaction_id, "42000001217201407033233368018");
    assert_eq!(r.refund_id, "1217752501201407033233368999");
    assert_eq!(r.refund_amount, Some(100));
    assert_eq!(r.shop_number.as_deref(), Some("50001"));

    // 会员积分服务授权通知
    // (https://pay.weixin.qq.com/docs/merchant/apis/smart-business-circle/authorization-services.html)
    let e = deliver(
        &sandbox,
        "MALL_AUTH.ACTIVATE_CARD",
        json!({
            "openid": "oWmnN4xxxxxxxxxxe92NHIGf1xd8",
            "code": "478515832665",
            "mchid": "1230000109",
            "auth_type": "REGISTERED_MODE"
        }),
    );
    let Event::MallAuth(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.openid, "oWmnN4xxxxxxxxxxe92NHIGf1xd8");
    assert_eq!(n.resource.code.as_deref(), Some("478515832665"));
    assert_eq!(n.resource.auth_type, Some(MallAuthType::RegisteredMode));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pay_score_plan_and_discount_card_events_are_typed() {
    let sandbox = Sandbox::start().await.unwrap();

    // 用户签约计划成功通知, 取消签约回调通知
    // (https://pay.weixin.qq.com/docs/merchant/apis/payscore-plan/sign-plan-notice.html,
    // https://pay.weixin.qq.com/docs/merchant/apis/payscore-plan/cancel-sign-plan-notice.html)
    for (event, state) in [
        ("PAYSCORE.USER_SIGN_PLAN", "SIGN_PLAN_CANCEL"),
        ("PAYSCORE.USER_CANCEL_SIGN_PLAN", "UNSIGNED"),
    ] {
        let e = deliver(
            &sandbox,
            event,
            json!({
                "sign_plan_id": "01020033210023606914000000007830",
                "openid": "oBgbt4sGN3Vl76KF7QgLF37UdjDU",
                "service_id": "00109000000000169034377913212082",
                "mchid": "2480262201",
                "appid": "wxa620f17681c6b0c7",
                "merchant_sign_plan_no": "1693882928726",
                "merchant_callback_url": "https://api.test.com",
                "plan_id": "01000033210032606914000000007983",
                "going_detail_no": 0,
                "sign_state": state,
                "cancel_sign_time": "2023-09-05T10:28:50+08:00",
                "cancel_sign_type": "REVOKE_SERVICE",
                "cancel_reason": "",
                "plan_name": "瑜伽课5节",
                "plan_over_time": "2024-07-02T00:00:00+08:00",
                "total_origin_price": 1000,
                "deduction_quantity": 5,
                "total_actual_price": 500,
                "signed_detail_list": [{
                    "plan_detail_no": 1,
                    "original_price": 200,
                    "plan_discount_description": "享受五折",
                    "actual_price": 100,
                    "plan_detail_state": "NOT_USED",
                    "order_id": "",
                    "merchant_plan_detail_no": "1693882928727",
                    "plan_detail_name": "服务费1",
                    "actual_pay_price": 0,
                    "use_time": "",
                    "complete_time": "",
                    "cancel_time": ""
                }],
                "sign_time": "2023-09-05T11:03:56+08:00"
            }),
        );
        let Event::PayScoreSignPlan(n) = e else {
            panic!("{e:?}")
        };
        let r = &n.resource;
        assert_eq!(r.sign_plan_id, "01020033210023606914000000007830");
        assert_eq!(r.merchant_sign_plan_no, "1693882928726");
        assert_eq!(r.sign_state.as_deref(), Some(state));
        assert_eq!(r.total_actual_price, Some(500));
        let detail = &r.signed_detail_list.as_ref().unwrap()[0];
        assert_eq!(detail.plan_detail_no, Some(1));
        assert_eq!(detail.actual_price, Some(100));
        assert_eq!(detail.actual_pay_price, Some(0));
    }

    // 服务账户绑定结果通知
    // (https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_15.shtml)
    let e = deliver(
        &sandbox,
        "PAYSCORE.BIND_SERVICE_ACCOUNT",
        json!({
            "service_id": "500001",
            "appid": "wxd678efh567hg6787",
            "mchid": "1230000109",
            "sub_appid": "wxd678efh567hg6999",
            "sub_mchid": "1900000109",
            "out_apply_no": "1234323JKHDFE1243252",
            "apply_state": "REJECTED",
            "reject_reason": "账户异常，无法绑定"
        }),
    );
    let Event::PayScoreServiceAccount(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.out_apply_no, "1234323JKHDFE1243252");
    assert_eq!(
        n.resource.apply_state,
        PayScoreServiceAccountApplyState::Rejected
    );
    assert_eq!(
        n.resource.reject_reason.as_deref(),
        Some("账户异常，无法绑定")
    );

    // 先享卡用户领卡通知, 守约状态变化通知, 扣费状态变化通知
    // (https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/discount-card/chapter5_1.shtml and
    // chapter5_2, chapter5_3)
    let accepted = json!({
        "card_id": "233bcbf407e87789b8e471f251774f95",
        "card_template_id": "87789b2f25177433bcbf407e8e471f95",
        "openid": "oUpF8uMuAJ2pxb1Q9zNjWeS6o",
        "out_card_code": "6e8369071cd942c0476613f9d1ce9ca3",
        "appid": "wxd678efh567hg6787",
        "mchid": "1230000109",
        "time_range": {
            "begin_time": "2020-05-20T13:29:35.120+08:00",
            "end_time": "2020-05-21T13:29:35.120+08:00"
        },
        "state": "ONGOING",
        "create_time": "2020-05-20T13:29:35.120+08:00",
        "objectives": [{
            "unit": "次",
            "name": "一周购买三次商品",
            "count": 1,
            "description": "特价商品",
            "objective_id": "123456"
        }],
        "rewards": [{
            "unit": "个",
            "amount": 100,
            "count_type": "COUNT_LIMIT",
            "name": "八折优惠",
            "count": 1,
            "description": "特价商品优惠",
            "reward_id": "123456"
        }],
        "sharer_openid": "oUpF8uMuAJ2pxb1Q9zNjWUHsd"
    });
    let e = deliver(&sandbox, "DISCOUNT_CARD.USER_ACCEPTED", accepted);
    let Event::DiscountCard(n) = e else {
        panic!("{e:?}")
    };
    let r = &n.resource;
    assert_eq!(r.out_card_code, "6e8369071cd942c0476613f9d1ce9ca3");
    assert_eq!(r.state.as_deref(), Some("ONGOING"));
    assert_eq!(
        r.objectives.as_ref().unwrap()[0].objective_id.as_deref(),
        Some("123456")
    );
    assert_eq!(r.rewards.as_ref().unwrap()[0].amount, Some(100));
    assert_eq!(
        r.sharer_openid.as_deref(),
        Some("oUpF8uMuAJ2pxb1Q9zNjWUHsd")
    );

    let e = deliver(
        &sandbox,
        "DISCOUNT_CARD.AGREEMENT_ENDED",
        json!({
            "appid": "wxd678efh567hg6787",
            "card_id": "233bcbf407e87789b8e471f251774f95",
            "card_template_id": "87789b2f25177433bcbf407e8e471f95",
            "create_time": "2015-05-20T13:29:35.12+08:00",
            "mchid": "1230000109",
            "objectives": [{
                "count": 1,
                "description": "特价商品",
                "name": "一周购买三次商品",
                "objective_completion_records": [{
                    "completion_count": 1,
                    "completion_time": "2015-05-20T13:29:35.120+08:00",
                    "completion_type": "INCREASE",
                    "description": "购买商品/取消购买商品",
                    "objective_completion_serial_no": "578354545",
                    "objective_id": "123456",
                    "remark": "特价商品"
                }],
                "objective_id": "123456",
                "unit": "次"
            }],
            "openid": "oUpF8uMuAJ2pxb1Q9zNjWeS6o",
            "out_card_code": "6e8369071cd942c0476613f9d1ce9ca3",
            "rewards": [{
                "amount": 100,
                "count": 1,
                "count_type": "COUNT_LIMIT",
                "description": "特价商品优惠",
                "name": "八折优惠",
                "reward_id": "123456",
                "reward_usage_records": [{
                    "amount": 1,
                    "description": "购买商品",
                    "remark": "特价商品",
                    "reward_id": "123456",
                    "reward_usage_serial_no": "578354",
                    "usage_count": 100,
                    "usage_time": "2015-05-20T13:29:35.120+08:00",
                    "usage_type": "INCREASE"
                }],
                "unit": "个"
            }],
            "state": "ONGOING",
            "time_range": {
                "begin_time": "2015-05-20T13:29:35.12+08:00",
                "end_time": "2015-05-20T13:29:35.12+08:00"
            },
            "total_amount": 1000,
            "unfinished_reason": "DUE_TO_QUIT"
        }),
    );
    let Event::DiscountCard(n) = e else {
        panic!("{e:?}")
    };
    let r = &n.resource;
    assert_eq!(r.unfinished_reason.as_deref(), Some("DUE_TO_QUIT"));
    assert_eq!(r.total_amount, Some(1000));
    let objective = &r.objectives.as_ref().unwrap()[0];
    let completion = &objective.objective_completion_records.as_ref().unwrap()[0];
    assert_eq!(completion.completion_count, Some(1));
    let usage = &r.rewards.as_ref().unwrap()[0]
        .reward_usage_records
        .as_ref()
        .unwrap()[0];
    assert_eq!(usage.usage_count, Some(100));

    let e = deliver(
        &sandbox,
        "DISCOUNT_CARD.USER_PAID",
        json!({
            "openid": "oUpF8uMuAJ2pxb1Q9zNjWUHsd",
            "card_id": "233bcbf407e87789b8e471f251774f95",
            "card_template_id": "87789b2f25177433bcbf407e8e471f95",
            "out_card_code": "6e8369071cd942c0476613f9d1ce9ca3",
            "appid": "wxd678efh567hg6787",
            "mchid": "1230000109",
            "state": "ONGOING",
            "unfinished_reason": "DUE_TO_QUIT",
            "total_amount": 1000,
            "pay_information": {
                "transaction_id": "1009660380201506130728806387",
                "pay_state": "PAYING",
                "pay_amount": 100,
                "pay_time": "2015-05-20T13:29:35.12+08:00"
            }
        }),
    );
    let Event::DiscountCard(n) = e else {
        panic!("{e:?}")
    };
    let pay = n.resource.pay_information.as_ref().unwrap();
    assert_eq!(pay.pay_amount, Some(100));
    assert_eq!(
        pay.transaction_id.as_deref(),
        Some("1009660380201506130728806387")
    );

    // 先享卡用户领卡通知, 先享卡用户结算通知 (支付分∙先享卡;
    // https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter4_1.shtml and
    // chapter4_2)
    let e = deliver(
        &sandbox,
        "DISCOUNT_CARD.GET_CARD",
        json!({
            "appid": "wxd678efh567hg6787",
            "card_begin_time": "2015-05-20T13:29:35.120+08:00",
            "card_end_time": "2015-05-20T13:29:35.120+08:00",
            "card_name": "五一品牌活动",
            "card_objectives": [{
                "count": 1,
                "description": "特价商品",
                "name": "一周购买三次商品",
                "objective_id": 123456,
                "unit": "个"
            }],
            "card_rewards": [{
                "amount": 1,
                "count": 100,
                "description": "购买商品",
                "name": "八折优惠",
                "reward_id": 123456,
                "unit": "个"
            }],
            "create_time": "2015-05-20T13:29:35.120+08:00",
            "discount_card_id": "87789b2f25177433bcbf407e8e471f95",
            "estimated_reward_amount": 1000,
            "objective_description": "购买商品3次",
            "offline_instructions": "仅限商户门店使用",
            "online_instructions": "仅限商户APP使用",
            "openid": "oUpF8uMuAJ2pxb1Q9zNjWeS6o",
            "order_id": "15646546545165651651",
            "out_order_no": "233bcbf407e87789b8e471f251774f95",
            "out_trade_no": "6e8369071cd942c0476613f9d1ce9ca3",
            "reward_description": "每次减5元",
            "service_id": "500001",
            "state": "CREATED"
        }),
    );
    let Event::DiscountCardOrder(n) = e else {
        panic!("{e:?}")
    };
    let r = &n.resource;
    assert_eq!(r.out_order_no, "233bcbf407e87789b8e471f251774f95");
    assert_eq!(r.estimated_reward_amount, Some(1000));
    assert_eq!(
        r.card_objectives.as_ref().unwrap()[0].objective_id,
        Some(123456)
    );
    assert_eq!(r.card_rewards.as_ref().unwrap()[0].count, Some(100));

    let e = deliver(
        &sandbox,
        "DISCOUNT_CARD.SETTLEMENT",
        json!({
            "appid": "wxd678efh567hg6787",
            "card_begin_time": "2015-05-20T13:29:35.120+08:00",
            "card_end_time": "2015-05-20T13:29:35.120+08:00",
            "card_name": "五一品牌活动",
            "create_time": "2015-05-20T13:29:35.120+08:00",
            "deduction_amount": 1000,
            "discount_card_id": "87789b2f25177433bcbf407e8e471f95",
            "estimated_reward_amount": 1000,
            "objective_description": "购买商品3次",
            "objectives": [{
                "count": 1,
                "name": "一周购买三次商品",
                "objective_id": 123456,
                "objective_serial_no": "578354545",
                "performance_description": "购买商品",
                "performance_time": "2015-05-20T13:29:35.120+08:00",
                "performance_type": "INCREASE",
                "remark": "特价商品",
                "unit": "个"
            }],
            "offline_instructions": "仅限商户门店使用",
            "online_instructions": "仅限商户APP使用",
            "openid": "oUpF8uMuAJ2pxb1Q9zNjWeS6o",
            "order_id": "15646546545165651651",
            "out_order_no": "233bcbf407e87789b8e471f251774f95",
            "out_trade_no": "6e8369071cd942c0476613f9d1ce9ca3",
            "pay_time": "2015-05-20T13:29:35.120+08:00",
            "reward_description": "每次减5元",
            "rewards": [{
                "amount": 1,
                "count": 100,
                "description": "购买商品",
                "name": "八折优惠",
                "remark": "特价商品",
                "reward_id": 123456,
                "reward_serial_no": "578354",
                "reward_time": "2015-05-20T13:29:35.120+08:00",
                "reward_type": "INCREASE",
                "unit": "个"
            }],
            "service_id": "500001",
            "settlement_amount": 1000,
            "state": "CREATED",
            "total_amount": 1000,
            "transaction_id": "1009660380201506130728806387"
        }),
    );
    let Event::DiscountCardOrder(n) = e else {
        panic!("{e:?}")
    };
    let r = &n.resource;
    assert_eq!(r.settlement_amount, Some(1000));
    assert_eq!(
        r.transaction_id.as_deref(),
        Some("1009660380201506130728806387")
    );
    let objective = &r.objectives.as_ref().unwrap()[0];
    assert_eq!(objective.objective_id, Some(123456));
    assert_eq!(objective.performance_type.as_deref(), Some("INCREASE"));
    assert_eq!(r.rewards.as_ref().unwrap()[0].reward_id, Some(123456));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recharge_and_power_bank_insurance_events_are_typed() {
    let sandbox = Sandbox::start().await.unwrap();

    // 平台收付通商家充值∙充值结果通知
    // (https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-recharge/notification/recharge-notice.html)
    for (event, state) in [
        ("RECHARGE.SUCCESS", "SUCCESS"),
        ("RECHARGE.CLOSED", "CLOSED"),
    ] {
        let e = deliver(
            &sandbox,
            event,
            json!({
                "sp_mchid": "1900001109",
                "sub_mchid": "1900001121",
                "out_recharge_no": "cz202407181234",
                "recharge_id": "100000202405180012345678",
                "recharge_scene": "ECOMMERCE_DEPOSIT",
                "account_type": "DEPOSIT",
                "recharge_channel": "QR_RECHARGE",
                "recharge_amount": { "amount": 500000, "currency": "CNY" },
                "recharge_state": state,
                "recharge_state_desc": "充值成功",
                "accept_time": "2015-05-19T13:29:35+08:00",
                "success_time": "2015-05-20T14:29:35+08:00",
                "remark": "备注",
                "qr_recharge_info": { "openid": "owYiu0WOJdGCYxoHrPabGhI39uT4" },
                "bank_transfer_info": {
                    "bill_no": "111111",
                    "memo": "转账充值附言",
                    "bank_name": "中国银行",
                    "bank_card_tail": "0722"
                }
            }),
        );
        let Event::Recharge(n) = e else {
            panic!("{e:?}")
        };
        let r = &n.resource;
        assert_eq!(r.out_recharge_no, "cz202407181234");
        assert_eq!(r.recharge_state, RechargeState::from(state));
        assert!(!matches!(r.recharge_state, RechargeState::Other(_)));
        assert_eq!(r.recharge_amount.as_ref().unwrap().amount, Some(500000));
        assert_eq!(
            r.bank_transfer_info
                .as_ref()
                .unwrap()
                .bank_card_tail
                .as_deref(),
            Some("0722")
        );
    }

    // 隔夜归还保险订单状态变化通知
    // (https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/status-change-notice.html)
    let e = deliver(
        &sandbox,
        "HIRE_POWER_BANK.RECEIVE_INSURANCE",
        json!({
            "order_id": "1234323JKHDFE1243252",
            "out_order_no": "6e8369071cd942c0476613f9d1ce9ca3",
            "openid": "2323dfsdf342342",
            "max_claim_count": 3,
            "claimed_count": 1,
            "order_receive_time": "2015-05-20T13:29:35.120+08:00",
            "order_receive_state": "RECEIVED",
            "order_begin_time": "2015-05-20T13:29:35.120+08:00",
            "order_end_time": "2015-05-20T13:29:35.120+08:00"
        }),
    );
    let Event::PowerBankInsurance(n) = e else {
        panic!("{e:?}")
    };
    let r = &n.resource;
    assert_eq!(r.out_order_no, "6e8369071cd942c0476613f9d1ce9ca3");
    assert_eq!(r.max_claim_count, Some(3));
    assert_eq!(
        r.order_receive_state,
        Some(PowerBankInsuranceReceiveState::Received)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn qq_wallet_education_and_ecommerce_contract_events_are_typed() {
    let sandbox = Sandbox::start().await.unwrap();

    // 转账到QQ钱包终态通知 (https://pay.weixin.qq.com/doc/v3/merchant/4014301851); values as
    // in the bill query's example.
    let e = deliver(
        &sandbox,
        "MCHTRANSFER.QQWALLETBILL.FINISHED",
        json!({
            "mchid": "1900001109",
            "out_bill_no": "plfk2020042013",
            "transfer_bill_no": "1330000071100999991182020050700019480001",
            "appid": "102022609",
            "state": "FAIL",
            "transfer_amount": 400000,
            "transfer_remark": "2020年4月报销",
            "openid": "o-MYE42l80oelYMDE34nYD456Xoy",
            "user_qq": "490379403",
            "fail_reason": "PAYEE_ACCOUNT_ABNORMAL",
            "create_time": "2015-05-20T13:29:35.120+08:00",
            "update_time": "2015-05-20T13:29:35.120+08:00"
        }),
    );
    let Event::TransferQqWalletBill(n) = e else {
        panic!("{e:?}")
    };
    let r = &n.resource;
    assert_eq!(r.out_bill_no, "plfk2020042013");
    assert_eq!(r.state, TransferBillState::Fail);
    assert_eq!(r.transfer_amount, Some(400000));
    assert_eq!(r.user_qq.as_deref(), Some("490379403"));

    // 自动收款授权结果通知 (https://pay.weixin.qq.com/doc/v3/merchant/4014512908); values as in
    // the authorization query's example.
    let e = deliver(
        &sandbox,
        "MCHTRANSFER.AUTHORIZATION.CONFIRMED",
        json!({
            "mchid": "1900001109",
            "out_authorization_no": "plfk2020042013",
            "appid": "wxf636efh567hg4356",
            "openid": "o-MYE42l80oelYMDE34nYD456Xoy",
            "user_display_name": "wx_123456",
            "authorization_id": "201202504101000123456789012",
            "state": "TAKING_EFFECT",
            "authorize_time": "2015-05-20T13:29:35.120+08:00"
        }),
    );
    let Event::TransferAuthorization(n) = e else {
        panic!("{e:?}")
    };
    let r = &n.resource;
    assert_eq!(r.out_authorization_no, "plfk2020042013");
    assert_eq!(
        r.authorization_id.as_deref(),
        Some("201202504101000123456789012")
    );
    assert_eq!(r.state.as_deref(), Some("TAKING_EFFECT"));

    // 教育续费通接收签约结果通知
    // (https://pay.weixin.qq.com/docs/partner/apis/education-fee-payment/contracts-result-notification.html)
    for event in ["ENTRUST.SIGNING", "ENTRUST.RELEASE"] {
        let e = deliver(
            &sandbox,
            event,
            json!({
                "sp_mchid": "1230000109",
                "appid": "wx8888888888888888",
                "sub_mchid": "1900000109",
                "sub_appid": "wx8888888888888888",
                "openid": "oUpF8uMuAJOM2pxb1Q",
                "sub_openid": "oUpF8uMuAJOM2pxb1Q",
                "plan_id": "101164396123311331",
                "contract_information": {
                    "contract_id": "wx998877665544wx",
                    "contract_status": "ADD",
                    "create_time": "2020-03-26T10:43:39+08:00"
                }
            }),
        );
        let Event::EduPapayContract(n) = e else {
            panic!("{e:?}")
        };
        assert_eq!(n.resource.plan_id.as_deref(), Some("101164396123311331"));
        let contract = &n.resource.contract_information;
        assert_eq!(contract.contract_id.as_deref(), Some("wx998877665544wx"));
        assert_eq!(contract.contract_status.as_deref(), Some("ADD"));
    }

    // 用户欠款状态商户通知
    // (https://pay.weixin.qq.com/docs/partner/apis/campus-easy-pay/user-debt-state/users-debt-notice.html)
    let e = deliver(
        &sandbox,
        "EDU_SCHOOL_PAY.USER_DEBT_STATE_UPDATE",
        json!({
            "appid": "wx8888888888888888",
            "openid": "oUpF8uMuAJOM2pxb1Q",
            "state": "FORBIDDEN",
            "debt_count": 2,
            "update_time": "2017-08-26T09:43:39+08:00"
        }),
    );
    let Event::EduSchoolPayDebt(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.openid, "oUpF8uMuAJOM2pxb1Q");
    assert_eq!(n.resource.state, EduSchoolPayUserState::Forbidden);
    assert_eq!(n.resource.debt_count, Some(2));

    // 校园轻松付扣费结果通知
    // (https://pay.weixin.qq.com/docs/partner/apis/campus-easy-pay/transactions/pay-result-notice.html)
    for event in [
        "TRANSACTION.INDUSTRY_SUCCESS",
        "TRANSACTION.INDUSTRY_FAILED",
    ] {
        let e = deliver(
            &sandbox,
            event,
            json!({
                "mchid": "1230000109",
                "appid": "wx8888888888888888",
                "sub_mchid": "1900000109",
                "sub_appid": "wx8888888888888888",
                "out_trade_no": "201407033233368018",
                "transaction_id": "25012014070332333018",
                "trade_type": "AUTH",
                "trade_state": "SUCCESS",
                "trade_state_desc": "支付成功",
                "bank_type": "ICBC_DEBIT",
                "attach": "自定义数据",
                "success_time": "2020-03-26T10:43:39+08:00",
                "payer": {
                    "openid": "oUpF8uMuAJOM2pxb1Q",
                    "sub_openid": "oUpF8uMuAJOM2pxb1Q"
                },
                "amount": {
                    "total": 888,
                    "payer_total": 888,
                    "discount_total": 100,
                    "currency": "CNY"
                },
                "device_info": { "device_id": "12343232", "device_ip": "123.12.12.123" },
                "promotion_detail": [{
                    "coupon_id": "109519",
                    "name": "单品惠-6",
                    "scope": "GLOBALSINGLE",
                    "type": "DISCOUNTCOUPON",
                    "amount": 5,
                    "stock_id": "931386",
                    "wechatpay_contribute": 100,
                    "merchant_contribute": 100,
                    "other_contribute": 100
                }]
            }),
        );
        let Event::EduSchoolPayTransaction(n) = e else {
            panic!("{e:?}")
        };
        let r = &n.resource;
        assert_eq!(r.out_trade_no, "201407033233368018");
        assert_eq!(r.trade_state, TradeState::Success);
        assert_eq!(r.amount.as_ref().unwrap().total, Some(888));
        assert_eq!(
            r.device_info.as_ref().unwrap().device_ip.as_deref(),
            Some("123.12.12.123")
        );
        assert_eq!(r.promotion_detail.as_ref().unwrap()[0].amount, 5);
    }

    // 收付通合单代扣签约、解约结果通知
    // (https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter5_5_7.shtml)
    for event in ["ECOMMERCE_ENTRUST.SIGN", "ECOMMERCE_ENTRUST.TERMINATE"] {
        let e = deliver(
            &sandbox,
            event,
            json!({
                "mchid": "1230000109",
                "out_contract_code": "wxwtdk20200910100000",
                "plan_id": 12535,
                "appid": "wxd678efh567hg6787",
                "openid": "o-MYE42l80oelYMDE34nYD456Xoy",
                "contract_expired_time": "2021-05-20T13:29:35.120+08:00",
                "operate_time": "2020-05-20T13:29:35.120+08:00"
            }),
        );
        let Event::EcommerceEntrust(n) = e else {
            panic!("{e:?}")
        };
        assert_eq!(n.resource.out_contract_code, "wxwtdk20200910100000");
        assert_eq!(n.resource.plan_id, Some(12535));
        assert_eq!(
            n.resource.operate_time.as_deref(),
            Some("2020-05-20T13:29:35.120+08:00")
        );
    }
}

// The resources below follow the field lists of the notification pages as transcribed by
// wechatpay.im, with the values of the matching query operations' examples.

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn withdraw_member_card_and_charity_budget_events_are_typed() {
    let sandbox = Sandbox::start().await.unwrap();

    // 商户提现状态变更通知 (https://pay.weixin.qq.com/doc/v3/partner/4013049135): a
    // second-level merchant's withdrawal.
    let e = deliver(
        &sandbox,
        "MCHWITHDRAW.CHANGE",
        json!({
            "sub_mchid": "1900000109",
            "sp_mchid": "1800000123",
            "status": "SUCCESS",
            "withdraw_id": "12321937198237912739132791732912793127931279317929791239112123",
            "out_request_no": "1217752501201407033233368018",
            "amount": 100,
            "create_time": "2015-05-20T13:29:35.120+08:00",
            "update_time": "2015-05-20T13:29:35.120+08:00",
            "reason": "卡号错误",
            "remark": "交易提现",
            "bank_memo": "微信提现",
            "account_type": "BASIC",
            "account_number": "1178",
            "account_bank": "招商银行",
            "bank_name": "中国工商银行股份有限公司深圳软件园支行"
        }),
    );
    let Event::Withdraw(n) = e else {
        panic!("{e:?}")
    };
    let r = &n.resource;
    assert_eq!(r.out_request_no, "1217752501201407033233368018");
    assert_eq!(r.status, WithdrawState::Success);
    assert_eq!(r.account_type, Some(WithdrawAccountType::Basic));
    assert_eq!(r.amount, Some(100));
    assert_eq!(r.sub_mchid.as_deref(), Some("1900000109"));

    // 商家名片会员卡事件通知 (https://pay.weixin.qq.com/doc/v3/partner/4015283692), under
    // both spellings of the event type.
    for event in [
        "MEMBERCARDSP.USER_CARD.CREATE",
        "MEMBERCARDSP.USER_CARD.DELETE",
        "BRAND_MEMBER_CARD_SP.USER_CARD.CREATE",
        "BRAND_MEMBER_CARD_SP.USER_CARD.DELETE",
    ] {
        let e = deliver(
            &sandbox,
            event,
            json!({
                "user_card_code": "478515832665",
                "card_id": "pbLatjvWOibDc5-TBnbUk1pD12o0",
                "openid": "obLatjnx9gnqzS4myYGmLZ7LgLBA",
                "card_color": "#FFFF00",
                "card_picture_url": "https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0",
                "brand_id": "1004",
                "card_type": "NORMAL",
                "phone_number": "vvysDQeEaH3I+wRh14St0abIkvQyFgh/fbWY==",
                "level": "钻石会员",
                "valid_date_information": {
                    "type": "FIX_TIME_RANGE",
                    "available_begin_time": "2020-05-20T13:29:35.120+08:00",
                    "available_end_time": "2030-05-20T13:29:35.120+08:00"
                },
                "pickup_time": "2020-05-20T13:29:35.120+08:00",
                "user_information": {
                    "common_field_list": [
                        { "name": "USER_FORM_FLAG_NAME", "value": "vvysDQeEaH3I+wRh14St0abIkvQyFgh/fbWY==" }
                    ],
                    "custom_field_list": [
                        { "name": "喜欢的运动", "user_chosen_values": ["vvysDQeEaH3I+wRh14St0abIkvQyFgh/fbWY=="] }
                    ]
                },
                "attach": "自定义数据说明",
                "user_card_state": "EFFECTIVE",
                "create_time": "2020-05-20T13:29:35.120+08:00",
                "modify_time": "2020-05-20T13:29:35.120+08:00"
            }),
        );
        let Event::BrandMemberCard(n) = e else {
            panic!("{e:?}")
        };
        let r = &n.resource;
        assert_eq!(r.user_card_code, "478515832665");
        assert_eq!(r.card_id, "pbLatjvWOibDc5-TBnbUk1pD12o0");
        assert_eq!(r.card_type, Some(BrandMemberCardType::Normal));
        assert_eq!(r.user_card_state, Some(BrandMemberCardState::Effective));
        let valid = r.valid_date_information.as_ref().unwrap();
        assert_eq!(
            valid.r#type,
            Some(BrandMemberCardValidDateType::FixTimeRange)
        );
        let info = r.user_information.as_ref().unwrap();
        let custom = info.custom_field_list.as_deref().unwrap();
        assert_eq!(
            custom
                .first()
                .and_then(|f| f.user_chosen_values.as_ref())
                .map(Vec::len),
            Some(1)
        );
    }

    // 公益捐赠∙预算申请结果回调通知 (https://pay.weixin.qq.com/doc/v3/partner/4015555114)
    for (event, state, time) in [
        ("BUDGET.LOCKED", CharityBudgetState::Locked, "locked_time"),
        ("BUDGET.CLOSED", CharityBudgetState::Closed, "closed_time"),
        (
            "BUDGET.FINISHED",
            CharityBudgetState::Finished,
            "finished_time",
        ),
    ] {
        let mut resource = json!({
            "sp_mchid": "1900001109",
            "out_budget_no": "budget202506300102",
            "budget_id": "1182020050700019480001",
            "amount": 20000000,
            "sponsor_mchid": "1900001109",
            "activity_name": "公益企业配捐活动",
            "activity_remark": "公益活动开始于9月1日，帮助困难儿童筹款活动",
            "state": state.as_str()
        });
        resource[time] = json!("2015-05-20T13:29:35+08:00");
        let e = deliver(&sandbox, event, resource);
        let Event::CharityBudget(n) = e else {
            panic!("{e:?}")
        };
        let r = &n.resource;
        assert_eq!(r.out_budget_no, "budget202506300102");
        assert_eq!(r.state, state);
        assert_eq!(r.amount, Some(20000000));
        let times = [&r.locked_time, &r.closed_time, &r.finished_time];
        assert_eq!(times.iter().filter(|t| t.is_some()).count(), 1);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn enterprise_payment_events_are_typed() {
    let sandbox = Sandbox::start().await.unwrap();

    // 关系授权完成通知 (https://pay.weixin.qq.com/doc/v3/partner/4014612130)
    let e = deliver(
        &sandbox,
        "WEBIZPAY.AUTHORIZED",
        json!({
            "sp_mchid": "1900001109",
            "sub_mchid": "1900009231",
            "user_id": "u2345",
            "employee_id": "2000000000123",
            "authorization_time": "2023-06-08T10:34:56+08:00"
        }),
    );
    let Event::WebizpayAuthorization(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.user_id, "u2345");
    assert_eq!(n.resource.employee_id.as_deref(), Some("2000000000123"));

    // 关系解除授权后通知 (https://pay.weixin.qq.com/doc/v3/partner/4015764414)
    let e = deliver(
        &sandbox,
        "WEBIZPAY.REVOKED",
        json!({
            "sp_mchid": "1900001109",
            "sub_mchid": "1900009231",
            "user_id": "u2345",
            "authorization_state": "REVOKED",
            "authorization_revoked_time": "2023-06-08T10:34:56+08:00",
            "reason": "企业发起"
        }),
    );
    let Event::WebizpayAuthorization(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(
        n.resource.authorization_state,
        Some(WebizpayAuthorizationState::Revoked)
    );
    assert_eq!(n.resource.reason.as_deref(), Some("企业发起"));

    // 企业支付额度卡失效后通知 (https://pay.weixin.qq.com/doc/v3/partner/4015764389)
    let e = deliver(
        &sandbox,
        "WEBIZPAY.QUOTACARDEXPIRED",
        json!({
            "sp_mchid": "1900001109",
            "sub_mchid": "1900009231",
            "card_no": "1000000000001",
            "employee_id": "2000000000123",
            "card_state": "DISABLED",
            "card_disabled_time": "2023-12-31T23:59:59+08:00",
            "reason": "卡片已过期"
        }),
    );
    let Event::WebizpayQuotaCard(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.card_no, "1000000000001");
    assert_eq!(
        n.resource.card_state,
        Some(WebizpayQuotaCardState::Disabled)
    );

    // 企业支付额度卡支付成功后通知 (https://pay.weixin.qq.com/doc/v3/partner/4015764398): the
    // transcription gives the name and the time as numbers; either way they are kept.
    let e = deliver(
        &sandbox,
        "WEBIZPAY.PAYMENTSUCCESS",
        json!({
            "sp_mchid": "1900001109",
            "sub_mchid": "1900009231",
            "card_no": "1000000000001",
            "employee_id": "2000000000123",
            "receive_mch_name": "腾讯",
            "receive_mch_full_name": "深圳市腾讯计算机系统有限公司",
            "receive_mch_organization_code": "91440300708461136T",
            "acquirer": "财付通",
            "transaction_id": "4200000000202306080000000001",
            "out_trade_no": "1217752501201407033233368018",
            "transaction_state": "SUCCESS",
            "amount": 2000,
            "goods_name": "午餐",
            "pay_success_time": "2023-06-08T12:01:02+08:00"
        }),
    );
    let Event::WebizpayPayment(n) = e else {
        panic!("{e:?}")
    };
    let r = &n.resource;
    assert_eq!(r.out_trade_no, "1217752501201407033233368018");
    assert_eq!(r.transaction_state, Some(TradeState::Success));
    assert_eq!(r.amount, Some(2000));
    assert_eq!(r.goods_name, Some(json!("午餐")));

    // 企业支付额度卡退款成功后通知 (https://pay.weixin.qq.com/doc/v3/partner/4015764405)
    let e = deliver(
        &sandbox,
        "WEBIZPAY.PAYMENTREFUNDSUCCESS",
        json!({
            "sp_mchid": "1900001109",
            "sub_mchid": "1900009231",
            "card_no": "1000000000001",
            "employee_id": "2000000000123",
            "transaction_id": "4200000000202306080000000001",
            "out_trade_no": "1217752501201407033233368018",
            "refund_id": "50000000382019052709732678859",
            "out_refund_no": "1217752501201407033233368019",
            "amount": 2000,
            "pay_success_time": "2023-06-08T12:01:02+08:00",
            "refunded_amount": 500,
            "refund_amount": 500,
            "refund_state": "SUCCESS",
            "refund_create_time": 1686200000,
            "refund_success_time": "2023-06-08T13:01:02+08:00"
        }),
    );
    let Event::WebizpayRefund(n) = e else {
        panic!("{e:?}")
    };
    let r = &n.resource;
    assert_eq!(r.out_refund_no, "1217752501201407033233368019");
    assert_eq!(r.refund_state, Some(RefundStatus::Success));
    assert_eq!(r.refund_amount, Some(500));
    assert_eq!(r.refund_create_time, Some(json!(1686200000)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cross_border_face_pay_settlement_and_retention_events_are_typed() {
    let sandbox = Sandbox::start().await.unwrap();

    // 跨境委托代扣签约/解约成功通知
    // (https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_5.shtml): an
    // institution's sub-merchant.
    for (event, mode) in [
        ("PAPAY.SIGN", None),
        ("PAPAY.TERMINATE", Some(GlobalPapayTerminationMode::User)),
    ] {
        let mut resource = json!({
            "sp_mchid": "3200000001",
            "sp_appid": "wx8888888888888888",
            "sub_mchid": "1230000109",
            "sub_appid": "wxcbda96de0b165484",
            "out_contract_code": "100001256",
            "contract_id": "100005698",
            "plan_id": 123,
            "sub_openid": "ouFhd5X9s9WteC3eWRjXV3lea123",
            "operate_time": "2021-11-20T13:29:35+08:00",
            "contract_expired_time": "2022-11-20T13:29:35+08:00"
        });
        if let Some(mode) = &mode {
            resource["contract_termination_mode"] = json!(mode.as_str());
        }
        let e = deliver(&sandbox, event, resource);
        let Event::GlobalPapayContract(n) = e else {
            panic!("{e:?}")
        };
        let r = &n.resource;
        assert_eq!(r.contract_id, "100005698");
        assert_eq!(r.out_contract_code, "100001256");
        assert_eq!(r.plan_id, Some(123));
        assert_eq!(r.contract_termination_mode, mode);
    }

    // 跨境H5支付权限申请事件回调通知
    // (https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_4_8.shtml)
    let e = deliver(
        &sandbox,
        "APPLYMENT_STATE.APPROVED",
        json!({
            "sub_mchid": "2491935631",
            "website_state": "HAS_LAUNCHED",
            "domains": ["qq.com"],
            "website_url": "https://qq.com",
            "website_business_page_pics": ["6uqyGjvHzOhsLleGFQVRF"],
            "website_homepage_pics": ["6uqyGjvHzOhsLleGFQVRF"],
            "applyment_id": 100000,
            "applyment_state": "APPROVED",
            "notify_url": "https://www.qq.com/notify",
            "out_applyment_id": "20220801000001"
        }),
    );
    let Event::GlobalH5Applyment(n) = e else {
        panic!("{e:?}")
    };
    let r = &n.resource;
    assert_eq!(r.applyment_id, 100000);
    assert_eq!(r.applyment_state, Some(GlobalH5ApplymentState::Approved));
    assert_eq!(r.website_state, Some(GlobalH5WebsiteState::HasLaunched));
    assert_eq!(r.domains.as_deref(), Some(&["qq.com".to_owned()][..]));

    // 离线刷脸签约状态变更回调通知
    // (https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/offline-brushing.html)
    let e = deliver(
        &sandbox,
        "FACEPAY.USER_STATE_CHANGE",
        json!({
            "user_id": "FU40F305Z4e2bb7d",
            "out_user_id": "2019001",
            "organization_id": "OAABBCCDDeeff",
            "mch_id": "2480278041",
            "notify_create_time": "2018-06-08T10:34:56+08:00",
            "appid": "wx8888888888888888",
            "openid": "AFDSJfhdf8744",
            "contract_id": "CI8CD208Z7e9906f89"
        }),
    );
    let Event::FacePayContract(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.contract_id, "CI8CD208Z7e9906f89");
    assert_eq!(n.resource.out_user_id, "2019001");
    assert_eq!(n.resource.organization_id.as_deref(), Some("OAABBCCDDeeff"));

    // 个人收款∙交易支付通知
    // (https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/payment-notice.html):
    // a combined order, its scene as in the combined-order query's answer.
    let e = deliver(
        &sandbox,
        "TRANSACTION.SUCCESS",
        json!({
            "combine_appid": "wxd678efh567hg6787",
            "combine_mchid": "1900000109",
            "combine_out_trade_no": "P20150806125346",
            "sub_orders": [{
                "mchid": "1900000109",
                "trade_type": "JSAPI",
                "trade_state": "SUCCESS",
                "transaction_id": "1009660380201506130728806387",
                "out_trade_no": "P20150806125346-1",
                "sub_mchid": "1900000109"
            }],
            "combine_payer_info": { "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" },
            "trade_scenario": "RECOMMERCE"
        }),
    );
    let Event::CombineTransaction(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.trade_scenario.as_deref(), Some("RECOMMERCE"));

    // 个人收款∙结算回调通知
    // (https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/settlement-notice.html)
    let e = deliver(
        &sandbox,
        "SETTLEMENT.SUCCESS",
        json!({
            "out_settle_batch_no": "1217752501201407033233368018",
            "settle_batch_no": "1000000000000000000000000001",
            "individual_auth_id": "1000000000000000000000000002",
            "description": "个人卖家",
            "state": "SUCCESS",
            "trade_scenario": "RECOMMERCE",
            "create_time": "2025-01-01T10:00:00+08:00",
            "finish_time": "2025-01-01T10:05:00+08:00"
        }),
    );
    let Event::PersonalSettlement(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.settle_batch_no, "1000000000000000000000000001");
    assert_eq!(n.resource.trade_scenario.as_deref(), Some("RECOMMERCE"));

    // 代扣解约挽留∙获取解约挽留信息
    // (https://pay.weixin.qq.com/docs/merchant/apis/termination-retention/termination-retention-information.html)
    let e = deliver(
        &sandbox,
        "ENTRUST.TERMINATE_RETENTION",
        json!({
            "mchid": "1230000109",
            "contract_id": "100005698",
            "appid": "wxd678efh567hg6787",
            "plan_id": 12535,
            "out_contract_code": "wxwtdk20200910100000",
            "openid": "o-MYE42l80oelYMDE34nYD456Xoy"
        }),
    );
    let Event::PapayTerminateRetention(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.contract_id, "100005698");
    assert_eq!(n.resource.plan_id, Some(12535));
}

// The resources below follow the field lists of the notification pages as mirrored at
// https://wechatpay.im/webhook/v3/<EVENT> (they give no examples; values are realistic ones).

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fapiao_coupon_brand_recharge_and_transfer_events_are_typed() {
    use wxpay::notify::{
        DeliveryPlanAuditState, DeliveryPlanState, FapiaoCardState, FapiaoState,
        ProductCouponImageGenerationType, ProductCouponImageTaskState, ProductCouponSendChannel,
        TransferAuthorizationCloseReason,
    };
    let sandbox = Sandbox::start().await.unwrap();

    // 发票开具成功通知 (FAPIAO.ISSUED); the reversal and card events share the resource.
    for event_type in [
        "FAPIAO.ISSUED",
        "FAPIAO.REVERSED",
        "FAPIAO.CARD_INSERTED",
        "FAPIAO.CARD_DISCARDED",
    ] {
        let e = deliver(
            &sandbox,
            event_type,
            json!({
                "mchid": "1900000109",
                "fapiao_apply_id": "4200000444201910177461284488",
                "fapiao_information": [{
                    "fapiao_id": "20200701123456",
                    "fapiao_status": "ISSUED",
                    "card_status": "INSERTED"
                }],
                "sub_mchid": "1900000108"
            }),
        );
        let Event::Fapiao(n) = e else { panic!("{e:?}") };
        assert_eq!(n.resource.fapiao_apply_id, "4200000444201910177461284488");
        let info = n.resource.fapiao_information.unwrap();
        let first = info.first().unwrap();
        assert_eq!(first.fapiao_id, "20200701123456");
        assert_eq!(first.fapiao_status, Some(FapiaoState::Issued));
        assert_eq!(first.card_status, Some(FapiaoCardState::Inserted));
    }

    // 用户发票抬头填写完成通知
    let e = deliver(
        &sandbox,
        "FAPIAO.USER_APPLIED",
        json!({
            "mchid": "1900000109",
            "fapiao_apply_id": "4200000444201910177461284488",
            "apply_time": "2020-07-01T12:00:00+08:00"
        }),
    );
    let Event::FapiaoUserApplied(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(
        n.resource.apply_time.as_deref(),
        Some("2020-07-01T12:00:00+08:00")
    );
    assert_eq!(n.resource.sub_mchid, None);

    // 商品券领券通知
    let e = deliver(
        &sandbox,
        "PRODUCT_COUPON_SP.SEND",
        json!({
            "brand_id": "120344",
            "coupon_code": "Code_123456",
            "product_coupon_id": "1000000013",
            "stock_id": "1000000013001",
            "appid": "wx233544546545989",
            "openid": "oh-394z-6CGkNoJrsDLTTUKiAnp4",
            "unionid": "oh-394z-6CGkNoJrsDLTTUKiAnp5",
            "receive_time": "2025-01-01T00:00:00+08:00",
            "send_request_no": "34657_20250101_123456",
            "send_channel": "BRAND_MANAGE",
            "attach": "example_attach"
        }),
    );
    let Event::ProductCouponSend(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.coupon_code, "Code_123456");
    assert_eq!(
        n.resource.send_channel,
        Some(ProductCouponSendChannel::BrandManage)
    );

    // 商品券图片生成结果通知
    let e = deliver(
        &sandbox,
        "PRODUCT_COUPON_SP.IMAGE_GENERATION",
        json!({
            "brand_id": "120344",
            "task_id": "task_1000000013",
            "image_generation_type": "COMBINE_IMAGE",
            "task_state": "SUCCESS",
            "combine_image_result": { "image_url": "https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0" }
        }),
    );
    let Event::ProductCouponImage(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.task_id, "task_1000000013");
    assert_eq!(
        n.resource.image_generation_type,
        Some(ProductCouponImageGenerationType::CombineImage)
    );
    assert_eq!(
        n.resource.task_state,
        Some(ProductCouponImageTaskState::Success)
    );
    assert!(n.resource.combine_image_result.unwrap().image_url.is_some());

    // 投放计划状态变更通知, under both spellings
    for event_type in ["DELIVERY_PLAN.CHANGE", "DELIVERY_PLAN_STATE.DELIVER"] {
        let e = deliver(
            &sandbox,
            event_type,
            json!({
                "plan_id": "1000001",
                "plan_state": "DELIVERING",
                "audit_state": "PASSED",
                "change_reason": "审核通过",
                "modify_time": "2025-01-01T00:00:00+08:00"
            }),
        );
        let Event::DeliveryPlan(n) = e else {
            panic!("{e:?}")
        };
        assert_eq!(n.resource.plan_state, Some(DeliveryPlanState::Delivering));
        assert_eq!(n.resource.audit_state, Some(DeliveryPlanAuditState::Passed));
    }

    // 商家名片会员积分兑券, 积分同步
    let e = deliver(
        &sandbox,
        "BRAND_MEMBER_CARD_SP.POINT_EXCHANGE_COUPON",
        json!({
            "record_id": "2000000000001",
            "brand_id": "120344",
            "card_id": "pY7ngt3vtk0GZi7qPDlVfSkuVoGM",
            "openid": "oh-394z-6CGkNoJrsDLTTUKiAnp4",
            "user_card_code": "478515832665",
            "exchange_coupon_template_id": "10001",
            "deduct_points": 100,
            "stock_id": "1000000013001"
        }),
    );
    let Event::BrandPointExchangeCoupon(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.record_id, "2000000000001");
    assert_eq!(n.resource.deduct_points, Some(100));
    let e = deliver(
        &sandbox,
        "BRAND_MEMBER_CARD_SP.SYNC_USER_POINT",
        json!({
            "brand_id": "120344",
            "card_id": "pY7ngt3vtk0GZi7qPDlVfSkuVoGM",
            "openid": "oh-394z-6CGkNoJrsDLTTUKiAnp4",
            "user_card_code": "478515832665"
        }),
    );
    let Event::BrandSyncUserPoint(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.user_card_code, "478515832665");

    // 收付通充值资金退回通知
    let e = deliver(
        &sandbox,
        "RECHARGE.FUND_RETURNED",
        json!({
            "recharge_returned_id": "2000000000001",
            "sp_mchid": "1900000100",
            "sub_mchid": "1900000109",
            "out_recharge_no": "1234567890",
            "recharge_id": "1000000000000000000",
            "recharge_channel": "BANK_TRANSFER",
            "detail": {
                "bank_name": "招商银行",
                "bank_card_tail": "1234",
                "bank_account_name": "某某有限公司",
                "amount": 10000,
                "currency": "CNY",
                "memo": "充值",
                "return_time": "2025-01-01T10:00:00+08:00",
                "return_reason": "账户信息不符"
            }
        }),
    );
    let Event::RechargeFundReturned(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.recharge_returned_id, "2000000000001");
    assert_eq!(n.resource.detail.unwrap().amount, Some(10000));

    // 用户关闭自动收款授权通知: the confirmation's type, with `close_info`
    let e = deliver(
        &sandbox,
        "MCHTRANSFER.AUTHORIZATION.CLOSED",
        json!({
            "out_authorization_no": "plfk2020042013",
            "appid": "wxf636efh567hg4356",
            "openid": "o-MYE42l80oelYMDE34nYD456Xoy",
            "user_display_name": "某用户",
            "authorization_id": "1330000071100999991182020050700019480001",
            "state": "CLOSED",
            "authorize_time": "2025-01-01T10:00:00+08:00",
            "close_info": {
                "close_time": "2025-02-01T10:00:00+08:00",
                "close_reason": "USER_CLOSE"
            }
        }),
    );
    let Event::TransferAuthorization(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.out_authorization_no, "plfk2020042013");
    assert_eq!(
        n.resource.close_info.unwrap().close_reason,
        Some(TransferAuthorizationCloseReason::UserClose)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn credit_repayment_papay_vehicle_and_payscore_events_are_typed() {
    use wxpay::notify::{
        CreditRepaymentContractState, CreditRepaymentOrderState, CreditRepaymentTerminationMode,
        InsuranceEntrustTerminationMode, PapayInquiryContractState, ParkingTradeState,
        VehicleParkingState, VehiclePlateColor,
    };
    let sandbox = Sandbox::start().await.unwrap();

    // 自动还款协议签约成功通知 (the termination shares the resource)
    for event_type in [
        "CREDIT_REPAYMENT.SIGN_CONTRACT",
        "CREDIT_REPAYMENT.TERMINATE_CONTRACT",
    ] {
        let e = deliver(
            &sandbox,
            event_type,
            json!({
                "sp_mchid": "1900000100",
                "contract_id": "100005698",
                "plan_id": 123,
                "out_contract_code": "100001256",
                "display_name": "*明",
                "contract_state": "CONTRACT_STATE_EFFECTIVE",
                "contract_signed_time": "2021-11-20T13:29:35+08:00",
                "contract_termination_mode": "TERMINATION_MODE_INVALID",
                "repayment_day": 1,
                "repayment_amount_limit": "10000",
                "appid": "wxd678efh567hg6787",
                "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"
            }),
        );
        let Event::CreditRepaymentContract(n) = e else {
            panic!("{e:?}")
        };
        assert_eq!(n.resource.contract_id, "100005698");
        assert_eq!(
            n.resource.contract_state,
            Some(CreditRepaymentContractState::Effective)
        );
        assert_eq!(
            n.resource.contract_termination_mode,
            Some(CreditRepaymentTerminationMode::Invalid)
        );
        assert_eq!(n.resource.plan_id, Some(json!(123)));
        assert_eq!(n.resource.repayment_day, Some(1));
    }

    // 自动还款扣费还款成功通知
    let e = deliver(
        &sandbox,
        "CREDIT_REPAYMENT.DEDUCTION_PAY",
        json!({
            "sp_mchid": "1900000100",
            "sub_mchid": "1900000109",
            "appid": "wxd678efh567hg6787",
            "sub_appid": "wxd678efh567hg6999",
            "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
            "order_state": "DEDUCT_ORDER_STATE_PAY_SUCCESS",
            "out_trade_no": "1217752501201407033233368018",
            "out_record_id": "1217752501201407033233368019",
            "contract_id": "100005698",
            "deduct_amount": "10000",
            "pay_success_amount": "10000",
            "description": "信用卡还款",
            "transaction_id": "4200000000000000000000000001"
        }),
    );
    let Event::CreditRepaymentDeduction(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.out_trade_no, "1217752501201407033233368018");
    assert_eq!(
        n.resource.order_state,
        Some(CreditRepaymentOrderState::PaySuccess)
    );
    assert_eq!(n.resource.deduct_amount.as_deref(), Some("10000"));

    // 代扣解约问询通知
    let e = deliver(
        &sandbox,
        "ENTRUST.TERMINATE_INQUIRY",
        json!({
            "code": "SUCCESS",
            "messsage": "OK",
            "mchid": "1230000109",
            "appid": "wxd678efh567hg6787",
            "openid": "o-MYE42l80oelYMDE34nYD456Xoy",
            "plan_id": 12535,
            "out_contract_code": "wxwtdk20200910100000",
            "out_user_code": "user_123",
            "contract_id": "100005698",
            "contract_display_account": "微信代扣",
            "contract_state": "SIGNED",
            "contract_signed_time": "2020-09-10T10:00:00+08:00"
        }),
    );
    let Event::PapayTerminateInquiry(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.out_contract_code, "wxwtdk20200910100000");
    assert_eq!(
        n.resource.contract_state,
        Some(PapayInquiryContractState::Signed)
    );

    // 保险商户委托代扣签约, 解约, 续期
    for event_type in [
        "INSURANCE_ENTRUST.SIGN",
        "INSURANCE_ENTRUST.TERMINATE",
        "INSURANCE_ENTRUST.RENEW",
    ] {
        let e = deliver(
            &sandbox,
            event_type,
            json!({
                "mchid": "1230000109",
                "contract_id": "100005698",
                "appid": "wxd678efh567hg6787",
                "plan_id": 12535,
                "out_contract_code": "wxwtdk20200910100000",
                "insured_display_name": "张*",
                "contract_state": "TERMINATED",
                "contract_signed_time": "2020-09-10T10:00:00+08:00",
                "contract_expired_time": "2021-09-10T10:00:00+08:00",
                "openid": "o-MYE42l80oelYMDE34nYD456Xoy",
                "contract_terminate_info": {
                    "contract_termination_mode": "USER_TERMINATE",
                    "contract_terminated_time": "2020-10-10T10:00:00+08:00",
                    "contract_termination_remark": "用户解约"
                }
            }),
        );
        let Event::InsuranceEntrust(n) = e else {
            panic!("{e:?}")
        };
        assert_eq!(n.resource.plan_id, Some(12535));
        assert_eq!(
            n.resource.contract_state,
            Some(PapayInquiryContractState::Terminated)
        );
        assert_eq!(
            n.resource
                .contract_terminate_info
                .unwrap()
                .contract_termination_mode,
            Some(InsuranceEntrustTerminationMode::UserTerminate)
        );
    }

    // 停车入场状态变更通知
    let e = deliver(
        &sandbox,
        "VEHICLE.ENTRANCE_STATE_CHANGE",
        json!({
            "sp_mchid": "1900000100",
            "sub_mchid": "1900000109",
            "parking_id": "5K8264ILTKCH16CQ250",
            "out_parking_no": "1231243",
            "plate_number": "粤B888888",
            "plate_color": "BLUE",
            "start_time": "2017-08-26T10:43:39+08:00",
            "parking_name": "欢乐海岸停车场",
            "free_duration": 3600,
            "parking_state": "BLOCKED",
            "blocked_state_description": "PAUSE",
            "state_update_time": "2017-08-26T10:43:39.000+08:00"
        }),
    );
    let Event::VehicleEntrance(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.parking_id, "5K8264ILTKCH16CQ250");
    assert_eq!(n.resource.plate_color, Some(VehiclePlateColor::Blue));
    assert_eq!(n.resource.parking_state, Some(VehicleParkingState::Blocked));
    assert_eq!(n.resource.free_duration, Some(3600));

    // ETC授权签约状态变化通知
    let e = deliver(
        &sandbox,
        "VEHICLE.USER_STATE_CHANGE",
        json!({
            "appid": "wxcbda96de0b165486",
            "sp_mchid": "1900000100",
            "sp_openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
            "sub_mchid": "1900000109",
            "contract_id": "20000000000000000001",
            "bind_state": "PAUSED",
            "plate_number": "粤B888888"
        }),
    );
    let Event::VehicleEtcState(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.contract_id, "20000000000000000001");

    // 停车服务扣费失败, 用户还款: parking orders, told apart by `trade_scene`
    let parking_order = json!({
        "sp_mchid": "1900000100",
        "appid": "wxcbda96de0b165486",
        "sub_mchid": "1900000109",
        "sub_appid": "wxcbda96de0b165484",
        "out_trade_no": "20150806125346",
        "transaction_id": "1217752501201407033233368018",
        "description": "停车场扣费",
        "create_time": "2017-08-26T10:43:39+08:00",
        "trade_state": "PAY_FAIL",
        "trade_state_description": "支付失败，请重新下单支付",
        "attach": "深圳分店",
        "trade_scene": "PARKING",
        "parking_info": {
            "parking_id": "5K8264ILTKCH16CQ250",
            "plate_number": "粤B888888",
            "plate_color": "BLUE",
            "start_time": "2017-08-26T10:43:39+08:00",
            "end_time": "2017-08-26T12:43:39+08:00",
            "parking_name": "欢乐海岸停车场",
            "charging_duration": 7200,
            "device_id": "12313"
        },
        "payer": { "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" },
        "amount": { "currency": "CNY", "payer_total": 888, "total": 888 }
    });
    for event_type in ["TRANSACTION.FAIL", "TRANSACTION.PAY_BACK"] {
        let e = deliver(&sandbox, event_type, parking_order.clone());
        let Event::ParkingTransaction(n) = e else {
            panic!("{e:?}")
        };
        assert_eq!(n.resource.out_trade_no, "20150806125346");
        assert_eq!(n.resource.trade_state, Some(ParkingTradeState::PayFail));
        let info = n.resource.parking_info.unwrap();
        assert_eq!(info.charging_duration, Some(7200));
        assert_eq!(info.plate_color, Some(VehiclePlateColor::Blue));
    }
    // Without `trade_scene` the product is unknown: still JSON.
    let mut other = parking_order.clone();
    if let Some(o) = other.as_object_mut() {
        o.remove("trade_scene");
    }
    let e = deliver(&sandbox, "TRANSACTION.FAIL", other);
    assert!(matches!(e, Event::Other(_)), "{e:?}");

    // 支付分从业机构∙商户预下单通知
    let e = deliver(
        &sandbox,
        "PAYSCORE.MCH_PREPAY",
        json!({
            "service_id": "500001",
            "appid": "wxd678efh567hg6787",
            "mchid": "1230000109",
            "sub_mchid": "1900000109",
            "channel_id": "1230000110",
            "out_order_no": "1234323JKHDFE1243252",
            "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
            "total_amount": 50000,
            "prepay_req_body": {
                "appid": "wxd678efh567hg6787",
                "mchid": "1230000109",
                "sub_mchid": "1900000109",
                "channel_id": "1230000110",
                "device_info": "WEB",
                "nonce_str": "5K8264ILTKCH16CQ2502SI8ZNMTM67VS",
                "body": "腾讯充值中心-QQ会员充值"
            },
            "prepay_resp_http_code": 200
        }),
    );
    let Event::PayScoreMchPrepay(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.out_order_no, "1234323JKHDFE1243252");
    assert_eq!(n.resource.total_amount, Some(50000));
    assert_eq!(n.resource.prepay_resp_http_code, Some(200));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn risk_manage_medical_fund_and_policy_events_are_typed() {
    use wxpay::notify::{
        AbnormalFundReceiptState, BlockAppealResult, BlockCountLevel, InsurancePolicyAuthState,
        ManageRecordState, MedInsMixPayStatus, MedInsMixPayType,
    };
    let sandbox = Sandbox::start().await.unwrap();

    // 风险订单回调通知
    let e = deliver(
        &sandbox,
        "RISKTRADE.IDENTIFICATION",
        json!({
            "mchid": "1900000109",
            "out_trade_no": "1217752501201407033233368018",
            "risk_type": 1,
            "risk_level": 2
        }),
    );
    let Event::RiskTrade(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.out_trade_no, "1217752501201407033233368018");
    assert_eq!(n.resource.risk_level, Some(2));

    // 商户平台处罚, 拦截, 申诉通知
    for event_type in [
        "VIOLATION.PUNISH",
        "VIOLATION.INTERCEPT",
        "VIOLATION.APPEAL",
    ] {
        let e = deliver(
            &sandbox,
            event_type,
            json!({
                "sub_mchid": "1900000109",
                "company_name": "财付通支付科技有限公司",
                "record_id": "200201820200101080076610000",
                "punish_plan": "关闭支付权限",
                "punish_time": "2020-03-18T10:34:56+08:00",
                "punish_description": "由于该商户存在违规行为，已关闭支付权限",
                "risk_type": "FRAUD",
                "risk_description": "欺诈"
            }),
        );
        let Event::Violation(n) = e else {
            panic!("{e:?}")
        };
        assert_eq!(n.resource.record_id, "200201820200101080076610000");
        assert_eq!(n.resource.risk_type.as_deref(), Some("FRAUD"));
    }

    // 商户管理记录, 交易拦截记录, 交易拦截申诉通知
    let e = deliver(
        &sandbox,
        "MANAGERECORD.CHANGE",
        json!({ "sub_mchid": "1900000109", "manage_record_id": "1000000001", "manage_record_state": "UNDER_REVIEW" }),
    );
    let Event::ManageRecord(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(
        n.resource.manage_record_state,
        Some(ManageRecordState::UnderReview)
    );
    let e = deliver(
        &sandbox,
        "BLOCKRECORD.CHANGE",
        json!({ "sub_mchid": "1900000109", "block_record_id": "2000000001", "block_count_level": "LESS_THAN_TWENTY" }),
    );
    let Event::BlockRecord(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(
        n.resource.block_count_level,
        Some(BlockCountLevel::LessThanTwenty)
    );
    let e = deliver(
        &sandbox,
        "BLOCKSUBMISSION.CHANGE",
        json!({ "sub_mchid": "1900000109", "appeal_record_id": "3000000001", "appeal_result": "PASS" }),
    );
    let Event::BlockSubmission(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.appeal_result, Some(BlockAppealResult::Pass));

    // 医保混合收款成功通知
    let e = deliver(
        &sandbox,
        "MEDICAL_INSURANCE.SUCCESS",
        json!({
            "mix_trade_no": "1217752501201407033233368018",
            "mix_pay_status": "MIX_PAY_SUCCESS",
            "self_pay_status": "SELF_PAY_SUCCESS",
            "med_ins_pay_status": "MED_INS_PAY_SUCCESS",
            "paid_time": "2015-05-20T13:29:35+08:00",
            "passthrough_response_content": "{\"payAuthNo\":\"AUTH1234\",\"payOrdId\":\"ORD1234\",\"setlLatlnt\":\"118.096435,24.485407\"}",
            "mix_pay_type": "CASH_AND_INSURANCE",
            "order_type": "REG_PAY",
            "appid": "wxdace645e0bc2cXXX",
            "sub_appid": "wxdace645e0bc2cXXX",
            "sub_mchid": "1900000109",
            "sub_openid": "o4GgauInH_RCEdvrrNGrntXDuXXX",
            "pay_for_relatives": false,
            "out_trade_no": "202204022005169952975171534816",
            "serial_no": "1217752501201",
            "city_id": "440300",
            "med_inst_name": "北大医院",
            "med_inst_no": "1217752501201407033233368018",
            "cash_add_detail": [{ "cash_add_type": "FREIGHT" }],
            "callback_url": "https://www.weixin.qq.com/wxpay/pay.php",
            "prepay_id": "wx201410272009395522657a690389285100",
            "med_ins_test_env": false
        }),
    );
    let Event::MedicalInsurance(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.mix_trade_no, "1217752501201407033233368018");
    assert_eq!(n.resource.mix_pay_status, Some(MedInsMixPayStatus::Success));
    assert_eq!(
        n.resource.mix_pay_type,
        Some(MedInsMixPayType::CashAndInsurance)
    );
    assert_eq!(n.resource.pay_for_relatives, Some(false));

    // 在途异常资金转付成功通知
    let e = deliver(
        &sandbox,
        "ABNORMAL_FUND_PROCESSING.TRANSFER.SUCCESS",
        json!({
            "product_name": "C2C",
            "receipt_id": "1000000000000000000000000001",
            "transfer_amount": { "total": 100, "currency": "CNY" },
            "receipt_state": "RECEIPT_STATE_COMPLETED",
            "create_time": "2025-01-01T10:00:00+08:00",
            "last_update_time": "2025-01-01T10:05:00+08:00",
            "instruction": {
                "out_instruction_no": "202501010001",
                "commander": { "operator": "MERCHANT", "mchid": "1900000109" },
                "transfer_mode": "TRANSFER_TO_ORIGINAL_RECEIVE_USER",
                "success_time": "2025-01-01T10:05:00+08:00",
                "appid": ["wxd678efh567hg6787"]
            }
        }),
    );
    let Event::AbnormalFundTransfer(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(
        n.resource.receipt_state,
        Some(AbnormalFundReceiptState::Completed)
    );
    assert_eq!(n.resource.transfer_amount.unwrap().total, Some(100));

    // 微信保单服务用户授权成功通知
    let e = deliver(
        &sandbox,
        "INSURANCE_POLICY_MANAGEMENT.GRANTED",
        json!({
            "out_insurance_no": "INS20250101001",
            "insurance_name": "百万医疗险",
            "auth_state": "AUTH_STATE_GRANTED",
            "user_auth_time": "2025-01-01T10:00:00+08:00"
        }),
    );
    let Event::InsurancePolicyGrant(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(
        n.resource.auth_state,
        Some(InsurancePolicyAuthState::Granted)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answer_bearing_events_get_their_json_answers() {
    use wxpay::notify::{
        PapayRetentionCouponState, PapayTerminateRetentionNotification, ParkingFeeParkingState,
        ParkingFeePayState, ParkingFeeQueryAnswer,
    };
    let sandbox = Sandbox::start().await.unwrap();

    // 停车缴费服务∙商户查费回调, answered with the fee
    let e = deliver(
        &sandbox,
        "PARKING_FEE.QUERY_TRANS_INFO",
        json!({ "out_serial_number": "P20250101001", "plate_number": "粤B888888", "out_parking_id": "PARK01" }),
    );
    let Event::ParkingFeeQuery(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.out_serial_number, "P20250101001");
    let mut fee = ParkingFeeQueryAnswer::default();
    fee.total_amount = Some(1500);
    fee.parking_timestamp = Some(3600);
    fee.parking_state = Some(ParkingFeeParkingState::Entered);
    fee.pay_state = Some(ParkingFeePayState::Unpaid);
    fee.payable_amount = Some(1500);
    fee.paid_amount = Some(0);
    let answer = fee.to_answer();
    assert_eq!(answer.status, 200);
    let body: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    assert_eq!(
        body,
        json!({
            "code": "SUCCESS",
            "message": "OK",
            "total_amount": 1500,
            "parking_timestamp": 3600,
            "parking_state": "PARKING_STATE_ENTERED",
            "pay_state": "PAY_STATUS_UNPAID",
            "payable_amount": 1500,
            "paid_amount": 0
        })
    );
    let answer = ParkingFeeQueryAnswer::failure("停车单不存在");
    assert_eq!(answer.status, 200);
    let body: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    assert_eq!(body, json!({ "code": "FAIL", "message": "停车单不存在" }));

    // 代扣解约挽留: the retention answer
    let answer = PapayTerminateRetentionNotification::answer_with_coupon(
        &PapayRetentionCouponState::SendCoupon,
        Some("9865000000000000"),
    );
    assert_eq!(answer.status, 200);
    let body: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    assert_eq!(
        body,
        json!({
            "code": "SUCCESS",
            "message": "OK",
            "retention_type": "COUPON",
            "coupon_info": { "state": "SEND_COUPON", "coupon_id": "9865000000000000" }
        })
    );
    let answer = PapayTerminateRetentionNotification::answer_without_retention();
    let body: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    assert_eq!(body, json!({ "code": "SUCCESS", "message": "OK" }));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cross_border_payments_and_refunds_decode_into_the_basic_types() {
    let sandbox = Sandbox::start().await.unwrap();

    // 跨境/全球∙支付成功通知 (TRANSACTION.SUCCESS#GLOBAL): `exchange_rate` in `amount`
    let e = deliver(
        &sandbox,
        "TRANSACTION.SUCCESS",
        json!({
            "appid": "wxdace645e0bc2c424",
            "mchid": "1900000109",
            "out_trade_no": "20150806125346",
            "transaction_id": "1008450740201411110005820873",
            "trade_type": "NATIVE",
            "trade_state": "SUCCESS",
            "trade_state_desc": "支付成功",
            "bank_type": "CCB_DEBIT",
            "attach": "",
            "success_time": "2018-06-08T10:34:56+08:00",
            "payer": { "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" },
            "amount": {
                "total": 528800,
                "currency": "HKD",
                "payer_total": 518799,
                "payer_currency": "CNY",
                "exchange_rate": { "type": "SETTLEMENT_RATE", "rate": 8000000 }
            }
        }),
    );
    let Event::Transaction(n) = e else {
        panic!("{e:?}")
    };
    assert_eq!(n.resource.trade_state, TradeState::Success);
    let amount = n.resource.amount.unwrap();
    assert_eq!(amount.currency.as_deref(), Some("HKD"));
    assert_eq!(amount.payer_currency.as_deref(), Some("CNY"));

    // The institution (partner) form goes to `PartnerTransaction`.
    let e = deliver(
        &sandbox,
        "TRANSACTION.SUCCESS",
        json!({
            "sp_appid": "wxdace645e0bc2c424",
            "sp_mchid": "1900000100",
            "sub_mchid": "1900000109",
            "out_trade_no": "20150806125346",
            "transaction_id": "1008450740201411110005820873",
            "trade_type": "NATIVE",
            "trade_state": "SUCCESS",
            "trade_state_desc": "支付成功",
            "success_time": "2018-06-08T10:34:56+08:00",
            "payer": { "sp_openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" },
            "amount": {
                "total": 528800,
                "currency": "HKD",
                "payer_total": 518799,
                "payer_currency": "CNY",
                "exchange_rate": { "type": "SETTLEMENT_RATE", "rate": 8000000 }
            }
        }),
    );
    assert!(matches!(e, Event::PartnerTransaction(_)), "{e:?}");

    // 跨境/全球∙退款成功通知 (REFUND.SUCCESS#GLOBAL)
    let e = deliver(
        &sandbox,
        "REFUND.SUCCESS",
        json!({
            "mchid": "1900000109",
            "out_trade_no": "20150806125346",
            "transaction_id": "1008450740201411110005820873",
            "out_refund_no": "1217752501201407033233368018",
            "refund_id": "50000000382019052709732678859",
            "refund_status": "SUCCESS",
            "success_time": "2018-06-08T10:34:56+08:00",
            "user_received_account": "支付用户零钱",
            "amount": {
                "total": 528800,
                "currency": "HKD",
                "refund": 528800,
                "payer_total": 518799,
                "payer_currency": "CNY",
                "payer_refund": 518799,
                "exchange_rate": { "type": "SETTLEMENT_RATE", "rate": 8000000 }
            }
        }),
    );
    let Event::Refund(n) = e else { panic!("{e:?}") };
    assert_eq!(n.resource.refund_status, RefundStatus::Success);
    assert_eq!(n.resource.amount.payer_refund, 518799);
}
