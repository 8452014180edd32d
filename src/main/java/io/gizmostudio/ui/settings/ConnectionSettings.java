package io.gizmostudio.ui.settings;

import io.gizmostudio.ui.connection.ConnectionProfile;
import io.gizmostudio.ui.connection.ProfileKind;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The saved connection profiles (one per kind), which one is active, and the folders robot descriptions opened in the
 * app may take {@code package://} packages and meshes from besides ROS_PACKAGE_PATH. Immutable; edits return a copy.
 */
public record ConnectionSettings(ProfileKind active, Map<ProfileKind, ConnectionProfile> profiles, List<Path> packageFolders) {
    public ConnectionSettings(ProfileKind active, Map<ProfileKind, ConnectionProfile> profiles) {
        this(active, profiles, List.of());
    }

    public ConnectionSettings {
        packageFolders = packageFolders == null ? List.of() : List.copyOf(packageFolders);
        EnumMap<ProfileKind, ConnectionProfile> all = new EnumMap<>(ProfileKind.class);
        for (ProfileKind kind : ProfileKind.values()) {
            ConnectionProfile given = profiles == null ? null : profiles.get(kind);
            all.put(kind, given != null ? given : ConnectionProfile.defaultFor(kind));
        }
        all.put(ProfileKind.BUILT_IN, ConnectionProfile.builtIn());
        profiles = Map.copyOf(all);
        active = active == null ? ProfileKind.BUILT_IN : active;
    }

    public static ConnectionSettings defaults() {
        return new ConnectionSettings(ProfileKind.BUILT_IN, Map.of());
    }

    public ConnectionProfile profile(ProfileKind kind) {
        return profiles.get(kind);
    }

    public ConnectionProfile activeProfile() {
        return profile(active);
    }

    /** A copy with {@code profile} stored and made active. */
    public ConnectionSettings activate(ConnectionProfile profile) {
        EnumMap<ProfileKind, ConnectionProfile> next = new EnumMap<>(profiles);
        next.put(profile.kind(), profile);
        return new ConnectionSettings(profile.kind(), next, packageFolders);
    }

    /** A copy allowing {@code folders} (in place of the ones allowed so far). */
    public ConnectionSettings withPackageFolders(List<Path> folders) {
        return new ConnectionSettings(active, profiles, folders);
    }
}
