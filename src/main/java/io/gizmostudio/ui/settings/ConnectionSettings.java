package io.gizmostudio.ui.settings;

import io.gizmostudio.ui.connection.ConnectionProfile;
import io.gizmostudio.ui.connection.ProfileKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * The saved connection profiles (one per kind) and which one is active. Immutable; edits return a copy.
 */
public record ConnectionSettings(ProfileKind active, Map<ProfileKind, ConnectionProfile> profiles) {
    public ConnectionSettings {
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
        return new ConnectionSettings(profile.kind(), next);
    }
}
