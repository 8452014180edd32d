package io.gizmostudio.ui.connection;

import io.gizmostudio.api.Health;
import io.gizmostudio.api.WhoAmI;

/**
 * Result of checking a server: its health and who the key belongs to. {@code whoAmI} is null when the server does
 * not offer {@code /whoami} (the contract makes it optional).
 */
public record ConnectionReport(String baseUrl, Health health, WhoAmI whoAmI) {

    /** One line for the settings dialog. */
    public String summary() {
        StringBuilder text = new StringBuilder("Connected to ").append(baseUrl);
        if (health != null && health.version() != null) {
            text.append(" (version ").append(health.version()).append(')');
        }
        if (whoAmI != null) {
            text.append(" as ").append(whoAmI.name() != null ? whoAmI.name() : whoAmI.keyId());
        }
        return text.toString();
    }
}
