//! One error line (plus optional indented notes) and an exit status.

use wxpay::{Error, VerifyError};

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
        match &e {
            Error::Key(_) | Error::Config(_) | Error::InvalidRequest(_) => {
                Failure::usage(e.to_string())
            }
            Error::Api(api) => {
                let mut f = Failure::failed(api.to_string());
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
                f
            }
            Error::Verify(v) => {
                let f = Failure::failed(format!("verification failed: {v}"));
                match v {
                    VerifyError::SignTestProbe => f.note(
                        "WeChat Pay sends such probes to test that answers are verified: never treat one as data",
                    ),
                    VerifyError::UnknownSerial(_) => f.note(
                        "configure the key it names: WXPAY_PUBLIC_KEY(_ID) or WXPAY_PLATFORM_CERT (`wxpay certificates download`)",
                    ),
                    _ => f,
                }
            }
            // Transport, body too large, crypto, decode: the call or the check failed.
            _ => Failure::failed(e.to_string()),
        }
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
        Failure::from(Error::Verify(e))
    }
}
