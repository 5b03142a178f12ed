//! Constraint enforcement over rows: NOT NULL, CHECK, unique indexes and foreign keys,
//! for new rows (INSERT/UPDATE) and for whole tables (ADD CONSTRAINT, CREATE INDEX,
//! table rewrites). Messages and details are PostgreSQL's.

use super::catalog::{ConstraintKind, Database, IndexKey, Row, Table};
use super::expr::{Env, Scope};
use super::value::Value;
use super::Failure;
use crate::error::PgError;
use crate::key_map::{KeyMap, OrdKey};
use std::collections::BTreeMap;

/// `Failing row contains (...)`: each value's output text, NULL as `null`.
pub fn failing_row(table: &Table, row: &Row) -> String {
    let cells: Vec<String> = table
        .columns
        .iter()
        .zip(row)
        .map(|(c, v)| match v {
            // A virtual generated column has no stored value to show.
            _ if c.is_virtual() => "virtual".to_string(),
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
    if checks.is_empty() {
        // Most rows of sample data: no scope to build (its column list is a copy).
        return Ok(());
    }
    checks.sort_by(|a, b| a.0.cmp(b.0));
    let scope = Scope {
        table: &table.name,
        columns: table.scope_columns(),
        enums,
        extensions: Some(crate::extensions::stored_expressions()),
        joined: Vec::new(),
        query: None,
    };
    // ExecRelCheck plans every CHECK (eval_const_expressions) before it evaluates one.
    let mut planned = Vec::new();
    for (name, e) in checks {
        let mut bound = scope.bind(e)?;
        bound.fold(env)?;
        planned.push((name, bound));
    }
    for (name, bound) in planned {
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
    let mut check = check.clone();
    // ExecPrepareExpr plans the expression before the scan, folding its constants:
    // `(2147483647)::smallint` is 22003 even on an empty table.
    check.fold(env)?;
    // PostgreSQL scans in heap order and stops at the first violating row, so a
    // later row's evaluation error is never met once a row has failed the check (the
    // rows after it are still listed, those whose evaluation fails left out).
    let mut violating = Vec::new();
    for (pos, row) in table.rows.iter().enumerate() {
        match check.eval(row, env) {
            Ok(Value::Bool(false)) => violating.push(pos),
            Ok(_) => {}
            Err(e) if violating.is_empty() => return Err(e.into()),
            Err(_) => {}
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
#[derive(Debug, Clone)]
struct BoundIndex {
    predicate: Option<super::expr::Expr>,
    keys: Vec<super::expr::Expr>,
    /// Keys of type citext, whose equality compares lower-cased text (`citext_eq`).
    citext: Vec<bool>,
    /// Keys of type jsonb, whose equality compares numbers by value (`1.0` = `1`).
    jsonb: Vec<bool>,
    /// `NULLS NOT DISTINCT`: a key with NULLs conflicts like any other.
    nulls_not_distinct: bool,
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
            extensions: Some(crate::extensions::stored_expressions()),
            joined: Vec::new(),
            query: None,
        };
        let column = |name: &str| {
            sqlparser::ast::Expr::Identifier(sqlparser::ast::Ident::with_quote('"', name))
        };
        let keys: Vec<super::expr::Expr> = index
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
        let citext = keys
            .iter()
            .map(|k: &super::expr::Expr| k.ty == crate::types::SqlType::Citext)
            .collect();
        let jsonb = keys
            .iter()
            .map(|k: &super::expr::Expr| k.ty == crate::types::SqlType::Jsonb)
            .collect();
        Ok(BoundIndex {
            predicate,
            keys,
            citext,
            jsonb,
            nulls_not_distinct: index.nulls_not_distinct,
        })
    }

    /// A key as the index compares it: citext values lower-cased (what `citext_cmp`
    /// compares), jsonb values without their numbers' display scale (`jsonb_cmp`); the
    /// others as they are.
    fn fold(&self, mut key: Vec<Value>) -> Vec<Value> {
        for ((v, citext), jsonb) in key.iter_mut().zip(&self.citext).zip(&self.jsonb) {
            if let (true, Value::Text(t)) = (citext, &*v) {
                *v = Value::Text(t.to_lowercase());
            } else if let (true, Value::Text(t)) = (jsonb, &*v) {
                *v = Value::Text(crate::jsonb::equality_key(t));
            }
        }
        key
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
        extensions: Some(crate::extensions::stored_expressions()),
        joined: Vec::new(),
        query: None,
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

/// A rewritten table's validated CHECK constraints over every row, then its unique
/// indexes built again, as a table rewrite checks them (ALTER COLUMN TYPE, a generated
/// column recomputed): "is violated by some row", then the duplicate key's 23505.
pub fn recheck_rewritten(
    snapshot: &Table,
    table: &str,
    enums: &BTreeMap<String, Vec<String>>,
    env: &mut Env,
) -> Result<(), Failure> {
    for c in &snapshot.constraints {
        if let ConstraintKind::Check(e) = &c.kind {
            if !c.validated {
                continue;
            }
            let scope = Scope {
                table,
                columns: snapshot.scope_columns(),
                enums,
                extensions: Some(crate::extensions::stored_expressions()),
                joined: Vec::new(),
                query: None,
            };
            let bound = scope.bind(e)?;
            require_check(snapshot, &c.name, &bound, env)?;
        }
    }
    build_unique(snapshot, None, enums, env)
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
        .filter(|i| i.unique && i.valid && only.is_none_or(|o| o == i.name))
    {
        // Every row the index covers (NULL keys too: they take part in the sort's
        // comparisons but violate uniqueness only under NULLS NOT DISTINCT), in heap
        // order.
        let bound = BoundIndex::new(table, index, enums)?;
        let mut keyed: Vec<(Vec<Value>, usize)> = Vec::new();
        for (pos, row) in table.rows.iter().enumerate() {
            if let Some(key) = bound.key(row, env)? {
                keyed.push((bound.fold(key), pos));
            }
        }
        // tuplesort's btree comparator: keys (NULLS LAST); equal keys without NULLs
        // (or with them, under NULLS NOT DISTINCT) are the uniqueness violation;
        // otherwise heap position breaks the tie.
        let mut duplicate: Option<(Vec<Value>, usize, usize)> = None;
        let result = super::pgsort::sort(&mut keyed, &mut |a, b| {
            let ord =
                a.0.iter()
                    .zip(&b.0)
                    .map(|(x, y)| x.compare(y))
                    .find(|o| o.is_ne())
                    .unwrap_or(std::cmp::Ordering::Equal);
            if ord.is_eq() && (bound.nulls_not_distinct || !a.0.iter().any(Value::is_null)) {
                duplicate = Some((a.0.clone(), a.1, b.1));
                return Err(());
            }
            Ok(if ord.is_eq() { a.1.cmp(&b.1) } else { ord })
        });
        if let (Err(()), Some((key, first, second))) = (result, duplicate) {
            // The key as the row holds it (a citext key in its own case).
            let key = match table.rows.get(first) {
                Some(row) => bound.key(row, env)?.unwrap_or(key),
                None => key,
            };
            let (cols, vals) =
                crate::expr::user_call::qualified_names(|| key_text(table, &index.keys, &key));
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

/// One unique index: its bound keys and the positions holding each key.
#[derive(Debug, Clone)]
struct UniqueIndex {
    name: String,
    keys: Vec<IndexKey>,
    bound: BoundIndex,
    entries: KeyMap,
}

/// The keys of a table's unique indexes, kept up to date row by row while a statement
/// writes, so checking a new or changed row is a lookup (as PostgreSQL probes the
/// index) instead of a scan of the table.
#[derive(Debug, Clone)]
pub struct UniqueKeys {
    indexes: Vec<UniqueIndex>,
}

impl UniqueKeys {
    /// The keys of every row of `table` now.
    pub fn new(
        table: &Table,
        enums: &BTreeMap<String, Vec<String>>,
        env: &mut Env,
    ) -> Result<Self, Failure> {
        let mut indexes = Vec::new();
        for index in table.indexes.iter().filter(|i| i.unique && i.valid) {
            let bound = BoundIndex::new(table, index, enums)?;
            let mut entries = KeyMap::default();
            for (pos, row) in table.rows.iter().enumerate() {
                if let Some(k) = unique_key(&bound, row, env)? {
                    entries.push(OrdKey(bound.fold(k)), pos);
                }
            }
            indexes.push(UniqueIndex {
                name: index
                    .constraint
                    .clone()
                    .unwrap_or_else(|| index.name.clone()),
                keys: index.keys.clone(),
                bound,
                entries,
            });
        }
        Ok(UniqueKeys { indexes })
    }

    /// Forgets `row`'s keys at `pos` (before the row changes).
    pub fn remove(&mut self, row: &Row, pos: usize, env: &mut Env) -> Result<(), Failure> {
        for index in &mut self.indexes {
            if let Some(k) = unique_key(&index.bound, row, env)? {
                if let Some(list) = index.entries.get_mut(&OrdKey(index.bound.fold(k))) {
                    list.retain(|&p| p != pos);
                }
            }
        }
        Ok(())
    }

    /// The row already holding `row`'s key in one of the indexes named (all when
    /// `None`), in index order: ON CONFLICT's speculative-insertion check.
    pub fn conflict(
        &self,
        row: &Row,
        names: Option<&[String]>,
        env: &mut Env,
    ) -> Result<Option<usize>, Failure> {
        for index in &self.indexes {
            if names.is_some_and(|n| !n.contains(&index.name)) {
                continue;
            }
            if let Some(k) = unique_key(&index.bound, row, env)? {
                let holder = index
                    .entries
                    .get(&OrdKey(index.bound.fold(k)))
                    .and_then(|list| list.iter().copied().min());
                if holder.is_some() {
                    return Ok(holder);
                }
            }
        }
        Ok(None)
    }

    /// Checks the row at `pos` of `table` against every other row and records its keys:
    /// PostgreSQL's 23505 naming the first row already holding the key.
    pub fn add(&mut self, table: &Table, pos: usize, env: &mut Env) -> Result<(), Failure> {
        let Some(row) = table.rows.get(pos) else {
            return Ok(());
        };
        // Each key is computed once and moved into the index; only a violation reads
        // the row's key again, for its message (loading sample data adds every row
        // here, so copies per row add up).
        let mut keys = Vec::with_capacity(self.indexes.len());
        for index in &self.indexes {
            let key = unique_key(&index.bound, row, env)?.map(|k| OrdKey(index.bound.fold(k)));
            if let Some(k) = &key {
                let other = index
                    .entries
                    .get(k)
                    .and_then(|list| list.iter().copied().filter(|&p| p != pos).min());
                if let Some(other) = other {
                    // The key as the row holds it (a citext key in its own case).
                    let shown = unique_key(&index.bound, row, env)?.unwrap_or_else(|| k.0.clone());
                    let (cols, vals) = key_text(table, &index.keys, &shown);
                    return Err(Failure::rows(
                        PgError::new(
                            "23505",
                            format!(
                                "duplicate key value violates unique constraint \"{}\"",
                                index.name
                            ),
                        )
                        .detail(format!("Key ({cols})=({vals}) already exists.")),
                        &table.name,
                        vec![other],
                    ));
                }
            }
            keys.push(key);
        }
        for (index, key) in self.indexes.iter_mut().zip(keys) {
            if let Some(k) = key {
                index.entries.push(k, pos);
            }
        }
        Ok(())
    }
}

/// A row's key in a unique index, or `None` when it cannot conflict (a NULL in it,
/// unless the index is NULLS NOT DISTINCT, or a partial index leaving the row out).
fn unique_key(bound: &BoundIndex, row: &Row, env: &mut Env) -> Result<Option<Vec<Value>>, PgError> {
    Ok(bound
        .key(row, env)?
        .filter(|k| bound.nulls_not_distinct || !k.iter().any(Value::is_null)))
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
        // The referenced columns' equality (citext's folds case).
        let ops = crate::key_equality::operators(to.iter().map(|&i| &referenced.columns[i].ty));
        for &pos in rows {
            let row = &table.rows[pos];
            let key: Vec<&Value> = from.iter().map(|&i| &row[i]).collect();
            if key.iter().any(|v| v.is_null()) {
                continue;
            }
            let found = referenced.rows.iter().any(|r| {
                to.iter()
                    .zip(&ops)
                    .zip(&key)
                    .all(|((&i, op), v)| op.equal(&r[i], v))
            });
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
