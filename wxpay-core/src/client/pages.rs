//! Walking a paged list ([`crate::Paged`]): one signed, verified send per page.

use futures_util::{Stream, TryStreamExt as _, stream};

use super::response::decode_answer;
use super::{Client, SendOptions};
use crate::Error;
use crate::paged::{Next, PageFacts, Paged, Walk};

impl Client {
    /// Every page of a paged list, starting at `request`'s offset: a stream of verified, typed
    /// answers, one request per page, each sent as [`Client::send`] sends it (signed, verified,
    /// retried by the client's policy).
    ///
    /// The walk stops after an empty page, at the answer's total, after a page shorter than the
    /// page size (the request's `limit`, sent as given; when unset, the answer's), and with an
    /// [`crate::ErrorKind::Paging`] error when the server does not advance. An error ends the
    /// stream as its last item. The stream owns what it needs (`'static`); it is `Send` when
    /// the request and its answer are. Nothing is sent until it is polled.
    ///
    /// ```no_run
    /// # async fn run(client: wxpay_core::Client, req: impl wxpay_core::Paged) -> Result<(), wxpay_core::Error> {
    /// use futures_util::TryStreamExt as _;
    /// let mut pages = std::pin::pin!(client.pages(&req));
    /// while let Some(page) = pages.try_next().await? {
    ///     // one verified answer per page
    /// #   let _ = page;
    /// }
    /// # Ok(()) }
    /// ```
    pub fn pages<E: Paged>(
        &self,
        request: &E,
    ) -> impl Stream<Item = Result<E::Response, Error>> + use<E> {
        self.pages_with(request, &SendOptions::default())
    }

    /// [`Client::pages`] with per-request options (applied to each page).
    pub fn pages_with<E: Paged>(
        &self,
        request: &E,
        options: &SendOptions,
    ) -> impl Stream<Item = Result<E::Response, Error>> + use<E> {
        let state = (
            self.clone(),
            options.clone(),
            Some(request.clone()),
            Walk::default(),
        );
        stream::unfold(state, |(client, options, next, mut walk)| async move {
            let mut request = next?;
            let page = client
                .send_endpoint(&request, &options)
                .await
                .and_then(|resp| {
                    let page: E::Response = decode_answer(&resp)?;
                    let facts = PageFacts {
                        asked: request.offset(),
                        limit: request.limit(),
                        count: E::items(&page).len(),
                        total: E::total(&page),
                        reported_offset: E::page_offset(&page),
                        reported_limit: E::page_limit(&page),
                        by: E::BY,
                        next_token: E::next_token(&page).map(str::to_owned),
                        number: request.page_number(),
                        body: resp.body,
                    };
                    Ok((page, walk.next(facts)?))
                });
            match page {
                Ok((page, next)) => {
                    let next = next.map(|next| {
                        match next {
                            Next::Offset(offset) => request.set_offset(offset),
                            Next::Token(token) => request.set_token(&token),
                            Next::Number(number) => request.set_page_number(number),
                        }
                        request
                    });
                    Some((Ok(page), (client, options, next, walk)))
                }
                Err(e) => Some((Err(e), (client, options, None, walk))),
            }
        })
    }

    /// Every item of a paged list: [`Client::pages`], flattened.
    ///
    /// ```no_run
    /// # async fn run<E: wxpay_core::Paged>(client: wxpay_core::Client, req: E) -> Result<(), wxpay_core::Error> {
    /// use futures_util::TryStreamExt as _;
    /// let all: Vec<E::Item> = client.items(&req).try_collect().await?;
    /// # Ok(()) }
    /// ```
    pub fn items<E: Paged>(
        &self,
        request: &E,
    ) -> impl Stream<Item = Result<E::Item, Error>> + use<E> {
        self.pages(request)
            .map_ok(|page| stream::iter(E::into_items(page).into_iter().map(Ok)))
            .try_flatten()
    }

    /// Every item of a paged list, collected: [`Client::items`] without a stream to drive.
    /// The first error is returned, and the items before it are dropped.
    pub async fn all_items<E: Paged>(&self, request: &E) -> Result<Vec<E::Item>, Error> {
        self.items(request).try_collect().await
    }
}
