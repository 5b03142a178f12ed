//! Constraint enforcement over rows: NOT NULL, CHECK, unique indexes and foreign keys,
//! for new rows (INSERT/UPDATE) and for whole tables (ADD CONSTRAINT, CREATE INDEX,
//! table rewrites). Messages and details are PostgreSQL's.

use super::catalog::{ConstraintKind, Database, IndexKey, Row, Table};
use super::expr::{Env, Scope};
use super::value::Value;
use super::Failure;
use crate::error::PgError;
use std::collections::BTreeMap;

/// `Failing row contains (...)`: each value's output text, NULL as `null`.
pub fn failing_row(table: &Table, row: &Row) -> String {
    let cells: Vec<String> = table
        .columns
        .iter()
        .zip(row)
        .map(|(c, v)| match v {
            Value::Bool(b) => if *b { "t" } else { "f" }.to_string(),
            other => other.output(&c.ty).unwrap_or_else(|| "null".into()),
        })
        .map(|text| {
            // PostgreSQL clips each value to 64 bytes (on a character boundary).
            if text.len() > 64 {
                let mut end = 64;
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                format!("{}...", &text[..end])
            } else {
                text
            }
        })
        .collect();
    format!("Failing row contains ({}).", cells.join(", "))
}

/// Checks one new or changed row against NOT NULL and CHECK constraints, as
/// `ExecConstraints` does: NOT NULL in column order, then CHECKs by name.
pub fn check_row(
    table: &Table,
    row: &Row,
    enums: &BTreeMap<String, Vec<String>>,
    env: &mut Env,
) -> Result<(), PgError> {
    for (column, value) in table.columns.iter().zip(row) {
        if column.not_null && value.is_null() {
            return Err(PgError::new(
                "23502",
                format!(
                    "null value in column \"{}\" of relation \"{}\" violates not-null constraint",
                    column.name, table.name
                ),
            )
            .detail(failing_row(table, row)));
        }
    }
    let mut checks: Vec<_> = table
        .constraints
        .iter()
        .filter_map(|c| match &c.kind {
            ConstraintKind::Check(e) => Some((&c.name, e)),
            _ => None,
        })
        .collect();
    checks.sort_by(|a, b| a.0.cmp(b.0));
    let scope = Scope {
        table: &table.name,
        columns: table.scope_columns(),
        enums,
        joined: Vec::new(),
    };
    for (name, e) in checks {
        let bound = scope.bind(e)?;
        if bound.eval(row, env)? == Value::Bool(false) {
            return Err(PgError::new(
                "23514",
                format!(
                    "new row for relation \"{}\" violates check constraint \"{name}\"",
                    table.name
                ),
            )
            .detail(failing_row(table, row)));
        }
    }
    Ok(())
}

/// Existing rows must have no NULL in column `index` (SET NOT NULL, a NOT NULL column
/// added without a default, a primary key, a table rewrite): PostgreSQL's 23502
/// "contains null values", naming every offending row.
pub fn require_no_nulls(table: &Table, index: usize) -> Result<(), Failure> {
    let nulls: Vec<usize> = table
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r[index].is_null())
        .map(|(p, _)| p)
        .collect();
    if nulls.is_empty() {
        return Ok(());
    }
    let column = &table.columns[index].name;
    Err(Failure::rows(
        PgError::new(
            "23502",
            format!(
                "column \"{column}\" of relation \"{}\" contains null values",
                table.name
            ),
        ),
        &table.name,
        nulls,
    ))
}

/// Existing rows must satisfy CHECK constraint `name` (ADD CONSTRAINT without NOT VALID,
/// VALIDATE CONSTRAINT, a table rewrite): PostgreSQL's 23514, naming every violating row.
pub fn require_check(
    table: &Table,
    name: &str,
    check: &super::expr::Expr,
    env: &mut Env,
) -> Result<(), Failure> {
    let mut violating = Vec::new();
    for (pos, row) in table.rows.iter().enumerate() {
        if check.eval(row, env)? == Value::Bool(false) {
            violating.push(pos);
        }
    }
    if violating.is_empty() {
        return Ok(());
    }
    Err(Failure::rows(
        PgError::new(
            "23514",
            format!(
                "check constraint \"{name}\" of relation \"{}\" is violated by some row",
                table.name
            ),
        ),
        &table.name,
        violating,
    ))
}

/// An index's predicate and key expressions, bound once for a table: building and
/// checking an index evaluate them per row without analysing them again.
struct BoundIndex {
    predicate: Option<super::expr::Expr>,
    keys: Vec<super::expr::Expr>,
}

impl BoundIndex {
    fn new(
        table: &Table,
        index: &super::catalog::Index,
        enums: &BTreeMap<String, Vec<String>>,
    ) -> Result<Self, PgError> {
        let scope = Scope {
            table: &table.name,
            columns: table.scope_columns(),
            enums,
            joined: Vec::new(),
        };
        let column = |name: &str| {
            sqlparser::ast::Expr::Identifier(sqlparser::ast::Ident::with_quote('"', name))
        };
        let keys = index
            .keys
            .iter()
            .map(|k| match k {
                IndexKey::Column(name) => scope.bind(&column(name)),
                IndexKey::Expr(e) => scope.bind(e),
            })
            .collect::<Result<_, _>>()?;
        let predicate = index
            .predicate
            .as_ref()
            .map(|p| scope.bind(p))
            .transpose()?;
        Ok(BoundIndex { predicate, keys })
    }

    /// The row's key, NULLs included; `None` when a partial index leaves the row out.
    fn key(&self, row: &Row, env: &mut Env) -> Result<Option<Vec<Value>>, PgError> {
        if let Some(p) = &self.predicate {
            if p.eval(row, env)? != Value::Bool(true) {
                return Ok(None);
            }
        }
        self.keys
            .iter()
            .map(|k| k.eval(row, env))
            .collect::<Result<Vec<_>, _>>()
            .map(Some)
    }
}

/// `(a, b)` / `(1, x)` as in `Key (a, b)=(1, x)`.
pub fn key_text(table: &Table, keys: &[IndexKey], values: &[Value]) -> (String, String) {
    let scope = Scope {
        table: &table.name,
        columns: table.scope_columns(),
        enums: &BTreeMap::new(),
        joined: Vec::new(),
    };
    let names: Vec<String> = keys
        .iter()
        .map(|k| match k {
            IndexKey::Column(n) => super::deparse::quote_ident(n),
            IndexKey::Expr(e) => scope
                .bind(e)
                .map(|b| super::deparse::deparse_pretty(&b))
                .unwrap_or_else(|_| e.to_string()),
        })
        .collect();
    let texts: Vec<String> = keys
        .iter()
        .zip(values)
        .map(|(k, v)| {
            let ty = match k {
                IndexKey::Column(n) => table.column_index(n).map(|i| table.columns[i].ty.clone()),
                IndexKey::Expr(_) => None,
            }
            .unwrap_or(super::types::SqlType::Text);
            match v {
                Value::Bool(b) => if *b { "t" } else { "f" }.to_string(),
                other => other.output(&ty).unwrap_or_else(|| "null".into()),
            }
        })
        .collect();
    (names.join(", "), texts.join(", "))
}

fn keys_equal(a: &[Value], b: &[Value]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.same_key(y))
}

/// Builds every unique index of `table` over its current rows, failing as
/// `CREATE UNIQUE INDEX` does on the smallest duplicated key. `only` restricts the
/// check to one index.
pub fn build_unique(
    table: &Table,
    only: Option<&str>,
    enums: &BTreeMap<String, Vec<String>>,
    env: &mut Env,
) -> Result<(), Failure> {
    for index in table
        .indexes
        .iter()
        .filter(|i| i.unique && only.is_none_or(|o| o == i.name))
    {
        // Every row the index covers (NULL keys too: they take part in the sort's
        // comparisons but never violate uniqueness), in heap order.
        let bound = BoundIndex::new(table, index, enums)?;
        let mut keyed: Vec<(Vec<Value>, usize)> = Vec::new();
        for (pos, row) in table.rows.iter().enumerate() {
            if let Some(key) = bound.key(row, env)? {
                keyed.push((key, pos));
            }
        }
        // tuplesort's btree comparator: keys (NULLS LAST); equal keys without NULLs
        // are the uniqueness violation; otherwise heap position breaks the tie.
        let mut duplicate: Option<(Vec<Value>, usize, usize)> = None;
        let result = super::pgsort::sort(&mut keyed, &mut |a, b| {
            let ord =
                a.0.iter()
                    .zip(&b.0)
                    .map(|(x, y)| x.compare(y))
                    .find(|o| o.is_ne())
                    .unwrap_or(std::cmp::Ordering::Equal);
            if ord.is_eq() && !a.0.iter().any(Value::is_null) {
                duplicate = Some((a.0.clone(), a.1, b.1));
                return Err(());
            }
            Ok(if ord.is_eq() { a.1.cmp(&b.1) } else { ord })
        });
        if let (Err(()), Some((key, first, second))) = (result, duplicate) {
            let (cols, vals) = key_text(table, &index.keys, &key);
            let mut rows = vec![first.min(second), first.max(second)];
            rows.dedup();
            return Err(Failure::rows(
                PgError::new(
                    "23505",
                    format!("could not create unique index \"{}\"", index.name),
                )
                .detail(format!("Key ({cols})=({vals}) is duplicated.")),
                &table.name,
                rows,
            ));
        }
    }
    Ok(())
}

/// Checks the rows at `changed` positions against every unique index, in position
/// order, each against all other rows as they are at that moment — as index insertion
/// during INSERT/UPDATE does.
pub fn check_unique_rows(
    table: &Table,
    changed: &[usize],
    enums: &BTreeMap<String, Vec<String>>,
    env: &mut Env,
) -> Result<(), Failure> {
    for index in table.indexes.iter().filter(|i| i.unique) {
        let bound = BoundIndex::new(table, index, enums)?;
        let mut keys: Vec<Option<Vec<Value>>> = Vec::with_capacity(table.rows.len());
        for row in &table.rows {
            // A key with a NULL never conflicts (NULLs are distinct).
            keys.push(
                bound
                    .key(row, env)?
                    .filter(|k| !k.iter().any(Value::is_null)),
            );
        }
        let mut seen: Vec<usize> = (0..table.rows.len())
            .filter(|p| !changed.contains(p))
            .collect();
        for &pos in changed {
            if let Some(k) = &keys[pos] {
                if let Some(&other) = seen
                    .iter()
                    .find(|&&o| keys[o].as_ref().is_some_and(|ok| keys_equal(ok, k)))
                {
                    let (cols, vals) = key_text(table, &index.keys, k);
                    let name = index
                        .constraint
                        .clone()
                        .unwrap_or_else(|| index.name.clone());
                    return Err(Failure::rows(
                        PgError::new(
                            "23505",
                            format!("duplicate key value violates unique constraint \"{name}\""),
                        )
                        .detail(format!("Key ({cols})=({vals}) already exists.")),
                        &table.name,
                        vec![other],
                    ));
                }
            }
            seen.push(pos);
        }
    }
    Ok(())
}

/// Checks that the rows at `rows` positions of `table` reference existing keys for
/// every validated-or-new foreign key (`which` limits to one constraint).
pub fn check_foreign_keys(
    db: &Database,
    table: &Table,
    rows: &[usize],
    which: Option<&str>,
) -> Result<(), Failure> {
    for constraint in table
        .constraints
        .iter()
        .filter(|c| which.is_none_or(|w| w == c.name))
    {
        let ConstraintKind::ForeignKey {
            columns,
            ref_table,
            ref_columns,
            ..
        } = &constraint.kind
        else {
            continue;
        };
        let referenced = if *ref_table == table.name {
            table
        } else {
            match db.tables.get(ref_table) {
                Some(t) => t,
                None => continue,
            }
        };
        let from: Vec<usize> = columns
            .iter()
            .filter_map(|c| table.column_index(c))
            .collect();
        let to: Vec<usize> = ref_columns
            .iter()
            .filter_map(|c| referenced.column_index(c))
            .collect();
        for &pos in rows {
            let row = &table.rows[pos];
            let key: Vec<&Value> = from.iter().map(|&i| &row[i]).collect();
            if key.iter().any(|v| v.is_null()) {
                continue;
            }
            let found = referenced
                .rows
                .iter()
                .any(|r| to.iter().zip(&key).all(|(&i, v)| r[i].same_key(v)));
            if !found {
                let cols = columns
                    .iter()
                    .map(|c| super::deparse::quote_ident(c))
                    .collect::<Vec<_>>()
                    .join(", ");
                let vals: Vec<String> = from
                    .iter()
                    .map(|&i| {
                        row[i]
                            .output(&table.columns[i].ty)
                            .unwrap_or_else(|| "null".into())
                    })
                    .collect();
                return Err(Failure::rows(
                    PgError::new(
                        "23503",
                        format!("insert or update on table \"{}\" violates foreign key constraint \"{}\"", table.name, constraint.name),
                    )
                    .detail(format!("Key ({cols})=({}) is not present in table \"{ref_table}\".", vals.join(", "))),
                    &table.name,
                    vec![pos],
                ));
            }
        }
    }
    Ok(())
}
