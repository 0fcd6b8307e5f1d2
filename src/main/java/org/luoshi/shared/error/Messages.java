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

    public String get(BusinessException e) {
        return get(e.messageKey(), e.args());
    }
}
