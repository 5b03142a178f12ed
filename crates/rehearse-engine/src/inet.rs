//! `inet` and `cidr` for IPv4: PostgreSQL's `network_in` (`inet_net_pton_ipv4` for
//! inet, the classful `inet_cidr_pton_ipv4` for cidr, then cidr's host-bits check),
//! `network_out`, `text(inet)` and `network_cmp`. IPv6 values are refused (their
//! output format is not modelled); every IPv4 spelling PostgreSQL reads is read.

use crate::error::PgError;

/// An IPv4 address with its netmask length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Inet {
    /// The four octets, network order.
    pub addr: [u8; 4],
    /// Netmask length, 0..=32.
    pub bits: u8,
}

impl Ord for Inet {
    /// `network_cmp_internal`: the common prefix first, then the shorter netmask,
    /// then the whole address.
    fn cmp(&self, other: &Inet) -> std::cmp::Ordering {
        let (a, b) = (
            u32::from_be_bytes(self.addr),
            u32::from_be_bytes(other.addr),
        );
        let prefix = |x: u32, n: u8| if n == 0 { 0 } else { x >> (32 - n as u32) };
        let common = self.bits.min(other.bits);
        prefix(a, common)
            .cmp(&prefix(b, common))
            .then(self.bits.cmp(&other.bits))
            .then(a.cmp(&b))
    }
}

impl PartialOrd for Inet {
    fn partial_cmp(&self, other: &Inet) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Inet {
    /// The address with the bits right of the netmask cleared (`cidr(inet)`).
    pub fn network(&self) -> Inet {
        let mask = if self.bits == 0 {
            0
        } else {
            u32::MAX << (32 - self.bits as u32)
        };
        Inet {
            addr: (u32::from_be_bytes(self.addr) & mask).to_be_bytes(),
            bits: self.bits,
        }
    }

    fn dotted(&self) -> String {
        let [a, b, c, d] = self.addr;
        format!("{a}.{b}.{c}.{d}")
    }

    /// `inet_out` / `cidr_out`: the netmask is shown unless an inet has /32.
    pub fn output(&self, cidr: bool) -> String {
        if !cidr && self.bits == 32 {
            self.dotted()
        } else {
            format!("{}/{}", self.dotted(), self.bits)
        }
    }

    /// `text(inet)`: always with the netmask.
    pub fn text(&self) -> String {
        format!("{}/{}", self.dotted(), self.bits)
    }
}

/// `inet_in` (`cidr` false) or `cidr_in`.
pub fn input(text: &str, cidr: bool) -> Result<Inet, PgError> {
    let type_name = if cidr { "cidr" } else { "inet" };
    if text.contains(':') {
        return Err(PgError::unsupported(format!("IPv6 {type_name} values")));
    }
    let parsed = if cidr {
        cidr_pton(text.as_bytes())
    } else {
        inet_pton(text.as_bytes())
    };
    let Some((addr, bits)) = parsed.filter(|(_, bits)| *bits <= 32) else {
        return Err(PgError::invalid_input(type_name, text));
    };
    let value = Inet { addr, bits };
    if cidr && value.network() != value {
        return Err(
            PgError::new("22P02", format!("invalid cidr value: \"{text}\""))
                .detail("Value has bits set to right of mask."),
        );
    }
    Ok(value)
}

/// Reads a decimal run starting at `s[*i]` (a digit), up to 255.
fn octet(s: &[u8], i: &mut usize) -> Option<u8> {
    let mut v: u32 = 0;
    while let Some(d) = s.get(*i).filter(|b| b.is_ascii_digit()) {
        v = v * 10 + (d - b'0') as u32;
        if v > 255 {
            return None;
        }
        *i += 1;
    }
    Some(v as u8)
}

/// `/bits` at `s[*i..]` when a digit follows the slash: digits to the end.
fn mask_length(s: &[u8], i: &mut usize) -> Option<Option<u32>> {
    if s.get(*i) != Some(&b'/') || !s.get(*i + 1).is_some_and(u8::is_ascii_digit) {
        return Some(None);
    }
    *i += 1;
    let mut bits: u32 = 0;
    while let Some(d) = s.get(*i).filter(|b| b.is_ascii_digit()) {
        bits = bits.saturating_mul(10).saturating_add((d - b'0') as u32);
        *i += 1;
    }
    if *i != s.len() || bits > 32 {
        return None;
    }
    Some(Some(bits))
}

/// `inet_net_pton_ipv4`: dotted decimal octets (1 to 4), an optional `/bits`; without
/// a mask all four octets are needed; the mask may not cover octets not given.
fn inet_pton(s: &[u8]) -> Option<([u8; 4], u8)> {
    let mut octets = Vec::new();
    let mut i = 0;
    while s.get(i).is_some_and(u8::is_ascii_digit) {
        if octets.len() == 4 {
            return None;
        }
        octets.push(octet(s, &mut i)?);
        match s.get(i) {
            None | Some(b'/') => break,
            Some(b'.') => i += 1,
            Some(_) => return None,
        }
    }
    if octets.is_empty() {
        return None;
    }
    let bits = mask_length(s, &mut i)?;
    if i != s.len() {
        return None;
    }
    let bits = match bits {
        Some(b) => b,
        None if octets.len() == 4 => 32,
        None => return None,
    };
    if (bits / 8) as usize > octets.len() {
        return None;
    }
    let mut addr = [0u8; 4];
    addr[..octets.len()].copy_from_slice(&octets);
    Some((addr, bits as u8))
}

/// `inet_cidr_pton_ipv4`: a hex nybble string (`0x...`) or dotted decimal octets,
/// an optional `/bits`, and without one the classful width (widened to the octets
/// given; 224 alone is /4).
fn cidr_pton(s: &[u8]) -> Option<([u8; 4], u8)> {
    let mut octets: Vec<u8> = Vec::new();
    let mut i = 0;
    if s.first() == Some(&b'0')
        && matches!(s.get(1), Some(b'x' | b'X'))
        && s.get(2).is_some_and(u8::is_ascii_hexdigit)
    {
        i = 2;
        let mut pending: Option<u8> = None;
        while let Some(d) = s.get(i).and_then(|b| (*b as char).to_digit(16)) {
            match pending.take() {
                None => pending = Some(d as u8),
                Some(high) => {
                    if octets.len() == 4 {
                        return None;
                    }
                    octets.push(high << 4 | d as u8);
                }
            }
            i += 1;
        }
        if let Some(high) = pending {
            if octets.len() == 4 {
                return None;
            }
            octets.push(high << 4);
        }
    } else if s.first().is_some_and(u8::is_ascii_digit) {
        loop {
            if octets.len() == 4 {
                return None;
            }
            octets.push(octet(s, &mut i)?);
            match s.get(i) {
                None | Some(b'/') => break,
                Some(b'.') if s.get(i + 1).is_some_and(u8::is_ascii_digit) => i += 1,
                Some(_) => return None,
            }
        }
    } else {
        return None;
    }
    let bits = mask_length(s, &mut i)?;
    if i != s.len() || octets.is_empty() {
        return None;
    }
    let given = octets.len() as u32 * 8;
    let bits = match bits {
        Some(b) => b,
        None => {
            let first = octets[0];
            let mut b = match first {
                240.. => 32,
                224.. => 8,
                192.. => 24,
                128.. => 16,
                _ => 8,
            };
            if b < given {
                b = given;
            }
            if b == 8 && first == 224 {
                b = 4;
            }
            b
        }
    };
    let mut addr = [0u8; 4];
    addr[..octets.len()].copy_from_slice(&octets);
    Some((addr, bits as u8))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str, cidr: bool) -> String {
        match input(text, cidr) {
            Ok(v) => v.output(cidr),
            Err(e) => format!("{} {}", e.sqlstate, e.message),
        }
    }

    #[test]
    fn inet_spellings_as_postgresql_reads_them() {
        assert_eq!(show("192.168.1.5", false), "192.168.1.5");
        assert_eq!(show("192.168.1.5/24", false), "192.168.1.5/24");
        assert_eq!(show("10.1/16", false), "10.1.0.0/16");
        assert_eq!(
            show("10.1", false),
            "22P02 invalid input syntax for type inet: \"10.1\""
        );
        assert_eq!(
            show("10/16", false),
            "22P02 invalid input syntax for type inet: \"10/16\""
        );
        assert_eq!(
            show("1.2.3.4/33", false),
            "22P02 invalid input syntax for type inet: \"1.2.3.4/33\""
        );
        assert_eq!(
            show("256.1.1.1", false),
            "22P02 invalid input syntax for type inet: \"256.1.1.1\""
        );
        assert_eq!(
            show(" 1.2.3.4", false),
            "22P02 invalid input syntax for type inet: \" 1.2.3.4\""
        );
        assert_eq!(
            show("x", false),
            "22P02 invalid input syntax for type inet: \"x\""
        );
        assert_eq!(input("::1", false).unwrap_err().sqlstate, "0A000");
    }

    #[test]
    fn cidr_spellings_and_the_host_bits_check() {
        assert_eq!(show("10", true), "10.0.0.0/8");
        assert_eq!(show("192.168", true), "192.168.0.0/24");
        assert_eq!(show("128.1", true), "128.1.0.0/16");
        assert_eq!(show("224", true), "224.0.0.0/4");
        assert_eq!(show("0x0a01", true), "10.1.0.0/16");
        assert_eq!(show("10.1.2.0/24", true), "10.1.2.0/24");
        assert_eq!(
            show("10.1.2.3/24", true),
            "22P02 invalid cidr value: \"10.1.2.3/24\""
        );
        assert_eq!(
            input("10.1.2.3/24", false).unwrap().network().output(true),
            "10.1.2.0/24"
        );
    }

    #[test]
    fn ordering_is_network_cmp() {
        let v = |t: &str| input(t, false).unwrap();
        assert!(v("10.0.0.0/8").cmp(&v("10.0.0.0")).is_lt());
        assert!(v("10.0.0.1").cmp(&v("10.0.0.2")).is_lt());
        assert!(v("9.255.255.255").cmp(&v("10.0.0.0/8")).is_lt());
        assert_eq!(v("1.2.3.4").text(), "1.2.3.4/32");
    }
}
