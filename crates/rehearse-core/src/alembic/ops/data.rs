//! `op.execute` and `op.bulk_insert`.

use crate::alembic::args::Args;
use crate::alembic::py::Py;
use crate::alembic::sa::{literal, quote, sa_type, SaType};
use crate::error::InputError;

/// A bound value rendered as SQLAlchemy's literal binds do.
fn bind_literal(v: &Py) -> Option<String> {
    Some(match v {
        Py::None => "NULL".into(),
        Py::Bool(b) => b.to_string(),
        Py::Int(i) => i.to_string(),
        Py::Float(f) => crate::alembic::sa::python_float(*f),
        Py::Str(s) => crate::alembic::sa::string_literal(s),
        _ => return None,
    })
}

/// Replaces `:name` bind parameters as `sa.text` compiled with literal binds does
/// (`(?<![:\w\\]):(\w+)(?![:\w])`): with the bound value, or NULL; `\:` becomes `:`.
fn text_binds(sql: &str, values: &[(Py, Py)]) -> String {
    let chars: Vec<char> = sql.chars().collect();
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && chars.get(i + 1) == Some(&':') {
            out.push(':');
            i += 2;
            continue;
        }
        if c == ':' {
            let prev_ok =
                i == 0 || !(chars[i - 1] == ':' || word(chars[i - 1]) || chars[i - 1] == '\\');
            let mut j = i + 1;
            while j < chars.len() && word(chars[j]) {
                j += 1;
            }
            let next_ok = j >= chars.len() || !(chars[j] == ':' || word(chars[j]));
            if prev_ok && j > i + 1 && next_ok {
                let name: String = chars[i + 1..j].iter().collect();
                let bound = values
                    .iter()
                    .find(|(k, _)| matches!(k, Py::Str(s) if *s == name))
                    .and_then(|(_, v)| bind_literal(v));
                out.push_str(&bound.unwrap_or_else(|| "NULL".into()));
                i = j;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

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
            return Err(a.error(format!(
                "op.execute() takes a SQL string or sa.text(...), found {}",
                other.describe()
            )))
        }
    };
    Ok(vec![text_binds(&text, values)
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
    let Some(Py::Str(name)) = table.args.first() else {
        return Err(a.error("sa.table() needs the table name first"));
    };
    let mut columns: Vec<(String, Option<SaType>)> = Vec::new();
    for c in table.args.iter().skip(1) {
        let Some(col) = c.as_call_of(&["sa.column", "sa.Column"]) else {
            return Err(a.error(format!(
                "sa.table(): expected sa.column(...), found {}",
                c.describe()
            )));
        };
        let Some(Py::Str(cname)) = col.args.first() else {
            return Err(a.error("sa.column() needs a name"));
        };
        let ty = match col.args.get(1).or_else(|| col.kw("type_")) {
            Some(t) => Some(sa_type(t, col.span)?),
            None => None,
        };
        columns.push((cname.clone(), ty));
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
    use super::text_binds;

    #[test]
    fn bind_parameters_become_null() {
        assert_eq!(
            text_binds("UPDATE t SET a = :val WHERE b::text = '12:30'", &[]),
            "UPDATE t SET a = NULL WHERE b::text = '12:30'"
        );
    }
}
