INSERT INTO region_rank SELECT region, sum(amount), rank() OVER (ORDER BY sum(amount) DESC), round(sum(amount) * 1.0 / sum(sum(amount)) OVER (), 3) FROM sales GROUP BY region ORDER BY region;
