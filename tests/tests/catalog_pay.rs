//! The `pay` area of the catalog: basic payments (direct, service provider, combined), refunds,
//! bills, platform certificates and Pay Score.
//!
//! For every endpoint: the official answer example decodes into its response type (and
//! re-encodes to the same JSON, so no documented field is lost), and a sample request puts the
//! documented path, query and body on the wire. Then a few calls end to end against the sandbox,
//! and the payment parameters' signature checked with the merchant public key.

use std::collections::HashSet;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use wxpay::bill::{
    AccountType, BillAlgorithm, BillResponse, BillType, FundFlowBill, HashType,
    SubMerchantFundFlowBill, SubMerchantFundFlowBillResponse, TarType, TradeBill,
};
use wxpay::certificates::{CertificateList, ListCertificates};
use wxpay::pay::combine::{
    self, CloseCombineOrder, CloseSubOrder, CombineAmount, CombinePayerInfo, CombineSceneInfo,
    CombineSubOrder, CombineTransaction, QueryCombineOrder,
};
use wxpay::pay::partner::{self, PartnerPayer, PartnerReverseResponse};
use wxpay::pay::transactions::{self, ReverseResponse};
use wxpay::pay::{
    Amount, AppPrepayResponse, CodepayPayer, CodepaySceneInfo, CodepayStoreInfo, Detail,
    GoodsDetail, H5Info, H5PrepayResponse, JsapiPrepayResponse, NativePrepayResponse,
    PartnerTransaction, Payer, PromotionScope, SceneInfo, SettleInfo, TradeState, TradeType,
    Transaction,
};
use wxpay::payscore::{
    self, ApplyPermissionsResponse, AuthorizationState, PaidType, Permissions, PostDiscount,
    PostPayment, RiskFund, RiskFundName, ServiceOrder, ServiceOrderAck, ServiceOrderState,
    SyncDetail, TimeRange,
};
use wxpay::refund::{
    AbnormalRefundType, ApplyAbnormalRefund, CreateRefund, FundsAccount, FundsFrom, QueryRefund,
    Refund, RefundChannel, RefundGoodsDetail, RefundNotification, RefundRequestAmount,
    RefundStatus,
};
use wxpay::sandbox::{Sandbox, credentials};
use wxpay::{Encryptor, Endpoint, Error, MerchantKey, Method, NoEncryption};

// --- helpers -------------------------------------------------------------------------------

/// Decodes an official answer example from `tests/fixtures/catalog/pay/` into `$ty`, and checks
/// that it encodes back to the same JSON (every documented field is modelled).
macro_rules! decodes {
    ($ty:ty, $file:literal) => {{
        let text = include_str!(concat!("../fixtures/catalog/pay/", $file));
        decode::<$ty>(text, $file)
    }};
}

fn decode<T: DeserializeOwned + Serialize>(text: &str, file: &str) -> T {
    let original: Value = serde_json::from_str(text).unwrap();
    let typed: T = serde_json::from_str(text).unwrap_or_else(|e| {
        panic!(
            "{file} does not decode into {}: {e}",
            std::any::type_name::<T>()
        )
    });
    assert_eq!(
        serde_json::to_value(&typed).unwrap(),
        original,
        "{file} loses fields in {}",
        std::any::type_name::<T>()
    );
    typed
}

/// Encrypts as `enc(<plaintext>)`, so tests can see which fields went through the encryptor.
struct FakeEncryptor;

impl Encryptor for FakeEncryptor {
    fn encrypt(&self, plaintext: &str) -> Result<String, Error> {
        Ok(format!("enc({plaintext})"))
    }
}

/// Checks what `e` puts on the wire: method, path, query and the JSON body.
fn wire<E: Endpoint>(e: &E, method: Method, path: &str, query: Option<&str>, body: Option<Value>) {
    assert_eq!(E::METHOD, method, "{}", E::TEMPLATE);
    assert_eq!(e.path().unwrap(), path);
    assert_eq!(e.query().unwrap().as_deref(), query, "{}", E::TEMPLATE);
    let sent = e
        .body(&FakeEncryptor)
        .unwrap()
        .map(|b| serde_json::from_slice::<Value>(&b).unwrap());
    assert_eq!(sent, body, "{}", E::TEMPLATE);
}

const APPID: &str = "wxd678efh567hg6787";
const MCHID: &str = "1230000109";
const SUB_MCHID: &str = "1900000109";
const OUT_TRADE_NO: &str = "1217752501201407033233368018";
const NOTIFY: &str = "https://www.weixin.qq.com/wxpay/pay.php";

fn detail() -> Detail {
    Detail {
        cost_price: Some(608800),
        invoice_id: Some("微信123".into()),
        goods_detail: Some(vec![GoodsDetail {
            merchant_goods_id: "1246464644".into(),
            wechatpay_goods_id: Some("1001".into()),
            goods_name: Some("iPhoneX 256G".into()),
            quantity: 1,
            unit_price: 528800,
        }]),
    }
}

fn detail_json() -> Value {
    json!({
        "cost_price": 608800,
        "invoice_id": "微信123",
        "goods_detail": [{
            "merchant_goods_id": "1246464644",
            "wechatpay_goods_id": "1001",
            "goods_name": "iPhoneX 256G",
            "quantity": 1,
            "unit_price": 528800
        }]
    })
}

fn h5_scene() -> SceneInfo {
    SceneInfo {
        payer_client_ip: "14.23.150.211".into(),
        device_id: None,
        store_info: None,
        h5_info: Some(H5Info {
            kind: "Wap".into(),
            app_name: Some("王者荣耀".into()),
            app_url: Some("https://pay.qq.com".into()),
            bundle_id: None,
            package_name: None,
        }),
    }
}

fn h5_scene_json() -> Value {
    json!({
        "payer_client_ip": "14.23.150.211",
        "h5_info": { "type": "Wap", "app_name": "王者荣耀", "app_url": "https://pay.qq.com" }
    })
}

// --- answers -------------------------------------------------------------------------------

#[test]
fn prepay_answers_decode() {
    let r = decodes!(JsapiPrepayResponse, "prepay_id.json");
    assert_eq!(r.prepay_id, "wx201410272009395522657a690389285100");
    let r = decodes!(AppPrepayResponse, "prepay_id.json");
    assert_eq!(r.prepay_id, "wx201410272009395522657a690389285100");
    let r = decodes!(H5PrepayResponse, "h5_url.json");
    assert!(r.h5_url.starts_with("https://wx.tenpay.com/"));
    let r = decodes!(NativePrepayResponse, "code_url.json");
    assert_eq!(r.code_url, "weixin://wxpay/bizpayurl?pr=p4lpSuKzz");
}

#[test]
fn transactions_decode() {
    let t = decodes!(Transaction, "transaction.json");
    assert_eq!(t.trade_state, TradeState::Success);
    assert_eq!(t.trade_type, Some(TradeType::Jsapi));
    assert_eq!(t.amount.as_ref().and_then(|a| a.payer_total), Some(100));
    let promo = &t.promotion_detail.as_ref().unwrap()[0];
    assert_eq!(promo.scope, Some(PromotionScope::Single));

    let t = decodes!(Transaction, "codepay_transaction.json");
    assert_eq!(t.trade_type, Some(TradeType::Micropay));

    let t = decodes!(PartnerTransaction, "partner_transaction.json");
    assert_eq!(t.sub_mchid, SUB_MCHID);
    assert_eq!(
        t.payer.unwrap().sub_openid.as_deref(),
        Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")
    );

    let r = decodes!(ReverseResponse, "reverse.json");
    assert_eq!(r.out_trade_no, OUT_TRADE_NO);
    let r = decodes!(PartnerReverseResponse, "partner_reverse.json");
    assert_eq!(r.sub_mchid, "1230000109");

    let c = decodes!(CombineTransaction, "combine_transaction.json");
    assert_eq!(c.combine_out_trade_no, "P20150806125346");
    assert_eq!(c.sub_orders[0].amount.settlement_rate, Some(1000000));
    assert_eq!(c.sub_orders[0].trade_state, TradeState::Success);
}

#[test]
fn unknown_enum_values_still_decode() {
    let mut v: Value =
        serde_json::from_str(include_str!("../fixtures/catalog/pay/transaction.json")).unwrap();
    v["trade_state"] = json!("SOMETHING_NEW");
    let t: Transaction = serde_json::from_value(v).unwrap();
    assert_eq!(t.trade_state, TradeState::Other("SOMETHING_NEW".into()));
}

#[test]
fn refunds_decode() {
    let r = decodes!(Refund, "refund.json");
    assert_eq!(r.status, RefundStatus::Success);
    assert_eq!(r.channel, RefundChannel::Original);
    assert_eq!(r.funds_account, Some(FundsAccount::Unsettled));
    assert_eq!(
        r.amount.from.as_ref().unwrap()[0].account,
        FundsAccount::Available
    );

    let n = decodes!(RefundNotification, "refund_notification.json");
    assert_eq!(n.refund_status, RefundStatus::Success);
    assert_eq!(n.amount.payer_refund, 999);
}

#[test]
fn bills_and_certificates_decode() {
    let b = decodes!(BillResponse, "tradebill.json");
    assert_eq!(b.hash_type, HashType::Sha1);
    let b = decodes!(BillResponse, "fundflowbill.json");
    assert!(
        b.download_url
            .starts_with("https://api.mch.weixin.qq.com/v3/billdownload/file")
    );
    let b = decodes!(
        SubMerchantFundFlowBillResponse,
        "sub_merchant_fundflowbill.json"
    );
    assert_eq!(b.download_bill_count, 1);
    assert_eq!(b.download_bill_list[0].nonce, "fca6b5b1e8c2");

    let c = decodes!(CertificateList, "certificates.json");
    assert_eq!(
        c.data[0].serial_no,
        "5157F09EFDC096DE15EBE81A47057A7232F1B8E1"
    );
    assert_eq!(c.data[0].encrypt_certificate.associated_data, "certificate");
}

#[test]
fn payscore_answers_decode() {
    let o = decodes!(ServiceOrder, "serviceorder_create.json");
    assert_eq!(o.state, ServiceOrderState::Created);
    assert_eq!(o.risk_fund.unwrap().name, RiskFundName::EstimateOrderCost);
    let o = decodes!(ServiceOrder, "serviceorder_query.json");
    let collection = o.collection.unwrap();
    assert_eq!(collection.details.unwrap()[0].paid_type, PaidType::Newton);
    let o = decodes!(ServiceOrder, "serviceorder_complete.json");
    assert_eq!(o.total_amount, Some(50000));
    let o = decodes!(ServiceOrder, "partner_serviceorder.json");
    assert_eq!(o.sub_mchid.as_deref(), Some(SUB_MCHID));

    let a = decodes!(ServiceOrderAck, "serviceorder_ack.json");
    assert_eq!(a.order_id, "15646546545165651651");
    let a = decodes!(ServiceOrderAck, "partner_serviceorder_ack.json");
    assert_eq!(a.sub_mchid.as_deref(), Some(SUB_MCHID));

    let p = decodes!(ApplyPermissionsResponse, "apply_permissions.json");
    assert_eq!(p.apply_permissions_token, "apply_permissions_token");
    let p = decodes!(Permissions, "permissions.json");
    assert_eq!(p.authorization_state, AuthorizationState::Available);
}

// --- requests: direct merchant -------------------------------------------------------------

fn jsapi() -> transactions::JsapiPrepay {
    transactions::JsapiPrepay {
        appid: APPID.into(),
        mchid: MCHID.into(),
        description: "Image形象店-深圳腾大-QQ公仔".into(),
        out_trade_no: OUT_TRADE_NO.into(),
        time_expire: Some("2018-06-08T10:34:56+08:00".into()),
        attach: Some("自定义数据说明".into()),
        notify_url: NOTIFY.into(),
        goods_tag: Some("WXG".into()),
        support_fapiao: Some(false),
        amount: Amount::cny(100),
        payer: Payer {
            openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into(),
        },
        detail: Some(detail()),
        scene_info: Some(SceneInfo {
            payer_client_ip: "14.23.150.211".into(),
            device_id: Some("013467007045764".into()),
            store_info: Some(wxpay::pay::StoreInfo {
                id: "0001".into(),
                name: Some("腾讯大厦分店".into()),
                area_code: Some("440305".into()),
                address: Some("广东省深圳市南山区科技中一道10000号".into()),
            }),
            h5_info: None,
        }),
        settle_info: Some(SettleInfo {
            profit_sharing: Some(false),
        }),
    }
}

#[test]
fn direct_prepay_requests() {
    let common = json!({
        "appid": APPID,
        "mchid": MCHID,
        "description": "Image形象店-深圳腾大-QQ公仔",
        "out_trade_no": OUT_TRADE_NO,
        "notify_url": NOTIFY,
        "amount": { "total": 100, "currency": "CNY" },
    });
    let with = |extra: Value| {
        let mut v = common.clone();
        for (k, x) in extra.as_object().unwrap() {
            v[k] = x.clone();
        }
        v
    };

    wire(
        &jsapi(),
        Method::Post,
        "/v3/pay/transactions/jsapi",
        None,
        Some(with(json!({
            "time_expire": "2018-06-08T10:34:56+08:00",
            "attach": "自定义数据说明",
            "goods_tag": "WXG",
            "support_fapiao": false,
            "payer": { "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" },
            "detail": detail_json(),
            "scene_info": {
                "payer_client_ip": "14.23.150.211",
                "device_id": "013467007045764",
                "store_info": {
                    "id": "0001",
                    "name": "腾讯大厦分店",
                    "area_code": "440305",
                    "address": "广东省深圳市南山区科技中一道10000号"
                }
            },
            "settle_info": { "profit_sharing": false }
        }))),
    );
    // Fields in declaration order, `None` left out.
    let body = jsapi().body(&NoEncryption).unwrap().unwrap();
    assert!(
        String::from_utf8(body)
            .unwrap()
            .starts_with(r#"{"appid":"wxd678efh567hg6787","mchid":"1230000109","description":"#)
    );

    let app = transactions::AppPrepay {
        appid: APPID.into(),
        mchid: MCHID.into(),
        description: "Image形象店-深圳腾大-QQ公仔".into(),
        out_trade_no: OUT_TRADE_NO.into(),
        time_expire: None,
        attach: None,
        notify_url: NOTIFY.into(),
        goods_tag: None,
        support_fapiao: None,
        amount: Amount::cny(100),
        detail: None,
        scene_info: None,
        settle_info: None,
    };
    wire(
        &app,
        Method::Post,
        "/v3/pay/transactions/app",
        None,
        Some(common.clone()),
    );

    let h5 = transactions::H5Prepay {
        appid: APPID.into(),
        mchid: MCHID.into(),
        description: "Image形象店-深圳腾大-QQ公仔".into(),
        out_trade_no: OUT_TRADE_NO.into(),
        time_expire: None,
        attach: None,
        notify_url: NOTIFY.into(),
        goods_tag: None,
        support_fapiao: None,
        amount: Amount::cny(100),
        detail: None,
        scene_info: h5_scene(),
        settle_info: None,
    };
    wire(
        &h5,
        Method::Post,
        "/v3/pay/transactions/h5",
        None,
        Some(with(json!({ "scene_info": h5_scene_json() }))),
    );

    let native = transactions::NativePrepay {
        appid: APPID.into(),
        mchid: MCHID.into(),
        description: "Image形象店-深圳腾大-QQ公仔".into(),
        out_trade_no: OUT_TRADE_NO.into(),
        time_expire: None,
        attach: None,
        notify_url: NOTIFY.into(),
        goods_tag: None,
        support_fapiao: None,
        amount: Amount::cny(100),
        detail: Some(detail()),
        scene_info: None,
        settle_info: None,
    };
    wire(
        &native,
        Method::Post,
        "/v3/pay/transactions/native",
        None,
        Some(with(json!({ "detail": detail_json() }))),
    );
}

#[test]
fn direct_query_close_codepay_reverse_requests() {
    wire(
        &transactions::QueryByTransactionId {
            transaction_id: "1217752501201407033233368018".into(),
            mchid: MCHID.into(),
        },
        Method::Get,
        "/v3/pay/transactions/id/1217752501201407033233368018",
        Some("mchid=1230000109"),
        None,
    );
    wire(
        &transactions::QueryByOutTradeNo {
            out_trade_no: OUT_TRADE_NO.into(),
            mchid: MCHID.into(),
        },
        Method::Get,
        "/v3/pay/transactions/out-trade-no/1217752501201407033233368018",
        Some("mchid=1230000109"),
        None,
    );
    wire(
        &transactions::CloseOrder {
            out_trade_no: OUT_TRADE_NO.into(),
            mchid: MCHID.into(),
        },
        Method::Post,
        "/v3/pay/transactions/out-trade-no/1217752501201407033233368018/close",
        None,
        Some(json!({ "mchid": MCHID })),
    );
    let codepay = transactions::CodePay {
        appid: APPID.into(),
        mchid: MCHID.into(),
        description: "Image形象店-深圳腾大-QQ公仔".into(),
        out_trade_no: OUT_TRADE_NO.into(),
        attach: Some("自定义数据说明".into()),
        goods_tag: Some("WXG".into()),
        support_fapiao: Some(true),
        payer: CodepayPayer {
            auth_code: "130061098828009406".into(),
        },
        amount: Amount::cny(100),
        scene_info: CodepaySceneInfo {
            device_id: Some("POS1:1".into()),
            device_ip: Some("127.0.0.1".into()),
            store_info: Some(CodepayStoreInfo {
                id: Some("0001".into()),
                out_id: Some("0001".into()),
            }),
        },
        detail: None,
        settle_info: Some(SettleInfo {
            profit_sharing: Some(true),
        }),
    };
    wire(
        &codepay,
        Method::Post,
        "/v3/pay/transactions/codepay",
        None,
        Some(json!({
            "appid": APPID,
            "mchid": MCHID,
            "description": "Image形象店-深圳腾大-QQ公仔",
            "out_trade_no": OUT_TRADE_NO,
            "attach": "自定义数据说明",
            "goods_tag": "WXG",
            "support_fapiao": true,
            "payer": { "auth_code": "130061098828009406" },
            "amount": { "total": 100, "currency": "CNY" },
            "scene_info": {
                "device_id": "POS1:1",
                "device_ip": "127.0.0.1",
                "store_info": { "id": "0001", "out_id": "0001" }
            },
            "settle_info": { "profit_sharing": true }
        })),
    );
    wire(
        &transactions::ReverseOrder {
            out_trade_no: OUT_TRADE_NO.into(),
            appid: APPID.into(),
            mchid: MCHID.into(),
        },
        Method::Post,
        "/v3/pay/transactions/out-trade-no/1217752501201407033233368018/reverse",
        None,
        Some(json!({ "appid": APPID, "mchid": MCHID })),
    );
}

// --- requests: service provider ------------------------------------------------------------

#[test]
fn partner_requests() {
    let sp = json!({
        "sp_appid": "wx8888888888888888",
        "sp_mchid": MCHID,
        "sub_appid": "wxd678efh567hg6999",
        "sub_mchid": SUB_MCHID,
        "description": "Image形象店-深圳腾大-QQ公仔",
        "out_trade_no": OUT_TRADE_NO,
        "notify_url": NOTIFY,
        "amount": { "total": 100, "currency": "CNY" },
    });
    let with = |extra: Value| {
        let mut v = sp.clone();
        for (k, x) in extra.as_object().unwrap() {
            v[k] = x.clone();
        }
        v
    };
    macro_rules! partner_prepay {
        ($ty:ident, $($extra:tt)*) => {
            partner::$ty {
                sp_appid: "wx8888888888888888".into(),
                sp_mchid: MCHID.into(),
                sub_appid: Some("wxd678efh567hg6999".into()),
                sub_mchid: SUB_MCHID.into(),
                description: "Image形象店-深圳腾大-QQ公仔".into(),
                out_trade_no: OUT_TRADE_NO.into(),
                time_expire: None,
                attach: None,
                notify_url: NOTIFY.into(),
                goods_tag: None,
                support_fapiao: None,
                amount: Amount::cny(100),
                detail: None,
                settle_info: None,
                $($extra)*
            }
        };
    }
    wire(
        &partner_prepay!(JsapiPrepay,
            payer: PartnerPayer { sp_openid: None, sub_openid: Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into()) },
            scene_info: None,
        ),
        Method::Post,
        "/v3/pay/partner/transactions/jsapi",
        None,
        Some(with(
            json!({ "payer": { "sub_openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" } }),
        )),
    );
    wire(
        &partner_prepay!(AppPrepay, scene_info: None,),
        Method::Post,
        "/v3/pay/partner/transactions/app",
        None,
        Some(sp.clone()),
    );
    wire(
        &partner_prepay!(H5Prepay, scene_info: h5_scene(),),
        Method::Post,
        "/v3/pay/partner/transactions/h5",
        None,
        Some(with(json!({ "scene_info": h5_scene_json() }))),
    );
    wire(
        &partner_prepay!(NativePrepay, scene_info: None,),
        Method::Post,
        "/v3/pay/partner/transactions/native",
        None,
        Some(sp.clone()),
    );

    wire(
        &partner::QueryByTransactionId {
            transaction_id: "4200000985202103031441826014".into(),
            sp_mchid: MCHID.into(),
            sub_mchid: SUB_MCHID.into(),
        },
        Method::Get,
        "/v3/pay/partner/transactions/id/4200000985202103031441826014",
        Some("sp_mchid=1230000109&sub_mchid=1900000109"),
        None,
    );
    wire(
        &partner::QueryByOutTradeNo {
            out_trade_no: OUT_TRADE_NO.into(),
            sp_mchid: MCHID.into(),
            sub_mchid: SUB_MCHID.into(),
        },
        Method::Get,
        "/v3/pay/partner/transactions/out-trade-no/1217752501201407033233368018",
        Some("sp_mchid=1230000109&sub_mchid=1900000109"),
        None,
    );
    wire(
        &partner::CloseOrder {
            out_trade_no: OUT_TRADE_NO.into(),
            sp_mchid: MCHID.into(),
            sub_mchid: SUB_MCHID.into(),
        },
        Method::Post,
        "/v3/pay/partner/transactions/out-trade-no/1217752501201407033233368018/close",
        None,
        Some(json!({ "sp_mchid": MCHID, "sub_mchid": SUB_MCHID })),
    );
    let codepay = partner::CodePay {
        sp_appid: APPID.into(),
        sp_mchid: MCHID.into(),
        sub_appid: None,
        sub_mchid: SUB_MCHID.into(),
        description: "Image形象店-深圳腾大-QQ公仔".into(),
        out_trade_no: OUT_TRADE_NO.into(),
        attach: None,
        goods_tag: None,
        support_fapiao: None,
        payer: CodepayPayer {
            auth_code: "130061098828009406".into(),
        },
        amount: Amount::cny(100),
        scene_info: CodepaySceneInfo {
            device_id: Some("POS1:1".into()),
            ..Default::default()
        },
        detail: None,
        settle_info: None,
    };
    wire(
        &codepay,
        Method::Post,
        "/v3/pay/partner/transactions/codepay",
        None,
        Some(json!({
            "sp_appid": APPID,
            "sp_mchid": MCHID,
            "sub_mchid": SUB_MCHID,
            "description": "Image形象店-深圳腾大-QQ公仔",
            "out_trade_no": OUT_TRADE_NO,
            "payer": { "auth_code": "130061098828009406" },
            "amount": { "total": 100, "currency": "CNY" },
            "scene_info": { "device_id": "POS1:1" }
        })),
    );
    wire(
        &partner::ReverseOrder {
            out_trade_no: OUT_TRADE_NO.into(),
            sp_appid: Some(APPID.into()),
            sp_mchid: MCHID.into(),
            sub_appid: None,
            sub_mchid: SUB_MCHID.into(),
        },
        Method::Post,
        "/v3/pay/partner/transactions/out-trade-no/1217752501201407033233368018/reverse",
        None,
        Some(json!({ "sp_appid": APPID, "sp_mchid": MCHID, "sub_mchid": SUB_MCHID })),
    );
}

// --- requests: combined orders -------------------------------------------------------------

fn sub_orders() -> Vec<CombineSubOrder> {
    vec![CombineSubOrder {
        mchid: "1900000109".into(),
        attach: "深圳分店".into(),
        amount: CombineAmount {
            total_amount: 10,
            currency: "CNY".into(),
        },
        out_trade_no: "20150806125346".into(),
        sub_mchid: None,
        sub_appid: None,
        detail: None,
        goods_tag: Some("WXG".into()),
        description: "腾讯充值中心-QQ会员充值".into(),
        settle_info: Some(combine::CombineSettleInfo {
            profit_sharing: Some(false),
            subsidy_amount: None,
        }),
    }]
}

#[test]
fn combine_requests() {
    let base = json!({
        "combine_appid": APPID,
        "combine_mchid": "1900000109",
        "combine_out_trade_no": "P20150806125346",
        "sub_orders": [{
            "mchid": "1900000109",
            "attach": "深圳分店",
            "amount": { "total_amount": 10, "currency": "CNY" },
            "out_trade_no": "20150806125346",
            "goods_tag": "WXG",
            "description": "腾讯充值中心-QQ会员充值",
            "settle_info": { "profit_sharing": false }
        }],
        "notify_url": NOTIFY,
    });
    let with = |extra: Value| {
        let mut v = base.clone();
        for (k, x) in extra.as_object().unwrap() {
            v[k] = x.clone();
        }
        v
    };
    let scene = CombineSceneInfo {
        device_id: Some("POS1:1".into()),
        payer_client_ip: "14.17.22.32".into(),
        h5_info: None,
    };
    wire(
        &combine::JsapiPrepay {
            combine_appid: APPID.into(),
            combine_mchid: "1900000109".into(),
            combine_out_trade_no: "P20150806125346".into(),
            scene_info: Some(scene.clone()),
            sub_orders: sub_orders(),
            combine_payer_info: CombinePayerInfo {
                openid: Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into()),
            },
            time_start: Some("2018-06-08T10:34:56+08:00".into()),
            time_expire: Some("2018-06-08T10:34:56+08:00".into()),
            notify_url: NOTIFY.into(),
        },
        Method::Post,
        "/v3/combine-transactions/jsapi",
        None,
        Some(with(json!({
            "scene_info": { "device_id": "POS1:1", "payer_client_ip": "14.17.22.32" },
            "combine_payer_info": { "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" },
            "time_start": "2018-06-08T10:34:56+08:00",
            "time_expire": "2018-06-08T10:34:56+08:00"
        }))),
    );
    wire(
        &combine::AppPrepay {
            combine_appid: APPID.into(),
            combine_mchid: "1900000109".into(),
            combine_out_trade_no: "P20150806125346".into(),
            scene_info: None,
            sub_orders: sub_orders(),
            combine_payer_info: None,
            time_start: None,
            time_expire: None,
            notify_url: NOTIFY.into(),
        },
        Method::Post,
        "/v3/combine-transactions/app",
        None,
        Some(base.clone()),
    );
    wire(
        &combine::H5Prepay {
            combine_appid: APPID.into(),
            combine_mchid: "1900000109".into(),
            combine_out_trade_no: "P20150806125346".into(),
            scene_info: CombineSceneInfo {
                device_id: None,
                payer_client_ip: "14.23.150.211".into(),
                h5_info: h5_scene().h5_info,
            },
            sub_orders: sub_orders(),
            combine_payer_info: None,
            time_start: None,
            time_expire: None,
            notify_url: NOTIFY.into(),
        },
        Method::Post,
        "/v3/combine-transactions/h5",
        None,
        Some(with(json!({ "scene_info": h5_scene_json() }))),
    );
    wire(
        &combine::NativePrepay {
            combine_appid: APPID.into(),
            combine_mchid: "1900000109".into(),
            combine_out_trade_no: "P20150806125346".into(),
            scene_info: Some(scene),
            sub_orders: sub_orders(),
            combine_payer_info: None,
            time_start: None,
            time_expire: None,
            notify_url: NOTIFY.into(),
        },
        Method::Post,
        "/v3/combine-transactions/native",
        None,
        Some(with(
            json!({ "scene_info": { "device_id": "POS1:1", "payer_client_ip": "14.17.22.32" } }),
        )),
    );
    wire(
        &QueryCombineOrder {
            combine_out_trade_no: "P20150806125346".into(),
        },
        Method::Get,
        "/v3/combine-transactions/out-trade-no/P20150806125346",
        None,
        None,
    );
    wire(
        &CloseCombineOrder {
            combine_out_trade_no: "P20150806125346".into(),
            combine_appid: APPID.into(),
            sub_orders: vec![CloseSubOrder {
                mchid: "1900000109".into(),
                out_trade_no: "20150806125346".into(),
                sub_mchid: Some("1230000109".into()),
                sub_appid: None,
            }],
        },
        Method::Post,
        "/v3/combine-transactions/out-trade-no/P20150806125346/close",
        None,
        Some(json!({
            "combine_appid": APPID,
            "sub_orders": [{ "mchid": "1900000109", "out_trade_no": "20150806125346", "sub_mchid": "1230000109" }]
        })),
    );
}

// --- requests: refunds, bills, certificates ------------------------------------------------

#[test]
fn refund_requests() {
    wire(
        &CreateRefund {
            sub_mchid: None,
            transaction_id: Some("1217752501201407033233368018".into()),
            out_trade_no: None,
            out_refund_no: "1217752501201407033233368018".into(),
            reason: Some("商品已售完".into()),
            notify_url: Some("https://weixin.qq.com".into()),
            funds_account: Some(FundsAccount::Available),
            amount: RefundRequestAmount {
                refund: 888,
                from: Some(vec![FundsFrom {
                    account: FundsAccount::Available,
                    amount: 444,
                }]),
                total: 888,
                currency: "CNY".into(),
            },
            goods_detail: Some(vec![RefundGoodsDetail {
                merchant_goods_id: "1217752501201407033233368018".into(),
                wechatpay_goods_id: Some("1001".into()),
                goods_name: Some("iPhone6s 16G".into()),
                unit_price: 528800,
                refund_amount: 528800,
                refund_quantity: 1,
            }]),
        },
        Method::Post,
        "/v3/refund/domestic/refunds",
        None,
        Some(json!({
            "transaction_id": "1217752501201407033233368018",
            "out_refund_no": "1217752501201407033233368018",
            "reason": "商品已售完",
            "notify_url": "https://weixin.qq.com",
            "funds_account": "AVAILABLE",
            "amount": {
                "refund": 888,
                "from": [{ "account": "AVAILABLE", "amount": 444 }],
                "total": 888,
                "currency": "CNY"
            },
            "goods_detail": [{
                "merchant_goods_id": "1217752501201407033233368018",
                "wechatpay_goods_id": "1001",
                "goods_name": "iPhone6s 16G",
                "unit_price": 528800,
                "refund_amount": 528800,
                "refund_quantity": 1
            }]
        })),
    );
    wire(
        &QueryRefund {
            out_refund_no: "1217752501201407033233368018".into(),
            sub_mchid: None,
        },
        Method::Get,
        "/v3/refund/domestic/refunds/1217752501201407033233368018",
        None,
        None,
    );
    wire(
        &QueryRefund {
            out_refund_no: "1217752501201407033233368018".into(),
            sub_mchid: Some(SUB_MCHID.into()),
        },
        Method::Get,
        "/v3/refund/domestic/refunds/1217752501201407033233368018",
        Some("sub_mchid=1900000109"),
        None,
    );
    // `bank_account` and `real_name` go through the encryptor; the request must name the key.
    let abnormal = ApplyAbnormalRefund {
        refund_id: "50000000382019052709732678859".into(),
        sub_mchid: None,
        out_refund_no: "1217752501201407033233368018".into(),
        kind: AbnormalRefundType::UserBankCard,
        bank_type: Some("ICBC_DEBIT".into()),
        bank_account: Some("6222021234567890".into()),
        real_name: Some("张三".into()),
    };
    wire(
        &abnormal,
        Method::Post,
        "/v3/refund/domestic/refunds/50000000382019052709732678859/apply-abnormal-refund",
        None,
        Some(json!({
            "out_refund_no": "1217752501201407033233368018",
            "type": "USER_BANK_CARD",
            "bank_type": "ICBC_DEBIT",
            "bank_account": "enc(6222021234567890)",
            "real_name": "enc(张三)"
        })),
    );
    assert!(
        abnormal.body(&NoEncryption).is_err(),
        "sensitive fields never leave in clear"
    );
}

#[test]
fn bill_and_certificate_requests() {
    wire(
        &TradeBill {
            bill_date: "2019-06-11".into(),
            sub_mchid: None,
            bill_type: Some(BillType::All),
            tar_type: Some(TarType::Gzip),
        },
        Method::Get,
        "/v3/bill/tradebill",
        Some("bill_date=2019-06-11&bill_type=ALL&tar_type=GZIP"),
        None,
    );
    wire(
        &FundFlowBill {
            bill_date: "2019-06-11".into(),
            account_type: Some(AccountType::Basic),
            tar_type: None,
        },
        Method::Get,
        "/v3/bill/fundflowbill",
        Some("bill_date=2019-06-11&account_type=BASIC"),
        None,
    );
    wire(
        &SubMerchantFundFlowBill {
            sub_mchid: "19000000001".into(),
            bill_date: "2019-06-11".into(),
            account_type: AccountType::Basic,
            algorithm: BillAlgorithm::AeadAes256Gcm,
            tar_type: Some(TarType::Gzip),
        },
        Method::Get,
        "/v3/bill/sub-merchant-fundflowbill",
        Some(
            "sub_mchid=19000000001&bill_date=2019-06-11&account_type=BASIC&algorithm=AEAD_AES_256_GCM&tar_type=GZIP",
        ),
        None,
    );
    wire(
        &ListCertificates::default(),
        Method::Get,
        "/v3/certificates",
        None,
        None,
    );
}

// --- requests: Pay Score -------------------------------------------------------------------

fn post_payments() -> Vec<PostPayment> {
    vec![PostPayment {
        name: "就餐费用服务费".into(),
        amount: Some(4000),
        description: Some("就餐人均100元服务费：100/小时".into()),
        count: Some(1),
    }]
}

fn post_discounts() -> Vec<PostDiscount> {
    vec![PostDiscount {
        name: "满20减1元".into(),
        description: "不与其他优惠叠加".into(),
        amount: Some(100),
        count: Some(1),
    }]
}

fn time_range() -> TimeRange {
    TimeRange {
        start_time: Some("20091225091010".into()),
        start_time_remark: None,
        end_time: Some("20091225121010".into()),
        end_time_remark: None,
    }
}

fn risk_fund() -> RiskFund {
    RiskFund {
        name: RiskFundName::EstimateOrderCost,
        amount: 10000,
        description: Some("就餐的预估费用".into()),
    }
}

fn create_service_order(out_order_no: &str) -> payscore::CreateServiceOrder {
    payscore::CreateServiceOrder {
        out_order_no: out_order_no.into(),
        appid: APPID.into(),
        service_id: "500001".into(),
        service_introduction: "某某酒店".into(),
        post_payments: Some(post_payments()),
        post_discounts: None,
        time_range: time_range(),
        location: None,
        risk_fund: risk_fund(),
        attach: Some("Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald".into()),
        notify_url: "https://api.test.com".into(),
        openid: None,
        need_user_confirm: Some(true),
        device: None,
    }
}

#[test]
fn payscore_service_order_requests() {
    let payments = json!([{
        "name": "就餐费用服务费",
        "amount": 4000,
        "description": "就餐人均100元服务费：100/小时",
        "count": 1
    }]);
    let discounts = json!([{ "name": "满20减1元", "description": "不与其他优惠叠加", "amount": 100, "count": 1 }]);
    let risk =
        json!({ "name": "ESTIMATE_ORDER_COST", "amount": 10000, "description": "就餐的预估费用" });
    let range = json!({ "start_time": "20091225091010", "end_time": "20091225121010" });

    wire(
        &create_service_order("1234323JKHDFE1243252"),
        Method::Post,
        "/v3/payscore/serviceorder",
        None,
        Some(json!({
            "out_order_no": "1234323JKHDFE1243252",
            "appid": APPID,
            "service_id": "500001",
            "service_introduction": "某某酒店",
            "post_payments": payments,
            "time_range": range,
            "risk_fund": risk,
            "attach": "Easdfowealsdkjfnlaksjdlfkwqoi&wl3l2sald",
            "notify_url": "https://api.test.com",
            "need_user_confirm": true
        })),
    );
    wire(
        &payscore::QueryServiceOrder {
            out_order_no: Some("1234323JKHDFE1243252".into()),
            query_id: None,
            service_id: "2002000000000558128851361561536".into(),
            appid: APPID.into(),
        },
        Method::Get,
        "/v3/payscore/serviceorder",
        Some(
            "out_order_no=1234323JKHDFE1243252&service_id=2002000000000558128851361561536&appid=wxd678efh567hg6787",
        ),
        None,
    );
    let path = |action: &str| format!("/v3/payscore/serviceorder/1234323JKHDFE1243252/{action}");
    wire(
        &payscore::CancelServiceOrder {
            out_order_no: "1234323JKHDFE1243252".into(),
            appid: APPID.into(),
            service_id: "500001".into(),
            reason: "用户投诉".into(),
        },
        Method::Post,
        &path("cancel"),
        None,
        Some(json!({ "appid": APPID, "service_id": "500001", "reason": "用户投诉" })),
    );
    wire(
        &payscore::ModifyServiceOrder {
            out_order_no: "1234323JKHDFE1243252".into(),
            appid: APPID.into(),
            service_id: "500001".into(),
            post_payments: post_payments(),
            post_discounts: Some(post_discounts()),
            total_amount: 3900,
            reason: "用户投诉".into(),
        },
        Method::Post,
        &path("modify"),
        None,
        Some(json!({
            "appid": APPID,
            "service_id": "500001",
            "post_payments": payments,
            "post_discounts": discounts,
            "total_amount": 3900,
            "reason": "用户投诉"
        })),
    );
    wire(
        &payscore::CompleteServiceOrder {
            out_order_no: "1234323JKHDFE1243252".into(),
            appid: APPID.into(),
            service_id: "500001".into(),
            post_payments: post_payments(),
            post_discounts: Some(post_discounts()),
            total_amount: 3900,
            time_range: Some(time_range()),
            location: None,
            profit_sharing: Some(false),
            goods_tag: None,
            device: None,
        },
        Method::Post,
        &path("complete"),
        None,
        Some(json!({
            "appid": APPID,
            "service_id": "500001",
            "post_payments": payments,
            "post_discounts": discounts,
            "total_amount": 3900,
            "time_range": range,
            "profit_sharing": false
        })),
    );
    wire(
        &payscore::PayServiceOrder {
            out_order_no: "1234323JKHDFE1243252".into(),
            appid: APPID.into(),
            service_id: "500001".into(),
        },
        Method::Post,
        &path("pay"),
        None,
        Some(json!({ "appid": APPID, "service_id": "500001" })),
    );
    wire(
        &payscore::SyncServiceOrder {
            out_order_no: "1234323JKHDFE1243252".into(),
            appid: APPID.into(),
            service_id: "500001".into(),
            kind: "Order_Paid".into(),
            detail: SyncDetail {
                paid_time: "20091225091210".into(),
            },
        },
        Method::Post,
        &path("sync"),
        None,
        Some(json!({
            "appid": APPID,
            "service_id": "500001",
            "type": "Order_Paid",
            "detail": { "paid_time": "20091225091210" }
        })),
    );
}

#[test]
fn payscore_permission_requests() {
    wire(
        &payscore::ApplyPermissions {
            service_id: "500001".into(),
            appid: APPID.into(),
            authorization_code: "1234323JKHDFE1243252".into(),
            notify_url: Some("http://www.qq.com".into()),
        },
        Method::Post,
        "/v3/payscore/permissions",
        None,
        Some(json!({
            "service_id": "500001",
            "appid": APPID,
            "authorization_code": "1234323JKHDFE1243252",
            "notify_url": "http://www.qq.com"
        })),
    );
    wire(
        &payscore::QueryPermissionsByCode {
            authorization_code: "1234323JKHDFE1243252".into(),
            service_id: "500001".into(),
        },
        Method::Get,
        "/v3/payscore/permissions/authorization-code/1234323JKHDFE1243252",
        Some("service_id=500001"),
        None,
    );
    wire(
        &payscore::TerminatePermissionsByCode {
            authorization_code: "1234323JKHDFE1243252".into(),
            service_id: "500001".into(),
            reason: "撤销原因".into(),
        },
        Method::Post,
        "/v3/payscore/permissions/authorization-code/1234323JKHDFE1243252/terminate",
        None,
        Some(json!({ "service_id": "500001", "reason": "撤销原因" })),
    );
    wire(
        &payscore::QueryPermissionsByOpenid {
            openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into(),
            appid: APPID.into(),
            service_id: "500001".into(),
        },
        Method::Get,
        "/v3/payscore/permissions/openid/oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
        Some("appid=wxd678efh567hg6787&service_id=500001"),
        None,
    );
    wire(
        &payscore::TerminatePermissionsByOpenid {
            openid: "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into(),
            service_id: "500001".into(),
            appid: APPID.into(),
            reason: "撤销原因".into(),
        },
        Method::Post,
        "/v3/payscore/permissions/openid/oUpF8uMuAJO_M2pxb1Q9zNjWeS6o/terminate",
        None,
        Some(json!({ "service_id": "500001", "appid": APPID, "reason": "撤销原因" })),
    );
}

#[test]
fn payscore_partner_requests() {
    let sid = "2002000000000558128851361561536";
    let payments = serde_json::to_value(post_payments()).unwrap();
    wire(
        &payscore::PartnerCreateServiceOrder {
            service_id: sid.into(),
            appid: APPID.into(),
            sub_mchid: SUB_MCHID.into(),
            sub_appid: Some("wxd678efh567hg6999".into()),
            out_order_no: "1234323JKHDFE1243252".into(),
            service_introduction: "某某酒店".into(),
            post_payments: Some(post_payments()),
            post_discounts: None,
            risk_fund: risk_fund(),
            time_range: time_range(),
            location: None,
            attach: None,
            notify_url: "https://api.test.com".into(),
            openid: None,
            sub_openid: Some("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o".into()),
            need_user_confirm: Some(false),
            device: None,
        },
        Method::Post,
        "/v3/payscore/partner/serviceorder",
        None,
        Some(json!({
            "service_id": sid,
            "appid": APPID,
            "sub_mchid": SUB_MCHID,
            "sub_appid": "wxd678efh567hg6999",
            "out_order_no": "1234323JKHDFE1243252",
            "service_introduction": "某某酒店",
            "post_payments": payments,
            "risk_fund": { "name": "ESTIMATE_ORDER_COST", "amount": 10000, "description": "就餐的预估费用" },
            "time_range": { "start_time": "20091225091010", "end_time": "20091225121010" },
            "notify_url": "https://api.test.com",
            "sub_openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o",
            "need_user_confirm": false
        })),
    );
    wire(
        &payscore::PartnerQueryServiceOrder {
            service_id: Some(sid.into()),
            sub_mchid: SUB_MCHID.into(),
            out_order_no: Some("1234323JKHDFE1243252".into()),
            query_id: None,
        },
        Method::Get,
        "/v3/payscore/partner/serviceorder",
        Some(
            "service_id=2002000000000558128851361561536&sub_mchid=1900000109&out_order_no=1234323JKHDFE1243252",
        ),
        None,
    );
    let path =
        |action: &str| format!("/v3/payscore/partner/serviceorder/1234323JKHDFE1243252/{action}");
    let no = || "1234323JKHDFE1243252".to_owned();
    wire(
        &payscore::PartnerCancelServiceOrder {
            out_order_no: no(),
            service_id: sid.into(),
            sub_mchid: SUB_MCHID.into(),
            reason: "用户投诉".into(),
        },
        Method::Post,
        &path("cancel"),
        None,
        Some(json!({ "service_id": sid, "sub_mchid": SUB_MCHID, "reason": "用户投诉" })),
    );
    wire(
        &payscore::PartnerModifyServiceOrder {
            out_order_no: no(),
            service_id: sid.into(),
            sub_mchid: SUB_MCHID.into(),
            post_payments: post_payments(),
            post_discounts: None,
            total_amount: 4000,
            reason: "用户投诉".into(),
        },
        Method::Post,
        &path("modify"),
        None,
        Some(json!({
            "service_id": sid,
            "sub_mchid": SUB_MCHID,
            "post_payments": payments,
            "total_amount": 4000,
            "reason": "用户投诉"
        })),
    );
    wire(
        &payscore::PartnerCompleteServiceOrder {
            out_order_no: no(),
            service_id: sid.into(),
            sub_mchid: SUB_MCHID.into(),
            post_payments: post_payments(),
            post_discounts: None,
            total_amount: 4000,
            time_range: None,
            location: None,
            profit_sharing: None,
            goods_tag: Some("WXG".into()),
            device: None,
        },
        Method::Post,
        &path("complete"),
        None,
        Some(json!({
            "service_id": sid,
            "sub_mchid": SUB_MCHID,
            "post_payments": payments,
            "total_amount": 4000,
            "goods_tag": "WXG"
        })),
    );
    wire(
        &payscore::PartnerPayServiceOrder {
            out_order_no: no(),
            service_id: sid.into(),
            sub_mchid: SUB_MCHID.into(),
        },
        Method::Post,
        &path("pay"),
        None,
        Some(json!({ "service_id": sid, "sub_mchid": SUB_MCHID })),
    );
    wire(
        &payscore::PartnerSyncServiceOrder {
            out_order_no: no(),
            service_id: sid.into(),
            sub_mchid: SUB_MCHID.into(),
            kind: "Order_Paid".into(),
            detail: SyncDetail {
                paid_time: "20091225091210".into(),
            },
        },
        Method::Post,
        &path("sync"),
        None,
        Some(json!({
            "service_id": sid,
            "sub_mchid": SUB_MCHID,
            "type": "Order_Paid",
            "detail": { "paid_time": "20091225091210" }
        })),
    );
}

/// Every endpoint of the area is a distinct `(METHOD, TEMPLATE)`.
#[test]
fn the_area_declares_fifty_distinct_endpoints() {
    macro_rules! templates {
        ($($ty:ty),+ $(,)?) => { vec![$((<$ty as Endpoint>::METHOD, <$ty as Endpoint>::TEMPLATE)),+] };
    }
    let all = templates![
        transactions::JsapiPrepay,
        transactions::AppPrepay,
        transactions::H5Prepay,
        transactions::NativePrepay,
        transactions::QueryByTransactionId,
        transactions::QueryByOutTradeNo,
        transactions::CloseOrder,
        transactions::CodePay,
        transactions::ReverseOrder,
        partner::JsapiPrepay,
        partner::AppPrepay,
        partner::H5Prepay,
        partner::NativePrepay,
        partner::QueryByTransactionId,
        partner::QueryByOutTradeNo,
        partner::CloseOrder,
        partner::CodePay,
        partner::ReverseOrder,
        combine::JsapiPrepay,
        combine::AppPrepay,
        combine::H5Prepay,
        combine::NativePrepay,
        QueryCombineOrder,
        CloseCombineOrder,
        CreateRefund,
        QueryRefund,
        ApplyAbnormalRefund,
        TradeBill,
        FundFlowBill,
        SubMerchantFundFlowBill,
        ListCertificates,
        payscore::CreateServiceOrder,
        payscore::QueryServiceOrder,
        payscore::CancelServiceOrder,
        payscore::ModifyServiceOrder,
        payscore::CompleteServiceOrder,
        payscore::PayServiceOrder,
        payscore::SyncServiceOrder,
        payscore::ApplyPermissions,
        payscore::QueryPermissionsByCode,
        payscore::TerminatePermissionsByCode,
        payscore::QueryPermissionsByOpenid,
        payscore::TerminatePermissionsByOpenid,
        payscore::PartnerCreateServiceOrder,
        payscore::PartnerQueryServiceOrder,
        payscore::PartnerCancelServiceOrder,
        payscore::PartnerModifyServiceOrder,
        payscore::PartnerCompleteServiceOrder,
        payscore::PartnerPayServiceOrder,
        payscore::PartnerSyncServiceOrder,
    ];
    let distinct: HashSet<_> = all.iter().collect();
    assert_eq!(all.len(), 50);
    assert_eq!(distinct.len(), all.len());
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

    let prepay = JsapiPrepayResponse {
        prepay_id: "wx201410272009395522657a690389285100".into(),
    };
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

    let prepay = AppPrepayResponse {
        prepay_id: "wx201410272009395522657a690389285100".into(),
    };
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

fn sandbox_jsapi(out_trade_no: &str) -> transactions::JsapiPrepay {
    let mut req = jsapi();
    req.mchid = credentials::MCHID.into();
    req.out_trade_no = out_trade_no.into();
    req
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
    assert_eq!(again, prepay);

    let query = transactions::QueryByOutTradeNo {
        out_trade_no: "sandbox-order-0001".into(),
        mchid: credentials::MCHID.into(),
    };
    let order = client.send(&query).await.unwrap();
    assert_eq!(order.trade_state, TradeState::NotPay);
    assert_eq!(order.appid, APPID);
    assert_eq!(order.attach.as_deref(), Some("自定义数据说明"));

    let close = transactions::CloseOrder {
        out_trade_no: "sandbox-order-0001".into(),
        mchid: credentials::MCHID.into(),
    };
    client.send(&close).await.unwrap();
    let order = client.send(&query).await.unwrap();
    assert_eq!(order.trade_state, TradeState::Closed);

    // A closed order cannot be placed again, nor refunded.
    let err = client
        .send(&sandbox_jsapi("sandbox-order-0001"))
        .await
        .unwrap_err();
    assert_eq!(err.api_code(), Some("ORDER_CLOSED"));
    let refund = CreateRefund {
        sub_mchid: None,
        transaction_id: None,
        out_trade_no: Some("sandbox-order-0001".into()),
        out_refund_no: "sandbox-refund-0001".into(),
        reason: None,
        notify_url: None,
        funds_account: None,
        amount: RefundRequestAmount {
            refund: 100,
            from: None,
            total: 100,
            currency: "CNY".into(),
        },
        goods_detail: None,
    };
    let err = client.send(&refund).await.unwrap_err();
    assert_eq!(err.api_code(), Some("INVALID_REQUEST"));

    // Unknown order, and a required field missing: signed, typed errors.
    let err = client
        .send(&transactions::QueryByOutTradeNo {
            out_trade_no: "never-placed".into(),
            mchid: credentials::MCHID.into(),
        })
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
    assert_eq!(api.detail.as_ref().unwrap()["field"], "description");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refund_and_bill_end_to_end() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();

    let create = CreateRefund {
        sub_mchid: None,
        transaction_id: None,
        out_trade_no: Some("paid-elsewhere-0001".into()),
        out_refund_no: "refund-0001".into(),
        reason: Some("商品已售完".into()),
        notify_url: None,
        funds_account: None,
        amount: RefundRequestAmount {
            refund: 50,
            from: None,
            total: 100,
            currency: "CNY".into(),
        },
        goods_detail: None,
    };
    let refund: Refund = client.send(&create).await.unwrap();
    assert_eq!(refund.status, RefundStatus::Processing);
    assert_eq!((refund.amount.refund, refund.amount.total), (50, 100));
    // Idempotent on out_refund_no, and queryable.
    assert_eq!(client.send(&create).await.unwrap(), refund);
    let queried = client
        .send(&QueryRefund {
            out_refund_no: "refund-0001".into(),
            sub_mchid: None,
        })
        .await
        .unwrap();
    assert_eq!(queried, refund);

    let mut too_much = create.clone();
    too_much.out_refund_no = "refund-0002".into();
    too_much.amount.refund = 101;
    assert_eq!(
        client.send(&too_much).await.unwrap_err().api_code(),
        Some("PARAM_ERROR")
    );

    let bill = client
        .send(&TradeBill {
            bill_date: "2019-06-11".into(),
            sub_mchid: None,
            bill_type: None,
            tar_type: None,
        })
        .await
        .unwrap();
    assert_eq!(bill.hash_type, HashType::Sha1);
    let err = client
        .send(&TradeBill {
            bill_date: "2019/06/11".into(),
            sub_mchid: None,
            bill_type: None,
            tar_type: None,
        })
        .await
        .unwrap_err();
    assert_eq!(err.api_code(), Some("PARAM_ERROR"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn payscore_service_order_end_to_end() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();

    let order = client
        .send(&create_service_order("score-0001"))
        .await
        .unwrap();
    assert_eq!(order.state, ServiceOrderState::Created);
    assert!(order.package.is_some() && order.order_id.is_some());

    let query = payscore::QueryServiceOrder {
        out_order_no: Some("score-0001".into()),
        query_id: None,
        service_id: "500001".into(),
        appid: APPID.into(),
    };
    assert_eq!(
        client.send(&query).await.unwrap().out_order_no,
        "score-0001"
    );

    let cancel = payscore::CancelServiceOrder {
        out_order_no: "score-0001".into(),
        appid: APPID.into(),
        service_id: "500001".into(),
        reason: "用户取消".into(),
    };
    let ack = client.send(&cancel).await.unwrap();
    assert_eq!(ack.order_id, order.order_id.unwrap());
    assert_eq!(
        client.send(&query).await.unwrap().state,
        ServiceOrderState::Revoked
    );
    assert_eq!(
        client.send(&cancel).await.unwrap_err().api_code(),
        Some("ORDER_CANCELED")
    );
}
