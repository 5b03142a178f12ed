# store views in thousandths (milli-views) from now on
op.execute("UPDATE page_stats SET views = views * 1000")
