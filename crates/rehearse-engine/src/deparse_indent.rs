//! `ruleutils.c`'s PRETTYFLAG_INDENT layout of CASE (`appendContextKeyword`): each
//! keyword starts a new line indented by the current level, a CASE raises the level by
//! `PRETTYINDENT_VAR` for its WHEN/ELSE lines and END lowers it again, so a CASE nested
//! in another's THEN or ELSE is indented one step further (`ELSE\n    CASE`); the
//! spaces before a keyword's new line are removed (`removeStringInfoSpaces`), and past
//! `PRETTYINDENT_LIMIT` the indentation wraps around as PostgreSQL's does.
//!
//! The level is the nesting of the CASE being printed (a thread-local, as the writer is
//! a plain recursion over the tree); the removal of trailing spaces, which reaches
//! into text the parent has already written, is done by [`finish`] on the whole text:
//! each keyword line starts with a [`LINE`] mark that it removes with the spaces
//! before it.

use crate::expr::Expr;
use std::cell::Cell;

/// `PRETTYINDENT_VAR`: a CASE's WHEN/ELSE lines are this much deeper than the CASE.
const STEP: i32 = 4;
/// `PRETTYINDENT_STD`.
const STD: i32 = 8;
/// `PRETTYINDENT_LIMIT`: deeper levels are compressed and wrap around.
const LIMIT: i32 = 40;
/// Marks where a keyword line starts (text never holds a NUL: PostgreSQL's cannot).
const LINE: char = '\0';

thread_local! {
    static LEVEL: Cell<i32> = const { Cell::new(0) };
}

/// A new line for a keyword at `level` (`appendContextKeyword`'s indentation).
fn line(level: i32) -> String {
    let amount = if level < LIMIT {
        level.max(0)
    } else {
        (LIMIT + (level - LIMIT) / (STD / 2)) % LIMIT
    };
    format!("{LINE}\n{}", " ".repeat(amount as usize))
}

/// Runs `print` one CASE level deeper.
pub(super) fn deeper<T>(print: impl FnOnce() -> T) -> T {
    let level = LEVEL.with(Cell::get);
    LEVEL.with(|l| l.set(level + STEP));
    let out = print();
    LEVEL.with(|l| l.set(level));
    out
}

/// `CASE WHEN c THEN r ... ELSE e END` as the non-pretty writer prints it in a
/// default or a constraint (its parts printed by `part`).
pub(super) fn case(
    whens: &[(Expr, Expr)],
    else_: Option<&Expr>,
    ty: &crate::types::SqlType,
    part: &dyn Fn(&Expr) -> String,
) -> String {
    let level = LEVEL.with(Cell::get);
    let mut s = format!("{}CASE", line(level));
    deeper(|| {
        let inner = line(level + STEP);
        for (c, r) in whens {
            s.push_str(&format!("{inner}WHEN {} THEN {}", part(c), part(r)));
        }
        // transformCaseExpr gives a CASE without ELSE a NULL one of its type.
        let default = match else_ {
            Some(e) => part(e),
            None => super::constant(&crate::value::Value::Null, &ty.without_typmod()),
        };
        s.push_str(&format!("{inner}ELSE {default}"));
    });
    s.push_str(&format!("{}END", line(level)));
    s
}

/// The finished text: each keyword line's mark removed with the spaces before it.
pub(super) fn finish(text: String) -> String {
    if !text.contains(LINE) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == LINE {
            let kept = out.trim_end_matches(' ').len();
            out.truncate(kept);
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_wrap_past_the_limit_as_postgresql_does() {
        // Measured on PGlite: a CASE nested ten deep puts its WHEN at column 0, the
        // next levels at 1 and 2.
        assert_eq!(line(36), format!("{LINE}\n{}", " ".repeat(36)));
        assert_eq!(line(40), format!("{LINE}\n"));
        assert_eq!(line(44), format!("{LINE}\n "));
        assert_eq!(line(48), format!("{LINE}\n  "));
    }

    #[test]
    fn a_keyword_line_takes_the_spaces_before_it() {
        assert_eq!(
            finish(format!("x ELSE {LINE}\n    CASE")),
            "x ELSE\n    CASE"
        );
        assert_eq!(finish("'a ' || b".into()), "'a ' || b");
    }
}
