//! Typed notifications (回调通知): payment and refund results, verified and decrypted.
//!
//! ```no_run
//! # fn handle(client: &wxpay::Client, headers: &http::HeaderMap, body: &[u8]) -> wxpay::NotifyAnswer {
//! use wxpay::notify::{Event, ParseEvent as _};
//!
//! let parser = client.notifications().expect("the APIv3 key is configured");
//! match parser.parse_event(headers, body) {
//!     Ok(Event::Transaction(n)) => println!("paid: {}", n.resource.out_trade_no),
//!     Ok(Event::Refund(n)) => println!("refund {}: {}", n.resource.out_refund_no, n.event_type),
//!     Ok(other) => println!("{}", other.event_type()),
//!     Err(e) => return wxpay::NotifyAnswer::for_error(&e),
//! }
//! wxpay::NotifyAnswer::success()
//! # }
//! ```

use http::HeaderMap;

#[cfg(feature = "tower")]
mod endpoint;
#[cfg(feature = "tower")]
pub use endpoint::{
    BoxError, DEFAULT_ANSWER_WITHIN, DEFAULT_DEDUP_WINDOW, MemoryStore, NotifyEndpoint,
    NotifyHandler, SeenStore, mchid_from_path,
};

pub use crate::resources::*;
use crate::{Error, Notification, NotificationParser};

/// A verified, decrypted notification, typed by its `event_type`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Event {
    /// `TRANSACTION.SUCCESS` for a direct merchant.
    Transaction(Notification<Transaction>),
    /// `TRANSACTION.SUCCESS` for a service provider's sub-merchant (the resource has `sp_mchid`).
    PartnerTransaction(Notification<PartnerTransaction>),
    /// `REFUND.SUCCESS`, `REFUND.ABNORMAL` or `REFUND.CLOSED`.
    Refund(Notification<RefundNotification>),
    /// Any other event, with its decrypted resource as JSON.
    Other(Notification<serde_json::Value>),
}

impl Event {
    /// The `event_type`, e.g. `TRANSACTION.SUCCESS`.
    pub fn event_type(&self) -> &str {
        match self {
            Event::Transaction(n) => &n.event_type,
            Event::PartnerTransaction(n) => &n.event_type,
            Event::Refund(n) => &n.event_type,
            Event::Other(n) => &n.event_type,
        }
    }

    /// The merchant whose keys verified it ([`Notification::merchant`]): with a merchant
    /// registry, the merchant it was routed to.
    pub fn merchant(&self) -> Option<&str> {
        match self {
            Event::Transaction(n) => n.merchant.as_deref(),
            Event::PartnerTransaction(n) => n.merchant.as_deref(),
            Event::Refund(n) => n.merchant.as_deref(),
            Event::Other(n) => n.merchant.as_deref(),
        }
    }

    /// The notification id (WeChat Pay may deliver the same one more than once).
    pub fn id(&self) -> &str {
        match self {
            Event::Transaction(n) => &n.id,
            Event::PartnerTransaction(n) => &n.id,
            Event::Refund(n) => &n.id,
            Event::Other(n) => &n.id,
        }
    }
}

/// Parses notifications into [`Event`]s.
pub trait ParseEvent {
    /// Verifies (signature and the 5-minute window), decrypts and types a notification.
    fn parse_event(&self, headers: &HeaderMap, body: &[u8]) -> Result<Event, Error>;
}

impl ParseEvent for NotificationParser {
    fn parse_event(&self, headers: &HeaderMap, body: &[u8]) -> Result<Event, Error> {
        let n: Notification<serde_json::Value> = self.parse(headers, body)?;
        Ok(match n.event_type.as_str() {
            "TRANSACTION.SUCCESS" if n.resource.get("sp_mchid").is_some() => {
                Event::PartnerTransaction(retype(n)?)
            }
            "TRANSACTION.SUCCESS" => Event::Transaction(retype(n)?),
            t if t.starts_with("REFUND.") => Event::Refund(retype(n)?),
            _ => Event::Other(n),
        })
    }
}

/// The same notification with its resource decoded into `T` (errors name the JSON path).
fn retype<T: serde::de::DeserializeOwned>(
    n: Notification<serde_json::Value>,
) -> Result<Notification<T>, Error> {
    // Serializing a `Value` cannot fail; were it to, the empty input is a decode error.
    let bytes = serde_json::to_vec(&n.resource).unwrap_or_default();
    let resource = crate::decode_json(&bytes)?;
    Ok(Notification {
        id: n.id,
        create_time: n.create_time,
        event_type: n.event_type,
        resource_type: n.resource_type,
        summary: n.summary,
        original_type: n.original_type,
        merchant: n.merchant,
        resource,
    })
}
