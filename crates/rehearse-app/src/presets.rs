//! Built-in examples: the seed document's patterns, taken from the scenario corpus so
//! the playground shows exactly the cases the tests check against PostgreSQL.

use rehearse_core::Scenario;

/// One example.
pub struct Preset {
    /// Shown in the picker.
    pub title: &'static str,
    /// Setup script.
    pub setup: &'static str,
    /// Migration.
    pub migration: &'static str,
    /// The deployed code's queries.
    pub old_code: &'static str,
}

impl Preset {
    /// As an editable scenario.
    pub fn scenario(&self) -> Scenario {
        Scenario {
            setup: self.setup.to_string(),
            migration: self.migration.to_string(),
            old_code: self.old_code.to_string(),
            ..Scenario::default()
        }
    }
}

macro_rules! preset {
    ($title:expr, $case:literal, $migration:literal) => {
        Preset {
            title: $title,
            setup: include_str!(concat!("../../../tests/scenarios/", $case, "/setup.sql")),
            migration: include_str!(concat!("../../../tests/scenarios/", $case, "/", $migration)),
            old_code: "",
        }
    };
    ($title:expr, $case:literal, $migration:literal, old_code) => {
        Preset {
            title: $title,
            setup: include_str!(concat!("../../../tests/scenarios/", $case, "/setup.sql")),
            migration: include_str!(concat!("../../../tests/scenarios/", $case, "/", $migration)),
            old_code: include_str!(concat!("../../../tests/scenarios/", $case, "/old_code.sql")),
        }
    };
}

/// The examples, in picker order.
pub const PRESETS: &[Preset] = &[
    preset!(
        "The NOT NULL trap",
        "not-null-add-populated",
        "migration.py",
        old_code
    ),
    preset!(
        "Two-step: add nullable, backfill, set NOT NULL",
        "two-step-backfill",
        "migration.py",
        old_code
    ),
    preset!(
        "Rename by drop + add (loses data)",
        "rename-drop-add",
        "migration.py",
        old_code
    ),
    preset!(
        "Rename with alter_column (keeps data)",
        "rename-alter-column",
        "migration.py",
        old_code
    ),
    preset!(
        "Adding a nullable column",
        "add-nullable-column",
        "migration.py"
    ),
    preset!(
        "A failure mid-migration rolls back everything",
        "rollback-mid-migration",
        "migration.py"
    ),
    preset!(
        "Type change that fails on real data",
        "alter-type-bad-data",
        "migration.py"
    ),
    preset!(
        "Unique index over duplicates",
        "create-unique-index-duplicates",
        "migration.py"
    ),
    preset!(
        "Dropping a column the deployed code reads",
        "hazard-drop-column",
        "migration.py",
        old_code
    ),
    preset!(
        "Index without CONCURRENTLY (blocks writes)",
        "hazard-create-index-non-concurrently",
        "migration.py",
        old_code
    ),
    preset!(
        "Foreign key without NOT VALID",
        "hazard-foreign-key-without-not-valid",
        "migration.py",
        old_code
    ),
    preset!("Plain SQL migration", "sql-migration", "migration.sql"),
];
