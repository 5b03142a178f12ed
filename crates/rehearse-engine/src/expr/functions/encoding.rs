//! `encode(bytea, format)` and `decode(text, format)`: the three formats of
//! PostgreSQL's `encode.c` (`hex`, `base64`, `escape`, named in any case), with its
//! error texts.
//!
//! **Invariant:** decoding follows `encode.c` byte for byte, including its lenience
//! (whitespace skipped between hex pairs and base64 symbols; after a base64 `=` the
//! rest of the quantum is read but only the bytes before the padding are kept), so a
//! value PostgreSQL accepts is accepted here and one it rejects gets its error.

use crate::error::PgError;

/// The formats `pg_find_encoding` knows (`pg_strcasecmp`, so any case).
#[derive(Clone, Copy)]
enum Format {
    Hex,
    Base64,
    Escape,
}

fn format(name: &str) -> Result<Format, PgError> {
    match name.to_ascii_lowercase().as_str() {
        "hex" => Ok(Format::Hex),
        "base64" => Ok(Format::Base64),
        "escape" => Ok(Format::Escape),
        _ => Err(PgError::new(
            "22023",
            format!("unrecognized encoding: \"{name}\""),
        )),
    }
}

/// `binary_encode`.
pub(super) fn encode(data: &[u8], name: &str) -> Result<String, PgError> {
    Ok(match format(name)? {
        Format::Hex => crate::bytea::output(data)
            .strip_prefix("\\x")
            .unwrap_or_default()
            .to_string(),
        Format::Base64 => base64_encode(data),
        Format::Escape => escape_encode(data),
    })
}

/// `binary_decode`.
pub(super) fn decode(text: &str, name: &str) -> Result<Vec<u8>, PgError> {
    match format(name)? {
        Format::Hex => crate::bytea::hex_decode(text),
        Format::Base64 => base64_decode(text),
        Format::Escape => crate::bytea::escape_decode(text),
    }
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// `pg_base64_encode`: a newline after every 76 characters of output (MIME's line
/// length), padding with `=`.
fn base64_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4 + data.len() / 57);
    let mut line = 0;
    for chunk in data.chunks(3) {
        let buf = chunk
            .iter()
            .enumerate()
            .fold(0u32, |buf, (i, b)| buf | u32::from(*b) << (16 - 8 * i));
        let sextet = |shift: u32| BASE64[((buf >> shift) & 0x3f) as usize] as char;
        out.push(sextet(18));
        out.push(sextet(12));
        out.push(if chunk.len() > 1 { sextet(6) } else { '=' });
        out.push(if chunk.len() > 2 { sextet(0) } else { '=' });
        line += 4;
        // encode.c checks the line after every byte it reads, so a full line is
        // followed by a newline even when no byte follows it.
        if line >= 76 {
            line = 0;
            out.push('\n');
        }
    }
    out
}

/// `pg_base64_decode`.
fn base64_decode(text: &str) -> Result<Vec<u8>, PgError> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut buf, mut pos, mut end) = (0u32, 0, 0);
    for (i, c) in text.char_indices() {
        if matches!(c, ' ' | '\t' | '\n' | '\r') {
            continue;
        }
        let b = if c == '=' {
            if end == 0 {
                end = match pos {
                    2 => 1,
                    3 => 2,
                    _ => {
                        return Err(PgError::new(
                            "22023",
                            "unexpected \"=\" while decoding base64 sequence",
                        ))
                    }
                };
            }
            0
        } else {
            match BASE64.iter().position(|&s| char::from(s) == c) {
                Some(b) => b as u32,
                None => {
                    let symbol = &text[i..i + c.len_utf8()];
                    return Err(PgError::new(
                        "22023",
                        format!("invalid symbol \"{symbol}\" found while decoding base64 sequence"),
                    ));
                }
            }
        };
        buf = (buf << 6) + b;
        pos += 1;
        if pos == 4 {
            out.push((buf >> 16) as u8);
            if end == 0 || end > 1 {
                out.push((buf >> 8) as u8);
            }
            if end == 0 || end > 2 {
                out.push(buf as u8);
            }
            buf = 0;
            pos = 0;
        }
    }
    if pos != 0 {
        return Err(PgError::new("22023", "invalid base64 end sequence")
            .hint("Input data is missing padding, is truncated, or is otherwise corrupted."));
    }
    Ok(out)
}

/// `esc_encode`: zero and high-bit bytes as `\ooo`, a backslash doubled.
fn escape_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len());
    for &b in data {
        match b {
            0 | 0x80..=0xff => {
                out.push('\\');
                out.push(char::from(b'0' + (b >> 6)));
                out.push(char::from(b'0' + ((b >> 3) & 7)));
                out.push(char::from(b'0' + (b & 7)));
            }
            b'\\' => out.push_str("\\\\"),
            _ => out.push(char::from(b)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_round_trip_as_postgresql_prints_them() {
        assert_eq!(encode(b"\x00A\\\x80", "escape").unwrap(), "\\000A\\\\\\200");
        assert_eq!(encode(b"\x00A\\\x80", "HEX").unwrap(), "00415c80");
        assert_eq!(decode("QUJD RA==", "Base64").unwrap(), b"ABCD");
        assert_eq!(decode("QQ==QQ==", "base64").unwrap(), b"AA");
        assert_eq!(decode("QQ=x", "base64").unwrap(), b"A");
        assert_eq!(decode("a\\\\x", "escape").unwrap(), b"a\\x");
        let e = decode("\\x41", "escape").unwrap_err();
        assert_eq!(
            (e.sqlstate.as_str(), e.message.as_str()),
            ("22P02", "invalid input syntax for type bytea")
        );
        // 90 bytes: one full line of 76 characters, a newline, the rest.
        let long = encode(&[0u8; 90], "base64").unwrap();
        assert_eq!(long, format!("{}\n{}", "A".repeat(76), "A".repeat(44)));
        // 57 bytes are exactly one line, and encode.c ends it with a newline.
        assert_eq!(
            encode(&[0u8; 57], "base64").unwrap(),
            format!("{}\n", "A".repeat(76))
        );
    }

    #[test]
    fn errors_are_encode_c_s() {
        let message = |r: Result<Vec<u8>, PgError>| r.unwrap_err().message;
        assert_eq!(
            message(decode("x", "foo")),
            "unrecognized encoding: \"foo\""
        );
        assert_eq!(
            message(decode("zz", "hex")),
            "invalid hexadecimal digit: \"z\""
        );
        assert_eq!(
            message(decode("é1", "hex")),
            "invalid hexadecimal digit: \"é\""
        );
        assert_eq!(
            message(decode("abc", "hex")),
            "invalid hexadecimal data: odd number of digits"
        );
        assert_eq!(
            message(decode("Q=JD", "base64")),
            "unexpected \"=\" while decoding base64 sequence"
        );
        assert_eq!(
            message(decode("QUéD", "base64")),
            "invalid symbol \"é\" found while decoding base64 sequence"
        );
        let e = decode("QUJDRA", "base64").unwrap_err();
        assert_eq!(
            (e.message.as_str(), e.hint.as_deref()),
            (
                "invalid base64 end sequence",
                Some("Input data is missing padding, is truncated, or is otherwise corrupted.")
            )
        );
    }
}
