package org.luoshi.publicity.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.publicity.NewsDrafts;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.files.FileStore;
import org.luoshi.shared.files.FileType;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Another module starts a draft (an activity's report): it becomes the unit's own draft, photos and all. */
@IntegrationTest
class NewsDraftsIT {

    @Autowired
    NewsDrafts drafts;
    @Autowired
    FileStore files;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDraftFromAnActivityKeepsItsTextPhotosAndAttachmentsAndIsTheUnitsOwn() {
        Fixtures.Tree tree = fixtures.tree();
        String path = jdbc.sql("select path from unit where id = ?").param(tree.countyA()).query(String.class)
                .single();
        Actor editor = new Actor(0, "drafts", "编辑", tree.countyA(), path, Set.of(Role.EDITOR));
        long photo = files.store("file", "现场.png", SubmissionBadInputIT.PNG, Set.of(FileType.PNG)).id();
        long pdf = files.store("file", "总结.pdf", "%PDF-1.4 总结".getBytes(StandardCharsets.UTF_8),
                Set.of(FileType.PDF)).id();

        long id = drafts.draft(editor, new NewsDrafts.Draft(SubmissionKind.NEWS, "活动报道",
                "<p>报道<script>x</script></p>", "王五", List.of(new NewsDrafts.DraftFile(photo, "现场")),
                List.of(new NewsDrafts.DraftFile(pdf, null)), 77L));

        assertThat(jdbc.sql("""
                select unit_id, kind, status, title, body_html, activity_id from publicity_submission where id = ?
                """).param(id).query().singleRow()).isEqualTo(Map.of("unit_id", tree.countyA(), "kind", "NEWS",
                        "status", "DRAFT", "title", "活动报道", "body_html", "<p>报道</p>", "activity_id", 77L));
        assertThat(jdbc.sql("select role || ':' || coalesce(caption, '') from publicity_submission_file "
                + "where submission_id = ? order by role").param(id).query(String.class).list())
                .containsExactly("ATTACHMENT:", "PHOTO:现场");
        assertThatThrownBy(() -> drafts.draft(editor, new NewsDrafts.Draft(SubmissionKind.NEWS, "t", "<p>b</p>",
                null, List.of(new NewsDrafts.DraftFile(pdf, "不是图片")), List.of(), null)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("photos"));
    }
}
