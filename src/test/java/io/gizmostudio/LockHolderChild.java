package io.gizmostudio;

import java.nio.file.Path;

/** Holds the instance lock of the folder given as its argument until killed (for {@link InstanceLockTest}). */
public final class LockHolderChild {
    static final String HOLDING = "holding";

    private LockHolderChild() {
    }

    public static void main(String[] args) throws Exception {
        InstanceLock lock = InstanceLock.acquire(Path.of(args[0]), r -> { }).orElseThrow();
        System.out.println(HOLDING);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
        lock.close();
    }
}
