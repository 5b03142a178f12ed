#    Licensed under the Apache License, Version 2.0 (the "License"); you may
#    not use this file except in compliance with the License. You may obtain
#    a copy of the License at
#
#         http://www.apache.org/licenses/LICENSE-2.0
#
#    Unless required by applicable law or agreed to in writing, software
#    distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
#    WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the
#    License for the specific language governing permissions and limitations
#    under the License.

"""port-name

Revision ID: c0455649680c
Revises: cf1a80fdb352
Create Date: 2020-11-27 20:12:24.752897

"""

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c0455649680c'
down_revision = 'cf1a80fdb352'


def upgrade():
    op.add_column('ports', sa.Column('name', sa.String(length=255),
                                     nullable=True))
    op.create_unique_constraint('uniq_ports0name', 'ports', ['name'])
