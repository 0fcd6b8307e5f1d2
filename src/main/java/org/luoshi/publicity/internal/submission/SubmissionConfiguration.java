package org.luoshi.publicity.internal.submission;

import java.util.List;
import org.luoshi.audit.AuditVocabulary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What submitting and reviewing record in the audit log. */
@Configuration(proxyBeanMethods = false)
class SubmissionConfiguration {

    @Bean
    AuditVocabulary submissionAuditVocabulary() {
        return new AuditVocabulary(List.of("publicity.submission.draft", "publicity.submission.save",
                "publicity.submission.submit", "publicity.submission.discard", "publicity.submission.file",
                "publicity.submission.file.remove", "publicity.review.decide", "publicity.review.withdraw"),
                List.of("publicity_submission"));
    }
}
