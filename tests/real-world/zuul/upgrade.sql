BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 4d3ebd7f06b9

CREATE TABLE zuul_buildset (
    id SERIAL NOT NULL, 
    zuul_ref VARCHAR(255), 
    pipeline VARCHAR(255), 
    project VARCHAR(255), 
    change INTEGER, 
    patchset INTEGER, 
    ref VARCHAR(255), 
    score INTEGER, 
    message TEXT, 
    PRIMARY KEY (id)
);

CREATE TABLE zuul_build (
    id SERIAL NOT NULL, 
    buildset_id INTEGER, 
    uuid VARCHAR(36), 
    job_name VARCHAR(255), 
    result VARCHAR(255), 
    start_time TIMESTAMP WITHOUT TIME ZONE, 
    end_time TIMESTAMP WITHOUT TIME ZONE, 
    voting BOOLEAN, 
    log_url VARCHAR(255), 
    node_name VARCHAR(255), 
    PRIMARY KEY (id), 
    FOREIGN KEY(buildset_id) REFERENCES zuul_buildset (id)
);

INSERT INTO alembic_version (version_num) VALUES ('4d3ebd7f06b9') RETURNING alembic_version.version_num;

-- Running upgrade 4d3ebd7f06b9 -> 1dd914d4a482

ALTER TABLE zuul_buildset ALTER COLUMN score DROP NOT NULL;

UPDATE alembic_version SET version_num='1dd914d4a482' WHERE alembic_version.version_num = '4d3ebd7f06b9';

-- Running upgrade 1dd914d4a482 -> 20126015a87d

CREATE INDEX project_pipeline_idx ON zuul_buildset (project, pipeline);

CREATE INDEX project_change_idx ON zuul_buildset (project, change);

CREATE INDEX change_idx ON zuul_buildset (change);

CREATE INDEX job_name_buildset_id_idx ON zuul_build (job_name, buildset_id);

UPDATE alembic_version SET version_num='20126015a87d' WHERE alembic_version.version_num = '1dd914d4a482';

-- Running upgrade 20126015a87d -> f86c9871ee67

ALTER TABLE zuul_buildset ADD COLUMN tenant VARCHAR(255);

UPDATE alembic_version SET version_num='f86c9871ee67' WHERE alembic_version.version_num = '20126015a87d';

-- Running upgrade f86c9871ee67 -> 60c119eb1e3f

ALTER TABLE zuul_buildset ADD COLUMN result VARCHAR(255);

UPDATE zuul_buildset
             SET result=(
                 SELECT CASE score
                    WHEN 1 THEN 'SUCCESS'
                    ELSE 'FAILURE' END);

ALTER TABLE zuul_buildset DROP COLUMN score;

UPDATE alembic_version SET version_num='60c119eb1e3f' WHERE alembic_version.version_num = 'f86c9871ee67';

-- Running upgrade 60c119eb1e3f -> 5efb477fa963

ALTER TABLE zuul_buildset ADD COLUMN ref_url VARCHAR(255);

UPDATE alembic_version SET version_num='5efb477fa963' WHERE alembic_version.version_num = '60c119eb1e3f';

-- Running upgrade 5efb477fa963 -> ba4cdce9b18c

ALTER TABLE zuul_buildset ADD COLUMN oldrev VARCHAR(255);

ALTER TABLE zuul_buildset ADD COLUMN newrev VARCHAR(255);

UPDATE alembic_version SET version_num='ba4cdce9b18c' WHERE alembic_version.version_num = '5efb477fa963';

-- Running upgrade ba4cdce9b18c -> cfc0dc45f341

ALTER TABLE zuul_buildset ALTER COLUMN patchset DROP NOT NULL;

UPDATE alembic_version SET version_num='cfc0dc45f341' WHERE alembic_version.version_num = 'ba4cdce9b18c';

-- Running upgrade cfc0dc45f341 -> 19d3a3ebfe1d

ALTER TABLE zuul_buildset ALTER COLUMN patchset TYPE VARCHAR(255);

UPDATE alembic_version SET version_num='19d3a3ebfe1d' WHERE alembic_version.version_num = 'cfc0dc45f341';

-- Running upgrade 19d3a3ebfe1d -> defa75d297bf

ALTER TABLE zuul_buildset ADD COLUMN branch VARCHAR(255);

UPDATE alembic_version SET version_num='defa75d297bf' WHERE alembic_version.version_num = '19d3a3ebfe1d';

-- Running upgrade defa75d297bf -> f181b33958c6

UPDATE alembic_version SET version_num='f181b33958c6' WHERE alembic_version.version_num = 'defa75d297bf';

-- Running upgrade f181b33958c6 -> ea2bae776723

CREATE TABLE zuul_artifact (
    id SERIAL NOT NULL, 
    build_id INTEGER, 
    name VARCHAR(255), 
    url TEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(build_id) REFERENCES zuul_build (id)
);

UPDATE alembic_version SET version_num='ea2bae776723' WHERE alembic_version.version_num = 'f181b33958c6';

-- Running upgrade ea2bae776723 -> 649ce63b5fe5

ALTER TABLE zuul_buildset ADD COLUMN uuid VARCHAR(36);

UPDATE alembic_version SET version_num='649ce63b5fe5' WHERE alembic_version.version_num = 'ea2bae776723';

-- Running upgrade 649ce63b5fe5 -> 39d302d34d38

CREATE TABLE zuul_provides (
    id SERIAL NOT NULL, 
    build_id INTEGER, 
    name VARCHAR(255), 
    PRIMARY KEY (id), 
    FOREIGN KEY(build_id) REFERENCES zuul_build (id)
);

UPDATE alembic_version SET version_num='39d302d34d38' WHERE alembic_version.version_num = '649ce63b5fe5';

-- Running upgrade 39d302d34d38 -> c18b1277dfb5

ALTER TABLE zuul_artifact ADD COLUMN metadata TEXT;

UPDATE alembic_version SET version_num='c18b1277dfb5' WHERE alembic_version.version_num = '39d302d34d38';

-- Running upgrade c18b1277dfb5 -> e0eda5d09eae

CREATE INDEX uuid_buildset_id_idx ON zuul_build (uuid, buildset_id);

CREATE INDEX uuid_idx ON zuul_buildset (uuid);

UPDATE alembic_version SET version_num='e0eda5d09eae' WHERE alembic_version.version_num = 'c18b1277dfb5';

-- Running upgrade e0eda5d09eae -> 5f183546b39c

ALTER TABLE zuul_buildset ADD COLUMN event_id VARCHAR(255);

UPDATE alembic_version SET version_num='5f183546b39c' WHERE alembic_version.version_num = 'e0eda5d09eae';

-- Running upgrade 5f183546b39c -> 16c1dc9054d0

ALTER TABLE zuul_build ADD COLUMN error_detail TEXT;

UPDATE alembic_version SET version_num='16c1dc9054d0' WHERE alembic_version.version_num = '5f183546b39c';

-- Running upgrade 16c1dc9054d0 -> 269691d2220e

ALTER TABLE zuul_build ADD COLUMN final BOOLEAN;

UPDATE zuul_build SET final=true;

UPDATE alembic_version SET version_num='269691d2220e' WHERE alembic_version.version_num = '16c1dc9054d0';

-- Running upgrade 269691d2220e -> 32e28a297c3e

ALTER TABLE zuul_build ADD COLUMN held BOOLEAN;

UPDATE alembic_version SET version_num='32e28a297c3e' WHERE alembic_version.version_num = '269691d2220e';

-- Running upgrade 32e28a297c3e -> 52d49e1bfe22

UPDATE zuul_build SET log_url=NULL WHERE log_url=job_name;

UPDATE alembic_version SET version_num='52d49e1bfe22' WHERE alembic_version.version_num = '32e28a297c3e';

-- Running upgrade 52d49e1bfe22 -> 40c49b6fc2e3

ALTER TABLE zuul_build DROP COLUMN node_name;

ALTER TABLE zuul_build ADD COLUMN nodeset VARCHAR(255);

UPDATE alembic_version SET version_num='40c49b6fc2e3' WHERE alembic_version.version_num = '52d49e1bfe22';

-- Running upgrade 40c49b6fc2e3 -> eca077de5e1b

ALTER TABLE zuul_buildset ADD COLUMN event_timestamp TIMESTAMP WITHOUT TIME ZONE;

UPDATE alembic_version SET version_num='eca077de5e1b' WHERE alembic_version.version_num = '40c49b6fc2e3';

-- Running upgrade eca077de5e1b -> c57e9e76b812

ALTER TABLE zuul_buildset ADD COLUMN first_build_start_time TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE zuul_buildset ADD COLUMN last_build_end_time TIMESTAMP WITHOUT TIME ZONE;

UPDATE alembic_version SET version_num='c57e9e76b812' WHERE alembic_version.version_num = 'eca077de5e1b';

-- Running upgrade c57e9e76b812 -> 4647def24b32

UPDATE zuul_buildset SET result='MERGE_CONFLICT' WHERE zuul_buildset.result = 'MERGER_FAILURE';

UPDATE alembic_version SET version_num='4647def24b32' WHERE alembic_version.version_num = 'c57e9e76b812';

-- Running upgrade 4647def24b32 -> c7467b642498

ALTER TABLE zuul_buildset ADD COLUMN updated TIMESTAMP WITHOUT TIME ZONE;

UPDATE zuul_buildset
              SET updated=greatest(
                coalesce(first_build_start_time, '1970-01-01 00:00:00'),
                coalesce(last_build_end_time, '1970-01-01 00:00:00'),
                coalesce(event_timestamp, '1970-01-01 00:00:00'));

UPDATE alembic_version SET version_num='c7467b642498' WHERE alembic_version.version_num = '4647def24b32';

-- Running upgrade c7467b642498 -> 0ed5def089e2

CREATE TABLE zuul_build_event (
    id SERIAL NOT NULL, 
    build_id INTEGER, 
    event_time TIMESTAMP WITHOUT TIME ZONE, 
    event_type VARCHAR(255), 
    description TEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(build_id) REFERENCES zuul_build (id)
);

UPDATE alembic_version SET version_num='0ed5def089e2' WHERE alembic_version.version_num = 'c7467b642498';

-- Running upgrade 0ed5def089e2 -> 151893067f91

CREATE INDEX artifact_build_id_idx ON zuul_artifact (build_id);

CREATE INDEX provides_build_id_idx ON zuul_provides (build_id);

CREATE INDEX build_event_build_id_idx ON zuul_build_event (build_id);

CREATE INDEX build_buildset_id_idx ON zuul_build (buildset_id);

UPDATE alembic_version SET version_num='151893067f91' WHERE alembic_version.version_num = '0ed5def089e2';

-- Running upgrade 151893067f91 -> f7843ddf1552

CREATE TABLE zuul_buildset_new (
    id SERIAL NOT NULL, 
    pipeline VARCHAR(255), 
    message TEXT, 
    tenant VARCHAR(255), 
    result VARCHAR(255), 
    uuid VARCHAR(36), 
    event_id VARCHAR(255), 
    event_timestamp TIMESTAMP WITHOUT TIME ZONE, 
    first_build_start_time TIMESTAMP WITHOUT TIME ZONE, 
    last_build_end_time TIMESTAMP WITHOUT TIME ZONE, 
    updated TIMESTAMP WITHOUT TIME ZONE, 
    project VARCHAR(255) NOT NULL, 
    ref VARCHAR(255) NOT NULL, 
    ref_url VARCHAR(255) NOT NULL, 
    change INTEGER NOT NULL, 
    patchset VARCHAR(40) NOT NULL, 
    oldrev VARCHAR(40) NOT NULL, 
    newrev VARCHAR(40) NOT NULL, 
    branch VARCHAR(255) NOT NULL, 
    PRIMARY KEY (id)
);

insert into zuul_buildset_new
            select bs.id, bs.pipeline, bs.message,
                bs.tenant, bs.result, bs.uuid, bs.event_id, bs.event_timestamp,
                bs.first_build_start_time, bs.last_build_end_time, bs.updated,
                bs.project, coalesce(bs.ref, ''), coalesce(ref_url, ''),
                coalesce(bs.change, 0), coalesce(bs.patchset, ''),
                coalesce(bs.oldrev, ''), coalesce(bs.newrev, ''),
                coalesce(branch, '')
            from zuul_buildset bs;

CREATE TABLE zuul_ref (
    id SERIAL NOT NULL, 
    project VARCHAR(255) NOT NULL, 
    ref VARCHAR(255) NOT NULL, 
    ref_url VARCHAR(255) NOT NULL, 
    change INTEGER NOT NULL, 
    patchset VARCHAR(40) NOT NULL, 
    oldrev VARCHAR(40) NOT NULL, 
    newrev VARCHAR(40) NOT NULL, 
    branch VARCHAR(255) NOT NULL, 
    PRIMARY KEY (id)
);

insert into zuul_ref
            (project, change, patchset,
             ref, ref_url, oldrev, newrev, branch)
        select
            bs.project, bs.change, bs.patchset,
            bs.ref, min(ref_url), bs.oldrev, bs.newrev, min(branch)
        from zuul_buildset_new bs
        group by
            bs.project, bs.change, bs.patchset,
            bs.ref, bs.oldrev, bs.newrev;

ALTER TABLE zuul_ref ADD CONSTRAINT zuul_ref_unique UNIQUE (project, ref, change, patchset, oldrev, newrev);

CREATE INDEX zuul_ref_project_change_idx ON zuul_ref (project, change);

CREATE INDEX zuul_ref_change_idx ON zuul_ref (change);

CREATE TABLE zuul_buildset_ref (
    buildset_id INTEGER NOT NULL, 
    ref_id INTEGER NOT NULL, 
    PRIMARY KEY (buildset_id, ref_id)
);

insert into zuul_buildset_ref
        select zuul_buildset_new.id, zuul_ref.id
        from zuul_buildset_new left join zuul_ref
        on zuul_buildset_new.project = zuul_ref.project
        and zuul_buildset_new.ref = zuul_ref.ref
        and zuul_buildset_new.change = zuul_ref.change
        and zuul_buildset_new.patchset = zuul_ref.patchset
        and zuul_buildset_new.oldrev = zuul_ref.oldrev
        and zuul_buildset_new.newrev = zuul_ref.newrev;

select setval(
                 'zuul_buildset_new_id_seq',
                 COALESCE((SELECT MAX(id)+1 FROM zuul_buildset_new), 1),
                 false);

CREATE INDEX zuul_buildset_ref_buildset_id_idx ON zuul_buildset_ref (buildset_id);

CREATE INDEX zuul_buildset_ref_ref_id_idx ON zuul_buildset_ref (ref_id);

alter table zuul_buildset_ref
        add constraint zuul_buildset_ref_buildset_id_fkey
            foreign key(buildset_id)
            references zuul_buildset_new (id),
        add constraint zuul_buildset_ref_ref_id_fkey
            foreign key(ref_id)
            references zuul_ref (id);

CREATE TABLE zuul_build_new (
    id SERIAL NOT NULL, 
    buildset_id INTEGER, 
    uuid VARCHAR(36), 
    job_name VARCHAR(255), 
    result VARCHAR(255), 
    start_time TIMESTAMP WITHOUT TIME ZONE, 
    end_time TIMESTAMP WITHOUT TIME ZONE, 
    voting BOOLEAN, 
    log_url VARCHAR(255), 
    error_detail TEXT, 
    final BOOLEAN, 
    held BOOLEAN, 
    nodeset VARCHAR(255), 
    ref_id INTEGER, 
    PRIMARY KEY (id)
);

insert into zuul_build_new
            select
                zuul_build.id,
                zuul_build.buildset_id,
                zuul_build.uuid,
                zuul_build.job_name,
                zuul_build.result,
                zuul_build.start_time,
                zuul_build.end_time,
                zuul_build.voting,
                zuul_build.log_url,
                zuul_build.error_detail,
                zuul_build.final,
                zuul_build.held,
                zuul_build.nodeset,
                zuul_buildset_ref.ref_id
            from zuul_build left join zuul_buildset_ref
              on zuul_build.buildset_id =
                 zuul_buildset_ref.buildset_id;

select setval(
                 'zuul_build_new_id_seq',
                 COALESCE((SELECT MAX(id)+1 FROM zuul_build_new), 1),
                 false);

CREATE INDEX zuul_build_new_buildset_id_idx ON zuul_build_new (buildset_id);

CREATE INDEX zuul_build_new_ref_id_idx ON zuul_build_new (ref_id);

alter table zuul_build_new
        add constraint zuul_build_new_buildset_id_fkey
            foreign key(buildset_id)
            references zuul_buildset_new (id),
        add constraint zuul_build_new_ref_id_fkey
            foreign key(ref_id)
            references zuul_ref (id);

ALTER TABLE zuul_artifact DROP CONSTRAINT zuul_artifact_build_id_fkey;

ALTER TABLE zuul_build_event DROP CONSTRAINT zuul_build_event_build_id_fkey;

ALTER TABLE zuul_provides DROP CONSTRAINT zuul_provides_build_id_fkey;

DROP TABLE zuul_build;

ALTER TABLE zuul_build_new RENAME TO zuul_build;

alter sequence zuul_build_new_id_seq
            rename to zuul_build_id_seq;;

alter index zuul_build_new_pkey
            rename to zuul_build_pkey;

CREATE INDEX zuul_build_job_name_buildset_id_idx ON zuul_build (job_name, buildset_id);

CREATE INDEX zuul_build_uuid_buildset_id_idx ON zuul_build (uuid, buildset_id);

alter index zuul_build_new_buildset_id_idx
            rename to zuul_build_buildset_id_idx;

alter index zuul_build_new_ref_id_idx
            rename to zuul_build_ref_id_idx;

alter table zuul_build
        drop constraint zuul_build_new_buildset_id_fkey,
        drop constraint zuul_build_new_ref_id_fkey,
        add constraint zuul_build_buildset_id_fkey
            foreign key(buildset_id)
            references zuul_buildset_new (id),
        add constraint zuul_build_ref_id_fkey
            foreign key(ref_id)
            references zuul_ref (id);

ALTER TABLE zuul_artifact ADD CONSTRAINT zuul_artifact_build_id_fkey FOREIGN KEY(build_id) REFERENCES zuul_build (id);

ALTER TABLE zuul_build_event ADD CONSTRAINT zuul_build_event_build_id_fkey FOREIGN KEY(build_id) REFERENCES zuul_build (id);

ALTER TABLE zuul_provides ADD CONSTRAINT zuul_provides_build_id_fkey FOREIGN KEY(build_id) REFERENCES zuul_build (id);

alter index artifact_build_id_idx
            rename to zuul_artifact_build_id_idx;

alter index build_event_build_id_idx
            rename to zuul_build_event_build_id_idx;

alter index provides_build_id_idx
            rename to zuul_provides_build_id_idx;

DROP TABLE zuul_buildset;

ALTER TABLE zuul_buildset_new RENAME TO zuul_buildset;

alter sequence zuul_buildset_new_id_seq
            rename to zuul_buildset_id_seq;;

alter index zuul_buildset_new_pkey
            rename to zuul_buildset_pkey;

alter table zuul_buildset
        drop column project,
        drop column change,
        drop column patchset,
        drop column ref,
        drop column ref_url,
        drop column oldrev,
        drop column newrev,
        drop column branch;

CREATE INDEX zuul_buildset_uuid_idx ON zuul_buildset (uuid);

UPDATE alembic_version SET version_num='f7843ddf1552' WHERE alembic_version.version_num = '151893067f91';

-- Running upgrade f7843ddf1552 -> d0a269345a22

update zuul_ref
        set branch=substring(ref from 12)
        where branch='' and ref like 'refs/heads/%';

UPDATE alembic_version SET version_num='d0a269345a22' WHERE alembic_version.version_num = 'f7843ddf1552';

-- Running upgrade d0a269345a22 -> 3c1488fb137e

CREATE INDEX zuul_ref_project_idx ON zuul_ref (project);

CREATE INDEX zuul_ref_ref_idx ON zuul_ref (ref);

CREATE INDEX zuul_ref_branch_idx ON zuul_ref (branch);

CREATE INDEX zuul_ref_patchset_idx ON zuul_ref (patchset);

CREATE INDEX zuul_ref_oldrev_idx ON zuul_ref (oldrev);

CREATE INDEX zuul_ref_newrev_idx ON zuul_ref (newrev);

DROP INDEX zuul_ref_project_change_idx;

UPDATE alembic_version SET version_num='3c1488fb137e' WHERE alembic_version.version_num = 'd0a269345a22';

-- Running upgrade 3c1488fb137e -> ac1dad8c9434

CREATE INDEX zuul_build_end_time_idx ON zuul_build (end_time);

CREATE INDEX zuul_buildset_tenant_idx ON zuul_buildset (tenant);

UPDATE alembic_version SET version_num='ac1dad8c9434' WHERE alembic_version.version_num = '3c1488fb137e';

-- Running upgrade ac1dad8c9434 -> 6c1582c1d08c

CREATE TABLE zuul_buildset_event (
    id SERIAL NOT NULL, 
    buildset_id INTEGER, 
    event_time TIMESTAMP WITHOUT TIME ZONE, 
    event_type VARCHAR(255), 
    description TEXT, 
    PRIMARY KEY (id), 
    CONSTRAINT zuul_buildset_event_buildset_id_fkey FOREIGN KEY(buildset_id) REFERENCES zuul_buildset (id)
);

CREATE INDEX zuul_buildset_event_buildset_id_idx ON zuul_buildset_event (buildset_id);

UPDATE alembic_version SET version_num='6c1582c1d08c' WHERE alembic_version.version_num = 'ac1dad8c9434';

-- Running upgrade 6c1582c1d08c -> ce1459953a12

CREATE TABLE zuul_system_event (
    id SERIAL NOT NULL, 
    tenant VARCHAR(255), 
    event_id VARCHAR(255), 
    event_time TIMESTAMP WITHOUT TIME ZONE, 
    event_type VARCHAR(255), 
    description TEXT, 
    PRIMARY KEY (id)
);

CREATE INDEX zuul_system_event_tenant_idx ON zuul_system_event (tenant);

CREATE INDEX zuul_system_event_event_id_idx ON zuul_system_event (event_id);

CREATE INDEX zuul_system_event_event_time_idx ON zuul_system_event (event_time);

CREATE INDEX zuul_system_event_event_type_idx ON zuul_system_event (event_type);

UPDATE alembic_version SET version_num='ce1459953a12' WHERE alembic_version.version_num = '6c1582c1d08c';

-- Running upgrade ce1459953a12 -> 8e35d000c786

ALTER TABLE zuul_buildset ADD COLUMN queue_item_uuid VARCHAR(36);

CREATE INDEX zuul_buildset_queue_item_uuid_idx ON zuul_buildset (queue_item_uuid);

UPDATE alembic_version SET version_num='8e35d000c786' WHERE alembic_version.version_num = 'ce1459953a12';

-- Running upgrade 8e35d000c786 -> 21d30f0bffef

ALTER TABLE zuul_build ADD COLUMN execute_time TIMESTAMP WITHOUT TIME ZONE;

UPDATE alembic_version SET version_num='21d30f0bffef' WHERE alembic_version.version_num = '8e35d000c786';

-- Running upgrade 21d30f0bffef -> 268b2da7a66e

