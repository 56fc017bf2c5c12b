//! Hand-written additions to generated catalog types (the generator never writes this file):
//! payment parameters for the JSAPI / mini-program and App SDKs, and bill-file descriptors.

#[cfg(feature = "pay")]
use crate::{AppPayParams, Client, Error, JsapiPayParams};

/// `jsapi_params` / `app_params` for the prepay answers of one module.
#[cfg(feature = "pay")]
macro_rules! pay_params {
    ($($module:ident),*) => {$(
        impl crate::pay::$module::JsapiPrepayResponse {
            /// Signs the parameters of `wx.requestPayment` / `getBrandWCPayRequest` for this
            /// prepay id with the merchant key (`paySign`, RSA). `app_id` is the appid the order
            /// was placed with (`sub_appid` when the user is a sub-merchant's).
            pub fn jsapi_params(&self, client: &Client, app_id: &str) -> Result<JsapiPayParams, Error> {
                client.signer().jsapi_pay_params(app_id, &self.prepay_id)
            }
        }

        impl crate::pay::$module::AppPrepayResponse {
            /// Signs the App SDK's `PayReq` for this prepay id. `partner_id` is the merchant id
            /// (the sub-merchant id `sub_mchid` for service providers).
            pub fn app_params(
                &self,
                client: &Client,
                appid: &str,
                partner_id: &str,
            ) -> Result<AppPayParams, Error> {
                client.signer().app_pay_params(appid, partner_id, &self.prepay_id)
            }
        }
    )*};
}

#[cfg(feature = "pay")]
pay_params!(transactions, partner, combine);

#[cfg(feature = "bill")]
impl crate::bill::BillResponse {
    /// What [`crate::Client::download_bill`] needs to fetch and check the file.
    pub fn file(&self) -> crate::BillFile {
        crate::BillFile {
            hash_type: self.hash_type.clone(),
            hash_value: self.hash_value.clone(),
            download_url: self.download_url.clone(),
        }
    }
}
