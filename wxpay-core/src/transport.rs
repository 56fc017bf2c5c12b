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
#[derive(Debug, Clone)]
pub struct TransportError {
    /// The kind.
    pub kind: TransportErrorKind,
    /// A description without secrets.
    pub message: String,
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

    /// A reqwest client with the given timeouts.
    pub fn with_timeouts(connect: Duration, total: Duration) -> Result<Self, crate::Error> {
        let client = reqwest::Client::builder()
            .connect_timeout(connect)
            .timeout(total)
            .pool_idle_timeout(Duration::from_secs(50))
            .build()
            .map_err(|e| crate::Error::Config(format!("cannot build the HTTP client: {e}")))?;
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
        let builder = self.client.request(method, req.url).headers(req.headers);
        if req.body.is_empty() {
            builder
        } else {
            builder.body(req.body)
        }
    }
}

fn classify(e: &reqwest::Error) -> TransportError {
    let kind = if e.is_connect() {
        TransportErrorKind::Connect
    } else if e.is_timeout() {
        TransportErrorKind::Timeout
    } else {
        TransportErrorKind::Other
    };
    // reqwest's Display names the URL but no header: no signature leaks here.
    let mut message = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        message.push_str(": ");
        message.push_str(&s.to_string());
        src = s.source();
    }
    TransportError { kind, message }
}

impl Transport for ReqwestTransport {
    fn send_streaming(&self, req: HttpRequest) -> StreamingFuture<'_> {
        Box::pin(async move {
            use futures_util::StreamExt as _;
            let mut resp = self.request(req).send().await.map_err(|e| classify(&e))?;
            let status = resp.status().as_u16();
            let headers = std::mem::take(resp.headers_mut());
            let body: ByteStream =
                Box::pin(resp.bytes_stream().map(|c| c.map_err(|e| classify(&e))));
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
            let mut resp = self.request(req).send().await.map_err(|e| classify(&e))?;
            let status = resp.status().as_u16();
            let headers = std::mem::take(resp.headers_mut());
            if resp.content_length().is_some_and(|n| n > limit as u64) {
                return Err(TransportError {
                    kind: TransportErrorKind::TooLarge,
                    message: format!("Content-Length exceeds the limit of {limit} bytes"),
                });
            }
            let mut body = BytesMut::new();
            while let Some(chunk) = resp.chunk().await.map_err(|e| classify(&e))? {
                if body.len() + chunk.len() > limit {
                    return Err(TransportError {
                        kind: TransportErrorKind::TooLarge,
                        message: format!("body exceeds the limit of {limit} bytes"),
                    });
                }
                body.extend_from_slice(&chunk);
            }
            Ok(HttpResponse {
                status,
                headers,
                body: body.freeze(),
            })
        })
    }
}
