//! The lock queue's behaviour on the cases that matter: a long reader in front of an
//! ALTER, lock_timeout with and without retries, a SHARE lock letting readers through,
//! the refusals; and the whole pipeline from annotated queries to the report.

use super::settings::Retry;
use super::sim::{simulate, MigrationStep, Refusal};
use super::traffic::{Schedule, TrafficQuery};
use crate::analysis::locks::LockMode::{self, *};

fn step(table: &str, mode: LockMode, hold_ms: u64) -> MigrationStep {
    MigrationStep {
        locks: vec![(table.to_string(), mode)],
        hold_ms,
        lock_timeout_ms: 0,
        ends_transaction: false,
        fails: false,
        phases: Vec::new(),
    }
}

fn query(locks: &[(&str, LockMode)], schedule: Schedule) -> TrafficQuery {
    TrafficQuery {
        text: "q".into(),
        locks: locks.iter().map(|(t, m)| (t.to_string(), *m)).collect(),
        schedule,
    }
}

fn readers() -> TrafficQuery {
    query(
        &[("users", AccessShare)],
        Schedule::Every {
            every_ms: 20,
            takes_ms: 5,
        },
    )
}

fn long_reader(left_ms: u64) -> TrafficQuery {
    query(
        &[("users", AccessShare)],
        Schedule::AlreadyRunning { left_ms },
    )
}

#[test]
fn a_waiting_alter_blocks_every_later_reader() {
    let out = simulate(
        &[step("users", AccessExclusive, 1)],
        &[long_reader(30_000), readers()],
        None,
    )
    .expect("simulates");
    // The migration waits for the long reader (connection 1) and the reader of the
    // stream in flight at 0 (connection 2, done at 5ms).
    let own = &out.waits[0];
    assert_eq!((own.conn, own.start, own.end), (0, 0, 30_000));
    assert_eq!(own.waits_for, vec![1, 2]);
    // Every reader arriving in the meantime waits behind the migration (a soft block:
    // ACCESS SHARE is compatible with the long reader's lock), until its COMMIT at
    // 30001.
    let blocked: Vec<_> = out.waits.iter().filter(|w| w.conn != 0).collect();
    assert_eq!(blocked.len(), 1500);
    assert!(blocked
        .iter()
        .all(|w| w.waits_for == vec![0] && w.end == 30_001));
    assert_eq!(blocked[0].start, 20);
    // Grants after waiting: the migration first, then the readers in arrival order.
    assert_eq!(out.grants[0], (30_000, 0, "users".into()));
    assert!(out.grants[1..].windows(2).all(|g| g[0].1 < g[1].1));
}

#[test]
fn lock_timeout_bounds_the_stall_and_retries_get_through() {
    let mut s = step("users", AccessExclusive, 1);
    s.lock_timeout_ms = 2000;
    let retry = Some(Retry {
        times: 3,
        after_ms: 1000,
    });
    let out = simulate(&[s.clone()], &[long_reader(4500), readers()], retry).expect("simulates");
    let own: Vec<_> = out.waits.iter().filter(|w| w.conn == 0).collect();
    assert_eq!(own.len(), 2);
    assert!(own[0].timed_out && (own[0].start, own[0].end) == (0, 2000));
    assert!(!own[1].timed_out && (own[1].start, own[1].end) == (3000, 4500));
    assert_eq!(out.gave_up_at, None);
    // No reader waits longer than the timeout.
    let worst = out
        .waits
        .iter()
        .filter(|w| w.conn != 0)
        .map(|w| w.end - w.start)
        .max();
    assert_eq!(worst, Some(1980));
    // Without retries the migration gives up at the first timeout.
    let out = simulate(&[s], &[long_reader(4500), readers()], None).expect("simulates");
    assert_eq!(out.gave_up_at, Some(0));
    assert_eq!(out.attempts.len(), 1);
    assert!(out.attempts[0].timed_out);
}

#[test]
fn a_waiting_share_lock_lets_readers_through_and_stops_writers() {
    let writer = query(
        &[("users", RowExclusive)],
        Schedule::AlreadyRunning { left_ms: 1000 },
    );
    let late_writer = query(
        &[("users", RowExclusive)],
        Schedule::Once {
            at_ms: 10,
            takes_ms: 1,
        },
    );
    let late_reader = query(
        &[("users", AccessShare)],
        Schedule::Once {
            at_ms: 10,
            takes_ms: 1,
        },
    );
    let out = simulate(
        &[step("users", Share, 100)],
        &[writer, late_writer, late_reader],
        None,
    )
    .expect("simulates");
    let waiting: Vec<usize> = out.waits.iter().map(|w| w.conn).collect();
    // The migration (0) and the later writer (2) wait; the reader (3) does not.
    assert_eq!(waiting, vec![0, 2]);
    assert_eq!(out.waits[1].waits_for, vec![0]);
    assert_eq!(out.waits[1].end, 1100);
}

#[test]
fn locks_are_released_at_each_commit() {
    let mut first = step("users", AccessExclusive, 10);
    first.ends_transaction = true;
    let second = step("orders", AccessExclusive, 1000);
    let reader = query(
        &[("users", AccessShare)],
        Schedule::Once {
            at_ms: 5,
            takes_ms: 1,
        },
    );
    let out = simulate(&[first, second], &[reader], None).expect("simulates");
    assert_eq!(out.waits.len(), 1);
    assert_eq!(out.waits[0].end, 10);
}

#[test]
fn a_deadlock_and_a_flood_are_refused() {
    let both = query(
        &[("b", RowExclusive), ("a", AccessShare)],
        Schedule::Once {
            at_ms: 1,
            takes_ms: 1,
        },
    );
    let out = simulate(
        &[
            step("a", AccessExclusive, 10),
            step("b", AccessExclusive, 10),
        ],
        &[both],
        None,
    );
    assert_eq!(out, Err(Refusal::Deadlock { step: 1 }));
    let flood = query(
        &[("a", AccessShare)],
        Schedule::Every {
            every_ms: 1,
            takes_ms: 1,
        },
    );
    let out = simulate(&[step("a", AccessShare, 3_600_000)], &[flood], None);
    assert_eq!(out, Err(Refusal::TooManyEvents));
}

#[test]
fn the_report_carries_each_steps_queue() {
    let scenario = crate::Scenario {
        setup: "CREATE TABLE users (id int, name text);".into(),
        migration: "-- rehearse: retry 2 after 1s\nSET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN email text; -- rehearse: hold 50ms\n".into(),
        kind: crate::MigrationKind::Sql,
        old_code: "SELECT * FROM users WHERE id = 1; -- every 20ms, takes 5ms\nSELECT count(*) FROM users; -- already running for 4.5s\n".into(),
        ..crate::Scenario::default()
    };
    let report = crate::run(&scenario, Default::default()).expect("runs");
    assert!(report.upgrade.steps[0]
        .queue
        .as_ref()
        .is_some_and(|q| q.hold_ms == 0));
    let q = report.upgrade.steps[1].queue.as_ref().expect("a queue");
    assert_eq!(q.hold_ms, 50);
    assert_eq!(q.lock_timeout_ms, Some(2000));
    assert_eq!(q.timed_out, 1);
    assert_eq!(q.error, None);
    // The retry got through: the run succeeds in production too.
    assert_eq!(report.upgrade.in_production, None);
    assert_eq!((q.start_ms, q.end_ms, q.wait_ms), (0, 4550, 2000 + 1500));
    assert_eq!(q.max_stall_ms, 1980);
    assert!(q.blocked_queries > 100);
    let json = serde_json::to_value(q).expect("serializes");
    assert_eq!(json["timeline"][0]["connection"], "migration");
    assert_eq!(json["timeline"][0]["intervals"][0]["state"], "waiting");
    assert_eq!(
        json["timeline"][0]["intervals"][0]["waits_for"],
        serde_json::json!(["query 1", "query 2"])
    );
    let text = crate::text::render(&report);
    assert!(text.contains("  lock queue: waited 3500 ms for its locks (lock_timeout 2000 ms), then held them 50 ms"), "{text}");
    assert!(text.contains("the longest stall: 1980 ms"), "{text}");
    assert!(
        text.contains("lock_timeout cancelled 1 of its waits"),
        "{text}"
    );
    // Without annotations: no queue at all.
    let plain = crate::run(
        &crate::Scenario {
            old_code: "SELECT * FROM users;".into(),
            ..scenario.clone()
        },
        Default::default(),
    )
    .expect("runs");
    assert!(plain.upgrade.steps.iter().all(|s| s.queue.is_none()));
    // A malformed annotation is the user's error, at its place.
    let e = crate::run(
        &crate::Scenario {
            old_code: "SELECT * FROM users; -- every 20ms".into(),
            ..scenario
        },
        Default::default(),
    )
    .expect_err("refused");
    assert_eq!((e.span.line, e.span.column), (1, 22));
}

#[test]
fn reindex_of_a_whole_table_concurrently_is_refused_at_its_step() {
    let scenario = crate::Scenario {
        setup: "CREATE TABLE users (id int, name text);\nCREATE INDEX users_name ON users (name);"
            .into(),
        migration:
            "ALTER TABLE users ADD COLUMN a int;\nCOMMIT;\nREINDEX TABLE CONCURRENTLY users;\n"
                .into(),
        kind: crate::MigrationKind::Sql,
        old_code: "SELECT * FROM users; -- every 20ms, takes 5ms\n".into(),
        ..crate::Scenario::default()
    };
    let report = crate::run(&scenario, Default::default()).expect("runs");
    let queues: Vec<_> = report
        .upgrade
        .steps
        .iter()
        .map(|s| s.queue.as_ref())
        .collect();
    assert!(queues[0].is_some_and(|q| q.unsupported.is_none()));
    assert!(queues[2].is_some_and(|q| {
        q.unsupported.as_ref().is_some_and(|u| {
            u.starts_with("Rehearse cannot simulate") && u.contains("REINDEX TABLE")
        })
    }));
}

fn create_index_concurrently(hold_ms: u64) -> MigrationStep {
    use super::concurrently::{phases, Command};
    MigrationStep {
        ends_transaction: true,
        phases: phases(Command::CreateIndex, "users"),
        ..step("users", ShareUpdateExclusive, hold_ms)
    }
}

fn writers() -> TrafficQuery {
    query(
        &[("users", RowExclusive)],
        Schedule::Every {
            every_ms: 20,
            takes_ms: 5,
        },
    )
}

#[test]
fn concurrently_waits_for_older_transactions_and_blocks_nobody() {
    use super::timeline::OlderTransactions;
    // A report query on another table, running for 3 s; readers and writers of users.
    let report = query(
        &[("orders", AccessShare)],
        Schedule::AlreadyRunning { left_ms: 3000 },
    );
    let out = simulate(
        &[create_index_concurrently(1000)],
        &[report, readers(), writers()],
        None,
    )
    .expect("simulates");
    // The writer in flight at 0 (connection 4: report 1, reader 2, writer 3... the
    // reader and writer streams each have one in flight) ends at 5: the first wait
    // for writers waits for it alone.
    let own: Vec<_> = out.waits.iter().filter(|w| w.conn == 0).collect();
    assert_eq!(
        own[0].older,
        Some(OlderTransactions::Lockers(LockMode::Share))
    );
    assert_eq!((own[0].start, own[0].end), (0, 5));
    assert_eq!(own[0].waits_for, vec![3]);
    // The build (500 ms) ends at 505, between writers (500..505 is one in flight):
    // it waits for that one, to 505 — none, as it ends at 505 itself; then the
    // validation scan from 505 to 1005; then the report query, older than the scan's
    // snapshot, to 3000.
    let last = own.last().expect("a wait for older snapshots");
    assert_eq!(last.older, Some(OlderTransactions::Snapshots));
    assert_eq!(last.waits_for, vec![1]);
    assert_eq!(last.end, 3000);
    // No application query ever waited: reads and writes go on.
    assert!(out.waits.iter().all(|w| w.conn == 0));
    let done = out.attempts.last().expect("an attempt");
    assert_eq!((done.end, done.timed_out), (3000, false));

    // The same index built without CONCURRENTLY: SHARE stops every writer for 1 s.
    let plain =
        simulate(&[step("users", Share, 1000)], &[readers(), writers()], None).expect("simulates");
    assert!(plain.waits.iter().filter(|w| w.conn != 0).count() >= 49);
}

#[test]
fn lock_timeout_cancels_a_concurrent_builds_wait_and_leaves_the_index() {
    let report = query(
        &[("orders", AccessShare)],
        Schedule::AlreadyRunning { left_ms: 30_000 },
    );
    let mut s = create_index_concurrently(100);
    s.lock_timeout_ms = 2000;
    let out = simulate(
        std::slice::from_ref(&s),
        std::slice::from_ref(&report),
        None,
    )
    .expect("simulates");
    assert_eq!(out.gave_up_at, Some(0));
    assert_eq!(out.cancelled_concurrently, Some(0));
    let own = out.waits.last().expect("a wait");
    assert!(own.timed_out);
    assert_eq!((own.start, own.end), (100, 2100));
    // A retry would rerun it over the INVALID index it left: refused.
    let retry = Some(Retry {
        times: 1,
        after_ms: 1000,
    });
    assert_eq!(
        simulate(&[s], &[report], retry),
        Err(Refusal::RetryAfterConcurrently { step: 0 })
    );
}

#[test]
fn the_report_shows_how_concurrently_changes_the_picture() {
    let scenario = |index: &str| {
        crate::Scenario {
        setup: "CREATE TABLE users (id int, name text);".into(),
        migration: format!("COMMIT;\n{index} users_name ON users (name); -- rehearse: hold 1s\n"),
        kind: crate::MigrationKind::Sql,
        old_code: "UPDATE users SET name = 'a' WHERE id = 1; -- every 20ms, takes 5ms\nSELECT count(*) FROM users; -- already running for 4s\n".into(),
        ..crate::Scenario::default()
    }
    };
    let plain = crate::run(&scenario("CREATE INDEX"), Default::default()).expect("runs");
    let q = plain.upgrade.steps[1].queue.as_ref().expect("a queue");
    assert!(q.blocked_queries > 40, "{q:?}");
    assert_eq!(q.older_wait_ms, 0);
    let concurrent =
        crate::run(&scenario("CREATE INDEX CONCURRENTLY"), Default::default()).expect("runs");
    let q = concurrent.upgrade.steps[1].queue.as_ref().expect("a queue");
    assert_eq!(q.unsupported, None);
    assert_eq!(q.blocked_queries, 0);
    assert_eq!((q.end_ms, q.older_wait_ms), (4000, 4000 - 1005 + 5));
    let text = crate::text::render(&concurrent);
    assert!(
        text.contains("CONCURRENTLY waiting for older transactions to end"),
        "{text}"
    );
}

#[test]
fn a_cancelled_migration_fails_in_production_not_on_the_sample() {
    let scenario = crate::Scenario {
        setup: "CREATE TABLE users (id int, name text);".into(),
        migration: "CREATE TABLE audit (id int);\nCOMMIT;\nSET lock_timeout = '1s';\nALTER TABLE users ADD COLUMN email text;\n".into(),
        kind: crate::MigrationKind::Sql,
        old_code: "SELECT count(*) FROM users; -- already running for 5s\n".into(),
        ..crate::Scenario::default()
    };
    let report = crate::run(&scenario, Default::default()).expect("runs");
    // On the sample rows PostgreSQL commits; with the traffic, the ALTER is cancelled
    // and only the first transaction (CREATE TABLE audit) stays.
    assert_eq!(report.upgrade.outcome, crate::report::Outcome::Committed);
    let p = report.upgrade.in_production.as_ref().expect("cancelled");
    assert_eq!(
        (p.outcome, p.step, p.error.sqlstate.as_str()),
        (crate::report::Outcome::Partial, 4, "55P03")
    );
    let line = crate::text::summary(&report.upgrade);
    assert!(line.starts_with("committed: 4 steps"), "{line}");
    assert!(line.contains("in production with the annotated traffic (simulated lock queue): partially committed, the rest rolled back at step 4 of 4: 55P03 canceling statement due to lock timeout"), "{line}");
    // Without the first transaction, all of it rolls back.
    let alone = crate::run(
        &crate::Scenario {
            migration: "SET lock_timeout = '1s';\nALTER TABLE users ADD COLUMN email text;\n"
                .into(),
            ..scenario
        },
        Default::default(),
    )
    .expect("runs");
    let p = alone.upgrade.in_production.as_ref().expect("cancelled");
    assert_eq!((p.outcome, p.step), (crate::report::Outcome::RolledBack, 2));
}

#[test]
fn a_production_size_sets_how_long_a_step_holds_its_locks() {
    let scenario = crate::Scenario {
        setup: "CREATE TABLE users (id int, name text);\nINSERT INTO users VALUES (1, 'a');".into(),
        migration: "ALTER TABLE users ALTER COLUMN id TYPE bigint;\n".into(),
        kind: crate::MigrationKind::Sql,
        old_code: "SELECT * FROM users WHERE id = 1; -- every 20ms, takes 5ms\n".into(),
        ..crate::Scenario::default()
    };
    let hold = |scenario: &crate::Scenario| {
        let report = crate::run(scenario, Default::default()).expect("runs");
        let step = &report.upgrade.steps[0];
        let q = step.queue.clone().expect("a queue");
        (q.hold_ms, q.hold_basis, step.estimate.clone())
    };
    // No size: the rewrite's default.
    let (ms, basis, _) = hold(&scenario);
    assert_eq!(ms, 1000);
    assert!(basis.starts_with("default for a full rewrite"), "{basis}");
    // At 1M rows: the estimate's high end, rounded up.
    let sized = crate::Scenario {
        production: vec![crate::production::TableSize {
            table: "users".into(),
            rows: 1_000_000,
            width: None,
        }],
        ..scenario
    };
    let (ms, basis, estimate) = hold(&sized);
    let high = estimate.and_then(|e| e.high_ms).expect("an estimate");
    assert_eq!(ms, high.ceil() as u64);
    assert!(ms > 1000, "{ms}");
    assert!(
        basis.starts_with("the high end of the estimate at production size"),
        "{basis}"
    );
}
