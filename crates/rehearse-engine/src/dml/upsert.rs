//! INSERT ... ON CONFLICT: the arbiter indexes inferred as PostgreSQL's
//! `infer_arbiter_indexes` does (the unique indexes whose key columns are exactly the
//! target's, a partial one only when the target's WHERE proves its predicate — see
//! `upsert_inference.rs`; or the index of `ON CONSTRAINT name`), then each
//! proposed row checked against them before it is inserted (`ExecInsert`'s
//! speculative insertion): DO NOTHING skips it; DO UPDATE updates the conflicting row
//! from `SET` (which sees that row and `EXCLUDED`, the proposed one) when `WHERE`
//! holds, and raises 21000 when that row was inserted or updated by the same command.
//!
//! **Invariant:** an updated row's new version goes to the end of the heap, as
//! PostgreSQL's does; the old version stays in place, dead, until the statement ends
//! ([`compact`]), so the unique keys' row positions stay valid meanwhile.

use super::assign;
use crate::catalog::{IndexKey, Row, Table};
use crate::error::PgError;
use crate::expr::query::{Clause, Context};
use crate::expr::{Env, Expr, Scope};
use crate::routines::triggers::Firing;
use crate::routines::{Timing, TriggerEvent};
use crate::rows::{check_row, UniqueKeys};
use crate::value::Value;
use crate::{ident, object_name, Engine, Failure};
use sqlparser::ast;
use std::collections::{BTreeMap, BTreeSet};

/// A bound ON CONFLICT clause.
pub enum OnConflict {
    /// DO NOTHING; the arbiters' names (`None`: every unique index).
    Nothing(Option<Vec<String>>),
    /// DO UPDATE.
    Update(Update),
}

/// DO UPDATE SET ... [WHERE ...], over the row `existing ++ proposed`.
pub struct Update {
    arbiters: Vec<String>,
    sets: Vec<(usize, Expr)>,
    filter: Option<Expr>,
    /// The table's generated columns, recomputed on the new version.
    generators: crate::generated::Generators,
    /// The BEFORE UPDATE row triggers: DO UPDATE is `ExecUpdate`, which fires them
    /// on the new version before its constraints and unique keys are checked.
    before: Firing,
    /// The table has AFTER UPDATE row triggers this DO UPDATE would fire: refused when
    /// a row is about to be updated (not before: PostgreSQL's errors on the rows
    /// before it, 21000 included, are answered).
    after_update_refused: Option<PgError>,
}

/// What became of one proposed row.
pub enum Outcome {
    /// Inserted at this position.
    Inserted(usize),
    /// The conflicting row was updated: its old version, and the new one's position.
    Updated(Row, usize),
    /// Skipped (DO NOTHING, or DO UPDATE whose WHERE did not hold).
    Skipped,
}

/// What the statement did so far: the positions of rows it inserted or updated (a
/// second conflict with one is 21000), and the dead old versions.
#[derive(Default)]
pub struct Progress {
    touched: BTreeSet<usize>,
    pub dead: BTreeSet<usize>,
}

impl OnConflict {
    /// The clause's parse analysis alone (its target's names, SET and WHERE), which
    /// comes before RETURNING's; `bind` infers the arbiters, which is the planner's
    /// (so 42P10 comes after every analysis and rewriter error).
    pub fn analyse(
        engine: &Engine,
        table: &Table,
        insert: &ast::Insert,
        inference_where: Option<&ast::Expr>,
    ) -> Result<(), PgError> {
        Self::bind_inferring(engine, table, insert, inference_where, false).map(|_| ())
    }

    /// Binds the clause for `table` (`None`: no ON CONFLICT).
    pub fn bind(
        engine: &Engine,
        table: &Table,
        insert: &ast::Insert,
        inference_where: Option<&ast::Expr>,
    ) -> Result<Option<OnConflict>, PgError> {
        Self::bind_inferring(engine, table, insert, inference_where, true)
    }

    /// `infer`: whether to infer the arbiters (else they are left empty).
    fn bind_inferring(
        engine: &Engine,
        table: &Table,
        insert: &ast::Insert,
        inference_where: Option<&ast::Expr>,
        infer: bool,
    ) -> Result<Option<OnConflict>, PgError> {
        // The target's name in the statement (its alias, when given).
        let name = insert
            .table_alias
            .as_ref()
            .map(ident)
            .unwrap_or_else(|| table.name.clone());
        let arbiters = |table: &Table, target: &ast::ConflictTarget| {
            if infer {
                arbiters(engine, table, &name, target, inference_where)
            } else {
                Ok(Vec::new())
            }
        };
        let on_conflict = match &insert.on {
            None => return Ok(None),
            Some(ast::OnInsert::OnConflict(c)) => c,
            Some(other) => return Err(PgError::unsupported(format!("INSERT ... {other}"))),
        };
        let target = on_conflict.conflict_target.as_ref();
        // Parse analysis first (the target's names, then SET and WHERE); the arbiter
        // indexes are the planner's (42P10 comes after every analysis error).
        if let Some(t) = target {
            check_target(table, t)?;
        }
        if let Some(w) = inference_where {
            super::upsert_inference::bind_where(engine, table, &name, w)?;
        }
        match &on_conflict.action {
            ast::OnConflictAction::DoNothing => Ok(Some(OnConflict::Nothing(
                target.map(|t| arbiters(table, t)).transpose()?,
            ))),
            ast::OnConflictAction::DoUpdate(update) => {
                let Some(target) = target else {
                    return Err(PgError::new(
                        "42601",
                        "ON CONFLICT DO UPDATE requires inference specification or constraint name",
                    )
                    .hint("For example, ON CONFLICT (column_name)."));
                };
                let mut bound = bind_update(engine, table, &name, update)?;
                bound.arbiters = arbiters(table, target)?;
                if infer {
                    bound.after_update_refused =
                        refuse_after_update_triggers(engine, table, &bound).err();
                }
                Ok(Some(OnConflict::Update(bound)))
            }
        }
    }

    /// Inserts `row` into `t` unless it conflicts in an arbiter index; then does what
    /// the clause says.
    pub fn insert(
        &self,
        t: &mut Table,
        row: Row,
        unique: &mut UniqueKeys,
        progress: &mut Progress,
        enums: &BTreeMap<String, Vec<String>>,
        env: &mut Env,
    ) -> Result<Outcome, Failure> {
        let arbiters = match self {
            OnConflict::Nothing(a) => a.as_deref(),
            OnConflict::Update(u) => Some(u.arbiters.as_slice()),
        };
        let Some(existing) = unique.conflict(&row, arbiters, env)? else {
            t.rows.push(row);
            let pos = t.rows.len() - 1;
            unique.add(t, pos, env)?;
            progress.touched.insert(pos);
            return Ok(Outcome::Inserted(pos));
        };
        let OnConflict::Update(update) = self else {
            return Ok(Outcome::Skipped);
        };
        if progress.touched.contains(&existing) {
            return Err(PgError::new(
                "21000",
                "ON CONFLICT DO UPDATE command cannot affect row a second time",
            )
            .hint("Ensure that no rows proposed for insertion within the same command have duplicate constrained values.")
            .into());
        }
        let old = t.rows[existing].clone();
        let combined: Row = old.iter().chain(row.iter()).cloned().collect();
        if let Some(f) = &update.filter {
            if f.eval(&combined, env)? != Value::Bool(true) {
                return Ok(Outcome::Skipped);
            }
        }
        if let Some(refusal) = &update.after_update_refused {
            return Err(refusal.clone().into());
        }
        let mut new_row = old.clone();
        for (i, e) in &update.sets {
            new_row[*i] = e.eval(&combined, env)?;
        }
        if !update.before.is_empty() {
            // As UPDATE's: the trigger sees the stored generated columns unset, and
            // may change any column (the keys too) or skip the row.
            update.generators.clear(&mut new_row);
            match update.before.before(env, Some(&old), Some(new_row))? {
                Some(row) => new_row = row,
                None => return Ok(Outcome::Skipped),
            }
        }
        update.generators.fill(&mut new_row, env)?;
        check_row(t, &new_row, enums, env)?;
        unique.remove(&old, existing, env)?;
        progress.dead.insert(existing);
        t.rows.push(new_row);
        let pos = t.rows.len() - 1;
        unique.add(t, pos, env)?;
        progress.touched.insert(pos);
        Ok(Outcome::Updated(old, pos))
    }
}

/// AFTER UPDATE row triggers are not simulated for DO UPDATE: their events would
/// interleave with the AFTER INSERT ones in row order.
fn refuse_after_update_triggers(
    engine: &Engine,
    table: &Table,
    update: &Update,
) -> Result<(), PgError> {
    let assigned: Vec<String> = update
        .sets
        .iter()
        .map(|(i, _)| table.columns[*i].name.clone())
        .collect();
    let after = Firing::new(
        engine,
        &table.name,
        Timing::After,
        TriggerEvent::Update,
        &assigned,
    );
    if after.is_empty() {
        Ok(())
    } else {
        Err(PgError::unsupported(
            "INSERT ... ON CONFLICT DO UPDATE on a table with AFTER UPDATE row triggers",
        ))
    }
}

/// The errors parse analysis raises for the target: a column or constraint that does
/// not exist.
fn check_target(table: &Table, target: &ast::ConflictTarget) -> Result<(), PgError> {
    match target {
        ast::ConflictTarget::OnConstraint(name) => {
            let name = object_name(name);
            if table.constraint(&name).is_none() {
                return Err(PgError::new(
                    "42704",
                    format!(
                        "constraint \"{name}\" for table \"{}\" does not exist",
                        table.name
                    ),
                ));
            }
        }
        ast::ConflictTarget::Columns(columns) => {
            for c in columns {
                let name = ident(c);
                if table.column_index(&name).is_none() {
                    return Err(PgError::new(
                        "42703",
                        format!("column \"{name}\" does not exist"),
                    ));
                }
            }
        }
    }
    Ok(())
}

/// The arbiter indexes' names for `(columns)` or `ON CONSTRAINT name`.
fn arbiters(
    engine: &Engine,
    table: &Table,
    name: &str,
    target: &ast::ConflictTarget,
    inference_where: Option<&ast::Expr>,
) -> Result<Vec<String>, PgError> {
    let name_of =
        |i: &crate::catalog::Index| i.constraint.clone().unwrap_or_else(|| i.name.clone());
    match target {
        ast::ConflictTarget::OnConstraint(name) => {
            let name = object_name(name);
            match table
                .indexes
                .iter()
                .find(|i| i.constraint.as_deref() == Some(name.as_str()))
            {
                Some(i) => Ok(vec![name_of(i)]),
                None => Err(PgError::unsupported(format!(
                    "ON CONFLICT ON CONSTRAINT {name}, a constraint without an index"
                ))),
            }
        }
        ast::ConflictTarget::Columns(columns) => {
            // (`check_target` has found every column.)
            let wanted: BTreeSet<String> = columns.iter().map(ident).collect();
            let mut found = Vec::new();
            for index in table.indexes.iter().filter(|i| {
                let keys: Option<BTreeSet<String>> = i
                    .keys
                    .iter()
                    .map(|k| match k {
                        IndexKey::Column(c) => Some(c.clone()),
                        IndexKey::Expr(_) => None,
                    })
                    .collect();
                i.unique && i.valid && keys.is_some_and(|k| k == wanted)
            }) {
                let usable = match &index.predicate {
                    None => true,
                    Some(predicate) => super::upsert_inference::implied(
                        engine,
                        table,
                        name,
                        index,
                        predicate,
                        inference_where,
                    )?,
                };
                if usable {
                    found.push(name_of(index));
                }
            }
            if found.is_empty() {
                return Err(PgError::new(
                    "42P10",
                    "there is no unique or exclusion constraint matching the ON CONFLICT specification",
                ));
            }
            Ok(found)
        }
    }
}

/// Binds SET and WHERE in a scope of the table's row (by its name or alias) followed
/// by `excluded`'s.
fn bind_update(
    engine: &Engine,
    table: &Table,
    name: &str,
    update: &ast::DoUpdate,
) -> Result<Update, PgError> {
    let context = Context::new(&engine.db.tables, Clause::Update);
    let scope = Scope {
        table: name,
        columns: table.scope_columns(),
        enums: &engine.db.enums,
        extensions: Some(&engine.db.extensions),
        joined: vec![("excluded".to_string(), table.scope_columns())],
        query: Some(&context),
    };
    // As for UPDATE: every right-hand side, then the targets.
    let mut values = Vec::new();
    for a in &update.assignments {
        let is_default = matches!(&a.value, ast::Expr::Identifier(id) if id.quote_style.is_none() && id.value.eq_ignore_ascii_case("default"));
        if is_default {
            return Err(PgError::unsupported(
                "ON CONFLICT DO UPDATE SET column = DEFAULT",
            ));
        }
        values.push(scope.bind(&a.value)?);
    }
    let mut sets: Vec<(usize, Expr)> = Vec::new();
    for (a, value) in update.assignments.iter().zip(values) {
        let ast::AssignmentTarget::ColumnName(target) = &a.target else {
            return Err(PgError::unsupported("multi-column assignment"));
        };
        let column = target.0.last().map(ident).unwrap_or_default();
        let Some(i) = table.column_index(&column) else {
            return Err(PgError::new(
                "42703",
                format!(
                    "column \"{column}\" of relation \"{}\" does not exist",
                    table.name
                ),
            ));
        };
        if sets.iter().any(|(j, _)| *j == i) {
            return Err(PgError::new(
                "42601",
                format!("multiple assignments to same column \"{column}\""),
            ));
        }
        let c = &table.columns[i];
        if c.generated.is_some() {
            return Err(crate::generated::update_error(&column));
        }
        if c.identity.is_some() {
            return Err(PgError::unsupported(format!(
                "ON CONFLICT DO UPDATE of the identity column \"{column}\""
            )));
        }
        sets.push((i, assign(&scope, value, &c.name, &c.ty)?));
    }
    context.clause.set(Clause::Where);
    let filter = super::where_clause(&scope, update.selection.as_ref())?;
    let assigned: Vec<String> = sets
        .iter()
        .map(|(i, _)| table.columns[*i].name.clone())
        .collect();
    Ok(Update {
        arbiters: Vec::new(),
        sets,
        filter,
        generators: crate::generated::Generators::bind(engine, table)?,
        before: Firing::new(
            engine,
            &table.name,
            Timing::Before,
            TriggerEvent::Update,
            &assigned,
        ),
        after_update_refused: None,
    })
}

/// Removes the dead old versions; returns the new positions of `positions`.
pub fn compact(t: &mut Table, dead: &BTreeSet<usize>, positions: &[usize]) -> Vec<usize> {
    if dead.is_empty() {
        return positions.to_vec();
    }
    let rows = std::mem::take(&mut t.rows).into_inner();
    let mut new_index = vec![usize::MAX; rows.len()];
    let mut kept = Vec::with_capacity(rows.len() - dead.len());
    for (pos, row) in rows.into_iter().enumerate() {
        if !dead.contains(&pos) {
            new_index[pos] = kept.len();
            kept.push(row);
        }
    }
    t.rows = kept.into();
    positions
        .iter()
        .map(|&p| new_index[p])
        .filter(|&p| p != usize::MAX)
        .collect()
}
