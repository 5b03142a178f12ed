//! The PL/pgSQL subset Rehearse interprets: the tree ([`Block`], [`Stmt`]), read by
//! [`parse`] when a function is created, run by [`exec`] when it is called.
//!
//! The subset: `DECLARE` with types and defaults (and `record` variables), `:=`
//! assignment (to a variable or `rec.field`), `IF/ELSIF/ELSE`, `RETURN` (`NEW`, `OLD`,
//! `NULL`, an expression), `RAISE` with a format and `USING` options and `RAISE;`,
//! `PERFORM`, `NULL`, nested and labelled blocks, `EXCEPTION WHEN ... THEN` (a
//! subtransaction; the condition names of `conditions.rs`), `LOOP`, `WHILE`, `FOR`
//! over an integer range, a query or `EXECUTE`, `FOREACH ... IN ARRAY`,
//! `EXIT`/`CONTINUE [label] [WHEN]`, `EXECUTE ... [INTO [STRICT]] [USING]`, `GET
//! [STACKED] DIAGNOSTICS`, SQL statements (INSERT/UPDATE/DELETE, `SELECT ... INTO`,
//! and in DO blocks any statement the engine runs) with `FOUND`. Cursors, `CASE`,
//! `RETURN NEXT/QUERY`, `ASSERT`, transaction control and the rest are refused by
//! name when the function is created.

mod conditions;
#[cfg(test)]
mod control_tests;
pub mod exec;
pub mod parse;
mod raise;

pub use crate::routine_defs::plpgsql_tree::*;
