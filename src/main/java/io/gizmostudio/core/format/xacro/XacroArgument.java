package io.gizmostudio.core.format.xacro;

import java.util.Optional;

/**
 * An {@code <xacro:arg name=... default=...>} a description declares: what the open dialog offers the user to set.
 * {@code defaultValue} is the attribute as written (it may hold {@code $(optenv ...)}); empty when it has none, so
 * the user must give one.
 */
public record XacroArgument(String name, Optional<String> defaultValue) {
}
