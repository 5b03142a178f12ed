//! Generated columns (`GENERATED ALWAYS AS (expr) STORED | VIRTUAL`), as PostgreSQL 18
//! has them: the definition's rules (`cookDefault` with `EXPR_KIND_GENERATED_COLUMN`,
//! `check_nested_generated`, the immutability and virtual-column checks), the value of
//! each row (`ExecComputeStoredGenerated`; a virtual column is computed when read,
//! which the engine models by keeping its value in the row, recomputed whenever the
//! row or the expression changes — the same answer, as the expression is immutable
//! and reads only its own row), and the targets INSERT/UPDATE/COPY may not name.
//!
//! A virtual column whose expression fails for a row is refused: PostgreSQL writes the
//! row and fails only when a query reads the column, which the engine does not model.

use crate::catalog::{Column, Generated, Row, Table};
use crate::error::PgError;
use crate::expr::{Env, Expr, Node, Op};
use crate::routine_defs::Volatility;
use crate::types::{CastContext, SqlType};
use crate::Engine;
use sqlparser::ast;

#[cfg(test)]
#[path = "generated_tests.rs"]
mod tests;

/// Columns a generation expression may not read (`SystemAttributeByName` but
/// `tableoid`, which PostgreSQL allows and the engine does not model).
const SYSTEM_COLUMNS: &[&str] = &["ctid", "xmin", "cmin", "xmax", "cmax"];

/// A table's generated columns, bound against its columns.
pub struct Generators {
    columns: Vec<(usize, Expr, bool)>,
}

impl Generators {
    /// Binds `table`'s generation expressions (empty when it has none).
    pub fn bind(engine: &Engine, table: &Table) -> Result<Generators, PgError> {
        let mut columns = Vec::new();
        if table.columns.iter().any(|c| c.generated.is_some()) {
            let scope = engine.scope(Some(table));
            for (i, c) in table.columns.iter().enumerate() {
                if let Some(g) = &c.generated {
                    let bound = scope.bind(&g.expr)?;
                    let bound = scope.coerce(bound, &c.ty, CastContext::Assignment)?;
                    columns.push((i, bound, g.stored));
                }
            }
        }
        Ok(Generators { columns })
    }

    /// Whether the table has no generated column.
    pub fn is_empty(&self) -> bool {
        self.columns.is_empty()
    }

    /// Empties the generated columns of a new row version: what a BEFORE trigger sees
    /// in NEW (they are computed after it runs).
    pub fn clear(&self, row: &mut Row) {
        for (i, _, _) in &self.columns {
            if let Some(slot) = row.get_mut(*i) {
                *slot = crate::value::Value::Null;
            }
        }
    }

    /// Computes every generated column of `row` from its other columns.
    pub fn fill(&self, row: &mut Row, env: &mut Env) -> Result<(), PgError> {
        for (i, e, stored) in &self.columns {
            let value = match e.eval(row, env) {
                Ok(v) => v,
                Err(err) if *stored => return Err(err),
                Err(err) => return Err(virtual_failure(&err)),
            };
            if let Some(slot) = row.get_mut(*i) {
                *slot = value;
            }
        }
        Ok(())
    }
}

fn virtual_failure(err: &PgError) -> PgError {
    PgError::unsupported(format!(
        "a virtual generated column whose expression fails for a row ({}: PostgreSQL raises it only when a query reads the column)",
        err.message
    ))
}

/// Recomputes the generated columns of `table`'s rows (all of them, or `positions`).
pub fn refresh(
    engine: &mut Engine,
    table: &str,
    positions: Option<&[usize]>,
) -> Result<(), PgError> {
    let generators = Generators::bind(engine, engine.table(table)?)?;
    if generators.is_empty() {
        return Ok(());
    }
    let (tables, mut env) = engine.split();
    let t = tables
        .get_mut(table)
        .ok_or_else(|| PgError::undefined_table(table))?;
    let all: Vec<usize>;
    let positions = match positions {
        Some(p) => p,
        None => {
            all = (0..t.rows.len()).collect();
            &all
        }
    };
    for &p in positions {
        let Some(row) = t.rows.get(p) else { continue };
        let mut row = row.clone();
        generators.fill(&mut row, &mut env)?;
        t.rows[p] = row;
    }
    Ok(())
}

/// INSERT naming a generated column with a value other than DEFAULT.
pub fn insert_error(column: &str) -> PgError {
    PgError::new(
        "428C9",
        format!("cannot insert a non-DEFAULT value into column \"{column}\""),
    )
    .detail(format!("Column \"{column}\" is a generated column."))
}

/// UPDATE assigning a generated column a value other than DEFAULT.
pub fn update_error(column: &str) -> PgError {
    PgError::new(
        "428C9",
        format!("column \"{column}\" can only be updated to DEFAULT"),
    )
    .detail(format!("Column \"{column}\" is a generated column."))
}

/// COPY naming a generated column.
pub fn copy_error(column: &str) -> PgError {
    PgError::new(
        "42P10",
        format!("column \"{column}\" is a generated column"),
    )
    .detail("Generated columns cannot be used in COPY.")
}

/// The clause conflicts of one column definition (`transformColumnDefinition`): called
/// with what its options declared.
pub fn clause_conflict(
    column: &str,
    table: &str,
    default: bool,
    identity: bool,
    generated: bool,
) -> Option<PgError> {
    let what = if default && generated {
        "both default and generation expression"
    } else if identity && generated {
        "both identity and generation expression"
    } else {
        return None;
    };
    Some(PgError::new(
        "42601",
        format!("{what} specified for column \"{column}\" of table \"{table}\""),
    ))
}

/// Checks the generation expression of `table.columns[index]` as PostgreSQL does when
/// the column is defined (CREATE TABLE, ADD COLUMN, SET EXPRESSION), in its order.
pub fn check_definition(engine: &Engine, table: &Table, index: usize) -> Result<(), PgError> {
    let column = &table.columns[index];
    let Some(generated) = &column.generated else {
        return Ok(());
    };
    if !generated.stored {
        if let SqlType::Enum(_) = column.ty {
            return Err(PgError::new(
                "0A000",
                format!(
                    "virtual generated column \"{}\" cannot have a user-defined type",
                    column.name
                ),
            )
            .detail("Virtual generated columns that make use of user-defined types are not yet supported."));
        }
    }
    check_clauses(&generated.expr, table)?;
    let scope = engine.scope(Some(table));
    let bound = scope.bind(&generated.expr)?;
    // check_nested_generated: the first reference to a generated column.
    for name in crate::catalog::expr_columns(&generated.expr) {
        if table
            .columns
            .iter()
            .any(|c| c.name == name && c.generated.is_some())
        {
            return Err(PgError::new(
                "42P17",
                format!("cannot use generated column \"{name}\" in column generation expression"),
            )
            .detail("A generated column cannot reference another generated column."));
        }
    }
    if is_mutable(&planned(engine, bound.clone())?) {
        return Err(PgError::new(
            "42P17",
            "generation expression is not immutable",
        ));
    }
    if !generated.stored {
        if uses_enum(&bound) {
            return Err(PgError::new("0A000", "generation expression uses user-defined type")
                .detail("Virtual generated columns that make use of user-defined types are not yet supported."));
        }
        if any(&bound, &|e| matches!(e.node, Node::UserCall(_))) {
            return Err(PgError::new("0A000", "generation expression uses user-defined function")
                .detail("Virtual generated columns that make use of user-defined functions are not yet supported."));
        }
    }
    crate::ddl::create_table::assign_default(&scope, bound, column)
}

/// What `EXPR_KIND_GENERATED_COLUMN` forbids while the expression is analysed:
/// subqueries, aggregates, window functions, set-returning functions, system columns.
/// (Checked on the tree before binding, so where one expression has one of these and
/// an unknown column too, the first error may differ from PostgreSQL's.)
fn check_clauses(e: &ast::Expr, table: &Table) -> Result<(), PgError> {
    let mut found: Option<PgError> = None;
    let _ = ast::visit_expressions(e, |x| {
        let error = match x {
            ast::Expr::Subquery(_) | ast::Expr::Exists { .. } | ast::Expr::InSubquery { .. } => {
                Some(PgError::new(
                    "0A000",
                    "cannot use subquery in column generation expression",
                ))
            }
            ast::Expr::Function(f) => {
                let name = f.name.to_string().to_lowercase();
                let name = name.rsplit('.').next().unwrap_or_default().to_string();
                if f.over.is_some() {
                    Some(PgError::new(
                        "42P20",
                        "window functions are not allowed in column generation expressions",
                    ))
                } else if crate::expr::query::aggregate::is_aggregate(&name) {
                    Some(PgError::new(
                        "42803",
                        "aggregate functions are not allowed in column generation expressions",
                    ))
                } else if crate::expr::query::srf::is_set_returning(&name) {
                    Some(PgError::new(
                        "0A000",
                        "set-returning functions are not allowed in column generation expressions",
                    ))
                } else {
                    None
                }
            }
            ast::Expr::Identifier(id) => {
                let name = crate::ident(id);
                if table.column_index(&name).is_some() {
                    None
                } else if SYSTEM_COLUMNS.contains(&name.as_str()) {
                    Some(PgError::new(
                        "42P10",
                        format!(
                            "cannot use system column \"{name}\" in column generation expression"
                        ),
                    ))
                } else if name == "tableoid" {
                    Some(PgError::unsupported("tableoid in a generation expression"))
                } else {
                    None
                }
            }
            _ => None,
        };
        match error {
            Some(err) => {
                found = Some(err);
                std::ops::ControlFlow::Break(())
            }
            None => std::ops::ControlFlow::Continue(()),
        }
    });
    found.map_or(Ok(()), Err)
}

/// `contain_mutable_functions_after_planning` plans the expression first: its
/// constants are folded (their errors raised: a division by zero, and 42P22 for a
/// call that reads its collation, which is assigned only afterwards) and the arms
/// folding drops (`CASE WHEN false THEN random() ...`) are no longer there to be
/// mutable. Folding evaluates only immutable calls, so a scratch copy of the session
/// state serves.
pub(crate) fn planned(engine: &Engine, mut e: Expr) -> Result<Expr, PgError> {
    let mut sequences = engine.db.sequences.clone();
    let mut random = engine.random;
    let mut sequence_session = engine.sequence_session.clone();
    let mut env = Env {
        now: engine.now,
        enums: &engine.db.enums,
        sequences: &mut sequences,
        random: &mut random,
        sequence_session: &mut sequence_session,
        work: crate::expr::query::MAX_QUERY_WORK,
        before_collations: true,
    };
    e.fold(&mut env)?;
    Ok(e)
}

fn any(e: &Expr, test: &dyn Fn(&Expr) -> bool) -> bool {
    test(e) || e.children().into_iter().any(|c| any(c, test))
}

/// `contain_mutable_functions_after_planning`: the built-in functions' and user
/// functions' volatility (`user_call::mutability`), plus what that model leaves out:
/// the casts whose input or output functions are STABLE (the date/time and interval
/// types' text forms, the time-zone shifts of timestamptz, enum labels) and the
/// STABLE operators of `pg_operator` (timestamptz arithmetic, comparisons across
/// date/timestamp and timestamptz, `||` with a value whose text form is STABLE).
pub(crate) fn is_mutable(e: &Expr) -> bool {
    if crate::expr::user_call::mutability(e) != Volatility::Immutable {
        return true;
    }
    any(e, &|x| match &x.node {
        Node::Cast(inner, _) => mutable_cast(&inner.ty, &x.ty),
        Node::Binary(op, l, r) => mutable_operator(*op, &l.ty, &r.ty),
        _ => false,
    })
}

/// A value whose text form is STABLE (`date_out`, `array_out`, `enum_out`, ...).
fn stable_text(t: &SqlType) -> bool {
    crate::expr::is_stable_cast(t, &SqlType::Text)
}

/// Casts the bound tree keeps as nodes (`user_call::mutability` judges them with
/// `is_stable_cast`), and those from or to an enum, whose labels are looked up.
fn mutable_cast(from: &SqlType, to: &SqlType) -> bool {
    if from.without_typmod() == to.without_typmod() {
        return false;
    }
    // A literal read at analysis time is a constant, not a call.
    if *from == SqlType::Unknown && !matches!(to, SqlType::Enum(_)) {
        return false;
    }
    crate::expr::is_stable_cast(from, to)
        || matches!(from, SqlType::Enum(_))
        || matches!(to, SqlType::Enum(_))
}

/// The STABLE operators of `pg_operator`: timestamptz arithmetic, comparisons across
/// date/timestamp and timestamptz, and `||` with a non-string operand
/// (`anytextcat`, inlined as `$1::text || $2`: as volatile as that operand's text).
fn mutable_operator(op: Op, l: &SqlType, r: &SqlType) -> bool {
    let zone = |t: &SqlType| matches!(t, SqlType::TimestampTz);
    let day = |t: &SqlType| matches!(t, SqlType::Date | SqlType::Timestamp);
    match op {
        Op::Add | Op::Sub => {
            (zone(l) && *r == SqlType::Interval) || (*l == SqlType::Interval && zone(r))
        }
        Op::Eq | Op::Ne | Op::Lt | Op::Le | Op::Gt | Op::Ge => {
            (zone(l) && day(r)) || (day(l) && zone(r))
        }
        Op::Concat => {
            let array = |t: &SqlType| matches!(t, SqlType::Array(_));
            !array(l) && !array(r) && (stable_text(l) || stable_text(r))
        }
        _ => false,
    }
}

fn uses_enum(e: &Expr) -> bool {
    any(e, &|x| matches!(x.ty, SqlType::Enum(_)))
}

/// The values a new generated column gets, and the column itself checked: for ALTER
/// TABLE ... ADD COLUMN (the table already has the column appended).
pub fn fill_new_column(engine: &mut Engine, table: &str) -> Result<(), PgError> {
    let t = engine.table(table)?;
    let last = t.columns.len().saturating_sub(1);
    check_definition(engine, t, last)?;
    fold_new_expression(engine, table, last)?;
    refresh(engine, table, None)
}

/// ADD COLUMN plans the generation expression (`expression_planner`, which folds its
/// constant parts) whether or not the table has rows, stored or virtual (measured on
/// PGlite), so a failing constant (`GENERATED ALWAYS AS (-1)` into `numeric(1,1)`:
/// 22003, `a + 1/0`: 22012) fails on an empty table too.
fn fold_new_expression(engine: &mut Engine, table: &str, index: usize) -> Result<(), PgError> {
    let t = engine.table(table)?;
    let column = &t.columns[index];
    let Some(generated) = &column.generated else {
        return Ok(());
    };
    let scope = engine.scope(Some(t));
    let bound = scope.bind(&generated.expr)?;
    let mut bound = scope.coerce(bound, &column.ty, CastContext::Assignment)?;
    let (_, mut env) = engine.split();
    bound.fold(&mut env)?;
    Ok(())
}

/// `ALTER TABLE t ALTER COLUMN c TYPE ... [USING ...]`: of a generated column with
/// USING, or of a column a generation expression reads.
pub fn check_type_change(table: &Table, column: &str, using: bool) -> Result<(), PgError> {
    if using
        && table
            .columns
            .iter()
            .any(|c| c.name == column && c.generated.is_some())
    {
        return Err(PgError::new(
            "42611",
            "cannot specify USING when altering type of generated column",
        )
        .detail(format!("Column \"{column}\" is a generated column.")));
    }
    for c in &table.columns {
        if let Some(g) = &c.generated {
            if c.name != column
                && crate::catalog::expr_columns(&g.expr)
                    .iter()
                    .any(|x| x == column)
            {
                return Err(PgError::new(
                    "0A000",
                    "cannot alter type of a column used by a generated column",
                )
                .detail(format!(
                    "Column \"{column}\" is used by generated column \"{}\".",
                    c.name
                )));
            }
        }
    }
    Ok(())
}

/// The generated columns of `table` that read `column` (other than itself), in
/// definition order.
pub fn dependents(table: &Table, column: &str) -> Vec<String> {
    table
        .columns
        .iter()
        .filter(|c| c.name != column)
        .filter(|c| {
            c.generated.as_ref().is_some_and(|g| {
                crate::catalog::expr_columns(&g.expr)
                    .iter()
                    .any(|x| x == column)
            })
        })
        .map(|c| c.name.clone())
        .collect()
}

/// A generated column as its catalog texts show it: `pg_get_expr(adbin)` for the
/// expression, and `attgenerated` (`s` or `v`).
pub fn attgenerated(column: &Column) -> &'static str {
    match &column.generated {
        Some(Generated { stored: true, .. }) => "s",
        Some(Generated { stored: false, .. }) => "v",
        None => "",
    }
}

/// Runs `ALTER TABLE t ALTER COLUMN c { DROP EXPRESSION | SET EXPRESSION AS (e) }`.
pub fn alter(
    engine: &mut Engine,
    alter: &crate::sql::generated_columns::AlterGeneration,
) -> crate::StatementResult {
    use crate::sql::generated_columns::GenerationChange;
    let table = alter.table.as_str();
    let Some(t) = engine.db.tables.get(table) else {
        if alter.if_exists {
            return Ok(Vec::new());
        }
        return Err(PgError::undefined_table(table).into());
    };
    let Some(index) = t.column_index(&alter.column) else {
        return Err(PgError::undefined_column_of(&alter.column, table).into());
    };
    let column = &t.columns[index];
    let not_generated = || {
        PgError::new(
            "55000",
            format!(
                "column \"{}\" of relation \"{table}\" is not a generated column",
                column.name
            ),
        )
    };
    match &alter.change {
        GenerationChange::Drop { if_exists } => {
            match &column.generated {
                None if *if_exists => return Ok(Vec::new()),
                None => return Err(not_generated().into()),
                Some(g) if !g.stored => return Err(PgError::new(
                    "0A000",
                    "ALTER TABLE / DROP EXPRESSION is not supported for virtual generated columns",
                )
                .detail(format!(
                    "Column \"{}\" of relation \"{table}\" is a virtual generated column.",
                    column.name
                ))
                .into()),
                Some(_) => {}
            }
            // The stored values stay; the column becomes an ordinary one.
            engine.table_mut(table)?.columns[index].generated = None;
            Ok(Vec::new())
        }
        GenerationChange::Set(e) => {
            let Some(g) = &column.generated else {
                return Err(not_generated().into());
            };
            let mut changed = t.clone();
            changed.rows = Default::default();
            changed.columns[index].generated = Some(Generated {
                expr: e.clone(),
                stored: g.stored,
            });
            check_definition(engine, &changed, index)?;
            engine.table_mut(table)?.columns[index].generated =
                changed.columns[index].generated.take();
            refresh(engine, table, None)?;
            recheck(engine, table)?;
            Ok(Vec::new())
        }
    }
}

/// The table's NOT NULL, CHECK and unique constraints over every row after its
/// generated values were recomputed, as a table rewrite checks them (the "contains
/// null values" / "is violated by some row" errors, as ALTER COLUMN TYPE's).
pub fn recheck(engine: &mut Engine, table: &str) -> Result<(), crate::Failure> {
    let enums = engine.db.enums.clone();
    let snapshot = engine.table(table)?.clone();
    let (_, mut env) = engine.split();
    for (i, c) in snapshot.columns.iter().enumerate() {
        if c.not_null {
            crate::rows::require_no_nulls(&snapshot, i)?;
        }
    }
    crate::rows::recheck_rewritten(&snapshot, table, &enums, &mut env)?;
    Ok(())
}

/// The 0A000 errors for a constraint over a virtual generated column (`DefineIndex`,
/// `ATAddForeignKeyConstraint`): only NOT NULL and CHECK may use one.
pub fn check_constraint(
    table: &Table,
    c: &crate::ddl::constraints::NewConstraint,
) -> Result<(), PgError> {
    use crate::ddl::constraints::NewConstraint;
    let (columns, what) = match c {
        NewConstraint::PrimaryKey(cols) => (cols, "primary keys"),
        NewConstraint::Unique { columns, .. } => (columns, "unique constraints"),
        NewConstraint::ForeignKey { columns, .. } => (columns, "foreign key constraints"),
        NewConstraint::Check(..) => return Ok(()),
    };
    let virtual_column = columns.iter().any(|name| {
        table
            .columns
            .iter()
            .any(|col| &col.name == name && col.is_virtual())
    });
    if virtual_column {
        return Err(PgError::new(
            "0A000",
            format!("{what} on virtual generated columns are not supported"),
        ));
    }
    Ok(())
}

/// CREATE INDEX over a virtual generated column, in a key, a key's expression or the
/// predicate.
pub fn check_index(
    table: &Table,
    keys: &[crate::catalog::IndexKey],
    predicate: Option<&ast::Expr>,
) -> Result<(), PgError> {
    use crate::catalog::IndexKey;
    let is_virtual_name = |name: &str| {
        table
            .columns
            .iter()
            .any(|c| c.name == name && c.is_virtual())
    };
    let reads_virtual = |e: &ast::Expr| {
        crate::catalog::expr_columns(e)
            .iter()
            .any(|n| is_virtual_name(n))
    };
    let uses = keys.iter().any(|k| match k {
        IndexKey::Column(c) => is_virtual_name(c),
        IndexKey::Expr(e) => reads_virtual(e),
    }) || predicate.is_some_and(reads_virtual);
    if uses {
        return Err(PgError::new(
            "0A000",
            "indexes on virtual generated columns are not supported",
        ));
    }
    Ok(())
}

/// DROP COLUMN (without CASCADE) of a column generated columns read. PostgreSQL's
/// DETAIL lists dependents in reverse order of their dependency records (the
/// generated columns in reverse definition order).
pub fn drop_error(table: &str, column: &str, generated: &[String]) -> PgError {
    let lines: Vec<String> = generated
        .iter()
        .rev()
        .map(|g| format!("column {g} of table {table} depends on column {column} of table {table}"))
        .collect();
    PgError::new(
        "2BP01",
        format!("cannot drop column {column} of table {table} because other objects depend on it"),
    )
    .detail(lines.join("\n"))
    .hint("Use DROP ... CASCADE to drop the dependent objects too.")
}
