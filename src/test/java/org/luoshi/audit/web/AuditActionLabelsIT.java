package org.luoshi.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.error.Messages;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log names every action in Chinese: an administrator reading 操作 should see 进展审核通过, not
 * plan.report.accept. The codes the modules record today, and any other code already in the log (the demo plays
 * the plan's whole workflow at start-up), each have an audit.action.&lt;code&gt; label; every kind of object in the
 * log can be chosen in the filter by its Chinese name.
 */
@IntegrationTest
class AuditActionLabelsIT {

    static final List<String> RECORDED = List.of("LOGIN_SUCCESS", "LOGIN_FAILURE", "LOGOUT", "ACCOUNT_CREATED",
            "ACCOUNT_UPDATED", "ACCOUNT_ENABLED", "ACCOUNT_DISABLED", "ACCOUNT_UNLOCKED", "ACCOUNT_MOVED",
            "PASSWORD_RESET", "PASSWORD_CHANGED", "TOTP_ENABLED", "TOTP_DISABLED", "TOKEN_CREATED", "TOKEN_REVOKED",
            "UNIT_CREATE", "UNIT_EDIT", "UNIT_MOVE", "UNIT_MERGE", "UNIT_DISSOLVE", "UNIT_PERSON_ADD",
            "UNIT_PERSON_EDIT", "UNIT_PERSON_REMOVE", "MEMBER_CREATED", "MEMBER_UPDATED", "MEMBER_STATUS_CHANGED",
            "MEMBERS_IMPORTED", "MEMBERS_EXPORTED", "MEMBERS_EXPORTED_UNMASKED", "PERSONAL_DATA_VIEWED",
            "plan.create", "plan.update", "plan.issue", "plan.forward", "plan.item.add", "plan.item.update",
            "plan.item.move", "plan.item.remove", "plan.attachment.add", "plan.attachment.remove", "plan.acknowledge",
            "plan.measure.add", "plan.measure.update", "plan.measure.remove", "plan.impl.submit", "plan.impl.approve",
            "plan.impl.return", "plan.report", "plan.report.accept", "plan.report.return", "PLAN_REMINDED",
            "NOTIFICATION_READ", "NOTIFICATIONS_ALL_READ", "MAIL_SETTINGS_CHANGED");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messageSource;

    @Test
    void everyActionHasAChineseName() {
        TreeSet<String> actions = new TreeSet<>(RECORDED);
        actions.addAll(jdbc.sql("select distinct action from audit_event").query(String.class).list());

        assertThat(actions).allSatisfy(action -> assertChinese("audit.action." + action));
    }

    @Test
    void everyKindOfObjectInTheLogIsAChoiceOfTheFilterWithAChineseName() {
        List<String> logged = jdbc.sql("select distinct entity_type from audit_event").query(String.class).list();

        assertThat(AuditController.ENTITY_TYPES).containsAll(logged)
                .allSatisfy(type -> assertChinese("audit.entity." + type));
    }

    private void assertChinese(String key) {
        assertThat(messageSource.getMessage(key, null, null, Messages.ZH_CN)).as(key).isNotBlank()
                .doesNotContainPattern("[A-Za-z]{3}");
    }
}
