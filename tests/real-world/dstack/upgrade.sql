BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> a060e2440936

CREATE TABLE projects (
    id UUID NOT NULL, 
    name VARCHAR(50) NOT NULL, 
    ssh_private_key TEXT NOT NULL, 
    ssh_public_key TEXT NOT NULL, 
    CONSTRAINT pk_projects PRIMARY KEY (id), 
    CONSTRAINT uq_projects_name UNIQUE (name)
);

CREATE TYPE globalrole AS ENUM ('ADMIN', 'USER');

CREATE TABLE users (
    id UUID NOT NULL, 
    name VARCHAR(50) NOT NULL, 
    token VARCHAR(200) NOT NULL, 
    global_role globalrole NOT NULL, 
    CONSTRAINT pk_users PRIMARY KEY (id), 
    CONSTRAINT uq_users_name UNIQUE (name), 
    CONSTRAINT uq_users_token UNIQUE (token)
);

CREATE TYPE backendtype AS ENUM ('AWS', 'AZURE', 'GCP', 'LAMBDA');

CREATE TABLE backends (
    id UUID NOT NULL, 
    project_id UUID NOT NULL, 
    type backendtype NOT NULL, 
    config VARCHAR(2000) NOT NULL, 
    auth VARCHAR(2000) NOT NULL, 
    CONSTRAINT pk_backends PRIMARY KEY (id), 
    CONSTRAINT fk_backends_project_id_projects FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE CASCADE
);

CREATE TYPE projectrole AS ENUM ('ADMIN', 'USER');

CREATE TABLE members (
    id UUID NOT NULL, 
    project_id UUID NOT NULL, 
    user_id UUID NOT NULL, 
    project_role projectrole NOT NULL, 
    CONSTRAINT pk_members PRIMARY KEY (id), 
    CONSTRAINT fk_members_project_id_projects FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE CASCADE, 
    CONSTRAINT fk_members_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TYPE repotype AS ENUM ('REMOTE', 'LOCAL');

CREATE TABLE repos (
    id UUID NOT NULL, 
    project_id UUID NOT NULL, 
    name VARCHAR(100) NOT NULL, 
    type repotype NOT NULL, 
    info VARCHAR(2000) NOT NULL, 
    creds VARCHAR(2000), 
    CONSTRAINT pk_repos PRIMARY KEY (id), 
    CONSTRAINT fk_repos_project_id_projects FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE CASCADE, 
    CONSTRAINT uq_repos_project_id_name UNIQUE (project_id, name)
);

CREATE TYPE jobstatus AS ENUM ('PENDING', 'SUBMITTED', 'PROVISIONING', 'RUNNING', 'TERMINATING', 'TERMINATED', 'ABORTED', 'FAILED', 'DONE');

CREATE TABLE runs (
    id UUID NOT NULL, 
    project_id UUID NOT NULL, 
    repo_id UUID NOT NULL, 
    user_id UUID NOT NULL, 
    submitted_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    run_name VARCHAR(100) NOT NULL, 
    status jobstatus NOT NULL, 
    run_spec VARCHAR(4000) NOT NULL, 
    CONSTRAINT pk_runs PRIMARY KEY (id), 
    CONSTRAINT fk_runs_project_id_projects FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE CASCADE, 
    CONSTRAINT fk_runs_repo_id_repos FOREIGN KEY(repo_id) REFERENCES repos (id) ON DELETE CASCADE, 
    CONSTRAINT fk_runs_user_id_users FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TYPE joberrorcode AS ENUM ('NO_INSTANCE_MATCHING_REQUIREMENTS', 'FAILED_TO_START_DUE_TO_NO_CAPACITY', 'INTERRUPTED_BY_NO_CAPACITY', 'INSTANCE_TERMINATED', 'CONTAINER_EXITED_WITH_ERROR', 'PORTS_BINDING_FAILED');

CREATE TABLE jobs (
    id UUID NOT NULL, 
    project_id UUID NOT NULL, 
    run_id UUID NOT NULL, 
    run_name VARCHAR(100) NOT NULL, 
    job_num INTEGER NOT NULL, 
    job_name VARCHAR(100) NOT NULL, 
    submission_num INTEGER NOT NULL, 
    submitted_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    last_processed_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    status jobstatus NOT NULL, 
    error_code joberrorcode, 
    job_spec_data VARCHAR(4000) NOT NULL, 
    job_provisioning_data VARCHAR(4000), 
    CONSTRAINT pk_jobs PRIMARY KEY (id), 
    CONSTRAINT fk_jobs_project_id_projects FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE CASCADE, 
    CONSTRAINT fk_jobs_run_id_runs FOREIGN KEY(run_id) REFERENCES runs (id) ON DELETE CASCADE
);

INSERT INTO alembic_version (version_num) VALUES ('a060e2440936') RETURNING alembic_version.version_num;

-- Running upgrade a060e2440936 -> bfba43f6def2

ALTER TABLE jobs ADD COLUMN runner_timestamp INTEGER;

UPDATE alembic_version SET version_num='bfba43f6def2' WHERE alembic_version.version_num = 'a060e2440936';

-- Running upgrade bfba43f6def2 -> 252d3743b641

CREATE TABLE codes (
    id UUID NOT NULL, 
    repo_id UUID NOT NULL, 
    blob_hash VARCHAR(4000) NOT NULL, 
    blob BYTEA NOT NULL, 
    CONSTRAINT pk_codes PRIMARY KEY (id), 
    CONSTRAINT fk_codes_repo_id_repos FOREIGN KEY(repo_id) REFERENCES repos (id) ON DELETE CASCADE, 
    CONSTRAINT uq_codes_blob_hash UNIQUE (blob_hash)
);

UPDATE alembic_version SET version_num='252d3743b641' WHERE alembic_version.version_num = 'bfba43f6def2';

-- Running upgrade 252d3743b641 -> fe72c4de8376

CREATE TABLE gateways (
    id UUID NOT NULL, 
    name VARCHAR(100) NOT NULL, 
    ip_address VARCHAR(100) NOT NULL, 
    instance_id VARCHAR(100) NOT NULL, 
    region VARCHAR(100) NOT NULL, 
    wildcard_domain VARCHAR(100), 
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    project_id UUID NOT NULL, 
    backend_id UUID NOT NULL, 
    CONSTRAINT pk_gateways PRIMARY KEY (id), 
    CONSTRAINT fk_gateways_backend_id_backends FOREIGN KEY(backend_id) REFERENCES backends (id) ON DELETE CASCADE, 
    CONSTRAINT fk_gateways_project_id_projects FOREIGN KEY(project_id) REFERENCES projects (id) ON DELETE CASCADE, 
    CONSTRAINT uq_gateways_project_id_name UNIQUE (project_id, name)
);

ALTER TABLE projects ADD COLUMN default_gateway_id UUID;

ALTER TABLE projects ADD CONSTRAINT fk_projects_default_gateway_id_gateways FOREIGN KEY(default_gateway_id) REFERENCES gateways (id) ON DELETE SET NULL;

UPDATE alembic_version SET version_num='fe72c4de8376' WHERE alembic_version.version_num = '252d3743b641';

-- Running upgrade fe72c4de8376 -> d0bb68e48b9f

ALTER TABLE backends ALTER COLUMN type TYPE backendtype;

ALTER TABLE projects ADD COLUMN owner_id UUID;

ALTER TABLE projects ADD CONSTRAINT fk_projects_owner_id_users FOREIGN KEY(owner_id) REFERENCES users (id) ON DELETE SET NULL;

ALTER TABLE repos ALTER COLUMN type TYPE repotype;

ALTER TABLE users ADD COLUMN projects_quota INTEGER;

UPDATE projects SET owner_id = (SELECT id FROM users WHERE name = 'admin') WHERE owner_id IS NULL;

UPDATE users SET projects_quota = 3 WHERE projects_quota IS NULL;

UPDATE alembic_version SET version_num='d0bb68e48b9f' WHERE alembic_version.version_num = 'fe72c4de8376';

-- Running upgrade d0bb68e48b9f -> 112753bc17dd

ALTER TABLE projects ALTER COLUMN owner_id SET NOT NULL;

ALTER TABLE projects DROP CONSTRAINT fk_projects_owner_id_users;

ALTER TABLE projects ADD CONSTRAINT fk_projects_owner_id_users FOREIGN KEY(owner_id) REFERENCES users (id) ON DELETE CASCADE;

ALTER TABLE users ALTER COLUMN projects_quota SET NOT NULL;

UPDATE alembic_version SET version_num='112753bc17dd' WHERE alembic_version.version_num = 'd0bb68e48b9f';

COMMIT;

