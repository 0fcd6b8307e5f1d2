package org.luoshi.org.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.luoshi.org.MemberStatus;
import org.luoshi.org.internal.unit.UnitService;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/**
 * The member list's total comes from per-unit counters kept by triggers on member. Random registrations, imports,
 * status changes, unit moves and merges must leave the counters' sum over any subtree equal to the exact count.
 */
@IntegrationTest
class MemberCountIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UnitService unitService;

    @RepeatedTest(3)
    void countersMatchTheExactCountAfterRandomChanges() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long root = fixtures.root();
        long provinceA = fixtures.unit(root, "计数甲省" + tag, "PROVINCIAL");
        long countyA = fixtures.unit(provinceA, "计数甲县" + tag, "COUNTY");
        long provinceB = fixtures.unit(root, "计数乙省" + tag, "PROVINCIAL");
        long countyB = fixtures.unit(provinceB, "计数乙县" + tag, "COUNTY");
        List<Long> active = new ArrayList<>(List.of(provinceA, countyA, provinceB, countyB));
        List<Long> branches = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long branch = fixtures.unit(active.get(random.nextInt(active.size())), "计数分会" + tag + i, "BRANCH");
            active.add(branch);
            branches.add(branch);
        }
        String admin = fixtures.account("counter", root, Role.UNIT_ADMIN);
        Actor restructurer = new Actor(0, "counter", "counter", root, path(root), Set.of(Role.UNIT_ADMIN));
        List<Long> members = new ArrayList<>();

        for (int step = 0; step < 30; step++) {
            String operation = switch (random.nextInt(6)) {
                case 0, 1 -> {
                    members.add(register(admin, pick(active, random), tag));
                    yield "register";
                }
                case 2 -> {
                    importMembers(admin, active, random, tag);
                    yield "import";
                }
                case 3 -> {
                    if (!members.isEmpty()) {
                        changeStatus(admin, pick(members, random), random);
                    }
                    yield "status";
                }
                case 4 -> {
                    long branch = pick(branches, random);
                    List<Long> targets = active.stream().filter(t -> !path(t).startsWith(path(branch))
                            && t != parentOf(branch)).toList();
                    if (!targets.isEmpty()) {
                        unitService.move(restructurer, branch, pick(targets, random), null);
                    }
                    yield "move";
                }
                default -> {
                    if (branches.size() > 3) {
                        long branch = pick(branches, random);
                        List<Long> targets = active.stream().filter(t -> !path(t).startsWith(path(branch))).toList();
                        unitService.merge(restructurer, branch, pick(targets, random), null);
                        branches.remove(branch);
                        active.remove(branch);
                    }
                    yield "merge";
                }
            };
            for (long scope : List.of(root, provinceA, countyA, provinceB, pick(active, random))) {
                String where = "seed %d, step %d (%s), scope %d".formatted(seed, step, operation, scope);
                assertThat(counted(scope, null)).as(where).isEqualTo(exact(scope, null));
                for (MemberStatus status : MemberStatus.values()) {
                    assertThat(counted(scope, status)).as(where + ", " + status).isEqualTo(exact(scope, status));
                }
            }
        }
        assertThat(exact(provinceA, null) + exact(provinceB, null)).as("seed %d", seed).isPositive();
    }

    @Test
    void theListTotalIsTheExactCountWithOrWithoutFilters() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String admin = fixtures.account("counted", tree.provinceA(), Role.UNIT_ADMIN);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long kept = register(admin, tree.countyA(), tag);
        register(admin, tree.provinceA(), tag);
        long withdrawn = register(admin, tree.countyA(), tag);
        changeStatus(admin, withdrawn, "WITHDRAWN");
        register(fixtures.account("countedB", tree.provinceB(), Role.UNIT_ADMIN), tree.countyB(), tag);

        assertThat(total(admin, "")).isEqualTo(exact(tree.provinceA(), null)).isEqualTo(3);
        assertThat(total(admin, "unitId=" + tree.countyA())).isEqualTo(exact(tree.countyA(), null)).isEqualTo(2);
        assertThat(total(admin, "status=ACTIVE")).isEqualTo(exact(tree.provinceA(), MemberStatus.ACTIVE))
                .isEqualTo(2);
        assertThat(total(admin, "unitId=" + tree.countyA() + "&status=WITHDRAWN")).isEqualTo(1);
        // any other filter counts exactly
        assertThat(total(admin, "name=计" + tag)).isEqualTo(3);
        assertThat(total(admin, "name=计" + tag + "&status=ACTIVE")).isEqualTo(2);
        assertThat(kept).isPositive();
    }

    private long counted(long unitId, MemberStatus status) {
        return jdbc.sql("""
                        select coalesce(sum(c.members), 0) from unit_member_count c join unit u on u.id = c.unit_id
                        where u.path like :scope || '%' and c.status like :status""")
                .param("scope", path(unitId)).param("status", status == null ? "%" : status.name())
                .query(Long.class).single();
    }

    private long exact(long unitId, MemberStatus status) {
        return jdbc.sql("select count(*) from member where unit_path like :scope || '%' and status like :status")
                .param("scope", path(unitId)).param("status", status == null ? "%" : status.name())
                .query(Long.class).single();
    }

    private long register(String admin, long unitId, String tag) throws Exception {
        String response = mvc.perform(post("/api/v1/members").with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("unitId", unitId, "name", "计" + tag, "gender", "M",
                                "birthYear", 1950))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(response).has("id")).as(response).isTrue();
        return json.readTree(response).get("id").asLong();
    }

    private void importMembers(String admin, List<Long> units, Random random, String tag) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1 + random.nextInt(12); i > 0; i--) {
            rows.add(Arrays.asList("导" + tag, "女", "1948", null, random.nextBoolean() ? null
                    : TestIds.born(1948, false), fixtures.code(pick(units, random)), null, null, null, null, null));
        }
        String report = mvc.perform(multipart("/api/v1/members/import")
                        .file(new MockMultipartFile("file", "members.xlsx", XLSX, Sheets.xlsx(Sheets.TEMPLATE_HEADERS,
                                rows)))
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(report).get("imported").asInt()).as(report).isEqualTo(rows.size());
    }

    private void changeStatus(String admin, long memberId, Random random) throws Exception {
        String current = jdbc.sql("select status from member where id = ?").param(memberId).query(String.class)
                .single();
        List<MemberStatus> next = List.copyOf(MemberStatus.valueOf(current).next());
        if (!next.isEmpty()) {
            changeStatus(admin, memberId, pick(next, random).name());
        }
    }

    private void changeStatus(String admin, long memberId, String target) throws Exception {
        int version = jdbc.sql("select version from member where id = ?").param(memberId).query(Integer.class)
                .single();
        mvc.perform(post("/api/v1/members/" + memberId + "/status").with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("status", target, "version", version))))
                .andExpect(status().isOk());
    }

    private long total(String admin, String query) throws Exception {
        String response = mvc.perform(get("/api/v1/members?" + query).with(fixtures.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(response).get("total").asLong();
    }

    private String path(long unitId) {
        return jdbc.sql("select path from unit where id = ?").param(unitId).query(String.class).single();
    }

    private long parentOf(long unitId) {
        return jdbc.sql("select parent_id from unit where id = ?").param(unitId).query(Long.class).single();
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
