//! A notification (callback) handler in axum: `cargo run --example notify_server`.
//!
//! WeChat Pay posts payment and refund results to your `notify_url` and expects an answer within
//! 5 seconds; anything but 200/204 makes it send the notification again later. The handler
//! verifies the signature (and the 5-minute replay window), decrypts the resource, hands the
//! work to a background task and answers at once.
//!
//! With `WXPAY_*` set it serves on `WXPAY_NOTIFY_ADDR` (default `127.0.0.1:8080`) until stopped.
//! Without, it starts the sandbox, which posts a payment notification, a replayed (stale) one
//! and a forged one to the handler, and prints what the handler answered.

use std::sync::Arc;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use bytes::Bytes;
use wxpay::notify::{Event, ParseEvent as _};
use wxpay::{Client, NotificationParser, NotifyAnswer};

async fn notify(
    State(parser): State<Arc<NotificationParser>>,
    headers: HeaderMap,
    body: Bytes,
) -> (StatusCode, String) {
    let answer = match parser.parse_event(&headers, &body) {
        Ok(event) => {
            match &event {
                Event::Transaction(n) => println!(
                    "handler: verified {} for out_trade_no {} ({} fen)",
                    n.event_type,
                    n.resource.out_trade_no,
                    n.resource
                        .amount
                        .as_ref()
                        .and_then(|a| a.total)
                        .unwrap_or(0)
                ),
                other => println!("handler: verified {}", other.event_type()),
            }
            // Do the business work off the request path, so the answer leaves within 5 s.
            // It must be idempotent: WeChat Pay may deliver the same notification twice
            // (deduplicate on `event.id()` or the business number).
            tokio::spawn(async move {
                let _event = event;
            });
            NotifyAnswer::success()
        }
        Err(e) => {
            println!("handler: refused ({e})");
            NotifyAnswer::for_error(&e)
        }
    };
    (
        StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
        answer.body,
    )
}

fn app(client: &Client) -> Result<Router, wxpay::Error> {
    let parser = Arc::new(client.notifications()?);
    Ok(Router::new()
        .route("/wxpay/notify", post(notify))
        .with_state(parser))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target = wxpay_examples::client_or_sandbox().await?;
    let Some(sandbox) = &target.sandbox else {
        let addr = std::env::var("WXPAY_NOTIFY_ADDR").unwrap_or_else(|_| "127.0.0.1:8080".into());
        let listener = tokio::net::TcpListener::bind(&addr).await?;
        println!("listening on http://{addr}/wxpay/notify");
        axum::serve(listener, app(&target.client)?).await?;
        return Ok(());
    };

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/wxpay/notify", listener.local_addr()?);
    let server = tokio::spawn(axum::serve(listener, app(&target.client)?).into_future());

    let transaction = serde_json::json!({
        "mchid": "1900000001", "appid": "wxd678efh567hg6787", "out_trade_no": "1217752501201407033233368018",
        "transaction_id": "1217752501201407033233368018", "trade_type": "JSAPI", "trade_state": "SUCCESS",
        "trade_state_desc": "支付成功", "bank_type": "CMC", "success_time": "2018-06-08T10:34:56+08:00",
        "payer": { "openid": "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o" },
        "amount": { "total": 100, "payer_total": 100, "currency": "CNY", "payer_currency": "CNY" }
    });
    let status = sandbox
        .send_notification(&url, "TRANSACTION.SUCCESS", &transaction)
        .await?;
    println!("TRANSACTION.SUCCESS → handler answered {status}");

    // A notification replayed 10 minutes later is refused, so WeChat Pay's retry is the one that counts.
    let (headers, body) = sandbox.notification_at("TRANSACTION.SUCCESS", &transaction, now() - 600);
    println!(
        "replayed notification → handler answered {}",
        wxpay::sandbox::Sandbox::deliver(&url, headers, body).await?
    );

    // A forged body (signature of another one) is refused.
    let (headers, _) = sandbox.notification("TRANSACTION.SUCCESS", &transaction);
    let (_, other_body) = sandbox.notification(
        "REFUND.SUCCESS",
        &serde_json::json!({ "out_refund_no": "x" }),
    );
    println!(
        "forged notification → handler answered {}",
        wxpay::sandbox::Sandbox::deliver(&url, headers, other_body).await?
    );
    server.abort();
    Ok(())
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}
