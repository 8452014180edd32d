package io.gizmostudio.ui.scenes;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gizmostudio.ui.settings.PrivateFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last {@value #MAX} scenes the user opened, most recent first, one entry per scene, kept in
 * {@code recent-scenes.json} in the config directory. Every change is written atomically (a crash leaves the old
 * list or the new one); a file that cannot be read counts as an empty list. Blocking (file I/O): call it from a
 * worker. Thread-safe.
 */
public final class RecentScenes {
    private static final Logger LOG = LoggerFactory.getLogger(RecentScenes.class);
    public static final String FILE_NAME = "recent-scenes.json";
    public static final int MAX = 8;
    private static final TypeReference<List<RecentScene>> LIST = new TypeReference<>() {
    };

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private List<RecentScene> scenes;

    public RecentScenes(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public synchronized List<RecentScene> list() {
        return List.copyOf(loaded());
    }

    /** Puts the scene first (dropping an older entry for it and anything past {@value #MAX}) and saves. */
    public synchronized List<RecentScene> opened(String id, String name) throws IOException {
        List<RecentScene> next = new ArrayList<>(MAX);
        next.add(new RecentScene(id, name));
        loaded().stream().filter(s -> !s.id().equals(id)).limit(MAX - 1).forEach(next::add);
        return save(next);
    }

    /** Updates the name kept for a scene renamed in the app; nothing happens when it is not in the list. */
    public synchronized List<RecentScene> renamed(String id, String name) throws IOException {
        if (loaded().stream().noneMatch(s -> s.id().equals(id))) {
            return list();
        }
        return save(loaded().stream().map(s -> s.id().equals(id) ? new RecentScene(id, name) : s).toList());
    }

    /** Drops a scene the server no longer has (deleted, or never there). */
    public synchronized List<RecentScene> forget(String id) throws IOException {
        if (loaded().stream().noneMatch(s -> s.id().equals(id))) {
            return list();
        }
        return save(loaded().stream().filter(s -> !s.id().equals(id)).toList());
    }

    private List<RecentScene> save(List<RecentScene> next) throws IOException {
        PrivateFileWriter.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(next));
        scenes = List.copyOf(next);
        return scenes;
    }

    private List<RecentScene> loaded() {
        if (scenes == null) {
            scenes = read();
        }
        return scenes;
    }

    private List<RecentScene> read() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<RecentScene> read = json.readValue(Files.readString(file, StandardCharsets.UTF_8), LIST);
            // A hand-edited or older file may hold blanks or repeats; keep the first of each, as many as fit.
            Map<String, RecentScene> clean = new LinkedHashMap<>();
            for (RecentScene s : read) {
                if (s != null && s.id() != null && !s.id().isBlank() && clean.size() < MAX) {
                    clean.putIfAbsent(s.id(), new RecentScene(s.id(), s.name() == null ? s.id() : s.name()));
                }
            }
            return List.copyOf(clean.values());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read the recent scenes in {}; starting with none: {}", file, e.getMessage());
            return List.of();
        }
    }
}
