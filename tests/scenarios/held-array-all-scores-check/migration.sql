SELECT student FROM quiz_results WHERE 5 <= ALL (scores) ORDER BY student;
SELECT student, scores[1] AS first, scores[array_upper(scores, 1)] AS last FROM quiz_results ORDER BY id;
ALTER TABLE quiz_results ADD COLUMN best integer;
UPDATE quiz_results SET best = (SELECT max(s) FROM unnest(scores) AS s);
ALTER TABLE quiz_results ADD CONSTRAINT scores_in_range CHECK (0 <= ALL (scores) AND 10 >= ALL (scores));
UPDATE quiz_results SET scores = array_append(scores, 11) WHERE student = 'bob';
