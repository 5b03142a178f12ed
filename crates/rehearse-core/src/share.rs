//! Share links: a whole scenario in a URL fragment, so a link opens identically
//! anywhere, offline, with no server.
//!
//! Format `v1.<payload>`: the scenario as JSON, raw DEFLATE (RFC 1951), base64url
//! without padding. The version prefix is forever: a decoder always accepts every
//! earlier version (`tests/share.rs` keeps a v1 link from the first release).
//! Decoding treats the fragment as hostile: size limits before and after inflating,
//! and every failure is a message, never a panic.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

/// The longest fragment accepted (characters).
pub const MAX_LINK: usize = 2_000_000;
/// The largest scenario accepted once inflated (bytes).
pub const MAX_SCENARIO: usize = 8_000_000;

/// What a link carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Shared {
    /// Setup script.
    pub setup: String,
    /// Migration text.
    pub migration: String,
    /// "auto", "alembic" or "sql".
    pub kind: String,
    /// The deployed code's queries.
    pub old_code: String,
    /// A hand change (schema drift).
    pub drift: String,
    /// Check the downgrade too.
    pub check_downgrade: bool,
    /// The lesson it started from.
    pub lesson: Option<String>,
    /// The SQLAlchemy model (Model tab); left out of links when empty.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub model: String,
}

/// Encodes a scenario as a fragment (without the `#`).
pub fn encode(shared: &Shared) -> String {
    let json = serde_json::to_vec(shared).unwrap_or_default();
    let deflated = miniz_oxide::deflate::compress_to_vec(&json, 9);
    format!("v1.{}", URL_SAFE_NO_PAD.encode(deflated))
}

/// Decodes a fragment (with or without the leading `#`).
pub fn decode(fragment: &str) -> Result<Shared, String> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment).trim();
    if fragment.len() > MAX_LINK {
        return Err(format!(
            "This link is too long ({} characters; the limit is {MAX_LINK}).",
            fragment.len()
        ));
    }
    let (version, payload) = fragment
        .split_once('.')
        .ok_or("This link does not contain a Rehearse scenario.")?;
    match version {
        "v1" => {}
        v if v.starts_with('v') && v[1..].parse::<u32>().is_ok() => {
            return Err(format!(
                "This link was made by a newer version of Rehearse (format {v}); this page reads format v1."
            ))
        }
        _ => return Err("This link does not contain a Rehearse scenario.".into()),
    }
    let damaged = |what: &str| format!("This link is damaged ({what}); ask for it again.");
    let deflated = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| damaged("not base64url"))?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_SCENARIO)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => {
                format!("This link's scenario is too large (over {MAX_SCENARIO} bytes).")
            }
            _ => damaged("not compressed data"),
        })?;
    serde_json::from_slice(&json).map_err(|_| damaged("not a scenario"))
}
