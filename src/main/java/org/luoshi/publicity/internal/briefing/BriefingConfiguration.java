package org.luoshi.publicity.internal.briefing;

import java.util.List;
import org.luoshi.audit.AuditVocabulary;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 工作简报's settings and the audit actions it records. */
@Configuration
@EnableConfigurationProperties(BriefingProperties.class)
class BriefingConfiguration {

    static final String ENTITY = "publicity_briefing";

    @Bean
    AuditVocabulary briefingAuditVocabulary() {
        return new AuditVocabulary(List.of(BriefingWorkflow.CREATE, BriefingWorkflow.REVISE, BriefingWorkflow.PICK,
                BriefingWorkflow.EDIT_ITEM, BriefingWorkflow.MOVE_ITEM, BriefingWorkflow.REMOVE_ITEM,
                BriefingWorkflow.ISSUE, BriefingWorkflow.PUBLISH, BriefingWorkflow.DELETE), List.of(ENTITY));
    }
}
