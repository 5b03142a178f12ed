//! `bytea`: PostgreSQL's `byteain` (the hex format `\x...` and the escape format) and
//! `byteaout` (hex, `bytea_output`'s default).

use crate::error::PgError;

/// `byteain`: `\x` then hex digit pairs (whitespace allowed before a pair), or the
/// escape format where only `\\` and `\ooo` (first digit 0-3) are backslash forms.
pub fn input(text: &str) -> Result<Vec<u8>, PgError> {
    if let Some(hex) = text.strip_prefix("\\x") {
        return hex_decode(hex);
    }
    escape_decode(text)
}

/// The escape format (`esc_decode`): `\\` and `\ooo` (first digit 0-3); any other
/// backslash is 22P02. `decode(..., 'escape')` reads this form alone.
pub(crate) fn escape_decode(text: &str) -> Result<Vec<u8>, PgError> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        match bytes.get(i + 1..i + 4) {
            Some([a @ b'0'..=b'3', b @ b'0'..=b'7', c @ b'0'..=b'7']) => {
                out.push((a - b'0') * 64 + (b - b'0') * 8 + (c - b'0'));
                i += 4;
            }
            _ if bytes.get(i + 1) == Some(&b'\\') => {
                out.push(b'\\');
                i += 2;
            }
            _ => return Err(PgError::new("22P02", "invalid input syntax for type bytea")),
        }
    }
    Ok(out)
}

/// `hex_decode_safe`: whitespace (space, tab, newline, carriage return) may precede
/// a pair; the two digits of a pair are adjacent.
pub(crate) fn hex_decode(hex: &str) -> Result<Vec<u8>, PgError> {
    let bad_digit = |rest: &str| {
        let c: String = rest.chars().take(1).collect();
        PgError::new("22023", format!("invalid hexadecimal digit: \"{c}\""))
    };
    let bytes = hex.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 2);
    let mut i = 0;
    while i < bytes.len() {
        if matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
            continue;
        }
        let high = digit(bytes[i]).ok_or_else(|| bad_digit(&hex[i..]))?;
        i += 1;
        if i >= bytes.len() {
            return Err(PgError::new(
                "22023",
                "invalid hexadecimal data: odd number of digits",
            ));
        }
        let low = digit(bytes[i]).ok_or_else(|| bad_digit(&hex[i..]))?;
        i += 1;
        out.push(high << 4 | low);
    }
    Ok(out)
}

fn digit(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// `byteaout` in hex: `\x` and two lower-case digits per byte.
pub fn output(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(2 + bytes.len() * 2);
    out.push_str("\\x");
    for b in bytes {
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 0x0f) as usize] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_input_formats_and_their_errors() {
        assert_eq!(input("\\x4142").unwrap(), b"AB");
        assert_eq!(input("\\x 41\n42").unwrap(), b"AB");
        assert_eq!(input("\\x").unwrap(), b"");
        assert_eq!(input("a\\\\b\\001").unwrap(), b"a\\b\x01");
        assert_eq!(output(b"AB\x00"), "\\x414200");
        let e = input("\\x4").unwrap_err();
        assert_eq!(
            (e.sqlstate.as_str(), e.message.as_str()),
            ("22023", "invalid hexadecimal data: odd number of digits")
        );
        let e = input("\\x4 1").unwrap_err();
        assert_eq!(e.message, "invalid hexadecimal digit: \" \"");
        let e = input("\\xzz").unwrap_err();
        assert_eq!(e.message, "invalid hexadecimal digit: \"z\"");
        let e = input("a\\400").unwrap_err();
        assert_eq!(
            (e.sqlstate.as_str(), e.message.as_str()),
            ("22P02", "invalid input syntax for type bytea")
        );
        assert!(input("\\").is_err());
    }
}
