//! Share links: a whole scenario in a URL fragment, so a link opens identically
//! anywhere, offline, with no server.
//!
//! Format `v1.<payload>`: the [`Scenario`] as JSON, raw DEFLATE (RFC 1951), base64url
//! without padding. The version prefix is forever: a decoder always accepts every
//! earlier version (`tests/share.rs` keeps a v1 link from the first release).
//! Decoding treats the fragment as hostile: size limits before and after inflating,
//! and every failure is a message, never a panic.

use crate::scenario::Scenario;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use std::fmt;

/// The longest fragment accepted (characters).
pub const MAX_LINK: usize = 2_000_000;
/// The largest scenario accepted once inflated (bytes).
pub const MAX_SCENARIO: usize = 8_000_000;

/// Why a link could not be read; shown to the user as its `Display` text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Over [`MAX_LINK`] characters (this many).
    TooLong(usize),
    /// No `v<n>.` prefix: not a Rehearse link at all.
    NotALink,
    /// Made by a newer Rehearse (this version prefix, e.g. `v2`).
    Newer(String),
    /// The payload does not read.
    Damaged(Damage),
    /// Inflates to more than [`MAX_SCENARIO`] bytes.
    TooLarge,
}

/// What is wrong with a damaged link's payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Damage {
    /// Not base64url.
    NotBase64,
    /// Not raw DEFLATE data.
    NotCompressed,
    /// Not a scenario's JSON.
    NotAScenario,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::TooLong(len) => write!(
                f,
                "This link is too long ({len} characters; the limit is {MAX_LINK})."
            ),
            LinkError::NotALink => f.write_str("This link does not contain a Rehearse scenario."),
            LinkError::Newer(v) => write!(
                f,
                "This link was made by a newer version of Rehearse (format {v}); this page reads format v1."
            ),
            LinkError::Damaged(what) => {
                let what = match what {
                    Damage::NotBase64 => "not base64url",
                    Damage::NotCompressed => "not compressed data",
                    Damage::NotAScenario => "not a scenario",
                };
                write!(f, "This link is damaged ({what}); ask for it again.")
            }
            LinkError::TooLarge => write!(
                f,
                "This link's scenario is too large (over {MAX_SCENARIO} bytes)."
            ),
        }
    }
}

impl std::error::Error for LinkError {}

/// Encodes a scenario as a fragment (without the `#`).
pub fn encode(scenario: &Scenario) -> String {
    let json = serde_json::to_vec(scenario).unwrap_or_default();
    let deflated = miniz_oxide::deflate::compress_to_vec(&json, 9);
    format!("v1.{}", URL_SAFE_NO_PAD.encode(deflated))
}

/// Decodes a fragment (with or without the leading `#`).
pub fn decode(fragment: &str) -> Result<Scenario, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment).trim();
    if fragment.len() > MAX_LINK {
        return Err(LinkError::TooLong(fragment.len()));
    }
    let (version, payload) = fragment.split_once('.').ok_or(LinkError::NotALink)?;
    match version {
        "v1" => {}
        v if v.starts_with('v') && v[1..].parse::<u32>().is_ok() => {
            return Err(LinkError::Newer(v.to_string()))
        }
        _ => return Err(LinkError::NotALink),
    }
    let deflated = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| LinkError::Damaged(Damage::NotBase64))?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_SCENARIO)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => LinkError::TooLarge,
            _ => LinkError::Damaged(Damage::NotCompressed),
        })?;
    serde_json::from_slice(&json).map_err(|_| LinkError::Damaged(Damage::NotAScenario))
}
