/**
 * MAGN, the multi-view attention-guided network of the second paper (spinal multiple myeloma vs
 * metastasis from lung cancer on contrast-enhanced T1 MRI), in SameDiff (ND4J 1.0.0-M2.1).
 *
 * <h2>Pipeline</h2>
 * <ol>
 * <li>{@link org.spinelab.magn.ViewDataset} reads a cohort table; {@link org.spinelab.magn.ViewSlicer}
 * cuts, per view, the crop around the lesion on its largest slice (z-scored intensities).</li>
 * <li>{@link org.spinelab.magn.MagnNetwork}: a ResNet branch per view ({@link org.spinelab.magn.Backbone}),
 * LSE pooling, concatenation, FC + sigmoid; CAM of each branch from its slice of the FC weights;
 * loss L = L_C + 0.5·Σ_v L_S,v (eqs. 1–4).</li>
 * <li>{@link org.spinelab.magn.MagnTrainer}: Adam, lr 1e-3 × 0.9 every 5 epochs, batch 16.</li>
 * <li>{@link org.spinelab.magn.CrossValidation}: stratified patient-level K-fold CV, AUC/ACC/F1,
 * attention energy inside the lesion; {@link org.spinelab.magn.MagnTrainingRun} writes summary.json,
 * the ROC figure and the final model; {@link org.spinelab.magn.MagnPredictionRun} the probabilities
 * and NIfTI maps.</li>
 * </ol>
 *
 * <h2>Readings of the paper where it is not explicit</h2>
 * <ul>
 * <li>Eq. (1) lacks brackets and eq. (2) has a leading minus; implemented as the binary cross-entropy
 * and the (positive) mean square error the text names.</li>
 * <li>The CAM is compared with the mask after per-sample min–max normalisation to [0, 1]; the mask is
 * area-averaged to the CAM grid.</li>
 * <li>Batch normalisation: batch statistics in training, running statistics for inference, set after
 * training from the training data ("precise BN").</li>
 * <li>LSE's r is not given in the paper; default 10 (option {@code --lse-r}).</li>
 * <li>Grad-CAM of this head equals ReLU(CAM) up to a positive factor (see
 * {@link org.spinelab.magn.MagnPredictor}); the test checks this against SameDiff's gradients.</li>
 * </ul>
 *
 * <h2>Files</h2>
 * A model directory holds {@code magn-config.json} and {@code magn-weights.npz} (NumPy NPZ, names and
 * layouts in {@link org.spinelab.magn.WeightsFile}); pretrained backbones use the same format with
 * branch-relative names ({@link org.spinelab.magn.PretrainedWeights}).
 */
package org.spinelab.magn;
