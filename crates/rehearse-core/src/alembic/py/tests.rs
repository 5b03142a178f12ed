//! The interpreter's semantics, budgets and error spans.

use crate::alembic::parse;

fn sql(source: &str) -> Vec<String> {
    match parse(source) {
        Ok(rev) => rev.upgrade.into_iter().flat_map(|s| s.sql).collect(),
        Err(e) => panic!("{source}\n{e:?}"),
    }
}

fn error(source: &str) -> (u32, u32, String) {
    let e = parse(source).expect_err(source);
    (e.span.line, e.span.column, e.message)
}

#[test]
fn strings_format_as_python_does() {
    let got = sql(concat!(
        "n = 7\nname = 'Orders'\n",
        "op.execute(f\"SELECT {n:03d}, {name!r}, {name.lower()}, {3.5:.2f}, {'x':>3}|\")\n",
        "op.execute('%s-%05.1f-%(k)s' % ('a', 2.25) if False else '%s-%d' % ('a', 2))\n",
        "op.execute('{}-{k}-{}'.format('z', 'y', k=[1, 'b']))\n",
        "op.execute(' '.join(s.strip().title() for s in ' ab cd , ef'.split(',')))\n",
        "op.execute(str((1,)) + str({'a': None, 'b': True}) + repr(\"it's\"))\n",
        "op.execute('x'.zfill(3) + '-5'.zfill(4) + 'aBc'.capitalize() + 'abc'[::-1] + 'abcdef'[1:-2])\n",
    ));
    assert_eq!(
        got,
        vec![
            "SELECT 007, 'Orders', orders, 3.50,   x|",
            "a-2",
            "z-[1, 'b']-y",
            "Ab Cd Ef",
            "(1,){'a': None, 'b': True}\"it's\"",
            "00x-005Abccbabcd",
        ]
    );
}

#[test]
fn builtins_and_comprehensions() {
    let got = sql(concat!(
        "import json, textwrap\n",
        "xs = [3, 1, 2]\n",
        "d = {k: v for k, v in zip(['a', 'b'], range(2))}\n",
        "op.execute(json.dumps({'a': [1, 2.5, None], 'é': True}))\n",
        "op.execute(textwrap.dedent('''\n    SELECT 1\n      FROM t\n    '''))\n",
        "op.execute(str([sum(xs), min(xs), max(xs), len(d), any(x > 2 for x in xs), all(xs), sorted(xs, reverse=True)]))\n",
        "op.execute(str([i * 2 for i in range(5) if i % 2] + list(d.keys()) + [v for _, v in d.items()]))\n",
        "op.execute(', '.join(map(str, filter(None, [0, 2, 1]))))\n",
    ));
    assert_eq!(
        got,
        vec![
            "{\"a\": [1, 2.5, null], \"\\u00e9\": true}",
            "SELECT 1\n  FROM t",
            "[6, 1, 3, 2, True, True, [3, 2, 1]]",
            "[2, 6, 'a', 'b', 0, 1]",
            "2, 1",
        ]
    );
}

#[test]
fn control_flow_and_functions() {
    let got = sql(concat!(
        "def upgrade():\n",
        "    def_cols = []\n",
        "    i = 0\n",
        "    while True:\n",
        "        i += 1\n",
        "        if i > 5:\n",
        "            break\n",
        "        elif i % 2 == 0:\n",
        "            continue\n",
        "        def_cols.append(i)\n",
        "    try:\n",
        "        {}['missing']\n",
        "    except KeyError:\n",
        "        def_cols.append('caught')\n",
        "    helper('t', *def_cols, sep='-')\n",
        "def helper(table, *parts, sep=','):\n",
        "    assert table, 'needs a table'\n",
        "    op.execute(f\"-- {table}: {sep.join(str(p) for p in parts)}\")\n",
    ));
    assert_eq!(got, vec!["-- t: 1-3-5-caught"]);
}

#[test]
fn steps_sit_at_the_op_call_inside_helpers() {
    let rev = parse(concat!(
        "def drop(t):\n",
        "    op.drop_table(t)\n",
        "def upgrade():\n",
        "    for t in ('a', 'b'):\n",
        "        drop(t)\n",
    ))
    .unwrap();
    let lines: Vec<u32> = rev.upgrade.iter().map(|s| s.span.line).collect();
    assert_eq!(lines, vec![2, 2]);
    assert_eq!(rev.upgrade[1].sql, vec!["DROP TABLE b".to_string()]);
}

#[test]
fn an_endless_loop_stops_at_the_budget_located() {
    let (line, column, message) =
        error("def upgrade():\n    x = 0\n    while x >= 0:\n        x += 1\n");
    assert_eq!(line, 3);
    assert!(
        message.contains("more than 200000"),
        "{message} at {column}"
    );
}

#[test]
fn runaway_recursion_stops_at_the_call_depth() {
    let (line, _, message) = error("def f(n):\n    return f(n + 1)\ndef upgrade():\n    f(0)\n");
    assert_eq!(line, 2);
    assert!(message.contains("calls nested more than"), "{message}");
}

#[test]
fn python_errors_are_located_and_named() {
    assert_eq!(
        error("def upgrade():\n    x = [1]\n    op.drop_table(x[3])\n"),
        (3, 19, "IndexError: list index out of range".to_string())
    );
    let (line, _, message) = error("def upgrade():\n    op.drop_table(nope)\n");
    assert_eq!(
        (line, message.as_str()),
        (2, "NameError: name 'nope' is not defined")
    );
    let (_, _, message) = error("def h(a):\n    pass\ndef upgrade():\n    h(1, 2)\n");
    assert_eq!(
        message,
        "TypeError: h() takes 1 positional arguments but 2 were given"
    );
    let (_, _, message) = error("def upgrade():\n    raise ValueError('stop here')\n");
    assert_eq!(message, "ValueError: stop here");
}

#[test]
fn what_is_not_run_is_refused_not_skipped() {
    for (source, needle) in [
        ("def upgrade():\n    for x in {'a', 'b'}:\n        op.drop_table(x)\n", "set"),
        ("def upgrade():\n    myhelpers.backfill()\n", "not defined"),
        ("from app import backfill\ndef upgrade():\n    backfill(op)\n", "not an Alembic op"),
        ("def upgrade():\n    op.get_bind().exec_driver_sql('SELECT 1')\n", "exec_driver_sql"),
        ("def upgrade():\n    op.get_bind().execute(sa.text('UPDATE t SET a = :x'), {'x': 1})\n", "parameters"),
        ("def upgrade():\n    t = sa.table('t', sa.column('a'))\n    op.execute(t.update().values(a=1))\n", "datatype NULL"),
        // What Python has and the interpreter lacks is a refusal, never a made-up
        // Python error.
        ("op.execute(hex(255))\n", "the builtin `hex` is not supported"),
        ("op.execute('a'.casefold())\n", "`str.casefold()` is not supported"),
        ("op.execute(f'{True:>5}')\n", "not supported by the playground"),
        ("t = sa.table('t', sa.column('a'))\nfor c in t.c:\n    op.drop_column('t', c.name)\n", "not something the playground can evaluate"),
    ] {
        let (_, _, message) = error(source);
        assert!(message.contains(needle), "{source}: {message}");
    }
}

#[test]
fn dialect_enum_and_batch() {
    let got = sql(concat!(
        "import enum\n",
        "class Color(enum.Enum):\n    red = 'r'\n    blue = 'b'\n",
        "def upgrade():\n",
        "    name = op.get_context().dialect.name\n",
        "    kind = 'pg' if name == 'postgresql' else 'other'\n",
        "    op.execute(f\"-- {kind} {Color.red.value} {Color('b').name} {[c.value for c in Color]}\")\n",
        "    with op.batch_alter_table('t') as b:\n",
        "        for c in ('x', 'y'):\n",
        "            b.drop_column(c)\n",
        "    op.add_column('t', sa.Column('c', sa.Enum(Color)))\n",
    ));
    assert_eq!(
        got,
        vec![
            "-- pg r blue ['r', 'b']",
            "ALTER TABLE t DROP COLUMN x",
            "ALTER TABLE t DROP COLUMN y",
            "ALTER TABLE t ADD COLUMN c color",
        ]
    );
}

#[test]
fn a_batch_without_as_runs_its_body_and_emits_nothing() {
    // conda-store's revisions: `table_args` only matter when the batch recreates the
    // table, which it never does on PostgreSQL; with no `as`, nothing is queued.
    let got = sql(concat!(
        "def upgrade():\n",
        "    with op.batch_alter_table('t', table_args=[sa.UniqueConstraint('a', name='u')]):\n",
        "        op.execute('SELECT 1')\n",
    ));
    assert_eq!(got, vec!["SELECT 1"]);
}

#[test]
fn logging_configuration_writes_nothing() {
    let got = sql(concat!(
        "import logging\n",
        "logging.basicConfig()\n",
        "logger = logging.getLogger('alembic')\n",
        "logger.setLevel(logging.INFO)\n",
        "def upgrade():\n",
        "    logger.info('x')\n",
        "    op.execute('SELECT 1')\n",
    ));
    assert_eq!(got, vec!["SELECT 1"]);
}

#[test]
fn reflecting_through_the_offline_connection_raises_as_alembic_does() {
    // octavia's 3b199c848b96: `alembic upgrade --sql` stops with this error.
    for source in [
        "def upgrade():\n    md = sa.MetaData()\n    sa.Table('t', md, autoload_with=op.get_bind())\n",
        "def upgrade():\n    bind = op.get_bind()\n    insp = sa.inspect(bind)\n",
    ] {
        let (line, _, message) = error(source);
        assert_eq!(line, 3, "{source}");
        assert_eq!(
            message,
            "NoInspectionAvailable: No inspection system is available for object of type <class 'sqlalchemy.engine.mock.MockConnection'>"
        );
    }
}

#[test]
fn a_with_statement_s_context_raises_as_alembic_does() {
    // zuul's 268b2da7a66e: offline, the connection has no savepoints.
    let (line, _, message) = error(
        "def upgrade():\n    with op.get_bind().begin_nested() as nested:\n        op.execute('SELECT 1')\n",
    );
    assert_eq!(line, 2);
    assert_eq!(
        message,
        "AttributeError: 'MockConnection' object has no attribute 'begin_nested'"
    );
}

#[test]
fn the_projects_env_configuration_is_refused_by_name() {
    // invenio's 35c1075e6360 reads its models' metadata from env.py.
    let (line, _, message) =
        error("def upgrade():\n    ctx = op.get_context()\n    md = ctx.opts['target_metadata']\n");
    assert_eq!(line, 3);
    assert!(
        message.contains("`ctx.opts` is the project's env.py configuration"),
        "{message}"
    );
}

#[test]
fn the_deepest_program_fits_a_one_megabyte_stack() {
    // Calls to the depth limit, each inside loops and branches, at the bottom an
    // expression nested almost to the token guard's limit: the wasm stack is 1 MB.
    let deep = format!("{}1{}", "(".repeat(45), ")".repeat(45));
    let source = format!(
        "def f(n):\n    for i in [1]:\n        while True:\n            if n < 22:\n                return f(n + 1)\n            return {deep}\n        \ndef upgrade():\n    f(0)\n"
    );
    let result = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || parse(&source).map(|_| ()).map_err(|e| e.message))
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(result, Ok(()));
}

#[test]
fn changing_a_shared_list_in_place_is_refused() {
    for source in [
        "def add(cols):\n    cols.append('x')\ndef upgrade():\n    cols = []\n    add(cols)\n",
        "def upgrade():\n    a = []\n    b = a\n    b.append(1)\n",
        "def upgrade():\n    rows = [[1]]\n    for row in rows:\n        row.append(2)\n",
        "def upgrade():\n    inner = []\n    outer = [inner]\n    inner += [1]\n",
        "def f(acc=[]):\n    acc.append(1)\ndef upgrade():\n    f()\n",
    ] {
        let (_, _, message) = error(source);
        assert!(message.starts_with("changing `"), "{source}: {message}");
    }
    // A list handed to an op (which runs at once) or only read stays changeable.
    let got = sql(concat!(
        "def upgrade():\n",
        "    cols = ['a']\n",
        "    op.create_index('ix_a', 't', cols)\n",
        "    cols.append('b')\n",
        "    n = len(cols)\n",
        "    cols += ['c']\n",
        "    op.create_index(f'ix_{n}', 't', cols)\n",
    ));
    assert_eq!(
        got,
        vec![
            "CREATE INDEX ix_a ON t (a)",
            "CREATE INDEX ix_2 ON t (a, b, c)"
        ]
    );
}

#[test]
fn core_statements_name_the_other_tables_their_criteria_read() {
    let got = sql(concat!(
        "a = sa.table('a', sa.column('id'), sa.column('x'))\n",
        "b = sa.table('b', sa.column('id'), sa.column('y'))\n",
        "c = sa.table('c', sa.column('id'))\n",
        "def upgrade():\n",
        "    op.execute(a.update().where(a.c.id == b.c.id, c.c.id == b.c.id).values(x=b.c.y))\n",
        "    op.execute(a.delete().where(a.c.id == b.c.id))\n",
        "    op.execute(sa.select(a).where(a.c.id == b.c.id))\n",
        "    op.execute(a.select().where(a.c.id == b.c.id))\n",
    ));
    assert_eq!(
        got,
        vec![
            "UPDATE a SET x=b.y FROM b, c WHERE a.id = b.id AND c.id = b.id",
            "DELETE FROM a USING b WHERE a.id = b.id",
            "SELECT a.id, a.x \nFROM a, b \nWHERE a.id = b.id",
            "SELECT a.id, a.x \nFROM a, b \nWHERE a.id = b.id",
        ]
    );
}

#[test]
fn a_branch_on_a_value_from_outside_the_file_is_refused_not_guessed() {
    let (line, _, message) = error(concat!(
        "from myproject.migration import legacy_version\n",
        "def upgrade():\n",
        "    if legacy_version == 3:\n",
        "        return\n",
        "    op.drop_table('t')\n",
    ));
    assert_eq!(line, 3);
    assert!(
        message.contains("cannot tell whether `legacy_version == 3` is true"),
        "{message}"
    );
    let (line, _, _) =
        error("import os\ndef upgrade():\n    if os.environ:\n        op.drop_table('t')\n");
    assert_eq!(line, 3);
    // Alembic's own context, through the Operations proxy, is PostgreSQL's.
    let got = sql(concat!(
        "def upgrade():\n",
        "    if op._proxy.migration_context.dialect.name == 'postgresql':\n",
        "        op.drop_table('t')\n",
    ));
    assert_eq!(got, vec!["DROP TABLE t"]);
}

#[test]
fn other_dialects_table_options_and_expression_paths_compile_as_on_postgresql() {
    let got = sql(concat!(
        "from sqlalchemy.sql import expression\n",
        "def upgrade():\n",
        "    op.create_table('t', sa.Column('id', sa.Integer, primary_key=True),\n",
        "        sa.Column('on', sa.Boolean, server_default=expression.false()),\n",
        "        sa.Column('off', sa.Boolean, server_default=sa.sql.expression.literal(False)),\n",
        "        mysql_engine='InnoDB', mysql_charset='utf8', sqlite_autoincrement=True)\n",
    ));
    assert_eq!(
        got,
        vec!["CREATE TABLE t (\n    id SERIAL NOT NULL, \n    \"on\" BOOLEAN DEFAULT false, \n    \"off\" BOOLEAN DEFAULT false, \n    PRIMARY KEY (id)\n)"]
    );
}

#[test]
fn the_offline_connection_names_its_dialect_and_foreign_keys_take_use_alter() {
    let got = sql(concat!(
        "def upgrade():\n",
        "    if op.get_bind().engine.name == 'postgresql':\n",
        "        op.create_foreign_key('fk', 'a', 'b', ['x'], ['id'], use_alter=True, ondelete='CASCADE')\n",
    ));
    assert_eq!(
        got,
        vec!["ALTER TABLE a ADD CONSTRAINT fk FOREIGN KEY(x) REFERENCES b (id) ON DELETE CASCADE"]
    );
}

#[test]
fn a_comparison_with_sa_null_is_is_null() {
    let got = sql(concat!(
        "from sqlalchemy import String, null\n",
        "from sqlalchemy.sql import table, column\n",
        "node = table('nodes', column('uuid', String(36)), column('provision_state', String(15)))\n",
        "AVAILABLE = 'available'\n",
        "def upgrade():\n",
        "    op.execute(node.update().where(node.c.provision_state == null()).values(\n",
        "        {'provision_state': op.inline_literal(AVAILABLE)}))\n",
        "    op.execute(node.update().where(node.c.provision_state != null()).values(uuid='x'))\n",
    ));
    assert_eq!(
        got,
        vec![
            "UPDATE nodes SET provision_state='available' WHERE nodes.provision_state IS NULL",
            "UPDATE nodes SET uuid='x' WHERE nodes.provision_state IS NOT NULL",
        ]
    );
}
