//! ALTER TABLE: dispatches each subcommand in order; renames live here, column
//! changes in [`super::columns`]-style functions below.

use super::constraints::{self, dependent_foreign_keys};
use super::create_table::check_default;
use super::{column_spec, create_column_sequence, nextval_default, table_constraint};
use crate::cast::convert;
use crate::catalog::{rename_in_expr, ConstraintKind, IndexKey};
use crate::error::PgError;
use crate::rows::require_no_nulls;
use crate::types::{CastContext, SqlType};
use crate::value::Value;
use crate::{ident, object_name, Engine, Failure, Lost, StatementResult};
use sqlparser::ast::{self, AlterColumnOperation, AlterTableOperation};

/// Runs `ALTER TABLE name operations...`.
pub fn run(
    engine: &mut Engine,
    table: &str,
    if_exists: bool,
    operations: &[AlterTableOperation],
    not_valid: bool,
    identity_sequence: Option<&str>,
    nulls_not_distinct: &crate::sql::NullsNotDistinct,
) -> StatementResult {
    if engine.db.views.contains_key(table) {
        return super::views::alter_table(engine, table, operations);
    }
    if !engine.db.tables.contains_key(table) {
        if if_exists {
            return Ok(Vec::new());
        }
        return Err(PgError::undefined_table(table).into());
    }
    let mut lost = Vec::new();
    for op in operations {
        lost.extend(apply(
            engine,
            table,
            op,
            not_valid,
            identity_sequence,
            nulls_not_distinct,
        )?);
    }
    Ok(lost)
}

fn apply(
    engine: &mut Engine,
    table: &str,
    op: &AlterTableOperation,
    not_valid: bool,
    identity_sequence: Option<&str>,
    nulls_not_distinct: &crate::sql::NullsNotDistinct,
) -> StatementResult {
    match op {
        AlterTableOperation::AddColumn {
            if_not_exists,
            column_def,
            ..
        } => add_column(
            engine,
            table,
            *if_not_exists,
            column_def,
            nulls_not_distinct,
        ),
        AlterTableOperation::DropColumn {
            column_name,
            if_exists,
            cascade,
        } => {
            crate::routines::triggers::drop_column(engine, table, &ident(column_name), *cascade)?;
            drop_column(engine, table, &ident(column_name), *if_exists, *cascade)
        }
        AlterTableOperation::RenameColumn {
            old_column_name,
            new_column_name,
        } => {
            crate::routines::triggers::rename_column(
                engine,
                table,
                &ident(old_column_name),
                &ident(new_column_name),
            );
            rename_column(
                engine,
                table,
                &ident(old_column_name),
                &ident(new_column_name),
            )
        }
        AlterTableOperation::RenameTable { table_name } => {
            rename_table(engine, table, &object_name(table_name))
        }
        AlterTableOperation::AlterColumn { column_name, op } => {
            alter_column(engine, table, &ident(column_name), op, identity_sequence)
        }
        AlterTableOperation::AddConstraint(c) => {
            let (name, mut c) = table_constraint(c)?;
            c.mark_nulls(nulls_not_distinct);
            constraints::add(engine, table, name, c, not_valid)?;
            Ok(Vec::new())
        }
        AlterTableOperation::DropConstraint {
            if_exists,
            name,
            cascade,
        } => constraints::drop(engine, table, &ident(name), *if_exists, *cascade),
        AlterTableOperation::RenameConstraint { old_name, new_name } => {
            let (old, new) = (ident(old_name), ident(new_name));
            let t = engine.table(table)?;
            if t.constraint(&old).is_none() {
                return Err(PgError::new(
                    "42704",
                    format!("constraint \"{old}\" for table \"{table}\" does not exist"),
                )
                .into());
            }
            if t.constraint(&new).is_some() {
                return Err(PgError::new(
                    "42710",
                    format!("constraint \"{new}\" for relation \"{table}\" already exists"),
                )
                .into());
            }
            let t = engine.table_mut(table)?;
            for c in t.constraints.iter_mut().filter(|c| c.name == old) {
                c.name = new.clone();
            }
            for i in t
                .indexes
                .iter_mut()
                .filter(|i| i.constraint.as_deref() == Some(&old))
            {
                i.name = new.clone();
                i.constraint = Some(new.clone());
            }
            Ok(Vec::new())
        }
        // Roles are not modelled; the migration runs as the owner (see
        // `sequences::owner_to`).
        AlterTableOperation::OwnerTo { .. } => Ok(Vec::new()),
        AlterTableOperation::EnableTrigger { name } => {
            crate::routines::triggers::set_enabled(engine, table, name, true)?;
            Ok(Vec::new())
        }
        AlterTableOperation::DisableTrigger { name } => {
            crate::routines::triggers::set_enabled(engine, table, name, false)?;
            Ok(Vec::new())
        }
        other => Err(PgError::unsupported(format!("ALTER TABLE ... {other}")).into()),
    }
}

fn add_column(
    engine: &mut Engine,
    table: &str,
    if_not_exists: bool,
    def: &ast::ColumnDef,
    nulls_not_distinct: &crate::sql::NullsNotDistinct,
) -> StatementResult {
    let mut spec = column_spec(engine, table, def)?;
    for (_, c) in &mut spec.constraints {
        c.mark_nulls(nulls_not_distinct);
    }
    let name = spec.column.name.clone();
    if engine.table(table)?.column_index(&name).is_some() {
        if if_not_exists {
            return Ok(Vec::new());
        }
        return Err(PgError::duplicate_column(&name, table).into());
    }
    super::comments::forget(engine, table, Some(&name));
    check_default(engine, &spec.column)?;
    if spec.serial.is_some() {
        let seq = create_column_sequence(engine, table, &name, 1, 1);
        spec.column.default = Some(nextval_default(&seq));
    } else if let Some((start, increment)) = spec
        .column
        .identity
        .as_ref()
        .map(|i| (i.start, i.increment))
    {
        let seq = create_column_sequence(engine, table, &name, start, increment);
        if let Some(identity) = &mut spec.column.identity {
            identity.sequence = seq;
        }
    }
    let column = spec.column.clone();
    let fill = column
        .default
        .as_ref()
        .map(|d| engine.scope(None).bind(d))
        .transpose()?;
    let mut fill = fill
        .map(|f| {
            engine
                .scope(None)
                .coerce(f, &column.ty, CastContext::Assignment)
        })
        .transpose()?;
    let (tables, mut env) = engine.split();
    // A non-volatile default is computed once when the column is added (the "fast
    // default"), so its errors fire even on an empty table.
    if let Some(f) = &mut fill {
        f.fold(&mut env)?;
    }
    let fast = match &fill {
        Some(f) => crate::expr::user_call::fast_default(f, &mut env)?,
        None => None,
    };
    let t = tables
        .get_mut(table)
        .ok_or_else(|| PgError::undefined_table(table))?;
    t.columns.push(column.clone());
    // Each row's value, in row order (identities and volatile defaults drawn per row);
    // none kept when every row gets the same one.
    let each: Option<Vec<Value>> =
        if column.identity.is_some() || (fast.is_none() && fill.is_some()) {
            let mut each = Vec::with_capacity(t.rows.len());
            for _ in 0..t.rows.len() {
                each.push(if let Some(identity) = &column.identity {
                    Value::Int(env.draw_identity(&identity.sequence))
                } else if let Some(f) = &fill {
                    f.eval(&[], &mut env)?
                } else {
                    Value::Null
                });
            }
            Some(each)
        } else {
            None
        };
    let same = fast.unwrap_or(Value::Null);
    let value = |i: usize| each.as_ref().map_or(&same, |e| &e[i]).clone();
    t.rows.change_each(
        &mut (),
        |_, i, row| row.push(value(i)),
        |_, i, row| {
            let mut copy = Vec::with_capacity(row.len() + 1);
            copy.extend_from_slice(row);
            copy.push(value(i));
            copy
        },
    );
    if column.generated.is_some() {
        crate::generated::fill_new_column(engine, table)?;
    }
    let t = engine.table(table)?;
    if column.not_null {
        let last = t.columns.len() - 1;
        require_no_nulls(t, last)?;
    }
    for (cname, c) in spec.constraints {
        constraints::add(engine, table, cname, c, false)?;
    }
    Ok(Vec::new())
}

fn drop_column(
    engine: &mut Engine,
    table: &str,
    column: &str,
    if_exists: bool,
    cascade: bool,
) -> StatementResult {
    let t = engine.table(table)?;
    if t.column_index(column).is_none() {
        if if_exists {
            return Ok(Vec::new());
        }
        return Err(PgError::undefined_column_of(column, table).into());
    }
    let dependents: Vec<(String, String)> =
        dependent_foreign_keys(engine, table, Some(&[column.to_string()]))
            .into_iter()
            .filter(|(t, _)| t != table)
            .collect();
    let generated = crate::generated::dependents(t, column);
    let views = super::views::column_dependents(engine, table, column);
    if !generated.is_empty() && !cascade {
        if !views.is_empty() || !dependents.is_empty() {
            return Err(PgError::unsupported(
                "the order of DROP COLUMN's dependents when both generated columns and other objects depend on the column",
            )
            .into());
        }
        return Err(crate::generated::drop_error(table, column, &generated).into());
    }
    if !views.is_empty() && dependents.is_empty() && !cascade {
        return Err(super::views::dependency_error(
            &format!("column {column} of table {table}"),
            &views,
        )
        .into());
    }
    if let Some((dt, dc)) = dependents.first() {
        if !cascade {
            let backing = t
                .constraints
                .iter()
                .find(|c| matches!(&c.kind, ConstraintKind::PrimaryKey(cols) | ConstraintKind::Unique(cols) if cols.iter().any(|x| x == column)))
                .map(|c| c.name.clone())
                .unwrap_or_default();
            return Err(PgError::new("2BP01", format!("cannot drop column {column} of table {table} because other objects depend on it"))
                .detail(format!("constraint {dc} on table {dt} depends on index {backing}"))
                .hint("Use DROP ... CASCADE to drop the dependent objects too.")
                .into());
        }
        for (dt, dc) in &dependents {
            if let Some(other) = engine.db.tables.get_mut(dt) {
                other.constraints.retain(|c| &c.name != dc);
            }
        }
    }
    crate::views::depend::drop_views(&mut engine.db, &views);
    let mut lost = Vec::new();
    // CASCADE drops the generated columns that read it first.
    for g in generated.iter().rev() {
        lost.extend(drop_column(engine, table, g, true, true)?);
    }
    let t = engine.table(table)?;
    let Some(index) = t.column_index(column) else {
        return Ok(lost);
    };
    let t = engine.table_mut(table)?;
    let cells = t.rows.iter().filter(|r| !r[index].is_null()).count();
    let uses = |e: &ast::Expr| crate::catalog::expr_columns(e).iter().any(|c| c == column);
    t.indexes.retain(|i| {
        !i.keys.iter().any(|k| match k {
            IndexKey::Column(c) => c == column,
            IndexKey::Expr(e) => uses(e),
        }) && !i.predicate.as_ref().is_some_and(uses)
    });
    let remaining: Vec<String> = t.indexes.iter().map(|i| i.name.clone()).collect();
    t.constraints.retain(|c| {
        let backed_gone = matches!(
            c.kind,
            ConstraintKind::PrimaryKey(_) | ConstraintKind::Unique(_)
        ) && !remaining.contains(&c.name);
        !backed_gone && !c.columns().iter().any(|x| x == column)
    });
    t.columns.remove(index);
    t.rows.change_each(
        &mut (),
        |_, _, row| {
            row.remove(index);
        },
        |_, _, row| {
            let mut copy = Vec::with_capacity(row.len().saturating_sub(1));
            copy.extend_from_slice(&row[..index]);
            copy.extend_from_slice(&row[index + 1..]);
            copy
        },
    );
    if cells > 0 {
        lost.push(Lost {
            table: table.to_string(),
            column: column.to_string(),
            cells,
            changed: false,
        });
    }
    Ok(lost)
}

fn rename_column(engine: &mut Engine, table: &str, from: &str, to: &str) -> StatementResult {
    let t = engine.table(table)?;
    if t.column_index(from).is_none() {
        return Err(PgError::undefined_column(from).into());
    }
    if t.column_index(to).is_some() {
        return Err(PgError::duplicate_column(to, table).into());
    }
    crate::views::depend::column_renamed(engine, table, from, to);
    super::comments::column_renamed(engine, table, from, to);
    let rename = |names: &mut Vec<String>| {
        for n in names.iter_mut().filter(|n| *n == from) {
            *n = to.to_string();
        }
    };
    for other in engine.db.tables.values_mut() {
        let is_self = other.name == table;
        for c in other.constraints.iter_mut() {
            match &mut c.kind {
                ConstraintKind::PrimaryKey(cols) | ConstraintKind::Unique(cols) if is_self => {
                    rename(cols)
                }
                ConstraintKind::Check(e) if is_self => rename_in_expr(e, from, to),
                ConstraintKind::ForeignKey {
                    columns,
                    ref_table,
                    ref_columns,
                    ..
                } => {
                    if is_self {
                        rename(columns);
                    }
                    if ref_table == table {
                        rename(ref_columns);
                    }
                }
                _ => {}
            }
        }
        if !is_self {
            continue;
        }
        for i in other.indexes.iter_mut() {
            for k in i.keys.iter_mut() {
                match k {
                    IndexKey::Column(c) if c == from => *c = to.to_string(),
                    IndexKey::Expr(e) => rename_in_expr(e, from, to),
                    _ => {}
                }
            }
            if let Some(p) = &mut i.predicate {
                rename_in_expr(p, from, to);
            }
        }
        for c in other.columns.iter_mut() {
            if let Some(g) = &mut c.generated {
                rename_in_expr(&mut g.expr, from, to);
            }
        }
        for c in other.columns.iter_mut().filter(|c| c.name == from) {
            c.name = to.to_string();
        }
    }
    Ok(Vec::new())
}

fn rename_table(engine: &mut Engine, from: &str, to: &str) -> StatementResult {
    if engine.db.relation_exists(to) {
        return Err(PgError::duplicate_table(to).into());
    }
    let Some(mut t) = engine.db.tables.remove(from) else {
        return Err(PgError::undefined_table(from).into());
    };
    t.name = to.to_string();
    engine.db.tables.insert(to.to_string(), t);
    crate::views::depend::relation_renamed(&mut engine.db, from, to);
    super::comments::table_renamed(engine, from, to);
    for other in engine.db.tables.values_mut() {
        for c in other.constraints.iter_mut() {
            if let ConstraintKind::ForeignKey { ref_table, .. } = &mut c.kind {
                if ref_table == from {
                    *ref_table = to.to_string();
                }
            }
        }
    }
    Ok(Vec::new())
}

fn alter_column(
    engine: &mut Engine,
    table: &str,
    column: &str,
    op: &AlterColumnOperation,
    identity_sequence: Option<&str>,
) -> StatementResult {
    let t = engine.table(table)?;
    let Some(index) = t.column_index(column) else {
        // A USING expression is analysed first: its own reference to the missing
        // column is what PostgreSQL reports.
        if let AlterColumnOperation::SetDataType { using: Some(u), .. } = op {
            engine.scope(Some(t)).bind(u)?;
        }
        return Err(PgError::undefined_column_of(column, table).into());
    };
    match op {
        AlterColumnOperation::SetNotNull => {
            require_no_nulls(t, index)?;
            engine.table_mut(table)?.columns[index].not_null = true;
        }
        AlterColumnOperation::DropNotNull => {
            if t.primary_key()
                .is_some_and(|pk| pk.iter().any(|c| c == column))
            {
                return Err(PgError::new(
                    "42P16",
                    format!("column \"{column}\" is in a primary key"),
                )
                .into());
            }
            if t.columns[index].identity.is_some() {
                return Err(PgError::new(
                    "42P16",
                    format!("column \"{column}\" of relation \"{table}\" is an identity column"),
                )
                .into());
            }
            engine.table_mut(table)?.columns[index].not_null = false;
        }
        AlterColumnOperation::SetDefault { .. } | AlterColumnOperation::DropDefault
            if t.columns[index].generated.is_some() =>
        {
            let error = PgError::new(
                "42601",
                format!("column \"{column}\" of relation \"{table}\" is a generated column"),
            );
            // DROP EXPRESSION is no advice for a virtual column, which cannot drop it.
            return Err(match op {
                AlterColumnOperation::DropDefault if t.columns[index].is_virtual() => error,
                AlterColumnOperation::DropDefault => {
                    error.hint("Use ALTER TABLE ... ALTER COLUMN ... DROP EXPRESSION instead.")
                }
                _ => error.hint("Use ALTER TABLE ... ALTER COLUMN ... SET EXPRESSION instead."),
            }
            .into());
        }
        AlterColumnOperation::SetDefault { value } => {
            let mut col = t.columns[index].clone();
            col.default = Some(value.clone());
            check_default(engine, &col)?;
            engine.table_mut(table)?.columns[index].default = Some(value.clone());
        }
        AlterColumnOperation::DropDefault => engine.table_mut(table)?.columns[index].default = None,
        AlterColumnOperation::SetDataType { data_type, using } => {
            // transformAlterTableStmt analyses USING before ATPrepAlterColumnType
            // checks the column (its coercion to the new type comes after).
            if let Some(u) = using {
                engine.scope(Some(t)).bind(u)?;
            }
            crate::generated::check_type_change(t, column, using.is_some())?;
            let lost = alter_type(engine, table, index, data_type, using.as_ref())?;
            if engine.table(table)?.columns[index].is_virtual() {
                // A virtual column is read through its expression, now coerced to the
                // new type (a stored one keeps its values, cast).
                crate::generated::refresh(engine, table, None)?;
                crate::generated::recheck(engine, table)?;
            }
            return Ok(lost);
        }
        AlterColumnOperation::AddGenerated {
            generated_as,
            sequence_options,
        } => {
            return add_identity(
                engine,
                table,
                index,
                generated_as.as_ref(),
                sequence_options.as_deref().unwrap_or_default(),
                identity_sequence,
            )
        }
    }
    Ok(Vec::new())
}

/// `ALTER COLUMN c ADD GENERATED { ALWAYS | BY DEFAULT } AS IDENTITY [ ( options ) ]`,
/// as pg_dump writes identity columns: the column keeps its values; a sequence (named
/// by `SEQUENCE NAME`, or chosen as for a new identity column) starts at START WITH.
fn add_identity(
    engine: &mut Engine,
    table: &str,
    index: usize,
    generated_as: Option<&ast::GeneratedAs>,
    options: &[ast::SequenceOptions],
    sequence: Option<&str>,
) -> StatementResult {
    let column = engine.table(table)?.columns[index].clone();
    let name = &column.name;
    if !column.ty.is_integer() {
        return Err(PgError::new(
            "22023",
            "identity column type must be smallint, integer, or bigint",
        )
        .into());
    }
    if !column.not_null {
        return Err(PgError::new(
            "55000",
            format!(
                "column \"{name}\" of relation \"{table}\" must be declared NOT NULL before identity can be added"
            ),
        )
        .into());
    }
    if column.identity.is_some() {
        return Err(PgError::new(
            "55000",
            format!("column \"{name}\" of relation \"{table}\" is already an identity column"),
        )
        .into());
    }
    if column.default.is_some() {
        return Err(PgError::new(
            "55000",
            format!("column \"{name}\" of relation \"{table}\" already has a default value"),
        )
        .into());
    }
    let (mut start, mut increment) = (None, 1);
    for option in options {
        let number = |e: &ast::Expr| e.to_string().replace(' ', "").parse::<i64>().ok();
        match option {
            ast::SequenceOptions::StartWith(e, _) => start = number(e),
            ast::SequenceOptions::IncrementBy(e, _) => increment = number(e).unwrap_or(1),
            ast::SequenceOptions::MinValue(None)
            | ast::SequenceOptions::MaxValue(None)
            | ast::SequenceOptions::Cache(_)
            | ast::SequenceOptions::Cycle(true) => {}
            other => {
                return Err(PgError::unsupported(format!("the identity option {other}")).into())
            }
        }
    }
    let start = start.unwrap_or(if increment > 0 { 1 } else { -1 });
    let sequence = match sequence {
        Some(s) => {
            if engine.db.relation_exists(s) {
                return Err(PgError::duplicate_table(s).into());
            }
            engine.db.sequences.insert(
                s.to_string(),
                crate::catalog::Sequence::new(start, increment),
            );
            s.to_string()
        }
        None => super::create_column_sequence(engine, table, name, start, increment),
    };
    engine.table_mut(table)?.columns[index].identity = Some(crate::catalog::Identity {
        sequence,
        always: matches!(generated_as, Some(ast::GeneratedAs::Always)),
        start,
        increment,
    });
    Ok(Vec::new())
}

fn alter_type(
    engine: &mut Engine,
    table: &str,
    index: usize,
    data_type: &ast::DataType,
    using: Option<&ast::Expr>,
) -> StatementResult {
    let t = engine.table(table)?.clone();
    let column = t.columns[index].clone();
    super::extensions::check_type(engine, data_type)?;
    let spec = SqlType::from_ast(data_type, &|n| engine.db.enums.contains_key(n))?;
    if spec.serial.is_some() {
        return Err(PgError::undefined_type(&data_type.to_string().to_lowercase()).into());
    }
    let to = spec.ty;
    let scope = engine.scope(Some(&t));
    // The identity sequence's type is checked after USING is analysed (42703 first)
    // and before the conversion is looked up (42804 after), as PostgreSQL orders them.
    let identity_type = || -> Result<(), PgError> {
        if column.identity.is_some() && !to.is_integer() {
            return Err(PgError::new(
                "22023",
                "identity column type must be smallint, integer, or bigint",
            ));
        }
        Ok(())
    };
    let mut transform = match using {
        Some(u) => {
            let bound = scope.bind(u)?;
            identity_type()?;
            let from = bound.ty.clone();
            scope.coerce(bound, &to, CastContext::Assignment).map_err(|e| {
                if e.sqlstate == "42804" {
                    let _ = from;
                    PgError::new(
                        "42804",
                        format!("result of USING clause for column \"{}\" cannot be cast automatically to type {}", column.name, to.base_name()),
                    )
                    .hint("You might need to add an explicit cast.")
                } else {
                    e
                }
            })?
        }
        None => {
            let reference =
                scope.bind(&ast::Expr::Identifier(ast::Ident::new(column.name.clone())))?;
            identity_type()?;
            scope
                .coerce(reference, &to, CastContext::Assignment)
                .map_err(|e| {
                    if e.sqlstate == "42804" && column.generated.is_some() {
                        // A generated column has no USING to suggest; a virtual one
                        // recasts its expression (measured on PGlite).
                        let what = if column.is_virtual() {
                            "generation expression for column"
                        } else {
                            "column"
                        };
                        PgError::new(
                            "42804",
                            format!(
                                "{what} \"{}\" cannot be cast automatically to type {}",
                                column.name,
                                to.base_name()
                            ),
                        )
                    } else if e.sqlstate == "42804" {
                        PgError::new(
                            "42804",
                            format!(
                                "column \"{}\" cannot be cast automatically to type {}",
                                column.name,
                                to.base_name()
                            ),
                        )
                        .hint(format!(
                            "You might need to specify \"USING {}::{}\".",
                            crate::deparse::quote_ident(&column.name),
                            to.format()
                        ))
                    } else {
                        e
                    }
                })?
        }
    };
    // ATPrepAlterColumnType plans the conversion (expression_planner) in phase 1: a
    // constant's error (`USING 'abc'::smallint`) comes before the phase-2 errors below
    // (the default's cast, the CHECKs re-read against the new type), rows or none.
    {
        let (_, mut env) = engine.split();
        transform.fold(&mut env)?;
    }
    let scope = engine.scope(Some(&t));
    if let Some(d) = &column.default {
        // PostgreSQL strips the default's implicit coercions before recasting it: a
        // default that was `'new'::order_status` stays an enum value.
        let bound = scope.bind(d)?;
        let old = if bound.ty == SqlType::Unknown {
            scope.coerce(bound, &column.ty, CastContext::Assignment)?
        } else {
            bound
        };
        if old
            .ty
            .cast_context(&to)
            .is_none_or(|c| c > CastContext::Assignment)
        {
            return Err(PgError::new(
                "42804",
                format!(
                    "default for column \"{}\" cannot be cast automatically to type {}",
                    column.name,
                    to.base_name()
                ),
            )
            .into());
        }
    }
    super::views::check_retype(engine, table, &column.name)?;
    // CHECK constraints are re-read against the new type before any row is rewritten
    // (ALTER TABLE's phase 2 precedes the rewrite), so their errors come first.
    let mut retyped = t.clone();
    retyped.columns[index].ty = to.clone();
    for c in &t.constraints {
        if let ConstraintKind::Check(e) = &c.kind {
            engine.scope(Some(&retyped)).bind(e)?;
        }
    }
    // PostgreSQL keeps the default's expression, now coerced to the new type: its text
    // reads as before (`'medium'::priority` on a column that became text).
    let kept_default =
        crate::describe::default_text(&engine.db, &t, index).and_then(|d| super::parse_expr(&d));
    let enums = engine.db.enums.clone();
    let (tables, mut env) = engine.split();
    let t = tables
        .get_mut(table)
        .ok_or_else(|| PgError::undefined_table(table))?;
    let mut converted = Vec::with_capacity(t.rows.len());
    for (pos, row) in t.rows.iter().enumerate() {
        let v = transform
            .eval(row, &mut env)
            .map_err(|e| Failure::rows(e, table, vec![pos]))?;
        converted.push(v);
    }
    // Values that do not survive a cast back were changed by the conversion (7.50 as an
    // integer is 8): the report lists them as it lists destroyed ones.
    let changed = {
        let labels = |n: &str| enums.get(n).cloned();
        t.rows
            .iter()
            .zip(&converted)
            .filter(|(row, v)| {
                let old = &row[index];
                !old.is_null()
                    && convert(v, &to, &column.ty, true, &labels).map_or(true, |back| back != *old)
            })
            .count()
    };
    // One converted value per row, each taken once.
    let mut converted: Vec<Option<Value>> = converted.into_iter().map(Some).collect();
    t.rows.change_each(
        &mut converted,
        |converted, i, row| row[index] = converted[i].take().unwrap_or(Value::Null),
        |converted, i, row| {
            let mut copy = Vec::with_capacity(row.len());
            copy.extend_from_slice(&row[..index]);
            copy.push(converted[i].take().unwrap_or(Value::Null));
            copy.extend_from_slice(&row[index + 1..]);
            copy
        },
    );
    t.columns[index].ty = to;
    if kept_default.is_some() {
        t.columns[index].default = kept_default;
    }
    move_rebuilt_indexes(t, &column.name);
    if column.not_null {
        require_no_nulls(t, index)?;
    }
    let snapshot = t.clone();
    crate::rows::recheck_rewritten(&snapshot, table, &enums, &mut env)?;
    Ok(if changed > 0 {
        vec![Lost {
            table: table.to_string(),
            column: column.name.clone(),
            cells: changed,
            changed: true,
        }]
    } else {
        Vec::new()
    })
}

/// ATPostAlterTypeCleanup drops and re-creates the indexes on a retyped column, so
/// they get new OIDs and come last in the table's index list (which orders unique
/// checks: the first violated index is the one reported). The constraints' indexes
/// are re-created first, then the plain indexes, each in their old order (as PGlite's
/// `pg_class` OIDs show).
fn move_rebuilt_indexes(t: &mut crate::catalog::Table, column: &str) {
    let uses = |e: &ast::Expr| crate::catalog::expr_columns(e).iter().any(|c| c == column);
    let (rebuilt, kept): (Vec<_>, Vec<_>) =
        std::mem::take(&mut t.indexes).into_iter().partition(|i| {
            i.keys.iter().any(|k| match k {
                IndexKey::Column(c) => c == column,
                IndexKey::Expr(e) => uses(e),
            }) || i.predicate.as_ref().is_some_and(uses)
        });
    let (constraints, plain): (Vec<_>, Vec<_>) =
        rebuilt.into_iter().partition(|i| i.constraint.is_some());
    t.indexes = kept;
    t.indexes.extend(constraints);
    t.indexes.extend(plain);
}
