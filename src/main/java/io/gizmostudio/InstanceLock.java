package io.gizmostudio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One desktop app per data folder. The first instance holds an OS file lock on {@code instance.lock} (released by
 * the OS when the process dies, so a crashed instance never blocks the next start) and listens on a loopback port
 * written, with a random token, to {@code instance.port} (owner-only). A later launch finds the lock taken, hands
 * its command-line file (or just "come to the front") to the first instance over that port and exits, so it never
 * starts a second engine on the same store (which would renew the desktop key under the first window).
 */
public final class InstanceLock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InstanceLock.class);
    static final String LOCK_FILE = "instance.lock";
    static final String PORT_FILE = "instance.port";
    private static final String ACTIVATE = "activate";
    private static final String OPEN = "open ";
    /** {@code open-with <path> <name:=value>...}, each word URL-encoded: a xacro file with its arguments. */
    private static final String OPEN_WITH = "open-with ";

    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket socket;
    private final Path portFile;
    private final String token;

    private InstanceLock(FileChannel channel, FileLock lock, ServerSocket socket, Path portFile, String token) {
        this.channel = channel;
        this.lock = lock;
        this.socket = socket;
        this.portFile = portFile;
        this.token = token;
    }

    /**
     * What a later launch asks of the running instance: show {@code file} (null: just come to the front), a xacro
     * file expanded with {@code xacroArgs} (empty: asking for them).
     */
    public record Request(Path file, Map<String, String> xacroArgs) {
        public Request {
            xacroArgs = xacroArgs == null ? Map.of() : Map.copyOf(xacroArgs);
        }

        public Request(Path file) {
            this(file, Map.of());
        }
    }

    /**
     * Takes the lock of {@code dataDir} and starts answering later launches with {@code onRequest} (called on a
     * listener thread); empty when another live process holds it.
     */
    public static Optional<InstanceLock> acquire(Path dataDir, Consumer<Request> onRequest) throws IOException {
        Files.createDirectories(dataDir);
        FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        Path portFile = dataDir.resolve(PORT_FILE);
        writeOwnerOnly(portFile, socket.getLocalPort() + " " + token + " " + ProcessHandle.current().pid() + "\n");
        InstanceLock held = new InstanceLock(channel, lock, socket, portFile, token);
        Thread listener = new Thread(() -> held.answer(onRequest), "gizmo-instance-listener");
        listener.setDaemon(true);
        listener.start();
        return Optional.of(held);
    }

    /**
     * From a later launch: asks the instance holding {@code dataDir} to show {@code file} (null: to come to the
     * front). Retries for {@code patience} while that instance is still starting; false when it does not answer.
     */
    public static boolean handOver(Path dataDir, Path file, Duration patience) {
        return handOver(dataDir, file, Map.of(), patience);
    }

    /** As {@link #handOver(Path, Path, Duration)}, a xacro file to be expanded with {@code xacroArgs}. */
    public static boolean handOver(Path dataDir, Path file, Map<String, String> xacroArgs, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        String message = file == null ? ACTIVATE : xacroArgs.isEmpty() ? OPEN + file.toAbsolutePath()
                : OPEN_WITH + encoded(file.toAbsolutePath().toString()) + xacroArgs.entrySet().stream()
                        .map(e -> " " + encoded(e.getKey() + ":=" + e.getValue())).collect(java.util.stream.Collectors.joining());
        while (true) {
            try {
                String[] port = Files.readString(dataDir.resolve(PORT_FILE), StandardCharsets.UTF_8).strip().split(" ");
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(port[0])), 2000);
                    s.setSoTimeout(5000);
                    Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
                    out.write(port[1] + " " + message + "\n");
                    out.flush();
                    String reply = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
                    if ("ok".equals(reply)) {
                        return true;
                    }
                }
            } catch (IOException | RuntimeException notYet) {
                // no port file yet (the first instance is starting), or a stale one: try again until the deadline
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private void answer(Consumer<Request> onRequest) {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(5000);
                String line = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8)).readLine();
                Optional<Request> request = parse(line);
                Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8);
                out.write(request.isPresent() ? "ok\n" : "refused\n");
                out.flush();
                request.ifPresent(onRequest);
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.debug("A later launch's hand-over failed", e);
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not act on a later launch's request", e);
            }
        }
    }

    /**
     * A line {@code <token> activate}, {@code <token> open <path>} or {@code <token> open-with <path> <name:=value>...}
     * (URL-encoded words); anything else (or a wrong token) is refused.
     */
    Optional<Request> parse(String line) {
        if (line == null || !line.startsWith(token + " ")) {
            return Optional.empty();
        }
        String command = line.substring(token.length() + 1);
        if (command.equals(ACTIVATE)) {
            return Optional.of(new Request(null));
        }
        if (command.startsWith(OPEN_WITH) && command.length() > OPEN_WITH.length()) {
            String[] words = command.substring(OPEN_WITH.length()).split(" ");
            Map<String, String> args = new java.util.LinkedHashMap<>();
            for (int i = 1; i < words.length; i++) {
                String w = decoded(words[i]);
                int at = w.indexOf(":=");
                if (at <= 0) {
                    return Optional.empty();
                }
                args.put(w.substring(0, at), w.substring(at + 2));
            }
            return Optional.of(new Request(Path.of(decoded(words[0])), args));
        }
        if (command.startsWith(OPEN) && command.length() > OPEN.length()) {
            return Optional.of(new Request(Path.of(command.substring(OPEN.length()))));
        }
        return Optional.empty();
    }

    private static String encoded(String word) {
        return java.net.URLEncoder.encode(word, StandardCharsets.UTF_8);
    }

    private static String decoded(String word) {
        return java.net.URLDecoder.decode(word, StandardCharsets.UTF_8);
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Stops answering and lets the next launch be the first. */
    @Override
    public void close() {
        try {
            socket.close();
            Files.deleteIfExists(portFile);
            lock.release();
            channel.close();
        } catch (IOException e) {
            LOG.debug("Releasing the instance lock", e);
        }
    }
}
