package org.luoshi.publicity.internal.portal;

import java.util.List;
import org.luoshi.audit.AuditVocabulary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log's names for what editors do on the portal (named in publicity-portal.properties). */
@Configuration(proxyBeanMethods = false)
class PortalAudit {

    @Bean
    AuditVocabulary publicityPortalAudit() {
        return new AuditVocabulary(List.of("publicity.article.publish", "publicity.article.edit",
                "publicity.article.pin", "publicity.article.unpin", "publicity.article.withdraw"),
                List.of("publicity_article"));
    }
}
