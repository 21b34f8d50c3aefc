package org.opdl.schema.testing;

import java.util.List;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Checks, once every test of the JVM has run, that the canary server was never reached. JUnit
 * only logs what a listener throws, so a hit ends the test JVM with status 3 instead: Maven then
 * reports the fork as failed and the build stops, with the hits printed just before.
 */
public final class NoNetworkListener implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (!Canary.started()) {
            return;
        }
        List<String> hits = Canary.get().hits();
        if (!hits.isEmpty()) {
            System.err.println("NETWORK: the canary server was reached " + hits.size() + " time(s): " + hits);
            System.err.flush();
            Runtime.getRuntime().halt(3);
        }
    }
}
