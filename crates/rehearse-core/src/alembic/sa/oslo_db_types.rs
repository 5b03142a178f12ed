//! oslo.db's column types (`oslo_db.sqlalchemy.types`, oslo.db 18.1.1), which
//! OpenStack projects' revisions use, as they compile on PostgreSQL. Each is a
//! `TypeDecorator` whose DDL is its implementation's: the JSON types store their
//! `json.dumps` text in `Text` (`mysql_as_long` / `mysql_as_medium` only pick a MySQL
//! variant of it), so their DDL is `TEXT` here; `SoftDeleteInteger` is an `Integer`
//! whose bind processing is `int(value)`, which is Integer's literal rendering too, so
//! it is one (SERIAL as an autoincrement primary key, as SQLAlchemy compiles it).

use super::types::{TypeArgs, TypeKind};
use super::{err, SaType};
use crate::alembic::py::{Call, Py};
use rehearse_engine::error::InputError;
use rehearse_engine::span::Span;

/// `JsonEncodedType` and its two subclasses: `__init__(mysql_as_long=False,
/// mysql_as_medium=False)`.
const JSON_TYPES: &[&str] = &["JsonEncodedType", "JsonEncodedDict", "JsonEncodedList"];

/// Resolves `oslo_db.sqlalchemy.types.<name>(...)`.
pub fn oslo_db_type(call: &Call, name: &str) -> Result<SaType, InputError> {
    if name == "SoftDeleteInteger" {
        TypeArgs::bind(call, &[])?;
        return Ok(SaType::plain("INTEGER", TypeKind::Integer("SERIAL")));
    }
    let Some(canonical) = JSON_TYPES.iter().find(|n| **n == name) else {
        return Err(err(
            call.span,
            format!(
                "`{}` is not an oslo.db type the playground knows",
                call.func
            ),
        ));
    };
    let a = TypeArgs::bind(call, &["mysql_as_long", "mysql_as_medium"])?;
    if a.flag("mysql_as_long", false)? && a.flag("mysql_as_medium", false)? {
        return Err(err(
            call.span,
            "TypeError: mysql_as_long and mysql_as_medium are mutually exclusive",
        ));
    }
    Ok(SaType::plain(
        "TEXT",
        TypeKind::Decorated("oslo_db.sqlalchemy.types", canonical),
    ))
}

/// The `.impl` of a JSON type, class or instance (`JsonEncodedDict.impl`,
/// `JsonEncodedDict(mysql_as_long=True).impl`): `Text`, or `Text().with_variant(...,
/// 'mysql')`, which is `Text` on PostgreSQL. `None` for any other value.
pub fn implementation(value: &Py, span: Span) -> Result<Option<Py>, InputError> {
    let text = || {
        Py::Call(Box::new(Call {
            func: "sa.Text".into(),
            args: Vec::new(),
            kwargs: Vec::new(),
            span,
        }))
    };
    let json_type = |path: &str| {
        path.strip_prefix("oslo_db.sqlalchemy.types.")
            .is_some_and(|name| JSON_TYPES.contains(&name))
    };
    match value {
        Py::Name(n) => Ok(n.strip_suffix(".impl").is_some_and(json_type).then(text)),
        Py::Attr(inner, attr) if attr == "impl" => match &**inner {
            Py::Call(c) if json_type(&c.func) => {
                // The constructor's own TypeError first.
                let name = c.func.rsplit('.').next().unwrap_or_default();
                oslo_db_type(c, name)?;
                Ok(Some(text()))
            }
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}
