op.alter_column(
    "applications",
    "status",
    existing_type=sa.String(20),
    type_=sa.String(40),
    nullable=True,
    server_default="submitted",
    new_column_name="state",
)
op.execute("INSERT INTO applications (name) VALUES ('Radia Perlman')")
op.execute("INSERT INTO applications (name, state) VALUES ('John Backus', NULL)")
