INSERT INTO flat SELECT * FROM jsonb_array_elements('{"a": 1}');
