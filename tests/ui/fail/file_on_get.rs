use wxpay::{UploadFile, endpoint};

#[endpoint(GET, "/v3/merchant/media/upload")]
pub struct Upload {
    #[file]
    pub file: UploadFile,
}

fn main() {}
