package io.gizmostudio.cli;

import io.gizmostudio.core.generate.AssetGenerator;
import picocli.CommandLine.IVersionProvider;

/** Version line of the CLI: the jar's implementation version and the generator's version. */
public final class AppVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String app = AppVersion.class.getPackage().getImplementationVersion();
        return new String[] {"Gizmo Studio " + (app == null ? "(development build)" : app)
                + ", generator " + AssetGenerator.GENERATOR_VERSION};
    }
}
