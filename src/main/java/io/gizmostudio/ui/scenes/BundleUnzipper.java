package io.gizmostudio.ui.scenes;

import io.gizmostudio.ui.common.CancellationSignal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks an export bundle into a folder, refusing the whole zip before writing anything when one entry would
 * land outside that folder (zip-slip: {@code ..} segments, absolute paths, drive letters, backslashes) or appears
 * twice. Each file is written to a temporary sibling and renamed into place, so no file is ever half there.
 * Reads the central directory ({@link ZipFile}), the same list every unzip tool trusts.
 */
final class BundleUnzipper {
    private static final int BUFFER = 64 * 1024;

    private BundleUnzipper() {
    }

    /** The zip asked to write outside its folder, or is otherwise not a bundle we unpack. */
    static final class UnsafeBundleException extends IOException {
        private static final long serialVersionUID = 1L;

        UnsafeBundleException(String message) {
            super(message);
        }
    }

    /**
     * Unpacks {@code zip} into {@code target} (created when missing) and returns the files written, in entry order.
     * {@code progress} hears the fraction of entries done (0..1). Stops with {@link CancelledException} when
     * {@code cancel} is set between files; the caller deletes {@code target} then.
     */
    static List<Path> unzip(Path zip, Path target, CancellationSignal cancel, DoubleConsumer progress) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            List<? extends ZipEntry> entries = Collections.list(file.entries());
            List<Path> destinations = new ArrayList<>(entries.size());
            Set<Path> seen = new HashSet<>();
            for (ZipEntry e : entries) {
                Path dest = resolveInside(root, e.getName());
                if (!e.isDirectory() && !seen.add(dest)) {
                    throw new UnsafeBundleException("The bundle holds " + e.getName() + " twice.");
                }
                destinations.add(dest);
            }
            Files.createDirectories(root);
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                if (cancel.isCancelled()) {
                    throw new CancelledException();
                }
                ZipEntry e = entries.get(i);
                Path dest = destinations.get(i);
                if (e.isDirectory()) {
                    Files.createDirectories(dest);
                } else {
                    try (InputStream in = file.getInputStream(e)) {
                        writeAtomically(in, dest);
                    }
                    written.add(dest);
                }
                progress.accept((i + 1) / (double) entries.size());
            }
            return List.copyOf(written);
        }
    }

    /** Where entry {@code name} goes under {@code root}; refuses any name that could leave it. */
    static Path resolveInside(Path root, String name) throws UnsafeBundleException {
        String plain = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        boolean suspicious = plain.isEmpty() || plain.startsWith("/") || plain.contains("\\") || plain.contains(":")
                || plain.indexOf('\0') >= 0;
        if (!suspicious) {
            for (String segment : plain.split("/", -1)) {
                if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                    suspicious = true;
                    break;
                }
            }
        }
        Path dest = suspicious ? null : root.resolve(plain).normalize();
        if (dest == null || !dest.startsWith(root) || dest.equals(root)) {
            throw new UnsafeBundleException("The bundle has an entry that would be written outside its folder: " + name
                    + ". Nothing was unpacked.");
        }
        return dest;
    }

    private static void writeAtomically(InputStream in, Path dest) throws IOException {
        Files.createDirectories(dest.getParent());
        Path temp = Files.createTempFile(dest.getParent(), "." + dest.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                }
            }
            try {
                Files.move(temp, dest, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, dest);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
