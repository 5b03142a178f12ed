//! The scenario: everything a run reads, as the user wrote it — the one type for it in
//! every front end. A share link carries it ([`crate::share`]), the playground edits and
//! autosaves it, the playground's worker receives it with the clock, the JavaScript
//! API reads it from its options, the CLI builds it from files, and [`crate::run()`]
//! takes it (with `now()`, which is an input, not part of the scenario).
//!
//! Its JSON is a share link's payload, field for field, and every form it was ever
//! written in still reads: missing fields take their defaults, `downgrade` (the worker's
//! job and the JavaScript API) is `check_downgrade`, and `kind` is also read as the
//! playground's first autosaves wrote it (`"Auto"`, `"Alembic"`, `"Sql"`); `null` or a
//! name it does not know reads as auto, as links always did (an embed's `data-kind`
//! goes into its link as written). The JavaScript API refuses an unknown kind itself.

use crate::assume::Assumption;
use crate::input::MigrationKind;
use chrono::NaiveDateTime;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A migration to rehearse and what it runs on.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Scenario {
    /// The setup script: tables and sample rows (SQL, each statement autocommitted).
    pub setup: String,
    /// The migration: an Alembic revision, a bare snippet of `op.*` calls, or SQL.
    pub migration: String,
    /// How to read the migration.
    pub kind: MigrationKind,
    /// The queries the deployed application runs (`;`-separated SQL), re-run after
    /// every step. Empty: none.
    pub old_code: String,
    /// Schema drift: SQL changed by hand on this environment after the setup (as with
    /// psql). The migration then also runs on a fresh environment built from the setup
    /// alone, and the report compares the two schemas. Empty: none.
    pub drift: String,
    /// After a committed upgrade, run the downgrade too, and compare the result with
    /// the state before the upgrade (the round trip).
    #[serde(alias = "downgrade")]
    pub check_downgrade: bool,
    /// The playground lesson it started from, if any.
    pub lesson: Option<String>,
    /// The SQLAlchemy model (the playground's Model tab); left out of the JSON when
    /// empty, as links made before the tab have none.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub model: String,
    /// What the user states about conditions Rehearse cannot evaluate (see
    /// [`crate::assume`]); left out of the JSON when empty, as links made before
    /// assumptions have none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub assumptions: Vec<Assumption>,
    /// Each table's size in production (rows, width), for the per-step time estimates;
    /// left out of the JSON when empty, as links made before it have none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub production: Vec<crate::production::TableSize>,
}

impl MigrationKind {
    /// Its name: share links, the autosave, the worker's job, the JavaScript API's
    /// `kind` option and the playground's picker all use these.
    pub fn name(self) -> &'static str {
        match self {
            MigrationKind::Auto => "auto",
            MigrationKind::Alembic => "alembic",
            MigrationKind::Sql => "sql",
        }
    }

    /// The kind a name stands for. The playground's first autosaves wrote the variant
    /// names (`Auto`, `Alembic`, `Sql`); they still read.
    pub fn from_name(name: &str) -> Option<MigrationKind> {
        match name {
            "auto" | "Auto" => Some(MigrationKind::Auto),
            "alembic" | "Alembic" => Some(MigrationKind::Alembic),
            "sql" | "Sql" => Some(MigrationKind::Sql),
            _ => None,
        }
    }
}

impl Serialize for MigrationKind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for MigrationKind {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = Option::<std::borrow::Cow<'de, str>>::deserialize(d)?;
        Ok(name
            .and_then(|name| MigrationKind::from_name(&name))
            .unwrap_or_default())
    }
}

/// `now()` from a clock reading in milliseconds since 1970 (UTC), as JavaScript's
/// `Date.now()` gives it: the one conversion for the playground (the page and its
/// worker) and the JavaScript API. Out of range: the epoch.
pub fn time_from_millis(ms: i64) -> NaiveDateTime {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|d| d.naive_utc())
        .unwrap_or_default()
}

/// The reading [`time_from_millis`] turns back into this time (what the playground's
/// page sends its worker).
pub fn time_to_millis(time: NaiveDateTime) -> i64 {
    time.and_utc().timestamp_millis()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Scenario {
        Scenario {
            setup: "CREATE TABLE t (id int);".into(),
            migration: "ALTER TABLE t ADD COLUMN x int;".into(),
            kind: MigrationKind::Sql,
            old_code: "SELECT id FROM t;".into(),
            drift: "ALTER TABLE t ADD COLUMN y int;".into(),
            check_downgrade: true,
            lesson: Some("02-not-null-trap".into()),
            model: String::new(),
            assumptions: Vec::new(),
            production: Vec::new(),
        }
    }

    #[test]
    fn the_json_is_a_share_links_payload() {
        // Field order and names as `share::Shared` wrote them, so links made now are
        // the bytes links were.
        assert_eq!(
            serde_json::to_string(&sample()).expect("serializes"),
            r#"{"setup":"CREATE TABLE t (id int);","migration":"ALTER TABLE t ADD COLUMN x int;","kind":"sql","old_code":"SELECT id FROM t;","drift":"ALTER TABLE t ADD COLUMN y int;","check_downgrade":true,"lesson":"02-not-null-trap"}"#
        );
        let with_model = Scenario {
            model: "class T(Base): ...".into(),
            ..sample()
        };
        let json = serde_json::to_string(&with_model).expect("serializes");
        assert!(
            json.ends_with(r#","model":"class T(Base): ..."}"#),
            "{json}"
        );
        assert_eq!(
            serde_json::from_str::<Scenario>(&json).ok(),
            Some(with_model)
        );
        let assuming = Scenario {
            assumptions: vec![Assumption::new("skip(op, __name__)", false)],
            ..sample()
        };
        let json = serde_json::to_string(&assuming).expect("serializes");
        assert!(
            json.ends_with(r#","assumptions":[{"condition":"skip(op, __name__)","value":false}]}"#),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<Scenario>(&json).ok(), Some(assuming));
        let sized = Scenario {
            production: vec![crate::production::TableSize {
                table: "t".into(),
                rows: 1_000_000,
                width: Some(120),
            }],
            ..sample()
        };
        let json = serde_json::to_string(&sized).expect("serializes");
        assert!(
            json.ends_with(r#","production":[{"table":"t","rows":1000000,"width":120}]}"#),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<Scenario>(&json).ok(), Some(sized));
    }

    #[test]
    fn every_older_form_still_reads() {
        // The playground's autosave before this type: variant names, its field order.
        let autosave = r#"{"setup":"CREATE TABLE t (id int);","migration":"ALTER TABLE t ADD COLUMN x int;","kind":"Sql","old_code":"SELECT id FROM t;","check_downgrade":true,"drift":"ALTER TABLE t ADD COLUMN y int;","lesson":"02-not-null-trap","model":""}"#;
        assert_eq!(
            serde_json::from_str::<Scenario>(autosave).ok(),
            Some(sample())
        );
        // The worker's job before: `downgrade`, no lesson or model, the clock beside.
        let job = r#"{"setup":"CREATE TABLE t (id int);","migration":"ALTER TABLE t ADD COLUMN x int;","kind":"sql","downgrade":true,"old_code":"SELECT id FROM t;","drift":"ALTER TABLE t ADD COLUMN y int;","now_ms":0,"trap":false}"#;
        let read: Scenario = serde_json::from_str(job).expect("reads");
        assert_eq!(
            read,
            Scenario {
                lesson: None,
                ..sample()
            }
        );
        // Anything left out takes its default; a null kind is auto.
        assert_eq!(
            serde_json::from_str::<Scenario>(r#"{"kind":null}"#).ok(),
            Some(Scenario::default())
        );
        for (name, kind) in [
            ("Auto", MigrationKind::Auto),
            ("Alembic", MigrationKind::Alembic),
        ] {
            assert_eq!(MigrationKind::from_name(name), Some(kind));
        }
    }

    #[test]
    fn an_unknown_kind_reads_as_auto_as_links_always_did() {
        let read = serde_json::from_str::<Scenario>(r#"{"kind":"SQL","migration":"x"}"#);
        assert_eq!(read.ok().map(|s| s.kind), Some(MigrationKind::Auto));
        assert_eq!(MigrationKind::from_name("python"), None);
        for kind in [
            MigrationKind::Auto,
            MigrationKind::Alembic,
            MigrationKind::Sql,
        ] {
            assert_eq!(MigrationKind::from_name(kind.name()), Some(kind));
        }
    }

    #[test]
    fn the_clock_in_milliseconds() {
        let t = time_from_millis(1_767_225_600_123);
        assert_eq!(t.to_string(), "2026-01-01 00:00:00.123");
        assert_eq!(time_to_millis(t), 1_767_225_600_123);
        assert_eq!(time_from_millis(i64::MAX), NaiveDateTime::default());
    }
}
