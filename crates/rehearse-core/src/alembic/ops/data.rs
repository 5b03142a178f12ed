//! `op.execute` and `op.bulk_insert`.

use crate::alembic::args::Args;
use crate::alembic::py::Py;
use crate::alembic::sa::{literal, quote, SaType};
use rehearse_engine::error::InputError;

/// The statement text, as Alembic writes it (tabs as four spaces, trimmed).
pub fn execute(a: &Args) -> Result<Vec<String>, InputError> {
    let mut values: &[(Py, Py)] = &[];
    let text = match a.required("sqltext")? {
        Py::Str(s) => s.clone(),
        Py::Call(c) if c.func == "sa.text" => {
            if let Some(Py::Dict(v)) = c.kw("bindparams") {
                values = v;
            }
            match c.args.first() {
                Some(Py::Str(s)) => s.clone(),
                _ => return Err(a.error("sa.text() needs a string")),
            }
        }
        other => {
            if let Some(ddl) = crate::alembic::sa::sequence_ddl(other) {
                return Ok(vec![ddl?]);
            }
            return Err(a.error(format!(
                "op.execute() takes a SQL string or sa.text(...), found {}",
                other.describe()
            )));
        }
    };
    Ok(vec![crate::alembic::sa::text_binds(&text, values)
        .replace('\t', "    ")
        .trim()
        .to_string()])
}

/// One `INSERT INTO t (cols) VALUES (...)` per row, columns in the table's order.
pub fn bulk_insert(a: &Args) -> Result<Vec<String>, InputError> {
    let Some(table) = a.required("table")?.as_call_of(&["sa.table", "sa.Table"]) else {
        return Err(a.error(
            "op.bulk_insert() needs a table made with sa.table(\"name\", sa.column(...), ...)",
        ));
    };
    if table.kw("schema").is_some_and(|s| *s != Py::None) {
        return Err(a.error(
            "sa.table(schema=...) is not supported: the playground simulates a single schema",
        ));
    }
    let Some(Py::Str(name)) = table.args.first() else {
        return Err(a.error("sa.table() needs the table name first"));
    };
    let mut columns: Vec<(String, Option<SaType>)> = Vec::new();
    for c in table.args.iter().skip(1) {
        if let Some(column) = crate::alembic::core_sql::table_item(c, table.span)? {
            columns.push(column);
        }
    }
    let Py::List(rows) = a.required("rows")? else {
        return Err(a.error("TypeError: List expected"));
    };
    let mut sql = Vec::new();
    for row in rows {
        let Py::Dict(items) = row else {
            return Err(a.error("TypeError: List of dictionaries expected"));
        };
        for (k, _) in items {
            let known = matches!(k, Py::Str(s) if columns.iter().any(|(c, _)| c == s));
            if !known {
                return Err(a.error(format!("KeyError: {}", k.describe().replace('"', "'"))));
            }
        }
        if items.is_empty() {
            sql.push(format!("INSERT INTO {} DEFAULT VALUES", quote(name)));
            continue;
        }
        let mut names = Vec::new();
        let mut values = Vec::new();
        for (cname, ty) in &columns {
            let Some((_, v)) = items
                .iter()
                .find(|(k, _)| matches!(k, Py::Str(s) if s == cname))
            else {
                continue;
            };
            names.push(quote(cname));
            values.push(match ty {
                Some(t) => literal(v, &t.kind, &t.ddl, a.call.span)?,
                None if matches!(v, Py::None) => "NULL".into(),
                None => {
                    return Err(a.error(format!(
                        "CompileError: No literal value renderer is available for literal value \"{}\" with datatype NULL",
                        v.describe()
                    )))
                }
            });
        }
        sql.push(format!(
            "INSERT INTO {} ({}) VALUES ({})",
            quote(name),
            names.join(", "),
            values.join(", ")
        ));
    }
    Ok(sql.into_iter().map(|s| s.replace('\t', "    ")).collect())
}

#[cfg(test)]
mod tests {
    use crate::alembic::sa::text_binds;

    #[test]
    fn bind_parameters_become_null() {
        assert_eq!(
            text_binds("UPDATE t SET a = :val WHERE b::text = '12:30'", &[]),
            "UPDATE t SET a = NULL WHERE b::text = '12:30'"
        );
    }
}
