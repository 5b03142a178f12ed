//! oslo.db's column types (`oslo_db.sqlalchemy.types`, oslo.db 18.1.1), which
//! OpenStack projects' revisions use, as they compile on PostgreSQL. Each is a
//! `TypeDecorator` whose DDL is its implementation's: the JSON types store their
//! `json.dumps` text in `Text` (`mysql_as_long` / `mysql_as_medium` only pick a MySQL
//! variant of it), so their DDL is `TEXT` here.

use super::types::{TypeArgs, TypeKind};
use super::{err, SaType};
use crate::alembic::py::Call;
use rehearse_engine::error::InputError;

/// `JsonEncodedType` and its two subclasses: `__init__(mysql_as_long=False,
/// mysql_as_medium=False)`.
const JSON_TYPES: &[&str] = &["JsonEncodedType", "JsonEncodedDict", "JsonEncodedList"];

/// Resolves `oslo_db.sqlalchemy.types.<name>(...)`.
pub fn oslo_db_type(call: &Call, name: &str) -> Result<SaType, InputError> {
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
