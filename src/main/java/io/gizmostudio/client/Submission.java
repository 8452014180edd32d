package io.gizmostudio.client;

import io.gizmostudio.api.Asset;

/**
 * What {@code POST /v1/assets} answered: an asset to poll (alpha and the local engine), or a job to follow
 * (the newer variant, §9). Exactly one of the two is set.
 */
public record Submission(Asset asset, String jobId) {
    public Submission {
        if ((asset == null) == (jobId == null)) {
            throw new IllegalArgumentException("a submission is either an asset or a job");
        }
    }

    public boolean isJob() {
        return jobId != null;
    }
}
