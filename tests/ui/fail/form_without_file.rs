use wxpay::endpoint;

#[endpoint(POST, "/v3/mch-manage/submission-files/upload")]
pub struct Upload {
    #[form]
    pub item_id: u32,
}

fn main() {}
