//! The Python nesting guard: refuses, on rustpython's token stream and before the
//! parser runs, a file whose syntax tree could nest deeper than the front end can
//! follow on a WebAssembly stack (1 MB).
//!
//! rustpython's parser is table-driven and reads `------1`, `"a" + "a" + ...`,
//! `a.b.c...`, `f()()...` or `[[[...]]]` without recursing, but the tree it returns is
//! as deep as the chain is long, and evaluating, rendering and dropping that tree
//! recurse once per level. As in the SQL guard (`rehearse_engine::sql::complexity`) the depth is
//! bounded from above: every operator-like token (operators, `.`, keywords) counts
//! one level at its bracket level, every bracket one more (and one at the level that
//! holds it: a call or subscript applies to what precedes it), every indentation level
//! one; a comma, `=` or the end of a logical line starts a new sibling. An f-string's
//! `{...}` parts are parsed by rustpython from the string token, so they are counted
//! from the token's text.

use rehearse_engine::error::{InputError, Source};
use rehearse_engine::span::LineIndex;
use rustpython_parser::lexer::lex;
use rustpython_parser::{Mode, StringKind, Tok};

/// The most brackets, operators and indentation levels nested, counted as above.
/// Measured: one level of `x = ----1` takes well under 1 KB of the wasm stack (with the
/// dev profile's `opt-level = 1`; 2000 levels ran), and an Alembic file nests less than
/// 20; CPython itself stops at 200 nested brackets and 100 indentation levels.
pub const MAX_PYTHON_NESTING: usize = 100;

/// Open brackets, with the operators counted in each since its last sibling.
struct Depth {
    levels: Vec<usize>,
    indent: usize,
    total: usize,
}

impl Depth {
    fn count(&mut self, n: usize) {
        if let Some(level) = self.levels.last_mut() {
            *level += n;
            self.total += n;
        }
    }

    fn open(&mut self) {
        self.count(1);
        self.levels.push(0);
        self.total += 1;
    }

    fn close(&mut self) {
        if self.levels.len() > 1 {
            if let Some(operators) = self.levels.pop() {
                self.total = self.total.saturating_sub(operators + 1);
            }
        }
    }

    fn reset(&mut self) {
        if let Some(level) = self.levels.last_mut() {
            self.total = self.total.saturating_sub(*level);
            *level = 0;
        }
    }

    fn over(&self) -> bool {
        self.total + self.indent > MAX_PYTHON_NESTING
    }
}

/// The deepest count of an f-string's replacement fields, from its text: brackets
/// nest, operator characters count, commas reset (a rough reading, on the safe side:
/// rustpython parses each field as an expression).
fn fstring_depth(text: &str) -> usize {
    let mut depth = Depth {
        levels: vec![0],
        indent: 0,
        total: 0,
    };
    let mut deepest = 0;
    for c in text.chars() {
        match c {
            '(' | '[' | '{' => depth.open(),
            ')' | ']' | '}' => depth.close(),
            ',' => depth.reset(),
            '+' | '-' | '*' | '/' | '%' | '@' | '&' | '|' | '^' | '~' | '<' | '>' | '=' | '!'
            | '.' => depth.count(1),
            _ => {}
        }
        deepest = deepest.max(depth.total);
    }
    deepest
}

/// Refuses `source` when its nesting passes [`MAX_PYTHON_NESTING`], at the token where
/// it does. A lexical error ends the scan: the parser reports it, and stops there too.
pub fn check(source: &str, source_name: Source) -> Result<(), InputError> {
    let index = LineIndex::new(source);
    let mut depth = Depth {
        levels: vec![0],
        indent: 0,
        total: 0,
    };
    for token in lex(source, Mode::Module) {
        let Ok((tok, range)) = token else {
            return Ok(());
        };
        match tok {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth.open(),
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth.close(),
            Tok::Comma | Tok::Equal | Tok::Semi | Tok::Newline => depth.reset(),
            Tok::Indent => depth.indent += 1,
            Tok::Dedent => depth.indent = depth.indent.saturating_sub(1),
            Tok::String {
                kind: StringKind::FString | StringKind::RawFString,
                value,
                ..
            } => depth.count(1 + fstring_depth(&value)),
            Tok::Name { .. }
            | Tok::Int { .. }
            | Tok::Float { .. }
            | Tok::Complex { .. }
            | Tok::String { .. }
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
            | Tok::EndOfFile
            | Tok::StartModule
            | Tok::StartInteractive
            | Tok::StartExpression => {}
            _ => depth.count(1),
        }
        if depth.over() {
            return Err(InputError::new(
                source_name,
                index.span(range.start().to_usize()),
                format!(
                    "Python code too complex: more than {MAX_PYTHON_NESTING} brackets, operators and indentation levels nested (a limit of the playground: deeper code would overflow the browser's stack)"
                ),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chains_and_nesting_are_refused() {
        let n = MAX_PYTHON_NESTING + 1;
        for source in [
            format!("x = {}1", "-".repeat(n)),
            format!("x = \"a\"{}", " + \"a\"".repeat(n)),
            format!("x = a{}", ".b".repeat(n)),
            format!("x = f{}", "()".repeat(n)),
            format!("x = {}1{}", "[".repeat(n), "]".repeat(n)),
            format!("x = {}1", "not ".repeat(n)),
            format!("x = {}1", "lambda: ".repeat(n)),
            format!("x = f\"{{{}1}}\"", "-".repeat(n)),
            (0..n)
                .map(|i| format!("{}if x:\n", " ".repeat(i)))
                .collect::<String>()
                + &" ".repeat(n)
                + "pass\n",
        ] {
            let err = check(&source, Source::Migration).expect_err(&source);
            assert!(
                err.message.starts_with("Python code too complex"),
                "{source}"
            );
        }
    }

    #[test]
    fn alembic_files_pass() {
        let source = r#"
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

def upgrade() -> None:
    with op.batch_alter_table("t", schema=None) as batch_op:
        batch_op.add_column(sa.Column("data", postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False))
    op.create_table("u", sa.Column("id", sa.Integer(), nullable=False), sa.Column("t_id", sa.Integer(), sa.ForeignKey("t.id", ondelete="CASCADE")), sa.PrimaryKeyConstraint("id"))
    op.execute(f"UPDATE t SET a = {1 + 2} WHERE b IN ({', '.join(['1', '2'])})")
"#;
        assert!(check(source, Source::Migration).is_ok());
        let rows = vec!["{\"id\": 1, \"name\": \"a\" + \"b\"}"; 5000].join(", ");
        assert!(check(&format!("op.bulk_insert(t, [{rows}])"), Source::Migration).is_ok());
    }

    #[test]
    fn the_error_is_located() {
        let source = format!("x = 1\ny = {}1", "-".repeat(MAX_PYTHON_NESTING + 5));
        let err = check(&source, Source::Model).unwrap_err();
        assert_eq!((err.source, err.span.line), (Source::Model, 2));
        assert_eq!(err.span.column, 5 + MAX_PYTHON_NESTING as u32);
    }
}
