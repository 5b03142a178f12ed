SELECT 'a'::varchar(10485761);
