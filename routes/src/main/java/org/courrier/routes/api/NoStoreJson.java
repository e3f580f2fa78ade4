package org.courrier.routes.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;

/**
 * JSON answers that no cache may keep (the admin API, box reads): UTF-8 JSON with {@code Cache-Control: no-store},
 * the request's headers not echoed back, and the API's error body ({@code error}, {@code message}).
 */
public final class NoStoreJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NoStoreJson() {}

    /** The API's error body. */
    public static ObjectNode error(String code, String message) {
        return JSON.createObjectNode().put("error", code).put("message", message);
    }

    /** Sets the exchange's answer to {@code body} with {@code status}. */
    public static void answer(Exchange e, int status, JsonNode body) {
        e.getMessage().removeHeaders("*");
        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        e.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json; charset=utf-8");
        e.getMessage().setHeader("Cache-Control", "no-store");
        e.getMessage().setBody(body.toString());
    }
}
