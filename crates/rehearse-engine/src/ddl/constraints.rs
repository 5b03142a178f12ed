//! ADD CONSTRAINT (primary key, unique, check, foreign key; `NOT VALID`),
//! DROP CONSTRAINT and VALIDATE CONSTRAINT.

use crate::catalog::{Constraint, ConstraintKind, Index, IndexKey, RefAction};
use crate::error::PgError;
use crate::rows::{build_unique, check_foreign_keys, require_check, require_no_nulls};
use crate::types::{Category, SqlType};
use crate::{Engine, Failure, StatementResult};
use sqlparser::ast;

/// A constraint to add.
#[derive(Debug, Clone)]
pub enum NewConstraint {
    /// PRIMARY KEY (columns).
    PrimaryKey(Vec<String>),
    /// UNIQUE [NULLS NOT DISTINCT] (columns).
    Unique {
        /// Key columns.
        columns: Vec<String>,
        /// NULLS NOT DISTINCT: NULL keys conflict with each other.
        nulls_not_distinct: bool,
    },
    /// CHECK (expr), with the column it was declared on, if any.
    Check(ast::Expr, Option<String>),
    /// FOREIGN KEY.
    ForeignKey {
        /// Referencing columns.
        columns: Vec<String>,
        /// Referenced table.
        ref_table: String,
        /// Referenced columns; empty means the referenced table's primary key.
        ref_columns: Vec<String>,
        /// ON DELETE.
        on_delete: RefAction,
        /// ON UPDATE.
        on_update: RefAction,
    },
}

impl NewConstraint {
    /// Makes a UNIQUE constraint NULLS NOT DISTINCT when its statement wrote it so
    /// (the clause is read on the token stream: `sql::NullsNotDistinct`).
    pub fn mark_nulls(&mut self, written: &crate::sql::NullsNotDistinct) {
        if let NewConstraint::Unique {
            columns,
            nulls_not_distinct,
        } = self
        {
            *nulls_not_distinct = written.covers(columns);
        }
    }
}

fn all_constraint_names(engine: &Engine) -> Vec<String> {
    engine
        .db
        .tables
        .values()
        .flat_map(|t| t.constraints.iter().map(|c| c.name.clone()))
        .collect()
}

fn choose_name(engine: &Engine, table: &str, columns: &[String], suffix: &str) -> String {
    // Constraint names are unique in the schema (pg_constraint), not per table.
    let taken = all_constraint_names(engine);
    crate::catalog::choose_object_name(table, columns, suffix, |name| {
        taken.iter().any(|t| t == name)
    })
}

/// Adds a constraint to `table`, validating existing rows unless `not_valid`.
pub fn add(
    engine: &mut Engine,
    table_name: &str,
    name: Option<String>,
    c: NewConstraint,
    not_valid: bool,
) -> Result<(), Failure> {
    let table = engine.table(table_name)?.clone();
    crate::generated::check_constraint(&table, &c)?;
    if not_valid {
        let kind = match c {
            NewConstraint::PrimaryKey(_) => Some("PRIMARY KEY"),
            NewConstraint::Unique { .. } => Some("UNIQUE"),
            _ => None,
        };
        if let Some(kind) = kind {
            return Err(PgError::new(
                "0A000",
                format!("{kind} constraints cannot be marked NOT VALID"),
            )
            .into());
        }
    }
    if let Some(n) = &name {
        // An index-backed constraint's name is first an index (relation) name (a second
        // primary key is refused before that).
        let second_pk = matches!(c, NewConstraint::PrimaryKey(_)) && table.primary_key().is_some();
        let backed = !second_pk
            && matches!(
                c,
                NewConstraint::PrimaryKey(_) | NewConstraint::Unique { .. }
            );
        if backed && engine.db.relation_exists(n) {
            return Err(PgError::duplicate_table(n).into());
        }
        // A CHECK's expression is analysed before its name is claimed.
        if !matches!(c, NewConstraint::Check(..)) && !second_pk && table.constraint(n).is_some() {
            return Err(PgError::new(
                "42710",
                format!("constraint \"{n}\" for relation \"{table_name}\" already exists"),
            )
            .into());
        }
    }
    let check_columns = |cols: &[String]| -> Result<(), PgError> {
        for col in cols {
            if table.column_index(col).is_none() {
                return Err(PgError::new(
                    "42703",
                    format!("column \"{col}\" named in key does not exist"),
                ));
            }
        }
        Ok(())
    };
    match c {
        NewConstraint::PrimaryKey(cols) => {
            // The primary key's NOT NULL step names the column with its relation.
            if let Some(col) = cols.iter().find(|c| table.column_index(c).is_none()) {
                return Err(PgError::undefined_column_of(col, table_name).into());
            }
            if table.primary_key().is_some() {
                return Err(PgError::new(
                    "42P16",
                    format!("multiple primary keys for table \"{table_name}\" are not allowed"),
                )
                .into());
            }
            let name = match name {
                Some(n) => n,
                None => engine.db.choose_relation_name(table_name, &[], "pkey", &[]),
            };
            if engine.db.relation_exists(&name) {
                return Err(PgError::duplicate_table(&name).into());
            }
            // PostgreSQL builds the index (duplicates) before it checks for NULLs.
            add_backed(
                engine,
                table_name,
                name,
                ConstraintKind::PrimaryKey(cols.clone()),
                false,
            )?;
            // Row by row, columns in table order, as the verification scan meets them.
            let mut key_columns: Vec<usize> =
                cols.iter().filter_map(|c| table.column_index(c)).collect();
            key_columns.sort_unstable();
            if let Some(&i) = table
                .rows
                .iter()
                .find_map(|r| key_columns.iter().find(|&&i| r[i].is_null()))
            {
                require_no_nulls(&table, i)?;
            }
            let t = engine.table_mut(table_name)?;
            for col in &cols {
                if let Some(i) = t.column_index(col) {
                    t.columns[i].not_null = true;
                }
            }
            Ok(())
        }
        NewConstraint::Unique {
            columns: cols,
            nulls_not_distinct,
        } => {
            check_columns(&cols)?;
            let name = match name {
                Some(n) => n,
                None => engine
                    .db
                    .choose_relation_name(table_name, &cols, "key", &[]),
            };
            if engine.db.relation_exists(&name) {
                return Err(PgError::duplicate_table(&name).into());
            }
            add_backed(
                engine,
                table_name,
                name,
                ConstraintKind::Unique(cols),
                nulls_not_distinct,
            )
        }
        NewConstraint::Check(expr, column) => {
            let scope = engine.scope(Some(&table));
            let mut bound = scope.bind(&expr)?;
            if bound.ty == SqlType::Unknown {
                bound = scope.coerce(
                    bound,
                    &SqlType::Boolean,
                    crate::types::CastContext::Implicit,
                )?;
            } else if bound.ty != SqlType::Boolean {
                return Err(PgError::new(
                    "42804",
                    format!(
                        "argument of CHECK constraint must be type boolean, not type {}",
                        bound.ty.base_name()
                    ),
                )
                .into());
            }
            if let Some(n) = &name {
                if table.constraint(n).is_some() {
                    return Err(PgError::new(
                        "42710",
                        format!("constraint \"{n}\" for relation \"{table_name}\" already exists"),
                    )
                    .into());
                }
            }
            let name = match name {
                Some(n) => n,
                None => {
                    let referenced = crate::catalog::expr_columns(&expr);
                    let label =
                        column.or_else(|| (referenced.len() == 1).then(|| referenced[0].clone()));
                    choose_name(
                        engine,
                        table_name,
                        &label.into_iter().collect::<Vec<_>>(),
                        "check",
                    )
                }
            };
            if !not_valid {
                let (tables, mut env) = engine.split();
                let t = tables
                    .get(table_name)
                    .ok_or_else(|| PgError::undefined_table(table_name))?;
                require_check(t, &name, &bound, &mut env)?;
            }
            // PostgreSQL keeps the analysed expression and re-parses its text after a
            // column type change: store the deparsed form (when the engine can read it
            // back as the same tree: the grammar flattens `(a OR b) OR c`, which a row
            // comparison's nested OR is not) so later casts and errors are PostgreSQL's.
            let text = crate::deparse::deparse(&bound);
            let stored = super::parse_expr(&text)
                .filter(|e| {
                    engine
                        .scope(Some(&table))
                        .bind(e)
                        .is_ok_and(|b| crate::deparse::deparse(&b) == text)
                })
                .unwrap_or(expr);
            engine.table_mut(table_name)?.constraints.push(Constraint {
                name,
                kind: ConstraintKind::Check(stored),
                validated: !not_valid,
            });
            Ok(())
        }
        NewConstraint::ForeignKey {
            columns,
            ref_table,
            ref_columns,
            on_delete,
            on_update,
        } => {
            let referenced = if ref_table == table_name {
                table.clone()
            } else {
                engine.table(&ref_table)?.clone()
            };
            for col in &columns {
                if table.column_index(col).is_none() {
                    return Err(PgError::new(
                        "42703",
                        format!(
                            "column \"{col}\" referenced in foreign key constraint does not exist"
                        ),
                    )
                    .into());
                }
            }
            let ref_columns = if ref_columns.is_empty() {
                match referenced.primary_key() {
                    Some(pk) => pk.to_vec(),
                    None => {
                        return Err(PgError::new(
                            "42830",
                            format!("there is no primary key for referenced table \"{ref_table}\""),
                        )
                        .into())
                    }
                }
            } else {
                ref_columns
            };
            for col in &ref_columns {
                if referenced.column_index(col).is_none() {
                    return Err(PgError::new(
                        "42703",
                        format!(
                            "column \"{col}\" referenced in foreign key constraint does not exist"
                        ),
                    )
                    .into());
                }
            }
            if columns.len() != ref_columns.len() {
                return Err(PgError::new(
                    "42830",
                    "number of referencing and referenced columns for foreign key disagree",
                )
                .into());
            }
            let matches_unique = referenced.constraints.iter().any(|c| match &c.kind {
                ConstraintKind::PrimaryKey(cols) | ConstraintKind::Unique(cols) => {
                    cols.len() == ref_columns.len() && cols.iter().all(|c| ref_columns.contains(c))
                }
                _ => false,
            }) || referenced.indexes.iter().any(|i| {
                i.unique
                    && i.predicate.is_none()
                    && i.keys.len() == ref_columns.len()
                    && i.keys
                        .iter()
                        .all(|k| matches!(k, IndexKey::Column(c) if ref_columns.contains(c)))
            });
            if !matches_unique {
                return Err(PgError::new(
                    "42830",
                    format!("there is no unique constraint matching given keys for referenced table \"{ref_table}\""),
                )
                .into());
            }
            let name = match name {
                Some(n) => n,
                None => choose_name(engine, table_name, &columns, "fkey"),
            };
            for (a, b) in columns.iter().zip(&ref_columns) {
                let ta = &table.columns[table.column_index(a).unwrap_or(0)].ty;
                let tb = &referenced.columns[referenced.column_index(b).unwrap_or(0)].ty;
                if !comparable(ta, tb) {
                    return Err(PgError::new("42804", format!("foreign key constraint \"{name}\" cannot be implemented"))
                        .detail(format!(
                            "Key columns \"{a}\" of the referencing table and \"{b}\" of the referenced table are of incompatible types: {} and {}.",
                            ta.base_name(),
                            tb.base_name()
                        ))
                        .into());
                }
            }
            let constraint = Constraint {
                name: name.clone(),
                kind: ConstraintKind::ForeignKey {
                    columns,
                    ref_table,
                    ref_columns,
                    on_delete,
                    on_update,
                },
                validated: !not_valid,
            };
            engine.table_mut(table_name)?.constraints.push(constraint);
            if !not_valid {
                let t = engine.table(table_name)?;
                let all: Vec<usize> = (0..t.rows.len()).collect();
                check_foreign_keys(&engine.db, t, &all, Some(&name))?;
            }
            Ok(())
        }
    }
}

/// Whether a key column of type `a` can reference one of type `b` (PostgreSQL finds an
/// equality operator for them).
fn comparable(a: &SqlType, b: &SqlType) -> bool {
    if let Some(answer) = crate::key_equality::citext_pair_implementable(a, b) {
        return answer;
    }
    a.without_typmod() == b.without_typmod()
        || (a.category() == b.category()
            && matches!(
                a.category(),
                Category::Numeric | Category::String | Category::DateTime
            ))
}

/// Adds a primary key or unique constraint with its index, checking for duplicates.
fn add_backed(
    engine: &mut Engine,
    table_name: &str,
    name: String,
    kind: ConstraintKind,
    nulls_not_distinct: bool,
) -> Result<(), Failure> {
    let cols = match &kind {
        ConstraintKind::PrimaryKey(c) | ConstraintKind::Unique(c) => c.clone(),
        _ => Vec::new(),
    };
    let t = engine.table_mut(table_name)?;
    t.indexes.push(Index {
        valid: true,
        name: name.clone(),
        unique: true,
        keys: cols.into_iter().map(IndexKey::Column).collect(),
        predicate: None,
        constraint: Some(name.clone()),
        method: crate::opclasses::IndexMethod::Btree,
        opclasses: Vec::new(),
        nulls_not_distinct,
    });
    t.constraints.push(Constraint {
        name: name.clone(),
        kind,
        validated: true,
    });
    let enums = engine.db.enums.clone();
    let (tables, mut env) = engine.split();
    let t = tables
        .get(table_name)
        .ok_or_else(|| PgError::undefined_table(table_name))?;
    build_unique(t, Some(&name), &enums, &mut env)
}

/// Foreign keys in other tables (or this one) that depend on `table`'s key columns
/// `columns` (any overlap), as (table, constraint) pairs.
pub fn dependent_foreign_keys(
    engine: &Engine,
    table: &str,
    columns: Option<&[String]>,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for t in engine.db.tables.values() {
        for c in &t.constraints {
            if let ConstraintKind::ForeignKey {
                ref_table,
                ref_columns,
                ..
            } = &c.kind
            {
                let hit = ref_table == table
                    && columns.is_none_or(|cols| ref_columns.iter().any(|r| cols.contains(r)));
                if hit {
                    out.push((t.name.clone(), c.name.clone()));
                }
            }
        }
    }
    out
}

/// ALTER TABLE ... DROP CONSTRAINT [IF EXISTS] name [CASCADE].
pub fn drop(
    engine: &mut Engine,
    table_name: &str,
    name: &str,
    if_exists: bool,
    cascade: bool,
) -> StatementResult {
    let table = engine.table(table_name)?;
    let Some(constraint) = table.constraint(name).cloned() else {
        if if_exists {
            return Ok(Vec::new());
        }
        return Err(PgError::new(
            "42704",
            format!("constraint \"{name}\" of relation \"{table_name}\" does not exist"),
        )
        .into());
    };
    if let ConstraintKind::PrimaryKey(cols) | ConstraintKind::Unique(cols) = &constraint.kind {
        let dependents = dependent_foreign_keys(engine, table_name, Some(cols));
        if !dependents.is_empty() {
            if !cascade {
                let (dt, dc) = &dependents[0];
                return Err(PgError::new("2BP01", format!("cannot drop constraint {name} on table {table_name} because other objects depend on it"))
                    .detail(format!("constraint {dc} on table {dt} depends on index {name}"))
                    .hint("Use DROP ... CASCADE to drop the dependent objects too.")
                    .into());
            }
            for (dt, dc) in dependents {
                if let Some(t) = engine.db.tables.get_mut(&dt) {
                    t.constraints.retain(|c| c.name != dc);
                }
            }
        }
    }
    let t = engine.table_mut(table_name)?;
    t.constraints.retain(|c| c.name != name);
    t.indexes.retain(|i| i.constraint.as_deref() != Some(name));
    Ok(Vec::new())
}

/// ALTER TABLE ... VALIDATE CONSTRAINT name.
pub fn validate(engine: &mut Engine, table_name: &str, name: &str) -> StatementResult {
    let table = engine.table(table_name)?.clone();
    let Some(constraint) = table.constraint(name).cloned() else {
        return Err(PgError::new(
            "42704",
            format!("constraint \"{name}\" of relation \"{table_name}\" does not exist"),
        )
        .into());
    };
    match &constraint.kind {
        ConstraintKind::Check(expr) if !constraint.validated => {
            let bound = engine.scope(Some(&table)).bind(expr)?;
            let (tables, mut env) = engine.split();
            let t = tables.get(table_name).ok_or_else(|| PgError::undefined_table(table_name))?;
            require_check(t, name, &bound, &mut env)?;
        }
        ConstraintKind::ForeignKey { .. } if !constraint.validated => {
            let all: Vec<usize> = (0..table.rows.len()).collect();
            check_foreign_keys(&engine.db, &table, &all, Some(name))?;
        }
        ConstraintKind::Check(_) | ConstraintKind::ForeignKey { .. } => {}
        _ => {
            return Err(PgError::new(
                "42809",
                format!("constraint \"{name}\" of relation \"{table_name}\" is not a foreign key or check constraint"),
            )
            .into())
        }
    }
    if let Some(c) = engine
        .table_mut(table_name)?
        .constraints
        .iter_mut()
        .find(|c| c.name == name)
    {
        c.validated = true;
    }
    Ok(Vec::new())
}
