//! Which of a step's values depend on the clock or on randomness: the functions and
//! special values in its SQL whose result PostgreSQL takes from the time it runs
//! (`now()`, `CURRENT_TIMESTAMP`, `clock_timestamp()`, `age(x)`, `'now'`, ...) or from
//! its random generator (`gen_random_uuid()`, `random()`). Rehearse runs with its own
//! clock and a seeded generator, so the report names these instead of passing the
//! values off as PostgreSQL's.

use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::tokenizer::{Token, Tokenizer};

/// Functions whose value is the clock's (called with parentheses, or SQL's keyword
/// forms without them).
const CLOCK: &[&str] = &[
    "now",
    "current_timestamp",
    "current_date",
    "current_time",
    "localtime",
    "localtimestamp",
    "clock_timestamp",
    "statement_timestamp",
    "transaction_timestamp",
    "timeofday",
];

/// Functions whose value is random.
const RANDOM: &[&str] = &[
    "gen_random_uuid",
    "uuid_generate_v1",
    "uuid_generate_v1mc",
    "uuid_generate_v4",
    "uuidv4",
    "uuidv7",
    "random",
    "random_normal",
];

/// Date/time input strings that read the clock.
const CLOCK_WORDS: &[&str] = &["now", "today", "tomorrow", "yesterday"];

/// The clock- or randomness-dependent names in `sql`, each once, in order of first
/// appearance (`now()`, `age(x)`, `'today'`, `gen_random_uuid()`).
pub fn nondeterministic(sql: &str) -> Vec<String> {
    let Ok(tokens) = Tokenizer::new(&PostgreSqlDialect {}, sql).tokenize() else {
        return Vec::new();
    };
    let tokens: Vec<&Token> = tokens
        .iter()
        .filter(|t| !matches!(t, Token::Whitespace(_)))
        .collect();
    let mut found: Vec<String> = Vec::new();
    let mut add = |name: String| {
        if !found.contains(&name) {
            found.push(name);
        }
    };
    for (i, token) in tokens.iter().enumerate() {
        let next = tokens.get(i + 1);
        let called = matches!(next, Some(Token::LParen));
        match token {
            Token::Word(w) if w.quote_style.is_none() => {
                let name = w.value.to_lowercase();
                if CLOCK.contains(&name.as_str()) {
                    add(if called {
                        format!("{name}()")
                    } else {
                        name.to_uppercase()
                    });
                } else if RANDOM.contains(&name.as_str()) && called {
                    add(format!("{name}()"));
                } else if name == "age" && called && one_argument(&tokens[i + 1..]) {
                    add("age(x)".into());
                }
            }
            Token::SingleQuotedString(s)
                if CLOCK_WORDS.contains(&s.trim().to_lowercase().as_str()) =>
            {
                add(format!("'{}'", s.trim()));
            }
            _ => {}
        }
    }
    found
}

/// Whether the parenthesised list starting at `tokens[0]` has one argument.
fn one_argument(tokens: &[&Token]) -> bool {
    let mut depth = 0;
    for t in tokens {
        match t {
            Token::LParen => depth += 1,
            Token::RParen => {
                depth -= 1;
                if depth == 0 {
                    return true;
                }
            }
            Token::Comma if depth == 1 => return false,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::nondeterministic;

    #[test]
    fn names_what_reads_the_clock_or_randomness() {
        assert_eq!(
            nondeterministic("ALTER TABLE t ADD c timestamptz DEFAULT now() NOT NULL"),
            ["now()"]
        );
        assert_eq!(
            nondeterministic(
                "UPDATE t SET a = CURRENT_TIMESTAMP, b = gen_random_uuid(), c = age(d)"
            ),
            ["CURRENT_TIMESTAMP", "gen_random_uuid()", "age(x)"]
        );
        assert_eq!(nondeterministic("SELECT age(a, b), 'now'::date"), ["'now'"]);
        assert!(nondeterministic("UPDATE t SET \"now\" = 1, random = 2").is_empty());
    }
}
