INSERT INTO leaderboard (player, total)
SELECT player, sum(points) AS total FROM scores GROUP BY player ORDER BY total DESC, player LIMIT 3;
INSERT INTO leaderboard (player, total)
SELECT s.player, s.points FROM scores s WHERE s.played_on > '2024-01-04' ORDER BY s.played_on OFFSET 1;
