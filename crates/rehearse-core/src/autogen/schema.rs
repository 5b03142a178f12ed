//! The vocabulary autogenerate compares and renders: tables, columns, indexes and
//! constraints as Alembic sees them, whether they come from the model (SQLAlchemy
//! metadata) or from the database (reflection).
//!
//! Types and defaults are kept in both their rendered Python form (what the revision
//! file shows) and, for types, the DDL SQLAlchemy's PostgreSQL compiler gives them
//! (what Alembic's type comparison tokenizes).

/// A constraint or index name as Alembic renders it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Name {
    /// No name (`None`): PostgreSQL will choose one.
    None,
    /// A name written in the model: `'name'`.
    Plain(String),
    /// A name from a naming convention or from reflection: `op.f('name')`.
    Conv(String),
}

impl Name {
    /// The name as the database knows it, if known.
    pub fn text(&self) -> Option<&str> {
        match self {
            Name::None => None,
            Name::Plain(n) | Name::Conv(n) => Some(n),
        }
    }
}

/// A column type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeSpec {
    /// Python: `sa.String(length=50)`, `postgresql.TIMESTAMP()`.
    pub repr: String,
    /// DDL from SQLAlchemy's PostgreSQL type compiler: `VARCHAR(50)`.
    pub ddl: String,
}

impl TypeSpec {
    /// Whether rendering it needs `from sqlalchemy.dialects import postgresql`.
    pub fn needs_dialect_import(&self) -> bool {
        self.repr.starts_with("postgresql.")
    }
}

/// A column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnSpec {
    /// Name in the database.
    pub name: String,
    /// Type.
    pub ty: TypeSpec,
    /// NULL allowed.
    pub nullable: bool,
    /// Rendered server default (`'x'`, `sa.text('now()')`).
    pub server_default: Option<String>,
    /// Rendered identity (`sa.Identity(...)`), shown positionally.
    pub identity: Option<String>,
    /// Rendered `autoincrement=` value when it is not SQLAlchemy's default `"auto"`.
    pub autoincrement: Option<String>,
    /// Column comment.
    pub comment: Option<String>,
}

/// One key of an index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexKey {
    /// A column by name.
    Column(String),
    /// An expression as PostgreSQL prints it (`pg_get_indexdef`, pretty): `lower(email::text)`.
    Expression(String),
}

/// An index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexSpec {
    /// Name.
    pub name: Name,
    /// Keys in order.
    pub columns: Vec<IndexKey>,
    /// UNIQUE.
    pub unique: bool,
}

/// A unique constraint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UniqueSpec {
    /// Name.
    pub name: Name,
    /// Columns in order.
    pub columns: Vec<String>,
    /// Read from the database: SQLAlchemy adds PostgreSQL's dialect options
    /// (`postgresql_include`, `postgresql_nulls_not_distinct`) to it.
    pub reflected: bool,
}

/// A CHECK constraint (only ever read from the database: Alembic does not compare them,
/// but a dropped table's downgrade recreates them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckSpec {
    /// Name.
    pub name: Name,
    /// The condition as `pg_get_constraintdef` prints it (pretty), without `CHECK (...)`.
    pub condition: String,
}

/// A foreign key constraint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignKeySpec {
    /// Name.
    pub name: Name,
    /// Referencing columns.
    pub columns: Vec<String>,
    /// Referenced table.
    pub ref_table: String,
    /// Referenced columns.
    pub ref_columns: Vec<String>,
    /// ON DELETE action as written.
    pub ondelete: Option<String>,
    /// ON UPDATE action as written.
    pub onupdate: Option<String>,
}

impl ForeignKeySpec {
    /// What Alembic compares foreign keys by: everything but the name, actions in
    /// lower case with `NO ACTION` the same as none.
    pub fn signature(
        &self,
    ) -> (
        Vec<String>,
        String,
        Vec<String>,
        Option<String>,
        Option<String>,
    ) {
        let action = |a: &Option<String>| {
            a.as_ref()
                .map(|s| s.to_lowercase())
                .filter(|s| s != "no action")
        };
        (
            self.columns.clone(),
            self.ref_table.clone(),
            self.ref_columns.clone(),
            action(&self.onupdate),
            action(&self.ondelete),
        )
    }
}

/// A table.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TableSpec {
    /// Name.
    pub name: String,
    /// Columns in order.
    pub columns: Vec<ColumnSpec>,
    /// Primary key name and columns.
    pub primary_key: Option<(Name, Vec<String>)>,
    /// Unique constraints.
    pub uniques: Vec<UniqueSpec>,
    /// Foreign keys.
    pub foreign_keys: Vec<ForeignKeySpec>,
    /// Indexes (not those backing a constraint).
    pub indexes: Vec<IndexSpec>,
    /// CHECK constraints (reflected tables only).
    pub checks: Vec<CheckSpec>,
    /// The column SQLAlchemy treats as the table's autoincrement column.
    pub autoincrement_column: Option<String>,
}

impl TableSpec {
    /// A column by name.
    pub fn column(&self, name: &str) -> Option<&ColumnSpec> {
        self.columns.iter().find(|c| c.name == name)
    }
}
