CREATE TABLE datasets_users (dataset_id integer NOT NULL, user_id integer NOT NULL, inserted_at timestamp NOT NULL, PRIMARY KEY (dataset_id, user_id));
INSERT INTO datasets_users (dataset_id, user_id, inserted_at)
    SELECT dataset_id, user_id, '2024-01-01 00:00' FROM (
        SELECT DISTINCT records.dataset_id AS dataset_id, responses.user_id as user_id
        FROM responses
        JOIN records ON records.id = responses.record_id
    ) AS subquery;
