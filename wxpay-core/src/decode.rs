//! JSON decoding that names the path of the value that failed.

use serde::de::DeserializeOwned;

use crate::Error;

/// Decodes `bytes` into `T`; the error names the JSON path (e.g. `valid_date_information.type`).
pub fn decode_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, Error> {
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(de).map_err(|e| Error::Decode {
        path: e.path().to_string(),
        message: e.inner().to_string(),
    })
}
