//! The `#[endpoint]` attribute of wxpay.
use proc_macro::TokenStream;

/// Declares a WeChat Pay APIv3 endpoint on a struct.
#[proc_macro_attribute]
pub fn endpoint(_args: TokenStream, input: TokenStream) -> TokenStream {
    input
}

/// Registers `#[serde]` as a helper attribute so field attributes compile without a serde derive.
#[doc(hidden)]
#[proc_macro_derive(__SerdeAttrs, attributes(serde))]
pub fn serde_attrs(_input: TokenStream) -> TokenStream {
    TokenStream::new()
}
