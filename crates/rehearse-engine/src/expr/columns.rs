//! Column references: which column of the scope a name means, the ambiguity error
//! when a joined relation has it too, and the errors of a name no relation in reach
//! has, told from the statement's range tables (`range_table`).
//!
//! **Invariant:** a column's position is its place in the evaluated row: the scope's
//! own columns first, then each joined relation's in order.

use super::range_table::{self, Entry};
use super::{Expr, Node, Scope};
use crate::error::PgError;

impl Scope<'_> {
    /// A bare column name: the scope's own column, or a joined relation's; ambiguous
    /// when more than one relation has it, as PostgreSQL answers.
    pub(super) fn column(&self, name: &str) -> Result<Expr, PgError> {
        // Where JOIN ... USING merged columns, names see the joins' column lists.
        if let Some(join) = self.query.and_then(|c| c.join_columns()) {
            return match join.find(name)? {
                Some(found) => Ok(found),
                None => self.missing_column(name),
            };
        }
        let in_joined = self
            .joined
            .iter()
            .any(|(_, cols)| cols.iter().any(|(n, _)| n == name));
        let in_main = self.columns.iter().any(|(n, _)| n == name);
        let joined_hits = self
            .joined
            .iter()
            .filter(|(_, cols)| cols.iter().any(|(n, _)| n == name))
            .count();
        if (in_main && in_joined) || joined_hits > 1 {
            return Err(PgError::new(
                "42702",
                format!("column reference \"{name}\" is ambiguous"),
            ));
        }
        if !in_main && in_joined {
            let mut offset = self.columns.len();
            for (_, columns) in &self.joined {
                if let Some(i) = columns.iter().position(|(n, _)| n == name) {
                    return Ok(Expr::new(
                        Node::Column(offset + i, name.to_string()),
                        columns[i].1.clone(),
                    ));
                }
                offset += columns.len();
            }
        }
        match self.columns.iter().position(|(n, _)| n == name) {
            Some(i) => Ok(Expr::new(
                Node::Column(i, name.to_string()),
                self.columns[i].1.clone(),
            )),
            None => self.missing_column(name),
        }
    }

    /// A name no column of this level has: a column of an enclosing query (a
    /// correlated subquery); where no level has it, PostgreSQL's error, told from here.
    fn missing_column(&self, name: &str) -> Result<Expr, PgError> {
        let reference = sqlparser::ast::Expr::Identifier(sqlparser::ast::Ident::with_quote(
            '"',
            name.to_string(),
        ));
        match self.outer_reference(&reference) {
            Some(Err(e)) if e.sqlstate == "42703" => {}
            Some(found) => return found,
            None => {}
        }
        // No level has such a column: PostgreSQL reads the name as a FROM item's
        // whole row (`transformColumnRef`). That of a function returning a scalar is
        // its one column; a table's or a subquery's is a record, not modelled.
        if let Some(found) = self.whole_row(name) {
            return found;
        }
        Err(self.no_such_column(None, name))
    }

    /// A whole-row reference to a FROM item of this level named `name`, if one is.
    fn whole_row(&self, name: &str) -> Option<Result<Expr, PgError>> {
        let relations = std::iter::once((self.table, &self.columns))
            .chain(self.joined.iter().map(|(a, c)| (a.as_str(), c)));
        let mut offset = 0;
        for (alias, columns) in relations {
            if alias == name && !name.is_empty() {
                let scalar = self
                    .query
                    .is_some_and(|q| q.scalar_relations.iter().any(|r| r == name));
                return Some(match columns.first() {
                    Some((column, ty)) if scalar && columns.len() == 1 => {
                        Ok(Expr::new(Node::Column(offset, column.clone()), ty.clone()))
                    }
                    _ => Err(PgError::unsupported(format!(
                        "the whole-row reference \"{name}\" (a row of the FROM item as one value)"
                    ))),
                });
            }
            offset += columns.len();
        }
        None
    }

    /// `errorMissingColumn` where the name was looked up: 42703 with what this level's
    /// and the enclosing levels' range tables say of it.
    pub(super) fn no_such_column(&self, qualifier: Option<&str>, column: &str) -> PgError {
        let own = self.own_entries();
        range_table::missing_column(own.iter().chain(self.range_around()), qualifier, column)
    }

    /// `errorMissingRTE` where the qualifier was looked up (42P01).
    pub(crate) fn missing_relation(&self, name: &str) -> PgError {
        let own = self.own_entries();
        range_table::missing_relation(own.iter().chain(self.range_around()), name)
    }

    /// This level's relations as its range table lists them.
    pub(crate) fn own_entries(&self) -> Vec<Entry> {
        if let Some(own) = self.query.and_then(|c| c.own.borrow().clone()) {
            return own;
        }
        // A scope without a relation (a default, a bare VALUES row) has no name.
        let first = (!self.table.is_empty())
            .then(|| Entry::visible(self.table, self.columns.iter().map(|(n, _)| n.clone())));
        first
            .into_iter()
            .chain(
                self.joined
                    .iter()
                    .map(|(name, cols)| Entry::visible(name, cols.iter().map(|(n, _)| n.clone()))),
            )
            .collect()
    }

    /// The range tables around this level's relations, innermost first.
    fn range_around(&self) -> impl Iterator<Item = &Entry> {
        self.query
            .and_then(|c| c.range)
            .into_iter()
            .flat_map(|level| level.all())
    }
}
