package io.gizmostudio.core.scene;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The open scene: a name and its placements in order (outliner order = export order). Immutable: every edit
 * returns a new document, which is what the undo stack holds. Placement ids are unique; operations that would
 * break that throw {@link IllegalArgumentException}.
 */
public record SceneDocument(String name, List<Placement> placements) {

    public SceneDocument {
        if (name == null) {
            throw new IllegalArgumentException("scene needs a name");
        }
        placements = List.copyOf(placements);
        Set<String> seen = new HashSet<>();
        for (Placement p : placements) {
            if (!seen.add(p.id())) {
                throw new IllegalArgumentException("scene " + name + " has two placements with id " + p.id());
            }
        }
    }

    public static SceneDocument empty(String name) {
        return new SceneDocument(name, List.of());
    }

    public Optional<Placement> find(String placementId) {
        int i = indexOf(placementId);
        return i < 0 ? Optional.empty() : Optional.of(placements.get(i));
    }

    /** {@code added} appended last; its id must be new. */
    public SceneDocument with(Placement added) {
        return withAll(List.of(added));
    }

    /** {@code added} appended in order; every id must be new (and distinct). */
    public SceneDocument withAll(List<Placement> added) {
        List<Placement> out = new ArrayList<>(placements);
        for (Placement p : added) {
            requireNew(p.id());
            out.add(p);
        }
        return new SceneDocument(name, out);
    }

    /** {@code changed} in place of the placement with its id, at the same index. */
    public SceneDocument replaced(Placement changed) {
        return replacedAll(List.of(changed));
    }

    public SceneDocument replacedAll(Collection<Placement> changed) {
        List<Placement> out = new ArrayList<>(placements);
        for (Placement p : changed) {
            int i = indexOf(p.id());
            if (i < 0) {
                throw new IllegalArgumentException("scene " + name + " has no placement " + p.id() + " to replace");
            }
            out.set(i, p);
        }
        return new SceneDocument(name, out);
    }

    /** This scene without the placements named; unknown ids are ignored. */
    public SceneDocument without(Collection<String> placementIds) {
        Set<String> gone = Set.copyOf(placementIds);
        return new SceneDocument(name, placements.stream().filter(p -> !gone.contains(p.id())).toList());
    }

    /**
     * {@code p} inserted so that it ends up at {@code index} (0 to size): undoing a delete restores the exact
     * previous order when the deleted placements are re-inserted by ascending former index.
     */
    public SceneDocument insertedAt(int index, Placement p) {
        if (index < 0 || index > placements.size()) {
            throw new IndexOutOfBoundsException("index " + index + " outside 0.." + placements.size());
        }
        requireNew(p.id());
        List<Placement> out = new ArrayList<>(placements);
        out.add(index, p);
        return new SceneDocument(name, out);
    }

    /**
     * This scene with placement ids changed as {@code ids} says (ids not in it stay): what a save does when the
     * server gives its own ids to placements it had not seen. Placements whose new id is already taken keep theirs.
     */
    public SceneDocument withIds(Map<String, String> ids) {
        if (ids.isEmpty() || placements.stream().noneMatch(p -> ids.containsKey(p.id()))) {
            return this;
        }
        Set<String> taken = new HashSet<>();
        placements.forEach(p -> taken.add(p.id()));
        List<Placement> out = new ArrayList<>(placements.size());
        for (Placement p : placements) {
            String next = ids.get(p.id());
            if (next != null && !next.equals(p.id()) && taken.add(next)) {
                taken.remove(p.id());
                out.add(p.withId(next));
            } else {
                out.add(p);
            }
        }
        return new SceneDocument(name, out);
    }

    public SceneDocument renamed(String newName) {
        return new SceneDocument(newName, placements);
    }

    /** Index of the placement with this id, -1 when absent. */
    public int indexOf(String placementId) {
        for (int i = 0; i < placements.size(); i++) {
            if (placements.get(i).id().equals(placementId)) {
                return i;
            }
        }
        return -1;
    }

    /** Placements by id, in document order. */
    public Map<String, Placement> byId() {
        Map<String, Placement> out = new LinkedHashMap<>();
        placements.forEach(p -> out.put(p.id(), p));
        return out;
    }

    private void requireNew(String id) {
        if (indexOf(id) >= 0) {
            throw new IllegalArgumentException("scene " + name + " already has a placement " + id);
        }
    }
}
