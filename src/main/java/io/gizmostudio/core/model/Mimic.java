package io.gizmostudio.core.model;

/** This joint follows {@code joint}: q = multiplier · q_leader + offset. */
public record Mimic(String joint, double multiplier, double offset) {
}
