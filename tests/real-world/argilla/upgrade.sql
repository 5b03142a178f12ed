BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 74694870197c

CREATE TABLE users (
    id UUID NOT NULL, 
    first_name VARCHAR NOT NULL, 
    last_name VARCHAR, 
    username VARCHAR NOT NULL, 
    role VARCHAR NOT NULL, 
    api_key TEXT NOT NULL, 
    password_hash TEXT NOT NULL, 
    inserted_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_users_username ON users (username);

CREATE INDEX ix_users_role ON users (role);

CREATE UNIQUE INDEX ix_users_api_key ON users (api_key);

INSERT INTO alembic_version (version_num) VALUES ('74694870197c') RETURNING alembic_version.version_num;

-- Running upgrade 74694870197c -> 82a5a88a3fa5

CREATE TABLE workspaces (
    id UUID NOT NULL, 
    name VARCHAR NOT NULL, 
    inserted_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_workspaces_name ON workspaces (name);

UPDATE alembic_version SET version_num='82a5a88a3fa5' WHERE alembic_version.version_num = '74694870197c';

-- Running upgrade 82a5a88a3fa5 -> 1769ee58fbb4

CREATE TABLE workspaces_users (
    id UUID NOT NULL, 
    workspace_id UUID NOT NULL, 
    user_id UUID NOT NULL, 
    inserted_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT workspace_id_user_id_uq UNIQUE (workspace_id, user_id), 
    FOREIGN KEY(workspace_id) REFERENCES workspaces (id) ON DELETE CASCADE, 
    FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX ix_workspaces_users_workspace_id ON workspaces_users (workspace_id);

CREATE INDEX ix_workspaces_users_user_id ON workspaces_users (user_id);

UPDATE alembic_version SET version_num='1769ee58fbb4' WHERE alembic_version.version_num = '82a5a88a3fa5';

-- Running upgrade 1769ee58fbb4 -> b9099dc08489

CREATE TABLE datasets (
    id UUID NOT NULL, 
    name VARCHAR NOT NULL, 
    guidelines TEXT, 
    status VARCHAR NOT NULL, 
    workspace_id UUID NOT NULL, 
    inserted_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT dataset_name_workspace_id_uq UNIQUE (name, workspace_id), 
    FOREIGN KEY(workspace_id) REFERENCES workspaces (id) ON DELETE CASCADE
);

CREATE INDEX ix_datasets_name ON datasets (name);

CREATE INDEX ix_datasets_status ON datasets (status);

CREATE INDEX ix_datasets_workspace_id ON datasets (workspace_id);

UPDATE alembic_version SET version_num='b9099dc08489' WHERE alembic_version.version_num = '1769ee58fbb4';

-- Running upgrade b9099dc08489 -> 3a8e2f9b5dea

CREATE TABLE questions (
    id UUID NOT NULL, 
    name VARCHAR NOT NULL, 
    title TEXT NOT NULL, 
    description TEXT, 
    required BOOLEAN DEFAULT false NOT NULL, 
    settings JSON NOT NULL, 
    dataset_id UUID NOT NULL, 
    inserted_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT question_name_dataset_id_uq UNIQUE (name, dataset_id), 
    FOREIGN KEY(dataset_id) REFERENCES datasets (id) ON DELETE CASCADE
);

CREATE INDEX ix_questions_name ON questions (name);

CREATE INDEX ix_questions_dataset_id ON questions (dataset_id);

UPDATE alembic_version SET version_num='3a8e2f9b5dea' WHERE alembic_version.version_num = 'b9099dc08489';

-- Running upgrade 3a8e2f9b5dea -> 8be56284dac0

CREATE TABLE records (
    id UUID NOT NULL, 
    fields JSON NOT NULL, 
    external_id VARCHAR, 
    dataset_id UUID NOT NULL, 
    inserted_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT record_external_id_dataset_id_uq UNIQUE (external_id, dataset_id), 
    FOREIGN KEY(dataset_id) REFERENCES datasets (id) ON DELETE CASCADE
);

CREATE INDEX ix_records_external_id ON records (external_id);

CREATE INDEX ix_records_dataset_id ON records (dataset_id);

UPDATE alembic_version SET version_num='8be56284dac0' WHERE alembic_version.version_num = '3a8e2f9b5dea';

-- Running upgrade 8be56284dac0 -> e402e9d9245e

CREATE TABLE responses (
    id UUID NOT NULL, 
    values JSON, 
    status VARCHAR NOT NULL, 
    record_id UUID NOT NULL, 
    user_id UUID, 
    inserted_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT response_record_id_user_id_uq UNIQUE (record_id, user_id), 
    FOREIGN KEY(record_id) REFERENCES records (id) ON DELETE CASCADE, 
    FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE SET NULL
);

CREATE INDEX ix_responses_status ON responses (status);

CREATE INDEX ix_responses_record_id ON responses (record_id);

CREATE INDEX ix_responses_user_id ON responses (user_id);

UPDATE alembic_version SET version_num='e402e9d9245e' WHERE alembic_version.version_num = '8be56284dac0';

-- Running upgrade e402e9d9245e -> ae5522b4c674

CREATE TABLE fields (
    id UUID NOT NULL, 
    name VARCHAR NOT NULL, 
    title TEXT NOT NULL, 
    required BOOLEAN DEFAULT false NOT NULL, 
    settings JSON NOT NULL, 
    dataset_id UUID NOT NULL, 
    inserted_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT field_name_dataset_id_uq UNIQUE (name, dataset_id), 
    FOREIGN KEY(dataset_id) REFERENCES datasets (id) ON DELETE CASCADE
);

CREATE INDEX ix_fields_name ON fields (name);

CREATE INDEX ix_fields_dataset_id ON fields (dataset_id);

UPDATE alembic_version SET version_num='ae5522b4c674' WHERE alembic_version.version_num = 'e402e9d9245e';

-- Running upgrade ae5522b4c674 -> 3ff6484f8b37

ALTER TABLE records ADD COLUMN metadata JSON;

UPDATE alembic_version SET version_num='3ff6484f8b37' WHERE alembic_version.version_num = 'ae5522b4c674';

-- Running upgrade 3ff6484f8b37 -> 8c574ada5e5f

CREATE TYPE response_status_enum AS ENUM ('draft', 'submitted', 'discarded');

ALTER TABLE responses ALTER COLUMN status TYPE response_status_enum USING status::response_status_enum;

CREATE TYPE dataset_status_enum AS ENUM ('draft', 'ready');

ALTER TABLE datasets ALTER COLUMN status TYPE dataset_status_enum USING status::dataset_status_enum;

CREATE TYPE user_role_enum AS ENUM ('owner', 'admin', 'annotator');

ALTER TABLE users ALTER COLUMN role TYPE user_role_enum USING role::user_role_enum;

UPDATE alembic_version SET version_num='8c574ada5e5f' WHERE alembic_version.version_num = '3ff6484f8b37';

-- Running upgrade 8c574ada5e5f -> 3fc3c0839959

CREATE TYPE suggestion_type_enum AS ENUM ();

CREATE TABLE suggestions (
    id UUID NOT NULL, 
    value JSON NOT NULL, 
    score FLOAT, 
    agent VARCHAR, 
    type suggestion_type_enum, 
    record_id UUID NOT NULL, 
    question_id UUID NOT NULL, 
    inserted_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(question_id) REFERENCES questions (id) ON DELETE CASCADE, 
    FOREIGN KEY(record_id) REFERENCES records (id) ON DELETE CASCADE, 
    CONSTRAINT suggestion_record_id_question_id_uq UNIQUE (record_id, question_id)
);

CREATE INDEX ix_suggestions_question_id ON suggestions (question_id);

CREATE INDEX ix_suggestions_record_id ON suggestions (record_id);

CREATE INDEX ix_suggestions_type ON suggestions (type);

UPDATE alembic_version SET version_num='3fc3c0839959' WHERE alembic_version.version_num = '8c574ada5e5f';

-- Running upgrade 3fc3c0839959 -> 1e629a913727

ALTER TYPE suggestion_type_enum ADD VALUE IF NOT EXISTS 'model';;

ALTER TYPE suggestion_type_enum ADD VALUE IF NOT EXISTS 'human';;

UPDATE alembic_version SET version_num='1e629a913727' WHERE alembic_version.version_num = '3fc3c0839959';

-- Running upgrade 1e629a913727 -> 7cbcccf8b57a

CREATE TABLE metadata_properties (
    id UUID NOT NULL, 
    name VARCHAR NOT NULL, 
    title TEXT NOT NULL, 
    settings JSON NOT NULL, 
    allowed_roles JSON DEFAULT '[]' NOT NULL, 
    dataset_id UUID NOT NULL, 
    inserted_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(dataset_id) REFERENCES datasets (id) ON DELETE CASCADE, 
    CONSTRAINT metadata_property_name_dataset_id_uq UNIQUE (name, dataset_id)
);

CREATE INDEX ix_metadata_properties_dataset_id ON metadata_properties (dataset_id);

CREATE INDEX ix_metadata_properties_name ON metadata_properties (name);

UPDATE alembic_version SET version_num='7cbcccf8b57a' WHERE alembic_version.version_num = '1e629a913727';

-- Running upgrade 7cbcccf8b57a -> b8458008b60e

ALTER TABLE datasets ADD COLUMN allow_extra_metadata BOOLEAN DEFAULT true NOT NULL;

UPDATE alembic_version SET version_num='b8458008b60e' WHERE alembic_version.version_num = '7cbcccf8b57a';

-- Running upgrade b8458008b60e -> 84f6b9ff6076

ALTER TABLE datasets ADD COLUMN last_activity_at TIMESTAMP WITHOUT TIME ZONE;

UPDATE datasets SET last_activity_at = updated_at;

ALTER TABLE datasets ALTER COLUMN last_activity_at SET NOT NULL;

UPDATE alembic_version SET version_num='84f6b9ff6076' WHERE alembic_version.version_num = 'b8458008b60e';

-- Running upgrade 84f6b9ff6076 -> 7850ab5b42d9

CREATE TABLE vectors_settings (
    name VARCHAR NOT NULL, 
    title TEXT NOT NULL, 
    dimensions INTEGER NOT NULL, 
    dataset_id UUID NOT NULL, 
    id UUID NOT NULL, 
    inserted_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(dataset_id) REFERENCES datasets (id) ON DELETE CASCADE, 
    CONSTRAINT vector_settings_name_dataset_id_uq UNIQUE (name, dataset_id)
);

CREATE INDEX ix_vectors_settings_dataset_id ON vectors_settings (dataset_id);

CREATE INDEX ix_vectors_settings_name ON vectors_settings (name);

UPDATE alembic_version SET version_num='7850ab5b42d9' WHERE alembic_version.version_num = '84f6b9ff6076';

-- Running upgrade 7850ab5b42d9 -> bda6fe24314e

CREATE TABLE vectors (
    value JSON NOT NULL, 
    record_id UUID NOT NULL, 
    vector_settings_id UUID NOT NULL, 
    id UUID NOT NULL, 
    inserted_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(record_id) REFERENCES records (id) ON DELETE CASCADE, 
    FOREIGN KEY(vector_settings_id) REFERENCES vectors_settings (id) ON DELETE CASCADE, 
    CONSTRAINT vector_record_id_vector_settings_id_uq UNIQUE (record_id, vector_settings_id)
);

CREATE INDEX ix_vectors_record_id ON vectors (record_id);

CREATE INDEX ix_vectors_vector_settings_id ON vectors (vector_settings_id);

UPDATE alembic_version SET version_num='bda6fe24314e' WHERE alembic_version.version_num = '7850ab5b42d9';

-- Running upgrade bda6fe24314e -> ca7293c38970

ALTER TABLE suggestions ALTER COLUMN score TYPE JSON USING to_json(score);

UPDATE suggestions SET score = NULL WHERE json_typeof(value) = 'array';

UPDATE alembic_version SET version_num='ca7293c38970' WHERE alembic_version.version_num = 'bda6fe24314e';

-- Running upgrade ca7293c38970 -> d00f819ccc67

DELETE FROM responses WHERE user_id IS NULL;

ALTER TABLE responses ALTER COLUMN user_id SET NOT NULL;

ALTER TABLE responses DROP CONSTRAINT responses_user_id_fkey;

ALTER TABLE responses ADD CONSTRAINT responses_user_id_fkey FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE;

UPDATE alembic_version SET version_num='d00f819ccc67' WHERE alembic_version.version_num = 'ca7293c38970';

-- Running upgrade d00f819ccc67 -> 45a12f74448b

ALTER TABLE datasets ADD COLUMN distribution JSON;

UPDATE datasets SET distribution = '{"strategy": "overlap", "min_submitted": 1}';

ALTER TABLE datasets ALTER COLUMN distribution SET NOT NULL;

UPDATE alembic_version SET version_num='45a12f74448b' WHERE alembic_version.version_num = 'd00f819ccc67';

-- Running upgrade 45a12f74448b -> 237f7c674d74

CREATE TYPE record_status_enum AS ENUM ('pending', 'completed');

ALTER TABLE records ADD COLUMN status record_status_enum DEFAULT 'pending' NOT NULL;

CREATE INDEX ix_records_status ON records (status);

UPDATE records
        SET status = 'completed'
        WHERE id IN (
            SELECT DISTINCT record_id
            FROM responses
            WHERE status = 'submitted'
        );;

UPDATE alembic_version SET version_num='237f7c674d74' WHERE alembic_version.version_num = '45a12f74448b';

-- Running upgrade 237f7c674d74 -> 660d6c6b3360

ALTER TABLE datasets ADD COLUMN metadata JSON;

UPDATE alembic_version SET version_num='660d6c6b3360' WHERE alembic_version.version_num = '237f7c674d74';

-- Running upgrade 660d6c6b3360 -> 6ed1b8bf8e08

CREATE TABLE webhooks (
    id UUID NOT NULL, 
    url TEXT NOT NULL, 
    secret TEXT NOT NULL, 
    events JSON NOT NULL, 
    enabled BOOLEAN DEFAULT true NOT NULL, 
    description TEXT, 
    inserted_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='6ed1b8bf8e08' WHERE alembic_version.version_num = '660d6c6b3360';

-- Running upgrade 6ed1b8bf8e08 -> 580a6553186f

CREATE TABLE datasets_users (
    dataset_id UUID NOT NULL, 
    user_id UUID NOT NULL, 
    inserted_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    PRIMARY KEY (dataset_id, user_id), 
    FOREIGN KEY(dataset_id) REFERENCES datasets (id) ON DELETE CASCADE, 
    FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX ix_datasets_users_dataset_id ON datasets_users (dataset_id);

CREATE INDEX ix_datasets_users_user_id ON datasets_users (user_id);

INSERT INTO datasets_users (dataset_id, user_id, inserted_at, updated_at)
        SELECT dataset_id, user_id, NOW(), NOW() FROM (
            SELECT DISTINCT records.dataset_id AS dataset_id, responses.user_id as user_id
            FROM responses
            JOIN records ON records.id = responses.record_id
        ) AS subquery;

UPDATE alembic_version SET version_num='580a6553186f' WHERE alembic_version.version_num = '6ed1b8bf8e08';

COMMIT;

