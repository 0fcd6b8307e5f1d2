package org.luoshi.publicity.internal.ranking;

import java.util.List;
import org.luoshi.audit.AuditVocabulary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit actions of 积分设置, named in publicity-ranking.properties. */
@Configuration
class RankingConfiguration {

    @Bean
    AuditVocabulary publicityRankingAudit() {
        return new AuditVocabulary(List.of(PointsSettings.ACTION), List.of(PointsSettings.ENTITY));
    }
}
