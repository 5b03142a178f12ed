//! The wasm build, exercised from JavaScript's side (wasm-bindgen-test in Node): the
//! seed's NOT NULL trap fails with PostgreSQL's 23502 and rolls back; a bad migration
//! rejects with a located error; `Database` answers in PGlite's shapes (text values,
//! type OIDs, affectedRows) and throws errors carrying the SQLSTATE.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const SETUP: &str = "CREATE TABLE applications (id serial PRIMARY KEY, name varchar(200) NOT NULL);
INSERT INTO applications (name) VALUES ('Ada'), ('Grace');";

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn options() -> JsValue {
    let o = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&o, &"now".into(), &"2026-01-01 00:00:00".into());
    o.into()
}

#[wasm_bindgen_test]
fn not_null_trap_rolls_back_with_postgres_error() {
    let migration = "op.add_column(\"applications\", sa.Column(\"review_priority\", sa.Integer(), nullable=False))";
    let report = rehearse_wasm::run(SETUP, migration, options()).expect("report");
    assert_eq!(
        get(&report, "outcome").as_string().as_deref(),
        Some("rolled_back")
    );
    let steps = js_sys::Array::from(&get(&report, "steps"));
    let error = get(&steps.get(0), "error");
    assert_eq!(
        get(&error, "sqlstate").as_string().as_deref(),
        Some("23502")
    );
    assert_eq!(
        get(&error, "message").as_string().as_deref(),
        Some("column \"review_priority\" of relation \"applications\" contains null values")
    );
    let tables = js_sys::Array::from(&get(&report, "tables"));
    let rows = js_sys::Array::from(&get(&tables.get(0), "rows"));
    assert_eq!(rows.length(), 2);
}

#[wasm_bindgen_test]
fn rename_keeps_data_and_reports_no_loss() {
    let migration = "op.alter_column(\"applications\", \"name\", new_column_name=\"full_name\")";
    let report = rehearse_wasm::run(SETUP, migration, options()).expect("report");
    assert_eq!(
        get(&report, "outcome").as_string().as_deref(),
        Some("committed")
    );
    let steps = js_sys::Array::from(&get(&report, "steps"));
    assert_eq!(js_sys::Array::from(&get(&steps.get(0), "lost")).length(), 0);
}

#[wasm_bindgen_test]
fn unreadable_migration_rejects_with_position() {
    let error = rehearse_wasm::run(SETUP, "def upgrade():\n    op.add_column(\n", options())
        .expect_err("input error");
    assert_eq!(
        get(&error, "source").as_string().as_deref(),
        Some("migration")
    );
    assert!(get(&error, "line").as_f64().is_some_and(|l| l >= 2.0));
}

fn database() -> rehearse_wasm::Database {
    rehearse_wasm::Database::new(options()).expect("database")
}

fn params(values: &[JsValue]) -> JsValue {
    values.iter().collect::<js_sys::Array>().into()
}

#[wasm_bindgen_test]
fn database_query_binds_parameters_and_returns_text_rows() {
    let mut db = database();
    db.exec("CREATE TABLE t (id bigint PRIMARY KEY, name text NOT NULL, paid numeric(8,2), at timestamptz DEFAULT now())")
        .expect("create");
    let insert = db
        .query(
            "INSERT INTO t (id, name, paid) VALUES ($1, $2, $3)",
            params(&[
                js_sys::BigInt::from(9_007_199_254_740_993_u64).into(),
                "it's".into(),
                JsValue::from_f64(12.5),
            ]),
        )
        .expect("insert");
    assert_eq!(
        get(&insert, "command").as_string().as_deref(),
        Some("INSERT")
    );
    assert_eq!(get(&insert, "affectedRows").as_f64(), Some(1.0));
    assert_eq!(get(&insert, "rowCount").as_f64(), Some(1.0));
    let select = db
        .query(
            "SELECT id, name AS who, paid, at FROM t WHERE name = $1",
            params(&["it's".into()]),
        )
        .expect("select");
    assert_eq!(get(&select, "affectedRows").as_f64(), Some(0.0));
    let fields = js_sys::Array::from(&get(&select, "fields"));
    let oids: Vec<f64> = fields
        .iter()
        .filter_map(|f| get(&f, "dataTypeID").as_f64())
        .collect();
    assert_eq!(oids, vec![20.0, 25.0, 1700.0, 1184.0]);
    assert_eq!(
        get(&fields.get(1), "name").as_string().as_deref(),
        Some("who")
    );
    let rows = js_sys::Array::from(&get(&select, "rows"));
    let row = js_sys::Array::from(&rows.get(0));
    let cells: Vec<Option<String>> = row.iter().map(|c| c.as_string()).collect();
    assert_eq!(
        cells,
        vec![
            Some("9007199254740993".into()),
            Some("it's".into()),
            Some("12.50".into()),
            Some("2026-01-01 00:00:00+00".into()),
        ]
    );
}

#[wasm_bindgen_test]
fn database_errors_carry_sqlstate_and_detail() {
    let mut db = database();
    db.exec("CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1)")
        .expect("setup");
    let error = db
        .query(
            "INSERT INTO t VALUES ($1)",
            params(&[JsValue::from_f64(1.0)]),
        )
        .expect_err("duplicate");
    assert!(error.is_instance_of::<js_sys::Error>());
    assert_eq!(get(&error, "code").as_string().as_deref(), Some("23505"));
    assert_eq!(
        get(&error, "message").as_string().as_deref(),
        Some("duplicate key value violates unique constraint \"t_pkey\"")
    );
    assert_eq!(
        get(&error, "detail").as_string().as_deref(),
        Some("Key (id)=(1) already exists.")
    );
    let missing = db.query("SELECT $1", JsValue::UNDEFINED).expect_err("bind");
    assert_eq!(get(&missing, "code").as_string().as_deref(), Some("08P01"));
    let syntax = db.query("SELEC 1", JsValue::UNDEFINED).expect_err("syntax");
    assert_eq!(get(&syntax, "position").as_string().as_deref(), Some("1"));
}

#[wasm_bindgen_test]
fn database_exec_sums_affected_rows_and_rolls_back_on_error() {
    let mut db = database();
    let results = js_sys::Array::from(
        &db.exec("CREATE TABLE t (a int NOT NULL); INSERT INTO t VALUES (1), (2); UPDATE t SET a = 3; SELECT a FROM t")
            .expect("exec"),
    );
    let affected: Vec<f64> = results
        .iter()
        .filter_map(|r| get(&r, "affectedRows").as_f64())
        .collect();
    assert_eq!(affected, vec![0.0, 2.0, 4.0, 4.0]);
    db.exec("INSERT INTO t VALUES (4); INSERT INTO t VALUES (NULL)")
        .expect_err("not null");
    let count = db.query("SELECT a FROM t", JsValue::NULL).expect("select");
    assert_eq!(get(&count, "rowCount").as_f64(), Some(2.0));
    db.exec("BEGIN").expect("begin");
    assert!(db.in_transaction());
    db.exec("DELETE FROM t").expect("delete");
    db.exec("ROLLBACK").expect("rollback");
    let count = db.query("SELECT a FROM t", JsValue::NULL).expect("select");
    assert_eq!(get(&count, "rowCount").as_f64(), Some(2.0));
}
