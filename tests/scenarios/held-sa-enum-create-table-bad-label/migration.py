from alembic import op
import sqlalchemy as sa


def upgrade():
    tasks = op.create_table(
        "tasks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("project_id", sa.Integer, sa.ForeignKey("projects.id"), nullable=False),
        sa.Column("title", sa.String(120), nullable=False),
        sa.Column(
            "priority",
            sa.Enum("low", "normal", "high", name="task_priority"),
            nullable=False,
            server_default="normal",
        ),
    )
    op.bulk_insert(
        tasks,
        [
            {"id": 1, "project_id": 1, "title": "landing page", "priority": "high"},
            {"id": 2, "project_id": 2, "title": "push notifications", "priority": "normal"},
            {"id": 3, "project_id": 2, "title": "crash on start", "priority": "urgent"},
        ],
    )
