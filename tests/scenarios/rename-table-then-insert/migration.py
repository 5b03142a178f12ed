op.rename_table("applications", "job_applications")
op.execute("INSERT INTO job_applications (name, email) VALUES ('Radia Perlman', 'radia@example.com')")
op.execute("INSERT INTO applications (name) VALUES ('Nobody')")
