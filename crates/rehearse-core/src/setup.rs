//! The setup script as data: run it into tables (for the playground's grid), and write
//! tables back as a setup script that recreates them exactly — columns, defaults,
//! constraints, indexes, rows, and sequence positions.

use crate::snapshot::TableState;
use crate::snapshot::{sequence_positions, snapshot};
use rehearse_engine::deparse::quote_ident;
use rehearse_engine::error::{InputError, Source};
use rehearse_engine::sql;
use rehearse_engine::Engine;
use serde::{Deserialize, Serialize};

/// What a setup script creates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetupModel {
    /// Tables in name order.
    pub tables: Vec<TableState>,
    /// Each sequence and the last value it handed out (0: never used).
    pub sequences: Vec<(String, i64)>,
}

impl SetupModel {
    /// The grid's model of a database's tables (its views are not the grid's: their
    /// statements are carried over by [`write_back`]).
    pub fn new(tables: Vec<TableState>, sequences: Vec<(String, i64)>) -> SetupModel {
        SetupModel {
            tables: tables.into_iter().filter(|t| t.view.is_none()).collect(),
            sequences,
        }
    }
}

/// Runs a setup script.
pub fn load(setup: &str, now: chrono::NaiveDateTime) -> Result<SetupModel, InputError> {
    let mut engine = Engine::new(now);
    crate::run::apply_script(&mut engine, setup, Source::Setup)?;
    Ok(SetupModel::new(
        snapshot(&engine.db),
        sequence_positions(&engine.db),
    ))
}

/// Appends a row to table `table` as PostgreSQL would fill it from defaults: serial and
/// identity columns take their sequence's next value, other defaults are evaluated, and
/// NOT NULL columns without one get a placeholder of their type for the user to edit.
pub fn add_row(
    model: &SetupModel,
    table: usize,
    now: chrono::NaiveDateTime,
) -> Result<SetupModel, InputError> {
    let mut engine = Engine::new(now);
    crate::run::apply_script(&mut engine, &to_sql(model), Source::Setup)?;
    let mut out = model.clone();
    let Some(state) = out.tables.get_mut(table) else {
        return Ok(out);
    };
    let Some(t) = engine.db.tables.get(&state.name).cloned() else {
        return Ok(out);
    };
    let extensions = engine.db.extensions.clone();
    let (tables, mut env) = engine.split();
    let _ = tables;
    let scope = rehearse_engine::expr::Scope {
        table: &t.name,
        columns: Vec::new(),
        enums: env.enums,
        extensions: Some(&extensions),
        joined: Vec::new(),
        query: None,
    };
    let mut row = Vec::new();
    for c in &t.columns {
        let value = if let Some(identity) = &c.identity {
            let seq = env
                .sequences
                .entry(identity.sequence.clone())
                .or_insert_with(|| rehearse_engine::catalog::Sequence::new(1, 1));
            rehearse_engine::value::Value::Int(seq.next_value())
        } else if let Some(d) = &c.default {
            let bound = scope.bind(d).and_then(|b| {
                scope.coerce(b, &c.ty, rehearse_engine::types::CastContext::Assignment)
            });
            match bound.and_then(|b| b.eval(&[], &mut env)) {
                Ok(v) => v,
                Err(e) => {
                    return Err(InputError::new(
                        Source::Setup,
                        rehearse_engine::span::Span::new(1, 1),
                        e.to_string(),
                    ))
                }
            }
        } else if c.not_null {
            placeholder(&c.ty)
        } else {
            rehearse_engine::value::Value::Null
        };
        row.push(crate::snapshot::json_value(&value, &c.ty));
    }
    state.rows.push(row);
    out.sequences = env
        .sequences
        .iter()
        .map(|(k, v)| (k.clone(), v.last.unwrap_or(0)))
        .collect();
    Ok(out)
}

/// How the grid stores what the user types in a cell: by the column's type (its
/// `format_type` name, as the model's columns carry it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellType {
    /// `smallint`, `integer`, `bigint`: a JSON number when the text reads as one.
    Integer,
    /// `boolean`: `true`/`t` and `false`/`f` become JSON booleans.
    Boolean,
    /// Anything else: the text as typed, for PostgreSQL to read on INSERT.
    Text,
}

impl CellType {
    /// The cell type of a column of type `ty` (a `format_type` name).
    pub fn of(ty: &str) -> CellType {
        match ty {
            "integer" | "smallint" | "bigint" => CellType::Integer,
            "boolean" => CellType::Boolean,
            _ => CellType::Text,
        }
    }

    /// The cell's value for `text`: typed when the text reads as this type (spaces
    /// around it ignored), else the text itself, untrimmed.
    pub fn value(self, text: &str) -> serde_json::Value {
        match self {
            CellType::Integer => {
                if let Ok(n) = text.trim().parse::<i64>() {
                    return n.into();
                }
            }
            CellType::Boolean => match text.trim() {
                "true" | "t" => return true.into(),
                "false" | "f" => return false.into(),
                _ => {}
            },
            CellType::Text => {}
        }
        serde_json::Value::String(text.to_string())
    }
}

/// Sets one cell of `model` (`None`: NULL), typed by its column ([`CellType`]). A
/// position outside the model changes nothing.
pub fn set_cell(
    model: &mut SetupModel,
    table: usize,
    row: usize,
    column: usize,
    value: Option<&str>,
) {
    let Some(t) = model.tables.get_mut(table) else {
        return;
    };
    let ty = CellType::of(t.columns.get(column).map_or("", |c| c.ty.as_str()));
    if let Some(cell) = t.rows.get_mut(row).and_then(|r| r.get_mut(column)) {
        *cell = value.map_or(serde_json::Value::Null, |v| ty.value(v));
    }
}

fn placeholder(ty: &rehearse_engine::types::SqlType) -> rehearse_engine::value::Value {
    use rehearse_engine::types::SqlType as T;
    use rehearse_engine::value::Value;
    match ty {
        T::SmallInt | T::Integer | T::BigInt => Value::Int(0),
        T::Boolean => Value::Bool(false),
        T::Numeric(_) => Value::Numeric(rust_decimal::Decimal::ZERO),
        T::Real | T::Double => Value::Float(0.0),
        T::Json | T::Jsonb => Value::Text("{}".into()),
        T::Date => Value::Date(chrono::NaiveDate::default()),
        T::Timestamp | T::TimestampTz => Value::Timestamp(chrono::NaiveDateTime::default()),
        T::Uuid => Value::Uuid(0),
        T::Bytea => Value::Bytes(Vec::new()),
        T::MacAddr => Value::MacAddr([0; 6]),
        T::Inet | T::Cidr => Value::Inet(rehearse_engine::value::Inet {
            addr: [0; 4],
            bits: 32,
        }),
        _ => Value::Text(String::new()),
    }
}

fn literal(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "NULL".into(),
        serde_json::Value::Bool(b) => b.to_string(),
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::String(s) => format!("'{}'", s.replace('\'', "''")),
        other => format!("'{}'", other.to_string().replace('\'', "''")),
    }
}

/// `nextval('t_id_seq'::regclass)` → `t_id_seq`.
fn serial_sequence(default: &str) -> Option<&str> {
    default
        .strip_prefix("nextval('")?
        .strip_suffix("'::regclass)")
        .map(|s| s.trim_matches('"'))
}

/// Writes a setup script recreating `model`.
pub fn to_sql(model: &SetupModel) -> String {
    let mut out = String::new();
    // An extension's type exists only once the extension is created.
    let citext = model
        .tables
        .iter()
        .any(|t| t.columns.iter().any(|c| c.ty == "citext"));
    if citext {
        out.push_str("CREATE EXTENSION IF NOT EXISTS citext;\n");
    }
    let mut later = Vec::new();
    // Views are not the grid's: [`write_back`] carries their statements over verbatim.
    for t in model.tables.iter().filter(|t| t.view.is_none()) {
        let name = quote_ident(&t.name);
        let mut items = Vec::new();
        for c in &t.columns {
            let serial = c.default.as_deref().and_then(serial_sequence);
            let ty = match (serial, c.ty.as_str()) {
                (Some(_), "integer") => "serial".to_string(),
                (Some(_), "bigint") => "bigserial".to_string(),
                (Some(_), "smallint") => "smallserial".to_string(),
                _ => c.ty.clone(),
            };
            let mut item = format!("{} {ty}", quote_ident(&c.name));
            if let (Some(d), None) = (&c.default, serial) {
                item.push_str(&format!(" DEFAULT {d}"));
            }
            if !c.nullable && serial.is_none() {
                item.push_str(" NOT NULL");
            }
            items.push(item);
        }
        for c in &t.constraints {
            let item = format!("CONSTRAINT {} {}", quote_ident(&c.name), c.definition);
            if c.kind == "f" {
                later.push(format!("ALTER TABLE {name} ADD {item};"));
            } else {
                items.push(item);
            }
        }
        out.push_str(&format!(
            "CREATE TABLE {name} (\n    {}\n);\n",
            items.join(",\n    ")
        ));
        for i in &t.indexes {
            if t.constraints.iter().any(|c| c.name == i.name) {
                continue;
            }
            let unique = if i.unique { "UNIQUE " } else { "" };
            out.push_str(&format!(
                "CREATE {unique}INDEX {} ON {name} ({});\n",
                quote_ident(&i.name),
                i.columns.join(", ")
            ));
        }
        if !t.rows.is_empty() {
            let cols: Vec<String> = t.columns.iter().map(|c| quote_ident(&c.name)).collect();
            let rows: Vec<String> = t
                .rows
                .iter()
                .map(|r| format!("({})", r.iter().map(literal).collect::<Vec<_>>().join(", ")))
                .collect();
            out.push_str(&format!(
                "INSERT INTO {name} ({}) VALUES\n    {};\n",
                cols.join(", "),
                rows.join(",\n    ")
            ));
        }
        for c in &t.columns {
            if let Some(seq) = c.default.as_deref().and_then(serial_sequence) {
                let value = model
                    .sequences
                    .iter()
                    .find(|(s, _)| s == seq)
                    .map_or(0, |(_, v)| *v);
                if value > 0 {
                    out.push_str(&format!(
                        "SELECT setval('{}', {value});\n",
                        quote_ident(seq)
                    ));
                }
            }
        }
        out.push('\n');
    }
    for l in later {
        out.push_str(&l);
        out.push('\n');
    }
    out
}

/// The setup script for `edited`, the grid's model of `setup` (`before`) with its rows
/// changed, or why the grid cannot write it without losing part of the user's setup.
///
/// [`to_sql`] writes tables (columns, defaults, constraints, plain indexes), rows and
/// sequence positions; a setup may define more (an enum type, an index method or
/// predicate, an extension, a sequence of its own). The check is exact: the user's
/// script and the script written from `before` must define the same catalog, rows and
/// sequence positions aside; only then is the user's text replaced.
pub fn write_back(
    setup: &str,
    before: &SetupModel,
    edited: &SetupModel,
    now: chrono::NaiveDateTime,
) -> Result<String, String> {
    let run = |text: &str| {
        let mut engine = Engine::new(now);
        crate::run::apply_script(&mut engine, text, Source::Setup).map(|()| engine.db)
    };
    let theirs = run(setup).map_err(|e| {
        format!(
            "the setup script does not run (line {}: {}); fix it in the SQL tab first, \
             so that the grid does not replace it",
            e.span.line, e.message
        )
    })?;
    // The setup's view statements, which the grid does not model, follow its tables
    // as written (the check below proves they define the same views).
    let views = view_statements(setup);
    // The grid's own script from an unedited model always runs; if it did not, the
    // user's script is kept all the same.
    let ours = run(&(to_sql(before) + &views)).map_err(|e| {
        format!(
            "the grid cannot write this setup back (its script would fail: {}); edit its \
             rows in the SQL tab",
            e.message.trim_start_matches("ERROR:").trim()
        )
    })?;
    match catalog_difference(&theirs, &ours) {
        None => Ok(to_sql(edited) + &views),
        Some(what) => Err(format!(
            "the grid cannot write this setup back without losing {what}; edit its rows in \
             the SQL tab"
        )),
    }
}

/// The statements of `setup` that create or change views, each ending with `;`.
fn view_statements(setup: &str) -> String {
    let Ok(statements) = sql::parse_script(setup, Source::Setup) else {
        return String::new();
    };
    statements
        .iter()
        .filter(|s| matches!(s.kind, sql::StatementKind::View(_)))
        .map(|s| format!("{};\n", s.text))
        .collect()
}

/// The first thing `theirs` defines that `ours` does not define the same way, rows and
/// sequence positions aside, in words.
fn catalog_difference(
    theirs: &rehearse_engine::catalog::Database,
    ours: &rehearse_engine::catalog::Database,
) -> Option<String> {
    let same =
        |a: &dyn std::fmt::Debug, b: &dyn std::fmt::Debug| format!("{a:?}") == format!("{b:?}");
    if let Some(e) = theirs
        .extensions
        .symmetric_difference(&ours.extensions)
        .next()
    {
        return Some(format!("the extension {e}"));
    }
    for (name, labels) in &theirs.enums {
        if ours.enums.get(name) != Some(labels) {
            return Some(format!("the enum type {name}"));
        }
    }
    for (name, seq) in &theirs.sequences {
        match ours.sequences.get(name) {
            Some(o) if (o.start, o.increment) == (seq.start, seq.increment) => {}
            _ => return Some(format!("the sequence {name}")),
        }
    }
    // Columns and constraints as PostgreSQL prints them (a default read back from
    // `'new'::character varying` is the same default as `'new'`); indexes as stored,
    // method, operator classes and predicate included.
    let (their_states, our_states) = (snapshot(theirs), snapshot(ours));
    for (name, t) in &theirs.tables {
        let Some(o) = ours.tables.get(name) else {
            return Some(format!("the table {name}"));
        };
        let state = |states: &[TableState]| states.iter().find(|s| &s.name == name).cloned();
        let (ts, os) = (state(&their_states), state(&our_states));
        let columns = |s: &Option<TableState>| s.as_ref().map(|s| s.columns.clone());
        let identities = |t: &rehearse_engine::catalog::Table| {
            t.columns
                .iter()
                .map(|c| format!("{:?}", c.identity))
                .collect::<Vec<_>>()
        };
        if columns(&ts) != columns(&os) || identities(t) != identities(o) {
            return Some(format!("a column definition of {name}"));
        }
        let constraints = |s: &Option<TableState>| s.as_ref().map(|s| s.constraints.clone());
        if constraints(&ts) != constraints(&os) {
            return Some(format!("a constraint of {name}"));
        }
        for i in &t.indexes {
            match o.indexes.iter().find(|x| x.name == i.name) {
                Some(x) if same(i, x) => {}
                _ => return Some(format!("the index {}", i.name)),
            }
        }
    }
    let views = |db: &rehearse_engine::catalog::Database| {
        db.views
            .values()
            .map(|v| format!("{} {}: {:?}", v.kind(), v.name, v.columns))
            .collect::<Vec<_>>()
    };
    if views(theirs) != views(ours) {
        return Some("a view".to_string());
    }
    // What the grid would add (it writes only what it read, so this is a safeguard).
    (format!("{:?}", theirs.tables.keys().collect::<Vec<_>>())
        != format!("{:?}", ours.tables.keys().collect::<Vec<_>>()))
    .then(|| "the list of tables".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn setup_round_trips_through_sql() {
        let setup = "CREATE TABLE vendors (id serial PRIMARY KEY, name varchar(200) NOT NULL DEFAULT 'x', score numeric(5,2) CHECK (score >= 0));
CREATE UNIQUE INDEX vendors_name_idx ON vendors (name);
INSERT INTO vendors (name, score) VALUES ('Acme', 1.5), ('O''Brien', NULL);
CREATE TABLE orders (id int PRIMARY KEY, vendor_id int REFERENCES vendors(id));
INSERT INTO orders VALUES (1, 2);";
        let now = chrono::NaiveDateTime::default();
        let model = load(setup, now).unwrap();
        let again = load(&to_sql(&model), now).unwrap();
        assert_eq!(model, again, "{}", to_sql(&model));
        assert_eq!(model.sequences, vec![("vendors_id_seq".to_string(), 2)]);
    }

    #[test]
    fn an_extension_type_round_trips_with_its_extension() {
        let setup = "CREATE EXTENSION citext;
CREATE TABLE users (id int PRIMARY KEY, email citext NOT NULL UNIQUE);
INSERT INTO users VALUES (1, 'Ann@x.com');";
        let now = chrono::NaiveDateTime::default();
        let model = load(setup, now).unwrap();
        let again = load(&to_sql(&model), now).unwrap();
        assert_eq!(model, again, "{}", to_sql(&model));
        assert!(to_sql(&model).starts_with("CREATE EXTENSION IF NOT EXISTS citext;"));
    }

    #[test]
    fn the_grid_writes_back_only_what_it_can_write_exactly() {
        let now = chrono::NaiveDateTime::default();
        let edit = |setup: &str| {
            let before = load(setup, now).unwrap();
            let mut edited = before.clone();
            set_cell(&mut edited, 0, 0, 1, Some("changed"));
            write_back(setup, &before, &edited, now)
        };
        let plain = "CREATE TABLE t (id serial PRIMARY KEY, name text NOT NULL UNIQUE);\n\
                     CREATE INDEX t_name_idx ON t (name);\nINSERT INTO t (name) VALUES ('a');";
        let written = edit(plain).unwrap();
        assert!(written.contains("'changed'"), "{written}");
        // An expression index is written as it was read.
        let expression = "CREATE TABLE t (id int PRIMARY KEY, name text);\n\
                          CREATE INDEX t_lower ON t (lower(name));\nINSERT INTO t VALUES (1, 'a');";
        assert!(edit(expression)
            .unwrap()
            .contains("CREATE INDEX t_lower ON t (lower(name));"));
        for (setup, lost) in [
            (
                "CREATE TYPE mood AS ENUM ('ok', 'sad');\n\
                 CREATE TABLE t (id int PRIMARY KEY, name text, m mood);\n\
                 INSERT INTO t VALUES (1, 'a', 'ok');",
                "type \"mood\" does not exist",
            ),
            (
                "CREATE TABLE t (id int PRIMARY KEY, name text, tags text[]);\n\
                 CREATE INDEX t_tags ON t USING gin (tags);\nINSERT INTO t VALUES (1, 'a', '{x}');",
                "the index t_tags",
            ),
            (
                "CREATE TABLE t (id int PRIMARY KEY, name text);\n\
                 CREATE INDEX t_part ON t (name) WHERE name IS NOT NULL;\n\
                 INSERT INTO t VALUES (1, 'a');",
                "the index t_part",
            ),
        ] {
            let why = edit(setup).unwrap_err();
            assert!(why.contains(lost), "{setup}: {why}");
        }
        // A view is carried over as written, after the tables it reads.
        let with_view = edit(
            "CREATE TABLE t (id int PRIMARY KEY, name text);\nINSERT INTO t VALUES (1, 'a');\n\
             CREATE VIEW names AS SELECT upper(name) AS n FROM t;",
        )
        .unwrap();
        assert!(with_view.contains("'changed'"), "{with_view}");
        assert!(
            with_view.ends_with("CREATE VIEW names AS SELECT upper(name) AS n FROM t;\n"),
            "{with_view}"
        );
        assert!(!with_view.contains("CREATE TABLE names"), "{with_view}");
        let rows_only =
            edit("CREATE TABLE t (id int PRIMARY KEY, name text);\nINSERT INTO t VALUES (1, 'a');");
        assert!(rows_only.is_ok());
        let before = load("CREATE TABLE t (id int, name text);", now).unwrap();
        let why =
            write_back("CREATE TABLE t (id int, name text", &before, &before, now).unwrap_err();
        assert!(why.contains("does not run"), "{why}");
    }

    #[test]
    fn a_cell_is_typed_by_its_column() {
        use serde_json::json;
        assert_eq!(CellType::of("integer"), CellType::Integer);
        assert_eq!(CellType::of("bigint"), CellType::Integer);
        assert_eq!(CellType::of("smallint"), CellType::Integer);
        assert_eq!(CellType::of("boolean"), CellType::Boolean);
        assert_eq!(CellType::of("integer[]"), CellType::Text);
        assert_eq!(CellType::of("numeric(5,2)"), CellType::Text);
        assert_eq!(CellType::Integer.value(" 42 "), json!(42));
        assert_eq!(CellType::Integer.value("-7"), json!(-7));
        // Not an integer: kept as typed, for PostgreSQL to reject or cast.
        assert_eq!(CellType::Integer.value("4.5"), json!("4.5"));
        assert_eq!(
            CellType::Integer.value("99999999999999999999"),
            json!("99999999999999999999")
        );
        assert_eq!(CellType::Boolean.value("t"), json!(true));
        assert_eq!(CellType::Boolean.value(" false"), json!(false));
        assert_eq!(CellType::Boolean.value("yes"), json!("yes"));
        assert_eq!(CellType::Text.value(" 42 "), json!(" 42 "));
        assert_eq!(CellType::Text.value(""), json!(""));
    }

    #[test]
    fn set_cell_types_the_value_and_ignores_positions_outside() {
        use serde_json::json;
        let now = chrono::NaiveDateTime::default();
        let mut model = load(
            "CREATE TABLE t (id int, ok boolean, name text);\nINSERT INTO t VALUES (1, true, 'a');",
            now,
        )
        .unwrap();
        set_cell(&mut model, 0, 0, 0, Some("7"));
        set_cell(&mut model, 0, 0, 1, Some("f"));
        set_cell(&mut model, 0, 0, 2, Some("12"));
        assert_eq!(
            *model.tables[0].rows,
            vec![vec![json!(7), json!(false), json!("12")]]
        );
        set_cell(&mut model, 0, 0, 2, None);
        assert_eq!(model.tables[0].rows[0][2], serde_json::Value::Null);
        let before = model.clone();
        set_cell(&mut model, 1, 0, 0, Some("1"));
        set_cell(&mut model, 0, 5, 0, Some("1"));
        set_cell(&mut model, 0, 0, 9, Some("1"));
        assert_eq!(model, before);
        assert!(
            to_sql(&model).contains("VALUES\n    (7, false, NULL);"),
            "{}",
            to_sql(&model)
        );
    }
}
