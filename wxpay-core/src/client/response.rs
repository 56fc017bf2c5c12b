//! The one response check: refuse redirects, verify, classify (success or [`ApiError`], with a
//! `SIGN_ERROR` explained), then decode keeping the verified body on failure.

use serde::de::DeserializeOwned;

use super::Client;
use crate::sign_error::{self, SignedRequest};
use crate::transport::{HttpResponse, TransportError, TransportErrorKind};
use crate::verifier::{SignatureHeaders, headers as h};
use crate::{ApiError, Error, ErrorKind, VerifyError};

/// How an answer is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Check {
    /// A 2xx must verify; a non-2xx is verified when signed. An unknown serial triggers one
    /// rate-limited certificate refresh (certificate mode).
    Verify,
    /// A non-2xx is checked as by `Verify` but without the refresh; a 2xx is returned as it is
    /// to a caller that checks it itself: the certificate download (which may have to verify
    /// with the certificates it carries, and must not refresh itself) and the bill file
    /// (unsigned by design, checked against its digest).
    SuccessUnverified,
    /// A file answer (`Client::download`): a 2xx without a signature is returned as it is
    /// (WeChat Pay does not sign files), one with a signature is verified; otherwise as `Verify`.
    File,
}

impl Client {
    /// Checks an answer as `check` says; with [`Check::Verify`], an answer signed by an unknown
    /// serial is checked once more after a rate-limited certificate refresh (WeChat Pay may
    /// have rotated its certificate).
    pub(super) async fn check_response(
        &self,
        resp: HttpResponse,
        signed: &SignedRequest,
        check: Check,
    ) -> Result<HttpResponse, Error> {
        let result = match self.check_answer(&resp, signed, check) {
            Err(e)
                if check != Check::SuccessUnverified
                    && matches!(e.verify_error(), Some(VerifyError::UnknownSerial(_))) =>
            {
                if self.refresh_after_unknown_serial().await {
                    self.check_answer(&resp, signed, check)
                } else {
                    Err(e)
                }
            }
            other => other,
        };
        result.map(|()| resp)
    }

    /// The check itself: a redirect is refused, a 2xx must verify (unless the caller checks
    /// it, [`Check::SuccessUnverified`]), a non-2xx is verified when signed and becomes an
    /// [`ApiError`].
    pub(super) fn check_answer(
        &self,
        resp: &HttpResponse,
        signed: &SignedRequest,
        check: Check,
    ) -> Result<(), Error> {
        if (300..400).contains(&resp.status) {
            return Err(Error::redirect(
                resp.status,
                header(resp, http::header::LOCATION.as_str()),
                header(resp, h::REQUEST_ID),
            ));
        }
        let ok = (200..300).contains(&resp.status);
        let unsigned_file = check == Check::File && !resp.headers.contains_key(h::SIGNATURE);
        if ok && (check == Check::SuccessUnverified || unsigned_file) {
            return Ok(());
        }
        let verified = if ok || resp.headers.contains_key(h::SIGNATURE) {
            let sh = SignatureHeaders::from_headers(&resp.headers).map_err(|e| {
                Error::from(e).with_status(resp.status, header(resp, h::REQUEST_ID))
            })?;
            if let Err(e) = self.inner.verifier.verify(&sh, &resp.body) {
                tracing::warn!(status = resp.status, error = %e, "answer failed verification");
                let id = header(resp, h::REQUEST_ID);
                return Err(Error::from(e).with_status(resp.status, id));
            }
            true
        } else {
            false
        };
        if ok {
            return Ok(());
        }
        Err(api_error(resp, verified, Some(signed)).into())
    }
}

fn header(resp: &HttpResponse, name: &str) -> Option<String> {
    resp.headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// The [`ApiError`] of a non-2xx answer; `SIGN_ERROR` compared with what was `signed`.
pub(super) fn api_error(
    resp: &HttpResponse,
    verified: bool,
    signed: Option<&SignedRequest>,
) -> ApiError {
    #[derive(serde::Deserialize)]
    struct Body {
        #[serde(default)]
        code: String,
        #[serde(default)]
        message: String,
        #[serde(default)]
        detail: Option<serde_json::Value>,
    }
    let parsed: Option<Body> = serde_json::from_slice(&resp.body).ok();
    let (code, message, detail) = match parsed {
        Some(b) => (b.code, b.message, b.detail),
        None => (
            format!("HTTP_{}", resp.status),
            String::from_utf8_lossy(
                resp.body
                    .get(..resp.body.len().min(200))
                    .unwrap_or_default(),
            )
            .into_owned(),
            None,
        ),
    };
    let mut api = ApiError {
        status: resp.status,
        code,
        message,
        detail,
        request_id: header(resp, h::REQUEST_ID),
        verified,
        sign_error_explanation: None,
    };
    if api.code == "SIGN_ERROR"
        && let (Some(info), Some(signed)) = (api.sign_information(), signed)
    {
        api.sign_error_explanation = Some(sign_error::explain(&info, signed));
    }
    api
}

/// The [`Error`] of a transport failure; `limit` names the body limit that was exceeded.
pub(super) fn transport_error(e: TransportError, limit: usize) -> Error {
    let kind = match e.kind {
        TransportErrorKind::TooLarge => return Error::too_large(limit),
        TransportErrorKind::Connect => ErrorKind::Connect,
        TransportErrorKind::Timeout => ErrorKind::Timeout,
        TransportErrorKind::Other => ErrorKind::Transport,
    };
    Error::transport(kind, e.message, e.source)
}

/// Decodes a verified answer; an empty body decodes as JSON `null` (so `()` fits a 204). On
/// failure the error keeps the body, the status and the `Request-ID`: what WeChat Pay
/// verifiably said (the id of a refund that was made, say) is never lost.
pub(super) fn decode_answer<T: DeserializeOwned>(resp: &HttpResponse) -> Result<T, Error> {
    let result = if resp.body.is_empty() {
        crate::decode_json(b"null")
    } else {
        crate::decode_json(&resp.body)
    };
    result.map_err(|e| {
        let request_id = resp.headers.get(h::REQUEST_ID).and_then(|v| v.to_str().ok());
        let e = if std::any::type_name::<T>() == "()" {
            e.hint(
                "the endpoint declares no response but WeChat Pay answered a body: declare `response = …` on its `#[endpoint]` (the body is kept in the error: `Error::body`)",
            )
        } else {
            e
        };
        e.with_answer(resp.status, request_id, resp.body.clone())
    })
}
