//! The safety analysis over the scenario corpus, data-driven by folder name:
//!
//! - `tests/scenarios/hazard-<rule-id>[-more]/`: the report must flag `<rule-id>`.
//!   When the rule has a safe rewrite, the rewrite (`rehearse_core::fix`) is kept as
//!   an insta snapshot (`expected/fix.snap`: what was applied, the diff, the re-run's
//!   verdict), must commit, must no longer flag the rule, and must equal the
//!   migration of the sibling case `<case>-fixed/` — which the recorder runs on
//!   PostgreSQL like every case, so each rewrite is checked on PGlite too.
//! - `<case>-fixed/`: must not flag the rule its name starts with.

use rehearse_core::analysis::rules;
use rehearse_core::{fix, MigrationKind, Scenario};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scenarios")
}

fn read(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

fn now() -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 1, 1)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .unwrap_or_default()
}

fn migration(dir: &Path) -> (String, MigrationKind, &'static str) {
    match read(&dir.join("migration.py")) {
        Some(m) => (m, MigrationKind::Alembic, "migration.py"),
        None => (
            read(&dir.join("migration.sql")).unwrap_or_default(),
            MigrationKind::Sql,
            "migration.sql",
        ),
    }
}

/// The rule a case name is about: the longest rule id following `hazard-`.
fn rule_of(case: &str) -> Option<&'static rules::Rule> {
    let rest = case.strip_prefix("hazard-")?;
    rules::ALL
        .iter()
        .map(|(r, _)| r)
        .filter(|r| rest == r.id || rest.starts_with(&format!("{}-", r.id)))
        .max_by_key(|r| r.id.len())
}

/// `REHEARSE_WRITE_FIXED=1`: (re)writes the `-fixed` sibling from the rewrite, with
/// the case's setup and deployed-code queries; record it with tests/oracle/record.
fn write_sibling(dir: &Path, migration: &Path, text: &str) {
    let Some(sibling) = migration.parent() else {
        return;
    };
    let _ = std::fs::create_dir_all(sibling);
    for f in ["setup.sql", "old_code.sql", "case.json"] {
        if let Some(t) = read(&dir.join(f)) {
            let _ = std::fs::write(sibling.join(f), t);
        }
    }
    let _ = std::fs::write(migration, text);
}

#[test]
fn hazard_cases_flag_their_rule_and_rewrites_are_safe() {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root())
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    dirs.sort();
    let (mut cases, mut rewrites, mut failures) = (0, 0, Vec::new());
    let mut covered = std::collections::BTreeSet::new();
    for dir in &dirs {
        let case = dir
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let Some(rule) = rule_of(&case) else { continue };
        cases += 1;
        let (text, kind, file) = migration(dir);
        let scenario = Scenario {
            setup: read(&dir.join("setup.sql")).unwrap_or_default(),
            migration: text,
            kind,
            old_code: read(&dir.join("old_code.sql")).unwrap_or_default(),
            ..Scenario::default()
        };
        let report = match rehearse_core::run(&scenario, now()) {
            Ok(r) => r,
            Err(e) => {
                failures.push(format!("{case}: input error {e}"));
                continue;
            }
        };
        let flagged = report.hazards().any(|(_, h)| h.rule == rule.id);
        if case.ends_with("-fixed") {
            if flagged {
                failures.push(format!("{case}: still flags {}", rule.id));
            }
            continue;
        }
        covered.insert(rule.id);
        if !flagged {
            failures.push(format!("{case}: does not flag {}", rule.id));
            continue;
        }
        if rule.fix.is_none() {
            continue;
        }
        rewrites += 1;
        let fixed = match fix::fix(&scenario, now()) {
            Ok(f) => f,
            Err(e) => {
                failures.push(format!("{case}: the rewrite does not parse: {e}"));
                continue;
            }
        };
        if !fixed.report.committed() {
            failures.push(format!("{case}: the rewrite rolls back"));
        }
        if fixed.report.hazards().any(|(_, h)| h.rule == rule.id) {
            failures.push(format!("{case}: the rewrite still flags {}", rule.id));
        }
        let sibling = dir.with_file_name(format!("{case}-fixed")).join(file);
        if std::env::var_os("REHEARSE_WRITE_FIXED").is_some() {
            write_sibling(dir, &sibling, &fixed.migration);
        }
        match read(&sibling) {
            Some(expected) if expected == fixed.migration => {}
            Some(_) => failures.push(format!(
                "{case}: the rewrite differs from {}",
                sibling.display()
            )),
            None => failures.push(format!(
                "{case}: add {} (the rewrite, checked on PostgreSQL by the recorder)",
                sibling.display()
            )),
        }
        let mut snap = String::new();
        for a in &fixed.applied {
            snap.push_str(&format!(
                "applied {} (line {}): {}\n",
                a.fix, a.line, a.summary
            ));
        }
        snap.push_str(&format!("\n{}\n", fix::line_diff::render(&fixed.diff)));
        snap.push_str(&format!(
            "re-run: {}\n",
            rehearse_core::text::summary(&fixed.report.upgrade)
        ));
        for (i, h) in fixed.report.hazards() {
            snap.push_str(&format!(
                "  step {}: {}[{}]\n",
                i + 1,
                h.severity.name(),
                h.rule
            ));
        }
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(dir.join("expected"));
        settings.set_prepend_module_to_snapshot(false);
        settings.set_omit_expression(true);
        settings.bind(|| insta::assert_snapshot!("fix", snap));
    }
    let missing: Vec<&str> = rules::ALL
        .iter()
        .map(|(r, _)| r.id)
        .filter(|id| !covered.contains(id))
        .collect();
    println!(
        "safety: {cases} hazard cases, {rewrites} rewrites checked, rules without a case: {missing:?}"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        missing.is_empty(),
        "every rule needs a hazard-<rule> case: {missing:?}"
    );
}
