//! Data statements: INSERT, UPDATE, DELETE/TRUNCATE, SELECT. Shared here: resolving a
//! single-table FROM, assignment coercion with PostgreSQL's message, and foreign-key
//! actions when referenced rows change.

pub mod copy;
pub mod delete;
pub mod insert;
pub mod modifying_with;
pub(crate) mod nested_with;
pub mod returning;
pub mod select;
pub(crate) mod snapshot_scan;
pub(crate) mod stage;
pub mod update;
pub mod upsert;
mod upsert_inference;
pub mod with;

use crate::catalog::{ConstraintKind, RefAction, Row};
use crate::error::PgError;
use crate::expr::{Expr, Scope};
use crate::key_equality;
use crate::types::{CastContext, SqlType};
use crate::value::Value;
use crate::{object_name, Engine, Failure};
use sqlparser::ast;

/// The table (and alias) of a single-table FROM / UPDATE target.
pub fn single_table(t: &ast::TableWithJoins) -> Result<(String, Option<String>), PgError> {
    if !t.joins.is_empty() {
        return Err(PgError::unsupported("joins"));
    }
    match &t.relation {
        ast::TableFactor::Table { name, alias, .. } => Ok((
            object_name(name),
            alias.as_ref().map(|a| crate::ident(&a.name)),
        )),
        other => Err(PgError::unsupported(format!("FROM {other}"))),
    }
}

/// The first row of `target` ++ a `source` row (or `target` alone without a source)
/// for which `filter` holds: UPDATE ... FROM and DELETE ... USING match this way.
pub fn first_match(
    target: &[Value],
    source: Option<&[Vec<Value>]>,
    filter: Option<&Expr>,
    env: &mut crate::expr::Env,
    table: &str,
    pos: usize,
) -> Result<Option<Vec<Value>>, Failure> {
    let candidates: Vec<Vec<Value>> = match source {
        None => vec![target.to_vec()],
        Some(s) => s
            .iter()
            .map(|r| target.iter().chain(r).cloned().collect())
            .collect(),
    };
    for combined in candidates {
        let passes = match filter {
            Some(f) => {
                f.eval(&combined, env)
                    .map_err(|e| Failure::rows(e, table, vec![pos]))?
                    == Value::Bool(true)
            }
            None => true,
        };
        if passes {
            return Ok(Some(combined));
        }
    }
    Ok(None)
}

/// Coerces an expression for storing into `column`, with PostgreSQL's message when no
/// assignment cast exists.
pub fn assign(scope: &Scope, e: Expr, column: &str, ty: &SqlType) -> Result<Expr, PgError> {
    let from = e.ty.clone();
    scope.coerce(e, ty, CastContext::Assignment).map_err(|err| {
        if err.sqlstate == "42804" {
            PgError::new(
                "42804",
                format!(
                    "column \"{column}\" is of type {} but expression is of type {}",
                    ty.base_name(),
                    from.base_name()
                ),
            )
            .hint("You will need to rewrite or cast the expression.")
        } else {
            err
        }
    })
}

/// The type an unknown literal is read as before `ty`'s length coercion (the type
/// without its modifier). bpchar without a length is not a type of the engine's: its
/// input keeps the text as it is, as text's does.
pub(crate) fn literal_read_type(ty: &SqlType) -> SqlType {
    match ty {
        SqlType::Char(_) => SqlType::Text,
        other => other.without_typmod(),
    }
}

/// Coerces a value for storing into `column` as `transformAssignedExpr` does: an
/// unknown literal is read by the base type's input function at analysis (its 22P02
/// now), and a type modifier is a length coercion on top of it, which the planner
/// folds later (its 22001 or 22003 after the whole statement is analysed).
pub fn assign_column(
    scope: &Scope,
    e: Expr,
    column: &crate::catalog::Column,
) -> Result<Expr, PgError> {
    let base = literal_read_type(&column.ty);
    if e.ty == SqlType::Unknown
        && matches!(e.node, crate::expr::Node::Const(_))
        && base != column.ty
    {
        let read = assign(scope, e, &column.name, &base)?;
        return Ok(Expr {
            node: crate::expr::Node::Cast(Box::new(read), false),
            ty: column.ty.clone(),
        });
    }
    assign(scope, e, &column.name, &column.ty)
}

/// The planner's work on an UPDATE or DELETE before any row is read: constant folding
/// of its WHERE, RETURNING and FROM/USING list, selectivity estimation over the folded
/// WHERE, and the scan's clause order (the target alone: with a FROM/USING list the
/// clauses are a join's, not modelled, and stay as written). Then the FROM/USING rows
/// (unless `read_rows` is false: planning only).
pub(super) fn plan_scan(
    filter: &mut Option<Expr>,
    returning: &mut Option<returning::Returning>,
    source: &mut Option<crate::expr::query::FromList>,
    env: &mut crate::expr::Env,
    read_rows: bool,
) -> Result<Option<Vec<Row>>, PgError> {
    if let Some(f) = filter.as_mut() {
        f.fold(env)?;
    }
    if let Some(r) = returning.as_mut() {
        r.fold(env)?;
    }
    if let Some(s) = source.as_mut() {
        s.fold(env)?;
    }
    if let Some(f) = filter.as_mut() {
        crate::expr::restriction::estimate(f)?;
        if source.is_none() {
            crate::expr::restriction::order_quals(f);
        }
    }
    if !read_rows {
        return Ok(None);
    }
    source.as_ref().map(|s| s.rows(env)).transpose()
}

/// Requires a WHERE clause to be boolean.
pub fn where_clause(scope: &Scope, e: Option<&ast::Expr>) -> Result<Option<Expr>, PgError> {
    let Some(e) = e else { return Ok(None) };
    let bound = scope.bind(e)?;
    match bound.ty {
        SqlType::Boolean => Ok(Some(bound)),
        SqlType::Unknown => Ok(Some(scope.coerce(
            bound,
            &SqlType::Boolean,
            CastContext::Implicit,
        )?)),
        ref other => Err(PgError::new(
            "42804",
            format!(
                "argument of WHERE must be type boolean, not type {}",
                other.base_name()
            ),
        )),
    }
}

/// Applies ON DELETE / ON UPDATE actions of foreign keys referencing `table` for rows
/// whose key changed or vanished: `old_rows` are the rows before, `new_rows` what
/// became of them (`None` = deleted). Raises 23503 for NO ACTION / RESTRICT.
pub fn referenced_rows_changed(
    engine: &mut Engine,
    table: &str,
    old_rows: &[Row],
    new_rows: &[Option<Row>],
) -> Result<(), Failure> {
    let referencing: Vec<(String, String)> = crate::ddl_dependents(engine, table);
    for (ref_table, constraint_name) in referencing {
        let Some(child) = engine.db.tables.get(&ref_table).cloned() else {
            continue;
        };
        let Some(constraint) = child.constraint(&constraint_name).cloned() else {
            continue;
        };
        let ConstraintKind::ForeignKey {
            columns,
            ref_columns,
            on_delete,
            on_update,
            ..
        } = &constraint.kind
        else {
            continue;
        };
        let parent = engine.table(table)?.clone();
        let parent_idx: Vec<usize> = ref_columns
            .iter()
            .filter_map(|c| parent.column_index(c))
            .collect();
        let child_idx: Vec<usize> = columns
            .iter()
            .filter_map(|c| child.column_index(c))
            .collect();
        let key =
            |r: &Row, idx: &[usize]| idx.iter().map(|&i| r[i].clone()).collect::<Vec<Value>>();
        // The key's equality (the referenced columns' operator class): the old key's
        // referencing rows and its other referenced rows are found with it. Whether the
        // key changed at all is a byte comparison (`ri_KeysEqual`), below.
        let ops = key_equality::operators(parent_idx.iter().map(|&i| &parent.columns[i].ty));
        let mut child_rows = child.rows.clone();
        let mut delete_positions = Vec::new();
        // Rows the action rewrote: their new versions go to the end of the heap.
        let mut updated_positions: Vec<usize> = Vec::new();
        for (old, new) in old_rows.iter().zip(new_rows) {
            let old_key = key(old, &parent_idx);
            if old_key.iter().any(Value::is_null) {
                continue;
            }
            let old_ref: Vec<&Value> = old_key.iter().collect();
            let (action, deleted) = match new {
                None => (*on_delete, true),
                Some(n) => {
                    let new_key = key(n, &parent_idx);
                    if old_key.iter().zip(&new_key).all(|(a, b)| a.same_key(b)) {
                        continue;
                    }
                    (*on_update, false)
                }
            };
            // NO ACTION only (`ri_restrict`'s `ri_Check_Pk_Match`): still satisfied by
            // another parent row with the same key under the key's equality (a citext
            // key updated to another case still matches)? RESTRICT and the actions
            // ignore such a row: `'Foo'` to `'FOO'` cascades and RESTRICT refuses it.
            let still_present = action == RefAction::NoAction
                && parent.rows.iter().any(|r| {
                    let k = key(r, &parent_idx);
                    key_equality::keys_equal(&ops, &k.iter().collect::<Vec<_>>(), &old_ref)
                });
            if still_present {
                continue;
            }
            let hits: Vec<usize> = child_rows
                .iter()
                .enumerate()
                .filter(|(_, r)| {
                    let k = key(r, &child_idx);
                    key_equality::keys_equal(&ops, &k.iter().collect::<Vec<_>>(), &old_ref)
                })
                .map(|(p, _)| p)
                .collect();
            if hits.is_empty() {
                continue;
            }
            match action {
                RefAction::NoAction | RefAction::Restrict => {
                    let cols = ref_columns
                        .iter()
                        .map(|c| crate::deparse::quote_ident(c))
                        .collect::<Vec<_>>()
                        .join(", ");
                    let vals: Vec<String> = parent_idx
                        .iter()
                        .zip(&old_key)
                        .map(|(&i, v)| {
                            v.output(&parent.columns[i].ty)
                                .unwrap_or_else(|| "null".into())
                        })
                        .collect();
                    let vals = vals.join(", ");
                    // RESTRICT is checked immediately and worded differently from NO ACTION.
                    let error = if action == RefAction::Restrict {
                        PgError::new(
                            "23001",
                            format!("update or delete on table \"{table}\" violates RESTRICT setting of foreign key constraint \"{constraint_name}\" on table \"{ref_table}\""),
                        )
                        .detail(format!("Key ({cols})=({vals}) is referenced from table \"{ref_table}\"."))
                    } else {
                        PgError::new(
                            "23503",
                            format!("update or delete on table \"{table}\" violates foreign key constraint \"{constraint_name}\" on table \"{ref_table}\""),
                        )
                        .detail(format!("Key ({cols})=({vals}) is still referenced from table \"{ref_table}\"."))
                    };
                    return Err(error.into());
                }
                RefAction::Cascade if deleted => delete_positions.extend(hits),
                RefAction::Cascade => {
                    if let Some(n) = new {
                        let new_key = key(n, &parent_idx);
                        for p in hits {
                            for (&ci, v) in child_idx.iter().zip(&new_key) {
                                child_rows[p][ci] = v.clone();
                            }
                            updated_positions.push(p);
                        }
                    }
                }
                RefAction::SetNull | RefAction::SetDefault => {
                    for p in hits {
                        for &ci in &child_idx {
                            child_rows[p][ci] = Value::Null;
                        }
                        updated_positions.push(p);
                        if let Some(&ci) = child_idx.iter().find(|&&ci| child.columns[ci].not_null)
                        {
                            return Err(PgError::new(
                                "23502",
                                format!(
                                    "null value in column \"{}\" of relation \"{ref_table}\" violates not-null constraint",
                                    child.columns[ci].name
                                ),
                            )
                            .detail(crate::rows::failing_row(&child, &child_rows[p]))
                            .into());
                        }
                    }
                }
            }
        }
        delete_positions.sort_unstable();
        delete_positions.dedup();
        let removed: Vec<Row> = delete_positions
            .iter()
            .map(|&p| child_rows[p].clone())
            .collect();
        updated_positions.dedup();
        let mut kept: Vec<Row> = child_rows
            .iter()
            .enumerate()
            .filter(|(p, _)| !delete_positions.contains(p) && !updated_positions.contains(p))
            .map(|(_, r)| r.clone())
            .collect();
        kept.extend(
            updated_positions
                .iter()
                .filter(|p| !delete_positions.contains(p))
                .map(|&p| child_rows[p].clone()),
        );
        let moved = updated_positions
            .iter()
            .filter(|p| !delete_positions.contains(p))
            .count();
        let rewritten = kept.len() - moved..kept.len();
        engine.table_mut(&ref_table)?.rows = kept.into();
        if !updated_positions.is_empty() && child.columns.iter().any(|c| c.generated.is_some()) {
            // The action's UPDATE computes the child's generated columns.
            let positions: Vec<usize> = rewritten.collect();
            crate::generated::refresh(engine, &ref_table, Some(&positions))?;
        }
        if !removed.is_empty() && ref_table != table {
            let gone = vec![None; removed.len()];
            referenced_rows_changed(engine, &ref_table, &removed, &gone)?;
        }
    }
    Ok(())
}
