//! The PL/pgSQL subset Rehearse interprets: the tree ([`Block`], [`Stmt`]), read by
//! [`parse`] when a function is created, run by [`exec`] when it is called.
//!
//! The subset: `DECLARE` with types and defaults, `:=` assignment (to a variable or
//! `NEW.column`), `IF/ELSIF/ELSE`, `RETURN` (`NEW`, `OLD`, `NULL`, an expression),
//! `RAISE` with a format and `USING` options, `PERFORM`, `NULL`, nested blocks, SQL
//! statements (INSERT/UPDATE/DELETE, `SELECT ... INTO`, and in DO blocks any statement
//! the engine runs) with `FOUND`. Loops, `EXCEPTION` handlers, cursors, dynamic SQL
//! and the rest are refused by name when the function is created.

mod conditions;
pub mod exec;
pub mod parse;
mod raise;
#[cfg(test)]
mod control_tests;

pub use crate::routine_defs::plpgsql_tree::*;
