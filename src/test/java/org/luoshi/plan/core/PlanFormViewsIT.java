package org.luoshi.plan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The plan forms as a secretary meets them: Word import, the 正文 editor, 下发 only when there is something to do. */
@IntegrationTest
class PlanFormViewsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    String admin;

    @BeforeEach
    void aProvincialSecretary() {
        admin = fixtures.account("form-admin", fixtures.tree().provinceA(), Role.UNIT_ADMIN);
    }

    @Test
    void theImportTitleFieldStartsEmptyAndAnImportedPlanKeepsItsOwnTitle() throws Exception {
        mvc.perform(get("/plans/import").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("value=\"&lt;title"))))
                .andExpect(content().string(containsString("id=\"title\" maxlength=\"300\" name=\"title\" value=\"\"")));
        mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", "方案.docx", null, docx()))
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select title from plan where created_by_name = 'form-admin' order by id desc limit 1")
                .query(String.class).single()).isEqualTo("导入测试工作方案");
    }

    @Test
    void aBodyPastedFromWordIsSavedWithParagraphsBoldAndListsOnly() throws Exception {
        mvc.perform(post("/plans/new").with(fixtures.as(admin)).with(csrf())
                        .param("title", "粘贴测试方案")
                        .param("bodyHtml", "<p class=MsoNormal style='font-size:16pt'><span>一段<b>重点</b></span></p>"
                                + "<p style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>1.</span>第一条</p>"
                                + "<script>alert(1)</script>"))
                .andExpect(status().is3xxRedirection());
        String body = jdbc.sql("select body_html from plan where title = '粘贴测试方案' order by id desc limit 1")
                .query(String.class).single()
                .replaceAll("\\s+", "");
        assertThat(body).isEqualTo("<p>一段<strong>重点</strong></p><ol><li>第一条</li></ol>");
        mvc.perform(get("/plans/new").with(fixtures.as(admin)))
                .andExpect(content().string(containsString("data-rich-text")))
                .andExpect(content().string(containsString("/js/rich-text.js")));
    }

    @Test
    void aPlanWithoutAnActionableItemSaysWhyAndOffersNoIssue() throws Exception {
        mvc.perform(post("/plans/new").with(fixtures.as(admin)).with(csrf()).param("title", "空方案"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from plan where title = '空方案' order by id desc limit 1")
                .query(Long.class).single();
        mvc.perform(get("/plans/{id}", id).with(fixtures.as(admin)))
                .andExpect(content().string(containsString("id=\"issue-blocked\"")))
                .andExpect(content().string(not(containsString("/plans/" + id + "/issue\""))));
        mvc.perform(get("/plans/{id}/issue", id).with(fixtures.as(admin)))
                .andExpect(redirectedUrl("/plans/" + id))
                .andExpect(flash().attribute("flashError", containsString("还没有需落实的事项")));
    }

    @Test
    void theChosenFontSizeIsKeptByTheBrowserAndAppliedToEveryPage() throws Exception {
        mvc.perform(post("/me/font-size").param("size", "LARGER").with(fixtures.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/me"))
                .andExpect(cookie().value("luoshi-font", "LARGER"));
        for (String page : new String[] {"/", "/plans", "/me"}) {
            mvc.perform(get(page).cookie(new Cookie("luoshi-font", "LARGER")).with(fixtures.as(admin)))
                    .andExpect(content().string(containsString("font-larger")));
        }
        mvc.perform(get("/me").with(fixtures.as(admin)))
                .andExpect(content().string(containsString("name=\"size\" value=\"LARGER\"")))
                .andExpect(content().string(not(containsString("font-larger"))));
    }

    private static byte[] docx() throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("导入测试工作方案");
            document.createParagraph().createRun().setText("为做好工作，制定本方案。");
            document.createParagraph().createRun().setText("一、总体要求");
            document.write(out);
            return out.toByteArray();
        }
    }
}
