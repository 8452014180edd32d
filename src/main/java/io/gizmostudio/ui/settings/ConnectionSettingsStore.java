package io.gizmostudio.ui.settings;

import io.gizmostudio.ui.connection.ConnectionProfile;
import io.gizmostudio.ui.connection.ProfileKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and saves {@code connections.properties} in the user config dir. The file holds API keys, so it is written
 * atomically with 0600 permissions. {@code GIZMO_API_KEY} from the environment stands in for a remote profile's
 * key when none is saved, and is never written to the file.
 */
public final class ConnectionSettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionSettingsStore.class);
    public static final String FILE_NAME = "connections.properties";
    public static final String API_KEY_VARIABLE = "GIZMO_API_KEY";
    /** The allowed package folders, joined by the OS's path separator as ROS_PACKAGE_PATH is. */
    static final String PACKAGE_FOLDERS = "descriptions.package_folders";

    private final Path file;
    private final String environmentKey;

    public ConnectionSettingsStore(Path configDir, Map<String, String> env) {
        this.file = configDir.resolve(FILE_NAME);
        String key = env.get(API_KEY_VARIABLE);
        this.environmentKey = key == null || key.isBlank() ? "" : key.trim();
    }

    public Path file() {
        return file;
    }

    /** Whether {@code GIZMO_API_KEY} is set (the settings dialog says so). */
    public boolean hasEnvironmentKey() {
        return !environmentKey.isEmpty();
    }

    /** The saved settings, or the defaults when there is no file or it cannot be read. */
    public ConnectionSettings load() {
        if (!Files.isRegularFile(file)) {
            return ConnectionSettings.defaults();
        }
        try {
            Map<String, String> values = PropertiesText.parse(Files.readString(file, StandardCharsets.UTF_8));
            EnumMap<ProfileKind, ConnectionProfile> profiles = new EnumMap<>(ProfileKind.class);
            for (ProfileKind kind : ProfileKind.values()) {
                if (kind.isRemote()) {
                    String prefix = prefix(kind);
                    profiles.put(kind, new ConnectionProfile(kind,
                            values.getOrDefault(prefix + "base_url", kind.defaultBaseUrl()),
                            values.getOrDefault(prefix + "api_key", "")));
                }
            }
            return new ConnectionSettings(parseKind(values.get("active")), profiles,
                    PackageFolders.split(values.getOrDefault(PACKAGE_FOLDERS, "")));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read {}; using the built-in engine: {}", file, e.getMessage());
            return ConnectionSettings.defaults();
        }
    }

    public void save(ConnectionSettings settings) throws IOException {
        Map<String, String> values = new TreeMap<>();
        values.put("active", settings.active().name().toLowerCase(Locale.ROOT));
        if (!settings.packageFolders().isEmpty()) {
            values.put(PACKAGE_FOLDERS, PackageFolders.join(settings.packageFolders()));
        }
        for (ProfileKind kind : ProfileKind.values()) {
            if (kind.isRemote()) {
                ConnectionProfile p = settings.profile(kind);
                values.put(prefix(kind) + "base_url", p.baseUrl());
                values.put(prefix(kind) + "api_key", p.apiKey());
            }
        }
        PrivateFileWriter.write(file, PropertiesText.format("Gizmo Studio connections. Holds API keys: keep it private (0600).", values));
        LOG.info("Saved connection settings to {} (active: {})", file, settings.active());
    }

    /** The profile to connect with: the saved one, with {@code GIZMO_API_KEY} filling in a missing key. */
    public ConnectionProfile effective(ConnectionProfile profile) {
        if (profile.kind().isRemote() && !profile.hasApiKey() && hasEnvironmentKey()) {
            return profile.withApiKey(environmentKey);
        }
        return profile;
    }

    private static String prefix(ProfileKind kind) {
        return kind.name().toLowerCase(Locale.ROOT) + ".";
    }

    private static ProfileKind parseKind(String value) {
        if (value == null) {
            return ProfileKind.BUILT_IN;
        }
        try {
            return ProfileKind.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ProfileKind.BUILT_IN;
        }
    }
}
