// `#[encrypt]` fields, the Brand API scheme, and no response (204).

#[wxpay::endpoint(PATCH, "/brand/partner/contacts/<contact_id>", auth = brand)]
pub struct UpdateContact {
    pub contact_id: u64,
    #[encrypt]
    pub name: String,
    pub note: Option<String>,
    #[encrypt]
    pub phone: Option<String>,
}
