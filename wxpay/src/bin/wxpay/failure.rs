//! One error line (plus optional indented notes) and an exit status.

use wxpay::{Error, ErrorKind, VerifyError};

/// Exit status of WeChat Pay errors and failed verifications.
pub const FAILED: u8 = 1;
/// Exit status of usage and configuration errors.
pub const USAGE: u8 = 2;

/// Why a command failed: printed as `error: {message}` on stderr, then each note indented.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
    pub notes: Vec<String>,
}

impl Failure {
    /// A usage or configuration error (exit status 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Self {
            code: USAGE,
            message: message.into(),
            notes: Vec::new(),
        }
    }

    /// A failed call or verification (exit status 1).
    pub fn failed(message: impl Into<String>) -> Self {
        Self {
            code: FAILED,
            message: message.into(),
            notes: Vec::new(),
        }
    }

    /// Adds an indented note line.
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        if matches!(
            e.kind(),
            ErrorKind::Key | ErrorKind::Config | ErrorKind::Request
        ) {
            return Failure::usage(e.to_string());
        }
        if let Some(api) = e.api() {
            let mut first = format!(
                "WeChat Pay answered {} {}: {}",
                api.status, api.code, api.message
            );
            if let Some(id) = &api.request_id {
                first.push_str(&format!(" (Request-ID {id})"));
            }
            let mut f = Failure::failed(first);
            if let Some(x) = &api.sign_error_explanation {
                f = f.note(format!("what differs from what was signed: {x}"));
            }
            if let Some(detail) = &api.detail {
                f = f.note(format!("detail: {detail}"));
            }
            if !api.verified {
                f = f.note("the error answer carried no WeChat Pay signature");
            }
            if api.code == "SIGN_ERROR" {
                f = f.note(
                    "`wxpay sign METHOD URL --body …` shows the exact message a request signs",
                );
            }
            return f;
        }
        if let Some(v) = e.verify_error() {
            let f = Failure::failed(format!("verification failed: {v}"));
            return match v {
                VerifyError::SignTestProbe => f.note(
                    "WeChat Pay sends such probes to test that answers are verified: never treat one as data",
                ),
                VerifyError::UnknownSerial(_) => f.note(
                    "configure the key it names: WXPAY_PUBLIC_KEY(_ID) or WXPAY_PLATFORM_CERT (`wxpay certificates download`)",
                ),
                _ => f,
            };
        }
        // Transport, redirect, body too large, crypto, decode: the call or the check failed.
        let mut f = Failure::failed(e.to_string());
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            f = f.note(format!("caused by: {s}"));
            source = s.source();
        }
        if let Some(body) = e.body() {
            f = f.note(format!(
                "the verified answer ({} bytes): {}",
                body.len(),
                String::from_utf8_lossy(body)
            ));
        }
        f
    }
}

impl From<wxpay::KeyError> for Failure {
    fn from(e: wxpay::KeyError) -> Self {
        Failure::usage(e.to_string())
    }
}

impl From<wxpay::CryptoError> for Failure {
    fn from(e: wxpay::CryptoError) -> Self {
        Failure::failed(e.to_string())
    }
}

impl From<VerifyError> for Failure {
    fn from(e: VerifyError) -> Self {
        Failure::from(Error::from(e))
    }
}
