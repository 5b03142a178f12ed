//! The order the playground shows a table's rows in: by its primary key (or, without
//! one, by its columns left to right), each column compared by its type as PostgreSQL's
//! `ORDER BY ... ASC` compares it — ids 1, 2, 10 (not 1, 10, 2), numerics, dates and
//! times by value, NULLs last.
//!
//! The report keeps its rows ordered by their JSON text (so that physical order is no
//! part of the contract, see [`crate::snapshot`]); this is only the order a person
//! reads them in, a permutation of the report's positions, so marks that name a row
//! by its position still point at it.

use crate::snapshot::TableState;
use rehearse_engine::types::SqlType;
use rehearse_engine::value::{self, Value};
use serde_json::Value as Json;
use std::cmp::Ordering;

/// A cell as the order compares it.
#[derive(Debug)]
enum Key {
    /// Read as its column's type.
    Typed(Value),
    /// Compared as text, byte by byte (the C collation of PGlite's databases): a type
    /// the order does not read (text, enums, json, arrays), or a value it could not.
    Text(String),
    /// NULL: last, as `ASC` puts it.
    Null,
}

impl Key {
    fn compare(&self, other: &Key) -> Ordering {
        match (self, other) {
            (Key::Typed(a), Key::Typed(b)) => a.compare(b),
            (Key::Text(a), Key::Text(b)) => a.as_bytes().cmp(b.as_bytes()),
            (Key::Null, Key::Null) => Ordering::Equal,
            (Key::Null, _) => Ordering::Greater,
            (_, Key::Null) => Ordering::Less,
            (Key::Typed(_), Key::Text(_)) => Ordering::Less,
            (Key::Text(_), Key::Typed(_)) => Ordering::Greater,
        }
    }
}

/// The type a column's `format_type` text names, when the order compares it by value.
fn typed(format: &str) -> Option<SqlType> {
    // `numeric(10,2)`, `timestamp(3) without time zone`: the modifier does not change
    // the order.
    let mut base = String::with_capacity(format.len());
    let mut depth = 0usize;
    for c in format.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => base.push(c),
            _ => {}
        }
    }
    Some(match base.trim() {
        "smallint" => SqlType::SmallInt,
        "integer" => SqlType::Integer,
        "bigint" => SqlType::BigInt,
        "numeric" => SqlType::Numeric(None),
        "real" => SqlType::Real,
        "double precision" => SqlType::Double,
        "boolean" => SqlType::Boolean,
        "date" => SqlType::Date,
        "timestamp without time zone" => SqlType::Timestamp,
        "timestamp with time zone" => SqlType::TimestampTz,
        "time without time zone" => SqlType::Time(None),
        "time with time zone" => SqlType::TimeTz(None),
        "interval" => SqlType::Interval,
        "uuid" => SqlType::Uuid,
        "inet" => SqlType::Inet,
        "cidr" => SqlType::Cidr,
        "macaddr" => SqlType::MacAddr,
        "bytea" => SqlType::Bytea,
        _ => return None,
    })
}

fn key(cell: &Json, ty: Option<&SqlType>) -> Key {
    let text = match cell {
        Json::Null => return Key::Null,
        Json::String(s) => s.clone(),
        other => other.to_string(),
    };
    match ty.map(|ty| value::input(&text, ty)) {
        Some(Ok(v)) if !v.is_null() => Key::Typed(v),
        _ => Key::Text(text),
    }
}

/// The column names of a `PRIMARY KEY (a, "B c")` definition.
fn key_columns(definition: &str) -> Vec<String> {
    let Some(list) = definition
        .strip_prefix("PRIMARY KEY (")
        .and_then(|rest| rest.rfind(')').map(|end| &rest[..end]))
    else {
        return Vec::new();
    };
    let mut names = Vec::new();
    let mut chars = list.chars().peekable();
    loop {
        while chars.next_if(|c| *c == ' ').is_some() {}
        let mut name = String::new();
        if chars.next_if_eq(&'"').is_some() {
            while let Some(c) = chars.next() {
                if c == '"' && chars.next_if_eq(&'"').is_none() {
                    break;
                }
                name.push(c);
            }
        } else {
            while let Some(c) = chars.next_if(|c| *c != ',') {
                name.push(c);
            }
        }
        names.push(name.trim_end().to_string());
        if chars.next().is_none() {
            return names;
        }
    }
}

/// The positions of `table`'s rows in the order they are shown: by the primary key's
/// columns, then the other columns left to right; rows equal in every column keep the
/// report's order. A column's values are read only for rows still tied when it is
/// reached, so a table with a primary key reads one column.
pub fn display_order(table: &TableState) -> Vec<usize> {
    let rows = &*table.rows;
    let primary: Vec<usize> = table
        .constraints
        .iter()
        .filter(|c| c.kind == "p")
        .flat_map(|c| key_columns(&c.definition))
        .filter_map(|name| table.columns.iter().position(|c| c.name == name))
        .collect();
    let others = (0..table.columns.len()).filter(|i| !primary.contains(i));
    let columns: Vec<usize> = primary.iter().copied().chain(others).collect();
    let mut order: Vec<usize> = (0..rows.len()).collect();
    // Ranges of `order` whose rows are equal in every column sorted so far.
    let mut ties: Vec<std::ops::Range<usize>> = std::iter::once(0..order.len()).collect();
    for column in columns {
        let ty = table.columns.get(column).and_then(|c| typed(&c.ty));
        let mut next = Vec::new();
        for range in ties {
            if range.len() < 2 {
                continue;
            }
            let slice = &mut order[range.clone()];
            let mut keyed: Vec<(Key, usize)> = slice
                .iter()
                .map(|&r| {
                    let cell = rows.get(r).and_then(|row| row.get(column));
                    (cell.map_or(Key::Null, |c| key(c, ty.as_ref())), r)
                })
                .collect();
            // Stable: ties keep the report's order.
            keyed.sort_by(|a, b| a.0.compare(&b.0));
            let mut start = 0;
            for i in 1..=keyed.len() {
                if i == keyed.len() || keyed[i].0.compare(&keyed[start].0) != Ordering::Equal {
                    if i - start > 1 {
                        next.push(range.start + start..range.start + i);
                    }
                    start = i;
                }
            }
            for (slot, (_, r)) in slice.iter_mut().zip(keyed) {
                *slot = r;
            }
        }
        ties = next;
        if ties.is_empty() {
            break;
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::snapshot;

    /// The rows of `table` after `setup`, in the order shown.
    fn shown(setup: &str, table: &str) -> Vec<Vec<Json>> {
        let mut engine = rehearse_engine::Engine::new(chrono::NaiveDateTime::default());
        crate::run::apply_script(&mut engine, setup, rehearse_engine::error::Source::Setup)
            .unwrap();
        let tables = snapshot(&engine.db);
        let t = tables.iter().find(|t| t.name == table).unwrap();
        display_order(t)
            .into_iter()
            .map(|i| t.rows[i].clone())
            .collect()
    }

    fn column(rows: &[Vec<Json>], i: usize) -> Vec<String> {
        rows.iter().map(|r| r[i].to_string()).collect()
    }

    #[test]
    fn ids_sort_as_numbers_and_nulls_come_last() {
        let rows = shown(
            "CREATE TABLE t (name text, id integer PRIMARY KEY);
             INSERT INTO t VALUES ('a', 10), ('b', 2), ('c', 1), ('d', 100), ('e', -3);",
            "t",
        );
        assert_eq!(column(&rows, 1), ["-3", "1", "2", "10", "100"]);
        // No primary key: by every column left to right, each by its type.
        let rows = shown(
            "CREATE TABLE m (price numeric(8,2), at date, tag text);
             INSERT INTO m VALUES (10, '2024-01-02', 'x'), (9.5, '2024-01-01', 'y'),
               (NULL, '2023-12-31', 'z'), (10, '2023-01-05', 'w'), (-1e3, NULL, NULL);",
            "m",
        );
        assert_eq!(
            column(&rows, 0),
            ["\"-1000.00\"", "\"9.50\"", "\"10.00\"", "\"10.00\"", "null"]
        );
        assert_eq!(column(&rows, 1)[2..4], ["\"2023-01-05\"", "\"2024-01-02\""]);
    }

    #[test]
    fn a_composite_key_orders_by_its_columns_in_key_order() {
        let rows = shown(
            r#"CREATE TABLE k (v text, "B c" bigint, a timestamp, PRIMARY KEY ("B c", a));
               INSERT INTO k VALUES ('p', 2, '2024-01-01 10:00'), ('q', 10, '2020-01-01'),
                 ('r', 2, '2024-01-01 09:00'), ('s', 1, '2030-01-01');"#,
            "k",
        );
        assert_eq!(column(&rows, 0), ["\"s\"", "\"r\"", "\"p\"", "\"q\""]);
        assert_eq!(key_columns(r#"PRIMARY KEY ("B c", a)"#), ["B c", "a"]);
        assert_eq!(key_columns(r#"PRIMARY KEY ("x,""y")"#), ["x,\"y"]);
    }

    #[test]
    fn five_thousand_rows_show_their_first_ids_first() {
        let rows = shown(
            "CREATE TABLE big (id integer PRIMARY KEY, v float8);
             INSERT INTO big SELECT g, g * 0.5 FROM generate_series(1, 5000) g;",
            "big",
        );
        let first: Vec<String> = column(&rows[..4], 0);
        assert_eq!(first, ["1", "2", "3", "4"]);
        assert_eq!(rows[199][0], Json::from(200));
    }
}
