UPDATE t SET tags = regexp_split_to_array(body, ' ', 'g');
