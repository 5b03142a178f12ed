//! CREATE [OR REPLACE] [MATERIALIZED] VIEW, ALTER VIEW ... RENAME [COLUMN], DROP
//! [MATERIALIZED] VIEW and REFRESH MATERIALIZED VIEW, with PostgreSQL's errors
//! (`view.c`'s `checkViewColumns`, `tablecmds.c`'s relation-kind checks,
//! `matview.c`). What uses what is `crate::views::depend`'s.

use crate::catalog::View;
use crate::error::PgError;
use crate::sql::views::{CreateView, ViewCommand};
use crate::views::{depend, tables_for, Reading};
use crate::{Engine, StatementResult};
use sqlparser::ast;

/// Runs a view command.
pub fn run(engine: &mut Engine, command: &ViewCommand) -> StatementResult {
    match command {
        ViewCommand::Create(create) => self::create(engine, create),
        ViewCommand::Rename {
            materialized,
            if_exists,
            name,
            to,
        } => {
            if !exists_as(engine, name, *materialized, *if_exists)? {
                return Ok(Vec::new());
            }
            rename(engine, name, to)
        }
        ViewCommand::RenameColumn {
            materialized,
            if_exists,
            name,
            from,
            to,
        } => {
            if !exists_as(engine, name, *materialized, *if_exists)? {
                return Ok(Vec::new());
            }
            rename_column(engine, name, from, to)
        }
        ViewCommand::Refresh {
            name,
            concurrently,
            with_data,
        } => refresh(engine, name, *concurrently, *with_data),
        ViewCommand::OwnerTo { name } => {
            super::sequences::owner_to(engine, "materialized view", name)
        }
        ViewCommand::DropMaterialized {
            names,
            if_exists,
            cascade,
        } => drop(engine, names, true, *if_exists, *cascade),
    }
}

/// `ALTER [MATERIALIZED] VIEW name`: whether the view is there (false: IF EXISTS
/// skips), or PostgreSQL's error.
fn exists_as(
    engine: &Engine,
    name: &str,
    materialized: bool,
    if_exists: bool,
) -> Result<bool, PgError> {
    let what = if materialized {
        "materialized view"
    } else {
        "view"
    };
    match engine.db.views.get(name) {
        Some(v) if v.materialized.is_some() == materialized => Ok(true),
        // ALTER VIEW works on a materialized view and the reverse (RenameRelation
        // checks only that the relation is some kind of view).
        Some(_) => Ok(true),
        None if engine.db.relation_exists(name) => {
            Err(PgError::new("42809", format!("\"{name}\" is not a {what}")))
        }
        None if if_exists => Ok(false),
        None => Err(PgError::undefined_table(name)),
    }
}

fn create(engine: &mut Engine, create: &CreateView) -> StatementResult {
    let name = &create.name;
    // A frame's EXCLUDE clause rides in the query as a marker key; a view keeps its
    // query's text, which would show the marker.
    if create
        .query
        .to_string()
        .contains(crate::sql::frame_exclusion::MARKER)
    {
        return Err(PgError::unsupported("a view whose window frame has an EXCLUDE clause").into());
    }
    let existing = engine.db.views.get(name).cloned();
    match &existing {
        Some(_) if create.materialized && create.if_not_exists => return Ok(Vec::new()),
        Some(v) if create.or_replace && v.materialized.is_none() => {}
        Some(_) => return Err(PgError::duplicate_table(name).into()),
        None if engine.db.relation_exists(name) => {
            if create.or_replace && engine.db.tables.contains_key(name) {
                return Err(PgError::new("42809", format!("\"{name}\" is not a view")).into());
            }
            return Err(PgError::duplicate_table(name).into());
        }
        None => {}
    }
    let reading = if create.materialized && create.with_data {
        Reading::Rows
    } else {
        Reading::Shape
    };
    let tables = tables_for(engine, &create.query, reading)?;
    let plan = crate::views::bind_query(engine, &tables, &create.query)?;
    drop_borrow(tables);
    let mut columns: Vec<(String, crate::types::SqlType)> = plan
        .names()
        .iter()
        .cloned()
        .zip(plan.types().iter().cloned())
        .collect();
    if create.columns.len() > columns.len() {
        let message = if create.materialized {
            "too many column names were specified"
        } else {
            "CREATE VIEW specifies more column names than columns"
        };
        return Err(PgError::new("42601", message).into());
    }
    for (c, name) in columns.iter_mut().zip(&create.columns) {
        c.0 = name.clone();
    }
    // OR REPLACE compares with the old columns first (`checkViewColumns`), then adds
    // the new ones, where a repeated name is ALTER TABLE ADD COLUMN's 42701.
    if let Some(old) = &existing {
        check_replacement(&old.columns, &columns)?;
    }
    for (i, (n, _)) in columns.iter().enumerate() {
        if columns[..i].iter().any(|(m, _)| m == n) {
            return Err(match existing {
                Some(_) => PgError::duplicate_column(n, name),
                None => PgError::new("42701", format!("column \"{n}\" specified more than once")),
            }
            .into());
        }
    }
    if create.check_option.is_some() && !simply_updatable(&create.query) {
        return Err(PgError::unsupported(
            "WITH CHECK OPTION on a view that is not a plain SELECT of one table's columns",
        )
        .into());
    }
    let materialized = if create.materialized {
        Some(if create.with_data {
            let mut rows = crate::dml::select::rows(engine, &plan)?;
            // A materialized view's rows are stored: no order is part of them.
            rows.shrink_to_fit();
            Some(crate::shared::Shared::new(rows))
        } else {
            None
        })
    } else {
        None
    };
    let order = existing.as_ref().map_or_else(
        || {
            engine
                .db
                .views
                .values()
                .map(|v| v.order + 1)
                .max()
                .unwrap_or(0)
        },
        |v| v.order,
    );
    if existing.is_none() {
        // A new view starts without the comments of a relation of its name before.
        super::comments::forget(engine, name, None);
    }
    engine.db.views.insert(
        name.clone(),
        View {
            name: name.clone(),
            query: create.query.clone(),
            columns,
            relations: Default::default(),
            seen: crate::views::seen_columns(engine, &create.query),
            column_names: Vec::new(),
            check_option: create.check_option,
            materialized,
            order,
        },
    );
    Ok(Vec::new())
}

/// Ends a borrow of the engine's tables before the engine is changed.
fn drop_borrow<T>(_: T) {}

/// `checkViewColumns`: a replacement keeps every column, in order, with its name and
/// type; it may add columns at the end.
fn check_replacement(
    old: &[(String, crate::types::SqlType)],
    new: &[(String, crate::types::SqlType)],
) -> Result<(), PgError> {
    if new.len() < old.len() {
        return Err(PgError::new("42P16", "cannot drop columns from view"));
    }
    for ((old_name, old_ty), (new_name, new_ty)) in old.iter().zip(new) {
        if old_name != new_name {
            return Err(PgError::new(
                "42P16",
                format!("cannot change name of view column \"{old_name}\" to \"{new_name}\""),
            )
            .hint("Use ALTER VIEW ... RENAME COLUMN ... to change name of view column instead."));
        }
        if old_ty != new_ty {
            return Err(PgError::new(
                "42P16",
                format!(
                    "cannot change data type of view column \"{new_name}\" from {} to {}",
                    old_ty.format(),
                    new_ty.format()
                ),
            ));
        }
    }
    Ok(())
}

/// A plain `SELECT columns FROM table [WHERE ...]`: automatically updatable in
/// PostgreSQL, so WITH CHECK OPTION is accepted (and has nothing to check, as the
/// engine refuses writes through views).
fn simply_updatable(query: &ast::Query) -> bool {
    let ast::SetExpr::Select(select) = query.body.as_ref() else {
        return false;
    };
    let plain_items = select.projection.iter().all(|item| match item {
        ast::SelectItem::UnnamedExpr(e) | ast::SelectItem::ExprWithAlias { expr: e, .. } => {
            matches!(
                e,
                ast::Expr::Identifier(_) | ast::Expr::CompoundIdentifier(_)
            )
        }
        ast::SelectItem::Wildcard(_) | ast::SelectItem::QualifiedWildcard(..) => true,
    });
    query.order_by.is_none()
        && query.limit.is_none()
        && query.offset.is_none()
        && select.distinct.is_none()
        && select.having.is_none()
        && matches!(&select.group_by, ast::GroupByExpr::Expressions(e, m) if e.is_empty() && m.is_empty())
        && select.from.len() == 1
        && select.from[0].joins.is_empty()
        && matches!(select.from[0].relation, ast::TableFactor::Table { .. })
        && plain_items
}

/// ALTER VIEW name RENAME TO to (also ALTER TABLE on a view).
pub fn rename(engine: &mut Engine, name: &str, to: &str) -> StatementResult {
    if engine.db.relation_exists(to) {
        return Err(PgError::duplicate_table(to).into());
    }
    let Some(mut view) = engine.db.views.remove(name) else {
        return Err(PgError::undefined_table(name).into());
    };
    view.name = to.to_string();
    engine.db.views.insert(to.to_string(), view);
    depend::relation_renamed(&mut engine.db, name, to);
    super::comments::table_renamed(engine, name, to);
    Ok(Vec::new())
}

/// ALTER VIEW name RENAME COLUMN from TO to.
pub fn rename_column(engine: &mut Engine, name: &str, from: &str, to: &str) -> StatementResult {
    let view = engine
        .db
        .views
        .get(name)
        .ok_or_else(|| PgError::undefined_table(name))?;
    let Some(index) = view.columns.iter().position(|(c, _)| c == from) else {
        return Err(PgError::undefined_column(from).into());
    };
    if view.columns.iter().any(|(c, _)| c == to) {
        return Err(PgError::duplicate_column(to, name).into());
    }
    depend::column_renamed(engine, name, from, to);
    super::comments::column_renamed(engine, name, from, to);
    if let Some(v) = engine.db.views.get_mut(name) {
        v.columns[index].0 = to.to_string();
    }
    Ok(Vec::new())
}

/// ALTER TABLE on a view: the renames PostgreSQL allows there; other actions are
/// refused.
pub fn alter_table(
    engine: &mut Engine,
    name: &str,
    operations: &[ast::AlterTableOperation],
) -> StatementResult {
    for op in operations {
        match op {
            ast::AlterTableOperation::RenameTable { table_name } => {
                rename(engine, name, &crate::object_name(table_name))?;
            }
            ast::AlterTableOperation::RenameColumn {
                old_column_name,
                new_column_name,
            } => {
                rename_column(
                    engine,
                    name,
                    &crate::ident(old_column_name),
                    &crate::ident(new_column_name),
                )?;
            }
            other => {
                return Err(
                    PgError::unsupported(format!("ALTER TABLE ... {other} on view {name}")).into(),
                )
            }
        }
    }
    Ok(Vec::new())
}

/// DROP [MATERIALIZED] VIEW names.
pub fn drop(
    engine: &mut Engine,
    names: &[String],
    materialized: bool,
    if_exists: bool,
    cascade: bool,
) -> StatementResult {
    let what = if materialized {
        "materialized view"
    } else {
        "view"
    };
    let mut targets = Vec::new();
    for name in names {
        match engine.db.views.get(name) {
            Some(v) if v.materialized.is_some() == materialized => targets.push(name.clone()),
            Some(_) if materialized => {
                return Err(
                    PgError::new("42809", format!("\"{name}\" is not a materialized view"))
                        .hint("Use DROP VIEW to remove a view.")
                        .into(),
                )
            }
            Some(_) => {
                return Err(PgError::new("42809", format!("\"{name}\" is not a view"))
                    .hint("Use DROP MATERIALIZED VIEW to remove a materialized view.")
                    .into())
            }
            None if engine.db.tables.contains_key(name) => {
                return Err(PgError::new("42809", format!("\"{name}\" is not a {what}"))
                    .hint("Use DROP TABLE to remove a table.")
                    .into())
            }
            None if engine.db.relation_exists(name) => {
                return Err(PgError::unsupported(format!("DROP {what} of relation {name}")).into())
            }
            None if if_exists => {}
            None => {
                return Err(
                    PgError::new("42P01", format!("{what} \"{name}\" does not exist")).into(),
                )
            }
        }
    }
    for name in &targets {
        let dependents: Vec<(String, String)> = depend::dependents_of_relation(&engine.db, name)
            .into_iter()
            .filter(|(v, _)| !targets.contains(v))
            .collect();
        if !dependents.is_empty() && !cascade {
            return Err(dependency_error(&format!("{what} {name}"), &dependents).into());
        }
        depend::drop_views(&mut engine.db, &dependents);
        engine.db.views.remove(name);
    }
    Ok(Vec::new())
}

/// 2BP01 for dropping `object` (`table t`, `column c of table t`) that views use.
pub(crate) fn dependency_error(object: &str, dependents: &[(String, String)]) -> PgError {
    let detail: Vec<&str> = dependents.iter().map(|(_, m)| m.as_str()).collect();
    PgError::new(
        "2BP01",
        format!("cannot drop {object} because other objects depend on it"),
    )
    .detail(detail.join("\n"))
    .hint("Use DROP ... CASCADE to drop the dependent objects too.")
}

/// The views using column `column` of `table` and what reads them, for ALTER TABLE
/// ... DROP COLUMN.
pub(crate) fn column_dependents(
    engine: &Engine,
    table: &str,
    column: &str,
) -> Vec<(String, String)> {
    let roots = depend::column_users(engine, table, column)
        .into_iter()
        .map(|v| {
            let kind = engine.db.views.get(&v).map_or("view", depend::kind);
            let message = format!("{kind} {v} depends on column {column} of table {table}");
            (v, message)
        })
        .collect();
    depend::closure(&engine.db, roots)
}

/// ALTER COLUMN TYPE of a column a view uses: PostgreSQL's 0A000.
pub(crate) fn check_retype(engine: &Engine, table: &str, column: &str) -> Result<(), PgError> {
    match depend::column_users(engine, table, column).first() {
        Some(v) => {
            let kind = engine.db.views.get(v).map_or("view", depend::kind);
            Err(PgError::new(
                "0A000",
                "cannot alter type of a column used by a view or rule",
            )
            .detail(format!(
                "rule _RETURN on {kind} {v} depends on column \"{column}\""
            )))
        }
        None => Ok(()),
    }
}

/// REFRESH MATERIALIZED VIEW [CONCURRENTLY] name [WITH [NO] DATA].
fn refresh(
    engine: &mut Engine,
    name: &str,
    concurrently: bool,
    with_data: bool,
) -> StatementResult {
    if concurrently && !with_data {
        return Err(PgError::new(
            "42601",
            "CONCURRENTLY and WITH NO DATA options cannot be used together",
        )
        .into());
    }
    let view = match engine.db.views.get(name) {
        Some(v) if v.materialized.is_some() => v.clone(),
        Some(_) => {
            return Err(PgError::new(
                "42809",
                format!("\"{name}\" is not a table or materialized view"),
            )
            .into())
        }
        // matview.c's check on a relation of another kind: 0A000, not 42809.
        None if engine.db.tables.contains_key(name) => {
            return Err(
                PgError::new("0A000", format!("\"{name}\" is not a materialized view")).into(),
            )
        }
        None => return Err(PgError::undefined_table(name).into()),
    };
    if concurrently {
        if matches!(view.materialized, Some(None)) {
            return Err(PgError::new(
                "0A000",
                "CONCURRENTLY cannot be used when the materialized view is not populated",
            )
            .into());
        }
        // Indexes on materialized views are refused, so none is unique.
        return Err(PgError::new(
            "55000",
            format!("cannot refresh materialized view \"public.{name}\" concurrently"),
        )
        .hint("Create a unique index with no WHERE clause on one or more columns of the materialized view.")
        .into());
    }
    let rows = if with_data {
        let plan = crate::views::bind(engine, &view, Reading::Rows, 0)?;
        Some(crate::shared::Shared::new(crate::dml::select::rows(
            engine, &plan,
        )?))
    } else {
        None
    };
    if let Some(v) = engine.db.views.get_mut(name) {
        v.materialized = Some(rows);
    }
    Ok(Vec::new())
}
