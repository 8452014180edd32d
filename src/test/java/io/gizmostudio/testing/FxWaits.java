package io.gizmostudio.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Reading state on the FX thread and waiting for a condition, for the app's FX tests. */
public final class FxWaits {
    private FxWaits() {
    }

    /** A condition that may throw (it usually reads FX state through {@link #fx}). */
    public interface Check {
        boolean holds() throws Exception;
    }

    /** {@code c} run on the FX thread, its result within 10 s. */
    public static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    public static void waitUntil(Check c) throws Exception {
        waitUntil(c, 30);
    }

    /** Polls until {@code c} holds; a check that throws counts as not holding yet. */
    public static void waitUntil(Check c, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            try {
                return c.holds();
            } catch (Exception e) {
                return false;
            }
        });
    }
}
