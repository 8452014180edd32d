package io.gizmostudio.api;

/** Why a generation failed: a machine-readable code and a message for people. */
public record ApiError(String code, String message) {
}
