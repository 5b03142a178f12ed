//! A step's estimated time at production size: the time its statements hold their
//! locks on native PostgreSQL, as a range, from the production row counts the user gave
//! (`crate::production`) and the costs measured per statement class
//! (`calibration.rs`). Each of the step's costs is one term:
//!
//! - catalog-only: the measured constant, at any size;
//! - a scan, rewrite or truncate: the table's production rows and bytes (rows × width)
//!   through its class's model; a rewrite also rebuilds every index beyond the one the
//!   calibration table had, each an index build's cost;
//! - UPDATE/DELETE: the share of the sample's rows the step wrote, of the production
//!   rows; INSERT: the rows it wrote here (a VALUES list inserts as many in production);
//! - a foreign key's validation (ADD FOREIGN KEY, VALIDATE CONSTRAINT): the table's
//!   rows and bytes and the referenced table's rows (its anti-join reads both), so both
//!   sizes are needed.
//!
//! The range is the sum of each term's fitted time times its class's band (the
//! smallest and largest measured/fitted ratio). No estimate is a guess: a table with no
//! size given, a class never measured, or a write whose row count is unknown (a step
//! not run) leaves the range empty and says what is missing.

use super::calibration::{calibration, ClassModel};
use super::cost::{Cost, CostKind};
use super::workload::CostClass;
use crate::production::{size_of, TableSize};
use serde::{Deserialize, Serialize};

/// A step's estimated lock hold time at production size.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    /// The low end, ms (absent when something needed is missing).
    pub low_ms: Option<f64>,
    /// The high end, ms.
    pub high_ms: Option<f64>,
    /// One term per cost of the step.
    pub basis: Vec<Term>,
    /// One line for a person: "≈ 2.1–3.4 s at 1,000,000 rows (rewrite + 2 indexes)",
    /// or what is missing.
    pub summary: String,
}

/// One cost's share of the estimate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Term {
    /// Table.
    pub table: String,
    /// The report's cost kind.
    pub kind: CostKind,
    /// The measured class whose cost it uses.
    pub class: CostClass,
    /// Production rows it reads or writes.
    pub rows: u64,
    /// Heap bytes those rows take (rows × width).
    pub bytes: u64,
    /// Indexes built or rebuilt.
    pub indexes_rebuilt: usize,
    /// Constraints checked against every row.
    pub constraints_validated: usize,
    /// The table a foreign key's validation reads besides its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referenced: Option<String>,
    /// That table's production rows.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub referenced_rows: u64,
    /// The per-referenced-row cost used, µs.
    #[serde(default, skip_serializing_if = "is_zero_f64")]
    pub per_ref_row_us: f64,
    /// The per-row cost used, µs.
    pub per_row_us: f64,
    /// The per-KB cost used, µs.
    pub per_kb_us: f64,
    /// The fixed cost used, ms.
    pub fixed_ms: f64,
    /// This term's range, ms (absent when it cannot be estimated).
    pub low_ms: Option<f64>,
    /// This term's high end, ms.
    pub high_ms: Option<f64>,
    /// What is missing, when the range is absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing: Option<String>,
}

/// The estimate of a step with these `costs` (the report's `Step::costs`, as the run
/// made them), given the production sizes; `ran`: the step ran (its writes' counts
/// are known). `None` when no sizes were given at all (the report then says nothing
/// about time) or the step costs nothing. The lock-queue simulation's hold time for
/// the step is its `high_ms` (or the range).
pub fn estimate_step(costs: &[Cost], ran: bool, sizes: &[TableSize]) -> Option<Estimate> {
    if sizes.is_empty() || costs.is_empty() {
        return None;
    }
    Some(estimate_costs(costs, sizes, ran))
}

/// The estimate of `costs`; `ran`: the step ran here, so its writes' counts are known.
pub fn estimate_costs(costs: &[Cost], sizes: &[TableSize], ran: bool) -> Estimate {
    let terms: Vec<Term> = costs.iter().map(|c| term(c, sizes, ran)).collect();
    let missing: Vec<&str> = terms.iter().filter_map(|t| t.missing.as_deref()).collect();
    let (low, high) = if missing.is_empty() {
        let sum = |f: fn(&Term) -> Option<f64>| terms.iter().filter_map(f).sum::<f64>();
        (
            Some(round(sum(|t| t.low_ms))),
            Some(round(sum(|t| t.high_ms))),
        )
    } else {
        (None, None)
    };
    let summary = match (low, high) {
        (Some(low), Some(high)) => summarize(&terms, low, high),
        _ => {
            let mut seen: Vec<&str> = Vec::new();
            for m in missing {
                if !seen.contains(&m) {
                    seen.push(m);
                }
            }
            seen.join("; ")
        }
    };
    Estimate {
        low_ms: low,
        high_ms: high,
        basis: terms,
        summary,
    }
}

/// One cost's term.
fn term(cost: &Cost, sizes: &[TableSize], ran: bool) -> Term {
    let cal = calibration();
    let work = &cost.workload;
    let mut t = Term {
        table: cost.table.clone(),
        kind: cost.kind,
        class: work.class,
        rows: 0,
        bytes: 0,
        indexes_rebuilt: work.indexes,
        constraints_validated: work.constraints,
        referenced: work.referenced.clone(),
        referenced_rows: 0,
        per_ref_row_us: 0.0,
        per_row_us: 0.0,
        per_kb_us: 0.0,
        fixed_ms: 0.0,
        low_ms: None,
        high_ms: None,
        missing: None,
    };
    let Some(model) = cal.model(work.class) else {
        t.missing = Some(format!("no measured cost for {}", work.class.describe()));
        return t;
    };
    t.per_row_us = model.per_row_us;
    t.per_kb_us = model.per_kb_us;
    t.per_ref_row_us = model.per_ref_row_us;
    t.fixed_ms = model.fixed_ms;
    let size = size_of(sizes, &cost.table);
    let width = size.and_then(|s| s.width).unwrap_or(cal.default_row_bytes);
    let rows = match (work.class, size) {
        (CostClass::Catalog, _) => Some(0),
        (CostClass::Insert, _) if ran => Some(cost.rows as u64),
        (_, None) => None,
        (CostClass::Update | CostClass::Delete, Some(_)) if !ran => None,
        (CostClass::Update | CostClass::Delete, Some(s)) => Some(if work.sample_rows == 0 {
            0
        } else {
            // The share of the sample written, of production (128-bit: no overflow).
            (s.rows as u128 * cost.rows as u128 / work.sample_rows as u128) as u64
        }),
        (_, Some(s)) => Some(s.rows),
    };
    let Some(rows) = rows else {
        t.missing = Some(if size.is_none() {
            format!("give a row count for `{}` to estimate", cost.table)
        } else {
            format!(
                "`{}`: the rows this step writes are unknown (not run here)",
                cost.table
            )
        });
        return t;
    };
    // A foreign key's validation reads the referenced table: its size is needed too
    // (a self-reference reads the table's own rows).
    let ref_rows = match &work.referenced {
        Some(referenced) if work.class == CostClass::ForeignKeyScan => {
            match size_of(sizes, referenced) {
                Some(s) => s.rows,
                None => {
                    t.missing = Some(format!(
                        "give a row count for `{referenced}` (referenced by `{}`'s foreign key) to estimate",
                        cost.table
                    ));
                    return t;
                }
            }
        }
        _ => 0,
    };
    t.rows = rows;
    t.bytes = rows.saturating_mul(width);
    t.referenced_rows = ref_rows;
    let (low, high) = band(work.class, model, rows, t.bytes, ref_rows, work.indexes);
    t.low_ms = Some(round(low));
    t.high_ms = Some(round(high));
    t
}

/// A class's range for `rows` rows of `bytes` bytes (and `ref_rows` in the referenced
/// table, for a foreign key) with `indexes` indexes built or rebuilt: the model's
/// fitted time (plus the extra index builds) times its band.
pub fn band(
    class: CostClass,
    model: &ClassModel,
    rows: u64,
    bytes: u64,
    ref_rows: u64,
    indexes: usize,
) -> (f64, f64) {
    let fitted = model.fitted_ms(rows, bytes, ref_rows);
    let (low, high) = (fitted * model.low_factor, fitted * model.high_factor);
    // The calibration's table had one index (its primary key): a rewrite rebuilt it
    // within the measured time; a REINDEX of n indexes is n builds.
    let extra = match class {
        CostClass::AddColumnRewrite | CostClass::TypeChangeRewrite => indexes.saturating_sub(1),
        CostClass::CreateIndex => indexes.saturating_sub(1),
        _ => 0,
    };
    match calibration().model(CostClass::CreateIndex) {
        Some(index) if extra > 0 => {
            let each = index.fitted_ms(rows, bytes, 0);
            (
                low + extra as f64 * each * index.low_factor,
                high + extra as f64 * each * index.high_factor,
            )
        }
        _ => (low, high),
    }
}

/// "≈ 2.1–3.4 s at 1,000,000 rows (rewrite + 2 indexes)".
fn summarize(terms: &[Term], low: f64, high: f64) -> String {
    let mut what: Vec<String> = Vec::new();
    let mut tables: Vec<(&str, u64)> = Vec::new();
    let mut extra_indexes = 0;
    for t in terms {
        if t.class == CostClass::Catalog {
            continue;
        }
        // A foreign key's validation names the table it reads besides its own.
        let work = match (&t.referenced, t.class) {
            (Some(r), CostClass::ForeignKeyScan) => format!(
                "{} against {} rows of {r}",
                t.class.describe(),
                crate::plural::thousands(t.referenced_rows)
            ),
            _ => t.class.describe().to_string(),
        };
        if !what.contains(&work) {
            what.push(work);
        }
        if !tables.iter().any(|(name, _)| *name == t.table) {
            tables.push((&t.table, t.rows));
        }
        if matches!(
            t.class,
            CostClass::AddColumnRewrite | CostClass::TypeChangeRewrite
        ) {
            extra_indexes += t.indexes_rebuilt.saturating_sub(1);
        }
    }
    let range = range_text(low, high);
    if what.is_empty() {
        return format!("≈ {range} (catalog only, at any size)");
    }
    let at = match tables.as_slice() {
        [(_, rows)] => format!("{} rows", crate::plural::thousands(*rows)),
        many => many
            .iter()
            .map(|(t, rows)| format!("{} rows of {t}", crate::plural::thousands(*rows)))
            .collect::<Vec<_>>()
            .join(", "),
    };
    let mut why = what.join(" + ");
    match extra_indexes {
        0 => {}
        1 => why.push_str(" + 1 more index"),
        n => why.push_str(&format!(" + {n} more indexes")),
    }
    format!("≈ {range} at {at} ({why})")
}

/// "12–15 ms", "2.1–3.4 s", "1.5–2.0 min", "1.2–1.6 h".
pub fn range_text(low: f64, high: f64) -> String {
    let (div, unit, digits) = if high < 1000.0 {
        (1.0, "ms", if high < 10.0 { 1 } else { 0 })
    } else if high < 120_000.0 {
        (1000.0, "s", 1)
    } else if high < 7_200_000.0 {
        (60_000.0, "min", 1)
    } else {
        (3_600_000.0, "h", 1)
    };
    format!("{:.*}–{:.*} {unit}", digits, low / div, digits, high / div)
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

fn is_zero_f64(n: &f64) -> bool {
    *n == 0.0
}

/// To 0.01 ms: the report's numbers stay short and stable.
fn round(ms: f64) -> f64 {
    (ms * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::workload::Workload;

    fn cost(kind: CostKind, class: CostClass, table: &str, rows: usize, indexes: usize) -> Cost {
        Cost {
            kind,
            table: table.into(),
            rows,
            reason: String::new(),
            workload: Workload {
                class,
                indexes,
                constraints: 0,
                sample_rows: 10,
                referenced: None,
            },
        }
    }

    fn size(table: &str, rows: u64) -> TableSize {
        TableSize {
            table: table.into(),
            rows,
            width: None,
        }
    }

    /// Every measurement in costs.json lies inside the band the estimator gives for its
    /// rows and bytes (the estimator reads the model as the fit wrote it).
    #[test]
    fn every_measured_point_lies_inside_its_band() {
        let cal = calibration();
        assert!(!cal.classes.is_empty());
        for model in &cal.classes {
            let Some(class) = model.class else { continue };
            for p in &model.points {
                let indexes = usize::from(class != CostClass::Catalog);
                let (low, high) = band(class, model, p.rows, p.bytes, p.ref_rows, indexes);
                assert!(
                    low <= p.ms + 1e-9 && p.ms <= high + 1e-9,
                    "{class:?} at {} rows, {} bytes: measured {} ms, band {low}–{high}",
                    p.rows,
                    p.bytes,
                    p.ms
                );
            }
        }
    }

    #[test]
    fn estimates_grow_with_rows() {
        for class in [
            CostClass::AddColumnRewrite,
            CostClass::TypeChangeRewrite,
            CostClass::SetNotNullScan,
            CostClass::CheckScan,
            CostClass::CreateIndex,
            CostClass::Update,
            CostClass::Delete,
            CostClass::Truncate,
        ] {
            let kind = CostKind::Scan;
            let mut last = (0.0, 0.0);
            for rows in [0, 1_000, 100_000, 10_000_000, 1_000_000_000] {
                let e = estimate_costs(&[cost(kind, class, "t", 10, 1)], &[size("t", rows)], true);
                let now = (e.low_ms.unwrap_or(-1.0), e.high_ms.unwrap_or(-1.0));
                assert!(
                    now.0 >= last.0 && now.1 >= last.1 && now.0 <= now.1,
                    "{class:?} {rows}"
                );
                last = now;
            }
        }
    }

    #[test]
    fn catalog_steps_are_constant_and_need_no_size() {
        let c = [cost(CostKind::Catalog, CostClass::Catalog, "t", 10, 0)];
        let small = estimate_costs(&c, &[size("other", 1)], true);
        let big = estimate_costs(&c, &[size("t", 1_000_000_000)], true);
        assert_eq!((small.low_ms, small.high_ms), (big.low_ms, big.high_ms));
        assert!(small.summary.contains("catalog only"), "{}", small.summary);
    }

    #[test]
    fn a_table_without_a_size_asks_for_one() {
        let e = estimate_costs(
            &[cost(
                CostKind::Rewrite,
                CostClass::TypeChangeRewrite,
                "users",
                10,
                1,
            )],
            &[size("orders", 5)],
            true,
        );
        assert_eq!((e.low_ms, e.high_ms), (None, None));
        assert_eq!(e.summary, "give a row count for `users` to estimate");
    }

    #[test]
    fn a_rewrite_counts_its_extra_indexes_and_says_so() {
        let one = estimate_costs(
            &[cost(
                CostKind::Rewrite,
                CostClass::TypeChangeRewrite,
                "t",
                10,
                1,
            )],
            &[size("t", 1_000_000)],
            true,
        );
        let three = estimate_costs(
            &[cost(
                CostKind::Rewrite,
                CostClass::TypeChangeRewrite,
                "t",
                10,
                3,
            )],
            &[size("t", 1_000_000)],
            true,
        );
        assert!(three.low_ms > one.low_ms);
        assert!(
            three
                .summary
                .ends_with("at 1,000,000 rows (rewrite + 2 more indexes)"),
            "{}",
            three.summary
        );
    }

    #[test]
    fn writes_scale_the_sample_share_and_unmeasured_classes_say_so() {
        // 5 of the sample's 10 rows: half of production.
        let e = estimate_costs(
            &[cost(CostKind::Write, CostClass::Update, "t", 5, 0)],
            &[size("t", 1_000_000)],
            true,
        );
        assert_eq!(e.basis[0].rows, 500_000);
        let e = estimate_costs(
            &[cost(CostKind::Write, CostClass::Update, "t", 5, 0)],
            &[size("t", 1_000_000)],
            false,
        );
        assert!(e.summary.contains("not run"), "{}", e.summary);
        let e = estimate_costs(
            &[cost(CostKind::Scan, CostClass::ConcurrentIndex, "t", 5, 0)],
            &[size("t", 1_000_000)],
            true,
        );
        assert_eq!(e.summary, "no measured cost for concurrent index build");
    }

    #[test]
    fn a_foreign_keys_validation_needs_and_names_the_referenced_table() {
        let mut fk = cost(CostKind::Scan, CostClass::ForeignKeyScan, "orders", 10, 0);
        fk.workload.referenced = Some("users".into());
        let e = estimate_costs(
            std::slice::from_ref(&fk),
            &[size("orders", 1_000_000)],
            true,
        );
        assert_eq!((e.low_ms, e.high_ms), (None, None));
        assert_eq!(
            e.summary,
            "give a row count for `users` (referenced by `orders`'s foreign key) to estimate"
        );
        let small = estimate_costs(
            std::slice::from_ref(&fk),
            &[size("orders", 1_000_000), size("users", 1_000)],
            true,
        );
        assert!(
            small.summary.ends_with(
                "at 1,000,000 rows (foreign key validation against 1,000 rows of users)"
            ),
            "{}",
            small.summary
        );
        assert_eq!(small.basis[0].referenced_rows, 1_000);
        let big = estimate_costs(
            &[fk],
            &[size("orders", 1_000_000), size("users", 1_000_000)],
            true,
        );
        assert!(big.low_ms >= small.low_ms && big.high_ms > small.high_ms);
    }

    #[test]
    fn ranges_read_in_their_unit() {
        assert_eq!(range_text(2.04, 3.1), "2.0–3.1 ms");
        assert_eq!(range_text(2100.0, 3400.0), "2.1–3.4 s");
        assert_eq!(range_text(150_000.0, 200_000.0), "2.5–3.3 min");
        assert_eq!(crate::plural::thousands(1_000_000), "1,000,000");
        assert_eq!(crate::plural::thousands(999), "999");
    }
}
