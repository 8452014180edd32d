package io.gizmostudio.core.format.bundle;

import java.util.Arrays;

/**
 * One file of an export: a relative path inside the bundle (forward slashes) and its bytes. The path is
 * checked here so that no writer can produce a zip-slip entry: no {@code ..} segment, no leading slash,
 * no backslash, no drive letter, no empty segment.
 */
public record BundleEntry(String path, byte[] content) {
    public BundleEntry {
        checkPath(path);
        content = content.clone();
    }

    @Override public byte[] content() {
        return content.clone();
    }

    static void checkPath(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            throw new IllegalArgumentException("bundle path must be relative with forward slashes: " + path);
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals("..") || segment.equals(".")) {
                throw new IllegalArgumentException("bundle path has an empty, '.' or '..' segment: " + path);
            }
        }
    }

    @Override public boolean equals(Object o) {
        return o instanceof BundleEntry e && path.equals(e.path) && Arrays.equals(content, e.content);
    }

    @Override public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(content);
    }

    @Override public String toString() {
        return "BundleEntry[" + path + ", " + content.length + " bytes]";
    }
}
