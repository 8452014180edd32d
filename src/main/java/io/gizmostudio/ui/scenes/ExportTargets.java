package io.gizmostudio.ui.scenes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Set;

/**
 * Where an export lands: {@code <scene name>_<format>.zip} or the folder {@code <scene name>_<format>}, and never
 * over something that is already there. A clash gets the next free {@code "name (2)"}, {@code "name (3)"}… — the
 * user is not asked and nothing is replaced. The name is reserved first (an empty file or folder created
 * exclusively, which fails when anything has the name), then the finished export is renamed over the reservation
 * in one atomic step, so a reader never sees half an export and a file that appears meanwhile is not overwritten.
 */
final class ExportTargets {
    private static final int MAX_BASE_BYTES = 150;
    private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private ExportTargets() {
    }

    /** {@code Work cell_mujoco_mjcf}: the scene name made safe as a file name, then the format's wire name. */
    static String baseName(String sceneName, SceneExportFormat format) {
        return fileSafe(sceneName) + "_" + format.wireName();
    }

    /**
     * {@code name} usable as a file name on Linux, macOS and Windows: path separators, {@code <>:"|?*} and control
     * characters become '_', no leading dots (no hidden files) or trailing dots and blanks, reserved device names
     * get a '_', at most 150 UTF-8 bytes (file systems allow 255, the suffix and " (n)" need room); letters outside
     * ASCII stay. Blank: "scene".
     */
    static String fileSafe(String name) {
        StringBuilder sb = new StringBuilder();
        String source = name == null ? "" : name.strip();
        source.codePoints().forEach(cp -> {
            boolean bad = cp < 0x20 || cp == 0x7f || "/\\<>:\"|?*".indexOf(cp) >= 0;
            sb.appendCodePoint(bad ? '_' : cp);
        });
        String s = sb.toString().replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (s.isEmpty()) {
            return "scene";
        }
        if (WINDOWS_RESERVED.contains(s.toUpperCase(Locale.ROOT))) {
            s = s + "_";
        }
        return truncate(s);
    }

    private static String truncate(String s) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= MAX_BASE_BYTES) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > MAX_BASE_BYTES) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += len;
            i += Character.charCount(cp);
        }
        return out.toString().strip();
    }

    /** The n-th candidate: {@code base + suffix}, then {@code base + " (2)" + suffix}, … */
    static String candidate(String base, String suffix, int n) {
        return n == 1 ? base + suffix : base + " (" + n + ")" + suffix;
    }

    /** Moves the finished file {@code source} into {@code folder} as {@code base + suffix} or the next free name. */
    static Path placeFile(Path source, Path folder, String base, String suffix) throws IOException {
        for (int n = 1; ; n++) {
            Path target = folder.resolve(candidate(base, suffix, n));
            try {
                Files.createFile(target);
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            return renameOver(source, target);
        }
    }

    /** Moves the finished folder {@code source} into {@code folder} as {@code base} or the next free name. */
    static Path placeFolder(Path source, Path folder, String base) throws IOException {
        for (int n = 1; ; n++) {
            Path target = folder.resolve(candidate(base, "", n));
            try {
                Files.createDirectory(target);
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            return renameOver(source, target);
        }
    }

    /**
     * Renames {@code source} over our own reservation {@code target}. POSIX rename replaces an empty folder or a
     * file atomically; where it cannot (Windows, another file system) the reservation goes and a plain move that
     * refuses to replace anything takes its place.
     */
    private static Path renameOver(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException | DirectoryNotEmptyException e) {
            Files.delete(target);
            Files.move(source, target);
        } catch (IOException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        return target;
    }
}
