//! DELETE ... WHERE and TRUNCATE: the statements that destroy rows, so they report
//! the non-NULL cells lost.

use super::snapshot_scan::{Scanned, TargetSnapshot};
use super::{referenced_rows_changed, where_clause};
use crate::catalog::{Row, Table};
use crate::error::PgError;
use crate::routines::statement_triggers::StatementFiring;
use crate::routines::triggers::Firing;
use crate::routines::{Timing, TriggerEvent};
use crate::{object_name, Engine, Lost, StatementResult};
use sqlparser::ast;

fn lost_cells(table: &Table, rows: &[Row]) -> Vec<Lost> {
    table
        .columns
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let cells = rows.iter().filter(|r| !r[i].is_null()).count();
            (cells > 0).then(|| Lost {
                table: table.name.clone(),
                column: c.name.clone(),
                cells,
                changed: false,
            })
        })
        .collect()
}

/// Runs DELETE.
pub fn run(engine: &mut Engine, delete: &ast::Delete) -> StatementResult {
    run_with_ctes(engine, &crate::expr::query::Ctes::default(), delete)
}

/// Runs DELETE under a statement's WITH queries.
pub fn run_with_ctes(
    engine: &mut Engine,
    ctes: &crate::expr::query::Ctes,
    delete: &ast::Delete,
) -> StatementResult {
    let mut returned = None;
    let result = delete_rows(engine, ctes, delete, &mut returned);
    super::stage::finish(engine, &result, returned);
    result
}

/// DELETE, its RETURNING rows kept in `returned` as they are produced.
fn delete_rows(
    engine: &mut Engine,
    ctes: &crate::expr::query::Ctes,
    delete: &ast::Delete,
    returned: &mut Option<super::returning::Returned>,
) -> StatementResult {
    let from = match &delete.from {
        ast::FromTable::WithFromKeyword(t) | ast::FromTable::WithoutKeyword(t) => t,
    };
    let using = delete.using.as_deref().unwrap_or_default();
    if from.len() != 1 {
        return Err(PgError::unsupported("DELETE with several tables").into());
    }
    let (table_name, alias) = super::single_table(&from[0])?;
    let table = engine.table(&table_name)?.clone();
    let scope_name = alias.unwrap_or_else(|| table_name.clone());
    // Views the statement reads (in USING or in WHERE's subqueries), as tables.
    let with_views = crate::views::tables_for(
        engine,
        &crate::views::Parts(delete.using.as_ref(), delete.selection.as_ref()),
        crate::views::Reading::Rows,
    )?;
    // DELETE ... USING: a row goes when some row of the USING list matches.
    let mut source = if using.is_empty() {
        None
    } else {
        Some(crate::expr::query::bind_from_list(
            &with_views,
            &engine.db.enums,
            &engine.db.extensions,
            ctes,
            using,
            &crate::expr::range_table::target_level(&scope_name, &table),
        )?)
    };
    let joined = source
        .as_ref()
        .map(crate::expr::query::FromList::scope_relations)
        .unwrap_or_default();
    let mut context =
        crate::expr::query::Context::new(&with_views, crate::expr::query::Clause::Where);
    context.ctes = ctes.0.clone();
    *context.join_columns.get_mut() = source
        .as_ref()
        .and_then(|s| s.scope_join_columns(&table.scope_columns()));
    let scope = crate::expr::Scope {
        table: &scope_name,
        columns: table.scope_columns(),
        enums: &engine.db.enums,
        extensions: Some(&engine.db.extensions),
        joined,
        query: Some(&context),
    };
    let mut filter = where_clause(&scope, delete.selection.as_ref())?;
    let mut returning = delete
        .returning
        .as_deref()
        .map(|items| super::returning::Returning::bind(&scope, items))
        .transpose()?;
    *returned = returning.as_ref().map(super::returning::Returning::empty);
    if super::stage::stops(engine, super::stage::Stage::Analysed) {
        return Ok(Vec::new());
    }
    let planning_only = super::stage::planning_only(engine);
    let stopped_at_plan = super::stage::stops(engine, super::stage::Stage::Planned);
    let before = Firing::new(
        engine,
        &table_name,
        Timing::Before,
        TriggerEvent::Delete,
        &[],
    );
    let after = Firing::new(
        engine,
        &table_name,
        Timing::After,
        TriggerEvent::Delete,
        &[],
    );
    // In a data-modifying WITH: the statement's snapshot of the table.
    let mut snapshot = engine.take_snapshot(&table_name);
    let after_statement = StatementFiring::new(
        engine,
        &table_name,
        Timing::After,
        TriggerEvent::Delete,
        &[],
    );
    if !planning_only {
        StatementFiring::new(
            engine,
            &table_name,
            Timing::Before,
            TriggerEvent::Delete,
            &[],
        )
        .fire(engine)?;
    }
    let (_, mut env) = engine.split();
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
    let mut doomed = Vec::new();
    // Rows an earlier statement of a data-modifying WITH wrote are read and matched as
    // the others, then skipped: deleting them finds them self-modified (and so does
    // locking them for a BEFORE trigger), before RETURNING (see `snapshot_scan`).
    let scan_rows = snapshot.as_ref().and_then(|s| s.rows.as_deref());
    for at in 0..TargetSnapshot::len(scan_rows, table.rows.len()) {
        let Scanned { at, pos, row } = TargetSnapshot::read(scan_rows, &table, at);
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
        let Some(pos) = pos else { continue };
        // A BEFORE DELETE trigger returning NULL keeps the row.
        if before.is_empty()
            || before
                .before(&mut env, Some(&row), None)
                .map_err(|e| crate::Failure::rows(e, &table_name, vec![at]))?
                .is_some()
        {
            if let (Some(r), Some(out)) = (&returning, returned.as_mut()) {
                out.rows.push(
                    r.eval(&combined, &mut env)
                        .map_err(|e| crate::Failure::rows(e, &table_name, vec![at]))?,
                );
            }
            doomed.push(pos);
        }
    }
    if let Some(s) = snapshot.as_mut() {
        s.written = doomed.clone();
    }
    let removed: Vec<Row> = doomed.iter().map(|&p| table.rows[p].clone()).collect();
    engine.affected = removed.len();
    let t = engine.table_mut(&table_name)?;
    let mut pos = 0;
    t.rows.retain(|_| {
        let keep = !doomed.contains(&pos);
        pos += 1;
        keep
    });
    let gone = vec![None; removed.len()];
    if !removed.is_empty() {
        crate::routines::triggers::refuse_cascades_into_triggers(engine, &table_name)?;
    }
    referenced_rows_changed(engine, &table_name, &removed, &gone)?;
    if !after.is_empty() {
        let rows = removed.iter().map(|r| (Some(r.clone()), None)).collect();
        after.after(engine, rows)?;
    }
    after_statement.fire(engine)?;
    engine.snapshot = snapshot;
    engine.returned = returned.take();
    Ok(lost_cells(&table, &removed))
}

/// Runs TRUNCATE.
pub fn truncate(engine: &mut Engine, targets: &[ast::TruncateTableTarget]) -> StatementResult {
    let names: Vec<String> = targets.iter().map(|t| object_name(&t.name)).collect();
    let mut lost = Vec::new();
    for name in &names {
        let table = engine.table(name)?.clone();
        for (child, _) in crate::ddl_dependents(engine, name) {
            if !names.contains(&child) {
                return Err(PgError::new(
                    "0A000",
                    "cannot truncate a table referenced in a foreign key constraint",
                )
                .detail(format!("Table \"{child}\" references \"{name}\"."))
                .hint(format!(
                    "Truncate table \"{child}\" at the same time, or use TRUNCATE ... CASCADE."
                ))
                .into());
            }
        }
        lost.extend(lost_cells(&table, &table.rows));
        engine.table_mut(name)?.rows.clear();
    }
    Ok(lost)
}
