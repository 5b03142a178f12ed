//! Schema types created or dropped on their own: `postgresql.ENUM(...).create(bind)`,
//! `sa.Enum(...).drop(bind, checkfirst=True)`. Offline, the bind is Alembic's mock
//! connection: `checkfirst` cannot look at the database, so the statement is always
//! written, and `impl.memo` is not told (a later `op.create_table` with the same enum
//! writes its CREATE TYPE again, which PostgreSQL then refuses).

use crate::alembic::py::{Call, Object, Py};
use crate::alembic::sa::{quote, sa_type, string_literal, TypeKind};
use rehearse_engine::error::{InputError, Source};

fn err(call: &Call, message: impl Into<String>) -> InputError {
    InputError::new(Source::Migration, call.span, message)
}

/// The SQL of `<type>.create(bind, checkfirst=...)` / `.drop(...)`, or `None` when
/// `call` is not such a method call.
pub fn type_method(call: &Call) -> Result<Option<Vec<String>>, InputError> {
    let Some((_, method)) = call.func.rsplit_once('.') else {
        return Ok(None);
    };
    if method != "create" && method != "drop" {
        return Ok(None);
    }
    let Some((receiver, rest)) = call.args.split_first() else {
        return Ok(None);
    };
    let ty = sa_type(receiver, call.span)?;
    match rest {
        [bind] if is_bind(bind) => {}
        [] if call.kw("bind").is_some_and(is_bind) => {}
        _ => {
            return Err(err(
                call,
                format!("{}() needs op.get_bind() as its connection", call.func),
            ))
        }
    }
    call.only_kwargs(&["checkfirst", "bind"])?;
    if !matches!(call.kw("checkfirst"), None | Some(Py::Bool(_))) {
        return Err(err(
            call,
            format!("{}(checkfirst=...) must be True or False", call.func),
        ));
    }
    let TypeKind::Enum(name, labels, _) = &ty.kind else {
        return Err(err(
            call,
            format!(
                "{}(): only a native enum type's CREATE TYPE / DROP TYPE is supported by the playground (a non-native Enum writes nothing)",
                call.func
            ),
        ));
    };
    Ok(Some(vec![if method == "create" {
        let values: Vec<String> = labels.iter().map(|l| string_literal(l)).collect();
        format!(
            "CREATE TYPE {} AS ENUM ({})",
            quote(name),
            values.join(", ")
        )
    } else {
        format!("DROP TYPE {}", quote(name))
    }]))
}

/// `op.get_bind()` (or `op.get_context().bind`), as the interpreter gives it.
fn is_bind(v: &Py) -> bool {
    matches!(v, Py::Object(Object::Connection))
}
