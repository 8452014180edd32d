package io.gizmostudio.server;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.util.HexFormat;

/** A name for one engine process that no other instance on any machine shares: host, process id, a random suffix. */
final class InstanceName {
    private static final SecureRandom RANDOM = new SecureRandom();

    private InstanceName() {
    }

    static String next() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "host";
        }
        byte[] suffix = new byte[3];
        RANDOM.nextBytes(suffix);
        return host.replaceAll("[^A-Za-z0-9.-]", "") + "-" + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(suffix);
    }
}
