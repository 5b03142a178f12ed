//! The `op.*` calls Rehearse runs, each rendered to the SQL Alembic emits for it on
//! PostgreSQL in offline mode. One module per family; [`render`] dispatches.

mod columns;
mod constraints;
mod data;
mod entities;
mod indexes;
mod tables;
mod types;

pub use tables::table_value;
pub use types::type_method;

use super::args::Args;
use super::py::Call;
use rehearse_engine::error::{InputError, Source};

/// What rendering remembers across the op calls of one migration function, as
/// Alembic's `impl.memo` does: named enum types already created by `create_table`.
#[derive(Debug, Default)]
pub struct Memo {
    /// Enum type names whose CREATE TYPE was emitted.
    pub enum_types: Vec<String>,
}

/// Renders one op call (`name` without the `op.` / `batch_op.` prefix). In a batch block
/// `batch_table` is the block's table, supplied as the first argument.
pub fn render(
    name: &str,
    call: &Call,
    batch_table: Option<&str>,
    memo: &mut Memo,
) -> Result<Vec<String>, InputError> {
    let mut call = call.clone();
    if let Some(table) = batch_table {
        let param = match name {
            "create_index" | "drop_index" => None,
            "create_foreign_key" => Some(1),
            "create_unique_constraint"
            | "create_check_constraint"
            | "create_primary_key"
            | "drop_constraint" => Some(1),
            _ => Some(0),
        };
        match param {
            Some(pos) if pos <= call.args.len() => {
                call.args.insert(pos, super::py::Py::Str(table.to_string()))
            }
            Some(_) => call
                .kwargs
                .push(("table_name".into(), super::py::Py::Str(table.to_string()))),
            None => {
                if name == "create_index" && !call.args.is_empty() {
                    call.args.insert(1, super::py::Py::Str(table.to_string()));
                }
            }
        }
    }
    let op = format!("op.{name}");
    match name {
        "add_column" => columns::add_column(&Args::bind(
            &op,
            &call,
            &["table_name", "column"],
            &["schema", "if_not_exists"],
        )?),
        "drop_column" => columns::drop_column(&Args::bind(
            &op,
            &call,
            &["table_name", "column_name"],
            &["schema", "if_exists"],
        )?),
        "alter_column" => columns::alter_column(&Args::bind_with_kw(
            &op,
            &call,
            &["table_name", "column_name"],
            &[
                "nullable",
                "comment",
                "server_default",
                "new_column_name",
                "type_",
                "existing_type",
                "existing_server_default",
                "existing_nullable",
                "existing_comment",
                "schema",
                "postgresql_using",
                "autoincrement",
                "existing_autoincrement",
            ],
        )?),
        "create_table" => tables::create_table(&op, &call, memo),
        "drop_table" => tables::drop_table(&Args::bind(
            &op,
            &call,
            &["table_name"],
            &["schema", "if_exists"],
        )?),
        "rename_table" => tables::rename_table(&Args::bind(
            &op,
            &call,
            &["old_table_name", "new_table_name"],
            &["schema"],
        )?),
        "create_index" => indexes::create_index(&Args::bind(
            &op,
            &call,
            &["index_name", "table_name", "columns"],
            &[
                "schema",
                "unique",
                "if_not_exists",
                "postgresql_concurrently",
                "postgresql_where",
                "postgresql_using",
                "postgresql_nulls_not_distinct",
                "postgresql_ops",
            ],
        )?),
        "drop_index" => indexes::drop_index(&Args::bind(
            &op,
            &call,
            &["index_name", "table_name"],
            &["schema", "if_exists", "postgresql_concurrently"],
        )?),
        "create_unique_constraint" => constraints::unique(&Args::bind(
            &op,
            &call,
            &["constraint_name", "table_name", "columns"],
            &[
                "schema",
                "deferrable",
                "initially",
                "postgresql_include",
                "postgresql_nulls_not_distinct",
            ],
        )?),
        "create_check_constraint" => constraints::check(&Args::bind(
            &op,
            &call,
            &["constraint_name", "table_name", "condition"],
            &["schema", "postgresql_not_valid"],
        )?),
        "create_foreign_key" => constraints::foreign_key(&Args::bind(
            &op,
            &call,
            &[
                "constraint_name",
                "source_table",
                "referent_table",
                "local_cols",
                "remote_cols",
            ],
            &[
                "onupdate",
                "ondelete",
                "deferrable",
                "initially",
                "match",
                // ForeignKeyConstraint's own keyword (through **dialect_kw): it decides
                // how CREATE TABLE writes the key, which an ALTER TABLE never is.
                "use_alter",
                "source_schema",
                "referent_schema",
                "postgresql_not_valid",
            ],
        )?),
        "create_primary_key" => constraints::primary_key(&Args::bind(
            &op,
            &call,
            &["constraint_name", "table_name", "columns"],
            &["schema"],
        )?),
        "drop_constraint" => constraints::drop(&Args::bind(
            &op,
            &call,
            &["constraint_name", "table_name", "type_"],
            &["schema", "if_exists"],
        )?),
        "execute" => data::execute(&Args::bind(
            &op,
            &call,
            &["sqltext"],
            &["execution_options"],
        )?),
        "bulk_insert" => data::bulk_insert(&Args::bind(
            &op,
            &call,
            &["table", "rows"],
            &["multiinsert"],
        )?),
        "create_table_comment" => tables::table_comment(&Args::bind(
            &op,
            &call,
            &["table_name", "comment"],
            &["existing_comment", "schema"],
        )?),
        "drop_table_comment" => tables::table_comment(&Args::bind(
            &op,
            &call,
            &["table_name"],
            &["existing_comment", "schema"],
        )?),
        "create_entity" => entities::entity_op(
            &Args::bind(&op, &call, &["target"], &[])?,
            entities::EntityOp::Create,
        ),
        "drop_entity" => entities::entity_op(
            &Args::bind(&op, &call, &["target", "cascade"], &[])?,
            entities::EntityOp::Drop,
        ),
        "replace_entity" => entities::entity_op(
            &Args::bind(&op, &call, &["target"], &[])?,
            entities::EntityOp::Replace,
        ),
        other => Err(InputError::new(
            Source::Migration,
            call.span,
            format!("op.{other}() is not something the playground can run"),
        )),
    }
}
