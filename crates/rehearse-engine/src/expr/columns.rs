//! Column references: which column of the scope a name means, the ambiguity error
//! when a joined relation has it too, and PostgreSQL's "Perhaps you meant" hint.
//!
//! **Invariant:** a column's position is its place in the evaluated row: the scope's
//! own columns first, then each joined relation's in order.

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
    /// correlated subquery); where no level has it, the innermost level's error.
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
        let mut error = PgError::undefined_column(name);
        if let Some(best) = self.closest_column(name) {
            error = error.hint(format!(
                "Perhaps you meant to reference the column \"{}.{best}\".",
                self.table
            ));
        }
        Err(error)
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

    /// PostgreSQL's fuzzy column suggestion: the nearest name by Levenshtein distance,
    /// at most 3 edits and at most half the typed name's length.
    fn closest_column(&self, name: &str) -> Option<String> {
        if self.table.is_empty() {
            return None;
        }
        let limit = (name.chars().count() / 2).min(3);
        let mut best: Option<(usize, &str)> = None;
        for (column, _) in &self.columns {
            let d = levenshtein(column, name);
            if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, column));
            }
        }
        best.map(|(_, c)| c.to_string())
    }
}

/// Edit distance, as PostgreSQL's `varstr_levenshtein` with unit costs.
fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for j in 0..b.len() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != b[j]))
                .min(row[j] + 1)
                .min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}
