//! Counts in words: "1 value", "2 values". Every message that counts something says it
//! through [`count`], so no verdict reads "1 values lost"; big numbers read with their
//! thousands grouped ([`thousands`]).

/// `n` and `noun`, plural unless `n` is 1 (`noun` takes an `s`).
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// 1234567 → "1,234,567".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(count(1, "value"), "1 value");
        assert_eq!(count(0, "step"), "0 steps");
        assert_eq!(count(2, "row"), "2 rows");
    }
}
