//! The wasm build, exercised from JavaScript's side (wasm-bindgen-test in Node): the
//! seed's NOT NULL trap fails with PostgreSQL's 23502 and rolls back; a bad migration
//! rejects with a located error.

use wasm_bindgen::JsValue;
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
