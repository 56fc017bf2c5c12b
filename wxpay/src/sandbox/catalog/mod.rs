//! The handlers of the emulated endpoints, one module per product area. The routing table that
//! points at them is [`super::routes`]; they import only [`super::answer`].
//!
//! Area state lives in [`State::store`](super::State) under keys prefixed with the area's name.

pub(crate) mod ecommerce;
pub(crate) mod marketing;
pub(crate) mod pay;
pub(crate) mod seeds;
pub(crate) mod transfer;
