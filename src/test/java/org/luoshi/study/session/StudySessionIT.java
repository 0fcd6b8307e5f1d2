package org.luoshi.study.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.excel.ExcelWriter;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** 集体学习 through the API: recording, counting toward the item, the rules on bad input, lists, exports, scope. */
@IntegrationTest
class StudySessionIT {

    static final byte[] PNG_HEADER = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;

    SessionWorld world;

    @BeforeEach
    void world() {
        world = new SessionWorld(fixtures, plans, jdbc, mvc);
    }

    @Test
    void aSessionLinkedToAnItemCountsOnceTowardItAsOneSession() throws Exception {
        long id = world.record(SessionWorld.today().minusDays(2), world.item());

        assertThat(counted(id)).containsExactly(Map.of("item_id", world.item(), "quantity", 1,
                "assignment_id", world.countyTask));
        String json = get(world.countyAdminA, "/api/v1/study/sessions/" + id).getContentAsString();
        assertThat((String) JsonPath.read(json, "$.minutesHtml")).isEqualTo("<p>纪要</p>");
        assertThat((List<?>) JsonPath.read(json, "$.attendees")).hasSize(3);
        assertThat((Boolean) JsonPath.read(json, "$.actions.edit")).isTrue();
    }

    @Test
    void aSessionFollowsItsCountyMovedToAnotherProvince() throws Exception {
        long id = world.record(SessionWorld.today().minusDays(1), null);
        String nationAdmin = fixtures.account("snation", world.tree.root(), Role.UNIT_ADMIN);
        String provinceAdminB = fixtures.account("spb", world.tree.provinceB(), Role.UNIT_ADMIN);

        assertThat(mvc.perform(post("/api/v1/units/" + world.tree.countyA() + "/move").with(csrf())
                        .with(fixtures.as(nationAdmin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":" + world.tree.provinceB() + "}"))
                .andReturn().getResponse().getStatus()).isEqualTo(200);

        assertThat(get(provinceAdminB, "/api/v1/study/sessions/" + id).getStatus()).isEqualTo(200);
        assertThat(get(world.provinceAdminA, "/api/v1/study/sessions/" + id).getStatus()).isEqualTo(404);
    }

    @Test
    void relinkingMovesTheCountAndUnlinkingOrDeletingWithdrawsIt() throws Exception {
        long id = world.record(SessionWorld.today().minusDays(1), world.item());
        long second = world.plan.itemIds().get(1);

        assertThat(revise(id, world.body(SessionWorld.today().minusDays(1), second, world.membersA)).getStatus())
                .isEqualTo(200);
        assertThat(counted(id)).extracting(row -> row.get("item_id")).containsExactly(second);

        assertThat(revise(id, world.body(SessionWorld.today().minusDays(1), null, world.membersA)).getStatus())
                .isEqualTo(200);
        assertThat(counted(id)).isEmpty();

        revise(id, world.body(SessionWorld.today().minusDays(1), world.item(), world.membersA));
        assertThat(counted(id)).hasSize(1);
        assertThat(mvc.perform(delete("/api/v1/study/sessions/" + id).with(fixtures.as(world.countyAdminA))
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(counted(id)).isEmpty();
    }

    @Test
    void aSessionInTheFutureIsRefusedByItsDateAndTheSavedOneStaysAsItWas() throws Exception {
        long id = world.record(SessionWorld.today().minusDays(3), world.item());

        MockHttpServletResponse refused = revise(id, world.body(SessionWorld.today().plusDays(1), world.item(),
                world.membersA));

        assertRefused(refused, "heldOn", "只能记录已经举行的学习");
        String json = get(world.countyAdminA, "/api/v1/study/sessions/" + id).getContentAsString();
        assertThat((String) JsonPath.read(json, "$.heldOn")).isEqualTo(SessionWorld.today().minusDays(3).toString());
        assertThat(counted(id)).hasSize(1);
        assertRefused(world.postJson(world.countyAdminA, "/api/v1/study/sessions",
                world.body(SessionWorld.today().plusDays(7), null, List.of())), "heldOn", "学习日期");
    }

    @Test
    void anAttendeeFromAnotherSubtreeOrListedTwiceIsRefusedByName() throws Exception {
        List<Long> outside = new ArrayList<>(world.membersA);
        outside.add(world.memberB);
        assertRefused(world.postJson(world.countyAdminA, "/api/v1/study/sessions",
                world.body(SessionWorld.today(), null, outside)), "attendeeIds", "赵外" + world.tag);

        List<Long> twice = List.of(world.membersA.get(0), world.membersA.get(0));
        assertRefused(world.postJson(world.countyAdminA, "/api/v1/study/sessions",
                world.body(SessionWorld.today(), null, twice)), "attendeeIds", "出现了两次");
        assertThat(jdbc.sql("select count(*) from study_session where unit_id = ?").param(world.tree.countyA())
                .query(Long.class).single()).isZero();
    }

    @Test
    void anItemTheUnitHasNotAcknowledgedCannotBeLinked() throws Exception {
        MockHttpServletResponse refused = world.postJson(world.countyAdminB, "/api/v1/study/sessions",
                world.body(SessionWorld.today(), world.item(), List.of(world.memberB)));
        assertRefused(refused, "itemId", "可计入的方案事项");
    }

    @Test
    void aSignInSheetMustBeAnImageOrPdfAndAPhotoGetsAThumbnail() throws Exception {
        long id = world.record(SessionWorld.today(), null);

        MockHttpServletResponse text = mvc.perform(multipart(org.springframework.http.HttpMethod.PUT,
                "/api/v1/study/sessions/" + id + "/sign-in-sheet").file(new MockMultipartFile("file", "签到表.txt",
                "text/plain", "张三 李四".getBytes())).with(fixtures.as(world.countyAdminA)).with(csrf()))
                .andReturn().getResponse();
        assertRefused(text, "file", "签到表.txt");

        MockHttpServletResponse pdf = mvc.perform(multipart(org.springframework.http.HttpMethod.PUT,
                "/api/v1/study/sessions/" + id + "/sign-in-sheet").file(new MockMultipartFile("file", "签到表.pdf",
                "application/pdf", "%PDF-1.4 签到".getBytes())).with(fixtures.as(world.countyAdminA)).with(csrf()))
                .andReturn().getResponse();
        assertThat(pdf.getStatus()).as(pdf.getContentAsString()).isEqualTo(200);

        MockHttpServletResponse photo = mvc.perform(multipart("/api/v1/study/sessions/" + id + "/photos")
                .file(new MockMultipartFile("file", "合影.png", "image/png", png()))
                .with(fixtures.as(world.countyAdminA)).with(csrf())).andReturn().getResponse();
        assertThat(photo.getStatus()).as(photo.getContentAsString()).isEqualTo(201);
        String json = get(world.countyAdminA, "/api/v1/study/sessions/" + id).getContentAsString();
        Number thumbnail = JsonPath.read(json, "$.photos[0].thumbnailId");
        assertThat(thumbnail).isNotNull();
        MockHttpServletResponse thumb = get(world.countyAdminA, "/api/v1/study/sessions/" + id + "/files/"
                + thumbnail);
        assertThat(thumb.getContentType()).isEqualTo("image/jpeg");
        assertThat(json).contains("签到表.pdf");
    }

    @Test
    void aPhotoOverTheSizeLimitIsRefusedWithTheLimitAndNothingIsKept() throws Exception {
        long id = world.record(SessionWorld.today(), null);
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PNG_HEADER, 0, big, 0, PNG_HEADER.length);

        MockHttpServletResponse refused = mvc.perform(multipart("/api/v1/study/sessions/" + id + "/photos")
                .file(new MockMultipartFile("file", "大照片.png", "image/png", big))
                .with(fixtures.as(world.countyAdminA)).with(csrf())).andReturn().getResponse();

        assertRefused(refused, "file", "超过 20 MB");
        assertThat(jdbc.sql("select count(*) from study_session_photo where session_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSiblingCountyNeitherSeesNorChangesTheSession() throws Exception {
        long id = world.record(SessionWorld.today(), world.item());

        assertThat(get(world.countyAdminB, "/api/v1/study/sessions/" + id).getStatus()).isEqualTo(404);
        assertThat(revise(id, world.countyAdminB, world.body(SessionWorld.today(), null, List.of())).getStatus())
                .isEqualTo(404);
        assertThat(get(world.countyAdminB, "/api/v1/study/sessions?size=200").getContentAsString())
                .doesNotContain(world.tag);
        assertThat(get(world.provinceAdminA, "/api/v1/study/sessions?unitId=" + world.tree.countyA())
                .getContentAsString()).contains(world.tag);
        assertThat(counted(id)).hasSize(1);
    }

    @Test
    void theProvinceListsItsCountiesSessionsFilteredAndExportsThemWithAttendance() throws Exception {
        long counted = world.record(SessionWorld.today().minusDays(10), world.item());
        world.record(SessionWorld.today().minusDays(1), null);

        String filtered = get(world.provinceAdminA, "/api/v1/study/sessions?itemId=" + world.item()
                + "&unitId=" + world.tree.countyA()).getContentAsString();
        assertThat((List<Integer>) JsonPath.read(filtered, "$.items[*].id")).containsExactly((int) counted);
        assertThat((Integer) JsonPath.read(filtered, "$.items[0].attendees")).isEqualTo(3);

        List<List<String>> sessions = xlsx(get(world.provinceAdminA, "/api/v1/study/sessions/export.xlsx?unitId="
                + world.tree.countyA()).getContentAsByteArray());
        assertThat(sessions.stream().filter(row -> row.toString().contains(world.tag))).hasSize(2);
        List<List<String>> attendance = xlsx(get(world.provinceAdminA,
                "/api/v1/study/sessions/attendance.xlsx?unitId=" + world.tree.countyA()).getContentAsByteArray());
        assertThat(attendance.stream().filter(row -> row.toString().contains("张学" + world.tag))).hasSize(2);
    }

    @Test
    void attendeesFromExcelKeepTheGoodRowsAndReportEachBadOneByRow() throws Exception {
        long id = world.record(SessionWorld.today(), null);
        revise(id, world.body(SessionWorld.today(), null, List.of(world.membersA.get(0))));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ExcelWriter.write(xlsx, "名单", List.of("姓名"), Stream.of(List.of("李习" + world.tag),
                List.of("赵外" + world.tag), List.of("王读" + world.tag), List.of("李习" + world.tag),
                List.of("张学" + world.tag), List.of("无名" + world.tag)));

        MockHttpServletResponse response = mvc.perform(multipart("/api/v1/study/sessions/" + id
                + "/attendees/import").file(new MockMultipartFile("file", "名单.xlsx", "application/octet-stream",
                xlsx.toByteArray())).with(fixtures.as(world.countyAdminA)).with(csrf())).andReturn().getResponse();

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        String json = response.getContentAsString();
        assertThat((Integer) JsonPath.read(json, "$.imported")).isEqualTo(2);
        assertThat((List<Integer>) JsonPath.read(json, "$.rejected[*].rowNumber")).containsExactlyInAnyOrder(3, 5,
                6, 7);
        assertThat(json).contains("本单位及下级没有名为", "重复", "已在参加人员名单中");
        assertThat(jdbc.sql("select count(*) from study_session_attendee where session_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(3);
    }

    private List<Map<String, Object>> counted(long recordId) {
        return jdbc.sql("""
                select item_id, quantity, assignment_id from counted_work where kind = 'study.session'
                   and record_id = ?
                """).param(recordId).query().listOfRows();
    }

    private MockHttpServletResponse revise(long id, String json) throws Exception {
        return revise(id, world.countyAdminA, json);
    }

    private MockHttpServletResponse revise(long id, String user, String json) throws Exception {
        return mvc.perform(put("/api/v1/study/sessions/" + id).with(fixtures.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
    }

    private MockHttpServletResponse get(String user, String url) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
                .with(fixtures.as(user))).andReturn().getResponse();
    }

    private static void assertRefused(MockHttpServletResponse response, String field, String text)
            throws Exception {
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(400);
        assertThat(body).contains(text).contains(field);
    }

    static byte[] png() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(800, 600,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static List<List<String>> xlsx(byte[] content) throws Exception {
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new ByteArrayInputStream(content))) {
            return workbook.getFirstSheet().read().stream().map(row -> row.stream()
                    .map(cell -> cell == null ? "" : cell.getRawValue()).toList()).toList();
        }
    }
}
