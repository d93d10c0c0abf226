package org.spinelab.spark;

import org.apache.spark.sql.SparkSession;

/** Starting the Spark session of a spinelab command. */
public final class SparkSessions {

    /** The master when none is given and none was set by spark-submit: every core of this machine. */
    public static final String DEFAULT_MASTER = "local[*]";

    private SparkSessions() {}

    /**
     * A session named {@code appName} on {@code master}; null means the master spark-submit set
     * ({@code spark.master}), else {@link #DEFAULT_MASTER}. The web UI only off local masters; Spark's
     * own log at WARN, so the command's output stays readable.
     */
    public static SparkSession start(String appName, String master) {
        String m = master != null ? master : System.getProperty("spark.master", DEFAULT_MASTER);
        return SparkSession.builder()
                .appName(appName)
                .master(m)
                .config("spark.ui.enabled", Boolean.toString(!m.startsWith("local")))
                .config("spark.log.level", "WARN")
                .getOrCreate();
    }
}
