package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.format.NameTable;

/** MuJoCo keeps one namespace per element kind; one table each, scoped per scene part. */
record MjcfNames(NameTable bodies, NameTable joints, NameTable geoms, NameTable actuators, NameTable equalities) {
    static MjcfNames create() {
        return new MjcfNames(new NameTable(), new NameTable(), new NameTable(), new NameTable(), new NameTable());
    }

    MjcfNames scoped(String prefix) {
        return new MjcfNames(bodies.scoped(prefix), joints.scoped(prefix), geoms.scoped(prefix),
                actuators.scoped(prefix), equalities.scoped(prefix));
    }
}
