//! Sandbox routes of the endpoint catalog, one module per product area.
//!
//! Each area exposes `pub(crate) fn route(state: &State, req: &Req<'_>) -> Option<Answer>`:
//! `None` when the path is not one of its own. Area state lives in [`State::store`] under keys
//! prefixed with the area's name.

mod ecommerce;
mod marketing;
mod pay;
mod transfer;

use super::State;
use super::routes::{Answer, Req};

/// Tries each area in turn.
pub(crate) fn route(state: &State, req: &Req<'_>) -> Option<Answer> {
    None.or_else(|| pay::route(state, req))
        .or_else(|| marketing::route(state, req))
        .or_else(|| transfer::route(state, req))
        .or_else(|| ecommerce::route(state, req))
}
