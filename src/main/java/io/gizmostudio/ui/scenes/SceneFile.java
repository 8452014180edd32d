package io.gizmostudio.ui.scenes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gizmostudio.core.scene.SceneDocument;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * A scene as a file on disk ({@code *.gizmo-scene}): the composer's document — name, placements with bit-exact poses,
 * joint positions, free or fixed — as JSON ({@code {"format":"gizmo-scene","version":1,"document":{…}}}), so a
 * scene can be mailed, kept in version control, opened from the file manager and saved to another server. The
 * placements name library assets by id; on a server without them the composer says which are missing. Written
 * atomically (a temp file in the same folder, forced, renamed over the target): a crash leaves the old file or the
 * new one, never half of one.
 */
public final class SceneFile {
    public static final String EXTENSION = ".gizmo-scene";
    static final String FORMAT = "gizmo-scene";
    static final int VERSION = 1;
    private static final long MAX_BYTES = 64L << 20;
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private SceneFile() {
    }

    /** Whether {@code file} is named like a scene file (what the launcher and the file manager go by). */
    public static boolean isSceneFile(Path file) {
        return file != null && file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    /** {@code name} with the extension, unless it has it already. */
    public static String fileName(String name) {
        String base = ExportTargets.fileSafe(name);
        return isSceneFile(Path.of(base)) ? base : base + EXTENSION;
    }

    public static byte[] encode(SceneDocument document) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        DraftCodec.writeDocument(root.putObject("document"), document);
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scene tree always serialises", e);
        }
    }

    /** The document in {@code bytes}; an unreadable file says what is wrong with it in the user's terms. */
    public static SceneDocument decode(byte[] bytes) throws SceneFileException {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new SceneFileException(bytes.length == 0 ? "the file is empty" : "the file is not complete JSON");
        }
        if (root == null || !root.isObject()) {
            throw new SceneFileException(bytes.length == 0 ? "the file is empty" : "the file is not a JSON object");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new SceneFileException("it is not a Gizmo Studio scene (its format is " + root.path("format") + ")");
        }
        JsonNode version = root.path("version");
        if (!version.isInt() || version.intValue() != VERSION) {
            throw new SceneFileException("it was written in scene file version " + version + "; this app reads version " + VERSION);
        }
        try {
            return DraftCodec.document(root.path("document"));
        } catch (CorruptDraftException e) {
            throw new SceneFileException(e.getMessage());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SceneFileException("it is not a valid scene: " + e.getMessage());
        }
    }

    /** Reads the scene in {@code file}. Called on a worker thread. */
    public static SceneDocument read(Path file) throws IOException, SceneFileException {
        if (!Files.isRegularFile(file)) {
            throw new SceneFileException("there is no such file");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new SceneFileException("the file is larger than " + (MAX_BYTES >> 20) + " MB, more than any scene");
        }
        return decode(Files.readAllBytes(file));
    }

    /** Writes {@code document} to {@code file} atomically. Called on a worker thread. */
    public static void write(Path file, SceneDocument document) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(java.nio.ByteBuffer.wrap(encode(document)));
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A scene file that cannot be opened, and why (completes "Cannot open FILE: …"). */
    public static final class SceneFileException extends Exception {
        private static final long serialVersionUID = 1L;

        public SceneFileException(String why) {
            super(why);
        }
    }
}
