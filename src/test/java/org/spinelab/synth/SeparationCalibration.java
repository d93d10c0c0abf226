package org.spinelab.synth;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.spinelab.image.Volume;

/**
 * Calibration aid for {@code --separation} (a main class, not a test): generates N patients and writes
 * crude texture features of the reader-1 sagittal mask (intensity CV, mean neighbour difference / SD,
 * lag-2 / lag-1 difference ratio on T1WI, FS-T2WI and CE-T1WI) with the clinical factors to a CSV, which
 * {@code src/test/python/separation_auc.py} turns into cross-validated AUCs (the numbers quoted in
 * {@code sample-data/README.md}). Usage: {@code SeparationCalibration N SEED SEPARATION OUT.csv}.
 */
public final class SeparationCalibration {
    public static void main(String[] a) throws Exception {
        int n = Integer.parseInt(a[0]);
        double sep = Double.parseDouble(a[2]);
        List<PatientSpec> ps = CohortPlan.patients(n, Long.parseLong(a[1]));
        PatientGenerator g = new PatientGenerator(ImageSize.SMALL, sep);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(a[3])))) {
            w.println("label,center,diam,het,irr,ill,rating,vox,t1cv,t1rough,t2cv,t2rough,cecv,cerough,t1rough2,t2rough2,dice");
            for (PatientSpec p : ps) {
                SyntheticPatient sp = g.generate(p);
                Volume m = sp.get("mask_sag_reader1").volume();
                StringBuilder sb = new StringBuilder();
                var c = p.clinical();
                sb.append(p.label()).append(',').append(p.center().ordinal()).append(',').append(c.diameterCm()).append(',')
                  .append(c.heterogeneous()?1:0).append(',').append(c.irregularShape()?1:0).append(',').append(c.illDefinedMargin()?1:0)
                  .append(',').append(c.radiologistRating());
                double[] f1 = feats(sp.get("t1_sag").volume(), m);
                double[] f2 = feats(sp.get("t2fs_sag").volume(), m);
                double[] f3 = feats(sp.get("cet1_sag").volume(), m);
                sb.append(',').append(f1[0]).append(',').append(f1[1]).append(',').append(f1[2]).append(',').append(f2[1]).append(',').append(f2[2])
                  .append(',').append(f3[1]).append(',').append(f3[2]).append(',').append(f1[3]).append(',').append(f2[3]).append(',').append(sp.readerDice());
                w.println(sb);
            }
        }
    }
    static double[] feats(Volume v, Volume m) {
        double s = 0, s2 = 0; int n = 0; double d1 = 0; int n1 = 0; double d2 = 0; int n2 = 0;
        for (int k = 0; k < v.nz(); k++) for (int j = 0; j < v.ny(); j++) for (int i = 0; i < v.nx(); i++) {
            if (m.get(i,j,k) == 0) continue;
            double x = v.get(i,j,k); s += x; s2 += x*x; n++;
            if (i+1 < v.nx() && m.get(i+1,j,k) != 0) { d1 += Math.abs(v.get(i+1,j,k)-x); n1++; }
            if (j+1 < v.ny() && m.get(i,j+1,k) != 0) { d1 += Math.abs(v.get(i,j+1,k)-x); n1++; }
            if (i+2 < v.nx() && m.get(i+2,j,k) != 0) { d2 += Math.abs(v.get(i+2,j,k)-x); n2++; }
        }
        double mean = s/n, sd = Math.sqrt(Math.max(1e-9, s2/n - mean*mean));
        return new double[] {n, sd/mean, n1 > 0 ? d1/n1/sd : 1, n2 > 0 && n1 > 0 ? (d2/n2)/(d1/n1) : 1};
    }
}
