//! `wxpay call METHOD PATH`: sign, send, verify, print.

use std::path::PathBuf;

use clap::Args;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use wxpay::Method;

use crate::config::ConfigArgs;
use crate::failure::Failure;
use crate::io::{out, outln, read_bytes};

/// RFC 3986 unreserved characters stay as they are in query keys and values, as the SDK sends them.
const QUERY: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  wxpay call GET '/v3/pay/transactions/out-trade-no/{out_trade_no}' \\
      --param out_trade_no=1217752501201407033233368018 --query mchid=1230000109
  wxpay call POST /v3/marketing/busifavor/coupons/deactivate \\
      --json '{\"coupon_code\":\"sxxe34343434\",\"stock_id\":\"1234567891\",\"deactivate_request_no\":\"1002600620019090123143254436\"}'")]
pub struct CallArgs {
    /// GET, POST, PUT, PATCH or DELETE
    method: String,
    /// The path, e.g. /v3/refund/domestic/refunds/{out_refund_no}; `{name}` is filled from --param
    path: String,
    /// A query parameter (repeatable, sent in the order given)
    #[arg(long = "query", value_name = "KEY=VALUE")]
    query: Vec<String>,
    /// A path parameter for `{name}` in PATH, percent-encoded as one segment (repeatable)
    #[arg(long = "param", value_name = "NAME=VALUE")]
    params: Vec<String>,
    /// The JSON body
    #[arg(long, value_name = "JSON", conflicts_with = "json_file")]
    json: Option<String>,
    /// Read the JSON body from a file (`-` for standard input)
    #[arg(long, value_name = "FILE")]
    json_file: Option<PathBuf>,
    /// Print the answer's bytes as received instead of pretty JSON
    #[arg(long)]
    raw: bool,
}

pub async fn run(cfg: &ConfigArgs, a: CallArgs) -> Result<(), Failure> {
    let method = Method::parse(&a.method.to_ascii_uppercase()).ok_or_else(|| {
        Failure::usage(format!(
            "unknown method `{}`: use GET, POST, PUT, PATCH or DELETE",
            a.method
        ))
    })?;
    let (path, inline_query) = match a.path.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (a.path.as_str(), None),
    };
    let path = interpolate(path, &pairs(&a.params, "--param")?)?;
    let query = query_string(inline_query, &pairs(&a.query, "--query")?);
    let body = match (&a.json, &a.json_file) {
        (Some(text), _) => Some(text.as_bytes().to_vec()),
        (None, Some(file)) => Some(read_bytes(file)?),
        (None, None) => None,
    };
    let body = match body {
        Some(_) if !method.has_body() => {
            return Err(Failure::usage(format!("{method} requests have no body")));
        }
        Some(bytes) => {
            let value: serde_json::Value = serde_json::from_slice(&bytes)
                .map_err(|e| Failure::usage(format!("the body is not valid JSON: {e}")))?;
            Some(serde_json::to_vec(&value).map_err(|e| Failure::usage(e.to_string()))?)
        }
        // As `Client::chain`: a POST, PUT or PATCH without a body sends `{}`.
        None if method.has_body() => Some(b"{}".to_vec()),
        None => None,
    };
    let client = cfg.client_builder()?.build()?;
    let (status, headers, answer) = client
        .request_raw(method, &path, query.as_deref(), body)
        .await?;
    let request_id = headers
        .get("request-id")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-");
    eprintln!("HTTP {status}, signature verified, Request-ID {request_id}");
    if a.raw {
        out(&answer);
    } else if !answer.is_empty() {
        match serde_json::from_slice::<serde_json::Value>(&answer) {
            Ok(v) => outln(&serde_json::to_string_pretty(&v).unwrap_or_default()),
            Err(_) => out(&answer),
        }
    }
    Ok(())
}

/// Splits `NAME=VALUE` arguments.
fn pairs<'a>(args: &'a [String], flag: &str) -> Result<Vec<(&'a str, &'a str)>, Failure> {
    args.iter()
        .map(|arg| {
            arg.split_once('=')
                .filter(|(k, _)| !k.is_empty())
                .ok_or_else(|| Failure::usage(format!("{flag} `{arg}` is not NAME=VALUE")))
        })
        .collect()
}

/// Fills `{name}` placeholders, each value percent-encoded as one segment as the SDK does.
fn interpolate(template: &str, params: &[(&str, &str)]) -> Result<String, Failure> {
    let mut out = String::with_capacity(template.len() + 32);
    if !template.starts_with('/') {
        out.push('/');
    }
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| Failure::usage(format!("unclosed `{{` in `{template}`")))?;
        let name = &after[..close];
        // The last value given for a name wins.
        let (_, value) = params
            .iter()
            .rev()
            .find(|(k, _)| *k == name)
            .ok_or_else(|| {
                Failure::usage(format!(
                    "missing path parameter: pass `--param {name}=VALUE`"
                ))
            })?;
        wxpay::__private::push_path_segment(&mut out, value, name)?;
        names.push(name);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    if let Some((name, _)) = params.iter().find(|(k, _)| !names.contains(k)) {
        return Err(Failure::usage(format!(
            "--param `{name}` matches no `{{{name}}}` in the path"
        )));
    }
    Ok(out)
}

/// The query string: what PATH carried after `?` as it is, then each `--query` encoded.
fn query_string(inline: Option<&str>, pairs: &[(&str, &str)]) -> Option<String> {
    let mut q = inline.unwrap_or_default().to_owned();
    for (k, v) in pairs {
        if !q.is_empty() {
            q.push('&');
        }
        q.extend(utf8_percent_encode(k, QUERY));
        q.push('=');
        q.extend(utf8_percent_encode(v, QUERY));
    }
    (!q.is_empty()).then_some(q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_parameters_are_one_encoded_segment() {
        let p = interpolate(
            "/v3/a/{x}/b/{y}",
            &[("x", "1/2"), ("y", "中"), ("x", "3 4")],
        )
        .unwrap();
        assert_eq!(p, "/v3/a/3%204/b/%E4%B8%AD");
        assert_eq!(interpolate("v3/a", &[]).unwrap(), "/v3/a");
        assert!(interpolate("/v3/a/{x}", &[]).is_err());
        assert!(interpolate("/v3/a/{x}", &[("x", "..")]).is_err());
        assert!(interpolate("/v3/a", &[("x", "1")]).is_err());
        assert!(interpolate("/v3/a/{x", &[("x", "1")]).is_err());
    }

    #[test]
    fn query_in_order_and_encoded() {
        assert_eq!(query_string(None, &[]), None);
        assert_eq!(
            query_string(Some("a=1"), &[("b", "x y"), ("a", "&")]).as_deref(),
            Some("a=1&b=x%20y&a=%26")
        );
        assert!(pairs(&["novalue".to_owned()], "--query").is_err());
        assert_eq!(
            pairs(&["k=v=w".to_owned()], "--query").unwrap(),
            vec![("k", "v=w")]
        );
    }
}
