package org.spinelab.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** Starting the Spark session of a spinelab command. */
public final class SparkSessions {

    /** The master when none is given and none was set by spark-submit: every core of this machine. */
    public static final String DEFAULT_MASTER = "local[*]";

    private SparkSessions() {}

    /** {@link #start(String, String, Map)} without further settings. */
    public static SparkSession start(String appName, String master) {
        return start(appName, master, Map.of());
    }

    /**
     * A session named {@code appName} on {@code master}; null means the master spark-submit set
     * ({@code spark.master}), else {@link #DEFAULT_MASTER}. The web UI only off local masters; Spark's
     * own log at WARN, so the command's output stays readable. Column names are case-sensitive: feature
     * names are, and Spark would otherwise refuse two names differing in case only. {@code conf} holds
     * further settings, as spark-submit's {@code --conf}; {@code spark.hadoop.*} ones reach the Hadoop
     * configuration with which image URIs are read.
     */
    public static SparkSession start(String appName, String master, Map<String, String> conf) {
        String m = master != null ? master : System.getProperty("spark.master", DEFAULT_MASTER);
        SparkSession.Builder b = SparkSession.builder()
                .appName(appName)
                .master(m)
                .config("spark.sql.caseSensitive", "true")
                .config("spark.ui.enabled", Boolean.toString(!m.startsWith("local")))
                .config("spark.log.level", "WARN");
        conf.forEach(b::config);
        return b.getOrCreate();
    }
}
