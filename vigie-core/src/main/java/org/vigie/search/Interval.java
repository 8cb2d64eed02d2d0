package org.vigie.search;

/** The width of a date histogram's buckets. Weeks start on Monday; all buckets are in UTC. */
public enum Interval {
  DAY,
  WEEK,
  MONTH,
  YEAR
}
