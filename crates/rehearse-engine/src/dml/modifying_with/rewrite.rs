//! The statements of a data-modifying WITH, each made to run alone: a read of a
//! data-modifying WITH query becomes a read of a hidden table holding its RETURNING
//! rows; a read of a plain WITH query becomes that query as a subquery in FROM (each
//! plain WITH query is read by one statement at most, so it is still computed once).
//! Also which relations a statement names, for the order and the snapshot checks.

use crate::error::PgError;
use crate::sql::modifying_with::{WithBody, WithQuery};
use sqlparser::ast::{self, Visit, VisitMut, Visitor, VisitorMut};
use std::collections::BTreeSet;
use std::ops::ControlFlow;

/// The hidden table holding WITH query `index`'s RETURNING rows while the statement
/// runs (no SQL name can spell it).
pub(super) fn hidden_name(index: usize) -> String {
    format!("\u{1}with query {index}")
}

/// The names of the relations `node` reads (every table factor and INSERT target's
/// last name, folded as PostgreSQL folds them), and the names its own nested WITH
/// clauses define.
pub(super) fn relations<V: Visit>(node: &V) -> (Vec<String>, BTreeSet<String>) {
    struct Names {
        read: Vec<String>,
        defined: BTreeSet<String>,
    }
    impl Visitor for Names {
        type Break = ();
        fn pre_visit_relation(&mut self, name: &ast::ObjectName) -> ControlFlow<()> {
            self.read.push(crate::object_name(name));
            ControlFlow::Continue(())
        }
        fn pre_visit_query(&mut self, query: &ast::Query) -> ControlFlow<()> {
            if let Some(with) = &query.with {
                for cte in &with.cte_tables {
                    self.defined.insert(crate::ident(&cte.alias.name));
                }
            }
            ControlFlow::Continue(())
        }
    }
    let mut names = Names {
        read: Vec::new(),
        defined: BTreeSet::new(),
    };
    let _ = node.visit(&mut names);
    (names.read, names.defined)
}

/// Replaces reads of the WITH queries in `visible` (index, query) in a statement part.
pub(super) struct Rewriter<'a> {
    /// The WITH queries this part may read, with their index in the clause.
    pub visible: Vec<(usize, &'a WithQuery)>,
    /// Plain WITH queries' bodies, already rewritten, by index.
    pub bodies: &'a [Option<ast::Query>],
}

impl VisitorMut for Rewriter<'_> {
    type Break = ();

    // After the factor's own children: a query put in its place is not visited again
    // (its reads of a table named like the WITH query are the table's).
    fn post_visit_table_factor(&mut self, factor: &mut ast::TableFactor) -> ControlFlow<()> {
        let ast::TableFactor::Table {
            name,
            alias: factor_alias,
            args: None,
            ..
        } = factor
        else {
            return ControlFlow::Continue(());
        };
        if name.0.len() != 1 {
            return ControlFlow::Continue(());
        }
        let read = crate::ident(&name.0[0]);
        let Some((index, query)) = self
            .visible
            .iter()
            .rev()
            .find(|(_, q)| crate::ident(&q.alias.name) == read)
        else {
            return ControlFlow::Continue(());
        };
        // `FROM c AS x` keeps c's column names unless it renames them (the hidden
        // table of a data-modifying one has them already).
        let modifies = matches!(query.body, WithBody::Modify(_));
        let alias = match factor_alias.clone() {
            Some(mut a) => {
                if a.columns.is_empty() && !modifies {
                    a.columns = query.alias.columns.clone();
                }
                a
            }
            None if modifies => ast::TableAlias {
                name: query.alias.name.clone(),
                columns: Vec::new(),
            },
            None => query.alias.clone(),
        };
        match &query.body {
            WithBody::Modify(_) => {
                *name = ast::ObjectName(vec![ast::Ident::with_quote('"', hidden_name(*index))]);
                *factor_alias = Some(alias);
            }
            WithBody::Query(_) => {
                let Some(Some(body)) = self.bodies.get(*index) else {
                    return ControlFlow::Continue(());
                };
                *factor = ast::TableFactor::Derived {
                    lateral: false,
                    subquery: Box::new(body.clone()),
                    alias: Some(alias),
                };
            }
        }
        ControlFlow::Continue(())
    }
}

/// The parts of a data statement that read relations (not its target).
pub(super) fn rewrite_reads(statement: &mut ast::Statement, rewriter: &mut Rewriter) {
    match statement {
        ast::Statement::Insert(insert) => {
            let _ = VisitMut::visit(&mut insert.source, rewriter);
            let _ = VisitMut::visit(&mut insert.on, rewriter);
            let _ = VisitMut::visit(&mut insert.returning, rewriter);
        }
        ast::Statement::Update {
            assignments,
            from,
            selection,
            returning,
            ..
        } => {
            let _ = VisitMut::visit(assignments, rewriter);
            let _ = VisitMut::visit(from, rewriter);
            let _ = VisitMut::visit(selection, rewriter);
            let _ = VisitMut::visit(returning, rewriter);
        }
        ast::Statement::Delete(delete) => {
            let _ = VisitMut::visit(&mut delete.using, rewriter);
            let _ = VisitMut::visit(&mut delete.selection, rewriter);
            let _ = VisitMut::visit(&mut delete.returning, rewriter);
        }
        other => {
            let _ = VisitMut::visit(other, rewriter);
        }
    }
}

/// Refuses a statement whose nested WITH defines a name of the clause's (which would
/// shadow it in part of the statement).
pub(super) fn check_shadowing(
    defined: &BTreeSet<String>,
    queries: &[WithQuery],
) -> Result<(), PgError> {
    match queries
        .iter()
        .find(|q| defined.contains(&crate::ident(&q.alias.name)))
    {
        Some(q) => Err(PgError::unsupported(format!(
            "a nested WITH query named like the data-modifying WITH's query \"{}\"",
            crate::ident(&q.alias.name)
        ))),
        None => Ok(()),
    }
}

/// The relations a data statement reads (not its target), and the names its nested
/// WITH clauses define.
pub(super) fn read_relations(statement: &ast::Statement) -> (Vec<String>, BTreeSet<String>) {
    let mut read = Vec::new();
    let mut defined = BTreeSet::new();
    let mut add = |(r, d): (Vec<String>, BTreeSet<String>)| {
        read.extend(r);
        defined.extend(d);
    };
    match statement {
        ast::Statement::Insert(insert) => {
            add(relations(&insert.source));
            add(relations(&insert.on));
            add(relations(&insert.returning));
        }
        ast::Statement::Update {
            assignments,
            from,
            selection,
            returning,
            ..
        } => {
            add(relations(assignments));
            add(relations(from));
            add(relations(selection));
            add(relations(returning));
        }
        ast::Statement::Delete(delete) => {
            add(relations(&delete.using));
            add(relations(&delete.selection));
            add(relations(&delete.returning));
        }
        other => add(relations(other)),
    }
    (read, defined)
}

/// The table a data statement writes.
pub(super) fn target(statement: &ast::Statement) -> Option<String> {
    match statement {
        ast::Statement::Insert(insert) => Some(crate::object_name(&insert.table_name)),
        ast::Statement::Update { table, .. } => match &table.relation {
            ast::TableFactor::Table { name, .. } => Some(crate::object_name(name)),
            _ => None,
        },
        ast::Statement::Delete(delete) => {
            let from = match &delete.from {
                ast::FromTable::WithFromKeyword(t) | ast::FromTable::WithoutKeyword(t) => t,
            };
            match from.first().map(|t| &t.relation) {
                Some(ast::TableFactor::Table { name, .. }) => Some(crate::object_name(name)),
                _ => None,
            }
        }
        _ => None,
    }
}
