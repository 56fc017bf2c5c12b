//! The little DER the SDK reads: PEM blocks, the RSA key containers (PKCS#1, PKCS#8, SPKI) and
//! the three fields of an X.509 certificate it needs (serial, validity, public key).
//!
//! A reader of a few fixed shapes instead of a general ASN.1 crate: `x509-cert`, `der` and the
//! `rsa` crate's encoders cost every merchant's build about 20 s of compile time, and AWS-LC
//! parses the keys themselves. Every length is checked against what is left; nothing panics.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use zeroize::Zeroizing;

const SEQUENCE: u8 = 0x30;
const INTEGER: u8 = 0x02;
const BIT_STRING: u8 = 0x03;
const OCTET_STRING: u8 = 0x04;
const OID: u8 = 0x06;
const UTC_TIME: u8 = 0x17;
const GENERALIZED_TIME: u8 = 0x18;
const CONTEXT_0: u8 = 0xA0;

/// The content of the OID 1.2.840.113549.1.1.1 (rsaEncryption).
const RSA_ENCRYPTION: &[u8] = &[0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01];

/// Why a DER structure was refused (no key material in it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DerError {
    /// Not the expected structure.
    Malformed(&'static str),
    /// A well-formed key of another algorithm (dotted OID).
    NotRsa(String),
}

impl std::fmt::Display for DerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DerError::Malformed(what) => f.write_str(what),
            DerError::NotRsa(oid) => write!(f, "algorithm {oid}"),
        }
    }
}

/// Decodes the first PEM block of `s` (zeroized on drop: it may be a key). `None` when there
/// is no `-----BEGIN …-----` line.
pub(crate) fn pem(s: &str) -> Option<Result<Zeroizing<Vec<u8>>, DerError>> {
    let start = s.find("-----BEGIN ")?;
    let rest = &s[start + "-----BEGIN ".len()..];
    let Some(end_label) = rest.find("-----") else {
        return Some(Err(DerError::Malformed("unterminated PEM header")));
    };
    let label = &rest[..end_label];
    let body = &rest[end_label + 5..];
    let footer = format!("-----END {label}-----");
    let Some(end) = body.find(&footer) else {
        return Some(Err(DerError::Malformed("no PEM footer")));
    };
    let body = &body[..end];
    if body.contains(':') {
        return Some(Err(DerError::Malformed(
            "PEM headers (an encrypted key?) are not supported",
        )));
    }
    let compact: Zeroizing<Vec<u8>> =
        Zeroizing::new(body.bytes().filter(|b| !b.is_ascii_whitespace()).collect());
    Some(
        B64.decode(&*compact)
            .map(Zeroizing::new)
            .map_err(|_| DerError::Malformed("PEM body is not base64")),
    )
}

/// A cursor over DER bytes.
#[derive(Clone, Copy)]
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    /// The next element: its tag, content, and whole encoding.
    fn any(&mut self) -> Result<(u8, &'a [u8], &'a [u8]), DerError> {
        const SHORT: DerError = DerError::Malformed("truncated DER");
        let all = self.0;
        let (&tag, rest) = all.split_first().ok_or(SHORT)?;
        let (&first, mut rest) = rest.split_first().ok_or(SHORT)?;
        let len = if first < 0x80 {
            usize::from(first)
        } else {
            let n = usize::from(first & 0x7F);
            if n == 0 || n > 4 {
                return Err(DerError::Malformed("unsupported DER length"));
            }
            let (bytes, after) = rest.split_at_checked(n).ok_or(SHORT)?;
            rest = after;
            bytes
                .iter()
                .fold(0usize, |acc, b| (acc << 8) | usize::from(*b))
        };
        let header = all.len() - rest.len();
        let (content, after) = rest.split_at_checked(len).ok_or(SHORT)?;
        let whole = all.get(..header + len).ok_or(SHORT)?;
        self.0 = after;
        Ok((tag, content, whole))
    }

    /// The next element, which must have `tag`: its content.
    fn expect(&mut self, tag: u8, what: &'static str) -> Result<&'a [u8], DerError> {
        match self.any()? {
            (t, content, _) if t == tag => Ok(content),
            _ => Err(DerError::Malformed(what)),
        }
    }

    fn peek_tag(&self) -> Option<u8> {
        self.0.first().copied()
    }
}

/// The size in bits of a DER INTEGER's (positive) value.
fn integer_bits(int: &[u8]) -> usize {
    let mut bytes = int.iter().skip_while(|b| **b == 0);
    match bytes.next() {
        Some(first) => bytes.count() * 8 + (8 - first.leading_zeros() as usize),
        None => 0,
    }
}

/// Checks an AlgorithmIdentifier is rsaEncryption.
fn rsa_algorithm(alg: &[u8]) -> Result<(), DerError> {
    let oid = Reader(alg).expect(OID, "algorithm identifier")?;
    if oid == RSA_ENCRYPTION {
        Ok(())
    } else {
        Err(DerError::NotRsa(dotted(oid)))
    }
}

fn dotted(oid: &[u8]) -> String {
    let mut parts = Vec::new();
    let mut acc: u64 = 0;
    for (i, b) in oid.iter().enumerate() {
        acc = (acc << 7) | u64::from(b & 0x7F);
        if b & 0x80 == 0 {
            if parts.is_empty() {
                let first = (acc / 40).min(2);
                parts.push(first);
                parts.push(acc - first * 40);
            } else {
                parts.push(acc);
            }
            acc = 0;
        }
        if i > 64 {
            break;
        }
    }
    parts
        .iter()
        .map(u64::to_string)
        .collect::<Vec<_>>()
        .join(".")
}

/// Modulus size of a PKCS#1 `RSAPublicKey`.
pub(crate) fn pkcs1_public_bits(der: &[u8]) -> Result<usize, DerError> {
    let mut seq = Reader(Reader(der).expect(SEQUENCE, "RSA public key")?);
    Ok(integer_bits(seq.expect(INTEGER, "RSA modulus")?))
}

/// Modulus size of a PKCS#1 `RSAPrivateKey`.
pub(crate) fn pkcs1_private_bits(der: &[u8]) -> Result<usize, DerError> {
    let mut seq = Reader(Reader(der).expect(SEQUENCE, "RSA private key")?);
    seq.expect(INTEGER, "RSA private key version")?;
    Ok(integer_bits(seq.expect(INTEGER, "RSA modulus")?))
}

/// Modulus size of the RSA key in a PKCS#8 `PrivateKeyInfo`; refuses other algorithms.
pub(crate) fn pkcs8_private_bits(der: &[u8]) -> Result<usize, DerError> {
    let mut seq = Reader(Reader(der).expect(SEQUENCE, "PKCS#8 private key")?);
    seq.expect(INTEGER, "PKCS#8 version")?;
    rsa_algorithm(seq.expect(SEQUENCE, "PKCS#8 algorithm")?)?;
    pkcs1_private_bits(seq.expect(OCTET_STRING, "PKCS#8 key")?)
}

/// Modulus size of the RSA key in an X.509 `SubjectPublicKeyInfo`; refuses other algorithms.
pub(crate) fn spki_bits(der: &[u8]) -> Result<usize, DerError> {
    let mut seq = Reader(Reader(der).expect(SEQUENCE, "public key")?);
    rsa_algorithm(seq.expect(SEQUENCE, "public key algorithm")?)?;
    match seq.expect(BIT_STRING, "public key bits")?.split_first() {
        Some((0, key)) => pkcs1_public_bits(key),
        _ => Err(DerError::Malformed("public key bits")),
    }
}

/// What the SDK reads from an X.509 certificate.
#[derive(Debug)]
pub(crate) struct Certificate<'a> {
    /// The serial number's content octets.
    pub(crate) serial: &'a [u8],
    /// Validity start, seconds since the epoch.
    pub(crate) not_before: i64,
    /// Validity end, seconds since the epoch.
    pub(crate) not_after: i64,
    /// The whole `SubjectPublicKeyInfo`.
    pub(crate) spki: &'a [u8],
}

/// Reads serial, validity and public key of a DER certificate (RFC 5280 §4.1).
pub(crate) fn certificate(der: &[u8]) -> Result<Certificate<'_>, DerError> {
    let mut outer = Reader(der);
    let mut cert = Reader(outer.expect(SEQUENCE, "certificate")?);
    if !outer.0.is_empty() {
        return Err(DerError::Malformed("trailing data after the certificate"));
    }
    let mut tbs = Reader(cert.expect(SEQUENCE, "tbsCertificate")?);
    if tbs.peek_tag() == Some(CONTEXT_0) {
        tbs.any()?;
    }
    let serial = tbs.expect(INTEGER, "serial number")?;
    tbs.expect(SEQUENCE, "signature algorithm")?;
    tbs.expect(SEQUENCE, "issuer")?;
    let mut validity = Reader(tbs.expect(SEQUENCE, "validity")?);
    let not_before = time(&mut validity)?;
    let not_after = time(&mut validity)?;
    tbs.expect(SEQUENCE, "subject")?;
    let (tag, _, spki) = tbs.any()?;
    if tag != SEQUENCE {
        return Err(DerError::Malformed("subject public key info"));
    }
    Ok(Certificate {
        serial,
        not_before,
        not_after,
        spki,
    })
}

/// A UTCTime (`YYMMDDHHMMSSZ`, years 1950–2049) or GeneralizedTime (`YYYYMMDDHHMMSSZ`).
fn time(r: &mut Reader<'_>) -> Result<i64, DerError> {
    const BAD: DerError = DerError::Malformed("validity time");
    let (tag, s, _) = r.any()?;
    let year_len = match (tag, s.len()) {
        (UTC_TIME, 13) => 2,
        (GENERALIZED_TIME, 15) => 4,
        _ => return Err(BAD),
    };
    let (year, rest) = s.split_at_checked(year_len).ok_or(BAD)?;
    let year = digits(year).ok_or(BAD)?;
    let year = match year_len {
        2 if year >= 50 => 1900 + year,
        2 => 2000 + year,
        _ => year,
    };
    if rest.get(10) != Some(&b'Z') {
        return Err(BAD);
    }
    let f = |i: usize| rest.get(i..i + 2).and_then(digits).ok_or(BAD);
    let (month, day, hour, min, sec) = (f(0)?, f(2)?, f(4)?, f(6)?, f(8)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || min > 59 || sec > 60 {
        return Err(BAD);
    }
    Ok(days_from_civil(year, month, day) * 86_400 + hour * 3600 + min * 60 + sec)
}

fn digits(s: &[u8]) -> Option<i64> {
    s.iter().try_fold(0i64, |acc, b| {
        b.is_ascii_digit().then(|| acc * 10 + i64::from(b - b'0'))
    })
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(2024, 2, 29), 19_782);
        assert_eq!(days_from_civil(1950, 1, 1), -7_305);
    }

    #[test]
    fn times() {
        let utc = [
            UTC_TIME, 13, b'2', b'5', b'1', b'1', b'2', b'2', b'0', b'8', b'3', b'0', b'1', b'5',
            b'Z',
        ];
        assert_eq!(time(&mut Reader(&utc)), Ok(1_763_800_215));
        let gen_time = b"\x18\x0f20500101000000Z";
        assert_eq!(time(&mut Reader(gen_time)), Ok(2_524_608_000));
        assert!(time(&mut Reader(b"\x17\x0d2513010000000Z")).is_err());
        assert!(time(&mut Reader(b"\x17\x0d25010100000+Z")).is_err());
    }

    #[test]
    fn oids_and_lengths() {
        assert_eq!(
            dotted(&[0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02, 0x01]),
            "1.2.840.10045.2.1"
        );
        assert_eq!(integer_bits(&[0x00, 0x80, 0x00]), 16);
        assert_eq!(integer_bits(&[0x01]), 1);
        // A length that runs past the input, an indefinite length, and empty input.
        assert!(Reader(&[0x30, 0x82, 0xFF, 0xFF, 0x00]).any().is_err());
        assert!(Reader(&[0x30, 0x80, 0x00, 0x00]).any().is_err());
        assert!(Reader(&[]).any().is_err());
        assert!(certificate(&[0x30, 0x03, 0x30, 0x01]).is_err());
    }
}
