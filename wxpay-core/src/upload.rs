//! Files sent by multipart uploads: [`UploadFile`], and the multipart body every upload uses
//! (a signed JSON `meta` part, then the file parts).

use std::fmt;

use bytes::Bytes;

use crate::Error;

/// A file to upload: its name, content type and bytes.
///
/// Catalog upload requests take one in `new()` and fill the `meta` fields derived from it (file
/// name, SHA-256 or SM3 digest); the signature covers that `meta` exactly as sent.
///
/// ```
/// use wxpay_core::UploadFile;
///
/// let file = UploadFile::new("receipt.png", &b"\x89PNG..."[..]);
/// assert_eq!(file.content_type(), "image/png");
/// assert_eq!(file.sha256_hex().len(), 64);
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct UploadFile {
    name: String,
    content_type: String,
    content: Bytes,
}

impl UploadFile {
    /// A file named `name` (the content type follows its extension; see
    /// [`UploadFile::with_content_type`]).
    pub fn new(name: impl Into<String>, content: impl Into<Bytes>) -> Self {
        let name = name.into();
        let content_type = content_type_of(&name).to_owned();
        Self {
            name,
            content_type,
            content: content.into(),
        }
    }

    /// Reads a file from disk; its name is the path's file name.
    pub fn read(path: impl AsRef<std::path::Path>) -> Result<Self, Error> {
        let path = path.as_ref();
        let content = std::fs::read(path).map_err(|e| {
            Error::invalid(format!("cannot read the upload {}: {e}", path.display()))
        })?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(Self::new(name, content))
    }

    /// Overrides the content type guessed from the extension.
    #[must_use]
    pub fn with_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = content_type.into();
        self
    }

    /// The file name sent in the part's `Content-Disposition`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The part's `Content-Type`.
    pub fn content_type(&self) -> &str {
        &self.content_type
    }

    /// The bytes.
    pub fn content(&self) -> &Bytes {
        &self.content
    }

    /// The size in bytes.
    pub fn len(&self) -> usize {
        self.content.len()
    }

    /// Whether the file is empty.
    pub fn is_empty(&self) -> bool {
        self.content.is_empty()
    }

    /// The lower-case hex SHA-256 of the content (the `sha256` of most upload `meta`s).
    pub fn sha256_hex(&self) -> String {
        hex::encode(crate::backend::sha256(&self.content))
    }

    /// The lower-case hex SM3 digest of the content (GB/T 32905; the e-invoice uploads' `digest`).
    #[cfg(feature = "sm3")]
    #[cfg_attr(docsrs, doc(cfg(feature = "sm3")))]
    pub fn sm3_hex(&self) -> String {
        use sm3::Digest as _;
        hex::encode(sm3::Sm3::digest(&self.content))
    }
}

impl fmt::Debug for UploadFile {
    // The content can be large and personal (ID scans): its size is enough.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UploadFile")
            .field("name", &self.name)
            .field("content_type", &self.content_type)
            .field("len", &self.content.len())
            .finish()
    }
}

fn content_type_of(name: &str) -> &'static str {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "bmp" => "image/bmp",
        "gif" => "image/gif",
        "pdf" => "application/pdf",
        "csv" => "text/csv",
        "txt" => "text/plain",
        "zip" => "application/zip",
        "ofd" => "application/ofd",
        "xml" => "application/xml",
        "mp4" => "video/mp4",
        "avi" => "video/x-msvideo",
        "mov" => "video/quicktime",
        _ => "application/octet-stream",
    }
}

/// A multipart body: `meta` (JSON, what the signature covers), the text parts, then each file
/// part. Returns the `Content-Type` and the body.
pub(crate) fn multipart(
    meta: &[u8],
    form: &[(&str, String)],
    files: &[(&str, &UploadFile)],
) -> Result<(String, Vec<u8>), Error> {
    let boundary = format!("wxpay-{}", crate::signer::nonce());
    let size: usize = files.iter().map(|(_, f)| f.len() + 256).sum();
    let mut body = Vec::with_capacity(meta.len() + size + 256);
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(meta);
    for (name, value) in form {
        if name
            .chars()
            .any(|c| c.is_control() || c == '"' || c == '\\')
            || value.contains(&boundary)
        {
            return Err(Error::invalid(format!(
                "upload form field `{name}`: the name must be without quotes, backslashes or control characters, and the value without the multipart boundary"
            )));
        }
        body.extend_from_slice(
            format!(
                "\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}"
            )
            .as_bytes(),
        );
    }
    for (part, file) in files {
        // Quotes or line breaks in a name would end the header and let the name forge parts.
        let bad = |s: &str| s.chars().any(|c| c.is_control() || c == '"' || c == '\\');
        if file.name.is_empty() || bad(&file.name) || bad(part) || bad(&file.content_type) {
            return Err(Error::invalid(format!(
                "upload part `{part}`: the file name must be non-empty, without quotes, backslashes or control characters"
            )));
        }
        body.extend_from_slice(
            format!(
                "\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"{part}\"; filename=\"{}\"\r\nContent-Type: {}\r\n\r\n",
                file.name, file.content_type
            )
            .as_bytes(),
        );
        body.extend_from_slice(&file.content);
    }
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    Ok((format!("multipart/form-data; boundary={boundary}"), body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_shows_no_content() {
        let f = UploadFile::new("id.jpg", &b"secret scan"[..]);
        let d = format!("{f:?}");
        assert!(d.contains("id.jpg") && d.contains("image/jpeg") && d.contains("11"));
        assert!(!d.contains("secret"));
    }

    #[test]
    fn multipart_refuses_header_injection() {
        let f = UploadFile::new("a\".jpg", &b"x"[..]);
        assert!(multipart(b"{}", &[], &[("file", &f)]).is_err());
        let f = UploadFile::new("a\r\nb.jpg", &b"x"[..]);
        assert!(multipart(b"{}", &[], &[("file", &f)]).is_err());
        let f = UploadFile::new("", &b"x"[..]);
        assert!(multipart(b"{}", &[], &[("file", &f)]).is_err());
    }

    #[test]
    fn multipart_layout() {
        let f = UploadFile::new("a.pdf", &b"%PDF"[..]);
        let (ct, body) =
            multipart(br#"{"x":1}"#, &[("item_id", "56".into())], &[("file", &f)]).unwrap();
        let boundary = ct.strip_prefix("multipart/form-data; boundary=").unwrap();
        let text = String::from_utf8(body).unwrap();
        assert_eq!(
            text,
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{{\"x\":1}}\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"item_id\"\r\n\r\n56\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF\r\n--{boundary}--\r\n"
            )
        );
    }

    /// `echo -n abc | openssl dgst -sm3` (GB/T 32905-2016 appendix A.1).
    #[cfg(feature = "sm3")]
    #[test]
    fn sm3_matches_the_standard_vector() {
        let f = UploadFile::new("a.pdf", &b"abc"[..]);
        assert_eq!(
            f.sm3_hex(),
            "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"
        );
    }
}
