//! Walking paged lists against the sandbox, which pages every catalog list it answers from the
//! generator's data: 23 copies of the example item unless a test sets another length, the
//! page the offset, token or page number and the page size ask for (10 when unset).

use futures_util::{StreamExt as _, TryStreamExt as _};
use serde::Deserialize;
use wxpay::marketing::favor::ListStocks;
use wxpay::platsolution::mch_transfer::QueryTransferBatchByBatchId;
use wxpay::sandbox::{Fault, Sandbox, credentials};
use wxpay::smartguide::ListGuides;
use wxpay::{ErrorKind, PageBy, Paged, endpoint};

#[tokio::test]
async fn a_catalog_list_is_walked_page_by_page() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let req = ListStocks::new(0, 10, credentials::MCHID);

    let before = sandbox.requests();
    let pages: Vec<_> = client.pages(&req).try_collect().await.unwrap();
    assert_eq!(sandbox.requests() - before, 3);
    let sizes: Vec<usize> = pages.iter().map(|p| ListStocks::items(p).len()).collect();
    assert_eq!(sizes, [10, 10, 3]);
    // Each page was asked at the next offset, with the limit as given.
    let at: Vec<(i64, i64, i64)> = pages
        .iter()
        .map(|p| (p.offset, p.limit, p.total_count))
        .collect();
    assert_eq!(at, [(0, 10, 23), (10, 10, 23), (20, 10, 23)]);

    let before = sandbox.requests();
    let items: Vec<_> = client.items(&req).try_collect().await.unwrap();
    assert_eq!(items.len(), 23);
    assert_eq!(sandbox.requests() - before, 3);

    // Another limit, and a walk that starts later.
    let before = sandbox.requests();
    let n = client
        .items(&ListStocks::new(5, 7, credentials::MCHID))
        .try_collect::<Vec<_>>()
        .await
        .unwrap()
        .len();
    assert_eq!((n, sandbox.requests() - before), (18, 3));

    // The request given is not changed.
    assert_eq!(req.offset, 0);
}

#[tokio::test]
async fn without_a_limit_or_total_the_page_size_and_an_empty_page_end_it() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    // No `limit`: the sandbox's default page size (10) applies and the answer reports it; this
    // answer has no `total_count`, so the short third page ends the walk.
    let req = QueryTransferBatchByBatchId::new(
        "1030000071100999991182020050700019480001",
        "1900000109",
        true,
    );
    assert_eq!(Paged::limit(&req), None);
    let before = sandbox.requests();
    let items: Vec<_> = client.items(&req).try_collect().await.unwrap();
    assert_eq!((items.len(), sandbox.requests() - before), (23, 3));

    // 20 items: two full pages, then an empty one.
    sandbox.set_list_length("/v3/platsolution/mch-transfer/", 20);
    let before = sandbox.requests();
    let items: Vec<_> = client.items(&req).try_collect().await.unwrap();
    assert_eq!((items.len(), sandbox.requests() - before), (20, 3));
}

#[tokio::test]
async fn an_empty_list_is_one_request() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    sandbox.set_list_length("/v3/smartguide/guides", 0);
    let before = sandbox.requests();
    let pages: Vec<_> = client
        .pages(&ListGuides::new(1))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(sandbox.requests() - before, 1);
    assert_eq!(pages.len(), 1);
    assert!(ListGuides::items(&pages[0]).is_empty());
    let items: Vec<_> = client
        .items(&ListGuides::new(1))
        .try_collect()
        .await
        .unwrap();
    assert!(items.is_empty());
}

#[tokio::test]
async fn an_error_mid_walk_ends_the_stream() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    // The second request's answer is signed with a key that is not WeChat Pay's.
    sandbox.inject_every("/v3/marketing/favor/stocks", Fault::WrongSignature, 2);
    let req = ListStocks::new(0, 10, credentials::MCHID);
    let before = sandbox.requests();
    let results: Vec<_> = client.pages(&req).collect().await;
    assert_eq!(results.len(), 2);
    assert!(results[0].is_ok());
    let e = results[1].as_ref().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Verify, "{e}");
    assert_eq!(sandbox.requests() - before, 2);

    // An API error on the first page: the stream is that error alone.
    sandbox.clear_faults();
    let bad = ListStocks::new(0, 0, credentials::MCHID);
    let results: Vec<_> = client.items(&bad).collect().await;
    assert_eq!(results.len(), 1);
    assert_eq!(
        results[0].as_ref().unwrap_err().api_code(),
        Some("PARAM_ERROR")
    );
}

/// A list declared by hand: the same operation as `ListStocks`, with `Paged` written out.
#[endpoint(GET, "/v3/marketing/favor/stocks", response = StockPage)]
#[derive(Debug, Clone)]
struct MyStocks {
    #[query]
    offset: u32,
    #[query]
    limit: u32,
    #[query]
    stock_creator_mchid: String,
}

#[derive(Debug, Deserialize)]
struct StockPage {
    data: Vec<serde_json::Value>,
    total_count: u64,
}

impl Paged for MyStocks {
    type Item = serde_json::Value;
    fn offset(&self) -> u64 {
        self.offset.into()
    }
    fn set_offset(&mut self, offset: u64) {
        self.offset = offset.try_into().unwrap_or(u32::MAX);
    }
    fn limit(&self) -> Option<u64> {
        Some(self.limit.into())
    }
    fn items(page: &StockPage) -> &[serde_json::Value] {
        &page.data
    }
    fn into_items(page: StockPage) -> Vec<serde_json::Value> {
        page.data
    }
    fn total(page: &StockPage) -> Option<u64> {
        Some(page.total_count)
    }
}

#[tokio::test]
async fn a_hand_declared_endpoint_walks_too() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    sandbox.set_list_length("/v3/marketing/favor/stocks", 12);
    let req = MyStocks {
        offset: 0,
        limit: 5,
        stock_creator_mchid: credentials::MCHID.into(),
    };
    let before = sandbox.requests();
    let items: Vec<_> = client.items(&req).try_collect().await.unwrap();
    assert_eq!((items.len(), sandbox.requests() - before), (12, 3));
    assert!(items.iter().all(|i| i["stock_id"].is_string()));
}

#[test]
fn the_blocking_client_iterates() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let sandbox = rt.block_on(Sandbox::start()).unwrap();
    let client = wxpay::blocking::Client::new(sandbox.client()).unwrap();
    let req = ListStocks::new(0, 10, credentials::MCHID);
    let items: Result<Vec<_>, _> = client.items(&req).collect();
    assert_eq!(items.unwrap().len(), 23);
    assert_eq!(client.pages(&req).count(), 3);

    sandbox.inject_every("/v3/marketing/favor/stocks", Fault::WrongSignature, 2);
    let results: Vec<_> = client.pages(&req).collect();
    assert_eq!(results.len(), 2);
    assert!(results[1].is_err());
}

#[tokio::test]
async fn a_token_list_is_walked_by_the_token_each_answer_gives() {
    use wxpay::marketing::product_coupon::ListStocks as ProductCouponStocks;
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let req = ProductCouponStocks::new("1000000013", "120344").page_size(10);
    assert_eq!(<ProductCouponStocks as Paged>::BY, PageBy::Token);

    let before = sandbox.requests();
    let pages: Vec<_> = client.pages(&req).try_collect().await.unwrap();
    assert_eq!(sandbox.requests() - before, 3);
    let tokens: Vec<_> = pages.iter().map(|p| p.next_page_token.clone()).collect();
    assert_eq!(
        tokens,
        [
            Some("page-10".into()),
            Some("page-20".into()),
            Some(String::new())
        ]
    );
    let sizes: Vec<usize> = pages
        .iter()
        .map(|p| ProductCouponStocks::items(p).len())
        .collect();
    assert_eq!(sizes, [10, 10, 3]);

    // Started from a token, with another page size: the rest of the list.
    let items: Vec<_> = client
        .items(&req.clone().page_token("page-5").page_size(7))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(items.len(), 18);
    // The request given is not changed.
    assert_eq!(req.page_token, None);
}

#[tokio::test]
async fn a_list_not_named_data_is_walked() {
    use wxpay::fapiao::invitations::{ListInvitedMerchants, MchInviteStatus};
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let req = ListInvitedMerchants::new(
        "2026-11-01T00:00:00+08:00",
        "2026-11-30T00:00:00+08:00",
        0,
        10,
        MchInviteStatus::MchInviteSucc,
    );
    let before = sandbox.requests();
    let items: Vec<_> = client.items(&req).try_collect().await.unwrap();
    assert_eq!((items.len(), sandbox.requests() - before), (23, 3));
}

#[tokio::test]
async fn a_numbered_list_is_walked_page_after_page() {
    use wxpay::brand::card_links::ListCardLinks;
    use wxpay::risk::ec_trade::QueryRiskTrades;
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    assert_eq!(<ListCardLinks as Paged>::BY, PageBy::Number);

    // `page_index` unset: the first page is page 1, then 2 and 3 (23 items, 10 a page).
    let req = ListCardLinks::new("1004").page_size(10);
    let before = sandbox.requests();
    let pages: Vec<_> = client.pages(&req).try_collect().await.unwrap();
    assert_eq!(sandbox.requests() - before, 3);
    let at: Vec<_> = pages
        .iter()
        .map(|p| (p.page_index, ListCardLinks::items(p).len(), p.total_num))
        .collect();
    assert_eq!(
        at,
        [
            (Some(1), 10, Some(23)),
            (Some(2), 10, Some(23)),
            (Some(3), 3, Some(23))
        ]
    );
    assert_eq!(req.page_index, None);

    // From page 2 with 5 a page: pages 2 to 5, items 6 to 23; the total ends the walk.
    let items: Vec<_> = client
        .items(&req.clone().page_index(2).page_size(5))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(items.len(), 18);

    // A list paged in the body (POST), ended by its total with exactly full pages.
    sandbox.set_list_length("query-risk-trades", 20);
    let req = QueryRiskTrades::new().page_size(10);
    let before = sandbox.requests();
    let items: Vec<_> = client.items(&req).try_collect().await.unwrap();
    assert_eq!((items.len(), sandbox.requests() - before), (20, 2));

    // Page 0 does not exist: WeChat Pay's PARAM_ERROR, naming the field.
    let e = client.send(&req.clone().page_index(0)).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Api);
    assert!(e.to_string().contains("page_index"), "{e}");
}
