package org.luoshi.activity.internal.afterwards;

import java.util.List;
import org.luoshi.audit.AuditVocabulary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit actions of 活动总结 (named in activity-afterwards.properties). */
@Configuration(proxyBeanMethods = false)
class AfterwardsAuditVocabulary {

    @Bean
    AuditVocabulary activityAfterwardsAuditActions() {
        return new AuditVocabulary(List.of("activity.summary", "activity.photo.add", "activity.photo.remove",
                "activity.news"), List.of("activity"));
    }
}
