//! Many merchants in one service: `cargo run --example multi_merchant`.
//!
//! A service provider, platform or SaaS vendor holds many merchants' credentials. A
//! `Merchants` registry holds a client per merchant (one connection pool for all), picks the
//! merchant per call, rotates keys while calls are in flight, loads merchants it does not hold
//! yet from your database on first use, and routes every merchant's notifications arriving on
//! one endpoint to the right merchant's keys.
//!
//! Runs against the sandbox, which hosts several merchants, each with its own keys.

use std::sync::Arc;

use axum::Router;
use axum::routing::post_service;
use wxpay::notify::{BoxError, Event, NotifyEndpoint};
use wxpay::pay::transactions::{
    JsapiPrepay, JsapiPrepayAmount, JsapiPrepayPayer, QueryByOutTradeNo,
};
use wxpay::registry::MerchantCredentials;
use wxpay::sandbox::Sandbox;
use wxpay::{Error, Merchants};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sandbox = Arc::new(Sandbox::start().await?);
    // WeChat Pay's side: three merchants, each with its own API key, WeChat Pay public key
    // and APIv3 key. (In production these are your merchants' real credentials.)
    let ids = ["1900000101", "1900000102", "1900000103"];
    let mut creds: Vec<MerchantCredentials> = ids.iter().map(|m| sandbox.add_merchant(m)).collect();

    // Your side. The third merchant lives in "the database" and is loaded on first use.
    let db = sandbox.clone();
    let merchants = Merchants::builder()
        .base_url(sandbox.base_url())
        .source(move |mchid: String| {
            let db = db.clone();
            async move {
                println!("loading merchant {mchid} from the database");
                Ok::<_, Error>(db.merchant_credentials(&mchid))
            }
        })
        .build()?;
    creds.truncate(2);
    for c in creds {
        merchants.insert(c)?;
    }

    // Pick the merchant per call: `client(mchid)` for merchants held, `load(mchid)` to load.
    for mchid in ids {
        let client = merchants.load(mchid).await?;
        let order = format!("ORDER-{mchid}");
        client.send(&prepay(&order)).await?;
        let tx = client.send(&QueryByOutTradeNo::new(&order)).await?;
        println!("{mchid}: order {} is {:?}", tx.out_trade_no, tx.trade_state);
    }

    // Rotation: WeChat Pay accepts the new key, then the registry swaps it in. Calls already
    // in flight finish with the client they started with; later calls sign with the new key.
    let rotated = sandbox.rotate_merchant(ids[0]).ok_or("not hosted")?;
    merchants.insert(rotated)?;
    let client = merchants.client(ids[0])?;
    client
        .send(&QueryByOutTradeNo::new(format!("ORDER-{}", ids[0])))
        .await?;
    println!(
        "{}: rotated, now signing with serial {}",
        ids[0],
        client.signer().serial()
    );

    // One notification endpoint for every merchant: routed by the key that signed it
    // (`Wechatpay-Serial`), or by the merchant id ending the path when keys are shared.
    let endpoint = NotifyEndpoint::for_merchants(merchants.clone(), |event: Event| async move {
        if let Event::Transaction(n) = &event {
            println!(
                "notification for {}: {} paid",
                event.merchant().unwrap_or("?"),
                n.resource.out_trade_no
            );
        }
        Ok::<(), BoxError>(())
    });
    let app = Router::new()
        .route("/wxpay/notify", post_service(endpoint.clone()))
        .route("/wxpay/notify/{mchid}", post_service(endpoint));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/wxpay/notify", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app).await });

    for mchid in ids {
        let resource = serde_json::json!({
            "appid": "wxd678efh567hg6787", "mchid": mchid, "out_trade_no": format!("ORDER-{mchid}"),
            "transaction_id": "4200000000000000000000000001", "trade_type": "JSAPI",
            "trade_state": "SUCCESS", "trade_state_desc": "支付成功", "bank_type": "OTHERS",
            "success_time": "2026-12-01T12:00:00+08:00", "payer": { "openid": "o1" },
            "amount": { "total": 100, "payer_total": 100, "currency": "CNY", "payer_currency": "CNY" },
        });
        let (headers, body) = sandbox
            .merchant_notification(mchid, "TRANSACTION.SUCCESS", &resource)
            .ok_or("not hosted")?;
        let status = Sandbox::deliver(&url, headers, body).await?;
        println!("  answered {status}");
    }
    // Merchant A's notification on merchant B's path is refused; WeChat Pay would retry.
    let (headers, body) = sandbox
        .merchant_notification(ids[0], "TRANSACTION.SUCCESS", &serde_json::json!({}))
        .ok_or("not hosted")?;
    let status = Sandbox::deliver(&format!("{url}/{}", ids[1]), headers, body).await?;
    println!(
        "{}'s notification on {}'s path: answered {status}",
        ids[0], ids[1]
    );
    Ok(())
}

fn prepay(out_trade_no: &str) -> JsapiPrepay {
    JsapiPrepay::new(
        "wxd678efh567hg6787",
        "多商户示例",
        out_trade_no,
        JsapiPrepayAmount::new(100).currency("CNY"),
        "https://example.com/wxpay/notify",
        JsapiPrepayPayer::new("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"),
    )
}
