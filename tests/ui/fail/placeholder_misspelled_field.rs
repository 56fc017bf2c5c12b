use wxpay::endpoint;

// The field is `fapiao_apply_ids`, the placeholder `<fapiao_apply_id>`: the error names both,
// and the call site below compiles (the macro emits a placeholder `Endpoint` impl), so this is
// the only error.
#[endpoint(GET, "/v3/new-tax-control-fapiao/fapiao-applications/<fapiao_apply_id>")]
pub struct GetFapiaoApplication {
    pub fapiao_apply_ids: String,
}

pub async fn call(client: &wxpay::Client) -> Result<(), wxpay::Error> {
    let req = GetFapiaoApplication {
        fapiao_apply_ids: "4200000000".into(),
    };
    client.send(&req).await
}

fn main() {}
