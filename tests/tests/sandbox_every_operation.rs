//! The sandbox answers every catalog operation: each request built from the description's
//! examples (the generated wire tests' requests, kept in `operations.json`) is signed by the
//! client, checked by the sandbox (signature first), and answered with a signed answer the
//! client verifies. Leaving out a required field is `400 PARAM_ERROR` naming it.

use serde_json::Value;
use wxpay::sandbox::Sandbox;
use wxpay::{ErrorKind, Method};

fn operations() -> Vec<Value> {
    let data = include_str!("../../wxpay/src/sandbox/operations.json");
    match serde_json::from_str(data) {
        Ok(Value::Array(ops)) => ops,
        other => panic!("operations.json: {other:?}"),
    }
}

/// The request of `op`'s example, with `body` instead of the example's body.
async fn send(
    client: &wxpay::Client,
    op: &Value,
    body: Option<&Value>,
) -> Result<(u16, Value), wxpay::Error> {
    let method = Method::parse(op["method"].as_str().unwrap_or_default()).unwrap();
    let ex = &op["example"];
    let body = body.map(|b| serde_json::to_vec(b).unwrap());
    let (status, _, bytes) = client
        .request_raw(
            method,
            ex["path"].as_str().unwrap_or_default(),
            ex["query"].as_str(),
            body,
        )
        .await?;
    let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    Ok((status, json))
}

/// A paged list's answer (`op["paged"]`): the page its example's `offset` and `limit` ask
/// for, of copies of the example's item (`paging.rs` walks the lists).
fn is_page_of(answer: &Value, op: &Value) -> bool {
    let Some(list) = op["paged"]["items"].as_str() else {
        return false;
    };
    answer[list].as_array().is_some_and(|items| {
        !items.is_empty() && items.iter().all(|i| is_copy_of(i, &op["answer"][list][0]))
    })
}

/// The example item, but for the position the sandbox appends to its first identifier.
fn is_copy_of(item: &Value, example: &Value) -> bool {
    let (Some(item), Some(example)) = (item.as_object(), example.as_object()) else {
        return item == example;
    };
    item.len() == example.len()
        && item.iter().all(|(k, v)| match (v, &example[k]) {
            (Value::String(v), Value::String(e)) if v != e => v
                .strip_prefix(e.as_str())
                .and_then(|rest| rest.strip_prefix('-'))
                .is_some_and(|n| n.parse::<u64>().is_ok()),
            (v, e) => v == e,
        })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_is_answered_and_checked() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let ops = operations();
    assert!(ops.len() > 1000, "{} operations", ops.len());
    let (mut generic, mut stateful, mut uploads, mut refused, mut downloads) = (0, 0, 0, 0, 0);
    for op in &ops {
        let name = format!("{} {}", op["method"], op["pattern"]);
        if op["files"].as_array().is_some_and(|f| !f.is_empty()) {
            // Multipart: the typed upload test below sends one; the generated wire tests check
            // every upload's parts.
            uploads += 1;
            continue;
        }
        if op["download"] == true {
            // Files come unsigned: `Client::download` takes them (catalog_downloads below).
            downloads += 1;
            continue;
        }
        let body = op["example"].get("body").filter(|b| !b.is_null());
        match send(&client, op, body).await {
            Ok((status, answer)) => {
                assert!((200..300).contains(&status), "{name}: {status}");
                if status == op["status"].as_u64().unwrap_or_default() as u16
                    && (answer == op["answer"] || is_page_of(&answer, op))
                {
                    generic += 1;
                } else {
                    stateful += 1;
                    continue;
                }
            }
            // A stateful route may refuse the example's made-up ids (`ORDER_NOT_EXIST` …); the
            // answer was still signed and verified, and never "not emulated".
            // The sandbox's merchant here uses the WeChat Pay public key; its certificate route
            // answers with the platform certificate's signature (verification_keys.rs).
            Err(e) if op["pattern"] == "/v3/certificates" && e.kind() == ErrorKind::Verify => {
                refused += 1;
                continue;
            }
            Err(e) => {
                let api = e
                    .api()
                    .unwrap_or_else(|| panic!("{name}: {e} ({:?})", e.kind()));
                assert_eq!(e.kind(), ErrorKind::Api, "{name}");
                assert!(api.verified, "{name}: unsigned answer");
                assert_ne!(api.code, "SANDBOX_NOT_EMULATED", "{name}");
                assert_ne!(api.code, "SIGN_ERROR", "{name}");
                refused += 1;
                continue;
            }
        }
        // Leaving out the first required body field is a PARAM_ERROR naming it, for the
        // operations answered from the generator's data.
        let Some(Value::Object(full)) = body else {
            continue;
        };
        let required = op["body"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|f| f["r"] == true && full.contains_key(f["n"].as_str().unwrap_or_default()));
        let Some(field) = required else { continue };
        let field = field["n"].as_str().unwrap_or_default();
        let mut partial = full.clone();
        partial.remove(field);
        match send(&client, op, Some(&Value::Object(partial))).await {
            Err(e) => {
                let api = e.api().unwrap_or_else(|| panic!("{name}: {e}"));
                assert!(api.verified, "{name}");
                assert_eq!(
                    (api.status, api.code.as_str(), api.field(), api.location()),
                    (
                        400,
                        "PARAM_ERROR",
                        Some(format!("/{field}").as_str()),
                        Some("body")
                    ),
                    "{name}"
                );
            }
            Ok((status, _)) => panic!("{name}: accepted without `{field}` ({status})"),
        }
    }
    assert!(
        generic > 900,
        "generic {generic}, stateful {stateful}, refused {refused}"
    );
    assert_eq!(
        generic + stateful + refused + uploads + downloads,
        ops.len()
    );
}

/// Catalog uploads through the client: the `meta` derived from the file by `new()` (name,
/// SHA-256 or SM3 digest) is signed, and the sandbox checks it against the file it receives.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn catalog_uploads_are_signed_and_checked() {
    use wxpay::UploadFile;
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();

    // The stateful media route: it checks format, size and the SHA-256.
    let png = UploadFile::new("logo.png", &b"\x89PNG\r\n\x1a\n sandbox"[..]);
    let answer = client
        .send(&wxpay::applyment::UploadImage::new(png.clone()))
        .await
        .unwrap();
    assert!(!answer.media_id.is_empty());

    // An e-invoice file: its `meta` carries the file's SM3 digest.
    let pdf = UploadFile::new("invoice.pdf", &b"%PDF-1.7 sandbox"[..]);
    let answer = client
        .send(&wxpay::fapiao::applications::UploadFapiaoFile::new(
            pdf.clone(),
            "PDF",
        ))
        .await
        .unwrap();
    assert!(!answer.fapiao_media_id.is_empty());

    // A digest that does not match the file is refused, naming the field.
    let wrong = wxpay::fapiao::applications::UploadFapiaoFile::new(pdf, "PDF");
    let mut wrong = wrong;
    wrong.digest = "00".repeat(32);
    let e = client.send(&wrong).await.unwrap_err();
    let api = e.api().unwrap();
    assert_eq!(
        (api.code.as_str(), api.field(), api.location()),
        ("PARAM_ERROR", Some("/digest"), Some("body"))
    );

    // A file name that is not the one in `meta`.
    let mut renamed = wxpay::applyment::UploadImage::new(png);
    renamed.filename = Some("other.png".into());
    let e = client.send(&renamed).await.unwrap_err();
    assert_eq!(e.api().unwrap().code, "PARAM_ERROR");
}

/// Catalog downloads: the request is signed, the file comes back unsigned (as WeChat Pay sends
/// files) and is checked against the digest a verified answer announced.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn catalog_downloads_check_the_announced_digest() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let bill = client
        .send(&wxpay::bill::ApplyTradeBill::new("2026-11-29"))
        .await
        .unwrap();
    let token = bill
        .download_url
        .split_once("token=")
        .map(|(_, t)| t.to_owned())
        .unwrap();
    let file = client
        .download(&wxpay::bill::DownloadBill::new(token))
        .await
        .unwrap();
    assert!(!file.content().is_empty());
    file.verify_digest(&bill.hash_type, &bill.hash_value)
        .unwrap();
    let e = file
        .verify_digest(&bill.hash_type, &"0".repeat(40))
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Verify);

    // A download answered from the generator's data (an electronic receipt).
    let file = client
        .download(&wxpay::transfer::batches::DownloadSignFile::new(
            "X8Uk3sD4a4eZVPTBvqNDoUqcYMlZ9uuD",
        ))
        .await
        .unwrap();
    // `printf 'wxpay sandbox file\\n' | openssl dgst -sha1`
    file.verify_digest("SHA1", "53dc5ac2c54b516e1e3d728110a59393f2c590c5")
        .unwrap();

    // A complaint image on the overseas host: a file, not an empty answer.
    let file = client
        .download(&wxpay::global::complaints::DownloadImage::new(
            "xxxxx",
            "200201820200101080076610000",
        ))
        .await
        .unwrap();
    assert_eq!(file.content().as_ref(), b"wxpay sandbox file\n");

    // Sent as an ordinary request, a download cannot pass for a success: the unsigned file
    // fails verification (and would fail to decode as a `Download` if it were signed).
    let e = client
        .send(&wxpay::transfer::batches::DownloadSignFile::new("X8Uk3sD4"))
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Verify, "{e}");
}
