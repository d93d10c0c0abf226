package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.app.event.StatusEvent;
import org.scijava.event.EventHandler;
import org.scijava.event.EventService;

/** The Progress → StatusService adapter: the events Fiji's status bar shows. */
class StatusProgressTest {

    final List<StatusEvent> events = new CopyOnWriteArrayList<>();

    @EventHandler
    void onStatus(StatusEvent e) {
        events.add(e);
    }

    @Test
    void updatesAndMessagesBecomeStatusEvents() throws Exception {
        try (Context context = new Context(StatusService.class, EventService.class)) {
            context.service(EventService.class).subscribe(this);
            StatusProgress p = new StatusProgress(context.service(StatusService.class), "Extract Features");
            p.update("case", 3, 40);
            p.message("reading P007");
            p.message("warning: empty ROI in P008");
            p.update("voxels", 3_000_000_000L, 6_000_000_000L);
            long t0 = System.currentTimeMillis();
            while (events.size() < 4 && System.currentTimeMillis() - t0 < 5000) {
                Thread.sleep(10);
            }
            assertEquals(4, events.size(), events.toString());
            assertEquals(3, events.get(0).getProgressValue());
            assertEquals(40, events.get(0).getProgressMaximum());
            assertEquals("Extract Features: case (3/40)", events.get(0).getStatusMessage());
            assertEquals("Extract Features: reading P007", events.get(1).getStatusMessage());
            assertTrue(events.get(2).isWarning());
            // longs beyond int range are scaled, keeping the fraction
            assertEquals(0.5, (double) events.get(3).getProgressValue() / events.get(3).getProgressMaximum(), 1e-6);
        }
    }
}
