//! The `pay` area of the catalog: basic payments (direct, service provider, combined), refunds,
//! bills, platform certificates and Pay Score.
//!
//! What `catalog_generated.rs` does not cover: the official answer examples under
//! `tests/fixtures/catalog/pay/` decode into the answer types (and the notification resources),
//! values this SDK does not know still decode, a few calls run end to end against the sandbox
//! (with `mchid` left for the client to fill), and the payment parameters' signature checks with
//! the merchant public key. Every request's path, query and body is checked by the generated tests.

use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use wxpay::bill::{ApplyTradeBill, BillResponse, SubMerchantFundFlowBillResponse};
use wxpay::certificates::CertificateList;
use wxpay::pay::{combine, partner, transactions};
use wxpay::payscore::{
    self, ApplyPermissionsResponse, AuthorizationState, CompleteServiceOrderResponse,
    CreateServiceOrderPostPayments, CreateServiceOrderRiskFund, CreateServiceOrderTimeRange,
    PaidType, Permissions, QueryServiceOrderResponse, ServiceOrder, ServiceOrderAck,
    ServiceOrderState,
};
use wxpay::refund::{CreateRefund, CreateRefundAmount, QueryRefund, Refund};
use wxpay::sandbox::{Sandbox, credentials};
use wxpay::{Endpoint, MerchantKey, notify};

// --- helpers -------------------------------------------------------------------------------

/// Decodes an official answer example from `tests/fixtures/catalog/pay/` into `$ty`.
macro_rules! decodes {
    ($ty:ty, $file:literal) => {{
        let text = include_str!(concat!("../fixtures/catalog/pay/", $file));
        decode::<$ty>(text, $file)
    }};
}

fn decode<T: DeserializeOwned>(text: &str, file: &str) -> T {
    serde_json::from_str(text).unwrap_or_else(|e| {
        panic!(
            "{file} does not decode into {}: {e}",
            std::any::type_name::<T>()
        )
    })
}

/// The answer type `E` declares.
type Answer<E> = <E as Endpoint>::Response;

const APPID: &str = "wxd678efh567hg6787";
const MCHID: &str = "1230000109";
const SUB_MCHID: &str = "1900000109";
const OUT_TRADE_NO: &str = "1217752501201407033233368018";
const NOTIFY: &str = "https://www.weixin.qq.com/wxpay/pay.php";

// --- answers -------------------------------------------------------------------------------

#[test]
fn prepay_answers_decode() {
    let r = decodes!(Answer<transactions::JsapiPrepay>, "prepay_id.json");
    assert_eq!(r.prepay_id, "wx201410272009395522657a690389285100");
    let r = decodes!(Answer<transactions::AppPrepay>, "prepay_id.json");
    assert_eq!(r.prepay_id, "wx201410272009395522657a690389285100");
    let r = decodes!(Answer<transactions::H5Prepay>, "h5_url.json");
    assert!(r.h5_url.starts_with("https://wx.tenpay.com/"));
    let r = decodes!(Answer<transactions::NativePrepay>, "code_url.json");
    assert_eq!(r.code_url, "weixin://wxpay/bizpayurl?pr=p4lpSuKzz");

    let r = decodes!(Answer<partner::JsapiPrepay>, "prepay_id.json");
    assert_eq!(r.prepay_id, "wx201410272009395522657a690389285100");
    let r = decodes!(Answer<combine::AppPrepay>, "prepay_id.json");
    assert_eq!(r.prepay_id, "wx201410272009395522657a690389285100");
    assert!(r.contract_result.is_none());
}

#[test]
fn transactions_decode() {
    // The query answers.
    let t = decodes!(
        Answer<transactions::QueryByTransactionId>,
        "transaction.json"
    );
    assert_eq!(t.trade_state, Some(transactions::TradeState::Success));
    assert_eq!(t.trade_type, Some(transactions::TradeType::Jsapi));
    assert_eq!(t.amount.as_ref().and_then(|a| a.payer_total), Some(100));
    assert_eq!(
        t.payer.and_then(|p| p.openid).as_deref(),
        Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
    );
    let t = decodes!(Answer<transactions::QueryByOutTradeNo>, "transaction.json");
    assert_eq!(t.out_trade_no, OUT_TRADE_NO);
    let promo = &t.promotion_detail.as_ref().unwrap()[0];
    assert_eq!(
        (promo.amount, promo.currency.as_deref()),
        (Some(100), Some("CNY"))
    );
    assert_eq!(promo.goods_detail.as_ref().unwrap()[0].unit_price, 100);
    assert_eq!(t.attach.as_deref(), Some("自定义数据"));

    let t = decodes!(
        Answer<transactions::QueryByTransactionId>,
        "codepay_transaction.json"
    );
    assert_eq!(t.trade_type, Some(transactions::TradeType::Micropay));
    let t = decodes!(Answer<transactions::CodePay>, "codepay_transaction.json");
    assert_eq!(t.trade_state, "SUCCESS");
    assert_eq!(t.amount.map(|a| a.total), Some(100));
    let promo = &t.promotion_detail.unwrap()[0];
    assert_eq!(promo.scope.as_deref(), Some("SINGLE"));
    assert_eq!(promo.goods_detail.as_ref().unwrap()[0].goods_id, "M1006");

    let t = decodes!(
        Answer<partner::QueryByTransactionId>,
        "partner_transaction.json"
    );
    assert_eq!(t.sub_mchid, SUB_MCHID);
    assert_eq!(t.trade_type, Some(partner::TradeType::Micropay));
    let promo = &t.promotion_detail.as_ref().unwrap()[0];
    assert_eq!(promo.coupon_id.as_deref(), Some("109519"));
    assert_eq!(
        t.payer.unwrap().sub_openid.as_deref(),
        Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
    );
    let t = decodes!(
        Answer<partner::QueryByOutTradeNo>,
        "partner_transaction.json"
    );
    assert_eq!(t.sp_mchid, MCHID);

    // The same examples as the resources of payment notifications, with their promotions.
    let t = decodes!(notify::Transaction, "transaction.json");
    assert_eq!(t.trade_state, notify::TradeState::Success);
    assert_eq!(t.trade_type, Some(notify::TradeType::Jsapi));
    let promo = &t.promotion_detail.as_ref().unwrap()[0];
    assert_eq!(promo.scope, Some(notify::PromotionScope::Single));
    let t = decodes!(notify::PartnerTransaction, "partner_transaction.json");
    assert_eq!(t.sub_mchid, SUB_MCHID);

    let r = decodes!(Answer<transactions::ReverseOrder>, "reverse.json");
    assert_eq!(r.out_trade_no, OUT_TRADE_NO);
    let r = decodes!(Answer<partner::ReverseOrder>, "partner_reverse.json");
    assert_eq!(r.sub_mchid, "1230000109");

    let c = decodes!(
        Answer<combine::QueryCombineOrder>,
        "combine_transaction.json"
    );
    assert_eq!(c.combine_out_trade_no, "P20150806125346");
    let sub = &c.sub_orders.as_ref().unwrap()[0];
    let amount = sub.amount.as_ref().unwrap();
    assert_eq!(
        (
            amount.total_amount,
            amount.payer_amount,
            amount.settlement_rate.as_ref().and_then(|r| r.as_i64())
        ),
        (10, 10, Some(1000000))
    );
    assert_eq!(sub.trade_state, Some(combine::TradeState::Success));
    let promo = &sub.promotion_detail.as_ref().unwrap()[0];
    assert_eq!(promo.scope, Some(combine::Scope::Single));
}

#[test]
fn unknown_enum_values_still_decode() {
    let mut v: Value =
        serde_json::from_str(include_str!("../fixtures/catalog/pay/transaction.json")).unwrap();
    v["trade_state"] = json!("SOMETHING_NEW");
    v["trade_type"] = json!("BRAND_NEW");
    let t: Answer<transactions::QueryByTransactionId> = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(
        t.trade_state,
        Some(transactions::TradeState::Other("SOMETHING_NEW".into()))
    );
    assert_eq!(
        t.trade_type,
        Some(transactions::TradeType::Other("BRAND_NEW".into()))
    );
    let t: notify::Transaction = serde_json::from_value(v).unwrap();
    assert_eq!(
        t.trade_state,
        notify::TradeState::Other("SOMETHING_NEW".into())
    );

    let mut v: Value =
        serde_json::from_str(include_str!("../fixtures/catalog/pay/permissions.json")).unwrap();
    v["authorization_state"] = json!("FROZEN");
    let p: Permissions = serde_json::from_value(v).unwrap();
    assert_eq!(p.authorization_state, AuthorizationState::from("FROZEN"));
    assert_eq!(p.authorization_state.as_str(), "FROZEN");
    // Known values map to their variant both ways.
    assert_eq!(
        transactions::TradeState::from("NOTPAY"),
        transactions::TradeState::Notpay
    );
}

#[test]
fn refunds_decode() {
    let r = decodes!(Answer<CreateRefund>, "refund.json");
    assert_eq!(r.status, "SUCCESS");
    assert_eq!(r.channel, "ORIGINAL");
    assert_eq!(r.funds_account.as_deref(), Some("UNSETTLED"));
    assert_eq!(r.amount.from.as_ref().unwrap()[0].account, "AVAILABLE");
    assert_eq!(r.amount.refund_fee, Some(100));
    let goods = &r.promotion_detail.as_ref().unwrap()[0]
        .goods_detail
        .as_ref()
        .unwrap()[0];
    assert_eq!(goods.refund_quantity, 1);
    let r = decodes!(Answer<QueryRefund>, "refund.json");
    assert_eq!(r.refund_id, "50000000382019052709732678859");

    let n = decodes!(notify::RefundNotification, "refund_notification.json");
    assert_eq!(n.refund_status, notify::RefundStatus::Success);
    assert_eq!(n.amount.payer_refund, 999);
}

#[test]
fn bills_and_certificates_decode() {
    let b = decodes!(BillResponse, "tradebill.json");
    assert_eq!(b.hash_type, "SHA1");
    assert_eq!(b.file().hash_value, b.hash_value);
    let b = decodes!(Answer<wxpay::bill::ApplyFundFlowBill>, "fundflowbill.json");
    assert!(
        b.download_url
            .starts_with("https://api.mch.weixin.qq.com/v3/billdownload/file")
    );
    let b = decodes!(
        SubMerchantFundFlowBillResponse,
        "sub_merchant_fundflowbill.json"
    );
    assert_eq!(b.download_bill_count, 1);
    let list = b.download_bill_list.unwrap();
    assert_eq!(list[0].nonce, "fca6b5b1e8c2");
    assert_eq!(list[0].bill_sequence, 1);

    let c = decodes!(CertificateList, "certificates.json");
    let cert = &c.data[0];
    assert_eq!(
        cert.serial_no.as_deref(),
        Some("5157F09EFDC096DE15EBE81A47057A7232F1B8E1")
    );
    let encrypted = cert.encrypt_certificate.as_ref().unwrap();
    assert_eq!(encrypted.associated_data.as_deref(), Some("certificate"));
    assert_eq!(encrypted.algorithm.as_deref(), Some("AEAD_AES_256_GCM"));
}

#[test]
fn payscore_answers_decode() {
    let o = decodes!(ServiceOrder, "serviceorder_create.json");
    assert_eq!(o.state, ServiceOrderState::Created);
    assert_eq!(o.risk_fund.unwrap().name, payscore::Name::EstimateOrderCost);
    let o = decodes!(QueryServiceOrderResponse, "serviceorder_query.json");
    assert_eq!(o.state, ServiceOrderState::Done);
    let collection = o.collection.unwrap();
    assert_eq!(
        collection.details.unwrap()[0].paid_type,
        Some(PaidType::Newton)
    );
    let o = decodes!(CompleteServiceOrderResponse, "serviceorder_complete.json");
    assert_eq!(o.total_amount, 50000);
    let o = decodes!(
        Answer<payscore::partner::CreateServiceOrder>,
        "partner_serviceorder.json"
    );
    assert_eq!(o.sub_mchid, SUB_MCHID);

    let a = decodes!(ServiceOrderAck, "serviceorder_ack.json");
    assert_eq!(a.order_id, "15646546545165651651");
    // The partner cancel answers 204 No Content (the description; the partner `pay` page says so
    // too): the answer type is `()`, which an empty body decodes to.
    let (): Answer<payscore::partner::CancelServiceOrder> = decode("null", "204 No Content");

    let p = decodes!(ApplyPermissionsResponse, "apply_permissions.json");
    assert_eq!(p.apply_permissions_token, "apply_permissions_token");
    let p = decodes!(Permissions, "permissions.json");
    assert_eq!(p.authorization_state, AuthorizationState::Available);
    assert_eq!(p.authorization_code, "1275342195190894594");
}

// --- payment parameters --------------------------------------------------------------------

/// Standard base64 (with padding), enough to read a signature back.
fn base64_decode(s: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes().filter(|&c| c != b'=') {
        let v = ALPHABET.iter().position(|&a| a == c).expect("base64") as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn payment_parameters_verify_with_the_merchant_public_key() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let public = MerchantKey::from_pem(credentials::MERCHANT_KEY_PEM)
        .unwrap()
        .public_key();

    let prepay = decodes!(Answer<transactions::JsapiPrepay>, "prepay_id.json");
    let p = prepay.jsapi_params(&client, APPID).unwrap();
    assert_eq!(p.app_id, APPID);
    assert_eq!(p.package, "prepay_id=wx201410272009395522657a690389285100");
    assert_eq!(p.sign_type, "RSA");
    let msg = format!(
        "{}\n{}\n{}\n{}\n",
        p.app_id, p.time_stamp, p.nonce_str, p.package
    );
    assert!(public.verify(msg.as_bytes(), &base64_decode(&p.pay_sign)));
    assert!(!public.verify(b"tampered\n", &base64_decode(&p.pay_sign)));
    // The front end expects camelCase names.
    let v = serde_json::to_value(&p).unwrap();
    for key in [
        "appId",
        "timeStamp",
        "nonceStr",
        "package",
        "signType",
        "paySign",
    ] {
        assert!(v.get(key).is_some(), "{key}");
    }

    let prepay = decodes!(Answer<transactions::AppPrepay>, "prepay_id.json");
    let p = prepay.app_params(&client, APPID, MCHID).unwrap();
    assert_eq!(
        (p.partnerid.as_str(), p.package.as_str()),
        (MCHID, "Sign=WXPay")
    );
    let msg = format!(
        "{}\n{}\n{}\n{}\n",
        p.appid, p.timestamp, p.noncestr, p.prepayid
    );
    assert!(public.verify(msg.as_bytes(), &base64_decode(&p.sign)));
}

// --- end to end against the sandbox --------------------------------------------------------

/// A JSAPI order as the sandbox's merchant places it; `mchid` is left for the client to fill.
fn sandbox_jsapi(out_trade_no: &str) -> transactions::JsapiPrepay {
    transactions::JsapiPrepay::new(
        APPID,
        "Image形象店-深圳腾大-QQ公仔",
        out_trade_no,
        transactions::JsapiPrepayAmount::new(100).currency("CNY"),
        NOTIFY,
        transactions::JsapiPrepayPayer::new("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"),
    )
    .time_expire("2018-06-08T10:34:56+08:00")
    .attach("自定义数据说明")
    .goods_tag("WXG")
    .support_fapiao(false)
    .detail(
        transactions::JsapiPrepayDetail::new()
            .cost_price(608800)
            .invoice_id("微信123")
            .goods_detail(vec![
                transactions::JsapiPrepayDetailGoodsDetail::new("1246464644", 1, 528800)
                    .wechatpay_goods_id("1001")
                    .goods_name("iPhoneX 256G"),
            ]),
    )
    .scene_info(
        transactions::JsapiPrepaySceneInfo::new("14.23.150.211")
            .device_id("013467007045764")
            .store_info(
                transactions::JsapiPrepaySceneInfoStoreInfo::new("0001")
                    .name("腾讯大厦分店")
                    .area_code("440305")
                    .address("广东省深圳市南山区科技中一道10000号"),
            ),
    )
    .settle_info(transactions::JsapiPrepaySettleInfo::new().profit_sharing(false))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn jsapi_order_prepay_query_close_end_to_end() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();

    let prepay = client
        .send(&sandbox_jsapi("sandbox-order-0001"))
        .await
        .unwrap();
    assert!(prepay.prepay_id.starts_with("wx"));
    // Placing the same order again answers the same prepay session.
    let again = client
        .send(&sandbox_jsapi("sandbox-order-0001"))
        .await
        .unwrap();
    assert_eq!(again.prepay_id, prepay.prepay_id);

    let query = transactions::QueryByOutTradeNo::new("sandbox-order-0001");
    let order = client.send(&query).await.unwrap();
    assert_eq!(order.trade_state, Some(transactions::TradeState::Notpay));
    assert_eq!(order.appid, APPID);
    // The client filled in its own merchant id.
    assert_eq!(order.mchid, credentials::MCHID);
    assert_eq!(order.attach.as_deref(), Some("自定义数据说明"));
    assert_eq!(order.amount.and_then(|a| a.total), Some(100));

    client
        .send(&transactions::CloseOrder::new("sandbox-order-0001"))
        .await
        .unwrap();
    let order = client.send(&query).await.unwrap();
    assert_eq!(order.trade_state, Some(transactions::TradeState::Closed));

    // A closed order cannot be placed again, nor refunded.
    let err = client
        .send(&sandbox_jsapi("sandbox-order-0001"))
        .await
        .unwrap_err();
    assert_eq!(err.api_code(), Some("ORDER_CLOSED"));
    let refund = CreateRefund::new(
        "sandbox-refund-0001",
        CreateRefundAmount::new(100, 100, "CNY"),
    )
    .out_trade_no("sandbox-order-0001");
    let err = client.send(&refund).await.unwrap_err();
    assert_eq!(err.api_code(), Some("INVALID_REQUEST"));

    // Unknown order, and a required field missing: signed, typed errors.
    let err = client
        .send(&transactions::QueryByOutTradeNo::new("never-placed"))
        .await
        .unwrap_err();
    assert_eq!(
        err.as_api().map(|a| (a.status, a.code.as_str())),
        Some((404, "ORDER_NOT_EXIST"))
    );
    let mut bad = sandbox_jsapi("sandbox-order-0002");
    bad.description = String::new();
    let err = client.send(&bad).await.unwrap_err();
    let api = err.as_api().unwrap();
    assert_eq!((api.status, api.code.as_str()), (400, "PARAM_ERROR"));
    assert_eq!(api.detail.as_ref().unwrap()["field"], "/description");

    // A merchant id set explicitly is sent as set (and this one is not the caller's).
    let err = client
        .send(&transactions::QueryByOutTradeNo::new("sandbox-order-0001").mchid(MCHID))
        .await
        .unwrap_err();
    let api = err.as_api().unwrap();
    assert_eq!(api.code, "PARAM_ERROR");
    assert_eq!(api.detail.as_ref().unwrap()["field"], "/mchid");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refund_and_bill_end_to_end() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();

    let create = CreateRefund::new("refund-0001", CreateRefundAmount::new(50, 100, "CNY"))
        .out_trade_no("paid-elsewhere-0001")
        .reason("商品已售完");
    let refund: Refund = client.send(&create).await.unwrap();
    assert_eq!(refund.status, "PROCESSING");
    assert_eq!((refund.amount.refund, refund.amount.total), (50, 100));
    assert_eq!(refund.out_trade_no, "paid-elsewhere-0001");
    // Idempotent on out_refund_no, and queryable.
    let again = client.send(&create).await.unwrap();
    assert_eq!(again.refund_id, refund.refund_id);
    let queried = client.send(&QueryRefund::new("refund-0001")).await.unwrap();
    assert_eq!(
        (queried.refund_id.as_str(), queried.out_refund_no.as_str()),
        (refund.refund_id.as_str(), "refund-0001")
    );
    assert_eq!(queried.amount.refund, 50);

    let mut too_much = create.clone();
    too_much.out_refund_no = "refund-0002".into();
    too_much.amount.refund = 101;
    assert_eq!(
        client.send(&too_much).await.unwrap_err().api_code(),
        Some("PARAM_ERROR")
    );

    let bill = client
        .send(&ApplyTradeBill::new("2019-06-11"))
        .await
        .unwrap();
    assert_eq!(bill.hash_type, "SHA1");
    assert!(
        bill.download_url
            .contains("/v3/billdownload/file?token=tradebill.")
    );
    let err = client
        .send(&ApplyTradeBill::new("2019/06/11"))
        .await
        .unwrap_err();
    assert_eq!(err.api_code(), Some("PARAM_ERROR"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn payscore_service_order_end_to_end() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();

    let create = payscore::CreateServiceOrder::new(
        "score-0001",
        APPID,
        "500001",
        "某某酒店",
        CreateServiceOrderTimeRange::new("20091225091010").end_time("20091225121010"),
        CreateServiceOrderRiskFund::new("ESTIMATE_ORDER_COST", 10000).description("就餐的预估费用"),
        "https://api.test.com",
    )
    .post_payments(vec![
        CreateServiceOrderPostPayments::new("就餐费用服务费")
            .amount(4000)
            .description("就餐人均100元服务费：100/小时")
            .count(1),
    ])
    .attach("Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald")
    .need_user_confirm(true);
    let order = client.send(&create).await.unwrap();
    assert_eq!(order.state, ServiceOrderState::Created);
    assert!(!order.package.is_empty() && !order.order_id.is_empty());
    assert_eq!(order.mchid, credentials::MCHID);

    let query = payscore::QueryServiceOrder::new("500001", APPID).out_order_no("score-0001");
    let queried = client.send(&query).await.unwrap();
    assert_eq!(queried.out_order_no, "score-0001");
    assert_eq!(queried.post_payments.unwrap()[0].amount, Some(4000));

    let cancel =
        payscore::CancelServiceOrder::new("score-0001", APPID, "用户取消").service_id("500001");
    let ack = client.send(&cancel).await.unwrap();
    assert_eq!(ack.order_id, order.order_id);
    assert_eq!(
        client.send(&query).await.unwrap().state,
        ServiceOrderState::Revoked
    );
    assert_eq!(
        client.send(&cancel).await.unwrap_err().api_code(),
        Some("ORDER_CANCELED")
    );
}
