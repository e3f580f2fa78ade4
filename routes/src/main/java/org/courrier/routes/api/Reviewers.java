package org.courrier.routes.api;

import java.util.Optional;
import org.apache.camel.Exchange;

/**
 * Who is asking: the one place the API learns the reviewer of a request. Every write endpoint asks it and refuses
 * the request (401) when it answers empty. The service identifies people by their session
 * ({@code org.courrier.routes.web.SessionReviewers}); nothing else in the API reads identities.
 */
@FunctionalInterface
public interface Reviewers {

    /** The reviewer making {@code request}, or empty when the request does not say who (or says it badly). */
    Optional<Reviewer> who(Exchange request);
}
