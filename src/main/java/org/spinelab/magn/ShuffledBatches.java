package org.spinelab.magn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.dataset.api.MultiDataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.MultiDataSetIterator;

/**
 * Minibatches of the training cases for SameDiff's {@code fit}, reshuffled (seeded) at every
 * epoch. Features: one image array per view; labels: y, then (with attention) one mask per view —
 * the order of {@link MagnTrainer}'s feature and label mappings.
 */
final class ShuffledBatches implements MultiDataSetIterator {

    private final List<MagnCase> cases;
    private final MagnConfig config;
    private final Random random;
    private List<MagnCase> order;
    private int cursor;
    private MultiDataSetPreProcessor pre;

    ShuffledBatches(List<MagnCase> cases, MagnConfig config) {
        this.cases = List.copyOf(cases);
        this.config = config;
        this.random = new Random(config.seed() ^ 0x5DEECE66DL);
        reset();
    }

    @Override
    public MultiDataSet next(int num) {
        int end = Math.min(cursor + num, order.size());
        List<MagnCase> batch = order.subList(cursor, end);
        cursor = end;
        List<View> views = config.views();
        INDArray[] features = new INDArray[views.size()];
        for (int i = 0; i < views.size(); i++) {
            features[i] = Batches.images(batch, views.get(i), config);
        }
        INDArray[] labels = new INDArray[config.attention() ? 1 + views.size() : 1];
        labels[0] = Batches.labels(batch, config);
        if (config.attention()) {
            for (int i = 0; i < views.size(); i++) {
                labels[1 + i] = Batches.masks(batch, views.get(i), config);
            }
        }
        org.nd4j.linalg.dataset.MultiDataSet mds = new org.nd4j.linalg.dataset.MultiDataSet(features, labels);
        if (pre != null) {
            pre.preProcess(mds);
        }
        return mds;
    }

    @Override
    public MultiDataSet next() {
        return next(config.batchSize());
    }

    @Override
    public boolean hasNext() {
        return cursor < order.size();
    }

    @Override
    public void reset() {
        order = new ArrayList<>(cases);
        Collections.shuffle(order, random);
        cursor = 0;
    }

    @Override
    public boolean resetSupported() {
        return true;
    }

    @Override
    public boolean asyncSupported() {
        return false;
    }

    @Override
    public void setPreProcessor(MultiDataSetPreProcessor preProcessor) {
        this.pre = preProcessor;
    }

    @Override
    public MultiDataSetPreProcessor getPreProcessor() {
        return pre;
    }
}
