op.create_table(
    "page_views",
    sa.Column("id", sa.BigInteger(), nullable=False),
    sa.Column("path", sa.Text(), nullable=False),
    sa.Column("duration_ms", sa.SmallInteger(), nullable=True),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_page_views")),
)
op.execute("INSERT INTO page_views (path, duration_ms) VALUES ('/', 120), ('/pricing', 3400), ('/docs', NULL)")
op.execute("INSERT INTO page_views (path, duration_ms) VALUES ('/blog', 40000)")
