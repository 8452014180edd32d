package io.gizmostudio.ui.scenes;

import io.gizmostudio.ui.settings.PrivateFileWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drafts folder on disk: {@code <key>.json} per draft, written through a temp file in the same folder that is
 * fsynced and then atomically renamed over the old one, so a crash leaves either the old draft or the new one,
 * never half of either. Temp files start with a dot and end in {@code .tmp}; drafts that cannot be read are moved
 * aside as {@code *.corrupt} and kept. Blocking: call it from the journal's writer thread only.
 */
final class DraftFolder {
    private static final Logger LOG = LoggerFactory.getLogger(DraftFolder.class);
    static final String SUFFIX = ".json";
    static final String CORRUPT_SUFFIX = ".corrupt";
    static final String TEMP_SUFFIX = ".tmp";
    static final Duration STALE_TEMP = Duration.ofMinutes(10);
    /** About 200,000 placements; a 200-placement scene is some 60 kB. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final Path dir;
    private final DraftCodec codec;

    DraftFolder(Path dir, DraftCodec codec) {
        this.dir = dir;
        this.codec = codec;
    }

    Path dir() {
        return dir;
    }

    Path fileOf(DraftKey key) {
        return dir.resolve(key.value() + SUFFIX);
    }

    /** Replaces the key's draft with {@code draft}, durably: when this returns, a crash keeps this draft. */
    void write(SceneDraft draft) throws IOException {
        Path target = fileOf(draft.key());
        PrivateFileWriter.write(target, codec.encodeToString(draft));
        syncDirectory();
    }

    /** Removes the key's draft; true when there was one. */
    boolean delete(DraftKey key) throws IOException {
        boolean existed = Files.deleteIfExists(fileOf(key));
        if (existed) {
            syncDirectory();
        }
        return existed;
    }

    /** The key's draft as on disk; empty when there is none. A file that cannot be read is set aside. */
    Optional<SceneDraft> read(DraftKey key, List<SetAsideDraft> setAside) throws IOException {
        return read(fileOf(key), setAside);
    }

    /** Every readable draft, newest edit first; the unreadable ones are set aside and listed in {@code setAside}. */
    List<SceneDraft> readAll(List<SetAsideDraft> setAside) throws IOException {
        List<SceneDraft> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            stream.forEach(files::add);
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String key = name.substring(0, name.length() - SUFFIX.length());
            // Temp files (".<key>.json<random>.tmp") never match "*.json"; anything else not a key is not ours.
            if (DraftKey.isKey(key) && Files.isRegularFile(f)) {
                try {
                    read(f, setAside).ifPresent(out::add);
                } catch (IOException e) {
                    // One file the disk will not give back must not hide the others; it stays where it is.
                    LOG.warn("Draft {} could not be read: {}", f, e.toString());
                }
            }
        }
        out.sort(Comparator.comparing(SceneDraft::editedAt).reversed().thenComparing(d -> d.key().value()));
        return out;
    }

    /**
     * Deletes temp files a killed writer left behind. Only old ones: a young one may be another app instance's
     * write in progress, and a temp file is never a draft anyway (it was not acknowledged).
     */
    void removeStaleTempFiles() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        long cutoff = System.currentTimeMillis() - STALE_TEMP.toMillis();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, ".*" + SUFFIX + "*" + TEMP_SUFFIX)) {
            for (Path f : stream) {
                if (Files.isRegularFile(f) && Files.getLastModifiedTime(f).toMillis() < cutoff) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            LOG.debug("Could not tidy temp files in {}: {}", dir, e.toString());
        }
    }

    private Optional<SceneDraft> read(Path file, List<SetAsideDraft> setAside) throws IOException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                // Reading it whole could exhaust the heap; no real scene comes near this.
                throw new CorruptDraftException(size + " bytes is too large for a scene draft");
            }
            SceneDraft draft = codec.decode(Files.readAllBytes(file));
            String expected = file.getFileName().toString();
            if (!expected.equals(draft.key().value() + SUFFIX)) {
                throw new CorruptDraftException("it names key " + draft.key() + " but is stored as " + expected);
            }
            return Optional.of(draft);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (CorruptDraftException e) {
            Path aside = setAside(file);
            LOG.warn("Draft {} cannot be read ({}); kept as {}", file, e.getMessage(), aside);
            setAside.add(new SetAsideDraft(file, aside, e.getMessage()));
            return Optional.empty();
        }
    }

    /** Renames a bad draft to the first free {@code <name>.corrupt}, {@code <name>.2.corrupt}, ... */
    private Path setAside(Path file) throws IOException {
        String name = file.getFileName().toString();
        for (int n = 1; ; n++) {
            Path aside = dir.resolve(n == 1 ? name + CORRUPT_SUFFIX : name + "." + n + CORRUPT_SUFFIX);
            if (!Files.exists(aside)) {
                Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
                syncDirectory();
                return aside;
            }
        }
    }

    /** Makes the rename itself durable (Linux needs the folder fsynced); where folders cannot be opened, skip. */
    private void syncDirectory() {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            LOG.debug("Cannot fsync folder {}: {}", dir, e.toString());
        }
    }
}
