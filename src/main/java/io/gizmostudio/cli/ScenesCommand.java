package io.gizmostudio.cli;

import io.gizmostudio.api.Scene;
import io.gizmostudio.client.SceneQuery;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scenes list|export}: a server's scenes from the command line, through the client. */
@Command(name = "scenes", mixinStandardHelpOptions = true, description = "List and export a server's scenes.",
        subcommands = {ScenesCommand.ListScenes.class, ScenesCommand.ExportScene.class})
public final class ScenesCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List scenes, newest first.")
    static final class ListScenes implements Callable<Integer> {
        private static final String ROW = "%-22s %-10s %-20s %s";
        private final ServerAccess access;
        @Spec
        CommandSpec spec;
        @Mixin
        ServerOption server = new ServerOption();
        @Mixin
        ListingOptions listing = new ListingOptions();

        ListScenes() {
            this(ServerAccess.system());
        }

        ListScenes(ServerAccess access) {
            this.access = access;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return RemoteCall.run(spec, access, () -> server.resolve(access), client -> {
                SceneQuery query = SceneQuery.ALL.withLimit(listing.pageSize()).withQ(listing.query);
                List<Scene> scenes = client.scenes().stream(query).limit(listing.limit).toList();
                if (listing.json) {
                    listing.printJson(out, scenes);
                } else {
                    out.println(String.format(Locale.ROOT, ROW, "ID", "PLACED", "CREATED", "NAME"));
                    for (Scene s : scenes) {
                        out.println(String.format(Locale.ROOT, ROW, s.id(),
                                s.placementCount() == null ? "-" : s.placementCount().toString(),
                                ListingOptions.time(s.createdAt()), s.name()));
                    }
                }
                out.flush();
                return CliExit.OK;
            });
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Download a scene's export bundles (one zip per format, every placed asset posed) into a folder.")
    static final class ExportScene implements Callable<Integer> {
        private final ServerAccess access;
        @Spec
        CommandSpec spec;
        @Mixin
        ServerOption server = new ServerOption();
        @Mixin
        AssetsCommand.ExportOptions export = new AssetsCommand.ExportOptions();
        @Parameters(paramLabel = "ID", description = "The scene's id, as 'scenes list' shows it.")
        String id;

        ExportScene() {
            this(ServerAccess.system());
        }

        ExportScene(ServerAccess access) {
            this.access = access;
        }

        @Override
        public Integer call() {
            return RemoteCall.run(spec, access, () -> server.resolve(access), client -> {
                List<String> formats = FormatList.resolve(export.formats(), List.of());
                new BundleFetcher(client.scenes()::export, spec.commandLine().getOut(), spec.commandLine().getErr())
                        .fetch(id, formats, export.out, export.unpack);
                return CliExit.OK;
            });
        }
    }
}
