package io.gizmostudio.cli;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.ExportFormats;
import io.gizmostudio.client.AssetQuery;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assets list|export}: a server's asset library from the command line, through the client. */
@Command(name = "assets", mixinStandardHelpOptions = true, description = "List and export a server's assets.",
        subcommands = {AssetsCommand.ListAssets.class, AssetsCommand.ExportAsset.class})
public final class AssetsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List assets, newest first.")
    static final class ListAssets implements Callable<Integer> {
        private static final String ROW = "%-22s %-10s %-20s %-14s %s";
        private final ServerAccess access;
        @Spec
        CommandSpec spec;
        @Mixin
        ServerOption server = new ServerOption();
        @Mixin
        ListingOptions listing = new ListingOptions();

        ListAssets() {
            this(ServerAccess.system());
        }

        ListAssets(ServerAccess access) {
            this.access = access;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return RemoteCall.run(spec, access, () -> server.resolve(access), client -> {
                AssetQuery query = AssetQuery.ALL.withLimit(listing.pageSize()).withQ(listing.query);
                List<Asset> assets = client.assets().stream(query).limit(listing.limit).toList();
                if (listing.json) {
                    listing.printJson(out, assets);
                } else {
                    out.println(String.format(Locale.ROOT, ROW, "ID", "STATUS", "CREATED", "FORMATS", "NAME"));
                    for (Asset a : assets) {
                        out.println(String.format(Locale.ROOT, ROW, a.id(), a.status() == null ? "-" : a.status().wireName(),
                                ListingOptions.time(a.createdAt()), shortNames(a.exportFormats()), a.name()));
                    }
                }
                out.flush();
                return CliExit.OK;
            });
        }

        private static String shortNames(List<String> formats) {
            return formats.isEmpty() ? "-" : formats.stream().map(ExportFormats::alias).collect(Collectors.joining(","));
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Download an asset's export bundles (one zip per format) into a folder.")
    static final class ExportAsset implements Callable<Integer> {
        private final ServerAccess access;
        @Spec
        CommandSpec spec;
        @Mixin
        ServerOption server = new ServerOption();
        @Mixin
        ExportOptions export = new ExportOptions();
        @Parameters(paramLabel = "ID", description = "The asset's id, as 'assets list' shows it.")
        String id;

        ExportAsset() {
            this(ServerAccess.system());
        }

        ExportAsset(ServerAccess access) {
            this.access = access;
        }

        @Override
        public Integer call() {
            return RemoteCall.run(spec, access, () -> server.resolve(access), client -> {
                Optional<FormatList> asked = export.formats();
                List<String> formats = asked.isPresent() ? asked.get().formats()
                        : FormatList.resolve(asked, client.assets().get(id).exportFormats());
                new BundleFetcher(client.assets()::export, spec.commandLine().getOut(), spec.commandLine().getErr())
                        .fetch(id, formats, export.out, export.unpack);
                return CliExit.OK;
            });
        }
    }

    /** {@code --format}, {@code --out} and {@code --unpack} of the export subcommands. */
    static final class ExportOptions {
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = FormatList.ALL,
                description = FormatList.HELP + " (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
                description = "Folder to write the bundles into (created if missing; default: the current folder).")
        Path out;

        @Option(names = "--unpack", description = "Also unpack each bundle into DIR/<id>_<format>/ (ready for a simulator).")
        boolean unpack;

        Optional<FormatList> formats() {
            return FormatList.parse(format);
        }
    }
}
