CREATE TABLE sales_daily AS
SELECT d::date AS day, coalesce(sum(s.amount), 0) AS total, count(s.store) AS entries
  FROM generate_series(DATE '2024-03-01', DATE '2024-03-07', INTERVAL '1 day') AS d
  LEFT JOIN sales s ON s.day = d::date
 GROUP BY d
 ORDER BY d;
SELECT day, total, sum(total) OVER (ORDER BY day) AS running, total - lag(total, 1, 0) OVER (ORDER BY day) AS change FROM sales_daily ORDER BY day;
