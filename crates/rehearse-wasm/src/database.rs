//! `Database`: the engine as a PGlite-shaped client for JavaScript (the raw class; the
//! ES module `js/rehearse.js` wraps it in promises and parses values).
//!
//! Results are `{rows, fields, command, affectedRows, rowCount?}` with rows as arrays of
//! PostgreSQL's text output (`null` for NULL) and fields as `{name, dataTypeID}`;
//! errors are `Error` objects carrying PostgreSQL's `severity`, `code`, `detail`,
//! `hint` and (for syntax errors and parameters) `position`.

use crate::params::Param;
use crate::protocol::{self, Results, SqlError};
use chrono::NaiveDateTime;
use js_sys::{Array, Object, Reflect};
use rehearse_engine::session::Session;
use rehearse_engine::Engine;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn set(target: &Object, key: &str, value: &JsValue) {
    // Setting a property on a plain object never fails.
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}

fn results_to_js(r: &Results) -> JsValue {
    let o = Object::new();
    if r.command.is_none() {
        // PGlite's shape for an empty query string.
        set(&o, "affectedRows", &JsValue::from(r.affected_rows as f64));
    }
    let rows = Array::new_with_length(r.rows.len() as u32);
    for (i, row) in r.rows.iter().enumerate() {
        let cells = Array::new_with_length(row.len() as u32);
        for (j, cell) in row.iter().enumerate() {
            let value = cell.as_deref().map_or(JsValue::NULL, JsValue::from_str);
            cells.set(j as u32, value);
        }
        rows.set(i as u32, cells.into());
    }
    set(&o, "rows", &rows);
    let fields = Array::new_with_length(r.fields.len() as u32);
    for (i, f) in r.fields.iter().enumerate() {
        let field = Object::new();
        set(&field, "name", &JsValue::from_str(&f.name));
        set(&field, "dataTypeID", &JsValue::from(f.oid));
        fields.set(i as u32, field.into());
    }
    set(&o, "fields", &fields);
    if let Some(command) = &r.command {
        set(&o, "command", &JsValue::from_str(command));
        set(&o, "affectedRows", &JsValue::from(r.affected_rows as f64));
        if let Some(n) = r.row_count {
            set(&o, "rowCount", &JsValue::from(n as f64));
        }
    }
    o.into()
}

fn error_to_js(e: &SqlError) -> JsValue {
    let error = js_sys::Error::new(&e.error.message);
    let o: &Object = error.as_ref();
    set(o, "severity", &JsValue::from_str("ERROR"));
    set(o, "code", &JsValue::from_str(&e.error.sqlstate));
    let text = |t: &Option<String>| t.as_deref().map_or(JsValue::UNDEFINED, JsValue::from_str);
    set(o, "detail", &text(&e.error.detail));
    set(o, "hint", &text(&e.error.hint));
    set(
        o,
        "position",
        &e.position
            .map_or(JsValue::UNDEFINED, |p| JsValue::from_str(&p.to_string())),
    );
    error.into()
}

fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}

/// A JavaScript value as a parameter's text, as PGlite serializes a parameter of a
/// text-like type: `String(value)` for strings, numbers, BigInts and booleans, ISO 8601
/// for a `Date`, JSON for other objects (arrays included).
fn param(value: &JsValue) -> Result<Param, JsValue> {
    if value.is_null() || value.is_undefined() {
        return Ok(Param::Null);
    }
    if let Some(text) = value.as_string() {
        return Ok(Param::Text(text));
    }
    if let Some(b) = value.as_bool() {
        return Ok(Param::Text(if b { "true" } else { "false" }.into()));
    }
    if let Some(n) = value.as_f64() {
        let text = js_sys::Number::from(n).to_string_with_radix(10)?;
        return Ok(Param::Text(text.into()));
    }
    if value.is_bigint() {
        let n: js_sys::BigInt = value.clone().unchecked_into();
        let text = n.to_string(10).map_err(JsValue::from)?;
        return Ok(Param::Text(text.into()));
    }
    if let Some(date) = value.dyn_ref::<js_sys::Date>() {
        if date.get_time().is_nan() {
            return Err(js_sys::RangeError::new("Invalid time value").into());
        }
        return Ok(Param::Text(date.to_iso_string().into()));
    }
    if value.is_object() {
        let json = js_sys::JSON::stringify(value)?;
        return json
            .as_string()
            .map(Param::Text)
            .ok_or_else(|| type_error("a parameter cannot be serialized as JSON"));
    }
    Err(type_error(
        "a parameter must be a string, number, bigint, boolean, Date, object, null or undefined",
    ))
}

fn params(values: &JsValue) -> Result<Vec<Param>, JsValue> {
    if values.is_null() || values.is_undefined() {
        return Ok(Vec::new());
    }
    if !Array::is_array(values) {
        return Err(type_error("params must be an array"));
    }
    Array::from(values).iter().map(|v| param(&v)).collect()
}

/// Options accepted by `new Database(options)`.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct DatabaseOptions {
    /// A fixed clock for `now()`, "YYYY-MM-DD HH:MM:SS[.ffffff]" (UTC); default: the
    /// current time at each transaction's start.
    now: Option<String>,
}

/// An in-memory database with PostgreSQL 18 semantics (the Rehearse engine) and
/// PGlite's `query`/`exec` shapes. Values in rows are PostgreSQL's text output; the ES
/// module (`rehearse.js`) parses them into JavaScript values as PGlite does.
#[wasm_bindgen]
pub struct Database {
    session: Session,
    clock: Option<NaiveDateTime>,
}

#[wasm_bindgen]
impl Database {
    /// An empty database. `options.now` fixes the clock (`now()`), for repeatable runs.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<Database, JsValue> {
        let options: DatabaseOptions = if options.is_undefined() || options.is_null() {
            DatabaseOptions::default()
        } else {
            serde_wasm_bindgen::from_value(options)
                .map_err(|e| type_error(&format!("bad options: {e}")))?
        };
        let clock = options
            .now
            .map(|text| {
                NaiveDateTime::parse_from_str(&text, "%Y-%m-%d %H:%M:%S%.f")
                    .map_err(|e| type_error(&format!("bad options: now: {e}")))
            })
            .transpose()?;
        Ok(Database {
            session: Session::new(Engine::new(clock.unwrap_or_else(crate::current_time))),
            clock,
        })
    }

    fn now(&self) -> NaiveDateTime {
        self.clock.unwrap_or_else(crate::current_time)
    }

    /// Runs one statement with `$1 .. $n` parameters (an array, or undefined):
    /// `{rows, fields, command, affectedRows, rowCount?}`, rows as arrays of text.
    pub fn query(&mut self, sql: &str, params: JsValue) -> Result<JsValue, JsValue> {
        let params = self::params(&params)?;
        let now = self.now();
        protocol::query(&mut self.session, sql, &params, now)
            .map(|r| results_to_js(&r))
            .map_err(|e| error_to_js(&e))
    }

    /// Runs any number of `;`-separated statements (no parameters); one result each.
    pub fn exec(&mut self, sql: &str) -> Result<JsValue, JsValue> {
        let now = self.now();
        let results = protocol::exec(&mut self.session, sql, now).map_err(|e| error_to_js(&e))?;
        Ok(results.iter().map(results_to_js).collect::<Array>().into())
    }

    /// Whether a transaction block (BEGIN ... COMMIT) is open.
    #[wasm_bindgen(getter, js_name = inTransaction)]
    pub fn in_transaction(&self) -> bool {
        self.session.in_block()
    }
}
