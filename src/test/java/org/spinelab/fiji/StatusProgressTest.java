package org.spinelab.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    StatusEvent find(String message) {
        return events.stream().filter(e -> message.equals(e.getStatusMessage())).findFirst()
                .orElseThrow(() -> new AssertionError("no status '" + message + "' in " + events));
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
            // StatusService publishes asynchronously: events may arrive in any order
            StatusEvent update = find("Extract Features: case (3/40)");
            assertEquals(3, update.getProgressValue());
            assertEquals(40, update.getProgressMaximum());
            assertFalse(find("Extract Features: reading P007").isWarning());
            assertTrue(find("Extract Features: warning: empty ROI in P008").isWarning());
            // longs beyond int range are scaled, keeping the fraction
            StatusEvent big = find("Extract Features: voxels (3000000000/6000000000)");
            assertEquals(0.5, (double) big.getProgressValue() / big.getProgressMaximum(), 1e-6);
        }
    }
}
