//! [`Client::chain`]: dynamic calls for endpoints not declared yet, PHP-SDK style.

use super::Client;
use super::response::{Check, decode_answer};
use super::send::{Prepared, SendOptions};
use crate::Error;
use crate::endpoint::Method;

impl Client {
    /// A dynamic call for endpoints not declared yet, like the PHP SDK's `chain()`:
    /// `client.chain("v3/marketing/membercard-open/cards/{card_id}/codes/{code}/unavailable")`.
    pub fn chain(&self, template: &str) -> Chain<'_> {
        Chain {
            client: self,
            template: template.to_owned(),
        }
    }
}

/// A dynamic request built by [`Client::chain`].
#[derive(Debug)]
pub struct Chain<'a> {
    client: &'a Client,
    template: String,
}

impl Chain<'_> {
    /// `GET` with PHP-style arguments: path parameters at the top level, `query` an object.
    pub async fn get(&self, args: serde_json::Value) -> Result<serde_json::Value, Error> {
        self.send(Method::Get, args).await
    }

    /// `POST` with PHP-style arguments: path parameters at the top level, `query` and `json` objects.
    pub async fn post(&self, args: serde_json::Value) -> Result<serde_json::Value, Error> {
        self.send(Method::Post, args).await
    }

    /// `PUT`, like [`Chain::post`].
    pub async fn put(&self, args: serde_json::Value) -> Result<serde_json::Value, Error> {
        self.send(Method::Put, args).await
    }

    /// `PATCH`, like [`Chain::post`].
    pub async fn patch(&self, args: serde_json::Value) -> Result<serde_json::Value, Error> {
        self.send(Method::Patch, args).await
    }

    /// `DELETE`, like [`Chain::get`].
    pub async fn delete(&self, args: serde_json::Value) -> Result<serde_json::Value, Error> {
        self.send(Method::Delete, args).await
    }

    /// Sends with any method; answers `null` for a 204.
    pub async fn send(
        &self,
        method: Method,
        args: serde_json::Value,
    ) -> Result<serde_json::Value, Error> {
        let serde_json::Value::Object(mut args) = args else {
            return Err(Error::invalid("chain arguments must be a JSON object"));
        };
        let query = match args.remove("query") {
            None | Some(serde_json::Value::Null) => None,
            Some(q @ serde_json::Value::Object(_)) => crate::endpoint::__private::query_string(&q)?,
            Some(_) => return Err(Error::invalid("`query` must be an object")),
        };
        let body = match args.remove("json") {
            None | Some(serde_json::Value::Null) => {
                if method.has_body() {
                    Some(b"{}".to_vec())
                } else {
                    None
                }
            }
            Some(b) if method.has_body() => Some(
                serde_json::to_vec(&b)
                    .map_err(|e| Error::invalid(format!("cannot serialize body: {e}")))?,
            ),
            Some(_) => {
                return Err(Error::invalid(format!(
                    "{method} requests have no JSON body"
                )));
            }
        };
        let path = interpolate(&self.template, &args)?;
        self.client.ensure_verification_keys().await?;
        let mut p = Prepared::new(method, &self.template, path);
        p.query = query;
        p.body = body;
        p.wechatpay_serial = self.client.encryption_key().map(|(s, _)| s);
        let resp = self
            .client
            .execute(p, Check::Verify, &SendOptions::default())
            .await?;
        decode_answer(&resp)
    }
}

/// Replaces `{name}` in `template` with percent-encoded `args[name]`.
fn interpolate(
    template: &str,
    args: &serde_json::Map<String, serde_json::Value>,
) -> Result<String, Error> {
    let mut out = String::with_capacity(template.len() + 32);
    if !template.starts_with('/') {
        out.push('/');
    }
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(rest.get(..open).unwrap_or_default());
        let after = rest.get(open + 1..).unwrap_or_default();
        let close = after
            .find('}')
            .ok_or_else(|| Error::invalid(format!("unclosed `{{` in `{template}`")))?;
        let name = after.get(..close).unwrap_or_default();
        let value = match args.get(name) {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Number(n)) => n.to_string(),
            Some(_) => {
                return Err(Error::invalid(format!(
                    "path parameter `{name}` must be a string or number"
                )));
            }
            None => return Err(Error::invalid(format!("missing path parameter `{name}`"))),
        };
        crate::endpoint::__private::push_path_segment(&mut out, &value, name)?;
        rest = after.get(close + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    Ok(out)
}
