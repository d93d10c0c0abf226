package org.spinelab.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.spinelab.nomogram.Nomogram;
import org.spinelab.nomogram.PrettyTicks;
import org.spinelab.util.AtomicOutput;

/**
 * Draws a {@link Nomogram} as in the paper's Fig. 2a (the rms::nomogram layout) with Java2D, headless:
 * rows "Points" (0–100), one axis per predictor with its tick labels placed at their points, "Total
 * Points", the linear predictor and the outcome probability. Optionally one patient is marked: a red
 * dot on each predictor axis, a dashed drop line to the Points scale with the points read off, and
 * the total and probability marked on the bottom axes (Fig. 5e of the paper). A value beyond the end
 * of its axis (a new patient's rad-score outside the training range) is marked at that end with an
 * open circle, its real points written beside it.
 */
public final class NomogramFigure {

    // Layout (package-private: the tests find the patient's marks by it).
    static final int WIDTH = 1300;
    static final int LEFT = 300;
    static final int RIGHT = 70;
    static final int ROW = 78;
    static final int TOP = 60;
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Color PATIENT = new Color(215, 30, 30);
    private static final double[] PROBABILITY_TICKS = {0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99};

    private NomogramFigure() {}

    /**
     * @param labels  optional display names for predictors and discrete levels: key "name" → axis
     *                title, key "name=value" → the level's label (e.g. "hetero=1" → "Yes"); may be empty
     * @param patient a case read off the nomogram to mark, or null
     */
    public static BufferedImage render(Nomogram nom, Map<String, String> labels, Nomogram.Score patient) {
        int rows = nom.predictors().size() + 4;
        int height = TOP + (rows - 1) * ROW + (patient != null ? 90 : 45);
        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        double width = WIDTH - LEFT - RIGHT;
        double[] totalTicks = PrettyTicks.of(0, nom.maxTotalPoints(), 10);
        double totalMax = totalTicks[totalTicks.length - 1];
        double pointsPerPixel = 100.0 / width;

        int y = TOP;
        double[] pointTicks = new double[11];
        for (int k = 0; k <= 10; k++) {
            pointTicks[k] = 10 * k;
        }
        rowLabel(g, "Points", y);
        axis(g, y, pointTicks, pointTicks, p -> LEFT + p / pointsPerPixel, 5);
        int pointsRowY = y;
        y += ROW;

        List<double[]> patientMarks = new ArrayList<>();
        for (Nomogram.Axis a : nom.predictors()) {
            rowLabel(g, labels.getOrDefault(a.name(), a.name()), y);
            String[] tickLabels = new String[a.ticks().length];
            for (int k = 0; k < tickLabels.length; k++) {
                String key = a.name() + "=" + format(a.ticks()[k]);
                tickLabels[k] = labels.getOrDefault(key, format(a.ticks()[k]));
            }
            axisWithLabels(g, y, a.points(), tickLabels, p -> LEFT + p / pointsPerPixel);
            if (patient != null) {
                double pts = patient.points().get(a.name());
                double shown = clamp(pts, java.util.Arrays.stream(a.points()).min().orElse(0),
                        java.util.Arrays.stream(a.points()).max().orElse(0));
                patientMarks.add(new double[] {LEFT + shown / pointsPerPixel, y, pts, shown != pts ? 1 : 0});
            }
            y += ROW;
        }

        rowLabel(g, "Total Points", y);
        axis(g, y, totalTicks, totalTicks, t -> LEFT + t / totalMax * width, 0);
        int totalRowY = y;
        y += ROW;

        rowLabel(g, "Linear Predictor", y);
        double lpLo = nom.linearPredictor(0);
        double lpHi = nom.linearPredictor(totalMax);
        List<Double> lpTicks = new ArrayList<>();
        for (double v : PrettyTicks.of(lpLo, lpHi, 8)) {
            if (v >= lpLo - 1e-9 && v <= lpHi + 1e-9) {
                lpTicks.add(v);
            }
        }
        double[] lpPos = lpTicks.stream().mapToDouble(v -> (v - nom.lpAtZero()) * nom.scale()).toArray();
        double[] lpVal = lpTicks.stream().mapToDouble(Double::doubleValue).toArray();
        axis(g, y, lpPos, lpVal, t -> LEFT + t / totalMax * width, 0);
        y += ROW;

        rowLabel(g, nom.outcome(), y);
        List<Double> probPos = new ArrayList<>();
        List<Double> probVal = new ArrayList<>();
        double lastX = Double.NEGATIVE_INFINITY;
        for (double pr : PROBABILITY_TICKS) {
            double t = nom.totalPointsFor(pr);
            double x = LEFT + t / totalMax * width;
            if (t >= 0 && t <= totalMax && x - lastX >= 38) {
                probPos.add(t);
                probVal.add(pr);
                lastX = x;
            }
        }
        axis(g, y, probPos.stream().mapToDouble(Double::doubleValue).toArray(),
                probVal.stream().mapToDouble(Double::doubleValue).toArray(), t -> LEFT + t / totalMax * width, 0);
        int probRowY = y;

        if (patient != null) {
            double shownTotal = clamp(patient.total(), 0, totalMax);
            drawPatient(g, patient, patientMarks, pointsRowY, totalRowY, probRowY, LEFT + shownTotal / totalMax * width,
                    shownTotal != patient.total());
            g.setFont(TICK);
            g.setColor(PATIENT);
            g.drawString(String.format(Locale.ROOT, "Marked case: total %.1f points, linear predictor %.3f, probability %.3f",
                    patient.total(), patient.linearPredictor(), patient.probability()), LEFT, probRowY + 65);
        }
        g.dispose();
        return img;
    }

    public static void write(Nomogram nom, Map<String, String> labels, Nomogram.Score patient, Path png) throws IOException {
        BufferedImage img = render(nom, labels, patient);
        AtomicOutput.write(png, out -> {
            if (!ImageIO.write(img, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    private interface Scale {
        double x(double v);
    }

    private static void rowLabel(Graphics2D g, String text, int y) {
        g.setFont(LABEL);
        g.setColor(Color.BLACK);
        g.drawString(text, 20, y + 6);
    }

    /** A horizontal axis with ticks at {@code positions} labelled with {@code values}; optional minor ticks. */
    private static void axis(Graphics2D g, int y, double[] positions, double[] values, Scale s, double minorStep) {
        String[] labels = new String[values.length];
        for (int k = 0; k < values.length; k++) {
            labels[k] = format(values[k]);
        }
        axisWithLabels(g, y, positions, labels, s);
        if (minorStep > 0 && positions.length > 1) {
            g.setStroke(new BasicStroke(1.2f));
            for (double v = positions[0]; v <= positions[positions.length - 1] + 1e-9; v += minorStep) {
                double x = s.x(v);
                g.draw(new Line2D.Double(x, y, x, y - 5));
            }
        }
    }

    private static void axisWithLabels(Graphics2D g, int y, double[] positions, String[] labels, Scale s) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.6f));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double p : positions) {
            lo = Math.min(lo, s.x(p));
            hi = Math.max(hi, s.x(p));
        }
        if (positions.length == 0) {
            return;
        }
        g.draw(new Line2D.Double(lo, y, hi, y));
        g.setFont(TICK);
        FontMetrics fm = g.getFontMetrics();
        // Labels that would overlap their neighbour go below the line; if that is taken too, the tick
        // stays unlabelled (a predictor with a short points range has more ticks than room).
        double lastAbove = Double.NEGATIVE_INFINITY;
        double lastBelow = Double.NEGATIVE_INFINITY;
        Integer[] order = new Integer[positions.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(s.x(positions[a]), s.x(positions[b])));
        for (int k : order) {
            double x = s.x(positions[k]);
            g.draw(new Line2D.Double(x, y, x, y - 10));
            int w = fm.stringWidth(labels[k]);
            if (x - w / 2.0 > lastAbove + 6) {
                g.drawString(labels[k], (float) (x - w / 2.0), y - 14);
                lastAbove = x + w / 2.0;
            } else if (x - w / 2.0 > lastBelow + 6) {
                g.drawString(labels[k], (float) (x - w / 2.0), y + 20);
                lastBelow = x + w / 2.0;
            }
        }
    }

    /**
     * @param marks per predictor {x, y, points, 1 if beyond its axis}
     */
    private static void drawPatient(Graphics2D g, Nomogram.Score patient, List<double[]> marks, int pointsRowY,
            int totalRowY, int probRowY, double totalX, boolean totalOffAxis) {
        g.setColor(PATIENT);
        BasicStroke dash = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        for (double[] m : marks) {
            g.setStroke(dash);
            g.draw(new Line2D.Double(m[0], m[1], m[0], pointsRowY));
            dot(g, m[0], m[1], m[3] != 0);
            // below the axis, where the tick labels are not
            label(g, String.format(Locale.ROOT, "%.1f pts", m[2]) + (m[3] != 0 ? " (beyond the axis)" : ""), m[0], m[1] + 36);
        }
        g.setStroke(dash);
        g.draw(new Line2D.Double(totalX, totalRowY, totalX, probRowY));
        dot(g, totalX, totalRowY, totalOffAxis);
        dot(g, totalX, probRowY, totalOffAxis);
        String beyond = totalOffAxis ? " (beyond the axis)" : "";
        label(g, String.format(Locale.ROOT, "%.1f", patient.total()) + beyond, totalX, totalRowY + 36);
        label(g, String.format(Locale.ROOT, "%.3f", patient.probability()) + beyond, totalX, probRowY + 36);
    }

    /** A filled dot on the value, or an open circle at the end of an axis the value lies beyond. */
    private static void dot(Graphics2D g, double x, double y, boolean offAxis) {
        Ellipse2D.Double d = new Ellipse2D.Double(x - 6, y - 6, 12, 12);
        if (offAxis) {
            g.setStroke(new BasicStroke(2.2f));
            g.draw(d);
        } else {
            g.fill(d);
        }
    }

    /** A mark's label right of it, or left of it where it would leave the figure. */
    private static void label(Graphics2D g, String text, double x, double y) {
        int w = g.getFontMetrics().stringWidth(text);
        double at = x + 8 + w > WIDTH - 4 ? x - 8 - w : x + 8;
        g.drawString(text, (float) at, (float) y);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** Short decimal text: up to 4 significant digits, no trailing zeros. */
    static String format(double v) {
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros();
        String s = d.abs().compareTo(new BigDecimal("1e-4")) < 0 || d.abs().compareTo(new BigDecimal("1e7")) >= 0
                ? d.toString() : d.toPlainString();
        return s;
    }
}
