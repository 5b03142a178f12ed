//! Views read, depended on and renamed, each answer as PostgreSQL 18 gave it (checked
//! on PGlite): rows as `|`-separated text output, or `SQLSTATE: message`.

const SETUP: &str = "CREATE TABLE t (id int PRIMARY KEY, g int, x text, n numeric, b bool);
INSERT INTO t VALUES (1, 1, 'a', 1.5, true), (2, 1, 'b', 2.25, false), (3, 2, NULL, NULL, NULL);
CREATE TABLE u (id int, t_id int, s text);
INSERT INTO u VALUES (10, 1, 'x'), (11, 1, 'y'), (12, 3, 'x'), (13, NULL, 'z');";

/// Runs the setup, then `sql`'s statements; the last one's rows, or the first error
/// with its detail.
fn ask(sql_text: &str) -> String {
    let with_detail = |e: &crate::error::PgError| {
        let detail = e.detail.clone().unwrap_or_default();
        format!("{}: {} / {detail}", e.sqlstate, e.message)
    };
    crate::test_support::answer(SETUP, sql_text, crate::test_support::text_rows, with_detail)
}

#[test]
fn views_read_joins_subqueries_and_aggregates() {
    let views = "CREATE VIEW v1 AS SELECT t.id, u.s FROM t JOIN u ON u.t_id = t.id;
        CREATE VIEW v2 AS SELECT s FROM u WHERE t_id IN (SELECT id FROM t);
        CREATE VIEW v3 AS SELECT count(*) FROM t;";
    assert_eq!(ask(&format!("{views} SELECT * FROM v1")), "1|x; 1|y; 3|x");
    assert_eq!(ask(&format!("{views} SELECT * FROM v2")), "x; y; x");
    assert_eq!(ask(&format!("{views} SELECT * FROM v3")), "3");
}

#[test]
fn a_column_is_used_only_where_the_binder_resolves_it() {
    let views = "CREATE VIEW v1 AS SELECT t.id, u.s FROM t JOIN u ON u.t_id = t.id;
        CREATE VIEW v2 AS SELECT s FROM u WHERE t_id IN (SELECT id FROM t);
        CREATE VIEW v3 AS SELECT count(*) FROM t;";
    // u.id and t.x are used by no view; t.id by v1 (qualified) and v2 (in a subquery).
    assert_eq!(
        ask(&format!(
            "{views} ALTER TABLE u DROP COLUMN id; ALTER TABLE t DROP COLUMN x; ALTER TABLE t DROP COLUMN id"
        )),
        "2BP01: cannot drop column id of table t because other objects depend on it / \
         view v1 depends on column id of table t\nview v2 depends on column id of table t"
    );
}

#[test]
fn renames_are_followed_and_names_kept() {
    let steps = "CREATE VIEW v AS SELECT id, x FROM t; CREATE VIEW w AS SELECT x FROM v;
        ALTER TABLE t RENAME COLUMN x TO y; ALTER TABLE t ADD COLUMN x int;
        ALTER VIEW v RENAME COLUMN x TO z; ALTER VIEW v RENAME TO vv;
        CREATE VIEW v AS SELECT 1 AS x;";
    assert_eq!(ask(&format!("{steps} SELECT * FROM w")), "a; b; NULL");
    assert_eq!(
        ask(&format!("{steps} SELECT * FROM vv")),
        "1|a; 2|b; 3|NULL"
    );
    assert_eq!(
        ask(&format!(
            "{steps} ALTER TABLE t DROP COLUMN x; ALTER TABLE t DROP COLUMN y"
        )),
        "2BP01: cannot drop column y of table t because other objects depend on it / \
         view vv depends on column y of table t\nview w depends on view vv"
    );
}

#[test]
fn an_error_inside_a_view_is_a_refusal() {
    // PostgreSQL answers 3: it never evaluates `r`, which count(*) does not need.
    let answer = ask("CREATE VIEW e AS SELECT 1/(g-1) AS r, id FROM t; SELECT count(*) FROM e");
    assert!(
        answer.starts_with("0A000: Rehearse cannot simulate reading view e"),
        "{answer}"
    );
}

#[test]
fn writing_through_a_view_is_refused() {
    let answer = ask("CREATE VIEW v AS SELECT id, x FROM t; INSERT INTO v VALUES (4, 'd')");
    assert!(
        answer.starts_with("0A000: Rehearse cannot simulate"),
        "{answer}"
    );
}

#[test]
fn star_is_expanded_when_the_view_is_created() {
    let steps = "CREATE VIEW s AS SELECT * FROM u WHERE id < 12; ALTER TABLE u ADD COLUMN z int;";
    assert_eq!(ask(&format!("{steps} SELECT * FROM s")), "10|1|x; 11|1|y");
    // The new column is not the view's: it can go; the old ones cannot.
    assert_eq!(
        ask(&format!(
            "{steps} ALTER TABLE u DROP COLUMN z; ALTER TABLE u DROP COLUMN s"
        )),
        "2BP01: cannot drop column s of table u because other objects depend on it / \
         view s depends on column s of table u"
    );
}

#[test]
fn subqueries_in_values_update_and_delete_read_views() {
    let view = "CREATE VIEW big AS SELECT id FROM u WHERE id > 11;";
    assert_eq!(
        ask(&format!(
            "{view} INSERT INTO t (id) VALUES ((SELECT max(id) FROM big)); SELECT id FROM t WHERE id > 3"
        )),
        "13"
    );
    assert_eq!(
        ask(&format!(
            "{view} DELETE FROM u WHERE id IN (SELECT id FROM big); SELECT count(*) FROM u"
        )),
        "2"
    );
    assert_eq!(
        ask(&format!(
            "{view} UPDATE u SET s = 'big' WHERE id IN (SELECT id FROM big); SELECT s FROM u WHERE id = 13"
        )),
        "big"
    );
}
