use wxpay::endpoint;

#[derive(serde::Deserialize)]
pub struct Order {
    pub prepay_id: String,
}

// A macro error (an unknown argument) on an endpoint whose answer is used: the call site keeps
// its declared `Response` type through the placeholder impl, so `answer.prepay_id` adds no
// second error.
#[endpoint(POST, "/v3/pay/transactions/jsapi", response = Order, retry = 3)]
pub struct CreateOrder {
    pub description: String,
}

pub async fn call(client: &wxpay::Client) -> Result<String, wxpay::Error> {
    let answer = client
        .send(&CreateOrder {
            description: "x".into(),
        })
        .await?;
    Ok(answer.prepay_id)
}

fn main() {}
