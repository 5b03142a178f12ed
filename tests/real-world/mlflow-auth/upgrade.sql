BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 8606fa83a998

CREATE TABLE users (
    id SERIAL NOT NULL, 
    username VARCHAR(255), 
    password_hash VARCHAR(255), 
    is_admin BOOLEAN, 
    PRIMARY KEY (id), 
    UNIQUE (username)
);

CREATE TABLE experiment_permissions (
    id SERIAL NOT NULL, 
    experiment_id VARCHAR(255) NOT NULL, 
    user_id INTEGER NOT NULL, 
    permission VARCHAR(255), 
    PRIMARY KEY (id), 
    CONSTRAINT fk_user_id FOREIGN KEY(user_id) REFERENCES users (id), 
    CONSTRAINT unique_experiment_user UNIQUE (experiment_id, user_id)
);

CREATE TABLE registered_model_permissions (
    id SERIAL NOT NULL, 
    name VARCHAR(255) NOT NULL, 
    user_id INTEGER NOT NULL, 
    permission VARCHAR(255), 
    PRIMARY KEY (id), 
    CONSTRAINT fk_user_id FOREIGN KEY(user_id) REFERENCES users (id), 
    CONSTRAINT unique_name_user UNIQUE (name, user_id)
);

INSERT INTO alembic_version (version_num) VALUES ('8606fa83a998') RETURNING alembic_version.version_num;

-- Running upgrade 8606fa83a998 -> 0965eb92f5f0

CREATE TABLE scorer_permissions (
    id SERIAL NOT NULL, 
    experiment_id VARCHAR(255) NOT NULL, 
    scorer_name VARCHAR(256) NOT NULL, 
    user_id INTEGER NOT NULL, 
    permission VARCHAR(255), 
    PRIMARY KEY (id), 
    CONSTRAINT fk_scorer_perm_user_id FOREIGN KEY(user_id) REFERENCES users (id), 
    CONSTRAINT unique_scorer_user UNIQUE (experiment_id, scorer_name, user_id)
);

UPDATE alembic_version SET version_num='0965eb92f5f0' WHERE alembic_version.version_num = '8606fa83a998';

-- Running upgrade 0965eb92f5f0 -> a1b2c3d4e5f6

CREATE TABLE gateway_secret_permissions (
    id SERIAL NOT NULL, 
    secret_id VARCHAR(255) NOT NULL, 
    user_id INTEGER NOT NULL, 
    permission VARCHAR(255), 
    PRIMARY KEY (id), 
    CONSTRAINT fk_gateway_secret_perm_user_id FOREIGN KEY(user_id) REFERENCES users (id), 
    CONSTRAINT unique_secret_user UNIQUE (secret_id, user_id)
);

CREATE TABLE gateway_endpoint_permissions (
    id SERIAL NOT NULL, 
    endpoint_id VARCHAR(255) NOT NULL, 
    user_id INTEGER NOT NULL, 
    permission VARCHAR(255), 
    PRIMARY KEY (id), 
    CONSTRAINT fk_gateway_endpoint_perm_user_id FOREIGN KEY(user_id) REFERENCES users (id), 
    CONSTRAINT unique_endpoint_user UNIQUE (endpoint_id, user_id)
);

CREATE TABLE gateway_model_definition_permissions (
    id SERIAL NOT NULL, 
    model_definition_id VARCHAR(255) NOT NULL, 
    user_id INTEGER NOT NULL, 
    permission VARCHAR(255), 
    PRIMARY KEY (id), 
    CONSTRAINT fk_gateway_model_def_perm_user_id FOREIGN KEY(user_id) REFERENCES users (id), 
    CONSTRAINT unique_model_def_user UNIQUE (model_definition_id, user_id)
);

UPDATE alembic_version SET version_num='a1b2c3d4e5f6' WHERE alembic_version.version_num = '0965eb92f5f0';

COMMIT;

