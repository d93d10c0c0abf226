package org.spinelab.radiomics.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration on its way to the executors ({@link Configuration} is a Hadoop
 * {@code Writable}, not {@link Serializable}). Executors have no public API for the configuration Spark
 * builds from {@code spark.hadoop.*} and {@code HADOOP_CONF_DIR}, so the driver's
 * {@code hadoopConfiguration()} is shipped with the task, as Spark's own Hadoop readers do.
 */
final class HadoopConf implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private transient Configuration value;

    HadoopConf(Configuration value) {
        this.value = value;
    }

    Configuration get() {
        return value;
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        value.write(out);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        // false: only the shipped properties, not this JVM's own *-site.xml files on top of them
        value = new Configuration(false);
        value.readFields(in);
    }
}
