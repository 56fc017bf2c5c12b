//! End-to-end tests of the wxpay SDK live in `tests/tests/`.
