package io.gizmostudio.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gizmostudio.api.ApiJson;
import io.gizmostudio.api.AssetStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's folder is 0700 and gizmo.db with its -wal and -shm 0600, new or opened again (issue #15, item 9). */
class PrivateFilesTest {
    @TempDir
    Path dir;

    @Test
    void theStoreIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX permissions");
        Path data = dir.resolve("data");
        try (Database db = Database.open(data, 1)) {
            new AssetStore(db, ApiJson.newMapper()).insert(new StoredAsset("ast_1", "key_1", AssetStatus.PENDING, "a", "arm",
                    List.of(), 1, 0, Instant.EPOCH, Instant.EPOCH, null, null, null, null, List.of()));
            assertThat(mode(data)).isEqualTo("rwx------");
            assertThat(mode(data.resolve("gizmo.db"))).isEqualTo("rw-------");
            assertThat(data.resolve("gizmo.db-wal")).exists();
            assertThat(mode(data.resolve("gizmo.db-wal"))).isEqualTo("rw-------");
            assertThat(mode(data.resolve("gizmo.db-shm"))).isEqualTo("rw-------");
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("gizmo.db"), PosixFilePermissions.fromString("rw-r--r--"));
        try (Database db = Database.open(data, 1)) {
            assertThat(mode(data)).as("an older store is tightened").isEqualTo("rwx------");
            assertThat(mode(data.resolve("gizmo.db"))).isEqualTo("rw-------");
        }
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
