package org.luoshi.publicity.internal.briefing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * {@code luoshi.publicity.briefing-template}: the Word template briefings are printed from. The jar ships one in the
 * customary layout; an association points this at its own ({@code file:/etc/luoshi/简报模板.docx}), written with the
 * placeholders docs/publicity.md lists.
 */
@ConfigurationProperties("luoshi.publicity")
public record BriefingProperties(@DefaultValue("classpath:publicity/briefing-template.docx") Resource briefingTemplate) {
}
