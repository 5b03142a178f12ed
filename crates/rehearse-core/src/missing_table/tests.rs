//! Tests of the missing table: what a revision implies, run before and after it is added.

use super::*;
use crate::report::Outcome;
use crate::MigrationKind;

fn now() -> chrono::NaiveDateTime {
    chrono::NaiveDateTime::default()
}

fn scenario(setup: &str, migration: &str) -> Scenario {
    Scenario {
        setup: setup.into(),
        migration: migration.into(),
        kind: MigrationKind::Auto,
        ..Scenario::default()
    }
}

/// Runs `s`, expects 42P01 on a table, adds it, and runs again.
fn added(s: &Scenario) -> (MissingTable, Report) {
    let report = crate::run::run(s, now()).unwrap();
    assert_eq!(report.upgrade.outcome, Outcome::RolledBack);
    let table = missing_relation(&report).expect("42P01");
    let missing = propose(s, &table, now()).unwrap();
    let mut fixed = s.clone();
    fixed.setup.push_str(&missing.sql);
    let again = crate::run::run(&fixed, now()).unwrap();
    (missing, again)
}

#[test]
fn the_columns_a_revision_names_become_the_table_with_each_guess_said() {
    let migration = "from alembic import op\nimport sqlalchemy as sa\n\ndef upgrade():\n    op.add_column('orders', sa.Column('note', sa.Text()))\n    op.alter_column('orders', 'status', nullable=False)\n    op.create_index('ix_orders_customer', 'orders', ['customer_id'])\n    op.alter_column('orders', 'amount', type_=sa.Numeric(10, 2))\n    op.execute(\"UPDATE orders SET note = 'x' WHERE placed_at IS NOT NULL\")\n";
    let s = scenario("CREATE TABLE customers (id int PRIMARY KEY);\n", migration);
    let (missing, again) = added(&s);
    assert_eq!(missing.table, "orders");
    assert_eq!(again.upgrade.outcome, Outcome::Committed, "{}", missing.sql);
    assert!(
        missing.sql.contains("CREATE TABLE orders (\n    id integer PRIMARY KEY,\n    status text,\n    customer_id integer,\n    amount NUMERIC(10,2),\n    placed_at text\n);"),
        "{}",
        missing.sql
    );
    assert!(!missing.sql.contains("note text"), "{}", missing.sql);
    assert_eq!(
        missing.guessed,
        [
            "id as an integer primary key",
            "status (altered) as text",
            "customer_id (indexed) as integer",
            "amount (altered) as NUMERIC(10,2)",
            "placed_at (read) as text"
        ]
    );
    assert!(
        missing.sql.starts_with("\n-- Added by Rehearse"),
        "{}",
        missing.sql
    );
    let orders = again
        .upgrade
        .tables
        .iter()
        .find(|t| t.name == "orders")
        .unwrap();
    assert_eq!(orders.rows.len(), SAMPLE_ROWS);
}

#[test]
fn a_create_table_in_the_downgrade_is_copied_as_written() {
    let migration = "from alembic import op\nimport sqlalchemy as sa\n\ndef upgrade():\n    op.drop_table('legacy')\n\ndef downgrade():\n    op.create_table('legacy', sa.Column('id', sa.Integer(), nullable=False), sa.Column('name', sa.String(length=5), nullable=False), sa.Column('owner_id', sa.Integer(), sa.ForeignKey('users.id')), sa.PrimaryKeyConstraint('id'))\n";
    let s = scenario("", migration);
    let (missing, again) = added(&s);
    assert!(missing.guessed.is_empty());
    assert_eq!(again.upgrade.outcome, Outcome::Committed, "{}", missing.sql);
    assert!(
        missing.sql.contains("name VARCHAR(5) NOT NULL"),
        "{}",
        missing.sql
    );
    assert!(!missing.sql.contains("users"), "{}", missing.sql);
    assert!(missing.sql.contains("'1'"), "{}", missing.sql);
}

#[test]
fn a_foreign_key_to_the_table_names_its_key_and_sql_migrations_are_read_too() {
    let s = Scenario {
        kind: MigrationKind::Sql,
        ..scenario(
            "CREATE TABLE items (id int PRIMARY KEY, sku_code int);",
            "ALTER TABLE items ADD CONSTRAINT fk FOREIGN KEY (sku_code) REFERENCES skus (code);",
        )
    };
    let (missing, again) = added(&s);
    assert_eq!(missing.table, "skus");
    assert!(
        missing.sql.contains("code integer PRIMARY KEY"),
        "{}",
        missing.sql
    );
    assert_eq!(again.upgrade.outcome, Outcome::Committed, "{}", missing.sql);
}

#[test]
fn a_table_the_setup_has_or_that_does_not_load_is_refused() {
    let s = scenario("CREATE TABLE t (id int);", "DROP TABLE t;");
    assert_eq!(
        propose(&s, "t", now()).unwrap_err(),
        "the setup already has a table \"t\""
    );
    let s = scenario("CREATE TABLE t (", "DROP TABLE u;");
    assert!(propose(&s, "u", now())
        .unwrap_err()
        .starts_with("the setup does not run"));
}
