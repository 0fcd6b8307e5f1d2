package org.luoshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of /v3/api-docs, every parameter and body field, gets hostile values: NUL and other control
 * characters, bidi overrides, lone surrogates, 100,000-character texts, values of the wrong type, huge, negative
 * and NaN numbers, odd page sizes, a parameter sent twice, odd file names. Nothing may answer 5xx, and every 4xx
 * must be problem+json with a Chinese detail; a value refused for its form (a text flaw, a wrong type, a second
 * value) must be a 400 that names its field. An endpoint added tomorrow is walked the same way: the list comes
 * from the spec, not from this file.
 */
@IntegrationTest
class HostileInputSpecIT {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;

    private final List<String> failures = new ArrayList<>();
    private int requests;

    @Test
    void everyOperationAnswersHostileInputWithAChineseProblemNamingTheField() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        RequestPostProcessor admin = fixtures.as(fixtures.account("hostile", tree.root(), Role.SYSTEM_ADMIN));
        // plans are worked by their issuer's administrators: with them the requests get past the permission checks
        RequestPostProcessor issuer = fixtures.as(fixtures.account("hostile", tree.provinceA(), Role.UNIT_ADMIN));
        PlanFixtures.Plan plan = plans.plan(tree.provinceA(), "敌意输入测试方案", LocalDate.of(2026, 12, 31));
        long assignment = plans.assign(plan, tree.countyA(), tree.provinceA(), null);
        // an account of this test's own tree: requests that get through may disable it or reset its password
        long account = jdbc.sql("select id from account where username = ?")
                .param(fixtures.account("hostile", tree.countyA(), Role.MEMBER)).query(Long.class).single();
        Ids ids = new Ids(tree.provinceA(), tree.countyA(), plan.id(), plan.itemIds().get(0), assignment, account);

        List<ApiSpec.Operation> operations = ApiSpec.read(mvc.perform(get("/v3/api-docs").with(admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(operations).hasSizeGreaterThan(50);
        for (int i = 0; i < operations.size(); i++) {
            ApiSpec.Operation operation = operations.get(i);
            List<Attempt> attempts = Attempt.against(operation, ids);
            RequestPostProcessor user = operation.path().startsWith("/api/v1/plans/") ? issuer : admin;
            for (Attempt attempt : attempts) {
                check(attempt, user);
            }
            if (i % 4 == 0 && !attempts.isEmpty()) {
                check(attempts.get(0).anonymously(), null);
            }
        }
        assertThat(failures).as("%d of %d hostile requests were answered wrongly", failures.size(), requests)
                .isEmpty();
    }

    private void check(Attempt attempt, RequestPostProcessor user) throws Exception {
        requests++;
        AbstractMockHttpServletRequestBuilder<?> request = attempt.request().with(csrf());
        if (user != null) {
            request.with(user);
        }
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (Exception unhandled) {
            // MockMvc throws what a server would answer with a 500
            failures.add(attempt + " -> 500: " + unhandled.getMessage());
            return;
        }
        String problem = Answer.problem(response, attempt.field().name(), attempt.value().mustNameField()
                && user != null && attempt.field().in() != ApiSpec.In.PATH);
        if (problem != null) {
            failures.add(attempt + " -> " + response.getStatus() + ": " + problem);
        }
    }

    /** The rule an answer to a hostile request must keep; null when it does, else what is wrong. */
    static final class Answer {

        static String problem(MockHttpServletResponse response, String field, boolean mustNameField)
                throws Exception {
            int status = response.getStatus();
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            if (status >= 500) {
                return "a server error " + abbreviate(body);
            }
            if (status < 400) {
                return mustNameField ? "accepted a value it should refuse" : null;
            }
            if (response.getContentType() == null
                    || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(
                            response.getContentType()))) {
                return "not problem+json (" + response.getContentType() + ") " + abbreviate(body);
            }
            Object detail = JSON.readValue(body, Map.class).get("detail");
            if (!(detail instanceof String text) || !CHINESE.matcher(text).find()) {
                return "no Chinese detail " + abbreviate(body);
            }
            if (mustNameField && (status != 400 || !body.contains(field))) {
                return "does not refuse “" + field + "” by name " + abbreviate(body);
            }
            return null;
        }

        private static String abbreviate(String text) {
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        }
    }

    /**
     * Objects of this test's own tree for the ids in paths and bodies, so that requests reach the code behind the
     * checks; any other id is one no object has, so that nothing another test uses (the first administrator is
     * account 1) is disabled, reset or deleted by a request that gets through.
     */
    record Ids(long unit, long otherUnit, long plan, long item, long assignment, long account) {

        static final long NOBODY = 2_000_000_000L;

        Object forPath(String path, String name) {
            String before = path.substring(0, path.indexOf("{" + name + "}"));
            if (name.equals("planId") || before.endsWith("/plans/")) {
                return plan;
            }
            if (name.equals("itemId")) {
                return item;
            }
            if (before.endsWith("/assignments/")) {
                return assignment;
            }
            if (name.equals("targetId")) {
                return otherUnit;
            }
            if (before.endsWith("/units/")) {
                return unit;
            }
            if (before.endsWith("/accounts/")) {
                return account;
            }
            return NOBODY;
        }

        Object forField(String name) {
            return switch (name) {
                case "unitId", "parentId", "newParentId" -> unit;
                case "itemId" -> item;
                default -> null;
            };
        }
    }

    /** One request: the operation with sane values everywhere except one field, which gets a hostile value. */
    record Attempt(ApiSpec.Operation operation, ApiSpec.Field field, Hostile value, Ids ids, boolean anonymous) {

        static final ApiSpec.Field UNDECLARED = new ApiSpec.Field(ApiSpec.In.QUERY, "note", Map.of("type", "string"));

        static List<Attempt> against(ApiSpec.Operation operation, Ids ids) {
            List<Attempt> attempts = new ArrayList<>();
            List<ApiSpec.Field> fields = new ArrayList<>(operation.fields());
            // every operation also gets a parameter no one declared: refused for its text all the same
            fields.add(UNDECLARED);
            if (operation.multipart() && fields.stream().noneMatch(f -> f.in() == ApiSpec.In.FILE)) {
                fields.add(new ApiSpec.Field(ApiSpec.In.FILE, "file", Map.of("type", "string", "format", "binary")));
            }
            for (ApiSpec.Field field : fields) {
                for (Hostile value : Hostile.valuesFor(field)) {
                    // a parameter no one reads may come twice: nothing is joined
                    if (!(field == UNDECLARED && value.repeated())) {
                        attempts.add(new Attempt(operation, field, value, ids, false));
                    }
                }
            }
            return attempts;
        }

        Attempt anonymously() {
            return new Attempt(operation, field, value, ids, true);
        }

        AbstractMockHttpServletRequestBuilder<?> request() {
            Object[] pathValues = operation.pathParameters().stream()
                    .map(name -> field.in() == ApiSpec.In.PATH && field.name().equals(name) ? value.asText()
                            : ids.forPath(operation.path(), name))
                    .toArray();
            AbstractMockHttpServletRequestBuilder<?> request;
            if (operation.multipart()) {
                MockMultipartHttpServletRequestBuilder upload = multipart(HttpMethod.valueOf(operation.method()),
                        operation.path(), pathValues);
                for (ApiSpec.Field part : operation.fields()) {
                    if (part.in() == ApiSpec.In.PART && part != field) {
                        Object sane = Sane.value(part, ids);
                        if (sane != null) {
                            upload.param(part.name(), String.valueOf(sane));
                        }
                    }
                }
                String filename = field.in() == ApiSpec.In.FILE ? value.asText() : "报告.xlsx";
                String partName = field.in() == ApiSpec.In.FILE ? field.name() : operation.fields().stream()
                        .filter(f -> f.in() == ApiSpec.In.FILE).map(ApiSpec.Field::name).findFirst().orElse("file");
                upload.file(new MockMultipartFile(partName, filename, "application/octet-stream",
                        "落实".getBytes(StandardCharsets.UTF_8)));
                request = upload;
            } else {
                request = MockMvcRequestBuilders.request(HttpMethod.valueOf(operation.method()), operation.path(),
                        pathValues);
            }
            if (operation.jsonBody()) {
                request.contentType(MediaType.APPLICATION_JSON).content(body());
            }
            for (ApiSpec.Field required : operation.fields()) {
                if (required.required() && required.in() == ApiSpec.In.QUERY && required != field) {
                    request.param(required.name(), String.valueOf(Sane.value(required, ids)));
                }
            }
            switch (field.in()) {
                case QUERY, PART -> {
                    if (value.repeated()) {
                        request.param(field.name(), value.asText(), value.asText());
                    } else {
                        request.param(field.name(), value.asText());
                    }
                }
                case HEADER -> request.header(field.name(), value.asText());
                default -> {
                }
            }
            return request.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL);
        }

        private String body() {
            Map<String, Object> body = new LinkedHashMap<>();
            for (ApiSpec.Field member : operation.fields()) {
                if (member.in() == ApiSpec.In.BODY) {
                    body.put(member.name(), member == field ? value.json() : Sane.value(member, ids));
                }
            }
            return Json.write(body);
        }

        @Override
        public String toString() {
            return (anonymous ? "anonymous " : "") + operation.method() + " " + operation.path() + " "
                    + field.in().name().toLowerCase() + " " + field.name() + "=" + value.label();
        }
    }
}
