//! The HTTP transport: one method, replaceable in tests.

use std::fmt::Debug;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use http::HeaderMap;

use crate::Method;

/// A request ready to go on the wire.
#[derive(Debug, Clone)]
pub struct HttpRequest {
    /// Method.
    pub method: Method,
    /// Absolute URL; its path and query are exactly what was signed.
    pub url: reqwest::Url,
    /// Headers, including `Authorization`.
    pub headers: HeaderMap,
    /// Body bytes (empty for GET).
    pub body: Bytes,
    /// Largest body to read from the answer.
    pub max_response_bytes: usize,
    /// Total timeout of this attempt, overriding the transport's own ([`crate::SendOptions`]).
    pub timeout: Option<Duration>,
}

/// An answer as read from the wire (body complete, within the limit).
#[derive(Debug, Clone)]
pub struct HttpResponse {
    /// Status code.
    pub status: u16,
    /// Headers.
    pub headers: HeaderMap,
    /// Body.
    pub body: Bytes,
}

/// What went wrong on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransportErrorKind {
    /// The connection could not be established: nothing reached the server.
    Connect,
    /// The exchange timed out (the request may have reached the server).
    Timeout,
    /// The answer exceeded the body limit; reading stopped there.
    TooLarge,
    /// Anything else after the connection was made (reset, protocol error …).
    Other,
}

/// A transport failure.
#[derive(Debug)]
#[non_exhaustive]
pub struct TransportError {
    /// The kind.
    pub kind: TransportErrorKind,
    /// A description without secrets.
    pub message: String,
    /// The underlying error (reqwest's, an I/O error …), kept for [`std::error::Error::source`].
    pub source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl TransportError {
    /// A failure of `kind`, described by `message` (no secrets).
    pub fn new(kind: TransportErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
            source: None,
        }
    }

    /// Keeps `source` as the cause.
    pub fn with_source(
        mut self,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        self.source = Some(source.into());
        self
    }
}

/// The future a [`Transport`] returns.
pub type TransportFuture<'a> =
    Pin<Box<dyn Future<Output = Result<HttpResponse, TransportError>> + Send + 'a>>;

/// A body read chunk by chunk (bill downloads).
pub type ByteStream =
    Pin<Box<dyn futures_util::Stream<Item = Result<Bytes, TransportError>> + Send>>;

/// An answer whose body is still to be read.
pub struct StreamingResponse {
    /// Status code.
    pub status: u16,
    /// Headers.
    pub headers: HeaderMap,
    /// The body.
    pub body: ByteStream,
}

impl std::fmt::Debug for StreamingResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StreamingResponse")
            .field("status", &self.status)
            .finish_non_exhaustive()
    }
}

/// The future of [`Transport::send_streaming`].
pub type StreamingFuture<'a> =
    Pin<Box<dyn Future<Output = Result<StreamingResponse, TransportError>> + Send + 'a>>;

/// Reads `body` whole, refusing more than `limit` bytes (reading stops there).
pub(crate) async fn collect_limited(
    mut body: ByteStream,
    limit: usize,
) -> Result<Bytes, TransportError> {
    use futures_util::StreamExt as _;
    let mut out = BytesMut::new();
    while let Some(chunk) = body.next().await {
        let chunk = chunk?;
        if out.len() + chunk.len() > limit {
            return Err(TransportError::new(
                TransportErrorKind::TooLarge,
                format!("body exceeds the limit of {limit} bytes"),
            ));
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out.freeze())
}

/// Sends one request and reads its answer. Implemented for reqwest; tests may replace it.
pub trait Transport: Send + Sync + Debug {
    /// Sends `req` and reads the answer's body up to `req.max_response_bytes`.
    fn send(&self, req: HttpRequest) -> TransportFuture<'_>;

    /// Sends `req` and hands the body over as a stream (bill downloads). The default reads it
    /// whole through [`Transport::send`].
    fn send_streaming(&self, req: HttpRequest) -> StreamingFuture<'_> {
        Box::pin(async move {
            let r = self.send(req).await?;
            let body: ByteStream = Box::pin(futures_util::stream::once(async move { Ok(r.body) }));
            Ok(StreamingResponse {
                status: r.status,
                headers: r.headers,
                body,
            })
        })
    }
}

/// The default transport on a shared `reqwest::Client` (rustls; one connection pool).
#[derive(Debug, Clone)]
pub struct ReqwestTransport {
    client: reqwest::Client,
}

impl ReqwestTransport {
    /// Wraps an existing reqwest client (its timeouts and pool are used as they are).
    pub fn new(client: reqwest::Client) -> Self {
        Self { client }
    }

    /// A reqwest client with the given timeouts that follows no redirect: WeChat Pay never
    /// redirects an API call, so a 3xx (a misconfigured base URL, a captive proxy) is answered
    /// to the caller as an error naming its `Location`, and the signed request is never replayed
    /// to another host.
    pub fn with_timeouts(connect: Duration, total: Duration) -> Result<Self, crate::Error> {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(connect)
            .timeout(total)
            .pool_idle_timeout(Duration::from_secs(50))
            .build()
            .map_err(|e| crate::Error::config(format!("cannot build the HTTP client: {e}")))?;
        Ok(Self { client })
    }
}

impl ReqwestTransport {
    fn request(&self, req: HttpRequest) -> reqwest::RequestBuilder {
        let method = match req.method {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Put => reqwest::Method::PUT,
            Method::Patch => reqwest::Method::PATCH,
            Method::Delete => reqwest::Method::DELETE,
        };
        let mut builder = self.client.request(method, req.url).headers(req.headers);
        if let Some(t) = req.timeout {
            builder = builder.timeout(t);
        }
        if req.body.is_empty() {
            builder
        } else {
            builder.body(req.body)
        }
    }
}

fn classify(e: reqwest::Error) -> TransportError {
    let (kind, what) = if e.is_connect() {
        (TransportErrorKind::Connect, "cannot connect")
    } else if e.is_timeout() {
        (TransportErrorKind::Timeout, "timed out")
    } else {
        (TransportErrorKind::Other, "the HTTP exchange failed")
    };
    // The URL names no secret (the signature is in a header); reqwest's error stays the source.
    let message = match e.url() {
        Some(u) => format!("{what} ({} {})", u.host_str().unwrap_or_default(), u.path()),
        None => what.to_owned(),
    };
    TransportError::new(kind, message).with_source(e)
}

impl Transport for ReqwestTransport {
    fn send_streaming(&self, req: HttpRequest) -> StreamingFuture<'_> {
        Box::pin(async move {
            use futures_util::StreamExt as _;
            let mut resp = self.request(req).send().await.map_err(classify)?;
            let status = resp.status().as_u16();
            let headers = std::mem::take(resp.headers_mut());
            let body: ByteStream = Box::pin(resp.bytes_stream().map(|c| c.map_err(classify)));
            Ok(StreamingResponse {
                status,
                headers,
                body,
            })
        })
    }

    fn send(&self, req: HttpRequest) -> TransportFuture<'_> {
        Box::pin(async move {
            let limit = req.max_response_bytes;
            let mut resp = self.request(req).send().await.map_err(classify)?;
            let status = resp.status().as_u16();
            let headers = std::mem::take(resp.headers_mut());
            if resp.content_length().is_some_and(|n| n > limit as u64) {
                return Err(TransportError::new(
                    TransportErrorKind::TooLarge,
                    format!("Content-Length exceeds the limit of {limit} bytes"),
                ));
            }
            use futures_util::StreamExt as _;
            let stream: ByteStream = Box::pin(resp.bytes_stream().map(|c| c.map_err(classify)));
            let body = collect_limited(stream, limit).await?;
            Ok(HttpResponse {
                status,
                headers,
                body,
            })
        })
    }
}
