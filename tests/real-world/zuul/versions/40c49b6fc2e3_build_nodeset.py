# Licensed under the Apache License, Version 2.0 (the "License"); you may
# not use this file except in compliance with the License. You may obtain
# a copy of the License at
#
#      http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
# WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the
# License for the specific language governing permissions and limitations
# under the License.

"""build_nodeset

Revision ID: 40c49b6fc2e3
Revises: 52d49e1bfe22
Create Date: 2021-06-26 11:16:47.714999

"""

# revision identifiers, used by Alembic.
revision = '40c49b6fc2e3'
down_revision = '52d49e1bfe22'
branch_labels = None
depends_on = None

from alembic import op
import sqlalchemy as sa


def upgrade(table_prefix=''):
    op.drop_column(table_prefix + 'zuul_build', 'node_name')
    op.add_column(
        table_prefix + 'zuul_build', sa.Column('nodeset', sa.String(255)))


def downgrade():
    raise Exception("Downgrades not supported")
