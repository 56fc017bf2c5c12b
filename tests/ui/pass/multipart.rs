//! `#[file]` makes a multipart upload: file parts, `#[form]` text parts, and the body fields as
//! the signed `meta`.
//! `DELETE` takes a JSON body where fields are marked `#[body]`.
use wxpay::{Endpoint, NoEncryption, UploadFile, endpoint};

#[endpoint(POST, "/v3/merchant/media/upload", response = serde_json::Value)]
pub struct Upload {
    #[file]
    pub file: UploadFile,
    pub filename: String,
    pub sha256: String,
    #[form]
    pub item_id: u32,
    #[form]
    pub note: Option<String>,
}

#[endpoint(DELETE, "/v3/global/profit-sharing/receivers")]
pub struct DeleteReceiver {
    pub sub_mchid: String,
    #[body]
    pub account: String,
}

fn main() {
    let file = UploadFile::new("a.png", &b"png"[..]);
    let req = Upload {
        filename: file.name().to_owned(),
        sha256: file.sha256_hex(),
        file,
        item_id: 56,
        note: None,
    };
    let meta = req.body(&NoEncryption).unwrap().unwrap();
    assert!(meta.starts_with(br#"{"filename":"a.png","sha256":""#));
    let files = req.files();
    assert_eq!(files.len(), 1);
    assert_eq!((files[0].0, files[0].1.name()), ("file", "a.png"));
    assert_eq!(req.form_fields(), [("item_id", "56".to_owned())]);

    let del = DeleteReceiver {
        sub_mchid: "1900000109".into(),
        account: "o1".into(),
    };
    assert_eq!(del.query().unwrap().as_deref(), Some("sub_mchid=1900000109"));
    assert_eq!(del.body(&NoEncryption).unwrap().unwrap(), br#"{"account":"o1"}"#);
    assert!(del.files().is_empty());
}
