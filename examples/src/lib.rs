//! Runnable examples of the wxpay SDK live in `examples/examples/`.
