package org.luoshi.activity.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.crypto.PersonalDataCipher;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** 签到 pages: the public scan page, the desk's forms, the member's own code and the printed card. */
@IntegrationTest
class CheckinPagesIT {

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

    @BeforeEach
    void world() throws Exception {
        world = new CheckinWorld(fixtures, plans, mvc, jdbc, cipher);
        activityId = world.activityStartingIn(30, "");
    }

    @Test
    void withoutLoggingInAForgedCodeShowsTheReasonAndAValidOneTheFormThatAsksWhich() throws Exception {
        MockHttpServletResponse forged = mvc.perform(get("/checkin/" + activityId).param("c", "1.AAAAAAAAAAAAAAAA"))
                .andReturn().getResponse();
        assertThat(forged.getStatus()).isEqualTo(400);
        assertThat(forged.getContentAsString()).contains("签到二维码无效").doesNotContain("签到测试");

        String code = world.screenCode(activityId);
        MockHttpServletResponse form = mvc.perform(get("/checkin/" + activityId).param("c", code)).andReturn()
                .getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("签到测试" + world.activity.tag).contains("手机号后四位");

        String name = "同名" + world.activity.tag;
        world.member(world.activity.tree.countyA(), name, "13811114321");
        world.member(world.activity.tree.countyA(), name, "13922224321");
        MockHttpServletResponse which = mvc.perform(post("/checkin/" + activityId + "/phone").param("c", code)
                .param("name", name).param("phoneSuffix", "4321").with(csrf())).andReturn().getResponse();
        assertThat(which.getContentAsString()).contains("138****4321").contains("139****4321")
                .doesNotContain("13811114321");
        MockHttpServletResponse chosen = mvc.perform(post("/checkin/" + activityId + "/phone").param("c", code)
                .param("name", name).param("phoneSuffix", "4321").param("choice", "2").with(csrf())).andReturn()
                .getResponse();
        assertThat(chosen.getContentAsString()).contains(name + "，签到成功");
        assertThat(world.count(activityId)).isEqualTo(1);
    }

    @Test
    void staffTickTheRollCallRegisterAGuestSetTheWindowAndImportTheSheetFromTheDesk() throws Exception {
        String staff = world.activity.provinceAdminA;
        long member = world.member(world.activity.tree.countyA(), "页面点名" + world.activity.tag, "13800001212");
        assertThat(page(staff, "/activities/" + activityId + "/checkin/roll-call?q=页面点名").getContentAsString())
                .contains("页面点名" + world.activity.tag);
        assertThat(flash(form(staff, "/checkin/roll-call", "memberId", String.valueOf(member))))
                .contains("签到成功");
        assertThat(flash(form(staff, "/checkin/walk-in", "name", "页面来宾", "unitName", "某单位")))
                .contains("签到成功");
        assertThat(flashError(form(staff, "/checkin/window", "opensBeforeMinutes", "5000",
                "closesAfterMinutes", "0"))).contains("0 至 1440");
        byte[] sheet = CheckinApiIT.xlsx(List.of("姓名", "单位"), List.of("纸上来宾" + world.activity.tag, "某大学"),
                List.of("查无此人" + world.activity.tag, ""));
        MvcResult imported = mvc.perform(multipart("/activities/" + activityId + "/checkin/import")
                .file(new MockMultipartFile("file", "签到表.xlsx", "application/octet-stream", sheet))
                .with(fixtures.as(staff)).with(csrf())).andReturn();
        assertThat(flash(imported)).contains("签到 1 人").contains("1 行未导入");
        String manage = page(staff, "/activities/" + activityId + "/checkin").getContentAsString();
        assertThat(manage).contains("页面来宾").contains("纸上来宾" + world.activity.tag).contains("现场登记 1");
        assertThat(page(world.activity.countyMemberA, "/activities/" + activityId + "/checkin").getStatus())
                .isEqualTo(403);
        assertThat(page(world.activity.countyAdminB, "/activities/" + activityId + "/checkin/display").getStatus())
                .isEqualTo(404);
        MockHttpServletResponse png = page(staff, "/activities/" + activityId + "/checkin/code.png");
        assertThat(png.getContentType()).isEqualTo("image/png");
        assertThat(png.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void aMemberSeesTheirOwnCodeAndStaffPrintACardThatTheScannerTakes() throws Exception {
        long member = world.member(world.activity.tree.countyA(), "持卡会员" + world.activity.tag, "13800003434");
        world.link(world.activity.countyMemberA, member);
        String own = page(world.activity.countyMemberA, "/activities/checkin/my-code").getContentAsString();
        assertThat(own).contains("持卡会员" + world.activity.tag).contains("LSM:");
        String card = page(world.activity.provinceAdminA, "/activities/checkin/members/" + member + "/card")
                .getContentAsString();
        String token = card.substring(card.indexOf("LSM:"), card.indexOf("LSM:") + 24);
        assertThat(page(world.activity.provinceAdminB, "/activities/checkin/members/" + member + "/card")
                .getStatus()).isEqualTo(404);
        assertThat(flash(form(world.activity.provinceAdminA, "/checkin/member-code", "token",
                token.toLowerCase()))).contains("持卡会员" + world.activity.tag + "，签到成功");
    }

    private MockHttpServletResponse page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(fixtures.as(user))).andReturn().getResponse();
    }

    private MvcResult form(String user, String path, String... params) throws Exception {
        var request = post("/activities/" + activityId + path).with(fixtures.as(user)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    private static String flash(MvcResult result) {
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        return String.valueOf(result.getFlashMap().get("flash"));
    }

    private static String flashError(MvcResult result) {
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        return String.valueOf(result.getFlashMap().get("flashError"));
    }
}
