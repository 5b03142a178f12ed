//! `add-nullable-backfill`: a NOT NULL column added without a default becomes
//! nullable, existing rows are backfilled, then NOT NULL is set together with a
//! server default (so inserts by code that does not know the column keep working).
//!
//! The backfill value is a placeholder of the column's type ('' / 0 / false / now()
//! ...), marked with a comment: only the author knows the right value.

use super::{add_keyword, py_str, Context, Edit};
use crate::analysis::actions::Action;
use crate::analysis::Hazard;
use rehearse_engine::deparse::quote_ident;
use rehearse_engine::types::SqlType;

/// A value of the type every existing row can start with.
fn placeholder(ty: &SqlType) -> Option<&'static str> {
    use SqlType::*;
    Some(match ty {
        Varchar(_) | Char(_) | Text | Citext => "''",
        SmallInt | Integer | BigInt | Numeric(_) | Real | Double => "0",
        Boolean => "false",
        Date | Timestamp | TimestampTz => "now()",
        Uuid => "gen_random_uuid()",
        // The empty array, whatever the element type.
        Json | Jsonb | Array(_) => "'{}'",
        Interval => "'0'",
        Time(_) | TimeTz(_) => "'00:00'",
        Bytea => "''",
        Enum(_) | MacAddr | Inet | Cidr | TsVector | Unknown => return None,
    })
}

/// The edits.
pub fn edits(cx: &Context, step: usize, hazard: &Hazard) -> Option<(Vec<Edit>, String)> {
    let planned = cx.plan.upgrade.get(step)?;
    let column = cx.actions(planned).into_iter().find_map(|a| match a {
        Action::AddColumn(c) if Some(&c.column) == hazard.column.as_ref() => Some(c),
        _ => None,
    })?;
    let value = placeholder(column.ty.as_ref()?)?;
    let (start, end) = cx.range(planned)?;
    let indent = cx.indent(start);
    let (t, c) = (quote_ident(&column.table), quote_ident(&column.column));
    let update = format!("UPDATE {t} SET {c} = {value} WHERE {c} IS NULL");
    let text = if cx.alembic {
        let call = &cx.source[start..end];
        if !call.starts_with("op.") || call.matches("nullable=False").count() != 1 {
            return None;
        }
        let nullable = call.replace("nullable=False", "nullable=True");
        let alter = add_keyword(
            &format!(
                "op.alter_column({}, {}, nullable=False)",
                py_str(&column.table),
                py_str(&column.column)
            ),
            &format!("server_default=sa.text({})", py_str(value)),
        )?;
        format!(
            "{nullable}\n{indent}# Backfill existing rows: replace {value} with the value they should have.\n\
             {indent}op.execute({})\n\
             {indent}# Ideally in a later revision, once the deployed code writes {c}:\n\
             {indent}{alter}",
            py_str(&update)
        )
    } else {
        let statement = &cx.source[start..end];
        let upper = statement.to_ascii_uppercase();
        let at = upper.find(" NOT NULL")?;
        if upper[at + 1..].contains(" NOT NULL") {
            return None;
        }
        let nullable = format!(
            "{}{}",
            &statement[..at],
            &statement[at + " NOT NULL".len()..]
        );
        format!(
            "{nullable};\n\
             -- Backfill existing rows: replace {value} with the value they should have.\n\
             {update};\n\
             -- Ideally in a later migration, once the deployed code writes {c}:\n\
             ALTER TABLE {t} ALTER COLUMN {c} SET DEFAULT {value}, ALTER COLUMN {c} SET NOT NULL"
        )
    };
    Some((
        vec![Edit { start, end, text }],
        format!(
            "add {}.{} nullable, backfill it, then set NOT NULL with a server default",
            column.table, column.column
        ),
    ))
}
