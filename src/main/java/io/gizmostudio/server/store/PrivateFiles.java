package io.gizmostudio.server.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The store holds key hashes and every user's assets: its folder is 0700 and its files 0600 on POSIX systems (other
 * users on a shared workstation cannot read them). The database file is created 0600 before SQLite opens it, and
 * SQLite gives its -wal and -shm files the database file's mode. Existing stores are tightened when opened. On
 * systems without POSIX permissions (Windows) the user's profile folder already keeps others out.
 */
final class PrivateFiles {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PrivateFiles.class);
    private PrivateFiles() {
    }

    static void folder(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (posix(dir)) {
            try {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            } catch (java.nio.file.FileSystemException notOwner) {
                // a folder someone else owns (a shared mount): the files below are still made private
                LOG.warn("Cannot make the data folder {} private (0700): {}", dir, notOwner.getMessage());
            }
        }
    }

    static void file(Path file) throws IOException {
        if (!posix(file.getParent())) {
            return;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException existing) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path side = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(side)) {
                Files.setPosixFilePermissions(side, PosixFilePermissions.fromString("rw-------"));
            }
        }
    }

    private static boolean posix(Path p) {
        return Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
    }
}
