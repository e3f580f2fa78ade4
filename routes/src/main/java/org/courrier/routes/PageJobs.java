package org.courrier.routes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.courrier.document.Page;
import org.courrier.document.SourceFile;

/**
 * What travels on the broker between the intake and the workers. A page job's body is the letter's bytes (the
 * broker sends a large one as a large message, in chunks), or names its copy in a shared folder; its headers say which letter and which page; a page
 * result's body is the page's positioned text as JSON, or, when the page cannot be read, the reason and message.
 */
final class PageJobs {

    /**
     * With {@code courrier.broker.shared-folder}: the name of the letter's copy in the shared folder; the job's body
     * is then empty.
     */
    static final String SHARED = "courrierShared";
    /** The letter's id (SHA-256 of its bytes), on jobs and results. */
    static final String LETTER = "courrierId";
    /** The page number, 1-based. */
    static final String PAGE = "courrierPage";
    /** Pages in the letter. */
    static final String PAGES = "courrierPages";
    /** The file's name as it came into the inbox. */
    static final String FILE = "courrierFile";
    /** Where the intake keeps the source until its record is out (absolute path). */
    static final String PENDING = "courrierPending";
    /** The source file's facts ({@link SourceFile}) as JSON. */
    static final String SOURCE = "courrierSource";
    /** On a result: the reason a page could not be read ({@code org.courrier.document.Reason} name). */
    static final String ERROR = "courrierError";
    /** On a result: which worker read the page. */
    static final String WORKER = "courrierWorker";
    /** On a result: seconds the worker spent on the page. */
    static final String SECONDS = "courrierSeconds";

    private static final ObjectMapper JSON =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PageJobs() {}

    static String pageJson(Page page) {
        try {
            return JSON.writeValueAsString(page);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("page " + page.number() + " cannot be written as JSON", e);
        }
    }

    static Page page(String json) {
        try {
            return JSON.readValue(json, Page.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a page result is not a page: " + e.getOriginalMessage(), e);
        }
    }

    static String sourceJson(SourceFile source) {
        try {
            return JSON.writeValueAsString(source);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("source facts cannot be written as JSON", e);
        }
    }

    static SourceFile source(String json) {
        try {
            return JSON.readValue(json, SourceFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a page result's source is not valid: " + e.getOriginalMessage(), e);
        }
    }
}
