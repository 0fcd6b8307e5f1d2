package org.luoshi.shared.error;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/** Resolves message keys to the zh-CN text users read. */
@Component
public class Messages {

    public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, args, key, ZH_CN);
    }

    public String get(MessageSourceResolvable resolvable) {
        return source.getMessage(resolvable, ZH_CN);
    }

    /**
     * How a message names a field: its Chinese label with the name an API client sent
     * ("完成百分比（percent）"), when a bundle has a {@code field.<name>} key, else the name as sent.
     */
    public String field(String name) {
        String base = name.replaceAll("\\[\\d+]", "");
        base = base.substring(base.lastIndexOf('.') + 1);
        String label = source.getMessage("field." + base, null, null, ZH_CN);
        return label == null ? name : label + "（" + name + "）";
    }

    public String get(BusinessException e) {
        return get(e.messageKey(), e.args());
    }
}
