//! Production size: how big each table is on the server the migration will run on,
//! as the user gives it (the scenario's `production`), for the per-step estimates
//! (`analysis::estimate`). Two written forms are read here, each error a value with the
//! place it starts:
//!
//! - the CLI's `--rows TABLE=N[:WIDTH]` (N rows, WIDTH average heap bytes per row;
//!   `_` or `,` may group N's digits);
//! - the output of [`STATS_QUERY`] pasted from production (`--stats FILE`, the page's
//!   paste box): psql's aligned table (the default), unaligned (`-A`) or `--csv` output.

use rehearse_engine::span::Span;
use serde::{Deserialize, Serialize};

/// One table's size in production.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableSize {
    /// Table name, as in the setup.
    pub table: String,
    /// Rows.
    pub rows: u64,
    /// Average heap bytes per row (`pg_relation_size / reltuples`); absent: the
    /// calibration's narrow table's width.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<u64>,
}

/// A size that does not read: what is wrong, and where (line and column in the
/// argument or file, 1-based).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SizeError {
    /// Where it starts.
    pub span: Span,
    /// What is wrong, for a person.
    pub message: String,
}

impl std::fmt::Display for SizeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: {}",
            self.span.line, self.span.column, self.message
        )
    }
}

/// The query whose output `--stats` reads: every ordinary and partitioned table's
/// estimated rows and its heap and total sizes. Run it on production with psql and
/// save its output (aligned, `-A` or `--csv`).
pub const STATS_QUERY: &str = "SELECT c.relname, c.reltuples::bigint AS reltuples,\n       \
pg_relation_size(c.oid) AS heap_bytes, pg_total_relation_size(c.oid) AS total_bytes\n  \
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n \
WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')\n \
ORDER BY 1;";

/// The largest row count read (a petabyte-scale table has fewer): bounds the
/// estimate's arithmetic.
const MAX_ROWS: u64 = 1_000_000_000_000;
/// The largest width read (PostgreSQL's rows are at most 1 GB wide; heap bytes per row
/// far less).
const MAX_WIDTH: u64 = 1 << 30;

/// One `--rows` argument: `TABLE=N` or `TABLE=N:WIDTH`.
pub fn parse_rows_arg(arg: &str) -> Result<TableSize, SizeError> {
    let at = |offset: usize, message: String| SizeError {
        span: Span::new(1, arg[..offset].chars().count() as u32 + 1),
        message,
    };
    let Some((table, size)) = arg.split_once('=') else {
        return Err(at(
            0,
            format!("expected TABLE=ROWS or TABLE=ROWS:WIDTH, found `{arg}`"),
        ));
    };
    let table = table.trim();
    if table.is_empty() {
        return Err(at(0, "a table name before `=`".into()));
    }
    let size_at = arg.len() - size.len();
    let (rows, width) = match size.split_once(':') {
        Some((rows, width)) => (rows, Some((width, size_at + rows.len() + 1))),
        None => (size, None),
    };
    let rows = count(rows, MAX_ROWS, "rows").map_err(|m| at(size_at, m))?;
    let width = match width {
        Some((w, offset)) => {
            let w = count(w, MAX_WIDTH, "width").map_err(|m| at(offset, m))?;
            if w == 0 {
                return Err(at(offset, "a width of at least 1 byte".into()));
            }
            Some(w)
        }
        None => None,
    };
    Ok(TableSize {
        table: table.to_string(),
        rows,
        width,
    })
}

/// A whole number with optional `_`/`,` grouping, at most `max`.
fn count(text: &str, max: u64, what: &str) -> Result<u64, String> {
    let digits: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, '_' | ','))
        .collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(format!(
            "{what}: expected a whole number, found `{}`",
            text.trim()
        ));
    }
    match digits.parse::<u64>() {
        Ok(n) if n <= max => Ok(n),
        _ => Err(format!("{what}: at most {max}, found `{}`", text.trim())),
    }
}

/// The output of [`STATS_QUERY`]: its header names the columns (`relname` and
/// `reltuples` needed, `heap_bytes`/`pg_relation_size` optional), rows follow in
/// psql's aligned (`|`-separated, a `---+---` rule, a `(N rows)` footer), unaligned or
/// CSV form. A table never analysed (`reltuples` -1) is an error: its count is unknown.
pub fn parse_stats(text: &str) -> Result<Vec<TableSize>, SizeError> {
    let lines: Vec<&str> = text.lines().collect();
    let Some(header_line) = lines.iter().position(|l| l.contains("relname")) else {
        return Err(SizeError {
            span: Span::new(1, 1),
            message: "no header line naming `relname`: paste the whole output of the stats query"
                .into(),
        });
    };
    let header = lines[header_line];
    let separator = if header.contains('|') { '|' } else { ',' };
    let names: Vec<String> = header
        .split(separator)
        .map(|h| h.trim().trim_matches('"').to_ascii_lowercase())
        .collect();
    let find = |wanted: &[&str]| names.iter().position(|n| wanted.contains(&n.as_str()));
    let relname = find(&["relname"]).unwrap_or(0);
    let Some(reltuples) = find(&["reltuples"]) else {
        return Err(SizeError {
            span: Span::new(header_line as u32 + 1, 1),
            message: "the header has no `reltuples` column".into(),
        });
    };
    let heap = find(&["heap_bytes", "pg_relation_size"]);
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate().skip(header_line + 1) {
        let trimmed = line.trim();
        let rule = trimmed.chars().all(|c| matches!(c, '-' | '+'));
        let footer = trimmed.starts_with('(') && trimmed.ends_with(')');
        if trimmed.is_empty() || rule || footer {
            continue;
        }
        let cells: Vec<(usize, &str)> = cells(line, separator);
        let at = |col: usize, message: String| SizeError {
            span: Span::new(i as u32 + 1, line[..col].chars().count() as u32 + 1),
            message,
        };
        let cell = |k: usize| -> Result<(usize, &str), SizeError> {
            cells.get(k).copied().ok_or_else(|| {
                at(
                    line.len(),
                    format!(
                        "{} columns in the header, {} here",
                        names.len(),
                        cells.len()
                    ),
                )
            })
        };
        let (_, table) = cell(relname)?;
        let (col, tuples) = cell(reltuples)?;
        let rows = match tuples.parse::<f64>() {
            Ok(r) if r < 0.0 => {
                return Err(at(
                    col,
                    format!("`{table}` was never analysed (reltuples {tuples}): run ANALYZE {table}; or give --rows"),
                ))
            }
            Ok(r) if r.is_finite() && r <= MAX_ROWS as f64 => r.round() as u64,
            _ => return Err(at(col, format!("reltuples: expected a number, found `{tuples}`"))),
        };
        let width = match heap {
            Some(k) => {
                let (col, bytes) = cell(k)?;
                let bytes = count(bytes, u64::MAX / 2, "heap bytes").map_err(|m| at(col, m))?;
                (rows > 0).then(|| (bytes / rows).clamp(1, MAX_WIDTH))
            }
            None => None,
        };
        out.push(TableSize {
            table: table.to_string(),
            rows,
            width,
        });
    }
    Ok(out)
}

/// A line's cells, each with the byte offset where its text starts (trimmed; a CSV
/// cell's double quotes removed).
fn cells(line: &str, separator: char) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for part in line.split(separator) {
        let lead = part.len() - part.trim_start().len();
        out.push((start + lead, part.trim().trim_matches('"')));
        start += part.len() + separator.len_utf8();
    }
    out
}

/// The size given for `table`, the last one when given twice (a later `--rows` wins
/// over `--stats`).
pub fn size_of<'a>(sizes: &'a [TableSize], table: &str) -> Option<&'a TableSize> {
    sizes.iter().rev().find(|s| s.table == table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_arguments_read_with_and_without_a_width() {
        assert_eq!(
            parse_rows_arg("users=1_000_000:120"),
            Ok(TableSize {
                table: "users".into(),
                rows: 1_000_000,
                width: Some(120)
            })
        );
        assert_eq!(
            parse_rows_arg("orders=2,500").map(|s| (s.rows, s.width)),
            Ok((2500, None))
        );
    }

    #[test]
    fn rows_argument_errors_point_at_the_bad_part() {
        let e = parse_rows_arg("users=12x").unwrap_err();
        assert_eq!(
            (e.span.column, e.message.as_str()),
            (7, "rows: expected a whole number, found `12x`")
        );
        let e = parse_rows_arg("users=10:wide").unwrap_err();
        assert_eq!(e.span.column, 10);
        assert!(parse_rows_arg("users")
            .unwrap_err()
            .message
            .contains("TABLE=ROWS"));
        assert!(parse_rows_arg("=5").is_err());
        assert!(parse_rows_arg("t=5:0").is_err());
        assert!(parse_rows_arg("t=99999999999999999999").is_err());
    }

    #[test]
    fn psql_aligned_output_reads() {
        let text = " relname | reltuples | heap_bytes | total_bytes \n\
                    ---------+-----------+------------+-------------\n \
                    orders  |   2500000 |  300000000 |   400000000\n \
                    users   |   1000000 |  120000000 |   150000000\n\
                    (2 rows)\n";
        assert_eq!(
            parse_stats(text),
            Ok(vec![
                TableSize {
                    table: "orders".into(),
                    rows: 2_500_000,
                    width: Some(120)
                },
                TableSize {
                    table: "users".into(),
                    rows: 1_000_000,
                    width: Some(120)
                },
            ])
        );
    }

    #[test]
    fn csv_output_reads_and_reltuples_may_be_a_float() {
        let text = "relname,reltuples,heap_bytes,total_bytes\nusers,1e+06,80000000,90000000\n";
        assert_eq!(
            parse_stats(text),
            Ok(vec![TableSize {
                table: "users".into(),
                rows: 1_000_000,
                width: Some(80)
            }])
        );
    }

    #[test]
    fn stats_errors_say_where() {
        let e = parse_stats("relname|reltuples\nusers|-1\n").unwrap_err();
        assert_eq!((e.span.line, e.span.column), (2, 7));
        assert!(e.message.contains("never analysed"), "{}", e.message);
        let e = parse_stats("relname,reltuples\nusers,many\n").unwrap_err();
        assert_eq!((e.span.line, e.span.column), (2, 7));
        let e = parse_stats("relname,reltuples\nusers\n").unwrap_err();
        assert_eq!(e.span.line, 2);
        assert!(parse_stats("nothing here").is_err());
        assert!(parse_stats("relname,rows\n")
            .unwrap_err()
            .message
            .contains("reltuples"));
    }
}
