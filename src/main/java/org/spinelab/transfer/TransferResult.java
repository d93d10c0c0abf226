package org.spinelab.transfer;

import org.spinelab.image.LabelVolume;
import org.spinelab.image.Volume;

/**
 * The transferred label on the target grid, optionally the partial-volume probability map on the same
 * grid ({@code null} when not asked for), and statistics.
 */
public record TransferResult(LabelVolume labels, Volume probability, TransferStats stats) {}
