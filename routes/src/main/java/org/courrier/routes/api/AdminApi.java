package org.courrier.routes.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.courrier.routes.Replay;
import org.courrier.routes.security.Role;
import org.courrier.routes.security.Users;
import org.courrier.routes.store.AdminAudit;

/**
 * The admins' API: list, add, disable and enable users ({@code /api/users}), replay failed files ({@code POST /api/replay},
 * what {@code ./courrier replay} does), and the trail of these actions ({@code GET /api/admin/audit}). The
 * {@code Gate} lets only a signed-in admin through, with the session's CSRF token for a write; every action is
 * written to the {@link AdminAudit} trail with the admin's name.
 *
 * <p>Thread-safe.
 */
public final class AdminApi extends RouteBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The longest file name a replay request may give (the file systems' limit). */
    private static final int MAX_NAME = 255;

    private final Users users;
    private final Consumer<String> signOutEverywhere;
    private final Replay replay;
    private final AdminAudit audit;
    private final Reviewers who;

    /**
     * @param signOutEverywhere ends every session of the user named (called when the user is disabled)
     * @param who the signed-in admin of a request
     */
    public AdminApi(Users users, Consumer<String> signOutEverywhere, Replay replay, AdminAudit audit, Reviewers who) {
        this.users = Objects.requireNonNull(users, "users");
        this.signOutEverywhere = Objects.requireNonNull(signOutEverywhere, "signOutEverywhere");
        this.replay = Objects.requireNonNull(replay, "replay");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.who = Objects.requireNonNull(who, "who");
    }

    @Override
    public void configure() {
        onException(ApiException.class).handled(true).process(e -> {
            ApiException x = e.getProperty(Exchange.EXCEPTION_CAUGHT, ApiException.class);
            NoStoreJson.answer(e, x.status(), NoStoreJson.error(x.code(), x.getMessage()));
        });
        onException(Exception.class).handled(true).process(e -> {
            Exception x = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
            log.warn("admin API {} failed", e.getIn().getHeader(Exchange.HTTP_URI), x);
            NoStoreJson.answer(e, 500, NoStoreJson.error("INTERNAL_ERROR", "the request failed: " + x.getMessage()));
        });
        from("platform-http:/api/users?httpMethodRestrict=GET,POST")
                .routeId("api-users")
                .process(e -> {
                    if ("POST".equals(e.getIn().getHeader(Exchange.HTTP_METHOD, String.class))) {
                        addUser(e);
                    } else {
                        listUsers(e);
                    }
                });
        from("platform-http:/api/users/{name}/disable?httpMethodRestrict=POST")
                .routeId("api-user-disable")
                .process(this::disableUser);
        from("platform-http:/api/users/{name}/enable?httpMethodRestrict=POST")
                .routeId("api-user-enable")
                .process(this::enableUser);
        from("platform-http:/api/replay?httpMethodRestrict=POST")
                .routeId("api-replay")
                .process(this::replay);
        from("platform-http:/api/admin/audit?httpMethodRestrict=GET")
                .routeId("api-admin-audit")
                .process(this::auditTrail);
    }

    private void listUsers(Exchange e) throws Exception {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode list = out.putArray("users");
        for (Users.Account a : users.accounts()) {
            list.add(account(a.name(), a.role(), a.disabled())
                    .put("createdAt", a.createdAt().toString()));
        }
        NoStoreJson.answer(e, 200, out);
    }

    private void addUser(Exchange e) throws Exception {
        String admin = admin(e);
        JsonNode body = body(e);
        String name = text(body, "name");
        String roleName = text(body, "role");
        String password = text(body, "password");
        Role role;
        try {
            role = Role.named(roleName);
        } catch (IllegalArgumentException x) {
            throw ApiException.badRequest(x.getMessage());
        }
        if (users.accounts().stream().anyMatch(a -> a.name().equals(name))) {
            throw new ApiException(409, "USER_EXISTS", "a user named '" + name + "' exists already");
        }
        try {
            users.add(name, role, password.toCharArray());
        } catch (IllegalArgumentException x) {
            throw ApiException.badRequest(x.getMessage());
        }
        audit.record(admin, "user.add", name, "role " + role.label());
        log.info("{} added user {} ({})", admin, name, role.label());
        NoStoreJson.answer(e, 201, account(name, role, false));
    }

    private void disableUser(Exchange e) throws Exception {
        String admin = admin(e);
        String name = e.getIn().getHeader("name", String.class);
        if (admin.equals(name)) {
            throw new ApiException(409, "CANNOT_DISABLE_SELF", "an admin cannot disable themself; ask another admin");
        }
        try {
            users.disable(name);
        } catch (NoSuchElementException x) {
            throw ApiException.notFound(x.getMessage());
        } catch (IllegalStateException x) {
            throw new ApiException(409, "ALREADY_DISABLED", x.getMessage());
        }
        signOutEverywhere.accept(name);
        answerAccount(e, admin, name, "user.disable", "disabled");
    }

    private void enableUser(Exchange e) throws Exception {
        String admin = admin(e);
        String name = e.getIn().getHeader("name", String.class);
        try {
            users.enable(name);
        } catch (NoSuchElementException x) {
            throw ApiException.notFound(x.getMessage());
        } catch (IllegalStateException x) {
            throw new ApiException(409, "NOT_DISABLED", x.getMessage());
        }
        answerAccount(e, admin, name, "user.enable", "enabled");
    }

    /** Audits what an admin did to a user's account and answers with the account as it is now. */
    private void answerAccount(Exchange e, String admin, String name, String action, String done) throws Exception {
        Users.Account a = users.accounts().stream()
                .filter(u -> u.name().equals(name))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("no user named '" + name + "'"));
        audit.record(admin, action, name, "role " + a.role().label());
        log.info("{} {} user {}", admin, done, name);
        NoStoreJson.answer(e, 200, account(a.name(), a.role(), a.disabled()));
    }

    private void replay(Exchange e) throws Exception {
        String admin = admin(e);
        JsonNode body = body(e);
        JsonNode files = body.path("files");
        List<String> names = new ArrayList<>();
        if (!files.isMissingNode() && !files.isNull()) {
            if (!files.isArray()) {
                throw ApiException.badRequest("files is a list of file names (or leave it out to replay all)");
            }
            for (JsonNode f : files) {
                String name = f.isTextual() ? f.asText() : "";
                if (name.isBlank()
                        || name.length() > MAX_NAME
                        || name.contains("/")
                        || name.contains("\\")
                        || name.chars().anyMatch(Character::isISOControl)
                        || name.equals(".")
                        || name.equals("..")) {
                    throw ApiException.badRequest("a file is named by its name in failed/, without a folder: " + f);
                }
                names.add(name);
            }
        }
        Replay.Result result = replay.replay(names);
        ObjectNode out = JSON.createObjectNode();
        ArrayNode moved = out.putArray("replayed");
        result.moved().forEach(m -> moved.addObject().put("file", m.file()).put("as", m.as()));
        ArrayNode notMoved = out.putArray("notReplayed");
        result.notMoved()
                .forEach(n -> notMoved.addObject().put("file", n.file()).put("reason", n.reason()));
        audit.record(admin, "replay", names.isEmpty() ? "all failed files" : String.join(", ", names), out.toString());
        log.info("{} replayed {} file(s)", admin, result.moved().size());
        NoStoreJson.answer(e, 200, out);
    }

    private void auditTrail(Exchange e) throws Exception {
        String limitText = e.getIn().getHeader("limit", String.class);
        int limit;
        try {
            limit = limitText == null ? 200 : Integer.parseInt(limitText);
        } catch (NumberFormatException x) {
            throw ApiException.badRequest("limit is a number from 1 to 1000: " + limitText);
        }
        if (limit < 1 || limit > 1000) {
            throw ApiException.badRequest("limit is a number from 1 to 1000: " + limit);
        }
        ObjectNode out = JSON.createObjectNode();
        ArrayNode list = out.putArray("entries");
        for (AdminAudit.Entry a : audit.latest(limit)) {
            list.addObject()
                    .put("sequence", a.sequence())
                    .put("by", a.by())
                    .put("at", a.at().toString())
                    .put("action", a.action())
                    .put("target", a.target())
                    .put("detail", a.detail());
        }
        NoStoreJson.answer(e, 200, out);
    }

    private String admin(Exchange e) {
        return who.who(e)
                .map(Reviewer::name)
                .orElseThrow(() -> new ApiException(401, "SIGNED_OUT", "sign in as an admin first"));
    }

    private static ObjectNode account(String name, Role role, boolean disabled) {
        return JSON.createObjectNode()
                .put("name", name)
                .put("role", role.label())
                .put("disabled", disabled);
    }

    private static JsonNode body(Exchange e) {
        byte[] bytes = e.getIn().getBody(byte[].class);
        if (bytes == null || bytes.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode n = JSON.readTree(bytes);
            if (n == null || !n.isObject()) {
                throw ApiException.badRequest("the body is a JSON object");
            }
            return n;
        } catch (IOException x) {
            throw ApiException.badRequest("the body is not JSON");
        }
    }

    private static String text(JsonNode body, String name) {
        JsonNode v = body.path(name);
        if (!v.isTextual() || v.asText().isEmpty()) {
            throw ApiException.badRequest("\"" + name + "\" is required, as text");
        }
        return v.asText();
    }
}
