//! The database: tables with their rows, columns, indexes and constraints; sequences;
//! enum types. Plain data, cloned whole to take a transaction snapshot.
//!
//! Stored expressions (defaults, CHECK conditions, index expressions) are kept as parsed
//! SQL and bound again on use, so renaming a column only renames identifiers.

pub use super::opclasses::IndexMethod;
use super::types::SqlType;
use super::value::Value;
use sqlparser::ast;
use std::collections::BTreeMap;

/// Referential action of a foreign key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefAction {
    /// NO ACTION (the default)
    NoAction,
    /// RESTRICT
    Restrict,
    /// CASCADE
    Cascade,
    /// SET NULL
    SetNull,
    /// SET DEFAULT
    SetDefault,
}

impl RefAction {
    /// From the parser's action.
    pub fn from_ast(action: Option<&ast::ReferentialAction>) -> RefAction {
        match action {
            None | Some(ast::ReferentialAction::NoAction) => RefAction::NoAction,
            Some(ast::ReferentialAction::Restrict) => RefAction::Restrict,
            Some(ast::ReferentialAction::Cascade) => RefAction::Cascade,
            Some(ast::ReferentialAction::SetNull) => RefAction::SetNull,
            Some(ast::ReferentialAction::SetDefault) => RefAction::SetDefault,
        }
    }

    /// SQL spelling, or `None` for the default.
    pub fn sql(self) -> Option<&'static str> {
        match self {
            RefAction::NoAction => None,
            RefAction::Restrict => Some("RESTRICT"),
            RefAction::Cascade => Some("CASCADE"),
            RefAction::SetNull => Some("SET NULL"),
            RefAction::SetDefault => Some("SET DEFAULT"),
        }
    }
}

/// What a constraint requires.
#[derive(Debug, Clone)]
pub enum ConstraintKind {
    /// PRIMARY KEY over columns, backed by the index of the same name.
    PrimaryKey(Vec<String>),
    /// UNIQUE over columns, backed by the index of the same name.
    Unique(Vec<String>),
    /// CHECK (expression).
    Check(ast::Expr),
    /// FOREIGN KEY.
    ForeignKey {
        /// Referencing columns.
        columns: Vec<String>,
        /// Referenced table.
        ref_table: String,
        /// Referenced columns.
        ref_columns: Vec<String>,
        /// ON DELETE.
        on_delete: RefAction,
        /// ON UPDATE.
        on_update: RefAction,
    },
}

/// A table constraint.
#[derive(Debug, Clone)]
pub struct Constraint {
    /// Name, unique per table.
    pub name: String,
    /// What it requires.
    pub kind: ConstraintKind,
    /// False after `NOT VALID` until `VALIDATE CONSTRAINT`.
    pub validated: bool,
}

impl Constraint {
    /// `pg_constraint.contype`.
    pub fn contype(&self) -> &'static str {
        match self.kind {
            ConstraintKind::PrimaryKey(_) => "p",
            ConstraintKind::Unique(_) => "u",
            ConstraintKind::Check(_) => "c",
            ConstraintKind::ForeignKey { .. } => "f",
        }
    }

    /// Columns of this table the constraint names (CHECK: those its expression reads).
    pub fn columns(&self) -> Vec<String> {
        match &self.kind {
            ConstraintKind::PrimaryKey(c) | ConstraintKind::Unique(c) => c.clone(),
            ConstraintKind::ForeignKey { columns, .. } => columns.clone(),
            ConstraintKind::Check(e) => expr_columns(e),
        }
    }
}

/// Identifiers an expression references, in order of appearance, without duplicates.
pub fn expr_columns(e: &ast::Expr) -> Vec<String> {
    let mut names = Vec::new();
    let _ = ast::visit_expressions(e, |x| {
        let name = match x {
            ast::Expr::Identifier(id) => Some(super::ident(id)),
            ast::Expr::CompoundIdentifier(parts) => parts.last().map(super::ident),
            _ => None,
        };
        if let Some(n) = name {
            if !names.contains(&n) {
                names.push(n);
            }
        }
        std::ops::ControlFlow::<()>::Continue(())
    });
    names
}

/// Renames column references inside a stored expression.
pub fn rename_in_expr(e: &mut ast::Expr, from: &str, to: &str) {
    let _ = ast::visit_expressions_mut(e, |x| {
        match x {
            ast::Expr::Identifier(id) if super::ident(id) == from => {
                *id = ast::Ident::with_quote('"', to)
            }
            ast::Expr::CompoundIdentifier(parts) => {
                if let Some(last) = parts.last_mut() {
                    if super::ident(last) == from {
                        *last = ast::Ident::with_quote('"', to);
                    }
                }
            }
            _ => {}
        }
        std::ops::ControlFlow::<()>::Continue(())
    });
}

/// One key of an index.
#[derive(Debug, Clone)]
pub enum IndexKey {
    /// A column by name.
    Column(String),
    /// An expression such as `lower(email)`.
    Expr(ast::Expr),
}

/// An index.
#[derive(Debug, Clone)]
pub struct Index {
    /// Name (a relation name: shares the namespace with tables).
    pub name: String,
    /// UNIQUE.
    pub unique: bool,
    /// Keys in order.
    pub keys: Vec<IndexKey>,
    /// Partial index predicate.
    pub predicate: Option<ast::Expr>,
    /// The constraint that owns it (primary key / unique constraint).
    pub constraint: Option<String>,
    /// `pg_index.indisvalid`. `false` only for what a failed CREATE INDEX CONCURRENTLY
    /// leaves behind: the name is taken, but the index is neither used nor maintained,
    /// so it enforces nothing (PostgreSQL's `indisready` is false too).
    pub valid: bool,
    /// The access method (`USING`).
    pub method: crate::opclasses::IndexMethod,
    /// Each key's operator class when not its type's default (as `pg_get_indexdef`
    /// prints them); empty when every key uses the default.
    pub opclasses: Vec<Option<String>>,
    /// `NULLS NOT DISTINCT` (`pg_index.indnullsnotdistinct`): a unique index then
    /// treats NULL keys as equal to each other.
    pub nulls_not_distinct: bool,
}

/// A column.
#[derive(Debug, Clone)]
pub struct Column {
    /// Name.
    pub name: String,
    /// Type.
    pub ty: SqlType,
    /// NOT NULL.
    pub not_null: bool,
    /// DEFAULT expression as written (bound on use).
    pub default: Option<ast::Expr>,
    /// GENERATED ... AS IDENTITY.
    pub identity: Option<Identity>,
    /// GENERATED ALWAYS AS (expr) [STORED | VIRTUAL] (see `crate::generated`).
    pub generated: Option<Generated>,
}

impl Column {
    /// Whether it is a virtual generated column (computed when read, not stored).
    pub fn is_virtual(&self) -> bool {
        self.generated.as_ref().is_some_and(|g| !g.stored)
    }
}

/// A generated column's expression.
#[derive(Debug, Clone)]
pub struct Generated {
    /// The expression as written (bound on use against the table's columns).
    pub expr: ast::Expr,
    /// STORED (computed when a row is written) or VIRTUAL (PostgreSQL 18's default:
    /// computed when read). The engine keeps a virtual column's value in the row too,
    /// recomputed whenever the row or the expression changes, which reads the same
    /// because the expression is immutable (`crate::generated` refuses a row whose
    /// virtual value fails, as PostgreSQL would only fail when reading it).
    pub stored: bool,
}

/// An identity column's generator.
#[derive(Debug, Clone, PartialEq)]
pub struct Identity {
    /// The sequence supplying values.
    pub sequence: String,
    /// GENERATED ALWAYS (explicit values are refused).
    pub always: bool,
    /// START WITH.
    pub start: i64,
    /// INCREMENT BY.
    pub increment: i64,
}

/// A sequence.
#[derive(Debug, Clone, PartialEq)]
pub struct Sequence {
    /// The last value handed out (`None`: never called).
    pub last: Option<i64>,
    /// START WITH.
    pub start: i64,
    /// INCREMENT BY.
    pub increment: i64,
    /// This session's handle on the sequence (PostgreSQL keys its per-session state,
    /// `currval`'s value, by the sequence's OID): given the first time a call touches
    /// it, kept through renames, gone with the sequence (see
    /// `expr::functions::sequence_session`).
    pub session_id: Option<u64>,
}

impl Sequence {
    /// A fresh sequence.
    pub fn new(start: i64, increment: i64) -> Self {
        Sequence {
            last: None,
            start,
            increment,
            session_id: None,
        }
    }

    /// `nextval`.
    pub fn next_value(&mut self) -> i64 {
        let v = self
            .last
            .map_or(self.start, |l| l.saturating_add(self.increment));
        self.last = Some(v);
        v
    }
}

/// A row: one value per column, in column order.
pub type Row = Vec<Value>;

/// A table with its data.
#[derive(Debug, Clone)]
pub struct Table {
    /// Name.
    pub name: String,
    /// Columns in order.
    pub columns: Vec<Column>,
    /// Rows in physical order (copy-on-write: copies of the database share them until
    /// one changes).
    pub rows: crate::shared::Shared<Vec<Row>>,
    /// Indexes, in creation order.
    pub indexes: Vec<Index>,
    /// Constraints, in creation order.
    pub constraints: Vec<Constraint>,
    /// Row-level triggers, in creation order (they fire in name order).
    pub triggers: Vec<crate::routine_defs::Trigger>,
}

impl Table {
    /// Position of a column.
    pub fn column_index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name)
    }

    /// A constraint by name.
    pub fn constraint(&self, name: &str) -> Option<&Constraint> {
        self.constraints.iter().find(|c| c.name == name)
    }

    /// The primary key's columns.
    pub fn primary_key(&self) -> Option<&[String]> {
        self.constraints.iter().find_map(|c| match &c.kind {
            ConstraintKind::PrimaryKey(cols) => Some(cols.as_slice()),
            _ => None,
        })
    }

    /// Name and type of each column, for binding expressions.
    pub fn scope_columns(&self) -> Vec<(String, SqlType)> {
        self.columns
            .iter()
            .map(|c| (c.name.clone(), c.ty.clone()))
            .collect()
    }
}

/// The whole database.
#[derive(Debug, Clone, Default)]
pub struct Database {
    /// Tables by name.
    pub tables: BTreeMap<String, Table>,
    /// Sequences by name.
    pub sequences: BTreeMap<String, Sequence>,
    /// Enum types by name: their labels in order, as committed (what casts accept).
    pub enums: BTreeMap<String, Vec<String>>,
    /// Enum types given labels by the open transaction that are not usable until it
    /// commits: each type's whole new list (see `ddl::alter_type`).
    pub enums_pending: BTreeMap<String, Vec<String>>,
    /// Enum types created by the open transaction (their new labels are usable at once).
    pub enums_created: std::collections::BTreeSet<String>,
    /// Extensions installed by CREATE EXTENSION (`plpgsql`, always there, aside).
    pub extensions: std::collections::BTreeSet<String>,
    /// User-defined functions, by name (overloading is refused).
    pub functions: BTreeMap<String, crate::routine_defs::Function>,
    /// Views and materialized views by name (see `crate::views`).
    pub views: BTreeMap<String, View>,
    /// COMMENT ON TABLE / COLUMN, by table name (see `ddl::comments`).
    pub comments: BTreeMap<String, ObjectComments>,
}

/// A view or materialized view. Its query is kept as written and bound on use against
/// the relations as they were named when it was created (`relations`,
/// `column_names`): PostgreSQL binds a view once, to objects rather than names, so
/// renaming a table or column it uses keeps it working.
#[derive(Debug, Clone)]
pub struct View {
    /// Name (a relation name: shares the namespace with tables).
    pub name: String,
    /// The query as written.
    pub query: ast::Query,
    /// Output columns: name (as the view calls them) and type.
    pub columns: Vec<(String, SqlType)>,
    /// A relation name the query uses → the relation's current name, where renamed.
    pub relations: BTreeMap<String, String>,
    /// Renamed columns the query uses: (relation name in the query, the column's
    /// current name, its name in the query).
    pub column_names: Vec<(String, String, String)>,
    /// Each relation's columns when the view was created (relation and column names
    /// as the query gives them): `*` expanded then, so columns added later are not
    /// the view's.
    pub seen: BTreeMap<String, Vec<String>>,
    /// WITH [CASCADED | LOCAL] CHECK OPTION.
    pub check_option: Option<crate::sql::views::CheckOption>,
    /// A materialized view's rows: `Some(None)` until populated (`WITH NO DATA`).
    pub materialized: Option<Option<crate::shared::Shared<Vec<Row>>>>,
    /// Creation order (PostgreSQL lists dependent objects in catalog order).
    pub order: u64,
}

impl View {
    /// The view as the report shows it: a table of its columns, holding a populated
    /// materialized view's rows (a plain view's rows are not stored).
    pub fn as_table(&self) -> Table {
        Table {
            name: self.name.clone(),
            columns: self
                .columns
                .iter()
                .map(|(name, ty)| Column {
                    name: name.clone(),
                    ty: ty.clone(),
                    not_null: false,
                    default: None,
                    identity: None,
                    generated: None,
                })
                .collect(),
            rows: match &self.materialized {
                Some(Some(rows)) => rows.clone(),
                _ => crate::shared::Shared::new(Vec::new()),
            },
            indexes: Vec::new(),
            constraints: Vec::new(),
            triggers: Vec::new(),
        }
    }

    /// `view` or `materialized view`.
    pub fn kind(&self) -> &'static str {
        if self.materialized.is_some() {
            "materialized view"
        } else {
            "view"
        }
    }
}

impl Database {
    /// Whether any relation (table, index, sequence) has this name.
    pub fn relation_exists(&self, name: &str) -> bool {
        self.tables.contains_key(name)
            || self.views.contains_key(name)
            || self.sequences.contains_key(name)
            || self
                .tables
                .values()
                .any(|t| t.indexes.iter().any(|i| i.name == name))
    }

    /// The table owning an index.
    pub fn index_owner(&self, index: &str) -> Option<&str> {
        self.tables
            .values()
            .find(|t| t.indexes.iter().any(|i| i.name == index))
            .map(|t| t.name.as_str())
    }

    /// PostgreSQL's `ChooseRelationName`: `table_col_suffix`, truncated to 63 bytes,
    /// numbered until free.
    pub fn choose_relation_name(
        &self,
        table: &str,
        columns: &[String],
        suffix: &str,
        also_taken: &[String],
    ) -> String {
        choose_object_name(table, columns, suffix, |name| {
            self.relation_exists(name) || also_taken.iter().any(|t| t == name)
        })
    }
}

/// PostgreSQL's name choosing (`ChooseRelationName` / `ChooseConstraintName`):
/// `table_cols_suffix`, then `suffix1`, `suffix2`, ... until `is_taken` says no.
pub fn choose_object_name(
    table: &str,
    columns: &[String],
    suffix: &str,
    is_taken: impl Fn(&str) -> bool,
) -> String {
    let label = columns.join("_");
    (0..)
        .map(|n| {
            if n == 0 {
                suffix.to_string()
            } else {
                format!("{suffix}{n}")
            }
        })
        .map(|s| make_object_name(table, &label, &s))
        .find(|name| !is_taken(name))
        .unwrap_or_default()
}

/// `makeObjectName`: `name1_name2_label`, shortening the longer of name1/name2 until the
/// whole fits in 63 bytes.
pub fn make_object_name(name1: &str, name2: &str, label: &str) -> String {
    const MAX: usize = 63;
    let mut n1 = name1.len();
    let mut n2 = name2.len();
    let overhead = label.len() + 1 + if name2.is_empty() { 0 } else { 1 };
    while n1 + n2 + overhead > MAX {
        if n1 > n2 {
            n1 -= 1;
        } else {
            n2 -= 1;
        }
    }
    let cut = |s: &str, n: usize| {
        let mut end = n;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s[..end].to_string()
    };
    let mut name = cut(name1, n1);
    if !name2.is_empty() {
        name.push('_');
        name.push_str(&cut(name2, n2));
    }
    name.push('_');
    name.push_str(label);
    name
}

/// The comments on one table and its columns.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ObjectComments {
    /// COMMENT ON TABLE.
    pub table: Option<String>,
    /// COMMENT ON COLUMN, by column name.
    pub columns: BTreeMap<String, String>,
}
