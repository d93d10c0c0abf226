package org.spinelab.synth;

import java.nio.file.Path;
import java.util.List;

/** Aid (a main class, not a test): preview montages of N patients, {@code PreviewTool N SEED small|full DIR}. */
public final class PreviewTool {
    public static void main(String[] a) throws Exception {
        int n = Integer.parseInt(a[0]);
        ImageSize size = ImageSize.parse(a[2]);
        List<PatientSpec> ps = CohortPlan.patients(n, Long.parseLong(a[1]));
        PatientGenerator g = new PatientGenerator(size, 1.0);
        long t0 = System.nanoTime();
        for (PatientSpec p : ps) {
            SyntheticPatient sp = g.generate(p);
            PreviewMontage.write(sp, Path.of(a[3], p.id() + ".png"));
            System.out.println(p + " dice=" + sp.readerDice() + " ell=" + sp.phantom().texture().lengthMm());
        }
        System.out.println("s/patient " + (System.nanoTime() - t0) / 1e9 / n);
    }
}
