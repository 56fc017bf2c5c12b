use wxpay::endpoint;

pub struct Amount {
    pub total: i64,
}

#[endpoint(POST, "/v3/refund/domestic/refunds")]
pub struct CreateRefund {
    #[query]
    pub sub_mchid: Amount,
    pub out_refund_no: String,
    pub amount: Amount,
}

fn main() {}
