//! INSERT ... VALUES / SELECT, with defaults, identity and serial values, constraint
//! checks, `OVERRIDING SYSTEM VALUE` (the given values go into GENERATED ALWAYS identity
//! columns; `OVERRIDING USER VALUE` with a value for an identity column is refused) and
//! ON CONFLICT (`upsert`).

use super::assign;
use crate::error::PgError;
use crate::expr::range_table::target_level;
use crate::expr::Expr;
use crate::routines::statement_triggers::StatementFiring;
use crate::routines::triggers::Firing;
use crate::routines::{Timing, TriggerEvent};
use crate::rows::{check_foreign_keys, check_row, UniqueKeys};
use crate::sql::{InsertClauses, Overriding};
use crate::value::Value;
use crate::{ident, object_name, Engine, Failure, StatementResult};
use sqlparser::ast;

enum Source {
    Default,
    Expr(Expr),
}

/// Runs INSERT.
pub fn run(engine: &mut Engine, insert: &ast::Insert, clauses: &InsertClauses) -> StatementResult {
    run_with(engine, insert, clauses, false)
}

/// Runs a setup's INSERT whose VALUES rows after the first are `later` (see
/// [`crate::sql::values::LaterRows`]).
pub fn run_with_later(
    engine: &mut Engine,
    insert: &ast::Insert,
    clauses: &InsertClauses,
    later: Option<&crate::sql::values::LaterRows>,
) -> StatementResult {
    finish(engine, insert, clauses, false, later)
}

/// Whether INSERT's source is a query (SELECT, a set operation, WITH ...) rather than
/// its own VALUES list; a WITH over a VALUES list is refused.
fn is_query(source: &ast::Query) -> Result<bool, PgError> {
    match source.body.as_ref() {
        ast::SetExpr::Values(_) if source.with.is_some() => {
            Err(PgError::unsupported("INSERT ... WITH ... VALUES"))
        }
        ast::SetExpr::Values(_) => Ok(false),
        ast::SetExpr::Select(_) | ast::SetExpr::SetOperation { .. } | ast::SetExpr::Query(_) => {
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// Runs INSERT; `copy`: the rows come from COPY, which writes the values it is given
/// even into a GENERATED ALWAYS identity column.
pub fn run_with(
    engine: &mut Engine,
    insert: &ast::Insert,
    clauses: &InsertClauses,
    copy: bool,
) -> StatementResult {
    finish(engine, insert, clauses, copy, None)
}

/// Inserts the rows, then finishes the statement ([`super::stage::finish`]: its
/// RETURNING output when it stopped early or failed).
fn finish(
    engine: &mut Engine,
    insert: &ast::Insert,
    clauses: &InsertClauses,
    copy: bool,
    later: Option<&crate::sql::values::LaterRows>,
) -> StatementResult {
    let mut returned = None;
    let result = insert_rows(engine, insert, clauses, copy, later, &mut returned);
    super::stage::finish(engine, &result, returned);
    result
}

/// INSERT, its RETURNING rows kept in `returned` as they are produced.
fn insert_rows(
    engine: &mut Engine,
    insert: &ast::Insert,
    clauses: &InsertClauses,
    copy: bool,
    later: Option<&crate::sql::values::LaterRows>,
    returned: &mut Option<super::returning::Returned>,
) -> StatementResult {
    let planning_only = super::stage::planning_only(engine);
    let stopped_at_plan = super::stage::stops(engine, super::stage::Stage::Planned);
    let table_name = object_name(&insert.table_name);
    // The table's shape only: sharing its rows would make the first row appended
    // below copy them all.
    let table = {
        let t = engine.table(&table_name)?;
        crate::catalog::Table {
            name: t.name.clone(),
            columns: t.columns.clone(),
            rows: Default::default(),
            indexes: t.indexes.clone(),
            constraints: t.constraints.clone(),
            triggers: t.triggers.clone(),
        }
    };
    let targets: Vec<usize> = if insert.source.is_none() {
        Vec::new() // DEFAULT VALUES
    } else if insert.columns.is_empty() {
        (0..table.columns.len()).collect()
    } else {
        let mut out = Vec::new();
        for c in &insert.columns {
            let name = ident(c);
            let i = table
                .column_index(&name)
                .ok_or_else(|| PgError::undefined_column_of(&name, &table_name))?;
            if out.contains(&i) {
                return Err(PgError::new(
                    "42701",
                    format!("column \"{name}\" specified more than once"),
                )
                .into());
            }
            out.push(i);
        }
        out
    };
    if let Some(other @ ast::OnInsert::DuplicateKeyUpdate(_)) = &insert.on {
        return Err(PgError::unsupported(format!("INSERT ... {other}")).into());
    }
    // The target is in the statement's range table, out of its source's reach.
    let target = target_level(
        &insert
            .table_alias
            .as_ref()
            .map_or_else(|| table_name.clone(), ident),
        &table,
    );
    let selected = match insert.source.as_deref() {
        Some(source) if is_query(source)? => {
            let plan = super::select::bind_within(engine, source, false, Some(&target))?;
            // Parse analysis coerces the select list to the target columns before
            // the query runs: those errors come before any error of its rows.
            if plan.types().len() <= targets.len() {
                let scope = engine.scope(None);
                for (i, (ty, &col)) in plan.types().iter().zip(&targets).enumerate() {
                    let c = &table.columns[col];
                    let slot = Expr {
                        node: crate::expr::Node::Column(i, String::new()),
                        ty: ty.clone(),
                    };
                    assign(&scope, slot, &c.name, &c.ty)?;
                }
            }
            // The planner folds the omitted columns' defaults (the target list
            // rewriteTargetListIU completed) before the query runs.
            // (More select-list columns than targets is 42601, raised below.)
            let analysed_only = engine.stage == Some(super::stage::Stage::Analysed);
            if let (Some(covered), false) = (targets.get(..plan.types().len()), analysed_only) {
                let omitted: Vec<usize> = (0..table.columns.len())
                    .filter(|i| !covered.contains(i))
                    .collect();
                fold_defaults(engine, &table, &omitted)?;
            }
            // (Planning only: the query's constants folded, none of its rows read.)
            let rows = if !planning_only {
                super::select::rows(engine, &plan)?
            } else if !analysed_only {
                let (_, mut env) = engine.split();
                plan.clone().fold(&mut env)?;
                Vec::new()
            } else {
                Vec::new()
            };
            if plan.order_is_unspecified()
                && rows.len() > 1
                && fills_from_sequence(&table, &targets)
            {
                return Err(PgError::unsupported(
                    "the order of rows from GROUP BY or DISTINCT without ORDER BY (PostgreSQL's hash order decides which row gets which sequence value)",
                )
                .into());
            }
            Some((plan.types().to_vec(), rows))
        }
        _ => None,
    };
    // Each source row as per-target sources, bound now (errors are parse-time errors).
    // Subqueries in VALUES may read views (a SELECT source has read them already).
    let with_views = match insert.source.as_deref() {
        Some(q) if matches!(q.body.as_ref(), ast::SetExpr::Values(_)) => {
            crate::views::tables_for(engine, q, crate::views::Reading::Rows)?
        }
        _ => std::borrow::Cow::Borrowed(&engine.db.tables),
    };
    let mut context =
        crate::expr::query::Context::new(&with_views, crate::expr::query::Clause::Values);
    context.range = Some(&target);
    let mut empty = engine.scope(None);
    empty.query = Some(&context);
    let mut source_rows: Vec<Vec<Source>> = Vec::new();
    let mut select_rows: Option<Vec<Vec<Value>>> = None;
    let body = insert.source.as_deref().map(|s| s.body.as_ref());
    match body {
        None => source_rows.push(Vec::new()),
        Some(ast::SetExpr::Values(values)) => {
            // The rows kept apart are read back one at a time (each dropped once bound).
            let later = later.into_iter().flat_map(|l| l.exprs());
            for row in values
                .rows
                .iter()
                .map(std::borrow::Cow::Borrowed)
                .chain(later.map(std::borrow::Cow::Owned))
            {
                let row = row.as_ref();
                if row.len() > targets.len() {
                    return Err(PgError::new(
                        "42601",
                        "INSERT has more expressions than target columns",
                    )
                    .into());
                }
                if row.len() < targets.len() && !insert.columns.is_empty() {
                    return Err(PgError::new(
                        "42601",
                        "INSERT has more target columns than expressions",
                    )
                    .into());
                }
                let mut bound = Vec::new();
                for (e, &col) in row.iter().zip(&targets) {
                    let is_default = matches!(e, ast::Expr::Identifier(id) if id.quote_style.is_none() && id.value.eq_ignore_ascii_case("default"));
                    if is_default {
                        bound.push(Source::Default);
                    } else {
                        let value = empty.bind(e)?;
                        // A literal is read at analysis (22P02 for every row first);
                        // its length coercion is folded by the planner (22001 after).
                        bound.push(Source::Expr(super::assign_column(
                            &empty,
                            value,
                            &table.columns[col],
                        )?));
                    }
                }
                source_rows.push(bound);
            }
        }
        Some(_) if selected.is_some() => {
            let (types, rows) = selected.unwrap_or_default();
            if types.len() > targets.len() {
                return Err(PgError::new(
                    "42601",
                    "INSERT has more expressions than target columns",
                )
                .into());
            }
            let mut exprs = Vec::new();
            for (ty, &col) in types.iter().zip(&targets) {
                let c = &table.columns[col];
                // Placeholder column 0 of the projected row, cast for assignment.
                let slot = Expr {
                    node: crate::expr::Node::Column(exprs.len(), String::new()),
                    ty: ty.clone(),
                };
                exprs.push(assign(&empty, slot, &c.name, &c.ty)?);
            }
            select_rows = Some(rows.iter().map(|r| r.to_vec()).collect());
            source_rows = rows
                .iter()
                .map(|_| exprs.iter().cloned().map(Source::Expr).collect())
                .collect();
        }
        Some(other) => return Err(PgError::unsupported(format!("INSERT ... {other}")).into()),
    }
    super::upsert::OnConflict::analyse(engine, &table, insert, clauses.conflict_where.as_ref())?;
    let mut returning = match &insert.returning {
        None => None,
        Some(items) => {
            // Subqueries of the list read the tables as they are before the INSERT.
            let tables = engine.db.tables.clone();
            let context =
                crate::expr::query::Context::new(&tables, crate::expr::query::Clause::Returning);
            let name = insert
                .table_alias
                .as_ref()
                .map_or_else(|| table_name.clone(), crate::ident);
            let scope = crate::expr::Scope {
                table: &name,
                columns: table.scope_columns(),
                enums: &engine.db.enums,
                extensions: Some(&engine.db.extensions),
                joined: Vec::new(),
                query: Some(&context),
            };
            Some(super::returning::Returning::bind(&scope, items)?)
        }
    };
    *returned = returning.as_ref().map(super::returning::Returning::empty);
    // GENERATED ALWAYS identity columns take only DEFAULT.
    // Generated columns take only DEFAULT, even from COPY (which names none) and with
    // OVERRIDING SYSTEM VALUE. (rewriteTargetListIU checks in column order.)
    let mut in_column_order: Vec<(usize, usize)> = targets.iter().copied().enumerate().collect();
    in_column_order.sort_by_key(|&(_, col)| col);
    for (p, col) in in_column_order {
        let c = &table.columns[col];
        let explicit = || {
            select_rows.is_some()
                || source_rows
                    .iter()
                    .any(|r| matches!(r.get(p), Some(Source::Expr(_))))
        };
        if c.generated.is_some() && explicit() {
            return Err(crate::generated::insert_error(&c.name).into());
        }
        if c.identity.is_some() && clauses.overriding == Some(Overriding::User) && explicit() {
            // PostgreSQL puts the column's default in place of the value (its
            // expression is then never evaluated, except where the planner folds a
            // multi-row VALUES list or a query's columns first).
            return Err(PgError::unsupported(format!(
                "INSERT ... OVERRIDING USER VALUE with a value for the identity column \"{}\"",
                c.name
            ))
            .into());
        }
        // COPY, and OVERRIDING SYSTEM VALUE, write the values given.
        if copy
            || clauses.overriding == Some(Overriding::System)
            || !c.identity.as_ref().is_some_and(|i| i.always)
        {
            continue;
        }
        let explicit = explicit();
        if explicit {
            return Err(PgError::new(
                "428C9",
                format!(
                    "cannot insert a non-DEFAULT value into column \"{}\"",
                    c.name
                ),
            )
            .detail(format!(
                "Column \"{}\" is an identity column defined as GENERATED ALWAYS.",
                c.name
            ))
            .hint("Use OVERRIDING SYSTEM VALUE to override.")
            .into());
        }
    }
    if super::stage::stops(engine, super::stage::Stage::Analysed) {
        return Ok(Vec::new());
    }
    // The arbiter indexes are the planner's, after the rewriter's 428C9.
    let on_conflict =
        super::upsert::OnConflict::bind(engine, &table, insert, clauses.conflict_where.as_ref())?;
    // Defaults are bound now but their errors count only if a row uses them.
    let mut defaults: Vec<Option<Result<Expr, PgError>>> = table
        .columns
        .iter()
        .map(|c| {
            c.default.as_ref().map(|d| {
                empty
                    .bind(d)
                    .and_then(|b| super::assign_column(&empty, b, c))
            })
        })
        .collect();
    let generators = crate::generated::Generators::bind(engine, &table)?;
    let enums = engine.db.enums.clone();
    let before = Firing::new(
        engine,
        &table_name,
        Timing::Before,
        TriggerEvent::Insert,
        &[],
    );
    let after = Firing::new(
        engine,
        &table_name,
        Timing::After,
        TriggerEvent::Insert,
        &[],
    );
    if on_conflict.is_some() && StatementFiring::any_on(engine, &table_name) {
        return Err(PgError::unsupported(
            "INSERT ... ON CONFLICT on a table with statement-level triggers",
        )
        .into());
    }
    let after_statement = StatementFiring::new(
        engine,
        &table_name,
        Timing::After,
        TriggerEvent::Insert,
        &[],
    );
    if !planning_only {
        StatementFiring::new(
            engine,
            &table_name,
            Timing::Before,
            TriggerEvent::Insert,
            &[],
        )
        .fire(engine)?;
    }
    let cached = match engine.unique_cache.take() {
        Some((name, keys)) if name == table_name => Some(keys),
        _ => None,
    };
    let (tables, mut env) = engine.split();
    let t = tables
        .get_mut(&table_name)
        .ok_or_else(|| PgError::undefined_table(&table_name))?;
    // Plan time: the constants of every VALUES row are folded (with their casts to the
    // column types) before the first row is inserted, and so are the constant defaults
    // the rewriter put in for omitted columns and DEFAULT items (rewriteTargetListIU,
    // rewriteValuesRTE), even for a row that is never written.
    if select_rows.is_none() {
        let mut fold_default = |i: usize, env: &mut crate::expr::Env| -> Result<(), PgError> {
            match &mut defaults[i] {
                Some(Ok(d)) if table.columns[i].identity.is_none() => d.fold(env).map(drop),
                _ => Ok(()),
            }
        };
        if let [row] = source_rows.as_mut_slice() {
            // One VALUES row is the target list itself, in column order.
            for i in 0..table.columns.len() {
                match targets
                    .iter()
                    .position(|&c| c == i)
                    .and_then(|p| row.get_mut(p))
                {
                    Some(Source::Expr(e)) => {
                        e.fold(&mut env)?;
                    }
                    _ => fold_default(i, &mut env)?,
                }
            }
        } else {
            // Several rows: the target list (omitted columns' defaults), then the
            // VALUES lists with their DEFAULT items.
            for i in 0..table.columns.len() {
                if !targets.contains(&i) {
                    fold_default(i, &mut env)?;
                }
            }
            for row in &mut source_rows {
                for (p, source) in row.iter_mut().enumerate() {
                    match source {
                        Source::Expr(e) => {
                            e.fold(&mut env)?;
                        }
                        Source::Default => fold_default(targets[p], &mut env)?,
                    }
                }
            }
        }
    }
    if let Some(r) = &mut returning {
        r.fold(&mut env)?;
    }
    if stopped_at_plan {
        return Ok(Vec::new());
    }
    let mut inserted = Vec::new();
    let mut updated = Vec::new();
    let mut old_rows = Vec::new();
    let mut progress = super::upsert::Progress::default();
    let mut unique = match cached {
        Some(keys) => keys,
        None => UniqueKeys::new(t, &enums, &mut env)?,
    };
    for (n, sources) in source_rows.iter().enumerate() {
        let input_row = select_rows
            .as_ref()
            .map(|r| r[n].clone())
            .unwrap_or_default();
        let mut row = vec![Value::Null; t.columns.len()];
        for (i, column) in t.columns.iter().enumerate() {
            let source = targets
                .iter()
                .position(|&c| c == i)
                .and_then(|p| sources.get(p));
            row[i] = match source {
                Some(Source::Expr(e)) => e.eval(&input_row, &mut env)?,
                _ => match (&column.identity, &defaults[i]) {
                    (Some(identity), _) => Value::Int(env.draw_identity(&identity.sequence)),
                    (None, Some(d)) => d.as_ref().map_err(Clone::clone)?.eval(&[], &mut env)?,
                    (None, None) => Value::Null,
                },
            };
        }
        let mut row = if before.is_empty() {
            row
        } else {
            match before.before(&mut env, None, Some(row))? {
                Some(row) => row,
                None => continue,
            }
        };
        // After the BEFORE triggers, as ExecComputeStoredGenerated runs.
        generators.fill(&mut row, &mut env)?;
        check_row(t, &row, &enums, &mut env)?;
        if t.rows.len() >= crate::MAX_ROWS {
            return Err(PgError::unsupported(format!(
                "more than {} rows in one table (the playground's limit, so the page stays responsive)",
                crate::MAX_ROWS
            ))
            .into());
        }
        if let Some(on_conflict) = &on_conflict {
            let outcome = on_conflict
                .insert(t, row, &mut unique, &mut progress, &enums, &mut env)
                .map_err(|f| Failure::from(f.error))?;
            let written = match outcome {
                super::upsert::Outcome::Inserted(pos) => {
                    inserted.push(pos);
                    Some(pos)
                }
                super::upsert::Outcome::Updated(old, pos) => {
                    updated.push(pos);
                    old_rows.push(old);
                    Some(pos)
                }
                super::upsert::Outcome::Skipped => None,
            };
            // RETURNING: the rows inserted and the new versions of those updated,
            // not the ones skipped.
            if let (Some(pos), Some(r), Some(out)) = (written, &returning, returned.as_mut()) {
                out.rows.push(r.eval(&t.rows[pos], &mut env)?);
            }
            continue;
        }
        t.rows.push(row);
        let pos = t.rows.len() - 1;
        if let Err(Failure { error, .. }) = unique.add(t, pos, &mut env) {
            return Err(error.into());
        }
        if let (Some(r), Some(out)) = (&returning, returned.as_mut()) {
            out.rows.push(r.eval(&t.rows[pos], &mut env)?);
        }
        inserted.push(pos);
    }
    if !progress.dead.is_empty() {
        // DO UPDATE left old row versions behind: the positions change.
        let written: Vec<usize> = inserted.iter().chain(&updated).copied().collect();
        let written = super::upsert::compact(t, &progress.dead, &written);
        let new_rows: Vec<Option<crate::catalog::Row>> = written[inserted.len()..]
            .iter()
            .map(|&p| t.rows.get(p).cloned())
            .collect();
        engine.affected = inserted.len() + updated.len();
        // The old versions later statements of a data-modifying WITH see as self-modified.
        if let Some(s) = engine.snapshot.as_mut().filter(|s| s.table == table_name) {
            s.written = progress.dead.iter().copied().collect();
        }
        let t = engine.table(&table_name)?;
        check_foreign_keys(&engine.db, t, &written, None).map_err(|f| Failure::from(f.error))?;
        super::referenced_rows_changed(engine, &table_name, &old_rows, &new_rows)?;
        engine.returned = returned.take();
        if !after.is_empty() {
            // The AFTER INSERT triggers of the rows inserted (those of the rows
            // updated are refused at bind time), in row order.
            let t = engine.table(&table_name)?;
            let rows = written[..inserted.len()]
                .iter()
                .map(|&p| (None, Some(t.rows[p].clone())))
                .collect();
            after.after(engine, rows)?;
        }
        return Ok(Vec::new());
    }
    engine.affected = inserted.len() + updated.len();
    engine.returned = returned.take();
    let t = engine.table(&table_name)?;
    check_foreign_keys(&engine.db, t, &inserted, None).map_err(|f| Failure::from(f.error))?;
    if !after.is_empty() {
        let rows = inserted
            .iter()
            .map(|&p| (None, Some(t.rows[p].clone())))
            .collect();
        after.after(engine, rows)?;
        after_statement.fire(engine)?;
        return Ok(Vec::new());
    }
    if !after_statement.is_empty() {
        after_statement.fire(engine)?;
        return Ok(Vec::new());
    }
    engine.unique_cache = Some((table_name, unique));
    Ok(Vec::new())
}

/// Whether a column the INSERT does not name takes a sequence's next value (identity,
/// serial): then the order of the inserted rows shows in the table.
fn fills_from_sequence(table: &crate::catalog::Table, targets: &[usize]) -> bool {
    table.columns.iter().enumerate().any(|(i, c)| {
        !targets.contains(&i)
            && (c.identity.is_some()
                || c.default
                    .as_ref()
                    .is_some_and(|d| d.to_string().to_lowercase().contains("nextval")))
    })
}

/// Folds the defaults of `columns` (omitted by an INSERT ... SELECT) as the planner
/// does before the query runs: a constant default that does not fit its column raises
/// its error even when no row is inserted. Identity and volatile defaults are not
/// folded; a default that no longer binds is left to the row that needs it.
fn fold_defaults(
    engine: &mut Engine,
    table: &crate::catalog::Table,
    columns: &[usize],
) -> Result<(), PgError> {
    let bound: Vec<Expr> = {
        let scope = engine.scope(None);
        columns
            .iter()
            .map(|&i| &table.columns[i])
            .filter(|c| c.identity.is_none())
            .filter_map(|c| {
                let d = c.default.as_ref()?;
                scope
                    .bind(d)
                    .and_then(|b| super::assign_column(&scope, b, c))
                    .ok()
            })
            .collect()
    };
    let (_, mut env) = engine.split();
    for mut d in bound {
        d.fold(&mut env)?;
    }
    Ok(())
}
