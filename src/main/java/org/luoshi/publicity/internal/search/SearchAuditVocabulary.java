package org.luoshi.publicity.internal.search;

import java.util.List;
import org.luoshi.audit.AuditVocabulary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit actions of 全文检索 and 典型人物库 (named in publicity-search.properties). */
@Configuration(proxyBeanMethods = false)
class SearchAuditVocabulary {

    @Bean
    AuditVocabulary publicitySearchAuditVocabulary() {
        return new AuditVocabulary(List.of("publicity.search.reindex", "publicity.person.create",
                "publicity.person.revise", "publicity.person.delete", "publicity.person.photo",
                "publicity.person.link", "publicity.person.unlink", "publicity.person.consent",
                "publicity.person.consent.withdraw", "publicity.person.publish", "publicity.person.unpublish"),
                List.of("publicity_search", "publicity_person"));
    }
}
