-- jsonb_set(..., create_if_missing => false) and #- return an empty container before
-- reading the path, so a non-integer step into an empty array is no error there; a
-- NULL path element is an error only where the walk reaches it (jsonfuncs.c).
UPDATE accounts SET code = code || '!' WHERE jsonb_set('[]'::jsonb, '{k}', to_jsonb(code), false) <@ jsonb_set('[1]'::jsonb, '{0}', to_jsonb(id));
UPDATE accounts SET doc = jsonb_set(doc, '{k}', to_jsonb(code), false) WHERE id = 1;
UPDATE accounts SET doc = doc #- '{k,0}' WHERE id < 3;
UPDATE accounts SET doc = jsonb_set(doc, '{b,NULL}', '1') WHERE id = 3;
UPDATE accounts SET doc = jsonb_set(doc, '{a,NULL}', '1') WHERE id = 3;
