/**
 * Sweeps and sensitivity designs of kcs-simulation on Apache Spark: {@link pl.kcs.spark.SparkStudy}
 * distributes design points × replication blocks as Spark tasks, each computed by kcs-simulation's
 * engine with its block's seed split, and merges the parts into exactly the result one machine
 * gives for the same seed.
 */
package pl.kcs.spark;
