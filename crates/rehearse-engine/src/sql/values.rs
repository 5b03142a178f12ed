//! A fast path for the statement sample data is made of: `INSERT INTO t [(columns)]
//! VALUES (...), (...), ...` whose rows after the first hold only plain literals.
//!
//! sqlparser parses each value through its whole expression grammar (trying a data
//! type first, for typed strings such as `DATE '...'`), which dominated the setup of a
//! 100k-row table. Here sqlparser parses the statement up to the end of its first row,
//! so everything but the later rows is exactly its result, and the later rows are read
//! straight from the tokens. Only tokens whose expression is certain are read this way
//! (numbers, strings, NULL, TRUE, FALSE, a minus before a number, each followed by `,`
//! or `)`); anything else returns `None` and the statement is parsed whole as before.
//!
//! A setup's later rows can be kept compact ([`LaterRows`]) instead of in the tree: a
//! `sqlparser` expression is 296 bytes, so a 100k-row setup's trees took about 160 MB
//! before the first row was inserted (the whole script is parsed before it runs, so
//! that a syntax error anywhere comes first). An INSERT reads them back one row at a
//! time, as the very expressions the tree would have held.

use sqlparser::ast;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::keywords::Keyword;
use sqlparser::parser::Parser;
use sqlparser::tokenizer::{Token, TokenWithLocation};

/// Rows below this many are left to sqlparser: the fast path pays off on big inserts.
const MIN_ROWS: usize = 8;

/// A literal of a later row: its value, and whether a `-` came before it.
#[derive(Debug, Clone, PartialEq)]
struct Literal {
    negative: bool,
    value: ast::Value,
}

impl Literal {
    /// The expression sqlparser reads for it.
    fn expr(&self) -> ast::Expr {
        let value = ast::Expr::Value(self.value.clone());
        if self.negative {
            ast::Expr::UnaryOp {
                op: ast::UnaryOperator::Minus,
                expr: Box::new(value),
            }
        } else {
            value
        }
    }
}

/// The rows of a fast-path INSERT after the first, kept out of its tree (see the module
/// documentation): the tree's VALUES list holds the first row only.
#[derive(Debug, Clone, PartialEq)]
pub struct LaterRows(Vec<Vec<Literal>>);

impl LaterRows {
    /// Each row's expressions, in order, as the tree would hold them.
    pub fn exprs(&self) -> impl Iterator<Item = Vec<ast::Expr>> + '_ {
        self.0
            .iter()
            .map(|row| row.iter().map(Literal::expr).collect())
    }
}

/// The statement, when `tokens` (without whitespace) are a multi-row INSERT ... VALUES
/// the fast path reads exactly as sqlparser would. The later rows' strings are moved
/// out of `tokens` only once the statement is known to be read this way.
pub(super) fn parse(tokens: &mut [TokenWithLocation]) -> Option<ast::Statement> {
    let (mut statement, later) = parse_compact(tokens)?;
    if let ast::Statement::Insert(insert) = &mut statement {
        if let Some(source) = insert.source.as_mut() {
            if let ast::SetExpr::Values(values) = source.body.as_mut() {
                values.rows.extend(later.exprs());
            }
        }
    }
    Some(statement)
}

/// [`parse`], the rows after the first kept apart, compact.
pub(super) fn parse_compact(
    tokens: &mut [TokenWithLocation],
) -> Option<(ast::Statement, LaterRows)> {
    let is_word = |i: usize, k: Keyword| matches!(tokens.get(i).map(|t| &t.token), Some(Token::Word(w)) if w.quote_style.is_none() && w.keyword == k);
    if !is_word(0, Keyword::INSERT) || !is_word(1, Keyword::INTO) {
        return None;
    }
    let values = (2..tokens.len()).find(|&i| is_word(i, Keyword::VALUES))?;
    // The first row: `(` literals `)`.
    let mut at = values + 1;
    let first_end = row_end(tokens, at)?;
    // Count the later rows before doing any work.
    let mut rows = 1;
    at = first_end;
    while at < tokens.len() {
        if tokens[at].token != Token::Comma {
            return None;
        }
        at = row_end(tokens, at + 1)?;
        rows += 1;
    }
    if rows < MIN_ROWS {
        return None;
    }
    let dialect = PostgreSqlDialect {};
    let mut parser = Parser::new(&dialect).with_tokens_with_locations(tokens[..first_end].to_vec());
    let mut statement = parser.parse_statement().ok()?;
    if parser.peek_token().token != Token::EOF {
        return None;
    }
    let ast::Statement::Insert(insert) = &mut statement else {
        return None;
    };
    let source = insert.source.as_mut()?;
    let ast::SetExpr::Values(parsed) = source.body.as_mut() else {
        return None;
    };
    if parsed.explicit_row || parsed.rows.len() != 1 {
        return None;
    }
    // The fast reading of the first row must be sqlparser's.
    let first = read_row(&mut tokens[values + 1..first_end].to_vec());
    if parsed.rows[0] != first {
        return None;
    }
    // Every later row was checked above: from here on nothing falls back.
    let mut later = Vec::with_capacity(rows - 1);
    let rest = &mut tokens[first_end..];
    let mut at = 0;
    while at < rest.len() {
        let end = row_end(rest, at + 1).unwrap_or(rest.len());
        later.push(read_literals(&mut rest[at + 1..end]));
        at = end;
    }
    Some((statement, LaterRows(later)))
}

/// The position after the `)` closing the row starting at `at` (`(` literal, ... `)`).
fn row_end(tokens: &[TokenWithLocation], at: usize) -> Option<usize> {
    if tokens.get(at)?.token != Token::LParen {
        return None;
    }
    let mut i = at + 1;
    loop {
        if tokens.get(i)?.token == Token::Minus {
            i += 1;
            if !matches!(tokens.get(i)?.token, Token::Number(..)) {
                return None;
            }
        } else if literal(&tokens.get(i)?.token).is_none() {
            return None;
        }
        i += 1;
        match tokens.get(i)?.token {
            Token::Comma => i += 1,
            Token::RParen => return Some(i + 1),
            _ => return None,
        }
    }
}

/// A row's expressions from its tokens, `(` to `)`, as checked by [`row_end`] (taking
/// the literals' text out of the tokens).
fn read_row(tokens: &mut [TokenWithLocation]) -> Vec<ast::Expr> {
    read_literals(tokens).iter().map(Literal::expr).collect()
}

/// A row's literals from its tokens, `(` to `)`, as checked by [`row_end`] (taking
/// their text out of the tokens).
fn read_literals(tokens: &mut [TokenWithLocation]) -> Vec<Literal> {
    let inner_end = tokens.len().saturating_sub(1).max(1);
    let inner = tokens.get_mut(1..inner_end).unwrap_or_default();
    let mut out = Vec::with_capacity(inner.len().div_ceil(2));
    let mut i = 0;
    while i < inner.len() {
        let negative = inner[i].token == Token::Minus;
        if negative {
            i += 1;
        }
        let Some(value) = inner.get_mut(i).and_then(|t| take_literal(&mut t.token)) else {
            break;
        };
        out.push(Literal { negative, value });
        i += 2; // the value and its `,` (or the end)
    }
    out
}

/// [`literal`], moving the text out of the token.
fn take_literal(token: &mut Token) -> Option<ast::Value> {
    match token {
        Token::Number(n, long) => Some(ast::Value::Number(std::mem::take(n), *long)),
        Token::SingleQuotedString(s) => Some(ast::Value::SingleQuotedString(std::mem::take(s))),
        other => literal(other),
    }
}

/// The value of a literal token, as sqlparser's PostgreSQL dialect reads it.
fn literal(token: &Token) -> Option<ast::Value> {
    match token {
        Token::Number(n, long) => Some(ast::Value::Number(n.clone(), *long)),
        Token::SingleQuotedString(s) => Some(ast::Value::SingleQuotedString(s.clone())),
        Token::Word(w) if w.quote_style.is_none() => match w.keyword {
            Keyword::NULL => Some(ast::Value::Null),
            Keyword::TRUE => Some(ast::Value::Boolean(true)),
            Keyword::FALSE => Some(ast::Value::Boolean(false)),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlparser::tokenizer::Tokenizer;

    fn tokens(sql: &str) -> Vec<TokenWithLocation> {
        Tokenizer::new(&PostgreSqlDialect {}, sql)
            .tokenize_with_location()
            .unwrap()
            .into_iter()
            .filter(|t| !matches!(t.token, Token::Whitespace(_)))
            .collect()
    }

    fn sqlparser(sql: &str) -> ast::Statement {
        let mut p = Parser::new(&PostgreSqlDialect {}).with_tokens_with_locations(tokens(sql));
        p.parse_statement().unwrap()
    }

    fn rows(first: &str, later: &str) -> String {
        let mut s = first.to_string();
        for _ in 0..MIN_ROWS {
            s.push_str(", ");
            s.push_str(later);
        }
        s
    }

    #[test]
    fn reads_literal_rows_as_sqlparser_does() {
        let row = "(1, -2, 3.5, -0.25, 1e3, 'it''s', '', NULL, null, TRUE, false, 'ünï', 9223372036854775808)";
        for sql in [
            format!("INSERT INTO t VALUES {}", rows(row, row)),
            format!(
                "INSERT INTO public.t (a, \"B\", c) VALUES {}",
                rows("(1, 'x', NULL)", "(2, 'y', -3)")
            ),
            format!("insert into T values {}", rows("('a')", "(NULL)")),
        ] {
            let fast = parse(&mut tokens(&sql)).expect("fast path taken");
            assert_eq!(fast, sqlparser(&sql), "{sql}");
            // The compact form holds the same rows: the first in the tree, the
            // others apart.
            let (mut first, later) = parse_compact(&mut tokens(&sql)).expect("fast path");
            if let ast::Statement::Insert(insert) = &mut first {
                if let Some(ast::SetExpr::Values(v)) =
                    insert.source.as_mut().map(|s| s.body.as_mut())
                {
                    assert_eq!(v.rows.len(), 1);
                    v.rows.extend(later.exprs());
                }
            }
            assert_eq!(first, fast, "{sql}");
        }
    }

    #[test]
    fn leaves_everything_else_to_sqlparser() {
        for sql in [
            // Too few rows to matter.
            "INSERT INTO t VALUES (1), (2)".to_string(),
            // Expressions, casts, DEFAULT, typed strings, functions, E'' strings.
            format!("INSERT INTO t VALUES {}", rows("(1)", "(1 + 1)")),
            format!("INSERT INTO t VALUES {}", rows("(1)", "('1'::int)")),
            format!("INSERT INTO t VALUES {}", rows("(1)", "(DEFAULT)")),
            format!(
                "INSERT INTO t VALUES {}",
                rows("(1)", "(DATE '2024-01-01')")
            ),
            format!("INSERT INTO t VALUES {}", rows("(1)", "(now())")),
            format!("INSERT INTO t VALUES {}", rows("(1)", "(E'a\\nb')")),
            format!("INSERT INTO t VALUES {}", rows("(1)", "(- - 1)")),
            format!("INSERT INTO t VALUES {}", rows("(1)", "(ROW(1))")),
            format!("INSERT INTO t VALUES {}", rows("(1 + 1)", "(1)")),
            // Anything after the rows.
            format!(
                "INSERT INTO t VALUES {} ON CONFLICT DO NOTHING",
                rows("(1)", "(2)")
            ),
            format!("INSERT INTO t VALUES {} RETURNING id", rows("(1)", "(2)")),
            format!("INSERT INTO t SELECT 1 UNION VALUES {}", rows("(1)", "(2)")),
            format!("INSERT INTO t VALUES {}, ()", rows("(1)", "(2)")),
            format!("INSERT INTO t VALUES {},", rows("(1)", "(2)")),
        ] {
            let mut t = tokens(&sql);
            let before = t.clone();
            assert_eq!(parse(&mut t), None, "{sql}");
            assert_eq!(t, before, "{sql}");
        }
    }
}
