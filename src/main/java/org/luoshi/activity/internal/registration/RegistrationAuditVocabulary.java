package org.luoshi.activity.internal.registration;

import java.util.List;
import org.luoshi.audit.AuditVocabulary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit actions of 报名 (named in activity-registration.properties). */
@Configuration(proxyBeanMethods = false)
class RegistrationAuditVocabulary {

    @Bean
    AuditVocabulary activityRegistrationAuditActions() {
        return new AuditVocabulary(List.of("activity.registration.create", "activity.registration.cancel",
                "activity.registration.decide", "activity.registration.promote", "activity.registration.places"),
                List.of("activity_registration"));
    }
}
