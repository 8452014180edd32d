package io.gizmostudio.ui.generate;

import io.gizmostudio.api.CreateAssetRequest;
import io.gizmostudio.core.generate.GenerationException;
import io.gizmostudio.core.generate.PromptParser;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.ui.common.AssetParams;
import io.gizmostudio.ui.jobs.JobTracker;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The prompt-to-generate form: prompt, optional name, tags, seed and "weld the base" ({@code fixed_base}),
 * validated as the user types with the server's limits (contract §6), so Generate is only enabled for a request the
 * server will accept. As the user types it also says how the built-in engine reads the prompt, what it would not
 * honour, and whether the asset will float freely, so nothing the prompt says is dropped silently.
 */
public final class GenerateDialogViewModel {
    public static final int MAX_PROMPT = 2000;
    public static final int MAX_NAME = 200;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG_LENGTH = 50;

    private final JobTracker jobs;
    private final StringProperty prompt = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty seed = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper validationMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper promptLength = new ReadOnlyStringWrapper();
    private final BooleanProperty fixedBase = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper reading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notHonoured = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper baseHint = new ReadOnlyStringWrapper("");
    private final PromptParser parser = new PromptParser();
    private final ObservableList<String> examples = FXCollections.observableList(ExamplePrompts.ALL);

    public GenerateDialogViewModel(JobTracker jobs) {
        this.jobs = jobs;
        validationMessage.bind(Bindings.createStringBinding(this::firstProblem, prompt, name, tags, seed));
        valid.bind(validationMessage.isEmpty());
        promptLength.bind(Bindings.createStringBinding(
                () -> prompt.get().strip().length() + " / " + MAX_PROMPT, prompt));
        prompt.addListener((obs, was, now) -> read());
        fixedBase.addListener((obs, was, now) -> read());
        read();
    }

    /** Weld the asset's base to the world ({@code fixed_base}); off = the family's default (contract §5). */
    public BooleanProperty fixedBaseProperty() {
        return fixedBase;
    }

    /** "Built-in engine reads: robot arm · dof 6 · reach 1.20 m", or why it would refuse; empty for no prompt. */
    public ReadOnlyStringProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** "Not honoured: wall-mounted, 3 drawers"; empty when the engine honours everything the prompt says. */
    public ReadOnlyStringProperty notHonouredProperty() {
        return notHonoured.getReadOnlyProperty();
    }

    /** Whether the asset will be a free body in simulation or welded to the world, as the form stands. */
    public ReadOnlyStringProperty baseHintProperty() {
        return baseHint.getReadOnlyProperty();
    }

    public StringProperty promptProperty() {
        return prompt;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Comma-separated. */
    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    /** Why Generate is disabled; empty when the form is valid. */
    public ReadOnlyStringProperty validationMessageProperty() {
        return validationMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** "123 / 2000". */
    public ReadOnlyStringProperty promptLengthProperty() {
        return promptLength.getReadOnlyProperty();
    }

    public ObservableList<String> examplePrompts() {
        return examples;
    }

    public void useExample(String example) {
        if (example != null) {
            prompt.set(example);
        }
    }

    /** The request the form describes, when valid. */
    public Optional<CreateAssetRequest> request() {
        if (!valid.get()) {
            return Optional.empty();
        }
        String trimmedName = name.get().strip();
        List<String> tagList = tagList();
        String seedText = seed.get().strip();
        return Optional.of(new CreateAssetRequest(prompt.get().strip(),
                trimmedName.isEmpty() ? null : trimmedName,
                tagList.isEmpty() ? null : tagList,
                seedText.isEmpty() ? null : Long.parseLong(seedText),
                // only sent when asked for: a server that predates the field still takes the request
                fixedBase.get() ? Boolean.TRUE : null));
    }

    /** Reads the prompt with the built-in engine's parser (well under a millisecond for 2,000 characters). */
    private void read() {
        String p = prompt.get().strip();
        if (p.isEmpty() || p.length() > MAX_PROMPT) {
            reading.set("");
            notHonoured.set("");
            baseHint.set("");
            return;
        }
        Map<String, Object> params;
        try {
            params = parser.parse(p).describe();
        } catch (GenerationException e) {
            reading.set("The built-in engine would not make this: " + e.getMessage());
            notHonoured.set("");
            baseHint.set("");
            return;
        }
        reading.set("Built-in engine reads: " + AssetParams.reading(params));
        List<String> ignored = AssetParams.ignored(params);
        notHonoured.set(ignored.isEmpty() ? "" : "Not honoured: " + String.join(", ", ignored));
        String family = String.valueOf(params.get("family"));
        Mobility mobility = Mobility.of(family, fixedBase.get());
        baseHint.set(mobility == Mobility.FREE
                ? "Exports as a free body: it rests on the floor and can be pushed, picked up or driven."
                : fixedBase.get() && Mobility.defaultFor(family) == Mobility.FREE
                        ? "Exports welded to the world, although this kind of asset is free by default."
                        : "Exports welded to the world.");
    }

    /** Starts the generation in the background; false (nothing started) when the form is invalid. */
    public boolean submit() {
        Optional<CreateAssetRequest> request = request();
        request.ifPresent(jobs::generate);
        return request.isPresent();
    }

    private String firstProblem() {
        String p = prompt.get().strip();
        if (p.isEmpty()) {
            return "Describe the asset to generate, or pick an example.";
        }
        if (p.length() > MAX_PROMPT) {
            return "The prompt is " + p.length() + " characters; the limit is " + MAX_PROMPT + ".";
        }
        if (name.get().strip().length() > MAX_NAME) {
            return "The name is longer than " + MAX_NAME + " characters.";
        }
        List<String> tagList = tagList();
        if (tagList.size() > MAX_TAGS) {
            return "At most " + MAX_TAGS + " tags.";
        }
        for (String tag : tagList) {
            if (tag.length() > MAX_TAG_LENGTH) {
                return "Tag “" + tag.substring(0, 20) + "…” is longer than " + MAX_TAG_LENGTH + " characters.";
            }
        }
        String s = seed.get().strip();
        if (!s.isEmpty() && !isLong(s)) {
            return "The seed must be a whole number (or left empty).";
        }
        return "";
    }

    private List<String> tagList() {
        return Arrays.stream(tags.get().split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    private static boolean isLong(String text) {
        try {
            Long.parseLong(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
