//! The measured costs the estimate uses: tests/calibration/costs.json, written by
//! `cargo xtask calibrate` (tests/calibration/measure.mjs) from timings on native
//! PostgreSQL, embedded here. Each class has a fitted model
//! `ms = fixed_ms + per_row_us × rows / 1000 + per_kb_us × KB / 1000` (plus
//! `per_ref_row_us × referenced rows / 1000` for a foreign key's validation, whose
//! anti-join reads the referenced table too) and a band (the
//! smallest and largest ratio of a measured time to the model), and keeps the points it
//! was fitted on, so a test can check every point lies inside the band the estimate
//! gives.

use super::workload::CostClass;
use serde::Deserialize;
use std::sync::OnceLock;

/// costs.json as committed.
const COSTS_JSON: &str = include_str!("../../../../tests/calibration/costs.json");

/// The calibration: which PostgreSQL it measured and each class's model.
#[derive(Debug, Clone, Deserialize)]
pub struct Calibration {
    /// Which engine the models describe (`native`).
    pub models: String,
    /// `SELECT version()` of the measured PostgreSQL.
    pub postgres: String,
    /// PGlite's version, when it was measured too.
    pub pglite: Option<String>,
    /// The machine measured on.
    pub machine: String,
    /// The date measured.
    pub measured: String,
    /// Heap bytes per row of the narrow table: the width assumed when none is given.
    pub default_row_bytes: u64,
    /// One model per measured class.
    pub classes: Vec<ClassModel>,
}

/// The fitted cost of one statement class.
#[derive(Debug, Clone, Deserialize)]
pub struct ClassModel {
    /// Which class (costs.json's names; a class this build does not know is ignored).
    #[serde(deserialize_with = "class_or_none")]
    pub class: Option<CostClass>,
    /// The statement timed.
    pub statement: String,
    /// Fixed cost, ms.
    pub fixed_ms: f64,
    /// Per row, µs.
    pub per_row_us: f64,
    /// Per KB of the table's heap, µs.
    pub per_kb_us: f64,
    /// Per row of the referenced table, µs (a foreign key's validation; 0 otherwise).
    #[serde(default)]
    pub per_ref_row_us: f64,
    /// The smallest measured/fitted ratio.
    pub low_factor: f64,
    /// The largest measured/fitted ratio.
    pub high_factor: f64,
    /// PGlite's time over native's (median), when measured.
    pub pglite_factor: Option<f64>,
    /// The measurements the model was fitted on.
    pub points: Vec<Point>,
}

/// One measurement.
#[derive(Debug, Clone, Copy, Deserialize)]
pub struct Point {
    /// Rows in the table.
    pub rows: u64,
    /// The table's heap bytes (`pg_relation_size`).
    pub bytes: u64,
    /// The referenced table's rows (a foreign key's validation; 0 otherwise).
    #[serde(default)]
    pub ref_rows: u64,
    /// The statement's time, ms.
    pub ms: f64,
}

fn class_or_none<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<CostClass>, D::Error> {
    let name = String::deserialize(d)?;
    Ok(serde_json::from_value(serde_json::Value::String(name)).ok())
}

impl ClassModel {
    /// The fitted time for `rows` rows of `bytes` heap bytes, `ref_rows` rows in the
    /// referenced table (0 but for a foreign key), ms (before the band).
    pub fn fitted_ms(&self, rows: u64, bytes: u64, ref_rows: u64) -> f64 {
        self.fixed_ms
            + self.per_row_us * rows as f64 / 1000.0
            + self.per_kb_us * bytes as f64 / 1024.0 / 1000.0
            + self.per_ref_row_us * ref_rows as f64 / 1000.0
    }
}

impl Calibration {
    /// The model of `class`, if it was measured.
    pub fn model(&self, class: CostClass) -> Option<&ClassModel> {
        self.classes.iter().find(|m| m.class == Some(class))
    }
}

/// The embedded calibration. costs.json is part of the build: a file that does not
/// parse is a build mistake the unit tests catch, and reads here as no classes
/// (every estimate then says no cost was measured) rather than a panic in a user's run.
pub fn calibration() -> &'static Calibration {
    static CALIBRATION: OnceLock<Calibration> = OnceLock::new();
    CALIBRATION.get_or_init(|| {
        serde_json::from_str(COSTS_JSON).unwrap_or_else(|_| Calibration {
            models: "native".into(),
            postgres: String::new(),
            pglite: None,
            machine: String::new(),
            measured: String::new(),
            default_row_bytes: 80,
            classes: Vec::new(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_costs_parse_and_cover_every_measured_class() {
        let c: Calibration = serde_json::from_str(COSTS_JSON).expect("costs.json parses");
        assert_eq!(c.models, "native");
        assert!(c.postgres.starts_with("PostgreSQL "), "{}", c.postgres);
        for class in [
            CostClass::Catalog,
            CostClass::AddColumnRewrite,
            CostClass::TypeChangeRewrite,
            CostClass::SetNotNullScan,
            CostClass::CheckScan,
            CostClass::CreateIndex,
            CostClass::Update,
            CostClass::Insert,
            CostClass::Delete,
            CostClass::Truncate,
            CostClass::ForeignKeyScan,
        ] {
            let m = c
                .model(class)
                .unwrap_or_else(|| panic!("{class:?} measured"));
            assert!(m.fixed_ms >= 0.0 && m.per_row_us >= 0.0 && m.per_kb_us >= 0.0);
            assert!(0.0 < m.low_factor && m.low_factor <= 1.0 && 1.0 <= m.high_factor);
            assert!(!m.points.is_empty());
        }
        // A foreign key's validation reads the referenced table too.
        let fk = c.model(CostClass::ForeignKeyScan).expect("measured");
        assert!(fk.points.iter().all(|p| p.ref_rows > 0));
        // The classes with no measurement stay unmeasured (their estimate says so).
        assert!(c.model(CostClass::ConcurrentIndex).is_none());
    }
}
