//! A whole payment with its notifications: `cargo run --example notify_server`.
//!
//! WeChat Pay posts payment and refund results to your `notify_url`, expects `200`/`204`
//! within 5 seconds, and otherwise posts them again (15s/15s/30s/3m/10m/20m/30m/30m/30m/60m/
//! 3h/3h/3h/6h/6h). `NotifyEndpoint` does the protocol part: raw body, signature and 5-minute
//! replay window, decryption, a typed `Event` to your handler, duplicates recognised by
//! notification id (here through a `SeenStore` over the app's own "database"), the answer in
//! time.
//!
//! With `WXPAY_*` set it serves on `WXPAY_NOTIFY_ADDR` (default `127.0.0.1:8080`) until stopped.
//! Without, it plays the whole flow against the sandbox: a JSAPI order, the user pays (a
//! sandbox trigger), the notification arrives, WeChat Pay delivers it again (recognised as a
//! duplicate), the query says SUCCESS, a refund, the refund notification.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::routing::post_service;
use wxpay::notify::{BoxError, Event, NotifyEndpoint, SeenStore};
use wxpay::pay::transactions::{
    JsapiPrepay, JsapiPrepayAmount, JsapiPrepayPayer, QueryByOutTradeNo,
};
use wxpay::refund::{CreateRefund, CreateRefundAmount};
use wxpay::sandbox::Trigger;

/// The app's database, reduced to what the example needs: a table of handled notification
/// ids (in SQL: `notification_id TEXT PRIMARY KEY, seen_at TIMESTAMP`) and the orders.
#[derive(Default)]
struct Database {
    seen: Mutex<HashMap<String, Instant>>,
    paid: Mutex<Vec<String>>,
}

/// The duplicate check over that table: `INSERT … ON CONFLICT DO NOTHING` and `DELETE`.
struct SeenTable(Arc<Database>);

impl SeenStore for SeenTable {
    async fn first_seen(&self, id: &str, window: Duration) -> Result<bool, BoxError> {
        let mut seen = self.0.seen.lock().map_err(|_| "database poisoned")?;
        let fresh = seen.get(id).is_none_or(|at| at.elapsed() >= window);
        if fresh {
            seen.insert(id.to_owned(), Instant::now());
        }
        Ok(fresh)
    }

    async fn forget(&self, id: &str) -> Result<(), BoxError> {
        self.0
            .seen
            .lock()
            .map_err(|_| "database poisoned")?
            .remove(id);
        Ok(())
    }
}

fn app(client: &wxpay::Client, db: Arc<Database>) -> Result<Router, wxpay::Error> {
    let orders = db.clone();
    let endpoint = NotifyEndpoint::new(client.notifications()?, move |event: Event| {
        let db = orders.clone();
        async move {
            // Runs on its own task; must be idempotent on the business number.
            match &event {
                Event::Transaction(n) => {
                    println!(
                        "handler: {} for {} ({} fen)",
                        n.event_type,
                        n.resource.out_trade_no,
                        n.resource
                            .amount
                            .as_ref()
                            .and_then(|a| a.total)
                            .unwrap_or(0)
                    );
                    db.paid
                        .lock()
                        .map_err(|_| "poisoned")?
                        .push(n.resource.out_trade_no.clone());
                }
                Event::Refund(n) => println!(
                    "handler: {} for {} ({} fen)",
                    n.event_type, n.resource.out_refund_no, n.resource.amount.refund
                ),
                other => println!("handler: {}", other.event_type()),
            }
            Ok::<(), BoxError>(())
        }
    })
    .with_store(SeenTable(db));
    Ok(Router::new().route("/wxpay/notify", post_service(endpoint)))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target = wxpay_examples::client_or_sandbox().await?;
    let db = Arc::new(Database::default());
    let Some(sandbox) = &target.sandbox else {
        let addr = std::env::var("WXPAY_NOTIFY_ADDR").unwrap_or_else(|_| "127.0.0.1:8080".into());
        let listener = tokio::net::TcpListener::bind(&addr).await?;
        println!("listening on http://{addr}/wxpay/notify");
        axum::serve(listener, app(&target.client, db)?).await?;
        return Ok(());
    };
    // WeChat Pay's retry waits, 1000 times shorter.
    sandbox.set_time_scale(0.001);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let notify_url = format!("http://{}/wxpay/notify", listener.local_addr()?);
    let server =
        tokio::spawn(axum::serve(listener, app(&target.client, db.clone())?).into_future());
    let client = &target.client;

    let no = "notify-example-0001";
    let prepay = client
        .send(
            &JsapiPrepay::new(
                "wxd678efh567hg6787",
                "Image形象店-深圳腾大-QQ公仔",
                no,
                JsapiPrepayAmount::new(100).currency("CNY"),
                notify_url.clone(),
                JsapiPrepayPayer::new("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"),
            ), // `mchid` is filled by the client
        )
        .await?;
    println!("order {no} placed: prepay_id {}", prepay.prepay_id);

    // The user pays in the WeChat app; WeChat Pay posts TRANSACTION.SUCCESS.
    let paid = sandbox.trigger(&Trigger::Pay(no.into()))?;
    let id = paid.notification_id.ok_or("no notification")?;
    let log = sandbox
        .wait_for_delivery(&id, Duration::from_secs(10))
        .await;
    let log = log.map(|d| d.to_json().to_string()).unwrap_or_default();
    println!("delivery log: {log}");
    // WeChat Pay did not see the answer and delivers again: acknowledged, not handled twice.
    println!(
        "forced re-delivery acknowledged: {:?}",
        sandbox.redeliver(&id).await
    );

    let query = QueryByOutTradeNo::new(no);
    let t = client.send(&query).await?;
    println!(
        "query: {:?}, transaction_id {:?}",
        t.trade_state, t.transaction_id
    );

    let refund = client
        .send(
            &CreateRefund::new(
                "notify-example-refund-0001",
                CreateRefundAmount::new(100, 100, "CNY"),
            )
            .out_trade_no(no)
            .reason("不想要了"),
        )
        .await?;
    println!("refund {}: {:?}", refund.out_refund_no, refund.status);
    let done = sandbox.trigger(&Trigger::RefundSucceeded(refund.out_refund_no.clone()))?;
    if let Some(id) = done.notification_id {
        sandbox
            .wait_for_delivery(&id, Duration::from_secs(10))
            .await;
    }
    // The handler runs on its own task: give it a moment before reading what it recorded.
    tokio::time::sleep(Duration::from_millis(100)).await;
    println!(
        "orders marked paid by the handler: {:?}",
        db.paid.lock().map(|p| p.clone()).unwrap_or_default()
    );
    server.abort();
    Ok(())
}
