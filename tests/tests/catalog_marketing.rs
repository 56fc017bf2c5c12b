//! The marketing catalog: merchant coupons (`busifavor`), cash coupons (`favor`), membership
//! cards (`membercard-open`) and brand membership cards (`brand/partner/card-member`).
//!
//! What each request puts on the wire, and that the description's example answers decode, is
//! checked for every endpoint by `catalog_generated.rs`. Here: the recorded answer fixtures under
//! `fixtures/catalog/marketing/` decode into their answer models, unknown enum values still
//! decode, and one stateful flow per product module runs end to end against the sandbox.

use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use wxpay::brand::card_member as brand;
use wxpay::marketing::busifavor as bf;
use wxpay::marketing::favor as fv;
use wxpay::marketing::membercard_open as mc;
use wxpay::sandbox::Sandbox;
use wxpay::{Endpoint, Method};

// --- helpers -------------------------------------------------------------------------------

fn fixture<T: DeserializeOwned>(name: &str) -> T {
    let path = format!(
        "{}/fixtures/catalog/marketing/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name} does not decode: {e}"))
}

fn fixture_value(name: &str) -> Value {
    fixture(name)
}

/// The JSON pointer of `path` in the first element of every array on it.
fn first(path: &[&str]) -> String {
    path.iter()
        .map(|k| {
            if *k == "*" {
                "/0".to_owned()
            } else {
                format!("/{k}")
            }
        })
        .collect()
}

/// A busifavor user-coupon fixture, checked to carry `available_week.week_day` and
/// `available_day_time` as arrays (the answer model types them as `Vec`).
fn busifavor_user_coupon_value(name: &str, under: &[&str]) -> Value {
    let v = fixture_value(name);
    let week = [
        under,
        &["coupon_use_rule", "coupon_available_time", "available_week"],
    ]
    .concat();
    for field in ["week_day", "available_day_time"] {
        let at = format!("{}/{field}", first(&week));
        assert!(v.pointer(&at).is_some_and(Value::is_array), "{name}{at}");
    }
    v
}

/// A favor stock fixture, checked to carry `stock_use_rule.goods_tag` / `trade_type` as string
/// arrays (the answer model types them as `Vec<String>`).
fn favor_stock_value(name: &str, under: &[&str]) -> Value {
    let v = fixture_value(name);
    for field in ["goods_tag", "trade_type"] {
        let path = [under, &["stock_use_rule", field]].concat();
        let at = first(&path);
        assert!(v.pointer(&at).is_some_and(Value::is_array), "{name}{at}");
    }
    v
}

fn decode<T: DeserializeOwned>(v: Value, name: &str) -> T {
    serde_json::from_value(v).unwrap_or_else(|e| panic!("{name} does not decode: {e}"))
}

// --- busifavor (商家券) ----------------------------------------------------------------------

fn busifavor_create_stock(out_request_no: &str) -> bf::CreateStock {
    bf::CreateStock::new(
        "8月1日活动券",
        "10000022",
        "xxx商品使用",
        bf::StockType::Normal,
        bf::CreateStockCouponUseRule::new(
            bf::CreateStockCouponUseRuleCouponAvailableTime::new(
                "2015-05-20T13:29:35+08:00",
                "2015-05-21T13:29:35+08:00",
            )
            .available_day_after_receive(3)
            .available_week(
                bf::CreateStockCouponUseRuleCouponAvailableTimeAvailableWeek::new()
                    .week_day(vec![1, 2])
                    .available_day_time(vec![
                        bf::CreateStockCouponUseRuleCouponAvailableTimeAvailableWeekAvailableDayTime::new()
                            .begin_time(3600)
                            .end_time(86399),
                    ]),
            ),
            bf::UseMethod::OffLine,
        )
        .fixed_normal_coupon(bf::CreateStockCouponUseRuleFixedNormalCoupon::new(5, 100)),
        bf::CreateStockStockSendRule::new(5)
            .max_coupons(100)
            .natural_person_limit(false),
        out_request_no,
        bf::CouponCodeMode::WechatpayMode,
    )
    .comment("活动使用")
    .display_pattern_info(
        bf::CreateStockDisplayPatternInfo::new()
            .description("xxx门店可用")
            .background_color(bf::BackgroundColor::Color020),
    )
}

#[test]
fn busifavor_stock_answers_decode() {
    let r: bf::CreateStockResponse = fixture("busifavor_create_stock.json");
    assert_eq!(r.stock_id, "98065001");

    let s: bf::Stock = fixture("busifavor_query_stock.json");
    assert_eq!(s.stock_state, bf::StockState::Running);
    assert_eq!(s.coupon_code_mode, bf::CouponCodeMode::MerchantUpload);
    assert_eq!(s.coupon_code_count.unwrap().available_count, 50);
    let week = s
        .coupon_use_rule
        .coupon_available_time
        .available_week
        .unwrap();
    assert_eq!(week.week_day, Some(vec![1, 2]));
    let day_time = &week.available_day_time.unwrap()[0];
    assert_eq!(
        (day_time.begin_time, day_time.end_time),
        (Some(3600), Some(86399))
    );

    let b: bf::ModifyStockBudgetResponse = fixture("busifavor_modify_stock_budget.json");
    assert_eq!((b.max_coupons, b.max_coupons_by_day), (300, Some(100)));

    let u: bf::UploadCouponCodesResponse = fixture("busifavor_upload_coupon_codes.json");
    assert_eq!(u.fail_codes.unwrap()[0].code, "LENGTH_LIMIT");
    assert_eq!(u.duplicate_codes, Some(vec!["AACC2345".to_owned()]));
}

#[test]
fn busifavor_coupon_answers_decode() {
    let used: bf::UseCouponResponse = fixture("busifavor_use_coupon.json");
    assert_eq!(used.openid, "dsadas34345454545");

    let name = "busifavor_list_user_coupons.json";
    let list: bf::UserCouponList = decode(busifavor_user_coupon_value(name, &["data", "*"]), name);
    // Compared by wire value: the state enum of the user-coupon answers is regenerated by name.
    assert_eq!(
        list.data.unwrap()[0]
            .coupon_state
            .as_ref()
            .map(|s| s.as_str()),
        Some("SENDED")
    );

    let name = "busifavor_query_user_coupon.json";
    let c: bf::UserCoupon = decode(busifavor_user_coupon_value(name, &[]), name);
    assert_eq!(c.use_request_no.as_deref(), Some("MCHUSE202003101234"));
    assert_eq!(c.coupon_state.as_ref().map(|s| s.as_str()), Some("SENDED"));
    let week = c
        .coupon_use_rule
        .coupon_available_time
        .available_week
        .as_ref()
        .unwrap();
    assert_eq!(week.week_day, Some(vec![1, 2]));
    assert_eq!(
        week.available_day_time.as_ref().unwrap()[0].end_time,
        Some(86399)
    );

    let a: bf::AssociateCouponResponse = fixture("busifavor_associate_coupon.json");
    assert!(a.wechatpay_associate_time.starts_with("2015-05-20"));
    let d: bf::DisassociateCouponResponse = fixture("busifavor_disassociate_coupon.json");
    assert!(d.wechatpay_disassociate_time.starts_with("2015-05-20"));
    let r: bf::ReturnCouponResponse = fixture("busifavor_return_coupon.json");
    assert_eq!(r.wechatpay_return_time, "2020-05-20T13:29:35+08:00");
    let s: bf::SendConsumeCardResponse = fixture("busifavor_send_consume_card.json");
    assert_eq!(s.card_code, "198555211279");
}

#[test]
fn busifavor_callback_answers_decode() {
    let s: bf::SetCallbackResponse = fixture("busifavor_set_callback.json");
    assert_eq!(s.mchid, "10000098");
    assert_eq!(s.update_time.as_deref(), Some("2015-05-20T13:29:35+08:00"));
    let q: bf::Callback = fixture("busifavor_query_callback.json");
    assert_eq!(q.notify_url, "https://pay.weixin.qq.com");
}

#[test]
fn busifavor_subsidy_answers_decode() {
    let receipt: bf::SubsidyPayReceipt = fixture("busifavor_subsidy_pay_receipt.json");
    assert_eq!(receipt.status, "SUCCESS");
    assert_eq!(receipt.amount, 100);
    assert_eq!(receipt.out_subsidy_no, "subsidy-abcd-12345678");

    let list: bf::SubsidyPayReceiptList = fixture("busifavor_list_subsidy_pay_receipts.json");
    let listed = list.pay_receipt_list.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].subsidy_receipt_id, receipt.subsidy_receipt_id);
    assert_eq!(listed[0].success_time, receipt.success_time);

    let ret: bf::SubsidyReturnReceipt = fixture("busifavor_subsidy_return_receipt.json");
    assert_eq!(ret.subsidy_receipt_id, "1120200119165100000000000001");
    assert_eq!(
        ret.subsidy_return_receipt_id.as_deref(),
        Some("2120200119165100000000000001")
    );
    assert_eq!(ret.refund_id, "50100506732021010105138718375");
}

// --- favor (代金券) --------------------------------------------------------------------------

#[test]
fn favor_stock_answers_decode() {
    let c: fv::CreateStockResponse = fixture("favor_create_stock.json");
    assert_eq!(c.stock_id, "98065001");
    let start: fv::StartStockResponse = fixture("favor_start_stock.json");
    assert_eq!(start.stock_id, "9865000");
    let pause: fv::PauseStockResponse = fixture("favor_pause_stock.json");
    assert_eq!(pause.pause_time, "2015-05-20T13:29:35.120+08:00");
    let restart: fv::RestartStockResponse = fixture("favor_restart_stock.json");
    assert_eq!(restart.restart_time, "2015-05-20T13:29:35.120+08:00");

    let name = "favor_list_stocks.json";
    let list: fv::StockList = decode(favor_stock_value(name, &["data", "*"]), name);
    let first = &list.data.unwrap()[0];
    assert_eq!(first.status, Some(fv::ListStocksStatus::Paused));
    assert_eq!(
        first.stock_use_rule.as_ref().unwrap().max_coupons_per_user,
        3
    );

    let name = "favor_query_stock.json";
    let s: fv::Stock = decode(favor_stock_value(name, &[]), name);
    assert_eq!(s.distributed_coupons, Some(100));
    let rule = s.stock_use_rule.as_ref().unwrap();
    assert_eq!(
        rule.trade_type,
        Some(vec!["MICROAPP".to_owned(), "APPPAY".to_owned()])
    );
    assert_eq!(rule.goods_tag.as_ref().map(Vec::len), Some(2));
    assert_eq!(s.cut_to_message.unwrap().cut_to_price, Some(100));

    let m: fv::StockMerchantList = fixture("favor_list_stock_merchants.json");
    assert_eq!(
        m.data,
        Some(vec!["1232001".to_owned(), "1232002".to_owned()])
    );
    let i: fv::StockItemList = fixture("favor_list_stock_items.json");
    assert_eq!(i.total_count, 20);

    let f: fv::FlowFile = fixture("favor_flow_file.json");
    assert_eq!(f.hash_type, "SHA1");
    assert!(f.url.starts_with("https://"));
}

#[test]
fn favor_coupon_answers_decode() {
    let s: fv::SendCouponResponse = fixture("favor_send_coupon.json");
    assert_eq!(s.coupon_id, "9867041");

    let c: fv::Coupon = fixture("favor_query_coupon.json");
    assert_eq!(c.status, Some(fv::CouponStatus::Expired));
    assert_eq!(
        c.consume_information.unwrap().goods_detail.unwrap()[0]
            .goods_id
            .as_deref(),
        Some("a_goods1")
    );

    let l: fv::CouponList = fixture("favor_list_user_coupons.json");
    assert_eq!(l.data.unwrap()[0].coupon_id.as_deref(), Some("9867041"));

    let s: fv::SetCallbackResponse = fixture("favor_set_callback.json");
    assert_eq!(s.notify_url, "https://pay.weixin.qq.com");
    let q: fv::Callback = fixture("favor_query_callback.json");
    assert_eq!(q.mchid, "9856888");
}

// --- membercard-open (会员卡) ----------------------------------------------------------------

#[test]
fn membercard_answers_decode() {
    let card: mc::Card = fixture("membercard_card.json");
    assert_eq!(card.status, Some(mc::CardStatus::Approved));
    assert_eq!(card.brand.brand_id, "1004");

    let list: mc::CardList = fixture("membercard_list_cards.json");
    let listed = list.data.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].card_id, card.card_id);
    assert_eq!(listed[0].title, card.title);

    let qr: mc::CardQrcode = fixture("membercard_card_qrcode.json");
    assert_eq!(qr.url, "https://w.url.cn/s/Ahz3p2C");

    let d: mc::DepositCodesResponse = fixture("membercard_deposit_codes.json");
    assert_eq!(
        d.data.unwrap()[1].result,
        Some(mc::DepositCodesResponseDataResult::Duplicate)
    );

    let code: mc::CardCode = fixture("membercard_card_code.json");
    assert_eq!(code.balance, Some(888));
    assert_eq!(code.user_card_status, Some(mc::UserCardStatus::Effective));

    let u: mc::UserCardList = fixture("membercard_user_cards.json");
    assert_eq!(u.data.unwrap()[0].code.as_deref(), Some("478515832665"));

    let info: mc::ActivateInformation = fixture("membercard_activate_information.json");
    let fields = info.user_information.unwrap();
    assert_eq!(
        fields.common_field_list.unwrap()[0].name,
        Some(mc::CommonFieldList::UserFormFlagCity)
    );
    assert_eq!(
        fields.custom_field_list.unwrap()[0]
            .value_list
            .as_ref()
            .map(Vec::len),
        Some(3)
    );
}

// --- brand card-member (品牌会员卡) -----------------------------------------------------------

#[test]
fn brand_user_card_answers_decode() {
    let card: brand::UserCard = fixture("brand_user_card.json");
    assert_eq!(card.user_card_state, brand::UserCardState::Effective);
    assert_eq!(
        card.user_information
            .as_ref()
            .unwrap()
            .custom_field_list
            .as_ref()
            .unwrap()[0]
            .name
            .as_deref(),
        Some("喜欢的运动")
    );

    let list: brand::UserCardList = fixture("brand_user_card_list.json");
    let listed = list.data.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].user_card_code, card.user_card_code);
    assert_eq!(listed[0].user_card_state, card.user_card_state);
}

#[test]
fn brand_card_template_answers_decode() {
    let t: brand::CardTemplate = fixture("brand_card_template.json");
    assert_eq!(t.state, brand::CardTemplateState::CardEffective);
    assert_eq!(t.code_type, brand::CodeType::BarCodeAndQrCode);
    let price = t.purchase_information.unwrap().price;
    assert_eq!(price.and_then(|p| p.as_f64()), Some(100.0));
    assert_eq!(t.update_time, "2015-05-20T13:29:35.120+08:00");

    let i: brand::InvalidateCardTemplateResponse = fixture("brand_card_template.json");
    assert_eq!(i.out_request_no, "100002322019090134234sfdf");
    assert_eq!(
        i.member_information.jump_path.as_deref(),
        Some("/pages/points/points")
    );
}

#[test]
fn brand_sensitive_fields_need_an_encryptor() {
    // The phone number is encrypted for WeChat Pay while the body is built: without an
    // encryptor the body cannot be built at all, so the plaintext never leaves.
    let update = brand::UpdateUserCard::new(
        "478515832665",
        "pbLatjvWOibDc5-TBnbUk1pD12o0",
        "obLatjnx9gnqzS4myYGmLZ7LgLBA",
    )
    .phone_number("13800138000");
    assert!(update.body(&wxpay::NoEncryption).is_err());
    let without = brand::UpdateUserCard::new(
        "478515832665",
        "pbLatjvWOibDc5-TBnbUk1pD12o0",
        "obLatjnx9gnqzS4myYGmLZ7LgLBA",
    )
    .level("钻石会员");
    assert!(without.body(&wxpay::NoEncryption).is_ok());
}

#[test]
fn methods_follow_the_description() {
    // catalog_generated.rs checks path, query and body; the verb is checked here for the
    // endpoints that are neither GET nor POST.
    assert_eq!(bf::UpdateStock::METHOD, Method::Patch);
    assert_eq!(bf::UpdateStockBudget::METHOD, Method::Patch);
    assert_eq!(mc::UpdateCard::METHOD, Method::Patch);
    assert_eq!(mc::UpdateCardCode::METHOD, Method::Patch);
    assert_eq!(mc::DeleteCard::METHOD, Method::Delete);
    assert_eq!(brand::UpdateUserCard::METHOD, Method::Patch);
    assert_eq!(brand::UpdateCardTemplate::METHOD, Method::Patch);
    assert_eq!(bf::CreateStock::METHOD, Method::Post);
    assert_eq!(fv::QueryStock::METHOD, Method::Get);
}

#[test]
fn unknown_enum_values_still_decode() {
    let mut v = favor_stock_value("favor_query_stock.json", &[]);
    v["status"] = json!("archived");
    let s: fv::Stock = serde_json::from_value(v).unwrap();
    assert_eq!(
        s.status,
        Some(fv::ListStocksStatus::Other("archived".into()))
    );
    let mut v = busifavor_user_coupon_value("busifavor_query_user_coupon.json", &[]);
    v["coupon_state"] = json!("FROZEN");
    let c: bf::UserCoupon = serde_json::from_value(v).unwrap();
    // Kept as sent, in the `Other` variant (named through Debug: the enum's name is generated).
    assert_eq!(format!("{:?}", c.coupon_state), r#"Some(Other("FROZEN"))"#);
    assert_eq!(bf::CouponState::from("FROZEN").as_str(), "FROZEN");
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
    assert_eq!(
        (again.stock_id.as_str(), again.create_time.as_str()),
        (created.stock_id.as_str(), created.create_time.as_str())
    );

    let stock = client
        .send(&bf::QueryStock::new(created.stock_id.clone()))
        .await
        .unwrap();
    assert_eq!(stock.stock_id, created.stock_id);
    assert_eq!(stock.stock_state, bf::StockState::Running);
    // The stored rule is the one sent.
    let rule = &stock.coupon_use_rule;
    assert_eq!(rule.use_method, bf::UseMethod::OffLine);
    let time = &rule.coupon_available_time;
    assert_eq!(
        (
            time.available_begin_time.as_str(),
            time.available_end_time.as_str()
        ),
        ("2015-05-20T13:29:35+08:00", "2015-05-21T13:29:35+08:00")
    );
    assert_eq!(time.available_day_after_receive, Some(3));
    let week = time.available_week.as_ref().unwrap();
    assert_eq!(week.week_day, Some(vec![1, 2]));
    let day_time = &week.available_day_time.as_ref().unwrap()[0];
    assert_eq!(
        (day_time.begin_time, day_time.end_time),
        (Some(3600), Some(86399))
    );
    let fixed = rule.fixed_normal_coupon.as_ref().unwrap();
    assert_eq!((fixed.discount_amount, fixed.transaction_minimum), (5, 100));
    assert!(rule.discount_coupon.is_none() && rule.exchange_coupon.is_none());
    assert_eq!(stock.stock_send_rule.max_coupons, Some(100));
    assert_eq!(stock.stock_send_rule.max_coupons_per_user, 5);

    let err = client.send(&bf::QueryStock::new("404")).await.unwrap_err();
    assert_eq!(err.as_api().unwrap().code, "RESOURCE_NOT_EXISTS");

    let redeem = |request_no: &str| {
        bf::UseCoupon::new(
            "sxxe34343434",
            "wx1234567889999",
            "2015-05-20T13:29:35+08:00",
            request_no,
        )
        .stock_id(created.stock_id.clone())
        .openid("xsd3434454567676")
    };
    let used = client.send(&redeem("use-1")).await.unwrap();
    assert_eq!(used.openid, "xsd3434454567676");
    assert_eq!(used.stock_id, created.stock_id);
    let replay = client.send(&redeem("use-1")).await.unwrap();
    assert_eq!(
        (replay.openid, replay.wechatpay_use_time),
        (used.openid, used.wechatpay_use_time)
    );
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
        .send(&bf::DeactivateCoupon::new(
            "deadbeef01",
            "1234567891",
            "deactivate-1",
        ))
        .await
        .unwrap();
    let err = client
        .send(
            &bf::UseCoupon::new(
                "deadbeef01",
                "wx1234567889999",
                "2015-05-20T13:29:35+08:00",
                "use-after-deactivate",
            )
            .stock_id("1234567891"),
        )
        .await
        .unwrap_err();
    assert_eq!(err.as_api().unwrap().code, "INVALID_REQUEST");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn favor_send_and_query_against_the_sandbox() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let send = fv::SendCoupon::new(
        "2323dfsdf342342",
        "9856000",
        "89560002019101000121",
        "wx233544546545989",
        "8956000",
    )
    .coupon_value(500)
    .coupon_minimum(1000);
    let sent = client.send(&send).await.unwrap();
    assert_eq!(
        client.send(&send).await.unwrap().coupon_id,
        sent.coupon_id,
        "idempotent"
    );

    let coupon = client
        .send(&fv::QueryCoupon::new(
            "2323dfsdf342342",
            sent.coupon_id.clone(),
            "wx233544546545989",
        ))
        .await
        .unwrap();
    assert_eq!(coupon.coupon_id.as_deref(), Some(sent.coupon_id.as_str()));
    assert_eq!(coupon.stock_id.as_deref(), Some("9856000"));
    assert_eq!(coupon.status, Some(fv::CouponStatus::Sended));
    let normal = coupon.normal_coupon_information.unwrap();
    assert_eq!(
        (normal.coupon_amount, normal.transaction_minimum),
        (500, 1000)
    );

    // Another user's openid does not see it.
    let err = client
        .send(&fv::QueryCoupon::new(
            "someone-else",
            sent.coupon_id,
            "wx233544546545989",
        ))
        .await
        .unwrap_err();
    assert_eq!(err.as_api().unwrap().status, 404);
    assert_eq!(sandbox.side_effects(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn membercard_update_and_query_against_the_sandbox() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let update = |request_no: &str, before: i64, add: i64| {
        mc::UpdateCardCode::new("pbLatjvWOibDc5-TBnbUk1pD12o0", "478515832665", request_no)
            .level("钻石会员")
            .balance_information(
                mc::UpdateCardCodeBalanceInformation::new(before, before + add, add)
                    .balance_remark("充值"),
            )
    };
    client.send(&update("update-1", 0, 1000)).await.unwrap();
    // A stale before_balance is refused.
    let err = client.send(&update("update-2", 0, 1000)).await.unwrap_err();
    assert_eq!(err.as_api().unwrap().code, "INVALID_REQUEST");

    let query = mc::QueryCardCode::new("pbLatjvWOibDc5-TBnbUk1pD12o0", "478515832665");
    let card = client.send(&query).await.unwrap();
    assert_eq!(card.balance, Some(1000));
    assert_eq!(card.level.as_deref(), Some("钻石会员"));
    assert_eq!(card.user_card_status, Some(mc::UserCardStatus::Effective));

    // Made unavailable through the seed endpoint, the card reads UNAVAILABLE.
    client
        .send(&mc::MakeCardCodeUnavailable::new(
            "pbLatjvWOibDc5-TBnbUk1pD12o0",
            "478515832665",
        ))
        .await
        .unwrap();
    let card = client.send(&query).await.unwrap();
    assert_eq!(card.user_card_status, Some(mc::UserCardStatus::Unavailable));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn brand_user_card_query_against_the_sandbox() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let query = brand::QueryUserCard::new(
        "478515832665",
        "1004",
        "pbLatjvWOibDc5-TBnbUk1pD12o0",
        "obLatjnx9gnqzS4myYGmLZ7LgLBA",
    );
    let card = client.send(&query).await.unwrap();
    assert_eq!(card.user_card_state, brand::UserCardState::Effective);
    // The answer's phone number is encrypted with the merchant key.
    let phone = client.decrypt(&card.phone_number.unwrap()).unwrap();
    assert_eq!(phone.as_str(), "13800138000");

    let card = client
        .send(
            &brand::InvalidateUserCard::new(
                "478515832665",
                "1004",
                "pbLatjvWOibDc5-TBnbUk1pD12o0",
                "obLatjnx9gnqzS4myYGmLZ7LgLBA",
            )
            .invalid_reason("用户注销"),
        )
        .await
        .unwrap();
    assert_eq!(card.user_card_state, brand::UserCardState::Invalid);
    let card = client.send(&query).await.unwrap();
    assert_eq!(card.user_card_state, brand::UserCardState::Invalid);
    assert_eq!(card.invalid_reason.as_deref(), Some("用户注销"));

    let mut other = query.clone();
    other.openid = "someone-else".into();
    let err = client.send(&other).await.unwrap_err();
    assert_eq!(err.as_api().unwrap().code, "PARAM_ERROR");
}
