//! The types PL/pgSQL's cached plans were prepared with, per session.
//!
//! PL/pgSQL prepares each expression of a function's body the first time it runs and
//! keeps the plan for the rest of the session (a ROLLBACK keeps it too). A trigger
//! function's `NEW.col` / `OLD.col` are the plan's parameters, typed as the column
//! was then; after `ALTER COLUMN col TYPE` to another type, evaluating that expression
//! again is PostgreSQL's 42804 "type of parameter N (integer) does not match that when
//! preparing the plan (numeric)" (measured on PGlite; a typmod-only change, a column
//! only assigned to, or changing the type back are fine). N is the field's datum
//! number among the function's compiled variables, which Rehearse does not model, and
//! whether the expression runs again depends on the path taken: so a trigger function
//! about to run on a table where a field it read earlier in the session now has
//! another type is refused by name, never run with a fresh plan.
//!
//! **Invariant:** the record lives with the session's sequence state
//! (`SequenceSession`), which the engine carries across every rollback.

use crate::error::PgError;
use crate::types::SqlType;
use std::collections::{BTreeMap, BTreeSet};

/// Per trigger function and table: each `NEW`/`OLD` field its body read, with the
/// field's type (without typmod) when first read.
#[derive(Debug, Clone, Default)]
pub struct PlanTypes {
    read: BTreeMap<(String, String), BTreeMap<String, SqlType>>,
}

impl PlanTypes {
    /// Refuses a trigger function whose earlier run on `table` read a field whose type
    /// changed since (`columns`: the table's columns now).
    pub(crate) fn check(
        &self,
        function: &str,
        table: &str,
        columns: &[(String, SqlType)],
    ) -> Result<(), PgError> {
        let Some(fields) = self.read.get(&(function.to_string(), table.to_string())) else {
            return Ok(());
        };
        for (field, then) in fields {
            let now = columns.iter().find(|(c, _)| c == field).map(|(_, t)| t);
            if now.is_some_and(|now| now.without_typmod() != *then) {
                return Err(PgError::unsupported(format!(
                    "a PL/pgSQL trigger function ({function}) run again after the type of a column it read (\"{field}\") changed in the session (PostgreSQL's cached plan raises 42804 \"type of parameter N ... does not match that when preparing the plan\" where the expression runs again)"
                )));
            }
        }
        Ok(())
    }

    /// Records the fields a run of `function` on `table` read.
    pub(crate) fn record(
        &mut self,
        function: &str,
        table: &str,
        columns: &[(String, SqlType)],
        fields: &BTreeSet<String>,
    ) {
        if fields.is_empty() {
            return;
        }
        let entry = self
            .read
            .entry((function.to_string(), table.to_string()))
            .or_default();
        for field in fields {
            if let Some((_, ty)) = columns.iter().find(|(c, _)| c == field) {
                entry
                    .entry(field.clone())
                    .or_insert_with(|| ty.without_typmod());
            }
        }
    }
}
