//! The `ecommerce` catalog (电商收付通, 特约商户进件, 商户开户意愿确认, 银行组件): for every
//! endpoint, the bytes a sample request puts on the wire (path, query, body) and the official
//! answer example decoding into its response model (and encoding back to the same JSON, so no
//! documented field is lost); then the sandbox end to end.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use wxpay::applyment::*;
use wxpay::capital::*;
use wxpay::ecommerce::account::*;
use wxpay::ecommerce::applyments::*;
use wxpay::ecommerce::bill::*;
use wxpay::ecommerce::fund::*;
use wxpay::ecommerce::profitsharing::*;
use wxpay::ecommerce::refunds::*;
use wxpay::ecommerce::subsidies::*;
use wxpay::sandbox::Sandbox;
use wxpay::{Encryptor, Endpoint, Error, Method, NoEncryption, Sensitive};

// --- helpers -------------------------------------------------------------------------------

/// A fake encryptor: the ciphertext shows the plaintext, so a test can see what was encrypted.
struct FakeEncryptor;

impl Encryptor for FakeEncryptor {
    fn encrypt(&self, plaintext: &str) -> Result<String, Error> {
        Ok(format!("enc({plaintext})"))
    }

    fn to_owned_encryptor(&self) -> Option<Box<dyn Encryptor>> {
        Some(Box::new(FakeEncryptor))
    }
}

/// Decodes an official example into `T` and checks that encoding it gives the same JSON back.
fn decodes<T: DeserializeOwned + Serialize>(name: &str, text: &str) -> T {
    let v: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let t: T = serde_json::from_value(v.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(
        serde_json::to_value(&t).unwrap(),
        v,
        "{name}: a documented field is lost or renamed"
    );
    t
}

/// `decodes!(Type, "file.json")`: a fixture of `tests/fixtures/catalog/ecommerce/`.
macro_rules! decodes {
    ($ty:ty, $file:literal) => {
        decodes::<$ty>(
            $file,
            include_str!(concat!("../fixtures/catalog/ecommerce/", $file)),
        )
    };
}

/// Method, path, query and body (as JSON) of a request; sensitive fields through `enc`.
fn wire_with<E: Endpoint>(
    e: &E,
    enc: &dyn Encryptor,
) -> (Method, String, Option<String>, Option<Value>) {
    let body = e
        .body(enc)
        .unwrap()
        .map(|b| serde_json::from_slice(&b).unwrap());
    (E::METHOD, e.path().unwrap(), e.query().unwrap(), body)
}

/// [`wire_with`] without any encryptor: the request has no sensitive field.
fn wire<E: Endpoint>(e: &E) -> (Method, String, Option<String>, Option<Value>) {
    wire_with(e, &NoEncryption)
}

fn get(path: &str, query: Option<&str>) -> (Method, String, Option<String>, Option<Value>) {
    (Method::Get, path.into(), query.map(Into::into), None)
}

fn post(path: &str, body: Value) -> (Method, String, Option<String>, Option<Value>) {
    (Method::Post, path.into(), None, Some(body))
}

// --- 特约商户进件 (applyment4sub) ----------------------------------------------------------------

fn applyment4sub_form(business_code: &str, shortname: &str) -> SubmitApplyment {
    SubmitApplyment {
        business_code: business_code.into(),
        contact_info: ContactInfo {
            contact_type: IdHolderType::Legal,
            contact_name: Sensitive::new("张三"),
            contact_id_doc_type: None,
            contact_id_number: None,
            contact_id_doc_copy: None,
            contact_id_doc_copy_back: None,
            contact_period_begin: None,
            contact_period_end: None,
            business_authorization_letter: None,
            openid: None,
            mobile_phone: Sensitive::new("13900000000"),
            contact_email: Sensitive::new("zhangsan@example.com"),
        },
        subject_info: SubjectInfo {
            subject_type: SubjectType::Individual,
            business_license_info: Some(BusinessLicenseInfo {
                license_copy: "47ZC6GC-vnrbEny__Ie_An5-tCpqxucuxi-vByf3Gjm7KE53JXvGy9tqZm2XAUf-4KGprrKhpVBDIUv0OF4wFNIO4kqg05InE4d2I6_H7I4".into(),
                license_number: "123456789012345678".into(),
                merchant_name: "腾讯科技有限公司".into(),
                legal_person: "张三".into(),
                ..Default::default()
            }),
            certificate_info: None,
            organization_info: None,
            certificate_letter_copy: None,
            finance_institution_info: None,
            identity_info: IdentityInfo {
                id_holder_type: None,
                id_doc_type: IdDocType::IdCard,
                authorize_letter_copy: None,
                id_card_info: Some(IdCardInfo {
                    id_card_copy: "jTpGmxUX3FBWVQ5NJTZvlKX_gdU4cRz7z5NxpnFuAxhBTEO_PvWkfSCJ3zVIn001D8daLC-ehEuo0BJqRTvDujqhThn4ReFxikqJ5YW6zFQ".into(),
                    id_card_national: "47ZC6GC-vnrbEny__Ie_An5-tCpqxucuxi-vByf3Gjm7KE53JXvGy9tqZm2XAUf-4KGprrKhpVBDIUv0OF4wFNIO4kqg05InE4d2I6_H7I4".into(),
                    id_card_name: Sensitive::new("张三"),
                    id_card_number: Sensitive::new("110101199003074477"),
                    id_card_address: None,
                    card_period_begin: "2016-06-06".into(),
                    card_period_end: "2026-06-06".into(),
                }),
                id_doc_info: None,
                owner: Some(true),
            },
            ubo_info_list: None,
        },
        business_info: BusinessInfo {
            merchant_shortname: shortname.into(),
            service_phone: "0758XXXXX".into(),
            sales_info: SalesInfo {
                sales_scenes_type: vec![SalesScene::Store, SalesScene::MiniProgram],
                mini_program_info: Some(MiniProgramInfo {
                    mini_program_sub_appid: Some("wxa123344545577".into()),
                    ..Default::default()
                }),
                ..Default::default()
            },
        },
        settlement_info: SettlementInfo {
            settlement_id: Some("719".into()),
            qualification_type: Some("餐饮".into()),
            ..Default::default()
        },
        bank_account_info: BankAccountInfo {
            bank_account_type: BankAccountType::Personal,
            account_name: Sensitive::new("张三"),
            account_bank: "工商银行".into(),
            bank_address_code: "110000".into(),
            bank_name: None,
            bank_branch_id: Some("402713354941".into()),
            account_number: Sensitive::new("6222021234567890123"),
        },
        addition_info: None,
    }
}

#[test]
fn submit_applyment_on_the_wire() {
    let req = applyment4sub_form("1900013511_10000", "腾讯");
    // Nested sensitive fields need a client (an encryptor): no plaintext can leave by accident.
    assert!(req.body(&NoEncryption).is_err());
    let (method, path, query, body) = wire_with(&req, &FakeEncryptor);
    assert_eq!(
        (method, path.as_str(), query),
        (Method::Post, "/v3/applyment4sub/applyment/", None)
    );
    let body = body.unwrap();
    assert_eq!(body["business_code"], "1900013511_10000");
    assert_eq!(
        body["contact_info"],
        json!({
            "contact_type": "LEGAL",
            "contact_name": "enc(张三)",
            "mobile_phone": "enc(13900000000)",
            "contact_email": "enc(zhangsan@example.com)",
        })
    );
    assert_eq!(
        body["subject_info"]["identity_info"]["id_card_info"]["id_card_number"],
        "enc(110101199003074477)"
    );
    assert_eq!(
        body["subject_info"]["business_license_info"]["legal_person"],
        "张三"
    );
    assert!(
        body["subject_info"]["business_license_info"]
            .get("period_begin")
            .is_none()
    );
    assert_eq!(
        body["business_info"]["sales_info"],
        json!({
            "sales_scenes_type": ["SALES_SCENES_STORE", "SALES_SCENES_MINI_PROGRAM"],
            "mini_program_info": { "mini_program_sub_appid": "wxa123344545577" },
        })
    );
    assert_eq!(
        body["bank_account_info"],
        json!({
            "bank_account_type": "BANK_ACCOUNT_TYPE_PERSONAL",
            "account_name": "enc(张三)",
            "account_bank": "工商银行",
            "bank_address_code": "110000",
            "bank_branch_id": "402713354941",
            "account_number": "enc(6222021234567890123)",
        })
    );
    assert!(body.get("addition_info").is_none());
    let answer = decodes!(SubmitApplymentResponse, "submit_applyment.json");
    assert_eq!(answer.applyment_id, 2_000_002_124_775_691);
}

#[test]
fn query_applyment_on_the_wire() {
    let req = QueryApplymentByBusinessCode {
        business_code: "1900013511_10000".into(),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/applyment4sub/applyment/business_code/1900013511_10000",
            None
        )
    );
    let req = QueryApplymentById {
        applyment_id: 2_000_002_124_775_691,
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/applyment4sub/applyment/applyment_id/2000002124775691",
            None
        )
    );
    let s = decodes!(ApplymentStatus, "query_applyment_by_business_code.json");
    assert_eq!(s.applyment_state, ApplymentState::Finished);
    assert_eq!(s.sub_mchid.as_deref(), Some("1900006491"));
    let s = decodes!(ApplymentStatus, "query_applyment_by_id.json");
    assert_eq!(s.applyment_state, ApplymentState::Rejected);
    assert_eq!(
        s.audit_detail.unwrap()[0].field.as_deref(),
        Some("id_card_copy")
    );
}

// --- 商户开户意愿确认 (apply4subject) -------------------------------------------------------------

fn subject_form() -> SubmitSubjectApplyment {
    SubmitSubjectApplyment {
        channel_id: Some("20001111".into()),
        business_code: "1900013511_10000".into(),
        contact_info: SubjectContactInfo {
            contact_type: Some(IdHolderType::Super),
            name: Sensitive::new("李四"),
            contact_id_doc_type: Some(IdDocType::IdCard),
            id_card_number: Sensitive::new("110101199003074477"),
            mobile: Sensitive::new("13900000000"),
            ..Default::default()
        },
        subject_info: SubjectApplymentSubject {
            subject_type: SubjectType::Micro,
            is_finance_institution: None,
            business_license_info: None,
            certificate_info: None,
            company_prove_copy: None,
            assist_prove_info: Some(AssistProveInfo {
                micro_biz_type: MicroBizType::Store,
                store_name: "大郎烧饼".into(),
                store_address_code: Some("440305".into()),
                store_address: "深圳市南山区xx大厦x层".into(),
                store_header_copy: "0P3ng6KTIW4-Q_l2FjKLZuhHjBWoMAjmVtCz7ScmhEIThCaV-4BBgVwtNkCHO_XXqK5dE5YdOmFJBZR9FwczhJehHhAZN6BKXQPcs-VvdSo".into(),
                store_indoor_copy: "0P3ng6KTIW4-Q_l2FjmFJBZR9FwczhJehHhAZN6BKXQPcs-VvdSo".into(),
            }),
            special_operation_info: None,
            finance_institution_info: None,
        },
        identification_info: IdentificationInfo {
            id_holder_type: None,
            identification_type: IdDocType::IdCard,
            authorize_letter_copy: None,
            identification_name: Sensitive::new("李四"),
            identification_number: Sensitive::new("110101199003074477"),
            identification_valid_date: r#"["2017-10-28","2037-10-28"]"#.into(),
            identification_address: None,
            identification_front_copy: "0P3ng6KTIW4-Q_l2FjmFJBZR9FwczhJehHhAZN6BKXQPcs-VvdSo".into(),
            identification_back_copy: None,
            owner: Some(true),
        },
        ubo_info_list: None,
        addition_info: Some(SubjectAdditionInfo {
            confirm_mchid_list: Some(vec!["20001113".into()]),
        }),
    }
}

#[test]
fn subject_applyment_on_the_wire() {
    let req = subject_form();
    assert!(req.body(&NoEncryption).is_err());
    let (method, path, query, body) = wire_with(&req, &FakeEncryptor);
    assert_eq!(method, Method::Post);
    assert_eq!(path, "/v3/apply4subject/applyment");
    assert_eq!(query.as_deref(), Some("channel_id=20001111"));
    let body = body.unwrap();
    assert_eq!(
        body["contact_info"],
        json!({
            "contact_type": "SUPER",
            "name": "enc(李四)",
            "contact_id_doc_type": "IDENTIFICATION_TYPE_IDCARD",
            "id_card_number": "enc(110101199003074477)",
            "mobile": "enc(13900000000)",
        })
    );
    assert_eq!(
        body["subject_info"]["assist_prove_info"]["micro_biz_type"],
        "MICRO_TYPE_STORE"
    );
    assert_eq!(
        body["identification_info"]["identification_name"],
        "enc(李四)"
    );
    assert_eq!(
        body["addition_info"],
        json!({ "confirm_mchid_list": ["20001113"] })
    );
    assert!(body.get("channel_id").is_none() && body.get("ubo_info_list").is_none());
    let answer = decodes!(SubmitApplymentResponse, "submit_subject_applyment.json");
    assert_eq!(answer.applyment_id, 20_000_011_111);

    let req = QuerySubjectApplyment {
        applyment_id: Some(20_000_011_111),
        business_code: None,
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/apply4subject/applyment",
            Some("applyment_id=20000011111")
        )
    );
    let req = QuerySubjectApplyment {
        applyment_id: None,
        business_code: Some("1900013511_10000".into()),
    };
    assert_eq!(
        wire(&req).2.as_deref(),
        Some("business_code=1900013511_10000")
    );
    let s = decodes!(SubjectApplymentState, "query_subject_applyment.json");
    assert_eq!(s.applyment_state, ApplymentState::WaitingForConfirmContact);

    let req = CancelSubjectApplyment {
        applyment_id: 20_000_011_111,
    };
    assert_eq!(
        wire(&req),
        post("/v3/apply4subject/applyment/20000011111/cancel", json!({}))
    );
    let () =
        serde_json::from_str::<<CancelSubjectApplyment as Endpoint>::Response>("null").unwrap();

    let req = QuerySubjectAuthorizeState {
        sub_mchid: "1511101111".into(),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/apply4subject/applyment/merchants/1511101111/state",
            None
        )
    );
    let s = decodes!(SubjectAuthorizeState, "query_subject_authorize_state.json");
    assert_eq!(s.authorize_state, AuthorizeState::Authorized);
}

// --- 二级商户进件 (ecommerce applyments) -----------------------------------------------------------

fn ec_form(out_request_no: &str, shortname: &str) -> CreateEcommerceApplyment {
    CreateEcommerceApplyment {
        out_request_no: out_request_no.into(),
        organization_type: OrganizationType::Micro,
        finance_institution: None,
        business_license_info: None,
        finance_institution_info: None,
        id_holder_type: None,
        id_doc_type: Some(IdDocType::IdCard),
        authorize_letter_copy: None,
        id_card_info: Some(EcommerceIdCardInfo {
            id_card_copy: "jTpGmxUX3FBWVQ5NJTZvlKX_gdU4cRz7z5NxpnFuAxhBTEO_PvWkfSCJ3zVIn001D8daLC-ehEuo0BJqRTvDujqhThn4ReFxikqJ5YW6zFQ".into(),
            id_card_national: "47ZC6GC-vnrbEny__Ie_An5-tCpqxucuxi-vByf3Gjm7KE53JXvGy9tqZm2XAUf-4KGprrKhpVBDIUv0OF4wFNIO4kqg05InE4d2I6_H7I4".into(),
            id_card_name: Sensitive::new("王五"),
            id_card_number: Sensitive::new("110101199003074477"),
            id_card_address: None,
            id_card_valid_time_begin: Some("2019-06-06".into()),
            id_card_valid_time: "2026-06-06".into(),
        }),
        id_doc_info: None,
        owner: None,
        ubo_info_list: None,
        account_info: EcommerceAccountInfo {
            bank_account_type: EcommerceBankAccountType::Personal,
            account_bank: "工商银行".into(),
            account_name: Sensitive::new("王五"),
            bank_address_code: "110000".into(),
            bank_branch_id: None,
            bank_name: None,
            account_number: Sensitive::new("6222021234567890123"),
        },
        contact_info: EcommerceContactInfo {
            contact_type: EcommerceContactType::Legal,
            contact_name: Sensitive::new("王五"),
            contact_id_doc_type: None,
            contact_id_card_number: Some(Sensitive::new("110101199003074477")),
            contact_id_doc_copy: None,
            contact_id_doc_copy_back: None,
            contact_period_begin: None,
            contact_period_end: None,
            business_authorization_letter: None,
            mobile_phone: Sensitive::new("13900000000"),
            contact_email: None,
        },
        sales_scene_info: SalesSceneInfo {
            store_name: "爱烧烤".into(),
            store_url: Some("http://www.qq.com".into()),
            ..Default::default()
        },
        settlement_info: None,
        merchant_shortname: shortname.into(),
        qualifications: None,
        business_addition_pics: None,
        business_addition_desc: None,
    }
}

#[test]
fn ecommerce_applyment_on_the_wire() {
    let req = ec_form("APPLYMENT_00000000001", "爱烧烤");
    assert!(req.body(&NoEncryption).is_err());
    let (method, path, query, body) = wire_with(&req, &FakeEncryptor);
    assert_eq!(
        (method, path.as_str(), query),
        (Method::Post, "/v3/ecommerce/applyments/", None)
    );
    assert_eq!(
        body.unwrap(),
        json!({
            "out_request_no": "APPLYMENT_00000000001",
            "organization_type": "2401",
            "id_doc_type": "IDENTIFICATION_TYPE_IDCARD",
            "id_card_info": {
                "id_card_copy": "jTpGmxUX3FBWVQ5NJTZvlKX_gdU4cRz7z5NxpnFuAxhBTEO_PvWkfSCJ3zVIn001D8daLC-ehEuo0BJqRTvDujqhThn4ReFxikqJ5YW6zFQ",
                "id_card_national": "47ZC6GC-vnrbEny__Ie_An5-tCpqxucuxi-vByf3Gjm7KE53JXvGy9tqZm2XAUf-4KGprrKhpVBDIUv0OF4wFNIO4kqg05InE4d2I6_H7I4",
                "id_card_name": "enc(王五)",
                "id_card_number": "enc(110101199003074477)",
                "id_card_valid_time_begin": "2019-06-06",
                "id_card_valid_time": "2026-06-06",
            },
            "account_info": {
                "bank_account_type": "75",
                "account_bank": "工商银行",
                "account_name": "enc(王五)",
                "bank_address_code": "110000",
                "account_number": "enc(6222021234567890123)",
            },
            "contact_info": {
                "contact_type": "65",
                "contact_name": "enc(王五)",
                "contact_id_card_number": "enc(110101199003074477)",
                "mobile_phone": "enc(13900000000)",
            },
            "sales_scene_info": { "store_name": "爱烧烤", "store_url": "http://www.qq.com" },
            "merchant_shortname": "爱烧烤",
        })
    );
    let answer = decodes!(
        CreateEcommerceApplymentResponse,
        "create_ecommerce_applyment.json"
    );
    assert_eq!(answer.out_request_no, "APPLYMENT_00000000001");

    let req = QueryEcommerceApplyment {
        applyment_id: 2_000_002_124_775_691,
    };
    assert_eq!(
        wire(&req),
        get("/v3/ecommerce/applyments/2000002124775691", None)
    );
    let req = QueryEcommerceApplymentByOutRequestNo {
        out_request_no: "APPLYMENT_00000000001".into(),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/ecommerce/applyments/out-request-no/APPLYMENT_00000000001",
            None
        )
    );
    let s = decodes!(EcommerceApplymentStatus, "query_ecommerce_applyment.json");
    assert_eq!(s.applyment_state, Some(EcommerceApplymentState::Finish));
    assert_eq!(s.sign_state, Some(SignState::Signed));

    // `pay_amount` is documented as a string; it decodes as fen either way.
    let text = include_str!(
        "../fixtures/catalog/ecommerce/query_ecommerce_applyment_by_out_request_no.json"
    );
    let s: EcommerceApplymentStatus = serde_json::from_str(text).unwrap();
    let v = s.account_validation.unwrap();
    assert_eq!(v.pay_amount, Some(124));
    assert_eq!(
        v.account_no.unwrap().as_str(),
        "9nZYDEvBT4rDdICA3ZYXshYqeOSslSjSauAE+as7mAEDJly+DgRuVs74msmKUH8pl+3oA=="
    );
    let number: AccountValidation = serde_json::from_value(json!({ "pay_amount": 124 })).unwrap();
    assert_eq!(number.pay_amount, Some(124));
    assert!(serde_json::from_value::<AccountValidation>(json!({ "pay_amount": "1.5" })).is_err());
}

// --- 分账 (profitsharing) ----------------------------------------------------------------------

fn sharing_order(out_order_no: &str) -> CreateProfitSharingOrder {
    CreateProfitSharingOrder {
        appid: "wx8888888888888888".into(),
        sub_mchid: "1900000109".into(),
        transaction_id: "4208450740201411110007820472".into(),
        out_order_no: out_order_no.into(),
        receivers: vec![ProfitSharingReceiver {
            kind: ReceiverType::MerchantId,
            receiver_account: "1900000110".into(),
            receiver_name: None,
            amount: 190,
            description: "分给商户1900000110".into(),
        }],
        finish: true,
    }
}

#[test]
fn profitsharing_on_the_wire() {
    assert_eq!(
        wire(&sharing_order("P20150806125346")),
        post(
            "/v3/ecommerce/profitsharing/orders",
            json!({
                "appid": "wx8888888888888888",
                "sub_mchid": "1900000109",
                "transaction_id": "4208450740201411110007820472",
                "out_order_no": "P20150806125346",
                "receivers": [{
                    "type": "MERCHANT_ID",
                    "receiver_account": "1900000110",
                    "amount": 190,
                    "description": "分给商户1900000110",
                }],
                "finish": true,
            })
        )
    );
    // A person's name is a nested sensitive field.
    let mut req = sharing_order("P1");
    req.receivers[0].kind = ReceiverType::PersonalOpenid;
    req.receivers[0].receiver_name = Some(Sensitive::new("张三"));
    assert!(req.body(&NoEncryption).is_err());
    let body = wire_with(&req, &FakeEncryptor).3.unwrap();
    assert_eq!(body["receivers"][0]["receiver_name"], "enc(张三)");
    assert_eq!(body["receivers"][0]["type"], "PERSONAL_OPENID");
    let o = decodes!(ProfitSharingOrder, "create_profit_sharing_order.json");
    assert_eq!(o.status, Some(ProfitSharingOrderStatus::Processing));

    let req = QueryProfitSharingOrder {
        sub_mchid: "1900000109".into(),
        transaction_id: "4208450740201411110007820472".into(),
        out_order_no: "P20150806125346".into(),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/ecommerce/profitsharing/orders",
            Some(
                "sub_mchid=1900000109&transaction_id=4208450740201411110007820472&out_order_no=P20150806125346"
            )
        )
    );
    let o = decodes!(ProfitSharingOrder, "query_profit_sharing_order.json");
    let receivers = o.receivers.unwrap();
    assert_eq!(receivers[1].result, Some(ProfitSharingResult::Closed));
    assert_eq!(receivers[1].kind, Some(ReceiverType::PersonalOpenid));
    assert_eq!(o.finish_amount, Some(100));

    let req = CreateProfitSharingReturnOrder {
        sub_mchid: "1900000109".into(),
        order_id: Some("3008450740201411110007820472".into()),
        out_order_no: None,
        out_return_no: "R20190516001".into(),
        return_mchid: "86693852".into(),
        amount: 10,
        description: "分账回退".into(),
    };
    assert_eq!(
        wire(&req),
        post(
            "/v3/ecommerce/profitsharing/returnorders",
            json!({
                "sub_mchid": "1900000109",
                "order_id": "3008450740201411110007820472",
                "out_return_no": "R20190516001",
                "return_mchid": "86693852",
                "amount": 10,
                "description": "分账回退",
            })
        )
    );
    let r = decodes!(
        ProfitSharingReturnOrder,
        "create_profit_sharing_return_order.json"
    );
    assert_eq!(r.result, ReturnResult::Success);

    let req = QueryProfitSharingReturnOrder {
        sub_mchid: "1900000109".into(),
        order_id: None,
        out_order_no: Some("P20150806125346".into()),
        out_return_no: "R20190516001".into(),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/ecommerce/profitsharing/returnorders",
            Some("sub_mchid=1900000109&out_order_no=P20150806125346&out_return_no=R20190516001")
        )
    );
    let r = decodes!(
        ProfitSharingReturnOrder,
        "query_profit_sharing_return_order.json"
    );
    assert_eq!(
        (r.result, r.fail_reason.as_deref()),
        (ReturnResult::Failed, Some("ACCOUNT_ABNORMAL"))
    );

    let req = FinishProfitSharingOrder {
        sub_mchid: "1900000109".into(),
        transaction_id: "4208450740201411110007820472".into(),
        out_order_no: "P20150806125346".into(),
        description: "分账完结".into(),
    };
    let (_, _, _, body) = wire(&req);
    assert_eq!(
        String::from_utf8(req.body(&NoEncryption).unwrap().unwrap()).unwrap(),
        r#"{"sub_mchid":"1900000109","transaction_id":"4208450740201411110007820472","out_order_no":"P20150806125346","description":"分账完结"}"#
    );
    assert_eq!(wire(&req).1, "/v3/ecommerce/profitsharing/finish-order");
    assert!(body.is_some());
    let f = decodes!(
        FinishProfitSharingOrderResponse,
        "finish_profit_sharing_order.json"
    );
    assert_eq!(f.order_id, "3008450740201411110007820472");

    let req = QueryUnsplitAmount {
        transaction_id: "4208450740201411110007820472".into(),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/ecommerce/profitsharing/orders/4208450740201411110007820472/amounts",
            None
        )
    );
    assert_eq!(
        decodes!(UnsplitAmount, "query_unsplit_amount.json").unsplit_amount,
        1000
    );

    let req = AddProfitSharingReceiver {
        appid: "wx8888888888888888".into(),
        kind: ReceiverType::PersonalOpenid,
        account: "oBLatjnx9gnqzS4myYGmLZ7LgLBA".into(),
        name: None,
        encrypted_name: Some("张三".into()),
        relation_type: RelationType::Distributor,
    };
    assert!(req.body(&NoEncryption).is_err());
    assert_eq!(
        wire_with(&req, &FakeEncryptor),
        post(
            "/v3/ecommerce/profitsharing/receivers/add",
            json!({
                "appid": "wx8888888888888888",
                "type": "PERSONAL_OPENID",
                "account": "oBLatjnx9gnqzS4myYGmLZ7LgLBA",
                "encrypted_name": "enc(张三)",
                "relation_type": "DISTRIBUTOR",
            })
        )
    );
    let r = decodes!(ReceiverResponse, "add_profit_sharing_receiver.json");
    assert_eq!(r.kind, ReceiverType::MerchantId);

    let req = DeleteProfitSharingReceiver {
        appid: "wx8888888888888888".into(),
        kind: ReceiverType::MerchantId,
        account: "190001001".into(),
    };
    assert_eq!(
        wire(&req),
        post(
            "/v3/ecommerce/profitsharing/receivers/delete",
            json!({ "appid": "wx8888888888888888", "type": "MERCHANT_ID", "account": "190001001" })
        )
    );
    let r = decodes!(ReceiverResponse, "delete_profit_sharing_receiver.json");
    assert_eq!(r.account, "oBLatjnx9gnqzS4myYGmLZ7LgLBA");
}

// --- 补差 (subsidies) --------------------------------------------------------------------------

#[test]
fn subsidies_on_the_wire() {
    let req = CreateSubsidy {
        sub_mchid: "1900000109".into(),
        transaction_id: "4208450740201411110007820472".into(),
        out_subsidy_no: None,
        amount: 10,
        description: "测试备注".into(),
        refund_id: Some("3008450740201411110007820472".into()),
    };
    assert_eq!(
        wire(&req),
        post(
            "/v3/ecommerce/subsidies/create",
            json!({
                "sub_mchid": "1900000109",
                "transaction_id": "4208450740201411110007820472",
                "amount": 10,
                "description": "测试备注",
                "refund_id": "3008450740201411110007820472",
            })
        )
    );
    let s = decodes!(Subsidy, "create_subsidy.json");
    assert_eq!((s.result, s.amount), (SubsidyResult::Success, 10));

    let req = ReturnSubsidy {
        sub_mchid: "1900000109".into(),
        out_order_no: "P20150806125346".into(),
        transaction_id: "4208450740201411110007820472".into(),
        refund_id: "3008450740201411110007820472".into(),
        amount: 10,
        description: "测试备注".into(),
    };
    assert_eq!(
        wire(&req),
        post(
            "/v3/ecommerce/subsidies/return",
            json!({
                "sub_mchid": "1900000109",
                "out_order_no": "P20150806125346",
                "transaction_id": "4208450740201411110007820472",
                "refund_id": "3008450740201411110007820472",
                "amount": 10,
                "description": "测试备注",
            })
        )
    );
    let s = decodes!(SubsidyReturn, "return_subsidy.json");
    assert_eq!(s.subsidy_refund_id, "3008450740201411110007820472");

    let req = CancelSubsidy {
        sub_mchid: "1900000109".into(),
        transaction_id: "4208450740201411110007820472".into(),
        description: "订单退款".into(),
    };
    assert_eq!(
        wire(&req),
        post(
            "/v3/ecommerce/subsidies/cancel",
            json!({
                "sub_mchid": "1900000109",
                "transaction_id": "4208450740201411110007820472",
                "description": "订单退款",
            })
        )
    );
    let s = decodes!(SubsidyCancel, "cancel_subsidy.json");
    assert_eq!(s.result, SubsidyResult::Success);
}

// --- 退款 (refunds) ----------------------------------------------------------------------------

#[test]
fn refunds_on_the_wire() {
    let req = ApplyRefund {
        sub_mchid: "1900000109".into(),
        sp_appid: "wx8888888888888888".into(),
        sub_appid: None,
        transaction_id: Some("1217752501201407033233368018".into()),
        out_trade_no: None,
        out_refund_no: "1217752501201407033233368018".into(),
        reason: Some("商品已售完".into()),
        amount: RefundAmountRequest {
            refund: 888,
            from: Some(vec![RefundFrom {
                account: FromAccount::Available,
                amount: 444,
            }]),
            total: 888,
            currency: Some("CNY".into()),
        },
        notify_url: Some("https://weixin.qq.com".into()),
        refund_account: Some(RefundAccount::SubMerchant),
        funds_account: None,
    };
    assert_eq!(
        wire(&req),
        post(
            "/v3/ecommerce/refunds/apply",
            json!({
                "sub_mchid": "1900000109",
                "sp_appid": "wx8888888888888888",
                "transaction_id": "1217752501201407033233368018",
                "out_refund_no": "1217752501201407033233368018",
                "reason": "商品已售完",
                "amount": {
                    "refund": 888,
                    "from": [{ "account": "AVAILABLE", "amount": 444 }],
                    "total": 888,
                    "currency": "CNY",
                },
                "notify_url": "https://weixin.qq.com",
                "refund_account": "REFUND_SOURCE_SUB_MERCHANT",
            })
        )
    );
    let r = decodes!(ApplyRefundResponse, "apply_refund.json");
    assert_eq!(r.amount.from.unwrap()[1].account, FromAccount::Unavailable);

    let req = QueryRefundById {
        refund_id: "50000000382019052709732678859".into(),
        sub_mchid: "1900000109".into(),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/ecommerce/refunds/id/50000000382019052709732678859",
            Some("sub_mchid=1900000109")
        )
    );
    let r = decodes!(Refund, "query_refund_by_id.json");
    assert_eq!(
        (r.status, r.channel),
        (RefundStatus::Success, Some(RefundChannel::Original))
    );

    let req = QueryRefundByOutRefundNo {
        out_refund_no: "1217752501201407033233368018".into(),
        sub_mchid: "1900000109".into(),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/ecommerce/refunds/out-refund-no/1217752501201407033233368018",
            Some("sub_mchid=1900000109")
        )
    );
    let r = decodes!(Refund, "query_refund_by_out_refund_no.json");
    assert_eq!(r.refund_account, Some(RefundAccount::PartnerAdvance));
    assert_eq!(r.amount.advance, Some(888));

    let req = ReturnAdvance {
        refund_id: "50000000382019052709732678859".into(),
        sub_mchid: "1900000109".into(),
    };
    assert_eq!(
        wire(&req),
        post(
            "/v3/ecommerce/refunds/50000000382019052709732678859/return-advance",
            json!({ "sub_mchid": "1900000109" })
        )
    );
    let a = decodes!(AdvanceReturn, "return_advance.json");
    assert_eq!(a.result, AdvanceReturnResult::Success);

    let req = QueryReturnAdvance {
        refund_id: "50000000382019052709732678859".into(),
        sub_mchid: "1900000109".into(),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/ecommerce/refunds/50000000382019052709732678859/return-advance",
            Some("sub_mchid=1900000109")
        )
    );
    let a = decodes!(AdvanceReturn, "query_return_advance.json");
    assert_eq!(
        (a.result, a.success_time),
        (AdvanceReturnResult::Processing, None)
    );

    let req = ApplyAbnormalRefund {
        refund_id: "50000000382019052709732678859".into(),
        sub_mchid: Some("1900000109".into()),
        individual_auth_id: None,
        out_refund_no: "1217752501201407033233368018".into(),
        kind: AbnormalRefundType::UserBankCard,
        bank_type: Some("ICBC_DEBIT".into()),
        bank_account: Some("6222021234567890123".into()),
        real_name: Some("张三".into()),
    };
    assert!(req.body(&NoEncryption).is_err());
    assert_eq!(
        wire_with(&req, &FakeEncryptor),
        post(
            "/v3/ecommerce/refunds/50000000382019052709732678859/apply-abnormal-refund",
            json!({
                "sub_mchid": "1900000109",
                "out_refund_no": "1217752501201407033233368018",
                "type": "USER_BANK_CARD",
                "bank_type": "ICBC_DEBIT",
                "bank_account": "enc(6222021234567890123)",
                "real_name": "enc(张三)",
            })
        )
    );
    let r = decodes!(Refund, "apply_abnormal_refund.json");
    let goods = r.promotion_detail.unwrap().remove(0).goods_detail.unwrap();
    assert_eq!(goods[0].refund_quantity, 1);
    assert_eq!(r.amount.refund_fee, Some(1));
}

// --- 余额与提现 (fund) ---------------------------------------------------------------------------

#[test]
fn fund_on_the_wire() {
    let req = QuerySubMerchantBalance {
        sub_mchid: "1900000109".into(),
        account_type: Some(AccountType::Basic),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/ecommerce/fund/balance/1900000109",
            Some("account_type=BASIC")
        )
    );
    let req = QuerySubMerchantBalance {
        sub_mchid: "1900000109".into(),
        account_type: None,
    };
    assert_eq!(
        wire(&req),
        get("/v3/ecommerce/fund/balance/1900000109", None)
    );
    let b = decodes!(SubMerchantBalance, "query_sub_merchant_balance.json");
    assert_eq!((b.available_amount, b.pending_amount), (100, Some(100)));

    let req = QuerySubMerchantDayEndBalance {
        sub_mchid: "1222212222".into(),
        date: "2019-08-17".into(),
        account_type: Some(AccountType::Deposit),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/ecommerce/fund/enddaybalance/1222212222",
            Some("date=2019-08-17&account_type=DEPOSIT")
        )
    );
    let b = decodes!(
        SubMerchantBalance,
        "query_sub_merchant_day_end_balance.json"
    );
    assert_eq!(b.account_type, Some(AccountType::Deposit));

    let req = CreateSubMerchantWithdraw {
        sub_mchid: "1900000109".into(),
        out_request_no: "20190611222222222200000000012122".into(),
        amount: 100,
        remark: Some("交易提现".into()),
        bank_memo: Some("微信支付提现".into()),
        account_type: Some(AccountType::Basic),
    };
    assert_eq!(
        wire(&req),
        post(
            "/v3/ecommerce/fund/withdraw",
            json!({
                "sub_mchid": "1900000109",
                "out_request_no": "20190611222222222200000000012122",
                "amount": 100,
                "remark": "交易提现",
                "bank_memo": "微信支付提现",
                "account_type": "BASIC",
            })
        )
    );
    let w = decodes!(
        SubMerchantWithdrawCreated,
        "create_sub_merchant_withdraw.json"
    );
    assert_eq!(w.out_request_no, "20190611222222222200000000012122");

    let req = QuerySubMerchantWithdraw {
        withdraw_id: "1232193719823791273913279173".into(),
        sub_mchid: "1900000109".into(),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/ecommerce/fund/withdraw/1232193719823791273913279173",
            Some("sub_mchid=1900000109")
        )
    );
    let w = decodes!(SubMerchantWithdraw, "query_sub_merchant_withdraw.json");
    assert_eq!(
        (w.status, w.account_bank.as_deref()),
        (WithdrawStatus::Success, Some("招商银行"))
    );

    let req = QuerySubMerchantWithdrawByOutRequestNo {
        out_request_no: "20190611222222222200000000012122".into(),
        sub_mchid: "1900000109".into(),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/ecommerce/fund/withdraw/out-request-no/20190611222222222200000000012122",
            Some("sub_mchid=1900000109")
        )
    );
    let w = decodes!(
        SubMerchantWithdraw,
        "query_sub_merchant_withdraw_by_out_request_no.json"
    );
    assert_eq!(
        (w.status, w.reason.as_deref()),
        (WithdrawStatus::Fail, Some("卡号错误"))
    );

    let req = QueryMerchantBalance {
        account_type: AccountType::Operation,
    };
    assert_eq!(wire(&req), get("/v3/merchant/fund/balance/OPERATION", None));
    assert_eq!(
        decodes!(MerchantBalance, "query_merchant_balance.json").available_amount,
        100
    );

    let req = QueryMerchantDayEndBalance {
        account_type: AccountType::Basic,
        bill_date: "2019-06-11".into(),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/merchant/fund/dayendbalance/BASIC",
            Some("bill_date=2019-06-11")
        )
    );
    assert_eq!(
        decodes!(MerchantBalance, "query_merchant_day_end_balance.json").pending_amount,
        Some(100)
    );

    let req = CreatePlatformWithdraw {
        out_request_no: "20190611222222222200000000012122".into(),
        amount: 1,
        remark: Some("交易提现".into()),
        bank_memo: None,
        account_type: AccountType::Basic,
    };
    assert_eq!(
        wire(&req),
        post(
            "/v3/merchant/fund/withdraw",
            json!({
                "out_request_no": "20190611222222222200000000012122",
                "amount": 1,
                "remark": "交易提现",
                "account_type": "BASIC",
            })
        )
    );
    let w = decodes!(PlatformWithdrawCreated, "create_platform_withdraw.json");
    assert_eq!(w.withdraw_id, "12321937198237912739132791732123");

    let req = QueryPlatformWithdraw {
        withdraw_id: "12321937198237912739132791732123".into(),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/merchant/fund/withdraw/withdraw-id/12321937198237912739132791732123",
            None
        )
    );
    let w = decodes!(PlatformWithdraw, "query_platform_withdraw.json");
    assert_eq!(w.status, WithdrawStatus::Success);

    let req = QueryPlatformWithdrawByOutRequestNo {
        out_request_no: "20190611222222222200000000012122".into(),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/merchant/fund/withdraw/out-request-no/20190611222222222200000000012122",
            None
        )
    );
    let w = decodes!(
        PlatformWithdraw,
        "query_platform_withdraw_by_out_request_no.json"
    );
    assert_eq!(w.solution.as_deref(), Some("请联系开户银行解冻"));

    let req = ApplyWithdrawExceptionBill {
        bill_type: "NO_SUCC".into(),
        bill_date: "2019-08-17".into(),
        tar_type: Some("GZIP".into()),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/merchant/fund/withdraw/bill-type/NO_SUCC",
            Some("bill_date=2019-08-17&tar_type=GZIP")
        )
    );
    let b = decodes!(WithdrawBill, "apply_withdraw_exception_bill.json");
    assert_eq!(b.hash_type, "SHA1");
}

// --- 账单 (bill) -------------------------------------------------------------------------------

#[test]
fn bill_on_the_wire() {
    let req = ApplySubMerchantFundFlowBill {
        bill_date: "2019-06-11".into(),
        account_type: BillAccountType::All,
        tar_type: None,
        algorithm: "AEAD_AES_256_GCM".into(),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/ecommerce/bill/fundflowbill",
            Some("bill_date=2019-06-11&account_type=ALL&algorithm=AEAD_AES_256_GCM")
        )
    );
    let b = decodes!(
        SubMerchantFundFlowBill,
        "apply_sub_merchant_fund_flow_bill.json"
    );
    let list = b.download_bill_list.unwrap();
    assert_eq!((b.download_bill_count, list[0].bill_sequence), (1, 1));
    assert!(list[0].encrypt_key.as_str().starts_with("YpkbxSne"));
}

// --- 结算账户与注销 (account) -----------------------------------------------------------------------

#[test]
fn account_on_the_wire() {
    let req = ModifySettlement {
        sub_mchid: "1900006491".into(),
        modify_mode: Some("MODIFY_MODE_ASYNC".into()),
        account_type: SettlementAccountType::Business,
        account_bank: "工商银行".into(),
        bank_address_code: "110000".into(),
        bank_name: Some("中国工商银行股份有限公司北京市分行营业部".into()),
        bank_branch_id: Some("402713354941".into()),
        account_number: "6222021234567890123".into(),
        account_name: Some("腾讯科技有限公司".into()),
    };
    assert!(req.body(&NoEncryption).is_err());
    assert_eq!(
        wire_with(&req, &FakeEncryptor),
        post(
            "/v3/apply4sub/sub_merchants/1900006491/modify-settlement",
            json!({
                "modify_mode": "MODIFY_MODE_ASYNC",
                "account_type": "ACCOUNT_TYPE_BUSINESS",
                "account_bank": "工商银行",
                "bank_address_code": "110000",
                "bank_name": "中国工商银行股份有限公司北京市分行营业部",
                "bank_branch_id": "402713354941",
                "account_number": "enc(6222021234567890123)",
                "account_name": "enc(腾讯科技有限公司)",
            })
        )
    );
    let m = decodes!(ModifySettlementResponse, "modify_settlement.json");
    assert_eq!(m.application_no, "102329389XXXX");

    let req = QuerySettlement {
        sub_mchid: "1900006491".into(),
    };
    assert_eq!(
        wire(&req),
        get("/v3/apply4sub/sub_merchants/1900006491/settlement", None)
    );
    let s = decodes!(Settlement, "query_settlement.json");
    assert_eq!(s.verify_result, SettlementVerifyResult::Success);

    let req = QuerySettlementApplication {
        sub_mchid: "1511101111".into(),
        application_no: "102329389XXXX".into(),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/apply4sub/sub_merchants/1511101111/application/102329389XXXX",
            None
        )
    );
    let a = decodes!(SettlementApplication, "query_settlement_application.json");
    assert_eq!(a.verify_result, ApplicationVerifyResult::Success);

    let req = CreateCancelApplication {
        sub_mchid: "1900000109".into(),
        out_apply_no: "2019061122222222122".into(),
        application_info: vec![CancelApplicationInfo {
            application_type: CancelApplicationType::SpCancelAccountApplication,
            application_media_id: "6uqyGjGrCf2GtyXP8bxrbuH9-aAoTjH-rKeSl3Lf4_So6kdkQu4w8BYVP3bzLtvR38lxt4PjtCDXsQpzqge_hQEovHzOhsLleGFQVRF-U_0".into(),
        }],
    };
    assert_eq!(
        wire(&req),
        post(
            "/v3/ecommerce/account/cancel-applications",
            json!({
                "sub_mchid": "1900000109",
                "out_apply_no": "2019061122222222122",
                "application_info": [{
                    "application_type": "SP_CANCEL_ACCOUNT_APPLICATION",
                    "application_media_id": "6uqyGjGrCf2GtyXP8bxrbuH9-aAoTjH-rKeSl3Lf4_So6kdkQu4w8BYVP3bzLtvR38lxt4PjtCDXsQpzqge_hQEovHzOhsLleGFQVRF-U_0",
                }],
            })
        )
    );
    let c = decodes!(CancelApplication, "create_cancel_application.json");
    assert_eq!(c.cancel_state, Some(CancelState::Reviewing));

    let req = QueryCancelApplication {
        out_apply_no: "2019061122222222122".into(),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/ecommerce/account/cancel-applications/out-apply-no/2019061122222222122",
            None
        )
    );
    let c = decodes!(CancelApplication, "query_cancel_application.json");
    assert_eq!(c.cancel_state, Some(CancelState::Rejected));
}

// --- 银行组件 (capital) ------------------------------------------------------------------------

#[test]
fn capital_on_the_wire() {
    // The ciphertext is base64: `+`, `/` and `=` are percent-encoded in the query.
    let req = SearchBanksByBankAccount {
        account_number: "d+xT+MQCvrLHUVDWv/8MR/dB7TkXLVfSrUxMPZy6jWWYzpRrEEaYQE8ZRGYoeorwC+w=="
            .into(),
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/capital/capitallhh/banks/search-banks-by-bank-account",
            Some(
                "account_number=d%2BxT%2BMQCvrLHUVDWv%2F8MR%2FdB7TkXLVfSrUxMPZy6jWWYzpRrEEaYQE8ZRGYoeorwC%2Bw%3D%3D"
            )
        )
    );
    let r = decodes!(BankSearchResult, "search_banks_by_bank_account.json");
    assert_eq!(r.data.unwrap()[0].account_bank_code, 1001);

    let req = ListPersonalBanks {
        offset: Some(0),
        limit: 200,
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/capital/capitallhh/banks/personal-banking",
            Some("offset=0&limit=200")
        )
    );
    let p = decodes!(BankPage, "list_personal_banks.json");
    assert!(p.data.unwrap()[1].need_bank_branch);
    assert_eq!(
        p.links.self_.as_deref(),
        Some("/v3/capital/capitallhh/banks/personal-banking?offset=0&limit=2")
    );

    let req = ListCorporateBanks {
        offset: None,
        limit: 10,
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/capital/capitallhh/banks/corporate-banking",
            Some("limit=10")
        )
    );
    let p = decodes!(BankPage, "list_corporate_banks.json");
    assert_eq!((p.offset, p.links.next), (4, None));

    assert_eq!(
        wire(&ListProvinces {}),
        get("/v3/capital/capitallhh/areas/provinces", None)
    );
    let p = decodes!(ProvinceList, "list_provinces.json");
    assert_eq!(p.data.unwrap()[1].province_code, 10);

    let req = ListCities { province_code: 10 };
    assert_eq!(
        wire(&req),
        get("/v3/capital/capitallhh/areas/provinces/10/cities", None)
    );
    let c = decodes!(CityList, "list_cities.json");
    assert_eq!(c.data.unwrap()[0].city_code, 536);

    let req = ListBranches {
        bank_alias_code: "1000006247".into(),
        city_code: 536,
        offset: Some(0),
        limit: 200,
    };
    assert_eq!(
        wire(&req),
        get(
            "/v3/capital/capitallhh/banks/1000006247/branches",
            Some("city_code=536&offset=0&limit=200")
        )
    );
    let b = decodes!(BranchPage, "list_branches.json");
    assert_eq!(b.data.unwrap()[0].bank_branch_id, "102584002145");
}

// --- the sandbox ---------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn applyment4sub_review_walks_through_the_sandbox() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    // The sandbox decrypts every nested sensitive field with its WeChat Pay key: a success
    // means the client encrypted them.
    let created = client
        .send(&applyment4sub_form("BC-1", "腾讯"))
        .await
        .unwrap();
    let again = client
        .send(&applyment4sub_form("BC-1", "腾讯"))
        .await
        .unwrap();
    assert_eq!(created, again, "the business code is idempotent");

    let by_code = QueryApplymentByBusinessCode {
        business_code: "BC-1".into(),
    };
    let s = client.send(&by_code).await.unwrap();
    assert_eq!(s.applyment_state, ApplymentState::Auditing);
    assert_eq!(s.applyment_id, Some(created.applyment_id));
    let by_id = QueryApplymentById {
        applyment_id: created.applyment_id,
    };
    let s = client.send(&by_id).await.unwrap();
    assert_eq!(s.applyment_state, ApplymentState::ToBeSigned);
    assert!(s.sign_url.is_some());
    let s = client.send(&by_code).await.unwrap();
    assert_eq!(s.applyment_state, ApplymentState::Finished);
    assert_eq!(s.sub_mchid.as_deref(), Some("1900006491"));

    // A rejected form says which field is wrong.
    let rejected = client
        .send(&applyment4sub_form("BC-2", "REJECT"))
        .await
        .unwrap();
    assert_ne!(rejected.applyment_id, created.applyment_id);
    let by_code = QueryApplymentByBusinessCode {
        business_code: "BC-2".into(),
    };
    assert_eq!(
        client.send(&by_code).await.unwrap().applyment_state,
        ApplymentState::Auditing
    );
    let s = client.send(&by_code).await.unwrap();
    assert_eq!(s.applyment_state, ApplymentState::Rejected);
    assert_eq!(
        s.audit_detail.unwrap()[0].field.as_deref(),
        Some("business_info.merchant_shortname")
    );

    // Validation and unknown forms are signed, verified API errors.
    let err = client
        .send(&applyment4sub_form("", "腾讯"))
        .await
        .unwrap_err();
    assert_eq!(err.api_code(), Some("PARAM_ERROR"));
    let err = client
        .send(&QueryApplymentByBusinessCode {
            business_code: "nope".into(),
        })
        .await
        .unwrap_err();
    let api = err.as_api().unwrap();
    assert_eq!(
        (api.status, api.code.as_str()),
        (404, "RESOURCE_NOT_EXISTS")
    );
    assert_eq!(sandbox.side_effects(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ecommerce_applyment_walks_through_the_sandbox() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let created = client
        .send(&ec_form("APPLYMENT_1", "爱烧烤"))
        .await
        .unwrap();
    assert_eq!(created.out_request_no, "APPLYMENT_1");
    let by_no = QueryEcommerceApplymentByOutRequestNo {
        out_request_no: "APPLYMENT_1".into(),
    };
    let by_id = QueryEcommerceApplyment {
        applyment_id: created.applyment_id,
    };
    let mut states = Vec::new();
    for i in 0..5 {
        let s = if i % 2 == 0 {
            client.send(&by_no).await.unwrap()
        } else {
            client.send(&by_id).await.unwrap()
        };
        assert_eq!(s.applyment_id, created.applyment_id);
        states.push(s);
    }
    let names: Vec<_> = states
        .iter()
        .map(|s| s.applyment_state.clone().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            EcommerceApplymentState::Checking,
            EcommerceApplymentState::Auditing,
            EcommerceApplymentState::NeedSign,
            EcommerceApplymentState::Finish,
            EcommerceApplymentState::Finish,
        ]
    );
    assert_eq!(states[2].sign_state, Some(SignState::Unsigned));
    assert!(states[2].sign_url.is_some());
    assert_eq!(states[3].sub_mchid.as_deref(), Some("1542488631"));

    // A plaintext in a sensitive field (here: sent by hand) is refused as undecryptable.
    let err = client
        .chain("v3/ecommerce/applyments/")
        .post(json!({ "json": {
            "out_request_no": "APPLYMENT_2",
            "organization_type": "2401",
            "merchant_shortname": "x",
            "account_info": { "account_name": "王五", "account_number": "6222" },
        }}))
        .await
        .unwrap_err();
    assert_eq!(err.api_code(), Some("PARAM_ERROR"));
    assert!(
        err.to_string().contains("account_info.account_name"),
        "{err}"
    );
    let err = client
        .send(&QueryEcommerceApplyment { applyment_id: 42 })
        .await
        .unwrap_err();
    assert_eq!(err.api_code(), Some("RESOURCE_NOT_EXISTS"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn profitsharing_is_stateful_in_the_sandbox() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let order = client.send(&sharing_order("P-1")).await.unwrap();
    assert_eq!(order.status, Some(ProfitSharingOrderStatus::Finished));
    let receivers = order.receivers.clone().unwrap();
    assert_eq!(receivers[0].result, Some(ProfitSharingResult::Success));
    assert_eq!(receivers[0].amount, 190);
    // The sharing number is idempotent.
    assert_eq!(client.send(&sharing_order("P-1")).await.unwrap(), order);
    let query = QueryProfitSharingOrder {
        sub_mchid: "1900000109".into(),
        transaction_id: "4208450740201411110007820472".into(),
        out_order_no: "P-1".into(),
    };
    assert_eq!(client.send(&query).await.unwrap(), order);
    let err = client
        .send(&QueryProfitSharingOrder {
            out_order_no: "P-2".into(),
            ..query
        })
        .await
        .unwrap_err();
    assert_eq!(err.api_code(), Some("RESOURCE_NOT_EXISTS"));
    let mut bad = sharing_order("P-3");
    bad.receivers[0].amount = 0;
    assert_eq!(
        client.send(&bad).await.unwrap_err().api_code(),
        Some("PARAM_ERROR")
    );
    assert_eq!(sandbox.side_effects(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn balances_in_the_sandbox() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let b = client
        .send(&QuerySubMerchantBalance {
            sub_mchid: "1900000109".into(),
            account_type: None,
        })
        .await
        .unwrap();
    assert_eq!(b.sub_mchid, "1900000109");
    assert_eq!(b.account_type, Some(AccountType::Basic));
    assert!(b.available_amount > 0);
    let b = client
        .send(&QuerySubMerchantBalance {
            sub_mchid: "1900000109".into(),
            account_type: Some(AccountType::Deposit),
        })
        .await
        .unwrap();
    assert_eq!(b.account_type, Some(AccountType::Deposit));
    let err = client
        .send(&QuerySubMerchantBalance {
            sub_mchid: "1900000109".into(),
            account_type: Some(AccountType::Other("GOLD".into())),
        })
        .await
        .unwrap_err();
    assert_eq!(err.api_code(), Some("PARAM_ERROR"));
    let m = client
        .send(&QueryMerchantBalance {
            account_type: AccountType::Fees,
        })
        .await
        .unwrap();
    assert_eq!(m.pending_amount, Some(0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bank_component_in_the_sandbox() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = sandbox.client();
    let first = client
        .send(&ListPersonalBanks {
            offset: None,
            limit: 2,
        })
        .await
        .unwrap();
    assert_eq!((first.total_count, first.count, first.offset), (4, 2, 0));
    let next = first.links.next.clone().unwrap();
    assert_eq!(
        next,
        "/v3/capital/capitallhh/banks/personal-banking?offset=2&limit=2"
    );
    let second = client
        .send(&ListPersonalBanks {
            offset: Some(2),
            limit: 2,
        })
        .await
        .unwrap();
    assert_eq!(second.count, 2);
    assert!(second.links.next.is_none() && second.links.prev.is_some());
    let corporate = client
        .send(&ListCorporateBanks {
            offset: None,
            limit: 200,
        })
        .await
        .unwrap();
    assert_eq!(corporate.total_count, 5);
    assert!(corporate.data.unwrap().iter().any(|b| b.need_bank_branch));
    let err = client
        .send(&ListPersonalBanks {
            offset: None,
            limit: 0,
        })
        .await
        .unwrap_err();
    assert_eq!(err.api_code(), Some("PARAM_ERROR"));

    // The sensitive query parameter is encrypted by the caller.
    let (ciphertext, _serial) = client.encrypt("6225880212345678").unwrap();
    let found = client
        .send(&SearchBanksByBankAccount {
            account_number: ciphertext,
        })
        .await
        .unwrap();
    assert_eq!(found.total_count, 1);
    assert_eq!(found.data.unwrap()[0].bank_alias, "招商银行");
    let err = client
        .send(&SearchBanksByBankAccount {
            account_number: "6225880212345678".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(err.api_code(), Some("PARAM_ERROR"));
}
