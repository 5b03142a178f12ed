//! `alembic_utils` (0.8.8) entities: `op.create_entity`, `op.drop_entity` and
//! `op.replace_entity` with `PGFunction`, `PGView`, `PGMaterializedView`, `PGTrigger`
//! and `PGExtension`. Each op executes the entity's `to_sql_statement_*` text through
//! `sa.text`, so the SQL here is those f-strings with the constructors' normalisation
//! (whitespace, quotes, terminating semicolons, colon escaping), measured with the
//! real package (`tests/oracle/forms/forms.txt`, "alembic_utils").

use crate::alembic::args::Args;
use crate::alembic::py::{Call, Py};
use crate::alembic::sa::text_binds;
use rehearse_engine::error::{InputError, Source};

/// What the op does with its entity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum EntityOp {
    /// `op.create_entity(entity)`
    Create,
    /// `op.drop_entity(entity, cascade=False)`
    Drop,
    /// `op.replace_entity(entity)`
    Replace,
}

/// An entity's constructor arguments, normalised as its `__init__` does.
struct Entity {
    kind: Kind,
    /// `coerce_to_unquoted(normalize_whitespace(schema))`
    schema: String,
    /// Likewise for the signature.
    signature: String,
    /// The definition as the constructor keeps it (terminating `;` stripped, colons
    /// escaped for the kinds that escape them).
    definition: String,
    /// PGMaterializedView's `with_data`.
    with_data: bool,
    /// PGTrigger's `is_constraint`.
    is_constraint: bool,
    /// PGTrigger's `on_entity`, schema-qualified (`public.` when unqualified).
    on_entity: String,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Function,
    View,
    MaterializedView,
    Trigger,
    Extension,
}

fn err(call: &Call, message: impl Into<String>) -> InputError {
    InputError::new(Source::Migration, call.span, message)
}

/// Renders `op.create_entity` / `op.drop_entity` / `op.replace_entity`.
pub fn entity_op(a: &Args, op: EntityOp) -> Result<Vec<String>, InputError> {
    let Some(Py::Call(target)) = a.get("target") else {
        return Err(a.error(format!(
            "{}() needs an alembic_utils entity (PGFunction(...), PGView(...), ...)",
            a.op
        )));
    };
    let entity = entity(target)?;
    let cascade = match a.get("cascade") {
        None | Some(Py::Bool(false)) => false,
        Some(Py::Bool(true)) => true,
        Some(other) => {
            return Err(a.error(format!(
                "{}(cascade=...) must be True or False, found {}",
                a.op,
                other.describe()
            )))
        }
    };
    let statements = match op {
        EntityOp::Create => vec![entity.create(target)?],
        EntityOp::Drop => vec![entity.drop(target, cascade)?],
        EntityOp::Replace => entity.create_or_replace(target)?,
    };
    // Each statement is executed as `sa.text`: `\:` becomes `:`, an unbound `:name`
    // is rendered as NULL; then Alembic strips the statement.
    Ok(statements
        .iter()
        .map(|s| text_binds(s, &[]).replace('\t', "    ").trim().to_string())
        .collect())
}

/// `" ".join(text.split())`
fn normalize_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `"".join(text.split('"'))`
fn unquoted(s: &str) -> String {
    s.replace('"', "")
}

/// `sql.strip().rstrip(";").strip()`
fn strip_terminating_semicolon(s: &str) -> String {
    s.trim().trim_end_matches(';').trim().to_string()
}

/// `escape_colon_for_sql`: every `:` but those of `::` becomes `\:`.
fn escape_colons(s: &str, plpgsql: bool) -> String {
    let mut out = String::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == ':' && next == Some(':') {
            out.push_str("::");
            i += 2;
            continue;
        }
        if plpgsql && c == ':' && next == Some('=') {
            out.push_str(":=");
            i += 2;
            continue;
        }
        if plpgsql && c == '\\' && next == Some(':') {
            out.push_str("\\:");
            i += 2;
            continue;
        }
        if c == ':' {
            out.push_str("\\:");
        } else {
            out.push(c);
        }
        i += 1;
    }
    out
}

/// `coerce_to_quoted(schema)`
fn literal_schema(schema: &str) -> String {
    let strip = |s: &str| {
        s.trim()
            .trim_end_matches('"')
            .trim()
            .trim_start_matches('"')
            .trim()
            .to_string()
    };
    match schema.split_once('.') {
        Some((s, n)) => format!("\"{}\".\"{}\"", strip(s), strip(n)),
        None => format!("\"{}\"", strip(schema)),
    }
}

/// Binds an entity constructor's arguments (positional or keyword).
fn entity(c: &Call) -> Result<Entity, InputError> {
    let (kind, params): (Kind, &[&str]) = match c.func.as_str() {
        "alembic_utils.PGFunction" => (Kind::Function, &["schema", "signature", "definition"]),
        "alembic_utils.PGView" => (Kind::View, &["schema", "signature", "definition"]),
        "alembic_utils.PGMaterializedView" => (
            Kind::MaterializedView,
            &["schema", "signature", "definition", "with_data"],
        ),
        "alembic_utils.PGTrigger" => (
            Kind::Trigger,
            &["schema", "signature", "definition", "on_entity", "is_constraint"],
        ),
        "alembic_utils.PGExtension" => (Kind::Extension, &["schema", "signature"]),
        other => {
            return Err(err(
                c,
                format!("`{other}` is not an alembic_utils entity the playground knows (PGFunction, PGView, PGMaterializedView, PGTrigger, PGExtension)"),
            ))
        }
    };
    // Bound here rather than with `Args`: `schema=` is the entity's own argument
    // (the schema its SQL names), not the single-schema refusal of op calls.
    if c.args.len() > params.len() {
        return Err(err(
            c,
            format!(
                "TypeError: {}() takes {} arguments but {} were given",
                c.func,
                params.len(),
                c.args.len()
            ),
        ));
    }
    let mut values: Vec<(&str, &Py)> = params.iter().copied().zip(&c.args).collect();
    for (k, v) in &c.kwargs {
        let Some(p) = params.iter().find(|p| **p == k.as_str()) else {
            return Err(err(
                c,
                format!(
                    "TypeError: {}() got an unexpected keyword argument '{k}'",
                    c.func
                ),
            ));
        };
        if values.iter().any(|(n, _)| n == p) {
            return Err(err(
                c,
                format!(
                    "TypeError: {}() got multiple values for argument '{k}'",
                    c.func
                ),
            ));
        }
        values.push((p, v));
    }
    let get = |name: &str| values.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
    let text = |name: &str| -> Result<String, InputError> {
        match get(name) {
            Some(Py::Str(s)) => Ok(s.clone()),
            None => Err(err(
                c,
                format!(
                    "TypeError: {}() missing required argument: '{name}'",
                    c.func
                ),
            )),
            Some(other) => Err(err(
                c,
                format!(
                    "{}(): {name}= must be a string, found {}",
                    c.func,
                    other.describe()
                ),
            )),
        }
    };
    let flag = |name: &str, default: bool| -> Result<bool, InputError> {
        match get(name) {
            None => Ok(default),
            Some(Py::Bool(b)) => Ok(*b),
            Some(other) => Err(err(
                c,
                format!(
                    "{}(): {name}= must be True or False, found {}",
                    c.func,
                    other.describe()
                ),
            )),
        }
    };
    let schema = unquoted(&normalize_whitespace(&text("schema")?));
    let signature = unquoted(&normalize_whitespace(&text("signature")?));
    let definition = match kind {
        Kind::Extension => String::new(),
        // PGView and PGMaterializedView override __init__ without escaping colons.
        Kind::View | Kind::MaterializedView => strip_terminating_semicolon(&text("definition")?),
        Kind::Trigger => escape_colons(&strip_terminating_semicolon(&text("definition")?), false),
        Kind::Function => {
            let raw = text("definition")?;
            let plpgsql = normalize_whitespace(&raw)
                .to_lowercase()
                .replace('\'', "")
                .contains("language plpgsql");
            escape_colons(&strip_terminating_semicolon(&raw), plpgsql)
        }
    };
    let on_entity = if kind == Kind::Trigger {
        let on = text("on_entity")?;
        unquoted(&if on.contains('.') {
            on
        } else {
            format!("public.{on}")
        })
    } else {
        String::new()
    };
    Ok(Entity {
        kind,
        schema,
        signature,
        definition,
        with_data: flag("with_data", true)?,
        is_constraint: flag("is_constraint", false)?,
        on_entity,
    })
}

impl Entity {
    fn schema(&self) -> String {
        literal_schema(&self.schema)
    }

    /// PGFunction's `literal_signature`: the name quoted, `(` and the rest as given.
    fn literal_signature(&self, c: &Call) -> Result<String, InputError> {
        let Some((name, rest)) = self.signature.split_once('(') else {
            return Err(err(
                c,
                format!(
                    "ValueError: the PGFunction signature {:?} has no parameter list",
                    self.signature
                ),
            ));
        };
        Ok(format!("\"{}\"({rest}", name.trim()))
    }

    fn create(&self, c: &Call) -> Result<String, InputError> {
        let (schema, sig, def) = (self.schema(), &self.signature, &self.definition);
        Ok(match self.kind {
            Kind::Function => format!(
                "CREATE FUNCTION {schema}.{} {def}",
                self.literal_signature(c)?
            ),
            Kind::View => format!("CREATE VIEW {schema}.\"{sig}\" AS {def};"),
            Kind::MaterializedView => format!(
                "CREATE MATERIALIZED VIEW {schema}.\"{sig}\" AS {} WITH {} DATA;",
                def.trim_end().trim_end_matches(';'),
                if self.with_data { "" } else { "NO" }
            ),
            Kind::Trigger => format!(
                "CREATE{}TRIGGER \"{sig}\" {}",
                if self.is_constraint {
                    " CONSTRAINT "
                } else {
                    " "
                },
                self.trigger_definition(c)?
            ),
            Kind::Extension => format!("CREATE EXTENSION \"{sig}\" WITH SCHEMA {schema};"),
        })
    }

    fn drop(&self, c: &Call, cascade: bool) -> Result<String, InputError> {
        let (schema, sig) = (self.schema(), &self.signature);
        let tail = if cascade { "cascade" } else { "" };
        Ok(match self.kind {
            Kind::Function => {
                let (name, params) = function_parts(sig)
                    .ok_or_else(|| err(c, format!("TypeError: the PGFunction signature {sig:?} cannot be parsed for DROP FUNCTION")))?;
                // `x[: len(x.lower().split("default")[0])]` per parameter.
                let params: Vec<String> = params
                    .split(',')
                    .map(|p| {
                        let cut = p.to_ascii_lowercase().find("default").unwrap_or(p.len());
                        p.get(..cut).unwrap_or(p).trim().to_string()
                    })
                    .collect();
                format!(
                    "DROP FUNCTION {schema}.\"{name}\"({}) {tail}",
                    params.join(", ")
                )
            }
            Kind::View => format!("DROP VIEW {schema}.\"{sig}\" {tail}"),
            Kind::MaterializedView => format!("DROP MATERIALIZED VIEW {schema}.\"{sig}\" {tail}"),
            Kind::Trigger => format!("DROP TRIGGER \"{sig}\" ON {} {tail}", self.on_entity),
            Kind::Extension => format!(
                "DROP EXTENSION \"{sig}\" {}",
                if cascade { "CASCADE" } else { "" }
            ),
        })
    }

    fn create_or_replace(&self, c: &Call) -> Result<Vec<String>, InputError> {
        let (schema, sig, def) = (self.schema(), &self.signature, &self.definition);
        Ok(match self.kind {
            Kind::Function => vec![format!(
                "CREATE OR REPLACE FUNCTION {schema}.{} {def}",
                self.literal_signature(c)?
            )],
            Kind::View => vec![format!(
                "\n        do $$\n            begin\n                CREATE OR REPLACE VIEW {schema}.\"{sig}\" AS {def};\n\n            exception when others then\n                DROP VIEW IF EXISTS {schema}.\"{sig}\";\n\n                CREATE VIEW {schema}.\"{sig}\" AS {def};\n            end;\n        $$ language 'plpgsql'\n        "
            )],
            Kind::MaterializedView => vec![
                format!("DROP MATERIALIZED VIEW IF EXISTS {schema}.\"{sig}\"; "),
                format!(
                    "CREATE MATERIALIZED VIEW {schema}.\"{sig}\" AS {} WITH {} DATA",
                    def.trim_end().trim_end_matches(';'),
                    if self.with_data { "" } else { "NO" }
                ),
            ],
            Kind::Trigger => vec![
                format!("DROP TRIGGER IF EXISTS \"{sig}\" ON {};", self.on_entity),
                self.create(c)?,
            ],
            Kind::Extension => {
                return Err(err(
                    c,
                    "NotImplementedError: PGExtension has no create-or-replace (alembic_utils raises)",
                ))
            }
        })
    }

    /// PGTrigger's definition re-rendered as `{event} ON {schema}.{table} {action}`,
    /// parsed as `parse("{event}{:s}ON{:s}{on_entity}{:s}{action}")` does
    /// (case-insensitive, the first ` ON ` that leaves a table and an action).
    fn trigger_definition(&self, c: &Call) -> Result<String, InputError> {
        let def = &self.definition;
        let lower = def.to_ascii_lowercase();
        let bytes = lower.as_bytes();
        let mut from = 0;
        while let Some(found) = lower[from..].find("on") {
            let at = from + found;
            from = at + 2;
            let event = def[..at].trim_end();
            let before_ws = at > 0 && bytes[at - 1].is_ascii_whitespace();
            let after_ws = bytes.get(at + 2).is_some_and(|b| b.is_ascii_whitespace());
            if event.is_empty() || !before_ws || !after_ws {
                continue;
            }
            let rest = def[at + 2..].trim_start();
            let Some(split) = rest.find(|c: char| c.is_whitespace()) else {
                continue;
            };
            let table = &rest[..split];
            let action = rest[split..].trim_start();
            if action.is_empty() {
                continue;
            }
            let table = table.split_once('.').map(|(_, t)| t).unwrap_or(table);
            return Ok(format!("{event} ON {}.{table} {action}", self.schema));
        }
        Err(err(
            c,
            format!(
                "SQLParseFailure: Failed to parse SQL into PGTrigger.definition \"\"\"{def}\"\"\""
            ),
        ))
    }
}

/// `parse("{function_name}({parameters})", signature)` with its fallback to
/// `"{function_name}()"`: the name and the parameter text.
fn function_parts(signature: &str) -> Option<(String, String)> {
    let open = signature.find('(')?;
    let inner = signature[open + 1..].strip_suffix(')')?;
    Some((
        signature[..open].trim().to_string(),
        inner.trim().to_string(),
    ))
}
