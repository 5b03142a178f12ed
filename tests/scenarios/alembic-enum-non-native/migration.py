op.create_table(
    "jobs",
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("state", sa.Enum("queued", "running", "finished", name="job_state", native_enum=False, create_constraint=True), nullable=False),
)
op.execute("INSERT INTO jobs (id, state) VALUES (1, 'queued')")
op.execute("INSERT INTO jobs (id, state) VALUES (2, 'paused')")
