//! Error collection: every rule reports into one context so the user sees all mistakes at once.

use std::fmt::Display;

use proc_macro2::{Span, TokenStream};

/// Collected errors, each on its own span, combined into one `syn::Error` at the end.
#[derive(Default)]
pub struct Errors {
    errors: Vec<syn::Error>,
}

impl Errors {
    /// Records `message` on `span`.
    pub fn push(&mut self, span: Span, message: impl Display) {
        self.errors.push(syn::Error::new(span, message));
    }

    /// Records an error produced by syn.
    pub fn push_syn(&mut self, error: syn::Error) {
        self.errors.push(error);
    }

    /// Whether nothing was reported.
    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// The messages, in the order they were reported (for tests).
    #[allow(dead_code)]
    pub fn messages(&self) -> Vec<String> {
        self.errors
            .iter()
            .flat_map(|e| e.clone().into_iter().map(|e| e.to_string()))
            .collect()
    }

    /// One `compile_error!` per error.
    pub fn to_compile_errors(&self) -> TokenStream {
        self.errors
            .iter()
            .map(syn::Error::to_compile_error)
            .collect()
    }
}
