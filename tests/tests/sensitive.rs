//! Nested sensitive request fields (`wxpay::Sensitive`) are encrypted while the body is built.

use serde::Serialize;
use wxpay::{Encryptor, Endpoint as _, Error, Sensitive, endpoint};

/// Marks what it "encrypts", so the test can see which values went through it.
#[derive(Clone)]
struct Fake;

impl Encryptor for Fake {
    fn encrypt(&self, plaintext: &str) -> Result<String, Error> {
        Ok(format!(
            "ENC({})",
            plaintext.chars().rev().collect::<String>()
        ))
    }

    fn to_owned_encryptor(&self) -> Option<Box<dyn Encryptor>> {
        Some(Box::new(Fake))
    }
}

/// One transfer line with a sensitive name.
#[derive(Debug, Serialize)]
pub struct Detail {
    /// Line number.
    pub out_detail_no: String,
    /// The payee's real name.
    pub user_name: Sensitive,
}

/// A body with sensitive values nested in a list and at the top level.
#[endpoint(POST, "/v3/transfer/batches")]
pub struct Batch {
    /// Batch number.
    pub out_batch_no: String,
    /// The lines.
    pub transfer_detail_list: Vec<Detail>,
    /// Encrypted at the top level.
    #[encrypt]
    pub contact: Option<String>,
}

#[test]
fn nested_and_top_level_fields_are_encrypted_and_plaintexts_never_leak() {
    let batch = Batch {
        out_batch_no: "b1".into(),
        transfer_detail_list: vec![
            Detail {
                out_detail_no: "d1".into(),
                user_name: Sensitive::new("张三"),
            },
            Detail {
                out_detail_no: "d2".into(),
                user_name: "李四".into(),
            },
        ],
        contact: Some("13800138000".into()),
    };
    let body = String::from_utf8(batch.body(&Fake).unwrap().unwrap()).unwrap();
    assert_eq!(
        body,
        r#"{"out_batch_no":"b1","transfer_detail_list":[{"out_detail_no":"d1","user_name":"ENC(三张)"},{"out_detail_no":"d2","user_name":"ENC(四李)"}],"contact":"ENC(00083100831)"}"#
    );
    assert_eq!(
        format!("{:?}", batch.transfer_detail_list[0].user_name),
        "Sensitive(redacted)"
    );
    // Outside a request there is no encryptor: serializing is an error, not a plaintext.
    let err = serde_json::to_string(&batch.transfer_detail_list[0]).unwrap_err();
    assert!(err.to_string().contains("sensitive"), "{err}");
    // Without a key to encrypt with, the request is refused before anything is sent.
    let err = batch.body(&wxpay::NoEncryption).unwrap_err();
    assert!(err.kind() == wxpay::ErrorKind::Config, "{err:?}");
}
