//! Notifications the sandbox signs and encrypts as WeChat Pay does, parsed into typed events.

use serde_json::json;
use wxpay::notify::{
    BusiCouponSendNotification, ComplaintActionType, CouponStatus, Event, PapayContractState,
    ParseEvent as _, PayScoreOrderState, PayScoreServiceStatus, ProfitSharingReceiverType,
    TradeState, TransferBillState,
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

    // An event type this SDK does not type: the decrypted resource as JSON.
    let (h, b) = sandbox.notification(
        "MCHWITHDRAW.CHANGE",
        &serde_json::json!({ "out_request_no": "w1" }),
    );
    let e = parser.parse_event(&h, &b).unwrap();
    assert_eq!(e.event_type(), "MCHWITHDRAW.CHANGE");
    assert!(matches!(e, Event::Other(ref n) if n.resource["out_request_no"] == "w1"));

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
