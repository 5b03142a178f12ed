//! One table as a grid of cells, with what a step did marked: added columns and changed
//! values (after), destroyed values struck through in red and the rows that made a
//! step fail (before).
//!
//! A 100k-row table is not drawn whole: [`grid`] picks the rows drawn (the first
//! [`SHOWN_ROWS`] in the order a person reads them — by primary key, each column by its
//! type, [`rehearse_core::row_order`] — then marked rows up to [`MARKED_ROWS`] more)
//! once per table and step, looking marks up in sets, and the view draws only those.

use super::Same;
use rehearse_core::report::TableState;
use serde_json::Value;
use std::collections::HashSet;
use yew::prelude::*;

/// Rows drawn before the rest are summarised.
pub const SHOWN_ROWS: usize = 200;
/// Marked rows (failing, lost, changed) drawn after the first [`SHOWN_ROWS`], at most.
pub const MARKED_ROWS: usize = 200;

/// What a step did to one table (from the core's diff and the report).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Marks {
    /// Columns whose values this step destroys.
    pub struck_columns: Vec<String>,
    /// Rows this step deletes.
    pub struck_rows: Vec<usize>,
    /// Rows that made the step fail.
    pub failing_rows: Vec<usize>,
    /// Columns this step added.
    pub added_columns: Vec<String>,
    /// Cells this step changed: (row, column).
    pub changed: Vec<(usize, String)>,
    /// Columns PostgreSQL's error points at in the failing rows (see `crate::failing`).
    pub failing_columns: Vec<String>,
    /// What the failing rows fail with, for their accessible description.
    pub failure: Option<String>,
}

/// A column as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct GridColumn {
    /// Name.
    pub name: String,
    /// Type name.
    pub ty: String,
    /// Nullable.
    pub nullable: bool,
    /// Added by the step.
    pub added: bool,
    /// Its values are destroyed.
    pub struck: bool,
    /// PostgreSQL's error points at it in the failing rows.
    pub failing: bool,
}

/// A row as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct GridRow {
    /// Its position in the table.
    pub position: usize,
    /// It made the step fail.
    pub failing: bool,
    /// The step deletes it.
    pub lost: bool,
    /// Its values, each with whether the step changed it.
    pub cells: Vec<(Value, bool)>,
}

/// A table as drawn: its header, the rows drawn, and what is left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    /// The table's name.
    pub name: String,
    /// Columns in order.
    pub columns: Vec<GridColumn>,
    /// The rows drawn, in display order (`rehearse_core::row_order`).
    pub rows: Vec<GridRow>,
    /// Rows in the table.
    pub total: usize,
    /// Rows not drawn.
    pub hidden: usize,
    /// Of the rows not drawn: (failing, lost, changed).
    pub hidden_marked: (usize, usize, usize),
    /// What the failing rows fail with.
    pub failure: Option<String>,
}

/// The rows of `table` to draw and their marks. Linear in the marks, proportional to
/// the rows drawn otherwise: a step that changes all 100k rows costs a few sets.
pub fn grid(table: &TableState, marks: &Marks) -> Grid {
    let n = table.rows.len();
    let order = rehearse_core::row_order::display_order(table);
    // Each position's place in the display order.
    let mut rank = vec![0; n];
    for (place, &r) in order.iter().enumerate() {
        rank[r] = place;
    }
    let failing: HashSet<usize> = marks.failing_rows.iter().copied().collect();
    let lost: HashSet<usize> = marks.struck_rows.iter().copied().collect();
    let mut changed: Vec<(usize, &str)> = marks
        .changed
        .iter()
        .map(|(r, c)| (*r, c.as_str()))
        .collect();
    changed.sort_unstable();
    let mut marked: Vec<usize> = failing
        .iter()
        .chain(&lost)
        .copied()
        .chain(changed.iter().map(|c| c.0))
        .filter(|&r| r < n && rank[r] >= SHOWN_ROWS)
        .collect();
    marked.sort_unstable();
    marked.dedup();
    let mut drawn_marked = marked.clone();
    drawn_marked.sort_by_key(|&r| rank[r]);
    drawn_marked.truncate(MARKED_ROWS);
    let hidden_rows: Vec<usize> = {
        let drawn: HashSet<usize> = drawn_marked.iter().copied().collect();
        marked
            .iter()
            .copied()
            .filter(|r| !drawn.contains(r))
            .collect()
    };
    let shown = order
        .iter()
        .copied()
        .take(SHOWN_ROWS)
        .chain(drawn_marked.iter().copied());
    let columns: Vec<GridColumn> = table
        .columns
        .iter()
        .map(|c| GridColumn {
            name: c.name.clone(),
            ty: c.ty.clone(),
            nullable: c.nullable,
            added: marks.added_columns.contains(&c.name),
            struck: marks.struck_columns.contains(&c.name),
            failing: marks.failing_columns.contains(&c.name),
        })
        .collect();
    let rows: Vec<GridRow> = shown
        .filter_map(|r| table.rows.get(r).map(|row| (r, row)))
        .map(|(r, row)| {
            let from = changed.partition_point(|c| c.0 < r);
            let to = changed.partition_point(|c| c.0 <= r);
            let changed_here = &changed[from..to];
            GridRow {
                position: r,
                failing: failing.contains(&r),
                lost: lost.contains(&r),
                cells: columns
                    .iter()
                    .zip(row)
                    .map(|(c, v)| (v.clone(), changed_here.iter().any(|x| x.1 == c.name)))
                    .collect(),
            }
        })
        .collect();
    let mut hidden_marked = (0, 0, 0);
    let mut changed_rows = changed.iter().map(|c| c.0).peekable();
    for &r in &hidden_rows {
        hidden_marked.0 += usize::from(failing.contains(&r));
        hidden_marked.1 += usize::from(lost.contains(&r));
        while changed_rows.next_if(|&c| c < r).is_some() {}
        hidden_marked.2 += usize::from(changed_rows.peek() == Some(&r));
    }
    Grid {
        name: table.name.clone(),
        columns,
        hidden: n - rows.len(),
        rows,
        total: n,
        hidden_marked,
        failure: marks.failure.clone(),
    }
}

/// Table view properties.
#[derive(Properties, PartialEq)]
pub struct TableViewProps {
    /// The table as drawn (see [`grid`]).
    pub grid: Same<Grid>,
    /// Caption ("before" / "after").
    pub caption: AttrValue,
}

/// A cell's text: NULL and the empty string look different.
pub fn cell(v: &Value) -> Html {
    match v {
        Value::Null => html! { <span class="null">{ "NULL" }</span> },
        Value::String(s) if s.is_empty() => html! { <span class="empty">{ "''" }</span> },
        Value::String(s) => html! { { s.clone() } },
        other => html! { { other.to_string() } },
    }
}

/// "… and 99,800 more rows, not drawn (99,600 changed)".
fn more_rows(g: &Grid) -> String {
    let (failing, lost, changed) = g.hidden_marked;
    let marked: Vec<String> = [(failing, "failing"), (lost, "lost"), (changed, "changed")]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .collect();
    let marked = if marked.is_empty() {
        String::new()
    } else {
        format!(" ({})", marked.join(", "))
    };
    let rows = if g.hidden == 1 { "row" } else { "rows" };
    format!("… and {} more {rows}, not drawn{marked}", g.hidden)
}

/// The table view.
#[function_component(TableView)]
pub fn table_view(p: &TableViewProps) -> Html {
    let g = &*p.grid;
    let scroller = use_node_ref();
    super::reveal::use_reveal_marked(scroller.clone(), p.grid.clone());
    let header = g.columns.iter().map(|c| {
        let mut class = classes!("col");
        if c.added {
            class.push("added");
        }
        if c.struck {
            class.push("lost");
        }
        if c.failing {
            class.push("failing-col");
        }
        let nullable = if c.nullable { "" } else { " not null" };
        html! { <th class={class} title={format!("{}{nullable}", c.ty)} scope="col">{ &c.name }<small>{ &c.ty }</small></th> }
    });
    let rows = g.rows.iter().map(|row| {
        let mut row_class = classes!();
        if row.failing {
            row_class.push("failing");
        }
        if row.lost {
            row_class.push("lost-row");
        }
        let cells = g.columns.iter().zip(&row.cells).map(|(c, (v, changed))| {
            let struck = (c.struck || row.lost) && !v.is_null();
            let mut class = classes!();
            if c.added {
                class.push("added");
            }
            if *changed {
                class.push("changed");
            }
            if row.failing && c.failing {
                class.push("failing-cell");
            }
            if struck {
                class.push("lost");
                html! { <td class={class}><del>{ cell(v) }</del></td> }
            } else {
                html! { <td class={class}>{ cell(v) }</td> }
            }
        });
        // The mark is not colour alone: a sign before the row (style.css) and, for
        // screen readers, what it fails with.
        let description = row.failing.then(|| {
            g.failure
                .clone()
                .unwrap_or_else(|| "makes the step fail".into())
        });
        html! { <tr class={row_class} aria-description={description}>{ for cells }</tr> }
    });
    html! {
        <figure class="table-view">
            <figcaption>{ &p.caption }</figcaption>
            // A box that may scroll sideways: the keyboard can focus it to scroll it.
            <div class="scroll" ref={scroller} tabindex="0" role="region" aria-label={format!("{} {} (scrolls)", g.name, p.caption)}>
                <table aria-label={format!("{} {}", g.name, p.caption)}>
                    <thead><tr>{ for header }</tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if g.total == 0 { <p class="muted">{ "no rows" }</p> }
            if g.hidden > 0 { <p class="muted more-rows">{ more_rows(g) }</p> }
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rehearse_core::report::ColumnState;

    fn table(n: usize) -> TableState {
        TableState {
            name: "t".into(),
            view: None,
            columns: ["id", "a"]
                .iter()
                .map(|c| ColumnState {
                    name: c.to_string(),
                    ty: "integer".into(),
                    nullable: true,
                    default: None,
                })
                .collect(),
            rows: (0..n)
                .map(|i| vec![Value::from(i), Value::from(i * 2)])
                .collect::<Vec<_>>()
                .into(),
            indexes: vec![],
            constraints: vec![],
            triggers: vec![],
            comment: None,
            column_comments: Default::default(),
        }
    }

    #[test]
    fn draws_the_first_rows_then_marked_rows_up_to_a_bound() {
        let t = table(100_000);
        // Every row changed: the first rows, then MARKED_ROWS more, the rest counted.
        let marks = Marks {
            changed: (0..100_000).map(|r| (r, "a".to_string())).collect(),
            failing_rows: vec![99_999],
            ..Marks::default()
        };
        let g = grid(&t, &marks);
        assert_eq!(g.rows.len(), SHOWN_ROWS + MARKED_ROWS);
        assert_eq!(g.hidden, 100_000 - SHOWN_ROWS - MARKED_ROWS);
        assert_eq!(g.hidden_marked, (1, 0, g.hidden));
        assert!(g.rows.iter().all(|r| r.cells[1].1 && !r.cells[0].1));
        assert_eq!(g.rows[SHOWN_ROWS].position, SHOWN_ROWS);
        assert_eq!(
            more_rows(&g),
            "… and 99600 more rows, not drawn (1 failing, 99600 changed)"
        );

        // A few marked rows far down are drawn, in order, with their marks.
        let marks = Marks {
            struck_rows: vec![5000, 300],
            failing_rows: vec![70_000],
            changed: vec![(4000, "id".into())],
            struck_columns: vec!["a".into()],
            ..Marks::default()
        };
        let g = grid(&t, &marks);
        let tail: Vec<(usize, bool, bool)> = g.rows[SHOWN_ROWS..]
            .iter()
            .map(|r| (r.position, r.failing, r.lost))
            .collect();
        assert_eq!(
            tail,
            vec![
                (300, false, true),
                (4000, false, false),
                (5000, false, true),
                (70_000, true, false)
            ]
        );
        assert!(g.rows[SHOWN_ROWS + 1].cells[0].1);
        assert!(g.columns[1].struck && !g.columns[0].struck);
        assert_eq!(g.hidden_marked, (0, 0, 0));
        assert_eq!(more_rows(&g), "… and 99796 more rows, not drawn");

        // A small table is drawn whole; positions past the end are ignored.
        let small = grid(
            &table(3),
            &Marks {
                failing_rows: vec![7],
                ..Marks::default()
            },
        );
        assert_eq!((small.rows.len(), small.hidden), (3, 0));
    }
}
