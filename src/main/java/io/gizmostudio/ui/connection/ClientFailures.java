package io.gizmostudio.ui.connection;

import io.gizmostudio.client.AwaitTimeoutException;
import io.gizmostudio.client.BadRequestException;
import io.gizmostudio.client.ConflictException;
import io.gizmostudio.client.ForbiddenException;
import io.gizmostudio.client.GizmoException;
import io.gizmostudio.client.NetworkException;
import io.gizmostudio.client.NotFoundException;
import io.gizmostudio.client.RateLimitedException;
import io.gizmostudio.client.ServerException;
import io.gizmostudio.client.UnauthorizedException;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.ServiceException;
import java.util.function.Supplier;

/** The one place where the client's exceptions become the ui's {@link ServiceException}. */
final class ClientFailures {
    private ClientFailures() {
    }

    static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (GizmoException e) {
            throw translate(e);
        } catch (IllegalArgumentException e) {
            // The client refuses malformed URLs and keys before sending anything.
            throw new ServiceException(FailureKind.INVALID_REQUEST, "invalid_setting", e.getMessage(), null, e);
        }
    }

    static void run(Runnable call) {
        call(() -> {
            call.run();
            return null;
        });
    }

    static ServiceException translate(GizmoException e) {
        FailureKind kind;
        if (e instanceof UnauthorizedException) {
            kind = FailureKind.UNAUTHORIZED;
        } else if (e instanceof ForbiddenException) {
            kind = FailureKind.FORBIDDEN;
        } else if (e instanceof NotFoundException) {
            kind = FailureKind.NOT_FOUND;
        } else if (e instanceof ConflictException) {
            kind = FailureKind.CONFLICT;
        } else if (e instanceof BadRequestException) {
            kind = FailureKind.INVALID_REQUEST;
        } else if (e instanceof RateLimitedException) {
            kind = FailureKind.RATE_LIMITED;
        } else if (e instanceof ServerException) {
            kind = FailureKind.SERVER_ERROR;
        } else if (e instanceof NetworkException) {
            kind = NetworkException.TIMEOUT.equals(e.code()) ? FailureKind.TIMEOUT : FailureKind.UNREACHABLE;
        } else if (e instanceof AwaitTimeoutException) {
            kind = FailureKind.TIMEOUT;
        } else {
            kind = FailureKind.LOCAL;
        }
        return new ServiceException(kind, e.code(), e.serverMessage(),
                e instanceof RateLimitedException r ? r.retryAfter().orElse(null) : null, e);
    }
}
