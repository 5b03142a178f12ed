//! Binding a recorded call's arguments to an `op` function's parameters, with Python's
//! errors for missing and unexpected arguments.

use super::py::{Call, Py};
use rehearse_engine::error::{InputError, Source};

/// Arguments of one op call, by parameter name.
pub struct Args {
    /// The op's name, for messages (`op.add_column`).
    pub op: String,
    /// The call.
    pub call: Call,
    values: Vec<(String, Py)>,
}

impl Args {
    /// Binds `call` to `params` (positional order). Keywords not in `params` nor in
    /// `extra` are an error.
    pub fn bind(
        op: &str,
        call: &Call,
        params: &[&str],
        extra: &[&str],
    ) -> Result<Args, InputError> {
        let mut values = Vec::new();
        if call.args.len() > params.len() {
            return Err(InputError::new(
                Source::Migration,
                call.span,
                format!(
                    "{op}() takes {} positional arguments but {} were given",
                    params.len(),
                    call.args.len()
                ),
            ));
        }
        for (p, v) in params.iter().zip(&call.args) {
            values.push((p.to_string(), v.clone()));
        }
        for (k, v) in &call.kwargs {
            let schema_kw = matches!(k.as_str(), "schema" | "source_schema" | "referent_schema");
            if schema_kw && *v != Py::None {
                return Err(InputError::new(
                    Source::Migration,
                    call.span,
                    format!(
                        "{op}(): {k}= is not supported: the playground simulates a single schema"
                    ),
                ));
            }
            if !params.contains(&k.as_str()) && !extra.contains(&k.as_str()) {
                return Err(InputError::new(
                    Source::Migration,
                    call.span,
                    format!("{op}() got an unexpected keyword argument '{k}'"),
                ));
            }
            if values.iter().any(|(n, _)| n == k) {
                return Err(InputError::new(
                    Source::Migration,
                    call.span,
                    format!("{op}() got multiple values for argument '{k}'"),
                ));
            }
            values.push((k.clone(), v.clone()));
        }
        Ok(Args {
            op: op.to_string(),
            call: call.clone(),
            values,
        })
    }

    /// [`Args::bind`] for an op with Alembic's `**kw` (alter_column): keywords it hands
    /// to the dialect's implementation, which on PostgreSQL reads only the ones in
    /// `extra` (`postgresql_using`) and ignores the rest (`mysql_charset`, a stray
    /// `default=`), as Alembic does.
    pub fn bind_with_kw(
        op: &str,
        call: &Call,
        params: &[&str],
        extra: &[&str],
    ) -> Result<Args, InputError> {
        let mut known = call.clone();
        known.kwargs.retain(|(k, _)| {
            let k = k.as_str();
            params.contains(&k) || extra.contains(&k) || k == "schema"
        });
        let mut args = Args::bind(op, &known, params, extra)?;
        args.call = call.clone();
        Ok(args)
    }

    /// An argument's value if given.
    pub fn get(&self, name: &str) -> Option<&Py> {
        self.values.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// An error at the call.
    pub fn error(&self, message: impl Into<String>) -> InputError {
        InputError::new(Source::Migration, self.call.span, message)
    }

    /// A required argument.
    pub fn required(&self, name: &str) -> Result<&Py, InputError> {
        self.get(name).ok_or_else(|| {
            self.error(format!(
                "{}() missing 1 required positional argument: '{name}'",
                self.op
            ))
        })
    }

    /// A required string (names of tables, columns, constraints; `op.f("x")` counts).
    pub fn string(&self, name: &str) -> Result<String, InputError> {
        match self.required(name)? {
            Py::Str(s) => Ok(s.clone()),
            Py::Call(c) if c.func == "op.f" => match c.args.first() {
                Some(Py::Str(s)) => Ok(s.clone()),
                _ => Err(self.error("op.f() needs a string")),
            },
            other => Err(self.error(format!(
                "{}(): {name} must be a string, found {}",
                self.op,
                other.describe()
            ))),
        }
    }

    /// A constraint or index name as SQLAlchemy checks it: a plain string over 63
    /// characters is an error, an `op.f()` name is truncated with an md5 suffix.
    pub fn name(&self, name: &str) -> Result<Option<String>, InputError> {
        match self.get(name) {
            None | Some(Py::None) => Ok(None),
            Some(Py::Call(c)) if c.func == "op.f" => Ok(Some(
                crate::alembic::sa::truncate_generated(&self.string(name)?),
            )),
            Some(_) => {
                let n = self.string(name)?;
                crate::alembic::sa::check_identifier(&n, self.call.span)?;
                Ok(Some(n))
            }
        }
    }

    /// An optional string; `None` when absent or Python `None`.
    pub fn opt_string(&self, name: &str) -> Result<Option<String>, InputError> {
        match self.get(name) {
            None | Some(Py::None) => Ok(None),
            Some(_) => self.string(name).map(Some),
        }
    }

    /// A flag (absent = false).
    pub fn flag(&self, name: &str) -> bool {
        matches!(self.get(name), Some(Py::Bool(true)))
    }

    /// A list of strings (a single string is accepted as a one-element list).
    pub fn strings(&self, name: &str) -> Result<Vec<String>, InputError> {
        match self.required(name)? {
            Py::List(items) => items
                .iter()
                .map(|i| match i {
                    Py::Str(s) => Ok(s.clone()),
                    other => Err(self.error(format!(
                        "{}(): {name} must hold strings, found {}",
                        self.op,
                        other.describe()
                    ))),
                })
                .collect(),
            Py::Str(s) => Ok(vec![s.clone()]),
            other => Err(self.error(format!(
                "{}(): {name} must be a list of strings, found {}",
                self.op,
                other.describe()
            ))),
        }
    }
}
