//! UPDATE ... SET ... WHERE.

use super::snapshot_scan::{Scanned, TargetSnapshot};
use super::{referenced_rows_changed, single_table, where_clause};
use crate::catalog::IndexKey;
use crate::error::PgError;
use crate::expr::query::{bind_from_list, Clause, Context, Ctes, FromList};
use crate::expr::Scope;
use crate::routines::statement_triggers::StatementFiring;
use crate::routines::triggers::Firing;
use crate::routines::{Timing, TriggerEvent};
use crate::rows::{check_foreign_keys, check_row, UniqueKeys};
use crate::value::Value;
use crate::{object_name, Engine, Failure, StatementResult};
use sqlparser::ast;

/// Runs UPDATE.
pub fn run(
    engine: &mut Engine,
    target: &ast::TableWithJoins,
    assignments: &[ast::Assignment],
    from: Option<&ast::TableWithJoins>,
    selection: Option<&ast::Expr>,
    returning: Option<&[ast::SelectItem]>,
) -> StatementResult {
    run_with_ctes(
        engine,
        &Ctes::default(),
        target,
        assignments,
        from,
        selection,
        returning,
    )
}

/// Runs UPDATE under a statement's WITH queries.
pub fn run_with_ctes(
    engine: &mut Engine,
    ctes: &Ctes,
    target: &ast::TableWithJoins,
    assignments: &[ast::Assignment],
    from: Option<&ast::TableWithJoins>,
    selection: Option<&ast::Expr>,
    returning: Option<&[ast::SelectItem]>,
) -> StatementResult {
    let mut returned = None;
    let result = update_rows(
        engine,
        ctes,
        target,
        assignments,
        from,
        selection,
        returning,
        &mut returned,
    );
    super::stage::finish(engine, &result, returned);
    result
}

/// UPDATE, its RETURNING rows kept in `returned` as they are produced.
#[allow(clippy::too_many_arguments)]
fn update_rows(
    engine: &mut Engine,
    ctes: &Ctes,
    target: &ast::TableWithJoins,
    assignments: &[ast::Assignment],
    from: Option<&ast::TableWithJoins>,
    selection: Option<&ast::Expr>,
    returning: Option<&[ast::SelectItem]>,
    returned: &mut Option<super::returning::Returned>,
) -> StatementResult {
    let (table_name, alias) = single_table(target)?;
    let table = engine.table(&table_name)?.clone();
    let scope_name = alias.unwrap_or_else(|| table_name.clone());
    // UPDATE ... FROM: the FROM list's relations, whose columns follow the target's in
    // each evaluated row; a target row is updated from the first source row it matches.
    // Views the statement reads (in FROM or in WHERE's subqueries), as tables.
    let with_views = crate::views::tables_for(
        engine,
        &crate::views::Parts(from, selection),
        crate::views::Reading::Rows,
    )?;
    let mut source = match from {
        Some(f) => Some(bind_from_list(
            &with_views,
            &engine.db.enums,
            &engine.db.extensions,
            ctes,
            std::slice::from_ref(f),
            &crate::expr::range_table::target_level(&scope_name, &table),
        )?),
        None => None,
    };
    let joined = source
        .as_ref()
        .map(FromList::scope_relations)
        .unwrap_or_default();
    let mut context = Context::new(&with_views, Clause::Where);
    context.ctes = ctes.0.clone();
    *context.join_columns.get_mut() = source
        .as_ref()
        .and_then(|s| s.scope_join_columns(&table.scope_columns()));
    let scope = Scope {
        table: &scope_name,
        columns: table.scope_columns(),
        enums: &engine.db.enums,
        extensions: Some(&engine.db.extensions),
        joined,
        query: Some(&context),
    };
    // PostgreSQL analyses WHERE, then RETURNING, then the SET list
    // (`transformUpdateStmt`): a RETURNING error comes before a SET value's.
    let mut filter = where_clause(&scope, selection)?;
    let mut returning = returning
        .map(|items| super::returning::Returning::bind(&scope, items))
        .transpose()?;
    context.clause.set(Clause::Update);
    // transformUpdateTargetList analyses every right-hand side before it resolves the
    // target columns.
    for a in assignments {
        let is_default = matches!(&a.value, ast::Expr::Identifier(id) if id.quote_style.is_none() && id.value.eq_ignore_ascii_case("default"));
        if !is_default {
            scope.bind(&a.value)?;
        }
    }
    let mut sets = Vec::new();
    // Generated and GENERATED ALWAYS identity columns assigned a value: the rewriter's
    // errors (rewriteTargetListIU, in column order), after parse analysis.
    let mut rewriter_errors: Vec<(usize, PgError)> = Vec::new();
    for a in assignments {
        let ast::AssignmentTarget::ColumnName(name) = &a.target else {
            return Err(PgError::unsupported("multi-column assignment").into());
        };
        let column = object_name(name);
        let i = table
            .column_index(&column)
            .ok_or_else(|| PgError::undefined_column_of(&column, &table_name))?;
        let is_default = matches!(&a.value, ast::Expr::Identifier(id) if id.quote_style.is_none() && id.value.eq_ignore_ascii_case("default"));
        if !is_default
            && table.columns[i]
                .identity
                .as_ref()
                .is_some_and(|id| id.always)
        {
            rewriter_errors.push((
                i,
                PgError::new(
                    "428C9",
                    format!("column \"{column}\" can only be updated to DEFAULT"),
                )
                .detail(format!(
                    "Column \"{column}\" is an identity column defined as GENERATED ALWAYS."
                )),
            ));
        } else if !is_default && table.columns[i].generated.is_some() {
            rewriter_errors.push((i, crate::generated::update_error(&table.columns[i].name)));
        }
        let value = if is_default {
            match &table.columns[i].default {
                Some(d) => scope.bind(d)?,
                None => crate::expr::Expr::constant(Value::Null, crate::types::SqlType::Unknown),
            }
        } else {
            scope.bind(&a.value)?
        };
        sets.push((i, super::assign_column(&scope, value, &table.columns[i])?));
    }
    *returned = returning.as_ref().map(super::returning::Returning::empty);
    // The rewriter's errors come after parse analysis of the whole statement: in a
    // data-modifying WITH, after every statement of the clause is analysed.
    if super::stage::stops(engine, super::stage::Stage::Analysed) {
        return Ok(Vec::new());
    }
    if let Some((_, err)) = rewriter_errors.into_iter().min_by_key(|(i, _)| *i) {
        return Err(err.into());
    }
    let planning_only = super::stage::planning_only(engine);
    let stopped_at_plan = super::stage::stops(engine, super::stage::Stage::Planned);
    let generators = crate::generated::Generators::bind(engine, &table)?;
    let enums = engine.db.enums.clone();
    let assigned: Vec<String> = sets
        .iter()
        .map(|(i, _)| table.columns[*i].name.clone())
        .collect();
    let before = Firing::new(
        engine,
        &table_name,
        Timing::Before,
        TriggerEvent::Update,
        &assigned,
    );
    let after = Firing::new(
        engine,
        &table_name,
        Timing::After,
        TriggerEvent::Update,
        &assigned,
    );
    // In a data-modifying WITH: the statement's snapshot of the table.
    let mut snapshot = engine.take_snapshot(&table_name);
    let locks_first = super::snapshot_scan::locks_before_row_triggers(&table, TriggerEvent::Update);
    let after_statement = StatementFiring::new(
        engine,
        &table_name,
        Timing::After,
        TriggerEvent::Update,
        &assigned,
    );
    if !planning_only {
        StatementFiring::new(
            engine,
            &table_name,
            Timing::Before,
            TriggerEvent::Update,
            &assigned,
        )
        .fire(engine)?;
    }
    let (tables, mut env) = engine.split();
    let t = tables
        .get_mut(&table_name)
        .ok_or_else(|| PgError::undefined_table(&table_name))?;
    // Plan time: constants are folded (SET list in column order, then WHERE).
    let mut by_column: Vec<&mut (usize, crate::expr::Expr)> = sets.iter_mut().collect();
    by_column.sort_by_key(|(i, _)| *i);
    for (_, e) in by_column {
        e.fold(&mut env)?;
    }
    let source_rows = super::plan_scan(
        &mut filter,
        &mut returning,
        &mut source,
        &mut env,
        !planning_only,
    )?;
    if stopped_at_plan {
        return Ok(Vec::new());
    }
    // Row by row, as the executor does: compute the new version, check NOT NULL and
    // CHECK constraints, store it, check unique indexes — then the next row.
    let mut changed = Vec::new();
    let mut old_rows = Vec::new();
    let mut new_rows = Vec::new();
    // A unique index whose keys are columns this UPDATE does not assign (and which has
    // no predicate) cannot see a new duplicate: every row keeps its key, so there is
    // nothing to check (and no need to read every key of a big table first).
    // (A BEFORE trigger may change any column, keys included.)
    let keys_change = !before.is_empty() || !generators.is_empty() || {
        let assigned: Vec<&str> = sets
            .iter()
            .map(|(i, _)| t.columns[*i].name.as_str())
            .collect();
        t.indexes.iter().filter(|i| i.unique && i.valid).any(|i| {
            i.predicate.is_some()
                || i.keys.iter().any(|k| match k {
                    IndexKey::Column(c) => assigned.contains(&c.as_str()),
                    IndexKey::Expr(_) => true,
                })
        })
    };
    let mut unique = if keys_change {
        Some(UniqueKeys::new(t, &enums, &mut env)?)
    } else {
        None
    };
    // Rows an earlier statement of a data-modifying WITH wrote are read, evaluated and
    // checked as the others, then skipped (see `snapshot_scan`).
    let scan_rows = snapshot.as_ref().and_then(|s| s.rows.as_deref());
    for at in 0..TargetSnapshot::len(scan_rows, t.rows.len()) {
        let Scanned { at, pos, row } = TargetSnapshot::read(scan_rows, t, at);
        let Some(combined) = super::first_match(
            &row,
            source_rows.as_deref(),
            filter.as_ref(),
            &mut env,
            &table_name,
            at,
        )?
        else {
            continue;
        };
        let mut new_row = row.clone();
        for (i, e) in &sets {
            new_row[*i] = e
                .eval(&combined, &mut env)
                .map_err(|e| Failure::rows(e, &table_name, vec![at]))?;
        }
        // Locking the row for a BEFORE trigger finds it self-modified first.
        let Some(pos) = pos else {
            if locks_first {
                continue;
            }
            generators
                .fill(&mut new_row, &mut env)
                .map_err(|e| Failure::rows(e, &table_name, vec![at]))?;
            check_row(t, &new_row, &enums, &mut env)
                .map_err(|e| Failure::rows(e, &table_name, vec![at]))?;
            continue;
        };
        let mut new_row = if before.is_empty() {
            new_row
        } else {
            generators.clear(&mut new_row);
            match before
                .before(&mut env, Some(&row), Some(new_row))
                .map_err(|e| Failure::rows(e, &table_name, vec![at]))?
            {
                Some(r) => r,
                None => continue,
            }
        };
        generators
            .fill(&mut new_row, &mut env)
            .map_err(|e| Failure::rows(e, &table_name, vec![at]))?;
        check_row(t, &new_row, &enums, &mut env)
            .map_err(|e| Failure::rows(e, &table_name, vec![at]))?;
        if let Some(unique) = unique.as_mut() {
            unique
                .remove(&row, pos, &mut env)
                .map_err(|f| Failure::rows(f.error, &table_name, vec![at]))?;
        }
        t.rows[pos] = new_row.clone();
        if let Some(unique) = unique.as_mut() {
            unique
                .add(t, pos, &mut env)
                .map_err(|f| Failure::rows(f.error, &table_name, vec![at]))?;
        }
        if let (Some(r), Some(out)) = (&returning, returned.as_mut()) {
            // The new row with the FROM row it was updated from.
            let mut written = new_row.clone();
            written.extend_from_slice(&combined[new_row.len()..]);
            out.rows.push(
                r.eval(&written, &mut env)
                    .map_err(|e| Failure::rows(e, &table_name, vec![at]))?,
            );
        }
        changed.push(pos);
        old_rows.push(row);
        new_rows.push(new_row);
    }
    if let Some(s) = snapshot.as_mut() {
        s.written = changed.clone();
    }
    // New row versions go to the end of the heap, as PostgreSQL's do.
    engine.affected = changed.len();
    let t = engine.table_mut(&table_name)?;
    // One pass (removing rows one by one would be quadratic on a big table).
    let mut is_changed = vec![false; t.rows.len()];
    for &pos in &changed {
        is_changed[pos] = true;
    }
    let (moved, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut t.rows)
        .into_inner()
        .into_iter()
        .enumerate()
        .partition(|(pos, _)| is_changed[*pos]);
    t.rows = kept
        .into_iter()
        .map(|(_, row)| row)
        .collect::<Vec<_>>()
        .into();
    let first_moved = t.rows.len();
    t.rows.extend(moved.into_iter().map(|(_, row)| row));
    let changed: Vec<usize> = (first_moved..t.rows.len()).collect();
    let t = engine.table(&table_name)?;
    check_foreign_keys(&engine.db, t, &changed, None)?;
    let new_rows: Vec<_> = new_rows.into_iter().map(Some).collect();
    crate::routines::triggers::refuse_cascades_into_triggers(engine, &table_name)?;
    referenced_rows_changed(engine, &table_name, &old_rows, &new_rows)?;
    if !after.is_empty() {
        let rows = old_rows.into_iter().map(Some).zip(new_rows).collect();
        after.after(engine, rows)?;
    }
    after_statement.fire(engine)?;
    engine.snapshot = snapshot;
    engine.returned = returned.take();
    Ok(Vec::new())
}
