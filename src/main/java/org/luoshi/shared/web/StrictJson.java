package org.luoshi.shared.web;

import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.text.TextFlaw;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON request bodies are read as written: a number is a number, not "12"; true is true, not 2 or "yes"; an enum
 * is named, not counted (1 is not the second kind); 1.5 is no integer; a list holds no nulls; and no text holds a
 * {@link TextFlaw}. Each refusal names its field (ApiErrors), so a client learns exactly what to fix instead of
 * having a guess stored. Only the HTTP message converter reads this strictly: the app's own JSON (the audit log's
 * before and after, stored import errors) may hold what older versions accepted, and must still be readable.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson implements WebMvcConfigurer {

    private final JsonMapper mapper;

    StrictJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        JsonMapper strict = strict(mapper.rebuild()).build();
        converters.replaceAll(converter -> converter.getClass() == JacksonJsonHttpMessageConverter.class
                ? new JacksonJsonHttpMessageConverter(strict) : converter);
    }

    static JsonMapper.Builder strict(JsonMapper.Builder builder) {
        return builder
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Integer, StrictJson::onlyItsOwnShape)
                .withCoercionConfig(LogicalType.Float, StrictJson::onlyItsOwnShape)
                .withCoercionConfig(LogicalType.Boolean, StrictJson::onlyItsOwnShape)
                .withCoercionConfig(LogicalType.Boolean,
                        config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .changeDefaultNullHandling(setter -> setter.withContentNulls(Nulls.FAIL))
                .addModule(new SimpleModule("luoshi-text").addDeserializer(String.class, new CheckedText()));
    }

    private static void onlyItsOwnShape(MutableCoercionConfig config) {
        config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }

    /** Every JSON string, wherever it lands (a field, a list, a map's value), checked for a {@link TextFlaw}. */
    static final class CheckedText extends StdScalarDeserializer<String> {

        CheckedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(parser, context);
            TextFlaw flaw = TextFlaw.of(text);
            if (flaw != null) {
                String field = parser.streamReadContext().currentName();
                throw BusinessException.invalid(field, flaw.messageKey(), field);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }
}
