package org.luoshi.activity.internal.checkin;

import java.util.List;
import org.luoshi.audit.AuditVocabulary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit actions of 签到 (named in activity-checkin.properties). */
@Configuration(proxyBeanMethods = false)
class CheckinAuditVocabulary {

    @Bean
    AuditVocabulary activityCheckinAuditActions() {
        return new AuditVocabulary(List.of("activity.checkin.add", "activity.checkin.remove",
                "activity.checkin.window", "activity.checkin.import", "activity.checkin.code.renew"),
                List.of("activity_checkin"));
    }
}
