package org.courrier.routes.api;

import java.util.Optional;
import org.apache.camel.Exchange;

/**
 * Who is asking: the one place the API learns the reviewer of a request. Every write endpoint asks it and refuses
 * the request (401) when it answers empty. Swap the implementation to change how people are identified (a session
 * cookie instead of a header); nothing else in the API reads identities.
 */
@FunctionalInterface
public interface Reviewers {

    /** The reviewer making {@code request}, or empty when the request does not say who (or says it badly). */
    Optional<Reviewer> who(Exchange request);

    /** The header {@link #byHeader} reads. */
    String HEADER = "X-Courrier-User";

    /**
     * Trusts the {@value #HEADER} header: for a service bound to 127.0.0.1 until users and sessions exist. A name is
     * 1 to 100 characters, without control characters.
     */
    static Reviewers byHeader() {
        return request -> {
            String name = request.getIn().getHeader(HEADER, String.class);
            if (name == null) {
                return Optional.empty();
            }
            name = name.strip();
            if (name.isEmpty() || name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
                return Optional.empty();
            }
            return Optional.of(new Reviewer(name));
        };
    }
}
