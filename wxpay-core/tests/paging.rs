//! Walking paged lists through a stub transport that answers as WeChat Pay would (signed with
//! the test WeChat Pay key), including servers that never advance.

use std::sync::{Arc, Mutex};

use futures_util::StreamExt as _;
use http::{HeaderMap, HeaderValue};
use serde::Deserialize;
use wxpay_core::transport::TransportFuture;
use wxpay_core::*;

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/",
            $name
        ))
    };
}

const PUB_KEY_ID: &str = "PUB_KEY_ID_0114232134912410000000000000";

/// Answers each request with `answer(offset, limit, n)` (n: the request's number, from 0),
/// signed as WeChat Pay signs, and records the query strings.
struct Stub {
    answer: Box<dyn Fn(u64, u64, usize) -> String + Send + Sync>,
    queries: Mutex<Vec<String>>,
    key: MerchantKey,
}

impl std::fmt::Debug for Stub {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Stub")
    }
}

impl Transport for Stub {
    fn send(&self, req: HttpRequest) -> TransportFuture<'_> {
        let query = req.url.query().unwrap_or_default().to_owned();
        let param = |name: &str| {
            req.url
                .query_pairs()
                .find(|(k, _)| k == name)
                .and_then(|(_, v)| v.parse::<u64>().ok())
                .unwrap_or(0)
        };
        let (offset, limit) = (param("offset"), param("limit"));
        let n = {
            let mut q = self.queries.lock().unwrap();
            q.push(query);
            q.len() - 1
        };
        let body = (self.answer)(offset, limit, n);
        let ts = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
            .to_string();
        let nonce = format!("nonce{n}");
        let sig = self
            .key
            .sign_base64(format!("{ts}\n{nonce}\n{body}\n").as_bytes())
            .unwrap();
        let mut headers = HeaderMap::new();
        for (k, v) in [
            ("wechatpay-timestamp", ts.as_str()),
            ("wechatpay-nonce", nonce.as_str()),
            ("wechatpay-signature", sig.as_str()),
            ("wechatpay-serial", PUB_KEY_ID),
            ("content-type", "application/json"),
        ] {
            headers.insert(k, HeaderValue::from_str(v).unwrap());
        }
        Box::pin(async move {
            Ok(HttpResponse {
                status: 200,
                headers,
                body: body.into(),
            })
        })
    }
}

fn client(
    answer: impl Fn(u64, u64, usize) -> String + Send + Sync + 'static,
) -> (Client, Arc<Stub>) {
    let stub = Arc::new(Stub {
        answer: Box::new(answer),
        queries: Mutex::new(Vec::new()),
        key: MerchantKey::from_pem(fixture!("wechatpay_key.pem")).unwrap(),
    });
    let client = Client::builder()
        .mchid("1900000001")
        .merchant_serial("5157F09EFDC096DE15EBE81A47057A7232F1B8E1")
        .private_key_pem(fixture!("merchant_pkcs8.pem"))
        .wechatpay_public_key(PUB_KEY_ID, fixture!("wechatpay_pub.pem"))
        .transport(stub.clone())
        .build()
        .unwrap();
    (client, stub)
}

/// `GET /v3/things?offset=…&limit=…`, its `Paged` impl written by hand.
#[derive(Debug, Clone)]
struct ListThings {
    offset: u64,
    limit: u64,
}

#[derive(Debug, Deserialize)]
struct ThingPage {
    data: Vec<u64>,
    total_count: Option<u64>,
    offset: Option<u64>,
}

impl Endpoint for ListThings {
    type Response = ThingPage;
    const METHOD: Method = Method::Get;
    const TEMPLATE: &'static str = "/v3/things";
    fn path(&self) -> Result<String, Error> {
        Ok(Self::TEMPLATE.into())
    }
    fn query(&self) -> Result<Option<String>, Error> {
        Ok(Some(format!("offset={}&limit={}", self.offset, self.limit)))
    }
    fn body(&self, _: &dyn Encryptor) -> Result<Option<Vec<u8>>, Error> {
        Ok(None)
    }
}

impl Paged for ListThings {
    type Item = u64;
    fn offset(&self) -> u64 {
        self.offset
    }
    fn set_offset(&mut self, offset: u64) {
        self.offset = offset;
    }
    fn limit(&self) -> Option<u64> {
        Some(self.limit)
    }
    fn items(page: &ThingPage) -> &[u64] {
        &page.data
    }
    fn into_items(page: ThingPage) -> Vec<u64> {
        page.data
    }
    fn total(page: &ThingPage) -> Option<u64> {
        page.total_count
    }
    fn page_offset(page: &ThingPage) -> Option<u64> {
        page.offset
    }
}

/// A list of `len` numbers, paged as asked.
fn honest(len: u64) -> impl Fn(u64, u64, usize) -> String {
    move |offset, limit, _| {
        let data: Vec<u64> = (offset..len.min(offset + limit)).collect();
        serde_json::json!({ "data": data, "total_count": len, "offset": offset }).to_string()
    }
}

#[tokio::test]
async fn pages_follow_the_offset_to_the_total() {
    let (client, stub) = client(honest(7));
    let items = client
        .all_items(&ListThings {
            offset: 0,
            limit: 3,
        })
        .await
        .unwrap();
    assert_eq!(items, (0..7).collect::<Vec<_>>());
    assert_eq!(
        *stub.queries.lock().unwrap(),
        ["offset=0&limit=3", "offset=3&limit=3", "offset=6&limit=3"]
    );
}

#[tokio::test]
async fn a_server_repeating_the_same_page_is_stopped() {
    // Ignores the offset, says there are many more, never reports where it is.
    let (client, stub) = client(|_, _, _| r#"{"data":[1,2,3],"total_count":1000}"#.to_owned());
    let results: Vec<_> = client
        .pages(&ListThings {
            offset: 0,
            limit: 3,
        })
        .collect()
        .await;
    assert_eq!(results.len(), 2);
    assert!(results[0].is_ok());
    let e = results[1].as_ref().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Paging, "{e}");
    assert!(e.may_have_reached_server());
    assert_eq!(stub.queries.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn a_server_reporting_an_offset_that_does_not_advance_is_stopped() {
    // Each answer differs (a counter), but always says it is at offset 0.
    let (client, stub) = client(|_, _, n| {
        serde_json::json!({ "data": [n, n, n], "offset": 0, "total_count": 1000 }).to_string()
    });
    let results: Vec<_> = client
        .items(&ListThings {
            offset: 0,
            limit: 3,
        })
        .collect()
        .await;
    assert_eq!(results.len(), 4, "{results:?}");
    assert!(results[..3].iter().all(Result::is_ok));
    assert_eq!(results[3].as_ref().unwrap_err().kind(), ErrorKind::Paging);
    assert_eq!(stub.queries.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn nothing_is_sent_until_polled_and_an_empty_list_is_one_request() {
    let (client, stub) = client(honest(0));
    let stream = client.items(&ListThings {
        offset: 0,
        limit: 3,
    });
    assert!(stub.queries.lock().unwrap().is_empty());
    assert_eq!(stream.collect::<Vec<_>>().await.len(), 0);
    assert_eq!(stub.queries.lock().unwrap().len(), 1);
}

#[test]
fn the_stream_is_send_and_static() {
    fn check<T: Send + 'static>(_: T) {}
    let (client, _) = client(honest(1));
    check(client.pages(&ListThings {
        offset: 0,
        limit: 1,
    }));
}
