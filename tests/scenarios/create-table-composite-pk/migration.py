op.create_table(
    "enrollments",
    sa.Column("student_id", sa.Integer(), nullable=False),
    sa.Column("course_code", sa.String(10), nullable=False),
    sa.Column("grade", sa.String(2), nullable=True),
    sa.ForeignKeyConstraint(["student_id"], ["students.id"], name="fk_enrollments_student"),
    sa.ForeignKeyConstraint(["course_code"], ["courses.code"], name="fk_enrollments_course", ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("student_id", "course_code", name="pk_enrollments"),
)
op.execute("INSERT INTO enrollments VALUES (1, 'CS101', 'A'), (1, 'MA201', NULL), (2, 'CS101', 'B')")
op.execute("INSERT INTO enrollments VALUES (1, 'CS101', 'C')")
