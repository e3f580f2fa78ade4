package org.courrier.routes.web;

import java.util.Objects;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.courrier.routes.api.Reviewer;
import org.courrier.routes.api.Reviewers;
import org.courrier.routes.security.Sessions;

/**
 * The reviewer of a request is the user signed in to the session its cookie names. The {@link Gate} has already
 * checked the session, the CSRF token and the role; a request without a live session (a token, say) has no reviewer
 * and cannot write.
 */
public final class SessionReviewers implements Reviewers {

    private final Sessions sessions;

    public SessionReviewers(Sessions sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    @Override
    public Optional<Reviewer> who(Exchange request) {
        return sessions.fromCookies(request.getIn().getHeader("Cookie", String.class))
                .map(s -> new Reviewer(s.user().name()));
    }
}
