INSERT INTO flat (v, t) SELECT value, value::text FROM jsonb_array_elements('[1, "two", null, {"z": true}]') e;
INSERT INTO flat (t) SELECT * FROM jsonb_array_elements_text('[1, "two", null, {"z": true}]');
INSERT INTO flat (k, v) SELECT * FROM jsonb_each('{"b": 2, "a": [1], "aa": null}');
INSERT INTO flat (k, t) SELECT key, value FROM jsonb_each_text('{"b": 2, "a": "x", "n": null}');
INSERT INTO flat (k) SELECT * FROM jsonb_object_keys('{"zz": 1, "a": 2}') ORDER BY 1;
