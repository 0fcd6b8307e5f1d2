package org.luoshi.audit.internal;

import java.util.List;
import java.util.stream.Stream;
import org.luoshi.audit.AuditVocabulary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every action and kind of object the audit log's filter offers: those listed here and those the modules declare. */
@Component
public class AuditVocabularies {

    /**
     * The actions the modules built before {@link AuditVocabulary} record (newer modules declare theirs as beans), for the filter's choice list, named in Chinese by their bundles under
     * audit.action.&lt;code&gt;. A list, not a {@code select distinct} over the log, which at national scale would
     * read the whole audit table on every view; AuditActionLabelsIT checks the log holds no other.
     */
    static final List<String> ACTIONS = List.of("LOGIN_SUCCESS", "LOGIN_FAILURE", "LOGOUT", "ACCOUNT_CREATED",
            "ACCOUNT_UPDATED", "ACCOUNT_ENABLED", "ACCOUNT_DISABLED", "ACCOUNT_UNLOCKED", "ACCOUNT_MOVED",
            "PASSWORD_RESET", "PASSWORD_CHANGED", "TOTP_ENABLED", "TOTP_DISABLED", "TOKEN_CREATED", "TOKEN_REVOKED",
            "UNIT_CREATE", "UNIT_EDIT", "UNIT_MOVE", "UNIT_MERGE", "UNIT_DISSOLVE", "UNIT_PERSON_ADD",
            "UNIT_PERSON_EDIT", "UNIT_PERSON_REMOVE", "MEMBER_CREATED", "MEMBER_UPDATED", "MEMBER_STATUS_CHANGED",
            "MEMBERS_IMPORTED", "MEMBERS_EXPORTED", "MEMBERS_EXPORTED_UNMASKED", "PERSONAL_DATA_VIEWED",
            "ID_NUMBER_REGISTERED_ELSEWHERE",
            "plan.create", "plan.update", "plan.issue", "plan.forward", "plan.item.add", "plan.item.update",
            "plan.item.move", "plan.item.remove", "plan.attachment.add", "plan.attachment.remove", "plan.acknowledge",
            "plan.measure.add", "plan.measure.update", "plan.measure.remove", "plan.impl.submit", "plan.impl.approve",
            "plan.impl.return", "plan.report", "plan.report.accept", "plan.report.return", "PLAN_REMINDED",
            "NOTIFICATION_READ", "NOTIFICATIONS_ALL_READ", "NOTIFICATION_SETTINGS_CHANGED", "MAIL_SETTINGS_CHANGED",
            "STUDY_GROUP_RECORD", "STUDY_GROUP_EDIT", "STUDY_GROUP_DELETE", "STUDY_GROUP_SEAT_ADD",
            "STUDY_GROUP_SEAT_EDIT", "STUDY_GROUP_SEAT_REMOVE", "STUDY_GROUP_DOCUMENT",
            "study.plan.topics", "study.plan.session", "study.plan.session.remove", "study.session.record",
            "study.session.revise", "study.session.delete", "study.session.attendees.import", "study.session.photo",
            "study.session.photo.remove", "study.session.signIn", "COVERAGE_LINKED", "COVERAGE_UNLINKED",
            "STUDY_MATERIAL_CREATED", "STUDY_MATERIAL_UPDATED", "STUDY_MATERIAL_PUBLISHED", "STUDY_MATERIAL_WITHDRAWN",
            "ACCOUNT_MEMBER_LINKED", "ACCOUNT_MEMBER_UNLINKED");

    /** The kinds of object the modules record changes of, for the filter, named under audit.entity.&lt;type&gt;. */
    static final List<String> ENTITY_TYPES = List.of("ACCOUNT", "API_TOKEN", "unit", "unit_person", "MEMBER",
            "plan", "assignment", "notification", "app_setting", "study_group",
            "study_plan", "study_session", "READING_COVERAGE_LINK", "STUDY_MATERIAL");

    private final List<String> actions;
    private final List<String> entityTypes;

    AuditVocabularies(ObjectProvider<AuditVocabulary> modules) {
        this.actions = Stream.concat(ACTIONS.stream(), modules.orderedStream().flatMap(m -> m.actions().stream()))
                .distinct().toList();
        this.entityTypes = Stream.concat(ENTITY_TYPES.stream(),
                modules.orderedStream().flatMap(m -> m.entityTypes().stream())).distinct().toList();
    }

    public List<String> actions() {
        return actions;
    }

    public List<String> entityTypes() {
        return entityTypes;
    }
}
