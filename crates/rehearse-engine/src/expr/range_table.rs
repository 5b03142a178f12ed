//! The relations parse analysis has met where a name is not found: PostgreSQL's range
//! tables (`p_rtable` of each `ParseState` up the chain), seen or not from there, and
//! the two errors built from them (`parse_relation.c`): `errorMissingColumn` (42703
//! with `searchRangeTableForCol`'s detail and hints) and `errorMissingRTE` (42P01 with
//! `searchRangeTableForRel`'s).
//!
//! A relation can be in a range table yet out of reach: INSERT's target from its
//! source (`INSERT INTO t (a) SELECT a FROM u`), a FROM item before a subquery not
//! marked LATERAL, the left side of a RIGHT or FULL join from its right side. Then
//! PostgreSQL says where the column is and that it cannot be referenced there.
//!
//! **Invariant:** levels are searched innermost first and each level's relations in
//! FROM order (the range table's order), as PostgreSQL walks them: the first exact
//! match names the table, and ties between near names are PostgreSQL's. Join
//! relations are never entries (PostgreSQL skips them when looking for a column).

use crate::error::PgError;

/// `MAX_FUZZY_DISTANCE`: the farthest a name may be from the one typed to be offered.
const MAX_FUZZY_DISTANCE: usize = 3;

/// How a relation is seen from where a name was not found (its `ParseNamespaceItem`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reach {
    /// In the namespace: a reference there would have found it.
    Visible,
    /// A FROM item before a subquery that is not LATERAL (`p_lateral_only` and
    /// `p_lateral_ok`): marking the subquery LATERAL would make it visible.
    LateralOnly,
    /// In the range table only (INSERT's target from its source, a RIGHT or FULL
    /// join's left side from its right side).
    Hidden,
}

/// One relation of a range table.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// The name it is known by (`eref->aliasname`): its alias, else the table's,
    /// function's or WITH query's name; `unnamed_subquery` for a subquery without one.
    pub name: String,
    /// The table it reads, where the caller knows it (`searchRangeTableForRel` finds a
    /// relation by its table's name too).
    pub table: Option<String>,
    /// Its column names (`eref->colnames`), aliases applied.
    pub columns: Vec<String>,
    pub reach: Reach,
}

impl Entry {
    /// A relation as a scope lists it (visible, table unknown): a subquery without an
    /// alias has the empty name there.
    pub(crate) fn visible(name: &str, columns: impl IntoIterator<Item = String>) -> Entry {
        Entry {
            name: if name.is_empty() {
                "unnamed_subquery".to_string()
            } else {
                name.to_string()
            },
            table: None,
            columns: columns.into_iter().collect(),
            reach: Reach::Visible,
        }
    }
}

/// A statement's target table as its FROM / USING list (or INSERT's source) sees
/// it: in the range table, out of reach (`p_lateral_only` without `p_lateral_ok`).
pub(crate) fn target_level(name: &str, table: &crate::catalog::Table) -> RangeLevel<'static> {
    RangeLevel {
        entries: vec![Entry {
            name: name.to_string(),
            table: Some(table.name.clone()),
            columns: table.columns.iter().map(|c| c.name.clone()).collect(),
            reach: Reach::Hidden,
        }],
        parent: None,
    }
}

/// One level's range table and the levels around it.
#[derive(Debug)]
pub(crate) struct RangeLevel<'a> {
    pub entries: Vec<Entry>,
    pub parent: Option<&'a RangeLevel<'a>>,
}

impl RangeLevel<'_> {
    /// This level's entries, then every enclosing level's.
    pub(crate) fn all(&self) -> impl Iterator<Item = &Entry> {
        let mut level = Some(self);
        std::iter::from_fn(move || {
            let l = level?;
            level = l.parent;
            Some(l.entries.iter())
        })
        .flatten()
    }
}

/// What `searchRangeTableForCol` found: the exact matches and the nearest names.
#[derive(Default)]
struct Search<'e> {
    distance: usize,
    first: Option<(&'e Entry, &'e str)>,
    second: Option<(&'e Entry, &'e str)>,
    exact: Vec<&'e Entry>,
}

impl<'e> Search<'e> {
    /// `updateFuzzyAttrMatchState`.
    fn consider(&mut self, penalty: usize, entry: &'e Entry, actual: &'e str, typed: &str) {
        if penalty > self.distance || actual.is_empty() {
            return;
        }
        let column_distance = levenshtein(actual, typed);
        // More than half the characters different is no suggestion.
        if column_distance > typed.len() / 2 {
            return;
        }
        let total = column_distance + penalty;
        if total < self.distance {
            self.distance = total;
            self.first = Some((entry, actual));
            self.second = None;
        } else if total == self.distance {
            if self.second.is_some() {
                // Three at one distance: none is offered, and only a nearer one counts.
                self.first = None;
                self.second = None;
            } else if self.first.is_some() {
                self.second = Some((entry, actual));
            }
        }
    }
}

/// `errorMissingColumn`: the 42703 for `column` (`qualifier.column` when qualified)
/// that no visible relation has, with what the range tables say about it. An error
/// of its own where one relation has two columns of that name (`scanRTEForColumn`).
pub(crate) fn missing_column<'e>(
    entries: impl IntoIterator<Item = &'e Entry>,
    qualifier: Option<&str>,
    column: &str,
) -> PgError {
    let mut search = Search {
        distance: MAX_FUZZY_DISTANCE + 1,
        ..Search::default()
    };
    for entry in entries {
        let penalty = qualifier.map_or(0, |q| levenshtein(q, &entry.name));
        let mut found = false;
        for actual in &entry.columns {
            if actual == column {
                if found {
                    return PgError::new(
                        "42702",
                        format!("column reference \"{column}\" is ambiguous"),
                    );
                }
                found = true;
            }
            search.consider(penalty, entry, actual, column);
        }
        if found && penalty == 0 {
            search.exact.push(entry);
        }
    }
    let error = PgError::new(
        "42703",
        match qualifier {
            Some(q) => format!("column {q}.{column} does not exist"),
            None => format!("column \"{column}\" does not exist"),
        },
    );
    match search.exact[..] {
        [_, _, ..] => {
            let error = error.detail(format!("There are columns named \"{column}\", but they are in tables that cannot be referenced from this part of the query."));
            match qualifier {
                None => error.hint("Try using a table-qualified name."),
                Some(_) => error,
            }
        }
        [entry] => {
            let error = error.detail(format!("There is a column named \"{column}\" in table \"{}\", but it cannot be referenced from this part of the query.", entry.name));
            match entry.reach {
                Reach::LateralOnly => error
                    .hint("To reference that column, you must mark this subquery with LATERAL."),
                Reach::Visible | Reach::Hidden => error,
            }
        }
        [] => match (search.first, search.second) {
            (Some((e1, c1)), Some((e2, c2))) => error.hint(format!(
                "Perhaps you meant to reference the column \"{}.{c1}\" or the column \"{}.{c2}\".",
                e1.name, e2.name
            )),
            (Some((e1, c1)), None) => error.hint(format!(
                "Perhaps you meant to reference the column \"{}.{c1}\".",
                e1.name
            )),
            _ => error,
        },
    }
}

/// `errorMissingRTE`: the 42P01 for a qualifier no visible relation is named by.
pub(crate) fn missing_relation<'e>(
    entries: impl IntoIterator<Item = &'e Entry>,
    name: &str,
) -> PgError {
    // `searchRangeTableForRel`: a relation named so, or reading the table so named.
    let found = entries
        .into_iter()
        .find(|e| e.name == name || e.table.as_deref() == Some(name));
    let invalid = || {
        PgError::new(
            "42P01",
            format!("invalid reference to FROM-clause entry for table \"{name}\""),
        )
    };
    match found {
        // The table's own name where its alias is in reach.
        Some(e) if e.name != name && e.reach == Reach::Visible => invalid().hint(format!(
            "Perhaps you meant to reference the table alias \"{}\".",
            e.name
        )),
        Some(e) => {
            let error = invalid().detail(format!(
                "There is an entry for table \"{}\", but it cannot be referenced from this part of the query.",
                e.name
            ));
            match e.reach {
                Reach::LateralOnly => {
                    error.hint("To reference that table, you must mark this subquery with LATERAL.")
                }
                Reach::Visible | Reach::Hidden => error,
            }
        }
        None => PgError::new(
            "42P01",
            format!("missing FROM-clause entry for table \"{name}\""),
        ),
    }
}

/// Edit distance, as PostgreSQL's `varstr_levenshtein` with unit costs (by
/// characters).
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

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, columns: &[&str], reach: Reach) -> Entry {
        Entry {
            name: name.into(),
            table: None,
            columns: columns.iter().map(|c| c.to_string()).collect(),
            reach,
        }
    }

    fn text(e: &PgError) -> String {
        format!(
            "{}: {} | {} | {}",
            e.sqlstate,
            e.message,
            e.detail.as_deref().unwrap_or("-"),
            e.hint.as_deref().unwrap_or("-")
        )
    }

    #[test]
    fn near_names_are_offered_as_postgresql_ties_them() {
        // Checked on PGlite: `SELECT xx FROM t, u`, `SELECT t.b FROM t, u`, a third
        // relation at the same distance.
        let t = entry("t", &["a", "x"], Reach::Visible);
        let u = entry("u", &["b", "x"], Reach::Visible);
        let w = entry("w", &["x"], Reach::Visible);
        assert_eq!(
            text(&missing_column([&t, &u], None, "xx")),
            "42703: column \"xx\" does not exist | - | Perhaps you meant to reference the column \"t.x\" or the column \"u.x\"."
        );
        assert_eq!(
            text(&missing_column([&t, &u], Some("t"), "b")),
            "42703: column t.b does not exist | - | Perhaps you meant to reference the column \"u.b\"."
        );
        assert_eq!(
            text(&missing_column([&t, &u, &w], None, "xx")),
            "42703: column \"xx\" does not exist | - | -"
        );
    }

    #[test]
    fn exact_matches_out_of_reach_are_named() {
        let t = entry("t", &["a"], Reach::LateralOnly);
        let v = entry("v", &["c"], Reach::Hidden);
        assert_eq!(
            text(&missing_column([&v], None, "c")),
            "42703: column \"c\" does not exist | There is a column named \"c\" in table \"v\", but it cannot be referenced from this part of the query. | -"
        );
        assert_eq!(
            text(&missing_column([&t], None, "a")),
            "42703: column \"a\" does not exist | There is a column named \"a\" in table \"t\", but it cannot be referenced from this part of the query. | To reference that column, you must mark this subquery with LATERAL."
        );
        let u = entry("u", &["a"], Reach::LateralOnly);
        assert_eq!(
            text(&missing_column([&t, &u], None, "a")),
            "42703: column \"a\" does not exist | There are columns named \"a\", but they are in tables that cannot be referenced from this part of the query. | Try using a table-qualified name."
        );
        assert_eq!(
            text(&missing_relation([&t], "t")),
            "42P01: invalid reference to FROM-clause entry for table \"t\" | There is an entry for table \"t\", but it cannot be referenced from this part of the query. | To reference that table, you must mark this subquery with LATERAL."
        );
        assert_eq!(
            text(&missing_relation([&t], "q")),
            "42P01: missing FROM-clause entry for table \"q\" | - | -"
        );
    }
}
