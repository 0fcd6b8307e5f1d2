package org.luoshi.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.luoshi.audit.internal.AuditVocabularies;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.error.Messages;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log names every action and kind of object in Chinese: an administrator reading 操作 should see
 * 进展审核通过, not plan.report.accept. Every action and kind the shared test database has logged by the time this runs
 * must be a choice of the filter, and every choice has its Chinese name.
 */
@IntegrationTest
class AuditActionLabelsIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messageSource;
    @Autowired
    AuditVocabularies audit;

    @Test
    void everyActionInTheLogIsAChoiceOfTheFilterWithAChineseName() {
        List<String> logged = jdbc.sql("select distinct action from audit_event").query(String.class).list();

        assertThat(audit.actions()).containsAll(logged)
                .allSatisfy(action -> assertChinese("audit.action." + action));
    }

    @Test
    void everyKindOfObjectInTheLogIsAChoiceOfTheFilterWithAChineseName() {
        List<String> logged = jdbc.sql("select distinct entity_type from audit_event").query(String.class).list();

        assertThat(audit.entityTypes()).containsAll(logged)
                .allSatisfy(type -> assertChinese("audit.entity." + type));
    }

    private void assertChinese(String key) {
        assertThat(messageSource.getMessage(key, null, null, Messages.ZH_CN)).as(key).isNotBlank()
                .doesNotContainPattern("[A-Za-z]{3}");
    }
}
