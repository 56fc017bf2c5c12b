//! Compile-fail and pass tests of `#[endpoint]`: one fixture per error message in `ui/fail/`,
//! each with its reviewed `.stderr`; the pass fixtures in `ui/pass/` also run and assert the
//! generated path, query and body.
//!
//! Regenerate the `.stderr` files with `TRYBUILD=overwrite cargo test -p wxpay-tests --test ui`,
//! then read every diff: each error must point at the offending token and name the fix.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/fail/*.rs");
    t.pass("ui/pass/*.rs");
}
