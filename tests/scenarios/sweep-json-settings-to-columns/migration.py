from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


def upgrade():
    op.add_column("users", sa.Column("theme", sa.Text(), server_default="light", nullable=False))
    op.add_column("users", sa.Column("email_notify", sa.Boolean(), nullable=True))
    op.execute(
        """
        UPDATE users
        SET theme = coalesce(settings->>'theme', 'light'),
            email_notify = (settings #>> '{notify,email}')::boolean,
            settings = settings - 'theme' #- '{notify,email}'
        """
    )
    op.execute("UPDATE users SET settings = jsonb_set(settings, '{version}', '2'::jsonb, true)")
    op.create_table(
        "user_tags",
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("tag", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("user_id", "tag"),
    )
    op.execute(
        "INSERT INTO user_tags (user_id, tag) "
        "SELECT u.id, t.tag FROM users u CROSS JOIN LATERAL jsonb_array_elements_text(u.settings->'tags') AS t(tag)"
    )
    op.execute("UPDATE users SET settings = settings - 'tags'")
