package io.gizmostudio.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Makes the command objects, handing the {@link ServerAccess} to those that talk to a server (the ones with a
 * {@code (ServerAccess)} constructor); every other class is made by picocli's default factory.
 */
final class CliFactory implements CommandLine.IFactory {
    private final ServerAccess access;

    CliFactory(ServerAccess access) {
        this.access = access;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        Constructor<K> withAccess;
        try {
            withAccess = cls.getDeclaredConstructor(ServerAccess.class);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(cls);
        }
        withAccess.setAccessible(true);
        return withAccess.newInstance(access);
    }
}
