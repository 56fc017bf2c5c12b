//! Paged lists: requests with an `offset` and a `limit` (or a page token), answers with a page
//! of items.
//!
//! [`Paged`] says where a list request keeps its offset and page size and where its answer
//! keeps the items and the total; [`crate::Client::pages`] and [`crate::Client::items`] then
//! walk every page, each one a normal signed and verified [`crate::Client::send`]. The catalog
//! implements [`Paged`] for each of its lists; a hand-declared `#[endpoint]` implements it in a
//! few lines:
//!
//! ```
//! use wxpay_core::{Endpoint, Paged};
//! # use wxpay_core::{Encryptor, Error, Method};
//!
//! // A list request, as `#[endpoint(GET, "/v3/…/stocks", response = StockPage)]` declares it
//! // (written out here, without the macro).
//! #[derive(Debug, Clone)]
//! pub struct ListStocks {
//!     pub offset: Option<i64>,
//!     pub limit: Option<i64>,
//! }
//! # impl Endpoint for ListStocks {
//! #     type Response = StockPage;
//! #     const METHOD: Method = Method::Get;
//! #     const TEMPLATE: &'static str = "/v3/marketing/favor/stocks";
//! #     fn path(&self) -> Result<String, Error> { Ok(Self::TEMPLATE.into()) }
//! #     fn query(&self) -> Result<Option<String>, Error> { Ok(None) }
//! #     fn body(&self, _: &dyn Encryptor) -> Result<Option<Vec<u8>>, Error> { Ok(None) }
//! # }
//!
//! #[derive(serde::Deserialize)]
//! pub struct StockPage {
//!     pub data: Option<Vec<Stock>>,
//!     pub total_count: i64,
//!     pub limit: Option<i64>,
//! }
//!
//! #[derive(serde::Deserialize)]
//! pub struct Stock {
//!     pub stock_id: String,
//! }
//!
//! impl Paged for ListStocks {
//!     type Item = Stock;
//!
//!     fn offset(&self) -> u64 {
//!         self.offset.map_or(0, |o| o.max(0) as u64)
//!     }
//!     fn set_offset(&mut self, offset: u64) {
//!         self.offset = Some(offset as i64);
//!     }
//!     fn limit(&self) -> Option<u64> {
//!         self.limit.map(|l| l.max(0) as u64)
//!     }
//!     fn items(page: &StockPage) -> &[Stock] {
//!         page.data.as_deref().unwrap_or_default()
//!     }
//!     fn into_items(page: StockPage) -> Vec<Stock> {
//!         page.data.unwrap_or_default()
//!     }
//!     // Optional: the walk also stops at the total, and on a page shorter than the page size.
//!     fn total(page: &StockPage) -> Option<u64> {
//!         Some(page.total_count.max(0) as u64)
//!     }
//!     fn page_limit(page: &StockPage) -> Option<u64> {
//!         page.limit.map(|l| l.max(0) as u64)
//!     }
//! }
//!
//! # async fn run(client: wxpay_core::Client) -> Result<(), Error> {
//! use futures_util::TryStreamExt as _;
//! let stocks: Vec<Stock> = client
//!     .items(&ListStocks { offset: None, limit: Some(10) })
//!     .try_collect()
//!     .await?;
//! # Ok(()) }
//! ```
//!
//! # When a walk stops
//!
//! After a page with no items; when `offset + items` reaches the answer's total
//! ([`Paged::total`]); after a page shorter than the page size (the request's `limit`, or when
//! unset the answer's, [`Paged::page_limit`]); and with an [`crate::ErrorKind::Paging`] error
//! when the server does not advance: a page byte for byte the same as the one before, or an
//! answer whose offset ([`Paged::page_offset`]) is not past the previous answer's. Any error
//! ends the walk, as the stream's last item. The request's `limit` is sent as given: when it is
//! unset, WeChat Pay's default page size applies.
//!
//! A list paged by token ([`PageBy::Token`]) asks for each next page with the token the
//! answer gave ([`Paged::next_token`], [`Paged::set_token`]) and ends after an empty page, at
//! the total, or when the answer gives no token (or an empty one); the same token twice is an
//! [`crate::ErrorKind::Paging`] error.
//!
//! A list paged by number ([`PageBy::Number`], `page_index` and `page_size`) asks for the page
//! after the request's ([`Paged::page_number`], [`Paged::set_page_number`]; page 1 when unset,
//! the first page) and ends after an empty page, a page shorter than the page size, or at the
//! total.

use bytes::Bytes;

use crate::{Endpoint, Error};

/// A paged list request: where it keeps its offset and page size, and where its answer keeps
/// the items and the total. See [the module](self) for an example, and
/// [`crate::Client::pages`] / [`crate::Client::items`] for the walk.
///
/// The request is cloned once per walk; each next page is the same request with another
/// offset ([`Paged::set_offset`]).
pub trait Paged: Endpoint + Clone {
    /// One item of a page.
    type Item;

    /// How the next page is asked for: by offset (the default), by the answer's page token
    /// ([`Paged::next_token`], [`Paged::set_token`]) or by page number
    /// ([`Paged::page_number`], [`Paged::set_page_number`]). A list walked by token or number
    /// implements the offset methods as `0` and a no-op.
    const BY: PageBy = PageBy::Offset;

    /// The request's offset (`0` when unset).
    fn offset(&self) -> u64;
    /// Sets the request's offset (for the next page).
    fn set_offset(&mut self, offset: u64);
    /// The request's page size (`limit`), when set.
    fn limit(&self) -> Option<u64>;

    /// The items of a page.
    fn items(page: &Self::Response) -> &[Self::Item];
    /// The items of a page, taken out of it.
    fn into_items(page: Self::Response) -> Vec<Self::Item>;
    /// The number of items of the whole list, when the answer says (`total_count`).
    fn total(_page: &Self::Response) -> Option<u64> {
        None
    }
    /// The page size the answer reports (its `limit`), when it does.
    fn page_limit(_page: &Self::Response) -> Option<u64> {
        None
    }
    /// The offset the answer reports (its `offset`), when it does.
    fn page_offset(_page: &Self::Response) -> Option<u64> {
        None
    }
    /// The token of the next page (`next_page_token`) of a list walked by token; `None` (or
    /// an empty token) after the last page.
    fn next_token(_page: &Self::Response) -> Option<&str> {
        None
    }
    /// Sets the request's page token (for the next page of a list walked by token).
    fn set_token(&mut self, _token: &str) {}
    /// The request's page number (`page_index`) of a list walked by number, when set.
    fn page_number(&self) -> Option<u64> {
        None
    }
    /// Sets the request's page number (for the next page of a list walked by number).
    fn set_page_number(&mut self, _number: u64) {}
}

/// How a paged list asks for its next page ([`Paged::BY`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PageBy {
    /// The request's `offset`: the items before the page.
    Offset,
    /// The request's `page_token`: the answer's `next_page_token`.
    Token,
    /// The request's page number (`page_index`), the first page numbered 1.
    Number,
}

/// A text field of a request or answer, as a page token (`String`, optional or not). Support
/// code for the catalog's [`Paged`] impls.
#[doc(hidden)]
pub trait PageToken {
    /// The token, when set and not empty.
    fn token(&self) -> Option<&str>;
    /// Sets the token.
    fn set_token(&mut self, token: &str);
}

impl PageToken for String {
    fn token(&self) -> Option<&str> {
        (!self.is_empty()).then_some(self.as_str())
    }
    fn set_token(&mut self, token: &str) {
        token.clone_into(self);
    }
}

impl PageToken for Option<String> {
    fn token(&self) -> Option<&str> {
        self.as_deref().filter(|t| !t.is_empty())
    }
    fn set_token(&mut self, token: &str) {
        *self = Some(token.to_owned());
    }
}

/// A number field of a request or answer, as a page offset or size (`i64` or
/// `serde_json::Number`, optional or not). Support code for the catalog's [`Paged`] impls.
#[doc(hidden)]
pub trait PageNumber {
    /// The value, when set and not negative.
    fn get(&self) -> Option<u64>;
    /// Sets the value.
    fn set(&mut self, n: u64);
}

impl PageNumber for i64 {
    fn get(&self) -> Option<u64> {
        u64::try_from(*self).ok()
    }
    fn set(&mut self, n: u64) {
        *self = i64::try_from(n).unwrap_or(i64::MAX);
    }
}

impl PageNumber for serde_json::Number {
    fn get(&self) -> Option<u64> {
        self.as_u64()
    }
    fn set(&mut self, n: u64) {
        *self = n.into();
    }
}

impl PageNumber for Option<i64> {
    fn get(&self) -> Option<u64> {
        self.as_ref().and_then(PageNumber::get)
    }
    fn set(&mut self, n: u64) {
        self.get_or_insert(0).set(n);
    }
}

impl PageNumber for Option<serde_json::Number> {
    fn get(&self) -> Option<u64> {
        self.as_ref().and_then(PageNumber::get)
    }
    fn set(&mut self, n: u64) {
        *self = Some(n.into());
    }
}

/// What one page says, for deciding on the next request.
#[derive(Debug)]
pub(crate) struct PageFacts {
    /// The offset the request asked for.
    pub(crate) asked: u64,
    /// The request's page size.
    pub(crate) limit: Option<u64>,
    /// Items on the page.
    pub(crate) count: usize,
    pub(crate) total: Option<u64>,
    pub(crate) reported_offset: Option<u64>,
    pub(crate) reported_limit: Option<u64>,
    /// How the next page is asked for; the next page's token; the page number asked for.
    pub(crate) by: PageBy,
    pub(crate) next_token: Option<String>,
    pub(crate) number: Option<u64>,
    /// The verified body.
    pub(crate) body: Bytes,
}

/// Where the next page is.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Next {
    Offset(u64),
    Token(String),
    Number(u64),
}

/// The state of a walk between pages (not generic: one copy for every list).
#[derive(Debug, Default)]
pub(crate) struct Walk {
    prev_offset: Option<u64>,
    prev_body: Option<Bytes>,
    prev_token: Option<String>,
    /// Items delivered so far (a list walked by token or number has no offset to compare with
    /// its total).
    seen: u64,
}

impl Walk {
    /// Where the next page is, `None` when this page was the last, or an error when the server
    /// does not advance (this page is then not delivered).
    pub(crate) fn next(&mut self, p: PageFacts) -> Result<Option<Next>, Error> {
        if p.count > 0 && self.prev_body.as_ref() == Some(&p.body) {
            return Err(Error::paging(format!(
                "the page at offset {} is the same as the one before: the server does not advance; the walk stopped",
                p.asked
            )));
        }
        if let (Some(prev), Some(now)) = (self.prev_offset, p.reported_offset)
            && now <= prev
        {
            return Err(Error::paging(format!(
                "asked for offset {}, the server answered offset {now} after offset {prev}: it does not advance; the walk stopped",
                p.asked
            )));
        }
        self.prev_offset = p.reported_offset;
        self.prev_body = Some(p.body);
        if p.count == 0 {
            return Ok(None);
        }
        let count = u64::try_from(p.count).unwrap_or(u64::MAX);
        let size = p.limit.or(p.reported_limit);
        match p.by {
            PageBy::Token => self.next_token(p.next_token, count, p.total),
            PageBy::Number => {
                let number = p.number.unwrap_or(1);
                // The items up to this page: the page size tells when the walk began past page 1.
                self.seen = self.seen.saturating_add(count);
                let through = size.map_or(self.seen, |size| {
                    number
                        .saturating_sub(1)
                        .saturating_mul(size)
                        .saturating_add(count)
                });
                let last =
                    p.total.is_some_and(|t| through >= t) || size.is_some_and(|size| count < size);
                Ok((!last).then_some(Next::Number(number.saturating_add(1))))
            }
            PageBy::Offset => {
                let Some(next) = p.asked.checked_add(count) else {
                    return Ok(None);
                };
                let last = p.total.is_some_and(|t| next >= t) || size.is_some_and(|s| count < s);
                Ok((!last).then_some(Next::Offset(next)))
            }
        }
    }

    /// A list walked by token ends without a token or at its total; a token given twice is a
    /// server that does not advance. A short page is not taken as the last: the token says.
    fn next_token(
        &mut self,
        token: Option<String>,
        count: u64,
        total: Option<u64>,
    ) -> Result<Option<Next>, Error> {
        self.seen = self.seen.saturating_add(count);
        let Some(token) = token else {
            return Ok(None);
        };
        if self.prev_token.as_ref() == Some(&token) {
            return Err(Error::paging(format!(
                "the server answered the page token `{token}` twice: it does not advance; the walk stopped"
            )));
        }
        if total.is_some_and(|t| self.seen >= t) {
            return Ok(None);
        }
        self.prev_token = Some(token.clone());
        Ok(Some(Next::Token(token)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(asked: u64, count: usize) -> PageFacts {
        PageFacts {
            asked,
            limit: Some(10),
            count,
            total: None,
            reported_offset: None,
            reported_limit: None,
            by: PageBy::Offset,
            next_token: None,
            number: None,
            body: Bytes::from(format!("{asked}")),
        }
    }

    #[test]
    fn stops_at_total_short_or_empty_page() {
        let mut w = Walk::default();
        let p = PageFacts {
            total: Some(23),
            ..page(0, 10)
        };
        assert_eq!(w.next(p).unwrap(), Some(Next::Offset(10)));
        let p = PageFacts {
            total: Some(20),
            ..page(10, 10)
        };
        assert_eq!(w.next(p).unwrap(), None);
        assert_eq!(Walk::default().next(page(0, 9)).unwrap(), None);
        assert_eq!(Walk::default().next(page(0, 0)).unwrap(), None);
        // Without a page size or total, only an empty page ends it.
        let p = PageFacts {
            limit: None,
            ..page(0, 3)
        };
        assert_eq!(Walk::default().next(p).unwrap(), Some(Next::Offset(3)));
        // The answer's page size when the request has none.
        let p = PageFacts {
            limit: None,
            reported_limit: Some(5),
            ..page(0, 3)
        };
        assert_eq!(Walk::default().next(p).unwrap(), None);
    }

    #[test]
    fn refuses_a_server_that_does_not_advance() {
        let mut w = Walk::default();
        let same = |asked| PageFacts {
            body: Bytes::from_static(b"{}"),
            ..page(asked, 10)
        };
        assert_eq!(w.next(same(0)).unwrap(), Some(Next::Offset(10)));
        let e = w.next(same(10)).unwrap_err();
        assert_eq!(e.kind(), crate::ErrorKind::Paging);

        let mut w = Walk::default();
        let reported = |asked, at| PageFacts {
            reported_offset: Some(at),
            ..page(asked, 10)
        };
        assert_eq!(w.next(reported(0, 0)).unwrap(), Some(Next::Offset(10)));
        assert_eq!(w.next(reported(10, 10)).unwrap(), Some(Next::Offset(20)));
        let e = w.next(reported(20, 10)).unwrap_err();
        assert_eq!(e.kind(), crate::ErrorKind::Paging);
    }

    #[test]
    fn by_token_until_no_token_or_the_total() {
        let tok = |n: usize, token: Option<&str>, body: &str| PageFacts {
            by: PageBy::Token,
            next_token: token.map(str::to_owned),
            total: Some(25),
            body: Bytes::from(body.to_owned()),
            ..page(0, n)
        };
        let mut w = Walk::default();
        assert_eq!(
            w.next(tok(10, Some("b"), "1")).unwrap(),
            Some(Next::Token("b".into()))
        );
        // A short page is not the last while a token comes with it.
        assert_eq!(
            w.next(tok(4, Some("c"), "2")).unwrap(),
            Some(Next::Token("c".into()))
        );
        assert_eq!(w.next(tok(10, None, "3")).unwrap(), None);
        // The total ends it even with a token.
        let mut w = Walk::default();
        assert_eq!(
            w.next(tok(20, Some("b"), "1")).unwrap(),
            Some(Next::Token("b".into()))
        );
        assert_eq!(w.next(tok(5, Some("c"), "2")).unwrap(), None);
        // The same token twice: the server does not advance.
        let mut w = Walk::default();
        w.next(tok(1, Some("b"), "1")).unwrap();
        let e = w.next(tok(1, Some("b"), "2")).unwrap_err();
        assert_eq!(e.kind(), crate::ErrorKind::Paging);
        assert_eq!(Walk::default().next(tok(0, Some("b"), "1")).unwrap(), None);
    }

    #[test]
    fn by_number_until_a_short_or_empty_page_or_the_total() {
        let num = |number: Option<u64>, n: usize, total: Option<u64>| PageFacts {
            by: PageBy::Number,
            number,
            total,
            body: Bytes::from(format!("{number:?}")),
            ..page(0, n)
        };
        let mut w = Walk::default();
        assert_eq!(w.next(num(None, 10, None)).unwrap(), Some(Next::Number(2)));
        assert_eq!(
            w.next(num(Some(2), 10, None)).unwrap(),
            Some(Next::Number(3))
        );
        assert_eq!(w.next(num(Some(3), 4, None)).unwrap(), None);
        assert_eq!(Walk::default().next(num(Some(1), 0, None)).unwrap(), None);
        // At the total, counted from the page asked for (page 3 of size 10 holds items 21-30).
        let mut w = Walk::default();
        assert_eq!(w.next(num(Some(3), 10, Some(30))).unwrap(), None);
        assert_eq!(
            w.next(num(Some(2), 10, Some(31))).unwrap(),
            Some(Next::Number(3))
        );
        // Without a page size, the items delivered so far.
        let mut w = Walk::default();
        let unsized_page = |number, body: &'static str| PageFacts {
            limit: None,
            body: Bytes::from_static(body.as_bytes()),
            ..num(number, 5, Some(8))
        };
        assert_eq!(
            w.next(unsized_page(None, "1")).unwrap(),
            Some(Next::Number(2))
        );
        assert_eq!(w.next(unsized_page(Some(2), "2")).unwrap(), None);
        // The same page twice: the server does not advance.
        let mut w = Walk::default();
        let same = |number| PageFacts {
            body: Bytes::from_static(b"{}"),
            ..num(number, 10, None)
        };
        w.next(same(Some(1))).unwrap();
        assert_eq!(
            w.next(same(Some(2))).unwrap_err().kind(),
            crate::ErrorKind::Paging
        );
    }

    #[test]
    fn page_tokens() {
        let mut t: Option<String> = Some(String::new());
        assert_eq!(t.token(), None);
        t.set_token("x");
        assert_eq!(t.token(), Some("x"));
        let mut s = String::new();
        assert_eq!(s.token(), None);
        s.set_token("y");
        assert_eq!(s.token(), Some("y"));
    }

    #[test]
    fn page_numbers() {
        let mut a: Option<i64> = None;
        assert_eq!(a.get(), None);
        a.set(7);
        assert_eq!(a, Some(7));
        assert_eq!((-1i64).get(), None);
        let mut n: Option<serde_json::Number> = None;
        n.set(3);
        assert_eq!(n.get(), Some(3));
        let mut m = serde_json::Number::from(1);
        m.set(u64::MAX);
        assert_eq!(m.get(), Some(u64::MAX));
    }
}
