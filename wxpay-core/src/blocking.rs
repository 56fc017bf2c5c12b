//! A blocking client for scripts and synchronous frameworks (feature `blocking`).
//!
//! It owns a one-worker tokio runtime and drives the async [`crate::Client`] on it, like
//! `reqwest::blocking`. Do not use it inside an async runtime: calls made there return an error
//! instead of blocking the executor.
//!
//! ```no_run
//! # fn run() -> Result<(), wxpay_core::Error> {
//! let client = wxpay_core::blocking::Client::from_env()?;
//! let answer = client.chain("v3/certificates").get(serde_json::json!({}))?;
//! # Ok(()) }
//! ```

use std::sync::Arc;

use crate::{
    BillFile, Endpoint, Error, MediaKind, MediaUploaded, Method, Paged, PlatformCertificate,
};

/// The blocking client: the same calls as [`crate::Client`], without `.await`.
#[derive(Clone, Debug)]
pub struct Client {
    inner: crate::Client,
    rt: Arc<tokio::runtime::Runtime>,
}

impl Client {
    /// Wraps an async client.
    pub fn new(inner: crate::Client) -> Result<Self, Error> {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("wxpay-blocking")
            .enable_all()
            .build()
            .map_err(|e| {
                Error::config(format!("cannot start the blocking client's runtime: {e}"))
            })?;
        Ok(Self {
            inner,
            rt: Arc::new(rt),
        })
    }

    /// A blocking client configured from `WXPAY_*` environment variables.
    pub fn from_env() -> Result<Self, Error> {
        Self::new(crate::Client::from_env()?)
    }

    /// The async client inside.
    pub fn as_async(&self) -> &crate::Client {
        &self.inner
    }

    fn block_on<F: std::future::Future>(&self, f: F) -> Result<F::Output, Error> {
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(Error::config(
                "the blocking client was called inside an async runtime; use the async `Client` there",
            ));
        }
        Ok(self.rt.block_on(f))
    }

    /// Sends a declared endpoint; see [`crate::Client::send`].
    pub fn send<E: Endpoint>(&self, endpoint: &E) -> Result<E::Response, Error> {
        self.block_on(self.inner.send(endpoint))?
    }

    /// Sends with per-request options; see [`crate::Client::send_with`].
    pub fn send_with<E: Endpoint>(
        &self,
        endpoint: &E,
        options: &crate::SendOptions,
    ) -> Result<E::Response, Error> {
        self.block_on(self.inner.send_with(endpoint, options))?
    }

    /// Every page of a paged list, one blocking request per page; see
    /// [`crate::Client::pages`]. An error is the iterator's last item.
    pub fn pages<E: Paged>(
        &self,
        request: &E,
    ) -> impl Iterator<Item = Result<E::Response, Error>> + use<'_, E> {
        self.walk(self.inner.pages(request))
    }

    /// Every item of a paged list; see [`crate::Client::items`]. An error is the iterator's
    /// last item.
    pub fn items<E: Paged>(
        &self,
        request: &E,
    ) -> impl Iterator<Item = Result<E::Item, Error>> + use<'_, E> {
        self.walk(self.inner.items(request))
    }

    /// Drives `stream` one item per `next()`, ending after its first error.
    fn walk<T, S>(&self, stream: S) -> impl Iterator<Item = Result<T, Error>> + use<'_, T, S>
    where
        S: futures_util::Stream<Item = Result<T, Error>>,
    {
        let mut stream = Box::pin(stream);
        let mut done = false;
        std::iter::from_fn(move || {
            if done {
                return None;
            }
            let item = self
                .block_on(futures_util::StreamExt::next(&mut stream))
                .unwrap_or_else(|e| Some(Err(e)));
            done = !matches!(item, Some(Ok(_)));
            item
        })
    }

    /// A dynamic call; see [`crate::Client::chain`].
    pub fn chain(&self, template: &str) -> Chain<'_> {
        Chain {
            client: self,
            template: template.to_owned(),
        }
    }

    /// Uploads media; see [`crate::Client::upload_media`].
    pub fn upload_media(
        &self,
        kind: MediaKind,
        filename: &str,
        content: impl Into<bytes::Bytes>,
    ) -> Result<MediaUploaded, Error> {
        self.block_on(self.inner.upload_media(kind, filename, content))?
    }

    /// Downloads a file answer; see [`crate::Client::download`].
    pub fn download<E: Endpoint<Response = crate::Download>>(
        &self,
        endpoint: &E,
    ) -> Result<crate::Download, Error> {
        self.block_on(self.inner.download(endpoint))?
    }

    /// Downloads a bill to a file; see [`crate::Client::download_bill_to_file`].
    pub fn download_bill_to_file(
        &self,
        bill: &BillFile,
        gzip: bool,
        path: impl AsRef<std::path::Path>,
    ) -> Result<u64, Error> {
        self.block_on(self.inner.download_bill_to_file(bill, gzip, path))?
    }

    /// Downloads the platform certificates; see [`crate::Client::download_certificates`].
    pub fn download_certificates(&self) -> Result<Vec<PlatformCertificate>, Error> {
        self.block_on(self.inner.download_certificates())?
    }
}

/// A dynamic request of the blocking client.
#[derive(Debug)]
pub struct Chain<'a> {
    client: &'a Client,
    template: String,
}

impl Chain<'_> {
    /// `GET`; see [`crate::Chain::get`].
    pub fn get(&self, args: serde_json::Value) -> Result<serde_json::Value, Error> {
        self.send(Method::Get, args)
    }

    /// `POST`; see [`crate::Chain::post`].
    pub fn post(&self, args: serde_json::Value) -> Result<serde_json::Value, Error> {
        self.send(Method::Post, args)
    }

    /// Any method.
    pub fn send(
        &self,
        method: Method,
        args: serde_json::Value,
    ) -> Result<serde_json::Value, Error> {
        let chain = self.client.inner.chain(&self.template);
        self.client.block_on(chain.send(method, args))?
    }
}
