# SPDX-FileCopyrightText: 2016-2018 CERN.
# SPDX-License-Identifier: MIT

"""Create accounts branch."""

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "843bc79c426f"
down_revision = None
branch_labels = ("invenio_accounts",)
depends_on = "dbdbc1b19cf2"


def upgrade():
    """Upgrade database."""


def downgrade():
    """Downgrade database."""
