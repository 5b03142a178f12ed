//! Hash functions: the core's `md5(text|bytea)` and `sha224`...`sha512(bytea)`, and
//! pgcrypto's `digest(text|bytea, algorithm)` and `hmac(data, key, algorithm)`.
//!
//! pgcrypto names an algorithm by a string it lower-cases (`find_provider`'s
//! `downcase_truncate_identifier`) and hands to OpenSSL's `EVP_get_digestbyname`.
//! The engine computes the six algorithms migrations use (md5, sha1, sha224, sha256,
//! sha384, sha512: RustCrypto's crates, measured against PGlite's answers). Every other
//! name is refused by name: which further names OpenSSL knows, and which of them it can
//! initialise, depends on the server's OpenSSL build and providers (PGlite answers
//! `sha-256` "No such hash algorithm" and `md4` "Cipher cannot be initialized", where
//! an OpenSSL 3 server with the default provider may compute both), so only the
//! computed six are answers.

use super::bytes::octets;
use super::{Args, Bound};
use crate::error::PgError;
use crate::expr::{Expr, Scope};
use crate::types::{CastContext, Category, SqlType};
use crate::value::Value;
use sha2::Digest;

/// A hash algorithm the engine computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Algorithm {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
}

impl Algorithm {
    /// The algorithm pgcrypto finds for `name` (lower-cased as `find_provider` does:
    /// ASCII letters only), or Rehearse's refusal.
    fn named(name: &str) -> Result<Algorithm, PgError> {
        Ok(match name.to_ascii_lowercase().as_str() {
            "md5" => Algorithm::Md5,
            "sha1" => Algorithm::Sha1,
            "sha224" => Algorithm::Sha224,
            "sha256" => Algorithm::Sha256,
            "sha384" => Algorithm::Sha384,
            "sha512" => Algorithm::Sha512,
            _ => {
                // Which other names PostgreSQL accepts depends on its OpenSSL (see
                // the module doc).
                return Err(PgError::unsupported(format!(
                    "the pgcrypto hash algorithm \"{name}\""
                )));
            }
        })
    }

    fn hash(self, data: &[u8]) -> Vec<u8> {
        match self {
            Algorithm::Md5 => md5::compute(data).0.to_vec(),
            Algorithm::Sha1 => sha1::Sha1::digest(data).to_vec(),
            Algorithm::Sha224 => sha2::Sha224::digest(data).to_vec(),
            Algorithm::Sha256 => sha2::Sha256::digest(data).to_vec(),
            Algorithm::Sha384 => sha2::Sha384::digest(data).to_vec(),
            Algorithm::Sha512 => sha2::Sha512::digest(data).to_vec(),
        }
    }

    /// The block size HMAC pads the key to (RFC 2104).
    fn block(self) -> usize {
        match self {
            Algorithm::Sha384 | Algorithm::Sha512 => 128,
            _ => 64,
        }
    }

    /// HMAC (RFC 2104), as OpenSSL's `HMAC_Init_ex` computes it.
    fn hmac(self, key: &[u8], data: &[u8]) -> Vec<u8> {
        let mut k = if key.len() > self.block() {
            self.hash(key)
        } else {
            key.to_vec()
        };
        k.resize(self.block(), 0);
        let pad = |byte: u8| k.iter().map(|b| b ^ byte).collect::<Vec<u8>>();
        let mut inner = pad(0x36);
        inner.extend_from_slice(data);
        let mut outer = pad(0x5c);
        outer.extend(self.hash(&inner));
        self.hash(&outer)
    }
}

/// `md5(text)` and `md5(bytea)`: the digest in lower-case hex.
pub(super) fn md5(a: Args) -> Result<Value, PgError> {
    Ok(Value::Text(format!("{:x}", md5::compute(octets(&a, 0)))))
}

/// `sha224(bytea)` ... `sha512(bytea)`: the argument is bytea (the call resolves
/// only to that), the name says the algorithm.
pub(super) fn sha224(a: Args) -> Result<Value, PgError> {
    Ok(Value::Bytes(Algorithm::Sha224.hash(octets(&a, 0))))
}
pub(super) fn sha256(a: Args) -> Result<Value, PgError> {
    Ok(Value::Bytes(Algorithm::Sha256.hash(octets(&a, 0))))
}
pub(super) fn sha384(a: Args) -> Result<Value, PgError> {
    Ok(Value::Bytes(Algorithm::Sha384.hash(octets(&a, 0))))
}
pub(super) fn sha512(a: Args) -> Result<Value, PgError> {
    Ok(Value::Bytes(Algorithm::Sha512.hash(octets(&a, 0))))
}

/// `digest(data, type)`: the algorithm's hash as bytea.
pub(super) fn digest(a: Args) -> Result<Value, PgError> {
    let algorithm = Algorithm::named(a.text(1).unwrap_or_default())?;
    Ok(Value::Bytes(algorithm.hash(octets(&a, 0))))
}

/// `hmac(data, key, type)`.
pub(super) fn hmac(a: Args) -> Result<Value, PgError> {
    let algorithm = Algorithm::named(a.text(2).unwrap_or_default())?;
    Ok(Value::Bytes(algorithm.hmac(octets(&a, 1), octets(&a, 0))))
}

/// pgcrypto's overloads, resolved as PostgreSQL's `func_select_candidate` picks
/// between `(text, ...)` and `(bytea, ...)`: the data (and hmac's key) are all bytea
/// when one is bytea and the others bytea or unknown literals, else all text when
/// each is of the string category or unknown; the algorithm is text. Any other
/// argument types match no candidate: 42883 as PostgreSQL words it.
pub(super) fn bind_pgcrypto(scope: &Scope, name: &str, args: Vec<Expr>) -> Result<Bound, PgError> {
    let data = args.len() - 1;
    let types: Vec<SqlType> = args.iter().map(|a| a.ty.clone()).collect();
    let undefined = || {
        let names: Vec<String> = types.iter().map(SqlType::base_name).collect();
        PgError::undefined_function(name, &names)
    };
    let readable_as_text =
        |t: &SqlType| matches!(t.category(), Category::String | Category::Unknown);
    let data_type = if types[..data].contains(&SqlType::Bytea) {
        if !types[..data]
            .iter()
            .all(|t| *t == SqlType::Bytea || *t == SqlType::Unknown)
        {
            return Err(undefined());
        }
        SqlType::Bytea
    } else if types[..data].iter().all(readable_as_text) {
        SqlType::Text
    } else {
        return Err(undefined());
    };
    if !readable_as_text(&types[data]) {
        return Err(undefined());
    }
    let mut bound = Vec::with_capacity(args.len());
    for (i, a) in args.into_iter().enumerate() {
        let to = if i < data { &data_type } else { &SqlType::Text };
        bound.push(scope.coerce(a, to, CastContext::Implicit)?);
    }
    Ok((bound, SqlType::Bytea))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Digests and HMACs recorded on PGlite (`encode(digest('abc', ...), 'hex')`).
    #[test]
    fn digests_and_hmacs_match_pglite() {
        assert_eq!(
            hex(&Algorithm::Sha256.hash(b"abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            hex(&Algorithm::Sha1.hash(b"abc")),
            "a9993e364706816aba3e25717850c26c9cd0d89d"
        );
        assert_eq!(
            hex(&Algorithm::Sha224.hash(b"abc")),
            "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7"
        );
        assert_eq!(
            hex(&Algorithm::Md5.hmac(b"k", b"abc")),
            "75972c9c6569f2f407752ddb02ac79de"
        );
        assert_eq!(
            hex(&Algorithm::Sha512.hmac(&[b'k'; 200], b"data")),
            "854e242c54ce5f31621a1f809881b3439c0a77fd594dc546b9b3a957cf6f7b54\
             75a1302be9fde1ece18531982eaa2141907c8b2fbd8bec2e5b19b8312ace3f2b"
        );
        assert_eq!(
            hex(&Algorithm::Sha384.hmac(b"key", b"data")),
            "c5f97ad9fd1020c174d7dc02cf83c4c1bf15ee20ec555b690ad58e62da8a00ee\
             44ccdb65cb8c80acfd127ebee568958a"
        );
        assert_eq!(
            hex(&Algorithm::Md5.hash("é".as_bytes())),
            "66ddcd97cfdeabb2f6fb8a999b4bc76f"
        );
        assert_eq!(Algorithm::named("SHA256").ok(), Some(Algorithm::Sha256));
        assert!(Algorithm::named("sha-256")
            .unwrap_err()
            .unsupported
            .is_some());
    }
}
