//! UPDATE ... FROM and DELETE ... USING: their FROM list bound as a query's FROM
//! (tables, joins, subqueries, VALUES lists, WITH queries), its joined rows computed
//! once; and a statement's WITH clause, bound before the statement (`Ctes`).
//!
//! **Invariant:** a FROM-list row is its relations' rows in order, as the relations
//! appear in the scope's `joined` list after the target table's own columns.

use super::using::JoinColumns;
use super::{from, Clause, Context, Levels};
use crate::catalog::{Row, Table};
use crate::error::PgError;
use crate::expr::range_table::RangeLevel;
use crate::expr::{Env, Scope};
use crate::types::SqlType;
use sqlparser::ast;
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// A statement's WITH queries, visible to its FROM list and subqueries.
#[derive(Default, Clone)]
pub struct Ctes(pub(crate) Vec<Rc<super::cte::Cte>>);

/// Binds a statement's WITH clause (WITH ... INSERT / UPDATE).
pub fn bind_ctes(
    tables: &BTreeMap<String, Table>,
    enums: &BTreeMap<String, Vec<String>>,
    extensions: &BTreeSet<String>,
    with: &ast::With,
) -> Result<Ctes, PgError> {
    let levels = top_levels(tables, enums, extensions, &Ctes::default());
    Ok(Ctes(super::cte::bind_with(&levels, with)?.ctes))
}

fn top_levels<'a>(
    tables: &'a BTreeMap<String, Table>,
    enums: &'a BTreeMap<String, Vec<String>>,
    extensions: &'a BTreeSet<String>,
    ctes: &Ctes,
) -> Levels<'a> {
    Levels {
        tables,
        enums,
        extensions: Some(extensions),
        outer: None,
        depth: 0,
        resolve_unknowns: true,
        ctes: ctes.0.clone(),
        range: None,
    }
}

/// A bound FROM list.
pub struct FromList {
    relations: Vec<from::Relation>,
    /// Its columns as unqualified names see them, where a USING join merged some.
    join_columns: Option<JoinColumns>,
}

impl FromList {
    /// Each relation's name and columns, for the statement's scope.
    pub fn scope_relations(&self) -> Vec<(String, Vec<(String, SqlType)>)> {
        self.relations
            .iter()
            .map(|r| (r.alias.clone(), r.columns.clone()))
            .collect()
    }

    /// The columns unqualified names and `*` see in the statement whose target's
    /// columns are `target` (then this list's), where a USING join merged some.
    pub fn scope_join_columns(&self, target: &[(String, SqlType)]) -> Option<Rc<JoinColumns>> {
        let from = self.join_columns.as_ref()?.shifted(target.len());
        let mut columns: Vec<(String, crate::expr::Expr)> = target
            .iter()
            .enumerate()
            .map(|(i, (name, ty))| {
                (
                    name.clone(),
                    crate::expr::Expr::new(crate::expr::Node::Column(i, name.clone()), ty.clone()),
                )
            })
            .collect();
        columns.extend(from.columns);
        Some(Rc::new(JoinColumns {
            columns,
            aliases: from.aliases,
        }))
    }

    /// The planner's constant folding in the list's conditions and subqueries.
    pub fn fold(&mut self, env: &mut Env) -> Result<(), PgError> {
        for e in from::expressions_mut(&mut self.relations) {
            e.fold(env)?;
        }
        from::fold(&mut self.relations, env)
    }

    /// The joined rows.
    pub fn rows(&self, env: &mut Env) -> Result<Vec<Row>, PgError> {
        from::rows(&self.relations, &[], env)
    }
}

/// Binds UPDATE's FROM / DELETE's USING list.
pub(crate) fn bind_from_list(
    tables: &BTreeMap<String, Table>,
    enums: &BTreeMap<String, Vec<String>>,
    extensions: &BTreeSet<String>,
    ctes: &Ctes,
    items: &[ast::TableWithJoins],
    target: &RangeLevel,
) -> Result<FromList, PgError> {
    let mut levels = top_levels(tables, enums, extensions, ctes);
    // The statement's target is in the range table, out of the list's reach.
    levels.range = Some(target);
    let from::FromItems {
        pending,
        join_columns,
    } = from::relations(&levels, items)?;
    let context = Context {
        tables,
        outer: None,
        clause: Cell::new(Clause::JoinOn),
        aggregates: RefCell::new(Vec::new()),
        correlated: Cell::new(false),
        depth: 0,
        ctes: ctes.0.clone(),
        windows: RefCell::new(Vec::new()),
        named_windows: &[],
        set_functions: RefCell::new(Vec::new()),
        join_columns: RefCell::new(join_columns.clone().map(Rc::new)),
        own: RefCell::new(Some(from::entries(&pending, items))),
        range: Some(target),
        scalar_relations: Vec::new(),
    };
    let first = pending.first().map(|p| &p.relation);
    let name = first.map(|r| r.alias.clone()).unwrap_or_default();
    let scope = Scope {
        table: &name,
        columns: first.map(|r| r.columns.clone()).unwrap_or_default(),
        enums,
        extensions: Some(extensions),
        joined: pending
            .iter()
            .skip(1)
            .map(|p| (p.relation.alias.clone(), p.relation.columns.clone()))
            .collect(),
        query: Some(&context),
    };
    let relations = from::bind_conditions(&scope, &context, pending)?;
    Ok(FromList {
        relations,
        join_columns,
    })
}
