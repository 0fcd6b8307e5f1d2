package org.luoshi.activity.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.crypto.PersonalDataCipher;
import org.luoshi.shared.excel.ExcelWriter;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.luoshi.support.TestClock;
import org.luoshi.shared.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** 签到 through the API: every way in, each person once, the window, bad codes, the sheet, who sees what. */
@IntegrationTest
class CheckinApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalDataCipher cipher;

    CheckinWorld world;
    long activityId;
    String base;

    @BeforeEach
    void world() throws Exception {
        world = new CheckinWorld(fixtures, plans, mvc, jdbc, cipher);
        activityId = world.activityStartingIn(30, "");
        base = "/api/v1/activities/" + activityId + "/checkins";
    }

    @AfterEach
    void clock() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void aMemberScansTheScreenOnceAndASecondScanSaysAlreadyCheckedInWithTheTime() throws Exception {
        long member = world.member(world.activity.tree.countyA(), "扫码会员" + world.activity.tag, "13800001111");
        world.link(world.activity.countyMemberA, member);
        String code = world.screenCode(activityId);

        MockHttpServletResponse first = post(world.activity.countyMemberA, "/scan", "{\"code\":\"" + code + "\"}");
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat((Boolean) JsonPath.read(first.getContentAsString(), "$.already")).isFalse();
        assertThat((String) JsonPath.read(first.getContentAsString(), "$.message")).contains("签到成功");

        MockHttpServletResponse again = post(world.activity.countyMemberA, "/scan", "{\"code\":\"" + code + "\"}");
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat((Boolean) JsonPath.read(again.getContentAsString(), "$.already")).isTrue();
        assertThat((String) JsonPath.read(again.getContentAsString(), "$.message")).contains("已签到");
        assertThat(world.count(activityId)).isEqualTo(1);

        MockHttpServletResponse mine = world.activity.get(world.activity.countyMemberA, base + "/mine");
        assertThat((Boolean) JsonPath.read(mine.getContentAsString(), "$.checkedIn")).isTrue();
        assertThat((String) JsonPath.read(mine.getContentAsString(), "$.method")).isEqualTo("SCAN");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'activity.checkin.add' and scope_path = "
                + "(select unit_path from activity where id = ?)").param(activityId).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aStaleForgedOrOtherActivitysCodeIsRefusedInChinese() throws Exception {
        long member = world.member(world.activity.tree.countyA(), "过期码会员" + world.activity.tag, "13800002222");
        world.link(world.activity.countyMemberA, member);
        String code = world.screenCode(activityId);
        long other = world.activityStartingIn(20, "");
        String otherCode = world.screenCode(other);

        MockHttpServletResponse foreign = post(world.activity.countyMemberA, "/scan",
                "{\"code\":\"" + otherCode + "\"}");
        assertThat(foreign.getStatus()).isEqualTo(400);
        assertThat(foreign.getContentAsString()).contains("签到二维码无效");

        MockHttpServletResponse forged = post(world.activity.countyMemberA, "/scan",
                "{\"code\":\"123.AAAAAAAAAAAAAAAA\"}");
        assertThat(forged.getStatus()).isEqualTo(400);
        assertThat(forged.getContentAsString()).contains("签到二维码无效").contains("code");

        TestClock.INSTANCE.advance(java.time.Duration.ofMinutes(2));
        MockHttpServletResponse stale = post(world.activity.countyMemberA, "/scan", "{\"code\":\"" + code + "\"}");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("二维码已过期");
        assertThat(world.count(activityId)).isZero();
    }

    @Test
    void outsideTheCheckInWindowTheAnswerSaysWhenItOpens() throws Exception {
        long later = world.activityStartingIn(24 * 60, "");
        long member = world.member(world.activity.tree.countyA(), "早到会员" + world.activity.tag, "13800003333");
        world.link(world.activity.countyMemberA, member);
        MockHttpServletResponse early = world.activity.postJson(world.activity.countyMemberA,
                "/api/v1/activities/" + later + "/checkins/scan", "{\"code\":\"" + world.screenCode(later) + "\"}");
        assertThat(early.getStatus()).isEqualTo(409);
        assertThat(early.getContentAsString()).contains("还未到签到时间");

        MockHttpServletResponse widened = world.activity.putJson(world.activity.provinceAdminA,
                "/api/v1/activities/" + later + "/checkins/window",
                "{\"opensBeforeMinutes\":1440,\"closesAfterMinutes\":30}");
        assertThat(widened.getStatus()).isEqualTo(200);
        MockHttpServletResponse open = world.activity.postJson(world.activity.countyMemberA,
                "/api/v1/activities/" + later + "/checkins/scan", "{\"code\":\"" + world.screenCode(later) + "\"}");
        assertThat(open.getStatus()).isEqualTo(200);

        MockHttpServletResponse bad = world.activity.putJson(world.activity.provinceAdminA,
                "/api/v1/activities/" + later + "/checkins/window",
                "{\"opensBeforeMinutes\":-5,\"closesAfterMinutes\":30}");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("opensBeforeMinutes").contains("签到时间应为");
    }

    @Test
    void withoutAnAccountAMemberIsFoundByNameAndPhoneSuffixAndNamesakesAreAskedWhich() throws Exception {
        String name = "尾号会员" + world.activity.tag;
        world.member(world.activity.tree.countyA(), name, "13911112345");
        world.member(world.activity.tree.provinceA(), name, "13722222345");
        world.member(world.activity.tree.countyA(), name, "13633339999");
        String code = world.screenCode(activityId);

        MockHttpServletResponse unique = phone(code, name, "9999", null);
        assertThat(unique.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(unique.getContentAsString(), "$.result.message")).contains("签到成功");

        MockHttpServletResponse which = phone(code, name, "2345", null);
        assertThat(which.getStatus()).isEqualTo(200);
        List<String> phones = JsonPath.read(which.getContentAsString(), "$.choices[*].maskedPhone");
        assertThat(phones).containsExactly("139****2345", "137****2345");
        assertThat(which.getContentAsString()).doesNotContain("13911112345");
        assertThat(world.count(activityId)).isEqualTo(1);

        MockHttpServletResponse second = phone(code, name, "2345", 2);
        assertThat((String) JsonPath.read(second.getContentAsString(), "$.result.name")).isEqualTo(name);
        assertThat(world.count(activityId)).isEqualTo(2);

        MockHttpServletResponse none = phone(code, name, "0000", null);
        assertThat(none.getStatus()).isEqualTo(400);
        assertThat(none.getContentAsString()).contains("phoneSuffix").contains("没有找到");
        MockHttpServletResponse shape = phone(code, name, "12a4", null);
        assertThat(shape.getStatus()).isEqualTo(400);
        assertThat(shape.getContentAsString()).contains("4 位数字");
    }

    @Test
    void staffScanAMembersOwnCodeAndASiblingsStaffCannot() throws Exception {
        long member = world.member(world.activity.tree.countyA(), "会员码会员" + world.activity.tag, "13800004444");
        world.link(world.activity.countyMemberA, member);
        String own = JsonPath.read(world.activity.get(world.activity.countyMemberA,
                "/api/v1/activities/checkin-codes/mine").getContentAsString(), "$.code");
        // 20 random characters, not the member id
        assertThat(own).matches("LSM:[A-HJ-NP-Z2-9]{20}");

        MockHttpServletResponse sibling = world.activity.postJson(world.activity.provinceAdminB, base + "/member-code",
                "{\"token\":\"" + own + "\"}");
        assertThat(sibling.getStatus()).isEqualTo(404);
        MockHttpServletResponse scanned = post(world.activity.provinceAdminA, "/member-code",
                "{\"token\":\"" + own + "\"}");
        assertThat(scanned.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(scanned.getContentAsString(), "$.method")).isEqualTo("MEMBER_CODE");

        String renewed = JsonPath.read(world.activity.postJson(world.activity.countyMemberA,
                "/api/v1/activities/checkin-codes/mine/renew", "").getContentAsString(), "$.code");
        assertThat(renewed).isNotEqualTo(own);
        MockHttpServletResponse old = post(world.activity.provinceAdminA, "/member-code",
                "{\"token\":\"" + own + "\"}");
        assertThat(old.getStatus()).isEqualTo(400);
        assertThat(old.getContentAsString()).contains("会员签到码无效");
    }

    @Test
    void rollCallWalkInsAndUndoAreCountedByMethodAndAMemberSeesOnlyTheirOwn() throws Exception {
        String tag = world.activity.tag;
        long ticked = world.member(world.activity.tree.countyA(), "点名甲" + tag, "13800005555");
        world.member(world.activity.tree.countyA(), "点名乙" + tag, "13800006666");
        long outsider = world.member(world.activity.tree.countyB(), "外省会员" + tag, "13800007777");

        MockHttpServletResponse list = world.activity.get(world.activity.provinceAdminA,
                base + "/roll-call?q=点名");
        assertThat(JsonPath.<List<String>>read(list.getContentAsString(), "$.items[*].name"))
                .contains("点名甲" + tag, "点名乙" + tag);
        assertThat(post(world.activity.provinceAdminA, "/roll-call", "{\"memberId\":" + ticked + "}").getStatus())
                .isEqualTo(200);
        assertThat(post(world.activity.provinceAdminA, "/roll-call", "{\"memberId\":" + outsider + "}").getStatus())
                .isEqualTo(400);

        MockHttpServletResponse guest = post(world.activity.provinceAdminA, "/walk-ins",
                "{\"name\":\"来宾" + tag + "\",\"unitName\":\"杭州某研究所\"}");
        assertThat(guest.getStatus()).isEqualTo(200);
        MockHttpServletResponse guestAgain = post(world.activity.provinceAdminA, "/walk-ins",
                "{\"name\":\"来宾" + tag + "\",\"unitName\":\"杭州某研究所\"}");
        assertThat((Boolean) JsonPath.read(guestAgain.getContentAsString(), "$.already")).isTrue();
        MockHttpServletResponse noUnit = post(world.activity.provinceAdminA, "/walk-ins", "{\"name\":\"无单位\"}");
        assertThat(noUnit.getStatus()).isEqualTo(400);
        assertThat(noUnit.getContentAsString()).contains("unitName").contains("请填写单位");

        MockHttpServletResponse figures = world.activity.get(world.activity.provinceAdminA, base + "/figures");
        assertThat((Integer) JsonPath.read(figures.getContentAsString(), "$.checkedIn")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(figures.getContentAsString(), "$.walkIns")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(figures.getContentAsString(), "$.byMethod.ROLL_CALL")).isEqualTo(1);

        assertThat(world.activity.get(world.activity.countyMemberA, base).getStatus()).isEqualTo(403);
        assertThat(world.activity.get(world.activity.countyMemberA, base + "/figures").getStatus()).isEqualTo(403);
        assertThat(world.activity.get(world.activity.countyMemberA, base + "/live").getStatus()).isEqualTo(403);
        assertThat(world.activity.get(world.activity.countyAdminB, base).getStatus()).isEqualTo(404);

        int guestId = JsonPath.read(guest.getContentAsString(), "$.checkinId");
        assertThat(world.activity.send(world.activity.provinceAdminA, delete(base + "/" + guestId), "").getStatus())
                .isEqualTo(204);
        assertThat(world.count(activityId)).isEqualTo(1);
    }

    @Test
    void aPaperSheetKeepsTheGoodRowsAndReportsEachBadOne() throws Exception {
        String tag = world.activity.tag;
        world.member(world.activity.tree.countyA(), "表上甲" + tag, "13800008888");
        world.member(world.activity.tree.countyA(), "重名" + tag, "13800009991");
        world.member(world.activity.tree.countyA(), "重名" + tag, "13800009992");
        byte[] sheet = xlsx(List.of("姓名", "手机号后四位", "单位"),
                List.of("表上甲" + tag, "", ""),
                List.of("重名" + tag, "", ""),
                List.of("重名" + tag, "9992", ""),
                List.of("查无此人" + tag, "", ""),
                List.of("来宾" + tag, "", "某大学"),
                List.of("表上甲" + tag, "", ""));
        MockHttpServletResponse response = mvc.perform(multipart(base + "/import")
                .file(new MockMultipartFile("file", "签到表.xlsx", "application/octet-stream", sheet))
                .with(fixtures.as(world.activity.provinceAdminA)).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(response.getContentAsString(), "$.imported")).isEqualTo(3);
        assertThat(JsonPath.<List<Integer>>read(response.getContentAsString(), "$.rejected[*].rowNumber"))
                .containsExactly(3, 5, 7);
        assertThat(JsonPath.<List<String>>read(response.getContentAsString(), "$.rejected[*].reason"))
                .anySatisfy(r -> assertThat(r).contains("多位"))
                .anySatisfy(r -> assertThat(r).contains("非会员请填写单位"))
                .anySatisfy(r -> assertThat(r).contains("第 2 行重复"));
        assertThat(world.count(activityId)).isEqualTo(3);

        MockHttpServletResponse notXlsx = mvc.perform(multipart(base + "/import")
                .file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", new byte[] {1, 2}))
                .with(fixtures.as(world.activity.provinceAdminA)).with(csrf())).andReturn().getResponse();
        assertThat(notXlsx.getStatus()).isEqualTo(400);
        assertThat(notXlsx.getContentAsString()).contains("Excel");
    }

    @Test
    void aMemberOfTheAudienceWithoutALinkedAccountIsToldHowToCheckIn() throws Exception {
        String member = fixtures.account("nolink", world.activity.tree.countyA(), Role.MEMBER);
        MockHttpServletResponse response = post(member, "/scan", "{\"code\":\"" + world.screenCode(activityId) + "\"}");
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("尚未关联会员");
    }

    private MockHttpServletResponse post(String user, String path, String json) throws Exception {
        return world.activity.postJson(user, base + path, json);
    }

    private MockHttpServletResponse phone(String code, String name, String suffix, Integer choice) throws Exception {
        return post(world.activity.countyEditorA, "/by-phone", "{\"code\":\"" + code + "\",\"name\":\"" + name
                + "\",\"phoneSuffix\":\"" + suffix + "\"" + (choice == null ? "" : ",\"choice\":" + choice) + "}");
    }

    @SafeVarargs
    static byte[] xlsx(List<String> headers, List<String>... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelWriter.write(out, "签到表", headers, Stream.of(rows).map(r -> r.stream().map(v -> (Object) v).toList()));
        return out.toByteArray();
    }
}
