//! Media uploads (multipart, signature over the `meta` part) and bill files (unsigned answers).

use bytes::Bytes;
use serde_json::{Value, json};
use sha1::Digest as _;

use super::answer::Answer;

/// A parsed `multipart/form-data` body: `(name, filename, content)` per part.
#[derive(Debug)]
pub(crate) struct Multipart {
    pub(crate) parts: Vec<(String, Option<String>, Bytes)>,
}

impl Multipart {
    /// Parses `body` with the boundary of `content_type`; `None` if it is not multipart.
    pub(crate) fn parse(content_type: &str, body: &Bytes) -> Option<Result<Multipart, String>> {
        let boundary = content_type
            .strip_prefix("multipart/form-data")?
            .split(';')
            .find_map(|p| p.trim().strip_prefix("boundary="))
            .map(|b| b.trim_matches('"').to_owned());
        let Some(boundary) = boundary.filter(|b| !b.is_empty()) else {
            return Some(Err("multipart 缺少 boundary".into()));
        };
        Some(parse_parts(body, &boundary))
    }

    /// The content of the part named `name`.
    pub(crate) fn part(&self, name: &str) -> Option<&(String, Option<String>, Bytes)> {
        self.parts.iter().find(|(n, _, _)| n == name)
    }
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

fn parse_parts(body: &Bytes, boundary: &str) -> Result<Multipart, String> {
    let delim = format!("--{boundary}");
    let mut pos = find(body, delim.as_bytes(), 0).ok_or("multipart 格式错误")?;
    let mut parts = Vec::new();
    loop {
        pos += delim.len();
        if body.get(pos..pos + 2) == Some(b"--") {
            return Ok(Multipart { parts });
        }
        pos += 2; // CRLF after the delimiter
        let head_end = find(body, b"\r\n\r\n", pos).ok_or("multipart 头格式错误")?;
        let head = std::str::from_utf8(body.get(pos..head_end).unwrap_or_default())
            .map_err(|_| "multipart 头不是 UTF-8")?;
        let disposition = head
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("content-disposition:"))
            .ok_or("multipart 缺少 Content-Disposition")?;
        let attr = |key: &str| {
            disposition.split(';').find_map(|p| {
                p.trim()
                    .strip_prefix(key)
                    .and_then(|v| v.strip_prefix('='))
                    .map(|v| v.trim_matches('"').to_owned())
            })
        };
        let name = attr("name").ok_or("multipart 缺少 name")?;
        let filename = attr("filename");
        let content_start = head_end + 4;
        let next = find(body, format!("\r\n{delim}").as_bytes(), content_start)
            .ok_or("multipart 未结束")?;
        parts.push((name, filename, body.slice(content_start..next)));
        pos = next + 2;
    }
}

/// `POST /v3/merchant/media/upload`, `…/video_upload`, `/v3/marketing/favor/media/image-upload`.
pub(crate) fn upload(path: &str, form: &Multipart) -> Answer {
    let (max, exts): (usize, &[&str]) = match path {
        "/v3/merchant/media/upload" | "/v3/marketing/favor/media/image-upload" => {
            (2 * 1024 * 1024, &["jpg", "jpeg", "png", "bmp"])
        }
        "/v3/merchant/media/video_upload" => (
            5 * 1024 * 1024,
            &[
                "avi", "wmv", "mpeg", "mp4", "mov", "mkv", "flv", "f4v", "m4v", "rmvb",
            ],
        ),
        _ => return Answer::error(404, "NOT_FOUND", "请求的资源不存在"),
    };
    let Some((_, _, meta)) = form.part("meta") else {
        return Answer::param_error("meta", "body", "缺少 meta");
    };
    let Some((_, filename, file)) = form.part("file") else {
        return Answer::param_error("file", "body", "缺少 file");
    };
    let meta: Value = match serde_json::from_slice(meta) {
        Ok(v) => v,
        Err(_) => return Answer::param_error("meta", "body", "meta 不是合法的JSON"),
    };
    let field = |k: &str| meta.get(k).and_then(Value::as_str);
    let (Some(name), Some(sha)) = (field("filename"), field("sha256")) else {
        return Answer::param_error("meta", "body", "meta 缺少 filename 或 sha256");
    };
    if filename.as_deref() != Some(name) {
        return Answer::param_error("filename", "body", "文件名与 meta 不一致");
    }
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    if !exts.contains(&ext.as_str()) {
        return Answer::param_error("filename", "body", "文件格式不支持");
    }
    if file.is_empty() || file.len() > max {
        return Answer::param_error("file", "body", "文件大小不符合要求");
    }
    if hex::encode(sha2::Sha256::digest(file)) != sha.to_ascii_lowercase() {
        return Answer::param_error("sha256", "body", "文件摘要与 meta.sha256 不一致");
    }
    let id = hex::encode(sha2::Sha256::digest(file))
        .chars()
        .take(32)
        .collect::<String>();
    if path.starts_with("/v3/marketing/") {
        Answer::json(
            200,
            &json!({ "media_url": format!("https://wxpaylogo.qpic.cn/wxpaylogo/sandbox/{id}") }),
        )
    } else {
        Answer::json(200, &json!({ "media_id": format!("sandbox-media-{id}") }))
    }
}

/// The content of a sandbox bill: a small CSV, the same for the same date and type.
pub(crate) fn bill_csv(kind: &str, date: &str) -> String {
    let mut s =
        String::from("交易时间,公众账号ID,商户号,微信订单号,商户订单号,交易状态,订单金额\n");
    for i in 0..200 {
        s.push_str(&format!("`{date} 10:{:02}:00,`wx8888888888888888,`1900000001,`42000000{i:010},`{kind}{i:06},`SUCCESS,`{}.{:02}\n", i % 60, i, i % 100));
    }
    s.push_str("总交易单数,总交易额\n`200,`20100.00\n");
    s
}

/// `GET /v3/bill/tradebill` / `fundflowbill` / `sub-merchant-fundflowbill`: where to download.
pub(crate) fn bill_info(
    base_url: &str,
    kind: &str,
    query: &serde_json::Map<String, Value>,
) -> Answer {
    let Some(date) = query.get("bill_date").and_then(Value::as_str) else {
        return Answer::param_error("bill_date", "query", "缺少必填参数 bill_date");
    };
    let valid = date.len() == 10
        && date.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !valid {
        return Answer::param_error("bill_date", "query", "bill_date 格式应为 yyyy-MM-DD");
    }
    let gzip = query.get("tar_type").and_then(Value::as_str) == Some("GZIP");
    let hash = hex::encode(sha1::Sha1::digest(bill_csv(kind, date).as_bytes()));
    let token = format!("{kind}.{date}.{}", if gzip { "gz" } else { "csv" });
    Answer::json(
        200,
        &json!({
            "hash_type": "SHA1",
            "hash_value": hash,
            "download_url": format!("{base_url}/v3/billdownload/file?token={token}"),
        }),
    )
}

/// `GET /v3/billdownload/file?token=…`: the bill bytes (gzipped when asked), unsigned.
pub(crate) fn bill_file(token: &str, corrupt: bool) -> Option<Bytes> {
    let mut it = token.split('.');
    let (kind, date, fmt) = (it.next()?, it.next()?, it.next()?);
    let mut csv = bill_csv(kind, date).into_bytes();
    if let Some(b) = csv.get_mut(100).filter(|_| corrupt) {
        *b ^= 1;
    }
    match fmt {
        "csv" => Some(Bytes::from(csv)),
        "gz" => {
            use std::io::Write as _;
            let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            enc.write_all(&csv).ok()?;
            enc.finish().ok().map(Bytes::from)
        }
        _ => None,
    }
}
