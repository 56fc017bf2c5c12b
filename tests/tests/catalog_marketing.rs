//! The marketing catalog: merchant coupons (`busifavor`), cash coupons (`favor`), membership
//! cards (`membercard-open`) and brand membership cards (`brand/partner/card-member`).
//!
//! For every endpoint: the documented example answer decodes into its response model, and a
//! sample request puts exactly the documented path, query and body on the wire. One call per
//! product module runs end to end against the sandbox.

use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use wxpay::brand::card_member as brand;
use wxpay::marketing::busifavor as bf;
use wxpay::marketing::favor as fv;
use wxpay::marketing::membercard_open as mc;
use wxpay::sandbox::Sandbox;
use wxpay::{Encryptor, Endpoint, Error, Method};

// --- helpers -------------------------------------------------------------------------------

/// An encryptor that marks what it "encrypts", so tests can see which values went through it.
#[derive(Clone, Copy)]
struct Fake;

impl Encryptor for Fake {
    fn encrypt(&self, plaintext: &str) -> Result<String, Error> {
        Ok(format!("enc({plaintext})"))
    }

    fn to_owned_encryptor(&self) -> Option<Box<dyn Encryptor>> {
        Some(Box::new(Fake))
    }
}

/// What a request puts on the wire: path, query, and the body as JSON.
fn wire<E: Endpoint>(e: &E) -> (String, Option<String>, Option<Value>) {
    let body = e
        .body(&Fake)
        .unwrap()
        .map(|b| serde_json::from_slice(&b).expect("the body is JSON"));
    (e.path().unwrap(), e.query().unwrap(), body)
}

fn fixture<T: DeserializeOwned>(name: &str) -> T {
    let path = format!(
        "{}/fixtures/catalog/marketing/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name} does not decode: {e}"))
}

/// The fixture decodes into the endpoint's response type, and re-encodes to the same JSON
/// (so no documented field is silently dropped).
fn decodes<E>(name: &str) -> E::Response
where
    E: Endpoint,
    E::Response: serde::Serialize,
{
    let parsed: E::Response = fixture(name);
    let raw: Value = fixture(name);
    assert_eq!(
        serde_json::to_value(&parsed).unwrap(),
        raw,
        "{name} round trip"
    );
    parsed
}

// --- busifavor (商家券) ----------------------------------------------------------------------

fn busifavor_use_rule() -> bf::CouponUseRule {
    bf::CouponUseRule {
        coupon_available_time: bf::CouponAvailableTime {
            available_begin_time: "2015-05-20T13:29:35+08:00".into(),
            available_end_time: "2015-05-21T13:29:35+08:00".into(),
            available_day_after_receive: Some(3),
            available_week: Some(bf::AvailableWeek {
                week_day: Some(vec![1, 2]),
                available_day_time: Some(vec![bf::DayTime {
                    begin_time: 3600,
                    end_time: 86399,
                }]),
            }),
            irregulary_avaliable_time: None,
            wait_days_after_receive: None,
        },
        fixed_normal_coupon: Some(bf::FixedNormalCoupon {
            discount_amount: 5,
            transaction_minimum: 100,
        }),
        discount_coupon: None,
        exchange_coupon: None,
        use_method: bf::UseMethod::OffLine,
        mini_programs_appid: None,
        mini_programs_path: None,
    }
}

fn busifavor_create_stock(out_request_no: &str) -> bf::CreateStock {
    bf::CreateStock {
        stock_name: "8月1日活动券".into(),
        belong_merchant: "10000022".into(),
        comment: Some("活动使用".into()),
        goods_name: "xxx商品使用".into(),
        stock_type: bf::StockType::Normal,
        coupon_use_rule: busifavor_use_rule(),
        stock_send_rule: bf::StockSendRule {
            max_coupons: Some(100),
            max_coupons_per_user: 5,
            natural_person_limit: Some(false),
            ..Default::default()
        },
        out_request_no: out_request_no.into(),
        custom_entrance: None,
        display_pattern_info: Some(bf::DisplayPatternInfo {
            description: Some("xxx门店可用".into()),
            background_color: Some(bf::BackgroundColor::Color020),
            ..Default::default()
        }),
        coupon_code_mode: bf::CouponCodeMode::WechatpayMode,
        notify_config: None,
        subsidy: None,
    }
}

#[test]
fn busifavor_create_stock_on_the_wire() {
    assert_eq!(bf::CreateStock::METHOD, Method::Post);
    let (path, query, body) = wire(&busifavor_create_stock("100002322019090134234sfdf"));
    assert_eq!(path, "/v3/marketing/busifavor/stocks");
    assert_eq!(query, None);
    assert_eq!(
        body.unwrap(),
        json!({
            "stock_name": "8月1日活动券",
            "belong_merchant": "10000022",
            "comment": "活动使用",
            "goods_name": "xxx商品使用",
            "stock_type": "NORMAL",
            "coupon_use_rule": {
                "coupon_available_time": {
                    "available_begin_time": "2015-05-20T13:29:35+08:00",
                    "available_end_time": "2015-05-21T13:29:35+08:00",
                    "available_day_after_receive": 3,
                    "available_week": {
                        "week_day": [1, 2],
                        "available_day_time": [{ "begin_time": 3600, "end_time": 86399 }]
                    }
                },
                "fixed_normal_coupon": { "discount_amount": 5, "transaction_minimum": 100 },
                "use_method": "OFF_LINE"
            },
            "stock_send_rule": {
                "max_coupons": 100,
                "max_coupons_per_user": 5,
                "natural_person_limit": false
            },
            "out_request_no": "100002322019090134234sfdf",
            "display_pattern_info": { "description": "xxx门店可用", "background_color": "Color020" },
            "coupon_code_mode": "WECHATPAY_MODE"
        })
    );
    let r = decodes::<bf::CreateStock>("busifavor_create_stock.json");
    assert_eq!(r.stock_id, "98065001");
}

#[test]
fn busifavor_query_and_modify_stock_on_the_wire() {
    let q = bf::QueryStock {
        stock_id: "1212".into(),
    };
    assert_eq!(
        wire(&q),
        ("/v3/marketing/busifavor/stocks/1212".into(), None, None)
    );
    let s = decodes::<bf::QueryStock>("busifavor_query_stock.json");
    assert_eq!(s.stock_state, bf::StockState::Running);
    assert_eq!(s.coupon_code_mode, bf::CouponCodeMode::MerchantUpload);
    assert_eq!(s.coupon_code_count.unwrap().available_count, 50);
    assert_eq!(
        s.coupon_use_rule
            .coupon_available_time
            .available_week
            .unwrap()
            .week_day,
        Some(vec![1, 2])
    );

    let m = bf::ModifyStock {
        stock_id: "101156451224".into(),
        goods_name: Some("xxx商品使用".into()),
        out_request_no: "6122352020010133287985742".into(),
        coupon_use_rule: Some(bf::ModifyCouponUseRule {
            use_method: Some(bf::UseMethod::MiniPrograms),
            mini_programs_appid: Some("wx23232232323".into()),
            mini_programs_path: Some("/path/index/index".into()),
        }),
        stock_send_rule: Some(bf::ModifyStockSendRule {
            natural_person_limit: Some(true),
            prevent_api_abuse: None,
        }),
        ..Default::default()
    };
    assert_eq!(bf::ModifyStock::METHOD, Method::Patch);
    assert_eq!(
        wire(&m),
        (
            "/v3/marketing/busifavor/stocks/101156451224".into(),
            None,
            Some(json!({
                "goods_name": "xxx商品使用",
                "out_request_no": "6122352020010133287985742",
                "coupon_use_rule": {
                    "use_method": "MINI_PROGRAMS",
                    "mini_programs_appid": "wx23232232323",
                    "mini_programs_path": "/path/index/index"
                },
                "stock_send_rule": { "natural_person_limit": true }
            }))
        )
    );

    let b = bf::ModifyStockBudget {
        stock_id: "98065001".into(),
        target_max_coupons: Some(3000),
        current_max_coupons: Some(500),
        modify_budget_request_no: "1002600620019090123143254436".into(),
        ..Default::default()
    };
    assert_eq!(
        wire(&b),
        (
            "/v3/marketing/busifavor/stocks/98065001/budget".into(),
            None,
            Some(json!({
                "target_max_coupons": 3000,
                "current_max_coupons": 500,
                "modify_budget_request_no": "1002600620019090123143254436"
            }))
        )
    );
    let r = decodes::<bf::ModifyStockBudget>("busifavor_modify_stock_budget.json");
    assert_eq!(r.max_coupons, Some(300));
}

#[test]
fn busifavor_upload_coupon_codes_on_the_wire() {
    let u = bf::UploadCouponCodes {
        stock_id: "98065001".into(),
        coupon_code_list: vec!["ABC9588200".into(), "ABC9588201".into()],
        upload_request_no: "100002322019090134234sfdf".into(),
    };
    assert_eq!(
        wire(&u),
        (
            "/v3/marketing/busifavor/stocks/98065001/couponcodes".into(),
            None,
            Some(json!({
                "coupon_code_list": ["ABC9588200", "ABC9588201"],
                "upload_request_no": "100002322019090134234sfdf"
            }))
        )
    );
    let r = decodes::<bf::UploadCouponCodes>("busifavor_upload_coupon_codes.json");
    assert_eq!(r.fail_codes.unwrap()[0].code, "LENGTH_LIMIT");
}

#[test]
fn busifavor_coupons_on_the_wire() {
    let u = bf::UseCoupon {
        coupon_code: "sxxe34343434".into(),
        stock_id: Some("100088".into()),
        appid: "wx1234567889999".into(),
        use_time: "2015-05-20T13:29:35+08:00".into(),
        use_request_no: "1002600620019090123143254435".into(),
        openid: Some("xsd3434454567676".into()),
        out_trade_no: None,
        mch_id: None,
        transaction_id: None,
    };
    assert_eq!(
        wire(&u),
        (
            "/v3/marketing/busifavor/coupons/use".into(),
            None,
            Some(json!({
                "coupon_code": "sxxe34343434",
                "stock_id": "100088",
                "appid": "wx1234567889999",
                "use_time": "2015-05-20T13:29:35+08:00",
                "use_request_no": "1002600620019090123143254435",
                "openid": "xsd3434454567676"
            }))
        )
    );
    assert_eq!(
        decodes::<bf::UseCoupon>("busifavor_use_coupon.json").openid,
        "dsadas34345454545"
    );

    let l = bf::ListUserCoupons {
        openid: "2323dfsdf342342".into(),
        appid: "wx233544546545989".into(),
        stock_id: Some("9865000".into()),
        coupon_state: Some(bf::CouponState::Sended),
        offset: Some(0),
        limit: Some(20),
        ..Default::default()
    };
    assert_eq!(
        wire(&l),
        (
            "/v3/marketing/busifavor/users/2323dfsdf342342/coupons".into(),
            Some(
                "appid=wx233544546545989&stock_id=9865000&coupon_state=SENDED&offset=0&limit=20"
                    .into()
            ),
            None
        )
    );
    let list = decodes::<bf::ListUserCoupons>("busifavor_list_user_coupons.json");
    assert_eq!(list.data[0].coupon_state, bf::CouponState::Sended);

    let q = bf::QueryUserCoupon {
        openid: "2323dfsdf342342".into(),
        coupon_code: "123446565767".into(),
        appid: "wx233544546545989".into(),
    };
    assert_eq!(
        wire(&q),
        (
            "/v3/marketing/busifavor/users/2323dfsdf342342/coupons/123446565767/appids/wx233544546545989".into(),
            None,
            None
        )
    );
    let c = decodes::<bf::QueryUserCoupon>("busifavor_query_user_coupon.json");
    assert_eq!(c.use_request_no.as_deref(), Some("MCHUSE202003101234"));

    let association = json!({
        "stock_id": "100088",
        "coupon_code": "sxxe34343434",
        "out_trade_no": "MCH_102233445",
        "out_request_no": "1002600620019090123143254435"
    });
    let associate = bf::AssociateCoupon {
        stock_id: "100088".into(),
        coupon_code: "sxxe34343434".into(),
        out_trade_no: "MCH_102233445".into(),
        out_request_no: "1002600620019090123143254435".into(),
    };
    assert_eq!(
        wire(&associate),
        (
            "/v3/marketing/busifavor/coupons/associate".into(),
            None,
            Some(association.clone())
        )
    );
    let disassociate = bf::DisassociateCoupon {
        stock_id: "100088".into(),
        coupon_code: "sxxe34343434".into(),
        out_trade_no: "MCH_102233445".into(),
        out_request_no: "1002600620019090123143254435".into(),
    };
    assert_eq!(
        wire(&disassociate),
        (
            "/v3/marketing/busifavor/coupons/disassociate".into(),
            None,
            Some(association)
        )
    );
    assert!(
        decodes::<bf::AssociateCoupon>("busifavor_associate_coupon.json")
            .wechatpay_associate_time
            .starts_with("2015-05-20")
    );
    assert!(
        decodes::<bf::DisassociateCoupon>("busifavor_disassociate_coupon.json")
            .wechatpay_disassociate_time
            .starts_with("2015-05-20")
    );

    let r = bf::ReturnCoupon {
        coupon_code: "sxxe34343434".into(),
        stock_id: "1234567891".into(),
        return_request_no: "1002600620019090123143254436".into(),
    };
    assert_eq!(
        wire(&r),
        (
            "/v3/marketing/busifavor/coupons/return".into(),
            None,
            Some(json!({
                "coupon_code": "sxxe34343434",
                "stock_id": "1234567891",
                "return_request_no": "1002600620019090123143254436"
            }))
        )
    );
    assert_eq!(
        decodes::<bf::ReturnCoupon>("busifavor_return_coupon.json").wechatpay_return_time,
        "2020-05-20T13:29:35+08:00"
    );

    let s = bf::SendConsumeCard {
        card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
        appid: "wx233544546545989".into(),
        openid: "obLatjnx9gnqzS4myYGmLZ7LgLBA".into(),
        out_request_no: "MCH_SEND_2020".into(),
        send_time: "2020-05-20T13:29:35+08:00".into(),
    };
    assert_eq!(
        wire(&s),
        (
            "/v3/marketing/busifavor/coupons/pbLatjvWOibDc5-TBnbUk1pD12o0/send".into(),
            None,
            Some(json!({
                "appid": "wx233544546545989",
                "openid": "obLatjnx9gnqzS4myYGmLZ7LgLBA",
                "out_request_no": "MCH_SEND_2020",
                "send_time": "2020-05-20T13:29:35+08:00"
            }))
        )
    );
    assert_eq!(
        decodes::<bf::SendConsumeCard>("busifavor_send_consume_card.json").card_code,
        "198555211279"
    );
}

#[test]
fn busifavor_callbacks_on_the_wire() {
    let s = bf::SetCallback {
        mchid: Some("10000098".into()),
        notify_url: "https://pay.weixin.qq.com".into(),
    };
    assert_eq!(
        wire(&s),
        (
            "/v3/marketing/busifavor/callbacks".into(),
            None,
            Some(json!({ "mchid": "10000098", "notify_url": "https://pay.weixin.qq.com" }))
        )
    );
    assert_eq!(
        decodes::<bf::SetCallback>("busifavor_set_callback.json").mchid,
        "10000098"
    );
    let q = bf::QueryCallback {
        mchid: "10000098".into(),
    };
    assert_eq!(
        wire(&q),
        (
            "/v3/marketing/busifavor/callbacks".into(),
            Some("mchid=10000098".into()),
            None
        )
    );
    assert_eq!(
        decodes::<bf::QueryCallback>("busifavor_query_callback.json").notify_url,
        "https://pay.weixin.qq.com"
    );
}

#[test]
fn busifavor_subsidies_on_the_wire() {
    let p = bf::CreateSubsidyPayReceipt {
        stock_id: "128888000000001".into(),
        coupon_code: "ABCD12345678".into(),
        transaction_id: "4200000913202101152566792388".into(),
        payer_merchant: "1900000001".into(),
        payee_merchant: "1900000002".into(),
        amount: 100,
        description: "20210115DESCRIPTION".into(),
        out_subsidy_no: "subsidy-abcd-12345678".into(),
    };
    assert_eq!(
        wire(&p),
        (
            "/v3/marketing/busifavor/subsidy/pay-receipts".into(),
            None,
            Some(json!({
                "stock_id": "128888000000001",
                "coupon_code": "ABCD12345678",
                "transaction_id": "4200000913202101152566792388",
                "payer_merchant": "1900000001",
                "payee_merchant": "1900000002",
                "amount": 100,
                "description": "20210115DESCRIPTION",
                "out_subsidy_no": "subsidy-abcd-12345678"
            }))
        )
    );
    let receipt = decodes::<bf::CreateSubsidyPayReceipt>("busifavor_subsidy_pay_receipt.json");
    assert_eq!(receipt.status, bf::SubsidyStatus::Success);
    assert_eq!(receipt.amount, 100);

    let l = bf::ListSubsidyPayReceipts {
        stock_id: "128888000000001".into(),
        coupon_code: "ABCD12345678".into(),
        out_subsidy_no: None,
    };
    assert_eq!(
        wire(&l),
        (
            "/v3/marketing/busifavor/subsidy/pay-receipts".into(),
            Some("stock_id=128888000000001&coupon_code=ABCD12345678".into()),
            None
        )
    );
    let list = decodes::<bf::ListSubsidyPayReceipts>("busifavor_list_subsidy_pay_receipts.json");
    assert_eq!(list.pay_receipt_list, vec![receipt.clone()]);

    let q = bf::QuerySubsidyPayReceipt {
        subsidy_receipt_id: "1120200119165100000000000001".into(),
    };
    assert_eq!(
        wire(&q),
        (
            "/v3/marketing/busifavor/subsidy/pay-receipts/1120200119165100000000000001".into(),
            None,
            None
        )
    );
    assert_eq!(
        decodes::<bf::QuerySubsidyPayReceipt>("busifavor_subsidy_pay_receipt.json"),
        receipt
    );

    let r = bf::CreateSubsidyReturnReceipt {
        stock_id: "128888000000001".into(),
        coupon_code: "ABCD12345678".into(),
        transaction_id: "4200000913202101152566792388".into(),
        refund_id: "50100506732021010105138718375".into(),
        payer_merchant: "1900000001".into(),
        payee_merchant: "1900000002".into(),
        amount: 100,
        description: "20210115DESCRIPTION".into(),
        out_subsidy_return_no: "subsidy-abcd-12345678".into(),
    };
    let (path, query, body) = wire(&r);
    assert_eq!(path, "/v3/marketing/busifavor/subsidy/return-receipts");
    assert_eq!(query, None);
    let body = body.unwrap();
    assert_eq!(body["refund_id"], "50100506732021010105138718375");
    assert_eq!(body["out_subsidy_return_no"], "subsidy-abcd-12345678");
    assert_eq!(body.as_object().unwrap().len(), 9);
    let ret = decodes::<bf::CreateSubsidyReturnReceipt>("busifavor_subsidy_return_receipt.json");
    assert_eq!(ret.subsidy_receipt_id, "1120200119165100000000000001");

    let q = bf::QuerySubsidyReturnReceipt {
        subsidy_return_receipt_id: "2120200119165100000000000001".into(),
    };
    assert_eq!(
        wire(&q),
        (
            "/v3/marketing/busifavor/subsidy/return-receipts/2120200119165100000000000001".into(),
            None,
            None
        )
    );
    assert_eq!(
        decodes::<bf::QuerySubsidyReturnReceipt>("busifavor_subsidy_return_receipt.json"),
        ret
    );
}

// --- favor (代金券) --------------------------------------------------------------------------

#[test]
fn favor_create_stock_on_the_wire() {
    let c = fv::CreateStock {
        stock_name: "微信支付代金券批次".into(),
        comment: Some("零售批次".into()),
        belong_merchant: "98568865".into(),
        available_begin_time: "2015-05-20T13:29:35.120+08:00".into(),
        available_end_time: "2015-05-20T13:29:35.120+08:00".into(),
        stock_use_rule: fv::StockUseRule {
            max_coupons: 100,
            max_amount: 5000,
            max_amount_by_day: Some(400),
            max_coupons_per_user: 3,
            natural_person_limit: Some(false),
            prevent_api_abuse: Some(false),
            ..Default::default()
        },
        pattern_info: Some(fv::PatternInfo {
            description: "微信支付营销代金券".into(),
            background_color: Some(bf::BackgroundColor::Color020),
            ..Default::default()
        }),
        coupon_use_rule: fv::CouponUseRule {
            fixed_normal_coupon: Some(fv::FixedNormalCoupon {
                coupon_amount: 100,
                transaction_minimum: 100,
            }),
            goods_tag: Some(vec!["123321".into(), "456654".into()]),
            trade_type: Some(vec![fv::TradeType::Microapp, fv::TradeType::OtherPay]),
            available_merchants: vec!["9856000".into()],
            ..Default::default()
        },
        no_cash: false,
        stock_type: fv::StockType::Normal,
        out_request_no: "89560002019101000121".into(),
        ext_info: None,
    };
    let (path, query, body) = wire(&c);
    assert_eq!(path, "/v3/marketing/favor/coupon-stocks");
    assert_eq!(query, None);
    assert_eq!(
        body.unwrap(),
        json!({
            "stock_name": "微信支付代金券批次",
            "comment": "零售批次",
            "belong_merchant": "98568865",
            "available_begin_time": "2015-05-20T13:29:35.120+08:00",
            "available_end_time": "2015-05-20T13:29:35.120+08:00",
            "stock_use_rule": {
                "max_coupons": 100,
                "max_amount": 5000,
                "max_amount_by_day": 400,
                "max_coupons_per_user": 3,
                "natural_person_limit": false,
                "prevent_api_abuse": false
            },
            "pattern_info": { "description": "微信支付营销代金券", "background_color": "Color020" },
            "coupon_use_rule": {
                "fixed_normal_coupon": { "coupon_amount": 100, "transaction_minimum": 100 },
                "goods_tag": ["123321", "456654"],
                "trade_type": ["MICROAPP", "OTHER"],
                "available_merchants": ["9856000"]
            },
            "no_cash": false,
            "stock_type": "NORMAL",
            "out_request_no": "89560002019101000121"
        })
    );
    assert_eq!(
        decodes::<fv::CreateStock>("favor_create_stock.json").stock_id,
        "98065001"
    );
}

#[test]
fn favor_stock_state_changes_on_the_wire() {
    let body = Some(json!({ "stock_creator_mchid": "8956000" }));
    let start = fv::StartStock {
        stock_id: "9865000".into(),
        stock_creator_mchid: "8956000".into(),
    };
    assert_eq!(
        wire(&start),
        (
            "/v3/marketing/favor/stocks/9865000/start".into(),
            None,
            body.clone()
        )
    );
    assert_eq!(
        decodes::<fv::StartStock>("favor_start_stock.json").stock_id,
        "9865000"
    );
    let pause = fv::PauseStock {
        stock_id: "9865000".into(),
        stock_creator_mchid: "8956000".into(),
    };
    assert_eq!(
        wire(&pause),
        (
            "/v3/marketing/favor/stocks/9865000/pause".into(),
            None,
            body.clone()
        )
    );
    assert_eq!(
        decodes::<fv::PauseStock>("favor_pause_stock.json").pause_time,
        "2015-05-20T13:29:35.120+08:00"
    );
    let restart = fv::RestartStock {
        stock_id: "9865000".into(),
        stock_creator_mchid: "8956000".into(),
    };
    assert_eq!(
        wire(&restart),
        (
            "/v3/marketing/favor/stocks/9865000/restart".into(),
            None,
            body
        )
    );
    assert_eq!(
        decodes::<fv::RestartStock>("favor_restart_stock.json").restart_time,
        "2015-05-20T13:29:35.120+08:00"
    );
}

#[test]
fn favor_stock_queries_on_the_wire() {
    let l = fv::ListStocks {
        offset: 1,
        limit: 8,
        stock_creator_mchid: "9856888".into(),
        create_start_time: Some("2015-05-20T13:29:35.120+08:00".into()),
        create_end_time: None,
        status: Some(fv::StockStatus::Paused),
    };
    assert_eq!(
        wire(&l),
        (
            "/v3/marketing/favor/stocks".into(),
            Some("offset=1&limit=8&stock_creator_mchid=9856888&create_start_time=2015-05-20T13%3A29%3A35.120%2B08%3A00&status=paused".into()),
            None
        )
    );
    let list = decodes::<fv::ListStocks>("favor_list_stocks.json");
    assert_eq!(list.data[0].status, fv::StockStatus::Paused);
    assert_eq!(
        list.data[0].stock_use_rule.as_ref().unwrap().trade_type,
        Some(vec![fv::TradeType::Microapp, fv::TradeType::Apppay])
    );

    let q = fv::QueryStock {
        stock_id: "9856000".into(),
        stock_creator_mchid: "9856000".into(),
    };
    assert_eq!(
        wire(&q),
        (
            "/v3/marketing/favor/stocks/9856000".into(),
            Some("stock_creator_mchid=9856000".into()),
            None
        )
    );
    let s = decodes::<fv::QueryStock>("favor_query_stock.json");
    assert_eq!(s.distributed_coupons, 100);
    assert_eq!(s.cut_to_message.unwrap().cut_to_price, 100);

    let m = fv::ListStockMerchants {
        stock_id: "9865000".into(),
        offset: 10,
        limit: 10,
        stock_creator_mchid: "9856888".into(),
    };
    assert_eq!(
        wire(&m),
        (
            "/v3/marketing/favor/stocks/9865000/merchants".into(),
            Some("offset=10&limit=10&stock_creator_mchid=9856888".into()),
            None
        )
    );
    assert_eq!(
        decodes::<fv::ListStockMerchants>("favor_list_stock_merchants.json").data,
        vec!["1232001", "1232002"]
    );
    let i = fv::ListStockItems {
        stock_id: "9865000".into(),
        stock_creator_mchid: "9856888".into(),
        offset: 10,
        limit: 10,
    };
    assert_eq!(
        wire(&i),
        (
            "/v3/marketing/favor/stocks/9865000/items".into(),
            Some("stock_creator_mchid=9856888&offset=10&limit=10".into()),
            None
        )
    );
    assert_eq!(
        decodes::<fv::ListStockItems>("favor_list_stock_items.json").total_count,
        20
    );

    let u = fv::DownloadStockUseFlow {
        stock_id: "9865000".into(),
    };
    assert_eq!(
        wire(&u),
        (
            "/v3/marketing/favor/stocks/9865000/use-flow".into(),
            None,
            None
        )
    );
    assert_eq!(
        decodes::<fv::DownloadStockUseFlow>("favor_flow_file.json").hash_type,
        "SHA1"
    );
    let r = fv::DownloadStockRefundFlow {
        stock_id: "9865000".into(),
    };
    assert_eq!(
        wire(&r),
        (
            "/v3/marketing/favor/stocks/9865000/refund-flow".into(),
            None,
            None
        )
    );
    assert!(
        decodes::<fv::DownloadStockRefundFlow>("favor_flow_file.json")
            .url
            .starts_with("https://")
    );
}

#[test]
fn favor_coupons_on_the_wire() {
    let s = fv::SendCoupon {
        openid: "2323dfsdf342342".into(),
        stock_id: "9856000".into(),
        out_request_no: "89560002019101000121".into(),
        appid: "wx233544546545989".into(),
        stock_creator_mchid: "8956000".into(),
        coupon_value: None,
        coupon_minimum: None,
    };
    assert_eq!(
        wire(&s),
        (
            "/v3/marketing/favor/users/2323dfsdf342342/coupons".into(),
            None,
            Some(json!({
                "stock_id": "9856000",
                "out_request_no": "89560002019101000121",
                "appid": "wx233544546545989",
                "stock_creator_mchid": "8956000"
            }))
        )
    );
    assert_eq!(
        decodes::<fv::SendCoupon>("favor_send_coupon.json").coupon_id,
        "9867041"
    );

    let q = fv::QueryCoupon {
        openid: "2323dfsdf342342".into(),
        coupon_id: "9867041".into(),
        appid: "wx233544546545989".into(),
    };
    assert_eq!(
        wire(&q),
        (
            "/v3/marketing/favor/users/2323dfsdf342342/coupons/9867041".into(),
            Some("appid=wx233544546545989".into()),
            None
        )
    );
    let c = decodes::<fv::QueryCoupon>("favor_query_coupon.json");
    assert_eq!(c.status, fv::CouponStatus::Expired);
    assert_eq!(
        c.consume_information.unwrap().goods_detail.unwrap()[0].goods_id,
        "a_goods1"
    );

    let l = fv::ListUserCoupons {
        openid: "2323dfsdf342342".into(),
        appid: "wx233544546545989".into(),
        status: Some(fv::CouponStatus::Sended),
        available_mchid: Some("9856000".into()),
        limit: Some(10),
        ..Default::default()
    };
    assert_eq!(
        wire(&l),
        (
            "/v3/marketing/favor/users/2323dfsdf342342/coupons".into(),
            Some("appid=wx233544546545989&status=SENDED&available_mchid=9856000&limit=10".into()),
            None
        )
    );
    assert_eq!(
        decodes::<fv::ListUserCoupons>("favor_list_user_coupons.json").data[0].coupon_id,
        "9867041"
    );
}

#[test]
fn favor_callbacks_on_the_wire() {
    let s = fv::SetCallback {
        mchid: "9856888".into(),
        notify_url: "https://pay.weixin.qq.com".into(),
        switch: Some(true),
    };
    assert_eq!(
        wire(&s),
        (
            "/v3/marketing/favor/callbacks".into(),
            None,
            Some(
                json!({ "mchid": "9856888", "notify_url": "https://pay.weixin.qq.com", "switch": true })
            )
        )
    );
    assert_eq!(
        decodes::<fv::SetCallback>("favor_set_callback.json").notify_url,
        "https://pay.weixin.qq.com"
    );
    let q = fv::QueryCallback {
        mchid: "9856888".into(),
    };
    assert_eq!(
        wire(&q),
        (
            "/v3/marketing/favor/callbacks".into(),
            Some("mchid=9856888".into()),
            None
        )
    );
    assert_eq!(
        decodes::<fv::QueryCallback>("favor_query_callback.json").mchid,
        "9856888"
    );
}

// --- membercard-open (会员卡) ----------------------------------------------------------------

#[test]
fn membercard_templates_on_the_wire() {
    let c = mc::CreateCard {
        appid: "wxea9c30890f48d5ae".into(),
        logo_url: "https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0".into(),
        brand: mc::Brand {
            brand_id: "1004".into(),
            display_name: "微信支付".into(),
        },
        title: "微信支付测试卡".into(),
        background_picture_url: "https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0".into(),
        description: "使用须知".into(),
        service_phone: None,
        code_type: mc::CodeType::BarCode,
        total_quantity: Some(5_000_000),
        date_information: mc::DateInformation {
            kind: mc::DateType::FixTerm,
            available_begin_time: None,
            available_end_time: None,
            available_day_after_receive: Some(200),
            wait_days_after_receive: None,
        },
        code_mode: mc::CodeMode::SystemAllocate,
        need_display_level: Some(true),
        init_level: None,
        out_request_no: "100002322019090134234sfdf".into(),
        balance_information: None,
        user_information_form: Some(mc::UserInformationForm {
            can_modify_after_activate: None,
            common_field_list: Some(vec![mc::CommonField::Mobile]),
            custom_field_list: Some(vec![mc::CustomFieldDefinition {
                kind: mc::CustomFieldType::CheckBox,
                name: "喜欢的运动".into(),
                values: Some(vec!["篮球".into(), "足球".into()]),
            }]),
        }),
        additional_statement: None,
    };
    assert_eq!(
        wire(&c),
        (
            "/v3/marketing/membercard-open/cards".into(),
            None,
            Some(json!({
                "appid": "wxea9c30890f48d5ae",
                "logo_url": "https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0",
                "brand": { "brand_id": "1004", "display_name": "微信支付" },
                "title": "微信支付测试卡",
                "background_picture_url": "https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0",
                "description": "使用须知",
                "code_type": "BAR_CODE",
                "total_quantity": 5000000,
                "date_information": { "type": "FIX_TERM", "available_day_after_receive": 200 },
                "code_mode": "SYSTEM_ALLOCATE",
                "need_display_level": true,
                "out_request_no": "100002322019090134234sfdf",
                "user_information_form": {
                    "common_field_list": ["USER_FORM_FLAG_MOBILE"],
                    "custom_field_list": [
                        { "type": "CHECK_BOX", "name": "喜欢的运动", "values": ["篮球", "足球"] }
                    ]
                }
            }))
        )
    );
    let card = decodes::<mc::CreateCard>("membercard_card.json");
    assert_eq!(card.status, Some(mc::CardStatus::Approved));

    let l = mc::ListCards {
        brand_id: Some("1004".into()),
        appid: None,
        offset: 0,
        limit: 10,
    };
    assert_eq!(
        wire(&l),
        (
            "/v3/marketing/membercard-open/cards".into(),
            Some("brand_id=1004&offset=0&limit=10".into()),
            None
        )
    );
    assert_eq!(
        decodes::<mc::ListCards>("membercard_list_cards.json").data,
        vec![card.clone()]
    );

    let q = mc::QueryCard {
        card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
    };
    assert_eq!(
        wire(&q),
        (
            "/v3/marketing/membercard-open/cards/pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
            None,
            None
        )
    );
    assert_eq!(decodes::<mc::QueryCard>("membercard_card.json"), card);

    let u = mc::UpdateCard {
        card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
        title: Some("微信支付测试卡".into()),
        total_quantity: Some(100),
        ..Default::default()
    };
    assert_eq!(mc::UpdateCard::METHOD, Method::Patch);
    assert_eq!(
        wire(&u),
        (
            "/v3/marketing/membercard-open/cards/pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
            None,
            Some(json!({ "title": "微信支付测试卡", "total_quantity": 100 }))
        )
    );

    let d = mc::DeleteCard {
        card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
    };
    assert_eq!(mc::DeleteCard::METHOD, Method::Delete);
    assert_eq!(
        wire(&d),
        (
            "/v3/marketing/membercard-open/cards/pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
            None,
            None
        )
    );

    let qr = mc::CreateCardQrcode {
        card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
        activate_type: mc::ActivateType::JumpActivate,
        activate_url: Some("https://w.url.cn/s/Ahz3p2C".into()),
        activate_appid: None,
        activate_path: None,
        outer_str: Some("szwxtd".into()),
    };
    assert_eq!(
        wire(&qr),
        (
            "/v3/marketing/membercard-open/cards/pbLatjvWOibDc5-TBnbUk1pD12o0/qrcode".into(),
            None,
            Some(json!({
                "activate_type": "JUMP_ACTIVATE",
                "activate_url": "https://w.url.cn/s/Ahz3p2C",
                "outer_str": "szwxtd"
            }))
        )
    );
    assert_eq!(
        decodes::<mc::CreateCardQrcode>("membercard_card_qrcode.json").url,
        "https://w.url.cn/s/Ahz3p2C"
    );
}

#[test]
fn membercard_user_cards_on_the_wire() {
    let d = mc::DepositCodes {
        card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
        code: vec!["478515832665".into(), "478515832666".into()],
    };
    assert_eq!(
        wire(&d),
        (
            "/v3/marketing/membercard-open/cards/pbLatjvWOibDc5-TBnbUk1pD12o0/codes/deposit".into(),
            None,
            Some(json!({ "code": ["478515832665", "478515832666"] }))
        )
    );
    assert_eq!(
        decodes::<mc::DepositCodes>("membercard_deposit_codes.json").data[1].result,
        mc::DepositResultKind::Duplicate
    );

    let q = mc::QueryCardCode {
        card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
        code: "478515832665".into(),
    };
    assert_eq!(
        wire(&q),
        (
            "/v3/marketing/membercard-open/cards/pbLatjvWOibDc5-TBnbUk1pD12o0/codes/478515832665"
                .into(),
            None,
            None
        )
    );
    let code = decodes::<mc::QueryCardCode>("membercard_card_code.json");
    assert_eq!(code.balance, Some(888));
    assert_eq!(code.user_card_status, mc::UserCardStatus::Effective);

    let u = mc::UpdateCardCode {
        card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
        code: "478515832665".into(),
        level: Some("钻石会员".into()),
        out_request_no: Some("100002322019090134234sfdf".into()),
        balance_information: Some(mc::BalanceChange {
            before_balance: 888,
            balance: 988,
            add_balance: 100,
            balance_remark: None,
        }),
        ..Default::default()
    };
    assert_eq!(
        wire(&u),
        (
            "/v3/marketing/membercard-open/cards/pbLatjvWOibDc5-TBnbUk1pD12o0/codes/478515832665"
                .into(),
            None,
            Some(json!({
                "level": "钻石会员",
                "out_request_no": "100002322019090134234sfdf",
                "balance_information": { "before_balance": 888, "balance": 988, "add_balance": 100 }
            }))
        )
    );

    let l = mc::ListUserCards {
        openid: "obLatjnx9gnqzS4myYGmLZ7LgLBA".into(),
        appid: Some("wxea9c30890f48d5ae".into()),
        offset: 0,
        limit: 20,
    };
    assert_eq!(
        wire(&l),
        (
            "/v3/marketing/membercard-open/user/cards".into(),
            Some(
                "openid=obLatjnx9gnqzS4myYGmLZ7LgLBA&appid=wxea9c30890f48d5ae&offset=0&limit=20"
                    .into()
            ),
            None
        )
    );
    assert_eq!(
        decodes::<mc::ListUserCards>("membercard_user_cards.json").data[0].code,
        "478515832665"
    );

    let a = mc::QueryActivateInformation {
        activate_ticket: "abcdefg".into(),
    };
    assert_eq!(
        wire(&a),
        (
            "/v3/marketing/membercard-open/activate-informations/abcdefg".into(),
            None,
            None
        )
    );
    let info = decodes::<mc::QueryActivateInformation>("membercard_activate_information.json");
    assert_eq!(
        info.user_information.unwrap().common_field_list.unwrap()[0].name,
        mc::CommonField::City
    );
}

// --- brand card-member (品牌会员卡) -----------------------------------------------------------

#[test]
fn brand_user_cards_on_the_wire() {
    let q = brand::QueryUserCard {
        user_card_code: "478515832665".into(),
        brand_id: "1004".into(),
        card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
        openid: "obLatjnx9gnqzS4myYGmLZ7LgLBA".into(),
    };
    assert_eq!(
        wire(&q),
        (
            "/v3/brand/partner/card-member/user-cards/478515832665".into(),
            Some("brand_id=1004&card_id=pbLatjvWOibDc5-TBnbUk1pD12o0&openid=obLatjnx9gnqzS4myYGmLZ7LgLBA".into()),
            None
        )
    );
    let card = decodes::<brand::QueryUserCard>("brand_user_card.json");
    assert_eq!(card.user_card_state, brand::UserCardState::Effective);
    assert_eq!(
        card.user_information
            .as_ref()
            .unwrap()
            .custom_field_list
            .as_ref()
            .unwrap()[0]
            .name,
        "喜欢的运动"
    );

    let info = brand::UserInfoInput {
        common_field_list: Some(vec![brand::UserInfoCommonFieldInput {
            name: brand::CommonFieldFlag::Name,
            value: Some(wxpay::Sensitive::new("张三")),
        }]),
        custom_field_list: Some(vec![brand::UserInfoCustomFieldInput {
            name: "喜欢的运动".into(),
            user_chosen_values: Some(vec![wxpay::Sensitive::new("篮球")]),
        }]),
    };
    let u = brand::UpdateUserCard {
        user_card_code: "478515832665".into(),
        brand_id: Some("1004".into()),
        phone_number: Some("13800138000".into()),
        level: Some("钻石会员".into()),
        user_information: Some(info.clone()),
        card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
        ..Default::default()
    };
    assert_eq!(brand::UpdateUserCard::METHOD, Method::Patch);
    assert_eq!(
        wire(&u),
        (
            "/v3/brand/partner/card-member/user-cards/478515832665".into(),
            None,
            Some(json!({
                "brand_id": "1004",
                "phone_number": "enc(13800138000)",
                "level": "钻石会员",
                "user_information": {
                    "common_field_list": [{ "name": "USER_FORM_FLAG_NAME", "value": "enc(张三)" }],
                    "custom_field_list": [{ "name": "喜欢的运动", "user_chosen_values": ["enc(篮球)"] }]
                },
                "card_id": "pbLatjvWOibDc5-TBnbUk1pD12o0"
            }))
        )
    );
    // Without an encryptor, the sensitive values cannot leave at all.
    assert!(u.body(&wxpay::NoEncryption).is_err());
    assert_eq!(
        decodes::<brand::UpdateUserCard>("brand_user_card.json"),
        card
    );

    let l = brand::ListUserCards {
        brand_id: "1004".into(),
        openid: "obLatjnx9gnqzS4myYGmLZ7LgLBA".into(),
        user_card_state: Some(brand::UserCardState::Effective),
        offset: 0,
        limit: 20,
    };
    assert_eq!(
        wire(&l),
        (
            "/v3/brand/partner/card-member/user-cards".into(),
            Some("brand_id=1004&openid=obLatjnx9gnqzS4myYGmLZ7LgLBA&user_card_state=EFFECTIVE&offset=0&limit=20".into()),
            None
        )
    );
    assert_eq!(
        decodes::<brand::ListUserCards>("brand_user_card_list.json").data,
        vec![card.clone()]
    );

    let c = brand::ConfirmUserCard {
        user_card_code: "478515832665".into(),
        brand_id: "1004".into(),
        openid: "obLatjnx9gnqzS4myYGmLZ7LgLBA".into(),
        card_color: None,
        card_picture_url: None,
        phone_number: None,
        level: None,
        valid_date_information: Some(brand::DateInfo {
            kind: brand::DateType::Permanent,
            available_begin_time: None,
            available_end_time: None,
            available_day_after_receive: None,
        }),
        user_information: None,
        attach: Some("自定义数据说明".into()),
        user_card_confirm_state: brand::ConfirmState::Success,
        card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
    };
    assert_eq!(
        wire(&c),
        (
            "/v3/brand/partner/card-member/user-cards/478515832665/confirm".into(),
            None,
            Some(json!({
                "brand_id": "1004",
                "openid": "obLatjnx9gnqzS4myYGmLZ7LgLBA",
                "valid_date_information": { "type": "PERMANENT" },
                "attach": "自定义数据说明",
                "user_card_confirm_state": "CREATE_CARD_SUCCESS",
                "card_id": "pbLatjvWOibDc5-TBnbUk1pD12o0"
            }))
        )
    );
    assert_eq!(
        decodes::<brand::ConfirmUserCard>("brand_user_card.json"),
        card
    );

    let i = brand::ImportUserCardByOpenid {
        brand_id: "1004".into(),
        card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
        openid: "obLatjnx9gnqzS4myYGmLZ7LgLBA".into(),
        user_card_code: "478515832665".into(),
        phone_number: Some("13800138000".into()),
        user_information: None,
        pickup_time: "2020-05-20T13:29:35.120+08:00".into(),
        card_color: None,
        card_picture_url: None,
        level: Some("钻石会员".into()),
        valid_date_information: None,
    };
    assert_eq!(
        wire(&i),
        (
            "/v3/brand/partner/card-member/user-cards/import-by-openid".into(),
            None,
            Some(json!({
                "brand_id": "1004",
                "card_id": "pbLatjvWOibDc5-TBnbUk1pD12o0",
                "openid": "obLatjnx9gnqzS4myYGmLZ7LgLBA",
                "user_card_code": "478515832665",
                "phone_number": "enc(13800138000)",
                "pickup_time": "2020-05-20T13:29:35.120+08:00",
                "level": "钻石会员"
            }))
        )
    );
    assert_eq!(
        decodes::<brand::ImportUserCardByOpenid>("brand_user_card.json"),
        card
    );
}

#[test]
fn brand_card_templates_on_the_wire() {
    let q = brand::QueryCardTemplate {
        card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
        brand_id: "1004".into(),
    };
    assert_eq!(
        wire(&q),
        (
            "/v3/brand/partner/card-member/cards/pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
            Some("brand_id=1004".into()),
            None
        )
    );
    let t = decodes::<brand::QueryCardTemplate>("brand_card_template.json");
    assert_eq!(t.state, brand::CardTemplateState::Effective);
    assert_eq!(t.code_type, brand::TemplateCodeType::BarCodeAndQrCode);
    assert_eq!(t.purchase_information.as_ref().unwrap().price, Some(100));

    let u = brand::UpdateCardTemplate {
        card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
        brand_id: "1004".into(),
        card_title: Some("测试卡".into()),
        need_pinned: Some(true),
        member_information: Some(brand::JumpInformation {
            jump_appid: Some("wxea9c30a90fs8d3fe".into()),
            jump_path: Some("/pages/points/points".into()),
        }),
        ..Default::default()
    };
    assert_eq!(
        wire(&u),
        (
            "/v3/brand/partner/card-member/cards/pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
            None,
            Some(json!({
                "brand_id": "1004",
                "card_title": "测试卡",
                "need_pinned": true,
                "member_information": {
                    "jump_appid": "wxea9c30a90fs8d3fe",
                    "jump_path": "/pages/points/points"
                }
            }))
        )
    );
    assert_eq!(
        decodes::<brand::UpdateCardTemplate>("brand_card_template.json"),
        t
    );

    let i = brand::InvalidateCardTemplate {
        card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
        brand_id: "1004".into(),
    };
    assert_eq!(
        wire(&i),
        (
            "/v3/brand/partner/card-member/cards/pbLatjvWOibDc5-TBnbUk1pD12o0/invalidate".into(),
            None,
            Some(json!({ "brand_id": "1004" }))
        )
    );
    assert_eq!(
        decodes::<brand::InvalidateCardTemplate>("brand_card_template.json"),
        t
    );
}

#[test]
fn unknown_enum_values_still_decode() {
    let mut v: Value = fixture("favor_query_stock.json");
    v["status"] = json!("archived");
    let s: fv::Stock = serde_json::from_value(v).unwrap();
    assert_eq!(s.status, fv::StockStatus::Other("archived".into()));
    let mut v: Value = fixture("busifavor_query_user_coupon.json");
    v["coupon_state"] = json!("FROZEN");
    let c: bf::UserCoupon = serde_json::from_value(v).unwrap();
    assert_eq!(c.coupon_state, bf::CouponState::Other("FROZEN".into()));
}

// --- end to end against the sandbox ------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn busifavor_stock_and_redemption_against_the_sandbox() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();

    let created = client
        .send(&busifavor_create_stock("sandbox-stock-1"))
        .await
        .unwrap();
    // The request number makes creation idempotent.
    let again = client
        .send(&busifavor_create_stock("sandbox-stock-1"))
        .await
        .unwrap();
    assert_eq!(again, created);

    let stock = client
        .send(&bf::QueryStock {
            stock_id: created.stock_id.clone(),
        })
        .await
        .unwrap();
    assert_eq!(stock.stock_id, created.stock_id);
    assert_eq!(stock.stock_state, bf::StockState::Running);
    assert_eq!(stock.coupon_use_rule, busifavor_use_rule());

    let err = client
        .send(&bf::QueryStock {
            stock_id: "404".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(err.as_api().unwrap().code, "RESOURCE_NOT_EXISTS");

    let redeem = |request_no: &str| bf::UseCoupon {
        coupon_code: "sxxe34343434".into(),
        stock_id: Some(created.stock_id.clone()),
        appid: "wx1234567889999".into(),
        use_time: "2015-05-20T13:29:35+08:00".into(),
        use_request_no: request_no.into(),
        openid: Some("xsd3434454567676".into()),
        out_trade_no: None,
        mch_id: None,
        transaction_id: None,
    };
    let used = client.send(&redeem("use-1")).await.unwrap();
    assert_eq!(used.openid, "xsd3434454567676");
    assert_eq!(client.send(&redeem("use-1")).await.unwrap(), used);
    let err = client.send(&redeem("use-2")).await.unwrap_err();
    assert_eq!(
        (
            err.as_api().unwrap().status,
            err.as_api().unwrap().code.as_str()
        ),
        (400, "INVALID_REQUEST")
    );

    // A required field left out is a PARAM_ERROR naming it.
    let mut bad = busifavor_create_stock("sandbox-stock-2");
    bad.stock_name = String::new();
    let err = client.send(&bad).await.unwrap_err();
    assert_eq!(err.as_api().unwrap().code, "PARAM_ERROR");
    assert_eq!(sandbox.side_effects(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn busifavor_deactivated_coupon_cannot_be_redeemed_in_the_sandbox() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    client
        .send(&bf::DeactivateCoupon {
            coupon_code: "deadbeef01".into(),
            stock_id: "1234567891".into(),
            deactivate_request_no: "deactivate-1".into(),
            deactivate_reason: None,
        })
        .await
        .unwrap();
    let err = client
        .send(&bf::UseCoupon {
            coupon_code: "deadbeef01".into(),
            stock_id: Some("1234567891".into()),
            appid: "wx1234567889999".into(),
            use_time: "2015-05-20T13:29:35+08:00".into(),
            use_request_no: "use-after-deactivate".into(),
            openid: None,
            out_trade_no: None,
            mch_id: None,
            transaction_id: None,
        })
        .await
        .unwrap_err();
    assert_eq!(err.as_api().unwrap().code, "INVALID_REQUEST");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn favor_send_and_query_against_the_sandbox() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let send = fv::SendCoupon {
        openid: "2323dfsdf342342".into(),
        stock_id: "9856000".into(),
        out_request_no: "89560002019101000121".into(),
        appid: "wx233544546545989".into(),
        stock_creator_mchid: "8956000".into(),
        coupon_value: Some(500),
        coupon_minimum: Some(1000),
    };
    let sent = client.send(&send).await.unwrap();
    assert_eq!(client.send(&send).await.unwrap(), sent, "idempotent");

    let coupon = client
        .send(&fv::QueryCoupon {
            openid: "2323dfsdf342342".into(),
            coupon_id: sent.coupon_id.clone(),
            appid: "wx233544546545989".into(),
        })
        .await
        .unwrap();
    assert_eq!(coupon.coupon_id, sent.coupon_id);
    assert_eq!(coupon.stock_id, "9856000");
    assert_eq!(coupon.status, fv::CouponStatus::Sended);
    assert_eq!(
        coupon.normal_coupon_information,
        Some(fv::FixedNormalCoupon {
            coupon_amount: 500,
            transaction_minimum: 1000
        })
    );

    // Another user's openid does not see it.
    let err = client
        .send(&fv::QueryCoupon {
            openid: "someone-else".into(),
            coupon_id: sent.coupon_id,
            appid: "wx233544546545989".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(err.as_api().unwrap().status, 404);
    assert_eq!(sandbox.side_effects(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn membercard_update_and_query_against_the_sandbox() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let update = |before: i64, add: i64| mc::UpdateCardCode {
        card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
        code: "478515832665".into(),
        level: Some("钻石会员".into()),
        balance_information: Some(mc::BalanceChange {
            before_balance: before,
            balance: before + add,
            add_balance: add,
            balance_remark: Some("充值".into()),
        }),
        ..Default::default()
    };
    client.send(&update(0, 1000)).await.unwrap();
    // A stale before_balance is refused.
    let err = client.send(&update(0, 1000)).await.unwrap_err();
    assert_eq!(err.as_api().unwrap().code, "INVALID_REQUEST");

    let query = mc::QueryCardCode {
        card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
        code: "478515832665".into(),
    };
    let card = client.send(&query).await.unwrap();
    assert_eq!(card.balance, Some(1000));
    assert_eq!(card.level.as_deref(), Some("钻石会员"));
    assert_eq!(card.user_card_status, mc::UserCardStatus::Effective);

    // Made unavailable through the seed endpoint, the card reads UNAVAILABLE.
    client
        .send(&mc::MakeCardCodeUnavailable {
            card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
            code: "478515832665".into(),
            reason: None,
        })
        .await
        .unwrap();
    let card = client.send(&query).await.unwrap();
    assert_eq!(card.user_card_status, mc::UserCardStatus::Unavailable);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn brand_user_card_query_against_the_sandbox() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let query = brand::QueryUserCard {
        user_card_code: "478515832665".into(),
        brand_id: "1004".into(),
        card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
        openid: "obLatjnx9gnqzS4myYGmLZ7LgLBA".into(),
    };
    let card = client.send(&query).await.unwrap();
    assert_eq!(card.user_card_state, brand::UserCardState::Effective);
    let phone = client.decrypt(card.phone_number.as_ref().unwrap()).unwrap();
    assert_eq!(phone.as_str(), "13800138000");

    client
        .send(&brand::InvalidateUserCard {
            user_card_code: "478515832665".into(),
            brand_id: "1004".into(),
            card_id: "pbLatjvWOibDc5-TBnbUk1pD12o0".into(),
            openid: "obLatjnx9gnqzS4myYGmLZ7LgLBA".into(),
            invalid_reason: Some("用户注销".into()),
        })
        .await
        .unwrap();
    let card = client.send(&query).await.unwrap();
    assert_eq!(card.user_card_state, brand::UserCardState::Invalid);
    assert_eq!(card.invalid_reason.as_deref(), Some("用户注销"));

    let err = client
        .send(&brand::QueryUserCard {
            openid: "someone-else".into(),
            ..query
        })
        .await
        .unwrap_err();
    assert_eq!(err.as_api().unwrap().code, "PARAM_ERROR");
}
