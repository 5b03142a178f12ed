//! The expression-complexity guard: refuses, on the token stream and before anything
//! recursive runs, a statement whose expressions could nest deeper than the engine can
//! follow on a WebAssembly stack (1 MB; a recursion that overflows it traps the page's
//! module, and every later call traps too).
//!
//! What nests, and who bounds it, with sqlparser 0.52:
//! * sqlparser's own `RecursionCounter` (50 by default) counts only `parse_statement`,
//!   `parse_query` and `parse_subexpr`: parentheses, subqueries and prefix operators
//!   (`- - 1`, `NOT NOT x`) recurse in the parser and stop there with
//!   `RecursionLimitExceeded`, which [`super`] reports as "expression too complex".
//! * Everything the parser reads in a loop does not recurse while parsing but builds a
//!   tree as deep as the chain is long: binary operators (`a + b + ...`, `x LIKE y LIKE
//!   ...`, `||`, `->`, `~`, `AND`), postfix forms (`IS NULL`, `IS TRUE`, `IN (...)`,
//!   `BETWEEN`, `::type`, `COLLATE`, `[i]`, `AT TIME ZONE`), `UNION` chains and
//!   `int[][]...` array types. Binding, evaluating, deparsing, printing and even dropping
//!   that tree recurse once per level — that is what overflowed.
//!
//! The guard bounds the tree's depth from above: every operator-like token counts one
//! level at its parenthesis level, an open parenthesis, bracket or `CASE` one more, and
//! a count ends where its subtree does (a comma, the closing bracket, `WHEN`/`THEN`/
//! `ELSE` inside `CASE`). The sum over the open levels may not pass
//! [`MAX_EXPRESSION_DEPTH`]. Counting every operator token overestimates the depth (in
//! `a = 1 AND b = 2` the `=` are siblings), which is the safe side; lists are cheap
//! (a comma resets), so an `INSERT` of thousands of rows or a table of hundreds of
//! columns passes.

use crate::error::{InputError, Source};
use crate::span::Span;
use sqlparser::keywords::Keyword;
use sqlparser::tokenizer::{Token, TokenWithLocation};

/// The most operators and brackets an expression may nest, counted as described above.
/// Measured: binding one level of `x IS NULL IS NULL ...` takes about 2 KB of the wasm
/// stack and 4 KB of a native one (release, and the dev profile's `opt-level = 1`), and
/// the deepest chains that still run are around 500; 128 leaves room for what runs
/// around the binding (the step, the analysis, the report).
pub const MAX_EXPRESSION_DEPTH: usize = 128;

/// What opened a level.
#[derive(Clone, Copy, PartialEq)]
enum Opener {
    /// The whole statement.
    Statement,
    /// `(`.
    Paren,
    /// `[`.
    Bracket,
    /// `CASE` (until `END`).
    Case,
}

/// One open level: what opened it and the operators counted in it since the last
/// reset.
struct Level {
    opener: Opener,
    operators: usize,
}

/// Keywords sqlparser reads as binary or postfix operators (its
/// `get_next_precedence`), as prefix operators, or as set operations chained in a loop.
fn operator_keyword(k: Keyword) -> bool {
    matches!(
        k,
        Keyword::AND
            | Keyword::OR
            | Keyword::XOR
            | Keyword::NOT
            | Keyword::IS
            | Keyword::IN
            | Keyword::BETWEEN
            | Keyword::LIKE
            | Keyword::ILIKE
            | Keyword::RLIKE
            | Keyword::REGEXP
            | Keyword::SIMILAR
            | Keyword::OPERATOR
            | Keyword::DIV
            | Keyword::COLLATE
            | Keyword::AT
            | Keyword::UNION
            | Keyword::EXCEPT
            | Keyword::INTERSECT
    )
}

/// Tokens that are never an operator: operands, separators and brackets (handled on
/// their own). Every other symbol counts, so an operator sqlparser learns later is
/// counted too.
fn never_operator(t: &Token) -> bool {
    matches!(
        t,
        Token::EOF
            | Token::Word(_)
            | Token::Number(..)
            | Token::SingleQuotedString(_)
            | Token::DoubleQuotedString(_)
            | Token::TripleSingleQuotedString(_)
            | Token::TripleDoubleQuotedString(_)
            | Token::DollarQuotedString(_)
            | Token::SingleQuotedByteStringLiteral(_)
            | Token::DoubleQuotedByteStringLiteral(_)
            | Token::TripleSingleQuotedByteStringLiteral(_)
            | Token::TripleDoubleQuotedByteStringLiteral(_)
            | Token::SingleQuotedRawStringLiteral(_)
            | Token::DoubleQuotedRawStringLiteral(_)
            | Token::TripleSingleQuotedRawStringLiteral(_)
            | Token::TripleDoubleQuotedRawStringLiteral(_)
            | Token::NationalStringLiteral(_)
            | Token::EscapedStringLiteral(_)
            | Token::UnicodeStringLiteral(_)
            | Token::HexStringLiteral(_)
            | Token::Placeholder(_)
            | Token::Whitespace(_)
            | Token::Comma
            | Token::SemiColon
            | Token::Period
            | Token::Colon
            | Token::LParen
            | Token::RParen
            | Token::LBracket
            | Token::RBracket
            | Token::LBrace
            | Token::RBrace
    )
}

/// The open levels and their running total.
struct Depth {
    levels: Vec<Level>,
    total: usize,
}

impl Depth {
    fn count(&mut self) {
        if let Some(level) = self.levels.last_mut() {
            level.operators += 1;
            self.total += 1;
        }
    }

    fn open(&mut self, opener: Opener) {
        self.levels.push(Level {
            opener,
            operators: 0,
        });
        self.total += 1;
    }

    /// Closes the innermost level (a bracket closes whatever is open: unbalanced input
    /// is the parser's to report).
    fn close(&mut self) {
        if self.levels.len() > 1 {
            if let Some(level) = self.levels.pop() {
                self.total = self.total.saturating_sub(level.operators + 1);
            }
        }
    }

    /// A new sibling subtree starts at this level.
    fn reset(&mut self) {
        if let Some(level) = self.levels.last_mut() {
            self.total = self.total.saturating_sub(level.operators);
            level.operators = 0;
        }
    }

    fn innermost(&self) -> Opener {
        self.levels.last().map_or(Opener::Statement, |l| l.opener)
    }
}

/// Refuses a statement whose expressions may nest deeper than
/// [`MAX_EXPRESSION_DEPTH`], at the token where the count passes it.
pub(super) fn check(tokens: &[TokenWithLocation], source: Source) -> Result<(), InputError> {
    let mut depth = Depth {
        levels: vec![Level {
            opener: Opener::Statement,
            operators: 0,
        }],
        total: 0,
    };
    for t in tokens {
        match &t.token {
            Token::LParen => depth.open(Opener::Paren),
            // A subscript or an array type's `[]` is a postfix operator on what precedes
            // it (it stays counted after `]`), and its contents nest inside it.
            Token::LBracket => {
                depth.count();
                depth.open(Opener::Bracket);
            }
            Token::RParen | Token::RBracket => depth.close(),
            Token::Comma | Token::SemiColon => depth.reset(),
            Token::Word(w) if w.quote_style.is_none() => match w.keyword {
                Keyword::CASE => depth.open(Opener::Case),
                Keyword::END if depth.innermost() == Opener::Case => depth.close(),
                Keyword::WHEN | Keyword::THEN | Keyword::ELSE
                    if depth.innermost() == Opener::Case =>
                {
                    depth.reset()
                }
                k if operator_keyword(k) => depth.count(),
                _ => {}
            },
            other if !never_operator(other) => depth.count(),
            _ => {}
        }
        if depth.total > MAX_EXPRESSION_DEPTH {
            let span = Span::new(t.location.line as u32, t.location.column as u32);
            return Err(too_complex(source, span, Limit::Operators));
        }
    }
    Ok(())
}

/// Why a statement is refused.
pub(super) enum Limit {
    /// The token guard's count.
    Operators,
    /// sqlparser's `RecursionCounter`.
    Parser,
}

/// sqlparser's default recursion limit (`DEFAULT_REMAINING_DEPTH`), kept: 50 levels of
/// its parser, unoptimised as the tests build it, fit the wasm stack (measured: 47
/// nested parentheses run in the debug wasm build).
pub const PARSER_DEPTH: usize = 50;

/// The error for an expression over a limit, located where the count passed it (or at
/// the statement, for sqlparser's counter, which gives no position).
pub(super) fn too_complex(source: Source, span: Span, limit: Limit) -> InputError {
    let what = match limit {
        Limit::Operators => format!(
            "more than {MAX_EXPRESSION_DEPTH} operators and brackets nested in one expression"
        ),
        Limit::Parser => format!(
            "parentheses, subqueries and prefix operators nested more than {PARSER_DEPTH} levels deep"
        ),
    };
    InputError::new(
        source,
        span,
        format!(
            "expression too complex: {what} (a limit of the playground: deeper expressions would overflow the browser's stack)"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::dialect::PostgreSqlDialect;
    use sqlparser::tokenizer::Tokenizer;

    fn check_sql(sql: &str) -> Result<(), InputError> {
        let tokens = Tokenizer::new(&PostgreSqlDialect {}, sql)
            .tokenize_with_location()
            .unwrap();
        check(&tokens, Source::Migration)
    }

    #[test]
    fn chains_of_any_operator_are_counted() {
        for (head, link) in [
            ("SELECT 'a'", " LIKE 'a'"),
            ("SELECT 1", " IS NULL"),
            ("SELECT true", " IS TRUE"),
            ("SELECT 1", " IN (1)"),
            ("SELECT 1", "::int"),
            ("SELECT 'a'", " COLLATE \"C\""),
            ("SELECT ARRAY[1]", "[1]"),
            ("SELECT now()", " AT TIME ZONE 'UTC'"),
            ("SELECT 1", " BETWEEN 1 AND 2"),
            ("SELECT 1", " ~ 'a'"),
            ("SELECT 'a'", " || 'a'"),
            ("SELECT '{}'::jsonb", " -> 'a'"),
            ("SELECT 1", " UNION SELECT 1"),
            ("CREATE TABLE t (a int", "[]"),
            ("SELECT 1 + ", "- "),
            (
                "SELECT CASE WHEN true THEN 1 END",
                " + CASE WHEN true THEN 1 END",
            ),
        ] {
            let sql = format!("{head}{}", link.repeat(MAX_EXPRESSION_DEPTH + 1));
            let err = check_sql(&sql).expect_err(&sql);
            assert!(err.message.starts_with("expression too complex"), "{sql}");
            let sql = format!("{head}{}", link.repeat(MAX_EXPRESSION_DEPTH / 4));
            assert!(check_sql(&sql).is_ok(), "{sql}");
        }
    }

    #[test]
    fn lists_reset_the_count() {
        let rows = vec!["(1, 'a' || 'b', now() - interval '1 day')"; 5000].join(", ");
        assert!(check_sql(&format!("INSERT INTO t VALUES {rows}")).is_ok());
        let columns = (0..1000)
            .map(|i| format!("c{i} int NOT NULL DEFAULT 0 CHECK (c{i} >= 0 AND c{i} < 10)"))
            .collect::<Vec<_>>()
            .join(", ");
        assert!(check_sql(&format!("CREATE TABLE t ({columns})")).is_ok());
        let whens = (0..500)
            .map(|i| format!("WHEN a = {i} AND b IS NOT NULL THEN 'x' || 'y'"))
            .collect::<String>();
        assert!(check_sql(&format!("UPDATE t SET c = CASE {whens} ELSE 'z' END")).is_ok());
    }

    #[test]
    fn the_error_points_at_the_token_over_the_limit() {
        let sql = format!("SELECT\n  1{}", " + 1".repeat(200));
        let err = check_sql(&sql).unwrap_err();
        assert_eq!(err.span.line, 2);
        assert_eq!(err.span.column, 5 + 4 * MAX_EXPRESSION_DEPTH as u32);
    }
}
