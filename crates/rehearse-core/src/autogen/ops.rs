//! The operations autogenerate produces (Alembic's `ops.*` that its comparators emit)
//! and their reverses, from which the downgrade is built.

use super::schema::{ColumnSpec, ForeignKeySpec, IndexSpec, Name, TableSpec, TypeSpec, UniqueSpec};

/// One directive of the generated revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    /// `op.create_table(...)` with columns and constraints inline.
    CreateTable(TableSpec),
    /// `op.drop_table(...)`; carries the table for the reverse.
    DropTable(TableSpec),
    /// `op.add_column(...)`.
    AddColumn(String, ColumnSpec),
    /// `op.drop_column(...)`; carries the column for the reverse.
    DropColumn(String, ColumnSpec),
    /// `op.alter_column(...)`.
    AlterColumn(Box<AlterColumn>),
    /// `op.create_index(...)`.
    CreateIndex(String, IndexSpec),
    /// `op.drop_index(...)`.
    DropIndex(String, IndexSpec),
    /// `op.create_unique_constraint(...)`.
    AddUnique(String, UniqueSpec),
    /// `op.drop_constraint(..., type_='unique')`.
    DropUnique(String, UniqueSpec),
    /// `op.create_foreign_key(...)`.
    AddForeignKey(String, ForeignKeySpec),
    /// `op.drop_constraint(..., type_='foreignkey')`.
    DropForeignKey(String, ForeignKeySpec),
}

/// An `alter_column` with what changes and what it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlterColumn {
    /// Table.
    pub table: String,
    /// Column.
    pub column: String,
    /// The type it has.
    pub existing_type: TypeSpec,
    /// The type it gets.
    pub modify_type: Option<TypeSpec>,
    /// Whether it allows NULL now.
    pub existing_nullable: bool,
    /// Whether it will.
    pub modify_nullable: Option<bool>,
    /// Its server default (rendered), shown for context.
    pub existing_server_default: Option<String>,
    /// Its comment.
    pub existing_comment: Option<String>,
    /// The comment it gets (`Some(None)`: removed).
    pub modify_comment: Option<Option<String>>,
    /// `autoincrement=` passed along.
    pub autoincrement: Option<bool>,
}

impl AlterColumn {
    /// Whether anything changes (Alembic's `has_changes`).
    pub fn has_changes(&self) -> bool {
        self.modify_type.is_some()
            || self.modify_nullable.is_some()
            || self.modify_comment.is_some()
    }
}

impl Op {
    /// The operation that undoes this one (Alembic's `reverse()`).
    pub fn reverse(&self) -> Op {
        match self {
            Op::CreateTable(t) => Op::DropTable(t.clone()),
            Op::DropTable(t) => Op::CreateTable(t.clone()),
            Op::AddColumn(t, c) => Op::DropColumn(t.clone(), c.clone()),
            Op::DropColumn(t, c) => Op::AddColumn(t.clone(), c.clone()),
            Op::CreateIndex(t, i) => Op::DropIndex(t.clone(), i.clone()),
            Op::DropIndex(t, i) => Op::CreateIndex(t.clone(), i.clone()),
            Op::AddUnique(t, u) => Op::DropUnique(t.clone(), u.clone()),
            Op::DropUnique(t, u) => Op::AddUnique(t.clone(), u.clone()),
            Op::AddForeignKey(t, f) => Op::DropForeignKey(t.clone(), f.clone()),
            Op::DropForeignKey(t, f) => Op::AddForeignKey(t.clone(), f.clone()),
            Op::AlterColumn(a) => {
                let mut r = (**a).clone();
                if let Some(new) = &a.modify_type {
                    r.existing_type = new.clone();
                    r.modify_type = Some(a.existing_type.clone());
                }
                if let Some(new) = a.modify_nullable {
                    r.existing_nullable = new;
                    r.modify_nullable = Some(a.existing_nullable);
                }
                if let Some(new) = &a.modify_comment {
                    r.existing_comment = new.clone();
                    r.modify_comment = Some(a.existing_comment.clone());
                }
                Op::AlterColumn(Box::new(r))
            }
        }
    }

    /// Whether the operation names a constraint PostgreSQL must find by a name it does
    /// not have (Alembic renders these with a warning).
    pub fn unnamed_drop(&self) -> bool {
        match self {
            Op::DropUnique(_, u) => u.name == Name::None,
            Op::DropForeignKey(_, f) => f.name == Name::None,
            _ => false,
        }
    }
}
