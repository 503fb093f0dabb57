/**
 * Bounds for the arrays a dashboard query returns: far above what a 党委 holds (the large bench set
 * has 200 branches), and below the 10 000 rows one aggregate may answer.
 */
export const MAX_ORGS = 2000
export const MAX_GROUPS = 9000
