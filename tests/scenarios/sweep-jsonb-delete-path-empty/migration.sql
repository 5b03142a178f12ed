UPDATE accounts SET doc = doc #- '{a,b}' WHERE flag < 3;
UPDATE accounts SET flag = (('[]'::jsonb #- '{a,b}') -> 'n')::integer WHERE ('{"a": {"b": [true, false]}}'::jsonb - -1) < jsonb_build_array(flag, NULL);
