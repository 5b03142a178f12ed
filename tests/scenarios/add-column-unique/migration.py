op.add_column("applications", sa.Column("badge_code", sa.String(20), unique=True, nullable=True))
op.execute("UPDATE applications SET badge_code = 'B-' || id WHERE email IS NOT NULL")
op.execute("INSERT INTO applications (name, badge_code) VALUES ('Hedy Lamarr', 'B-1')")
