//! Media upload (multipart with a signed `meta` part) and bill download (signed request,
//! unsigned answer checked against the announced digest).

use std::io::Write;
use std::path::Path;

use bytes::Bytes;
use futures_util::StreamExt as _;
use serde::{Deserialize, Serialize};

use super::Client;
use super::response::{Check, decode_answer, transport_error};
use super::send::{Prepared, SendOptions};
use crate::transport::collect_limited;
use crate::{AuthScheme, Error, Method, VerifyError};

/// Which upload endpoint a file goes to, with its limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    /// `POST /v3/merchant/media/upload`: JPG, PNG or BMP up to 2 MiB.
    Image,
    /// `POST /v3/merchant/media/video_upload`: AVI, WMV, MPEG, MP4, MOV, MKV, FLV, F4V, M4V or
    /// RMVB up to 5 MiB.
    Video,
    /// `POST /v3/marketing/favor/media/image-upload` (coupon images): JPG, PNG or BMP up to 2 MiB.
    MarketingImage,
}

impl MediaKind {
    /// The endpoint path.
    pub const fn path(self) -> &'static str {
        match self {
            MediaKind::Image => "/v3/merchant/media/upload",
            MediaKind::Video => "/v3/merchant/media/video_upload",
            MediaKind::MarketingImage => "/v3/marketing/favor/media/image-upload",
        }
    }

    /// The largest accepted file.
    pub const fn max_bytes(self) -> usize {
        match self {
            MediaKind::Image | MediaKind::MarketingImage => 2 * 1024 * 1024,
            MediaKind::Video => 5 * 1024 * 1024,
        }
    }

    /// Accepted file extensions (lower case) and their content types.
    pub const fn formats(self) -> &'static [(&'static str, &'static str)] {
        match self {
            MediaKind::Image | MediaKind::MarketingImage => &[
                ("jpg", "image/jpeg"),
                ("jpeg", "image/jpeg"),
                ("png", "image/png"),
                ("bmp", "image/bmp"),
            ],
            MediaKind::Video => &[
                ("avi", "video/x-msvideo"),
                ("wmv", "video/x-ms-wmv"),
                ("mpeg", "video/mpeg"),
                ("mp4", "video/mp4"),
                ("mov", "video/quicktime"),
                ("mkv", "video/x-matroska"),
                ("flv", "video/x-flv"),
                ("f4v", "video/x-f4v"),
                ("m4v", "video/x-m4v"),
                ("rmvb", "application/vnd.rn-realmedia-vbr"),
            ],
        }
    }

    /// Checks name, extension and size before anything is sent; returns the content type.
    pub fn check(self, filename: &str, len: usize) -> Result<&'static str, Error> {
        if filename.is_empty()
            || filename.len() > 128
            || filename
                .chars()
                .any(|c| c.is_control() || c == '"' || c == '/' || c == '\\')
        {
            return Err(Error::invalid(
                "media file name must be 1–128 characters without quotes, slashes or control characters",
            ));
        }
        let ext = filename
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default();
        let Some((_, ct)) = self.formats().iter().find(|(e, _)| *e == ext) else {
            let allowed: Vec<&str> = self.formats().iter().map(|(e, _)| *e).collect();
            return Err(Error::invalid(format!(
                "`{filename}` is not an accepted format for {}; use one of: {}",
                self.path(),
                allowed.join(", ")
            )));
        };
        if len == 0 || len > self.max_bytes() {
            return Err(Error::invalid(format!(
                "media file of {len} bytes: {} accepts 1 to {} bytes",
                self.path(),
                self.max_bytes()
            )));
        }
        Ok(ct)
    }
}

/// The answer of a media upload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediaUploaded {
    /// `media_id` (merchant media uploads).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_id: Option<String>,
    /// `media_url` (marketing image upload).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_url: Option<String>,
}

/// Where to download a bill: the answer of `GET /v3/bill/tradebill`, `fundflowbill` and their
/// sub-merchant variants.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BillFile {
    /// `SHA1`.
    pub hash_type: String,
    /// Hex digest of the bill (after gunzip).
    pub hash_value: String,
    /// Where to get it (valid for 30 s).
    pub download_url: String,
}

/// A downloaded file: the answer of a catalog request whose answer is a file, sent with
/// [`Client::download`].
///
/// ```
/// use wxpay_core::Download;
///
/// let file = Download::new(Some("text/plain".into()), &b"abc"[..]);
/// // `printf abc | openssl dgst -sha1`
/// file.verify_digest("SHA1", "a9993e364706816aba3e25717850c26c9cd0d89d").unwrap();
/// assert!(file.verify_digest("SHA1", "00").is_err());
///
/// // A statement download announces its digest in a header of the same answer.
/// let mut headers = http::HeaderMap::new();
/// headers.insert("wechatpay-statement-sha1", "a9993e364706816aba3e25717850c26c9cd0d89d".parse().unwrap());
/// let file = file.with_headers(headers);
/// let sha1 = file.header("Wechatpay-Statement-Sha1").unwrap();
/// file.verify_digest("SHA1", sha1).unwrap();
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Download {
    content_type: Option<String>,
    content: Bytes,
    headers: http::HeaderMap,
}

impl Download {
    /// A file with its `Content-Type`.
    pub fn new(content_type: Option<String>, content: impl Into<Bytes>) -> Self {
        Self {
            content_type,
            content: content.into(),
            headers: http::HeaderMap::new(),
        }
    }

    /// The same file with the answer's headers (as [`crate::Client::download`] returns it).
    pub fn with_headers(mut self, headers: http::HeaderMap) -> Self {
        self.headers = headers;
        self
    }

    /// A header of the answer, e.g. `Wechatpay-Statement-Sha1`, the digest a statement download
    /// announces for its file (check it with [`Download::verify_digest`]).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The answer's `Content-Type`, when it had one.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// The bytes.
    pub fn content(&self) -> &Bytes {
        &self.content
    }

    /// The bytes, owned.
    pub fn into_content(self) -> Bytes {
        self.content
    }

    /// Checks the file against the digest a verified answer announced for it (`hash_type`
    /// `SHA1` or `SHA256`, `hash_value` in hex). An unsupported hash type is an error.
    pub fn verify_digest(&self, hash_type: &str, hash_value: &str) -> Result<(), Error> {
        let actual = if hash_type.eq_ignore_ascii_case("SHA1") {
            let mut h = crate::backend::Sha1::new();
            h.update(&self.content);
            hex::encode(h.finish())
        } else if hash_type.eq_ignore_ascii_case("SHA256") {
            hex::encode(crate::backend::sha256(&self.content))
        } else {
            return Err(Error::invalid(format!(
                "unsupported file hash type `{hash_type}`"
            )));
        };
        if actual.eq_ignore_ascii_case(hash_value) {
            Ok(())
        } else {
            Err(VerifyError::DigestMismatch {
                expected: hash_value.to_owned(),
                actual,
            }
            .into())
        }
    }
}

impl std::fmt::Debug for Download {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Download")
            .field("content_type", &self.content_type)
            .field("len", &self.content.len())
            .finish()
    }
}

/// A file is not JSON: decoding one always fails, telling to use [`Client::download`], so a
/// download request sent with `Client::send` cannot pass for a success.
impl<'de> Deserialize<'de> for Download {
    fn deserialize<D: serde::Deserializer<'de>>(_: D) -> Result<Self, D::Error> {
        Err(serde::de::Error::custom(
            "this request downloads a file: send it with `Client::download`, not `Client::send`",
        ))
    }
}

/// The `meta` part of a media upload, serialized once: signed and sent byte for byte.
#[derive(Serialize)]
struct Meta<'a> {
    filename: &'a str,
    sha256: String,
}

/// Writes what it is given to `out` while hashing it.
struct HashingWriter<W> {
    out: W,
    sha1: crate::backend::Sha1,
    len: u64,
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        self.sha1.update(buf.get(..n).unwrap_or_default());
        self.len += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

fn io_error(e: std::io::Error) -> Error {
    Error::io("writing the bill failed", e)
}

impl Client {
    /// Uploads an image or video (multipart: a `meta` part `{filename, sha256}`, which the
    /// signature covers exactly as sent, and the `file` part). Name, format and size are
    /// checked before sending.
    pub async fn upload_media(
        &self,
        kind: MediaKind,
        filename: &str,
        content: impl Into<Bytes>,
    ) -> Result<MediaUploaded, Error> {
        let content = content.into();
        let content_type = kind.check(filename, content.len())?;
        let meta = serde_json::to_vec(&Meta {
            filename,
            sha256: hex::encode(crate::backend::sha256(&content)),
        })
        .map_err(|e| Error::invalid(e.to_string()))?;
        let file = crate::UploadFile::new(filename, content).with_content_type(content_type);
        let (multipart_type, body) = crate::upload::multipart(&meta, &[], &[("file", &file)])?;
        self.ensure_verification_keys().await?;
        let mut p = Prepared::new(Method::Post, kind.path(), kind.path().to_owned());
        p.body = Some(body);
        p.wechatpay_serial = self.encryption_key().map(|(s, _)| s);
        p.content_type = Some(multipart_type);
        p.signed_body = Some(meta);
        let resp = self
            .execute(p, Check::Verify, &SendOptions::default())
            .await?;
        decode_answer(&resp)
    }

    /// Downloads a bill into `out`, gunzipping it when `gzip` (the bill was requested with
    /// `tar_type=GZIP`), and checks its SHA-1 against `bill.hash_value`.
    ///
    /// The download request is signed; its answer is unsigned by design (WeChat Pay does not
    /// sign files) and is accepted unsigned on this path only, because the announced digest —
    /// itself from a verified answer — checks it. On any error, what was written to `out` must
    /// be discarded; [`Client::download_bill_to_file`] does that for you.
    pub async fn download_bill(
        &self,
        bill: &BillFile,
        gzip: bool,
        out: impl Write,
    ) -> Result<u64, Error> {
        if !bill.hash_type.eq_ignore_ascii_case("SHA1") {
            return Err(Error::invalid(format!(
                "unsupported bill hash type `{}`",
                bill.hash_type
            )));
        }
        let url = reqwest::Url::parse(&bill.download_url)
            .map_err(|e| Error::invalid(format!("invalid download_url: {e}")))?;
        let mut p = Prepared::new(Method::Get, "<bill download_url>", url.path().to_owned());
        p.scheme = AuthScheme::Merchant;
        p.absolute_url = Some(url);
        let (req, signed) =
            self.build_request(&p, self.base_url(), Bytes::new(), &SendOptions::default())?;
        let resp = self
            .inner
            .transport
            .send_streaming(req)
            .await
            .map_err(|e| transport_error(e, usize::MAX))?;
        if !(200..300).contains(&resp.status) {
            // An error answer is small and, from WeChat Pay, signed: read it within the
            // client's body limit and check it like any other answer.
            let limit = self.inner.max_response_bytes;
            let body = collect_limited(resp.body, limit)
                .await
                .map_err(|e| transport_error(e, limit))?;
            let r = crate::HttpResponse {
                status: resp.status,
                headers: resp.headers,
                body,
            };
            return Err(
                match self.check_answer(&r, &signed, Check::SuccessUnverified) {
                    Ok(()) => Error::invalid(format!("unexpected status {}", r.status)),
                    Err(e) => e,
                },
            );
        }
        let mut sink = HashingWriter {
            out,
            sha1: crate::backend::Sha1::new(),
            len: 0,
        };
        let mut stream = resp.body;
        if gzip {
            let mut decoder = flate2::write::GzDecoder::new(&mut sink);
            while let Some(chunk) = stream.next().await {
                let chunk = chunk.map_err(|e| transport_error(e, usize::MAX))?;
                decoder.write_all(&chunk).map_err(io_error)?;
            }
            decoder.try_finish().map_err(io_error)?;
        } else {
            while let Some(chunk) = stream.next().await {
                let chunk = chunk.map_err(|e| transport_error(e, usize::MAX))?;
                sink.write_all(&chunk).map_err(io_error)?;
            }
        }
        sink.flush().map_err(io_error)?;
        let actual = hex::encode(sink.sha1.finish());
        let expected = bill.hash_value.to_ascii_lowercase();
        if !bool::from(subtle::ConstantTimeEq::ct_eq(
            actual.as_bytes(),
            expected.as_bytes(),
        )) {
            return Err(VerifyError::DigestMismatch { expected, actual }.into());
        }
        Ok(sink.len)
    }

    /// Downloads a bill to `path`: written to `path` + `.part`, checked, then renamed, so
    /// `path` only ever holds a complete, verified bill.
    pub async fn download_bill_to_file(
        &self,
        bill: &BillFile,
        gzip: bool,
        path: impl AsRef<Path>,
    ) -> Result<u64, Error> {
        let path = path.as_ref();
        let mut part = path.as_os_str().to_owned();
        part.push(".part");
        let part = std::path::PathBuf::from(part);
        let file = std::fs::File::create(&part).map_err(io_error)?;
        let result = self
            .download_bill(bill, gzip, std::io::BufWriter::new(file))
            .await;
        match result {
            Ok(n) => {
                std::fs::rename(&part, path).map_err(io_error)?;
                Ok(n)
            }
            Err(e) => {
                let _ = std::fs::remove_file(&part);
                Err(e)
            }
        }
    }
}
