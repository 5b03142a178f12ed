//! The built-in lessons: one folder each under `lessons/` (lesson.json, setup.sql, the
//! migration, optional old_code.sql, drift.sql and case.json), embedded at build time
//! by build.rs. The same folders are cases of the scenario corpus, checked against
//! PostgreSQL.

use rehearse_core::MigrationKind;
use rehearse_core::Scenario;
use serde::Deserialize;

/// A lesson's files as embedded.
pub struct LessonFiles {
    /// Folder name.
    pub id: &'static str,
    /// lesson.json.
    pub meta: &'static str,
    /// setup.sql.
    pub setup: &'static str,
    /// migration.py or migration.sql.
    pub migration: &'static str,
    /// The migration is SQL.
    pub sql: bool,
    /// old_code.sql ("" if none).
    pub old_code: &'static str,
    /// drift.sql ("" if none).
    pub drift: &'static str,
    /// case.json ("" if none).
    pub case: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/lessons.rs"));

/// What lesson.json says.
#[derive(Debug, Clone, PartialEq, Deserialize, Default)]
pub struct LessonText {
    /// Shown in the picker.
    pub title: String,
    /// One line.
    #[serde(default)]
    pub summary: String,
    /// Paragraphs separated by blank lines.
    #[serde(default)]
    pub explanation: String,
    /// The "try this" prompt.
    #[serde(default, rename = "try")]
    pub try_this: String,
}

#[derive(Deserialize, Default)]
struct CaseOptions {
    #[serde(default)]
    downgrade: bool,
}

impl LessonFiles {
    /// The lesson's text (a folder with unreadable JSON shows its id as the title).
    pub fn text(&self) -> LessonText {
        serde_json::from_str(self.meta).unwrap_or_else(|_| LessonText {
            title: self.id.to_string(),
            ..LessonText::default()
        })
    }

    /// The lesson as an editable scenario.
    pub fn scenario(&self) -> Scenario {
        let case: CaseOptions = serde_json::from_str(self.case).unwrap_or_default();
        Scenario {
            setup: self.setup.to_string(),
            migration: self.migration.to_string(),
            kind: if self.sql {
                MigrationKind::Sql
            } else {
                MigrationKind::Alembic
            },
            old_code: self.old_code.to_string(),
            check_downgrade: case.downgrade,
            drift: self.drift.to_string(),
            lesson: Some(self.id.to_string()),
            model: String::new(),
            assumptions: Vec::new(),
            production: Vec::new(),
        }
    }
}

/// The lesson with this id.
pub fn by_id(id: &str) -> Option<&'static LessonFiles> {
    LESSONS.iter().find(|l| l.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lesson_has_text_setup_and_a_migration() {
        assert!(LESSONS.len() >= 8, "lessons: {}", LESSONS.len());
        for l in LESSONS {
            let text: LessonText = serde_json::from_str(l.meta).expect("lesson.json parses");
            assert!(
                !text.title.is_empty() && !text.explanation.is_empty() && !text.try_this.is_empty(),
                "{}",
                l.id
            );
            assert!(!l.setup.is_empty() && !l.migration.is_empty(), "{}", l.id);
        }
    }
}
