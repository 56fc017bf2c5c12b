//! Payment parameters for the JSAPI/mini-program `requestPayment` call and the App SDK.

use serde::{Deserialize, Serialize};

use crate::Error;
use crate::signer::{Signer, nonce};

/// Parameters for `wx.requestPayment` (mini-program) or `WeixinJSBridge.invoke('getBrandWCPayRequest')`
/// (JSAPI), serialized with the names the front end expects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JsapiPayParams {
    /// `appId`
    pub app_id: String,
    /// `timeStamp`
    pub time_stamp: String,
    /// `nonceStr`
    pub nonce_str: String,
    /// `package`: `prepay_id=…`
    pub package: String,
    /// `signType`: `RSA`
    pub sign_type: String,
    /// `paySign`
    pub pay_sign: String,
}

/// Parameters for the App SDK's `PayReq`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppPayParams {
    /// `appid`
    pub appid: String,
    /// `partnerid`: the merchant id (sub-merchant for service providers).
    pub partnerid: String,
    /// `prepayid`
    pub prepayid: String,
    /// `package`: always `Sign=WXPay`.
    pub package: String,
    /// `noncestr`
    pub noncestr: String,
    /// `timestamp`
    pub timestamp: String,
    /// `sign`
    pub sign: String,
}

/// The message `paySign` covers for JSAPI/mini-program: `appId\ntimeStamp\nnonceStr\npackage\n`.
pub fn jsapi_message(app_id: &str, time_stamp: &str, nonce_str: &str, package: &str) -> String {
    format!("{app_id}\n{time_stamp}\n{nonce_str}\n{package}\n")
}

/// The message `sign` covers for App payments: `appid\ntimestamp\nnoncestr\nprepayid\n`.
pub fn app_message(appid: &str, timestamp: &str, noncestr: &str, prepayid: &str) -> String {
    format!("{appid}\n{timestamp}\n{noncestr}\n{prepayid}\n")
}

impl Signer {
    /// Builds and signs JSAPI/mini-program payment parameters for `prepay_id`.
    pub fn jsapi_pay_params(&self, app_id: &str, prepay_id: &str) -> Result<JsapiPayParams, Error> {
        let time_stamp = self.clock().now().to_string();
        let nonce_str = nonce();
        let package = format!("prepay_id={prepay_id}");
        let pay_sign =
            self.sign_base64(jsapi_message(app_id, &time_stamp, &nonce_str, &package).as_bytes())?;
        Ok(JsapiPayParams {
            app_id: app_id.to_owned(),
            time_stamp,
            nonce_str,
            package,
            sign_type: "RSA".to_owned(),
            pay_sign,
        })
    }

    /// Builds and signs App payment parameters for `prepay_id`; `partner_id` is the merchant
    /// id (the sub-merchant id for service providers).
    pub fn app_pay_params(
        &self,
        appid: &str,
        partner_id: &str,
        prepay_id: &str,
    ) -> Result<AppPayParams, Error> {
        let timestamp = self.clock().now().to_string();
        let noncestr = nonce();
        let sign =
            self.sign_base64(app_message(appid, &timestamp, &noncestr, prepay_id).as_bytes())?;
        Ok(AppPayParams {
            appid: appid.to_owned(),
            partnerid: partner_id.to_owned(),
            prepayid: prepay_id.to_owned(),
            package: "Sign=WXPay".to_owned(),
            noncestr,
            timestamp,
            sign,
        })
    }
}
