package org.luoshi.activity.internal;

import java.util.List;
import org.luoshi.audit.AuditVocabulary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit actions of 活动 (named in activity.properties). */
@Configuration(proxyBeanMethods = false)
class ActivityAuditVocabulary {

    @Bean
    AuditVocabulary activityAuditActions() {
        return new AuditVocabulary(List.of("activity.create", "activity.revise", "activity.held", "activity.cancel",
                "activity.delete", "activity.series.create", "activity.series.revise", "activity.series.delete",
                "activity.speaker.create", "activity.speaker.revise", "activity.speaker.photo",
                "activity.speaker.delete", "activity.feed.renew"),
                List.of("activity", "activity_series", "activity_speaker", "activity_feed_token"));
    }
}
