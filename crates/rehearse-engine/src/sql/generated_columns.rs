//! Generated columns on the token stream. sqlparser 0.52's PostgreSQL dialect reads
//! `GENERATED ALWAYS AS (expr) STORED` only; PostgreSQL 18 also has virtual generated
//! columns, `GENERATED ALWAYS AS (expr) [VIRTUAL]` (virtual is the default). Each
//! clause without STORED is rewritten to STORED before parsing and marked virtual
//! again in the tree afterwards (`GeneratedExpressionMode::Virtual`), by its position
//! among the statement's generation clauses (tokens and tree list them in one order).
//!
//! Also read here: `ALTER TABLE t ALTER [COLUMN] c DROP EXPRESSION [IF EXISTS]` and
//! `... SET EXPRESSION AS (expr)` (PostgreSQL 17+), which sqlparser has no grammar for,
//! as the whole statement.

use super::{ident_text, StatementKind};
use sqlparser::ast;
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use sqlparser::tokenizer::{Token, TokenWithLocation};

fn is_word(t: Option<&TokenWithLocation>, text: &str) -> bool {
    matches!(t.map(|t| &t.token), Some(Token::Word(w)) if w.quote_style.is_none() && w.value.eq_ignore_ascii_case(text))
}

/// The index of the `)` closing the `(` at `open`.
fn closing(tokens: &[TokenWithLocation], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (j, t) in tokens.iter().enumerate().skip(open) {
        match t.token {
            Token::LParen => depth += 1,
            Token::RParen => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(j);
                }
            }
            _ => {}
        }
    }
    None
}

/// Rewrites every `GENERATED ALWAYS AS (expr)` not followed by STORED to end in STORED;
/// returns, per generation clause in order, whether it is virtual.
pub(super) fn rewrite(tokens: &mut Vec<TokenWithLocation>) -> Vec<bool> {
    let mut marks = Vec::new();
    let mut i = 0;
    while i + 3 < tokens.len() {
        if !(is_word(tokens.get(i), "generated")
            && is_word(tokens.get(i + 1), "always")
            && is_word(tokens.get(i + 2), "as")
            && tokens[i + 3].token == Token::LParen)
        {
            i += 1;
            continue;
        }
        let Some(end) = closing(tokens, i + 3) else {
            break;
        };
        if is_word(tokens.get(end + 1), "stored") {
            marks.push(false);
        } else {
            let stored = TokenWithLocation {
                token: Token::make_keyword("STORED"),
                location: tokens[end].location,
            };
            if is_word(tokens.get(end + 1), "virtual") {
                tokens[end + 1] = stored;
            } else {
                tokens.insert(end + 1, stored);
            }
            marks.push(true);
        }
        i = end + 1;
    }
    marks
}

/// Marks the generation clauses `rewrite` found virtual in the parsed statement.
pub(super) fn mark_virtual(statement: &mut ast::Statement, marks: &[bool]) {
    if !marks.iter().any(|&v| v) {
        return;
    }
    let mut marks = marks.iter();
    let mut mark = |def: &mut ast::ColumnDef| {
        for o in &mut def.options {
            if let ast::ColumnOption::Generated {
                generation_expr: Some(_),
                generated_as,
                generation_expr_mode,
                ..
            } = &mut o.option
            {
                if marks.next() == Some(&true) {
                    *generated_as = ast::GeneratedAs::Always;
                    *generation_expr_mode = Some(ast::GeneratedExpressionMode::Virtual);
                }
            }
        }
    };
    match statement {
        ast::Statement::CreateTable(create) => create.columns.iter_mut().for_each(&mut mark),
        ast::Statement::AlterTable { operations, .. } => {
            for op in operations {
                if let ast::AlterTableOperation::AddColumn { column_def, .. } = op {
                    mark(column_def);
                }
            }
        }
        _ => {}
    }
}

/// Whether a column option is a generation clause, and if so whether it is virtual.
pub fn generation(option: &ast::ColumnOption) -> Option<(&ast::Expr, bool)> {
    match option {
        ast::ColumnOption::Generated {
            generation_expr: Some(e),
            generation_expr_mode,
            ..
        } => Some((
            e,
            matches!(
                generation_expr_mode,
                Some(ast::GeneratedExpressionMode::Virtual)
            ),
        )),
        _ => None,
    }
}

/// What `ALTER COLUMN` does to a generation expression.
#[derive(Debug, Clone, PartialEq)]
pub enum GenerationChange {
    /// `DROP EXPRESSION [IF EXISTS]`: the column becomes an ordinary one.
    Drop {
        /// IF EXISTS.
        if_exists: bool,
    },
    /// `SET EXPRESSION AS (expr)`.
    Set(ast::Expr),
}

/// `ALTER TABLE [IF EXISTS] [ONLY] t ALTER [COLUMN] c { DROP EXPRESSION | SET EXPRESSION }`.
#[derive(Debug, Clone, PartialEq)]
pub struct AlterGeneration {
    /// The table.
    pub table: String,
    /// ALTER TABLE IF EXISTS.
    pub if_exists: bool,
    /// The column.
    pub column: String,
    /// The change.
    pub change: GenerationChange,
}

/// Reads the whole statement as an [`AlterGeneration`]; `None` for anything else.
pub(super) fn read_alter(tokens: &[TokenWithLocation]) -> Option<StatementKind> {
    if !(is_word(tokens.first(), "alter") && is_word(tokens.get(1), "table")) {
        return None;
    }
    let mut i = 2;
    let if_exists = is_word(tokens.get(i), "if") && is_word(tokens.get(i + 1), "exists");
    if if_exists {
        i += 2;
    }
    if is_word(tokens.get(i), "only") {
        i += 1;
    }
    let mut table = ident_text(&tokens.get(i)?.token)?;
    i += 1;
    while tokens.get(i).map(|t| &t.token) == Some(&Token::Period) {
        table = ident_text(&tokens.get(i + 1)?.token)?;
        i += 2;
    }
    if !is_word(tokens.get(i), "alter") {
        return None;
    }
    i += 1;
    if is_word(tokens.get(i), "column") {
        i += 1;
    }
    let column = ident_text(&tokens.get(i)?.token)?;
    i += 1;
    let change = if is_word(tokens.get(i), "drop") && is_word(tokens.get(i + 1), "expression") {
        i += 2;
        let if_exists = is_word(tokens.get(i), "if") && is_word(tokens.get(i + 1), "exists");
        if if_exists {
            i += 2;
        }
        (i == tokens.len()).then_some(GenerationChange::Drop { if_exists })?
    } else if is_word(tokens.get(i), "set")
        && is_word(tokens.get(i + 1), "expression")
        && is_word(tokens.get(i + 2), "as")
        && tokens.get(i + 3).map(|t| &t.token) == Some(&Token::LParen)
    {
        let end = closing(tokens, i + 3)?;
        if end + 1 != tokens.len() {
            return None;
        }
        let inner = tokens[i + 4..end].to_vec();
        let dialect = PostgreSqlDialect {};
        let mut parser = Parser::new(&dialect)
            .with_recursion_limit(super::PARSER_DEPTH)
            .with_tokens_with_locations(inner);
        let e = parser.parse_expr().ok()?;
        if parser.peek_token().token != Token::EOF {
            return None;
        }
        GenerationChange::Set(e)
    } else {
        return None;
    };
    Some(StatementKind::AlterGeneration(AlterGeneration {
        table,
        if_exists,
        column,
        change,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Source;

    fn parse(sql: &str) -> super::super::Statement {
        super::super::parse_script(sql, Source::Setup)
            .expect("parses")
            .remove(0)
    }

    fn modes(sql: &str) -> Vec<bool> {
        let StatementKind::Sql(s) = parse(sql).kind else {
            panic!("not sql")
        };
        let mut out = Vec::new();
        let mut collect = |def: &ast::ColumnDef| {
            for o in &def.options {
                if let Some((_, v)) = generation(&o.option) {
                    out.push(v);
                }
            }
        };
        match *s {
            ast::Statement::CreateTable(c) => c.columns.iter().for_each(&mut collect),
            ast::Statement::AlterTable { operations, .. } => {
                for op in &operations {
                    if let ast::AlterTableOperation::AddColumn { column_def, .. } = op {
                        collect(column_def);
                    }
                }
            }
            _ => {}
        }
        out
    }

    #[test]
    fn stored_and_virtual_clauses_are_told_apart() {
        assert_eq!(
            modes("CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * (2)) STORED, c int GENERATED ALWAYS AS (a) VIRTUAL, d int GENERATED ALWAYS AS (a + 1) NOT NULL, e int GENERATED ALWAYS AS IDENTITY)"),
            vec![false, true, true]
        );
        assert_eq!(
            modes("ALTER TABLE t ADD COLUMN b int GENERATED ALWAYS AS (a) , ADD COLUMN c int GENERATED ALWAYS AS (a) STORED"),
            vec![true, false]
        );
    }

    #[test]
    fn drop_and_set_expression_are_read() {
        assert_eq!(
            parse("ALTER TABLE IF EXISTS public.t ALTER COLUMN \"B\" DROP EXPRESSION IF EXISTS")
                .kind,
            StatementKind::AlterGeneration(AlterGeneration {
                table: "t".into(),
                if_exists: true,
                column: "B".into(),
                change: GenerationChange::Drop { if_exists: true },
            })
        );
        let StatementKind::AlterGeneration(a) =
            parse("ALTER TABLE t ALTER b SET EXPRESSION AS (a + 1)").kind
        else {
            panic!("not read")
        };
        assert_eq!(
            a.change,
            GenerationChange::Set(crate::ddl::parse_expr("a + 1").expect("expr"))
        );
    }
}
