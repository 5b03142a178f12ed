from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


def upgrade():
    op.add_column("users", sa.Column("settings", postgresql.JSONB(), server_default=sa.text("'{}'::jsonb"), nullable=False))
    op.add_column("users", sa.Column("all_enabled", sa.Boolean(), nullable=True))
    op.add_column("users", sa.Column("setting_list", postgresql.JSONB(), nullable=True))
    op.execute(
        """
        UPDATE users u SET
          settings = coalesce((SELECT jsonb_object_agg(s.key, s.value ORDER BY s.key) FROM user_settings s WHERE s.user_id = u.id), '{}'),
          all_enabled = (SELECT bool_and(s.enabled) FROM user_settings s WHERE s.user_id = u.id),
          setting_list = (SELECT jsonb_agg(jsonb_build_object('k', s.key, 'on', s.enabled) ORDER BY s.key) FROM user_settings s WHERE s.user_id = u.id)
        """
    )
    op.execute("UPDATE users SET settings = jsonb_strip_nulls(settings)")
    op.drop_table("user_settings")
