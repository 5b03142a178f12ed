//! The comparison `alembic revision --autogenerate` runs (`autogenerate/compare/`):
//! model tables against reflected ones, emitting operations in Alembic's order.
//!
//! Per table: added columns (model order), altered columns, then indexes and unique
//! constraints (by name, sorted), then foreign keys, then dropped columns. New tables
//! come first, in SQLAlchemy's dependency order; dropped tables next; then the tables
//! both sides have, by name. What Alembic does not compare by default (server
//! defaults, primary keys, CHECK constraints) is not compared here either.

use super::ops::{AlterColumn, Op};
use super::schema::{ColumnSpec, IndexSpec, Name, TableSpec, UniqueSpec};
use std::collections::{BTreeMap, BTreeSet};

/// The upgrade operations that make `db` look like `model`.
pub fn compare(model: &[TableSpec], db: &[TableSpec]) -> Vec<Op> {
    let conn: BTreeMap<&str, &TableSpec> = db.iter().map(|t| (t.name.as_str(), t)).collect();
    let meta: BTreeMap<&str, &TableSpec> = model.iter().map(|t| (t.name.as_str(), t)).collect();
    let mut ops = Vec::new();
    for t in sorted_tables(model) {
        if !conn.contains_key(t.name.as_str()) {
            ops.push(Op::CreateTable(t.clone()));
            ops.extend(indexes_and_uniques(&t.name, None, Some(t)));
        }
    }
    for t in db {
        if !meta.contains_key(t.name.as_str()) {
            ops.extend(indexes_and_uniques(&t.name, Some(t), None));
            ops.push(Op::DropTable(t.clone()));
        }
    }
    for (name, conn_table) in &conn {
        if let Some(meta_table) = meta.get(name) {
            ops.extend(modify_table(meta_table, conn_table));
        }
    }
    ops
}

/// SQLAlchemy's `sort_tables`: by name, then in layers so that a referenced table
/// comes before the tables that reference it.
fn sorted_tables(model: &[TableSpec]) -> Vec<&TableSpec> {
    let mut todo: Vec<&TableSpec> = model.iter().collect();
    todo.sort_by(|a, b| a.name.cmp(&b.name));
    let names: BTreeSet<&str> = todo.iter().map(|t| t.name.as_str()).collect();
    let mut out = Vec::new();
    while !todo.is_empty() {
        let pending: BTreeSet<&str> = todo.iter().map(|t| t.name.as_str()).collect();
        let ready: Vec<&TableSpec> = todo
            .iter()
            .filter(|t| {
                !t.foreign_keys.iter().any(|fk| {
                    fk.ref_table != t.name
                        && names.contains(fk.ref_table.as_str())
                        && pending.contains(fk.ref_table.as_str())
                })
            })
            .copied()
            .collect();
        if ready.is_empty() {
            // A cycle: SQLAlchemy sorts what it can and keeps the rest in name order.
            out.extend(todo);
            break;
        }
        todo.retain(|t| !ready.iter().any(|r| r.name == t.name));
        out.extend(ready);
    }
    out
}

fn modify_table(meta: &TableSpec, conn: &TableSpec) -> Vec<Op> {
    let mut ops = Vec::new();
    for c in &meta.columns {
        if conn.column(&c.name).is_none() {
            ops.push(Op::AddColumn(meta.name.clone(), c.clone()));
        }
    }
    for c in &meta.columns {
        if let Some(existing) = conn.column(&c.name) {
            let alter = alter_column(meta, c, existing);
            if alter.has_changes() {
                ops.push(Op::AlterColumn(Box::new(alter)));
            }
        }
    }
    ops.extend(indexes_and_uniques(&meta.name, Some(conn), Some(meta)));
    ops.extend(foreign_keys(meta, conn));
    for c in &conn.columns {
        if meta.column(&c.name).is_none() {
            ops.push(Op::DropColumn(meta.name.clone(), c.clone()));
        }
    }
    ops
}

fn alter_column(table: &TableSpec, meta: &ColumnSpec, conn: &ColumnSpec) -> AlterColumn {
    // Alembic treats an empty comment as none.
    let comment = |c: &Option<String>| c.clone().filter(|s| !s.is_empty());
    let (conn_comment, meta_comment) = (comment(&conn.comment), comment(&meta.comment));
    let modify_comment = (conn_comment != meta_comment).then(|| meta_comment.clone());
    // An identity is a server default to Alembic. When either side has a server default
    // its server-default comparison stops early (server defaults are not compared), so
    // `autoincrement=` is never added; and a nullability change on an identity column
    // is ignored.
    let has_default = |c: &ColumnSpec| c.server_default.is_some() || c.identity.is_some();
    let autoincrement = if has_default(conn) || has_default(meta) {
        None
    } else if table.autoincrement_column.as_deref() == Some(meta.name.as_str()) {
        Some(true)
    } else {
        match meta.autoincrement.as_deref() {
            Some("True") => Some(true),
            Some("False") => Some(false),
            _ => None,
        }
    };
    let identity = conn.identity.is_some() || meta.identity.is_some();
    AlterColumn {
        table: table.name.clone(),
        column: meta.name.clone(),
        existing_type: conn.ty.clone(),
        modify_type: types_differ(&conn.ty.ddl, &meta.ty.ddl).then(|| meta.ty.clone()),
        existing_nullable: conn.nullable,
        modify_nullable: (conn.nullable != meta.nullable && !identity).then_some(meta.nullable),
        existing_server_default: conn
            .server_default
            .clone()
            .or_else(|| conn.identity.clone()),
        existing_comment: conn_comment,
        modify_comment,
        autoincrement,
    }
}

/// A compiled type split as `DefaultImpl._tokenize_column_type` splits it.
struct Params {
    token0: String,
    tokens: Vec<String>,
    args: Vec<String>,
}

fn tokenize(ddl: &str) -> Params {
    let text = ddl.to_lowercase();
    let chars: Vec<char> = text.chars().collect();
    let mut words = Vec::new();
    let mut paren = None;
    let mut i = 0;
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    while i < chars.len() {
        if chars[i] == '(' {
            // `\(.+?\)`: at least one character, up to the first `)` after it.
            if let Some(end) = (i + 2..chars.len()).find(|&j| chars[j] == ')') {
                paren = Some(chars[i..=end].iter().collect::<String>());
                i = end + 1;
                continue;
            }
            i += 1;
        } else if word(chars[i]) {
            let start = i;
            while i < chars.len() && word(chars[i]) {
                i += 1;
            }
            words.push(chars[start..i].iter().collect::<String>());
        } else {
            i += 1;
        }
    }
    let args = paren
        .map(|p| {
            p.split(['(', ')', ','])
                .filter(|t| !t.is_empty() && !t.contains('='))
                .map(|t| t.trim().to_string())
                .collect()
        })
        .unwrap_or_default();
    let mut words = words.into_iter();
    Params {
        token0: words.next().unwrap_or_default(),
        tokens: words.collect(),
        args,
    }
}

/// `DefaultImpl.compare_type` with PostgreSQL's synonyms.
pub fn types_differ(conn_ddl: &str, meta_ddl: &str) -> bool {
    let insp = tokenize(conn_ddl);
    let meta = tokenize(meta_ddl);
    let synonyms: [&[&str]; 2] = [&["numeric", "decimal"], &["float", "double precision"]];
    let all = |p: &Params| {
        std::iter::once(p.token0.clone())
            .chain(p.tokens.iter().cloned())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let types_match = insp.token0 == meta.token0
        || synonyms.iter().any(|batch| {
            (batch.contains(&all(&insp).as_str()) && batch.contains(&all(&meta).as_str()))
                || (batch.contains(&insp.token0.as_str()) && batch.contains(&meta.token0.as_str()))
        });
    if !types_match {
        return true;
    }
    let tokens_differ = meta.tokens.len() == insp.tokens.len() && meta.tokens != insp.tokens;
    let args_differ = meta.args.len() == insp.args.len() && meta.args != insp.args;
    tokens_differ || args_differ
}

/// An index or a unique constraint, as `_compare_indexes_and_uniques` handles both.
#[derive(Clone)]
enum Keyed<'a> {
    Index(&'a IndexSpec),
    Unique(&'a UniqueSpec),
}

fn sorted_columns(cols: &[String]) -> Vec<String> {
    let mut c = cols.to_vec();
    c.sort();
    c
}

/// Named indexes and unique constraints of a table, by name.
fn named(t: Option<&TableSpec>) -> BTreeMap<String, Keyed<'_>> {
    let mut m = BTreeMap::new();
    if let Some(t) = t {
        for u in &t.uniques {
            if let Some(n) = u.name.text() {
                m.insert(n.to_string(), Keyed::Unique(u));
            }
        }
        for i in &t.indexes {
            if let Some(n) = i.name.text() {
                m.insert(n.to_string(), Keyed::Index(i));
            }
        }
    }
    m
}

fn indexes_and_uniques(table: &str, conn: Option<&TableSpec>, meta: Option<&TableSpec>) -> Vec<Op> {
    let whole_table = conn.is_none() || meta.is_none();
    let mut ops = Vec::new();
    let added = |ops: &mut Vec<Op>, k: &Keyed| match k {
        Keyed::Index(i) => ops.push(Op::CreateIndex(table.to_string(), (*i).clone())),
        Keyed::Unique(u) if !whole_table => {
            ops.push(Op::AddUnique(table.to_string(), (*u).clone()))
        }
        Keyed::Unique(_) => {}
    };
    let removed = |ops: &mut Vec<Op>, k: &Keyed| match k {
        Keyed::Index(i) => ops.push(Op::DropIndex(table.to_string(), (*i).clone())),
        Keyed::Unique(u) if !whole_table => {
            ops.push(Op::DropUnique(table.to_string(), (*u).clone()))
        }
        Keyed::Unique(_) => {}
    };
    let meta_names = named(meta);
    let conn_names = named(conn);
    let unnamed_meta_uniques: Vec<&UniqueSpec> = meta
        .map(|t| t.uniques.iter().filter(|u| u.name == Name::None).collect())
        .unwrap_or_default();
    // Keyed by column signature, as Alembic's dict is: one per set of columns.
    let unnamed_meta_uniques: Vec<&UniqueSpec> = unnamed_meta_uniques
        .iter()
        .enumerate()
        .filter(|(n, u)| {
            !unnamed_meta_uniques[..*n]
                .iter()
                .any(|o| sorted_columns(&o.columns) == sorted_columns(&u.columns))
        })
        .map(|(_, u)| *u)
        .collect();
    let conn_unique_sigs: BTreeSet<Vec<String>> = conn
        .map(|t| {
            t.uniques
                .iter()
                .map(|u| sorted_columns(&u.columns))
                .collect()
        })
        .unwrap_or_default();
    for (name, obj) in &conn_names {
        if meta_names.contains_key(name) {
            continue;
        }
        if let Keyed::Unique(u) = obj {
            if unnamed_meta_uniques
                .iter()
                .any(|m| sorted_columns(&m.columns) == sorted_columns(&u.columns))
            {
                continue;
            }
        }
        removed(&mut ops, obj);
    }
    for (name, meta_obj) in &meta_names {
        let Some(conn_obj) = conn_names.get(name) else {
            continue;
        };
        match (meta_obj, conn_obj) {
            (Keyed::Index(m), Keyed::Index(c)) => {
                if m.unique != c.unique || m.columns != c.columns {
                    removed(&mut ops, conn_obj);
                    added(&mut ops, meta_obj);
                }
            }
            (Keyed::Unique(m), Keyed::Unique(c)) => {
                if sorted_columns(&m.columns) != sorted_columns(&c.columns) {
                    removed(&mut ops, conn_obj);
                    added(&mut ops, meta_obj);
                }
            }
            _ => {
                removed(&mut ops, conn_obj);
                added(&mut ops, meta_obj);
            }
        }
    }
    for (name, obj) in &meta_names {
        if !conn_names.contains_key(name) {
            added(&mut ops, obj);
        }
    }
    for u in unnamed_meta_uniques {
        if !conn_unique_sigs.contains(&sorted_columns(&u.columns)) {
            added(&mut ops, &Keyed::Unique(u));
        }
    }
    ops
}

fn foreign_keys(meta: &TableSpec, conn: &TableSpec) -> Vec<Op> {
    let mut ops = Vec::new();
    for fk in &conn.foreign_keys {
        if !meta
            .foreign_keys
            .iter()
            .any(|m| m.signature() == fk.signature())
        {
            ops.push(Op::DropForeignKey(meta.name.clone(), fk.clone()));
        }
    }
    for fk in &meta.foreign_keys {
        if !conn
            .foreign_keys
            .iter()
            .any(|c| c.signature() == fk.signature())
        {
            ops.push(Op::AddForeignKey(meta.name.clone(), fk.clone()));
        }
    }
    ops
}

#[cfg(test)]
mod tests {
    use super::types_differ;

    #[test]
    fn type_comparison_follows_alembic() {
        assert!(!types_differ("VARCHAR(50)", "VARCHAR"));
        assert!(types_differ("VARCHAR(50)", "VARCHAR(100)"));
        assert!(types_differ("INTEGER", "BIGINT"));
        assert!(types_differ("VARCHAR(50)", "TEXT"));
        assert!(!types_differ("NUMERIC(10, 2)", "NUMERIC"));
        assert!(types_differ("NUMERIC(10, 2)", "NUMERIC(12, 2)"));
        assert!(!types_differ("DOUBLE PRECISION", "FLOAT"));
        assert!(types_differ(
            "TIMESTAMP WITHOUT TIME ZONE",
            "TIMESTAMP WITH TIME ZONE"
        ));
        assert!(!types_differ(
            "TIMESTAMP WITHOUT TIME ZONE",
            "TIMESTAMP WITHOUT TIME ZONE"
        ));
    }
}
