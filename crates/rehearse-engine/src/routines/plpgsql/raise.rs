//! RAISE's message format (`%` takes the next argument's text, `%%` is a percent
//! sign, as `exec_stmt_raise` reads it) and what a SQLSTATE looks like.

/// How many `%` placeholders a format has (`%%` is none).
pub fn placeholders(format: &str) -> usize {
    let mut n = 0;
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '%' {
            if chars.peek() == Some(&'%') {
                chars.next();
            } else {
                n += 1;
            }
        }
    }
    n
}

/// The format with each `%` replaced by the next argument (`None`: SQL NULL, which
/// PL/pgSQL prints as `<NULL>`).
pub fn format(format: &str, args: &[Option<String>]) -> String {
    let mut out = String::new();
    let mut args = args.iter();
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '%' {
            if chars.peek() == Some(&'%') {
                chars.next();
                out.push('%');
            } else {
                match args.next() {
                    Some(Some(text)) => out.push_str(text),
                    Some(None) => out.push_str("<NULL>"),
                    None => {}
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Five characters of digits and upper-case letters: a SQLSTATE PostgreSQL accepts.
pub fn is_sqlstate(code: &str) -> bool {
    code.len() == 5
        && code
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_as_plpgsql() {
        assert_eq!(placeholders("a % b %% c %"), 2);
        assert_eq!(
            format("id % is %%bad% ", &[Some("1".into()), None]),
            "id 1 is %bad<NULL> "
        );
        assert!(is_sqlstate("P0001") && !is_sqlstate("p0001") && !is_sqlstate("P001"));
    }
}
