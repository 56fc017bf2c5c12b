//! The merchants a sandbox hosts besides its fixed one: each with its own API key and serial,
//! WeChat Pay public key and id, and APIv3 key, rotated on request.
//!
//! Key material comes from a pool of eight merchant keys and eight WeChat Pay keys (RSA key
//! generation would take minutes for a thousand merchants); ids, serials and APIv3 keys are
//! distinct for every merchant and generation, and neighbouring merchants never share a key.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash as _, Hasher as _};
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock, RwLock};

use wxpay_core::registry::MerchantCredentials;
use wxpay_core::{MerchantKey, PublicKey};

const POOL_SIZE: usize = 8;

const MERCHANT_PEMS: [&str; POOL_SIZE] = [
    include_str!("keys/pool/merchant_0.pem"),
    include_str!("keys/pool/merchant_1.pem"),
    include_str!("keys/pool/merchant_2.pem"),
    include_str!("keys/pool/merchant_3.pem"),
    include_str!("keys/pool/merchant_4.pem"),
    include_str!("keys/pool/merchant_5.pem"),
    include_str!("keys/pool/merchant_6.pem"),
    include_str!("keys/pool/merchant_7.pem"),
];

const WECHATPAY_PEMS: [&str; POOL_SIZE] = [
    include_str!("keys/pool/wechatpay_0.pem"),
    include_str!("keys/pool/wechatpay_1.pem"),
    include_str!("keys/pool/wechatpay_2.pem"),
    include_str!("keys/pool/wechatpay_3.pem"),
    include_str!("keys/pool/wechatpay_4.pem"),
    include_str!("keys/pool/wechatpay_5.pem"),
    include_str!("keys/pool/wechatpay_6.pem"),
    include_str!("keys/pool/wechatpay_7.pem"),
];

struct Pool {
    merchant_public: Vec<PublicKey>,
    wechatpay: Vec<MerchantKey>,
    wechatpay_pub_pem: Vec<String>,
}

/// The pool parsed once per process.
fn pool() -> Option<&'static Pool> {
    static POOL: OnceLock<Option<Pool>> = OnceLock::new();
    POOL.get_or_init(|| {
        let merchant_public = MERCHANT_PEMS
            .iter()
            .map(|p| MerchantKey::from_pem(p).map(|k| k.public_key()))
            .collect::<Result<Vec<_>, _>>()
            .ok()?;
        let wechatpay = WECHATPAY_PEMS
            .iter()
            .map(|p| MerchantKey::from_pem(p))
            .collect::<Result<Vec<_>, _>>()
            .ok()?;
        let wechatpay_pub_pem = wechatpay.iter().map(|k| k.public_key().to_pem()).collect();
        Some(Pool {
            merchant_public,
            wechatpay,
            wechatpay_pub_pem,
        })
    })
    .as_ref()
}

/// One set of a hosted merchant's keys.
pub(crate) struct Generation {
    pub(crate) serial: String,
    pub(crate) merchant_public: PublicKey,
    merchant_pem: &'static str,
    pub(crate) wechatpay_key: MerchantKey,
    wechatpay_pub_pem: String,
    pub(crate) public_key_id: String,
    pub(crate) apiv3_key: String,
    /// Unix time from which requests signed with this key are refused (0: still valid).
    pub(crate) revoked_at: AtomicI64,
    /// Requests accepted with this key.
    pub(crate) accepted: AtomicU64,
}

impl std::fmt::Debug for Generation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Generation")
            .field("serial", &self.serial)
            .field("public_key_id", &self.public_key_id)
            .finish_non_exhaustive()
    }
}

impl Generation {
    pub(crate) fn credentials_for(&self, mchid: &str) -> MerchantCredentials {
        MerchantCredentials::new(mchid, &self.serial, self.merchant_pem)
            .wechatpay_public_key(&self.public_key_id, &self.wechatpay_pub_pem)
            .apiv3_key(&self.apiv3_key)
    }
}

/// A merchant hosted by the sandbox.
pub(crate) struct Hosted {
    pub(crate) mchid: String,
    number: usize,
    /// Oldest first; the last is current.
    pub(crate) generations: RwLock<Vec<Arc<Generation>>>,
}

impl Hosted {
    pub(crate) fn current(&self) -> Option<Arc<Generation>> {
        self.generations.read().ok()?.last().cloned()
    }

    /// The generation whose API certificate serial is `serial`.
    pub(crate) fn by_serial(&self, serial: &str) -> Option<Arc<Generation>> {
        let g = self.generations.read().ok()?;
        g.iter().find(|g| g.serial == serial).cloned()
    }

    /// The generation whose WeChat Pay public key id is `id`.
    pub(crate) fn by_public_key_id(&self, id: &str) -> Option<Arc<Generation>> {
        let g = self.generations.read().ok()?;
        g.iter().find(|g| g.public_key_id == id).cloned()
    }
}

fn generation(mchid: &str, number: usize, g: usize) -> Option<Generation> {
    let pool = pool()?;
    let mut h = DefaultHasher::new();
    mchid.hash(&mut h);
    let id = h.finish();
    let m = (number + g) % POOL_SIZE;
    let w = (number + g + 1) % POOL_SIZE;
    Some(Generation {
        serial: format!("5B{id:016X}{g:022X}"),
        merchant_public: pool.merchant_public.get(m)?.clone(),
        merchant_pem: MERCHANT_PEMS.get(m)?,
        wechatpay_key: pool.wechatpay.get(w)?.clone(),
        wechatpay_pub_pem: pool.wechatpay_pub_pem.get(w)?.clone(),
        public_key_id: format!("PUB_KEY_ID_01{id:016X}{g:013}"),
        apiv3_key: format!("sbx{id:016x}{g:013}"),
        revoked_at: AtomicI64::new(0),
        accepted: AtomicU64::new(0),
    })
}

/// The hosted merchants of one sandbox.
#[derive(Default)]
pub(crate) struct Registry {
    pub(crate) merchants: RwLock<HashMap<String, Arc<Hosted>>>,
}

impl Registry {
    pub(crate) fn get(&self, mchid: &str) -> Option<Arc<Hosted>> {
        self.merchants.read().ok()?.get(mchid).cloned()
    }

    pub(crate) fn add(&self, mchid: &str) -> Option<MerchantCredentials> {
        let mut map = self.merchants.write().ok()?;
        let number = map.len();
        let first = Arc::new(generation(mchid, number, 0)?);
        let creds = first.credentials_for(mchid);
        map.insert(
            mchid.to_owned(),
            Arc::new(Hosted {
                mchid: mchid.to_owned(),
                number,
                generations: RwLock::new(vec![first]),
            }),
        );
        Some(creds)
    }

    pub(crate) fn rotate(&self, mchid: &str, now: i64) -> Option<MerchantCredentials> {
        let hosted = self.get(mchid)?;
        let mut gens = hosted.generations.write().ok()?;
        let next = Arc::new(generation(mchid, hosted.number, gens.len())?);
        // The key before the previous one stops being accepted now; the previous one stays
        // valid, so that requests signed just before the rotation still pass.
        if let Some(old) = gens.len().checked_sub(2).and_then(|i| gens.get(i)) {
            old.revoked_at.store(now, Ordering::Relaxed);
        }
        let creds = next.credentials_for(&hosted.mchid);
        gens.push(next);
        Some(creds)
    }
}
