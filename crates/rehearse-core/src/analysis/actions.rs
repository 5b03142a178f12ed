//! What a statement does to the schema, in the analysis's own terms.
//!
//! Lock levels, costs and hazards are all questions about *what kind* of change a
//! statement makes; this module answers that once, from sqlparser's AST and the
//! database as it is just before the statement, so the rules never touch the AST.

use rehearse_engine::catalog::{ConstraintKind, Database};
use rehearse_engine::sql::generated_columns::GenerationChange;
use rehearse_engine::sql::views::ViewCommand;
use rehearse_engine::sql::{ReindexTarget, Statement, StatementKind};
use rehearse_engine::types::SqlType;
use rehearse_engine::{ident, object_name};
use sqlparser::ast::{self, AlterColumnOperation, AlterTableOperation};

/// The kind of constraint an `ADD CONSTRAINT` (or a column option) creates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NewConstraint {
    /// CHECK.
    Check,
    /// FOREIGN KEY referencing this table.
    ForeignKey(String),
    /// UNIQUE (builds an index).
    Unique,
    /// PRIMARY KEY (builds an index, sets NOT NULL).
    PrimaryKey,
}

/// A column being added.
#[derive(Debug, Clone, PartialEq)]
pub struct AddedColumn {
    /// Table.
    pub table: String,
    /// Column.
    pub column: String,
    /// Its type as written (`format_type` text when the engine knows it).
    pub ty: Option<SqlType>,
    /// NOT NULL (explicit, or implied by PRIMARY KEY / serial / identity).
    pub not_null: bool,
    /// The DEFAULT expression, if any.
    pub default: Option<ast::Expr>,
    /// serial / bigserial / identity: every existing row gets a new value.
    pub generated_per_row: bool,
    /// GENERATED ALWAYS AS (expr): each row's value is the expression's.
    pub computed: bool,
    /// Constraints declared on the column.
    pub constraints: Vec<NewConstraint>,
}

/// One thing a statement does. A statement may do several (ALTER TABLE with several
/// subcommands).
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// CREATE TABLE; `references` are the tables its foreign keys point at.
    CreateTable {
        /// Table.
        table: String,
        /// Referenced tables.
        references: Vec<String>,
    },
    /// DROP TABLE.
    DropTable {
        /// Table.
        table: String,
    },
    /// ALTER TABLE ... ADD COLUMN.
    AddColumn(AddedColumn),
    /// ALTER TABLE ... DROP COLUMN.
    DropColumn {
        /// Table.
        table: String,
        /// Column.
        column: String,
    },
    /// ALTER TABLE ... RENAME COLUMN.
    RenameColumn {
        /// Table.
        table: String,
        /// Old name.
        from: String,
        /// New name.
        to: String,
    },
    /// ALTER TABLE ... RENAME TO.
    RenameTable {
        /// Old name.
        from: String,
        /// New name.
        to: String,
    },
    /// ALTER COLUMN ... TYPE.
    AlterType {
        /// Table.
        table: String,
        /// Column.
        column: String,
        /// Current type (None: column unknown).
        from: Option<SqlType>,
        /// New type (None: a type the engine does not model).
        to: Option<SqlType>,
        /// A USING clause other than the bare column.
        using: bool,
    },
    /// ALTER COLUMN ... SET NOT NULL.
    SetNotNull {
        /// Table.
        table: String,
        /// Column.
        column: String,
    },
    /// Any other ALTER COLUMN form (DROP NOT NULL, SET/DROP DEFAULT, ...).
    AlterColumnCatalog {
        /// Table.
        table: String,
        /// Column.
        column: String,
    },
    /// ADD CONSTRAINT.
    AddConstraint {
        /// Table.
        table: String,
        /// Kind.
        kind: NewConstraint,
        /// NOT VALID.
        not_valid: bool,
        /// Name, when written.
        name: Option<String>,
    },
    /// VALIDATE CONSTRAINT.
    ValidateConstraint {
        /// Table.
        table: String,
        /// For a foreign key, the referenced table.
        references: Option<String>,
    },
    /// DROP CONSTRAINT (for a foreign key, the referenced table is locked too).
    DropConstraint {
        /// Table.
        table: String,
        /// For a foreign key, the referenced table.
        references: Option<String>,
    },
    /// RENAME CONSTRAINT and other catalog-only table changes.
    TableCatalog {
        /// Table.
        table: String,
    },
    /// CREATE INDEX.
    CreateIndex {
        /// Table.
        table: String,
        /// UNIQUE.
        unique: bool,
        /// CONCURRENTLY.
        concurrently: bool,
        /// The key columns, when every key is a plain column.
        columns: Option<Vec<String>>,
    },
    /// DROP INDEX.
    DropIndex {
        /// The index's table (None: no such index).
        table: Option<String>,
        /// CONCURRENTLY.
        concurrently: bool,
    },
    /// REINDEX: the tables whose indexes it rebuilds.
    Reindex {
        /// Tables.
        tables: Vec<String>,
        /// CONCURRENTLY.
        concurrently: bool,
    },
    /// ALTER INDEX ... RENAME TO.
    RenameIndex {
        /// The index's table.
        table: Option<String>,
    },
    /// INSERT / UPDATE / DELETE on `table`, reading `reads`.
    Write {
        /// Target table.
        table: String,
        /// Which statement.
        verb: &'static str,
        /// Other tables read (FROM / USING).
        reads: Vec<String>,
        /// For UPDATE, the columns assigned.
        assigned: Vec<String>,
    },
    /// TRUNCATE.
    Truncate {
        /// Tables.
        tables: Vec<String>,
    },
    /// SELECT.
    Read {
        /// Tables read.
        tables: Vec<String>,
    },
    /// COMMENT ON TABLE / COLUMN.
    Comment {
        /// Table.
        table: String,
    },
    /// SET name = value.
    Set {
        /// Parameter, lower case.
        name: String,
    },
    /// CREATE TRIGGER, DROP TRIGGER (`drop`), ALTER TABLE ENABLE/DISABLE TRIGGER.
    Trigger {
        /// Table.
        table: String,
        /// DROP TRIGGER.
        drop: bool,
    },
    /// LOCK TABLE: `mode` on each relation named.
    Lock {
        /// The relations.
        tables: Vec<String>,
        /// The mode.
        mode: super::locks::LockMode,
        /// NOWAIT: the statement fails at once rather than queue behind others.
        nowait: bool,
    },
    /// RESET name (`None`: RESET ALL): the setting is back at its default.
    Reset {
        /// The setting.
        name: Option<String>,
    },
    /// Nothing that touches a table (CREATE TYPE, COMMENT, transaction control).
    Other,
}

/// The actions of one statement, given the database just before it: its own, those
/// of the statements a DO block runs, and those of the statements the triggers its
/// writes fire may run (read from their bodies: every statement a body holds, run or
/// not).
pub fn of_statement(db: &Database, statement: &Statement) -> Vec<Action> {
    let mut actions = statement_actions(db, statement);
    let mut fired = Vec::new();
    for action in &actions {
        let Action::Write { table, verb, .. } = action else {
            continue;
        };
        let event = match *verb {
            "UPDATE" => "UPDATE",
            "DELETE" => "DELETE",
            _ => "INSERT",
        };
        for body in rehearse_engine::routines::triggers::bodies_fired(db, table, event) {
            for s in body.embedded() {
                fired.extend(statement_actions(db, s));
            }
        }
    }
    // Once per table and statement kind: what a body holds, not how often it runs.
    let mut seen = Vec::new();
    for action in fired {
        let key = match &action {
            Action::Write { table, verb, .. } => Some((table.clone(), *verb)),
            _ => None,
        };
        if key.as_ref().is_some_and(|k| seen.contains(k)) {
            continue;
        }
        seen.extend(key);
        actions.push(action);
    }
    actions
}

fn statement_actions(db: &Database, statement: &Statement) -> Vec<Action> {
    let ast = match &statement.kind {
        StatementKind::Do { body, .. } => {
            let Ok(block) = rehearse_engine::routines::plpgsql::parse::parse(body) else {
                return Vec::new();
            };
            return block
                .embedded()
                .into_iter()
                .flat_map(|s| of_statement(db, s))
                .collect();
        }
        StatementKind::ValidateConstraint { table, name } => {
            return vec![Action::ValidateConstraint {
                table: table.clone(),
                references: foreign_key_target(db, table, name),
            }]
        }
        StatementKind::Sql(ast) => ast.as_ref(),
        // A type's labels: no table is locked or scanned.
        StatementKind::AlterType(_) => return vec![Action::Other],
        StatementKind::Reindex {
            target,
            name,
            concurrently,
        } => {
            let tables = match (target, name) {
                (ReindexTarget::Index, Some(index)) => db
                    .index_owner(index)
                    .map(str::to_string)
                    .into_iter()
                    .collect(),
                (ReindexTarget::Table, Some(table)) => vec![table.clone()],
                (ReindexTarget::Schema | ReindexTarget::Database, _) => db
                    .tables
                    .values()
                    .filter(|t| !t.indexes.is_empty())
                    .map(|t| t.name.clone())
                    .collect(),
                _ => Vec::new(),
            };
            return vec![Action::Reindex {
                tables,
                concurrently: *concurrently,
            }];
        }
        StatementKind::CopyFromStdin { table, .. } => {
            return vec![Action::Write {
                table: table.clone(),
                verb: "COPY",
                reads: Vec::new(),
                assigned: Vec::new(),
            }]
        }
        StatementKind::DropExtension { .. }
        | StatementKind::SequenceOwnedBy { .. }
        | StatementKind::RenameSequence { .. }
        | StatementKind::OwnerTo { .. }
        // COMMENT ON a view, sequence, index or function locks no table.
        | StatementKind::CommentOn(_) => return vec![Action::Other],
        // Not simulated, so not analysed either.
        StatementKind::Unsupported(_) => return Vec::new(),
        StatementKind::View(command) => return view_actions(db, command),
        // A data-modifying WITH: each statement's actions, and its plain WITH queries'
        // reads.
        StatementKind::ModifyingWith(with) => {
            let mut actions: Vec<Action> = with
                .writers()
                .into_iter()
                .flat_map(|s| {
                    let one = Statement {
                        kind: StatementKind::Sql(Box::new(s.clone())),
                        ..statement.clone()
                    };
                    statement_actions(db, &one)
                })
                .collect();
            for query in &with.queries {
                if let rehearse_engine::sql::modifying_with::WithBody::Query(cte) = &query.body {
                    actions.push(Action::Read {
                        tables: query_tables(&cte.query),
                    });
                }
            }
            return actions;
        }
        StatementKind::Reset(name) => return vec![Action::Reset { name: name.clone() }],
        // An identity column's options: ACCESS EXCLUSIVE on its table, the catalog only
        // (`AT_SetIdentity`); a sequence's own options lock no table.
        StatementKind::AlterSequence(alter) => {
            return match &alter.target {
                rehearse_engine::sql::sequence_options::SequenceTarget::Identity {
                    table,
                    column,
                } => vec![Action::AlterColumnCatalog {
                    table: table.clone(),
                    column: column.clone(),
                }],
                rehearse_engine::sql::sequence_options::SequenceTarget::Sequence(_) => {
                    vec![Action::Other]
                }
            }
        }
        // SET EXPRESSION recomputes a stored column for every row (a rewrite, as a
        // type change with USING); DROP EXPRESSION and a virtual column's new
        // expression change the catalog only.
        StatementKind::AlterGeneration(alter) => {
            let column = db
                .tables
                .get(&alter.table)
                .and_then(|t| t.columns.iter().find(|c| c.name == alter.column));
            let stored = column
                .and_then(|c| c.generated.as_ref())
                .is_some_and(|g| g.stored);
            return vec![match &alter.change {
                GenerationChange::Set(_) if stored => Action::AlterType {
                    table: alter.table.clone(),
                    column: alter.column.clone(),
                    from: column.map(|c| c.ty.clone()),
                    to: column.map(|c| c.ty.clone()),
                    using: true,
                },
                _ => Action::AlterColumnCatalog {
                    table: alter.table.clone(),
                    column: alter.column.clone(),
                },
            }];
        }
        StatementKind::Lock(lock) => {
            return vec![Action::Lock {
                tables: lock.names.clone(),
                mode: lock.mode,
                nowait: lock.nowait,
            }]
        }
    };
    use ast::Statement as S;
    // WITH ... INSERT / UPDATE: the data statement's actions.
    let ast: &ast::Statement = match ast {
        S::Query(q) => match q.body.as_ref() {
            ast::SetExpr::Insert(inner) | ast::SetExpr::Update(inner) => inner,
            _ => ast,
        },
        _ => ast,
    };
    match ast {
        S::CreateTable(create) => {
            let mut references = Vec::new();
            for c in &create.constraints {
                if let ast::TableConstraint::ForeignKey { foreign_table, .. } = c {
                    references.push(object_name(foreign_table));
                }
            }
            for col in &create.columns {
                for o in &col.options {
                    if let ast::ColumnOption::ForeignKey { foreign_table, .. } = &o.option {
                        references.push(object_name(foreign_table));
                    }
                }
            }
            let mut actions = vec![Action::CreateTable {
                table: object_name(&create.name),
                references,
            }];
            // CREATE TABLE ... AS reads its query's tables (ACCESS SHARE).
            if let Some(query) = &create.query {
                actions.push(Action::Read {
                    tables: query_tables(query),
                });
            }
            actions
        }
        S::AlterTable {
            name, operations, ..
        } => {
            let table = object_name(name);
            // A trailing NOT VALID belongs to the last subcommand only.
            let last = operations.len().saturating_sub(1);
            operations
                .iter()
                .enumerate()
                .map(|(i, op)| alter_table(db, &table, op, statement.not_valid && i == last))
                .collect()
        }
        S::CreateIndex(create) => vec![Action::CreateIndex {
            table: object_name(&create.table_name),
            unique: create.unique,
            concurrently: create.concurrently,
            columns: create
                .columns
                .iter()
                .map(|k| match &k.expr {
                    ast::Expr::Identifier(id) => Some(ident(id)),
                    _ => None,
                })
                .collect(),
        }],
        S::AlterIndex { name, .. } => vec![Action::RenameIndex {
            table: db.index_owner(&object_name(name)).map(str::to_string),
        }],
        S::Drop {
            object_type, names, ..
        } => names
            .iter()
            .map(|n| match object_type {
                ast::ObjectType::Table => Action::DropTable {
                    table: object_name(n),
                },
                ast::ObjectType::Index => Action::DropIndex {
                    table: db.index_owner(&object_name(n)).map(str::to_string),
                    concurrently: statement.concurrently,
                },
                _ => Action::Other,
            })
            .collect(),
        S::Insert(insert) => vec![Action::Write {
            table: object_name(&insert.table_name),
            verb: "INSERT",
            // INSERT ... SELECT reads its source tables.
            reads: insert
                .source
                .as_ref()
                .map(|q| query_tables(q))
                .unwrap_or_default()
                .into_iter()
                .filter(|t| *t != object_name(&insert.table_name))
                .collect(),
            // ON CONFLICT DO UPDATE assigns its SET columns (a key update's
            // referential actions follow).
            assigned: match &insert.on {
                Some(ast::OnInsert::OnConflict(ast::OnConflict {
                    action: ast::OnConflictAction::DoUpdate(update),
                    ..
                })) => update
                    .assignments
                    .iter()
                    .flat_map(|a| match &a.target {
                        ast::AssignmentTarget::ColumnName(n) => vec![object_name(n)],
                        ast::AssignmentTarget::Tuple(ns) => ns.iter().map(object_name).collect(),
                    })
                    .collect(),
                _ => Vec::new(),
            },
        }],
        S::Update {
            table,
            from,
            assignments,
            ..
        } => vec![Action::Write {
            table: relation(&table.relation).unwrap_or_default(),
            verb: "UPDATE",
            reads: from.iter().filter_map(|f| relation(&f.relation)).collect(),
            assigned: assignments
                .iter()
                .flat_map(|a| match &a.target {
                    ast::AssignmentTarget::ColumnName(n) => vec![object_name(n)],
                    ast::AssignmentTarget::Tuple(ns) => ns.iter().map(object_name).collect(),
                })
                .collect(),
        }],
        S::Delete(delete) => {
            let from = match &delete.from {
                ast::FromTable::WithFromKeyword(t) | ast::FromTable::WithoutKeyword(t) => t,
            };
            vec![Action::Write {
                table: from
                    .first()
                    .and_then(|t| relation(&t.relation))
                    .unwrap_or_default(),
                verb: "DELETE",
                reads: delete
                    .using
                    .iter()
                    .flatten()
                    .filter_map(|t| relation(&t.relation))
                    .collect(),
                assigned: Vec::new(),
            }]
        }
        S::Truncate { table_names, .. } => vec![Action::Truncate {
            tables: table_names.iter().map(|t| object_name(&t.name)).collect(),
        }],
        S::Query(query) => vec![Action::Read {
            tables: query_tables(query),
        }],
        S::SetVariable { variables, .. } => variables
            .iter()
            .map(|v| Action::Set {
                name: object_name(v),
            })
            .collect(),
        S::CreateTrigger { table_name, .. } => vec![Action::Trigger {
            table: object_name(table_name),
            drop: false,
        }],
        S::DropTrigger { table_name, .. } => vec![Action::Trigger {
            table: object_name(table_name),
            drop: true,
        }],
        S::Comment {
            object_type,
            object_name: name,
            ..
        } => {
            let parts = &name.0;
            let table = match object_type {
                ast::CommentObject::Table => object_name(name),
                // COMMENT ON COLUMN table.column: the table is the part before it.
                ast::CommentObject::Column if parts.len() >= 2 => ident(&parts[parts.len() - 2]),
                _ => return vec![Action::Other],
            };
            vec![Action::Comment { table }]
        }
        _ => vec![Action::Other],
    }
}

fn relation(factor: &ast::TableFactor) -> Option<String> {
    match factor {
        ast::TableFactor::Table { name, .. } => Some(object_name(name)),
        _ => None,
    }
}

/// A view command's actions: CREATE [MATERIALIZED] VIEW and REFRESH read the tables
/// their query names (parse analysis takes ACCESS SHARE on each relation); the locks
/// on the view itself are on no table. DROP and RENAME lock only views.
fn view_actions(db: &Database, command: &ViewCommand) -> Vec<Action> {
    let query = match command {
        ViewCommand::Create(create) => &create.query,
        ViewCommand::Refresh { name, .. } => match db.views.get(name) {
            Some(view) => &view.query,
            None => return vec![Action::Other],
        },
        _ => return vec![Action::Other],
    };
    let tables: Vec<String> = query_tables(query)
        .into_iter()
        .filter(|t| db.tables.contains_key(t))
        .collect();
    vec![Action::Read { tables }]
}

fn query_tables(query: &ast::Query) -> Vec<String> {
    let mut out = Vec::new();
    let _ = ast::visit_relations(query, |name| {
        let n = object_name(name);
        if !out.contains(&n) {
            out.push(n);
        }
        std::ops::ControlFlow::<()>::Continue(())
    });
    out
}

fn foreign_key_target(db: &Database, table: &str, constraint: &str) -> Option<String> {
    db.tables
        .get(table)?
        .constraint(constraint)
        .and_then(|c| match &c.kind {
            ConstraintKind::ForeignKey { ref_table, .. } => Some(ref_table.clone()),
            _ => None,
        })
}

fn alter_table(db: &Database, table: &str, op: &AlterTableOperation, not_valid: bool) -> Action {
    let table = table.to_string();
    let column_type = |column: &str| {
        db.tables
            .get(&table)
            .and_then(|t| t.columns.iter().find(|c| c.name == column))
            .map(|c| c.ty.clone())
    };
    match op {
        AlterTableOperation::AddColumn { column_def, .. } => {
            Action::AddColumn(added_column(db, &table, column_def))
        }
        AlterTableOperation::DropColumn { column_name, .. } => Action::DropColumn {
            table,
            column: ident(column_name),
        },
        AlterTableOperation::RenameColumn {
            old_column_name,
            new_column_name,
        } => Action::RenameColumn {
            table,
            from: ident(old_column_name),
            to: ident(new_column_name),
        },
        AlterTableOperation::EnableTrigger { .. } | AlterTableOperation::DisableTrigger { .. } => {
            Action::Trigger { table, drop: false }
        }
        AlterTableOperation::RenameTable { table_name } => Action::RenameTable {
            from: table,
            to: object_name(table_name),
        },
        AlterTableOperation::AlterColumn { column_name, op } => {
            let column = ident(column_name);
            match op {
                AlterColumnOperation::SetNotNull => Action::SetNotNull { table, column },
                AlterColumnOperation::SetDataType { data_type, using } => {
                    let from = column_type(&column);
                    let to = SqlType::from_ast(data_type, &|n| db.enums.contains_key(n))
                        .ok()
                        .map(|s| s.ty);
                    let using = using.as_ref().is_some_and(|u| !is_column(u, &column));
                    Action::AlterType {
                        table,
                        column,
                        from,
                        to,
                        using,
                    }
                }
                _ => Action::AlterColumnCatalog { table, column },
            }
        }
        AlterTableOperation::AddConstraint(c) => {
            let (kind, name) = match c {
                ast::TableConstraint::Check { name, .. } => (NewConstraint::Check, name),
                ast::TableConstraint::ForeignKey {
                    name,
                    foreign_table,
                    ..
                } => (NewConstraint::ForeignKey(object_name(foreign_table)), name),
                ast::TableConstraint::PrimaryKey { name, .. } => (NewConstraint::PrimaryKey, name),
                ast::TableConstraint::Unique { name, .. } => (NewConstraint::Unique, name),
                _ => return Action::TableCatalog { table },
            };
            Action::AddConstraint {
                table,
                kind,
                not_valid,
                name: name.as_ref().map(ident),
            }
        }
        AlterTableOperation::DropConstraint { name, .. } => Action::DropConstraint {
            references: foreign_key_target(db, &table, &ident(name)),
            table,
        },
        _ => Action::TableCatalog { table },
    }
}

fn is_column(e: &ast::Expr, column: &str) -> bool {
    match e {
        ast::Expr::Identifier(id) => ident(id) == column,
        ast::Expr::CompoundIdentifier(ids) => ids.last().is_some_and(|id| ident(id) == column),
        ast::Expr::Nested(e) => is_column(e, column),
        _ => false,
    }
}

fn added_column(db: &Database, table: &str, def: &ast::ColumnDef) -> AddedColumn {
    let spec = SqlType::from_ast(&def.data_type, &|n| db.enums.contains_key(n)).ok();
    let serial = spec.as_ref().is_some_and(|s| s.serial.is_some());
    let mut column = AddedColumn {
        table: table.to_string(),
        column: ident(&def.name),
        ty: spec.map(|s| s.ty),
        not_null: serial,
        default: None,
        generated_per_row: serial,
        computed: false,
        constraints: Vec::new(),
    };
    for option in &def.options {
        match &option.option {
            ast::ColumnOption::NotNull => column.not_null = true,
            ast::ColumnOption::Default(e) => column.default = Some(e.clone()),
            ast::ColumnOption::Unique { is_primary, .. } => {
                column.not_null |= *is_primary;
                column.constraints.push(if *is_primary {
                    NewConstraint::PrimaryKey
                } else {
                    NewConstraint::Unique
                });
            }
            ast::ColumnOption::Check(_) => column.constraints.push(NewConstraint::Check),
            ast::ColumnOption::ForeignKey { foreign_table, .. } => column
                .constraints
                .push(NewConstraint::ForeignKey(object_name(foreign_table))),
            // A stored generated column is computed for every existing row (the table
            // is rewritten); a virtual one is computed when read (catalog only).
            ast::ColumnOption::Generated {
                generation_expr: Some(_),
                generation_expr_mode,
                ..
            } => {
                column.computed = true;
                column.generated_per_row = !matches!(
                    generation_expr_mode,
                    Some(ast::GeneratedExpressionMode::Virtual)
                );
            }
            ast::ColumnOption::Generated { .. } => {
                column.generated_per_row = true;
                column.not_null = true;
            }
            _ => {}
        }
    }
    column
}

/// Functions whose value differs per row (`provolatile = 'v'`): a default calling one
/// must be computed for every existing row, which rewrites the table.
const VOLATILE_FUNCTIONS: &[&str] = &[
    "random",
    "clock_timestamp",
    "timeofday",
    "gen_random_uuid",
    "uuid_generate_v1",
    "uuid_generate_v4",
    "nextval",
    "setval",
    "random_normal",
];

/// Whether an expression calls a volatile function.
pub fn is_volatile(e: &ast::Expr) -> bool {
    let mut volatile = false;
    let _ = ast::visit_expressions(e, |e| {
        if let ast::Expr::Function(f) = e {
            let name = object_name(&f.name);
            volatile |= VOLATILE_FUNCTIONS.contains(&name.as_str());
        }
        std::ops::ControlFlow::<()>::Continue(())
    });
    volatile
}
