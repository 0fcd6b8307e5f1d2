package org.luoshi.study.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** 学习材料 as a unit administrator keeps them: import from Word, preview, publish, list and export. */
@IntegrationTest
class MaterialsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorImportsAWordDocumentByItsHeadingsAsADraftThenPublishesIt() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String admin = fixtures.account("matadm", tree.provinceA(), Role.UNIT_ADMIN);
        ReadingSupport reading = new ReadingSupport(mvc, fixtures, jdbc);
        ReadingSupport.Reader member = reading.reader(tree.countyA(), "县里的会员");

        String created = mvc.perform(multipart("/api/v1/study/materials/import")
                .file(new MockMultipartFile("file", "党章.docx", "application/octet-stream", docx(true)))
                .param("source", "中国共产党章程").with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.material.title").value("党章"))
                .andExpect(jsonPath("$.material.status").value("DRAFT"))
                .andExpect(jsonPath("$.sections[*].heading").value(Matchers.contains("第一条", "第二条")))
                .andExpect(jsonPath("$.sections[0].chapter").value("第一章 党员"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.material.id")).longValue();
        assertThat(mvc.perform(get("/api/v1/study/reading/my").with(fixtures.as(member.username())))
                .andReturn().getResponse().getContentAsString()).doesNotContain("\"id\":" + id + ",");

        mvc.perform(post("/study/reading/materials/" + id + "/publish").with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/study/reading/my").with(fixtures.as(member.username())))
                .andExpect(jsonPath("$.items[*].id").value(Matchers.hasItem((int) id)));
        mvc.perform(get("/study/reading/materials/" + id).with(fixtures.as(admin)))
                .andExpect(content().string(Matchers.containsString("第一条")))
                .andExpect(content().string(Matchers.containsString("撤回")));
    }

    @Test
    void aWordDocumentWithoutHeadingsIsRefusedNamingTheFileFieldAndTheFix() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String admin = fixtures.account("matadm", tree.provinceA(), Role.UNIT_ADMIN);

        mvc.perform(multipart("/api/v1/study/materials/import")
                .file(new MockMultipartFile("file", "讲话.docx", "application/octet-stream", docx(false)))
                .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.allOf(Matchers.containsString("Word 文件"),
                        Matchers.containsString("讲话.docx"), Matchers.containsString("标题 1"))));
        mvc.perform(multipart("/study/reading/materials/import")
                .file(new MockMultipartFile("file", "讲话.docx", "application/octet-stream", docx(false)))
                .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("没有使用“标题”样式的段落")));
    }

    @Test
    void theListShowsTheSubtreesMaterialsAndThoseReachingItAndExportsThem() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        ReadingSupport reading = new ReadingSupport(mvc, fixtures, jdbc);
        reading.publish(tree.provinceA(), "甲省材料清单");
        reading.publish(tree.provinceB(), "乙省材料清单");
        String county = fixtures.account("matcty", tree.countyA(), Role.UNIT_ADMIN);

        mvc.perform(get("/api/v1/study/materials").param("q", "材料清单").param("size", "200")
                .with(fixtures.as(county)))
                .andExpect(jsonPath("$.items[*].title").value(Matchers.hasItem("甲省材料清单")))
                .andExpect(jsonPath("$.items[*].title").value(Matchers.not(Matchers.hasItem("乙省材料清单"))));
        mvc.perform(get("/study/reading/materials/export.xlsx").with(fixtures.as(county)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.containsString("spreadsheetml")));
    }

    private static byte[] docx(boolean headings) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var styles = document.createStyles();
            for (String level : new String[] {"1", "2"}) {
                CTStyle style = CTStyle.Factory.newInstance();
                style.setStyleId("Heading" + level);
                style.setType(STStyleType.PARAGRAPH);
                style.addNewName().setVal("heading " + level);
                styles.addStyle(new XWPFStyle(style));
            }
            String[][] rows = {{"1", "第一章 党员"}, {"2", "第一条"}, {"", "年满十八岁的中国工人。"}, {"2", "第二条"},
                    {"", "中国共产党党员是先锋战士。"}};
            for (String[] row : rows) {
                var paragraph = document.createParagraph();
                if (headings && !row[0].isEmpty()) {
                    paragraph.setStyle("Heading" + row[0]);
                }
                paragraph.createRun().setText(row[1]);
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
