//! RAISE's message format (`%` takes the next argument's text, `%%` is a percent
//! sign, as `exec_stmt_raise` reads it) and the condition names Rehearse knows.

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

/// The SQLSTATE of a condition name (`plerrcodes.h`), for the conditions migrations
/// raise; other names are refused.
pub fn condition(name: &str) -> Option<&'static str> {
    Some(match name {
        "raise_exception" => "P0001",
        "no_data_found" => "P0002",
        "too_many_rows" => "P0003",
        "assert_failure" => "P0004",
        "data_exception" => "22000",
        "invalid_parameter_value" => "22023",
        "integrity_constraint_violation" => "23000",
        "restrict_violation" => "23001",
        "not_null_violation" => "23502",
        "foreign_key_violation" => "23503",
        "unique_violation" => "23505",
        "check_violation" => "23514",
        "feature_not_supported" => "0A000",
        "insufficient_privilege" => "42501",
        "object_not_in_prerequisite_state" => "55000",
        _ => return None,
    })
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
