package io.gizmostudio.ui.scenes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.SceneDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link SceneDraft} as a small JSON file with a format version. Numbers are written with Java's shortest
 * round-tripping decimal form and read back with {@link Double#parseDouble}, so every double (-0.0 and subnormals
 * included) comes back bit for bit and the restored document equals the one journaled. Anything unreadable is a
 * {@link CorruptDraftException} with a message that says what is wrong, never another exception.
 */
public final class DraftCodec {
    static final String FORMAT = "gizmo-scene-draft";
    static final int VERSION = 1;

    // Its own mapper: the wire contract's mapper is tuned for tolerance, a draft wants strictness.
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public byte[] encode(SceneDraft draft) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("key", draft.key().value());
        root.put("base_url", draft.baseUrl());
        root.put("scene_id", draft.sceneId());
        root.put("edited_at", draft.editedAt().toString());
        root.put("base_updated_at", draft.baseUpdatedAt() == null ? null : draft.baseUpdatedAt().toString());
        writeDocument(root.putObject("document"), draft.document());
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a draft tree always serialises", e);
        }
    }

    /** Writes {@code document} (name, placements with bit-exact poses) into {@code doc}; shared with {@link SceneFile}. */
    static void writeDocument(ObjectNode doc, SceneDocument document) {
        doc.put("name", document.name());
        ArrayNode placements = doc.putArray("placements");
        for (Placement p : document.placements()) {
            ObjectNode n = placements.addObject();
            n.put("id", p.id());
            n.put("asset_id", p.assetId());
            n.put("name", p.name());
            Vec3 at = p.pose().position();
            n.putArray("position").add(at.x()).add(at.y()).add(at.z());
            Quat q = p.pose().rotation();
            n.putArray("rotation").add(q.x()).add(q.y()).add(q.z()).add(q.w());
            n.put("mobility", p.mobility().name().toLowerCase(Locale.ROOT));
            ObjectNode joints = n.putObject("joint_positions");
            // Sorted: the same document always gives the same bytes.
            new TreeMap<>(p.jointPositions()).forEach(joints::put);
        }
    }

    public SceneDraft decode(byte[] bytes) throws CorruptDraftException {
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (IOException e) {
            throw new CorruptDraftException("not a complete JSON document (" + firstLine(e) + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new CorruptDraftException(bytes.length == 0 ? "the file is empty" : "not a JSON object");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new CorruptDraftException("not a scene draft (format is " + root.path("format") + ")");
        }
        JsonNode version = root.path("version");
        if (!version.isInt() || version.intValue() != VERSION) {
            throw new CorruptDraftException("written in draft format version " + version
                    + ", this app reads version " + VERSION);
        }
        try {
            return new SceneDraft(
                    new DraftKey(text(root, "key")),
                    text(root, "base_url"),
                    optionalText(root, "scene_id"),
                    document(field(root, "document", JsonNodeType.OBJECT)),
                    instant(root, "edited_at"),
                    root.path("base_updated_at").isNull() || root.path("base_updated_at").isMissingNode()
                            ? null : instant(root, "base_updated_at"));
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            // The domain records refuse what cannot be a scene (duplicate ids, non-finite poses, blank names).
            throw new CorruptDraftException("not a valid scene: " + e.getMessage(), e);
        }
    }

    public String encodeToString(SceneDraft draft) {
        return new String(encode(draft), StandardCharsets.UTF_8);
    }

    static SceneDocument document(JsonNode doc) throws CorruptDraftException {
        List<Placement> placements = new ArrayList<>();
        for (JsonNode n : field(doc, "placements", JsonNodeType.ARRAY)) {
            if (!n.isObject()) {
                throw new CorruptDraftException("a placement is not an object: " + n);
            }
            double[] at = numbers(n, "position", 3);
            double[] q = numbers(n, "rotation", 4);
            Map<String, Double> joints = new LinkedHashMap<>();
            var fields = field(n, "joint_positions", JsonNodeType.OBJECT).fields();
            while (fields.hasNext()) {
                var e = fields.next();
                joints.put(e.getKey(), number(e.getValue(), "joint " + e.getKey()));
            }
            placements.add(new Placement(text(n, "id"), text(n, "asset_id"), text(n, "name"),
                    new Pose(new Vec3(at[0], at[1], at[2]), new Quat(q[0], q[1], q[2], q[3])), joints,
                    mobility(text(n, "mobility"))));
        }
        return new SceneDocument(text(doc, "name"), placements);
    }

    private static Mobility mobility(String s) throws CorruptDraftException {
        for (Mobility m : Mobility.values()) {
            if (m.name().toLowerCase(Locale.ROOT).equals(s)) {
                return m;
            }
        }
        throw new CorruptDraftException("unknown mobility '" + s + "'");
    }

    private static double[] numbers(JsonNode n, String name, int count) throws CorruptDraftException {
        JsonNode array = field(n, name, JsonNodeType.ARRAY);
        if (array.size() != count) {
            throw new CorruptDraftException(name + " needs " + count + " numbers, has " + array.size());
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = number(array.get(i), name);
        }
        return out;
    }

    private static double number(JsonNode n, String what) throws CorruptDraftException {
        if (!n.isNumber()) {
            throw new CorruptDraftException(what + " is not a number: " + n);
        }
        return n.doubleValue();
    }

    private static JsonNode field(JsonNode n, String name, JsonNodeType type) throws CorruptDraftException {
        JsonNode v = n.path(name);
        if (v.getNodeType() != type) {
            throw new CorruptDraftException("'" + name + "' is missing or not " + type.name().toLowerCase(Locale.ROOT));
        }
        return v;
    }

    private static String text(JsonNode n, String name) throws CorruptDraftException {
        return field(n, name, JsonNodeType.STRING).textValue();
    }

    private static String optionalText(JsonNode n, String name) throws CorruptDraftException {
        JsonNode v = n.path(name);
        return v.isNull() || v.isMissingNode() ? null : text(n, name);
    }

    private static Instant instant(JsonNode n, String name) throws CorruptDraftException {
        return Instant.parse(text(n, name));
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
